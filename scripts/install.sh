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
command -v csmith >/dev/null || apt_packages+=(csmith)
command -v node >/dev/null || apt_packages+=(nodejs npm)
python3 -c 'import ensurepip, venv' 2>/dev/null || apt_packages+=(python3-venv)
command -v cmake >/dev/null || apt_packages+=(cmake build-essential)
if [ ${#apt_packages[@]} -gt 0 ]; then
  echo "install.sh: installing ${apt_packages[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${apt_packages[@]}"
fi

[ -x .venv/bin/python ] || python3 -m venv .venv
PIP=(.venv/bin/python -m pip --disable-pip-version-check -q)
"${PIP[@]}" install --upgrade pip

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
"${PIP[@]}" install --find-links "$wheels" -e '.[dev,train]'
echo "install.sh: done; run .venv/bin/irlens --help"
