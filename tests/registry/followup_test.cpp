// SPDX-License-Identifier: EUPL-1.2
// A reporter's follow-up (an envelope whose routing header names the original report in
// `thread`) joins that report's case: it is a message, never a case or a statistic, and it
// may arrive before its report.
#include "registry/caseservice.h"
#include "registry/pdca/indicatorjson.h"
#include "registry/pdca/indicatorregister.h"

#include "tests/support/testdata.h"
#include "registryfixture.h"

#include "shared/bytes.h"
#include "shared/message.h"
#include "shared/reportbody.h"
#include "shared/seal.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace vigil;
using namespace vigil::registry;

namespace {

/// Sealed to the original's readers, as the field app does (test members are "m<n>").
SealedEnvelope followUp(const test::RegistryFixture& f, const SealedReport& original, const std::string& text,
                        FollowUpSignal signal = FollowUpSignal::None)
{
    std::vector<Recipient> recipients;
    for (const auto& id : original.header.recipients)
        recipients.push_back({id, test::memberBoxKey(std::stoi(id.substr(1))).publicKey});
    auto sealed = sealFollowUp(Message{{}, 0, "", text}, original.header, recipients, f.directory.routingKey, signal);
    REQUIRE(sealed.ok());
    return std::move(*sealed);
}

IntakeResult take(test::RegistryFixture& f, const Bytes& envelope)
{
    const ByteView view(envelope);
    auto r = f.service->intake(std::span(&view, 1));
    REQUIRE(r.ok());
    return (*r)[0];
}

std::int64_t count(test::RegistryFixture& f, const std::string& sql)
{
    auto lock = f.store->lock();
    auto n = f.store->db().queryInt(sql);
    REQUIRE(n.ok());
    return *n;
}

} // namespace

TEST_CASE("a follow-up joins its report's conversation and is not a case of its own", "[registry][follow-up]")
{
    test::RegistryFixture f;
    SealedReport report = f.seal(test::nearMissReport());
    const IntakeResult first = take(f, report.envelope.bytes);
    REQUIRE(first.status == IngestStatus::Stored);

    f.now += 3600;
    SealedEnvelope more = followUp(f, report, "The drum was leaking again this morning.");
    const IntakeResult kept = take(f, more.bytes);
    CHECK(kept.status == IngestStatus::Stored);
    CHECK(kept.caseId == first.caseId);
    CHECK_FALSE(kept.receipt.empty());

    // Still one case, in the member's list and in the statistics.
    auto cases = f.service->casesFor("m1");
    REQUIRE(cases.ok());
    REQUIRE(cases->size() == 1);
    CHECK(cases->front().record.followUps == 1);
    CHECK(cases->front().record.lastFollowUpAt == f.now);
    CHECK(count(f, "SELECT COUNT(*) FROM cases") == 1);
    CHECK(count(f, "SELECT COALESCE(SUM(weight), 0) FROM stats_rows") == 1);

    // The member reads it in the case's messages, sealed as it came.
    auto messages = f.service->messagesFor("m1", first.caseId);
    REQUIRE(messages.ok());
    REQUIRE(messages->size() == 1);
    CHECK(messages->front().kind == "follow_up");
    CHECK(messages->front().author.empty());
    CHECK(messages->front().at == f.now);
    auto opened = openFollowUp(messages->front().sealed, test::memberBoxKey(1));
    REQUIRE(opened.ok());
    CHECK(opened->text == "The drum was leaking again this morning.");
    CHECK(opened->thread == report.header.reportId);

    // The same envelope again: a duplicate with the original receipt, nothing added.
    const IntakeResult again = take(f, more.bytes);
    CHECK(again.status == IngestStatus::Duplicate);
    CHECK(again.receipt == kept.receipt);
    CHECK(again.caseId == first.caseId);
    CHECK(f.service->messagesFor("m1", first.caseId)->size() == 1);

    // It is in the case's history, without its content.
    auto history = f.service->historyFor("m1", first.caseId);
    REQUIRE(history.ok());
    CHECK(std::count_if(history->begin(), history->end(), [](const AuditEntry& e) {
              return e.action == "case.follow_up";
          }) == 1);

    // Replies and follow-ups come back in time order.
    f.now += 60;
    Message answer{report.header.reportId, static_cast<std::uint64_t>(f.now), "m1", "Thank you, we are on it."};
    REQUIRE(f.service->reply("m1", first.caseId, sealReply(answer, test::memberSignKey(1), report.header.replyKey)).ok());
    f.now += 60;
    REQUIRE(take(f, followUp(f, report, "Thanks.").bytes).status == IngestStatus::Stored);
    auto thread = f.service->messagesFor("m1", first.caseId);
    REQUIRE(thread.ok());
    REQUIRE(thread->size() == 3);
    CHECK((*thread)[0].kind == "follow_up");
    CHECK((*thread)[1].kind == "reply");
    CHECK((*thread)[2].kind == "follow_up");
    CHECK((*thread)[0].id != (*thread)[1].id);
    // The case tells whether the reporter's last word is still unanswered.
    auto listed = f.service->caseFor("m1", first.caseId);
    REQUIRE(listed.ok());
    CHECK(listed->followUps == 2);
    REQUIRE(listed->lastReplyAt.has_value());
    CHECK(*listed->lastFollowUpAt > *listed->lastReplyAt);

    // Members who do not hold the case see nothing of it.
    CHECK_FALSE(f.service->messagesFor("m4", first.caseId).ok());
}

