import { strict as assert } from "node:assert";
import { test } from "node:test";
import { messagePage, reportCsp, withReportCsp } from "../../src/reportHtml";

test("the policy allows the page's inline and blob: scripts and nothing from the network", () => {
  const csp = reportCsp("vscode-webview://x");
  assert.match(csp, /default-src 'none'/);
  assert.match(csp, /script-src 'unsafe-inline' blob:/);
  assert.doesNotMatch(csp, /https?:/);
  assert.doesNotMatch(csp, /unsafe-eval/);
});

test("the policy goes first in <head>", () => {
  const page = withReportCsp('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"></head><body></body></html>', "src");
  assert.ok(page.startsWith('<!DOCTYPE html><html lang="en"><head><meta http-equiv="Content-Security-Policy"'));
  assert.ok(page.includes('<meta charset="utf-8">'));
});

test("a message is escaped and has the policy too", () => {
  const page = messagePage("<b>no server</b>", "src");
  assert.ok(page.includes("&lt;b&gt;no server&lt;/b&gt;"));
  assert.ok(page.includes("Content-Security-Policy"));
});
