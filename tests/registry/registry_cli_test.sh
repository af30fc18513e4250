#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# Runs vigil-registry with command lines it must refuse (exit 2) before touching any data.
set -u
registry=$1
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
expect2() {
  "$registry" "$@" >/dev/null 2>"$dir/err"; local rc=$?
  [[ $rc -eq 2 ]] || fail "$* exited $rc, expected 2"
  [[ -s "$dir/err" ]] || fail "$* said nothing on stderr"
}

"$registry" --help | grep -q -- "--plain-http" || fail "--help does not list --plain-http"
expect2 --data "$dir/r" --listen 127.0.0.1:99999
expect2 --data "$dir/r" --listen 127.0.0.1:-1
expect2 --data "$dir/r" --log-level verbose
expect2 --data "$dir/r" --listen 0.0.0.0:8443
grep -q "plain-http" "$dir/err" || fail "the plain-HTTP refusal does not name --plain-http"
[[ ! -e "$dir/r" ]] || fail "a refused command line created the data folder"
echo "registry CLI: all checks passed"
