#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# Runs vigil-admin as an operator would and checks output and exit codes.
set -u
admin=$1
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

"$admin" --help | grep -q "enroll" || fail "--help does not list enroll"
"$admin" --data "$dir/r" init >/dev/null || fail "init"
[[ $(stat -c %a "$dir/r") == 700 ]] || fail "init must create the data folder 0700, got $(stat -c %a "$dir/r")"
[[ $(stat -c %a "$dir/r/registry.db") == 600 ]] || fail "init must create registry.db 0600"
"$admin" --data "$dir/r" init >/dev/null 2>&1; [[ $? -eq 1 ]] || fail "second init must exit 1"
"$admin" --data "$dir/r" group add --id g --kind nonsense --name-nl a --name-en b >/dev/null 2>&1
[[ $? -eq 2 ]] || fail "bad --kind must exit 2"
"$admin" --data "$dir/r" unit add --id 13-bde --name "13 Bde" --parent defence --with-groups | grep -q "so-13-bde" \
  || fail "unit add --with-groups"
"$admin" --data "$dir/r" directory publish >/dev/null 2>"$dir/err"; [[ $? -eq 1 ]] \
  || fail "publishing a directory that routes reports to nobody must exit 1"
grep -q "reach nobody" "$dir/err" || fail "the refusal must say reports would reach nobody"
"$admin" --data "$dir/r" directory publish --allow-unroutable >"$dir/out" || fail "directory publish --allow-unroutable"
grep -q "version 1 published" "$dir/out" || fail "directory publish"
grep -q "WARNING" "$dir/out" || fail "--allow-unroutable must warn"
"$admin" --data "$dir/r" enroll --relay-url http://127.0.0.1:1 --out "$dir/device.json" >/dev/null || fail "enroll"
grep -q '"root_key"' "$dir/device.json" || fail "provisioning file"
"$admin" --data "$dir/r" enroll --relay-url http://127.0.0.1:1 --qr | grep -q "█" || fail "QR code"
"$admin" --data "$dir/r" enroll --relay-url http://127.0.0.1:1 --qr-png "$dir/code.png" | grep -q "QR code written" \
  || fail "enroll --qr-png"
[[ $(head -c 8 "$dir/code.png" | od -An -tx1 | tr -d ' \n') == 89504e470d0a1a0a ]] || fail "--qr-png must write a PNG"
"$admin" --data "$dir/r" bulletin list | grep -q "0 pending submission" || fail "bulletin list"
"$admin" --data "$dir/r" bulletin approve 7 >/dev/null 2>&1; [[ $? -eq 1 ]] || fail "approving no submission must exit 1"
"$admin" --data "$dir/r" bulletin reject 7 >/dev/null 2>&1; [[ $? -eq 2 ]] || fail "reject without --reason must exit 2"
"$admin" --data "$dir/r" role grant --member nobody --role measures >/dev/null 2>"$dir/err"; [[ $? -eq 1 ]] \
  || fail "granting a role to no member must exit 1"
grep -q "no member nobody" "$dir/err" || fail "the refusal must name the member"
"$admin" --data "$dir/r" role grant --member nobody --role boss >/dev/null 2>&1; [[ $? -eq 2 ]] \
  || fail "an unknown --role must exit 2"
"$admin" --data "$dir/r" role list | head -1 | grep -q "^member" || fail "role list"
"$admin" --data "$dir/r" measure list --filter unchecked | grep -q "0 measure(s)" || fail "measure list"
"$admin" --data "$dir/r" measure list --filter sideways >/dev/null 2>&1; [[ $? -eq 2 ]] \
  || fail "an unknown --filter must exit 2"
"$admin" --data "$dir/r" measure policy --check-months 6 | grep -q "checked within: 6 months" || fail "measure policy"
"$admin" --data "$dir/r" measure policy --check-months 0 >/dev/null 2>&1; [[ $? -eq 1 ]] \
  || fail "a check period of 0 months must exit 1"
