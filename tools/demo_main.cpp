// SPDX-License-Identifier: EUPL-1.2
// vigil-demo: the scripted scenario behind `scripts/demo --headless`. It grows with the
// product: today it exercises the sealed-report core end to end (device seals, registry
// opens only the routing header, the routed recipients open the body, outsiders cannot).

#include "testdataimport.h"

#include "shared/directory.h"
#include "shared/reportbody.h"
#include "shared/routing.h"
#include "shared/seal.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <map>
#include <string>

using namespace vigil;

namespace {

struct Organisation {
    SigningKeyPair root = SigningKeyPair::generate();
    BoxKeyPair routing = BoxKeyPair::generate();
    std::map<std::string, BoxKeyPair> memberKeys;
    Directory directory;
};

Organisation makeOrganisation(std::uint64_t now)
{
    Organisation org;
    auto member = [&](const std::string& id, const std::string& name) {
        auto key = BoxKeyPair::generate();
        Member m{id, name, key.publicKey, SigningKeyPair::generate().publicKey};
        org.memberKeys.emplace(id, std::move(key));
        return m;
    };
    Directory& d = org.directory;
    d.version = 1;
    d.issued = now;
    d.expires = now + 30 * 24 * 3600;
    d.routingKey = org.routing.publicKey;
    d.units = {Unit{"defence", "Defence", ""}, Unit{"13-bde", "13 Light Brigade", "defence"}};
    d.groups = {
        Group{"so-13", GroupKind::SafetyOfficer, "13-bde", "Veiligheidsfunctionarissen 13 Bde", "Safety officers 13 Bde",
              {member("so-jansen", "Safety officer Jansen")}},
        Group{"ca-pool", GroupKind::ConfidentialAdvisor, "", "Vertrouwenspersonen", "Confidential advisors",
              {member("ca-bakker", "Advisor Bakker"), member("ca-visser", "Advisor Visser")}},
        Group{"integrity", GroupKind::IntegrityDesk, "", "Integriteitsmeldpunt", "Integrity desk",
              {member("int-mulder", "Investigator Mulder")}},
        Group{"inspectorate", GroupKind::Inspectorate, "", "Inspectie", "Inspectorate",
              {member("insp-deboer", "Inspector De Boer")}},
    };
    d.routes = {
        RouteRule{Domain::Physical, Severity::None, ImpactLevel::None, GroupKind::SafetyOfficer, false},
        RouteRule{Domain::Physical, Severity::I, ImpactLevel::None, GroupKind::Inspectorate, false},
        RouteRule{Domain::Social, Severity::None, ImpactLevel::None, GroupKind::ConfidentialAdvisor, false},
        RouteRule{Domain::Integrity, Severity::None, ImpactLevel::None, GroupKind::IntegrityDesk, false},
    };
    return org;
}

} // namespace

int main(int argc, char* argv[])
{
    const std::string path = argc > 1 ? argv[1] : "../shared/testdata/reports.json";
    auto reports = tools::importTestReports(path);
    if (!reports) {
        std::fprintf(stderr, "demo: %s\n", reports.error().message.c_str());
        return 1;
    }
    const auto now = static_cast<std::uint64_t>(
        std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count());
    Organisation org = makeOrganisation(now);
    const Bytes signedDirectory = signDirectory(org.directory, org.root);
    auto directory = verifyDirectory(signedDirectory, org.root.publicKey, now);
    if (!directory) {
        std::fprintf(stderr, "demo: %s\n", directory.error().message.c_str());
        return 1;
    }
    std::printf("demo: registry keys made; directory v%u signed (%zu bytes) and verified by the device\n",
                directory->version, signedDirectory.size());

    int sealedCount = 0;
    int opened = 0;
    int refusedToOutsiders = 0;
    for (const Report& report : *reports) {
        RoutingContext ctx{{}, "13-bde", "en", directory->version};
        const auto groups = resolveGroups(*directory, routeQueryFor(routingHeaderFor(report, ctx)));
        for (const Group* g : groups)
            ctx.groups.push_back(g->id);
        auto recipients = recipientsFor(groups, {});
        if (!recipients) {
            std::fprintf(stderr, "demo: %s\n", recipients.error().message.c_str());
            return 1;
        }
        auto sealed = sealReport(report, {}, ctx, *recipients, directory->routingKey);
        if (!sealed) {
            std::fprintf(stderr, "demo: %s\n", sealed.error().message.c_str());
            return 1;
        }
        ++sealedCount;
        auto header = openRoutingHeader(sealed->envelope.bytes, org.routing);
        if (!header) {
            std::fprintf(stderr, "demo: registry could not open a header: %s\n", header.error().message.c_str());
            return 1;
        }
        std::string readers;
        for (const auto& r : *recipients) {
            auto body = openBody(sealed->envelope.bytes, org.memberKeys.at(r.memberId));
            if (body && decodeReportBody(body->view()).ok()) {
                ++opened;
                readers += (readers.empty() ? "" : ", ") + r.memberId;
            }
        }
        for (const auto& [id, key] : org.memberKeys)
            if (std::none_of(recipients->begin(), recipients->end(), [&](const Recipient& r) { return r.memberId == id; })
                && !openBody(sealed->envelope.bytes, key).ok())
                ++refusedToOutsiders;
        std::printf("demo: sealed %-18s %-30s %5zu bytes -> registry sees {%s, %s, %s} -> read by %s\n",
                    std::string(enumName(report.kind)).c_str(), std::string(enumName(report.category)).c_str(),
                    sealed->envelope.bytes.size(), header->month.c_str(), std::string(enumName(header->mode)).c_str(),
                    header->groups.front().c_str(), readers.c_str());
    }
    std::printf("demo: sealed %d reports, %d bodies opened by their recipients, %d attempts by outsiders refused\n",
                sealedCount, opened, refusedToOutsiders);
    return 0;
}
