// SPDX-License-Identifier: EUPL-1.2
#include "statsexport.h"

#include <boost/json.hpp>

#include <array>
#include <charconv>

namespace vigil::registry {

namespace {

constexpr std::string_view kTotal = "(total)";

// How an entry reads: the count when published, else its label — the count never leaves.
std::string entryText(const SuppressedTable& g, std::size_t r, std::size_t c, std::int64_t k)
{
    switch (g.statusAt(r, c)) {
    case CellStatus::Published: return std::to_string(g.count(r, c));
    case CellStatus::Primary: return primaryLabel(SuppressionRule{k});
    case CellStatus::Secondary: return std::string(kSecondaryLabel);
    }
    return std::string(kSecondaryLabel);
}

std::string fixed(double value, int decimals)
{
    std::array<char, 64> buffer{};
    auto result = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value, std::chars_format::fixed, decimals);
    return std::string(buffer.data(), result.ptr);
}

std::string optionalFixed(const std::optional<double>& value, int decimals)
{
    return value ? fixed(*value, decimals) : std::string(kSecondaryLabel);
}

// A base count: shown when at least k, else as small.
std::string baseCount(std::int64_t n, std::int64_t k)
{
    return n == 0 || n >= k ? std::to_string(n) : primaryLabel(SuppressionRule{k});
}

// ---- CSV ----

std::string csvField(std::string_view text)
{
    std::string s(text);
    // A leading = + - @ (or tab/CR) would run as a formula in a spreadsheet.
    if (!s.empty() && std::string_view("=+-@\t\r").find(s.front()) != std::string_view::npos)
        s.insert(0, "'");
    if (s.find_first_of(",\"\r\n") == std::string::npos)
        return s;
    std::string out = "\"";
    for (char ch : s) {
        if (ch == '"')
            out += '"';
        out += ch;
    }
    return out + "\"";
}

class CsvWriter {
public:
    CsvWriter() { line("section", "name", "row", "column", "value"); }
    void line(std::string_view section, std::string_view name, std::string_view row, std::string_view column,
              std::string_view value)
    {
        m_out += csvField(section) + "," + csvField(name) + "," + csvField(row) + "," + csvField(column) + ","
                 + csvField(value) + "\r\n";
    }
    std::string take() { return std::move(m_out); }

private:
    std::string m_out;
};

void csvTable(CsvWriter& csv, const StatsTable& t, std::int64_t k, std::string_view section = "table")
{
    const auto& g = t.grid;
    for (std::size_t r = 0; r <= g.rows; ++r)
        for (std::size_t c = 0; c <= g.columns; ++c)
            csv.line(section, t.name, r < g.rows ? std::string_view(t.rows[r]) : kTotal,
                     c < g.columns ? std::string_view(t.columns[c]) : kTotal, entryText(g, r, c, k));
}

void csvClock(CsvWriter& csv, std::string_view name, const ClockFigures& f, std::int64_t k, bool hasClock)
{
    csv.line("clock", name, "cases", "", baseCount(f.cases, k));
    csv.line("clock", name, "median_days", "", optionalFixed(f.medianDays, 1));
    if (!hasClock)
        return;
    csv.line("clock", name, "judged", "", baseCount(f.judged, k));
    csv.line("clock", name, "within_clock_percent", "", optionalFixed(f.withinClockPercent, 1));
}

void csvSurvey(CsvWriter& csv, const SurveyReport& survey, std::int64_t k)
{
    csv.line("survey", "period", "from", "", survey.fromQuarter);
    csv.line("survey", "period", "to", "", survey.toQuarter);
    for (const auto& unit : survey.units)
        for (const auto& included : unit.includes)
            csv.line("survey_unit", unit.id, "includes", "", included);
    // Their own section: a reader of the case tables ("table") meets no survey figure.
    for (const auto& table : survey.tables)
        csvTable(csv, table, k, "survey_table");
    for (const auto& i : survey.indicators) {
        csv.line("survey_indicator", "willingness_percent", i.dimension, i.column, optionalFixed(i.willingnessPercent, 1));
        csv.line("survey_indicator", "trust_mean", i.dimension, i.column, optionalFixed(i.trustMean, 2));
    }
}

void csvRetaliation(CsvWriter& csv, const RetaliationReport& retaliation, std::int64_t k)
{
    csv.line("retaliation", "period", "from", "", retaliation.fromQuarter);
    csv.line("retaliation", "period", "to", "", retaliation.toQuarter);
    for (const auto& unit : retaliation.units)
        for (const auto& included : unit.includes)
            csv.line("retaliation_unit", unit.id, "includes", "", included);
    // Their own section, as the survey's: a reader of the case tables meets none of these.
    for (const auto& table : retaliation.tables)
        csvTable(csv, table, k, "retaliation_table");
}

// ---- JSON ----

std::string jsonString(std::string_view s)
{
    return boost::json::serialize(boost::json::value(boost::json::string(s)));
}

std::string jsonArray(const std::vector<std::string>& items)
{
    std::string out = "[";
    for (std::size_t i = 0; i < items.size(); ++i)
        out += (i ? "," : "") + items[i];
    return out + "]";
}

std::string jsonObject(const std::vector<std::pair<std::string_view, std::string>>& members, std::string_view indent = {})
{
    std::string out = "{";
    for (std::size_t i = 0; i < members.size(); ++i) {
        out += i ? "," : "";
        if (!indent.empty())
            out += "\n" + std::string(indent);
        out += jsonString(members[i].first) + ":" + members[i].second;
    }
    if (!indent.empty())
        out += "\n";
    return out + "}";
}

std::vector<std::string> jsonStrings(const std::vector<std::string>& values)
{
    std::vector<std::string> out;
    for (const auto& v : values)
        out.push_back(jsonString(v));
    return out;
}

// A published count as a number, a hidden one as its label string.
std::string jsonEntry(const SuppressedTable& g, std::size_t r, std::size_t c, std::int64_t k)
{
    return g.hidden(r, c) ? jsonString(entryText(g, r, c, k)) : std::to_string(g.count(r, c));
}

std::string jsonOptional(const std::optional<double>& v, int decimals)
{
    return v ? fixed(*v, decimals) : jsonString(kSecondaryLabel);
}

std::string jsonBase(std::int64_t n, std::int64_t k)
{
    const std::string text = baseCount(n, k);
    return text == std::to_string(n) ? text : jsonString(text);
}

std::string jsonClock(const ClockFigures& f, std::int64_t k, bool hasClock)
{
    std::vector<std::pair<std::string_view, std::string>> members{{"cases", jsonBase(f.cases, k)},
                                                                  {"median_days", jsonOptional(f.medianDays, 1)}};
    if (hasClock) {
        members.emplace_back("judged", jsonBase(f.judged, k));
        members.emplace_back("within_clock_percent", jsonOptional(f.withinClockPercent, 1));
    }
    return jsonObject(members);
}

std::string jsonSurvey(const SurveyReport& survey, std::int64_t k);

} // namespace

