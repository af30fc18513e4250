// SPDX-License-Identifier: EUPL-1.2
#include "dashboard.h"

#include "chartpdf.h"

#include "shared/qt/labels.h"
#include "registryclient.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>

namespace vigil::advisor {

using appcore::label;
using appcore::Vocabulary;

namespace {

/// A path typed or picked in QML: a plain path, or a file: URL from a file dialog.
QString localFilePath(const QString& pathOrUrl)
{
    return pathOrUrl.startsWith(QLatin1String("file:")) ? QUrl(pathOrUrl).toLocalFile() : pathOrUrl;
}

constexpr auto kFormat = "vigil-statistics/1";

QJsonObject findTable(const QJsonObject& report, const QString& name)
{
    for (const auto& t : report.value(QStringLiteral("tables")).toArray())
        if (t.toObject().value(QStringLiteral("name")).toString() == name)
            return t.toObject();
    return {};
}

QStringList texts(const QJsonValue& v)
{
    QStringList out;
    for (const auto& item : v.toArray())
        out << item.toString();
    return out;
}

/// A CSV field, quoted when needed and defused when a spreadsheet would run it as a formula.
QString csvField(QString s)
{
    if (!s.isEmpty() && QStringLiteral("=+-@").contains(s.front()) && s != QLatin1String("-"))
        s.prepend(QLatin1Char('\''));
    if (s.contains(QLatin1Char(',')) || s.contains(QLatin1Char('"')) || s.contains(QLatin1Char('\n')))
        s = QLatin1Char('"') + s.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    return s;
}

} // namespace

Dashboard::Dashboard(RegistryClient& client, QObject* parent)
    : QObject(parent), m_client(client), m_nameOf([](const QString& id) { return id; }),
      m_kindByMonth(new MatrixModel({}, this)), m_monthTotals(new ChartModel({}, this)),
      m_byCategory(new ChartModel({}, this)), m_byUnit(new ChartModel({}, this)), m_modes(new ChartModel({}, this)),
      m_clockMedians(new ChartModel({}, this)), m_clockShares(new ChartModel({}, this)),
      m_workload(new ChartModel({}, this)), m_advisorLoad(new ChartModel({}, this)),
      m_willingness(new ChartModel({}, this)), m_retaliation(new ChartModel({}, this)),
      m_capacity(new Capacity(client, this))
{
    retitle();
}

void Dashboard::retitle()
{
    m_kindByMonth->setTitle(tr("Reports per month by kind"));
    m_monthTotals->setTitle(tr("Reports per month"));
    m_byCategory->setTitle(tr("Reports by category"));
    m_byUnit->setTitle(tr("Reports by unit (small units rolled up)"));
    m_modes->setTitle(tr("Reporting mode"));
    m_clockMedians->setTitle(tr("Median days against the clock"));
    m_clockShares->setTitle(tr("Share within the clock (%)"));
    m_workload->setTitle(tr("Open and overdue cases"));
    m_advisorLoad->setTitle(tr("Open cases per advisor"));
    m_willingness->setTitle(tr("Would report again (%), by quarter of closing"));
    m_retaliation->setTitle(tr("Cases with a retaliation signal, by quarter"));
}

std::array<ChartModel*, 10> Dashboard::charts() const
{
    return {m_monthTotals, m_byCategory, m_byUnit, m_modes, m_clockMedians, m_clockShares,
            m_workload, m_advisorLoad, m_willingness, m_retaliation};
}

void Dashboard::retranslate()
{
    retitle();
    m_capacity->retranslate();
    if (m_loaded)
        apply(QJsonObject(m_report));
}


void Dashboard::setFromMonth(const QString& month)
{
    if (m_from != month) {
        m_from = month;
        emit periodChanged();
    }
}

void Dashboard::setToMonth(const QString& month)
{
    if (m_to != month) {
        m_to = month;
        emit periodChanged();
    }
}

QString Dashboard::periodText() const
{
    return m_period;
}

QString Dashboard::generatedText() const
{
    return m_generatedAt == 0 ? QString()
                              : QDateTime::fromSecsSinceEpoch(m_generatedAt, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

void Dashboard::refresh()
{
    if (m_busy)
        return;
    QUrlQuery query;
    if (!m_from.isEmpty())
        query.addQueryItem(QStringLiteral("from"), m_from);
    if (!m_to.isEmpty())
        query.addQueryItem(QStringLiteral("to"), m_to);
    const QString q = query.isEmpty() ? QString() : QLatin1Char('?') + query.toString(QUrl::FullyEncoded);
    m_busy = true;
    m_client.get(QStringLiteral("/v1/advisor/stats") + q, this, [this](const HttpResult& r) { onAnswer(r); });
    m_capacity->refresh(m_from, m_to);
}

void Dashboard::onAnswer(const HttpResult& r)
{
    m_busy = false;
    if (r.status == 404 || r.status == 405) {
        m_lastError = tr("This registry does not publish statistics to the console yet (GET /v1/advisor/stats).");
        return;
    }
    if (!r.ok()) {
        m_lastError = tr("Statistics unavailable: %1").arg(r.errorText());
        return;
    }
    loadJson(QString::fromUtf8(r.body));
}

bool Dashboard::loadJson(const QString& json)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &error);
    if (!doc.isObject()) {
        m_lastError = tr("Not a statistics report: %1").arg(error.errorString());
        return false;
    }
    return apply(doc.object());
}

bool Dashboard::loadFile(const QString& path)
{
    const QString local = localFilePath(path);
    QFile file(local);
    if (!file.open(QIODevice::ReadOnly)) {
        m_lastError = tr("Cannot open %1: %2").arg(local, file.errorString());
        return false;
    }
    return loadJson(QString::fromUtf8(file.read(16 * 1024 * 1024)));
}

bool Dashboard::apply(const QJsonObject& report)
{
    if (report.value(QStringLiteral("format")).toString() != QLatin1String(kFormat)) {
        m_lastError = tr("Not a statistics report in the format %1.").arg(QLatin1String(kFormat));
        return false;
    }
    m_report = report;
    m_k = std::max(3, report.value(QStringLiteral("k")).toInt(5));
    const QJsonObject period = report.value(QStringLiteral("period")).toObject();
    m_period = QStringLiteral("%1 – %2").arg(period.value(QStringLiteral("from")).toString(),
                                             period.value(QStringLiteral("to")).toString());
    m_generatedAt = static_cast<qint64>(report.value(QStringLiteral("generated_at")).toDouble());
    applyKinds(report);
    applyCategoriesAndUnits(report);
    applyModes(report);
    applyClocks(report);
    applyWorkload(report);
    applyReporters(report);
    m_loaded = true;
    m_lastError = QString();
    emit loadedChanged();
    return true;
}

Figure Dashboard::figureOf(const QJsonValue& value) const
{
    return Figure::fromJson(value, m_k);
}

void Dashboard::applyKinds(const QJsonObject& report)
{
    // Kind × month as a heat grid, and the month totals as bars.
    const QJsonObject kinds = findTable(report, QStringLiteral("kind_by_month"));
    QStringList kindLabels;
    for (const QString& kind : texts(kinds.value(QStringLiteral("rows"))))
        kindLabels << label(Vocabulary::Kind, kind);
    const QStringList months = texts(kinds.value(QStringLiteral("columns")));
    std::vector<std::vector<Figure>> cells;
    for (const auto& row : kinds.value(QStringLiteral("cells")).toArray()) {
        std::vector<Figure> line;
        for (const auto& v : row.toArray())
            line.push_back(figureOf(v));
        cells.push_back(std::move(line));
    }
    std::vector<Figure> rowTotals, columnTotals;
    for (const auto& v : kinds.value(QStringLiteral("row_totals")).toArray())
        rowTotals.push_back(figureOf(v));
    for (const auto& v : kinds.value(QStringLiteral("column_totals")).toArray())
        columnTotals.push_back(figureOf(v));
    std::vector<ChartModel::Bar> monthBars;
    for (int i = 0; i < months.size(); ++i)
        monthBars.push_back({months[i],
                             static_cast<std::size_t>(i) < columnTotals.size()
                                 ? columnTotals[static_cast<std::size_t>(i)]
                                 : Figure{std::nullopt, QStringLiteral("x")},
                             {}, std::nullopt});
    m_kindByMonth->setTable(kindLabels, months, std::move(cells), std::move(rowTotals), std::move(columnTotals),
                            figureOf(kinds.value(QStringLiteral("total"))));
    m_monthTotals->setBars(std::move(monthBars));
}

std::vector<ChartModel::Bar> Dashboard::rowBars(const QJsonObject& report, const QString& name,
                                                const std::function<QString(const QString&)>& labelOf,
                                                const std::function<QString(const QString&)>& noteOf) const
{
    // Row totals of a table as bars, leaving out rows the registry published as 0.
    const QJsonObject t = findTable(report, name);
    const QStringList rows = texts(t.value(QStringLiteral("rows")));
    const QJsonArray totals = t.value(QStringLiteral("row_totals")).toArray();
    std::vector<ChartModel::Bar> bars;
    for (int i = 0; i < rows.size() && i < totals.size(); ++i) {
        const Figure f = figureOf(totals[i]);
        if (f.value && *f.value == 0)
            continue;
        bars.push_back({labelOf(rows[i]), f, noteOf(rows[i]), std::nullopt});
    }
    return bars;
}

void Dashboard::applyCategoriesAndUnits(const QJsonObject& report)
{
    auto none = [](const QString&) { return QString(); };
    const auto category = [](const QString& c) { return label(Vocabulary::Category, c); };
    m_byCategory->setBars(rowBars(report, QStringLiteral("category_by_month"), category, none));

    // The unit's name in the interface's language (the console sets the default locale with it).
    const QString nameKey = QLocale().language() == QLocale::Dutch ? QStringLiteral("name_nl") : QStringLiteral("name");
    QHash<QString, QPair<QString, QStringList>> units;
    for (const auto& u : report.value(QStringLiteral("units")).toArray()) {
        const QJsonObject o = u.toObject();
        const QString name = o.value(nameKey).toString();
        units.insert(o.value(QStringLiteral("id")).toString(),
                     {name.isEmpty() ? o.value(QStringLiteral("name")).toString() : name,
                      texts(o.value(QStringLiteral("includes")))});
    }
    m_byUnit->setBars(rowBars(
        report, QStringLiteral("unit_by_month"),
        [&units](const QString& id) {
            if (id == QLatin1String("*"))
                return tr("(other units)");
            if (id.isEmpty())
                return tr("(unspecified)");
            const QString name = units.value(id).first;
            return name.isEmpty() ? id : name;
        },
        [&units](const QString& id) {
            const QStringList includes = units.value(id).second;
            return includes.isEmpty() ? QString() : tr("includes %1").arg(includes.join(QStringLiteral(", ")));
        }));
}

void Dashboard::applyModes(const QJsonObject& report)
{
    // Reporting mode: counts, with the registry's share (never computed here).
    const QJsonObject shares =
        report.value(QStringLiteral("indicators")).toObject().value(QStringLiteral("mode_share_percent")).toObject();
    const QJsonObject mode = findTable(report, QStringLiteral("mode"));
    const QStringList modeRows = texts(mode.value(QStringLiteral("rows")));
    const QJsonArray modeCells = mode.value(QStringLiteral("cells")).toArray();
    std::vector<ChartModel::Bar> modeBars;
    for (int i = 0; i < modeRows.size() && i < modeCells.size(); ++i) {
        const Figure share = Figure::fromJson(shares.value(modeRows[i]), m_k, false, 1);
        modeBars.push_back({label(Vocabulary::Mode, modeRows[i]), figureOf(modeCells[i].toArray().at(0)),
                            share.value ? tr("%1 % of reports").arg(share.label) : tr("share withheld"),
                            std::nullopt});
    }
    m_modes->setBars(std::move(modeBars));

    const QJsonValue ratio =
        report.value(QStringLiteral("indicators")).toObject().value(QStringLiteral("near_miss_per_accident"));
    m_nearMiss = ratio.isDouble() ? tr("%1 near misses per accident").arg(QLocale().toString(ratio.toDouble(), 'f', 2))
                                  : tr("near misses per accident: withheld (small numbers)");
}

void Dashboard::applyClocks(const QJsonObject& report)
{
    // Clocks: medians against the legal deadline, and the share met in time.
    const QJsonObject clocks = report.value(QStringLiteral("clocks")).toObject();
    std::vector<ChartModel::Bar> medians, sharesBars;
    for (const auto& [clock, target] : {std::pair{QStringLiteral("acknowledge"), std::optional<double>(7.0)},
                                        {QStringLiteral("feedback"), std::optional<double>(91.0)},
                                        {QStringLiteral("close"), std::optional<double>()}}) {
        const QJsonObject c = clocks.value(clock).toObject();
        const Figure base = figureOf(c.value(QStringLiteral("cases")));
        const QString note = target ? tr("%1 cases · clock %2 days").arg(base.label).arg(*target)
                                    : tr("%1 cases").arg(base.label);
        medians.push_back({label(Vocabulary::Clock, clock),
                           Figure::fromJson(c.value(QStringLiteral("median_days")), m_k, false, 1), note, target});
        if (c.contains(QStringLiteral("within_clock_percent")))
            sharesBars.push_back({label(Vocabulary::Clock, clock),
                                  Figure::fromJson(c.value(QStringLiteral("within_clock_percent")), m_k, false, 1),
                                  tr("of %1 judged").arg(figureOf(c.value(QStringLiteral("judged"))).label), 100.0});
    }
    m_clockMedians->setBars(std::move(medians));
    m_clockShares->setBars(std::move(sharesBars));
}

void Dashboard::applyWorkload(const QJsonObject& report)
{
    // Workload: exact counts about the registry's own handling (docs/statistics.md).
    const QJsonObject work = report.value(QStringLiteral("workload")).toObject();
    auto exact = [&work, this](const char* key) { return Figure::fromJson(work.value(QLatin1String(key)), m_k, false); };
    m_workload->setBars({{tr("Open cases"), exact("open_cases"), {}, std::nullopt},
                         {tr("Acknowledgement overdue"), exact("overdue_acknowledge"), {}, std::nullopt},
                         {tr("Feedback overdue"), exact("overdue_feedback"), {}, std::nullopt},
                         {tr("Unassigned"), exact("unassigned_open"), {}, std::nullopt},
                         // Check-ins come after closing, so they are not among the open cases.
                         {tr("Check-ins due"), exact("checkins_due"), tr("after closing"), std::nullopt},
                         {tr("Check-ins overdue"), exact("checkins_overdue"), tr("after closing"), std::nullopt}});
    std::vector<ChartModel::Bar> load;
    for (const auto& v : work.value(QStringLiteral("advisor_load")).toArray()) {
        const QJsonObject o = v.toObject();
        load.push_back({m_nameOf(o.value(QStringLiteral("member")).toString()),
                        Figure::fromJson(o.value(QStringLiteral("open_cases")), m_k, false), {}, std::nullopt});
    }
    m_advisorLoad->setBars(std::move(load));
}

void Dashboard::applyReporters(const QJsonObject& report)
{
    // Whether reporters trust the process (issue 16 §3–§4): figures the registry published in
    // its survey and retaliation sections; what it withheld stays its label.
    std::vector<ChartModel::Bar> willing;
    const QJsonObject survey = report.value(QStringLiteral("survey")).toObject();
    // How many answered "would report again" per quarter: a quarter nobody answered (published
    // 0) has no share to withhold, so it gets no bar rather than a hidden one.
    QHash<QString, Figure> answered;
    for (const auto& t : survey.value(QStringLiteral("tables")).toArray()) {
        const QJsonObject table = t.toObject();
        if (table.value(QStringLiteral("name")).toString() != QLatin1String("survey_again_by_quarter"))
            continue;
        const QStringList quarters = texts(table.value(QStringLiteral("columns")));
        const QJsonArray totals = table.value(QStringLiteral("column_totals")).toArray();
        for (int i = 0; i < quarters.size() && i < totals.size(); ++i)
            answered.insert(quarters[i], figureOf(totals[i]));
        answered.insert(QStringLiteral("(total)"), figureOf(table.value(QStringLiteral("total"))));
    }
    for (const auto& v : survey.value(QStringLiteral("indicators")).toArray()) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("dimension")).toString() != QLatin1String("quarter"))
            continue;
        const QString column = o.value(QStringLiteral("column")).toString();
        if (const auto base = answered.find(column); base != answered.end() && base->value && *base->value == 0)
            continue;
        willing.push_back({column == QLatin1String("(total)") ? tr("Total") : column,
                           Figure::fromJson(o.value(QStringLiteral("willingness_percent")), m_k, false, 1), {}, 100.0});
    }
    m_willingness->setBars(std::move(willing));

    const QJsonObject retaliation = report.value(QStringLiteral("retaliation")).toObject();
    QJsonObject byRoute;
    for (const auto& t : retaliation.value(QStringLiteral("tables")).toArray())
        if (t.toObject().value(QStringLiteral("name")).toString() == QLatin1String("retaliation_by_route"))
            byRoute = t.toObject();
    const QStringList quarters = texts(byRoute.value(QStringLiteral("columns")));
    const QJsonArray totals = byRoute.value(QStringLiteral("column_totals")).toArray();
    std::vector<ChartModel::Bar> signalled;
    for (int i = 0; i < quarters.size() && i < totals.size(); ++i)
        signalled.push_back({quarters[i], figureOf(totals[i]), {}, std::nullopt});
    m_retaliation->setBars(std::move(signalled));
}

