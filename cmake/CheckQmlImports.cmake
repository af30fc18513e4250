# SPDX-License-Identifier: EUPL-1.2
# Fails when a QML module that the apps import — directly, or through the QML of the Qt modules
# they use — is not installed. Qt loads some implementations only at run time (the non-native
# FileDialog imports Qt.labs.folderlistmodel); a missing one crashed the field app the first
# time someone opened a dialog. So this follows imports into every module it finds, until no
# new module turns up, and names each import that resolves nowhere.
#
#   cmake -DSCANNER=qmlimportscanner -DQT_QML_DIR=/usr/lib/.../qt6/qml
#         -DROOTS="dir|dir" -DOWN_PREFIX=Vigil -P CheckQmlImports.cmake
#
# Platform styles that exist only on other systems are expected to be absent here.
cmake_minimum_required(VERSION 3.25)
set(platform_only QtQuick.Controls.Windows QtQuick.Controls.iOS QtQuick.Controls.macOS
    QtQuick.Controls.Universal.impl.windows)

foreach(var SCANNER QT_QML_DIR ROOTS)
  if(NOT ${var})
    message(FATAL_ERROR "CheckQmlImports: ${var} is not set")
  endif()
endforeach()

string(REPLACE "|" ";" todo "${ROOTS}")
set(seen)
set(missing)
set(found_count 0)
while(todo)
  list(POP_FRONT todo dir)
  if(dir IN_LIST seen)
    continue()
  endif()
  list(APPEND seen "${dir}")
  execute_process(
    COMMAND "${SCANNER}" -rootPath "${dir}" -importPath "${QT_QML_DIR}"
    OUTPUT_VARIABLE json RESULT_VARIABLE rc ERROR_QUIET)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "CheckQmlImports: ${SCANNER} failed on ${dir} (exit ${rc})")
  endif()
  string(JSON n LENGTH "${json}")
  if(n EQUAL 0)
    continue()
  endif()
  math(EXPR last "${n} - 1")
  foreach(i RANGE ${last})
    string(JSON type ERROR_VARIABLE err GET "${json}" ${i} type)
    if(err OR NOT type STREQUAL "module")
      continue()
    endif()
    string(JSON name GET "${json}" ${i} name)
    if(OWN_PREFIX AND name MATCHES "^${OWN_PREFIX}")
      continue()   # our own modules are compiled into the executables
    endif()
    string(JSON path ERROR_VARIABLE err GET "${json}" ${i} path)
    if(err OR path STREQUAL "")
      if(NOT name IN_LIST platform_only AND NOT name IN_LIST missing)
        list(APPEND missing "${name}")
      endif()
    elseif(NOT path IN_LIST seen AND NOT path IN_LIST todo)
      list(APPEND todo "${path}")
      math(EXPR found_count "${found_count} + 1")
    endif()
  endforeach()
endwhile()

list(LENGTH seen scanned)
if(missing)
  list(JOIN missing ", " names)
  message(FATAL_ERROR "QML modules imported but not installed: ${names}\n"
    "Add their Debian packages (qml6-module-…) to scripts/setup-deps.")
endif()
message(STATUS "every QML import resolves (${scanned} module folders scanned)")
