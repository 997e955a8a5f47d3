#!/usr/bin/env bash
# Installs what the VS Code end-to-end test needs, once, outside the repository:
# Debian packages (code-server's native modules, ripgrep, chromium) and code-server from npm in
# ~/.cache/irlens/code-server. Idempotent: a second run only checks and prints the paths.
# Prints `CODE_SERVER=<path>` and `CHROMIUM=<path>` on its last two lines.
set -euo pipefail

CODE_SERVER_VERSION=4.100.3
# code-server's @vscode/ripgrep downloads rg from GitHub at install time; this version and asset name
# are what @vscode/ripgrep@1.15.11 asks for. We hand it Debian's rg instead.
RIPGREP_PKG_VERSION=1.15.11
RIPGREP_ASSET=ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz

cache="${IRLENS_CODE_SERVER_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/irlens/code-server}"
SUDO=""
[ "$(id -u)" = 0 ] || SUDO=sudo

missing=()
for pkg in libkrb5-dev libx11-dev libxkbfile-dev libsecret-1-dev pkg-config ripgrep chromium; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup-code-server: apt-get install ${missing[*]}" >&2
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
fi

code_server="$cache/node_modules/.bin/code-server"
installed_version=""
if [ -f "$cache/node_modules/code-server/package.json" ]; then
  installed_version="$(node -p "require('$cache/node_modules/code-server/package.json').version")"
fi
# node_modules.asar is the last thing code-server's postinstall creates: without it the install is partial.
if [ "$installed_version" != "$CODE_SERVER_VERSION" ] || [ ! -x "$code_server" ] \
  || [ ! -e "$cache/node_modules/code-server/lib/vscode/node_modules.asar" ] \
  || [ ! -d "$cache/node_modules/code-server/lib/vscode/extensions/node_modules" ]; then
  echo "setup-code-server: installing code-server $CODE_SERVER_VERSION into $cache (several minutes, once)" >&2
  rg_cache="${TMPDIR:-/tmp}/vscode-ripgrep-cache-$RIPGREP_PKG_VERSION"
  if [ ! -s "$rg_cache/$RIPGREP_ASSET" ]; then
    mkdir -p "$rg_cache"
    staging="$(mktemp -d)"
    cp "$(command -v rg)" "$staging/rg"
    tar -C "$staging" -czf "$rg_cache/$RIPGREP_ASSET" rg
    rm -rf "$staging"
  fi
  rm -rf "$cache"
  mkdir -p "$cache"
  echo '{"name": "irlens-code-server", "private": true}' > "$cache/package.json"
  # code-server's postinstall runs `npm install` in lib/vscode and builds native modules: npm 11 blocks
  # dependency install scripts by default, and as root the script insists on unsafe-perm. Both are
  # passed as environment so that the nested npm runs inherit them.
  (cd "$cache" && npm_config_yes=true npm_config_unsafe_perm=true npm_config_dangerously_allow_all_scripts=true \
    nice -n 10 npm install --no-audit --no-fund "code-server@$CODE_SERVER_VERSION" >&2)
  [ -e "$cache/node_modules/code-server/lib/vscode/node_modules.asar" ] \
    || { echo "setup-code-server: code-server's postinstall did not complete" >&2; exit 1; }
fi

chromium_bin="$(command -v chromium || true)"
[ -n "$chromium_bin" ] || { echo "setup-code-server: chromium not found after install" >&2; exit 1; }
echo "CODE_SERVER=$code_server"
echo "CHROMIUM=$chromium_bin"
