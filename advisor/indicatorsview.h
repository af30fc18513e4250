// SPDX-License-Identifier: EUPL-1.2
#pragma once

// The board of safety performance indicators on the advisor's desk (docs/pdca.md
// "Indicators", docs/advisor.md "Indicators"): GET /v1/advisor/indicators kept sealed in the
// cache with the time it was fetched (so it shows offline), the list of indicators, and the
// selected one's months as a SeriesModel for its chart. Every figure arrives suppressed from the
// registry; the console only draws what it was given.

#include "seriesmodel.h"

#include <QJsonObject>
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

class IndicatorsView : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("the Console owns the indicators view")

    /// One entry per indicator: {id, name, scope, latest (the last month's figure as text),
    /// latestMonth, alerts (how many months a rule fired), tooFew (no alert levels anywhere)}.
    Q_PROPERTY(QVariantList indicators READ indicators NOTIFY boardChanged)
    Q_PROPERTY(QString selectedId READ selectedId NOTIFY selectionChanged)
    /// The selected indicator: {id, name, scope, rules (in words), alerts (in words)}.
    Q_PROPERTY(QVariantMap selected READ selected NOTIFY selectionChanged)
    Q_PROPERTY(vigil::advisor::SeriesModel* series READ series CONSTANT)
    /// The indicators a measure may be linked to (in force and not frozen), for the measure
    /// dialogs' picker: {value (id), label (name), detail ("Reports a month · 13 Bde · Near
    /// miss")}. The board is what this member may read, so these are its groups' indicators.
    Q_PROPERTY(QVariantList linkable READ linkable NOTIFY boardChanged)
    /// The settled month the board is of ("2026-10"); "" before any board.
    Q_PROPERTY(QString asOf READ asOf NOTIFY boardChanged)
    Q_PROPERTY(int k READ k NOTIFY boardChanged)
    Q_PROPERTY(QString lastUpdated READ lastUpdated NOTIFY boardChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)

public:
    explicit IndicatorsView(Console& console, QObject* parent = nullptr);

    QVariantList indicators() const;
    QVariantList linkable() const;
    /// The name of indicator `id` in the interface language (the id when it is not on the board).
    QString nameOfId(const QString& id) const;
    QString selectedId() const { return m_selectedId; }
    QVariantMap selected() const;
    SeriesModel* series() const { return m_series; }
    QString asOf() const { return m_board.value(QStringLiteral("as_of")).toString(); }
    int k() const { return m_k; }
    QString lastUpdated() const;
    bool busy() const { return m_busy; }
    QString lastError() const { return m_lastError; }

    Q_INVOKABLE void select(const QString& id);
    Q_INVOKABLE void refresh();

    /// Shows `board` (the registry's answer) as fetched at `fetchedAt`: the network's answer,
    /// the cached one, or a test's.
    void showBoard(const QJsonObject& board, qint64 fetchedAt);
    void loadCached();
    void clear();
    /// Indicator `id` as the board holds it (empty when it is not on the board).
    QJsonObject indicatorJson(const QString& id) const { return indicatorObject(id); }
    void retranslate();

signals:
    void boardChanged();
    void selectionChanged();
    void busyChanged();
    void lastErrorChanged();

private:
    void onBoard(const appcore::HttpResult& result);
    QJsonObject indicatorObject(const QString& id) const;
    QString nameOf(const QJsonObject& indicator) const;
    QString scopeOf(const QJsonObject& indicator) const;
    QString rulesText(const QString& rules, bool onAFall) const;
    /// What an indicator measures, in words: "Reports a month", "Share acknowledged within 7 days", …
    QString measureText(const QJsonObject& indicator) const;

    Console& m_console;
    SeriesModel* m_series;
    QJsonObject m_board;
    int m_k = 5;
    QString m_selectedId;
    qint64 m_fetchedAt = 0;
    bool m_busy = false;
    Q_OBJECT_BINDABLE_PROPERTY(IndicatorsView, QString, m_lastError, &IndicatorsView::lastErrorChanged)
};

} // namespace vigil::advisor