"$admin" --data "$dir/r" measure show --id 7 >/dev/null 2>"$dir/err"; [[ $? -eq 1 ]] || fail "showing no measure must exit 1"
grep -q "no measure 7" "$dir/err" || fail "the refusal must name the measure"
"$admin" --data "$dir/r" measure check 7 >/dev/null 2>"$dir/err"; [[ $? -eq 1 ]] || fail "checking no measure must exit 1"
grep -q "no measure 7" "$dir/err" || fail "the check's refusal must name the measure"
"$admin" --data "$dir/r" unit strength --id 13-bde --from 2026-01 --people 800 | grep -q "800 people from 2026-01" \
  || fail "unit strength set"
"$admin" --data "$dir/r" unit strength --id 13-bde | grep -q "^13-bde	2026-01	800$" || fail "unit strength list"
"$admin" --data "$dir/r" unit strength --id 13-bde --from 2026-01 >/dev/null 2>&1; [[ $? -eq 1 ]] \
  || fail "--from without --people must exit 1"
"$admin" --data "$dir/r" unit strength --id nowhere --from 2026-01 --people 5 >/dev/null 2>&1; [[ $? -eq 1 ]] \
  || fail "the strength of no unit must exit 1"
"$admin" --data "$dir/r" risk policy show | grep -q "^serious	echelon 1 or higher	commander$" || fail "risk policy show"
"$admin" --data "$dir/r" risk policy set --level serious --max-depth 2 --roles commander measures \
  | grep -q "^serious	echelon 2 or higher	commander,measures$" || fail "risk policy set"
"$admin" --data "$dir/r" risk policy set --level extreme --max-depth 0 >/dev/null 2>&1; [[ $? -eq 2 ]] \
  || fail "an unknown --level must exit 2"
"$admin" --data "$dir/r" risk policy set --level low --roles inspectorate >/dev/null 2>&1; [[ $? -eq 1 ]] \
  || fail "the inspectorate accepting risks must exit 1"
"$admin" --data "$dir/r" risk policy set --level high --max-depth -1 >/dev/null 2>&1; [[ $? -eq 1 ]] \
  || fail "a negative echelon must exit 1"
"$admin" --data "$dir/r" risk list | grep -q "0 risk(s)" || fail "risk list"
"$admin" --data "$dir/r" risk show 7 >/dev/null 2>"$dir/err"; [[ $? -eq 1 ]] || fail "showing no risk must exit 1"
grep -q "no risk 7" "$dir/err" || fail "the refusal must name the risk"
"$admin" --data "$dir/r" risk show >/dev/null 2>&1; [[ $? -eq 2 ]] || fail "risk show without an id must exit 2"
"$admin" --data "$dir/r" audit verify | grep -q "intact" || fail "audit verify"
"$admin" --data "$dir/r" advisor remove --id nobody --group ca-pool >/dev/null 2>&1; [[ $? -eq 1 ]] \
  || fail "removing a non-member must exit 1"
chmod 755 "$dir/r"
"$admin" --data "$dir/r" unit list >/dev/null 2>"$dir/err"; [[ $? -eq 1 ]] || fail "an open data folder must exit 1"
grep -q "chmod 700" "$dir/err" || fail "the refusal must name the fix"
chmod 700 "$dir/r"
"$admin" --data "$dir/missing" unit list >/dev/null 2>&1; [[ $? -eq 1 ]] || fail "missing data dir must exit 1"
# Indicators beyond counts: bad combinations are refused and change nothing.
ind() { "$admin" --data "$dir/r" indicator "$@"; }
ind add --help | grep -q "discourages reporting" || fail "indicator add --help must say why reports take no target"
ind add --id vol --name-nl a --name-en b --target 40 --target-direction at_least >/dev/null 2>"$dir/err"
[[ $? -eq 1 ]] || fail "a target on a count of reports must exit 1"
grep -q "discourages reporting" "$dir/err" || fail "the refusal of a target must say why"
ind add --id s --name-nl a --name-en b --measure share --kind near_miss --denominator-kind accident >/dev/null 2>&1
[[ $? -eq 1 ]] || fail "a share whose numerator is not inside its denominator must exit 1"
ind add --id c --name-nl a --name-en b --measure within_clock --within-days 7 >/dev/null 2>"$dir/err"
[[ $? -eq 1 ]] || fail "a clock share without --clock must exit 1"
grep -q -- "--clock" "$dir/err" || fail "the refusal must name --clock"
ind add --id d --name-nl a --name-en b --denominator-kind accident >/dev/null 2>&1
[[ $? -eq 1 ]] || fail "a denominator on a count must exit 1"
ind add --id t --name-nl a --name-en b --measure median_days --clock feedback --target 3 >/dev/null 2>&1
[[ $? -eq 1 ]] || fail "a target without a direction must exit 1"
ind add --id ret --name-nl a --name-en b --measure retaliation_signals --target 2 --target-direction at_most \
  >/dev/null 2>"$dir/err"; [[ $? -eq 1 ]] || fail "a target on retaliation signals must exit 1"
