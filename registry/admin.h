// SPDX-License-Identifier: EUPL-1.2
#pragma once

// Transitional: registry::Admin moved to registry/admin/ (library vigil_registry_admin) with the
// rest of vigil-admin. Tests and benches outside registry/ still include it by this path; once
// they include "registry/admin/admin.h" and link vigil_registry_admin, delete this file and the
// deferred link in registry/admin/CMakeLists.txt. Nothing in the registry's core includes it.

#include "registry/admin/admin.h"
