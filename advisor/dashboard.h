// SPDX-License-Identifier: EUPL-1.2
#pragma once

// The steering dashboard (DESIGN.md §7, docs/advisor.md "Dashboard"): the registry's
// statistics report ("vigil-statistics/1", docs/statistics.md) as charts. The console never
// computes a figure itself: what the registry hid arrives as its label ("<5", "x") and is
// shown only as that label; shares and ratios come from the registry.

#include "capacity.h"
#include "chartmodel.h"

#include <QJsonObject>
#include <QImage>
#include <QObject>
#include <QProperty>
#include <QtQml/qqmlregistration.h>

#include <array>
#include <functional>

namespace vigil::appcore {
struct HttpResult;
}

namespace vigil::advisor {

class RegistryClient;
using appcore::HttpResult;

class Dashboard : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("the Console owns the dashboard")

    Q_PROPERTY(bool loaded READ loaded NOTIFY loadedChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)
    Q_PROPERTY(QString fromMonth READ fromMonth WRITE setFromMonth NOTIFY periodChanged)
    Q_PROPERTY(QString toMonth READ toMonth WRITE setToMonth NOTIFY periodChanged)
    Q_PROPERTY(QString periodText READ periodText NOTIFY loadedChanged)
    Q_PROPERTY(QString generatedText READ generatedText NOTIFY loadedChanged)
    Q_PROPERTY(int k READ k NOTIFY loadedChanged)
    Q_PROPERTY(QString nearMissRatio READ nearMissRatio NOTIFY loadedChanged)
    Q_PROPERTY(vigil::advisor::MatrixModel* kindByMonth READ kindByMonth CONSTANT)
    Q_PROPERTY(vigil::advisor::ChartModel* monthTotals READ monthTotals CONSTANT)
    Q_PROPERTY(vigil::advisor::ChartModel* byCategory READ byCategory CONSTANT)
    Q_PROPERTY(vigil::advisor::ChartModel* byUnit READ byUnit CONSTANT)
    Q_PROPERTY(vigil::advisor::ChartModel* modes READ modes CONSTANT)
    Q_PROPERTY(vigil::advisor::ChartModel* clockMedians READ clockMedians CONSTANT)
    Q_PROPERTY(vigil::advisor::ChartModel* clockShares READ clockShares CONSTANT)
    Q_PROPERTY(vigil::advisor::ChartModel* workload READ workload CONSTANT)
    Q_PROPERTY(vigil::advisor::ChartModel* advisorLoad READ advisorLoad CONSTANT)
    Q_PROPERTY(vigil::advisor::ChartModel* willingness READ willingness CONSTANT)
    Q_PROPERTY(vigil::advisor::ChartModel* retaliation READ retaliation CONSTANT)
    Q_PROPERTY(vigil::advisor::Capacity* capacity READ capacity CONSTANT)

public:
    explicit Dashboard(RegistryClient& client, QObject* parent = nullptr);

    bool loaded() const { return m_loaded; }
    bool busy() const { return m_busy; }
    QString lastError() const { return m_lastError; }
    QString fromMonth() const { return m_from; }
    QString toMonth() const { return m_to; }
    void setFromMonth(const QString& month);
    void setToMonth(const QString& month);
    QString periodText() const;
    QString generatedText() const;
    int k() const { return m_k; }
    QString nearMissRatio() const { return m_nearMiss; }
    MatrixModel* kindByMonth() const { return m_kindByMonth; }
    ChartModel* monthTotals() const { return m_monthTotals; }
    ChartModel* byCategory() const { return m_byCategory; }
    ChartModel* byUnit() const { return m_byUnit; }
    ChartModel* modes() const { return m_modes; }
    ChartModel* clockMedians() const { return m_clockMedians; }
    ChartModel* clockShares() const { return m_clockShares; }
    ChartModel* workload() const { return m_workload; }
    ChartModel* advisorLoad() const { return m_advisorLoad; }
    /// "Would report again" (%) per quarter, from the survey's indicators (issue 16 §4).
    ChartModel* willingness() const { return m_willingness; }
    /// Cases whose reporter signalled retaliation, per quarter (issue 16 §3).
    ChartModel* retaliation() const { return m_retaliation; }
    /// Advisors' and groups' load (issue 16 §5), fetched with the statistics.
    Capacity* capacity() const { return m_capacity; }

