// SPDX-License-Identifier: EUPL-1.2
// The aftercare plan (issue 16 §2): check-in moments on a case, each a clock that a reply to
// the reporter at or after it meets, stopped by the reporter's decline_contact signal and
// marked by more_contact, every change audited.
#include "registry/aftercare.h"

#include "registry/caseservice.h"

#include "tests/support/testdata.h"
#include "registryfixture.h"

#include "shared/message.h"
#include "shared/seal.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace vigil;
using namespace vigil::registry;

namespace {

constexpr std::int64_t kDay = 86400;

SealedEnvelope followUp(const test::RegistryFixture& f, const SealedReport& original, const std::string& text,
                        FollowUpSignal signal)
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

std::vector<AuditEntry> audited(test::RegistryFixture& f, std::int64_t caseId, const std::string& action)
{
    auto history = f.service->historyFor("m3", caseId);
    REQUIRE(history.ok());
    std::vector<AuditEntry> out;
    std::copy_if(history->begin(), history->end(), std::back_inserter(out),
                 [&](const AuditEntry& e) { return e.action == action; });
    return out;
}

void answer(test::RegistryFixture& f, const SealedReport& report, std::int64_t caseId)
{
    Message m{report.header.reportId, static_cast<std::uint64_t>(f.now), "m3", "How are you doing?"};
    REQUIRE(f.service->reply("m3", caseId, sealReply(m, test::memberSignKey(3), report.header.replyKey)).ok());
}

/// A social-safety report, received, acknowledged and closed; its case id.
std::int64_t closedSocialCase(test::RegistryFixture& f, const SealedReport& report)
{
    const IntakeResult first = take(f, report.envelope.bytes);
    REQUIRE(first.status == IngestStatus::Stored);
    REQUIRE(f.service->transition("m3", first.caseId, CaseState::Acknowledged).ok());
    REQUIRE(f.service->transition("m3", first.caseId, CaseState::Closed, CaseOutcome::Referred).ok());
    return first.caseId;
}

} // namespace

TEST_CASE("a check-in is planned, due, overdue after the grace days, and done only by a reply at or after it",
          "[aftercare][clocks]")
{
    Aftercare plan;
    plan.checkIns = {CheckIn{1, 100 * kDay, "m3", 0}};
    const std::int64_t grace = 7;
    CHECK(checkInStatus(100 * kDay, plan, std::nullopt, 99 * kDay, grace) == CheckInStatus::Planned);
    CHECK(checkInStatus(100 * kDay, plan, std::nullopt, 100 * kDay, grace) == CheckInStatus::Due);
    CHECK(checkInStatus(100 * kDay, plan, std::nullopt, 107 * kDay, grace) == CheckInStatus::Due);
    CHECK(checkInStatus(100 * kDay, plan, std::nullopt, 107 * kDay + 1, grace) == CheckInStatus::Overdue);
    // A reply written before the moment answered something else.
    CHECK(checkInStatus(100 * kDay, plan, 99 * kDay, 108 * kDay, grace) == CheckInStatus::Overdue);
    CHECK(checkInStatus(100 * kDay, plan, 100 * kDay, 108 * kDay, grace) == CheckInStatus::Done);
    CHECK(checkInClock(plan, std::nullopt, 99 * kDay, grace) == ClockStatus::Running);
    CHECK(checkInClock(plan, std::nullopt, 101 * kDay, grace) == ClockStatus::DueSoon);
    CHECK(checkInClock(plan, std::nullopt, 108 * kDay, grace) == ClockStatus::Overdue);
    CHECK(checkInClock(plan, 101 * kDay, 108 * kDay, grace) == ClockStatus::Met);
    CHECK(nextCheckIn(plan, 99 * kDay) == 100 * kDay);
    CHECK_FALSE(nextCheckIn(plan, 100 * kDay).has_value());
    // Declined: what was not done is stopped, and the plan is no clock any more.
    plan.stoppedAt = 50 * kDay;
    CHECK(checkInStatus(100 * kDay, plan, std::nullopt, 108 * kDay, grace) == CheckInStatus::Stopped);
    CHECK_FALSE(checkInClock(plan, std::nullopt, 108 * kDay, grace).has_value());
    CHECK_FALSE(nextCheckIn(plan, 0).has_value());
    CHECK_FALSE(checkInClock(Aftercare{}, std::nullopt, 0, grace).has_value());
}