TEST_CASE("a follow-up that overtakes its report is held and joins the case when the report arrives",
          "[registry][follow-up]")
{
    test::RegistryFixture f;
    SealedReport report = f.seal(test::nearMissReport());
    SealedEnvelope more = followUp(f, report, "One more thing.");

    const IntakeResult held = take(f, more.bytes);
    CHECK(held.status == IngestStatus::Stored);
    CHECK(held.caseId == 0);
    CHECK(count(f, "SELECT COUNT(*) FROM cases") == 0);

    f.now += 600;
    const IntakeResult first = take(f, report.envelope.bytes);
    REQUIRE(first.status == IngestStatus::Stored);
    auto messages = f.service->messagesFor("m1", first.caseId);
    REQUIRE(messages.ok());
    REQUIRE(messages->size() == 1);
    CHECK(openFollowUp(messages->front().sealed, test::memberBoxKey(1))->text == "One more thing.");
    auto history = f.service->historyFor("m1", first.caseId);
    REQUIRE(history.ok());
    CHECK(std::any_of(history->begin(), history->end(), [](const AuditEntry& e) {
        return e.action == "case.follow_up" && e.detail == "1 follow-up(s) received before the report";
    }));
    // Its duplicate now names the case.
    CHECK(take(f, more.bytes).caseId == first.caseId);
}

TEST_CASE("report ids are unique across cases and follow-ups", "[registry][follow-up]")
{
    test::RegistryFixture f;
    SealedReport report = f.seal(test::nearMissReport());
    REQUIRE(take(f, report.envelope.bytes).status == IngestStatus::Stored);

    // A follow-up that reuses the case's own report id is a conflict and changes nothing.
    const std::vector<Recipient> recipients{{"m1", test::memberBoxKey(1).publicKey}};
    RoutingHeader header = report.header;
    header.thread = report.header.reportId;
    ByteWriter w;
    const std::string json = encodeMessage(Message{report.header.reportId, 0, "", "hijack"});
    w.u32(static_cast<std::uint32_t>(json.size()));
    w.text(json);
    auto sameId = sealEnvelope(w.take(), header, recipients, f.directory.routingKey);
    REQUIRE(sameId.ok());
    CHECK(take(f, sameId->bytes).status == IngestStatus::Conflict);
    CHECK(count(f, "SELECT COUNT(*) FROM follow_ups") == 0);

    // A report that reuses a follow-up's id is a conflict too.
    SealedEnvelope more = followUp(f, report, "Later.");
    REQUIRE(take(f, more.bytes).status == IngestStatus::Stored);
    RoutingHeader clash = f.seal(test::nearMissReport()).header;
    clash.reportId = more.reportId;
    auto body = encodeReportBody(test::nearMissReport(), {});
    REQUIRE(body.ok());
    auto other = sealEnvelope(body->view(), clash, recipients, f.directory.routingKey);
    REQUIRE(other.ok());
    CHECK(take(f, other->bytes).status == IngestStatus::Conflict);
    CHECK(count(f, "SELECT COUNT(*) FROM cases") == 1);
}

