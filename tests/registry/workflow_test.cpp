// SPDX-License-Identifier: EUPL-1.2
#include "registry/casestate.h"

#include "registry/audit.h"
#include "registry/clocks.h"

#include <catch2/catch.hpp>

#include <vector>

using namespace vigil;
using namespace vigil::registry;

TEST_CASE("the case walks received -> acknowledged -> assigned -> in progress -> feedback -> closed", "[workflow]")
{
    CHECK(checkTransition(CaseState::Received, CaseState::Acknowledged).ok());
    CHECK(checkTransition(CaseState::Acknowledged, CaseState::Assigned).ok());
    CHECK(checkTransition(CaseState::Assigned, CaseState::InProgress).ok());
    CHECK(checkTransition(CaseState::InProgress, CaseState::FeedbackGiven).ok());
    CHECK(checkTransition(CaseState::FeedbackGiven, CaseState::Closed, CaseOutcome::Resolved).ok());
    CHECK(checkTransition(CaseState::FeedbackGiven, CaseState::InProgress).ok());
}

TEST_CASE("illegal transitions are refused with what is allowed instead", "[workflow]")
{
    auto skip = checkTransition(CaseState::Received, CaseState::InProgress);
    REQUIRE_FALSE(skip.ok());
    CHECK_THAT(skip.error().message, Catch::Contains("allowed: acknowledged"));
    CHECK_FALSE(checkTransition(CaseState::Closed, CaseState::InProgress).ok());
    CHECK_THAT(checkTransition(CaseState::Closed, CaseState::InProgress).error().message, Catch::Contains("closed"));
    CHECK_FALSE(checkTransition(CaseState::Received, CaseState::Closed, CaseOutcome::Withdrawn).ok());
    CHECK_THAT(checkTransition(CaseState::InProgress, CaseState::Closed).error().message, Catch::Contains("outcome"));
    CHECK_THAT(checkTransition(CaseState::InProgress, CaseState::Closed, CaseOutcome::Resolved).error().message,
               Catch::Contains("after feedback"));
    CHECK(checkTransition(CaseState::InProgress, CaseState::Closed, CaseOutcome::Referred).ok());
    CHECK_FALSE(checkTransition(CaseState::Assigned, CaseState::InProgress, CaseOutcome::Resolved).ok());
}

TEST_CASE("the legal clocks start at the registry's receipt and count calendar months", "[clocks]")
{
    const UnixSeconds jan31 = 1'738'281'600; // 2025-01-31T00:00:00Z
    const CaseClocks c = clocksFor(jan31 + 3600, ClockPolicy{}, 48);
    CHECK(c.acknowledgeDue == jan31 + 3600 + 7 * 86400);
    CHECK(c.feedbackDue == 1'745'974'800);          // 2025-04-30T01:00:00Z: April has no 31st
    REQUIRE(c.contactDue.has_value());
    CHECK(*c.contactDue == jan31 + 3600 + 48 * 3600);
    CHECK_FALSE(clocksFor(jan31, ClockPolicy{}, std::nullopt).contactDue.has_value());
}

TEST_CASE("a clock is running, due soon, overdue, or met", "[clocks]")
{
    const ClockPolicy p;
    CHECK(clockStatus(1000 * 3600, std::nullopt, 900 * 3600, p) == ClockStatus::Running);
    CHECK(clockStatus(1000 * 3600, std::nullopt, 953 * 3600, p) == ClockStatus::DueSoon);
    CHECK(clockStatus(1000 * 3600, std::nullopt, 1001 * 3600, p) == ClockStatus::Overdue);
    CHECK(clockStatus(1000 * 3600, 1200 * 3600, 1300 * 3600, p) == ClockStatus::Met);
}

namespace {

std::vector<AuditEntry> chain(int n)
{
    std::vector<AuditEntry> entries;
    for (int i = 0; i < n; ++i) {
        AuditEntry e{0, 1000 + i, "m" + std::to_string(i % 3), "case.transition", std::to_string(i), "a -> b", {}, {}};
        chainAuditEntry(e, entries.empty() ? nullptr : &entries.back());
        entries.push_back(e);
    }
    return entries;
}

} // namespace

TEST_CASE("audit verification catches edited, removed and reordered entries", "[audit]")
{
    const auto good = chain(10);
    CHECK_FALSE(verifyAuditChain(good).has_value());

    auto edited = good;
    edited[4].detail = "a -> c";
    auto e = verifyAuditChain(edited);
    REQUIRE(e.has_value());
    CHECK(e->seq == 5);
    CHECK_THAT(e->reason, Catch::Contains("edited"));

    auto rehashed = edited; // an editor who also fixes the entry's own hash breaks the next link
    rehashed[4].hash = auditHash(rehashed[4]);
    e = verifyAuditChain(rehashed);
    REQUIRE(e.has_value());
    CHECK(e->seq == 6);

    auto removed = good;
    removed.erase(removed.begin() + 3);
    e = verifyAuditChain(removed);
    REQUIRE(e.has_value());
    CHECK(e->seq == 5);

    auto reordered = good;
    std::swap(reordered[6], reordered[7]);
    e = verifyAuditChain(reordered);
    REQUIRE(e.has_value());
    CHECK(e->seq == 8);
}

TEST_CASE("each clock is met only by its own event", "[clocks]")
{
    const ClockPolicy policy;
    const CaseClocks clocks = clocksFor(0, policy, 48);
    const ClockStatuses acknowledgedOnly = clockStatuses(clocks, ClockEvents{3600, std::nullopt, std::nullopt, std::nullopt, std::nullopt}, 7200, policy);
    CHECK(acknowledgedOnly.acknowledge == ClockStatus::Met);
    CHECK(acknowledgedOnly.feedback == ClockStatus::Running);
    CHECK(acknowledgedOnly.contact == ClockStatus::DueSoon);
    const ClockStatuses replied = clockStatuses(clocks, ClockEvents{3600, std::nullopt, 5400, std::nullopt, std::nullopt}, 7200, policy);
    CHECK(replied.contact == ClockStatus::Met);
    CHECK_FALSE(clockStatuses(clocksFor(0, policy, std::nullopt), {}, 0, policy).contact.has_value());
}

TEST_CASE("the retaliation clock is met only by a reply written at or after the newest signal", "[clocks][retaliation]")
{
    const ClockPolicy policy;
    CaseClocks clocks = clocksFor(0, policy, 48);
    CHECK_FALSE(clockStatuses(clocks, {}, 0, policy).retaliation.has_value());
    clocks.retaliationDue = 100'000 + 24 * 3600;
    // An earlier reply answered something else; the signal came at 100 000.
    const ClockEvents before{3600, std::nullopt, 5400, 100'000, 5400};
    CHECK(clockStatuses(clocks, before, 100'000, policy).retaliation == ClockStatus::DueSoon);
    CHECK(clockStatuses(clocks, before, 100'000 + 25 * 3600, policy).retaliation == ClockStatus::Overdue);
    const ClockEvents answered{3600, std::nullopt, 5400, 100'000, 100'000};
    CHECK(clockStatuses(clocks, answered, 100'000 + 25 * 3600, policy).retaliation == ClockStatus::Met);
}
