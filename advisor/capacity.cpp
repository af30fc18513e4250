// SPDX-License-Identifier: EUPL-1.2
#include "capacity.h"

#include "registryclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QUrl>
#include <QUrlQuery>

namespace vigil::advisor {

namespace {

constexpr auto kFormat = "vigil-capacity/1";

/// A figure the registry gave (a number), not a suppressed count: workload figures about
/// named advisors are exact (docs/threat-model.md says who sees them).
Figure exact(const QJsonValue& v, int decimals = 0)
{
    return Figure::fromJson(v, 0, false, decimals);
}

} // namespace

Capacity::Capacity(RegistryClient& client, QObject* parent)
    : QObject(parent), m_client(client), m_nameOf([](const QString& id) { return id; }),
      m_openLoad(new ChartModel({}, this)), m_firstContact(new ChartModel({}, this)),
      m_withinClock(new ChartModel({}, this)), m_groupLoad(new ChartModel({}, this))
{
    retitle();
}

void Capacity::retitle()
{
    m_openLoad->setTitle(tr("Capacity: open cases per advisor"));
    m_firstContact->setTitle(tr("Capacity: median hours to first contact"));
    m_withinClock->setTitle(tr("Capacity: first contact within the clock (%)"));
    m_groupLoad->setTitle(tr("Capacity: open cases per member, by group"));
}

void Capacity::retranslate()
{
    retitle();
    if (m_loaded)
        apply(QJsonObject(m_report));
}

void Capacity::refresh(const QString& fromMonth, const QString& toMonth)
{
    if (m_busy)
        return;
    QUrlQuery query;
    if (!fromMonth.isEmpty())
        query.addQueryItem(QStringLiteral("from"), fromMonth);
    if (!toMonth.isEmpty())
        query.addQueryItem(QStringLiteral("to"), toMonth);
    const QString q = query.isEmpty() ? QString() : QLatin1Char('?') + query.toString(QUrl::FullyEncoded);
    m_busy = true;
    m_client.get(QStringLiteral("/v1/advisor/capacity") + q, this, [this](const HttpResult& r) { onAnswer(r); });
}

void Capacity::onAnswer(const HttpResult& r)
{
    m_busy = false;
    if (r.status == 404 || r.status == 405) {
        m_lastError = tr("This registry does not publish capacity figures yet (GET /v1/advisor/capacity).");
        return;
    }
    if (!r.ok()) {
        m_lastError = tr("Capacity figures unavailable: %1").arg(r.errorText());
        return;
    }
    loadJson(QString::fromUtf8(r.body));
}

bool Capacity::loadJson(const QString& json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8());
    if (!doc.isObject() || doc.object().value(QStringLiteral("format")).toString() != QLatin1String(kFormat)) {
        m_lastError = tr("Not capacity figures in the format %1.").arg(QLatin1String(kFormat));
        return false;
    }
    return apply(doc.object());
}

bool Capacity::apply(const QJsonObject& report)
{
    m_report = report;
    m_period = QStringLiteral("%1 – %2").arg(report.value(QStringLiteral("from")).toString(),
                                             report.value(QStringLiteral("to")).toString());
    std::vector<ChartModel::Bar> open, contact, within, groups;
    for (const auto& v : report.value(QStringLiteral("advisors")).toArray()) {
        const QJsonObject a = v.toObject();
        const QString id = a.value(QStringLiteral("member")).toString();
        const QString mapped = m_nameOf(id);
        const QString name = mapped != id ? mapped : a.value(QStringLiteral("name")).toString();
        const int cases = a.value(QStringLiteral("cases")).toInt();
        open.push_back({name, exact(a.value(QStringLiteral("open"))),
                        tr("%n case(s) received in the period", nullptr, cases), std::nullopt});
        const QJsonValue median = a.value(QStringLiteral("median_contact_hours"));
        // An advisor none of whose cases got an answer yet has no time to first contact: no bar,
        // rather than a placeholder that would read as a hidden figure.
        if (median.isDouble()) {
            const QJsonValue clock = a.value(QStringLiteral("clock_hours"));
            contact.push_back({name, exact(median, 1),
                               tr("first contact in %n case(s)", nullptr, a.value(QStringLiteral("contacted")).toInt()),
                               clock.isDouble() ? std::optional(clock.toDouble()) : std::nullopt});
        }
        const QJsonValue share = a.value(QStringLiteral("within_clock_share"));
        if (share.isDouble())
            within.push_back({name, exact(share),
                              tr("%1 of %2 within the clock")
                                  .arg(a.value(QStringLiteral("within_clock")).toInt())
                                  .arg(a.value(QStringLiteral("clocked")).toInt()),
                              std::nullopt});
    }
    const bool dutch = QLocale().language() == QLocale::Dutch;
    for (const auto& v : report.value(QStringLiteral("groups")).toArray()) {
        const QJsonObject g = v.toObject();
        const QString name = g.value(dutch ? QStringLiteral("name_nl") : QStringLiteral("name_en")).toString();
        const int members = g.value(QStringLiteral("members")).toInt();
        const QJsonValue perMember = g.value(QStringLiteral("open_per_member"));
        QString note = tr("%1 open, %2 unassigned; %n active member(s)", nullptr, members)
                           .arg(g.value(QStringLiteral("open")).toInt())
                           .arg(g.value(QStringLiteral("unassigned")).toInt());
        if (g.value(QStringLiteral("auto_assign")).toBool())
            note += QLatin1String("; ") + tr("assigned automatically by load");
        // A group without active members cannot take a case at all. With nothing open it is left
        // out; with open cases it is named so and its bar is their number — never a hatched
        // placeholder, which on this page means a hidden figure.
        const int openCases = g.value(QStringLiteral("open")).toInt();
        if (perMember.isDouble())
            groups.push_back({name, exact(perMember, 1), note, std::nullopt});
        else if (openCases > 0)
            groups.push_back({tr("%1 (no members)").arg(name),
                              Figure{static_cast<double>(openCases), tr("%1 open").arg(openCases)}, note,
                              std::nullopt});
    }
    m_openLoad->setBars(std::move(open));
    m_firstContact->setBars(std::move(contact));
    m_withinClock->setBars(std::move(within));
    m_groupLoad->setBars(std::move(groups));
    m_loaded = true;
    m_lastError = QString();
    emit loadedChanged();
    return true;
}

void Capacity::clear()
{
    for (ChartModel* c : {m_openLoad, m_firstContact, m_withinClock, m_groupLoad})
        c->setBars({});
    m_report = {};
    m_period.clear();
    m_loaded = false;
    emit loadedChanged();
}

} // namespace vigil::advisor
