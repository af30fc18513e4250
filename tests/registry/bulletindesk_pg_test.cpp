// SPDX-License-Identifier: EUPL-1.2
// The bulletin desk (registry/bulletindesk.h) on both engines: every test body runs once on a
// real SQLite file and once on a real PostgreSQL database, and expects the same answers.

#include "registry/bulletindesk.h"

#include "tests/registry/registrydatabase.h"
#include "tests/support/testdata.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

using namespace vigil;
using namespace vigil::registry;

namespace {

constexpr UnixSeconds kT0 = 1'750'000'000;

/// A near miss for member m1 of group so-13, as intake hands it to the store.
NewCase reportFor(std::uint8_t n)
{
    NewCase c;
    c.header.reportId.fill(n);
    c.header.kind = Kind::NearMiss;
    c.header.category = Category::Diving;
    c.header.groups = {"so-13"};
    c.header.recipients = {"m1"};
    c.header.unit = "42-battalion";
    c.header.month = "2025-06";
    c.header.language = "nl";
    c.header.replyKey.fill(static_cast<std::uint8_t>(0x80 + n));
    c.header.directoryVersion = 1;
    c.envelopeHash.fill(n);
    c.envelope = Bytes{0x00, n};
    c.receipt = Bytes{'r', n};
    c.receivedAt = kT0;
    c.clocks = CaseClocks{kT0 + 5 * 86400, kT0 + 90 * 86400, std::nullopt, std::nullopt};
    return c;
}

Bulletin lesson(const std::string& title)
{
    Bulletin b;
    b.kind = BulletinKind::LessonLearned;
    b.categories = {Category::Diving};
    b.titleNl = title + " (nl)";
    b.titleEn = title;
    b.textNl = "Controleer de slangen voor elke duik.";
    b.textEn = "Check the hoses before every dive.";
    return b;
}

std::vector<std::int64_t> ids(const std::vector<BulletinSubmission>& submissions)
{
    std::vector<std::int64_t> out;
    for (const auto& s : submissions)
        out.push_back(s.id);
    return out;
}

} // namespace

