// SPDX-License-Identifier: EUPL-1.2
// The registry must not stand on the relay.
#include "sync-server/config.h"
