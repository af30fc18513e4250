// SPDX-License-Identifier: EUPL-1.2
#include "vmsclocks.h"

#include "registry/pdca/pdcatext.h"
#include "registry/sqlitecolumns.h"

#include <boost/json/array.hpp>

#include <array>
#include <cmath>

namespace vigil::report {
namespace {

namespace json = boost::json;

constexpr std::array<Domain, 3> kDomains{Domain::Physical, Domain::Social, Domain::Integrity};
constexpr std::array<std::string_view, 3> kClocks{"acknowledge", "contact", "feedback"};

enum Column : int { DomainCol, ClosedAt, AckDue, AckAt, ContactDue, FirstReply, FeedbackDue, FeedbackAt };

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

Result<VmsClocks> clocksOfPeriod(registry::SqliteCaseStore& store, const VmsPeriod& period, std::int64_t cutoff)
{
    VmsClocks clocks;
    for (const Domain d : kDomains)
        for (const auto clock : kClocks)
            clocks.rows.push_back(VmsClockCount{d, std::string(clock), 0, 0, 0});
    const std::int64_t from = monthStart(period.firstMonth), to = monthStart(period.lastMonth + 1);
    auto s = store.readConsistent([&](SqliteDb& db) -> Status {
        // Every case received in the period, as counted at intake; retention never touches the cube.
        auto intake = db.prepare("SELECT COALESCE(SUM(count), 0) FROM pdca_counts "
                                 "WHERE received_month >= ?1 AND received_month <= ?2");
        if (!intake)
            return intake.error();
        const std::string first = registry::monthText(period.firstMonth), last = registry::monthText(period.lastMonth);
        intake->bindText(1, first).bindText(2, last);
        auto received = firstInt(*intake);
        if (!received)
            return received.error();
        auto stmt = db.prepare(
            "SELECT domain, closed_at, ack_due, acknowledged_at, contact_due, "
            "(SELECT MIN(at) FROM case_messages WHERE case_id = cases.id AND kind = 'reply'), feedback_due, "
            "feedback_at FROM cases WHERE received_at >= ?1 AND received_at < ?2");
        if (!stmt)
            return stmt.error();
        stmt->bind(1, from).bind(2, to);
        std::int64_t held = 0;
        auto rows = stmt->eachRow([&](const SqliteStmt& row) {
            ++held;
            const auto domain = parseEnum<Domain>(row.textView(DomainCol));
            if (!domain)
                return;
            const auto closedAt = registry::optInt(row, ClosedAt);
            const auto base = static_cast<std::size_t>(*domain) * kClocks.size();
            const auto add = [&](std::size_t clock, std::optional<std::int64_t> due, std::optional<std::int64_t> done) {
                if (!due)
                    return;  // a route without this clock
                const auto outcome = clockOutcome(*due, done, closedAt, cutoff);
                if (!outcome)
                    return;
                auto& c = clocks.rows[base + clock];
                ++(*outcome == ClockOutcome::InTime ? c.inTime : *outcome == ClockOutcome::Late ? c.late : c.missed);
            };
            add(0, row.int64(AckDue), registry::optInt(row, AckAt));
            add(1, registry::optInt(row, ContactDue), registry::optInt(row, FirstReply));
            add(2, row.int64(FeedbackDue), registry::optInt(row, FeedbackAt));
        });
        if (!rows)
            return rows;
        clocks.complete = held >= received->value_or(0);
        return {};
    });
    if (!s)
        return registry::orStorage(s.error());
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
    return json::object{{"complete", clocks.complete}, {"rows", std::move(rows)}};
}

} // namespace vigil::report
