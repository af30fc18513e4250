// SPDX-License-Identifier: EUPL-1.2
#include "registry/caseservice.h"

#include "tests/support/testdata.h"
#include "registryfixture.h"

#include "shared/message.h"
#include "shared/receipt.h"
#include "shared/reportbody.h"

#include <catch2/catch.hpp>

using namespace vigil;
using namespace vigil::registry;

TEST_CASE("an envelope becomes a case with routing fields, groups, recipients and clocks", "[registry][intake]")
{
    test::RegistryFixture f;
    const std::int64_t id = f.file(test::nearMissReport());
    auto c = f.store->findCase(id);
    REQUIRE(c.ok());
    REQUIRE(c->has_value());
    const CaseRecord& r = **c;
    CHECK(r.state == CaseState::Received);
    CHECK(r.header.kind == Kind::NearMiss);
    CHECK(r.header.category == Category::HazardousSubstanceTransport);
    CHECK(r.header.unit == "42-battalion");
    CHECK(r.header.month == "2025-03");
    CHECK(r.header.groups == std::vector<std::string>{"so-13", "inspectorate"});
    CHECK(r.header.recipients == std::vector<std::string>{"m1", "m2", "m7"});
    CHECK(r.receivedAt == f.now);
    CHECK(r.clocks.acknowledgeDue == f.now + 7 * 86400);
    CHECK_FALSE(r.clocks.contactDue.has_value());

    // The stored envelope is still sealed: a recipient opens it, the registry's data has no text.
    auto envelope = f.service->envelopeFor("m1", id);
    REQUIRE(envelope.ok());
    auto body = openBody(*envelope, test::memberBoxKey(1));
    REQUIRE(body.ok());
    CHECK(decodeReportBody(body->view())->report == test::nearMissReport());
}

TEST_CASE("social-safety cases get the route's 48-hour first-contact clock", "[registry][clocks]")
{
    test::RegistryFixture f;
    const std::int64_t id = f.file(test::socialReport());
    auto c = f.store->findCase(id);
    REQUIRE(c.ok());
    REQUIRE((*c)->clocks.contactDue.has_value());
    CHECK(*(*c)->clocks.contactDue == f.now + 48 * 3600);
}

TEST_CASE("a route changed while the registry runs counts from the next envelope, whichever connection changed it",
          "[registry][clocks][routing]")
{
    // Intake keeps the routes it read until the database says they may have changed: the same
    // connection changing rows, or any other committing (OrgStore::changeStamp).
    test::RegistryFixture f;
    const auto contactDue = [&] {
        auto c = f.store->findCase(f.file(test::socialReport()));
        REQUIRE(c.ok());
        REQUIRE(c->has_value());
        return (*c)->clocks.contactDue;
    };
    const auto setContactHours = [&](OrgStore& org, std::int64_t hours) {
        REQUIRE(org.clearRoutes().ok());
        for (const auto& r : f.directory.routes)
            REQUIRE(org.addRoute({r, r.target == GroupKind::ConfidentialAdvisor ? std::optional(hours) : std::nullopt}).ok());
    };
    // Checks an envelope without storing it: intake reads its rules, and nobody commits after.
    const auto validate = [&] {
        const SealedReport sealed = f.seal(test::socialReport());
        const ByteView view(sealed.envelope.bytes);
        REQUIRE(f.service->validate(view).ok());
    };
    CHECK(contactDue() == f.now + 48 * 3600);
    // Through the organisation's own connection, which intake reads through (no other
    // connection commits between the last read and the change).
    validate();
    setContactHours(*f.org, 24);
    CHECK(contactDue() == f.now + 24 * 3600);
    // Through another connection to the same database, as vigil-admin's.
    auto file = openServerDatabase(registryDatabasePath(f.dir.path()), {}, "registry");
    REQUIRE(file.ok());
    OrgStore admin(std::move(*file));
    validate();
    setContactHours(admin, 12);
    CHECK(contactDue() == f.now + 12 * 3600);
}

