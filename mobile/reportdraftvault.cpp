// SPDX-License-Identifier: EUPL-1.2
// ReportDraft, second half: autosave into the vault, photos, abandoning, and sealing.

#include "reportdraft.h"

#include "background.h"
#include "fieldapp.h"
#include "photostrip.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaProperty>
#include <QUrl>

namespace vigil::field {

namespace {

constexpr const char* kPhotoSlotPrefix = "draft-photo:";

} // namespace

void ReportDraft::saveNow()
{
    m_saveTimer.stop();
    if (!m_active || !m_app.vault().isUnlocked())
        return;
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
    QByteArray json = QJsonDocument(o).toJson(QJsonDocument::Compact);
    if (auto s = m_app.vault().put(slot::kDraft, asBytes(std::string_view(json.constData(), static_cast<std::size_t>(json.size())))); !s)
        setError(tr("The draft could not be saved: %1").arg(QString::fromStdString(s.error().message)));
    json.fill('\0');
}

void ReportDraft::restore()
{
    auto plain = m_app.vault().get(slot::kDraft);
    if (!plain)
        return;
    const QByteArray bytes(reinterpret_cast<const char*>(plain->bytes().data()), static_cast<qsizetype>(plain->bytes().size()));
    const QJsonObject o = QJsonDocument::fromJson(bytes).object();
    if (o.isEmpty())
        return;
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
    m_loading = false;
    setActive(true);
    emit photosChanged();
    refreshRecipients();
}

void ReportDraft::removeVaultCopies()
{
    (void)m_app.vault().remove(slot::kDraft);
    for (const auto& s : m_app.store().vaultSlots(kPhotoSlotPrefix))
        (void)m_app.store().removeVaultItem(s);
}

void ReportDraft::abandon()
{
    m_saveTimer.stop();
    removeVaultCopies();
    resetFields();
    setActive(false);
}

void ReportDraft::addPhoto(const QUrl& file)
{
    if (m_photos.size() >= limits::attachments) {
        setError(tr("A report can carry at most %1 photos.").arg(limits::attachments));
        return;
    }
    auto key = m_app.vault().key();
    if (!key)
        return;
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    const int index = ++m_photoCounter;
    const QString slotName = QStringLiteral("%1%2").arg(QLatin1String(kPhotoSlotPrefix)).arg(index);
    FieldStore* store = &m_app.store();
    setBusy(true);
    runInBackground(
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
            setBusy(false);
            if (!photo) {
                setError(tr("The photo could not be added: %1").arg(QString::fromStdString(photo.error().message)));
                return;
            }
            m_photos.push_back(Photo{photo->name, static_cast<qint64>(photo->jpeg.size()), slotName});
            wipe(photo->jpeg);
            setError({});
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
        setError(gap);
        return;
    }
    auto key = m_app.vault().key();
    if (!key) {
        setError(tr("Vigil is locked."));
        return;
    }
    const std::uint64_t now = m_app.now();
    auto directory = m_app.trust().directory(now);
    if (!directory) {
        setError(tr("The list of recipients is missing or out of date. Connect once so Vigil can update it; your draft is kept. (%1)")
                     .arg(QString::fromStdString(directory.error().message)));
        return;
    }
    SealRequest request;
    request.report = buildReport(now);
    request.unit = m_unit.toStdString();
    request.language = m_app.language().toStdString();
    request.excludedMemberIds = m_recipients.excludedIds();
    std::vector<std::string> photoSlots;
    for (const auto& p : m_photos)
        photoSlots.push_back(p.slot.toStdString());
    FieldStore* store = &m_app.store();
    setBusy(true);
    setError({});
    runInBackground(
        this,
        [store, key, dir = std::move(*directory), request = std::move(request), photoSlots, now]() mutable
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
            auto outcome = sealAndStore(*store, *key, dir, request, now);
            for (auto& a : request.attachments)
                wipe(a);
            return outcome;
        },
        [this](Result<SealOutcome> outcome) {
            setBusy(false);
            if (!outcome) {
                // Fail closed: nothing was stored or sent, the draft stays in the vault.
                setError(tr("The report was not sealed, and nothing was sent: %1")
                             .arg(QString::fromStdString(outcome.error().message)));
                return;
            }
            removeVaultCopies();
            resetFields();
            setActive(false);
            emit sealed(outcome->rowId);
        });
}

} // namespace vigil::field
