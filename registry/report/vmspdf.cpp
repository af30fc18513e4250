// SPDX-License-Identifier: EUPL-1.2
#include "vmspdf.h"

#include "pdfwriter.h"
#include "vmsreport.h"

#include "shared/bytes.h"
#include "shared/hash.h"
#include "shared/jsonreader.h"

#include <boost/json/serialize.hpp>
#include <boost/json/value.hpp>

#include <algorithm>
#include <array>
#include <charconv>
#include <ctime>
#include <optional>
#include <utility>
#include <vector>

namespace vigil::report {
namespace {

namespace json = boost::json;

constexpr double kLeft = 56;
constexpr double kRight = PdfDocument::kA4Width - 56;
constexpr double kTop = PdfDocument::kA4Height - 56;
constexpr double kBottom = 78;  // the footer lies below
constexpr PdfColor kGrey{0.45, 0.45, 0.45};
constexpr PdfColor kRule{0.75, 0.75, 0.75};
constexpr PdfColor kShade{0.93, 0.93, 0.93};
constexpr PdfColor kAlert{0.75, 0.1, 0.1};

std::string text(const json::value& v)
{
    if (v.is_string())
        return std::string(v.as_string());
    if (v.is_null())
        return "-";
    if (v.is_bool())
        return v.as_bool() ? "true" : "false";
    return json::serialize(v);
}

const json::value& at(const json::object& o, std::string_view key)
{
    static const json::value null;
    const auto* v = o.if_contains(key);
    return v ? *v : null;
}

std::string utcTime(std::int64_t t)
{
    const std::time_t time = static_cast<std::time_t>(t);
    std::tm tm{};
    gmtime_r(&time, &tm);
    std::array<char, 32> buffer{};
    std::strftime(buffer.data(), buffer.size(), "%Y-%m-%d %H:%M", &tm);
    return buffer.data();
}

// Lays text and tables down the pages, starting a new page when the next block does not fit.
class Layout {
public:
    explicit Layout(PdfDocument& doc) : m_doc(doc) { newPage(); }

    PdfPage& page() { return m_doc.page(m_doc.pageCount() - 1); }
    double y() const { return m_y; }

    void need(double height)
    {
        if (m_y - height < kBottom)
            newPage();
    }

    /// A heading, kept on one page with the `keep` points that follow it.
    void heading(std::string_view words, double size = 13, double keep = 30)
    {
        need(size + 16 + keep);
        m_y -= size + 10;
        page().text({kLeft, m_y}, words, PdfFont::Bold, size);
        m_y -= 6;
    }

    void paragraph(std::string_view words, double size = 9, PdfColor color = {})
    {
        for (const auto& line : wrapText(words, PdfFont::Regular, size, kRight - kLeft)) {
            need(size + 3);
            m_y -= size + 3;
            page().text({kLeft, m_y}, line, PdfFont::Regular, size, color);
        }
    }

    void pair(std::string_view label, std::string_view value)
    {
        need(14);
        m_y -= 13;
        page().text({kLeft, m_y}, label, PdfFont::Regular, 9, kGrey);
        page().text({kLeft + 130, m_y}, value, PdfFont::Regular, 9);
    }

    /// A table: the first column left-aligned text (wrapped), the others right-aligned unless
    /// `leftAligned` says so; a shaded header row.
    void table(const std::vector<double>& widths, const std::vector<std::string>& header,
               const std::vector<std::vector<std::string>>& rows, double size, const std::vector<bool>& leftAligned)
    {
        const auto drawRow = [&](const std::vector<std::string>& cells, bool isHeader) {
            std::vector<std::vector<std::string>> wrapped;
            std::size_t lines = 1;
            for (std::size_t c = 0; c < cells.size(); ++c) {
                wrapped.push_back(wrapText(cells[c], isHeader ? PdfFont::Bold : PdfFont::Regular, size,
                                           widths[c] - 4));
                lines = std::max(lines, wrapped.back().size());
            }
            const double height = static_cast<double>(lines) * (size + 2) + 4;
            need(height);
            if (isHeader)
                page().fillRect({kLeft, m_y - height}, kRight - kLeft, height, kShade);
            double x = kLeft;
            for (std::size_t c = 0; c < cells.size(); ++c) {
                double lineY = m_y - size - 2;
                for (const auto& line : wrapped[c]) {
                    const PdfFont font = isHeader ? PdfFont::Bold : PdfFont::Regular;
                    if (leftAligned[c])
                        page().text({x + 2, lineY}, line, font, size);
                    else
                        page().textRight({x + widths[c] - 2, lineY}, line, font, size);
                    lineY -= size + 2;
                }
                x += widths[c];
            }
            m_y -= height;
            page().line({kLeft, m_y}, {kRight, m_y}, 0.3, kRule);
        };
        drawRow(header, true);
        for (const auto& row : rows)
            drawRow(row, false);
    }

