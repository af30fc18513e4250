#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# checkbench.sh BENCH [ARGS...]: runs a benchmark and checks the contract of scripts/bench:
# exit 0; stdout only `name value unit` lines (a finite number); at least one `baseline.*`
# figure and one ratio (`….ratio… value x`). Prints the figures; stderr shows on failure.
set -uo pipefail
bench=$(basename "$1")
out=$(mktemp) err=$(mktemp)
trap 'rm -f "$out" "$err"' EXIT
"$@" >"$out" 2>"$err"
status=$?
cat "$out"
fail() { echo "checkbench: $bench: $*" >&2; echo "--- its stderr:" >&2; tail -40 "$err" >&2; exit 1; }
((status == 0)) || fail "exited with $status"
[[ -s $out ]] || fail "printed no figures"
number='-?[0-9]+(\.[0-9]+)?([eE][-+]?[0-9]+)?'
bad=$(grep -Evx "[a-z0-9_]+(\.[a-z0-9_]+)+ $number [A-Za-z0-9_/%]+" "$out")
[[ -z $bad ]] || fail "lines not of the form 'name value unit': $bad"
grep -Eq '^baseline\.' "$out" || fail "no baseline.* figure"
grep -Eq "^[^ ]*\.ratio[a-z_]* $number x$" "$out" || fail "no ratio figure"
badratio=$(grep -E '^[^ ]*\.ratio' "$out" | grep -Ev ' x$')
[[ -z $badratio ]] || fail "ratios must have the unit x: $badratio"
exit 0