TEST_CASE("a reporter in danger now puts the case on the immediate-contact route with a 4-hour clock",
          "[registry][clocks][danger]")
{
    test::RegistryFixture f;
    Report danger = test::socialReport();
    danger.impact.immediateDanger = true;
    const std::int64_t urgent = f.file(danger);
    const std::int64_t usual = f.file(test::socialReport());
    auto c = f.store->findCase(urgent);
    REQUIRE(c.ok());
    REQUIRE((*c)->clocks.contactDue.has_value());
    CHECK(*(*c)->clocks.contactDue == f.now + 4 * 3600);   // not the route's 48 hours
    CHECK(*(*f.store->findCase(usual))->clocks.contactDue == f.now + 48 * 3600);
    // A safety report in danger, whose route has no contact clock at all, gets one too.
    Report hazard = test::nearMissReport();
    hazard.impact.immediateDanger = true;
    CHECK(*(*f.store->findCase(f.file(hazard)))->clocks.contactDue == f.now + 4 * 3600);
    auto log = f.store->auditLog();
    REQUIRE(log.ok());
    const auto created = std::find_if(log->begin(), log->end(), [&](const AuditEntry& e) {
        return e.action == "case.created" && e.subject == std::to_string(urgent);
    });
    REQUIRE(created != log->end());
    CHECK_THAT(created->detail, Catch::Contains("immediate-contact route"));
    // Five hours on, only the cases in danger are overdue: first in every inbox ordered by clocks.
    f.now += 5 * 3600;
    auto overdue = f.service->overdue();
    REQUIRE(overdue.ok());
    std::vector<std::int64_t> ids;
    for (const auto& o : *overdue)
        ids.push_back(o.record.id);
    CHECK(std::find(ids.begin(), ids.end(), urgent) != ids.end());
    CHECK(std::find(ids.begin(), ids.end(), usual) == ids.end());
    CHECK(ids.size() == 2);
}

TEST_CASE("an organisation that sets the immediate-contact clock to 2 hours gets 2 hours, not the default 4",
          "[registry][clocks][danger]")
{
    test::RegistryFixture f;
    registry::WorkflowPolicy policy;
    policy.immediateContactHours = 2;
    f.service = std::make_unique<registry::CaseService>(*f.store, *f.org, f.keys, policy, [&f] { return f.now; });
    Report danger = test::socialReport();
    danger.impact.immediateDanger = true;
    auto c = f.store->findCase(f.file(danger));
    REQUIRE(c.ok());
    REQUIRE((*c)->clocks.contactDue.has_value());
    CHECK(*(*c)->clocks.contactDue == f.now + 2 * 3600);
}

TEST_CASE("acknowledging does not meet the first-contact clock — only a reply that reached the reporter does",
          "[registry][clocks]")
{
    test::RegistryFixture f;
    const std::int64_t id = f.file(test::socialReport());
    REQUIRE(f.service->transition("m3", id, CaseState::Acknowledged).ok());
    auto acknowledged = f.service->caseFor("m3", id);
    REQUIRE(acknowledged.ok());
    const CaseSummary before = f.service->summarise(*acknowledged);
    CHECK(before.acknowledgeClock == ClockStatus::Met);
    REQUIRE(before.contactClock.has_value());
    CHECK(*before.contactClock == ClockStatus::DueSoon); // nothing reached the reporter yet

    // An internal note is no contact either.
    REQUIRE(f.service->note("m3", id, Bytes{7}).ok());
    f.now += 49 * 3600;
    CHECK(*f.service->summarise(*f.service->caseFor("m3", id)).contactClock == ClockStatus::Overdue);
    auto overdue = f.service->overdue();
    REQUIRE(overdue->size() == 1);
    CHECK(overdue->front().record.id == id);

    REQUIRE(f.service->reply("m3", id, Bytes{1, 2, 3}).ok());
    const CaseSummary after = f.service->summarise(*f.service->caseFor("m3", id));
    CHECK(*after.contactClock == ClockStatus::Met);
    CHECK(after.record.firstReplyAt == f.now);
    CHECK(f.service->overdue()->empty());
}