grep -q "retaliation signals have no target" "$dir/err" || fail "the refusal must say why retaliation takes no target"
ind add --id ret --name-nl a --name-en b --measure retaliation_signals --unit 13-bde >/dev/null 2>"$dir/err"
[[ $? -eq 1 ]] || fail "retaliation signals of one unit must exit 1"
grep -q "organisation-wide" "$dir/err" || fail "the refusal must say retaliation signals are organisation-wide"
ind list | grep -q "^0 indicator(s)" || fail "refused indicators must leave nothing behind"
ind add --id nm-acc --name-nl a --name-en b --measure ratio --unit 13-bde --kind near_miss \
  --denominator-unit 13-bde --denominator-kind accident | grep -q "defined: ratio" || fail "indicator add --measure ratio"
ind add --id ack7 --name-nl a --name-en b --measure within_clock --clock acknowledge --within-days 7 \
  --target 0.9 --target-direction at_least | grep -q "target at_least 0.9" || fail "a clock share with a target"
ind add --id ret --name-nl a --name-en b --measure retaliation_signals | grep -q "retaliation_signals" \
  || fail "indicator add --measure retaliation_signals"
ind show --id ret | grep -q "per quarter once it has settled" || fail "indicator show of retaliation signals"
ind list | grep -q "^3 indicator(s)" || fail "indicator list"
ind list | grep "^ack7" | grep -q "on a fall" || fail "a clock share alerts on a fall by default"
ind add --id m --name-nl a --name-en b --measure measures_on_time --direction sideways >/dev/null 2>"$dir/err"
[[ $? -eq 1 ]] || fail "an unknown --direction must exit 1"
grep -q "alert on a fall" "$dir/err" || fail "the refusal must say what the directions mean"
ind add --id ackf --name-nl a --name-en b --measure median_days --clock feedback --direction down \
  | grep -q "on a fall" || fail "--direction down on median days"
ind freeze ackf | grep -q "frozen after" || fail "indicator freeze"
ind freeze ackf >/dev/null 2>"$dir/err"; [[ $? -eq 1 ]] || fail "freezing twice must exit 1"
grep -q "frozen already" "$dir/err" || fail "the second freeze must say it is frozen already"
ind freeze nope >/dev/null 2>&1; [[ $? -eq 1 ]] || fail "freezing no indicator must exit 1"
ind list | grep "^ackf" | grep -q "frozen after" || fail "indicator list shows the freeze"
"$admin" --data "$dir/r" audit verify | grep -q "intact" || fail "audit verify after a freeze"
ind show --id ack7 | grep -q "only over at least k cases" || fail "indicator show of a clock share"
"$admin" --data "$dir/r" report vms --period 2024Q1 --recompute >/dev/null 2>"$dir/err"; [[ $? -eq 1 ]] \
  || fail "recomputing a period never issued must exit 1"
grep -q "never issued" "$dir/err" || fail "the refusal must say the period was never issued"
"$admin" --data "$dir/r" report vms --period 2024Q1 >/dev/null 2>"$dir/err"; [[ $? -eq 1 ]] \
  || fail "issuing without --out must exit 1"
grep -q -- "--out" "$dir/err" || fail "the refusal must name --out"
echo "admin CLI: all checks passed"
