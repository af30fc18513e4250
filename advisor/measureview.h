// SPDX-License-Identifier: EUPL-1.2
#pragma once

// The measures register on the advisor's desk (docs/pdca.md, "Console"): the list and the
// follow-up clocks from the registry (kept sealed in the cache, so both show offline with the
// time they are from), one selected measure with the steps this member is offered, and the
// intents QML calls — propose, approve, start, implement, reopen, check, cancel. Every write is
// checked here first (a clear error, nothing queued) and then queued in the sync engine's
// outbox with an action id, so it survives being offline or the console stopping and is
// applied once.

#include "measurefilter.h"
#include "measurelistmodel.h"
#include "pdcaclockmodel.h"

#include <QJsonObject>
#include <QObject>
#include <QProperty>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <optional>

namespace vigil::appcore {
struct HttpResult;
}

namespace vigil::advisor {

class Console;

class MeasureView : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("the Console owns the measures view")

    Q_PROPERTY(vigil::advisor::MeasureListModel* measures READ measures CONSTANT)
    Q_PROPERTY(vigil::advisor::MeasureFilter* filter READ filter CONSTANT)
    Q_PROPERTY(vigil::advisor::PdcaClockModel* clocks READ clocks CONSTANT)
    Q_PROPERTY(qint64 measureId READ measureId NOTIFY selectionChanged)
    /// The selected measure for the detail pane (empty when none); its `indicators` are
    /// {id, name, primary}, `indicatorIds` their ids and `primaryIndicator` the primary's, and
    /// `linkable` says whether its indicators may still change (not once checked or cancelled).
    Q_PROPERTY(QVariantMap measure READ measure NOTIFY selectionChanged)
    /// The steps offered on the selected measure: {to, label, needs} with needs one of
    /// "" (nothing), "reason", "implemented" (date and evidence), "verdict" (verdict and note),
    /// "cancel" (a reason, after confirming).
    Q_PROPERTY(QVariantList steps READ steps NOTIFY selectionChanged)
    /// Every step the selected measure's state allows, as steps() gives them plus `enabled` (the
    /// step is among steps()) and `why` (for one that is not: who takes it): the pane shows them
    /// all, so a member sees what comes next and that it is another's.
    Q_PROPERTY(QVariantList stepButtons READ stepButtons NOTIFY selectionChanged)
    /// The owner units a proposal may name, {value, label} with the name in the interface language.
    Q_PROPERTY(QVariantList units READ units NOTIFY unitsChanged)
    /// The measures a case may be closed "resolved — measure" with: {value, label, title}.
    Q_PROPERTY(QVariantList closingChoices READ closingChoices NOTIFY listChanged)
    /// "" before any list; else when the lists shown were fetched ("14:05" today, else a date).
    Q_PROPERTY(QString lastUpdated READ lastUpdated NOTIFY listChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)

public:
    explicit MeasureView(Console& console, QObject* parent = nullptr);

    MeasureListModel* measures() const { return m_measures; }
    MeasureFilter* filter() const { return m_filter; }
    PdcaClockModel* clocks() const { return m_clocks; }
    qint64 measureId() const { return m_measureId; }
    QVariantMap measure() const;
    QVariantList steps() const;
    QVariantList stepButtons() const;
    QVariantList units() const;
    QVariantList closingChoices() const;
    QString lastUpdated() const;
    bool busy() const { return m_busy > 0; }
    QString lastError() const { return m_lastError; }

    /// Shows measure `id` in the detail pane (0: none).
    Q_INVOKABLE void select(qint64 id);
    /// Fetches the register and the follow-up clocks (when signed in).
    Q_INVOKABLE void refresh();
    /// Proposes a measure; `cases` are case ids, `indicators` the ids of the indicators meant
    /// to show its effect (IndicatorsView::linkable) and `primary` the one an effect check uses
    /// (may be left out when there is one). False, with lastError, when a field is missing or
    /// malformed: nothing is queued then.
    Q_INVOKABLE bool propose(const QString& title, const QString& description, const QString& domain,
                             const QString& ownerUnit, const QString& ownerRole, const QString& due,
                             const QVariantList& cases, const QVariantList& indicators = {},
                             const QString& primary = {});
    /// Replaces the selected measure's indicators (`[]` unlinks them all) with `primary` the one
    /// an effect check uses; queued with an action id (POST …/measures/{id}/links). False, with
    /// lastError, once the measure is checked or cancelled or when `primary` is not among them.
    Q_INVOKABLE bool linkIndicators(const QVariantList& indicators, const QString& primary);
    /// The steps on the selected measure; each false, with lastError, when it is not offered or
    /// lacks what it needs.
    Q_INVOKABLE bool approve();
    Q_INVOKABLE bool start();
    Q_INVOKABLE bool implement(const QString& implementedOn, const QString& evidence);
    Q_INVOKABLE bool reopen(const QString& reason);
    /// A verdict by judgement ("effective", "not_effective", "inconclusive") with its note.
    Q_INVOKABLE bool check(const QString& verdict, const QString& note);
    /// Checks by the effect check: the registry computes and records it (the effect card's preview).
    Q_INVOKABLE bool checkByEffect();
    Q_INVOKABLE bool cancel(const QString& reason);
    /// The verdicts a check may record, {value, label}.
    Q_INVOKABLE QVariantList verdicts() const;

    /// The lists kept in the cache (after unlocking), then the registry's when online.
    void loadCached();
    void clear();
    /// The labels again, in the language now installed.
    void retranslate();

signals:
    void selectionChanged();
    void unitsChanged();
    void listChanged();
    void busyChanged();
    void lastErrorChanged();

private:
    void onMeasures(const appcore::HttpResult& result);
    void onClocks(const appcore::HttpResult& result);
    void setMeasuresFrom(const QJsonObject& answer);
    void setClocksFrom(const QJsonObject& answer);
    /// Keeps `answer` sealed in the cache under `name`, with the time it was fetched.
    void keep(const char* name, const QJsonObject& answer);
    /// The indicator ids and primary of a proposal or link as the registry takes them
    /// ({"indicators": […], "primary_indicator": id}); nullopt with lastError when they do not fit.
    std::optional<QJsonObject> indicatorLinks(const QVariantList& indicators, const QString& primary);
    /// Queues the step to `to` on the selected measure with `fields`, if it is offered.
    bool step(const QString& to, QJsonObject fields);
    /// Whether `date` is YYYY-MM-DD and a real date; lastError when not.
    bool validDate(const QString& date, const QString& what);
    QString today() const;
    void endBusy();

    Console& m_console;
    MeasureListModel* m_measures;
    MeasureFilter* m_filter;
    PdcaClockModel* m_clocks;
    qint64 m_measureId = 0;
    qint64 m_fetchedAt = 0;
    int m_busy = 0;
    Q_OBJECT_BINDABLE_PROPERTY(MeasureView, QString, m_lastError, &MeasureView::lastErrorChanged)
};

} // namespace vigil::advisor
