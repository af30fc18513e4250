// SPDX-License-Identifier: EUPL-1.2
// The registry's core has no HTTP: that is registry/server/.
#include "shared/net/router.h"
