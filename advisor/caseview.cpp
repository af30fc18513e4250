// SPDX-License-Identifier: EUPL-1.2
#include "caseview.h"

#include "account.h"
#include "casecache.h"
#include "caselistmodel.h"
#include "console.h"
#include "labels.h"
#include "lessondraft.h"
#include "notecrypto.h"
#include "registryclient.h"
#include "reportmap.h"
#include "roster.h"
#include "syncengine.h"
#include "threads.h"

#include "shared/hash.h"
#include "shared/reportbody.h"
#include "shared/seal.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace vigil::advisor {

namespace {

QString hashHex(ByteView sealed)
{
    return QString::fromStdString(toHex(blake2b256(sealed)));
}

QDateTime fromUnix(qint64 t)
{
    return QDateTime::fromSecsSinceEpoch(t, Qt::UTC);
}

QString describe(const QueuedAction& a, const QJsonObject& body)
{
    if (a.action == "transition") {
        const QString to = label(Vocabulary::State, body.value(QStringLiteral("to")).toString());
        const QString outcome = body.value(QStringLiteral("outcome")).toString();
        return outcome.isEmpty() ? QObject::tr("Move to “%1”").arg(to)
                                 : QObject::tr("Move to “%1” (%2)").arg(to, label(Vocabulary::Outcome, outcome));
    }
    if (a.action == "assign")
        return QObject::tr("Assign to %1").arg(body.value(QStringLiteral("assignee")).toString());
    if (a.action == "reply")
        return QObject::tr("Reply to the reporter");
    if (a.action == "bulletin")
        return QObject::tr("Lesson learned for publication");
    return QObject::tr("Internal note");
}

} // namespace

CaseView::CaseView(Console& console, QObject* parent)
    : QObject(parent), m_console(console), m_conversation(new MessageListModel(this)),
      m_notes(new MessageListModel(this)), m_history(new HistoryModel(this))
{
    SyncEngine* sync = m_console.sync();
    connect(sync, &SyncEngine::actionApplied, this, &CaseView::onActionApplied);
    connect(sync, &SyncEngine::actionRejected, this, &CaseView::onActionRejected);
    connect(sync, &SyncEngine::pendingChanged, this, [this] {
        emit pendingChanged();
        rebuildThreads();
    });
    connect(sync, &SyncEngine::casesRefreshed, this, [this] {
        if (isOpen() && !info())
            closeCase(); // no longer visible to this advisor
        emit summaryChanged();
    });
    connect(m_console.cases(), &QAbstractItemModel::dataChanged, this, &CaseView::summaryChanged);
}

CaseView::~CaseView() = default;

const CaseInfo* CaseView::info() const
{
    return m_caseId == 0 ? nullptr : m_console.cases()->find(m_caseId);
}

void CaseView::setError(const QString& error)
{
    if (m_lastError != error) {
        m_lastError = error;
        emit lastErrorChanged();
    }
}

void CaseView::beginBusy()
{
    if (m_busy++ == 0)
        emit busyChanged();
}

void CaseView::endBusy()
{
    if (m_busy > 0 && --m_busy == 0)
        emit busyChanged();
}

void CaseView::openCase(qint64 id)
{
    if (id == m_caseId)
        return;
    closeCase();
    if (!m_console.cases()->find(id))
        return;
    m_caseId = id;
    emit caseChanged();
    emit summaryChanged();
    emit pendingChanged();
    if (CaseCache* cache = m_console.cache()) {
        if (auto doc = cache->document(id, "messages"); doc && *doc)
            m_messagesJson = QString::fromStdString(**doc);
        if (auto doc = cache->document(id, "history"); doc && *doc)
            m_historyJson = QString::fromStdString(**doc);
    }
    rebuildThreads();
    rebuildHistory();
    loadEnvelope();
    reload();
}

