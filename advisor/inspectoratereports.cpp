// SPDX-License-Identifier: EUPL-1.2
#include "inspectoratereports.h"

#include "account.h"
#include "caselistmodel.h"
#include "console.h"
#include "keyvault.h"
#include "registryclient.h"

#include "shared/onlinesigned.h"
#include "shared/signeddoc.h"

#include "shared/qt/httpresult.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUrl>

namespace vigil::advisor {

using appcore::HttpResult;

namespace {

const QString kReportsPath = QStringLiteral("/v1/advisor/reports");
constexpr int kQuarters = 8;
constexpr int kYears = 3;

/// Whether the month (year, 1–12) has settled on `today`: its next month has ended.
bool settled(int year, int month, const QDate& today)
{
    return QDate(year, month, 1).addMonths(2) <= today;
}

} // namespace

InspectorateReports::InspectorateReports(Console& console, QObject* parent) : QObject(parent), m_console(console)
{
}

void InspectorateReports::begin()
{
    ++m_busy;
    emit busyChanged();
}

void InspectorateReports::end()
{
    m_busy = std::max(0, m_busy - 1);
    emit busyChanged();
}

bool InspectorateReports::validPeriod(const QString& period)
{
    static const QRegularExpression form(QStringLiteral("^[0-9]{4}(Q[1-4])?$"));
    return form.match(period).hasMatch();
}

QVariantList InspectorateReports::reports() const
{
    const QJsonArray all = m_list.value(QStringLiteral("reports")).toArray();
    QVariantList out;
    for (qsizetype i = all.size() - 1; i >= 0; --i) { // the registry lists oldest first
        const QJsonObject o = all.at(i).toObject();
        const qint64 madeAt = static_cast<qint64>(o.value(QStringLiteral("made_at")).toDouble());
        out << QVariantMap{{QStringLiteral("id"), static_cast<qint64>(o.value(QStringLiteral("id")).toDouble())},
                           {QStringLiteral("period"), o.value(QStringLiteral("period")).toString()},
                           {QStringLiteral("madeAt"), QDateTime::fromSecsSinceEpoch(madeAt, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd"))},
                           {QStringLiteral("madeBy"), m_console.cases()->memberName(o.value(QStringLiteral("made_by")).toString())},
                           {QStringLiteral("reissueOf"), static_cast<qint64>(o.value(QStringLiteral("reissue_of")).toDouble())},
                           {QStringLiteral("reason"), o.value(QStringLiteral("reason")).toString()}};
    }
    return out;
}

QVariantList InspectorateReports::periods() const
{
    const QDate today = QDateTime::fromSecsSinceEpoch(m_console.now(), Qt::UTC).date();
    QVariantList out;
    int year = today.year();
    int quarter = (today.month() - 1) / 3 + 1;
    for (int found = 0, tries = 0; found < kQuarters && tries < kQuarters + 4; ++tries) {
        if (settled(year, quarter * 3, today)) {
            out << QVariantMap{{QStringLiteral("value"), QStringLiteral("%1Q%2").arg(year).arg(quarter)},
                               {QStringLiteral("label"), tr("Quarter %1 of %2").arg(quarter).arg(year)}};
            ++found;
        }
        if (--quarter == 0) {
            quarter = 4;
            --year;
        }
    }
    for (int y = today.year(), found = 0; found < kYears; --y)
        if (settled(y, 12, today)) {
            out << QVariantMap{{QStringLiteral("value"), QString::number(y)},
                               {QStringLiteral("label"), tr("The year %1").arg(y)}};
            ++found;
        }
    return out;
}

qint64 InspectorateReports::issuedAs(const QString& period) const
{
    qint64 newest = 0;
    for (const auto& v : m_list.value(QStringLiteral("reports")).toArray())
        if (v.toObject().value(QStringLiteral("period")).toString() == period)
            newest = std::max(newest, static_cast<qint64>(v.toObject().value(QStringLiteral("id")).toDouble()));
    return newest;
}

QString InspectorateReports::refusal(const HttpResult& r) const
{
    if (r.status == 403)
        return tr("Only the inspectorate, or a commander or measures role covering every unit, issues and reads "
                  "the inspectorate's report.");
    if (!r.reached())
        return tr("The registry cannot be reached: the report is issued and printed there.");
    return tr("The registry refused: %1").arg(r.errorText());
}

void InspectorateReports::refresh()
{
    if (!m_console.account()->signedIn())
        return;
    begin();
    m_console.client().get(kReportsPath, this, [this](const HttpResult& r) { onList(r); });
}

void InspectorateReports::onList(const HttpResult& r)
{
    end();
    if (r.ok()) {
        m_list = r.json();
        m_allowed = true;
        m_lastError = QString();
    } else {
        m_allowed = r.status != 403;
        m_lastError = refusal(r);
    }
    emit reportsChanged();
}

bool InspectorateReports::issue(const QString& period, const QString& reason)
{
    if (!validPeriod(period)) {
        m_lastError = tr("Choose a quarter or a year.");
        return false;
    }
    if (const qint64 earlier = issuedAs(period); earlier > 0 && reason.trimmed().isEmpty()) {
        m_lastError = tr("%1 was issued already as report %2: a reissue needs a reason.").arg(period).arg(earlier);
        return false;
    }
    QJsonObject body{{QStringLiteral("action_id"), QString::number(QRandomGenerator::system()->generate64(), 16)},
                     {QStringLiteral("period"), period}};
    if (!reason.trimmed().isEmpty())
        body.insert(QStringLiteral("reason"), reason.trimmed());
    m_lastError = QString();
    m_notice = QString();
    begin();
    m_console.client().postJson(kReportsPath, body, this, [this, period](const HttpResult& r) { onIssued(period, r); });
    return true;
}

void InspectorateReports::onIssued(const QString& period, const HttpResult& r)
{
    end();
    if (!r.ok()) {
        m_lastError = refusal(r);
        if (r.status == 403) {
            m_allowed = false;
            emit reportsChanged();
        }
        refresh(); // a 409 "issued already" is then known here too
        return;
    }
    const QJsonObject report = r.json().value(QStringLiteral("report")).toObject();
    m_notice = tr("Report %1 issued for %2.").arg(static_cast<qint64>(report.value(QStringLiteral("id")).toDouble())).arg(period);
    refresh();
}

QString InspectorateReports::suggestedPath(qint64 id, const QString& what) const
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (dir.isEmpty())
        dir = QDir::homePath();
    QString period;
    for (const auto& v : m_list.value(QStringLiteral("reports")).toArray())
        if (static_cast<qint64>(v.toObject().value(QStringLiteral("id")).toDouble()) == id)
            period = v.toObject().value(QStringLiteral("period")).toString();
    const QString base = QStringLiteral("vigil-report-%1-%2").arg(period.isEmpty() ? QString::number(id) : period).arg(id);
    if (what == QLatin1String("signed"))
        return QDir(dir).filePath(base + QStringLiteral(".vgv"));
    if (what == QLatin1String("json"))
        return QDir(dir).filePath(base + QStringLiteral(".json"));
    return QDir(dir).filePath(base + (what == QLatin1String("pdf-en") ? QStringLiteral("-en.pdf") : QStringLiteral("-nl.pdf")));
}

bool InspectorateReports::save(qint64 id, const QString& what, const QString& path)
{
    const QString local = path.startsWith(QLatin1String("file:")) ? QUrl(path).toLocalFile() : path.trimmed();
    if (id <= 0 || local.isEmpty()) {
        m_lastError = tr("Choose a report and a file to save it to.");
        return false;
    }
    QString resource;
    if (what == QLatin1String("pdf-nl") || what == QLatin1String("pdf-en"))
        resource = QStringLiteral("%1/%2/pdf?lang=%3").arg(kReportsPath).arg(id).arg(what.mid(4));
    else if (what == QLatin1String("signed") || what == QLatin1String("json"))
        resource = QStringLiteral("%1/%2/signed").arg(kReportsPath).arg(id);
    else {
        m_lastError = tr("Choose what to save: the PDF in Dutch or English, the signed report or its JSON.");
        return false;
    }
    m_lastError = QString();
    m_notice = QString();
    begin();
    const bool json = what == QLatin1String("json");
    m_console.client().get(resource, this, [this, local, json](const HttpResult& r) { onFile(local, json, r); });
    return true;
}

void InspectorateReports::onFile(const QString& path, bool json, const HttpResult& r)
{
    end();
    if (!r.ok()) {
        m_lastError = refusal(r);
        return;
    }
    QByteArray bytes = r.body;
    if (json) {
        // The JSON only as the registry signed it: checked here against the pinned key (or, once
        // key holders sign, the online key the directory certifies), so what is saved is byte
        // for byte what `vigil-admin report verify --json` accepts.
        const KeyVault* vault = m_console.account()->vault();
        if (!vault || !vault->settings()) {
            m_lastError = tr("The console is locked.");
            return;
        }
        const ByteView signedReport(reinterpret_cast<const std::uint8_t*>(bytes.constData()),
                                    static_cast<std::size_t>(bytes.size()));
        auto payload = openOnlineSignedDocument(signedReport, kVmsReportMagic, m_console.documentSigners(), "report");
        if (!payload) {
            m_lastError = tr("The report does not verify against the organisation's root key: nothing was saved.");
            return;
        }
        bytes = QByteArray(payload->data(), static_cast<qsizetype>(payload->size()));
    }
    // Written whole or not at all: a half-written PDF is worse than none.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        m_lastError = tr("Could not write %1: %2").arg(path, file.errorString());
        return;
    }
    m_notice = tr("Saved %1").arg(path);
}

void InspectorateReports::clear()
{
    m_list = {};
    m_allowed = true;
    m_notice = QString();
    m_lastError = QString();
    emit reportsChanged();
}

} // namespace vigil::advisor
