// Maps the extension's VS Code settings to the server's settings keys (irlens.config.Settings,
// camelCase accepted by Settings.updated). Kept free of the `vscode` module so it can be unit tested.
//
// Only settings the user has set are sent: the server keeps its own defaults, environment
// (IRLENS_MODEL, IRLENS_LLVM_BIN) and command-line flags for the rest. A setting the user removes is
// sent once more with its default (package.json's defaults are the server's; "" becomes null).

/** The part of vscode.WorkspaceConfiguration this module reads. */
export interface ConfigReader {
  get<T>(section: string): T | undefined;
  inspect<T>(section: string): ConfigInspection<T> | undefined;
}

/** The fields of vscode.WorkspaceConfiguration.inspect() that hold values a user set. */
export interface ConfigInspection<T> {
  defaultValue?: T;
  globalValue?: T;
  workspaceValue?: T;
  workspaceFolderValue?: T;
  globalLanguageValue?: T;
  workspaceLanguageValue?: T;
  workspaceFolderLanguageValue?: T;
}

/** VS Code setting (under "irlens.") -> server Settings key (camelCase of the dataclass field). */
export const SERVER_SETTING_KEYS: Readonly<Record<string, string>> = {
  modelPath: "modelPath",
  liftModelPath: "liftModelPath",
  remoteUrl: "remoteUrl",
  nGpuLayers: "nGpuLayers",
  threads: "nThreads",
  contextSize: "nCtx",
  modelEnabled: "modelEnabled",
  llvmBin: "llvmBin",
  toolTimeoutSeconds: "toolTimeoutS",
  diagnosticsOnType: "diagnosticsOnType",
  diagnosticsOnSave: "diagnosticsOnSave",
  debounceMs: "debounceMs",
  backgroundSuggestions: "backgroundSuggestions",
  maxBackgroundFunctions: "maxBackgroundFunctions",
  sizeBaseline: "sizeBaseline",
  cacheMb: "cacheMb",
  maxInputMb: "maxInputMb",
  liftCandidates: "liftCandidates",
  liftRefineSeconds: "liftRefineS",
  liftListing: "liftListing",
};

/**
 * Settings the server reads once, when it starts the model (it has no way to reload it): a change
 * restarts the server. So does any change under irlens.server (how the server is started).
 */
export const RESTART_SECTIONS: readonly string[] = [
  "server",
  "modelPath",
  "liftModelPath",
  "remoteUrl",
  "nGpuLayers",
  "threads",
  "contextSize",
  "modelEnabled",
];

/**
 * Settings a workspace must not choose (package.json's capabilities.untrustedWorkspaces
 * .restrictedConfigurations, under "irlens."): they pick programs to run, files to load and where the
 * code is sent. In Restricted Mode VS Code answers `get()` with the user's own value for them; the
 * extension also ignores workspace values that `inspect()` still reports.
 */
export const RESTRICTED_SETTINGS: readonly string[] = [
  "server.command",
  "server.python",
  "server.extraEnv",
  "llvmBin",
  "modelPath",
  "liftModelPath",
  "remoteUrl",
];

const PATH_SETTINGS = new Set(["modelPath", "liftModelPath", "llvmBin"]);
const STRING_SETTINGS = new Set(["modelPath", "liftModelPath", "remoteUrl", "llvmBin", "sizeBaseline"]);
const INTEGER_SETTINGS = new Set([
  "nGpuLayers", "threads", "contextSize", "debounceMs", "maxBackgroundFunctions", "cacheMb", "maxInputMb",
  "liftCandidates",
]);
const NUMBER_SETTINGS = new Set(["toolTimeoutSeconds", "liftRefineSeconds"]);
const BOOLEAN_SETTINGS = new Set([
  "diagnosticsOnType", "diagnosticsOnSave", "modelEnabled", "backgroundSuggestions", "liftListing",
]);

