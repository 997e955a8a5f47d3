#!/bin/sh
# Stands in for an old LLVM tool: reports LLVM 14, which irlens must refuse.
echo "Ubuntu LLVM version 14.0.6"
