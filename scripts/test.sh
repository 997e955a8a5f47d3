#!/usr/bin/env bash
# The whole test suite: lint, types, Python tests (unit, LSP end to end, Neovim, recipe smoke)
# and the VS Code extension (unit tests and code-server end to end).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/.venv/bin:$PATH"

ruff check server tests models/recipe
mypy
python -m pytest -q "$@"
if [ -f vscode-client/package.json ]; then
  bash scripts/test-vscode.sh
fi
