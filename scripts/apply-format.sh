#!/usr/bin/env bash
# Formats the whole repository with Biome, ONCE, after the branches that were written before
# biome.json existed have been merged (they were not reformatted, so that they would not conflict).
# Formatting only: no lint fix is applied, so no behaviour changes. Afterwards `pnpm lint` must pass;
# commit the result on its own ("Format the repository with Biome") so that `git blame` can skip it
# (add its hash to .git-blame-ignore-revs).
#
#   bash scripts/apply-format.sh
set -euo pipefail
cd "$(dirname "$0")/.."
biome=node_modules/.bin/biome
[ -x "$biome" ] || { echo "run pnpm install first" >&2; exit 1; }

"$biome" format --write --colors=off --max-diagnostics=0 .
echo "== changed by the formatter:"
git diff --shortstat
echo "== pnpm lint"
if ! "$biome" ci --colors=off .; then
    echo "pnpm lint fails after formatting: code merged since biome.json was written breaks a lint rule." >&2
    echo "Fix it, or (for code that is right as it is) add the file to that rule's override in biome.json." >&2
    exit 1
fi
