// End-to-end test in a real VS Code: code-server with the packaged .vsix, driven headless by Playwright
// through Debian's chromium. The irlens server is the real one (`irlens serve` from the venv), so every
// number and edit seen here was produced by opt/llc.
//
// Environment (scripts/test-vscode.sh sets it): CODE_SERVER, CHROMIUM, IRLENS_SERVER, VSIX, EXAMPLE (a
// .ll file), ASM_EXAMPLE (its .s), MODEL (a GGUF the server loads: tests/model_fixtures.py's tiny
// random-weight model, so real llama.cpp but no useful answers), LLVM_AS, ARTIFACTS (screenshots and
// logs). IRLENS_E2E_KEEP=1 keeps the temp directory.
import { ChildProcess, spawn, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as http from "node:http";
import * as net from "node:net";
import * as os from "node:os";
import * as path from "node:path";
import { BrowserContext, chromium, Locator, Page } from "playwright-core";

const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-dev-shm-usage",
];
// The extension's status-bar item, by the accessibility label it sets (VS Code's own progress items
// in the status bar also start with "irlens:").
const STATUS_ITEM = '.statusbar-item [aria-label^="irlens status:"]';
const STARTUP_TIMEOUT_MS = 120_000;
/** User settings both code-servers run with: no start page, tips, telemetry, updates or chat; hovers quick. */
const QUIET_WORKBENCH = {
  "workbench.startupEditor": "none",
  "workbench.tips.enabled": false,
  "telemetry.telemetryLevel": "off",
  "update.mode": "none",
  "extensions.autoCheckUpdates": false,
  "extensions.autoUpdate": false,
  "extensions.ignoreRecommendations": true,
  "chat.commandCenter.enabled": false,
  "editor.hover.delay": 200,
  "editor.minimap.enabled": false,
  "window.restoreWindows": "none",
};
const DIAGNOSTIC_TIMEOUT_MS = 90_000;
const HOVER_TIMEOUT_MS = 120_000;
const ACTION_TIMEOUT_MS = 300_000;

function required(name: string): string {
  const value = process.env[name];
  if (!value) {
    throw new Error(`${name} is not set (run scripts/test-vscode.sh)`);
  }
  return value;
}

const config = {
  codeServer: required("CODE_SERVER"),
  chromium: required("CHROMIUM"),
  irlens: required("IRLENS_SERVER"),
  vsix: required("VSIX"),
  example: required("EXAMPLE"),
  asmExample: required("ASM_EXAMPLE"),
  model: required("MODEL"),
  llvmAs: required("LLVM_AS"),
  artifacts: required("ARTIFACTS"),
  keep: process.env.IRLENS_E2E_KEEP === "1",
};

const started = Date.now();
const timings: Record<string, number> = {};
let screenshotIndex = 0;

function log(message: string): void {
  console.log(`[e2e ${((Date.now() - started) / 1000).toFixed(1)}s] ${message}`);
}

function check(condition: unknown, message: string): asserts condition {
  if (!condition) {
    throw new Error(`assertion failed: ${message}`);
  }
}

async function sleep(ms: number): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, ms));
}

/** Polls `probe` until it returns a value (not undefined) or the time runs out. */
async function waitFor<T>(what: string, timeoutMs: number, probe: () => Promise<T | undefined>, intervalMs = 1000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined) {
        return value;
      }
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      throw new Error(`timed out after ${timeoutMs / 1000}s waiting for ${what}${lastError ? ` (last error: ${String(lastError)})` : ""}`);
    }
    await sleep(intervalMs);
  }
}

// --- the workspace ----------------------------------------------------------------------------------

interface LlvmError {
  line: number; // 1-based, as llvm-as prints it and VS Code shows it
  column: number;
  message: string;
}

/** What llvm-as itself says about a file: the diagnostic VS Code must show. */
function llvmAsError(file: string): LlvmError | undefined {
  const result = spawnSync(config.llvmAs, [file, "-o", "/dev/null"], { encoding: "utf8" });
  if (result.status === 0) {
    return undefined;
  }
  const match = /:(\d+):(\d+): error: (.*)/.exec(result.stderr);
  check(match, `llvm-as error output not understood: ${result.stderr}`);
  return { line: Number(match[1]), column: Number(match[2]), message: match[3].trim() };
}

interface FunctionBlock {
  name: string;
  defineLine: number; // 1-based
  text: string;
}

function functionBlocks(text: string): FunctionBlock[] {
  const lines = text.split("\n");
  const blocks: FunctionBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    const match = /^define\b.*?@([-a-zA-Z$._0-9]+)\(/.exec(lines[i]);
    if (!match) {
      continue;
    }
    let end = i;
    while (end < lines.length && lines[end] !== "}") {
      end++;
    }
    blocks.push({ name: match[1], defineLine: i + 1, text: lines.slice(i, end + 1).join("\n") });
  }
  return blocks;
}

/** A copy with one `ret i32 %N` in `functionName` returning an undefined value. */
function brokenCopy(text: string, functionName: string): string {
  const block = functionBlocks(text).find((b) => b.name === functionName);
  check(block, `@${functionName} not in the example`);
  const broken = block.text.replace(/ret i32 %[0-9]+/, "ret i32 %undefined_value");
  check(broken !== block.text, `no 'ret i32 %N' in @${functionName}`);
  return text.replace(block.text, broken);
}

interface MeasuredFunction {
  name: string;
  ir_instructions: number;
  bytes: number;
  oz_bytes?: number;
}

