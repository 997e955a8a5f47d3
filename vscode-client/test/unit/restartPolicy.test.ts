import { strict as assert } from "node:assert";
import { test } from "node:test";
import { RestartPolicy } from "../../src/restartPolicy";

test("restarts up to the limit within the window, then gives up", () => {
  let now = 0;
  const policy = new RestartPolicy(2, 1000, () => now);
  assert.equal(policy.shouldRestart(), true);
  now = 100;
  assert.equal(policy.shouldRestart(), true);
  now = 200;
  assert.equal(policy.shouldRestart(), false);
  assert.match(policy.describe(), /stopped 3 times/);
});

test("crashes older than the window are forgotten", () => {
  let now = 0;
  const policy = new RestartPolicy(1, 1000, () => now);
  assert.equal(policy.shouldRestart(), true);
  now = 1500;
  assert.equal(policy.shouldRestart(), true);
});

test("a user restart resets the count", () => {
  const policy = new RestartPolicy(1, 1000, () => 0);
  assert.equal(policy.shouldRestart(), true);
  policy.reset();
  assert.equal(policy.shouldRestart(), true);
});
