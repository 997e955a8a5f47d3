// irlens for VS Code: starts `irlens serve`, forwards settings, adds commands and a status-bar item.
import { spawn, ChildProcess } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as vscode from "vscode";
import {
  CloseAction,
  DidChangeConfigurationNotification,
  DocumentSelector,
  ErrorAction,
  ExecuteCommandRequest,
  LanguageClient,
  LanguageClientOptions,
  MessageTransports,
  State,
  StreamMessageReader,
  StreamMessageWriter,
} from "vscode-languageclient/node";
import { actionsOfKind, ActionKind } from "./actions";
import { ProgressTracker } from "./progressTracker";
import { resolveServerCommand, expandVariables } from "./serverCommand";
import { configurationChangePayload, serverSettings } from "./settings";
import { ModelStatus, parseModelStatus, ServerState, statusView } from "./status";

const MODEL_INFO_COMMAND = "irlens.modelInfo";
const STATUS_NOTIFICATION = "irlens/status";
const ACTION_WAIT_MS = 120_000;
const ACTION_POLL_MS = 1_000;
const MODEL_POLL_MS = 3_000;
const SERVER_EXIT_GRACE_MS = 3_000;

const DOCUMENT_SELECTOR: DocumentSelector = [
  { language: "llvm" },
  { language: "asm" },
  // Another extension may own .s/.asm under its own language id: attach by file name too.
  { scheme: "file", pattern: "**/*.{ll,s,S,asm}" },
];

class IrlensExtension implements vscode.Disposable {
  private client: LanguageClient | undefined;
  private serverProcess: ChildProcess | undefined;
  private serverState: ServerState = "stopped";
  private serverError: string | undefined;
  private model: ModelStatus | undefined;
  private modelPoll: NodeJS.Timeout | undefined;
  private readonly progress = new ProgressTracker();
  private readonly output = vscode.window.createOutputChannel("irlens");
  private readonly statusItem = vscode.window.createStatusBarItem("irlens.status", vscode.StatusBarAlignment.Right, 100);
  private readonly disposables: vscode.Disposable[] = [];

  constructor() {
    this.statusItem.name = "irlens";
    this.statusItem.command = "irlens.showModelInfo";
    this.progress.onDidChange(() => this.renderStatus());
    this.renderStatus();
    this.statusItem.show();
    this.disposables.push(
      this.output,
      this.statusItem,
      vscode.commands.registerCommand("irlens.optimizeFunction", () => this.applyServerAction("optimize")),
      vscode.commands.registerCommand("irlens.liftFunction", () => this.applyServerAction("lift")),
      vscode.commands.registerCommand("irlens.showModelInfo", () => this.showModelInfo()),
      vscode.commands.registerCommand("irlens.restartServer", () => this.restart()),
      vscode.commands.registerCommand("irlens.showOutput", () => this.output.show(true)),
      vscode.workspace.onDidChangeConfiguration((event) => this.onConfigurationChanged(event)),
    );
  }

  async start(): Promise<void> {
    const client = new LanguageClient("irlens", "irlens", () => this.startServerProcess(), this.clientOptions());
    this.client = client;
    client.onDidChangeState((event) => {
      if (event.newState === State.Running) {
        this.serverState = "running";
        this.serverError = undefined;
        void this.refreshModelStatus();
      } else if (event.newState === State.Starting) {
        this.serverState = "starting";
      } else {
        this.serverState = this.serverError ? "failed" : "stopped";
        this.progress.reset();
      }
      this.renderStatus();
    });
    client.onNotification(STATUS_NOTIFICATION, (params: unknown) => {
      const model = parseModelStatus(params);
      if (model) {
        this.model = model;
        this.renderStatus();
      }
    });
    this.serverState = "starting";
    this.renderStatus();
    try {
      await client.start();
    } catch (error) {
      this.serverState = "failed";
      this.serverError = error instanceof Error ? error.message : String(error);
      this.output.appendLine(`[client] server failed to start: ${this.serverError}`);
      this.renderStatus();
      void vscode.window.showErrorMessage(`irlens: ${this.serverError}`, "Show Output").then((choice) => {
        if (choice) {
          this.output.show(true);
        }
      });
    }
  }

  async stop(): Promise<void> {
    this.stopModelPoll();
    const client = this.client;
    this.client = undefined;
    if (client) {
      try {
        if (client.isRunning()) {
          await client.stop(SERVER_EXIT_GRACE_MS);
        }
      } catch (error) {
        this.output.appendLine(`[client] stopping the server: ${String(error)}`);
      }
      await client.dispose().catch(() => undefined);
    }
    this.killServerProcess();
    this.progress.reset();
    this.serverState = "stopped";
    this.renderStatus();
  }

  async restart(): Promise<void> {
    this.output.appendLine("[client] restarting the server");
    this.serverError = undefined;
    this.model = undefined;
    await this.stop();
    await this.start();
  }

  dispose(): void {
    void this.stop();
    for (const disposable of this.disposables) {
      disposable.dispose();
    }
  }

  private workspaceFolderPaths(): string[] {
    return (vscode.workspace.workspaceFolders ?? []).filter((folder) => folder.uri.scheme === "file").map((folder) => folder.uri.fsPath);
  }

