// SPDX-License-Identifier: EUPL-1.2
#include "databaseowner.h"

#include "orgstore.h"
#include "rootkeysets.h"

#include "shared/bytes.h"
#include "shared/directory.h"
#include "shared/keysetrotation.h"

#include <algorithm>

namespace vigil::registry {

namespace {

constexpr const char* kRefusal = "; this data folder's keys belong to another registry than the database "
                                 "(a wrong database name, or another registry's data folder): name the "
                                 "right database or data folder (refusing to start)";

} // namespace

Status checkDatabaseOwner(Db db, const PublicKey& rootKey, const PublicKey& routingKey)
{
    auto newest = OrgStore::latestSignedDirectory(db);
    if (!newest)
        return newest.error();
    if (!*newest)
        return {}; // nothing published yet: nothing says whose it is
    const Bytes& blob = **newest;

    // The sets this root has rotated to, as a device that pinned the root would follow them:
    // a rotation that does not chain from this root is another registry's.
    auto rotations = keySetRotations(db);
    if (!rotations)
        return rotations.error();
    auto history = keySetHistory(RootKeySet(rootKey), *rotations);
    if (!history)
        return Error{"the database's root key rotations do not start from this data folder's root key "
                         + toHex(rootKey).substr(0, 16) + "…" + kRefusal,
                     ErrorKind::Refused};
    std::reverse(history->begin(), history->end()); // newest first: the usual signer of the newest directory
    for (const RootKeySet& set : *history) {
        auto directory = verifyDirectory(blob, set, 0);
        if (!directory)
            continue;
        if (directory->routingKey != routingKey)
            return Error{"the database's directory " + std::to_string(directory->version)
                             + " names another routing key than keys/routing.key" + kRefusal,
                         ErrorKind::Refused};
        return {};
    }
    return Error{"the database's newest directory is not signed by this data folder's root key "
                     + toHex(rootKey).substr(0, 16) + "…" + kRefusal,
                 ErrorKind::Refused};
}

} // namespace vigil::registry