function isSetByUser(config: ConfigReader, key: string, trusted: boolean): boolean {
  const inspection = config.inspect<unknown>(key);
  if (!inspection) {
    return false;
  }
  if (!trusted && RESTRICTED_SETTINGS.includes(key)) {
    return inspection.globalValue !== undefined || inspection.globalLanguageValue !== undefined;
  }
  return [
    inspection.globalValue,
    inspection.workspaceValue,
    inspection.workspaceFolderValue,
    inspection.globalLanguageValue,
    inspection.workspaceLanguageValue,
    inspection.workspaceFolderLanguageValue,
  ].some((value) => value !== undefined);
}

/** The server value of one setting, or undefined when it is unset, empty or of the wrong type. */
function serverValue(vscodeKey: string, value: unknown, expandPath: (value: string) => string): unknown {
  if (STRING_SETTINGS.has(vscodeKey)) {
    if (typeof value !== "string" || value.trim() === "") {
      return undefined;
    }
    return PATH_SETTINGS.has(vscodeKey) ? expandPath(value.trim()) : value.trim();
  }
  if (INTEGER_SETTINGS.has(vscodeKey)) {
    return typeof value === "number" && Number.isInteger(value) ? value : undefined;
  }
  if (NUMBER_SETTINGS.has(vscodeKey)) {
    return typeof value === "number" && Number.isFinite(value) ? value : undefined;
  }
  if (BOOLEAN_SETTINGS.has(vscodeKey)) {
    return typeof value === "boolean" ? value : undefined;
  }
  return undefined;
}

/**
 * The settings the user has set, under the server's names: sent as initializationOptions and in
 * workspace/didChangeConfiguration. `expandPath` resolves `${workspaceFolder}` and `~` in path settings.
 * In an untrusted workspace (`trusted` false) only the user's own values of RESTRICTED_SETTINGS count,
 * and the server is told not to compile the workspace's compile_commands.json (`compileCommands: false`):
 * a cloned repository's build commands are its code. Trust granted restarts the server without it.
 */
export function serverSettings(
  config: ConfigReader,
  expandPath: (value: string) => string = (value) => value,
  trusted = true,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [vscodeKey, serverKey] of Object.entries(SERVER_SETTING_KEYS)) {
    if (!isSetByUser(config, vscodeKey, trusted)) {
      continue;
    }
    const value = serverValue(vscodeKey, config.get<unknown>(vscodeKey), expandPath);
    if (value !== undefined) {
      out[serverKey] = value;
    }
  }
  if (!trusted) {
    out.compileCommands = false;
  }
  return out;
}

/** Every setting's default under the server's name (null where the default is empty). */
export function serverDefaults(config: ConfigReader): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [vscodeKey, serverKey] of Object.entries(SERVER_SETTING_KEYS)) {
    const value = serverValue(vscodeKey, config.inspect<unknown>(vscodeKey)?.defaultValue, (path) => path);
    out[serverKey] = value === undefined ? null : value;
  }
  return out;
}

/** `current`, plus the default of every key that was sent before and is no longer set (resets it on the server). */
export function settingsUpdate(
  previous: Record<string, unknown>,
  current: Record<string, unknown>,
  defaults: Record<string, unknown>,
): Record<string, unknown> {
  const update: Record<string, unknown> = { ...current };
  for (const key of Object.keys(previous)) {
    if (!(key in current)) {
      update[key] = key in defaults ? defaults[key] : null;
    }
  }
  return update;
}

/** Whether a configuration change needs a new server (`affects` is ConfigurationChangeEvent.affectsConfiguration). */
export function changeNeedsRestart(affects: (section: string) => boolean): boolean {
  return RESTART_SECTIONS.some((section) => affects(`irlens.${section}`));
}

/** The payload of workspace/didChangeConfiguration: the server accepts `{"irlens": {...}}`. */
export function configurationChangePayload(settings: Record<string, unknown>): { settings: { irlens: Record<string, unknown> } } {
  return { settings: { irlens: settings } };
}
