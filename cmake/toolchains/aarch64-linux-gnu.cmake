# SPDX-License-Identifier: EUPL-1.2
# Cross-building for arm64 (Debian phones such as the PinePhone or the Librem 5) on an amd64
# Debian 12 with its multiarch cross toolchain: crossbuild-essential-arm64 and the :arm64
# development packages (scripts/cross-arm64 installs them; docs/packaging.md, "arm64").
# Multiarch needs no sysroot: arm64 libraries live in /usr/lib/aarch64-linux-gnu next to the
# amd64 ones, and CMake looks there because of CMAKE_LIBRARY_ARCHITECTURE.
set(CMAKE_SYSTEM_NAME Linux)
set(CMAKE_SYSTEM_PROCESSOR aarch64)
set(CMAKE_LIBRARY_ARCHITECTURE aarch64-linux-gnu)
set(CMAKE_C_COMPILER aarch64-linux-gnu-gcc)
set(CMAKE_CXX_COMPILER aarch64-linux-gnu-g++)
# The wrapper that reads the arm64 .pc files (from pkgconf, with crossbuild-essential-arm64).
set(PKG_CONFIG_EXECUTABLE aarch64-linux-gnu-pkg-config CACHE FILEPATH "pkg-config for arm64")

# Headers and libraries of the target only; programs (moc, help2man) of the build machine.
# /usr is both: the amd64 files are not found for arm64 because their libraries live in
# /usr/lib/x86_64-linux-gnu, which an aarch64 search does not look in.
set(CMAKE_FIND_ROOT_PATH /usr/aarch64-linux-gnu /usr)
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)

# Qt's code generators (moc, rcc, qmltyperegistrar, qmlcachegen, lrelease) run on the build
# machine: the amd64 Qt, whose CMake packages are under the host's library directory.
set(QT_HOST_PATH /usr)
set(QT_HOST_PATH_CMAKE_DIR /usr/lib/x86_64-linux-gnu/cmake)

# Programs built for arm64 (the man pages' --help, tests) run under qemu's user emulation.
find_program(VIGIL_QEMU_AARCH64 qemu-aarch64-static)
if(VIGIL_QEMU_AARCH64)
  set(CMAKE_CROSSCOMPILING_EMULATOR ${VIGIL_QEMU_AARCH64})
endif()
