# SPDX-License-Identifier: EUPL-1.2
# Shared by scripts/*: locations and the configure+build step.
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
jobs=$(nproc 2>/dev/null || echo 2)

# The default build (build/release) as every script configures it: -O2 with line tables only
# (-g1) instead of full debug info. Stacks, sanitizer reports and perf keep file:line; variable
# and type information goes, and with it about a quarter of each compile (registry/caseservice.cpp:
# 8.0 s at -g, 6.1 s at -g1), which on CI's two cores is minutes of a 90-minute budget.
# A build folder you configure yourself keeps CMake's RelWithDebInfo (-O2 -g).
release_args=(-DCMAKE_BUILD_TYPE=RelWithDebInfo -DVIGIL_WITH_QT=ON
  "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O2 -g1 -DNDEBUG" "-DCMAKE_C_FLAGS_RELWITHDEBINFO=-O2 -g1 -DNDEBUG")

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