void Dashboard::clear()
{
    m_kindByMonth->setTable({}, {}, {}, {}, {}, Figure{std::nullopt, QStringLiteral("x")});
    for (ChartModel* c : charts())
        c->setBars({});
    m_loaded = false;
    m_report = {};
    m_period.clear();
    m_nearMiss.clear();
    m_capacity->clear();
    emit loadedChanged();
}

QString Dashboard::csv() const
{
    QString out = QStringLiteral("chart,row,column,value\r\n");
    auto line = [&out](const QString& chart, const QString& row, const QString& column, const QString& value) {
        out += csvField(chart) + QLatin1Char(',') + csvField(row) + QLatin1Char(',') + csvField(column)
               + QLatin1Char(',') + csvField(value) + QStringLiteral("\r\n");
    };
    line(QStringLiteral("meta"), QStringLiteral("period"), {}, m_period);
    line(QStringLiteral("meta"), QStringLiteral("k"), {}, QString::number(m_k));
    const QStringList rows = m_kindByMonth->rowLabels();
    const QStringList columns = m_kindByMonth->columnLabels();
    for (int r = 0; !rows.isEmpty() && r <= rows.size(); ++r)
        for (int c = 0; c <= columns.size(); ++c)
            line(m_kindByMonth->title(), r < rows.size() ? rows[r] : tr("Total"),
                 c < columns.size() ? columns[c] : tr("Total"), m_kindByMonth->cell(r, c).label);
    for (const ChartModel* chart : charts())
        for (const auto& bar : chart->bars())
            line(chart->title(), bar.label, bar.note, bar.figure.label);
    line(QStringLiteral("indicator"), QStringLiteral("near_miss_per_accident"), {}, m_nearMiss);
    return out;
}

