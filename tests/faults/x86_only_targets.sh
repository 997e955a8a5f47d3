#!/bin/sh
# Stands in for an LLVM built with the X86 target only (Debian's has them all): `--version` lists
# x86 and x86-64; anything else runs the real tool of the same name.
tool=$(basename "$0")
if [ "$1" = "--version" ]; then
    printf 'LLVM (http://llvm.org/):\n  LLVM version 19.1.7\n  Default target: x86_64-pc-linux-gnu\n\n'
    printf '  Registered Targets:\n    x86    - 32-bit X86: Pentium-Pro and above\n'
    printf '    x86-64 - 64-bit X86: EM64T and AMD64\n'
    exit 0
fi
exec "/usr/lib/llvm-19/bin/$tool" "$@"
