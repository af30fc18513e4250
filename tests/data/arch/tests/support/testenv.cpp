// SPDX-License-Identifier: EUPL-1.2
// Breaks: vigil_testsupport, under every test and bench, stands on the HTTP stack.
#include "shared/net/log.h"
