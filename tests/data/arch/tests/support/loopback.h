// SPDX-License-Identifier: EUPL-1.2
// Breaks: the loopback library of tests/support stands on a server (twice: no server at all, and
// no relay outside what starts one).
#include "sync-server/relayserver.h"
