// Maps the extension's VS Code settings to the server's settings keys (irlens.config.Settings,
// camelCase accepted by Settings.updated). Kept free of the `vscode` module so it can be unit tested.

/** The part of vscode.WorkspaceConfiguration this module reads. */
export interface ConfigReader {
  get<T>(section: string): T | undefined;
}

/** VS Code setting (under "irlens.") -> server Settings key (camelCase of the dataclass field). */
export const SERVER_SETTING_KEYS: Readonly<Record<string, string>> = {
  modelPath: "modelPath",
  remoteUrl: "remoteUrl",
  nGpuLayers: "nGpuLayers",
  threads: "nThreads",
  contextSize: "nCtx",
  llvmBin: "llvmBin",
  diagnosticsOnType: "diagnosticsOnType",
  diagnosticsOnSave: "diagnosticsOnSave",
};

/** Settings that only the client uses: changing them restarts the server instead of notifying it. */
export const CLIENT_ONLY_SETTINGS = ["server.command", "server.python", "server.extraEnv"] as const;

const PATH_SETTINGS = new Set(["modelPath", "llvmBin"]);
const STRING_SETTINGS = new Set(["modelPath", "remoteUrl", "llvmBin"]);
const INTEGER_SETTINGS = new Set(["nGpuLayers", "threads", "contextSize"]);
const BOOLEAN_SETTINGS = new Set(["diagnosticsOnType", "diagnosticsOnSave"]);

/**
 * The settings mapping sent as initializationOptions and in workspace/didChangeConfiguration.
 * Empty strings mean "not set" and become null (the server's default); values of the wrong type are
 * left out rather than sent, so the server keeps its default. `expandPath` resolves
 * `${workspaceFolder}` and `~` in path settings.
 */
export function serverSettings(
  config: ConfigReader,
  expandPath: (value: string) => string = (value) => value,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [vscodeKey, serverKey] of Object.entries(SERVER_SETTING_KEYS)) {
    const value = config.get<unknown>(vscodeKey);
    if (value === undefined) {
      continue;
    }
    if (STRING_SETTINGS.has(vscodeKey)) {
      if (value === null || (typeof value === "string" && value.trim() === "")) {
        out[serverKey] = null;
      } else if (typeof value === "string") {
        out[serverKey] = PATH_SETTINGS.has(vscodeKey) ? expandPath(value.trim()) : value.trim();
      }
    } else if (INTEGER_SETTINGS.has(vscodeKey)) {
      if (value === null) {
        out[serverKey] = null;
      } else if (typeof value === "number" && Number.isInteger(value)) {
        out[serverKey] = value;
      }
    } else if (BOOLEAN_SETTINGS.has(vscodeKey) && typeof value === "boolean") {
      out[serverKey] = value;
    }
  }
  return out;
}

/** The payload of workspace/didChangeConfiguration: the server accepts `{"irlens": {...}}`. */
export function configurationChangePayload(settings: Record<string, unknown>): { settings: { irlens: Record<string, unknown> } } {
  return { settings: { irlens: settings } };
}
