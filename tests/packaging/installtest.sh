#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# Installs the built Debian packages on this machine, runs what they installed, and purges them
# (docs/packaging.md, "The install test"). Run by `scripts/package --test`:
#   installtest.sh PACKAGE_DIR        (VIGIL_BUILD_DIR: the build folder with tools/vigil-demo)
# 1. apt-get installs PACKAGE_DIR/*.deb with their dependencies.
# 2. What the packages promise: system users, state folders 0700, units installed but not
#    enabled, /etc/vigil/relay.toml a conffile, man pages found by man -w.
# 3. The installed vigil-relay starts with the shipped relay.toml; the installed apps pass
#    --self-test; scripts/demo --installed runs the scenario (a registry set up with the
#    installed vigil-admin, the installed registry and relay on loopback, simulated devices
#    filing through them, the audit trail verified).
# 4. apt-get purge leaves nothing: dpkg knows none of the packages, no vigil-* in /usr/bin, no
#    /etc/vigil, no units, no man pages, no empty state folders.
# Needs root and apt-get; without them it says why and exits 0 (nothing was checked).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
debs_dir=$(cd "${1:?usage: installtest.sh PACKAGE_DIR}" && pwd)
packages=(vigil-relay vigil-registry vigil-field vigil-advisor)

if [[ $(id -u) -ne 0 ]] || ! command -v apt-get >/dev/null; then
  echo "installtest: SKIPPED: installing packages needs root and apt-get (nothing was checked)"
  exit 0
fi
fail() { echo "installtest: FAILED: $*" >&2; exit 1; }
installed_packages() {
  local p
  for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}\n' "$p" 2>/dev/null | grep -q "installed$" && echo "$p"
  done
  return 0
}
export DEBIAN_FRONTEND=noninteractive

# A machine with Vigil installed by hand is not ours to change.
if [[ -z $(installed_packages) ]] && compgen -G "/usr/bin/vigil-*" >/dev/null; then
  fail "/usr/bin already holds vigil-* files that no package owns: $(echo /usr/bin/vigil-*)"
fi
debs=("$debs_dir"/*.deb)
[[ -f ${debs[0]} ]] || fail "no .deb in $debs_dir (run scripts/package first)"

work=$(mktemp -d /tmp/vigil-installtest.XXXXXX)
relay_pid=""
cleanup() {
  [[ -n $relay_pid ]] && kill "$relay_pid" 2>/dev/null
  rm -rf "$work"
  # Never leave the packages behind, also when a check failed.
  local left
  left=$(installed_packages)
  if [[ -n $left ]]; then
    # shellcheck disable=SC2086
    apt-get purge -y -qq $left >/dev/null 2>&1 || true
  fi
}
trap cleanup EXIT

echo "installtest: installing ${#debs[@]} packages"
apt-get install -y -qq --no-install-recommends "${debs[@]}" >"$work/apt-install.log" 2>&1 \
  || { cat "$work/apt-install.log"; fail "apt-get install"; }
for p in "${packages[@]}"; do
  [[ $(dpkg-query -W -f='${Status}' "$p") == "install ok installed" ]] || fail "$p is not installed"
done

for server in relay registry; do
  id "vigil-$server" >/dev/null 2>&1 || fail "no system user vigil-$server"
  state=/var/lib/vigil-$server
  [[ $(stat -c '%U %a' "$state") == "vigil-$server 700" ]] || fail "$state is $(stat -c '%U %a' "$state")"
  [[ -f /lib/systemd/system/vigil-$server.service ]] || fail "vigil-$server.service is not installed"
  if compgen -G "/etc/systemd/system/*.wants/vigil-$server.service" >/dev/null; then
    fail "vigil-$server.service was enabled by the package"
  fi
  man -w "vigil-$server" >/dev/null || fail "man -w vigil-$server"
done
man -w vigil-admin | grep -q "/man8/vigil-admin.8.gz" || fail "man -w vigil-admin"
dpkg-query -W -f='${Conffiles}\n' vigil-relay | grep -q "^ /etc/vigil/relay.toml " \
  || fail "/etc/vigil/relay.toml is not a conffile of vigil-relay"
echo "installtest: users, state folders, units (not enabled), conffile and man pages are in place"

# The shipped relay.toml, as the unit uses it; only the data folder and the port differ.
mkdir -m 700 "$work/relay"
/usr/bin/vigil-relay --data "$work/relay" --config /etc/vigil/relay.toml --listen 127.0.0.1:0 \
  >"$work/relay.out" 2>"$work/relay.log" &
relay_pid=$!
for _ in $(seq 100); do
  grep -q "^vigil-relay receipt key: " "$work/relay.out" && break
  kill -0 "$relay_pid" 2>/dev/null || { cat "$work/relay.log"; fail "vigil-relay with /etc/vigil/relay.toml exited"; }
  sleep 0.1
done
grep -q "^vigil-relay receipt key: " "$work/relay.out" || fail "vigil-relay with /etc/vigil/relay.toml did not start"
kill -TERM "$relay_pid"
wait "$relay_pid" || fail "vigil-relay did not stop cleanly on SIGTERM"
relay_pid=""
echo "installtest: the installed vigil-relay starts with /etc/vigil/relay.toml and stops on SIGTERM"

export QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=$work/xdg
mkdir -m 700 "$XDG_RUNTIME_DIR"
/usr/bin/vigil-field --self-test --data-dir "$work/field" >"$work/field.log" 2>&1 \
  || { cat "$work/field.log"; fail "vigil-field --self-test"; }
/usr/bin/vigil-advisor --self-test --data-dir "$work/advisor" >"$work/advisor.log" 2>&1 \
  || { cat "$work/advisor.log"; fail "vigil-advisor --self-test"; }
echo "installtest: the installed vigil-field and vigil-advisor pass --self-test"

"$root/scripts/demo" --installed >"$work/demo.log" 2>&1 || { cat "$work/demo.log"; fail "scripts/demo --installed"; }
# The demo's last step: the installed vigil-admin verifies the audit trail the installed registry wrote.
grep "^demo: admin: audit trail intact" "$work/demo.log" || { cat "$work/demo.log"; fail "no intact audit trail"; }
echo "installtest: scripts/demo --installed passed ($(grep -c . "$work/demo.log") lines of output)"
# The demo keeps its folder for a person to look into; a passed test has nothing to show there.
demo_work=$(sed -n 's/^demo: working in //p' "$work/demo.log")
[[ $demo_work == /tmp/vigil-demo.* ]] && rm -rf "$demo_work"

apt-get purge -y -qq "${packages[@]}" >"$work/apt-purge.log" 2>&1 || { cat "$work/apt-purge.log"; fail "apt-get purge"; }
left=$(installed_packages)
[[ -z $left ]] || fail "still installed after purge: $left"
for p in "${packages[@]}"; do
  if dpkg -L "$p" >/dev/null 2>&1; then fail "dpkg -L $p still lists files"; fi
done
compgen -G "/usr/bin/vigil-*" >/dev/null && fail "left in /usr/bin: $(echo /usr/bin/vigil-*)"
for path in /etc/vigil /lib/systemd/system/vigil-relay.service /lib/systemd/system/vigil-registry.service \
  /var/lib/vigil-relay /var/lib/vigil-registry; do
  [[ -e $path ]] && fail "$path is left after purge"
done
compgen -G "/usr/share/man/man*/vigil-*" >/dev/null && fail "man pages left after purge"
echo "installtest: purged; nothing is left (the system users stay, as Debian's practice is)"
echo "installtest: passed"
