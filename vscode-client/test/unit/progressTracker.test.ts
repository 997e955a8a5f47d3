import { strict as assert } from "node:assert";
import { test } from "node:test";
import { ProgressTracker } from "../../src/progressTracker";

const progress = (token: string | number, value: Record<string, unknown>) => ({ jsonrpc: "2.0", method: "$/progress", params: { token, value } });

test("jobs are counted from begin to end, per token", () => {
  const tracker = new ProgressTracker();
  let changes = 0;
  tracker.onDidChange(() => changes++);
  tracker.observe(progress("a", { kind: "begin", title: "Measuring sizes.ll" }));
  tracker.observe(progress(7, { kind: "begin", title: "-Oz baselines", percentage: 0 }));
  assert.equal(tracker.count, 2);
  tracker.observe(progress(7, { kind: "report", message: "3/6 functions", percentage: 50 }));
  assert.equal(tracker.latestTitle, "-Oz baselines: 3/6 functions: 50%");
  tracker.observe(progress("a", { kind: "end" }));
  tracker.observe(progress("7", { kind: "end" })); // a string "7" is not the number token 7
  assert.equal(tracker.count, 1);
  tracker.observe(progress(7, { kind: "end" }));
  assert.equal(tracker.count, 0);
  assert.equal(tracker.latestTitle, undefined);
  assert.equal(changes, 5);
});

test("other messages and malformed progress are ignored", () => {
  const tracker = new ProgressTracker();
  tracker.observe({ jsonrpc: "2.0", method: "textDocument/publishDiagnostics", params: { uri: "file:///x.ll", diagnostics: [] } });
  tracker.observe({ jsonrpc: "2.0", id: 1, result: null });
  tracker.observe(progress("x", { kind: "report", message: "no begin" }));
  tracker.observe(progress("x", { kind: "end" }));
  tracker.observe({ method: "$/progress", params: { token: {}, value: { kind: "begin", title: "bad token" } } });
  tracker.observe({ method: "$/progress", params: { token: "y", value: "begin" } });
  tracker.observe(null);
  assert.equal(tracker.count, 0);
});

test("reset drops every job (server restarted)", () => {
  const tracker = new ProgressTracker();
  tracker.observe(progress("a", { kind: "begin", title: "Optimizing @main" }));
  tracker.reset();
  assert.equal(tracker.count, 0);
});
