// Counts the server's background work from the LSP messages it sends ($/progress begin/end per token),
// for the status-bar item. VS Code shows each progress itself; this only keeps the running total.
// Pure (no `vscode` import) so it can be unit tested with recorded messages.

export interface Job {
  token: string;
  title: string;
  message?: string;
  percentage?: number;
}

type Listener = () => void;

function tokenKey(token: unknown): string | undefined {
  if (typeof token === "string") {
    return `s:${token}`;
  }
  if (typeof token === "number") {
    return `n:${token}`;
  }
  return undefined;
}

export class ProgressTracker {
  private readonly jobs = new Map<string, Job>();
  private readonly listeners = new Set<Listener>();

  /** Feed every message the server sends; anything but a work-done $/progress is ignored. */
  observe(message: unknown): void {
    if (typeof message !== "object" || message === null) {
      return;
    }
    const { method, params } = message as { method?: unknown; params?: unknown };
    if (method !== "$/progress" || typeof params !== "object" || params === null) {
      return;
    }
    const { token, value } = params as { token?: unknown; value?: unknown };
    const key = tokenKey(token);
    if (key === undefined || typeof value !== "object" || value === null) {
      return;
    }
    const progress = value as { kind?: unknown; title?: unknown; message?: unknown; percentage?: unknown };
    const text = typeof progress.message === "string" ? progress.message : undefined;
    const percentage = typeof progress.percentage === "number" ? progress.percentage : undefined;
    if (progress.kind === "begin") {
      const title = typeof progress.title === "string" ? progress.title : "working";
      this.jobs.set(key, { token: String(token), title, message: text, percentage });
    } else if (progress.kind === "report") {
      const job = this.jobs.get(key);
      if (!job) {
        return;
      }
      if (text !== undefined) {
        job.message = text;
      }
      if (percentage !== undefined) {
        job.percentage = percentage;
      }
    } else if (progress.kind === "end") {
      if (!this.jobs.delete(key)) {
        return;
      }
    } else {
      return;
    }
    this.changed();
  }

  /** The server went away: its jobs with it. */
  reset(): void {
    if (this.jobs.size > 0) {
      this.jobs.clear();
      this.changed();
    }
  }

  get count(): number {
    return this.jobs.size;
  }

  /** A one-line description of the most recently started job. */
  get latestTitle(): string | undefined {
    let latest: Job | undefined;
    for (const job of this.jobs.values()) {
      latest = job;
    }
    if (!latest) {
      return undefined;
    }
    const parts = [latest.title];
    if (latest.message) {
      parts.push(latest.message);
    }
    if (latest.percentage !== undefined) {
      parts.push(`${Math.round(latest.percentage)}%`);
    }
    return parts.join(": ");
  }

  onDidChange(listener: Listener): { dispose(): void } {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  }

  private changed(): void {
    for (const listener of this.listeners) {
      listener();
    }
  }
}