/** The CLI's measurements, same engine as the server: the hover must show the same numbers. */
function cliSizes(file: string): MeasuredFunction[] {
  const result = spawnSync(config.irlens, ["size", file, "--json"], { encoding: "utf8", timeout: 120_000 });
  check(result.status === 0, `irlens size failed: ${result.stderr}`);
  return (JSON.parse(result.stdout) as { functions: MeasuredFunction[] }).functions;
}

// --- code-server ------------------------------------------------------------------------------------

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address() as net.AddressInfo;
      server.close(() => resolve(address.port));
    });
  });
}

async function httpStatus(url: string): Promise<number | undefined> {
  return new Promise((resolve) => {
    const request = http.get(url, (response) => {
      response.resume();
      resolve(response.statusCode);
    });
    request.on("error", () => resolve(undefined));
    request.setTimeout(2000, () => {
      request.destroy();
      resolve(undefined);
    });
  });
}

function codeServerEnv(home: string): NodeJS.ProcessEnv {
  // Its config file and data go to the temp home, not the user's.
  return { ...process.env, HOME: home, XDG_CONFIG_HOME: path.join(home, ".config"), XDG_DATA_HOME: path.join(home, ".local/share") };
}

function installExtension(userData: string, extensions: string, home: string): void {
  const result = spawnSync(
    config.codeServer,
    ["--user-data-dir", userData, "--extensions-dir", extensions, "--install-extension", config.vsix],
    { encoding: "utf8", env: codeServerEnv(home), timeout: 120_000 },
  );
  const output = `${result.stdout}\n${result.stderr}`;
  check(result.status === 0 && /successfully installed/i.test(output), `--install-extension failed:\n${output}`);
  log(`installed ${path.basename(config.vsix)}`);
}

function startCodeServer(
  port: number,
  workspace: string,
  userData: string,
  extensions: string,
  home: string,
  logFile: string,
  workspaceTrust = false,
): ChildProcess {
  const out = fs.openSync(logFile, "w");
  return spawn(
    config.codeServer,
    [
      "--auth", "none",
      "--bind-addr", `127.0.0.1:${port}`,
      "--disable-telemetry",
      "--disable-update-check",
      ...(workspaceTrust ? [] : ["--disable-workspace-trust"]),
      "--disable-getting-started-override",
      "--user-data-dir", userData,
      "--extensions-dir", extensions,
      workspace,
    ],
    { env: codeServerEnv(home), stdio: ["ignore", out, out], detached: true },
  );
}