TEST_CASE("a report filed without a unit becomes a case its fallback readers hold", "[registry][intake][routing]")
{
    test::RegistryFixture f;
    Report r = test::nearMissReport();
    r.risk = Risk{{Severity::IV, Likelihood::D}, {}}; // no inspectorate rule: only the safety officers'
    const std::int64_t id = f.file(r, "");           // "I'd rather not say"
    auto c = f.store->findCase(id);
    REQUIRE(c.ok());
    CHECK((*c)->header.unit.empty());
    CHECK((*c)->header.groups == std::vector<std::string>{"ca-pool"}); // no safety officer serves the top
    CHECK(f.service->caseFor("m3", id).ok());
    CHECK_FALSE(f.service->caseFor("m1", id).ok());
}

TEST_CASE("intake is idempotent: the same envelope again is a duplicate, another with the same id a conflict",
          "[registry][intake]")
{
    test::RegistryFixture f;
    SealedReport sealed = f.seal(test::nearMissReport());
    const ByteView view(sealed.envelope.bytes);
    auto first = f.service->intake(std::span(&view, 1));
    auto again = f.service->intake(std::span(&view, 1));
    REQUIRE(first.ok());
    REQUIRE(again.ok());
    CHECK((*first)[0].status == IngestStatus::Stored);
    CHECK((*again)[0].status == IngestStatus::Duplicate);
    CHECK((*again)[0].caseId == (*first)[0].caseId);

    // Same report id, different envelope (re-sealed header): conflict, nothing overwritten.
    RoutingHeader header = sealed.header;
    auto body = encodeReportBody(test::nearMissReport(), {});
    auto recipients = std::vector<Recipient>{{"m1", test::memberBoxKey(1).publicKey}};
    header.groups = {"so-13"};
    auto other = sealEnvelope(body->view(), header, recipients, f.directory.routingKey);
    REQUIRE(other.ok());
    const ByteView otherView(other->bytes);
    auto conflict = f.service->intake(std::span(&otherView, 1));
    REQUIRE(conflict.ok());
    CHECK((*conflict)[0].status == IngestStatus::Conflict);
    CHECK(f.store->findCase((*first)[0].caseId)->value().header.recipients.size() == 3);
}

TEST_CASE("wrong-binding and foreign envelopes are refused at intake and nothing is stored", "[registry][intake]")
{
    test::RegistryFixture f;
    SealedReport a = f.seal(test::nearMissReport());
    SealedReport b = f.seal(test::socialReport());
    auto va = parseEnvelope(a.envelope.bytes);
    auto vb = parseEnvelope(b.envelope.bytes);
    EnvelopeParts swapped;
    swapped.reportId = va->reportId;
    swapped.sealedHeader.assign(va->sealedHeader.begin(), va->sealedHeader.end());
    for (auto w : vb->wraps)
        swapped.wraps.emplace_back(w.begin(), w.end());
    swapped.body.assign(vb->body.begin(), vb->body.end());
    const Bytes bad = serializeEnvelope(swapped);

    // Sealed to another registry's routing key.
    RoutingContext ctx{{"so-13"}, "42-battalion", "nl", f.directory.version};
    const std::vector<Recipient> one{{"m1", test::memberBoxKey(1).publicKey}};
    auto foreign = sealReport(test::nearMissReport(), {}, ctx, one, test::routingKey().publicKey);
    REQUIRE(foreign.ok());

    // Naming a member who is not in the groups.
    RoutingContext sneaky{{"so-13"}, "42-battalion", "nl", f.directory.version};
    const std::vector<Recipient> outsider{{"m6", test::memberBoxKey(6).publicKey}};
    auto stranger = sealReport(test::nearMissReport(), {}, sneaky, outsider, f.directory.routingKey);
    REQUIRE(stranger.ok());

    const std::vector<ByteView> batch{bad, foreign->envelope.bytes, stranger->envelope.bytes, a.envelope.bytes};
    auto results = f.service->intake(batch);
    REQUIRE(results.ok());
    CHECK((*results)[0].status == IngestStatus::Invalid);
    CHECK_THAT((*results)[0].reason, Catch::Contains("content hash"));
    CHECK((*results)[1].status == IngestStatus::Invalid);
    CHECK_THAT((*results)[1].reason, Catch::Contains("routing key"));
    CHECK((*results)[2].status == IngestStatus::Invalid);
    CHECK_THAT((*results)[2].reason, Catch::Contains("not a member"));
    CHECK((*results)[3].status == IngestStatus::Stored); // the good neighbour is kept
    CHECK(f.store->openCases()->size() == 1);
}