TEST_CASE("a lesson is drawn only from a closed case the advisor holds, replayed by its action id, and published once "
          "with the next number or rejected with a reason, alike on SQLite and PostgreSQL",
          "[postgres][bulletins]")
{
    const Dialect dialect = GENERATE(Dialect::Sqlite, Dialect::Postgres);
    INFO(test::engineName(dialect));
    test::RegistryDatabase rdb(dialect);
    SqlCaseStore store(rdb.connect());
    BulletinDesk desk(store);
    const SigningKeyPair root = test::rootKey();

    const NewCase c = reportFor(1);
    auto created = store.createCases(std::span(&c, 1), "relay:test");
    REQUIRE(created);
    const std::int64_t caseId = created->front().caseId;
    REQUIRE(caseId > 0);

    auto open = desk.submit("m1", caseId, lesson("Hoses"), kT0);
    REQUIRE_FALSE(open);
    CHECK(open.error().kind == ErrorKind::Refused);
    auto notHers = desk.submit("m2", caseId, lesson("Hoses"), kT0);
    REQUIRE_FALSE(notHers);
    CHECK(notHers.error().kind == ErrorKind::NotFound);
    CHECK(rdb.count("SELECT COUNT(*) FROM bulletin_submissions") == 0);

    rdb.exec("UPDATE cases SET state = 'closed' WHERE id = " + std::to_string(caseId));
    auto first = desk.submit("m1", caseId, lesson("Hoses"), kT0 + 60, "action-1");
    REQUIRE(first);
    CHECK(first->id > 0);
    CHECK(first->state == SubmissionState::Pending);
    CHECK(first->caseId == caseId);
    CHECK(first->content == lesson("Hoses"));
    // The console sends it again (the answer was lost): the same submission, not a second.
    auto replay = desk.submit("m1", caseId, lesson("Hoses"), kT0 + 120, "action-1");
    REQUIRE(replay);
    CHECK(replay->id == first->id);
    auto reused = desk.submit("m1", caseId, lesson("Valves"), kT0 + 120, "action-1");
    REQUIRE_FALSE(reused);
    CHECK(reused.error().kind == ErrorKind::Conflict);
    auto second = desk.submit("m1", std::nullopt, lesson("Valves"), kT0 + 180);
    REQUIRE(second);
    CHECK(second->id > first->id);
    CHECK(ids(*desk.submittedBy("m1")) == std::vector<std::int64_t>{second->id, first->id});
    CHECK(ids(*desk.inState(SubmissionState::Pending)) == std::vector<std::int64_t>{first->id, second->id});

    auto sequence = desk.approve(first->id, root, kT0 + 300);
    REQUIRE(sequence);
    CHECK(*sequence == 1u);
    auto again = desk.approve(first->id, root, kT0 + 360);
    REQUIRE_FALSE(again);
    CHECK(again.error().kind == ErrorKind::Conflict);
    CHECK(desk.reject(second->id, "", kT0 + 400).error().kind == ErrorKind::Invalid);
    REQUIRE(desk.reject(second->id, "Too vague to act on", kT0 + 400));
    CHECK(desk.reject(second->id, "Again", kT0 + 460).error().kind == ErrorKind::NotFound);
    CHECK(desk.reject(first->id, "Too late", kT0 + 460).error().kind == ErrorKind::NotFound);

    auto published = desk.find(first->id);
    REQUIRE(published);
    CHECK(published->state == SubmissionState::Published);
    CHECK(published->content.sequence == 1u);
    CHECK(published->decidedAt == kT0 + 300);
    auto rejected = desk.find(second->id);
    REQUIRE(rejected);
    CHECK(rejected->state == SubmissionState::Rejected);
    CHECK(rejected->reason == "Too vague to act on");
    CHECK(desk.find(second->id + 100).error().kind == ErrorKind::NotFound);

    // What devices fetch: the signed bulletin, as the root key signed it.
    auto blob = rdb.db().prepare("SELECT signed FROM bulletins WHERE sequence = 1");
    REQUIRE(blob);
    auto signedBlob = firstBlob(*blob);
    REQUIRE(signedBlob);
    REQUIRE(signedBlob->has_value());
    auto bulletin = verifyBulletin(**signedBlob, root.publicKey);
    REQUIRE(bulletin);
    CHECK(bulletin->titleEn == "Hoses");
    CHECK(bulletin->published == static_cast<std::uint64_t>(kT0 + 300));

    auto log = store.auditLog();
    REQUIRE(log);
    CHECK_FALSE(verifyAuditChain(*log).has_value());
    const auto actions = [&](const std::string& action) {
        return std::count_if(log->begin(), log->end(), [&](const AuditEntry& e) { return e.action == action; });
    };
    CHECK(actions("bulletin.submitted") == 2);
    CHECK(actions("bulletin.published") == 1);
    CHECK(actions("bulletin.rejected") == 1);
}

TEST_CASE("a bulletin the key holders signed is stored only as the next number, alike on SQLite and PostgreSQL",
          "[postgres][bulletins]")
{
    const Dialect dialect = GENERATE(Dialect::Sqlite, Dialect::Postgres);
    INFO(test::engineName(dialect));
    test::RegistryDatabase rdb(dialect);
    const SigningKeyPair root = test::rootKey();

    REQUIRE(publishBulletinLocked(rdb.db(), lesson("First"), root, kT0));
    Bulletin third = lesson("Third");
    third.sequence = 3;
    third.published = kT0 + 60;
    auto skipped = storeSignedBulletin(rdb.db(), signBulletin(third, root), RootKeySet(root.publicKey));
    REQUIRE_FALSE(skipped);
    CHECK(skipped.error().kind == ErrorKind::Conflict);
    Bulletin second = third;
    second.sequence = 2;
    auto forged = storeSignedBulletin(rdb.db(), signBulletin(second, test::memberSignKey(1)), RootKeySet(root.publicKey));
    CHECK_FALSE(forged);
    auto stored = storeSignedBulletin(rdb.db(), signBulletin(second, root), RootKeySet(root.publicKey));
    REQUIRE(stored);
    CHECK(stored->sequence == 2u);
    CHECK(rdb.count("SELECT COUNT(*) FROM bulletins") == 2);
    CHECK(rdb.count("SELECT MAX(sequence) FROM bulletins") == 2);
}
