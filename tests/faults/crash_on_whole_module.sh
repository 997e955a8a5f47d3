#!/bin/sh
# Stands in for llvm-extract: crashes on the batched whole-module call (--rfunc), works per function
# (runs "$0.real", a link to the real tool that the test puts next to this one).
for arg in "$@"; do
  case "$arg" in
    --rfunc=*) echo "Stack dump:" >&2; kill -SEGV $$ ;;
  esac
done
exec "$0.real" "$@"
