// SPDX-License-Identifier: EUPL-1.2
#include "vmsalerts.h"

#include "registry/pdca/pdcatext.h"
#include "registry/sqlitecolumns.h"

#include <boost/json/object.hpp>

#include <cmath>

namespace vigil::report {
namespace {

namespace json = boost::json;

// A figure as the board published it: a count as an integer, a level as it was computed.
json::value count(double v)
{
    return v == std::floor(v) ? json::value(static_cast<std::int64_t>(v)) : json::value(v);
}


} // namespace

Result<std::vector<VmsAlert>> alertsRaisedIn(registry::SqlCaseStore& store, const VmsPeriod& period)
{
    std::vector<VmsAlert> alerts;
    const std::int64_t from = monthStart(period.firstMonth), to = monthStart(period.lastMonth + 1);
    auto s = store.readConsistent([&](Db db) -> Status {
        auto stmt = db.prepare("SELECT id, indicator_id, month, rule, value, level, state, raised_at, follow_up_due, "
                               "measure_id, explanation != '', followed_up_at FROM alerts "
                               "WHERE raised_at >= ?1 AND raised_at < ?2 ORDER BY raised_at, id");
        if (!stmt)
            return stmt.error();
        stmt->bind(1, from).bind(2, to);
        return stmt->eachRow([&](const Stmt& row) {
            VmsAlert a;
            a.id = row.int64(0);
            a.indicator = row.text(1);
            a.month = row.text(2);
            a.rule = row.text(3);
            a.value = row.real(4);
            a.level = row.real(5);
            a.state = row.text(6);
            a.raisedAt = row.int64(7);
            a.followUpDue = row.int64(8);
            a.measure = registry::optInt(row, 9);
            a.explained = row.int64(10) != 0;
            a.followedUpAt = registry::optInt(row, 11);
            alerts.push_back(std::move(a));
        });
    });
    if (!s)
        return registry::orStorage(s.error());
    return alerts;
}

json::array alertsJson(const std::vector<VmsAlert>& alerts, std::int64_t cutoff)
{
    json::array out;
    for (const auto& a : alerts) {
        json::value followUp = nullptr;
        if (a.measure || a.explained) {
            json::object f;
            if (a.measure)
                f["measure"] = *a.measure;
            if (a.explained)
                f["explained"] = true;
            followUp = std::move(f);
        }
        json::value onTime = nullptr;
        if (a.followedUpAt)
            onTime = *a.followedUpAt <= a.followUpDue;
        else if (a.followUpDue < cutoff)
            onTime = false;
        out.push_back(json::object{{"id", a.id},
                                   {"indicator", a.indicator},
                                   {"month", a.month},
                                   {"rule", a.rule},
                                   {"value", count(a.value)},
                                   {"level", count(a.level)},
                                   {"state", a.state},
                                   {"follow_up", std::move(followUp)},
                                   {"on_time", std::move(onTime)}});
    }
    return out;
}

} // namespace vigil::report
