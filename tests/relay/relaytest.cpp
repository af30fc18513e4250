// SPDX-License-Identifier: EUPL-1.2
// Moved to tests/support/relaytest.cpp (library vigil_testsupport_deployment). This empty file
// stays only while tests/registry still lists it among its sources; the code reaches it through
// vigil_testsupport_deployment, which tests/CMakeLists.txt links to it meanwhile. Delete it with
// that use.
