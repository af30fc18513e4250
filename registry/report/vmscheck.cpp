// SPDX-License-Identifier: EUPL-1.2
// checkVmsReport: reads a report back as an inspector's tool would, without the writer's types.
#include "vmsreport.h"

#include "registry/pdca/riskstate.h"

#include "shared/jsonreader.h"
#include "shared/riskmatrix.h"

#include <boost/json/value.hpp>

#include <cmath>

namespace vigil::report {
namespace {

Error invalidAt(const std::string& where, const std::string& what)
{
    return Error{"report " + where + ": " + what, ErrorKind::Invalid};
}

// A count of reports as published: 0, at least k, "<k" or "x".
Status checkCount(const boost::json::value& v, std::int64_t k, const std::string& where)
{
    if (v.is_int64()) {
        const std::int64_t n = v.as_int64();
        if (n < 0 || (n > 0 && n < k))
            return invalidAt(where, std::to_string(n) + " is a count below k = " + std::to_string(k));
        return {};
    }
    if (v.is_string() && (v.as_string() == "<" + std::to_string(k) || v.as_string() == "x"))
        return {};
    return invalidAt(where, "expected a count, \"<" + std::to_string(k) + "\" or \"x\"");
}

bool isHidden(const boost::json::value& v) { return v.is_string(); }

const boost::json::array* arrayAt(const boost::json::object& o, std::string_view key)
{
    const auto* v = o.if_contains(key);
    return v && v->is_array() ? &v->as_array() : nullptr;
}

// One indicator's values by its measure (docs/pdca.md, "Indicators"): a count (of reports or of
// retaliation signals) as published; a ratio or share published only with both its terms as
// published counts, and equal to their quotient (to 4 decimals); a handling figure published
// only over 0 or at least k cases; a target only on a handling indicator.
Status checkIndicatorValues(const boost::json::object& indicator, std::int64_t k, const std::string& at)
{
    const auto& values = indicator.at("values").as_array();
    const auto* m = indicator.if_contains("measure");
    const std::string measure = m && m->is_string() ? std::string(m->as_string()) : "count";
    const bool reports = measure == "count" || measure == "ratio" || measure == "share";
    const bool wholeCount = measure == "count" || measure == "retaliation_signals";
    if (const auto* target = indicator.if_contains("target");
        (reports || wholeCount) && target && !target->is_null())
        return invalidAt(at + ".target", "a count, ratio or share of reports, or retaliation signals, take no target");
    if (wholeCount) {
        for (std::size_t i = 0; i < values.size(); ++i) {
            if (measure == "retaliation_signals" && values[i].is_null())
                continue;  // a quarter not yet settled
            if (auto s = checkCount(values[i], k, at + ".values[" + std::to_string(i) + "]"); !s)
                return s;
        }
        return {};
    }
    const bool median = measure == "median_days";
    const auto* numerators = arrayAt(indicator, median ? "cases" : "numerators");
    const auto* denominators = median ? numerators : arrayAt(indicator, "denominators");
    if (!numerators || !denominators || numerators->size() != values.size() || denominators->size() != values.size())
        return invalidAt(at, "expected what each value is over, one per month");
    for (std::size_t i = 0; i < values.size(); ++i) {
        const std::string where = at + ".values[" + std::to_string(i) + "]";
        const auto& v = values[i];
        const auto& n = (*numerators)[i];
        const auto& d = (*denominators)[i];
        if (isHidden(v)) {
            if (auto s = checkCount(v, k, where); !s)
                return s;
            if (n != v || d != v)
                return invalidAt(where, "a hidden value shows its terms hidden alike");
            continue;
        }
        if (!n.is_int64() || !d.is_int64() || n.as_int64() < 0 || d.as_int64() < 0)
            return invalidAt(where, "a published value shows what it is over as counts");
        if (reports) {
            if (auto s = checkCount(n, k, where + " numerator"); !s)
                return s;
            if (auto s = checkCount(d, k, where + " denominator"); !s)
                return s;
        } else if (d.as_int64() > 0 && d.as_int64() < k) {
            return invalidAt(where, "a handling figure over fewer than k = " + std::to_string(k) + " cases");
        }
        if (d.as_int64() == 0) {
            if (!v.is_null())
                return invalidAt(where, "a value over nothing is null");
            continue;
        }
        if (!v.is_number())
            return invalidAt(where, "expected a number");
        const double value = v.to_number<double>();
        if (median) {
            if (value < 0)
                return invalidAt(where, "a median of days is not negative");
            continue;
        }
        if (measure != "ratio" && n.as_int64() > d.as_int64())
            return invalidAt(where, "a share's part exceeds its whole");
        const double quotient = static_cast<double>(n.as_int64()) / static_cast<double>(d.as_int64());
        if (std::abs(value - quotient) > 0.00006)
            return invalidAt(where, "the value is not its numerator over its denominator");
    }
    return {};
}

// A matrix in the statistics' table shape: every entry a count as published, and no line —
// a row or column with its total — hiding exactly one entry (the total would give it away).
// Returns the interior cells, row-major, and the total last.
Result<std::vector<const boost::json::value*>> checkMatrix(const boost::json::object& risks, std::string_view name, std::int64_t k)
{
    const std::string at = "risks." + std::string(name);
    const auto* v = risks.if_contains(name);
    if (!v || !v->is_object())
        return invalidAt(at, "expected a table");
    const auto& t = v->as_object();
    const auto* rows = arrayAt(t, "rows");
    const auto* columns = arrayAt(t, "columns");
    const auto* cells = arrayAt(t, "cells");
    const auto* rowTotals = arrayAt(t, "row_totals");
    const auto* columnTotals = arrayAt(t, "column_totals");
    const auto* total = t.if_contains("total");
    if (!rows || !columns || !cells || !rowTotals || !columnTotals || !total || cells->size() != rows->size()
        || rowTotals->size() != rows->size() || columnTotals->size() != columns->size())
        return invalidAt(at, "expected rows, columns, cells and totals that fit");
    const std::size_t nr = rows->size(), nc = columns->size();
    // The grid with its margins: (nr + 1) × (nc + 1).
    std::vector<const boost::json::value*> grid;
    for (std::size_t r = 0; r < nr; ++r) {
        const auto& row = (*cells)[r];
        if (!row.is_array() || row.as_array().size() != nc)
            return invalidAt(at + ".cells[" + std::to_string(r) + "]", "expected one entry per column");
        for (const auto& cell : row.as_array())
            grid.push_back(&cell);
        grid.push_back(&(*rowTotals)[r]);
    }
    for (const auto& cell : *columnTotals)
        grid.push_back(&cell);
    grid.push_back(total);
    for (std::size_t i = 0; i < grid.size(); ++i)
        if (auto s = checkCount(*grid[i], k, at + " entry " + std::to_string(i)); !s)
            return s.error();
    const auto entry = [&](std::size_t r, std::size_t c) -> const boost::json::value& { return *grid[r * (nc + 1) + c]; };
    // A line — its entries, the last one their total — that hides one entry alone gives it
    // away, unless what it gives away is 0 (a zero hidden inside a small line).
    const auto givesAway = [](const std::vector<const boost::json::value*>& line) {
        std::size_t hiddenAt = line.size(), n = 0;
        for (std::size_t i = 0; i < line.size(); ++i)
            if (isHidden(*line[i])) {
                hiddenAt = i;
                ++n;
            }
        if (n != 1)
            return false;
        std::int64_t parts = 0;
        for (std::size_t i = 0; i + 1 < line.size(); ++i)
            if (i != hiddenAt)
                parts += line[i]->as_int64();
        const std::int64_t value = hiddenAt + 1 == line.size() ? parts : line.back()->as_int64() - parts;
        return value != 0;
    };
    for (std::size_t r = 0; r <= nr; ++r) {
        std::vector<const boost::json::value*> line;
        for (std::size_t c = 0; c <= nc; ++c)
            line.push_back(&entry(r, c));
        if (givesAway(line))
            return invalidAt(at + " row " + std::to_string(r), "hides one entry alone");
    }
    for (std::size_t c = 0; c <= nc; ++c) {
        std::vector<const boost::json::value*> line;
        for (std::size_t r = 0; r <= nr; ++r)
            line.push_back(&entry(r, c));
        if (givesAway(line))
            return invalidAt(at + " column " + std::to_string(c), "hides one entry alone");
    }
    std::vector<const boost::json::value*> interior;
    for (std::size_t r = 0; r < nr; ++r)
        for (std::size_t c = 0; c < nc; ++c)
            interior.push_back(&entry(r, c));
    interior.push_back(&entry(nr, nc));  // the total, last
    return interior;
}

// The risk register: the two matrices; the exact figures per level, which may be published only
// where the residual matrix's cells of that level do not hide exactly one; decisions by role only.
Status checkRisks(const boost::json::object& report, std::int64_t k)
{
    const auto* v = report.if_contains("risks");
    if (!v || !v->is_object())
        return invalidAt("risks", "expected an object");
    const auto& risks = v->as_object();
    if (auto initial = checkMatrix(risks, "matrix_initial", k); !initial)
        return initial.error();
    auto residual = checkMatrix(risks, "matrix_residual", k);
    if (!residual)
        return residual.error();
    const auto& t = risks.at("matrix_residual").as_object();
    std::vector<std::optional<RiskLevel>> levels;  // per interior cell of the residual matrix
    for (const auto& row : t.at("rows").as_array())
        for (const auto& column : t.at("columns").as_array()) {
            const auto p = row.is_string() ? parseEnum<registry::RiskProbability>(row.as_string()) : std::nullopt;
            const auto s = column.is_string() ? parseEnum<Severity>(column.as_string()) : std::nullopt;
            levels.push_back(p && s ? std::optional(registry::levelOf(registry::MatrixCell{*s, *p})) : std::nullopt);
        }
    const bool totalHidden = isHidden(*residual->back());
    const auto* byLevel = arrayAt(risks, "by_level");
    if (!byLevel)
        return invalidAt("risks.by_level", "expected a list");
    for (std::size_t i = 0; i < byLevel->size(); ++i) {
        const std::string at = "risks.by_level[" + std::to_string(i) + "]";
        if (!(*byLevel)[i].is_object())
            return invalidAt(at, "expected an object");
        const auto& row = (*byLevel)[i].as_object();
        const auto* name = row.if_contains("level");
        if (!name || !name->is_string())
            return invalidAt(at, "expected a level");
        bool published = false;
        for (const char* key : {"open", "accepted", "accepted_at_required_level"}) {
            const auto* n = row.if_contains(key);
            if (!n || !((n->is_int64() && n->as_int64() >= 0) || isHidden(*n)))
                return invalidAt(at + "." + key, "expected a count or a label");
            published = published || n->is_int64();
        }
        const auto level = parseEnum<RiskLevel>(name->as_string());
        if (!published || !level)
            continue;
        // The level's count is the sum of its cells: with one of them hidden, it gives that one away.
        const auto* open = row.if_contains("open");
        const auto* accepted = row.if_contains("accepted");
        if (totalHidden || !open->is_int64() || !accepted->is_int64())
            return invalidAt(at, "publishes a level while the residual matrix's total or a part of it is hidden");
        std::size_t hidden = 0;
        std::int64_t rest = open->as_int64() + accepted->as_int64();
        for (std::size_t c = 0; c + 1 < residual->size(); ++c) {
            if (levels[c] != level)
                continue;
            if (isHidden(*(*residual)[c]))
                ++hidden;
            else
                rest -= (*residual)[c]->as_int64();
        }
        if (hidden == 1 && rest != 0)
            return invalidAt(at, "publishes a level whose residual matrix hides one of its cells alone");
    }
    const auto* decisions = arrayAt(risks, "decisions");
    if (!decisions)
        return invalidAt("risks.decisions", "expected a list");
    for (std::size_t i = 0; i < decisions->size(); ++i) {
        const auto& d = (*decisions)[i];
        // `authorities` (the signed authorities document's serial, or null) is in every report
        // issued since schema v17; earlier reports have the eight fields without it.
        const auto* serial = d.is_object() ? d.as_object().if_contains("authorities") : nullptr;
        if (!d.is_object() || d.as_object().size() != (serial ? 9U : 8U)
            || (serial && !serial->is_null() && !(serial->is_int64() && serial->as_int64() > 0)))
            return invalidAt("risks.decisions[" + std::to_string(i) + "]",
                           "expected risk, decision, level, role, role_unit, role_depth, required_depth, at and "
                           "the authorities document's serial or null — and nothing else (no member)");
        for (const char* key : {"risk", "decision", "level", "role", "role_unit", "role_depth", "required_depth", "at"})
            if (!d.as_object().contains(key))
                return invalidAt("risks.decisions[" + std::to_string(i) + "]", std::string("lacks ") + key);
    }
    return {};
}

// The measure of the report's indicator `id`; "count" when the report does not hold it (an
// alert of an indicator retired since) or names none.
std::string measureOf(const boost::json::object& report, const boost::json::value& id)
{
    if (const auto* indicators = arrayAt(report, "indicators"))
        for (const auto& i : *indicators)
            if (i.is_object() && i.as_object().if_contains("id") && i.as_object().at("id") == id)
                if (const auto* m = i.as_object().if_contains("measure"); m && m->is_string())
                    return std::string(m->as_string());
    return "count";
}

// The alerts: a published count (or a ratio's, share's or handling figure's value) each, and a follow-up that names a measure or says "explained"
// — never the explanation's text.
Status checkAlerts(const boost::json::object& report, std::int64_t k)
{
    const auto* alerts = arrayAt(report, "alerts");
    if (!alerts)
        return invalidAt("alerts", "expected a list");
    for (std::size_t i = 0; i < alerts->size(); ++i) {
        const std::string at = "alerts[" + std::to_string(i) + "]";
        const auto& a = (*alerts)[i];
        if (!a.is_object() || a.as_object().size() != 9)
            return invalidAt(at, "expected id, indicator, month, rule, value, level, state, follow_up, on_time");
        const auto& o = a.as_object();
        for (const char* key : {"id", "indicator", "month", "rule", "value", "level", "state", "follow_up", "on_time"})
            if (!o.contains(key))
                return invalidAt(at, std::string("lacks ") + key);
        // A count is checked as one; a ratio's, share's or handling figure's value is a number
        // (it fired, so it was published on the board beside it).
        if (const std::string measure = measureOf(report, o.at("indicator"));
            measure == "count" || measure == "retaliation_signals") {
            if (auto s = checkCount(o.at("value"), k, at + ".value"); !s)
                return s;
        } else if (!o.at("value").is_number() || o.at("value").to_number<double>() < 0) {
            return invalidAt(at + ".value", "expected a number");
        }
        const auto& followUp = o.at("follow_up");
        if (followUp.is_null())
            continue;
        if (!followUp.is_object() || followUp.as_object().empty())
            return invalidAt(at + ".follow_up", "expected null or {\"measure\", \"explained\"}");
        for (const auto& [key, value] : followUp.as_object()) {
            const bool measure = key == "measure" && value.is_int64();
            const bool explained = key == "explained" && value.is_bool() && value.as_bool();
            if (!measure && !explained)
                return invalidAt(at + ".follow_up." + std::string(key), "expected a measure's number or explained: true");
        }
    }
    return {};
}

// The share acknowledged within 7 days and the median days to feedback (reports from before
// they were added have neither): each over 0 or at least k cases, hidden together with its count.
Status checkClockFigures(const boost::json::object& clocks, std::int64_t k)
{
    const auto figure = [&](std::string_view key, std::string_view over, std::string_view part,
                            std::string_view value) -> Status {
        const auto* v = clocks.if_contains(key);
        if (!v)
            return {};
        const std::string at = "clocks." + std::string(key);
        if (!v->is_object() || !v->as_object().contains(over) || !v->as_object().contains(value))
            return invalidAt(at, "expected {\"" + std::string(over) + "\", \"" + std::string(value) + "\"}");
        const auto& o = v->as_object();
        const auto& n = o.at(over);
        if (auto s = checkCount(n, k, at + "." + std::string(over)); !s)
            return s;
        if (!part.empty()) {
            const auto* p = o.if_contains(part);
            if (!p || p->is_int64() != n.is_int64() || (p->is_int64() && (p->as_int64() < 0 || p->as_int64() > n.as_int64()))
                || (p->is_string() && !isHidden(n)))
                return invalidAt(at + "." + std::string(part), "expected a count beside a shown total, a label beside a hidden one");
        }
        const bool allowed = n.is_int64() && n.as_int64() >= k;
        if (!(o.at(value).is_null() || (allowed && o.at(value).is_number())))
            return invalidAt(at + "." + std::string(value), "shown only over at least k cases");
        return {};
    };
    if (auto s = figure("acknowledged_within_7_days", "received", "within", "share"); !s)
        return s;
    return figure("feedback_median_days", "given", "", "median");
}

// The clocks per route: a row's counts are shown only when at least k cases were judged (or
// none), and a share only beside them.
Status checkClocks(const boost::json::object& report, std::int64_t k)
{
    const auto* v = report.if_contains("clocks");
    if (!v || !v->is_object() || !v->as_object().contains("complete") || !v->as_object().at("complete").is_bool())
        return invalidAt("clocks", "expected {\"complete\", \"rows\"}");
    const auto* rows = arrayAt(v->as_object(), "rows");
    if (!rows)
        return invalidAt("clocks.rows", "expected a list");
    for (std::size_t i = 0; i < rows->size(); ++i) {
        const std::string at = "clocks.rows[" + std::to_string(i) + "]";
        if (!(*rows)[i].is_object())
            return invalidAt(at, "expected an object");
        const auto& row = (*rows)[i].as_object();
        const auto* judged = row.if_contains("judged");
        const auto* share = row.if_contains("share");
        if (!judged || !share)
            return invalidAt(at, "expected judged and share");
        if (auto s = checkCount(*judged, k, at + ".judged"); !s)
            return s;
        for (const char* key : {"in_time", "late", "missed"}) {
            const auto* n = row.if_contains(key);
            if (!n || n->is_int64() != judged->is_int64() || (n->is_int64() && n->as_int64() < 0)
                || (n->is_string() && !isHidden(*judged)))
                return invalidAt(at + "." + key, "expected a count beside a shown judged, a label beside a hidden one");
        }
        const bool shareAllowed = judged->is_int64() && judged->as_int64() >= k;
        if (!(share->is_null() || (shareAllowed && share->is_number())))
            return invalidAt(at + ".share", "a share is shown only over at least k judged cases");
    }
    return checkClockFigures(v->as_object(), k);
}

} // namespace

Status checkVmsReport(std::string_view json)
{
    auto parsed = parseJsonObject(json, "report", 64 * 1024 * 1024, 16);
    if (!parsed)
        return withKind(ErrorKind::Invalid, parsed.error());
    const boost::json::object& report = parsed.value();
    const auto* format = report.if_contains("format");
    if (!format || !format->is_string() || format->as_string() != kVmsFormat)
        return invalidAt("format", "expected \"" + std::string(kVmsFormat) + "\"");
    const auto* k = report.if_contains("k");
    if (!k || !k->is_int64() || k->as_int64() < 3)
        return invalidAt("k", "expected a threshold of at least 3");
    // A reissue names the issue it follows and says why: null on a first issue.
    const auto* reissue = report.if_contains("reissue");
    if (!reissue || !(reissue->is_null()
                      || (reissue->is_object() && reissue->as_object().size() == 2
                          && reissue->as_object().contains("of") && reissue->as_object().at("of").is_int64()
                          && reissue->as_object().at("of").as_int64() > 0 && reissue->as_object().contains("reason")
                          && reissue->as_object().at("reason").is_string()
                          && !reissue->as_object().at("reason").as_string().empty())))
        return invalidAt("reissue", "expected null or {\"of\": a report number, \"reason\": a text}");
    const auto* indicators = report.if_contains("indicators");
    if (!indicators || !indicators->is_array())
        return invalidAt("indicators", "expected a list");
    for (std::size_t i = 0; i < indicators->as_array().size(); ++i) {
        const std::string at = "indicators[" + std::to_string(i) + "]";
        const auto& indicator = indicators->as_array()[i];
        if (!indicator.is_object())
            return invalidAt(at, "expected an object");
        const auto* months = indicator.as_object().if_contains("months");
        const auto* values = indicator.as_object().if_contains("values");
        const auto* levels = indicator.as_object().if_contains("levels");
        if (!months || !values || !levels || !months->is_array() || !values->is_array() || !levels->is_array()
            || values->as_array().size() != months->as_array().size()
            || levels->as_array().size() != months->as_array().size())
            return invalidAt(at, "expected months, values and levels of one length");
        if (auto s = checkIndicatorValues(indicator.as_object(), k->as_int64(), at); !s)
            return s;
    }
    if (auto s = checkClocks(report, k->as_int64()); !s)
        return s;
    if (auto s = checkAlerts(report, k->as_int64()); !s)
        return s;
    return checkRisks(report, k->as_int64());
}

} // namespace vigil::report