TEST_CASE("check-in templates read as days and calendar months, and anything else is refused", "[aftercare]")
{
    auto steps = parseCheckInSteps("7d,1m,3m");
    REQUIRE(steps.ok());
    CHECK(*steps == defaultCheckInTemplates().at(Domain::Social));
    CHECK(checkInStepsText(*steps) == "7d,1m,3m");
    CHECK(parseCheckInSteps("")->empty());
    for (const char* bad : {"7", "d", "0d", "7w", "7d,", "1m,,3m", "-1d", "7d 1m"})
        CHECK_FALSE(parseCheckInSteps(bad).ok());
    // 31 January + 1 month is the last day of February, as the feedback clock counts.
    const UnixSeconds jan31 = 1769817600; // 2026-01-31 00:00 UTC
    const auto moments = checkInMoments(*steps, jan31);
    REQUIRE(moments.size() == 3);
    CHECK(moments[0] == jan31 + 7 * kDay);
    CHECK(moments[1] == jan31 + 28 * kDay);
    CHECK(moments[2] == addCalendarMonths(jan31, 3));
}

TEST_CASE("an advisor plans the route's template after closing, the moments run as clocks and a reply meets them",
          "[registry][aftercare]")
{
    test::RegistryFixture f;
    SealedReport report = f.seal(test::socialReport());
    const std::int64_t id = closedSocialCase(f, report);
    const UnixSeconds closedAt = *f.service->caseFor("m3", id)->closedAt;

    f.now += kDay;
    REQUIRE(f.service->planCheckIns("m3", id, {}).ok());
    auto c = f.service->caseFor("m3", id);
    REQUIRE(c.ok());
    REQUIRE(c->aftercare.checkIns.size() == 3);
    CHECK(c->aftercare.checkIns[0].due == closedAt + 7 * kDay);
    CHECK(c->aftercare.checkIns[2].due == addCalendarMonths(closedAt, 3));
    CHECK(c->aftercare.checkIns[0].addedBy == "m3");
    auto planned = audited(f, id, "case.checkins_planned");
    REQUIRE(planned.size() == 1);
    CHECK_THAT(planned[0].detail, Catch::Contains("social template (7d,1m,3m) after closing"));
    CaseSummary s = f.service->summarise(*c);
    CHECK(s.checkInClock == ClockStatus::Running);
    CHECK(s.nextCheckIn == closedAt + 7 * kDay);
    CHECK(s.checkInTemplate == defaultCheckInTemplates().at(Domain::Social));

    // A week after closing the first is due: the closed case is in the due-soon list.
    f.now = closedAt + 7 * kDay + 3600;
    s = f.service->summarise(*f.service->caseFor("m3", id));
    CHECK(s.checkIns == std::vector{CheckInStatus::Due, CheckInStatus::Planned, CheckInStatus::Planned});
    CHECK(s.checkInClock == ClockStatus::DueSoon);
    REQUIRE(f.service->dueSoon()->size() == 1);
    // Unanswered past the grace days: overdue, and counted among the overdue cases.
    f.now = closedAt + 15 * kDay;
    REQUIRE(f.service->overdue()->size() == 1);
    CHECK(f.service->overdue()->front().checkInClock == ClockStatus::Overdue);
    // The advisor writes: that moment is done, the next is planned.
    answer(f, report, id);
    s = f.service->summarise(*f.service->caseFor("m3", id));
    CHECK(s.checkIns == std::vector{CheckInStatus::Done, CheckInStatus::Planned, CheckInStatus::Planned});
    CHECK(s.checkInClock == ClockStatus::Running);
    CHECK(f.service->overdue()->empty());

    // A moment by hand, and one removed: both audited.
    REQUIRE(f.service->planCheckIns("m3", id, {f.now + 3 * kDay}).ok());
    c = f.service->caseFor("m3", id);
    REQUIRE(c->aftercare.checkIns.size() == 4);
    CHECK(c->aftercare.checkIns[1].due == f.now + 3 * kDay);   // earliest first
    REQUIRE(f.service->removeCheckIn("m3", id, c->aftercare.checkIns[1].id).ok());
    CHECK(f.service->caseFor("m3", id)->aftercare.checkIns.size() == 3);
    REQUIRE(audited(f, id, "case.checkin_removed").size() == 1);
    CHECK(f.service->removeCheckIn("m3", id, 9999).error().kind == ErrorKind::NotFound);
    // Not in the past, not beyond two years, and not by a member without the case's key.
    CHECK(f.service->planCheckIns("m3", id, {f.now - 1}).error().kind == ErrorKind::Invalid);
    CHECK(f.service->planCheckIns("m3", id, {f.now + 800 * kDay}).error().kind == ErrorKind::Invalid);
    CHECK_FALSE(f.service->planCheckIns("m1", id, {f.now + kDay}).ok());
    CHECK(f.service->caseFor("m3", id)->aftercare.checkIns.size() == 3);
}

