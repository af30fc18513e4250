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
