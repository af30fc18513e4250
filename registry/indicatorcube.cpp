// SPDX-License-Identifier: EUPL-1.2
#include "indicatorcube.h"

#include "shared/riskmatrix.h"

#include <array>
#include <ctime>
#include <map>

namespace vigil::registry {

std::string cubeLevel(const RoutingHeader& h)
{
    const auto level = reportLevel(h.severity, h.likelihood, h.impact, h.immediateDanger);
    return level ? std::string(enumName(*level)) : "unrated";
}

std::string monthOf(UnixSeconds t)
{
    const std::time_t time = static_cast<std::time_t>(t);
    std::tm tm{};
    gmtime_r(&time, &tm);
    std::array<char, 16> buffer{};
    std::strftime(buffer.data(), buffer.size(), "%Y-%m", &tm);
    return buffer.data();
}

Status countNewCases(Db db, const std::vector<CubeEntry>& cases)
{
    using CountKey = std::array<std::string, 7>;
    using ClockKey = std::array<std::string, 2>;
    std::map<CountKey, std::int64_t> counts;
    std::map<ClockKey, std::int64_t> clocks;
    for (const CubeEntry& c : cases) {
        const RoutingHeader& h = *c.header;
        const std::string received = monthOf(c.receivedAt);
        ++counts[CountKey{h.month, received, h.unit, std::string(enumName(h.kind)), std::string(enumName(h.category)),
                          std::string(enumName(h.mode)), cubeLevel(h)}];
        ++clocks[ClockKey{received, std::string(enumName(domainOf(h.category)))}];
    }
    // The counts are qualified with their table: PostgreSQL finds a bare `count` ambiguous
    // between the stored row and `excluded`, SQLite accepts either spelling.
    auto upsert = db.prepare(
        "INSERT INTO pdca_counts(month, received_month, unit, kind, category, mode, level, count) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) "
        "ON CONFLICT(month, received_month, unit, kind, category, mode, level) "
        "DO UPDATE SET count = pdca_counts.count + ?8");
    if (!upsert)
        return upsert.error();
    for (const auto& [key, n] : counts) {
        upsert->reset();
        for (int i = 0; i < 7; ++i)
            upsert->bindText(i + 1, key[static_cast<std::size_t>(i)]);
        upsert->bind(8, n);
        if (auto r = upsert->run(); !r)
            return r;
    }
    auto received = db.prepare("INSERT INTO pdca_clocks(received_month, domain, clock, outcome, event_month, days, "
                               "count) VALUES (?1, ?2, 'received', '', ?1, 0, ?3) "
                               "ON CONFLICT(received_month, domain, clock, outcome, event_month, days) "
                               "DO UPDATE SET count = pdca_clocks.count + ?3");
    if (!received)
        return received.error();
    for (const auto& [key, n] : clocks) {
        received->reset();
        received->bindText(1, key[0]).bindText(2, key[1]).bind(3, n);
        if (auto r = received->run(); !r)
            return r;
    }
    return {};
}

namespace {

Status addClockRow(Db db, const RouteClockEvent& clock, std::string_view outcome, UnixSeconds at)
{
    auto st = db.prepare("INSERT INTO pdca_clocks(received_month, domain, clock, outcome, event_month, days, count) "
                         "VALUES (?, ?, ?, ?, ?, ?, 1) "
                         "ON CONFLICT(received_month, domain, clock, outcome, event_month, days) "
                         "DO UPDATE SET count = pdca_clocks.count + 1");
    if (!st)
        return st.error();
    // Whole days, truncated, as the backfill in schema.cpp computes them.
    const std::int64_t days = at > clock.receivedAt ? (at - clock.receivedAt) / 86400 : 0;
    const std::string received = monthOf(clock.receivedAt);
    const std::string event = monthOf(at);
    st->bindText(1, received)
        .bindText(2, enumName(clock.domain))
        .bindText(3, clock.clock)
        .bindText(4, outcome)
        .bindText(5, event)
        .bind(6, days);
    if (auto r = st->run(); !r)
        return r.error();
    return {};
}

} // namespace

Status addClockEvent(Db db, const RouteClockEvent& clock, UnixSeconds at)
{
    return addClockRow(db, clock, at <= clock.due ? "in_time" : "late", at);
}

Status addMissedClock(Db db, const RouteClockEvent& clock, UnixSeconds closedAt)
{
    return addClockRow(db, clock, "missed", closedAt);
}

Status withdrawMissedClock(Db db, const RouteClockEvent& clock, UnixSeconds closedAt)
{
    const std::int64_t days = closedAt > clock.receivedAt ? (closedAt - clock.receivedAt) / 86400 : 0;
    const std::string received = monthOf(clock.receivedAt);
    const std::string event = monthOf(closedAt);
    // A cell of one goes; count > 0 is the table's rule.
    for (const char* sql : {"DELETE FROM pdca_clocks WHERE received_month = ? AND domain = ? AND clock = ? "
                            "AND outcome = 'missed' AND event_month = ? AND days = ? AND count = 1",
                            "UPDATE pdca_clocks SET count = count - 1 WHERE received_month = ? AND domain = ? "
                            "AND clock = ? AND outcome = 'missed' AND event_month = ? AND days = ? AND count > 1"}) {
        auto st = db.prepare(sql);
        if (!st)
            return st.error();
        st->bindText(1, received).bindText(2, enumName(clock.domain)).bindText(3, clock.clock).bindText(4, event);
        st->bind(5, days);
        if (auto r = st->run(); !r)
            return r.error();
        if (st->changes() > 0)
            return {};
    }
    return {};
}

Result<std::vector<ClockRow>> scanClocks(Db db, std::string_view fromMonth)
{
    // The indicators count events over all routes; a missed clock is no event, and first
    // contact is a route's clock the indicators do not have.
    auto st = db.prepare("SELECT received_month, clock, event_month, days, SUM(count) FROM pdca_clocks "
                         "WHERE (received_month >= ?1 OR event_month >= ?1) AND outcome != 'missed' "
                         "AND clock IN ('received', 'acknowledge', 'feedback') GROUP BY 1, 2, 3, 4");
    if (!st)
        return st.error();
    const std::string from(fromMonth);
    st->bindText(1, from);
    std::vector<ClockRow> rows;
    if (auto s = st->eachRow([&](const Stmt& r) {
            rows.push_back({r.text(0), r.text(1), r.text(2), r.int64(3), r.int64(4)});
        });
        !s)
        return s.error();
    return rows;
}

Status eachCubeRow(Db db, std::string_view fromMonth, const std::function<void(const CubeRowView&)>& onRow)
{
    auto st = db.prepare("SELECT month, received_month, unit, kind, category, mode, level, count FROM pdca_counts "
                         "WHERE month >= ?");
    if (!st)
        return st.error();
    // A copy: an empty view may have no data pointer, which SQLite would bind as NULL.
    const std::string from(fromMonth);
    st->bindText(1, from);
    return st->eachRow([&](const Stmt& row) {
        onRow(CubeRowView{row.textView(0), row.textView(1), row.textView(2), row.textView(3), row.textView(4),
                          row.textView(5), row.textView(6), row.int64(7)});
    });
}

Result<std::vector<CubeRow>> scanCube(Db db, std::string_view fromMonth)
{
    std::vector<CubeRow> rows;
    auto s = eachCubeRow(db, fromMonth, [&](const CubeRowView& r) {
        rows.push_back({std::string(r.month), std::string(r.receivedMonth), std::string(r.unit), std::string(r.kind),
                        std::string(r.category), std::string(r.mode), std::string(r.level), r.count});
    });
    if (!s)
        return s.error();
    return rows;
}

} // namespace vigil::registry