void CaseView::closeCase()
{
    if (m_caseId == 0)
        return;
    m_caseId = 0;
    m_report.reset();
    m_attachments.clear();
    m_reportMap.clear();
    m_messagesJson.clear();
    m_historyJson.clear();
    m_conversation->setRows({});
    m_notes->setRows({});
    m_history->setRows({});
    m_busy = 0;
    setError({});
    emit busyChanged();
    emit caseChanged();
    emit summaryChanged();
    emit reportChanged();
    emit pendingChanged();
}

void CaseView::reload()
{
    if (m_caseId == 0 || !m_console.account()->signedIn())
        return;
    fetch(QStringLiteral("messages"));
    fetch(QStringLiteral("history"));
}

void CaseView::loadEnvelope()
{
    CaseCache* cache = m_console.cache();
    if (!cache)
        return;
    if (auto cached = cache->envelope(m_caseId); cached && *cached) {
        decrypt(**cached);
        return;
    }
    if (!m_console.account()->signedIn()) {
        setError(tr("The report is not cached on this machine yet; it opens once the registry is reachable."));
        return;
    }
    fetch(QStringLiteral("envelope"));
}

void CaseView::fetch(const QString& what)
{
    beginBusy();
    const qint64 id = m_caseId;
    m_console.client().get(QStringLiteral("/v1/advisor/cases/%1/%2").arg(id).arg(what), this,
                           [this, id, what](const HttpResult& r) { onFetched(id, what, r); });
}

void CaseView::onFetched(qint64 id, const QString& what, const HttpResult& r)
{
    if (id != m_caseId)
        return; // another case is open now
    endBusy();
    CaseCache* cache = m_console.cache();
    if (!r.ok() || !cache) {
        if (r.reached() && r.status != 401) {
            const QString part = what == QLatin1String("envelope") ? tr("report")
                                 : what == QLatin1String("messages") ? tr("messages")
                                                                     : tr("history");
            setError(tr("Could not load the %1: %2").arg(part, r.errorText()));
        }
        return;
    }
    const auto bytes = std::string_view(r.body.constData(), static_cast<std::size_t>(r.body.size()));
    if (what == QLatin1String("envelope")) {
        // Only the sealed bytes reach the disk; the plaintext stays in memory.
        const Bytes envelope(bytes.begin(), bytes.end());
        (void)cache->putEnvelope(id, envelope);
        decrypt(envelope);
        return;
    }
    (void)cache->putDocument(id, what.toStdString(), bytes);
    if (what == QLatin1String("messages")) {
        m_messagesJson = QString::fromUtf8(r.body);
        rebuildThreads();
    } else {
        m_historyJson = QString::fromUtf8(r.body);
        rebuildHistory();
    }
}

void CaseView::decrypt(const Bytes& envelope)
{
    const KeyVault* vault = m_console.account()->vault();
    if (!vault)
        return;
    auto body = openBody(envelope, vault->boxKey());
    if (!body) {
        setError(tr("The report does not open with this console's key: %1")
                     .arg(QString::fromStdString(body.error().message)));
        return;
    }
    auto decoded = decodeReportBody(body->view());
    if (!decoded) {
        setError(tr("The report is malformed: %1").arg(QString::fromStdString(decoded.error().message)));
        return;
    }
    m_report = std::move(decoded->report);
    m_attachments = std::move(decoded->attachments);
    m_reportMap = reportToMap(*m_report);
    m_console.cases()->setHeadline(m_caseId, QString::fromStdString(m_report->headline));
    emit reportChanged();
}

QByteArray CaseView::attachment(qint64 caseId, int index) const
{
    if (caseId != m_caseId || index < 0 || static_cast<std::size_t>(index) >= m_attachments.size())
        return {};
    const Bytes& b = m_attachments[static_cast<std::size_t>(index)].bytes();
    return QByteArray(reinterpret_cast<const char*>(b.data()), static_cast<qsizetype>(b.size()));
}

