// SPDX-License-Identifier: EUPL-1.2
#pragma once

// The risk register on the advisor's desk (docs/pdca.md "Risks", docs/advisor.md "Risks"): the
// list and its two heat maps from the registry (kept sealed in the cache, so they show offline
// with the time they are from), one selected risk with the steps the state machine allows, and
// the intents QML calls — record, assess, accept, decline, review, close, reopen. Every write is
// checked here first (a clear error, nothing queued) and then queued in the sync engine's outbox
// with an action id, as the measures' are. Whether the member's role and echelon suffice is the
// registry's to decide: its refusal (403 authority_too_low / role_required) is shown as it said.

#include "riskfilter.h"
#include "risklistmodel.h"

#include <QObject>
#include <QProperty>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace vigil::appcore {
struct HttpResult;
}

namespace vigil::advisor {

class Console;

class RiskView : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("the Console owns the risks view")

    Q_PROPERTY(vigil::advisor::RiskListModel* risks READ risks CONSTANT)
    Q_PROPERTY(vigil::advisor::RiskFilter* filter READ filter CONSTANT)
    Q_PROPERTY(qint64 riskId READ riskId NOTIFY selectionChanged)
    /// The selected risk for the detail pane (empty when none).
    Q_PROPERTY(QVariantMap risk READ risk NOTIFY selectionChanged)
    /// The steps offered on the selected risk: {step, label}.
    Q_PROPERTY(QVariantList steps READ steps NOTIFY selectionChanged)
    /// The scope units a risk may name, {value, label}; the first is the whole organisation.
    Q_PROPERTY(QVariantList units READ units NOTIFY unitsChanged)
    /// The heat maps as flat grids for QML (see heatMap()).
    Q_PROPERTY(QVariantList initialMap READ initialMap NOTIFY listChanged)
    Q_PROPERTY(QVariantList residualMap READ residualMap NOTIFY listChanged)
    /// The suppression threshold the maps were published with (k).
    Q_PROPERTY(int k READ k NOTIFY listChanged)
    Q_PROPERTY(QString lastUpdated READ lastUpdated NOTIFY listChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)

public:
    explicit RiskView(Console& console, QObject* parent = nullptr);

    RiskListModel* risks() const { return m_risks; }
    RiskFilter* filter() const { return m_filter; }
    qint64 riskId() const { return m_riskId; }
    QVariantMap risk() const;
    QVariantList steps() const;
    QVariantList units() const;
    QVariantList initialMap() const { return heatMap(QStringLiteral("initial")); }
    QVariantList residualMap() const { return heatMap(QStringLiteral("residual")); }
    int k() const { return m_k; }
    QString lastUpdated() const;
    bool busy() const { return m_busy > 0; }
    QString lastError() const { return m_lastError; }

    /// A heat map ("initial" or "residual") as the cells of a grid, row by row, header row and
    /// total column included: {kind: "corner"|"column"|"row"|"cell"|"total", text, hidden, level,
    /// name}. A hidden count keeps the registry's label ("<5", "x") and never a number; `level`
    /// is the cell's matrix level (the risk chip's colour); `name` says the cell in words for a
    /// screen reader ("II-B, serious: fewer than 5").
    QVariantList heatMap(const QString& which) const;

    Q_INVOKABLE void select(qint64 id);
    Q_INVOKABLE void refresh();
    /// Records a risk; `cases` and `measures` are ids. False, with lastError, when a field is
    /// missing or malformed: nothing is queued then.
    Q_INVOKABLE bool create(const QString& hazard, const QString& description, const QString& domain,
                            const QString& unit, const QString& severity, const QString& probability,
                            const QVariantList& cases, const QVariantList& measures);
    /// The steps on the selected risk; each false, with lastError, when it is not offered now or
    /// lacks what it needs.
    Q_INVOKABLE bool assess(const QString& severity, const QString& probability, const QString& note);
    Q_INVOKABLE bool accept(const QString& reviewDue, const QString& note);
    Q_INVOKABLE bool decline(const QString& note);
    Q_INVOKABLE bool review(const QString& reviewDue, const QString& note);
    Q_INVOKABLE bool close(const QString& reason);
    Q_INVOKABLE bool reopen(const QString& reason);
    /// Links measure `measureId` to the selected risk (or unlinks it), queued with an action id:
    /// POST …/risks/{id}/measures. False, with lastError, on a closed risk or when the measure
    /// is linked already (not linked, to unlink); the registry checks the member's role.
    Q_INVOKABLE bool linkMeasure(qint64 measureId, bool link);
    /// The measures this member sees that the selected risk is not linked to and that are not
    /// cancelled, {value, label}: what linkMeasure offers.
    Q_INVOKABLE QVariantList linkableMeasures() const;
    /// Who may accept the selected risk's residual level by the default policy, in words.
    Q_INVOKABLE QString requiredAuthorityText() const;
    /// {value, label} of the severities I–IV and probabilities A–E (and F when `residual`).
    Q_INVOKABLE QVariantList severities() const;
    Q_INVOKABLE QVariantList probabilities(bool residual) const;
    /// The levels from high to eliminated, {value, label}: the heat map's key.
    Q_INVOKABLE QVariantList levels() const;
    /// The level of a cell, {level, label}: what the dialogs show while one is chosen.
    Q_INVOKABLE QVariantMap levelOf(const QString& severity, const QString& probability) const;

    void loadCached();
    void clear();
    void retranslate();

signals:
    void selectionChanged();
    void unitsChanged();
    void listChanged();
    void busyChanged();
    void lastErrorChanged();

private:
    void onRisks(const appcore::HttpResult& result);
    void setRisksFrom(const QJsonObject& answer);
    /// Queues a step on the selected risk (`what` in risk/{id}/`what`) with `fields`.
    bool step(const QString& name, const QString& what, QJsonObject fields);
    bool validCell(const QString& severity, const QString& probability, bool residual);
    bool validReviewDate(const QString& date);
    QString today() const;
    QString decisionText(const RiskDecision& d) const;

    Console& m_console;
    RiskListModel* m_risks;
    RiskFilter* m_filter;
    QJsonObject m_matrix;
    int m_k = 5;
    qint64 m_riskId = 0;
    qint64 m_fetchedAt = 0;
    int m_busy = 0;
    Q_OBJECT_BINDABLE_PROPERTY(RiskView, QString, m_lastError, &RiskView::lastErrorChanged)
};

} // namespace vigil::advisor
