// SPDX-License-Identifier: EUPL-1.2
#pragma once

// One case on the advisor's desk (docs/advisor.md, "Case view"): the report, decrypted on this
// machine from the sealed envelope (kept only in memory), the conversation with the reporter,
// internal notes, the audit history, and the actions the workflow allows next. Actions go
// through the sync engine's queue, so they work offline and replay safely.

#include "caseinfo.h"
#include "messagelistmodel.h"

#include "shared/report.h"
#include "shared/secret.h"

#include <QObject>
#include <QProperty>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <optional>
#include <vector>

namespace vigil::appcore {
struct HttpResult;
}

namespace vigil::advisor {

class Console;
using appcore::HttpResult;

class CaseView : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("the Console owns the case view")

    Q_PROPERTY(qint64 caseId READ caseId NOTIFY caseChanged)
    Q_PROPERTY(bool isOpen READ isOpen NOTIFY caseChanged)
    Q_PROPERTY(QVariantMap summary READ summary NOTIFY summaryChanged)
    Q_PROPERTY(bool decrypted READ decrypted NOTIFY reportChanged)
    Q_PROPERTY(QVariantMap report READ report NOTIFY reportChanged)
    Q_PROPERTY(vigil::advisor::MessageListModel* conversation READ conversation CONSTANT)
    Q_PROPERTY(vigil::advisor::MessageListModel* notes READ notes CONSTANT)
    Q_PROPERTY(vigil::advisor::HistoryModel* history READ history CONSTANT)
    Q_PROPERTY(QVariantList nextSteps READ nextSteps NOTIFY summaryChanged)
    Q_PROPERTY(QVariantList closingOutcomes READ closingOutcomes NOTIFY summaryChanged)
    Q_PROPERTY(QVariantList colleagues READ colleagues NOTIFY summaryChanged)
    Q_PROPERTY(QStringList pendingActions READ pendingActions NOTIFY pendingChanged)
    Q_PROPERTY(bool canChangeState READ canChangeState NOTIFY pendingChanged)
    Q_PROPERTY(bool canReassign READ canReassign NOTIFY summaryChanged)
    Q_PROPERTY(bool canReply READ canReply NOTIFY summaryChanged)
    Q_PROPERTY(QString closingWarning READ closingWarning NOTIFY summaryChanged)
    /// The aftercare plan (issue 16 §2, caseviewaftercare.cpp): {checkIns: [{id, due, dueText,
    /// status, statusLabel}], stopped, stoppedText, contactWanted, templateLabel, canPlan}.
    Q_PROPERTY(QVariantMap aftercare READ aftercare NOTIFY summaryChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)

public:
    explicit CaseView(Console& console, QObject* parent = nullptr);
    ~CaseView() override;

    qint64 caseId() const { return m_caseId; }
    bool isOpen() const { return m_caseId != 0; }
    QVariantMap summary() const;
    bool decrypted() const { return m_report.has_value(); }
    QVariantMap report() const { return m_reportMap; }
    MessageListModel* conversation() const { return m_conversation; }
    MessageListModel* notes() const { return m_notes; }
    HistoryModel* history() const { return m_history; }
    QVariantList nextSteps() const;
    QVariantList closingOutcomes() const;
    QVariantList colleagues() const;
    QStringList pendingActions() const;
    bool canChangeState() const;
    bool canReassign() const;
    bool canReply() const;
    /// Said in the closing dialog when the case is another advisor's (assigned to someone else).
    QString closingWarning() const;
    QVariantMap aftercare() const;
    bool busy() const { return m_busy > 0; }
    QString lastError() const { return m_lastError; }