std::string statsTableJson(const StatsTable& t, std::int64_t k)
{
    const auto& g = t.grid;
    std::vector<std::string> cells, rowTotals, columnTotals;
    for (std::size_t r = 0; r < g.rows; ++r) {
        std::vector<std::string> row;
        for (std::size_t c = 0; c < g.columns; ++c)
            row.push_back(jsonEntry(g, r, c, k));
        cells.push_back(jsonArray(row));
        rowTotals.push_back(jsonEntry(g, r, g.columns, k));
    }
    for (std::size_t c = 0; c < g.columns; ++c)
        columnTotals.push_back(jsonEntry(g, g.rows, c, k));
    return jsonObject({{"name", jsonString(t.name)},
                       {"row_dimension", jsonString(t.rowDimension)},
                       {"column_dimension", jsonString(t.columnDimension)},
                       {"rows", jsonArray(jsonStrings(t.rows))},
                       {"columns", jsonArray(jsonStrings(t.columns))},
                       {"cells", jsonArray(cells)},
                       {"row_totals", jsonArray(rowTotals)},
                       {"column_totals", jsonArray(columnTotals)},
                       {"total", jsonEntry(g, g.rows, g.columns, k)}});
}

namespace {

/// The unit rows of a report section, with what each includes.
std::string jsonUnits(const std::vector<RollupRow>& rows)
{
    std::vector<std::string> units;
    for (const auto& unit : rows)
        units.push_back(jsonObject({{"id", jsonString(unit.id)},
                                    {"name", jsonString(unit.name)},
                                    {"name_nl", jsonString(unit.nameNl.empty() ? unit.name : unit.nameNl)},
                                    {"includes", jsonArray(jsonStrings(unit.includes))}}));
    return jsonArray(units);
}

std::string jsonTables(const std::vector<StatsTable>& tables, std::int64_t k)
{
    std::vector<std::string> out;
    for (const auto& table : tables)
        out.push_back(statsTableJson(table, k));
    return jsonArray(out);
}

std::string jsonSurvey(const SurveyReport& survey, std::int64_t k)
{
    std::vector<std::string> indicators;
    for (const auto& i : survey.indicators)
        indicators.push_back(jsonObject({{"dimension", jsonString(i.dimension)},
                                         {"column", jsonString(i.column)},
                                         {"willingness_percent", jsonOptional(i.willingnessPercent, 1)},
                                         {"trust_mean", jsonOptional(i.trustMean, 2)}}));
    return jsonObject({{"period", jsonObject({{"from", jsonString(survey.fromQuarter)}, {"to", jsonString(survey.toQuarter)}})},
                       {"units", jsonUnits(survey.units)},
                       {"tables", jsonTables(survey.tables, k)},
                       {"indicators", jsonArray(indicators)}});
}

std::string jsonRetaliation(const RetaliationReport& retaliation, std::int64_t k)
{
    return jsonObject(
        {{"period", jsonObject({{"from", jsonString(retaliation.fromQuarter)}, {"to", jsonString(retaliation.toQuarter)}})},
         {"units", jsonUnits(retaliation.units)},
         {"tables", jsonTables(retaliation.tables, k)}});
}

} // namespace