QVariantMap CaseView::summary() const
{
    const CaseInfo* c = info();
    if (!c)
        return {};
    const qint64 now = m_console.now();
    const ClockView next = c->nextClock(now);
    QVariantList clocks;
    auto addClock = [&](const QString& name, qint64 due, std::optional<qint64> done) {
        const bool met = done.has_value() || c->isClosed();
        const bool overdue = !met && now > due;
        const bool soon = !met && !overdue && due - now <= dueSoonWindow(name);
        clocks << QVariantMap{{QStringLiteral("label"), label(Vocabulary::Clock, name)},
                              {QStringLiteral("due"), fromUnix(due)},
                              {QStringLiteral("status"), met ? (done ? tr("met %1").arg(fromUnix(*done).toString(
                                                                         QStringLiteral("yyyy-MM-dd")))
                                                                     : tr("closed"))
                                                             : timeLeftText(due, now)},
                              {QStringLiteral("urgency"), met ? 0 : overdue ? 3 : soon ? 2 : 1}};
    };
    addClock(QStringLiteral("acknowledge"), c->acknowledgeDue, c->acknowledgedAt);
    if (c->contactDue)
        addClock(QStringLiteral("contact"), *c->contactDue, c->acknowledgedAt);
    addClock(QStringLiteral("feedback"), c->feedbackDue, c->feedbackAt);
    QStringList recipients;
    for (const auto& r : c->recipients)
        recipients << m_console.cases()->memberName(r);
    return {
        {QStringLiteral("id"), c->id},
        {QStringLiteral("reportId"), c->reportId.left(8)},
        {QStringLiteral("kindLabel"), label(Vocabulary::Kind, c->kind)},
        {QStringLiteral("categoryLabel"), label(Vocabulary::Category, c->category)},
        {QStringLiteral("domainLabel"), label(Vocabulary::Domain, c->domain)},
        {QStringLiteral("unit"), c->unit},
        {QStringLiteral("month"), c->month},
        {QStringLiteral("modeLabel"), label(Vocabulary::Mode, c->mode)},
        {QStringLiteral("riskLevel"), c->riskLevel()},
        {QStringLiteral("riskLabel"), label(Vocabulary::Risk, c->riskLevel())},
        {QStringLiteral("riskCode"), c->riskCode()},
        {QStringLiteral("immediateDanger"), c->immediateDanger},
        {QStringLiteral("state"), c->state},
        {QStringLiteral("stateLabel"), label(Vocabulary::State, c->state)},
        {QStringLiteral("outcomeLabel"), c->isClosed() ? label(Vocabulary::Outcome, c->outcome) : QString()},
        {QStringLiteral("assignee"), c->assignee},
        {QStringLiteral("assigneeName"), c->assignee.isEmpty() ? QString() : m_console.cases()->memberName(c->assignee)},
        {QStringLiteral("receivedAt"), fromUnix(c->receivedAt)},
        {QStringLiteral("clockLabel"), next.clock.isEmpty() ? QString() : label(Vocabulary::Clock, next.clock)},
        {QStringLiteral("timeLeft"), next.clock.isEmpty() ? QString() : timeLeftText(next.due, now)},
        {QStringLiteral("urgency"), static_cast<int>(next.urgency)},
        {QStringLiteral("clocks"), clocks},
        {QStringLiteral("recipients"), recipients.join(QStringLiteral(", "))},
    };
}

QVariantList CaseView::nextSteps() const
{
    QVariantList out;
    if (const CaseInfo* c = info())
        for (const QString& s : c->next)
            out << QVariantMap{{QStringLiteral("state"), s}, {QStringLiteral("label"), label(Vocabulary::Step, s)}};
    return out;
}

QVariantList CaseView::closingOutcomes() const
{
    const CaseInfo* c = info();
    if (!c || !c->next.contains(QStringLiteral("closed")))
        return {};
    QVariantList out;
    // "Resolved" needs feedback to the reporter first (the registry enforces it too).
    for (const char* o : {"resolved", "unfounded", "referred", "withdrawn"}) {
        const QString name = QString::fromLatin1(o);
        if (name == QLatin1String("resolved") && c->state != QLatin1String("feedback_given"))
            continue;
        out << QVariantMap{{QStringLiteral("value"), name}, {QStringLiteral("label"), label(Vocabulary::Outcome, name)}};
    }
    return out;
}

