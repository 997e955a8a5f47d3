#!/bin/sh
# Stands in for llc/llvm-mc in fault tests: exits 0 having written bytes that are no object file
# (and no UTF-8) to its -o file (or stdout) and to stderr.
out=-
while [ $# -gt 0 ]; do
  case "$1" in
    -o) out="$2"; shift ;;
    -o*) out="${1#-o}" ;;
  esac
  shift
done
if [ "$out" = "-" ]; then
  printf '\377\376garbage\000\001\002 not an object\n'
else
  printf '\377\376garbage\000\001\002 not an object\n' > "$out"
fi
printf '\377 warning: \300\301\n' >&2
exit 0
