# SPDX-License-Identifier: EUPL-1.2
# Shared by scripts/*: locations and the configure+build step.
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
jobs=$(nproc 2>/dev/null || echo 2)

# configure_build DIR [cmake args...]: configure once with Ninja (later builds re-run cmake as needed).
configure_build() {
  local dir=$1
  shift
  if [[ ! -f $dir/build.ninja ]]; then
    cmake -S "$root" -B "$dir" -G Ninja "$@" >/dev/null
  fi
}

# configure_and_build DIR [cmake args...]: configure once with Ninja, then build incrementally.
configure_and_build() {
  configure_build "$@"
  cmake --build "$1" --parallel "$jobs"
}
