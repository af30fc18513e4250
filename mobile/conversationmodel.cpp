// SPDX-License-Identifier: EUPL-1.2
#include "conversationmodel.h"

#include "shared/qt/background.h"
#include "devicevault.h"
#include "fieldapp.h"
#include "tokenattach.h"

namespace vigil::field {

ConversationModel::ConversationModel(FieldApp& app, QObject* parent) : QAbstractListModel(parent), m_app(app)
{
    connect(app.sync(), &SyncEngine::repliesChanged, this, &ConversationModel::refresh);
    connect(app.sync(), &SyncEngine::outboxChanged, this, &ConversationModel::refresh);
    connect(&app, &FieldApp::locked, this, [this]() {
        // Nothing of the conversation stays in memory once the app is locked.
        beginResetModel();
        m_messages.clear();
        m_reportId.clear();
        m_title.clear();
        m_caseClosed = false;
        m_surveyDone = false;
        m_checkIn = 0;
        m_contactDeclined = false;
        endResetModel();
        emit reportChanged();
        emit countChanged();
    });
}

int ConversationModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : count();
}

QHash<int, QByteArray> ConversationModel::roleNames() const
{
    return {{OutgoingRole, "outgoing"}, {AuthorRole, "author"}, {TextRole, "text"}, {SentRole, "sent"}, {StateRole, "sendState"}, {SignalRole, "signalName"}, {ClosingRole, "closing"}};
}

QVariant ConversationModel::data(const QModelIndex& index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const auto& m = m_messages[static_cast<std::size_t>(index.row())];
    switch (role) {
    case OutgoingRole: return m.outgoing;
    case AuthorRole: return QString::fromStdString(m.authorName);
    case Qt::DisplayRole:
    case TextRole: return QString::fromStdString(m.text);
    case SentRole: return QDateTime::fromSecsSinceEpoch(static_cast<qint64>(m.sent));
    case StateRole: {
        if (!m.outgoing)
            return QString();
        auto id = fixedFromHex<16>(m.followUpId);
        auto row = id ? m_app.store().outboxRowByReport(*id) : std::nullopt;
        return row ? QString::fromUtf8(stateName(row->state).data()) : QString();
    }
    case SignalRole: return m.signal == FollowUpSignal::None ? QString() : QString::fromUtf8(enumName(m.signal).data());
    case ClosingRole: return m.closing;
    default: return {};
    }
}

void ConversationModel::open(const QString& reportId)
{
    m_reportId = reportId;
    m_lastError.clear();
    refresh();
    emit reportChanged();
}

void ConversationModel::refresh()
{
    beginResetModel();
    m_messages.clear();
    m_title.clear();
    auto id = fixedFromHex<16>(m_reportId.toStdString());
    if (id && m_app.vault().isUnlocked()) {
        if (auto plain = m_app.vault().get(slot::report(*id)))
            if (auto summary = decodeSummary(toString(plain->view())))
                m_title = QString::fromStdString(summary->headline);
        if (auto plain = m_app.vault().get(slot::thread(*id)))
            if (auto thread = decodeThread(toString(plain->view())))
                m_messages = std::move(*thread);
    }
    // Closed by the advisor's closing message, open again after a retaliation signal sent after
    // it arrived: judged in the order this phone kept them (the vault appends), never by the
    // two writers' clocks.
    m_caseClosed = false;
    m_surveyDone = false;
    m_checkIn = 0;
    m_contactDeclined = false;
    for (const auto& m : m_messages) {
        if (!m.outgoing && m.closing)
            m_caseClosed = true;
        if (m.outgoing && m.signal == FollowUpSignal::Retaliation)
            m_caseClosed = false;
        m_surveyDone = m_surveyDone || (m.outgoing && m.survey);
        // The newest reply says what is planned now: one without a moment means none is.
        if (!m.outgoing)
            m_checkIn = m.checkIn;
        if (m.outgoing && m.signal == FollowUpSignal::DeclineContact)
            m_contactDeclined = true;
        if (m.outgoing && m.signal == FollowUpSignal::MoreContact)
            m_contactDeclined = false;
    }
    std::stable_sort(m_messages.begin(), m_messages.end(),
                     [](const ThreadMessage& a, const ThreadMessage& b) { return a.sent < b.sent; });
    if (id && m_app.vault().isUnlocked() && m_app.vault().get(slot::surveySkipped(*id)))
        m_surveyDone = true;
    endResetModel();
    emit countChanged();
    emit reportChanged();
}

