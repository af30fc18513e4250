# SPDX-License-Identifier: EUPL-1.2
# The link-level half of the dependency rules in docs/architecture.md ("Code layout"), checked
# when the build is configured: a target that may not depend on a library fails configure if
# that library turns up anywhere in its link closure. The include-level half is the ctest
# test arch.include_rules (cmake/CheckArchitecture.cmake).

# _vigil_link_closure(<target> <out-var>): every target <target> links, directly or through
# the targets it links (PUBLIC, PRIVATE and INTERFACE alike; imported targets are leaves).
function(_vigil_link_closure target out)
  set(seen)
  set(todo ${target})
  while(todo)
    list(POP_FRONT todo current)
    if(NOT TARGET ${current} OR current IN_LIST seen)
      continue()
    endif()
    list(APPEND seen ${current})
    get_target_property(imported ${current} IMPORTED)
    if(imported)
      continue()
    endif()
    set(direct)
    foreach(property LINK_LIBRARIES INTERFACE_LINK_LIBRARIES)
      get_target_property(libs ${current} ${property})
      if(libs)
        list(APPEND direct ${libs})
      endif()
    endforeach()
    foreach(lib IN LISTS direct)
      # A static library lists its PRIVATE dependencies as $<LINK_ONLY:lib> in its interface.
      string(REGEX REPLACE "^\\$<LINK_ONLY:(.*)>$" "\\1" lib "${lib}")
      if(NOT lib MATCHES "^\\$<")
        list(APPEND todo ${lib})
      endif()
    endforeach()
  endwhile()
  list(REMOVE_ITEM seen ${target})
  set(${out} ${seen} PARENT_SCOPE)
endfunction()

# _vigil_all_targets(<dir> <out-var>): the targets defined in <dir> and below.
function(_vigil_all_targets dir out)
  get_property(targets DIRECTORY ${dir} PROPERTY BUILDSYSTEM_TARGETS)
  get_property(subdirs DIRECTORY ${dir} PROPERTY SUBDIRECTORIES)
  foreach(sub IN LISTS subdirs)
    _vigil_all_targets(${sub} more)
    list(APPEND targets ${more})
  endforeach()
  set(${out} ${targets} PARENT_SCOPE)
endfunction()

