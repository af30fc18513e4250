// SPDX-License-Identifier: EUPL-1.2
// The apps reach the servers over HTTP only.
#include "registry/caseservice.h"
