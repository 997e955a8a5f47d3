import { strict as assert } from "node:assert";
import { test } from "node:test";
import { actionsOfKind, failureReason } from "../../src/actions";

// Titles as server/irlens/lsp/code_actions.py writes them.
const actions = [
  { title: "Copy pipeline: opt -p 'function(instcombine)'" },
  { title: "Optimize @sum_array for size (−12% vs -Oz)" },
  { title: "Optimize @other for size (−3% vs -Oz)", disabled: { reason: "document changed" } },
  { title: "Find a smaller verified version of @checksum (runs now)" },
  { title: "Lift @main to LLVM IR" },
];

test("each kind is picked by the server's titles, disabled actions skipped", () => {
  assert.deepEqual(actionsOfKind(actions, "optimize").map((a) => a.title), ["Optimize @sum_array for size (−12% vs -Oz)"]);
  assert.deepEqual(actionsOfKind(actions, "optimizeNow").map((a) => a.title), ["Find a smaller verified version of @checksum (runs now)"]);
  assert.deepEqual(actionsOfKind(actions, "lift").map((a) => a.title), ["Lift @main to LLVM IR"]);
  assert.deepEqual(actionsOfKind(undefined, "optimize"), []);
});

test("command results: success has no reason, failure says why", () => {
  assert.equal(failureReason({ applied: true, pipeline: "default<Oz>" }), undefined);
  assert.equal(failureReason({ created: true, uri: "file:///x.lifted.ll" }), undefined);
  assert.equal(failureReason({ applied: false, reason: "the document changed" }), "the document changed");
  assert.equal(failureReason({ created: false }), "the server did not apply it");
  assert.equal(failureReason(undefined), undefined);
});
