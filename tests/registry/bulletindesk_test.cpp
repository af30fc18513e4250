// SPDX-License-Identifier: EUPL-1.2
// Lessons learned from an advisor to every device: submitted by one person, signed and
// published by another, every step audited.
#include "registry/bulletindesk.h"

#include "tests/support/testdata.h"
#include "registryfixture.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace vigil;
using namespace vigil::registry;

namespace {

Bulletin lesson()
{
    Bulletin b;
    b.kind = BulletinKind::LessonLearned;
    b.categories = {Category::HazardousSubstanceTransport};
    b.titleNl = "Lekkende vaten bij het laden";
    b.titleEn = "Leaking drums during loading";
    b.textNl = "Controleer de sluiting van elk vat voor het laden.";
    b.textEn = "Check every drum's closure before loading.";
    return b;
}

std::int64_t closedCase(test::RegistryFixture& f)
{
    const std::int64_t id = f.file(test::nearMissReport());
    REQUIRE(f.service->transition("m1", id, CaseState::Acknowledged).ok());
    REQUIRE(f.service->transition("m1", id, CaseState::Closed, CaseOutcome::Referred).ok());
    return id;
}

bool audited(test::RegistryFixture& f, const std::string& action)
{
    auto log = f.store->auditLog();
    REQUIRE(log.ok());
    return std::any_of(log->begin(), log->end(), [&](const AuditEntry& e) { return e.action == action; });
}

} // namespace

TEST_CASE("a submitted lesson waits for the operator, who signs and publishes it", "[registry][bulletins]")
{
    test::RegistryFixture f;
    BulletinDesk desk(*f.store);
    const std::int64_t caseId = closedCase(f);

    auto submitted = desk.submit("m1", caseId, lesson(), f.now);
    REQUIRE(submitted.ok());
    CHECK(submitted->state == SubmissionState::Pending);
    CHECK(submitted->caseId == caseId);
    CHECK(submitted->author == "m1");
    CHECK(audited(f, "bulletin.submitted"));
    // Nothing reaches a device before approval.
    {
        auto lock = f.store->lock();
        CHECK(*f.store->db().queryInt("SELECT COUNT(*) FROM bulletins") == 0);
    }
    CHECK(desk.inState(SubmissionState::Pending)->size() == 1);
    CHECK(desk.submittedBy("m1")->size() == 1);
    CHECK(desk.submittedBy("m2")->empty());

    f.now += 3600;
    auto sequence = desk.approve(submitted->id, *f.keys.root.pair, f.now);
    REQUIRE(sequence.ok());
    CHECK(*sequence == 1);
    auto after = desk.find(submitted->id);
    REQUIRE(after.ok());
    CHECK(after->state == SubmissionState::Published);
    CHECK(after->content.sequence == 1);
    CHECK(after->decidedAt == f.now);
    CHECK(audited(f, "bulletin.published"));

    // What devices fetch verifies against the pinned root key and says what was submitted.
    Bytes blob;
    {
        auto lock = f.store->lock();
        auto stmt = f.store->db().prepare("SELECT signed FROM bulletins WHERE sequence = 1");
        REQUIRE(stmt.ok());
        REQUIRE(*stmt->step());
        ByteView b = stmt->blob(0);
        blob.assign(b.begin(), b.end());
    }
    auto published = verifyBulletin(blob, f.keys.root.publicKey);
    REQUIRE(published.ok());
    CHECK(published->titleEn == "Leaking drums during loading");
    CHECK(published->textNl == lesson().textNl);
    CHECK(published->published == static_cast<std::uint64_t>(f.now));

    // Approving twice publishes nothing more.
    auto again = desk.approve(submitted->id, *f.keys.root.pair, f.now);
    REQUIRE_FALSE(again.ok());
    CHECK_THAT(again.error().message, Catch::Contains("already published"));
    auto lock = f.store->lock();
    CHECK(*f.store->db().queryInt("SELECT COUNT(*) FROM bulletins") == 1);
}

TEST_CASE("a rejected lesson goes back with the reason and is never published", "[registry][bulletins]")
{
    test::RegistryFixture f;
    BulletinDesk desk(*f.store);
    auto submitted = desk.submit("m2", std::nullopt, lesson(), f.now);
    REQUIRE(submitted.ok());
    CHECK_FALSE(desk.reject(submitted->id, "", f.now).ok());
    REQUIRE(desk.reject(submitted->id, "Names the battalion; please leave the unit out.", f.now).ok());
    auto mine = desk.submittedBy("m2");
    REQUIRE(mine.ok());
    REQUIRE(mine->size() == 1);
    CHECK(mine->front().state == SubmissionState::Rejected);
    CHECK(mine->front().reason == "Names the battalion; please leave the unit out.");
    CHECK_FALSE(desk.approve(submitted->id, *f.keys.root.pair, f.now).ok());
    CHECK_FALSE(desk.reject(submitted->id, "twice", f.now).ok());
    CHECK(audited(f, "bulletin.rejected"));
    // The reason may quote the draft: it is for the author, not the audit trail.
    auto log = f.store->auditLog();
    REQUIRE(log.ok());
    for (const auto& e : *log)
        CHECK(e.detail.find("battalion") == std::string::npos);
}

