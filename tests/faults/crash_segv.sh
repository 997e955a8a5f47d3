#!/bin/sh
# Stands in for opt/llc in fault tests: dies of SIGSEGV like a miscompiled tool would.
echo "Stack dump:" >&2
kill -SEGV $$
