// SPDX-License-Identifier: EUPL-1.2
// ReportDraft, second half: autosave into the vault, photos, abandoning, and sealing.

#include "reportdraft.h"

#include "shared/qt/background.h"
#include "fieldapp.h"
#include "photostrip.h"
#include "tokenattach.h"

#include "shared/receipt.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QDateTime>
#include <QMetaProperty>
#include <QRandomGenerator>
#include <QSet>
#include <QUrl>

#include <algorithm>
#include <utility>

namespace vigil::field {

namespace {

constexpr const char* kPhotoSlotPrefix = "draft-photo:";
constexpr const char* kParkedPrefix = "draft:parked:";

std::string parkedSlot(const QString& id)
{
    return (QLatin1String(kParkedPrefix) + id).toStdString();
}

QByteArray toQByteArray(const WipedBytes& plain)
{
    return QByteArray(reinterpret_cast<const char*>(plain.bytes().data()), static_cast<qsizetype>(plain.bytes().size()));
}

std::string_view view(const QByteArray& bytes)
{
    return std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size()));
}

/// A local name for a draft's vault items; never leaves the device.
QString newDraftId()
{
    return QString::number(QRandomGenerator::system()->generate64(), 16);
}

/// The photo slots a serialised draft refers to.
QStringList photoSlotsOf(const QByteArray& json)
{
    QStringList out;
    for (const auto& v : QJsonDocument::fromJson(json).object().value(QStringLiteral("photos")).toArray())
        out << v.toObject().value(QStringLiteral("slot")).toString();
    return out;
}

} // namespace