    /// Asks the registry for the period's report: GET /v1/advisor/stats?from=&to=, and the
    /// capacity figures of the same months.
    Q_INVOKABLE void refresh();
    /// Shows a report given as JSON text (a file the operator exported, or a test's).
    Q_INVOKABLE bool loadJson(const QString& json);
    /// Shows a report from a file (a path or a file: URL).
    Q_INVOKABLE bool loadFile(const QString& path);
    /// Writes what the dashboard shows as CSV (hidden figures as their labels).
    Q_INVOKABLE bool exportCsv(const QString& path);
    /// Writes the charts as rendered (`charts`, from the page's grabToImage) as a one-page PDF
    /// with the period, the threshold and the source above them.
    Q_INVOKABLE bool exportPdf(const QString& path, const QImage& charts);
    /// The charts as CSV text (what exportCsv writes).
    QString csv() const;
    /// A file name in the user's documents for an export with extension `ext`.
    Q_INVOKABLE QString suggestedPath(const QString& ext) const;
    /// Forgets the statistics on show (on lock, or before loading others).
    Q_INVOKABLE void clear();

    /// Titles and labels again in the language now installed (the same figures).
    void retranslate();

    /// Member ids → names for the advisor-load chart.
    void setNameLookup(std::function<QString(const QString&)> nameOf)
    {
        m_capacity->setNameLookup(nameOf);
        m_nameOf = std::move(nameOf);
    }

signals:
    void loadedChanged();
    void busyChanged();
    void lastErrorChanged();
    void periodChanged();

private:
    void onAnswer(const HttpResult& result);
    /// Shows `report` (vigil-statistics/1): each chart group from its part of the report.
    bool apply(const QJsonObject& report);
    void applyKinds(const QJsonObject& report);
    void applyCategoriesAndUnits(const QJsonObject& report);
    void applyModes(const QJsonObject& report);
    void applyClocks(const QJsonObject& report);
    void applyWorkload(const QJsonObject& report);
    void applyReporters(const QJsonObject& report);
    /// Every bar chart, in the order the page and the CSV show them.
    std::array<ChartModel*, 10> charts() const;
    /// A published figure: a count, or the label of a hidden one (k from the report).
    Figure figureOf(const QJsonValue& value) const;
    std::vector<ChartModel::Bar> rowBars(const QJsonObject& report, const QString& name,
                                         const std::function<QString(const QString&)>& labelOf,
                                         const std::function<QString(const QString&)>& noteOf) const;
    void retitle();

    RegistryClient& m_client;
    bool m_loaded = false;
    // Assigning either notifies QML when the value changes (Qt bindable properties): no setters.
    Q_OBJECT_BINDABLE_PROPERTY_WITH_ARGS(Dashboard, bool, m_busy, false, &Dashboard::busyChanged)
    Q_OBJECT_BINDABLE_PROPERTY(Dashboard, QString, m_lastError, &Dashboard::lastErrorChanged)
    QString m_from;
    QString m_to;
    QString m_period;
    qint64 m_generatedAt = 0;
    int m_k = 5;
    QString m_nearMiss;
    QJsonObject m_report;                            ///< the report on show, to relabel it
    std::function<QString(const QString&)> m_nameOf;
    MatrixModel* m_kindByMonth;
    ChartModel* m_monthTotals;
    ChartModel* m_byCategory;
    ChartModel* m_byUnit;
    ChartModel* m_modes;
    ChartModel* m_clockMedians;
    ChartModel* m_clockShares;
    ChartModel* m_workload;
    ChartModel* m_advisorLoad;
    ChartModel* m_willingness;
    ChartModel* m_retaliation;
    Capacity* m_capacity;
};

} // namespace vigil::advisor
