// Finds how to start `irlens serve`. Pure (file-system checks are injected) so it can be unit tested.
import * as path from "path";

export interface ServerCommand {
  command: string;
  args: string[];
  /** Where the command came from, for the output channel. */
  source: string;
}

export interface ResolveOptions {
  /** `irlens.server.command`: argv, first element the executable. */
  configuredCommand: readonly string[] | undefined;
  /** `irlens.server.python`. */
  python: string | undefined;
  /** Absolute paths of the workspace folders, in order. */
  workspaceFolders: readonly string[];
  /** The PATH the server would be started with. */
  envPath: string | undefined;
  home: string;
  platform: NodeJS.Platform;
  isExecutableFile: (file: string) => boolean;
}

export class ServerNotFound extends Error {}

/** Replaces `${workspaceFolder}`, `${userHome}` and a leading `~` (first workspace folder). */
export function expandVariables(value: string, workspaceFolders: readonly string[], home: string): string {
  let result = value.replace(/\$\{userHome\}/g, home);
  if (workspaceFolders.length > 0) {
    result = result.replace(/\$\{workspaceFolder\}/g, workspaceFolders[0]);
  }
  if (result === "~" || result.startsWith("~/")) {
    result = home + result.slice(1);
  }
  return result;
}

function venvExecutables(folder: string, platform: NodeJS.Platform): string[] {
  if (platform === "win32") {
    return [path.join(folder, ".venv", "Scripts", "irlens.exe")];
  }
  return [path.join(folder, ".venv", "bin", "irlens")];
}

function searchPath(name: string, envPath: string | undefined, platform: NodeJS.Platform, isExecutableFile: (file: string) => boolean): string | undefined {
  if (!envPath) {
    return undefined;
  }
  const separator = platform === "win32" ? ";" : ":";
  const names = platform === "win32" ? [`${name}.exe`, `${name}.cmd`, name] : [name];
  for (const dir of envPath.split(separator)) {
    if (!dir) {
      continue;
    }
    for (const candidate of names) {
      const file = path.join(dir, candidate);
      if (isExecutableFile(file)) {
        return file;
      }
    }
  }
  return undefined;
}

/**
 * Throws ServerNotFound unless `command` is an executable file: a path as given (relative to `cwd`),
 * a bare name searched on PATH. Checked before the language client starts, so that a wrong setting
 * gives one clear message instead of a failed connection.
 */
export function checkExecutable(
  command: string,
  options: Pick<ResolveOptions, "envPath" | "platform" | "isExecutableFile">,
  cwd: string,
): void {
  const isPath = command.includes("/") || (options.platform === "win32" && command.includes("\\"));
  const found = isPath
    ? options.isExecutableFile(path.resolve(cwd, command))
    : searchPath(command, options.envPath, options.platform, options.isExecutableFile) !== undefined;
  if (!found) {
    throw new ServerNotFound(
      `cannot start the irlens server: ${command} ${isPath ? "is not an executable file" : "is not on PATH"} ` +
        `(check "irlens.server.command" / "irlens.server.python").`,
    );
  }
}

/**
 * Order: the configured command; a project venv (`<folder>/.venv/bin/irlens`, each workspace folder);
 * `irlens` on PATH; `<python> -m irlens serve` when a python is configured. Throws ServerNotFound
 * with what was tried otherwise.
 */
export function resolveServerCommand(options: ResolveOptions): ServerCommand {
  const expand = (value: string) => expandVariables(value, options.workspaceFolders, options.home);
  const configured = (options.configuredCommand ?? []).filter((part) => part.trim() !== "");
  if (configured.length > 0) {
    const [command, ...args] = configured.map(expand);
    return { command, args, source: "setting irlens.server.command" };
  }
  const tried: string[] = [];
  for (const folder of options.workspaceFolders) {
    for (const candidate of venvExecutables(folder, options.platform)) {
      tried.push(candidate);
      if (options.isExecutableFile(candidate)) {
        return { command: candidate, args: ["serve"], source: "project virtual environment" };
      }
    }
  }
  const onPath = searchPath("irlens", options.envPath, options.platform, options.isExecutableFile);
  if (onPath) {
    return { command: onPath, args: ["serve"], source: "PATH" };
  }
  tried.push("irlens on PATH");
  const python = options.python?.trim();
  if (python) {
    return { command: expand(python), args: ["-m", "irlens", "serve"], source: "setting irlens.server.python" };
  }
  throw new ServerNotFound(
    `irlens server not found (tried ${tried.join(", ")}). Install it (bash scripts/install.sh in the irlens ` +
      `repository, or pip install irlens) or set "irlens.server.command" / "irlens.server.python".`,
  );
}
