// SPDX-License-Identifier: EUPL-1.2
#pragma once

// The anonymous conversation about one report: replies from advisors (opened with the
// report's reply key and checked against the directory by the sync engine), and the
// reporter's own follow-ups, sealed to the report's readers like a new report.

#include "reportsealer.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QtQml/qqmlregistration.h>

namespace vigil::field {

class FieldApp;

class ConversationModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("App.conversation shows one report's conversation")
    Q_PROPERTY(QString reportId READ reportId NOTIFY reportChanged)
    Q_PROPERTY(QString title READ title NOTIFY reportChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY busyChanged)
    /// The advisor closed the case with their last message (docs/protocol.md §8 `closed`) and
    /// no retaliation signal reopened it since.
    Q_PROPERTY(bool caseClosed READ caseClosed NOTIFY reportChanged)
    /// "Tell us how it went" is offered: the case is closed, and the reporter has neither
    /// answered nor skipped the survey for it.
    Q_PROPERTY(bool surveyOffered READ surveyOffered NOTIFY reportChanged)
    /// The next planned check-in the advisor's newest reply named (issue 16 §2), in the
    /// future; invalid when none, or once the reporter declined further contact.
    Q_PROPERTY(QDateTime nextCheckIn READ nextCheckIn NOTIFY reportChanged)
    /// The reporter said "no further contact" in this conversation (and not "more contact" since).
    Q_PROPERTY(bool contactDeclined READ contactDeclined NOTIFY reportChanged)

public:
    enum Role { OutgoingRole = Qt::UserRole + 1, AuthorRole, TextRole, SentRole, StateRole, SignalRole, ClosingRole };

    explicit ConversationModel(FieldApp& app, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString reportId() const { return m_reportId; }
    QString title() const { return m_title; }
    int count() const { return static_cast<int>(m_messages.size()); }
    bool busy() const { return m_busy; }
    QString lastError() const { return m_lastError; }
    bool caseClosed() const { return m_caseClosed; }
    bool surveyOffered() const { return m_caseClosed && !m_surveyDone; }
    QDateTime nextCheckIn() const;
    bool contactDeclined() const { return m_contactDeclined; }

    /// Shows the conversation of the report with this id (hex).
    Q_INVOKABLE void open(const QString& reportId);
    Q_INVOKABLE void refresh();
    /// Seals `text` as a follow-up to the report's readers and queues it. Fails closed.
    Q_INVOKABLE void send(const QString& text);
    /// The reporter says they are experiencing consequences or retaliation (issue 16 §3): a
    /// follow-up like send()'s whose header carries the `retaliation` signal, so the registry
    /// reopens the case and starts a 24-hour answer clock. `text` may be empty: then a fixed
    /// sentence in the app's language says it.
    Q_INVOKABLE void reportConsequences(const QString& text);
    /// The reporter's answers to "how did it go" (issue 16 §4): `heard` and `fear` 1…5 or 0
    /// for a skipped question, `again` "yes", "unsure", "no" or "" (skipped). Sent as a
    /// follow-up whose sealed header carries them for the registry alone (§8 "Survey"); its
    /// text says only that the reporter answered. Nothing is sent when every question is skipped.
    Q_INVOKABLE void sendSurvey(int heard, const QString& again, int fear);
    /// The reporter does not want to answer: remembered for this report in the vault, and the
    /// survey is not offered again.
    Q_INVOKABLE void skipSurvey();
    /// "I'd like more contact" (issue 16 §2): a follow-up whose header carries `more_contact`,
    /// with a fixed sentence in the app's language; the advisor's console marks the case.
    Q_INVOKABLE void askMoreContact();
    /// "No further contact, thank you": a follow-up carrying `decline_contact`, which stops the
    /// aftercare plan at the registry (the page asks for confirmation first).
    Q_INVOKABLE void declineContact();

signals:
    void reportChanged();
    void countChanged();
    void busyChanged();
    void sent();

private:
    void setBusy(bool busy, const QString& error);
    void seal(const QString& text, FollowUpSignal signal, std::optional<SurveyAnswers> survey = std::nullopt);

    FieldApp& m_app;
    QString m_reportId;
    QString m_title;
    std::vector<ThreadMessage> m_messages;
    bool m_busy = false;
    QString m_lastError;
    bool m_caseClosed = false;
    bool m_surveyDone = false;  ///< answered or skipped
    std::uint64_t m_checkIn = 0;  ///< the newest reply's planned check-in (0: none)
    bool m_contactDeclined = false;
};

} // namespace vigil::field