TEST_CASE("recipients are judged by the directory version the device sealed with, and a version never published "
          "is refused with nothing stored",
          "[registry][intake][directory-version]")
{
    test::RegistryFixture f;
    REQUIRE(f.directory.version == 1);
    const Directory first = f.directory;
    // The operator takes m2 out of the safety officers and publishes version 2.
    REQUIRE(f.org->removeMember("m2", "so-13").ok());
    auto second = f.org->publishDirectory(*f.keys.root.pair, f.keys.routing.publicKey, static_cast<std::uint64_t>(f.now),
                                          365 * 86400);
    REQUIRE(second.ok());
    REQUIRE(second->version == 2);

    // A device that has not synced yet seals for m1 and m2 under version 1: accepted.
    const SealedReport stale = f.seal(test::nearMissReport());
    CHECK(stale.header.recipients == std::vector<std::string>{"m1", "m2", "m7"});
    // The same recipients named under version 2 are not members there any more.
    f.directory.version = 2;
    const SealedReport mislabelled = f.seal(test::nearMissReport());
    // Versions 3 (not yet published) and 0 (never a version) name nothing this registry signed,
    // even with recipients the newest directory would accept (m1 and m7, without m2).
    f.directory = *second;
    f.directory.version = 3;
    const SealedReport future = f.seal(test::nearMissReport());
    CHECK(future.header.recipients == std::vector<std::string>{"m1", "m7"});
    f.directory.version = 0;
    const SealedReport zero = f.seal(test::nearMissReport());
    f.directory = first;

    const std::vector<ByteView> batch{future.envelope.bytes, zero.envelope.bytes, mislabelled.envelope.bytes,
                                      stale.envelope.bytes};
    auto results = f.service->intake(batch);
    REQUIRE(results.ok());
    CHECK((*results)[0].status == IngestStatus::Invalid);
    CHECK((*results)[0].reason
          == "header names directory version 3, which this registry never published (its newest is 2)");
    CHECK((*results)[0].receipt.empty());
    CHECK((*results)[1].status == IngestStatus::Invalid);
    CHECK_THAT((*results)[1].reason, Catch::Contains("directory version 0, which this registry never published"));
    CHECK((*results)[2].status == IngestStatus::Invalid);
    CHECK_THAT((*results)[2].reason, Catch::Contains("recipient \"m2\" is not a member"));
    CHECK((*results)[3].status == IngestStatus::Stored);

    // Only the report sealed under a published version became a case.
    auto open = f.store->openCases();
    REQUIRE(open.ok());
    REQUIRE(open->size() == 1);
    CHECK(open->front().header.reportId == stale.header.reportId);
    CHECK_FALSE(f.store->findCaseByReportId(future.header.reportId)->has_value());
    CHECK_FALSE(f.store->findCaseByReportId(zero.header.reportId)->has_value());
    // The ingest validator (uploads, relays' checks) says the same.
    CHECK_THAT(f.service->validate(future.envelope.bytes).error().message, Catch::Contains("never published"));
}

TEST_CASE("an advisor never sees a case of a group it is not in, nor one it was excluded from",
          "[registry][authorisation][conflict-of-interest]")
{
    test::RegistryFixture f;
    const std::int64_t safety = f.file(test::nearMissReport());
    Report social = test::socialReport();
    social.support.consentCommander = true;
    const std::int64_t excluded = f.file(social, "42-battalion", {"m4"});

    CHECK(f.service->casesFor("m1")->size() == 1);
    CHECK(f.service->casesFor("m3")->size() == 1);
    CHECK(f.service->casesFor("m8")->size() == 1); // commander, with consent
    CHECK(f.service->casesFor("m4")->empty());     // excluded by the reporter
    CHECK(f.service->casesFor("m6")->empty());     // integrity desk: neither case

    for (const auto& [member, caseId] : std::vector<std::pair<std::string, std::int64_t>>{
             {"m3", safety}, {"m4", excluded}, {"m6", excluded}}) {
        INFO(member << " on case " << caseId);
        CHECK_FALSE(f.service->caseFor(member, caseId).ok());
        CHECK_FALSE(f.service->envelopeFor(member, caseId).ok());
        CHECK_FALSE(f.service->transition(member, caseId, CaseState::Acknowledged).ok());
        CHECK_FALSE(f.service->reply(member, caseId, Bytes(10, 1)).ok());
        CHECK_FALSE(f.service->note(member, caseId, Bytes(10, 1)).ok());
    }
    // A colleague cannot hand the case to the excluded member either.
    REQUIRE(f.service->transition("m3", excluded, CaseState::Acknowledged).ok());
    auto handOver = f.service->assign("m3", excluded, "m4");
    REQUIRE_FALSE(handOver.ok());
    CHECK_THAT(handOver.error().message, Catch::Contains("do not hold its key"));
    CHECK(f.service->assign("m3", excluded, "m5").ok());
}

