# SPDX-License-Identifier: EUPL-1.2
# Dutch and English for a Qt app (the field app and the advisor console):
#   vigil_add_translations(TARGET lib NAME vigil-field SOURCES dir… )
# compiles i18n/<NAME>_{nl,en}.ts next to the calling CMakeLists.txt with lrelease into
# :/i18n/<NAME>_<lang>.qm inside TARGET, and adds `ninja <name>_lupdate` (not part of `all`),
# which refreshes both .ts files from SOURCES; what it marks unfinished then wants translating.
# lrelease and lupdate come from the Qt tools next to qmake: LinguistTools is not among the
# Qt components this build finds.
function(vigil_add_translations)
  cmake_parse_arguments(arg "" "TARGET;NAME" "SOURCES" ${ARGN})
  get_target_property(_qmake Qt6::qmake IMPORTED_LOCATION)
  get_filename_component(_qt_bin "${_qmake}" DIRECTORY)
  find_program(VIGIL_LRELEASE NAMES lrelease lrelease-qt6 HINTS "${_qt_bin}" /usr/lib/qt6/bin REQUIRED)
  find_program(VIGIL_LUPDATE NAMES lupdate lupdate-qt6 HINTS "${_qt_bin}" /usr/lib/qt6/bin)
  set(_dir ${CMAKE_CURRENT_SOURCE_DIR}/i18n)
  set(_out ${CMAKE_CURRENT_BINARY_DIR}/i18n)
  set(_qm_files)
  foreach(lang nl en)
    set(_qm ${_out}/${arg_NAME}_${lang}.qm)
    add_custom_command(OUTPUT ${_qm}
      COMMAND ${CMAKE_COMMAND} -E make_directory ${_out}
      COMMAND ${VIGIL_LRELEASE} -silent -nounfinished ${_dir}/${arg_NAME}_${lang}.ts -qm ${_qm}
      DEPENDS ${_dir}/${arg_NAME}_${lang}.ts VERBATIM)
    list(APPEND _qm_files ${_qm})
  endforeach()
  set_source_files_properties(${_qm_files} PROPERTIES GENERATED TRUE)
  string(REPLACE "-" "_" _id ${arg_NAME})
  qt_add_resources(${arg_TARGET} ${_id}_i18n PREFIX /i18n BASE ${_out} FILES ${_qm_files})
  if(VIGIL_LUPDATE)
    add_custom_target(${_id}_lupdate
      COMMAND ${VIGIL_LUPDATE} -silent -no-obsolete -locations none -extensions cpp,h,qml ${arg_SOURCES}
        -ts ${_dir}/${arg_NAME}_nl.ts ${_dir}/${arg_NAME}_en.ts
      VERBATIM)
  endif()
endfunction()
