#!/usr/bin/env bash
# The held-out modules of `irlens bench optimize` (models/eval/modules): whole translation units of the
# project's held-out packages (cjson, libb2 from Debian bookworm) and csmith seeds >= 1000000, compiled
# by clang 19 at -O0. Nothing here is ever trained or tuned on.
set -euo pipefail
out="$(cd "$(dirname "$0")" && pwd)/modules"
clang="${CLANG:-clang-19}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"
cd "$work"
apt-get source -qq cjson=1.7.15-1+deb12u4 libb2=0.98.1-1.1 >/dev/null
"$clang" -O0 -S -emit-llvm cjson-1.7.15/cJSON.c -o "$out/cjson-cJSON.ll"
"$clang" -O0 -S -emit-llvm -Icjson-1.7.15 cjson-1.7.15/cJSON_Utils.c -o "$out/cjson-cJSON_Utils.ll"
touch libb2-0.98.1/src/config.h  # written by ./configure; the reference files need none of it
for f in blake2b-ref blake2s-ref; do
  "$clang" -O0 -S -emit-llvm -Ilibb2-0.98.1/src "libb2-0.98.1/src/$f.c" -o "$out/libb2-$f.ll"
done
# Seeds 1000003, 1000007 and 1000008 give 0.4-0.9 MB modules that make the benchmark long: left out.
for seed in 1000001 1000002 1000004 1000005 1000006 1000009 1000010 1000011 1000012; do
  csmith --seed "$seed" --max-funcs 12 > "cs$seed.c"
  "$clang" -O0 -S -emit-llvm -w -I/usr/include/csmith "cs$seed.c" -o "$out/csmith-$seed.ll"
done
