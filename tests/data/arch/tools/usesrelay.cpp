// SPDX-License-Identifier: EUPL-1.2
// A tool that starts no relay, reaching into it by a relative path.
#include "../sync-server/envelopestore.h"
