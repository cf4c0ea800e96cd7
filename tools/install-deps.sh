#!/usr/bin/env bash
# Installs everything Vial needs to build and test, from Debian 12 packages only.
# Idempotent: packages already present are skipped by apt-get; safe to run often.
set -euo pipefail

packages=(
  build-essential cmake ninja-build ccache pkg-config git
  llvm-19-dev
  tao-pegtl-dev libmimalloc-dev libuv1-dev libsqlite3-dev doctest-dev
  libgmp-dev libpcre2-dev libutf8proc-dev libedit-dev libfmt-dev
  node-llhttp zlib1g-dev libzstd-dev libxml2-dev libffi-dev libtinfo-dev libcurl4-openssl-dev libedit-dev libssl-dev
  tmux  # tests/repl drives the REPL in a terminal
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