QVariantList CaseView::colleagues() const
{
    QVariantList out;
    const CaseInfo* c = info();
    if (!c)
        return out;
    const QString me = m_console.account()->memberId();
    for (const QString& id : c->recipients) {
        if (id == c->assignee)
            continue;
        const QString name = m_console.cases()->memberName(id);
        out << QVariantMap{{QStringLiteral("id"), id},
                           {QStringLiteral("name"), id == me ? tr("%1 (me)").arg(name) : name}};
    }
    return out;
}

QStringList CaseView::pendingActions() const
{
    QStringList out;
    for (const auto& a : m_console.sync()->queued())
        if (a.caseId == m_caseId)
            out << describe(a, QJsonDocument::fromJson(QByteArray::fromStdString(a.body)).object());
    return out;
}

bool CaseView::canChangeState() const
{
    // One state change at a time: a second one queued behind the first could be refused.
    for (const auto& a : m_console.sync()->queued())
        if (a.caseId == m_caseId && (a.action == "transition" || a.action == "assign"))
            return false;
    return info() != nullptr;
}

bool CaseView::canReassign() const
{
    const CaseInfo* c = info();
    return c && (c->state == QLatin1String("acknowledged") || c->state == QLatin1String("assigned")
                 || c->state == QLatin1String("in_progress") || c->state == QLatin1String("feedback_given"));
}

bool CaseView::canReply() const
{
    const CaseInfo* c = info();
    return c && c->replyKey.size() == 64 && !c->isClosed();
}

bool CaseView::transition(const QString& to, const QString& outcome)
{
    const CaseInfo* c = info();
    if (!c || !canChangeState())
        return false;
    if (!c->next.contains(to)) {
        setError(tr("“%1” is not a next step for this case.").arg(label(Vocabulary::State, to)));
        return false;
    }
    QJsonObject body{{QStringLiteral("to"), to}};
    if (to == QLatin1String("closed")) {
        if (outcome.isEmpty()) {
            setError(tr("Choose an outcome to close the case."));
            return false;
        }
        body.insert(QStringLiteral("outcome"), outcome);
    }
    setError({});
    return !m_console.sync()->queueAction(c->id, QStringLiteral("transition"), body).isEmpty();
}

bool CaseView::assign(const QString& memberId)
{
    const CaseInfo* c = info();
    if (!c || !canChangeState() || !canReassign() || !c->recipients.contains(memberId))
        return false;
    setError({});
    return !m_console.sync()->queueAction(c->id, QStringLiteral("assign"), {{QStringLiteral("assignee"), memberId}})
                .isEmpty();
}

bool CaseView::sendReply(const QString& text)
{
    const CaseInfo* c = info();
    const KeyVault* vault = m_console.account()->vault();
    CaseCache* cache = m_console.cache();
    const QString trimmed = text.trimmed();
    if (!c || !vault || !cache || !canReply() || trimmed.isEmpty())
        return false;
    auto replyKey = fixedFromHex<32>(c->replyKey.toStdString());
    auto thread = fixedFromHex<16>(c->reportId.toStdString());
    if (!replyKey || !thread || trimmed.toUtf8().size() > 8 * 1024) {
        setError(tr("This reply cannot be sent (too long, or the case lacks a reply key)."));
        return false;
    }
    const qint64 now = m_console.now();
    Message m{*thread, static_cast<std::uint64_t>(now), m_console.account()->memberId().toStdString(),
              trimmed.toStdString()};
    const Bytes sealed = sealReply(m, vault->signKey(), *replyKey);
    // The reply is sealed to the reporter; the advisor keeps its own copy under the vault.
    (void)cache->putSentCopy(SentCopy{hashHex(sealed).toStdString(), c->id, now, m.text});
    wipe(m.text);
    setError({});
    return !m_console.sync()
                ->queueAction(c->id, QStringLiteral("reply"),
                              {{QStringLiteral("sealed"), QString::fromStdString(toBase64Url(sealed))}})
                .isEmpty();
}