  private expand(value: string): string {
    return expandVariables(value, this.workspaceFolderPaths(), os.homedir());
  }

  private currentServerSettings(): Record<string, unknown> {
    return serverSettings(vscode.workspace.getConfiguration("irlens"), (value) => this.expand(value));
  }

  private clientOptions(): LanguageClientOptions {
    return {
      documentSelector: DOCUMENT_SELECTOR,
      outputChannel: this.output,
      traceOutputChannel: this.output,
      // A function: evaluated at every (re)start, so it carries the settings of that moment.
      initializationOptions: () => ({ irlens: this.currentServerSettings() }),
      middleware: {
        workspace: {
          // The server may pull settings (workspace/configuration): give it the mapped ones for "irlens".
          configuration: async (params, token, next) => {
            const answers = await next(params, token);
            if (!Array.isArray(answers)) {
              return answers;
            }
            return params.items.map((item, index) => (item.section === "irlens" ? this.currentServerSettings() : answers[index]));
          },
        },
      },
      errorHandler: {
        error: () => ({ action: ErrorAction.Continue }),
        closed: () => {
          this.output.appendLine("[client] the server's connection closed");
          return { action: CloseAction.Restart, message: "irlens server stopped; restarting it" };
        },
      },
    };
  }

  /** Spawns the server ourselves so that its messages can be observed for $/progress (status bar). */
  private async startServerProcess(): Promise<MessageTransports> {
    const settings = vscode.workspace.getConfiguration("irlens");
    const env: NodeJS.ProcessEnv = { ...process.env };
    for (const [key, value] of Object.entries(settings.get<Record<string, string>>("server.extraEnv") ?? {})) {
      env[key] = this.expand(String(value));
    }
    const resolved = resolveServerCommand({
      configuredCommand: settings.get<string[]>("server.command"),
      python: settings.get<string>("server.python"),
      workspaceFolders: this.workspaceFolderPaths(),
      envPath: env.PATH,
      home: os.homedir(),
      platform: process.platform,
      isExecutableFile: (file) => {
        try {
          fs.accessSync(file, fs.constants.X_OK);
          return fs.statSync(file).isFile();
        } catch {
          return false;
        }
      },
    });
    this.output.appendLine(`[client] starting ${[resolved.command, ...resolved.args].join(" ")} (${resolved.source})`);
    const cwd = this.workspaceFolderPaths()[0] ?? os.homedir();
    const child = spawn(resolved.command, resolved.args, { cwd, env, stdio: ["pipe", "pipe", "pipe"] });
    this.serverProcess = child;
    await new Promise<void>((resolve, reject) => {
      child.once("spawn", () => resolve());
      child.once("error", (error) => reject(new Error(`cannot start ${resolved.command}: ${error.message}`)));
    });
    child.stderr.setEncoding("utf8");
    child.stderr.on("data", (chunk: string) => this.output.append(chunk));
    child.once("exit", (code, signal) => {
      this.output.appendLine(`[client] server exited (${signal ?? `code ${code}`})`);
      if (this.serverProcess === child) {
        this.serverProcess = undefined;
      }
      this.progress.reset();
    });
    const reader = new StreamMessageReader(child.stdout);
    const listen = reader.listen.bind(reader);
    reader.listen = (callback) =>
      listen((message) => {
        this.progress.observe(message);
        callback(message);
      });
    return { reader, writer: new StreamMessageWriter(child.stdin) };
  }

  private killServerProcess(): void {
    const child = this.serverProcess;
    this.serverProcess = undefined;
    if (child && child.exitCode === null && child.signalCode === null) {
      child.kill("SIGTERM");
      setTimeout(() => {
        if (child.exitCode === null && child.signalCode === null) {
          child.kill("SIGKILL");
        }
      }, SERVER_EXIT_GRACE_MS).unref();
    }
  }

  private onConfigurationChanged(event: vscode.ConfigurationChangeEvent): void {
    if (!event.affectsConfiguration("irlens")) {
      return;
    }
    if (event.affectsConfiguration("irlens.server")) {
      void this.restart();
      return;
    }
    const client = this.client;
    if (client?.isRunning()) {
      const settings = this.currentServerSettings();
      this.output.appendLine(`[client] settings changed: ${JSON.stringify(settings)}`);
      void client.sendNotification(DidChangeConfigurationNotification.type, configurationChangePayload(settings));
      this.model = undefined;
      void this.refreshModelStatus();
    }
  }

  private serverHasCommand(command: string): boolean {
    const commands = this.client?.initializeResult?.capabilities.executeCommandProvider?.commands ?? [];
    return commands.includes(command);
  }

