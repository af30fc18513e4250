// SPDX-License-Identifier: EUPL-1.2
#include "tokenissuerkeys.h"

#include "shared/storage/keyfile.h"
#include "shared/storage/privatedir.h"
#include "shared/tokens/privacypass.h"

#include <algorithm>
#include <string>

namespace vigil::registry {

namespace fs = std::filesystem;

namespace {

/// A PEM PKCS#8 RSA-2048 key is under 2 KiB; anything much larger is not one.
constexpr std::size_t kMaxIssuerKeyFile = 16 * 1024;
/// Each draw has a 1 in 256 chance per listed key to collide; 32 draws never all fail in practice.
constexpr int kMaxDraws = 32;

Status checkEpoch(std::uint32_t epoch)
{
    if (epoch == 0)
        return Error{"issuer key epochs start at 1", ErrorKind::Invalid};
    return {};
}

} // namespace

fs::path issuerKeyPath(const fs::path& dataDir, std::uint32_t epoch)
{
    return dataDir / "keys" / ("issuer-" + std::to_string(epoch) + ".pem");
}

Result<tokens::RsaPrivateKey> createIssuerKey(const fs::path& dataDir, std::uint32_t epoch,
                                              std::span<const std::uint8_t> truncatedIdsInUse)
{
    if (auto ok = checkEpoch(epoch); !ok)
        return ok.error();
    const fs::path path = issuerKeyPath(dataDir, epoch);
    if (fs::exists(path))
        return Error{path.string() + " already exists: an epoch's issuer key is never replaced", ErrorKind::Conflict};
    if (auto s = createPrivateDirectory(path.parent_path()); !s)
        return s.error();
    for (int draw = 0; draw < kMaxDraws; ++draw) {
        auto key = tokens::RsaPrivateKey::generate(8 * tokens::kNk);
        if (!key)
            return key.error();
        const std::uint8_t truncated = tokens::tokenKeyId(key->publicKey()).back();
        if (std::find(truncatedIdsInUse.begin(), truncatedIdsInUse.end(), truncated) != truncatedIdsInUse.end())
            continue;
        auto pem = key->toPkcs8Pem();
        if (!pem)
            return pem.error();
        if (auto s = writeSecretFile(path, pem->view()); !s)
            return s.error();
        return key;
    }
    return Error{"no issuer key with a free truncated key id in " + std::to_string(kMaxDraws) + " draws"};
}

Result<tokens::RsaPrivateKey> loadIssuerKey(const fs::path& dataDir, std::uint32_t epoch)
{
    if (auto ok = checkEpoch(epoch); !ok)
        return ok.error();
    const fs::path path = issuerKeyPath(dataDir, epoch);
    auto file = readSecretFile(path, kMaxIssuerKeyFile);
    if (!file)
        return withKind(ErrorKind::NotFound, file.error());
    const ByteView pem = file->content.view(); // read in place: no unwiped copy of the key
    auto key = tokens::RsaPrivateKey::fromPkcs8Pem(
        std::string_view(reinterpret_cast<const char*>(pem.data()), pem.size()));
    if (!key)
        return withContext(path.string(), key.error());
    if (key->publicKey().modulusBits() != 8 * tokens::kNk)
        return Error{path.string() + ": not a 2048-bit RSA key", ErrorKind::Invalid};
    return key;
}

} // namespace vigil::registry
