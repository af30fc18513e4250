// SPDX-License-Identifier: EUPL-1.2
#include "vmsclocks.h"

#include "registry/pdca/pdcatext.h"
#include "registry/sqlitecolumns.h"

#include <boost/json/array.hpp>

#include <algorithm>
#include <array>
#include <cmath>

namespace vigil::report {
namespace {

namespace json = boost::json;

constexpr std::array<Domain, 3> kDomains{Domain::Physical, Domain::Social, Domain::Integrity};
constexpr std::array<std::string_view, 3> kClocks{"acknowledge", "contact", "feedback"};

constexpr int DomainCol = 0;

} // namespace

std::optional<ClockOutcome> clockOutcome(std::int64_t due, std::optional<std::int64_t> done,
                                         std::optional<std::int64_t> closedAt, std::int64_t cutoff)
{
    if (done)
        return *done <= due ? ClockOutcome::InTime : ClockOutcome::Late;
    const std::int64_t stopped = closedAt ? std::min(*closedAt, cutoff) : cutoff;
    if (due < stopped)
        return ClockOutcome::Missed;
    return std::nullopt;
}

namespace {

std::optional<std::size_t> clockIndex(std::string_view clock)
{
    for (std::size_t i = 0; i < kClocks.size(); ++i)
        if (kClocks[i] == clock)
            return i;
    return std::nullopt;
}

// The clocks judged as they happened: met in time or late, or missed before the case closed.
Status recordedClocks(Db db, const std::string& first, const std::string& last, VmsClocks& clocks)
{
    auto stmt = db.prepare("SELECT domain, clock, outcome, days, SUM(count) FROM pdca_clocks "
                           "WHERE received_month >= ?1 AND received_month <= ?2 GROUP BY 1, 2, 3, 4");
    if (!stmt)
        return stmt.error();
    stmt->bindText(1, first).bindText(2, last);
    return stmt->eachRow([&](const Stmt& row) {
        const std::string_view clock = row.textView(1), outcome = row.textView(2);
        const std::int64_t days = row.int64(3), count = row.int64(4);
        if (clock == "received")
            clocks.received += count;
        if (clock == "acknowledge" && outcome != "missed" && days < 7)
            clocks.acknowledgedIn7 += count;
        if (clock == "feedback" && outcome != "missed")
            clocks.feedbackDays.insert(clocks.feedbackDays.end(), static_cast<std::size_t>(count), days);
        const auto index = clockIndex(clock);
        if (!index)
            return;
        const auto domain = parseEnum<Domain>(row.textView(0));
        if (!domain || outcome.empty()) {
            clocks.complete = false;  // kept from before v16 without its route
            return;
        }
        auto& c = clocks.rows[static_cast<std::size_t>(*domain) * kClocks.size() + *index];
        (outcome == "in_time" ? c.inTime : outcome == "late" ? c.late : c.missed) += count;
    });
}

// The clocks of open cases that ran out without their event by the cut-off: not yet recorded,
// as a clock is recorded missed only when its case closes.
Status openMissedClocks(Db db, std::int64_t from, std::int64_t to, std::int64_t cutoff, VmsClocks& clocks)
{
    auto stmt = db.prepare(
        "SELECT domain, ack_due, acknowledged_at, contact_due, "
        "(SELECT MIN(at) FROM case_messages WHERE case_id = cases.id AND kind = 'reply'), feedback_due, "
        "feedback_at FROM cases WHERE received_at >= ?1 AND received_at < ?2 AND closed_at IS NULL");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, from).bind(2, to);
    return stmt->eachRow([&](const Stmt& row) {
        const auto domain = parseEnum<Domain>(row.textView(DomainCol));
        if (!domain)
            return;
        const auto base = static_cast<std::size_t>(*domain) * kClocks.size();
        const auto add = [&](std::size_t clock, std::optional<std::int64_t> due, std::optional<std::int64_t> done) {
            if (due && clockOutcome(*due, done, std::nullopt, cutoff) == ClockOutcome::Missed)
                ++clocks.rows[base + clock].missed;
        };
        add(0, row.int64(1), registry::optInt(row, 2));
        add(1, registry::optInt(row, 3), registry::optInt(row, 4));
        add(2, row.int64(5), registry::optInt(row, 6));
    });
}

} // namespace

