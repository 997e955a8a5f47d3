// Which of the server's code actions the "Optimize function" and "Lift function" commands apply.
// Titles are the server's: "Optimize @f for size (−N% vs -Oz)" and "Lift @f to LLVM IR".

export type ActionKind = "optimize" | "lift";

const TITLE_PATTERNS: Readonly<Record<ActionKind, RegExp>> = {
  optimize: /^Optimize\s+@/,
  lift: /^Lift\s+@?/,
};

export interface TitledAction {
  title: string;
  disabled?: { reason: string };
}

/** The enabled actions of that kind, in the server's order (it lists the best first). */
export function actionsOfKind<T extends TitledAction>(actions: readonly T[] | undefined, kind: ActionKind): T[] {
  return (actions ?? []).filter((action) => !action.disabled && TITLE_PATTERNS[kind].test(action.title));
}