/** Waits for code-server on `port`, then opens `workspace` in it in a fresh headless Chromium profile under `root`. */
async function openWorkbench(port: number, root: string, workspace: string): Promise<{ context: BrowserContext; page: Page }> {
  await waitFor("code-server to listen", STARTUP_TIMEOUT_MS, async () => ((await httpStatus(`http://127.0.0.1:${port}/healthz`)) === 200 ? true : undefined), 500);
  log(`code-server on port ${port}`);
  const context = await chromium.launchPersistentContext(path.join(root, "chromium-profile"), {
    executablePath: config.chromium,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1600, height: 1000 },
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(30_000);
  await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`);
  return { context, page };
}

function stopProcessGroup(child: ChildProcess | undefined): void {
  if (child?.pid && child.exitCode === null) {
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {
      // already gone
    }
  }
}

// --- the VS Code UI ---------------------------------------------------------------------------------

async function screenshot(page: Page, name: string): Promise<void> {
  screenshotIndex++;
  const file = path.join(config.artifacts, `${String(screenshotIndex).padStart(2, "0")}-${name}.png`);
  await page.screenshot({ path: file }).catch((error) => log(`screenshot failed: ${String(error)}`));
}

async function runCommand(page: Page, title: string): Promise<void> {
  await page.keyboard.press("Escape");
  await page.keyboard.press("F1");
  const input = page.locator(".quick-input-widget input");
  await input.waitFor({ state: "visible" });
  await input.fill(`>${title}`);
  const row = page.locator(".quick-input-widget .monaco-list-row", { hasText: title }).first();
  await row.waitFor({ state: "visible", timeout: 15_000 });
  await row.click();
}

async function openFile(page: Page, fileName: string): Promise<void> {
  await page.keyboard.press("Escape");
  await page.keyboard.press("Control+P");
  const input = page.locator(".quick-input-widget input");
  await input.waitFor({ state: "visible" });
  await input.fill(fileName);
  const row = page.locator(".quick-input-widget .monaco-list-row", { hasText: fileName }).first();
  await row.waitFor({ state: "visible", timeout: 15_000 });
  await row.click();
  await page.locator(".tabs-container .tab.active", { hasText: fileName }).waitFor({ state: "visible", timeout: 15_000 });
  await page.locator(".monaco-editor .view-lines").first().waitFor({ state: "visible" });
}

async function gotoLine(page: Page, line: number): Promise<void> {
  await page.keyboard.press("Escape");
  await page.keyboard.press("Control+G");
  const input = page.locator(".quick-input-widget input");
  await input.waitFor({ state: "visible" });
  await input.fill(`:${line}`);
  await page.keyboard.press("Enter");
  await page.locator(".quick-input-widget").waitFor({ state: "hidden" });
  // The status bar shows the cursor position once the editor has it.
  await page.locator(".statusbar-item", { hasText: `Ln ${line},` }).first().waitFor({ timeout: 10_000 });
}

async function visibleText(locator: Locator): Promise<string | undefined> {
  if ((await locator.count()) === 0 || !(await locator.first().isVisible())) {
    return undefined;
  }
  return (await locator.first().innerText()).trim();
}

/** Shows the hover at the cursor until its text passes `ready` (the server says what is still computing). */
async function hoverText(page: Page, ready: (text: string) => boolean): Promise<string> {
  return waitFor("a hover with the sizes", HOVER_TIMEOUT_MS, async () => {
    await page.keyboard.press("Escape");
    await page.keyboard.press("Control+K");
    await page.keyboard.press("Control+I");
    const text = await waitFor("the hover widget", 5_000, () => visibleText(page.locator(".monaco-hover:not(.hidden)")), 200).catch(() => undefined);
    return text && ready(text) ? text : undefined;
  }, 2000);
}

async function activeTabIsDirty(page: Page): Promise<boolean> {
  return (await page.locator(".tabs-container .tab.active.dirty").count()) > 0;
}

async function save(page: Page, file: string, before: string): Promise<string> {
  await page.keyboard.press("Control+S");
  return waitFor(`${path.basename(file)} saved`, 15_000, async () => {
    const text = fs.readFileSync(file, "utf8");
    return text !== before && !(await activeTabIsDirty(page)) ? text : undefined;
  }, 300);
}

/** The optimize edit must replace exactly one function and leave a module that llvm-as accepts. */
function checkOptimizedModule(original: string, edited: string, functionName: string, file: string): void {
  const error = llvmAsError(file);
  check(error === undefined, `the edited module does not assemble: ${JSON.stringify(error)}`);
  const before = functionBlocks(original);
  const after = new Map(functionBlocks(edited).map((block) => [block.name, block.text]));
  for (const block of before) {
    check(after.has(block.name), `@${block.name} disappeared`);
    if (block.name === functionName) {
      check(after.get(block.name) !== block.text, `@${functionName} was not changed`);
    } else {
      check(after.get(block.name) === block.text, `@${block.name} changed but only @${functionName} should`);
    }
  }
}

/** The extension's output channel as VS Code logs it under the user-data directory. */
function outputChannelLog(userData: string): string {
  const logs = path.join(userData, "logs");
  const files = fs.existsSync(logs)
    ? (fs.readdirSync(logs, { recursive: true }) as string[]).filter((file) => /output_logging_[^/]*\/\d+-irlens\.log$/.test(file))
    : [];
  return files.map((file) => fs.readFileSync(path.join(logs, file), "utf8")).join("\n");
}

/** The JSON parameters of every traced message whose trace line contains `marker` ("Sending request 'initialize"). */
function tracedParams(log: string, marker: string): unknown[] {
  const found: unknown[] = [];
  for (const entry of log.split(/\n(?=\[Trace - )/)) {
    const paramsAt = entry.indexOf("\nParams: ");
    if (!entry.includes(marker) || paramsAt < 0) {
      continue;
    }
    // The parameters end at the first blank line; the server's stderr may follow in the same log.
    const params = entry.slice(paramsAt + "\nParams: ".length).split("\n\n")[0];
    try {
      found.push(JSON.parse(params));
    } catch {
      // a message whose parameters were cut: not one of ours
    }
  }
  return found;
}

/** JSON with object keys sorted, to compare mappings whatever their key order. */
function sortedJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === "object" && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : inner,
  );
}

/**
 * PIDs of `irlens serve` processes in a process group (Linux /proc). A server forking a tool (fork, then
 * exec) briefly has a child with the same command line: processes whose parent is a server are skipped.
 */
function irlensServerPids(processGroup: number): number[] {
  const parents = new Map<number, number>();
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) {
      continue;
    }
    try {
      // Fields after the command name (which may hold spaces) : state ppid pgrp ...
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      const commandLine = fs.readFileSync(`/proc/${entry}/cmdline`, "utf8").split("\0");
      if (Number(fields[2]) === processGroup && commandLine.some((arg) => arg.endsWith("irlens")) && commandLine.includes("serve")) {
        parents.set(Number(entry), Number(fields[1]));
      }
    } catch {
      // the process ended meanwhile
    }
  }
  return [...parents.keys()].filter((pid) => !parents.has(parents.get(pid)!));
}

function count(text: string, needle: string): number {
  return text.split(needle).length - 1;
}

// --- the test ---------------------------------------------------------------------------------------

async function step<T>(page: Page, name: string, body: () => Promise<T>): Promise<T> {
  const t0 = Date.now();
  log(`step: ${name}`);
  try {
    const result = await body();
    timings[name] = (Date.now() - t0) / 1000;
    await screenshot(page, name.replace(/[^a-z0-9]+/gi, "-").toLowerCase());
    log(`ok: ${name} (${timings[name].toFixed(1)}s)`);
    return result;
  } catch (error) {
    await screenshot(page, `FAILED-${name.replace(/[^a-z0-9]+/gi, "-").toLowerCase()}`);
    throw error;
  }
}

/**
 * Restricted Mode: a folder nobody trusted, whose .vscode/settings.json points irlens.server.command at
 * a sentinel script that would leave a marker file. VS Code gives the extension the user's own
 * server.command instead: the sentinel never runs, and the user's server answers hovers.
 */
async function restrictedModeTest(exampleText: string): Promise<void> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "irlens-vscode-restricted-"));
  const workspace = path.join(root, "untrusted");
  const userData = path.join(root, "user-data");
  const extensions = path.join(root, "extensions");
  const home = path.join(root, "home");
  for (const dir of [path.join(workspace, ".vscode"), path.join(userData, "User"), extensions, home]) {
    fs.mkdirSync(dir, { recursive: true });
  }
  const marker = path.join(root, "sentinel-ran");
  const sentinel = path.join(workspace, "sentinel.sh");
  fs.writeFileSync(sentinel, `#!/bin/sh\ntouch '${marker}'\nexit 1\n`, { mode: 0o755 });
  fs.writeFileSync(path.join(workspace, "sizes.ll"), exampleText);
  fs.writeFileSync(path.join(workspace, ".vscode", "settings.json"), JSON.stringify({
    "irlens.server.command": [sentinel],
    "irlens.server.python": sentinel,
    "irlens.server.extraEnv": { PATH: workspace },
    "irlens.llvmBin": workspace,
  }, null, 2));
  fs.writeFileSync(path.join(userData, "User", "settings.json"), JSON.stringify({
    "security.workspace.trust.enabled": true,
    "security.workspace.trust.startupPrompt": "never",
    "security.workspace.trust.emptyWindow": false,
    "irlens.server.command": [config.irlens, "serve"],
    "irlens.modelEnabled": false,
    ...QUIET_WORKBENCH,
  }, null, 2));
  installExtension(userData, extensions, home);
  const port = await freePort();
  const codeServer = startCodeServer(port, workspace, userData, extensions, home, path.join(config.artifacts, "code-server-restricted.log"), true);
  let context: BrowserContext | undefined;
  let passed = false;
  try {
    const opened = await openWorkbench(port, root, workspace);
    context = opened.context;
    const page = opened.page;
    await step(page, "Restricted Mode: the workspace's server command is not run", async () => {
      await page.locator(".monaco-workbench").waitFor({ state: "visible", timeout: STARTUP_TIMEOUT_MS });
      await waitFor("the Restricted Mode indicator", STARTUP_TIMEOUT_MS, () =>
        visibleText(page.locator(".statusbar-item", { hasText: "Restricted Mode" })));
      await openFile(page, "sizes.ll");
      const status = await waitFor("the irlens status-bar item", STARTUP_TIMEOUT_MS, async () => {
        const value = await visibleText(page.locator(STATUS_ITEM));
        return value && !/starting/.test(value) ? value : undefined;
      });
      check(!/failed|stopped/.test(status), `irlens status bar says: ${status}`);
      const target = functionBlocks(exampleText).find((block) => block.name === "sum_array");
      check(target, "@sum_array not in the example");
      await gotoLine(page, target.defineLine + 1);
      const hover = await hoverText(page, (value) => /measured: \d+ IR instructions, \d+ bytes/.test(value));
      log(`restricted hover: ${hover.replace(/\s+/g, " ").slice(0, 120)}`);
      check(!fs.existsSync(marker), "the workspace's irlens.server.command ran in Restricted Mode");
      const channel = outputChannelLog(userData);
      check(channel.includes("Restricted Mode"), "the output channel does not say it runs in Restricted Mode");
      check(channel.includes(`starting ${config.irlens} serve`), "the user's own server command was not the one started");
      await screenshot(page, "restricted-mode");
    });
    passed = true;
  } finally {
    await context?.close().catch(() => undefined);
    stopProcessGroup(codeServer);
    if (passed && !config.keep) {
      fs.rmSync(root, { recursive: true, force: true });
    } else {
      log(`kept ${root}`);
    }
  }
}

async function main(): Promise<void> {
  fs.mkdirSync(config.artifacts, { recursive: true });
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "irlens-vscode-e2e-"));
  const workspace = path.join(root, "workspace");
  const userData = path.join(root, "user-data");
  const extensions = path.join(root, "extensions");
  const home = path.join(root, "home");
  for (const dir of [workspace, path.join(workspace, ".vscode"), path.join(userData, "User"), extensions, home]) {
    fs.mkdirSync(dir, { recursive: true });
  }

  const exampleText = fs.readFileSync(config.example, "utf8");
  const sizesFile = path.join(workspace, "sizes.ll");
  const brokenFile = path.join(workspace, "broken.ll");
  fs.writeFileSync(sizesFile, exampleText);
  fs.writeFileSync(brokenFile, brokenCopy(exampleText, "fibonacci"));
  const asmText = fs.readFileSync(config.asmExample, "utf8");
  fs.writeFileSync(path.join(workspace, "sizes.s"), asmText);
  const expectedError = llvmAsError(brokenFile);
  check(expectedError, "the broken copy assembles");
  check(llvmAsError(sizesFile) === undefined, "the example does not assemble");
  log(`llvm-as on broken.ll: ${expectedError.line}:${expectedError.column}: ${expectedError.message}`);
  await restrictedModeTest(exampleText);
  const measured = cliSizes(sizesFile);
  const measuredAsm = cliSizes(path.join(workspace, "sizes.s"));

  // Verbose trace: the LSP messages, with their parameters, go to the irlens output channel's log.
  const workspaceSettings: Record<string, unknown> = {
    "irlens.server.command": [config.irlens, "serve"],
    "irlens.trace.server": "verbose",
    "irlens.diagnosticsOnSave": true,
    "irlens.modelPath": config.model,
    "irlens.remoteUrl": "",
  };
  const workspaceSettingsFile = path.join(workspace, ".vscode", "settings.json");
  fs.writeFileSync(
    workspaceSettingsFile,
    JSON.stringify(workspaceSettings, null, 2),
  );
  fs.writeFileSync(
    path.join(userData, "User", "settings.json"),
    JSON.stringify(
      {
        ...QUIET_WORKBENCH,
        "workbench.enableExperiments": false,
        "security.workspace.trust.enabled": false,
        "editor.lightbulb.enabled": "off",
        "files.autoSave": "off",
      },
      null,
      2,
    ),
  );

  installExtension(userData, extensions, home);
  const port = await freePort();
  const codeServerLog = path.join(config.artifacts, "code-server.log");
  const codeServer = startCodeServer(port, workspace, userData, extensions, home, codeServerLog);
  let context: BrowserContext | undefined;
  let passed = false;
  try {
    const opened = await openWorkbench(port, root, workspace);
    context = opened.context;
    const page = opened.page;

    await step(page, "workbench and extension start", async () => {
      await page.locator(".monaco-workbench").waitFor({ state: "visible", timeout: STARTUP_TIMEOUT_MS });
      await openFile(page, "sizes.ll");
      // The status-bar item appears when the extension activates and says "failed" if the server does not start.
      const status = page.locator(STATUS_ITEM);
      const text = await waitFor("the irlens status-bar item", STARTUP_TIMEOUT_MS, async () => {
        const value = await visibleText(status);
        return value && !/starting/.test(value) ? value : undefined;
      });
      check(!/failed|stopped/.test(text), `irlens status bar says: ${text}`);
      const language = await visibleText(page.locator(".statusbar-item", { hasText: "LLVM IR" }));
      check(language, "the .ll file is not in the LLVM IR language mode");
    });

    await step(page, "diagnostic in broken.ll", async () => {
      await openFile(page, "broken.ll");
      await runCommand(page, "Problems: Focus on Problems View");
      const expected = `[Ln ${expectedError.line}, Col ${expectedError.column}]`;
      const row = await waitFor("the Problems view to list the llvm-as error", DIAGNOSTIC_TIMEOUT_MS, async () => {
        const rows = page.locator(".markers-panel .monaco-list-row");
        for (let i = 0; i < (await rows.count()); i++) {
          const text = (await rows.nth(i).innerText()).replace(/\s+/g, " ");
          if (text.includes(expectedError.message)) {
            return text;
          }
        }
        return undefined;
      });
      log(`problem: ${row}`);
      check(row.includes(expected), `the diagnostic is not at llvm-as's ${expected}: ${row}`);
      check(!(await visibleText(page.locator(".markers-panel", { hasText: "sizes.ll" }))), "sizes.ll has problems but it assembles");
      await runCommand(page, "View: Hide Panel");
      // The editor only renders what is on screen: go to the error to see its squiggle.
      await gotoLine(page, expectedError.line);
      const squiggle = page.locator(".monaco-editor .squiggly-error");
      await squiggle.first().waitFor({ state: "visible", timeout: 10_000 });
      // Type the original line back: the server re-checks the unsaved text and the error goes away.
      const originalLine = exampleText.split("\n")[expectedError.line - 1].trim();
      await page.keyboard.press("Home");
      await page.keyboard.press("Shift+End");
      await page.keyboard.type(originalLine);
      await waitFor("the error to be cleared after the fix", DIAGNOSTIC_TIMEOUT_MS, async () => ((await squiggle.count()) === 0 ? true : undefined), 500);
      check(await activeTabIsDirty(page), "the fix was not typed into broken.ll");
      check(fs.readFileSync(brokenFile, "utf8").includes("%undefined_value"), "broken.ll was written to disk");
    });

    const target = functionBlocks(exampleText).find((block) => block.name === "sum_array");
    check(target, "@sum_array not in the example");
    const expectedSizes = measured.find((fn) => fn.name === "sum_array");
    check(expectedSizes?.oz_bytes !== undefined, "irlens size gave no -Oz size for @sum_array");
    const sumArrayOzBytes = expectedSizes.oz_bytes;

    await step(page, "hover with sizes", async () => {
      await openFile(page, "sizes.ll");
      await gotoLine(page, target.defineLine + 3);
      const hover = await hoverText(page, (text) => /-Oz: \d+ bytes/.test(text) && /\d+ bytes \(llc/.test(text));
      log(`hover: ${hover.replace(/\s+/g, " ")}`);
      check(hover.includes("@sum_array"), "the hover is not about @sum_array");
      check(
        hover.includes(`${expectedSizes.ir_instructions} IR instructions, ${expectedSizes.bytes} bytes`),
        `hover sizes differ from irlens size (${expectedSizes.ir_instructions} instructions, ${expectedSizes.bytes} bytes)`,
      );
      check(hover.includes(`-Oz: ${sumArrayOzBytes} bytes`), `hover -Oz differs from irlens size (${sumArrayOzBytes})`);
      await screenshot(page, "hover");
      // The code lens above the function carries the same numbers.
      await page.keyboard.press("Escape");
      const lens = `${expectedSizes.ir_instructions} instr · ${expectedSizes.bytes} B · clang -Oz ${sumArrayOzBytes} B`;
      await page.locator(".monaco-editor .codelens-decoration", { hasText: lens }).first().waitFor({ state: "visible", timeout: 30_000 });
    });

    await step(page, "symbols and go to definition", async () => {
      // Go to Symbol in Editor lists the server's document symbols: every function and global.
      await page.keyboard.press("Escape");
      await page.keyboard.press("Control+Shift+O");
      const rows = page.locator(".quick-input-widget .monaco-list-row");
      await rows.first().waitFor({ state: "visible" });
      const symbols = await waitFor("the document symbols", 15_000, async () => {
        const labels = (await rows.allInnerTexts()).map((label) => label.replace(/\s+/g, " "));
        return labels.some((label) => label.includes("bubble_sort")) ? labels.join(" | ") : undefined;
      }, 500);
      log(`symbols: ${symbols}`);
      for (const block of functionBlocks(exampleText)) {
        check(symbols.includes(block.name), `@${block.name} is not among the document symbols`);
      }
      check(symbols.includes("table"), "@table is not among the document symbols");
      await page.keyboard.press("Escape");
      // F12 on a call of @fibonacci goes to its define line.
      const fibonacci = functionBlocks(exampleText).find((block) => block.name === "fibonacci");
      check(fibonacci, "@fibonacci not in the example");
      const lines = exampleText.split("\n");
      const callLine = lines.findIndex((line, index) => index + 1 > fibonacci.defineLine && line.includes("call i32 @fibonacci("));
      await gotoLine(page, callLine + 1);
      await page.keyboard.press("Escape");
      await page.keyboard.press("Control+G");
      await page.locator(".quick-input-widget input").fill(`:${callLine + 1}:${lines[callLine].indexOf("@fibonacci") + 3}`);
      await page.keyboard.press("Enter");
      await page.keyboard.press("F12");
      await page.locator(".statusbar-item", { hasText: `Ln ${fibonacci.defineLine},` }).first().waitFor({ timeout: 15_000 });
    });

    await step(page, "assembly: language and hover with llvm-mc bytes", async () => {
      await openFile(page, "sizes.s");
      const language = await visibleText(page.locator(".statusbar-item", { hasText: "Assembly (GNU as)" }));
      check(language, "sizes.s is not in the extension's assembly language mode");
      const asmLines = asmText.split("\n");
      const label = asmLines.findIndex((line) => line.startsWith("checksum:"));
      check(label >= 0, "no checksum: label in the .s example");
      const expected = measuredAsm.find((fn) => fn.name === "checksum");
      check(expected, "irlens size gave no checksum in the .s example");
      await gotoLine(page, label + 3);
      const hover = await hoverText(page, (text) => /measured: \d+ bytes \(llvm-mc\)/.test(text));
      log(`asm hover: ${hover.replace(/\s+/g, " ")}`);
      check(hover.includes(`measured: ${expected.bytes} bytes (llvm-mc)`), `asm hover differs from irlens size (${expected.bytes} bytes)`);
    });

    await step(page, "command 'irlens: Size Report' opens the report in a webview", async () => {
      await runCommand(page, "irlens: Size Report");
      // The webview's page sits in two nested iframes; its treemap is plotly's, drawn after plotly.js is
      // unpacked under the webview's Content-Security-Policy.
      const report = page.frameLocator("iframe.webview.ready").frameLocator("#active-frame");
      const labels = await waitFor("the report's treemap labels", 120_000, async () => {
        const texts = await report.locator("#treemap g.slice text").allTextContents();
        return texts.length > 0 ? texts : undefined;
      }, 1000);
      log(`size report treemap: ${labels.length} labels, e.g. ${labels.slice(0, 6).join(", ")}`);
      for (const name of ["sum_array", "bubble_sort", "checksum"]) {
        check(labels.some((label) => label.startsWith(name)), `the treemap has no rectangle labelled ${name}`);
      }
      const rows = await report.locator("#functions tbody tr").count();
      check(rows >= 12, `the functions table has ${rows} rows (sizes.ll and sizes.s have 6 functions each)`);
      const status = (await report.locator("#status").textContent()) ?? "";
      check(status === "", `the report says: ${status}`);
      await screenshot(page, "size-report");
      await runCommand(page, "View: Close Editor");
    });

    const afterAction = await step(page, "optimize code action on @sum_array", async () => {
      await openFile(page, "sizes.ll");
      await gotoLine(page, target.defineLine);
      const item = await waitFor("the 'Optimize @sum_array for size' code action", ACTION_TIMEOUT_MS, async () => {
        await page.keyboard.press("Escape");
        await page.keyboard.press("Control+.");
        const menu = page.locator(".action-widget");
        await menu.waitFor({ state: "visible", timeout: 10_000 }).catch(() => undefined);
        const option = menu.locator(".monaco-list-row", { hasText: /Optimize @sum_array for size/ }).first();
        return (await option.count()) > 0 && (await option.isVisible()) ? option : undefined;
      }, 3000);
      const title = (await item.innerText()).trim();
      log(`code action: ${title}`);
      // examples/sizes.ll is -O0 IR: its clang -Oz figure is estimated, and the title says so (issue 22)
      check(/\(−\d+% vs (clang -Oz, estimated from -O0 IR; marks it minsize optsize|paper -Oz)\)/.test(title),
            `unexpected action title: ${title}`);
      // Select with the keyboard (the widget's rows do not take synthetic clicks reliably).
      for (let i = 0; i < 10; i++) {
        const focused = await visibleText(page.locator(".action-widget .monaco-list-row.focused"));
        if (focused && /Optimize @sum_array for size/.test(focused)) {
          break;
        }
        await page.keyboard.press("ArrowDown");
      }
      await page.keyboard.press("Enter");
      await waitFor("the edit to mark the editor dirty", 15_000, async () => ((await activeTabIsDirty(page)) ? true : undefined), 300);
      await screenshot(page, "optimized-in-editor");
      const saved = await save(page, sizesFile, exampleText);
      checkOptimizedModule(exampleText, saved, "sum_array", sizesFile);
      // The editor shows the new function (its define line changed: attributes, attribute group).
      const newDefine = functionBlocks(saved).find((block) => block.name === "sum_array")?.text.split("\n")[0];
      check(newDefine && newDefine !== target.text.split("\n")[0], "the define line of @sum_array did not change");
      const shown = ((await visibleText(page.locator(".monaco-editor .view-lines"))) ?? "").replace(/\u00a0/g, " ");
      check(shown.includes(newDefine), `the editor does not show the new define line: ${newDefine}`);
      return saved;
    });

    await step(page, "command 'irlens: Optimize Function for Size' on @bubble_sort", async () => {
      const bubble = functionBlocks(afterAction).find((block) => block.name === "bubble_sort");
      check(bubble, "@bubble_sort not in the edited module");
      await gotoLine(page, bubble.defineLine + 5);
      await runCommand(page, "irlens: Optimize Function for Size");
      await waitFor("the command's edit", ACTION_TIMEOUT_MS, async () => ((await activeTabIsDirty(page)) ? true : undefined), 1000);
      const saved = await save(page, sizesFile, afterAction);
      checkOptimizedModule(afterAction, saved, "bubble_sort", sizesFile);
    });

    const modelName = path.basename(config.model, ".gguf");
    await step(page, "show model info: the configured model is loaded", async () => {
      // The server answers irlens.modelInfo (and shows it as a message); the extension puts the state in
      // the status bar. Asked again while the model is still loading.
      const status = await waitFor(`the status bar to show ${modelName} ready`, 120_000, async () => {
        await runCommand(page, "irlens: Show Model Info");
        const toast = page.locator(".notifications-toasts .notification-toast", { hasText: /irlens model/ }).last();
        await toast.waitFor({ state: "visible", timeout: 15_000 });
        log(`model info: ${(await toast.innerText()).replace(/\s+/g, " ").slice(0, 200)}`);
        await runCommand(page, "Notifications: Clear All Notifications");
        const value = await visibleText(page.locator(STATUS_ITEM));
        log(`status bar: ${value}`);
        return value?.includes(modelName) ? value : undefined;
      }, 3000);
      check(!/loading|error/.test(status), `status bar: ${status}`);
    });

    await step(page, "lift function in assembly", async () => {
      await openFile(page, "sizes.s");
      const label = asmText.split("\n").findIndex((line) => line.startsWith("checksum:"));
      await gotoLine(page, label + 3);
      await runCommand(page, "irlens: Lift Function to LLVM IR");
      // sizes.s is clang -O0 output: the server translates the listing itself (the test model, with
      // random weights, is never asked), llc round-trips it exactly, and checksum's IR opens beside it.
      const outcome = await waitFor("the lift's outcome", 120_000, async () => {
        const toast = await visibleText(page.locator(".notifications-toasts .notification-toast", { hasText: /not lifted|lifting needs|lifting checksum/ }).first());
        if (toast) {
          return toast.replace(/\s+/g, " ");
        }
        const tab = await visibleText(page.locator(".tabs-container .tab.active", { hasText: "lifted.ll" }));
        return tab ? `opened ${tab}` : undefined;
      });
      log(`lift: ${outcome}`);
      check(/opened .*sizes\.checksum\.lifted\.ll/.test(outcome), `unexpected lift outcome: ${outcome}`);
      const lifted = await waitFor("the lifted IR in the editor", 30_000, async () => {
        const text = await visibleText(page.locator(".editor-group-container.active .monaco-editor .view-lines").first());
        return text && text.includes("@checksum") ? text : undefined;
      });
      check(lifted.includes("define"), `the lifted document holds no function: ${lifted.slice(0, 200)}`);
      const toasts = (await page.locator(".notifications-toasts .notification-toast").allInnerTexts()).join(" | ");
      check(!toasts.includes("not lifted"), `a lift that round-trips was reported as not lifted: ${toasts}`);
    });
    await step(page, "restart server", async () => {
      const before = outputChannelLog(userData);
      check(count(before, "[client] starting ") === 1, "the server was started more than once before the restart");
      check(!before.includes("[client] server exited"), "the server exited during the test");
      await runCommand(page, "irlens: Restart Server");
      await waitFor("a second server start in the irlens output", 30_000, async () => (count(outputChannelLog(userData), "[client] starting ") === 2 ? true : undefined), 500);
      const text = await waitFor("the status bar back to running", 30_000, async () => {
        const value = await visibleText(page.locator(STATUS_ITEM));
        return value && !/starting|stopped/.test(value) ? value : undefined;
      }, 500);
      check(!/failed/.test(text), `status bar after restart: ${text}`);
      // The new server answers: the hover on the (edited, saved) module works again.
      await openFile(page, "sizes.ll");
      const sumArray = functionBlocks(fs.readFileSync(sizesFile, "utf8")).find((block) => block.name === "sum_array");
      check(sumArray, "@sum_array not in the saved module");
      await gotoLine(page, sumArray.defineLine);
      const hover = await hoverText(page, (value) => /measured: \d+ IR instructions, \d+ bytes/.test(value));
      log(`hover after restart: ${hover.replace(/\s+/g, " ").slice(0, 120)}`);
      // The applied version is what the action promised: no larger than -Oz.
      const bytesNow = Number(/measured: \d+ IR instructions, (\d+) bytes/.exec(hover)?.[1]);
      check(bytesNow <= sumArrayOzBytes, `@sum_array is ${bytesNow} bytes after the edit, -Oz gives ${sumArrayOzBytes}`);
      check(outputChannelLog(userData).includes("[client] server exited"), "the old server process did not exit");
    });
    await step(page, "a crashed server is restarted", async () => {
      // The irlens server runs in code-server's process group (this test started it): kill it hard.
      const pids = irlensServerPids(codeServer.pid!);
      check(pids.length === 1, `expected one irlens server process, found ${pids.length}`);
      const starts = count(outputChannelLog(userData), "[client] starting ");
      process.kill(pids[0], "SIGKILL");
      await waitFor("the extension to start a new server", 30_000, async () => {
        const text = outputChannelLog(userData);
        return text.includes("server exited (SIGKILL)") && count(text, "[client] starting ") === starts + 1 ? true : undefined;
      }, 500);
      const status = await waitFor("the status bar back to running", 30_000, async () => {
        const value = await visibleText(page.locator(STATUS_ITEM));
        return value && !/starting|stopped|failed/.test(value) ? value : undefined;
      }, 500);
      log(`status bar after the crash: ${status}`);
      const hover = await hoverText(page, (value) => /measured: \d+ IR instructions, \d+ bytes/.test(value));
      log(`hover after the crash: ${hover.replace(/\s+/g, " ").slice(0, 80)}`);
    });
    await step(page, "settings reach the server", async () => {
      type Initialize = { initializationOptions?: { irlens?: Record<string, unknown> } };
      const initializes = () => tracedParams(outputChannelLog(userData), "Sending request 'initialize") as Initialize[];
      // Only what the user set is sent (an empty remoteUrl counts as unset): the server keeps its defaults.
      const options = initializes()[0]?.initializationOptions;
      check(sortedJson(options) === sortedJson({ irlens: { diagnosticsOnSave: true, modelPath: config.model } }), `initializationOptions: ${JSON.stringify(options)}`);
      const starts = count(outputChannelLog(userData), "[client] starting ");

      // Edit the workspace settings file as a user would; VS Code notices and the extension notifies the
      // server (a removed setting is sent with its default).
      const { "irlens.diagnosticsOnSave": _removed, ...rest } = workspaceSettings;
      const llvmBin = path.dirname(fs.realpathSync(config.llvmAs));
      const edited = { ...rest, "irlens.diagnosticsOnType": false, "irlens.maxBackgroundFunctions": 50, "irlens.llvmBin": llvmBin };
      fs.writeFileSync(workspaceSettingsFile, JSON.stringify(edited, null, 2));
      const sent = await waitFor("workspace/didChangeConfiguration with the new settings", 30_000, async () => {
        const all = tracedParams(outputChannelLog(userData), "Sending notification 'workspace/didChangeConfiguration'") as { settings?: { irlens?: Record<string, unknown> } }[];
        return all.map((params) => params.settings?.irlens).find((irlens) => irlens?.maxBackgroundFunctions === 50);
      }, 500);
      log(`didChangeConfiguration: ${JSON.stringify(sent)}`);
      check(
        sortedJson(sent) === sortedJson({ modelPath: config.model, diagnosticsOnType: false, maxBackgroundFunctions: 50, llvmBin, diagnosticsOnSave: true }),
        `unexpected settings sent: ${JSON.stringify(sent)}`,
      );
      check(count(outputChannelLog(userData), "[client] starting ") === starts, "a notified setting restarted the server");

      // The server reads model settings once: changing one starts a new server that gets it at initialize.
      fs.writeFileSync(workspaceSettingsFile, JSON.stringify({ ...edited, "irlens.contextSize": 4096 }, null, 2));
      const restarted = await waitFor("a new server initialized with the new context size", 30_000, async () => {
        const all = initializes();
        return count(outputChannelLog(userData), "[client] starting ") === starts + 1 && all.length > 1 ? all[all.length - 1].initializationOptions?.irlens : undefined;
      }, 500);
      log(`initializationOptions after the model setting changed: ${JSON.stringify(restarted)}`);
      check(
        sortedJson(restarted) === sortedJson({ modelPath: config.model, diagnosticsOnType: false, maxBackgroundFunctions: 50, llvmBin, nCtx: 4096 }),
        `unexpected initializationOptions: ${JSON.stringify(restarted)}`,
      );
      const status = await waitFor("the status bar back to running", 30_000, async () => {
        const value = await visibleText(page.locator(STATUS_ITEM));
        return value && !/starting|stopped|failed/.test(value) ? value : undefined;
      }, 500);
      log(`status bar: ${status}`);
    });
    await step(page, "a missing server is reported, then fixed", async () => {
      const current = JSON.parse(fs.readFileSync(workspaceSettingsFile, "utf8")) as Record<string, unknown>;
      const missing = path.join(root, "no-such-dir", "irlens");
      fs.writeFileSync(workspaceSettingsFile, JSON.stringify({ ...current, "irlens.server.command": [missing, "serve"] }, null, 2));
      const failed = await waitFor("the status bar to say the server failed", 30_000, async () => {
        const value = await visibleText(page.locator(STATUS_ITEM));
        return value?.includes("failed") ? value : undefined;
      }, 500);
      const toast = await waitFor("an error naming the missing server", 15_000, () =>
        visibleText(page.locator(".notifications-toasts .notification-toast", { hasText: missing }).first()),
      500);
      log(`status bar: ${failed}; message: ${toast.replace(/\s+/g, " ").slice(0, 160)}`);
      await screenshot(page, "missing-server");
      const toasts = (await page.locator(".notifications-toasts .notification-toast").allInnerTexts()).join(" | ");
      check(!toasts.includes("couldn't create connection"), `a second, vaguer error was shown: ${toasts}`);
      await runCommand(page, "Notifications: Clear All Notifications");
      fs.writeFileSync(workspaceSettingsFile, JSON.stringify(current, null, 2));
      await waitFor("the server to run again", 30_000, async () => {
        const value = await visibleText(page.locator(STATUS_ITEM));
        return value && !/starting|stopped|failed/.test(value) ? value : undefined;
      }, 500);
      await openFile(page, "sizes.ll");
      await gotoLine(page, target.defineLine);
      await hoverText(page, (value) => /measured: \d+ IR instructions, \d+ bytes/.test(value));
    });
    passed = true;
  } finally {
    await context?.close().catch(() => undefined);
    stopProcessGroup(codeServer);
    const logs = path.join(userData, "logs");
    if (fs.existsSync(logs)) {
      fs.cpSync(logs, path.join(config.artifacts, "vscode-logs"), { recursive: true });
    }
    if (passed && !config.keep) {
      fs.rmSync(root, { recursive: true, force: true });
    } else {
      log(`kept ${root}`);
    }
  }
  log(`timings (s): ${JSON.stringify(timings)}`);
  log("PASS");
}

main().catch((error) => {
  console.error(`[e2e] FAIL: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
  console.error(`[e2e] screenshots and logs: ${config.artifacts}`);
  process.exit(1);
});
