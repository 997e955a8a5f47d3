// What the status-bar item shows: the server's state, the model's state and background work.
// Pure so it can be unit tested; extension.ts feeds it and applies the result to a StatusBarItem.

export type ModelState = "disabled" | "loading" | "ready" | "error";

export interface ModelStatus {
  state: ModelState;
  name?: string;
  detail?: string;
}

export type ServerState = "starting" | "running" | "stopped" | "failed";

export interface StatusInput {
  server: ServerState;
  /** Unknown until the server has answered `irlens.modelInfo` or sent a status notification. */
  model?: ModelStatus;
  /** Background jobs in flight ($/progress begun and not ended, or the server's own count). */
  backgroundJobs: number;
  /** Title of the latest running job, e.g. "Measuring sizes.ll". */
  backgroundTitle?: string;
  serverError?: string;
}

export interface StatusView {
  text: string;
  tooltip: string;
  isError: boolean;
}

const MODEL_STATES: readonly string[] = ["disabled", "loading", "ready", "error"];

/**
 * Reads a model status from what the server returns for `irlens.modelInfo` or sends in `irlens/status`:
 * either the status itself (`{state, name, detail}`) or an object holding it under `model`.
 * Anything else gives undefined, so an unexpected answer never breaks the status bar.
 */
export function parseModelStatus(value: unknown): ModelStatus | undefined {
  if (typeof value !== "object" || value === null) {
    return undefined;
  }
  const record = value as Record<string, unknown>;
  if (typeof record.model === "object" && record.model !== null && !("state" in record)) {
    return parseModelStatus(record.model);
  }
  const state = record.state;
  if (typeof state !== "string" || !MODEL_STATES.includes(state)) {
    return undefined;
  }
  const status: ModelStatus = { state: state as ModelState };
  if (typeof record.name === "string" && record.name !== "") {
    status.name = record.name;
  }
  if (typeof record.detail === "string" && record.detail !== "") {
    status.detail = record.detail;
  }
  return status;
}

function describeModel(model: ModelStatus): string {
  switch (model.state) {
    case "ready":
      return `model: ${model.name ?? "ready"}`;
    case "loading":
      return `model: loading ${model.name ?? ""}`.trimEnd();
    case "disabled":
      return "model: none (compiler only)";
    case "error":
      return "model: error";
  }
}

export function statusView(input: StatusInput): StatusView {
  const tooltipLines: string[] = [];
  let icon: string;
  let label: string;
  let isError = false;
  switch (input.server) {
    case "starting":
      icon = "$(loading~spin)";
      label = "irlens: starting";
      tooltipLines.push("irlens language server is starting");
      break;
    case "stopped":
      icon = "$(circle-slash)";
      label = "irlens: stopped";
      tooltipLines.push("irlens language server is stopped (irlens: Restart Server)");
      break;
    case "failed":
      icon = "$(error)";
      label = "irlens: failed";
      isError = true;
      tooltipLines.push(`irlens language server failed: ${input.serverError ?? "see the irlens output"}`);
      break;
    case "running":
      if (input.backgroundJobs > 0) {
        icon = "$(sync~spin)";
        label = `irlens: ${input.backgroundJobs} job${input.backgroundJobs === 1 ? "" : "s"}`;
      } else if (input.model?.state === "loading") {
        icon = "$(loading~spin)";
        label = "irlens";
      } else if (input.model?.state === "error") {
        icon = "$(warning)";
        label = "irlens";
      } else {
        icon = "$(pulse)";
        label = "irlens";
      }
      tooltipLines.push("irlens language server is running");
      break;
  }
  if (input.model) {
    const modelText = describeModel(input.model);
    if (input.server === "running") {
      label += ` · ${modelText.replace(/^model: /, "")}`;
    }
    tooltipLines.push(modelText + (input.model?.detail ? ` (${input.model.detail})` : ""));
  }
  if (input.backgroundJobs > 0) {
    tooltipLines.push(`background: ${input.backgroundTitle ?? `${input.backgroundJobs} job(s) running`}`);
  }
  tooltipLines.push("Click for model info");
  return { text: `${icon} ${label}`, tooltip: tooltipLines.join("\n"), isError };
}
