# SPDX-License-Identifier: EUPL-1.2
# Fails when a source file breaks a dependency rule of docs/architecture.md ("Code layout"):
# each folder may include only the layers below it. The link-level half of the same rules is
# checked at configure time (cmake/VigilArchitecture.cmake).
#
#   cmake -DSOURCE_DIR=<tree> -P CheckArchitecture.cmake
#
# Names every offending file and line, then fails; prints the number of files read otherwise.
cmake_minimum_required(VERSION 3.25)
if(NOT SOURCE_DIR)
  message(FATAL_ERROR "CheckArchitecture: SOURCE_DIR is not set")
endif()

# The files that start a relay (in this process or as a child) and so may include its headers.
set(relay_users
  "^sync-server/"
  "^tests/relay/"
  "^tests/faults/"
  "^tests/fuzz/fuzz_http\\.cpp$"
  "^tests/field/relay_e2e_test\\.cpp$"
  "^tests/support/(relaytest|benchdeployment)\\.(h|cpp)$"
  "^bench/relay_bench\\.cpp$"
  "^bench/e2e_bench\\.cpp$")

# Include patterns (an optional run of ../ first, so relative paths do not slip through).
set(qt_include "[\"<](Qt[A-Za-z]*/)?Q[A-Za-z]+(\\.h)?[\">]")
set(asio_include "[\"<]boost/(asio|beast)[/.]")
set(up "(\\.\\./)*")

set(violations)
set(files_read 0)

# check(<file relative to SOURCE_DIR> <rule name> <regex>) records every include matching regex.
function(check file rule regex)
  file(STRINGS "${SOURCE_DIR}/${file}" hits REGEX "^[ \t]*#[ \t]*include[ \t]*${regex}")
  foreach(hit IN LISTS hits)
    string(STRIP "${hit}" hit)
    list(APPEND violations "${file}: ${hit}  (${rule})")
  endforeach()
  set(violations "${violations}" PARENT_SCOPE)
endfunction()

file(GLOB_RECURSE sources RELATIVE "${SOURCE_DIR}"
  "${SOURCE_DIR}/shared/*" "${SOURCE_DIR}/sync-server/*" "${SOURCE_DIR}/registry/*"
  "${SOURCE_DIR}/advisor/*" "${SOURCE_DIR}/mobile/*" "${SOURCE_DIR}/tools/*"
  "${SOURCE_DIR}/bench/*" "${SOURCE_DIR}/tests/*")
list(FILTER sources INCLUDE REGEX "\\.(h|hpp|cpp|cc)$")
list(FILTER sources EXCLUDE REGEX "^tests/data/")

