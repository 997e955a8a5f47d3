"""irlens: a language server for LLVM IR and assembly, with the compiler as the judge."""

__version__ = "0.1.0"
