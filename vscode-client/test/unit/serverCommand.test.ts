import { strict as assert } from "node:assert";
import * as path from "node:path";
import { test } from "node:test";
import { checkExecutable, expandVariables, resolveServerCommand, ResolveOptions, ServerNotFound } from "../../src/serverCommand";

function options(overrides: Partial<ResolveOptions>, executables: string[] = []): ResolveOptions {
  return {
    configuredCommand: [],
    python: "",
    workspaceFolders: ["/ws/project"],
    envPath: "/usr/local/bin:/usr/bin",
    home: "/home/me",
    platform: "linux",
    isExecutableFile: (file) => executables.includes(file),
    ...overrides,
  };
}

test("the configured command wins, with variables expanded", () => {
  const resolved = resolveServerCommand(
    options({ configuredCommand: ["${workspaceFolder}/env/bin/irlens", "serve", "--log", "~/irlens.log"] }, ["/ws/project/.venv/bin/irlens"]),
  );
  assert.deepEqual([resolved.command, ...resolved.args], ["/ws/project/env/bin/irlens", "serve", "--log", "/home/me/irlens.log"]);
  assert.equal(resolved.source, "setting irlens.server.command");
});

test("blank entries in the configured command are ignored", () => {
  const resolved = resolveServerCommand(options({ configuredCommand: ["", " "] }, ["/usr/bin/irlens"]));
  assert.equal(resolved.command, "/usr/bin/irlens");
});

test("a project venv comes before PATH, searched in every workspace folder", () => {
  const resolved = resolveServerCommand(
    options({ workspaceFolders: ["/ws/a", "/ws/b"] }, ["/ws/b/.venv/bin/irlens", "/usr/bin/irlens"]),
  );
  assert.deepEqual([resolved.command, ...resolved.args], ["/ws/b/.venv/bin/irlens", "serve"]);
  assert.equal(resolved.source, "project virtual environment");
});

test("PATH is searched in order", () => {
  const resolved = resolveServerCommand(options({}, ["/usr/bin/irlens", "/usr/local/bin/irlens"]));
  assert.equal(resolved.command, "/usr/local/bin/irlens");
  assert.equal(resolved.source, "PATH");
});

test("a configured python runs the module when no executable is found", () => {
  const resolved = resolveServerCommand(options({ python: "~/venvs/irlens/bin/python" }));
  assert.deepEqual([resolved.command, ...resolved.args], ["/home/me/venvs/irlens/bin/python", "-m", "irlens", "serve"]);
});

test("nothing found: the error says what was tried and how to fix it", () => {
  assert.throws(
    () => resolveServerCommand(options({})),
    (error: unknown) =>
      error instanceof ServerNotFound &&
      error.message.includes("/ws/project/.venv/bin/irlens") &&
      error.message.includes("irlens.server.command"),
  );
});

test("windows venvs live in Scripts", () => {
  const resolved = resolveServerCommand(
    options({ platform: "win32", workspaceFolders: ["C:\\ws"], envPath: "" }, [path.join("C:\\ws", ".venv", "Scripts", "irlens.exe")]),
  );
  assert.match(resolved.command, /Scripts.irlens\.exe$/);
});

test("variables without a workspace folder are left alone", () => {
  assert.equal(expandVariables("${workspaceFolder}/x", [], "/h"), "${workspaceFolder}/x");
  assert.equal(expandVariables("${userHome}/x", [], "/h"), "/h/x");
  assert.equal(expandVariables("a~/x", [], "/h"), "a~/x");
});

test("a command is checked before the client starts: paths as given, bare names on PATH", () => {
  const opts = options({}, ["/ws/project/bin/irlens", "/usr/bin/python3"]);
  assert.doesNotThrow(() => checkExecutable("/ws/project/bin/irlens", opts, "/"));
  assert.doesNotThrow(() => checkExecutable("bin/irlens", opts, "/ws/project"));
  assert.doesNotThrow(() => checkExecutable("python3", opts, "/"));
  assert.throws(() => checkExecutable("/opt/missing/irlens", opts, "/"), (error: unknown) => error instanceof ServerNotFound && /\/opt\/missing\/irlens is not an executable file/.test(error.message));
  assert.throws(() => checkExecutable("python9", opts, "/"), /python9 is not on PATH/);
});
