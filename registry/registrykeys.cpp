// SPDX-License-Identifier: EUPL-1.2
#include "registrykeys.h"

#include "shared/storage/keyfile.h"
#include "shared/storage/privatedir.h"

namespace vigil::registry {

namespace fs = std::filesystem;

namespace {

fs::path keyDir(const fs::path& dataDir)
{
    return dataDir / "keys";
}

} // namespace

fs::path registryDatabasePath(const fs::path& dataDir)
{
    return dataDir / "registry.db";
}

Result<RegistryKeys> createRegistryKeys(const fs::path& dataDir)
{
    if (auto s = createPrivateDirectory(keyDir(dataDir)); !s)
        return s.error();
    for (const char* name : {"root.key", "routing.key", "receipt.key"}) {
        if (fs::exists(keyDir(dataDir) / name))
            return Error{(keyDir(dataDir) / name).string() + " already exists: this data directory is initialised"};
    }
    for (const char* name : {"root.key", "routing.key", "receipt.key"}) {
        if (auto s = writeSeedFile(keyDir(dataDir) / name, randomSeed()); !s)
            return s.error();
    }
    return loadRegistryKeys(dataDir);
}

Result<RegistryKeys> loadRegistryKeys(const fs::path& dataDir)
{
    auto load = [&](const char* name) -> Result<SeedFile> {
        auto seed = readSeedFile(keyDir(dataDir) / name);
        if (!seed)
            return Error{seed.error().message + " (run `vigil-admin init --data " + dataDir.string() + "` first)"};
        return seed;
    };
    auto root = load("root.key");
    if (!root)
        return root.error();
    auto routing = load("routing.key");
    if (!routing)
        return routing.error();
    auto receipt = load("receipt.key");
    if (!receipt)
        return receipt.error();
    return RegistryKeys{SigningKeyPair::fromSeed(root->seed.view()), BoxKeyPair::fromSeed(routing->seed.view()),
                        SigningKeyPair::fromSeed(receipt->seed.view())};
}

} // namespace vigil::registry
