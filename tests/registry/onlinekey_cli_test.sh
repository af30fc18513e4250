#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# Everything off the server that steers reporters or authority (docs/operations.md, "What stays on
# the server"), through the real vigil-admin on a real data folder: with key holders, support
# contacts and authorities go through the ceremony (one signature and a forged second refused,
# nothing changed); token issuer keys are signed by the online key only once a directory the
# holders signed names it; keys/root.key can be deleted and the registry's tools still work;
# `directory prepare --new-online-key` replaces the online key when that directory is published.
set -u
admin=$1
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
fail() { echo "FAIL: $*"; [[ -f "$dir/err" ]] && cat "$dir/err"; exit 1; }
reg=(--data "$dir/r")
flip_last() {
  local f=$1 size b
  size=$(stat -c %s "$f")
  b=$(tail -c 1 "$f" | od -An -tu1 | tr -d ' ')
  printf "\\$(printf '%03o' $((b ^ 1)))" | dd of="$f" bs=1 seek=$((size - 1)) conv=notrunc status=none
}
entries() { "$admin" "${reg[@]}" audit verify | sed 's/.*: \([0-9]*\) entries.*/\1/'; }
sign2() { "$admin" sign --key "$dir/h1.key" --in "$1" --out "$1" >/dev/null && "$admin" sign --key "$dir/h3.key" --in "$1" --out "$1" >/dev/null; }

"$admin" "${reg[@]}" init >/dev/null || fail "init"
[[ -f "$dir/r/keys/root.pub" ]] || fail "init must write keys/root.pub"
cat > "$dir/contacts.json" <<'JSON'
{"contacts":[{"id":"112","kind":"emergency","name_nl":"Alarmnummer","name_en":"Emergency number","purpose_nl":"Acuut gevaar","purpose_en":"Immediate danger","phone":"112"}]}
JSON
"$admin" "${reg[@]}" support set "$dir/contacts.json" >/dev/null || fail "support set"
"$admin" "${reg[@]}" support publish >/dev/null || fail "before key holders the root key signs support contacts"
"$admin" "${reg[@]}" directory publish --allow-unroutable >/dev/null || fail "directory publish with the root key"
"$admin" "${reg[@]}" tokens epoch new >/dev/null || fail "tokens epoch new"
"$admin" "${reg[@]}" tokens epoch publish >/dev/null || fail "before key holders the root key signs issuer keys"

for n in 1 2 3; do
  "$admin" keyholder new --out "$dir/h$n.key" >"$dir/h$n.out" || fail "keyholder new $n"
  declare "p$n=$(sed -n 's/^public key.*: \([0-9a-f]\{64\}\)$/\1/p' "$dir/h$n.out")"
done
"$admin" "${reg[@]}" keyset init --holder "$p1" --holder "$p2" --holder "$p3" --threshold 2 >"$dir/out" \
  || fail "keyset init"