foreach(file IN LISTS sources)
  math(EXPR files_read "${files_read} + 1")
  # vigil_core: value types and pure functions, no Qt, no Asio, no I/O layer above it.
  if(file MATCHES "^shared/" AND NOT file MATCHES "^shared/(net|storage|qt)/")
    check("${file}" "vigil_core includes no Qt" "${qt_include}")
    check("${file}" "vigil_core includes no Asio/Beast" "${asio_include}")
    check("${file}" "vigil_core includes no shared/net, shared/storage or shared/qt"
      "\"${up}(shared/)?(net|storage|qt)/")
  endif()
  # OpenSSL stays in the two libraries built on it: vigil_tokens (shared/tokens/, blind RSA)
  # and vigil_net (TLS); vigil_core itself is libsodium only.
  if(file MATCHES "^shared/" AND NOT file MATCHES "^shared/(net|tokens)/")
    check("${file}" "vigil_core includes no OpenSSL (only shared/tokens and shared/net)" "[\"<]openssl/")
  endif()
  # vigil_tokens stands on vigil_core alone (the vigil_core rules above hold for it too), and
  # vigil_core never on it.
  if(file MATCHES "^shared/" AND NOT file MATCHES "^shared/(net|storage|qt|tokens)/")
    check("${file}" "vigil_core includes nothing from shared/tokens, the layer above it"
      "\"${up}(shared/)?tokens/")
  endif()
  # vigil_net and vigil_storage: no Qt; neither knows a server.
  if(file MATCHES "^shared/(net|storage)/")
    check("${file}" "shared/net and shared/storage include no Qt" "${qt_include}")
    check("${file}" "shared/ includes no server" "\"${up}(sync-server|registry)/")
  endif()
  if(file MATCHES "^shared/storage/")
    check("${file}" "vigil_storage includes no Asio/Beast" "${asio_include}")
  endif()
  # vigil_appcore: what both apps share, Qt Core only; it knows neither app nor any server.
  if(file MATCHES "^shared/qt/")
    check("${file}" "shared/qt includes no app and no server" "[\"<]${up}(mobile|advisor|sync-server|registry|shared/net)/")
    check("${file}" "shared/qt includes no Asio/Beast" "${asio_include}")
  endif()
  # PostgreSQL is the registry's backend: a relay's store stays SQLite (docs/postgres-plan.md).
  if(file MATCHES "^sync-server/")
    check("${file}" "the relay includes no PostgreSQL" "([\"<]${up}(shared/)?storage/(postgres|db)\\.h|<libpq)")
  endif()
  # The trusted registry never stands on the untrusted relay; its core has no HTTP.
  if(file MATCHES "^registry/")
    check("${file}" "registry includes nothing from sync-server/" "[\"<]${up}sync-server/")
  endif()
  if(file MATCHES "^registry/" AND NOT file MATCHES "^registry/server/")
    check("${file}" "the registry's core includes no HTTP (shared/net, registry/server)"
      "[\"<]${up}(shared/net|registry/server)/")
    check("${file}" "the registry's core includes no HTTP (shared/net, registry/server)" "${asio_include}")
  endif()
  # The PDCA layer (vigil_registry_pdca) stands on the core: it includes neither the server
  # nor the operator's tool (the rules above hold for it as for all of registry/; this one
  # names the layer).
  if(file MATCHES "^registry/pdca/")
    check("${file}" "registry/pdca includes neither registry/server nor registry/admin"
      "[\"<]${up}(registry/)?(server|admin)/")
    check("${file}" "registry/pdca includes nothing from registry/report, the layer above it"
      "[\"<]${up}(registry/)?report/")
  endif()
  # The report layer (vigil_registry_report) stands on the PDCA layer, below the server and the tool.
  if(file MATCHES "^registry/report/")
    check("${file}" "registry/report includes neither registry/server nor registry/admin"
      "[\"<]${up}(registry/)?(server|admin)/")
  endif()
  # Nothing in the registry stands on its operator's tool.
  if(file MATCHES "^registry/" AND NOT file MATCHES "^registry/admin/")
    check("${file}" "the registry's core and server include nothing from registry/admin/"
      "[\"<]${up}(registry/)?admin/")
  endif()
  # QR codes are drawn by vigil-admin alone (libqrencode is linked only there).
  if(NOT file MATCHES "^registry/admin/")
    check("${file}" "only registry/admin/ includes libqrencode" "[\"<]qrencode\\.h[\">]")
  endif()
  # The apps talk to the servers over HTTP only.
  if(file MATCHES "^(advisor|mobile)/")
    check("${file}" "the apps include no server and no Asio" "[\"<]${up}(sync-server|registry|shared/net)/")
    check("${file}" "the apps include no server and no Asio" "${asio_include}")
  endif()
  # Test support (tests/support/CMakeLists.txt): only its deployment library stands on the
  # servers; the test data under everything stands on vigil_core alone.
  if(file MATCHES "^tests/support/(testdata|testenv|syntheticenvelope|loopback|blockingclient|faultproxy)\\.")
    check("${file}" "tests/support's data and loopback libraries include no server" "[\"<]${up}(sync-server|registry)/")
  endif()
  if(file MATCHES "^tests/support/(testdata|testenv|syntheticenvelope)\\.")
    check("${file}" "vigil_testsupport includes no HTTP" "[\"<]${up}shared/net/")
    check("${file}" "vigil_testsupport includes no HTTP" "${asio_include}")
  endif()
  # Only the relay and what starts one include the relay's headers.
  set(relay_user FALSE)
  foreach(pattern IN LISTS relay_users)
    if(file MATCHES "${pattern}")
      set(relay_user TRUE)
    endif()
  endforeach()
  if(NOT relay_user)
    check("${file}" "only the relay, its tests and what starts a relay include sync-server/"
      "[\"<]${up}sync-server/")
  endif()
endforeach()

if(violations)
  list(LENGTH violations count)
  string(REPLACE ";" "\n  " listing "${violations}")
  message(FATAL_ERROR "${count} include(s) break the dependency rules of docs/architecture.md:\n  ${listing}")
endif()
message(STATUS "dependency rules hold in ${files_read} files")
