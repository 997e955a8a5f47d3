#!/bin/sh
# Stands in for opt/llc in fault tests: an LLVM assertion failure (message, then abort).
echo "opt: lib/IR/Value.cpp:42: void f(): Assertion \`V && \"null value\"' failed." >&2
echo "PLEASE submit a bug report to https://github.com/llvm/llvm-project/issues/ and include the crash backtrace." >&2
kill -ABRT $$
