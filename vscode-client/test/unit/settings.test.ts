import { strict as assert } from "node:assert";
import { test } from "node:test";
import * as fs from "node:fs";
import * as path from "node:path";
import { changeNeedsRestart, configurationChangePayload, serverDefaults, serverSettings, settingsUpdate, ConfigInspection, ConfigReader, RESTRICTED_SETTINGS } from "../../src/settings";

// The defaults the extension declares (package.json), as VS Code would give them.
const PACKAGE_JSON = path.join(__dirname, "..", "..", "..", "..", "package.json");
const properties = JSON.parse(fs.readFileSync(PACKAGE_JSON, "utf8")).contributes.configuration.properties as Record<string, { default: unknown }>;
const DEFAULTS: Record<string, unknown> = Object.fromEntries(
  Object.entries(properties).map(([key, property]) => [key.replace(/^irlens\./, ""), property.default]),
);

/** Like WorkspaceConfiguration: `user` holds what the user set (workspace scope here), the rest are defaults. */
function reader(user: Record<string, unknown>): ConfigReader {
  return {
    get: <T>(key: string) => (key in user ? user[key] : DEFAULTS[key]) as T | undefined,
    inspect: <T>(key: string) => ({ defaultValue: DEFAULTS[key] as T, ...(key in user ? { workspaceValue: user[key] as T } : {}) }),
  };
}

test("every setting is renamed to the server's camelCase Settings key", () => {
  const mapped = serverSettings(
    reader({
      modelPath: "/models/llm-compiler-7b-ftd.Q4_K_M.gguf",
      remoteUrl: "http://127.0.0.1:8080",
      nGpuLayers: 33,
      threads: 8,
      contextSize: 8192,
      llvmBin: "/usr/lib/llvm-19/bin",
      diagnosticsOnType: false,
      diagnosticsOnSave: true,
      modelEnabled: false,
      toolTimeoutSeconds: 2.5,
      debounceMs: 100,
      backgroundSuggestions: false,
      maxBackgroundFunctions: 0,
    }),
  );
  assert.deepEqual(mapped, {
    modelEnabled: false,
    toolTimeoutS: 2.5,
    debounceMs: 100,
    backgroundSuggestions: false,
    maxBackgroundFunctions: 0,
    modelPath: "/models/llm-compiler-7b-ftd.Q4_K_M.gguf",
    remoteUrl: "http://127.0.0.1:8080",
    nGpuLayers: 33,
    nThreads: 8,
    nCtx: 8192,
    llvmBin: "/usr/lib/llvm-19/bin",
    diagnosticsOnType: false,
    diagnosticsOnSave: true,
  });
});

test("the mapped keys are the snake_case fields of irlens.config.Settings", () => {
  // Settings.updated() turns camelCase into snake_case; these are the dataclass fields they must hit.
  const snake = (key: string) => key.replace(/[A-Z]/g, (ch) => `_${ch.toLowerCase()}`);
  const mapped = serverSettings(reader(Object.fromEntries(Object.keys(DEFAULTS).map((key) => [key, key === "modelPath" ? "m" : key === "liftModelPath" ? "l" : key === "remoteUrl" ? "r" : key === "llvmBin" ? "b" : key === "threads" ? 2 : DEFAULTS[key]]))));
  assert.deepEqual(Object.keys(mapped).map(snake).sort(), [
    "background_suggestions",
    "cache_mb",
    "debounce_ms",
    "diagnostics_on_save",
    "diagnostics_on_type",
    "lift_candidates",
    "lift_listing",
    "lift_model_path",
    "lift_refine_s",
    "llvm_bin",
    "max_background_functions",
    "max_input_mb",
    "model_enabled",
    "model_path",
    "n_ctx",
    "n_gpu_layers",
    "n_threads",
    "remote_url",
    "size_baseline",
    "tool_timeout_s",
  ]);
});

test("defaults are not sent, so the server keeps its environment and flags", () => {
  assert.deepEqual(serverSettings(reader({})), {});
  // Set by the user to the default value: sent (the user asked for it).
  assert.deepEqual(serverSettings(reader({ contextSize: 16384 })), { nCtx: 16384 });
});

test("empty strings and null count as unset", () => {
  assert.deepEqual(serverSettings(reader({ modelPath: "  ", remoteUrl: "", llvmBin: null, threads: null })), {});
});

test("values of the wrong type are left out", () => {
  const mapped = serverSettings(reader({ nGpuLayers: "all", contextSize: 1.5, diagnosticsOnType: "yes", modelPath: 3 }));
  assert.deepEqual(mapped, {});
});

