#!/usr/bin/env bash
# Installs the Debian packages the tests drive, when they are missing: Neovim (a plain LSP
# client for test/lsp/neovim.test.ts). Idempotent; needs root (or sudo) only when installing.
set -euo pipefail
missing=()
command -v nvim >/dev/null || missing+=(neovim)
[ ${#missing[@]} -eq 0 ] && exit 0
echo "test-tools: installing ${missing[*]}" >&2
sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
