// SPDX-License-Identifier: EUPL-1.2
#include "onlinesigner.h"

#include "rootkeysets.h"

namespace vigil::registry {

Result<DocumentSigners> registrySigners(Db db, const PublicKey& rootKey)
{
    auto pinned = pinnedKeySet(db, rootKey);
    if (!pinned)
        return pinned.error();
    auto stmt = db.prepare("SELECT signed FROM directories ORDER BY version DESC LIMIT 1");
    if (!stmt)
        return stmt.error();
    auto newest = firstBlob(*stmt);
    if (!newest)
        return newest.error();
    if (!*newest)
        return DocumentSigners(*pinned);
    return signersFor(*pinned, **newest);
}

Result<const SigningKeyPair*> onlineSigner(Db db, const RegistryKeys& keys)
{
    auto signers = registrySigners(db, keys.root.publicKey);
    if (!signers)
        return signers.error();
    return chooseOnlineSigner(*signers, keys);
}

Result<const SigningKeyPair*> chooseOnlineSigner(const DocumentSigners& signers, const RegistryKeys& keys)
{
    if (signers.keys.isSingleKey() && signers.keys.serial == 0)
        return keys.root.signer();
    if (!keys.online)
        return Error{"this registry has key holders but no keys/online.key: run a directory ceremony (`vigil-admin "
                     "directory prepare` makes the key and names it; two holders sign; `directory publish --signed`)",
                     ErrorKind::Refused};
    if (signers.onlineKey != keys.online->publicKey)
        return Error{"the newest published directory does not certify keys/online.key (" + keyId(keys.online->publicKey)
                         + "): run a directory ceremony first (`vigil-admin directory prepare`, two holders sign, "
                           "`directory publish --signed`)",
                     ErrorKind::Refused};
    return &*keys.online;
}

} // namespace vigil::registry
