import { strict as assert } from "node:assert";
import { test } from "node:test";
import * as fs from "node:fs";
import * as path from "node:path";
import { configurationChangePayload, serverDefaults, serverSettings, settingsUpdate, ConfigReader } from "../../src/settings";

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
    }),
  );
  assert.deepEqual(mapped, {
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
  const mapped = serverSettings(reader({ modelPath: "m", remoteUrl: "r", nGpuLayers: 1, threads: 2, contextSize: 3, llvmBin: "b", diagnosticsOnType: true, diagnosticsOnSave: true }));
  assert.deepEqual(Object.keys(mapped).map(snake).sort(), [
    "diagnostics_on_save",
    "diagnostics_on_type",
    "llvm_bin",
    "model_path",
    "n_ctx",
    "n_gpu_layers",
    "n_threads",
    "remote_url",
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
  // server/irlens/config.py: model_path=None, remote_url=None, n_gpu_layers=0, n_threads=None,
  // n_ctx=16384, llvm_bin=None, diagnostics_on_type=True, diagnostics_on_save=True
  assert.deepEqual(serverDefaults(reader({})), {
    modelPath: null,
    remoteUrl: null,
    nGpuLayers: 0,
    nThreads: null,
    nCtx: 16384,
    llvmBin: null,
    diagnosticsOnType: true,
    diagnosticsOnSave: true,
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

test("didChangeConfiguration carries the settings under 'irlens'", () => {
  assert.deepEqual(configurationChangePayload({ nCtx: 4096 }), { settings: { irlens: { nCtx: 4096 } } });
});
