// SPDX-License-Identifier: EUPL-1.2
#include "registrykeys.h"

#include "shared/storage/keyfile.h"
#include "shared/storage/privatedir.h"

#include <fstream>
#include <iterator>

namespace vigil::registry {

namespace fs = std::filesystem;

namespace {

fs::path keyDir(const fs::path& dataDir)
{
    return dataDir / "keys";
}

Result<PublicKey> readRootPublicKey(const fs::path& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return Error{path.string() + " cannot be read", ErrorKind::NotFound};
    std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    while (!text.empty() && (text.back() == '\n' || text.back() == '\r' || text.back() == ' '))
        text.pop_back();
    auto key = fixedFromHex<32>(text);
    if (!key)
        return withContext(path.string(), key.error());
    return PublicKey(*key);
}

} // namespace

Result<const SigningKeyPair*> RootKey::signer() const
{
    if (!pair)
        return Error{"keys/root.key was removed from this registry: the key holders sign instead (`… prepare`, "
                     "`vigil-admin sign`, `… publish --signed`; docs/operations.md)",
                     ErrorKind::Refused};
    return &*pair;
}

fs::path registryDatabasePath(const fs::path& dataDir)
{
    return dataDir / "registry.db";
}

Result<RegistryKeys> createRegistryKeys(const fs::path& dataDir)
{
    if (auto s = createPrivateDirectory(keyDir(dataDir)); !s)
        return s.error();
    for (const char* name : {"root.key", "root.pub", "routing.key", "receipt.key", "online.key"}) {
        if (fs::exists(keyDir(dataDir) / name))
            return Error{(keyDir(dataDir) / name).string() + " already exists: this data directory is initialised"};
    }
    for (const char* name : {"root.key", "routing.key", "receipt.key"}) {
        if (auto s = writeSeedFile(keyDir(dataDir) / name, randomSeed()); !s)
            return s.error();
    }
    auto keys = loadRegistryKeys(dataDir);
    if (!keys)
        return keys.error();
    if (auto s = writeRootPublicKey(dataDir, keys->root.publicKey); !s)
        return s.error();
    return keys;
}

Status writeRootPublicKey(const fs::path& dataDir, const PublicKey& root)
{
    const fs::path path = keyDir(dataDir) / "root.pub";
    if (fs::exists(path)) {
        auto held = readRootPublicKey(path);
        if (!held)
            return held.error();
        if (*held != root)
            return Error{path.string() + " holds another key than root.key", ErrorKind::Conflict};
        return {};
    }
    const std::string text = toHex(root) + "\n";
    return writeSecretFile(path, asBytes(text));
}

Result<SigningKeyPair> ensureOnlineKey(const fs::path& dataDir, bool next)
{
    const fs::path path = keyDir(dataDir) / (next ? "online-next.key" : "online.key");
    if (!fs::exists(path))
        if (auto s = writeSeedFile(path, randomSeed()); !s)
            return s.error();
    auto seed = readSeedFile(path);
    if (!seed)
        return seed.error();
    return SigningKeyPair::fromSeed(seed->seed.view());
}

Result<std::optional<SigningKeyPair>> nextOnlineKey(const fs::path& dataDir)
{
    const fs::path path = keyDir(dataDir) / "online-next.key";
    if (!fs::exists(path))
        return std::optional<SigningKeyPair>{};
    auto seed = readSeedFile(path);
    if (!seed)
        return seed.error();
    return std::optional<SigningKeyPair>(SigningKeyPair::fromSeed(seed->seed.view()));
}

Status promoteNextOnlineKey(const fs::path& dataDir)
{
    std::error_code ec;
    fs::rename(keyDir(dataDir) / "online-next.key", keyDir(dataDir) / "online.key", ec);
    if (ec)
        return Error{(keyDir(dataDir) / "online-next.key").string() + ": " + ec.message(), ErrorKind::Storage};
    return {};
}

Result<RegistryKeys> loadRegistryKeys(const fs::path& dataDir)
{
    auto load = [&](const char* name) -> Result<SeedFile> {
        auto seed = readSeedFile(keyDir(dataDir) / name);
        if (!seed)
            return Error{seed.error().message + " (run `vigil-admin init --data " + dataDir.string() + "` first)"};
        return seed;
    };
    RootKey root;
    if (fs::exists(keyDir(dataDir) / "root.key")) {
        auto seed = load("root.key");
        if (!seed)
            return seed.error();
        root.pair = SigningKeyPair::fromSeed(seed->seed.view());
        root.publicKey = root.pair->publicKey;
    } else {
        // Deleted after the hand-over to key holders: the identity stays, the power to sign goes.
        auto pub = readRootPublicKey(keyDir(dataDir) / "root.pub");
        if (!pub)
            return Error{"neither " + (keyDir(dataDir) / "root.key").string() + " nor root.pub is there (run "
                         "`vigil-admin init --data " + dataDir.string() + "` first)",
                         ErrorKind::NotFound};
        root.publicKey = *pub;
    }
    auto routing = load("routing.key");
    if (!routing)
        return routing.error();
    auto receipt = load("receipt.key");
    if (!receipt)
        return receipt.error();
    std::optional<SigningKeyPair> online;
    if (fs::exists(keyDir(dataDir) / "online.key")) {
        auto seed = load("online.key");
        if (!seed)
            return seed.error();
        online = SigningKeyPair::fromSeed(seed->seed.view());
    }
    return RegistryKeys{std::move(root), BoxKeyPair::fromSeed(routing->seed.view()),
                        SigningKeyPair::fromSeed(receipt->seed.view()), std::move(online)};
}

} // namespace vigil::registry
