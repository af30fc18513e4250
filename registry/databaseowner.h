// SPDX-License-Identifier: EUPL-1.2
#pragma once

// Whether a registry database is this data folder's (docs/registry.md, "Data folder and
// database"). On PostgreSQL the operator names the database in a URL, so a typo, a copied
// configuration or a restore into the wrong database could put one registry's keys in front of
// another registry's cases: it would sign receipts and directories for an organisation it does
// not hold the root of, and fail to open every report (sealed to the other routing key).

#include "shared/keys.h"
#include "shared/storage/db.h"

namespace vigil::registry {

/// Ok when `db` holds no published directory yet, or when its newest one verifies under
/// `rootKey` (or a key set the root rotated to, each rotation checked from the root, not taken
/// from the database on trust) and names `routingKey` as the registry's. Otherwise Refused,
/// saying which of the two does not match.
[[nodiscard]] Status checkDatabaseOwner(Db db, const PublicKey& rootKey, const PublicKey& routingKey);

} // namespace vigil::registry
