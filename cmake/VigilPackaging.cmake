# SPDX-License-Identifier: EUPL-1.2
# The Debian packages (docs/packaging.md): CPack's DEB generator over the install() components of
# packaging/CMakeLists.txt, one package per component. Included by the top-level CMakeLists after
# every folder, because CPack reads the variables set when include(CPack) runs.
# `scripts/package` runs cpack in the release build; nothing here runs at build time.
if(NOT VIGIL_PACKAGE_COMPONENTS)
  return()
endif()

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME vigil)
set(CPACK_PACKAGE_VENDOR "The Vigil authors")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT "${VIGIL_DEB_MAINTAINER}")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_PACKAGE_DIRECTORY ${CMAKE_SOURCE_DIR}/build/packages)
set(CPACK_COMPONENTS_ALL ${VIGIL_PACKAGE_COMPONENTS})
set(CPACK_DEB_COMPONENT_INSTALL ON)
# Debian's own names: vigil-relay_0.1.0-1_amd64.deb.
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE ${VIGIL_DEB_RELEASE})
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${VIGIL_DEB_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${VIGIL_HOMEPAGE}")
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# dpkg-shlibdeps turns the libraries the binaries link into Depends on Debian 12's packages.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Stripped binaries; the debug information stays in the build folder (no -dbgsym packages:
# compressing ~300 MB of DWARF would cost CI minutes, docs/packaging.md).
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
# A cross build (scripts/cross-arm64) makes packages for its target: dpkg's name for the
# target's multiarch triplet (aarch64-linux-gnu: arm64), not the build machine's architecture.
if(CMAKE_CROSSCOMPILING)
  execute_process(COMMAND dpkg-architecture -t${CMAKE_LIBRARY_ARCHITECTURE} -qDEB_HOST_ARCH
    OUTPUT_VARIABLE CPACK_DEBIAN_PACKAGE_ARCHITECTURE OUTPUT_STRIP_TRAILING_WHITESPACE
    ERROR_QUIET COMMAND_ERROR_IS_FATAL ANY)
endif()

set(_deb ${CMAKE_BINARY_DIR}/packaging/debian)

set(CPACK_DEBIAN_RELAY_PACKAGE_NAME vigil-relay)
set(CPACK_DEBIAN_RELAY_PACKAGE_SECTION net)
# The maintainer scripts call systemd-sysusers, systemd-tmpfiles and deb-systemd-helper.
set(CPACK_DEBIAN_RELAY_PACKAGE_DEPENDS "systemd | systemd-sysusers, init-system-helpers (>= 1.54~)")
set(CPACK_DEBIAN_RELAY_PACKAGE_CONTROL_EXTRA
  "${_deb}/vigil-relay/postinst;${_deb}/vigil-relay/prerm;${_deb}/vigil-relay/postrm;${_deb}/vigil-relay/conffiles")
set(CPACK_DEBIAN_RELAY_DESCRIPTION "store-and-forward relay of sealed Vigil safety reports
Vigil is an offline-first system for reporting safety incidents and
social-safety problems in a defence organisation. A relay runs on a base,
a ship or a vehicle: field devices sync to it when they have local
connectivity, it stores their sealed reports and forwards them upstream
when its own uplink works. It holds no key that opens a report.
.
The systemd unit is installed but not enabled: configure
/etc/vigil/relay.toml, then enable it.")

set(CPACK_DEBIAN_REGISTRY_PACKAGE_NAME vigil-registry)
set(CPACK_DEBIAN_REGISTRY_PACKAGE_SECTION net)
set(CPACK_DEBIAN_REGISTRY_PACKAGE_DEPENDS "systemd | systemd-sysusers, init-system-helpers (>= 1.54~)")
set(CPACK_DEBIAN_REGISTRY_PACKAGE_CONTROL_EXTRA
  "${_deb}/vigil-registry/postinst;${_deb}/vigil-registry/prerm;${_deb}/vigil-registry/postrm")
set(CPACK_DEBIAN_REGISTRY_DESCRIPTION "Vigil registry and its operator tool vigil-admin
Vigil is an offline-first system for reporting safety incidents and
social-safety problems in a defence organisation. The registry is its
trusted centre: it reads only the routing header of each sealed report,
routes the case to the advisors' groups, runs the legal clocks, keeps the
audit trail and publishes statistics that never expose a small unit.
vigil-admin sets it up and runs it.
.
The systemd unit is installed but not enabled: run vigil-admin init
first, then enable it.")

# The apps load QML modules at run time; dpkg-shlibdeps does not see those.
set(_qml "qml6-module-qtquick, qml6-module-qtquick-controls, qml6-module-qtquick-templates, qml6-module-qtquick-layouts, qml6-module-qtquick-window, qml6-module-qtqml-workerscript")
set(CPACK_DEBIAN_FIELD_PACKAGE_NAME vigil-field)
set(CPACK_DEBIAN_FIELD_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_FIELD_PACKAGE_DEPENDS
  "${_qml}, qml6-module-qtquick-dialogs, qml6-module-qtquick-shapes, qml6-module-qt-labs-folderlistmodel, qml6-module-qtqml-models, qml6-module-qtmultimedia")
# Scanning the enrolment code with the camera: Qt 6.4's Multimedia reaches a Linux camera
# through GStreamer (v4l2src is in -good). Recommended, not required: without them the app
# says the camera did not start and enrols from a picture of the code or the pasted text.
set(CPACK_DEBIAN_FIELD_PACKAGE_RECOMMENDS "gstreamer1.0-plugins-good, gstreamer1.0-plugins-base")
set(CPACK_DEBIAN_FIELD_DESCRIPTION "Vigil field app: file safety reports, also without network
Vigil is an offline-first system for reporting safety incidents and
social-safety problems in a defence organisation. With the field app a
near miss, an incident or a report about intimidation or fraud is filed
on the device, sealed there so that only the people who must act on it
can read it, and sent when a relay is in reach. Dutch and English.")

set(CPACK_DEBIAN_ADVISOR_PACKAGE_NAME vigil-advisor)
set(CPACK_DEBIAN_ADVISOR_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_ADVISOR_PACKAGE_DEPENDS "${_qml}")
set(CPACK_DEBIAN_ADVISOR_DESCRIPTION "Vigil advisor console: work the reports routed to you
Vigil is an offline-first system for reporting safety incidents and
social-safety problems in a defence organisation. The advisor console
decrypts the cases routed to an advisor's groups on the advisor's own
machine, answers the anonymous reporter, and follows risks and measures.
Dutch and English.")

include(CPack)