TEST_CASE("only the reporter can follow up: a follow-up with another reply key is refused or never joins",
          "[registry][follow-up]")
{
    test::RegistryFixture f;
    SealedReport report = f.seal(test::nearMissReport());
    // A relay knows report ids (it deduplicates on them), not reply keys: it forges a
    // follow-up with the thread right and its own reply key.
    SealedReport lookalike = f.seal(test::nearMissReport()); // its own reply key
    lookalike.header.reportId = report.header.reportId;       // sealFollowUp takes the thread from here

    SECTION("after the report: refused at intake")
    {
        REQUIRE(take(f, report.envelope.bytes).status == IngestStatus::Stored);
        const IntakeResult r = take(f, followUp(f, lookalike, "Forged.").bytes);
        CHECK(r.status == IngestStatus::Invalid);
        CHECK(r.receipt.empty());
        CHECK(count(f, "SELECT COUNT(*) FROM follow_ups") == 0);
    }
    SECTION("before the report: held, but never part of the case")
    {
        REQUIRE(take(f, followUp(f, lookalike, "Forged.").bytes).status == IngestStatus::Stored);
        const IntakeResult first = take(f, report.envelope.bytes);
        REQUIRE(first.status == IngestStatus::Stored);
        CHECK(f.service->messagesFor("m1", first.caseId)->empty());
        CHECK(f.store->findCase(first.caseId)->value().followUps == 0);
        // And retention does not keep it forever because a case of that id exists.
        f.now += kOrphanFollowUpDays * 86400;
        (void)f.service->runRetention();
        CHECK(count(f, "SELECT COUNT(*) FROM follow_ups") == 0);
    }
}

TEST_CASE("retention deletes a case's follow-ups with it, and follow-ups whose report never came",
          "[registry][follow-up][retention]")
{
    test::RegistryFixture f;
    SealedReport report = f.seal(test::nearMissReport());
    const IntakeResult first = take(f, report.envelope.bytes);
    REQUIRE(take(f, followUp(f, report, "More.").bytes).status == IngestStatus::Stored);
    SealedReport lost = f.seal(test::socialReport());
    const IntakeResult orphan = take(f, followUp(f, lost, "About my earlier report.").bytes);
    REQUIRE(orphan.status == IngestStatus::Stored);
    REQUIRE(orphan.caseId == 0);

    REQUIRE(f.service->transition("m1", first.caseId, CaseState::Acknowledged).ok());
    REQUIRE(f.service->transition("m1", first.caseId, CaseState::Closed, CaseOutcome::Unfounded).ok());
    f.now += 380 * 86400;
    CHECK(*f.service->runRetention() == 1);
    // The closed case's follow-up went with it; the orphan stays until kOrphanFollowUpDays.
    CHECK(count(f, "SELECT COUNT(*) FROM follow_ups") == 1);
    f.now += (kOrphanFollowUpDays - 380) * 86400;
    CHECK(*f.service->runRetention() == 0);
    CHECK(count(f, "SELECT COUNT(*) FROM follow_ups") == 0);
}

