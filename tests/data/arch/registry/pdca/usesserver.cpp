// SPDX-License-Identifier: EUPL-1.2
// The PDCA layer has no HTTP: the server stands on it, never the other way round.
#include "registry/server/advisorapi.h"
#include "../server/measuresapi.h"
