import { strict as assert } from "node:assert";
import { test } from "node:test";
import { actionsOfKind } from "../../src/actions";

const actions = [
  { title: "Copy pipeline: opt -p 'function(instcombine)'" },
  { title: "Optimize @sum_array for size (−12% vs -Oz)" },
  { title: "Optimize @other for size (−3% vs -Oz)", disabled: { reason: "document changed" } },
  { title: "Lift @main to LLVM IR" },
];

test("optimize and lift actions are picked by the server's titles, disabled ones skipped", () => {
  assert.deepEqual(actionsOfKind(actions, "optimize").map((a) => a.title), ["Optimize @sum_array for size (−12% vs -Oz)"]);
  assert.deepEqual(actionsOfKind(actions, "lift").map((a) => a.title), ["Lift @main to LLVM IR"]);
  assert.deepEqual(actionsOfKind(undefined, "optimize"), []);
});

