#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# The root key off the server, with two people (docs/operations.md, "Signing ceremony"), through
# the real vigil-admin on a real registry data folder: holder keys, the key set handed over by
# the root key, a directory and a bulletin prepared, signed offline by 2 of 3 holders and
# published; one signature, a forged second one, a repeated one and an outsider's refused with
# nothing changed; a rotation signed by the current holders.
set -u
admin=$1
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
fail() { echo "FAIL: $*"; [[ -f "$dir/err" ]] && cat "$dir/err"; exit 1; }
reg=(--data "$dir/r")
# Flips the lowest bit of a file's last byte (the last signature's last byte).
flip_last() {
  local f=$1 size b
  size=$(stat -c %s "$f")
  b=$(tail -c 1 "$f" | od -An -tu1 | tr -d ' ')
  printf "\\$(printf '%03o' $((b ^ 1)))" | dd of="$f" bs=1 seek=$((size - 1)) conv=notrunc status=none
}
published_versions() { "$admin" "${reg[@]}" audit verify | sed 's/.*: \([0-9]*\) entries.*/\1/'; }

"$admin" "${reg[@]}" init >/dev/null || fail "init"
"$admin" "${reg[@]}" directory publish --allow-unroutable >/dev/null || fail "directory publish with the root key"

# Three holders make their keys on their own machines; the operator gets the public halves.
for n in 1 2 3 4; do
  "$admin" keyholder new --out "$dir/h$n.key" >"$dir/h$n.out" || fail "keyholder new $n"
  [[ $(stat -c %a "$dir/h$n.key") == 600 ]] || fail "a holder key must be 0600"
  declare "p$n=$(sed -n 's/^public key.*: \([0-9a-f]\{64\}\)$/\1/p' "$dir/h$n.out")"
