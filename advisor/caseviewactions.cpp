// SPDX-License-Identifier: EUPL-1.2
// CaseView's actions (docs/advisor.md, "Case view"): everything the advisor does to a case is
// sealed here and queued in the sync engine, so it survives being offline and replays safely.
#include "caseview.h"

#include "account.h"
#include "casecache.h"
#include "caselistmodel.h"
#include "console.h"
#include "shared/qt/labels.h"
#include "lessondraft.h"
#include "measureview.h"
#include "notecrypto.h"
#include "notemarkers.h"
#include "roster.h"
#include "syncengine.h"

#include "shared/hash.h"
#include "shared/seal.h"

#include <QJsonArray>

namespace vigil::advisor {

using appcore::label;
using appcore::Vocabulary;

namespace {

/// A Message text holds at most 8 KiB; a reply's copy for the key holders needs room for its marker.
constexpr qsizetype kMaxMessage = 8 * 1024;
constexpr qsizetype kMaxReply = kMaxMessage - kNoteMarkerRoom;

QString hashHex(ByteView sealed)
{
    return QString::fromStdString(toHex(blake2b256(sealed)));
}

QString base64(ByteView bytes)
{
    return QString::fromStdString(toBase64Url(bytes));
}

} // namespace

bool CaseView::transition(const QString& to)
{
    const CaseInfo* c = info();
    if (!c || !canChangeState())
        return false;
    if (!c->next.contains(to)) {
        m_lastError = tr("“%1” is not a next step for this case.").arg(label(Vocabulary::State, to));
        return false;
    }
    // Closing says why and may tell the reporter: only closeWithReason() closes a case.
    if (to == QLatin1String("closed")) {
        m_lastError = tr("Closing a case needs a reason.");
        return false;
    }
    m_lastError = QString();
    return !m_console.sync()->queueAction(c->id, QStringLiteral("transition"), {{QStringLiteral("to"), to}}).isEmpty();
}

bool CaseView::assign(const QString& memberId)
{
    const CaseInfo* c = info();
    if (!c || !canChangeState() || !canReassign() || !c->recipients.contains(memberId))
        return false;
    m_lastError = QString();
    return !m_console.sync()->queueAction(c->id, QStringLiteral("assign"), {{QStringLiteral("assignee"), memberId}})
                .isEmpty();
}

std::optional<QString> CaseView::sealForKeyHolders(const CaseInfo& c, const QString& text)
{
    const KeyVault* vault = m_console.account()->vault();
    const Roster* roster = m_console.roster();
    if (!vault)
        return std::nullopt;
    if (!roster) {
        m_lastError = tr("Notes need the registry's directory (for your colleagues' keys); sign in once first.");
        return std::nullopt;
    }
    std::vector<PublicKey> keys{vault->boxKey().publicKey};
    for (const QString& id : c.recipients)
        if (const Member* m = roster->member(id); m && m->boxKey != vault->boxKey().publicKey)
            keys.push_back(m->boxKey);
    auto thread = fixedFromHex<16>(c.reportId.toStdString());
    if (!thread || text.toUtf8().size() > kMaxMessage) {
        m_lastError = tr("This text is too long (at most %1 bytes).").arg(kMaxReply);
        return std::nullopt;
    }
    Message note{*thread, static_cast<std::uint64_t>(m_console.now()), m_console.account()->memberId().toStdString(),
                 text.toStdString()};
    auto sealed = sealNote(note, vault->signKey(), keys);
    wipe(note.text);
    if (!sealed) {
        m_lastError = QString::fromStdString(sealed.error().message);
        return std::nullopt;
    }
    return base64(*sealed);
}

std::optional<CaseView::SealedReply> CaseView::sealReplyWithCopy(const CaseInfo& c, const QString& text, bool closing)
{
    const KeyVault* vault = m_console.account()->vault();
    CaseCache* cache = m_console.cache();
    if (!vault || !cache || !canReply() || text.isEmpty())
        return std::nullopt;
    auto replyKey = fixedFromHex<32>(c.replyKey.toStdString());
    auto thread = fixedFromHex<16>(c.reportId.toStdString());
    if (!replyKey || !thread || text.toUtf8().size() > kMaxReply) {
        m_lastError = tr("This reply cannot be sent (too long, or the case lacks a reply key).");
        return std::nullopt;
    }
    const qint64 now = m_console.now();
    Message m{*thread, static_cast<std::uint64_t>(now), m_console.account()->memberId().toStdString(),
              text.toStdString()};
    // The closing message tells the reporter's app the case is closed (docs/protocol.md §8
    // `closed`), so it can offer the survey of issue 16 §4.
    m.closed = closing;
    // The next planned check-in, so the reporter's app can show it (issue 16 §2): the registry
    // cannot write into a sealed reply, so the console that seals it says so.
    if (auto next = c.nextCheckIn(now))
        m.checkIn = static_cast<std::uint64_t>(*next);
    const Bytes sealed = sealReply(m, vault->signKey(), *replyKey);
    wipe(m.text);
    // The reply is sealed to the reporter alone. The colleagues who hold the case read it from
    // a copy sealed for them (so a case can be handed over); this console keeps its own copy
    // under the vault as well, readable even before the directory arrives.
    auto copy = sealForKeyHolders(c, replyCopyNote(hashHex(sealed), text));
    if (!copy)
        return std::nullopt;
    (void)cache->putSentCopy(SentCopy{hashHex(sealed).toStdString(), c.id, now, text.toStdString()});
    return SealedReply{base64(sealed), *copy};
}

bool CaseView::queueReply(qint64 caseId, const SealedReply& reply, const QString& after)
{
    SyncEngine* sync = m_console.sync();
    const QString id = sync->queueAction(caseId, QStringLiteral("reply"), {{QStringLiteral("sealed"), reply.reply}}, after);
    return !id.isEmpty()
           && !sync->queueAction(caseId, QStringLiteral("notes"), {{QStringLiteral("sealed"), reply.copy}}, id).isEmpty();
}

bool CaseView::sendReply(const QString& text)
{
    const CaseInfo* c = info();
    if (!c)
        return false;
    const qint64 id = c->id;
    auto sealed = sealReplyWithCopy(*c, text.trimmed());
    if (!sealed)
        return false;
    m_lastError = QString();
    return queueReply(id, *sealed, {});
}

bool CaseView::addNote(const QString& text)
{
    const CaseInfo* c = info();
    const QString plain = plainNote(text);
    if (!c || plain.isEmpty())
        return false;
    const qint64 id = c->id;
    auto sealed = sealForKeyHolders(*c, plain);
    if (!sealed)
        return false;
    m_lastError = QString();
    return !m_console.sync()->queueAction(id, QStringLiteral("notes"), {{QStringLiteral("sealed"), *sealed}}).isEmpty();
}

QString CaseView::closingWarning() const
{
    const CaseInfo* c = info();
    if (!c || c->assignee.isEmpty() || c->assignee == m_console.account()->memberId())
        return {};
    return tr("This case is assigned to %1, not to you. Closing it ends their work on it: talk to them first.")
        .arg(m_console.cases()->memberName(c->assignee));
}

QString CaseView::measureReply(qint64 measureId) const
{
    const CaseInfo* c = info();
    const MeasureInfo* m = m_console.measures()->measures()->find(measureId);
    if (!c || !m)
        return {};
    // Written to the reporter in the report's language, whatever the console's is: these two
    // sentences are content, not interface, so they are not in the console's catalogue.
    return c->language == QLatin1String("en")
        ? QStringLiteral("Following reports like yours, a measure was taken: %1.").arg(m->title)
        : QStringLiteral("Naar aanleiding van meldingen zoals de uwe is een maatregel genomen: %1.").arg(m->title);
}

bool CaseView::closeWithReason(const QString& outcome, const QString& reason, const QString& messageToReporter,
                               qint64 measureId)
{
    const CaseInfo* c = info();
    if (!c || !canChangeState())
        return false;
    bool offered = false;
    for (const QVariant& o : closingOutcomes())
        offered = offered || o.toMap().value(QStringLiteral("value")).toString() == outcome;
    if (!offered) {
        m_lastError = tr("Choose an outcome to close the case.");
        return false;
    }
    const bool byMeasure = outcome == QLatin1String("resolved_measure");
    const MeasureInfo* measure = byMeasure ? m_console.measures()->measures()->find(measureId) : nullptr;
    if (byMeasure && (!measure || !measure->closesCases())) {
        m_lastError = tr("Choose an approved measure to close the case with.");
        return false;
    }
    const QString why = plainNote(reason);
    if (why.isEmpty()) {
        m_lastError = tr("Give a reason for closing the case.");
        return false;
    }
    const QString message = messageToReporter.trimmed();
    if (!message.isEmpty() && !canReply()) {
        m_lastError = tr("This reporter cannot be written to: the case has no reply key.");
        return false;
    }
    // Everything is sealed before anything is queued: a failure leaves the queue untouched.
    const qint64 id = c->id;
    auto note = sealForKeyHolders(*c, closingNote(byMeasure ? QStringLiteral("resolved") : outcome, why));
    if (!note)
        return false;
    std::optional<SealedReply> reply;
    if (!message.isEmpty() && !(reply = sealReplyWithCopy(*c, message, true)))
        return false;
    // The closing first; the reason and the message belong to it, so a refused closing (a
    // colleague closed the case meanwhile) sends neither.
    SyncEngine* sync = m_console.sync();
    QJsonObject closeBody{{QStringLiteral("to"), QStringLiteral("closed")},
                          {QStringLiteral("outcome"), byMeasure ? QStringLiteral("resolved") : outcome}};
    if (measure)
        closeBody.insert(QStringLiteral("measure"), measure->id);
    const QString closing = sync->queueAction(id, QStringLiteral("transition"), closeBody);
    if (closing.isEmpty())
        return false;
    bool queued = !sync->queueAction(id, QStringLiteral("notes"), {{QStringLiteral("sealed"), *note}}, closing).isEmpty();
    if (reply)
        queued = queueReply(id, *reply, closing) && queued;
    m_lastError = QString();
    return queued;
}

QVariantMap CaseView::draftLesson() const
{
    const CaseInfo* c = info();
    if (!c || !c->isClosed() || !m_report)
        return {};
    RedactionContext context;
    if (const Roster* roster = m_console.roster())
        context.units = roster->unitTerms();
    for (const QString& id : c->recipients)
        context.names << m_console.cases()->memberName(id);
    const LessonDraft draft = advisor::draftLesson(*m_report, label(Vocabulary::Category, c->category),
                                          label(Vocabulary::Outcome, c->outcome), context);
    return {{QStringLiteral("title"), draft.title},
            {QStringLiteral("text"), draft.text},
            {QStringLiteral("language"), c->language == QLatin1String("en") ? QStringLiteral("en") : QStringLiteral("nl")}};
}

bool CaseView::submitLesson(const QString& titleNl, const QString& textNl, const QString& titleEn,
                            const QString& textEn)
{
    const CaseInfo* c = info();
    if (!c || !c->isClosed())
        return false;
    // The limits every device applies to a bulletin (shared/bulletin.cpp): refused here
    // already, not after a round trip through the queue.
    constexpr qsizetype maxTitle = 200, maxText = 16 * 1024;
    const QString texts[] = {titleNl.trimmed(), textNl.trimmed(), titleEn.trimmed(), textEn.trimmed()};
    for (const QString& t : texts)
        if (t.isEmpty()) {
            m_lastError = tr("A bulletin needs a title and a text in Dutch and in English.");
            return false;
        }
    if (texts[0].toUtf8().size() > maxTitle || texts[2].toUtf8().size() > maxTitle
        || texts[1].toUtf8().size() > maxText || texts[3].toUtf8().size() > maxText) {
        m_lastError = tr("A title may have at most %1 characters and a text %2.").arg(maxTitle).arg(maxText);
        return false;
    }
    const QJsonObject body{{QStringLiteral("case_id"), c->id},
                           {QStringLiteral("kind"), QStringLiteral("lesson_learned")},
                           {QStringLiteral("categories"), QJsonArray{c->category}},
                           {QStringLiteral("title_nl"), texts[0]},
                           {QStringLiteral("text_nl"), texts[1]},
                           {QStringLiteral("title_en"), texts[2]},
                           {QStringLiteral("text_en"), texts[3]}};
    return !m_console.sync()->queueAction(c->id, QStringLiteral("bulletin"), body).isEmpty();
}

} // namespace vigil::advisor