QByteArray ReportDraft::toJson() const
{
    // Every writable property is a field of the draft (MEMBER properties).
    QJsonObject o;
    const QMetaObject* meta = metaObject();
    for (int i = meta->propertyOffset(); i < meta->propertyCount(); ++i) {
        const QMetaProperty p = meta->property(i);
        if (p.isWritable())
            o.insert(QString::fromLatin1(p.name()), QJsonValue::fromVariant(p.read(this)));
    }
    QJsonArray photos;
    for (const auto& p : m_photos)
        photos.append(QJsonObject{{QStringLiteral("name"), p.name}, {QStringLiteral("size"), p.size},
                                  {QStringLiteral("slot"), p.slot}});
    o.insert(QStringLiteral("photos"), photos);
    QJsonArray excluded;
    for (const auto& id : m_recipients.excludedIds())
        excluded.append(QString::fromStdString(id));
    o.insert(QStringLiteral("excluded"), excluded);
    o.insert(QStringLiteral("photoCounter"), m_photoCounter);
    o.insert(QStringLiteral("draftId"), m_draftId);
    o.insert(QStringLiteral("savedAt"), static_cast<qint64>(m_app.now()));
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

bool ReportDraft::loadJson(const QByteArray& json)
{
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    if (o.isEmpty())
        return false;
    resetFields();
    m_loading = true;
    const QMetaObject* meta = metaObject();
    for (int i = meta->propertyOffset(); i < meta->propertyCount(); ++i) {
        const QMetaProperty p = meta->property(i);
        if (p.isWritable() && o.contains(QString::fromLatin1(p.name())))
            p.write(this, o.value(QString::fromLatin1(p.name())).toVariant());
    }
    m_photos.clear();
    for (const auto& v : o.value(QStringLiteral("photos")).toArray()) {
        const QJsonObject p = v.toObject();
        m_photos.push_back(Photo{p.value(QStringLiteral("name")).toString(),
                                 static_cast<qint64>(p.value(QStringLiteral("size")).toDouble()),
                                 p.value(QStringLiteral("slot")).toString()});
    }
    std::vector<std::string> excluded;
    for (const auto& v : o.value(QStringLiteral("excluded")).toArray())
        excluded.push_back(v.toString().toStdString());
    m_recipients.setExcludedIds(excluded);
    m_photoCounter = o.value(QStringLiteral("photoCounter")).toInt();
    m_draftId = o.value(QStringLiteral("draftId")).toString();
    m_loading = false;
    setActive(true);
    emit photosChanged();
    refreshRecipients();
    return true;
}

void ReportDraft::saveNow()
{
    stopAutosave();
    if (!m_active || !m_app.vault().isUnlocked())
        return;
    if (!hasContent()) {
        // A door opened and closed again leaves nothing behind.
        (void)m_app.vault().remove(slot::kDraft);
        return;
    }
    QByteArray json = toJson();
    if (auto s = m_app.vault().put(slot::kDraft, asBytes(view(json))); !s)
        m_lastError = tr("The draft could not be saved: %1").arg(QString::fromStdString(s.error().message));
    json.fill('\0');
}

void ReportDraft::restore()
{
    loadParkedList();
    if (auto plain = m_app.vault().get(slot::kDraft)) {
        QByteArray json = toQByteArray(*plain);
        loadJson(json);
        json.fill('\0');
    }
    removeOrphanPhotos();
}

void ReportDraft::removeVaultCopies()
{
    (void)m_app.vault().remove(slot::kDraft);
    for (const auto& p : m_photos)
        (void)m_app.store().removeVaultItem(p.slot.toStdString());
    // A photo whose adding was cut short (a kill mid-strip) is in no list yet.
    if (!m_draftId.isEmpty())
        for (const auto& s : m_app.store().vaultSlots((QLatin1String(kPhotoSlotPrefix) + m_draftId + QLatin1Char(':')).toStdString()))
            (void)m_app.store().removeVaultItem(s);
}

QString ReportDraft::newPhotoSlot()
{
    if (m_draftId.isEmpty())
        m_draftId = newDraftId();
    return QStringLiteral("%1%2:%3").arg(QLatin1String(kPhotoSlotPrefix), m_draftId).arg(++m_photoCounter);
}

void ReportDraft::removeOrphanPhotos()
{
    QSet<QString> referenced;
    for (const auto& p : m_photos)
        referenced.insert(p.slot);
    for (const auto& s : photoSlotsOf(m_discarded))
        referenced.insert(s);
    referenced.unite(m_parkedPhotoSlots);
    for (const auto& s : m_app.store().vaultSlots(kPhotoSlotPrefix))
        if (!referenced.contains(QString::fromStdString(s)))
            (void)m_app.store().removeVaultItem(s);
}

void ReportDraft::abandon()
{
    stopAutosave();
    removeVaultCopies();
    resetFields();
    setActive(false);
}

void ReportDraft::discard()
{
    if (!m_active)
        return;
    finishDiscard();
    stopAutosave();
    // The photos stay sealed in the vault until the undo time is over.
    m_discarded = toJson();
    (void)m_app.vault().remove(slot::kDraft);
    resetFields();
    setActive(false);
    m_undoTimer.start();
    emit undoChanged();
}

void ReportDraft::undoDiscard()
{
    if (m_discarded.isEmpty())
        return;
    m_undoTimer.stop();
    QByteArray json = std::exchange(m_discarded, QByteArray());
    emit undoChanged();
    if (m_active && hasContent())
        park();
    loadJson(json);
    saveNow();
    json.fill('\0');
}

void ReportDraft::finishDiscard()
{
    if (m_discarded.isEmpty())
        return;
    m_undoTimer.stop();
    for (const auto& s : photoSlotsOf(m_discarded))
        (void)m_app.store().removeVaultItem(s.toStdString());
    m_discarded.fill('\0');
    m_discarded.clear();
    emit undoChanged();
}

void ReportDraft::park()
{
    if (!m_active)
        return;
    if (!hasContent()) {
        abandon();
        return;
    }
    if (m_draftId.isEmpty())
        m_draftId = newDraftId();
    QByteArray json = toJson();
    auto s = m_app.vault().put(parkedSlot(m_draftId), asBytes(view(json)));
    json.fill('\0');
    if (!s) {
        // Keep it open rather than lose it.
        m_lastError = tr("The draft could not be kept aside: %1").arg(QString::fromStdString(s.error().message));
        return;
    }
    (void)m_app.vault().remove(slot::kDraft);
    stopAutosave();
    resetFields();   // the photos now belong to the kept draft
    setActive(false);
    loadParkedList();
}

void ReportDraft::resume(const QString& parkedId)
{
    auto plain = m_app.vault().get(parkedSlot(parkedId));
    if (!plain) {
        m_lastError = tr("This draft could not be opened: %1").arg(QString::fromStdString(plain.error().message));
        return;
    }
    QByteArray json = toQByteArray(*plain);
    if (m_active)
        park();
    if (loadJson(json)) {
        // Saved as the open draft before the kept copy goes: a kill in between loses nothing.
        saveNow();
        (void)m_app.vault().remove(parkedSlot(parkedId));
    }
    json.fill('\0');
    loadParkedList();
}

void ReportDraft::removeParked(const QString& parkedId)
{
    if (auto plain = m_app.vault().get(parkedSlot(parkedId)))
        for (const auto& s : photoSlotsOf(toQByteArray(*plain)))
            (void)m_app.store().removeVaultItem(s.toStdString());
    (void)m_app.vault().remove(parkedSlot(parkedId));
    loadParkedList();
}

void ReportDraft::loadParkedList()
{
    QVariantList list;
    m_parkedPhotoSlots.clear();
    if (m_app.vault().isUnlocked()) {
        for (const auto& slotName : m_app.store().vaultSlots(kParkedPrefix)) {
            auto plain = m_app.vault().get(slotName);
            if (!plain)
                continue;
            const QByteArray json = toQByteArray(*plain);
            for (const auto& s : photoSlotsOf(json))
                m_parkedPhotoSlots.insert(s);
            const QJsonObject o = QJsonDocument::fromJson(json).object();
            // The kind and category only: a list on the home screen never shows the story.
            list << QVariantMap{{QStringLiteral("id"), QString::fromStdString(slotName).mid(qsizetype(qstrlen(kParkedPrefix)))},
                                {QStringLiteral("door"), o.value(QStringLiteral("door")).toString()},
                                {QStringLiteral("kind"), o.value(QStringLiteral("kind")).toString()},
                                {QStringLiteral("category"), o.value(QStringLiteral("category")).toString()},
                                {QStringLiteral("savedAt"), QDateTime::fromSecsSinceEpoch(o.value(QStringLiteral("savedAt")).toInteger())}};
        }
    }
    std::sort(list.begin(), list.end(), [](const QVariant& a, const QVariant& b) {
        return a.toMap().value(QStringLiteral("savedAt")).toDateTime() > b.toMap().value(QStringLiteral("savedAt")).toDateTime();
    });
    m_parked = list;
    emit parkedChanged();
}

void ReportDraft::addPhoto(const QUrl& file)
{
    if (m_photos.size() >= limits::attachments) {
        m_lastError = tr("A report can carry at most %1 photos.").arg(limits::attachments);
        return;
    }
    auto key = m_app.vault().key();
    if (!key)
        return;
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    const QString slotName = newPhotoSlot();
    const int index = m_photoCounter;
    FieldStore* store = &m_app.store();
    m_busy = true;
    appcore::runInBackground(
        this,
        [path, index, slotName, key, store]() -> Result<StrippedPhoto> {
            auto photo = stripPhoto(path, index);
            if (!photo)
                return photo;
            const std::string slotText = slotName.toStdString();
            if (auto s = store->putVaultItem(slotText, vaultSeal(*key, photo->jpeg, slotText)); !s)
                return s.error();
            return photo;
        },
        [this, slotName](Result<StrippedPhoto> photo) {
            m_busy = false;
            if (!photo) {
                m_lastError = tr("The photo could not be added: %1").arg(QString::fromStdString(photo.error().message));
                return;
            }
            m_photos.push_back(Photo{photo->name, static_cast<qint64>(photo->jpeg.size()), slotName});
            wipe(photo->jpeg);
            m_lastError = QString();
            emit photosChanged();
            emit changed();
        });
}

void ReportDraft::removePhoto(int index)
{
    if (index < 0 || static_cast<std::size_t>(index) >= m_photos.size())
        return;
    (void)m_app.store().removeVaultItem(m_photos[static_cast<std::size_t>(index)].slot.toStdString());
    m_photos.erase(m_photos.begin() + index);
    emit photosChanged();
    emit changed();
}

void ReportDraft::sealAndQueue()
{
    if (m_busy)
        return;
    if (const QString gap = missing(); !gap.isEmpty()) {
        m_lastError = gap;
        return;
    }
    auto key = m_app.vault().key();
    if (!key) {
        m_lastError = tr("Vigil is locked.");
        return;
    }
    const std::uint64_t now = m_app.now();
    auto directory = m_app.trust().directory(now);
    if (!directory) {
        m_lastError = tr("The list of recipients is missing or out of date. Connect once so Vigil can update it; your draft is kept. (%1)")
                     .arg(QString::fromStdString(directory.error().message));
        return;
    }
    const TokenUse tokens = tokensInUse(m_app.trust().issuerKeys(), static_cast<std::int64_t>(now))
                                ? TokenUse::Required
                                : TokenUse::None;
    SealRequest request;
    request.report = buildReport(now);
    request.unit = m_unit.toStdString();
    request.language = m_app.language().toStdString();
    request.excludedMemberIds = m_recipients.excludedIds();
    std::vector<std::string> photoSlots;
    for (const auto& p : m_photos)
        photoSlots.push_back(p.slot.toStdString());
    FieldStore* store = &m_app.store();
    m_busy = true;
    m_lastError = QString();
    appcore::runInBackground(
        this,
        [store, key, dir = std::move(*directory), request = std::move(request), photoSlots, now, tokens]() mutable
        -> Result<SealOutcome> {
            for (const auto& s : photoSlots) {
                auto item = store->vaultItem(s);
                if (!item)
                    return Error{"a photo of this draft is missing"};
                auto photo = vaultOpen(*key, *item, s);
                if (!photo)
                    return photo.error();
                request.attachments.push_back(std::move(photo->bytes()));
            }
            auto outcome = sealAndStore(*store, *key, dir, request, now, tokens);
            for (auto& a : request.attachments)
                wipe(a);
            return outcome;
        },
        [this](Result<SealOutcome> outcome) {
            m_busy = false;
            if (!outcome) {
                // Fail closed: nothing was stored or sent, the draft stays in the vault.
                m_lastError = tr("The report was not sealed, and nothing was sent: %1")
                             .arg(QString::fromStdString(outcome.error().message));
                return;
            }
            removeVaultCopies();
            resetFields();
            setActive(false);
            // A report waiting for its token has no final envelope yet, so no code to keep.
            m_lastSealedAwaitingToken = outcome->awaitingToken;
            m_lastSealedCode = outcome->awaitingToken ? QString()
                                                      : QString::fromStdString(receiptCode(outcome->envelopeHash));
            emit sealed(outcome->rowId);
        });
}

} // namespace vigil::field
