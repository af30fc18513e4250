// SPDX-License-Identifier: EUPL-1.2
#pragma once

// The inspectorate's report from the console (docs/pdca.md "The inspectorate's report",
// docs/advisor-api.md "Reports"): the issues the registry holds, issuing a settled quarter or
// year (a period issued before is reissued only with a reason), and saving an issue's PDF
// (Dutch or English, printed by the registry from the signed bytes), the signed report itself or
// its JSON (checked against the pinned root key) to a file the member chose. For the inspectorate, or a commander or measures role covering
// every unit; anyone else is told so. Issuing needs the registry: it signs with the root key.

#include <QJsonObject>
#include <QObject>
#include <QProperty>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace vigil::appcore {
struct HttpResult;
}

namespace vigil::advisor {

class Console;

class InspectorateReports : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("the Console owns the inspectorate's reports")

    /// Every issue, newest first: {id, period, madeAt (date), madeBy, reissueOf (0: none), reason}.
    Q_PROPERTY(QVariantList reports READ reports NOTIFY reportsChanged)
    /// False once the registry said this member may not issue or read the report.
    Q_PROPERTY(bool allowed READ allowed NOTIFY reportsChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    /// What the last issue or save did ("Report 3 issued for 2026Q3.", "Saved …").
    Q_PROPERTY(QString notice READ notice NOTIFY noticeChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)

public:
    explicit InspectorateReports(Console& console, QObject* parent = nullptr);

    QVariantList reports() const;
    bool allowed() const { return m_allowed; }
    bool busy() const { return m_busy > 0; }
    QString notice() const { return m_notice; }
    QString lastError() const { return m_lastError; }

    Q_INVOKABLE void refresh();
    /// The periods that have settled at the console's clock, newest first: the last eight
    /// quarters and the last three years, {value ("2026Q3", "2025"), label}.
    Q_INVOKABLE QVariantList periods() const;
    /// The id of the newest issue of `period`; 0 when it was never issued.
    Q_INVOKABLE qint64 issuedAs(const QString& period) const;
    /// Issues `period`; a period issued before needs `reason` (a reissue). False, with
    /// lastError, when the input is wrong: nothing is sent then.
    Q_INVOKABLE bool issue(const QString& period, const QString& reason);
    /// Saves issue `id` as `what` ("pdf-nl", "pdf-en", "signed", or "json": the signed report's
    /// JSON, verified here against the pinned root key) to `path` (a local path or a file: URL).
    Q_INVOKABLE bool save(qint64 id, const QString& what, const QString& path);
    /// A file name in the documents folder for issue `id` as `what`.
    Q_INVOKABLE QString suggestedPath(qint64 id, const QString& what) const;

    /// Whether `period` is a quarter ("2026Q3") or a year ("2026").
    static bool validPeriod(const QString& period);
    void clear();
    void retranslate() { emit reportsChanged(); }

signals:
    void reportsChanged();
    void busyChanged();
    void noticeChanged();
    void lastErrorChanged();

private:
    void onList(const appcore::HttpResult& result);
    void onIssued(const QString& period, const appcore::HttpResult& result);
    void onFile(const QString& path, bool json, const appcore::HttpResult& result);
    /// The registry's refusal in words (403 role_required is the member's to know).
    QString refusal(const appcore::HttpResult& result) const;
    void begin();
    void end();

    Console& m_console;
    QJsonObject m_list;
    bool m_allowed = true;
    int m_busy = 0;
    Q_OBJECT_BINDABLE_PROPERTY(InspectorateReports, QString, m_notice, &InspectorateReports::noticeChanged)
    Q_OBJECT_BINDABLE_PROPERTY(InspectorateReports, QString, m_lastError, &InspectorateReports::lastErrorChanged)
};

} // namespace vigil::advisor
