#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# Checks one systemd unit of packaging/systemd against the built server it starts:
#   checkunit.sh UNIT_FILE BUILT_BINARY
# 1. `systemd-analyze security --offline=yes`: prints the exposure level and fails above 2.0
#    (the tool's --threshold counts in tenths).
# 2. `systemd-analyze verify` on a copy whose ExecStart names the built binary: must be clean.
#    The copy drops `Documentation=man:` lines, because the man pages arrive with the packages
#    and verify runs man(1) on them.
set -euo pipefail
unit=$1
binary=$2
name=$(basename "$unit")
tool=$(basename "$binary")

report=$(systemd-analyze security --offline=yes --threshold=20 "$unit" 2>&1) || {
  echo "$report" | tail -25
  echo "checkunit: $name is exposed more than 2.0" >&2
  exit 1
}
echo "$report" | grep -o "Overall exposure level for .*"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
sed -e "s|/usr/bin/$tool|$binary|" -e '/^Documentation=man:/d' "$unit" > "$work/$name"
out=$(systemd-analyze verify "$work/$name" 2>&1) || { echo "$out"; echo "checkunit: verify failed for $name" >&2; exit 1; }
if [[ -n $out ]]; then
  echo "$out"
  echo "checkunit: verify complained about $name" >&2
  exit 1
fi
echo "checkunit: $name verifies clean"