bool CaseView::addNote(const QString& text)
{
    const CaseInfo* c = info();
    const KeyVault* vault = m_console.account()->vault();
    const Roster* roster = m_console.roster();
    const QString trimmed = text.trimmed();
    if (!c || !vault || trimmed.isEmpty())
        return false;
    if (!roster) {
        setError(tr("Notes need the registry's directory (for your colleagues' keys); sign in once first."));
        return false;
    }
    std::vector<PublicKey> keys{vault->boxKey().publicKey};
    for (const QString& id : c->recipients)
        if (const Member* m = roster->member(id); m && m->boxKey != vault->boxKey().publicKey)
            keys.push_back(m->boxKey);
    auto thread = fixedFromHex<16>(c->reportId.toStdString());
    if (!thread || trimmed.toUtf8().size() > 8 * 1024)
        return false;
    Message note{*thread, static_cast<std::uint64_t>(m_console.now()), m_console.account()->memberId().toStdString(),
                 trimmed.toStdString()};
    auto sealed = sealNote(note, vault->signKey(), keys);
    wipe(note.text);
    if (!sealed) {
        setError(QString::fromStdString(sealed.error().message));
        return false;
    }
    setError({});
    return !m_console.sync()
                ->queueAction(c->id, QStringLiteral("notes"),
                              {{QStringLiteral("sealed"), QString::fromStdString(toBase64Url(*sealed))}})
                .isEmpty();
}

void CaseView::retranslate()
{
    if (m_caseId == 0)
        return;
    if (m_report) {
        m_reportMap = reportToMap(*m_report);
        emit reportChanged();
    }
    emit summaryChanged();
    emit pendingChanged();
    rebuildThreads();
    rebuildHistory();
}

void CaseView::rebuildThreads()
{
    if (m_caseId == 0)
        return;
    ThreadInputs in;
    in.messagesJson = m_messagesJson.toUtf8();
    if (CaseCache* cache = m_console.cache())
        if (auto sent = cache->sentCopies(m_caseId))
            in.sent = std::move(*sent);
    for (auto& a : m_console.sync()->queued())
        if (a.caseId == m_caseId)
            in.queued.push_back(std::move(a));
    if (const KeyVault* vault = m_console.account()->vault())
        in.boxKey = &vault->boxKey();
    in.roster = m_console.roster();
    in.me = m_console.account()->memberId();
    in.nameOf = [this](const QString& id) { return m_console.cases()->memberName(id); };
    Threads threads = buildThreads(in);
    m_conversation->setRows(std::move(threads.conversation));
    m_notes->setRows(std::move(threads.notes));
}

void CaseView::rebuildHistory()
{
    m_history->setRows(
        buildHistory(m_historyJson.toUtf8(), [this](const QString& id) { return m_console.cases()->memberName(id); }));
}

void CaseView::onActionApplied(qint64 caseId, const QString&)
{
    if (caseId != m_caseId)
        return;
    emit summaryChanged();
    reload();
}

void CaseView::onActionRejected(qint64 caseId, const QString&, const QString& message)
{
    if (caseId != m_caseId)
        return;
    setError(tr("The registry refused: %1").arg(message));
    emit summaryChanged();
    reload();
}

} // namespace vigil::advisor

namespace vigil::advisor {

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
            setError(tr("A bulletin needs a title and a text in Dutch and in English."));
            return false;
        }
    if (texts[0].toUtf8().size() > maxTitle || texts[2].toUtf8().size() > maxTitle
        || texts[1].toUtf8().size() > maxText || texts[3].toUtf8().size() > maxText) {
        setError(tr("A title may have at most %1 characters and a text %2.").arg(maxTitle).arg(maxText));
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