TEST_CASE("the reporter's decline_contact stops the plan, audited, and more_contact marks the case until answered",
          "[registry][aftercare]")
{
    test::RegistryFixture f;
    SealedReport report = f.seal(test::socialReport());
    const std::int64_t id = closedSocialCase(f, report);
    REQUIRE(f.service->planCheckIns("m3", id, {}).ok());

    f.now += 2 * kDay;
    REQUIRE(take(f, followUp(f, report, "I would like to talk.", FollowUpSignal::MoreContact).bytes).caseId == id);
    CaseSummary s = f.service->summarise(*f.service->caseFor("m3", id));
    CHECK(s.contactWanted);
    CHECK(s.record.aftercare.contactWantedAt == f.now);
    REQUIRE(audited(f, id, "case.contact_wanted").size() == 1);
    f.now += 3600;
    answer(f, report, id);
    CHECK_FALSE(f.service->summarise(*f.service->caseFor("m3", id)).contactWanted);

    f.now += 2 * kDay;
    REQUIRE(take(f, followUp(f, report, "No further contact, thank you.", FollowUpSignal::DeclineContact).bytes).caseId
            == id);
    s = f.service->summarise(*f.service->caseFor("m3", id));
    CHECK(s.record.aftercare.stoppedAt == f.now);
    CHECK_FALSE(s.checkInClock.has_value());
    CHECK_FALSE(s.nextCheckIn.has_value());
    CHECK(std::all_of(s.checkIns.begin(), s.checkIns.end(), [](CheckInStatus st) { return st == CheckInStatus::Stopped; }));
    auto stopped = audited(f, id, "case.aftercare_stopped");
    REQUIRE(stopped.size() == 1);
    CHECK_THAT(stopped[0].detail, Catch::Contains("3 planned check-in(s) not held"));
    CHECK(stopped[0].detail.find("thank you") == std::string::npos);   // never the text
    // Nothing more is planned, and its moments are no clock: never overdue.
    CHECK(f.service->planCheckIns("m3", id, {}).error().kind == ErrorKind::Conflict);
    f.now += 200 * kDay;
    CHECK(f.service->overdue()->empty());
    CHECK(f.service->dueSoon()->empty());
}

TEST_CASE("a decline_contact with a forged reply key is refused and the plan runs on", "[registry][aftercare]")
{
    test::RegistryFixture f;
    SealedReport report = f.seal(test::socialReport());
    const std::int64_t id = closedSocialCase(f, report);
    REQUIRE(f.service->planCheckIns("m3", id, {}).ok());
    // Someone who knows the report id (a relay does) but not the reply key.
    SealedReport lookalike = f.seal(test::socialReport());
    lookalike.header.reportId = report.header.reportId;
    const IntakeResult r = take(f, followUp(f, lookalike, "Stop.", FollowUpSignal::DeclineContact).bytes);
    CHECK(r.status == IngestStatus::Invalid);
    CHECK_FALSE(f.service->caseFor("m3", id)->aftercare.stoppedAt.has_value());
    CHECK(audited(f, id, "case.aftercare_stopped").empty());
}

TEST_CASE("a reporter's wish about contact that overtakes the report is applied when the report arrives, in order",
          "[registry][aftercare]")
{
    test::RegistryFixture f;
    SealedReport report = f.seal(test::socialReport());
    // On a bad network the report waits in a queue while two later follow-ups get through first.
    REQUIRE(take(f, followUp(f, report, "Please call me.", FollowUpSignal::MoreContact).bytes).caseId == 0);
    f.now += 60;
    const UnixSeconds declinedAt = f.now;
    REQUIRE(take(f, followUp(f, report, "Leave it, thank you.", FollowUpSignal::DeclineContact).bytes).caseId == 0);
    f.now += 600;
    const std::int64_t id = closedSocialCase(f, report);

    const CaseRecord c = *f.service->caseFor("m3", id);
    CHECK(c.aftercare.stoppedAt == declinedAt);   // the newest wish wins, dated when it was sent
    auto stopped = audited(f, id, "case.aftercare_stopped");
    REQUIRE(stopped.size() == 1);
    CHECK_THAT(stopped[0].detail, Catch::Contains("before the report arrived"));
    CHECK(stopped[0].detail.find("thank you") == std::string::npos);
    CHECK(audited(f, id, "case.contact_wanted").size() == 1);
    // The closing's template plan is refused: the reporter said no before anyone asked.
    CHECK(f.service->planCheckIns("m3", id, {}).error().kind == ErrorKind::Conflict);
}

TEST_CASE("a request for more contact that overtakes the report marks the case once it exists", "[registry][aftercare]")
{
    test::RegistryFixture f;
    SealedReport report = f.seal(test::socialReport());
    REQUIRE(take(f, followUp(f, report, "Please call me.", FollowUpSignal::MoreContact).bytes).caseId == 0);
    const UnixSeconds askedAt = f.now;
    f.now += 600;
    const IntakeResult first = take(f, report.envelope.bytes);
    REQUIRE(first.status == IngestStatus::Stored);
    const CaseSummary s = f.service->summarise(*f.service->caseFor("m3", first.caseId));
    CHECK(s.contactWanted);
    CHECK(s.record.aftercare.contactWantedAt == askedAt);
    CHECK_FALSE(s.record.aftercare.stoppedAt.has_value());
}
