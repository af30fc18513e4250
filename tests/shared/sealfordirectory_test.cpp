// SPDX-License-Identifier: EUPL-1.2
#include "shared/sealfordirectory.h"

#include "shared/routing.h"
#include "tests/support/testdata.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace vigil;

namespace {

std::vector<std::string> ids(const std::vector<const Group*>& groups)
{
    std::vector<std::string> out;
    for (const Group* g : groups)
        out.push_back(g->id);
    return out;
}

} // namespace

TEST_CASE("a report sealed for a directory names the directory's version, whatever version the caller knows",
          "[sealfordirectory]")
{
    const Directory directory = test::sampleDirectory(1'750'000'000, 7);
    auto sealed = sealForDirectory(test::nearMissReport(), {}, directory, SealAddress{"42-battalion", "en", {}});
    REQUIRE(sealed.ok());
    CHECK(sealed->header.directoryVersion == 7);
    CHECK(sealed->header.unit == "42-battalion");
    CHECK(sealed->header.language == "en");
    auto opened = openRoutingHeader(sealed->envelope.bytes, test::routingKey());
    REQUIRE(opened.ok());
    CHECK(opened->directoryVersion == 7);
}

TEST_CASE("a report sealed for a directory goes to exactly the groups the registry resolves from its header",
          "[sealfordirectory]")
{
    const Directory directory = test::sampleDirectory();
    for (const Report& report : {test::nearMissReport(), test::socialReport()}) {
        auto sealed = sealForDirectory(report, {}, directory, SealAddress{"42-battalion", "nl", {}});
        REQUIRE(sealed.ok());
        // The registry's check: the groups the sealed header implies are the groups it names.
        const auto resolved = resolveGroups(directory, routeQueryFor(sealed->header));
        CHECK(sealed->header.groups == ids(resolved));
        CHECK(sealed->header.groups == ids(groupsForReport(directory, report, "42-battalion")));
        auto expected = recipientsFor(resolved, {});
        REQUIRE(expected.ok());
        REQUIRE(sealed->header.recipients.size() == expected->size());
        for (std::size_t i = 0; i < expected->size(); ++i)
            CHECK(sealed->header.recipients[i] == (*expected)[i].memberId);
    }
    auto nearMiss = sealForDirectory(test::nearMissReport(), {}, directory, SealAddress{"42-battalion", "nl", {}});
    REQUIRE(nearMiss.ok());
    const auto& groups = nearMiss->header.groups;
    CHECK(std::find(groups.begin(), groups.end(), "so-13") != groups.end());
}

TEST_CASE("every recipient of a report sealed for a directory opens its body, and an excluded member does not",
          "[sealfordirectory]")
{
    const Directory directory = test::sampleDirectory();
    const Bytes photo(2000, 0x5a);
    Report report = test::nearMissReport();
    report.attachments.push_back(AttachmentInfo{"photo-1.jpg", "image/jpeg", photo.size()});
    auto sealed = sealForDirectory(report, std::span<const Bytes>(&photo, 1), directory,
                                   SealAddress{"42-battalion", "nl", {"m2"}});
    REQUIRE(sealed.ok());
    const auto& recipients = sealed->header.recipients;
    CHECK(std::find(recipients.begin(), recipients.end(), "m1") != recipients.end());
    CHECK(std::find(recipients.begin(), recipients.end(), "m2") == recipients.end());
    CHECK(openBody(sealed->envelope.bytes, test::memberBoxKey(1)).ok());
    CHECK_FALSE(openBody(sealed->envelope.bytes, test::memberBoxKey(2)).ok());
}

TEST_CASE("a report whose every reader is excluded is not sealed, and the error says nobody is left",
          "[sealfordirectory]")
{
    const Directory directory = test::sampleDirectory();
    const auto groups = groupsForReport(directory, test::nearMissReport(), "42-battalion");
    std::vector<std::string> everyone;
    for (const Group* g : groups)
        for (const auto& m : g->members)
            everyone.push_back(m.id);
    auto sealed = sealForDirectory(test::nearMissReport(), {}, directory, SealAddress{"42-battalion", "nl", everyone});
    REQUIRE_FALSE(sealed.ok());
    CHECK_THAT(sealed.error().message, Catch::Contains("no recipient is left"));
}