# vigil_check_link_rules(): call once, at the end of the top-level CMakeLists.
function(vigil_check_link_rules)
  # Nothing links the relay's library but the relay, its own tests, and the tests, tools and
  # benches that start a relay (in process, or as the fixtures of a whole deployment).
  set(relay_users vigil-relay vigil_relay_tests vigil_relay_bench fuzz_http
    vigil_registry_e2e_tests vigil_registry_pg_e2e_tests vigil_field_relay_tests vigil_field_e2e_tests
    vigil_crash_tests vigil_pg_failover_tests vigil_faults_tests vigil_abuse_tests vigil_backup_tests
    vigil_testsupport_deployment vigil_e2e_bench vigil_fleet_bench)
  # The libraries below a layer never link one above it.
  set(forbidden_vigil_core vigil_tokens vigil_storage vigil_storage_pg vigil_storage_db vigil_net vigil_relay_lib vigil_registry_lib vigil_registry_pdca
    vigil_registry_server)
  # The token library (blind RSA, Privacy Pass) stands on vigil_core and libcrypto alone.
  set(forbidden_vigil_tokens vigil_storage vigil_storage_pg vigil_storage_db vigil_net vigil_relay_lib vigil_registry_lib vigil_registry_pdca
    vigil_registry_server)
  set(forbidden_vigil_storage vigil_storage_db vigil_net vigil_relay_lib vigil_registry_lib vigil_registry_pdca vigil_registry_server)
  set(forbidden_vigil_storage_pg vigil_storage vigil_storage_db vigil_net vigil_relay_lib vigil_registry_lib vigil_registry_pdca
    vigil_registry_server)
  set(forbidden_vigil_storage_db vigil_net vigil_relay_lib vigil_registry_lib vigil_registry_pdca vigil_registry_server)
  # PostgreSQL is the registry's: the relay's store stays SQLite, and libpq never reaches a relay.
  set(forbidden_vigil_relay_lib vigil_storage_pg vigil_storage_db)
  set(forbidden_vigil-relay vigil_storage_pg vigil_storage_db)
  set(forbidden_vigil_net vigil_storage vigil_relay_lib vigil_registry_lib vigil_registry_pdca vigil_registry_server)
  # Test support (tests/support): only its deployment library stands on the servers.
  set(forbidden_vigil_testsupport vigil_net vigil_relay_lib vigil_registry_lib vigil_registry_pdca
    vigil_registry_server)
  set(forbidden_vigil_testsupport_net vigil_relay_lib vigil_registry_lib vigil_registry_pdca vigil_registry_server)
  set(forbidden_vigil_registry_lib vigil_net vigil_relay_lib vigil_registry_pdca vigil_registry_report
    vigil_registry_server vigil_registry_admin)
  # The PDCA layer stands on the core alone: no HTTP, no command line.
  set(forbidden_vigil_registry_pdca vigil_net vigil_relay_lib vigil_registry_server vigil_registry_admin
    vigil_registry_report)
  # The inspectorate's report (registry/report) sits above the PDCA layer, below server and tool.
  set(forbidden_vigil_registry_report vigil_net vigil_relay_lib vigil_registry_server vigil_registry_admin)
  set(forbidden_vigil_registry_server vigil_registry_admin)

  _vigil_all_targets(${PROJECT_SOURCE_DIR} targets)
  set(broken)
  foreach(target IN LISTS targets)
    _vigil_link_closure(${target} closure)
    if(vigil_relay_lib IN_LIST closure AND NOT target IN_LIST relay_users)
      list(APPEND broken "${target} links vigil_relay_lib, but only the relay and what starts a relay may")
    endif()
    # The operator's tool is a leaf: only vigil-admin and what tests, benches or tools the
    # registry with it link its library; libqrencode reaches nothing but through it.
    if(vigil_registry_admin IN_LIST closure AND NOT target STREQUAL "vigil-admin")
      get_target_property(dir ${target} SOURCE_DIR)
      file(RELATIVE_PATH dir "${PROJECT_SOURCE_DIR}" "${dir}")
      if(NOT dir MATCHES "^(tests|tools|bench)(/|$)")
        list(APPEND broken
          "${target} links vigil_registry_admin, but only vigil-admin, tests, tools and benches may")
      endif()
    endif()
    if(PkgConfig::QRENCODE IN_LIST closure AND NOT target STREQUAL "vigil_registry_admin"
        AND NOT vigil_registry_admin IN_LIST closure)
      list(APPEND broken "${target} links libqrencode, which only vigil_registry_admin may")
    endif()
    # QR codes are read by the field app alone (mobile/enrolcodereader.cpp): ZXing reaches
    # nothing but through vigil_field_lib.
    if(ZXing::ZXing IN_LIST closure AND NOT target STREQUAL "vigil_field_lib"
        AND NOT vigil_field_lib IN_LIST closure)
      list(APPEND broken "${target} links ZXing, which only vigil_field_lib may")
    endif()
    foreach(lib IN LISTS forbidden_${target})
      if(lib IN_LIST closure)
        list(APPEND broken "${target} links ${lib}, a layer above it")
      endif()
    endforeach()
    # Qt stays in the apps: no server-side library links it.
    if(target MATCHES "^vigil_(core|tokens|storage|storage_pg|storage_db|net|relay_lib|registry_lib|registry_pdca|registry_report|registry_server|testsupport(_net|_deployment)?)$")
      foreach(lib IN LISTS closure)
        if(lib MATCHES "^Qt[0-9]*::")
          list(APPEND broken "${target} links ${lib}; the servers and vigil_core are Qt-free")
          break()
        endif()
      endforeach()
    endif()
  endforeach()
  if(broken)
    string(REPLACE ";" "\n  " listing "${broken}")
    message(FATAL_ERROR "Link dependencies break docs/architecture.md:\n  ${listing}")
  endif()
endfunction()
