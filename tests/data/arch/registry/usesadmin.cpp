// SPDX-License-Identifier: EUPL-1.2
// The trusted core never stands on its operator's tool: vigil-admin stands on it.
#include "registry/admin/admin.h"
