"""The one IR text layer: everything irlens learns from LLVM IR (and assembly) text without a compiler.

- `names`: a name as written (`@"my func é"`, `@0`), as LLVM holds it, as the object file and the
  printer spell it.
- `scan`: the lexing every reader shares: function boundaries, names on `define` lines, what an IR
  instruction is (and its count), module-level entity lines.
- `abi`: what a function's callers and the linker rely on, read off its define line (linkage,
  visibility, calling convention, signature with its ABI attributes, placement).
- `index`: the document index behind the language features: functions, globals, definitions and
  references, immutable per revision, with an incremental re-scan for edits.
- `asm`: functions of an assembly file.

It sits below `toolchain/` and `engine/` and imports neither.
"""