    /// Shows case `id`: cached parts at once, then the registry's current ones.
    Q_INVOKABLE void openCase(qint64 id);
    /// Forgets the open case and everything decrypted for it.
    Q_INVOKABLE void closeCase();
    /// Fetches messages and history again.
    Q_INVOKABLE void reload();
    /// Moves the case to `to` (one of nextSteps, except "closed": see closeWithReason).
    Q_INVOKABLE bool transition(const QString& to);
    /// Closes the case with `outcome` (one of closingOutcomes). The reason is kept as an
    /// internal note sealed for the case's key holders (never in plaintext at the registry);
    /// a non-empty message goes to the reporter as an ordinary reply. All three are queued,
    /// the closing first: if the registry refuses it, the note and the message are not sent.
    /// Outcome "resolved_measure" closes it "resolved — measure `measureId`" (one of
    /// Console.measures.closingChoices); the registry links the case to the measure.
    Q_INVOKABLE bool closeWithReason(const QString& outcome, const QString& reason,
                                     const QString& messageToReporter, qint64 measureId = 0);
    /// The message to the reporter that goes with closing by measure `measureId`, in the
    /// report's language (the reporter's, not the console's); empty for an unknown measure.
    Q_INVOKABLE QString measureReply(qint64 measureId) const;
    /// (Re)assigns the case to a colleague who holds its key.
    Q_INVOKABLE bool assign(const QString& memberId);
    /// Seals `text` to the reporter's reply key, signed by this advisor, and queues it, with a
    /// copy sealed for the case's key holders (so colleagues can read the conversation); a copy
    /// sealed under the vault stays here as well.
    Q_INVOKABLE bool sendReply(const QString& text);
    /// Seals `text` to every member who holds the case's key (this advisor included), queues it.
    Q_INVOKABLE bool addNote(const QString& text);

    /// Plans the check-ins of the case's route template (after its closing, or from today while
    /// it is open), queued for the registry. False, with lastError, when the route has none.
    Q_INVOKABLE bool planCheckInTemplate();
    /// Adds one check-in `days` days from now (1 … 730), queued.
    Q_INVOKABLE bool addCheckIn(int days);
    /// Removes the check-in `checkInId` from the plan, queued (the QML asks first).
    Q_INVOKABLE bool removeCheckIn(qint64 checkInId);

    /// From a closed, decrypted case: a de-identified lessons-learned draft {title, text,
    /// language} — language is the report's ("nl" or "en"), the one the draft is written in.
    Q_INVOKABLE QVariantMap draftLesson() const;
    /// Queues the edited lesson, in both languages, as a submission for publication
    /// (POST /v1/advisor/bulletins, sent when the registry is reachable). The operator approves
    /// or rejects it; Console.lessons shows which. Returns false, with lastError, when a text is
    /// missing or too long for a bulletin.
    Q_INVOKABLE bool submitLesson(const QString& titleNl, const QString& textNl, const QString& titleEn,
                                  const QString& textEn);

    /// The open case's report, threads and history again, in the language now installed.
    void retranslate();

    /// A decrypted attachment's bytes (for the image provider); empty when unknown.
    QByteArray attachment(qint64 caseId, int index) const;

signals:
    void caseChanged();
    void summaryChanged();
    void reportChanged();
    void pendingChanged();
    void busyChanged();
    void lastErrorChanged();

private:
    struct SealedReply {
        QString reply;  ///< base64url, sealed to the reporter's reply key
        QString copy;   ///< base64url, the reply copy note for the case's key holders
    };

    const CaseInfo* info() const;
    /// Seals `text` as a note for every member who holds `c` (this advisor included); nullopt,
    /// with lastError, when it cannot.
    std::optional<QString> sealForKeyHolders(const CaseInfo& c, const QString& text);
    /// `closing`: the message that goes with closing the case, marked so (Message::closed).
    std::optional<SealedReply> sealReplyWithCopy(const CaseInfo& c, const QString& text, bool closing = false);
    /// Queues a reply and, belonging to it, its copy.
    bool queueReply(qint64 caseId, const SealedReply& reply, const QString& after);
    void beginBusy();
    void endBusy();
    void loadEnvelope();
    void decrypt(const Bytes& envelope);
    void fetch(const QString& what);
    void onFetched(qint64 caseId, const QString& what, const HttpResult& result);
    void rebuildThreads();
    void rebuildHistory();
    void onActionApplied(qint64 caseId, const QString& action);
    void onActionRejected(qint64 caseId, const QString& action, const QString& message);

    Console& m_console;
    qint64 m_caseId = 0;
    std::optional<Report> m_report;
    std::vector<WipedBytes> m_attachments;
    QVariantMap m_reportMap;
    QString m_messagesJson;
    QString m_historyJson;
    MessageListModel* m_conversation;
    MessageListModel* m_notes;
    HistoryModel* m_history;
    int m_busy = 0;
    // Assigning either notifies QML when the value changes (Qt bindable properties): no setters.
    Q_OBJECT_BINDABLE_PROPERTY(CaseView, QString, m_lastError, &CaseView::lastErrorChanged)
};

} // namespace vigil::advisor