std::string exportCsv(const StatsReport& report)
{
    const std::int64_t k = report.k;
    CsvWriter csv;
    csv.line("meta", "format", "", "", "vigil-statistics/1");
    csv.line("meta", "k", "", "", std::to_string(k));
    csv.line("meta", "period", "from", "", report.fromMonth);
    csv.line("meta", "period", "to", "", report.toMonth);
    csv.line("meta", "generated_at", "", "", std::to_string(report.generatedAt));
    csv.line("meta", "label", "small", "", primaryLabel(SuppressionRule{k}));
    csv.line("meta", "label", "hidden", "", kSecondaryLabel);
    for (const auto& unit : report.units) {
        csv.line("unit", unit.id, "name", "", unit.name);
        if (!unit.nameNl.empty())
            csv.line("unit", unit.id, "name_nl", "", unit.nameNl);
        for (const auto& included : unit.includes)
            csv.line("unit", unit.id, "includes", "", included);
    }
    for (const auto& table : report.tables)
        csvTable(csv, table, k);
    csv.line("indicator", "near_miss_per_accident", "", "", optionalFixed(report.nearMissPerAccident, 2));
    for (const auto& [mode, share] : report.modeShares)
        csv.line("indicator", "mode_share_percent", mode, "", optionalFixed(share, 1));
    csvClock(csv, "acknowledge", report.acknowledge, k, true);
    csvClock(csv, "feedback", report.feedback, k, true);
    csvClock(csv, "close", report.close, k, false);
    csv.line("workload", "open_cases", "", "", std::to_string(report.openCases));
    csv.line("workload", "overdue_acknowledge", "", "", std::to_string(report.overdueAcknowledge));
    csv.line("workload", "overdue_feedback", "", "", std::to_string(report.overdueFeedback));
    csv.line("workload", "unassigned_open", "", "", std::to_string(report.unassignedOpen));
    csv.line("workload", "checkins_due", "", "", std::to_string(report.checkInsDue));
    csv.line("workload", "checkins_overdue", "", "", std::to_string(report.checkInsOverdue));
    for (const auto& load : report.advisorLoad)
        csv.line("workload", "advisor_load", load.member, "", std::to_string(load.openCases));
    csvSurvey(csv, report.survey, k);
    csvRetaliation(csv, report.retaliation, k);
    return csv.take();
}

std::string exportJson(const StatsReport& report)
{
    const std::int64_t k = report.k;
    std::vector<std::string> load;
    for (const auto& entry : report.advisorLoad)
        load.push_back(jsonObject({{"member", jsonString(entry.member)}, {"open_cases", std::to_string(entry.openCases)}}));
    std::vector<std::pair<std::string_view, std::string>> shareMembers;
    for (const auto& [mode, share] : report.modeShares)
        shareMembers.emplace_back(mode, jsonOptional(share, 1));
    const std::string labels = jsonObject(
        {{"small", jsonString(primaryLabel(SuppressionRule{k}))}, {"hidden", jsonString(kSecondaryLabel)}});
    return jsonObject(
               {{"format", jsonString("vigil-statistics/1")},
                {"k", std::to_string(k)},
                {"labels", labels},
                {"period", jsonObject({{"from", jsonString(report.fromMonth)}, {"to", jsonString(report.toMonth)}})},
                {"generated_at", std::to_string(report.generatedAt)},
                {"units", jsonUnits(report.units)},
                {"tables", jsonTables(report.tables, k)},
                {"indicators", jsonObject({{"near_miss_per_accident", jsonOptional(report.nearMissPerAccident, 2)},
                                           {"mode_share_percent", jsonObject(shareMembers)}})},
                {"clocks", jsonObject({{"acknowledge", jsonClock(report.acknowledge, k, true)},
                                       {"feedback", jsonClock(report.feedback, k, true)},
                                       {"close", jsonClock(report.close, k, false)}})},
                {"workload", jsonObject({{"open_cases", std::to_string(report.openCases)},
                                         {"overdue_acknowledge", std::to_string(report.overdueAcknowledge)},
                                         {"overdue_feedback", std::to_string(report.overdueFeedback)},
                                         {"unassigned_open", std::to_string(report.unassignedOpen)},
                                         {"checkins_due", std::to_string(report.checkInsDue)},
                                         {"checkins_overdue", std::to_string(report.checkInsOverdue)},
                                         {"advisor_load", jsonArray(load)}})},
                {"survey", jsonSurvey(report.survey, k)},
                {"retaliation", jsonRetaliation(report.retaliation, k)}},
               "  ")
           + "\n";
}

} // namespace vigil::registry
