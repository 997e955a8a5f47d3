#!/usr/bin/env bash
# The held-out modules of `irlens bench optimize` for one target:
#   bash models/eval/make_modules.sh [TARGET]
# TARGET: x86_64 (the default; models/eval/modules), thumbv7m-none-eabi, riscv32-unknown-elf or
# aarch64-linux-gnu (models/eval/modules-TARGET). Whole translation units of the project's held-out
# packages (cjson, libb2 from Debian bookworm) and csmith seeds >= 1000000, compiled by clang 19 at -O0
# with -disable-O0-optnone for the target (as the model's data: the paper baseline, opt -Oz on the IR as
# given, can then optimize them; the clang baseline gives these and optnone modules the same attributes).
# Nothing here is ever trained or tuned on.
#
# Headers: x86_64 uses the host's libc. The other targets get Debian's own headers, downloaded with
# `apt-get download` and unpacked into the scratch directory (nothing is installed): newlib
# (libnewlib-dev) for the bare-metal targets, glibc's arm64 cross headers (libc6-dev-arm64-cross,
# linux-libc-dev-arm64-cross) for aarch64-linux-gnu; -nostdlibinc keeps clang's own freestanding
# headers (stdint.h, stddef.h, stdarg.h, float.h, limits.h) in front of them.
set -euo pipefail
target="${1:-x86_64}"
here="$(cd "$(dirname "$0")" && pwd)"
clang="${CLANG:-clang-19}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
case "$target" in
  x86_64)
    out="$here/modules"
    cflags=()
    ;;
  thumbv7m-none-eabi | riscv32-unknown-elf)
    out="$here/modules-$target"
    apt-get download -qq libnewlib-dev=3.3.0-1.3+deb12u1
    dpkg-deb -x libnewlib-dev_*.deb sysroot
    cflags=(--target="$target" -nostdlibinc -isystem "$work/sysroot/usr/include/newlib")
    ;;
  aarch64-linux-gnu)
    out="$here/modules-$target"
    apt-get download -qq libc6-dev-arm64-cross=2.36-8cross1 linux-libc-dev-arm64-cross=6.1.4-1cross1
    for deb in libc6-dev-arm64-cross_*.deb linux-libc-dev-arm64-cross_*.deb; do dpkg-deb -x "$deb" sysroot; done
    cflags=(--target="$target" -nostdlibinc -isystem "$work/sysroot/usr/aarch64-linux-gnu/include")
    ;;
  *)
    echo "unknown target $target (x86_64, thumbv7m-none-eabi, riscv32-unknown-elf, aarch64-linux-gnu)" >&2
    exit 2
    ;;
esac
mkdir -p "$out"
cc() { "$clang" "${cflags[@]}" -O0 -Xclang -disable-O0-optnone -S -emit-llvm "$@"; }
apt-get source -qq cjson=1.7.15-1+deb12u4 libb2=0.98.1-1.1 >/dev/null
cc cjson-1.7.15/cJSON.c -o "$out/cjson-cJSON.ll"
cc -Icjson-1.7.15 cjson-1.7.15/cJSON_Utils.c -o "$out/cjson-cJSON_Utils.ll"
touch libb2-0.98.1/src/config.h  # written by ./configure; the reference files need none of it
for f in blake2b-ref blake2s-ref; do
  cc -Ilibb2-0.98.1/src "libb2-0.98.1/src/$f.c" -o "$out/libb2-$f.ll"
done
# Seeds 1000003, 1000007 and 1000008 give 0.4-0.9 MB modules that make the benchmark long: left out.
seeds=(1000001 1000002 1000004 1000005 1000006 1000009 1000010 1000011 1000012)
if [ "$target" != x86_64 ]; then
  # The other targets also leave out the three largest of the rest (1000010, 1000011, 1000005: 0.15-0.35
  # MB each), to keep the checked-in files and the benchmark's time modest.
  seeds=(1000001 1000002 1000004 1000006 1000009 1000012)
fi
for seed in "${seeds[@]}"; do
  csmith --seed "$seed" --max-funcs 12 > "cs$seed.c"
  cc -w -I/usr/include/csmith "cs$seed.c" -o "$out/csmith-$seed.ll"
done
