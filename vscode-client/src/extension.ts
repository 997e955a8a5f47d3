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
import { actionsOfKind, failureReason } from "./actions";
import { ProgressTracker } from "./progressTracker";
import { RestartPolicy } from "./restartPolicy";
import { checkExecutable, expandVariables, resolveServerCommand, ServerCommand } from "./serverCommand";
import { changeNeedsRestart, configurationChangePayload, serverDefaults, serverSettings, settingsUpdate } from "./settings";
import { SIZE_REPORT_COMMAND, SIZES_CHANGED_NOTIFICATION, SizeReportPanel } from "./sizeReport";
import { ModelStatus, parseModelStatus, ServerState, statusView } from "./status";

const MODEL_INFO_COMMAND = "irlens.modelInfo";
const STATUS_NOTIFICATION = "irlens/status";
const SERVER_EXIT_GRACE_MS = 3_000;

const DOCUMENT_SELECTOR: DocumentSelector = [
  { language: "llvm" },
  { language: "asm" },
  // Another extension may own .s/.asm under its own language id: attach by file name too.
  { scheme: "file", pattern: "**/*.{ll,s,S,asm}" },
];

interface ServerLaunch {
  command: ServerCommand;
  cwd: string;
  env: NodeJS.ProcessEnv;
}

class IrlensExtension implements vscode.Disposable {
  private client: LanguageClient | undefined;
  private serverProcess: ChildProcess | undefined;
  private serverState: ServerState = "stopped";
  private serverError: string | undefined;
  private model: ModelStatus | undefined;
  /** What the server was last told, so that a removed setting can be reset. */
  private sentSettings: Record<string, unknown> = {};
  private readonly progress = new ProgressTracker();
  private readonly restartPolicy = new RestartPolicy();
  private readonly output = vscode.window.createOutputChannel("irlens");
  private readonly statusItem = vscode.window.createStatusBarItem("irlens.status", vscode.StatusBarAlignment.Right, 100);
  private readonly disposables: vscode.Disposable[] = [];
  private readonly sizeReport = new SizeReportPanel(() => this.requestSizeReport(), this.output);

  constructor() {
    this.statusItem.name = "irlens";
    this.statusItem.command = "irlens.showModelInfo";
    this.progress.onDidChange(() => this.renderStatus());
    this.renderStatus();
    this.statusItem.show();
    this.disposables.push(
      this.output,
      this.statusItem,
      // The server's own commands (irlens.optimizeFunction, irlens.liftFunction, ...) are registered by
      // the language client under their names; these palette commands drive them from the cursor.
      vscode.commands.registerCommand("irlens.optimizeFunctionAtCursor", () => this.optimizeAtCursor()),
      vscode.commands.registerCommand("irlens.liftFunctionAtCursor", () => this.liftAtCursor()),
      vscode.commands.registerCommand("irlens.showModelInfo", () => this.showModelInfo()),
      vscode.commands.registerCommand("irlens.restartServer", () => this.restart()),
      vscode.commands.registerCommand("irlens.showOutput", () => this.output.show(true)),
      vscode.commands.registerCommand("irlens.showSizeReport", () => this.sizeReport.show()),
      this.sizeReport,
      vscode.workspace.onDidChangeConfiguration((event) => this.onConfigurationChanged(event)),
      // Trusted now: the workspace's own server settings apply, which takes a new server.
      vscode.workspace.onDidGrantWorkspaceTrust(() => void this.restart()),
    );
  }

