// SPDX-License-Identifier: EUPL-1.2
#include "onlinesigned.h"

#include "directory.h"

namespace vigil {

std::optional<PublicKey> certifiedOnlineKey(ByteView signedDirectory, const RootKeySet& keys)
{
    if (signedDirectory.empty())
        return std::nullopt;
    auto payload = openSignedDocument(signedDirectory, kDirectoryMagic, keys, "directory");
    if (!payload)
        return std::nullopt;
    auto directory = decodeDirectory(*payload);
    if (!directory)
        return std::nullopt;
    return directory->onlineKey;
}

DocumentSigners signersFor(const RootKeySet& keys, ByteView signedDirectory)
{
    return DocumentSigners(keys, certifiedOnlineKey(signedDirectory, keys));
}

Result<std::string_view> openOnlineSignedDocument(ByteView document, const DocMagic& magic,
                                                  const DocumentSigners& signers, std::string_view what)
{
    auto byKeys = openSignedDocument(document, magic, signers.keys, what);
    if (byKeys || !signers.onlineKey)
        return byKeys;
    // The online key signs the version 1 layout, exactly as the single root key did: a verifier
    // of today needs no new parser, only the key the holders certified.
    auto byOnline = openSignedDocument(document, magic, RootKeySet(*signers.onlineKey), what);
    if (byOnline)
        return byOnline;
    return Error{byKeys.error().message + "; nor is it signed by the online key " + keyId(*signers.onlineKey)
                     + " the directory certifies",
                 ErrorKind::Refused};
}

} // namespace vigil
