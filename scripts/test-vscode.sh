#!/usr/bin/env bash
# The VS Code extension's tests: type check, unit tests, .vsix package, then the end-to-end test in a
# real VS Code (code-server from npm, the .vsix installed, driven headless by Playwright + chromium)
# against the real `irlens serve`.
#   IRLENS_SERVER   the irlens executable (default .venv/bin/irlens)
#   IRLENS_VSCODE_E2E=0   skip the end-to-end test (unit tests and packaging only)
# Screenshots and VS Code logs of the end-to-end run: vscode-client/out/e2e/.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"
irlens="${IRLENS_SERVER:-$root/.venv/bin/irlens}"

cd vscode-client
# npm ci only when package-lock.json changed since the last install (node_modules is not committed).
stamp=node_modules/.irlens-lock-hash
lock_hash="$(sha256sum package-lock.json | cut -d' ' -f1)"
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$lock_hash" ]; then
  npm ci --no-audit --no-fund
  echo "$lock_hash" > "$stamp"
fi
npm run --silent typecheck
npm run --silent test:unit
npm run --silent package

if [ "${IRLENS_VSCODE_E2E:-1}" = 0 ]; then
  echo "test-vscode: end-to-end test skipped (IRLENS_VSCODE_E2E=0)"
  exit 0
fi
[ -x "$irlens" ] || { echo "test-vscode: $irlens not found (run scripts/install.sh or set IRLENS_SERVER)" >&2; exit 1; }
llvm_as=""
for v in 20 19 18 17; do
  if command -v "llvm-as-$v" >/dev/null; then llvm_as="$(command -v "llvm-as-$v")"; break; fi
done
[ -n "$llvm_as" ] || { echo "test-vscode: no llvm-as (LLVM 17+) found" >&2; exit 1; }

# A tiny random-weight GGUF (tests/model_fixtures.py): the server really loads and runs it with llama.cpp.
model="$PWD/out/e2e-model/irlens-tiny-test.gguf"
if [ ! -s "$model" ]; then
  mkdir -p "$(dirname "$model")"
  "$(dirname "$irlens")/python" -c 'import sys; from pathlib import Path; sys.path.insert(0, sys.argv[1]); from model_fixtures import write_tiny_gguf; write_tiny_gguf(Path(sys.argv[2]))' \
    "$root/tests" "$model"
fi

paths="$(bash "$root/scripts/setup-code-server.sh")"
code_server="$(sed -n 's/^CODE_SERVER=//p' <<<"$paths")"
chromium_bin="$(sed -n 's/^CHROMIUM=//p' <<<"$paths")"

rm -rf out/e2e
CODE_SERVER="$code_server" CHROMIUM="$chromium_bin" IRLENS_SERVER="$irlens" VSIX="$PWD/out/irlens.vsix" \
  EXAMPLE="$root/examples/sizes.ll" ASM_EXAMPLE="$root/examples/sizes.s" MODEL="$model" LLVM_AS="$llvm_as" ARTIFACTS="$PWD/out/e2e" \
  node out/test/test/e2e/vscode.e2e.js
