// SPDX-License-Identifier: EUPL-1.2
// Moved to tests/support/testdata.cpp (library vigil_testsupport). This empty file stays only
// while tests/registry and tests/qml still list it among their sources; the code reaches them
// through vigil_testsupport, which tests/CMakeLists.txt links to them meanwhile. Delete it with
// their last use.
