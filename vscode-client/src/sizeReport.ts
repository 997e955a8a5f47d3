import * as vscode from "vscode";
import { messagePage, withReportCsp } from "./reportHtml";

export const SIZE_REPORT_COMMAND = "irlens.sizeReport";
export const SIZES_CHANGED_NOTIFICATION = "irlens/sizesChanged";
const REFRESH_DELAY_MS = 1_500;

/** Asks the server for the report's HTML (`irlens.sizeReport`); undefined when no server answers. */
export type ReportSource = () => Promise<{ html: string; modules: number; functions: number } | string>;

/**
 * The *irlens: Size Report* webview: the same page `irlens report` writes, for the open .ll/.s documents,
 * asked of the server again (debounced) when it says sizes changed or a document is saved.
 */
export class SizeReportPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private timer: NodeJS.Timeout | undefined;
  private loading = false;
  private again = false;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly source: ReportSource, private readonly output: vscode.OutputChannel) {
    this.disposables.push(
      vscode.workspace.onDidSaveTextDocument((document) => {
        if (["llvm", "asm"].includes(document.languageId)) {
          this.scheduleRefresh();
        }
      }),
    );
  }

  async show(): Promise<void> {
    if (this.panel) {
      this.panel.reveal(vscode.ViewColumn.Beside);
    } else {
      this.panel = vscode.window.createWebviewPanel("irlens.sizeReport", "irlens: Size Report", vscode.ViewColumn.Beside, {
        enableScripts: true,
        retainContextWhenHidden: true,
        localResourceRoots: [],
      });
      this.panel.onDidDispose(() => {
        this.panel = undefined;
      });
      this.panel.webview.html = messagePage("Measuring the open .ll and .s files…", this.panel.webview.cspSource);
    }
    await this.refresh();
  }

  /** The server's measurements changed: ask again once things are quiet. */
  scheduleRefresh(): void {
    if (!this.panel) {
      return;
    }
    if (this.timer) {
      clearTimeout(this.timer);
    }
    this.timer = setTimeout(() => void this.refresh(), REFRESH_DELAY_MS);
  }

  private async refresh(): Promise<void> {
    if (this.loading) {
      this.again = true;
      return;
    }
    this.loading = true;
    try {
      const answer = await this.source();
      const panel = this.panel;
      if (!panel) {
        return;
      }
      if (typeof answer === "string") {
        panel.webview.html = messagePage(answer, panel.webview.cspSource);
        return;
      }
      panel.webview.html = withReportCsp(answer.html, panel.webview.cspSource);
      this.output.appendLine(`[client] size report: ${answer.modules} module(s), ${answer.functions} functions`);
    } finally {
      this.loading = false;
      if (this.again) {
        this.again = false;
        this.scheduleRefresh();
      }
    }
  }

  dispose(): void {
    if (this.timer) {
      clearTimeout(this.timer);
    }
    this.panel?.dispose();
    this.disposables.forEach((d) => d.dispose());
  }
}