    /// Monthly values with their alert levels: a published value is a point on the line, a
    /// hidden one a gap; levels are thin horizontal steps; months a rule fired at are marked.
    void chart(const json::array& values, const json::array& levels, const std::vector<bool>& fired)
    {
        constexpr double kHeight = 90;
        need(kHeight + 16);
        m_y -= kHeight + 8;
        const double width = kRight - kLeft;
        double top = 0;
        for (std::size_t i = 0; i < values.size(); ++i) {
            if (values[i].is_number())
                top = std::max(top, values[i].to_number<double>());
            if (levels[i].is_object())
                top = std::max(top, levels[i].as_object().at("l3").to_number<double>());
        }
        // A share or ratio below 1 draws on its own scale, not on a count's.
        top = top <= 1 && top > 0 ? top * 1.1 : std::max(top, 1.0) * 1.1;
        page().strokeRect({kLeft, m_y}, width, kHeight, 0.3, kRule);
        const double step = width / static_cast<double>(std::max<std::size_t>(values.size(), 1));
        const auto px = [&](std::size_t i) { return kLeft + step * (static_cast<double>(i) + 0.5); };
        // A level below zero (μ − 3σ of an indicator alerted on a fall) stays on the axis.
        const auto py = [&](double v) { return m_y + kHeight * std::max(v, 0.0) / top; };
        for (std::size_t i = 0; i < levels.size(); ++i) {
            if (!levels[i].is_object())
                continue;
            for (const char* key : {"l1", "l2", "l3"}) {
                const double v = levels[i].as_object().at(key).to_number<double>();
                page().line({px(i) - step / 2, py(v)}, {px(i) + step / 2, py(v)}, 0.4, kGrey);
            }
        }
        std::vector<PdfPoint> run;
        const auto flush = [&] {
            if (run.size() > 1)
                page().polyline(run, 1.2);
            for (const auto& p : run)
                page().fillRect({p.x - 1.5, p.y - 1.5}, 3, 3, {});
            run.clear();
        };
        for (std::size_t i = 0; i < values.size(); ++i) {
            if (values[i].is_number())
                run.push_back({px(i), py(values[i].to_number<double>())});
            else
                flush();
            if (i < fired.size() && fired[i])
                page().fillRect({px(i) - 3, m_y + kHeight - 8}, 6, 6, kAlert);
        }
        flush();
        m_y -= 8;
    }

    void gap(double height) { m_y -= height; }

private:
    void newPage()
    {
        m_doc.addPage();
        m_y = kTop;
    }