TEST_CASE("a retaliation follow-up reopens a closed case with a short clock, audited, and leaves its closed statistics",
          "[registry][follow-up][retaliation]")
{
    test::RegistryFixture f;
    SealedReport report = f.seal(test::socialReport());
    const IntakeResult first = take(f, report.envelope.bytes);
    REQUIRE(first.status == IngestStatus::Stored);
    REQUIRE(f.service->transition("m3", first.caseId, CaseState::Acknowledged).ok());
    REQUIRE(f.service->transition("m3", first.caseId, CaseState::Closed, CaseOutcome::Referred).ok());
    CHECK(count(f, "SELECT COUNT(*) FROM stats_rows WHERE state LIKE 'archived%'") > 0);

    f.now += 30 * 86400;
    const IntakeResult signal
        = take(f, followUp(f, report, "Since my report I am left off every duty roster.", FollowUpSignal::Retaliation).bytes);
    REQUIRE(signal.status == IngestStatus::Stored);
    CHECK(signal.caseId == first.caseId);

    auto reopened = f.service->caseFor("m3", first.caseId);
    REQUIRE(reopened.ok());
    CHECK(reopened->state == CaseState::InProgress);
    CHECK(reopened->outcome == CaseOutcome::None);
    CHECK_FALSE(reopened->closedAt.has_value());
    CHECK_FALSE(reopened->deleteAfter.has_value());
    CHECK(reopened->retaliationAt == f.now);
    CHECK(reopened->clocks.retaliationDue == f.now + WorkflowPolicy{}.retaliationContactHours * 3600);
    // An open case again: counted once, as open, no longer in the closed aggregates.
    CHECK(count(f, "SELECT COUNT(*) FROM stats_rows WHERE state LIKE 'archived%'") == 0);
    CHECK(count(f, "SELECT COUNT(*) FROM stats_rows") == 1);
    CHECK(count(f, "SELECT COUNT(*) FROM follow_ups WHERE signal = 'retaliation'") == 1);

    auto history = f.service->historyFor("m3", first.caseId);
    REQUIRE(history.ok());
    auto audited = std::find_if(history->begin(), history->end(),
                                [](const AuditEntry& e) { return e.action == "case.retaliation"; });
    REQUIRE(audited != history->end());
    CHECK_THAT(audited->detail, Catch::Contains("reopened (closed -> in_progress)"));
    CHECK_THAT(audited->detail, Catch::Contains("24 h"));
    CHECK(audited->detail.find("roster") == std::string::npos);

    // The clock runs until an advisor answers after the signal; it is overdue a day later.
    auto summary = f.service->summarise(*reopened);
    REQUIRE(summary.retaliationClock.has_value());
    CHECK(*summary.retaliationClock == ClockStatus::DueSoon);
    f.now += 25 * 3600;
    auto late = f.service->overdue();
    REQUIRE(late.ok());
    REQUIRE(late->size() == 1);
    CHECK(late->front().retaliationClock == ClockStatus::Overdue);
    Message answer{report.header.reportId, static_cast<std::uint64_t>(f.now), "m3", "I will call you today."};
    REQUIRE(f.service->reply("m3", first.caseId, sealReply(answer, test::memberSignKey(3), report.header.replyKey)).ok());
    CHECK(f.service->summarise(*f.service->caseFor("m3", first.caseId)).retaliationClock == ClockStatus::Met);

    // Closing it again counts it once more among the closed cases.
    REQUIRE(f.service->transition("m3", first.caseId, CaseState::FeedbackGiven).ok());
    REQUIRE(f.service->transition("m3", first.caseId, CaseState::Closed, CaseOutcome::Resolved).ok());
    CHECK(count(f, "SELECT COALESCE(SUM(count), 0) FROM stats_counts WHERE facet = 'mode'") == 1);
}

TEST_CASE("a retaliation signal with a forged reply key is refused and changes nothing", "[registry][follow-up][retaliation]")
{
    test::RegistryFixture f;
    SealedReport report = f.seal(test::socialReport());
    const IntakeResult first = take(f, report.envelope.bytes);
    REQUIRE(first.status == IngestStatus::Stored);
    REQUIRE(f.service->transition("m3", first.caseId, CaseState::Acknowledged).ok());
    REQUIRE(f.service->transition("m3", first.caseId, CaseState::Closed, CaseOutcome::Unfounded).ok());
    const auto auditBefore = count(f, "SELECT COUNT(*) FROM audit");

    SealedReport lookalike = f.seal(test::socialReport());
    lookalike.header.reportId = report.header.reportId;
    const IntakeResult r = take(f, followUp(f, lookalike, "Reopen it.", FollowUpSignal::Retaliation).bytes);
    CHECK(r.status == IngestStatus::Invalid);
    auto still = f.service->caseFor("m3", first.caseId);
    REQUIRE(still.ok());
    CHECK(still->state == CaseState::Closed);
    CHECK_FALSE(still->retaliationAt.has_value());
    CHECK(count(f, "SELECT COUNT(*) FROM follow_ups") == 0);
    CHECK(count(f, "SELECT COUNT(*) FROM audit") == auditBefore);
}

