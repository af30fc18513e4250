// SPDX-License-Identifier: EUPL-1.2
// Allowed: the deployment library's relay helpers start a relay, so they include its headers.
#include "sync-server/relayserver.h"
