// SPDX-License-Identifier: EUPL-1.2
#include "probe.h"

#include "testdata.h"

#include "mobile/fieldapp.h"
#include "shared/provisioning.h"
#include "shared/reportbody.h"
#include "shared/reportcodec.h"
#include "shared/seal.h"

#include <QJSEngine>
#include <QJsonDocument>
#include <QJsonObject>
#include <QVariantList>

using vigil::field::FieldApp;

namespace {

QVariantMap jsonMap(const std::string& json)
{
    return QJsonDocument::fromJson(QByteArray::fromStdString(json)).object().toVariantMap();
}

} // namespace

Probe* Probe::create(QQmlEngine*, QJSEngine*)
{
    return new Probe;
}

QString Probe::provisioningCode() const
{
    vigil::Provisioning p;
    p.rootKey = vigil::test::rootKey().publicKey;
    p.relayUrl = "http://127.0.0.1:9";
    p.organisation = "Defensie";
    p.signedDirectory = vigil::signDirectory(vigil::test::sampleDirectory(1'750'000'000, 1), vigil::test::rootKey());
    return QString::fromStdString(vigil::encodeProvisioning(p));
}

int Probe::outboxCount() const
{
    return static_cast<int>(FieldApp::instance()->store().outbox().size());
}

QVariantMap Probe::lastEnvelope() const
{
    auto rows = FieldApp::instance()->store().outbox();
    if (rows.empty() || rows.back().envelope.empty())
        return {};
    const auto& bytes = rows.back().envelope;
    QVariantMap out;
    auto header = vigil::openRoutingHeader(bytes, vigil::test::routingKey());
    if (!header)
        return {{QStringLiteral("error"), QString::fromStdString(header.error().message)}};
    out.insert(QStringLiteral("header"), jsonMap(vigil::encodeRoutingHeader(*header)));
    QVariantList readers;
    for (int member = 1; member <= 8; ++member) {
        auto body = vigil::openBody(bytes, vigil::test::memberBoxKey(member));
        if (!body)
            continue;
        readers << QStringLiteral("m%1").arg(member);
        auto decoded = vigil::decodeReportBody(body->view());
        if (!decoded)
            return {{QStringLiteral("error"), QString::fromStdString(decoded.error().message)}};
        auto json = vigil::encodeReport(decoded->report);
        if (json)
            out.insert(QStringLiteral("report"), jsonMap(*json));
        QVariantList sizes;
        for (const auto& a : decoded->attachments)
            sizes << static_cast<qint64>(a.bytes().size());
        out.insert(QStringLiteral("attachmentSizes"), sizes);
    }
    out.insert(QStringLiteral("readers"), readers);
    return out;
}

QString Probe::screenshotDir() const
{
    return qEnvironmentVariable("VIGIL_SCREENSHOT_DIR");
}

void Probe::reset(const QString& language, bool night)
{
    FieldApp* app = FieldApp::instance();
    app->panicWipe();
    app->setLanguage(language);
    app->setNightMode(night);
}
