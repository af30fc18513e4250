// SPDX-License-Identifier: EUPL-1.2
#pragma once

// The alerts register on the advisor's desk (docs/pdca.md "Alerts", docs/advisor.md
// "Indicators"): GET /v1/advisor/alerts kept sealed in the cache with the time it was fetched
// (so the list shows offline), one selected alert with the steps this member may take, and the
// intents QML calls — assign, follow up, close. Each write is checked here first (a clear
// error, nothing queued), then queued in the sync engine's outbox with an action id, as the
// measures' steps are; the registry's refusals come back in words.

#include "alertinfo.h"

#include <QObject>
#include <QProperty>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <vector>

namespace vigil::appcore {
struct HttpResult;
}

namespace vigil::advisor {

class Console;

class AlertView : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("the Console owns the alerts view")

    /// Open alerts first, then closed ones, each newest first: {id, indicator, indicatorId,
    /// months (in words), state, stateLabel, clock, clockLabel, due, assignee, open}.
    Q_PROPERTY(QVariantList alerts READ alerts NOTIFY listChanged)
    Q_PROPERTY(int openCount READ openCount NOTIFY listChanged)
    Q_PROPERTY(qint64 alertId READ alertId NOTIFY selectionChanged)
    /// The selected alert in full (empty when none).
    Q_PROPERTY(QVariantMap alert READ alert NOTIFY selectionChanged)
    /// The steps this member may take on it now: {to, label}.
    Q_PROPERTY(QVariantList steps READ steps NOTIFY selectionChanged)
    Q_PROPERTY(QString lastUpdated READ lastUpdated NOTIFY listChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)

public:
    explicit AlertView(Console& console, QObject* parent = nullptr);

    QVariantList alerts() const;
    int openCount() const;
    qint64 alertId() const { return m_alertId; }
    QVariantMap alert() const;
    QVariantList steps() const;
    QString lastUpdated() const;
    bool busy() const { return m_busy; }
    QString lastError() const { return m_lastError; }

    Q_INVOKABLE void select(qint64 id);
    Q_INVOKABLE void refresh();
    /// The alert of `indicatorId` that `month` raised or joined (0: none this member sees).
    Q_INVOKABLE qint64 alertIdFor(const QString& indicatorId, const QString& month) const;
    /// The steps on the selected alert; each false, with lastError, when it is not open to
    /// this member now or lacks what it needs.
    Q_INVOKABLE bool assign(const QString& assignee);
    /// A measure (0: none), an explanation, or both.
    Q_INVOKABLE bool followUp(qint64 measureId, const QString& explanation);
    Q_INVOKABLE bool close(const QString& note);
    /// Members an alert may be assigned to, {value, label} by name (the registry checks their role).
    Q_INVOKABLE QVariantList assigneeChoices() const;
    /// Measures an alert may be followed up with: those this member sees, not cancelled.
    Q_INVOKABLE QVariantList measureChoices() const;

    void showAlerts(const QJsonObject& answer, qint64 fetchedAt);
    void loadCached();
    void clear();
    void retranslate();

signals:
    void listChanged();
    void selectionChanged();
    void busyChanged();
    void lastErrorChanged();

private:
    void onAlerts(const appcore::HttpResult& result);
    void upsert(const AlertInfo& alert);
    const AlertInfo* find(qint64 id) const;
    /// What the list and the dialog both show of `alert`.
    QVariantMap rowOf(const AlertInfo& alert) const;
    bool step(const QString& to, const QString& route, const QJsonObject& body);
    QString memberName(const QString& memberId) const;
    QString dateOf(qint64 unixSeconds) const;

    Console& m_console;
    std::vector<AlertInfo> m_alerts;
    qint64 m_alertId = 0;
    qint64 m_fetchedAt = 0;
    bool m_busy = false;
    Q_OBJECT_BINDABLE_PROPERTY(AlertView, QString, m_lastError, &AlertView::lastErrorChanged)
};

} // namespace vigil::advisor