TEST_CASE("an advisor taken out of a group no longer sees that group's cases, nor can be given them",
          "[registry][authorisation][access]")
{
    test::RegistryFixture f;
    const std::int64_t social = f.file(test::socialReport());
    REQUIRE(f.service->casesFor("m3")->size() == 1);
    REQUIRE(f.service->caseFor("m3", social).ok());

    REQUIRE(f.org->removeMember("m3", "ca-pool").ok());
    CHECK(f.service->casesFor("m3")->empty());
    CHECK_FALSE(f.service->caseFor("m3", social).ok());
    CHECK_FALSE(f.service->envelopeFor("m3", social).ok());
    CHECK_FALSE(f.service->note("m3", social, Bytes{1, 2, 3}).ok());
    CHECK_FALSE(f.service->assign("m4", social, "m3").ok());
    CHECK(f.service->caseFor("m4", social).ok()); // colleagues still in the group keep it
    CHECK_FALSE(f.org->removeMember("m3", "ca-pool").ok()); // not a member any more: said so
}

TEST_CASE("transitions record times, outcome and retention, each with an audit entry", "[registry][workflow]")
{
    test::RegistryFixture f;
    const std::int64_t id = f.file(test::socialReport());
    REQUIRE_FALSE(f.service->transition("m3", id, CaseState::InProgress).ok());
    f.now += 3600;
    REQUIRE(f.service->transition("m3", id, CaseState::Acknowledged).ok());
    REQUIRE(f.service->assign("m3", id, "m5").ok());
    REQUIRE(f.service->transition("m5", id, CaseState::InProgress).ok());
    f.now += 86400;
    REQUIRE(f.service->transition("m5", id, CaseState::FeedbackGiven).ok());
    REQUIRE(f.service->transition("m5", id, CaseState::Closed, CaseOutcome::Resolved).ok());
    auto c = f.service->caseFor("m5", id);
    REQUIRE(c.ok());
    CHECK(c->state == CaseState::Closed);
    CHECK(c->outcome == CaseOutcome::Resolved);
    CHECK(c->assignee == "m5");
    CHECK(c->acknowledgedAt == f.now - 86400);
    CHECK(c->closedAt == f.now);
    REQUIRE(c->deleteAfter.has_value());
    CHECK(*c->deleteAfter >= f.now + 365 * 86400);
    CHECK(*c->deleteAfter <= f.now + (365 + 14) * 86400);

    auto history = f.service->historyFor("m5", id);
    REQUIRE(history.ok());
    std::vector<std::string> actions;
    for (const auto& e : *history)
        actions.push_back(e.action);
    CHECK(actions == std::vector<std::string>{"case.created", "case.transition", "case.assigned", "case.transition",
                                              "case.transition", "case.transition"});
    auto log = f.store->auditLog();
    REQUIRE(log.ok());
    CHECK_FALSE(verifyAuditChain(*log).has_value());
}

