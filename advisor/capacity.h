// SPDX-License-Identifier: EUPL-1.2
#pragma once

// Advisors' capacity on the dashboard (issue 16 §5, docs/advisor.md "Capacity"): the registry's
// "vigil-capacity/1" figures (GET /v1/advisor/capacity) as charts — per advisor the open load,
// the median time to first contact against the route's clock and the share within it, per
// group the open cases per active member. The console computes none of them itself.

#include "chartmodel.h"

#include <QJsonObject>
#include <QObject>
#include <QProperty>
#include <QtQml/qqmlregistration.h>

#include <functional>

namespace vigil::appcore {
struct HttpResult;
}

namespace vigil::advisor {

class RegistryClient;

class Capacity : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("the dashboard owns the capacity figures")

    Q_PROPERTY(bool loaded READ loaded NOTIFY loadedChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)
    Q_PROPERTY(QString periodText READ periodText NOTIFY loadedChanged)
    Q_PROPERTY(vigil::advisor::ChartModel* openLoad READ openLoad CONSTANT)
    Q_PROPERTY(vigil::advisor::ChartModel* firstContact READ firstContact CONSTANT)
    Q_PROPERTY(vigil::advisor::ChartModel* withinClock READ withinClock CONSTANT)
    Q_PROPERTY(vigil::advisor::ChartModel* groupLoad READ groupLoad CONSTANT)

public:
    explicit Capacity(RegistryClient& client, QObject* parent = nullptr);

    bool loaded() const { return m_loaded; }
    bool busy() const { return m_busy; }
    QString lastError() const { return m_lastError; }
    QString periodText() const { return m_period; }
    /// Open cases assigned to each advisor now.
    ChartModel* openLoad() const { return m_openLoad; }
    /// Median hours from receipt to the first reply, each against the median of its clocks.
    ChartModel* firstContact() const { return m_firstContact; }
    /// Share (%) of the decided contact clocks met by the first reply, per advisor.
    ChartModel* withinClock() const { return m_withinClock; }
    /// Open cases per active member, per group.
    ChartModel* groupLoad() const { return m_groupLoad; }

    /// Asks the registry: GET /v1/advisor/capacity?from=&to= (months; empty: its default).
    void refresh(const QString& fromMonth, const QString& toMonth);
    /// Shows figures given as "vigil-capacity/1" JSON text (the registry's answer, or a test's).
    Q_INVOKABLE bool loadJson(const QString& json);
    /// Forgets the figures on show.
    void clear();
    /// Titles and labels again in the language now installed.
    void retranslate();
    /// Member ids → names (the console's roster), for advisors the registry names by id only.
    void setNameLookup(std::function<QString(const QString&)> nameOf) { m_nameOf = std::move(nameOf); }

signals:
    void loadedChanged();
    void busyChanged();
    void lastErrorChanged();

private:
    void onAnswer(const appcore::HttpResult& result);
    bool apply(const QJsonObject& report);
    void retitle();

    RegistryClient& m_client;
    bool m_loaded = false;
    Q_OBJECT_BINDABLE_PROPERTY_WITH_ARGS(Capacity, bool, m_busy, false, &Capacity::busyChanged)
    Q_OBJECT_BINDABLE_PROPERTY(Capacity, QString, m_lastError, &Capacity::lastErrorChanged)
    QString m_period;
    QJsonObject m_report;
    std::function<QString(const QString&)> m_nameOf;
    ChartModel* m_openLoad;
    ChartModel* m_firstContact;
    ChartModel* m_withinClock;
    ChartModel* m_groupLoad;
};

} // namespace vigil::advisor
