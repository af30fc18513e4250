// SPDX-License-Identifier: EUPL-1.2
#include "probe.h"

#include "tests/support/testdata.h"

#include "mobile/bulletinmodel.h"
#include "mobile/conversationmodel.h"
#include "mobile/devicevault.h"
#include "mobile/fieldapp.h"
#include "mobile/outboxmodel.h"
#include "mobile/reportsealer.h"
#include "shared/bulletin.h"
#include "shared/enumtable.h"
#include "shared/qt/labels.h"
#include "shared/reportenums.h"
#include "shared/receipt.h"
#include "shared/provisioning.h"
#include "shared/reportbody.h"
#include "shared/reportcodec.h"
#include "shared/seal.h"
#include "shared/supportcontacts.h"
#include "shared/tokens/issuerdoc.h"
#include "shared/tokens/privacypass.h"
#include "shared/tokens/rsakeys.h"

#include <ZXing/BitMatrix.h>
#include <ZXing/MultiFormatWriter.h>

#include <QImage>
#include <QJSEngine>
#include <QTemporaryDir>
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

QUrl Probe::enrolCodePicture(bool vigil) const
{
    // Lives as long as the test process, so each picture stays until the test has read it.
    static QTemporaryDir dir;
    static int serial = 0;
    std::string text = "https://example.org/menu";
    if (vigil) {
        vigil::Provisioning p;
        p.rootKey = vigil::test::rootKey().publicKey;
        p.relayUrl = "http://127.0.0.1:9";
        p.organisation = "Defensie";
        p.enrolCode = "scan-test-code";
        text = vigil::encodeProvisioning(p);
    }
    const ZXing::BitMatrix matrix = ZXing::MultiFormatWriter(ZXing::BarcodeFormat::QRCode).setMargin(4).encode(text, 480, 480);
    QImage image(matrix.width() + 200, matrix.height() + 200, QImage::Format_RGB32);
    image.fill(QColor(120, 110, 100)); // the desk around the paper
    for (int y = 0; y < matrix.height(); ++y)
        for (int x = 0; x < matrix.width(); ++x)
            image.setPixel(x + 100, y + 100, matrix.get(x, y) ? qRgb(30, 30, 30) : qRgb(235, 235, 230));
    const QString path = dir.filePath(QStringLiteral("code-%1.png").arg(++serial));
    if (!image.save(path))
        return {};
    return QUrl::fromLocalFile(path);
}

int Probe::outboxCount() const
{
    return static_cast<int>(FieldApp::instance()->store().outbox().size());
}

