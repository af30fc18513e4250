# SPDX-License-Identifier: EUPL-1.2
# Interface targets that carry our compiler settings; only our own targets link them,
# so third-party headers are not held to -Werror.

add_library(vigil_warnings INTERFACE)
target_compile_options(vigil_warnings INTERFACE -Wall -Wextra -Wpedantic -Wshadow
  -Wnon-virtual-dtor -Wold-style-cast -Wcast-align -Wunused -Woverloaded-virtual
  -Wconversion -Wsign-conversion -Wdouble-promotion -Wformat=2
  -Wimplicit-fallthrough)
if(VIGIL_WERROR)
  target_compile_options(vigil_warnings INTERFACE -Werror)
endif()

add_library(vigil_options INTERFACE)

if(VIGIL_SANITIZE)
  # Applied globally so every object file, including tests and Qt moc output, is instrumented.
  add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all)
  add_link_options(-fsanitize=address,undefined)
endif()

# Unity build: CMake compiles the sources of each target in batches of eight, one compiler run
# per batch. The heavy headers (Boost.Asio/Beast, CLI11, Qt, Catch2) are parsed and their inline
# code generated once per batch instead of once per file: vigil-admin's library (35 files, 24 of
# them on CLI11) builds in 53 s instead of 191 s on two cores, and CI builds the tree twice.
# On by default so that every build sees the same batches CI does (a name two files both define
# at namespace scope fails here, not only in CI); a developer who edits one file of a large
# target and wants the shortest rebuild can turn it off in their own build folder. The test
# executables stay file by file (tests/CMakeLists.txt says why); their support libraries batch.
option(VIGIL_UNITY_BUILD "Compile each target's sources in batches (CMake UNITY_BUILD)" ON)
set(CMAKE_UNITY_BUILD ${VIGIL_UNITY_BUILD})
set(CMAKE_UNITY_BUILD_BATCH_SIZE 8)

option(VIGIL_FUZZ "Build the libFuzzer targets (clang only; docs/fuzzing.md)" OFF)
if(VIGIL_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR "VIGIL_FUZZ needs clang: CC=clang CXX=clang++ cmake … -DVIGIL_FUZZ=ON")
  endif()
  # Coverage feedback and sanitizers in every object file, so the fuzzer sees into the library.
  # -fno-sanitize=function: clang 14 fails on coroutines with it ("Cannot represent a difference
  # across sections", llvm/llvm-project#49689); it only checks calls through function pointers.
  add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize=function
    -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
  add_link_options(-fsanitize=address,undefined)
endif()

# Hardening: the flags Debian builds its packages with (docs/packaging.md, "Hardening"). They are
# set for the whole tree, not only on vigil_options, because Qt's generated targets (moc, QML
# type registration and cache, resources) are compiled into our binaries without linking it.
# Not in the sanitizer and fuzz builds: FORTIFY's checked functions hide accesses from ASan,
# and ASan already does what the stack protector does, and more.
option(VIGIL_HARDEN "Build with Debian's hardening flags (FORTIFY, stack protector, PIE, full RELRO)" ON)
if(VIGIL_HARDEN AND NOT VIGIL_SANITIZE AND NOT VIGIL_FUZZ)
  # What `DEB_BUILD_MAINT_OPTIONS=hardening=+all dpkg-buildflags` gives on Debian 12, plus the
  # stack clash and control flow protection that Debian 13's dpkg-buildflags adds by default.
  add_compile_options(
    # Checked variants of memcpy, snprintf & co. where the size is known at compile time; a
    # detected overflow aborts instead of writing. Needs optimisation: glibc warns at -O0.
    # -U first: a toolchain that defines it already (Ubuntu's gcc) would warn about a redefinition.
    $<$<CONFIG:Release,RelWithDebInfo,MinSizeRel>:-U_FORTIFY_SOURCE>
    $<$<CONFIG:Release,RelWithDebInfo,MinSizeRel>:-D_FORTIFY_SOURCE=2>
    # A canary in every function with a local array or an address-taken local: a smashed stack
    # aborts on return instead of returning into the attacker's address.
    -fstack-protector-strong
    # Large stack allocations are probed page by page, so the stack cannot jump over its guard
    # page into the heap (CVE-2017-1000364, "Stack Clash").
    -fstack-clash-protection
    # A printf-style format that is not a literal and has no arguments is an error: such a
    # format from outside is a format-string attack.
    -Wformat -Werror=format-security)
  # Hardware control-flow protection where the CPU has it: indirect branches only land on
  # marked targets (Intel CET on x86, BTI and return address signing on arm64). Our code is
  # instrumented, but the linker marks a binary only when every object in it is: Debian 12's
  # glibc start files (Scrt1.o, crti.o) are not, so it takes effect with a toolchain that is.
  if(CMAKE_SYSTEM_PROCESSOR MATCHES "^(x86_64|AMD64|amd64|i.86)$")
    add_compile_options(-fcf-protection)
  elseif(CMAKE_SYSTEM_PROCESSOR MATCHES "^(aarch64|arm64)$")
    add_compile_options(-mbranch-protection=standard)
  endif()
  # Position-independent executables, so that address space layout randomisation moves the
  # program's code too. Debian's gcc does this by default; here it holds for any compiler.
  include(CheckPIESupported)
  check_pie_supported(LANGUAGES CXX)
  set(CMAKE_POSITION_INDEPENDENT_CODE ON)
  # Full RELRO: the dynamic linker resolves every symbol at start and then makes the GOT
  # read-only, so a write through a stray pointer cannot redirect a library call.
  add_link_options(LINKER:-z,relro LINKER:-z,now)
endif()