bool Dashboard::exportCsv(const QString& path)
{
    const QString local = localFilePath(path);
    QFile file(local);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        m_lastError = tr("Cannot write %1: %2").arg(local, file.errorString());
        return false;
    }
    file.write(csv().toUtf8());
    return file.error() == QFile::NoError;
}

bool Dashboard::exportPdf(const QString& path, const QImage& charts)
{
    const QString local = localFilePath(path);
    ChartPage page;
    page.title = tr("Vigil — steering information");
    page.facts << tr("Period: %1").arg(periodText()) << generatedText()
               << tr("Figures below %1 are hidden (shown as <%1); “x” hides a figure that would reveal another.")
                      .arg(m_k);
    page.charts = charts;
    page.footer = tr("Exported %1 from the advisor console. Contains no report content.")
                      .arg(QLocale().toString(QDateTime::currentDateTime(), QLocale::ShortFormat));
    if (const QString problem = writeChartPdf(local, page); !problem.isEmpty()) {
        m_lastError = tr("Cannot write %1: %2").arg(local, problem);
        return false;
    }
    return true;
}

QString Dashboard::suggestedPath(const QString& ext) const
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (dir.isEmpty())
        dir = QDir::homePath();
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmm"));
    return QDir(dir).filePath(QStringLiteral("vigil-steering-%1.%2").arg(stamp, ext));
}

} // namespace vigil::advisor