test("path settings are expanded, other strings are not", () => {
  const expand = (value: string) => value.replace("${workspaceFolder}", "/ws");
  const mapped = serverSettings(reader({ modelPath: "${workspaceFolder}/m.gguf", llvmBin: "${workspaceFolder}/bin", remoteUrl: "${workspaceFolder}" }), expand);
  assert.equal(mapped.modelPath, "/ws/m.gguf");
  assert.equal(mapped.llvmBin, "/ws/bin");
  assert.equal(mapped.remoteUrl, "${workspaceFolder}");
});

test("the declared defaults equal irlens.config.Settings' defaults", () => {
  // server/irlens/config.py's dataclass defaults
  assert.deepEqual(serverDefaults(reader({})), {
    modelPath: null,
    liftModelPath: null,
    remoteUrl: null,
    nGpuLayers: 0,
    nThreads: null,
    nCtx: 16384,
    modelEnabled: true,
    llvmBin: null,
    toolTimeoutS: 60,
    diagnosticsOnType: true,
    diagnosticsOnSave: true,
    debounceMs: 300,
    backgroundSuggestions: true,
    maxBackgroundFunctions: 200,
    sizeBaseline: "clang",
    cacheMb: 256,
    maxInputMb: 64,
    liftCandidates: 8,
    liftRefineS: 1,
    liftListing: true,
  });
});

test("a setting the user removed is reset to its default on the server", () => {
  const defaults = serverDefaults(reader({}));
  assert.deepEqual(settingsUpdate({ modelPath: "/m.gguf", nCtx: 4096, diagnosticsOnSave: false }, { nCtx: 8192, nThreads: 4 }, defaults), {
    modelPath: null,
    nCtx: 8192,
    nThreads: 4,
    diagnosticsOnSave: true,
  });
  assert.deepEqual(settingsUpdate({}, {}, defaults), {});
});

test("model and server-start settings restart the server, the others are notified", () => {
  const affects = (changed: string[]) => (section: string) => changed.some((key) => key === section || key.startsWith(`${section}.`));
  assert.equal(changeNeedsRestart(affects(["irlens.server.command"])), true);
  assert.equal(changeNeedsRestart(affects(["irlens.modelPath"])), true);
  assert.equal(changeNeedsRestart(affects(["irlens.contextSize"])), true);
  assert.equal(changeNeedsRestart(affects(["irlens.diagnosticsOnType", "irlens.llvmBin"])), false);
  assert.equal(changeNeedsRestart(affects(["irlens.trace.server"])), false);
});

test("didChangeConfiguration carries the settings under 'irlens'", () => {
  assert.deepEqual(configurationChangePayload({ nCtx: 4096 }), { settings: { irlens: { nCtx: 4096 } } });
});

test("Restricted Mode: a workspace's values of the restricted settings are not sent, the user's are", () => {
  const config: ConfigReader = {
    // What VS Code does for restricted settings in an untrusted workspace: get() gives the user's value.
    get: <T>(key: string) => ({ modelPath: "/home/me/model.gguf", debounceMs: 50 } as Record<string, unknown>)[key] as T,
    inspect: <T>(key: string) =>
      (({
        modelPath: { defaultValue: "", globalValue: "/home/me/model.gguf", workspaceValue: "/ws/evil.gguf" },
        llvmBin: { defaultValue: "", workspaceValue: "/ws/fake-llvm" },
        remoteUrl: { defaultValue: "", workspaceValue: "http://evil.example" },
        debounceMs: { defaultValue: 300, workspaceValue: 50 },
      }) as Record<string, unknown>)[key] as ConfigInspection<T> | undefined,
  };
  assert.deepEqual(serverSettings(config, (value) => value, false), { modelPath: "/home/me/model.gguf", debounceMs: 50, compileCommands: false });
});

test("Restricted Mode: the server compiles no compile_commands.json entry; trusted, the server's default applies", () => {
  assert.deepEqual(serverSettings(reader({}), (value) => value, false), { compileCommands: false });
  assert.deepEqual(serverSettings(reader({}), (value) => value, true), {});
  // Settings.updated() turns it into compile_commands, a switch of irlens.config.Settings.
  const config = fs.readFileSync(path.join(__dirname, "..", "..", "..", "..", "..", "server", "irlens", "config.py"), "utf8");
  assert.match(config, /^ {4}compile_commands: bool = True$/m);
});

test("the restricted settings are the ones package.json declares for untrusted workspaces", () => {
  const manifest = JSON.parse(fs.readFileSync(PACKAGE_JSON, "utf8"));
  const declared = manifest.capabilities.untrustedWorkspaces;
  assert.equal(declared.supported, "limited");
  assert.deepEqual(declared.restrictedConfigurations, RESTRICTED_SETTINGS.map((key) => `irlens.${key}`));
  for (const key of RESTRICTED_SETTINGS) {
    assert.ok(`irlens.${key}` in properties, `irlens.${key} is not a setting`);
  }
});