  /** Asks the server for its model status; polls while the model is loading. */
  private async refreshModelStatus(): Promise<unknown> {
    const client = this.client;
    if (!client?.isRunning() || !this.serverHasCommand(MODEL_INFO_COMMAND)) {
      return undefined;
    }
    let info: unknown;
    try {
      info = await client.sendRequest(ExecuteCommandRequest.type, { command: MODEL_INFO_COMMAND, arguments: [] });
    } catch (error) {
      this.output.appendLine(`[client] ${MODEL_INFO_COMMAND} failed: ${String(error)}`);
      return undefined;
    }
    const model = parseModelStatus(info);
    if (model) {
      this.model = model;
      this.renderStatus();
    }
    this.stopModelPoll();
    if (!model || model.state === "loading") {
      this.modelPoll = setTimeout(() => void this.refreshModelStatus(), MODEL_POLL_MS);
    }
    return info;
  }

  private stopModelPoll(): void {
    if (this.modelPoll) {
      clearTimeout(this.modelPoll);
      this.modelPoll = undefined;
    }
  }

  private renderStatus(): void {
    const view = statusView({
      server: this.serverState,
      model: this.model,
      backgroundJobs: this.progress.count,
      backgroundTitle: this.progress.latestTitle,
      serverError: this.serverError,
    });
    this.statusItem.text = view.text;
    this.statusItem.tooltip = view.tooltip;
    this.statusItem.backgroundColor = view.isError ? new vscode.ThemeColor("statusBarItem.errorBackground") : undefined;
  }

  private async showModelInfo(): Promise<void> {
    const info = await this.refreshModelStatus();
    const lines = [
      `server: ${this.serverState}${this.serverError ? ` (${this.serverError})` : ""}`,
      `model: ${this.model ? `${this.model.state}${this.model.name ? ` ${this.model.name}` : ""}` : "unknown"}`,
    ];
    if (this.model?.detail) {
      lines.push(`detail: ${this.model.detail}`);
    }
    if (this.progress.count > 0) {
      lines.push(`background: ${this.progress.count} job(s), ${this.progress.latestTitle ?? ""}`);
    }
    this.output.appendLine(`[model info] ${info === undefined ? lines.join("; ") : JSON.stringify(info, null, 2)}`);
    void vscode.window.showInformationMessage(`irlens ${lines.join(" · ")}`, "Show Output").then((choice) => {
      if (choice) {
        this.output.show(true);
      }
    });
  }

  /**
   * Applies the server's "Optimize @f ..." or "Lift @f ..." code action at the cursor. The server computes
   * them in the background, so they are asked for again (with a cancellable notification) until one
   * is offered or the wait runs out.
   */
  private async applyServerAction(kind: ActionKind): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    const expectedLanguages = kind === "optimize" ? ["llvm"] : ["asm"];
    if (!editor || !(expectedLanguages.includes(editor.document.languageId) || /\.(ll|s|S|asm)$/.test(editor.document.fileName))) {
      void vscode.window.showWarningMessage(
        kind === "optimize" ? "irlens: open an LLVM IR (.ll) file and put the cursor in a function." : "irlens: open an assembly (.s) file and put the cursor in a function.",
      );
      return;
    }
    const document = editor.document;
    const version = document.version;
    const range = new vscode.Range(editor.selection.active, editor.selection.active);
    const what = kind === "optimize" ? "a verified smaller version" : "lifted IR";
    const found = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: `irlens: waiting for ${what} of this function`, cancellable: true },
      async (_progress, token) => {
        const deadline = Date.now() + ACTION_WAIT_MS;
        while (!token.isCancellationRequested && document.version === version) {
          const actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
            "vscode.executeCodeActionProvider",
            document.uri,
            range,
            undefined,
            10,
          );
          const codeActions = (actions ?? []).filter((action): action is vscode.CodeAction => !(typeof action.command === "string"));
          const matching = actionsOfKind(codeActions, kind);
          if (matching.length > 0 || Date.now() >= deadline) {
            return matching;
          }
          await new Promise((resolve) => setTimeout(resolve, ACTION_POLL_MS));
        }
        return undefined;
      },
    );
    if (found === undefined) {
      return;
    }
    if (found.length === 0) {
      void vscode.window.showInformationMessage(
        kind === "optimize"
          ? "irlens: no pipeline was measured no larger than -Oz for this function (see its hover)."
          : "irlens: no lifted IR for this function (is a model loaded? see irlens: Show Model Info).",
      );
      return;
    }
    let chosen = found[0];
    if (found.length > 1) {
      const pick = await vscode.window.showQuickPick(
        found.map((action) => ({ label: action.title, action })),
        { placeHolder: "irlens: choose the version to apply" },
      );
      if (!pick) {
        return;
      }
      chosen = pick.action;
    }
    if (document.version !== version) {
      void vscode.window.showWarningMessage("irlens: the document changed; run the command again.");
      return;
    }
    if (chosen.edit && !(await vscode.workspace.applyEdit(chosen.edit))) {
      void vscode.window.showErrorMessage(`irlens: could not apply "${chosen.title}".`);
      return;
    }
    if (chosen.command) {
      await vscode.commands.executeCommand(chosen.command.command, ...(chosen.command.arguments ?? []));
    }
    this.output.appendLine(`[client] applied "${chosen.title}"`);
  }
}

let extension: IrlensExtension | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  extension = new IrlensExtension();
  context.subscriptions.push(extension);
  await extension.start();
}

export async function deactivate(): Promise<void> {
  const current = extension;
  extension = undefined;
  await current?.stop();
}
