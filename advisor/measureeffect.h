// SPDX-License-Identifier: EUPL-1.2
#pragma once

// The effect card of an implemented or checked measure (docs/pdca.md "Effect check",
// docs/advisor.md "Measures"): the check the registry stored with the measure when there is
// one, else its preview (GET /v1/advisor/measures/{id}/effect, recorded nowhere), else when it
// can be checked ("settles on"). The before and after windows of the check's indicator are cut
// from the indicator board the console holds, with their alert levels, so the card draws the
// months the counts came from. The verdict is said in words, "inconclusive" with its reason.

#include "measureinfo.h"
#include "seriesmodel.h"

#include <QObject>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace vigil::appcore {
struct HttpResult;
}

namespace vigil::advisor {

class Console;

class MeasureEffect : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("the measures view owns the effect card")

    /// "none" (no card: not implemented), "loading", "stored" (the recorded check), "preview"
    /// (computed now, not recorded), "waiting" (the after window settles on settlesOn),
    /// "unavailable" (no indicator linked, or the registry could not be asked: see message).
    Q_PROPERTY(QString status READ status NOTIFY changed)
    /// The check: {indicator, indicatorName, beforeFrom, beforeTo, beforeCount, beforeExposure,
    /// afterFrom, afterTo, afterCount, afterExposure, exposureUnit, ratio, ci, verdict
    /// (the result in words), result, reason, reasonText, at (date, stored checks), by}.
    Q_PROPERTY(QVariantMap check READ check NOTIFY changed)
    Q_PROPERTY(QString settlesOn READ settlesOn NOTIFY changed)
    Q_PROPERTY(QString message READ message NOTIFY changed)
    /// The months of both windows from the board (empty when the board does not reach them).
    Q_PROPERTY(vigil::advisor::SeriesModel* windows READ windows CONSTANT)

public:
    MeasureEffect(Console& console, QObject* parent = nullptr);

    QString status() const { return m_status; }
    QVariantMap check() const;
    QString settlesOn() const { return m_settlesOn; }
    QString message() const { return m_message; }
    SeriesModel* windows() const { return m_windows; }

    /// Shows the card of `measure` (nullptr: none): its stored check, else asks for a preview.
    void show(const MeasureInfo* measure);
    /// Shows `check` (a check entry of the measure object or a preview answer) as `status`.
    void showCheck(const QJsonObject& check, const QString& status);
    void clear();
    void retranslate() { emit changed(); }

    /// "Effective: the rate fell", "No measurable change", "Inconclusive: too few reports", …
    static QString verdictText(const QString& result, const QString& reason);

signals:
    void changed();

private:
    void onPreview(qint64 measureId, const appcore::HttpResult& result);
    void setStatus(const QString& status, const QString& message = {});
    void cutWindows();

    Console& m_console;
    SeriesModel* m_windows;
    qint64 m_measureId = 0;
    QString m_state;          ///< the measure's state the card was made for
    int m_checks = -1;        ///< how many checks it had then
    QString m_status = QStringLiteral("none");
    QJsonObject m_check;
    QString m_settlesOn;
    QString m_message;
};

} // namespace vigil::advisor
