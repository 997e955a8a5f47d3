// Which of the server's code actions the "Optimize function" and "Lift function" commands use.
// Titles are the server's (server/irlens/lsp/code_actions.py):
//   "Optimize @f for size (−N% vs -Oz)"            a verified edit, ready to apply
//   "Find a smaller verified version of @f (runs now)"  a command that searches now, then applies
//   "Lift @f to LLVM IR"                           a command (needs a model)

export type ActionKind = "optimize" | "optimizeNow" | "lift";

const TITLE_PATTERNS: Readonly<Record<ActionKind, RegExp>> = {
  optimize: /^Optimize\s+@\S+\s+for size/,
  optimizeNow: /^Find a smaller verified version of @/,
  lift: /^Lift\s+@?\S+\s+to LLVM IR/,
};

export interface TitledAction {
  title: string;
  disabled?: { reason: string };
}

/** The enabled actions of that kind, in the server's order (it lists the best first). */
export function actionsOfKind<T extends TitledAction>(actions: readonly T[] | undefined, kind: ActionKind): T[] {
  return (actions ?? []).filter((action) => !action.disabled && TITLE_PATTERNS[kind].test(action.title));
}

/** A short reason from the server's command result (`{applied|created: false, reason}`), if any. */
export function failureReason(result: unknown): string | undefined {
  if (typeof result !== "object" || result === null) {
    return undefined;
  }
  const record = result as Record<string, unknown>;
  const succeeded = record.applied === true || record.created === true;
  if (succeeded) {
    return undefined;
  }
  return typeof record.reason === "string" && record.reason !== "" ? record.reason : "the server did not apply it";
}
