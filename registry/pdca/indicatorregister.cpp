// SPDX-License-Identifier: EUPL-1.2
#include "indicatorregister.h"

#include "sqlpeople.h"

#include "registry/forupdate.h"
#include "registry/indicatorcube.h"

#include <boost/json/array.hpp>
#include <algorithm>
#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

namespace vigil::registry {
namespace {

Result<std::vector<IndicatorDef>> readActive(Db db)
{
    auto st = db.prepare("SELECT id, name_nl, name_en, filter, baseline_months, period_months, rules, alerts, "
                         "follow_up_days, measure, denominator, clock, within_days, target, target_direction, "
                         "alert_direction, frozen_after FROM indicators WHERE retired_at IS NULL ORDER BY id");
    if (!st)
        return st.error();
    std::vector<IndicatorDef> defs;
    for (;;) {
        auto more = st->step();
        if (!more)
            return more.error();
        if (!*more)
            break;
        IndicatorDef d;
        d.id = st->text(0);
        d.nameNl = st->text(1);
        d.nameEn = st->text(2);
        auto filter = parseFilter(st->text(3));
        auto rules = parseAlertRules(st->text(6));
        const auto measure = parseEnum<IndicatorMeasure>(st->text(9));
        const Error unreadable{"indicator " + d.id + ": its stored definition does not read back", ErrorKind::Storage};
        if (!filter || !rules || !measure)
            return unreadable;
        d.filter = std::move(*filter);
        d.levels.baselineMonths = static_cast<int>(st->int64(4));
        d.levels.periodMonths = static_cast<int>(st->int64(5));
        d.rules = std::move(*rules);
        d.alerts = st->int64(7) != 0;
        d.followUpDays = static_cast<int>(st->int64(8));
        d.measure = *measure;
        if (!st->isNull(10)) {
            auto denominator = parseFilter(st->text(10));
            if (!denominator)
                return unreadable;
            d.denominator = std::move(*denominator);
        }
        if (!st->isNull(11)) {
            const auto clock = parseEnum<HandlingClock>(st->text(11));
            if (!clock)
                return unreadable;
            d.clock = *clock;
        }
        d.withinDays = st->isNull(12) ? 0 : static_cast<int>(st->int64(12));
        if (!st->isNull(13)) {
            const auto direction = parseEnum<TargetDirection>(st->text(14));
            if (!direction)
                return unreadable;
            d.target = IndicatorTarget{st->real(13), *direction};
        }
        const auto alertDirection = parseEnum<AlertDirection>(st->text(15));
        if (!alertDirection)
            return unreadable;
        d.levels.direction = *alertDirection;
        if (!st->isNull(16)) {
            d.frozenAfter = monthIndex(st->text(16));
            if (!d.frozenAfter)
                return unreadable;
        }
        defs.push_back(std::move(d));
    }
    return defs;
}

// The measures due, for measures_on_time: on time when implemented by the due date and
// recorded before the due month settled; a measure cancelled before then was never due. Read
// this way, a settled month's figure never changes.
Result<std::vector<HandlingFacts::Due>> readMeasuresDue(Db db, int settleMonths)
{
    auto st = db.prepare("SELECT substr(due_date, 1, 7), implemented_on IS NOT NULL AND implemented_on <= due_date, "
                         "implemented_at, cancelled_at FROM measures");
    if (!st)
        return st.error();
    std::vector<HandlingFacts::Due> due;
    if (auto s = st->eachRow([&](const Stmt& r) {
            const auto month = monthIndex(r.text(0));
            if (!month)
                return;
            const auto settledBy = [&](int column) {
                return !r.isNull(column) && monthIndex(monthOf(r.int64(column))).value_or(0) <= *month + settleMonths;
            };
            if (settledBy(3))
                return;
            due.push_back({*month, r.int64(1) != 0 && settledBy(2)});
        });
        !s)
        return s.error();
    return due;
}

// The cases whose first retaliation signal of a quarter fell in each month, from `fromMonth` on
// (retaliation_months).
Result<std::vector<HandlingFacts::Signals>> readRetaliationMonths(Db db, const std::string& fromMonth)
{
    auto st = db.prepare("SELECT month, count FROM retaliation_months WHERE month >= ?");
    if (!st)
        return st.error();
    st->bindText(1, fromMonth);
    std::vector<HandlingFacts::Signals> signals;
    if (auto s = st->eachRow([&](const Stmt& r) {
            if (const auto month = monthIndex(r.text(0)))
                signals.push_back({*month, r.int64(1)});
        });
        !s)
        return s.error();
    return signals;
}

// Every figure name any earlier board hid (names carry their month, so a union is exact).
Result<std::set<std::string>> readHidden(Db db)
{
    auto st = db.prepare("SELECT hidden FROM pdca_snapshots");
    if (!st)
        return st.error();
    std::set<std::string> hidden;
    for (;;) {
        auto more = st->step();
        if (!more)
            return more.error();
        if (!*more)
            break;
        boost::system::error_code ec;
        const auto names = boost::json::parse(st->text(0), ec);
        if (ec || !names.is_array())
            return Error{"an indicator snapshot does not read back", ErrorKind::Storage};
        for (const auto& name : names.as_array())
            if (name.is_string())
                hidden.insert(std::string(name.as_string()));
    }
    return hidden;
}

} // namespace

Result<IndicatorBoard> readBoard(Db db, int asOf, const BoardPolicy& policy)
{
    auto defs = readActive(db);
    if (!defs)
        return defs.error();
    auto tree = readUnitTree(db);
    if (!tree)
        return tree.error();
    auto hidden = readHidden(db);
    if (!hidden)
        return hidden.error();
    // Months before the first report the registry received are no data (BoardPolicy::dataStart).
    auto start = db.prepare("SELECT MIN(received_month) FROM pdca_counts");
    if (!start)
        return start.error();
    BoardPolicy withStart = policy;
    if (auto row = start->step(); !row)
        return row.error();
    else if (*row && !start->isNull(0))
        withStart.dataStart = monthIndex(start->text(0));
    BoardCounter counter(*defs, *tree, asOf, policy);
    const std::string from = monthText(asOf - policy.windowMonths + 1);
    if (auto scanned = eachCubeRow(db, from, [&](const CubeRowView& row) { counter.add(row); }); !scanned)
        return scanned.error();
    HandlingFacts facts;
    const bool handling = std::any_of(defs->begin(), defs->end(),
                                      [](const IndicatorDef& d) { return !countsReports(d.measure); });
    if (handling) {
        auto clocks = scanClocks(db, from);
        if (!clocks)
            return clocks.error();
        auto due = readMeasuresDue(db, policy.settleMonths);
        if (!due)
            return due.error();
        // Whole quarters: the first one's months before the window are in its suppression.
        const int firstMonth = asOf - policy.windowMonths + 1;
        auto retaliation = readRetaliationMonths(db, monthText(firstMonth - ((firstMonth % 3) + 3) % 3));
        if (!retaliation)
            return retaliation.error();
        facts = {std::move(*clocks), std::move(*due), std::move(*retaliation)};
    }
    return buildBoard(*defs, counter.counts(), *tree, asOf, withStart, *hidden, facts);
}

int IndicatorRegister::lastSettled(UnixSeconds now, int settleMonths)
{
    return monthIndex(monthOf(now)).value_or(0) - 1 - settleMonths;
}

Status IndicatorRegister::define(const IndicatorDef& def, const std::string& actor, UnixSeconds now)
{
    if (auto s = validate(def); !s)
        return s;
    return m_store.writeAudited([&](Db db, AuditEntry& audit) -> Status {
        auto used = db.prepare("SELECT COUNT(*) FROM indicators WHERE id = ?");
        if (!used)
            return used.error();
        used->bindText(1, def.id);
        if (auto more = used->step(); !more)
            return more.error();
        if (used->int64(0) > 0)
            return Error{"indicator " + def.id + " exists or existed: an id is never reused", ErrorKind::Conflict};
        auto defs = readActive(db);
        if (!defs)
            return defs.error();
        auto tree = readUnitTree(db);
        if (!tree)
            return tree.error();
        if (!def.filter.unit.empty() && !tree->count(def.filter.unit))
            return Error{"indicator " + def.id + ": no unit " + def.filter.unit, ErrorKind::Invalid};
        defs->push_back(def);
        if (auto families = familiesOf(*defs, *tree); !families)
            return families.error();

        auto insert = db.prepare("INSERT INTO indicators(id, name_nl, name_en, measure, filter, baseline_months, "
                                 "period_months, rules, alerts, follow_up_days, created_by, created_at, denominator, "
                                 "clock, within_days, target, target_direction, alert_direction) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        if (!insert)
            return insert.error();
        const std::string measure(enumName(def.measure));
        const std::string filter = canonicalJson(def.filter);
        const std::string rules = formatAlertRules(def.rules);
        insert->bindText(1, def.id)
            .bindText(2, def.nameNl)
            .bindText(3, def.nameEn)
            .bindText(4, measure)
            .bindText(5, filter)
            .bind(6, def.levels.baselineMonths)
            .bind(7, def.levels.periodMonths)
            .bindText(8, rules)
            .bind(9, def.alerts ? 1 : 0)
            .bind(10, def.followUpDays)
            .bindText(11, actor)
            .bind(12, now);
        const std::string denominator = def.denominator ? canonicalJson(*def.denominator) : std::string();
        const std::string clock(enumName(def.clock));
        const std::string direction = def.target ? std::string(enumName(def.target->direction)) : std::string();
        const bool clocked = def.measure == IndicatorMeasure::WithinClock || def.measure == IndicatorMeasure::MedianDays;
        if (def.denominator)
            insert->bindText(13, denominator);
        else
            insert->bindNull(13);
        if (clocked)
            insert->bindText(14, clock);
        else
            insert->bindNull(14);
        if (def.measure == IndicatorMeasure::WithinClock)
            insert->bind(15, def.withinDays);
        else
            insert->bindNull(15);
        if (def.target)
            insert->bindReal(16, def.target->value).bindText(17, direction);
        else
            insert->bindNull(16).bindNull(17);
        const std::string alertDirection(enumName(def.levels.direction));
        insert->bindText(18, alertDirection);
        if (auto s = insert->run(); !s)
            return s;
        // The filter names no person; the names are the organisation's own words for it.
        audit = AuditEntry{0, now, actor, "indicator.defined", def.id, describe(def), {}, {}};
        return {};
    });
}

Status IndicatorRegister::retire(const std::string& id, const std::string& actor, UnixSeconds now)
{
    return m_store.writeAudited([&](Db db, AuditEntry& audit) -> Status {
        auto st = db.prepare("UPDATE indicators SET retired_at = ? WHERE id = ? AND retired_at IS NULL");
        if (!st)
            return st.error();
        st->bind(1, now).bindText(2, id);
        if (auto s = st->run(); !s)
            return s;
        if (st->changes() == 0)
            return Error{"no indicator " + id + " in force", ErrorKind::NotFound};
        audit = AuditEntry{0, now, actor, "indicator.retired", id, "", {}, {}};
        return {};
    });
}

Result<std::string> IndicatorRegister::freeze(const std::string& id, const std::string& actor, UnixSeconds now,
                                              int settleMonths)
{
    const std::string last = monthText(lastSettled(now, settleMonths));
    std::string frozen;
    auto s = m_store.writeAudited([&](Db db, AuditEntry& audit) -> Status {
        auto st = db.prepare("SELECT frozen_after FROM indicators WHERE id = ? AND retired_at IS NULL"
                             + std::string(forUpdate(db)));
        if (!st)
            return st.error();
        st->bindText(1, id);
        auto found = st->step();
        if (!found)
            return found.error();
        if (!*found)
            return Error{"no indicator " + id + " in force", ErrorKind::NotFound};
        if (!st->isNull(0))
            return Error{"indicator " + id + " is frozen already: its last month is " + st->text(0),
                         ErrorKind::Conflict};
        st->reset();
        auto update = db.prepare("UPDATE indicators SET frozen_after = ? WHERE id = ?");
        if (!update)
            return update.error();
        update->bindText(1, last).bindText(2, id);
        if (auto r = update->run(); !r)
            return r;
        frozen = last;
        audit = AuditEntry{0, now, actor, "indicator.frozen", id, "after " + last, {}, {}};
        return {};
    });
    if (!s)
        return s.error();
    return frozen;
}

Result<std::vector<IndicatorDef>> IndicatorRegister::active()
{
    std::vector<IndicatorDef> defs;
    auto s = m_store.readConsistent([&](Db db) -> Status {
        auto read = readActive(db);
        if (!read)
            return read.error();
        defs = std::move(*read);
        return {};
    });
    if (!s)
        return s.error();
    return defs;
}

Result<IndicatorBoard> IndicatorRegister::board(int asOf, const BoardPolicy& policy, UnixSeconds now)
{
    if (asOf > lastSettled(now, policy.settleMonths))
        return Error{monthText(asOf) + " has not settled: it takes late reports until the end of "
                         + monthText(asOf + policy.settleMonths),
                     ErrorKind::Conflict};
    std::optional<IndicatorBoard> built;
    bool stored = true;
    auto s = m_store.readConsistent([&](Db db) -> Status {
        auto b = readBoard(db, asOf, policy);
        if (!b)
            return b.error();
        built = std::move(*b);
        auto exists = db.prepare("SELECT COUNT(*) FROM pdca_snapshots WHERE as_of = ?");
        if (!exists)
            return exists.error();
        const std::string month = monthText(asOf);
        exists->bindText(1, month);
        if (auto more = exists->step(); !more)
            return more.error();
        stored = exists->int64(0) > 0;
        return {};
    });
    if (!s)
        return s.error();
    if (stored)
        return std::move(*built);

    // The first board of this month: keep what it hid. A second process doing the same at the
    // same moment finds the row there and stores nothing (the transaction is undone).
    boost::json::array names;
    for (const auto& name : built->hidden)
        names.emplace_back(name);
    const std::string month = monthText(asOf);
    const std::string json = boost::json::serialize(names);
    auto w = m_store.writeAudited([&](Db db, AuditEntry& audit) -> Status {
        auto insert = db.prepare("INSERT INTO pdca_snapshots(as_of, made_at, k, hidden) VALUES (?, ?, ?, ?) "
                                 "ON CONFLICT DO NOTHING");
        if (!insert)
            return insert.error();
        insert->bindText(1, month).bind(2, now).bind(3, threshold(policy.rule)).bindText(4, json);
        if (auto r = insert->run(); !r)
            return r;
        if (insert->changes() == 0)
            return Error{"snapshot exists", ErrorKind::Conflict};
        audit = AuditEntry{0, now, "registry", "indicator.snapshot", month,
                           std::to_string(built->hidden.size()) + " figure(s) hidden", {}, {}};
        return {};
    });
    if (!w && w.error().kind != ErrorKind::Conflict)
        return w.error();
    return std::move(*built);
}

} // namespace vigil::registry