TEST_CASE("overdue and due-soon lists follow the clocks", "[registry][clocks]")
{
    test::RegistryFixture f;
    const std::int64_t social = f.file(test::socialReport()); // 48 h contact clock
    const std::int64_t safety = f.file(test::nearMissReport());
    CHECK(f.service->overdue()->empty());
    CHECK(f.service->dueSoon()->size() == 1); // the contact clock is within 48 h from the start
    f.now += 49 * 3600;
    auto overdue = f.service->overdue();
    REQUIRE(overdue->size() == 1);
    CHECK(overdue->front().record.id == social);
    REQUIRE(f.service->transition("m3", social, CaseState::Acknowledged).ok());
    REQUIRE(f.service->reply("m3", social, Bytes{1, 2, 3}).ok()); // first contact, late but met
    f.now += 6 * 86400;
    overdue = f.service->overdue();
    REQUIRE(overdue->size() == 1);
    CHECK(overdue->front().record.id == safety);
    CHECK(overdue->front().acknowledgeClock == ClockStatus::Overdue);
}

TEST_CASE("a reply reaches the device's mailbox by prefix and opens with the reply key", "[registry][mailbox]")
{
    test::RegistryFixture f;
    SealedReport sealed = f.seal(test::socialReport());
    const ByteView view(sealed.envelope.bytes);
    const std::int64_t id = (*f.service->intake(std::span(&view, 1)))[0].caseId;

    Message m{sealed.header.reportId, static_cast<std::uint64_t>(f.now), "m3", "Thank you. Can we talk on Tuesday?"};
    auto seq = f.service->reply("m3", id, sealReply(m, test::memberSignKey(3), sealed.header.replyKey));
    REQUIRE(seq.ok());

    const MailboxId box = mailboxId(sealed.replyKey.publicKey);
    auto items = f.store->mailbox(mailboxPrefix(box), 0, 100);
    REQUIRE(items.ok());
    REQUIRE(items->size() == 1);
    CHECK(items->front().mailbox == box);
    auto opened = openReply(items->front().data, sealed.replyKey);
    REQUIRE(opened.ok());
    CHECK(opened->message.text == "Thank you. Can we talk on Tuesday?");
    CHECK(opened->signer == test::memberSignKey(3).publicKey);
    CHECK(f.store->mailbox(mailboxPrefix(box), *seq, 100)->empty());
}

TEST_CASE("retention deletes closed cases after the period and keeps only statistics", "[registry][retention]")
{
    test::RegistryFixture f;
    const std::int64_t id = f.file(test::nearMissReport());
    REQUIRE(f.service->transition("m1", id, CaseState::Acknowledged).ok());
    REQUIRE(f.service->transition("m1", id, CaseState::Closed, CaseOutcome::Unfounded).ok());
    CHECK(*f.service->runRetention() == 0);
    f.now += 380 * 86400;
    CHECK(*f.service->runRetention() == 1);
    CHECK_FALSE(f.store->findCase(id)->has_value());
    auto lock = f.store->lock();
    CHECK(*f.store->db().queryInt("SELECT count FROM stats_counts WHERE facet = 'unit_kind' AND kind = 'near_miss'") == 1);
    CHECK(*f.store->db().queryInt("SELECT COUNT(*) FROM stats_clocks WHERE clock = 'close'") == 1);
    CHECK(*f.store->db().queryInt("SELECT COUNT(*) FROM stats_rows") == 3); // one row per facet
    CHECK(*f.store->db().queryInt("SELECT COUNT(*) FROM case_recipients") == 0);
}

TEST_CASE("intake answers with a registry receipt that verifies, and the same receipt again for a duplicate",
          "[registry][intake][receipt]")
{
    test::RegistryFixture f;
    SealedReport sealed = f.seal(test::nearMissReport());
    const ByteView view(sealed.envelope.bytes);
    auto first = f.service->intake(std::span(&view, 1));
    REQUIRE(first.ok());
    auto receipt = decodeReceipt((*first)[0].receipt);
    REQUIRE(receipt.ok());
    const auto trusted = f.directory.receiptKeys();
    CHECK_FALSE(verifyReceipt(*receipt, sealed.envelope.reportId, sealed.envelope.envelopeHash, trusted).ok());
    const PublicKey registryKey = f.keys.receipt.publicKey;
    CHECK(verifyReceipt(*receipt, sealed.envelope.reportId, sealed.envelope.envelopeHash, std::span(&registryKey, 1)).ok());
    f.now += 100;
    auto again = f.service->intake(std::span(&view, 1));
    REQUIRE(again.ok());
    CHECK((*again)[0].status == IngestStatus::Duplicate);
    CHECK((*again)[0].receipt == (*first)[0].receipt);
}