QVariantMap Probe::lastHeader() const
{
    auto rows = FieldApp::instance()->store().outbox();
    if (rows.empty() || rows.back().envelope.empty())
        return {};
    auto header = vigil::openRoutingHeader(rows.back().envelope, vigil::test::routingKey());
    if (!header)
        return {{QStringLiteral("error"), QString::fromStdString(header.error().message)}};
    return jsonMap(vigil::encodeRoutingHeader(*header));
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

void Probe::deliverAll()
{
    FieldApp* app = FieldApp::instance();
    for (const auto& row : app->store().pending(1000)) {
        vigil::ReceiptLeaf leaf{row.reportId, row.envelopeHash};
        auto receipts = vigil::signReceiptBatch(vigil::test::relayKey(), std::span(&leaf, 1), app->now());
        auto sealed = app->vault().dropSeal(vigil::encodeReceipt(receipts.front()));
        if (sealed)
            (void)app->store().markDelivered(row.id, vigil::field::OutboxState::Delivered, *sealed);
    }
    app->outbox()->refresh();
}

void Probe::addReply(const QString& text, bool closing, int checkInDays)
{
    FieldApp* app = FieldApp::instance();
    auto rows = app->store().outbox();
    for (auto it = rows.rbegin(); it != rows.rend(); ++it) {
        if (it->kind != vigil::field::EnvelopeKind::Report)
            continue;
        const auto slotName = vigil::field::slot::thread(it->reportId);
        std::vector<vigil::field::ThreadMessage> thread;
        if (auto existing = app->vault().get(slotName))
            if (auto decoded = vigil::field::decodeThread(vigil::toString(existing->view())))
                thread = std::move(*decoded);
        thread.push_back({false, app->now() + 3600 + static_cast<std::uint64_t>(thread.size()), "m3", "Advisor Bakker",
                          text.toStdString(), {}, vigil::FollowUpSignal::None, closing, false,
                          checkInDays > 0 ? app->now() + static_cast<std::uint64_t>(checkInDays) * 86400 : 0});
        (void)app->vault().put(slotName, vigil::asBytes(vigil::field::encodeThread(thread)));
        app->outbox()->refresh();
        app->conversation()->refresh();
        return;
    }
}

void Probe::addBulletins()
{
    FieldApp* app = FieldApp::instance();
    vigil::Bulletin alert;
    alert.sequence = 1;
    alert.published = 1'749'900'000;
    alert.kind = vigil::BulletinKind::SafetyAlert;
    alert.categories = {vigil::Category::HazardousSubstanceTransport};
    alert.titleNl = "Jerrycans altijd vastsjorren";
    alert.titleEn = "Always strap down jerrycans";
    alert.textNl = "Na drie meldingen van lekkende jerrycans: controleer de lading en de spanbanden voor vertrek.";
    alert.textEn = "After three reports of leaking jerrycans: check the load and the straps before departure.";
    vigil::Bulletin lesson = alert;
    lesson.sequence = 2;
    lesson.published = 1'749'990'000;
    lesson.kind = vigil::BulletinKind::LessonLearned;
    lesson.titleNl = "Hitte op de schietbaan";
    lesson.titleEn = "Heat on the range";
    lesson.textNl = "Plan schietoefeningen in de zomer vroeg op de dag en zorg voor schaduw en water.";
    lesson.textEn = "In summer, plan range practice early in the day and provide shade and water.";
    for (const auto& b : {alert, lesson})
        (void)app->store().addBulletin(static_cast<std::int64_t>(b.sequence), vigil::signBulletin(b, vigil::test::rootKey()));
    app->bulletins()->refresh();
}

QString Probe::addSupportContacts(int serial, bool forged)
{
    FieldApp* app = FieldApp::instance();
    const auto contacts = vigil::test::sampleSupportContacts(static_cast<std::uint64_t>(serial));
    const auto key = forged ? vigil::test::relayKey() : vigil::test::rootKey();
    auto accepted = app->trust().acceptSupportContacts(vigil::signSupportContacts(contacts, key));
    if (!accepted)
        return QString::fromStdString(accepted.error().message);
    emit app->sync()->supportChanged();
    return {};
}

QString Probe::consoleLabel(const QString& vocabulary, const QString& name) const
{
    return vigil::appcore::label(vocabulary, name);
}

QStringList Probe::wireNames(const QString& vocabulary) const
{
    // From the report model itself, not from the label table: a value the table lacks shows up.
    QStringList out;
    auto add = [&out](const auto& names) {
        for (const auto& [value, name] : names)
            out << QString::fromLatin1(name.data(), static_cast<qsizetype>(name.size()));
    };
    if (vocabulary == QLatin1String("kind"))
        add(vigil::EnumTable<vigil::Kind>::names);
    else if (vocabulary == QLatin1String("category"))
        add(vigil::EnumTable<vigil::Category>::names);
    return out;
}

QString Probe::addIssuerKeys()
{
    auto* app = FieldApp::instance();
    const auto now = static_cast<std::int64_t>(app->now());
    static const auto key = vigil::tokens::RsaPrivateKey::generate(2048);
    if (!key)
        return QString::fromStdString(key.error().message);
    auto epoch = vigil::tokens::makeIssuerKeyEpoch(1, now - 3600, now + 7 * 86400, now + 14 * 86400,
                                                   vigil::tokens::encodeIssuerPublicKey(key->publicKey()));
    if (!epoch)
        return QString::fromStdString(epoch.error().message);
    vigil::tokens::IssuerKeyDocument doc;
    doc.serial = 1;
    doc.issued = static_cast<std::uint64_t>(now);
    doc.name = vigil::tokens::issuerNameFor(vigil::test::rootKey().publicKey);
    doc.keys.push_back(std::move(*epoch));
    auto accepted = app->trust().acceptIssuerKeys(vigil::tokens::signIssuerKeyDocument(doc, vigil::test::rootKey()));
    return accepted ? QString() : QString::fromStdString(accepted.error().message);
}
