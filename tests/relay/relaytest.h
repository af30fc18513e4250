// SPDX-License-Identifier: EUPL-1.2
#pragma once

// Moved to tests/support/relaytest.h (library vigil_testsupport_deployment). This forwarder
// stays only while tests/registry still includes it by its old name; delete it with that use.

#include "../support/relaytest.h"