[[ -f "$dir/r/keys/online.key" ]] || fail "keyset init must make keys/online.key"
online=$(sed -n 's/^online key \([0-9a-f]\{64\}\) written.*/\1/p' "$dir/out")
[[ ${#online} -eq 64 ]] || fail "keyset init must print the online key"

# Until a holders' directory names it, the online key signs nothing: issuer keys are refused.
"$admin" "${reg[@]}" tokens epoch publish >/dev/null 2>"$dir/err"; [[ $? -eq 1 ]] \
  || fail "issuer keys must wait for a directory that certifies the online key"
grep -q "does not certify keys/online.key" "$dir/err" || fail "the refusal must say why"
"$admin" "${reg[@]}" directory prepare --allow-unroutable --out "$dir/d.vgd" >"$dir/out" || fail "directory prepare"
grep -q "it names the online key $online" "$dir/out" || fail "the prepared directory must name the online key"
sign2 "$dir/d.vgd" || fail "two holders sign the directory"
"$admin" "${reg[@]}" directory publish --signed "$dir/d.vgd" >"$dir/out" || fail "directory publish --signed"
grep -q "PDCA roles follow once the key holders sign them" "$dir/out" || fail "the authorities are the holders' too"
"$admin" "${reg[@]}" tokens epoch publish >/dev/null || fail "the certified online key signs issuer keys"

# Support contacts: the root key alone is refused; one holder is not enough; a forged second refused.
"$admin" "${reg[@]}" support publish >/dev/null 2>"$dir/err"; [[ $? -eq 1 ]] \
  || fail "the root key alone must no longer publish support contacts"
grep -q "support prepare" "$dir/err" || fail "the refusal must point to support prepare"
"$admin" "${reg[@]}" support prepare --out "$dir/s.vgs" >/dev/null || fail "support prepare"
"$admin" sign --key "$dir/h2.key" --in "$dir/s.vgs" --out "$dir/s.vgs" --show >"$dir/out" || fail "support sign 2"
grep -q '"Emergency number"' "$dir/out" || fail "sign --show must print the contacts"
before=$(entries)
"$admin" "${reg[@]}" support publish --signed "$dir/s.vgs" >/dev/null 2>"$dir/err"; [[ $? -eq 1 ]] \
  || fail "support contacts with one signature must be refused"
grep -q "1 of the 2 holder signatures" "$dir/err" || fail "the refusal must count the signatures"
"$admin" sign --key "$dir/h3.key" --in "$dir/s.vgs" --out "$dir/s2.vgs" >/dev/null || fail "support sign 3"
cp "$dir/s2.vgs" "$dir/forged.vgs"; flip_last "$dir/forged.vgs"
"$admin" "${reg[@]}" support publish --signed "$dir/forged.vgs" >/dev/null 2>"$dir/err"; [[ $? -eq 1 ]] \
  || fail "a forged second signature must be refused"
[[ $(entries) == "$before" ]] || fail "a refused publish must change nothing"
"$admin" "${reg[@]}" support publish --signed "$dir/s2.vgs" | grep -q "support contacts 2 published" \
  || fail "support publish --signed"
"$admin" "${reg[@]}" support show | grep -q "^support contacts 2" || fail "support show verifies the holders' contacts"

# Authorities: the same ceremony.
"$admin" "${reg[@]}" authorities publish >/dev/null 2>&1; [[ $? -eq 1 ]] \
  || fail "the root key alone must no longer sign authorities"
"$admin" "${reg[@]}" authorities prepare --out "$dir/a.vgo" >/dev/null || fail "authorities prepare"
"$admin" sign --key "$dir/h1.key" --in "$dir/a.vgo" --out "$dir/a.vgo" >/dev/null || fail "authorities sign 1"
"$admin" "${reg[@]}" authorities publish --signed "$dir/a.vgo" >/dev/null 2>&1; [[ $? -eq 1 ]] \
  || fail "authorities with one signature must be refused"
"$admin" sign --key "$dir/h2.key" --in "$dir/a.vgo" --out "$dir/a.vgo" >/dev/null || fail "authorities sign 2"
"$admin" "${reg[@]}" authorities publish --signed "$dir/a.vgo" | grep -q "published for directory version 2" \
  || fail "authorities publish --signed"
"$admin" "${reg[@]}" authorities show >/dev/null || fail "authorities show verifies the holders' authorities"

# root.key off the server: the tools keep working on what stays.
rm "$dir/r/keys/root.key"
"$admin" "${reg[@]}" tokens epoch new >/dev/null || fail "tokens epoch new without root.key"
"$admin" "${reg[@]}" tokens epoch publish >/dev/null || fail "tokens epoch publish without root.key"
"$admin" "${reg[@]}" enroll --relay-url http://127.0.0.1:1 --out "$dir/device.json" >/dev/null \
  || fail "enroll without root.key"
"$admin" "${reg[@]}" keyset init --holder "$p1" --threshold 1 >/dev/null 2>&1; [[ $? -eq 1 ]] \
  || fail "a second keyset init must still be refused"

# A new online key: named by the next directory, it takes over when that one is published.
"$admin" "${reg[@]}" directory prepare --allow-unroutable --new-online-key --out "$dir/d3.vgd" >"$dir/out" \
  || fail "directory prepare --new-online-key"
fresh=$(sed -n 's/^it names the NEW online key \([0-9a-f]\{64\}\)$/\1/p' "$dir/out")
[[ ${#fresh} -eq 64 && $fresh != "$online" ]] || fail "a new online key must be named"
"$admin" "${reg[@]}" tokens epoch publish >/dev/null || fail "the old online key signs until the new directory is out"
sign2 "$dir/d3.vgd" || fail "two holders sign the directory with the new online key"
"$admin" "${reg[@]}" directory publish --signed "$dir/d3.vgd" | grep -q "the new online key" \
  || fail "publishing must hand over to the new online key"
[[ ! -f "$dir/r/keys/online-next.key" ]] || fail "the replacement must have become keys/online.key"
"$admin" "${reg[@]}" tokens epoch publish >/dev/null || fail "the new online key signs issuer keys"
"$admin" "${reg[@]}" audit verify >/dev/null || fail "the audit trail must stay intact"
echo "ok"