  async start(): Promise<void> {
    let launch: ServerLaunch;
    try {
      launch = this.resolveServer();
    } catch (error) {
      this.reportStartFailure(error);
      return;
    }
    const client = new LanguageClient("irlens", "irlens", () => this.startServerProcess(launch), this.clientOptions());
    this.client = client;
    client.onDidChangeState((event) => {
      if (this.client !== client) {
        return; // a client being replaced by a restart
      }
      if (event.newState === State.Running) {
        this.serverState = "running";
        this.serverError = undefined;
      } else if (event.newState === State.Starting) {
        this.serverState = "starting";
      } else {
        this.serverState = this.serverError ? "failed" : "stopped";
        this.progress.reset();
      }
      this.renderStatus();
    });
    client.onNotification(SIZES_CHANGED_NOTIFICATION, () => this.sizeReport.scheduleRefresh());
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
      this.reportStartFailure(error);
    }
  }

  private reportStartFailure(error: unknown): void {
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

  async stop(): Promise<void> {
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
    this.restartPolicy.reset();
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

  /**
   * The workspace folders the server may be found in, started in and point at (`${workspaceFolder}`):
   * none in Restricted Mode, so that nothing of an untrusted folder is run or loaded (its `.venv`, a
   * model or tools under it named through `${workspaceFolder}` in the user's own settings).
   */
  private trustedFolderPaths(): string[] {
    return vscode.workspace.isTrusted ? this.workspaceFolderPaths() : [];
  }

  private expand(value: string): string {
    return expandVariables(value, this.trustedFolderPaths(), os.homedir());
  }

  private currentServerSettings(): Record<string, unknown> {
    // Read through getConfiguration like any setting: in Restricted Mode VS Code itself answers the
    // restricted ones (package.json's restrictedConfigurations) with the user's own values.
    return serverSettings(vscode.workspace.getConfiguration("irlens"), (value) => this.expand(value), vscode.workspace.isTrusted);
  }

  private clientOptions(): LanguageClientOptions {
    return {
      documentSelector: DOCUMENT_SELECTOR,
      outputChannel: this.output,
      traceOutputChannel: this.output,
      // A function: evaluated at every (re)start, so it carries the settings of that moment.
      initializationOptions: () => {
        this.sentSettings = this.currentServerSettings();
        return { irlens: this.sentSettings };
      },
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
          if (this.restartPolicy.shouldRestart()) {
            return { action: CloseAction.Restart, message: "irlens server stopped; restarting it" };
          }
          this.serverError = `${this.restartPolicy.describe()}; see the irlens output, then irlens: Restart Server`;
          return { action: CloseAction.DoNotRestart, message: `irlens: ${this.serverError}` };
        },
      },
    };
  }

  /** How to start the server, from the settings of this moment; throws ServerNotFound with what to fix. */
  private resolveServer(): ServerLaunch {
    const settings = vscode.workspace.getConfiguration("irlens");
    const env: NodeJS.ProcessEnv = { ...process.env };
    for (const [key, value] of Object.entries(settings.get<Record<string, string>>("server.extraEnv") ?? {})) {
      env[key] = this.expand(String(value));
    }
    const lookup = {
      envPath: env.PATH,
      platform: process.platform,
      isExecutableFile: (file: string) => {
        try {
          fs.accessSync(file, fs.constants.X_OK);
          return fs.statSync(file).isFile();
        } catch {
          return false;
        }
      },
    };
    const command = resolveServerCommand({
      ...lookup,
      configuredCommand: settings.get<string[]>("server.command"),
      python: settings.get<string>("server.python"),
      workspaceFolders: this.trustedFolderPaths(),
      home: os.homedir(),
    });
    const cwd = this.trustedFolderPaths()[0] ?? os.homedir();
    if (!vscode.workspace.isTrusted) {
      this.output.appendLine(
        "[client] Restricted Mode: the server is started with your own settings only; the workspace's irlens.server.*, " +
          "llvmBin, modelPath and remoteUrl are ignored and nothing is run from the workspace folder.",
      );
    }
    checkExecutable(command.command, lookup, cwd);
    return { command, cwd, env };
  }

  /** Spawns the server ourselves so that its messages can be observed for $/progress (status bar). */
  private async startServerProcess(launch: ServerLaunch): Promise<MessageTransports> {
    const { command: resolved, cwd, env } = launch;
    this.output.appendLine(`[client] starting ${[resolved.command, ...resolved.args].join(" ")} (${resolved.source})`);
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
    if (changeNeedsRestart((section) => event.affectsConfiguration(section))) {
      void this.restart();
      return;
    }
    const client = this.client;
    if (client?.isRunning()) {
      const settings = this.currentServerSettings();
      const update = settingsUpdate(this.sentSettings, settings, serverDefaults(vscode.workspace.getConfiguration("irlens")));
      this.sentSettings = settings;
      this.output.appendLine(`[client] settings changed: ${JSON.stringify(update)}`);
      void client.sendNotification(DidChangeConfigurationNotification.type, configurationChangePayload(update));
    }
  }

  /** The size report of the open .ll/.s documents, from the server; a message when it cannot be had. */
  private async requestSizeReport(): Promise<{ html: string; modules: number; functions: number } | string> {
    const client = this.client;
    if (!client?.isRunning() || !this.serverHasCommand(SIZE_REPORT_COMMAND)) {
      return "The irlens server is not running (or is too old for the size report): see the irlens output.";
    }
    try {
      const answer = (await client.sendRequest(ExecuteCommandRequest.type, { command: SIZE_REPORT_COMMAND, arguments: [] })) as
        | { html?: unknown; modules?: unknown; functions?: unknown }
        | undefined;
      if (typeof answer?.html !== "string") {
        return "The server sent no report.";
      }
      return { html: answer.html, modules: Number(answer.modules ?? 0), functions: Number(answer.functions ?? 0) };
    } catch (error) {
      this.output.appendLine(`[client] ${SIZE_REPORT_COMMAND} failed: ${String(error)}`);
      return `The size report failed: ${String(error)}`;
    }
  }

  private serverHasCommand(command: string): boolean {
    const commands = this.client?.initializeResult?.capabilities.executeCommandProvider?.commands ?? [];
    return commands.includes(command);
  }

  /**
   * Asks the server (`irlens.modelInfo`, which also shows the answer as a message) for the model's state.
   * Only on request: the status bar otherwise follows `irlens/status` notifications and $/progress.
   */
  private async showModelInfo(): Promise<void> {
    const client = this.client;
    let info: unknown;
    if (client?.isRunning() && this.serverHasCommand(MODEL_INFO_COMMAND)) {
      try {
        info = await client.sendRequest(ExecuteCommandRequest.type, { command: MODEL_INFO_COMMAND, arguments: [] });
      } catch (error) {
        this.output.appendLine(`[client] ${MODEL_INFO_COMMAND} failed: ${String(error)}`);
      }
    }
    const model = parseModelStatus(info);
    if (model) {
      this.model = model;
      this.renderStatus();
    }
    if (info !== undefined) {
      this.output.appendLine(`[model info] ${JSON.stringify(info, null, 2)}`);
      return;
    }
    const summary = `irlens: server ${this.serverState}${this.serverError ? ` (${this.serverError})` : ""}; no model information`;
    this.output.appendLine(`[model info] ${summary}`);
    void vscode.window.showInformationMessage(summary, "Show Output").then((choice) => {
      if (choice) {
        this.output.show(true);
      }
    });
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
    this.statusItem.accessibilityInformation = { label: `irlens status: ${view.text.replace(/\$\([^)]*\)\s*/g, "")}` };
    this.statusItem.backgroundColor = view.isError ? new vscode.ThemeColor("statusBarItem.errorBackground") : undefined;
  }

  /** The active editor if it holds a document of that language (or file extension), else a warning. */
  private editorFor(language: "llvm" | "asm"): vscode.TextEditor | undefined {
    const editor = vscode.window.activeTextEditor;
    const extensions = language === "llvm" ? /\.ll$/ : /\.(s|S|asm)$/;
    if (editor && (editor.document.languageId === language || extensions.test(editor.document.fileName))) {
      return editor;
    }
    void vscode.window.showWarningMessage(
      language === "llvm"
        ? "irlens: open an LLVM IR (.ll) file and put the cursor in a function."
        : "irlens: open an assembly (.s) file and put the cursor in a function.",
    );
    return undefined;
  }

  private async codeActionsAtCursor(editor: vscode.TextEditor): Promise<vscode.CodeAction[]> {
    const position = editor.selection.active;
    const actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
      "vscode.executeCodeActionProvider",
      editor.document.uri,
      new vscode.Range(position, position),
      undefined,
      10,
    );
    return (actions ?? []).filter((action): action is vscode.CodeAction => typeof action.command !== "string");
  }

  private async runActionCommand(action: vscode.CodeAction): Promise<unknown> {
    if (!action.command) {
      return undefined;
    }
    return vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
  }

  /**
   * Applies the server's verified "Optimize @f for size" edit for the function at the cursor; while the
   * server is still searching, runs its "find now" command (it reports progress and applies the edit).
   */
  private async optimizeAtCursor(): Promise<void> {
    const editor = this.editorFor("llvm");
    if (!editor) {
      return;
    }
    const version = editor.document.version;
    const actions = await this.codeActionsAtCursor(editor);
    const ready = actionsOfKind(actions, "optimize");
    if (ready.length > 0) {
      let chosen = ready[0];
      if (ready.length > 1) {
        const pick = await vscode.window.showQuickPick(
          ready.map((action) => ({ label: action.title, action })),
          { placeHolder: "irlens: choose the version to apply" },
        );
        if (!pick) {
          return;
        }
        chosen = pick.action;
      }
      if (editor.document.version !== version) {
        void vscode.window.showWarningMessage("irlens: the document changed; run the command again.");
        return;
      }
      if (chosen.edit && !(await vscode.workspace.applyEdit(chosen.edit))) {
        void vscode.window.showErrorMessage(`irlens: could not apply "${chosen.title}".`);
        return;
      }
      await this.runActionCommand(chosen);
      this.output.appendLine(`[client] applied "${chosen.title}"`);
      return;
    }
    const searchNow = actionsOfKind(actions, "optimizeNow")[0];
    if (searchNow) {
      this.output.appendLine(`[client] ${searchNow.title}`);
      const reason = failureReason(await this.runActionCommand(searchNow));
      if (reason) {
        void vscode.window.showInformationMessage(`irlens: nothing applied: ${reason}.`);
      }
      return;
    }
    void vscode.window.showInformationMessage(
      "irlens: no verified smaller version here: put the cursor in a function whose sizes are measured (see its hover).",
    );
  }

  /** Runs the server's "Lift @f to LLVM IR" for the function at the cursor and opens the lifted IR. */
  private async liftAtCursor(): Promise<void> {
    const editor = this.editorFor("asm");
    if (!editor) {
      return;
    }
    const lift = actionsOfKind(await this.codeActionsAtCursor(editor), "lift")[0];
    if (!lift) {
      void vscode.window.showInformationMessage(
        "irlens: lifting needs a loaded model and the cursor in a function (see irlens: Show Model Info).",
      );
      return;
    }
    const result = await this.runActionCommand(lift);
    const reason = failureReason(result);
    if (reason) {
      this.output.appendLine(`[client] not lifted: ${reason}`);
      // The server itself warns about an unusable model answer; say only what it did not.
      if (!reason.startsWith("the model gave no usable answer")) {
        void vscode.window.showInformationMessage(`irlens: not lifted: ${reason}.`);
      }
      return;
    }
    const uri = (result as { uri?: unknown } | undefined)?.uri;
    if (typeof uri === "string") {
      await vscode.window.showTextDocument(vscode.Uri.parse(uri), { preview: false });
    }
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