Result<VmsClocks> clocksOfPeriod(registry::SqlCaseStore& store, const VmsPeriod& period, std::int64_t cutoff)
{
    VmsClocks clocks;
    for (const Domain d : kDomains)
        for (const auto clock : kClocks)
            clocks.rows.push_back(VmsClockCount{d, std::string(clock), 0, 0, 0});
    const std::int64_t from = monthStart(period.firstMonth), to = monthStart(period.lastMonth + 1);
    const std::string first = registry::monthText(period.firstMonth), last = registry::monthText(period.lastMonth);
    auto s = store.readConsistent([&](Db db) -> Status {
        if (auto r = recordedClocks(db, first, last, clocks); !r)
            return r;
        return openMissedClocks(db, from, to, cutoff, clocks);
    });
    if (!s)
        return registry::orStorage(s.error());
    std::sort(clocks.feedbackDays.begin(), clocks.feedbackDays.end());
    if (!clocks.complete)
        for (auto& row : clocks.rows)
            row.inTime = row.late = row.missed = 0;
    return clocks;
}

json::object clocksJson(const VmsClocks& clocks, const registry::SuppressionRule& rule)
{
    const std::int64_t k = registry::threshold(rule);
    json::array rows;
    if (clocks.complete)
        for (const auto& c : clocks.rows) {
            const std::int64_t judged = c.inTime + c.late + c.missed;
            const bool shown = judged == 0 || judged >= k;
            const auto figure = [&](std::int64_t n) {
                return shown ? json::value(n) : json::value(registry::primaryLabel(rule));
            };
            json::value share = nullptr;
            if (judged >= k)
                share = std::round(1000.0 * static_cast<double>(c.inTime) / static_cast<double>(judged)) / 10.0;
            rows.push_back(json::object{{"domain", enumName(c.domain)},
                                        {"clock", c.clock},
                                        {"judged", figure(judged)},
                                        {"in_time", figure(c.inTime)},
                                        {"late", figure(c.late)},
                                        {"missed", figure(c.missed)},
                                        {"share", std::move(share)}});
        }
    // Handling figures over all routes: shown when over at least k cases (or none), as the
    // indicators' clock figures are, so few cases in time is never hidden for being few.
    const bool receivedShown = clocks.received == 0 || clocks.received >= k;
    const auto count = [&](std::int64_t n, bool shown) {
        return shown ? json::value(n) : json::value(registry::primaryLabel(rule));
    };
    json::value ackShare = nullptr;
    if (clocks.received >= k)
        ackShare = std::round(1000.0 * static_cast<double>(clocks.acknowledgedIn7) / static_cast<double>(clocks.received))
                   / 10.0;
    const auto given = static_cast<std::int64_t>(clocks.feedbackDays.size());
    json::value median = nullptr;
    if (given >= k) {
        const auto half = clocks.feedbackDays.size() / 2;
        median = clocks.feedbackDays.size() % 2 == 1
                     ? static_cast<double>(clocks.feedbackDays[half])
                     : static_cast<double>(clocks.feedbackDays[half - 1] + clocks.feedbackDays[half]) / 2.0;
    }
    return json::object{
        {"complete", clocks.complete},
        {"rows", std::move(rows)},
        {"acknowledged_within_7_days",
         json::object{{"received", count(clocks.received, receivedShown)},
                      {"within", count(clocks.acknowledgedIn7, receivedShown)},
                      {"share", std::move(ackShare)}}},
        {"feedback_median_days",
         json::object{{"given", count(given, given == 0 || given >= k)}, {"median", std::move(median)}}}};
}

} // namespace vigil::report
