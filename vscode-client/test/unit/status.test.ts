import { strict as assert } from "node:assert";
import { test } from "node:test";
import { parseModelStatus, statusView } from "../../src/status";

test("model status is read bare or nested under 'model'", () => {
  assert.deepEqual(parseModelStatus({ state: "ready", name: "irlens-tiny", detail: "" }), { state: "ready", name: "irlens-tiny" });
  assert.deepEqual(parseModelStatus({ model: { state: "loading", name: "llm-compiler-7b" }, jobs: 2 }), { state: "loading", name: "llm-compiler-7b" });
});

test("unexpected answers give no model status", () => {
  for (const value of [null, undefined, "ready", 3, {}, { state: "exploded" }, { model: "ready" }]) {
    assert.equal(parseModelStatus(value), undefined);
  }
});

test("running server shows the model and background jobs", () => {
  const view = statusView({ server: "running", model: { state: "ready", name: "irlens-tiny" }, backgroundJobs: 2, backgroundTitle: "Measuring sizes.ll" });
  assert.equal(view.text, "$(sync~spin) irlens: 2 jobs · irlens-tiny");
  assert.match(view.tooltip, /background: Measuring sizes\.ll/);
  assert.equal(view.isError, false);
});

test("no model is shown as compiler only", () => {
  const view = statusView({ server: "running", model: { state: "disabled" }, backgroundJobs: 0 });
  assert.equal(view.text, "$(pulse) irlens · none (compiler only)");
});

test("a model error shows a warning with its detail in the tooltip", () => {
  const view = statusView({ server: "running", model: { state: "error", detail: "bad magic in x.gguf" }, backgroundJobs: 0 });
  assert.equal(view.text, "$(warning) irlens · error");
  assert.match(view.tooltip, /bad magic in x\.gguf/);
});

test("a failed server is an error with the reason in the tooltip", () => {
  const view = statusView({ server: "failed", backgroundJobs: 0, serverError: "irlens server not found" });
  assert.equal(view.text, "$(error) irlens: failed");
  assert.equal(view.isError, true);
  assert.match(view.tooltip, /irlens server not found/);
});

test("before the model is known only the server's state is shown", () => {
  const view = statusView({ server: "running", backgroundJobs: 0 });
  assert.equal(view.text, "$(pulse) irlens");
  assert.doesNotMatch(view.tooltip, /model:/);
});
