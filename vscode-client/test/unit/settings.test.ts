import { strict as assert } from "node:assert";
import { test } from "node:test";
import { configurationChangePayload, serverSettings, ConfigReader } from "../../src/settings";

function reader(values: Record<string, unknown>): ConfigReader {
  return { get: <T>(key: string) => values[key] as T | undefined };
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

test("empty strings and null mean 'server default'", () => {
  const mapped = serverSettings(reader({ modelPath: "  ", remoteUrl: "", llvmBin: null, threads: null }));
  assert.deepEqual(mapped, { modelPath: null, remoteUrl: null, llvmBin: null, nThreads: null });
});

test("values of the wrong type and unset settings are left out", () => {
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

test("didChangeConfiguration carries the settings under 'irlens'", () => {
  assert.deepEqual(configurationChangePayload({ nCtx: 4096 }), { settings: { irlens: { nCtx: 4096 } } });
});