QDateTime ConversationModel::nextCheckIn() const
{
    if (m_checkIn == 0 || m_contactDeclined || m_checkIn <= m_app.now())
        return {};
    return QDateTime::fromSecsSinceEpoch(static_cast<qint64>(m_checkIn));
}

void ConversationModel::askMoreContact()
{
    seal(tr("I would like more contact."), FollowUpSignal::MoreContact);
}

void ConversationModel::declineContact()
{
    seal(tr("No further contact, thank you."), FollowUpSignal::DeclineContact);
}

void ConversationModel::setBusy(bool busy, const QString& error)
{
    m_busy = busy;
    m_lastError = error;
    emit busyChanged();
}

void ConversationModel::send(const QString& text)
{
    seal(text, FollowUpSignal::None);
}

void ConversationModel::reportConsequences(const QString& text)
{
    const QString said = text.trimmed().isEmpty()
                             ? tr("I am experiencing consequences of my report (retaliation). Please contact me.")
                             : text;
    seal(said, FollowUpSignal::Retaliation);
}

void ConversationModel::sendSurvey(int heard, const QString& again, int fear)
{
    SurveyAnswers answers;
    answers.heard = heard >= 1 && heard <= 5 ? heard : 0;
    answers.again = parseEnum<ReportAgain>(again.toStdString()).value_or(ReportAgain::None);
    answers.fear = fear >= 1 && fear <= 5 ? fear : 0;
    if (answers.empty())
        return;
    // The readers see that the reporter answered, never what: the answers are for the registry.
    seal(tr("I answered the questions on how my report was handled."), FollowUpSignal::None, answers);
}

void ConversationModel::skipSurvey()
{
    auto id = fixedFromHex<16>(m_reportId.toStdString());
    if (!id || !m_app.vault().isUnlocked())
        return;
    if (auto s = m_app.vault().put(slot::surveySkipped(*id), asBytes(std::string_view("skipped"))); !s) {
        setBusy(false, QString::fromStdString(s.error().message));
        return;
    }
    refresh();
}

void ConversationModel::seal(const QString& text, FollowUpSignal signal, std::optional<SurveyAnswers> survey)
{
    const std::string message = text.trimmed().toStdString();
    auto id = fixedFromHex<16>(m_reportId.toStdString());
    auto key = m_app.vault().key();
    if (m_busy || message.empty() || !id || !key)
        return;
    const std::uint64_t now = m_app.now();
    auto directory = m_app.trust().directory(now);
    if (!directory) {
        setBusy(false, tr("The list of recipients is out of date; connect once and try again."));
        return;
    }
    const TokenUse tokens = tokensInUse(m_app.trust().issuerKeys(), static_cast<std::int64_t>(now))
                                ? TokenUse::Required
                                : TokenUse::None;
    setBusy(true, {});
    FieldStore* store = &m_app.store();
    appcore::runInBackground(
        this,
        [store, key, dir = std::move(*directory), original = *id, message, now, tokens, signal, survey]() {
            return sealFollowUpAndStore(*store, *key, dir, original, message, now, tokens, signal, survey);
        },
        [this](Result<SealOutcome> outcome) {
            if (!outcome) {
                setBusy(false, tr("The message was not sealed, and nothing was sent: %1")
                                   .arg(QString::fromStdString(outcome.error().message)));
                return;
            }
            setBusy(false, {});
            refresh();
            emit sent();
            m_app.sync()->syncNow();
        });
}

} // namespace vigil::field