TEST_CASE("submissions that a device would refuse, or drawn from a case the advisor may not use, are refused",
          "[registry][bulletins]")
{
    test::RegistryFixture f;
    BulletinDesk desk(*f.store);

    Bulletin noCategory = lesson();
    noCategory.categories.clear();
    CHECK_FALSE(desk.submit("m1", std::nullopt, noCategory, f.now).ok());
    Bulletin longTitle = lesson();
    longTitle.titleEn = std::string(201, 'x');
    CHECK_FALSE(desk.submit("m1", std::nullopt, longTitle, f.now).ok());
    Bulletin empty = lesson();
    empty.textNl.clear();
    CHECK_FALSE(desk.submit("m1", std::nullopt, empty, f.now).ok());

    // An open case: lessons come from closed ones.
    const std::int64_t open = f.file(test::nearMissReport());
    auto fromOpen = desk.submit("m1", open, lesson(), f.now);
    REQUIRE_FALSE(fromOpen.ok());
    CHECK_THAT(fromOpen.error().message, Catch::Contains("not closed"));
    // A case the member does not hold: the same answer as for no case at all.
    const std::int64_t closed = closedCase(f);
    auto notHers = desk.submit("m4", closed, lesson(), f.now);
    REQUIRE_FALSE(notHers.ok());
    CHECK_THAT(notHers.error().message, Catch::StartsWith("no case"));
    CHECK(desk.inState(SubmissionState::Pending)->empty());
}

TEST_CASE("retention: a published lesson loses its case, an unpublished one goes with it, a sent-back one "
          "expires",
          "[registry][bulletins][retention]")
{
    test::RegistryFixture f;
    BulletinDesk desk(*f.store);
    const std::int64_t caseId = closedCase(f);
    auto published = desk.submit("m1", caseId, lesson(), f.now);
    auto pending = desk.submit("m1", caseId, lesson(), f.now);
    auto rejected = desk.submit("m1", std::nullopt, lesson(), f.now);
    REQUIRE((published.ok() && pending.ok() && rejected.ok()));
    REQUIRE(desk.approve(published->id, *f.keys.root.pair, f.now).ok());
    REQUIRE(desk.reject(rejected->id, "Too close to the case.", f.now).ok());
    f.now += 380 * 86400;
    CHECK(*f.service->runRetention() == 1);
    auto after = desk.find(published->id);
    REQUIRE(after.ok());
    CHECK_FALSE(after->caseId.has_value());
    CHECK(after->content.titleNl == lesson().titleNl);
    CHECK_FALSE(desk.find(pending->id).ok());
    CHECK_FALSE(desk.find(rejected->id).ok()); // sent back more than kRejectedLessonDays ago
}

TEST_CASE("nothing in a lesson may hide from the operator who signs it", "[registry][bulletins]")
{
    test::RegistryFixture f;
    BulletinDesk desk(*f.store);
    for (const std::string& hidden : {std::string("\x1b[2K\rSafe text"), std::string("tab\there"),
                                     std::string("C1 \xc2\x9b control"), std::string("bidi \xe2\x80\xae evil"),
                                     std::string("isolate \xe2\x81\xa6 x")}) {
        Bulletin b = lesson();
        b.textEn = hidden;
        auto s = desk.submit("m1", std::nullopt, b, f.now, {});
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().kind == ErrorKind::Invalid);
    }
    Bulletin lines = lesson();
    lines.textEn = "First line.\nSecond line, with “quotes” and é.";
    CHECK(desk.submit("m1", std::nullopt, lines, f.now).ok());
}

TEST_CASE("a replayed submission (the answer was lost) is the same submission, not a second one",
          "[registry][bulletins]")
{
    test::RegistryFixture f;
    BulletinDesk desk(*f.store);
    auto first = desk.submit("m1", std::nullopt, lesson(), f.now, "action-7");
    auto again = desk.submit("m1", std::nullopt, lesson(), f.now + 60, "action-7");
    REQUIRE((first.ok() && again.ok()));
    CHECK(again->id == first->id);
    CHECK(desk.submittedBy("m1")->size() == 1);
    // Another advisor's action id of the same name is theirs.
    CHECK(desk.submit("m2", std::nullopt, lesson(), f.now, "action-7")->id != first->id);
}

TEST_CASE("a submission replayed under its action id is the stored one — other content under that id is refused",
          "[registry][bulletins][idempotency]")
{
    test::RegistryFixture f;
    BulletinDesk desk(*f.store);
    auto first = desk.submit("m1", std::nullopt, lesson(), f.now, "l-1");
    REQUIRE(first.ok());
    auto again = desk.submit("m1", std::nullopt, lesson(), f.now + 60, "l-1");
    REQUIRE(again.ok());
    CHECK(again->id == first->id);

    Bulletin changed = lesson();
    changed.titleEn = "Another lesson altogether";
    auto reused = desk.submit("m1", std::nullopt, changed, f.now + 120, "l-1");
    REQUIRE_FALSE(reused.ok());
    CHECK(reused.error().kind == ErrorKind::Conflict);
    CHECK(desk.submittedBy("m1")->size() == 1);
}
