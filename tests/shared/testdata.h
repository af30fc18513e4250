// SPDX-License-Identifier: EUPL-1.2
#pragma once

// Moved to tests/support/testdata.h (library vigil_testsupport). This forwarder stays only while
// tests/registry and tests/qml still include it by its old name; delete it with their last use.

#include "../support/testdata.h"