    PdfDocument& m_doc;
    double m_y = kTop;
};

// A level as printed: one decimal, no exponent (JSON writes 40.48 as 4.048E1).
std::string number(const json::value& v)
{
    if (!v.is_number())
        return text(v);
    std::array<char, 32> buffer{};
    const auto [end, ec] = std::to_chars(buffer.data(), buffer.data() + buffer.size(), v.to_number<double>(),
                                         std::chars_format::fixed, 1);
    return ec == std::errc{} ? std::string(buffer.data(), end) : text(v);
}

void measuresSection(Layout& out, const json::object& measures, const VmsTexts& t)
{
    out.heading(t.measuresHeading);
    out.heading(t.summaryHeading, 10);
    const auto& summary = at(measures, "summary").as_array();
    std::vector<std::string> header{std::string(t.domain)};
    for (const auto& row : summary)
        header.emplace_back(t.word(text(at(row.as_object(), "domain"))));
    const std::array<std::pair<std::string_view, std::string_view>, 9> figures{{
        {"due", t.due}, {"implemented_on_time", t.onTime}, {"implemented_late", t.late},
        {"cancelled", t.cancelled}, {"overdue_open", t.overdueOpen}, {"checked_effective", t.effective},
        {"checked_not_effective", t.notEffective}, {"checked_inconclusive", t.inconclusive},
        {"checked_by_judgement", t.byJudgement},
    }};
    std::vector<std::vector<std::string>> rows;
    for (const auto& [key, label] : figures) {
        std::vector<std::string> row{std::string(label)};
        for (const auto& domain : summary)
            row.push_back(text(at(domain.as_object(), key)));
        rows.push_back(std::move(row));
    }
    out.table({213, 90, 90, 90}, header, rows, 9, {true, false, false, false});

    out.heading(t.listHeading, 10);
    const auto& list = at(measures, "list").as_array();
    if (list.empty()) {
        out.paragraph(t.noMeasures);
        return;
    }
    std::vector<std::vector<std::string>> items;
    for (const auto& item : list) {
        const auto& m = item.as_object();
        const auto& owner = at(m, "owner").as_object();
        const auto& onTime = at(m, "on_time");
        items.push_back({text(at(m, "id")), text(at(m, "title")),
                         text(at(owner, "unit")) + " " + text(at(owner, "role")), text(at(m, "due")),
                         std::string(t.word(text(at(m, "state")))), text(at(m, "implemented_on")),
                         std::string(onTime.is_bool() ? (onTime.as_bool() ? t.yes : t.no) : t.notApplicable),
                         std::string(t.word(text(at(m, "verdict"))))});
    }
    out.table({24, 140, 70, 52, 55, 52, 30, 60},
              {std::string(t.id), std::string(t.measure), std::string(t.owner), std::string(t.due),
               std::string(t.state), std::string(t.implementedOn), std::string(t.onTimeShort), std::string(t.verdict)},
              items, 8, {false, true, true, true, true, true, true, true});
}

// What an indicator measures, in one grey line: the measure, its report sets or clock, the
// rules and any target.
std::string measureLine(const json::object& ind, const VmsTexts& t)
{
    const auto* measure = ind.if_contains("measure");
    std::string line = measure ? text(*measure) + " " : std::string();
    line += json::serialize(at(ind, "scope"));
    if (const auto* d = ind.if_contains("denominator"))
        line += (measure && text(*measure) == "ratio" ? " / " : " of ") + json::serialize(*d);
    if (const auto* clock = ind.if_contains("clock"))
        line += " · " + text(*clock);
    if (const auto* days = ind.if_contains("within_days"))
        line += " < " + text(*days) + " d";
    line += " · " + std::string(t.rules) + " " + text(at(ind, "rules"));
    if (const auto* direction = ind.if_contains("direction"); direction && text(*direction) == "down")
        line += " " + std::string(t.onAFall);
    if (const auto* frozen = ind.if_contains("frozen_after"); frozen && frozen->is_string())
        line += " · " + std::string(t.frozenAfter) + " " + text(*frozen);
    if (const auto* target = ind.if_contains("target"); target && target->is_object())
        line += " · " + std::string(t.target) + " " + text(at(target->as_object(), "direction")) + " "
                + text(at(target->as_object(), "value"));
    return line;
}

// What month `i`'s value is over (numerator, denominator; a median's cases), if the indicator says.
std::optional<std::pair<json::value, std::optional<json::value>>> overOf(const json::object& ind, std::size_t i)
{
    if (const auto* cases = ind.if_contains("cases"); cases && cases->is_array() && i < cases->as_array().size())
        return std::pair{cases->as_array()[i], std::optional<json::value>()};
    const auto* n = ind.if_contains("numerators");
    const auto* d = ind.if_contains("denominators");
    if (n && d && n->is_array() && d->is_array() && i < n->as_array().size() && i < d->as_array().size())
        return std::pair{n->as_array()[i], std::optional<json::value>(d->as_array()[i])};
    return std::nullopt;
}

void indicatorsSection(Layout& out, const json::array& indicators, Language language, const VmsTexts& t)
{
    out.heading(t.indicatorsHeading, 13, 180);
    if (indicators.empty()) {
        out.paragraph(t.noIndicators);
        return;
    }
    for (const auto& item : indicators) {
        const auto& ind = item.as_object();
        out.heading(text(at(ind, language == Language::Dutch ? "name_nl" : "name_en")) + " (" + text(at(ind, "id"))
                        + ")",
                    10, 160);  // with its chart
        out.paragraph(measureLine(ind, t), 7.5, kGrey);
        const auto& months = at(ind, "months").as_array();
        const auto& values = at(ind, "values").as_array();
        const auto& levels = at(ind, "levels").as_array();
        std::vector<bool> fired(months.size(), false);
        for (const auto& a : at(ind, "alerts").as_array())
            for (std::size_t i = 0; i < months.size(); ++i)
                if (at(a.as_object(), "month") == months[i])
                    fired[i] = true;
        out.chart(values, levels, fired);
        std::vector<std::vector<std::string>> rows;
        for (std::size_t i = 0; i < months.size(); ++i) {
            std::string lv = std::string(t.tooFew);
            if (levels[i].is_object()) {
                const auto& l = levels[i].as_object();
                lv = number(at(l, "l1")) + " / " + number(at(l, "l2")) + " / " + number(at(l, "l3"));
            }
            std::string value = text(values[i]);
            if (const auto over = overOf(ind, i); over && !values[i].is_string())
                value += " (" + text(over->first) + (over->second ? " / " + text(*over->second) : std::string()) + ")";
            rows.push_back({text(months[i]), value, lv});
        }
        out.table({90, 90, 303}, {std::string(t.month), std::string(t.value), std::string(t.levels)}, rows, 8,
                  {true, false, false});
        std::string alerts;
        for (const auto& a : at(ind, "alerts").as_array())
            alerts += (alerts.empty() ? "" : ", ") + text(at(a.as_object(), "month")) + " ("
                      + text(at(a.as_object(), "rule")) + ")";
        out.paragraph(std::string(t.alerts) + ": " + (alerts.empty() ? std::string(t.noAlerts) : alerts), 8);
        if (const auto* off = ind.if_contains("off_target"); off && off->is_array() && !off->as_array().empty()) {
            std::string offMonths;
            for (const auto& month : off->as_array())
                offMonths += (offMonths.empty() ? "" : ", ") + text(month);
            out.paragraph(std::string(t.offTarget) + ": " + offMonths, 8);
        }
        out.gap(6);
    }
}

void matrixTable(Layout& out, const json::object& m, std::string_view title, const VmsTexts& t)
{
    out.heading(title, 10, 110);
    std::vector<std::string> header{std::string(t.probability) + " \\ " + std::string(t.severity)};
    for (const auto& c : at(m, "columns").as_array())
        header.push_back(text(c));
    header.emplace_back(t.total);
    std::vector<std::vector<std::string>> rows;
    const auto& names = at(m, "rows").as_array();
    const auto& cells = at(m, "cells").as_array();
    for (std::size_t r = 0; r < names.size(); ++r) {
        std::vector<std::string> row{text(names[r])};
        for (const auto& cell : cells[r].as_array())
            row.push_back(text(cell));
        row.push_back(text(at(m, "row_totals").as_array()[r]));
        rows.push_back(std::move(row));
    }
    std::vector<std::string> totals{std::string(t.total)};
    for (const auto& cell : at(m, "column_totals").as_array())
        totals.push_back(text(cell));
    totals.push_back(text(at(m, "total")));
    rows.push_back(std::move(totals));
    std::vector<double> widths{123};
    std::vector<bool> left{true};
    for (std::size_t c = 1; c < header.size(); ++c) {
        widths.push_back(360.0 / static_cast<double>(header.size() - 1));
        left.push_back(false);
    }
    out.table(widths, header, rows, 9, left);
}

// The share acknowledged within 7 days and the median days to feedback, over all routes
// (reports issued before they were added have neither).
void clockFigures(Layout& out, const json::object& clocks, const VmsTexts& t)
{
    const auto* ack = clocks.if_contains("acknowledged_within_7_days");
    const auto* median = clocks.if_contains("feedback_median_days");
    if (!ack || !median || !ack->is_object() || !median->is_object())
        return;
    const std::vector<std::vector<std::string>> rows{
        {std::string(t.ackWithin7), text(at(ack->as_object(), "received")), number(at(ack->as_object(), "share"))},
        {std::string(t.medianFeedback), text(at(median->as_object(), "given")),
         number(at(median->as_object(), "median"))}};
    out.table({253, 110, 120},
              {std::string(t.handlingFigure), std::string(t.overReports), std::string(t.figureValue)}, rows, 9,
              {true, false, false});
}

void clocksSection(Layout& out, const json::object& clocks, const VmsTexts& t)
{
    out.heading(t.clocksHeading, 13, 60);
    out.paragraph(t.clocksNote, 8, kGrey);
    clockFigures(out, clocks, t);
    if (!at(clocks, "complete").as_bool()) {
        out.paragraph(t.clocksIncomplete);
        return;
    }
    std::vector<std::vector<std::string>> rows;
    for (const auto& item : at(clocks, "rows").as_array()) {
        const auto& c = item.as_object();
        rows.push_back({std::string(t.word(text(at(c, "domain")))), std::string(t.word(text(at(c, "clock")))),
                        text(at(c, "judged")), text(at(c, "in_time")), text(at(c, "late")), text(at(c, "missed")),
                        number(at(c, "share"))});
    }
    out.table({110, 113, 52, 52, 52, 52, 52},
              {std::string(t.route), std::string(t.clock), std::string(t.judged), std::string(t.inTime),
               std::string(t.lateShort), std::string(t.missed), std::string(t.share)},
              rows, 9, {true, true, false, false, false, false, false});
}

void alertsSection(Layout& out, const json::array& alerts, const VmsTexts& t)
{
    out.heading(t.alertsHeading, 13, 60);
    out.paragraph(t.alertsNote, 8, kGrey);
    if (alerts.empty()) {
        out.paragraph(t.noAlertsRaised);
        return;
    }
    std::vector<std::vector<std::string>> rows;
    for (const auto& item : alerts) {
        const auto& a = item.as_object();
        std::string followUp;
        if (const auto& f = at(a, "follow_up"); f.is_object()) {
            if (const auto* m = f.as_object().if_contains("measure"))
                followUp = std::string(t.measureNo) + " " + text(*m);
            if (f.as_object().contains("explained"))
                followUp += (followUp.empty() ? "" : ", ") + std::string(t.explained);
        } else {
            followUp = t.notApplicable;
        }
        const auto& onTime = at(a, "on_time");
        rows.push_back({text(at(a, "id")), text(at(a, "indicator")), text(at(a, "month")), text(at(a, "rule")),
                        text(at(a, "value")), number(at(a, "level")), std::string(t.word(text(at(a, "state")))),
                        followUp, std::string(onTime.is_bool() ? (onTime.as_bool() ? t.yes : t.no) : t.pending)});
    }
    out.table({28, 90, 45, 35, 40, 50, 65, 85, 45},
              {std::string(t.id), std::string(t.indicator), std::string(t.month), std::string(t.rule),
               std::string(t.value), std::string(t.level2), std::string(t.state), std::string(t.followUp),
               std::string(t.onTimeShort)},
              rows, 8, {false, true, true, true, false, false, true, true, true});
}

void risksSection(Layout& out, const json::object& risks, const VmsTexts& t)
{
    out.heading(t.risksHeading, 13, 60);
    out.paragraph(t.risksNote, 8, kGrey);
    matrixTable(out, at(risks, "matrix_initial").as_object(), t.matrixInitial, t);
    matrixTable(out, at(risks, "matrix_residual").as_object(), t.matrixResidual, t);

    out.heading(t.byLevelHeading, 10, 60);
    std::vector<std::vector<std::string>> levels;
    for (const auto& item : at(risks, "by_level").as_array()) {
        const auto& l = item.as_object();
        levels.push_back({std::string(t.word(text(at(l, "level")))), text(at(l, "open")), text(at(l, "accepted")),
                          text(at(l, "accepted_at_required_level"))});
    }
    out.table({183, 80, 80, 140},
              {std::string(t.level), std::string(t.open), std::string(t.accepted), std::string(t.acceptedAtLevel)},
              levels, 9, {true, false, false, false});

    out.heading(t.decisionsHeading, 10);
    const auto& decisions = at(risks, "decisions").as_array();
    if (decisions.empty()) {
        out.paragraph(t.noDecisions);
        return;
    }
    std::vector<std::vector<std::string>> rows;
    for (const auto& item : decisions) {
        const auto& d = item.as_object();
        const std::string unit = text(at(d, "role_unit"));
        rows.push_back({text(at(d, "risk")), std::string(t.word(text(at(d, "decision")))),
                        std::string(t.word(text(at(d, "level")))), std::string(t.word(text(at(d, "role")))),
                        unit.empty() ? std::string(t.wholeOrganisation) : unit,
                        text(at(d, "role_depth")) + " (" + text(at(d, "required_depth")) + ")",
                        text(at(d, "authorities")), utcTime(at(d, "at").to_number<std::int64_t>()).substr(0, 10)});
    }
    out.table({35, 75, 55, 75, 85, 55, 45, 58},
              {std::string(t.risk), std::string(t.decision), std::string(t.level), std::string(t.role),
               std::string(t.roleUnit), std::string(t.echelon), std::string(t.authoritiesSerial), std::string(t.date)},
              rows, 8, {false, true, true, true, true, false, false, true});
}

std::string render(std::string_view jsonText, Language language);

} // namespace

Result<std::string> renderVmsPdf(std::string_view jsonText, Language language)
{
    if (auto s = checkVmsReport(jsonText); !s)
        return s.error();
    // The checker vouches for the counts, not for every field the layout reads: a report of
    // another shape is refused here rather than half printed.
    try {
        return render(jsonText, language);
    } catch (const std::exception& e) {
        return Error{std::string("report: not laid out: ") + e.what(), ErrorKind::Invalid};
    }
}

namespace {

std::string render(std::string_view jsonText, Language language)
{
    const json::object report = parseJsonObject(jsonText, "report", 64 * 1024 * 1024, 16).value();
    const VmsTexts& t = textsFor(language);
    const auto& period = at(report, "period").as_object();
    const auto& inputs = at(report, "inputs").as_object();
    const auto& head = at(inputs, "audit_head").as_object();

    PdfDocument doc(std::string(t.title) + " " + text(at(period, "label")));
    Layout out(doc);
    out.heading(std::string(t.title) + " " + text(at(period, "label")), 18);
    out.pair(t.organisation, text(at(report, "organisation")));
    out.pair(t.period, text(at(period, "from")) + " – " + text(at(period, "to")));
    out.pair(t.generated, utcTime(at(report, "generated_at").to_number<std::int64_t>()));
    out.pair(t.directory, text(at(inputs, "directory_version")));
    out.pair(t.auditHead, text(at(head, "seq")) + "  " + text(at(head, "hash")).substr(0, 32));
    if (const auto& reissue = at(report, "reissue"); reissue.is_object()) {
        out.gap(4);
        out.paragraph(std::string(t.reissueOf) + " " + text(at(reissue.as_object(), "of")) + ": "
                          + text(at(reissue.as_object(), "reason")),
                      9, kAlert);
    }
    out.heading(t.ruleHeading, 10);
    out.paragraph(text(at(at(report, "suppression_rule").as_object(), languageCode(language))));

    clocksSection(out, at(report, "clocks").as_object(), t);
    measuresSection(out, at(report, "measures").as_object(), t);
    indicatorsSection(out, at(report, "indicators").as_array(), language, t);
    alertsSection(out, at(report, "alerts").as_array(), t);
    risksSection(out, at(report, "risks").as_object(), t);

    const Hash32 digest = blake2b256(asBytes(jsonText));
    const std::string hash = toHex(ByteView(digest.data(), digest.size()));
    const std::size_t pages = doc.pageCount();
    for (std::size_t i = 0; i < pages; ++i) {
        PdfPage& page = doc.page(i);
        page.line({kLeft, 50}, {kRight, 50}, 0.3, kRule);
        page.text({kLeft, 40}, std::string(t.footerHash) + ": " + hash, PdfFont::Regular, 7, kGrey);
        page.text({kLeft, 31}, t.footerVerify, PdfFont::Regular, 7, kGrey);
        page.textRight({kRight, 31}, std::string(t.page) + " " + std::to_string(i + 1) + "/" + std::to_string(pages),
                       PdfFont::Regular, 7, kGrey);
    }
    return doc.bytes();
}

} // namespace
} // namespace vigil::report
