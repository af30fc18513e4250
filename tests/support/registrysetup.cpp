// SPDX-License-Identifier: EUPL-1.2
#include "registrysetup.h"

#include "testdata.h"

#include "shared/identity.h"

namespace vigil::test {

namespace {

struct SampleAdvisor {
    int member;
    const char* name;
    const char* group;
};

constexpr SampleAdvisor kAdvisors[] = {
    {1, "Safety officer Jansen", "so-13-bde"},
    {3, "Advisor Bakker", "ca-pool"},
    {4, "Advisor Visser", "ca-pool"},
    {7, "Inspector De Boer", "inspectorate"},
};

} // namespace

Result<std::unique_ptr<registry::Admin>> initRegistry(const std::filesystem::path& dataDir, std::int64_t now,
                                                       const std::string& database)
{
    if (auto init = registry::Admin::init(dataDir, {}, now, database); !init)
        return init.error();
    auto admin = registry::Admin::open(dataDir, database);
    if (!admin)
        return admin.error();
    if (auto unit = (*admin)->addUnit(Unit{"13-bde", "13 Bde", "defence"}, true); !unit)
        return unit.error();
    for (const SampleAdvisor& a : kAdvisors) {
        const std::string identity
            = encodeAdvisorIdentity({memberBoxKey(a.member).publicKey, memberSignKey(a.member).publicKey});
        if (auto added = (*admin)->addAdvisor("m" + std::to_string(a.member), a.name, a.group, identity); !added)
            return added.error();
    }
    return admin;
}

Result<Directory> publishWithRelay(registry::Admin& admin, const std::string& relayId, const std::string& receiptKeyHex,
                                   std::int64_t now)
{
    if (auto relay = admin.addRelay(relayId, receiptKeyHex); !relay)
        return relay.error();
    if (auto published = admin.publishDirectory(now, 30); !published)
        return published.error();
    auto blob = admin.org().latestSignedDirectory();
    if (!blob)
        return blob.error();
    if (!*blob)
        return Error{"no directory was published"};
    return verifyDirectory(**blob, admin.keys().root.publicKey, static_cast<std::uint64_t>(now));
}

} // namespace vigil::test