done
[[ ${#p1} -eq 64 && ${#p3} -eq 64 ]] || fail "keyholder new must print the public key"
"$admin" keyholder new --out "$dir/h1.key" >/dev/null 2>&1; [[ $? -eq 1 ]] || fail "a holder key is never overwritten"

"$admin" "${reg[@]}" keyset init --holder "$p1" --holder "$p2" --holder "$p3" --threshold 2 >"$dir/out" \
  || fail "keyset init"
grep -q "serial 1, 2 of 3 holders" "$dir/out" || fail "keyset init must name the set"
"$admin" "${reg[@]}" keyset init --holder "$p1" --threshold 1 >/dev/null 2>&1; [[ $? -eq 1 ]] \
  || fail "a second keyset init must exit 1"
"$admin" "${reg[@]}" directory publish --allow-unroutable >/dev/null 2>"$dir/err"; [[ $? -eq 1 ]] \
  || fail "the root key alone must no longer publish a directory"
grep -q "signed by its key holders" "$dir/err" || fail "the refusal must point to the holders"
"$admin" "${reg[@]}" bulletin publish --title-nl a --title-en a --text-nl b --text-en b --category live_fire \
  >/dev/null 2>&1; [[ $? -eq 1 ]] || fail "the root key alone must no longer publish a bulletin"

# The directory: prepared on the registry, signed by holder 1 — not enough.
"$admin" "${reg[@]}" directory prepare --allow-unroutable --out "$dir/d.vgd" >"$dir/out" || fail "directory prepare"
grep -q "directory version 2 prepared" "$dir/out" || fail "directory prepare must say the version"
"$admin" sign --key "$dir/h1.key" --in "$dir/d.vgd" --out "$dir/d.vgd" >"$dir/out" || fail "sign by holder 1"
grep -q "1 of the 2 needed" "$dir/out" || fail "sign must count the signatures"
before=$(published_versions)
"$admin" "${reg[@]}" directory publish --signed "$dir/d.vgd" >/dev/null 2>"$dir/err"; [[ $? -eq 1 ]] \
  || fail "one signature of two must be refused"
grep -q "1 of the 2 holder signatures" "$dir/err" || fail "the refusal must say how many signatures"
[[ $(published_versions) == "$before" ]] || fail "a refused publish must change nothing (audit trail grew)"
"$admin" sign --key "$dir/h1.key" --in "$dir/d.vgd" --out "$dir/again.vgd" >/dev/null 2>"$dir/err"; [[ $? -eq 1 ]] \
  || fail "the same holder must not sign twice"
"$admin" sign --key "$dir/h4.key" --in "$dir/d.vgd" --out "$dir/outsider.vgd" >/dev/null 2>"$dir/err"; [[ $? -eq 1 ]] \
  || fail "a key outside the set must not sign"
grep -q "is not one of the holders" "$dir/err" || fail "the outsider's refusal must say why"

# Holder 3 signs; a forged copy of that second signature is refused, the real one published.
"$admin" sign --key "$dir/h3.key" --in "$dir/d.vgd" --out "$dir/d2.vgd" --show >"$dir/out" || fail "sign by holder 3"
grep -q '"routing_key"' "$dir/out" || fail "sign --show must print the payload"
grep -q "ready to publish" "$dir/out" || fail "two of two must be ready"
cp "$dir/d2.vgd" "$dir/forged.vgd"; flip_last "$dir/forged.vgd"
"$admin" "${reg[@]}" directory publish --signed "$dir/forged.vgd" >/dev/null 2>"$dir/err"; [[ $? -eq 1 ]] \
  || fail "a forged second signature must be refused"
grep -q "holder 2's signature does not verify" "$dir/err" || fail "the refusal must name the forged signature"
[[ $(published_versions) == "$before" ]] || fail "a refused publish must change nothing"
"$admin" "${reg[@]}" directory publish --signed "$dir/d2.vgd" >"$dir/out" || fail "publish --signed"
grep -q "directory version 2 published" "$dir/out" || fail "the signed directory must be version 2"
"$admin" "${reg[@]}" directory publish --signed "$dir/d2.vgd" >/dev/null 2>"$dir/err"; [[ $? -eq 1 ]] \
  || fail "the same directory must not be published twice"
# A device enrolled now pins the set, and the embedded directory is the holders'.
"$admin" "${reg[@]}" enroll --relay-url http://127.0.0.1:1 --out "$dir/device.json" >/dev/null \
  || fail "enroll with key holders"
grep -q '"root_keys":{"serial":1,"threshold":2,"holders":\["'"$p1"'"' "$dir/device.json" \
  || fail "the enrolment must pin the key set"

# A bulletin, the same way.
"$admin" "${reg[@]}" bulletin prepare --kind safety_alert --category live_fire --title-nl "Let op" \
  --title-en "Mind" --text-nl "Tekst" --text-en "Text" --out "$dir/b.vgb" >/dev/null || fail "bulletin prepare"
"$admin" sign --key "$dir/h2.key" --in "$dir/b.vgb" --out "$dir/b.vgb" >/dev/null || fail "bulletin sign 2"
"$admin" "${reg[@]}" bulletin publish --signed "$dir/b.vgb" >/dev/null 2>&1; [[ $? -eq 1 ]] \
  || fail "a bulletin with one signature must be refused"
"$admin" sign --key "$dir/h3.key" --in "$dir/b.vgb" --out "$dir/b.vgb" >/dev/null || fail "bulletin sign 3"
"$admin" "${reg[@]}" bulletin publish --signed "$dir/b.vgb" | grep -q "bulletin 1 published" \
  || fail "bulletin publish --signed"

# Rotation: holder 1 leaves, holder 4 joins; the current holders sign it.
"$admin" "${reg[@]}" keyset rotate prepare --holder "$p2" --holder "$p3" --holder "$p4" --threshold 2 \
  --out "$dir/k.vgk" >/dev/null || fail "keyset rotate prepare"
"$admin" sign --key "$dir/h4.key" --in "$dir/k.vgk" --out "$dir/k.vgk" >/dev/null 2>&1; [[ $? -eq 1 ]] \
  || fail "a holder of the new set only must not sign the rotation"
"$admin" sign --key "$dir/h1.key" --in "$dir/k.vgk" --out "$dir/k.vgk" >/dev/null || fail "rotation sign 1"
"$admin" "${reg[@]}" keyset rotate publish --signed "$dir/k.vgk" >/dev/null 2>&1; [[ $? -eq 1 ]] \
  || fail "a rotation with one signature must be refused"
"$admin" sign --key "$dir/h2.key" --in "$dir/k.vgk" --out "$dir/k.vgk" >/dev/null || fail "rotation sign 2"
"$admin" "${reg[@]}" keyset rotate publish --signed "$dir/k.vgk" >/dev/null || fail "keyset rotate publish"
"$admin" "${reg[@]}" keyset show | grep -q "serial 2, 2 of 3 holders" || fail "keyset show after rotation"
"$admin" "${reg[@]}" keyset rotate publish --signed "$dir/k.vgk" >/dev/null 2>&1; [[ $? -eq 1 ]] \
  || fail "a rotation must not be replayed"

# After the rotation: a directory prepared for the old set is refused; holder 1 can no longer sign.
"$admin" "${reg[@]}" directory publish --signed "$dir/d2.vgd" >/dev/null 2>"$dir/err"; [[ $? -eq 1 ]] \
  || fail "a directory for the old set must be refused"
"$admin" "${reg[@]}" directory prepare --allow-unroutable --out "$dir/d3.vgd" >/dev/null || fail "prepare after rotation"
"$admin" sign --key "$dir/h1.key" --in "$dir/d3.vgd" --out "$dir/x.vgd" >/dev/null 2>&1; [[ $? -eq 1 ]] \
  || fail "a retired holder must not sign"
"$admin" sign --key "$dir/h4.key" --in "$dir/d3.vgd" --out "$dir/d3.vgd" >/dev/null || fail "sign 4"
"$admin" sign --key "$dir/h2.key" --in "$dir/d3.vgd" --out "$dir/d3.vgd" >/dev/null || fail "sign 2"
"$admin" "${reg[@]}" directory publish --signed "$dir/d3.vgd" | grep -q "directory version 3 published" \
  || fail "publish after rotation"
"$admin" "${reg[@]}" audit verify >/dev/null || fail "the audit trail must stay intact"
echo "ok"