TEST_CASE("a retaliation signal that overtakes its report starts the clock when the report arrives",
          "[registry][follow-up][retaliation]")
{
    test::RegistryFixture f;
    SealedReport report = f.seal(test::socialReport());
    REQUIRE(take(f, followUp(f, report, "They know it was me.", FollowUpSignal::Retaliation).bytes).caseId == 0);
    f.now += 600;
    const IntakeResult first = take(f, report.envelope.bytes);
    REQUIRE(first.status == IngestStatus::Stored);
    auto c = f.service->caseFor("m3", first.caseId);
    REQUIRE(c.ok());
    CHECK(c->retaliationAt == f.now);
    CHECK(c->state == CaseState::Received);
}

TEST_CASE("retaliation signals feed the indicator retaliation_signals: a case once a quarter, published when the quarter has settled",
          "[registry][follow-up][retaliation][pdca]")
{
    test::RegistryFixture f;  // now: mid-June 2025
    std::vector<SealedReport> reports;
    for (int i = 0; i < 6; ++i) {
        reports.push_back(f.seal(test::socialReport()));
        REQUIRE(take(f, reports.back().envelope.bytes).status == IngestStatus::Stored);
    }
    const int june = monthIndex(monthOf(f.now)).value();
    REQUIRE(monthText(june) == "2025-06");
    const auto signal = [&](std::size_t i) {
        REQUIRE(take(f, followUp(f, reports[i], "They keep me off the roster.", FollowUpSignal::Retaliation).bytes).status
                == IngestStatus::Stored);
    };
    for (std::size_t i = 0; i < 5; ++i)
        signal(i);
    signal(0);  // the same case again in the same quarter: still one
    CHECK(count(f, "SELECT count FROM retaliation_months WHERE month = '2025-06'") == 5);
    f.now += 35 * 86400;  // July: a new quarter
    signal(0);
    signal(5);
    f.now += 31 * 86400;  // August: the same quarter
    signal(5);
    CHECK(count(f, "SELECT count FROM retaliation_months WHERE month = '2025-07'") == 2);
    CHECK(count(f, "SELECT COUNT(*) FROM retaliation_months WHERE month = '2025-08'") == 0);
    CHECK(count(f, "SELECT SUM(count) FROM retaliation_months") == count(f, "SELECT SUM(count) FROM retaliation_counts"));

    IndicatorRegister reg(*f.store);
    IndicatorDef def;
    def.id = "retaliation";
    def.nameNl = "Signalen van represailles";
    def.nameEn = "Retaliation signals";
    def.measure = IndicatorMeasure::RetaliationSignals;
    REQUIRE(reg.define(def, "admin", f.now).ok());
    auto withTarget = def;
    withTarget.id = "retaliation-target";
    withTarget.target = IndicatorTarget{1, TargetDirection::AtMost};
    CHECK(reg.define(withTarget, "admin", f.now).error().kind == ErrorKind::Invalid);

    // As of August: June published, July and August without a value while the quarter runs.
    auto running = reg.board(june + 2, BoardPolicy{}, f.now + 100 * 86400);
    REQUIRE(running.ok());
    const auto& r = running->series.at(0);
    const std::size_t aug = r.status.size() - 1;
    CHECK(r.published(aug - 2) == 5);
    CHECK_FALSE(r.value(aug - 1));
    const auto runningJson = indicatorJson(running->indicators.at(0), r, june, june + 2, SuppressionRule{}, {});
    CHECK(runningJson.at("values").as_array().at(0).as_int64() == 5);
    CHECK(runningJson.at("values").as_array().at(1).is_null());
    CHECK_FALSE(runningJson.contains("numerators"));  // a whole count, as a count of reports is

    // As of September the third quarter has settled: two cases in it, hidden.
    auto settled = reg.board(june + 3, BoardPolicy{}, f.now + 100 * 86400);
    REQUIRE(settled.ok());
    const auto json = indicatorJson(settled->indicators.at(0), settled->series.at(0), june, june + 3, SuppressionRule{}, {});
    CHECK(json.at("measure").as_string() == "retaliation_signals");
    CHECK(json.at("values").as_array().at(0).as_int64() == 5);
    CHECK(json.at("values").as_array().at(1).as_string() == "<5");
}
