// SPDX-License-Identifier: EUPL-1.2
#pragma once

// The report being written. QML edits its fields; everything else happens here: the quick
// path's defaults, what is still missing, the recipients, autosave into the vault (sealed,
// never in the clear), abandoning, and sealing off the GUI thread into the outbox.
// Enumerated fields hold their wire names ("near_miss", "II", …); QML maps them to words.

#include "recipientmodel.h"
#include "reportsealer.h"

#include <QObject>
#include <QProperty>
#include <QSet>
#include <QStringList>
#include <QTimer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace vigil::field {

class FieldApp;

class ReportDraft : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("App.draft is the one draft")

    // The report's fields (see shared/report.h). `changed` drives autosave.
    Q_PROPERTY(QString door MEMBER m_door NOTIFY changed)
    Q_PROPERTY(QString kind MEMBER m_kind NOTIFY changed)
    Q_PROPERTY(QString category MEMBER m_category NOTIFY changed)
    Q_PROPERTY(QString headline MEMBER m_headline NOTIFY changed)
    Q_PROPERTY(QString narrative MEMBER m_narrative NOTIFY changed)
    Q_PROPERTY(QString whenChoice MEMBER m_whenChoice NOTIFY changed)   // now, today, month, date
    Q_PROPERTY(QString whenDate MEMBER m_whenDate NOTIFY changed)       // YYYY-MM-DD for "date"
    Q_PROPERTY(QString period MEMBER m_period NOTIFY changed)
    Q_PROPERTY(bool ongoing MEMBER m_ongoing NOTIFY changed)
    Q_PROPERTY(QString locationType MEMBER m_locationType NOTIFY changed)
    Q_PROPERTY(QString locationText MEMBER m_locationText NOTIFY changed)
    Q_PROPERTY(QString unit MEMBER m_unit NOTIFY changed)
    Q_PROPERTY(QString actualSeverity MEMBER m_actualSeverity NOTIFY changed)
    Q_PROPERTY(QString actualLikelihood MEMBER m_actualLikelihood NOTIFY changed)
    Q_PROPERTY(QString worstSeverity MEMBER m_worstSeverity NOTIFY changed)
    Q_PROPERTY(QString worstLikelihood MEMBER m_worstLikelihood NOTIFY changed)
    Q_PROPERTY(QString impact MEMBER m_impact NOTIFY changed)
    Q_PROPERTY(bool immediateDanger MEMBER m_immediateDanger NOTIFY changed)
    Q_PROPERTY(QString involved MEMBER m_involved NOTIFY changed)             // one role per line
    Q_PROPERTY(QString factors MEMBER m_factors NOTIFY changed)               // one per line
    Q_PROPERTY(QString immediateActions MEMBER m_immediateActions NOTIFY changed)
    Q_PROPERTY(QString couldHaveHappened MEMBER m_couldHaveHappened NOTIFY changed)
    Q_PROPERTY(QString suggestion MEMBER m_suggestion NOTIFY changed)
    Q_PROPERTY(QString mode MEMBER m_mode NOTIFY changed)
    Q_PROPERTY(QString identity MEMBER m_identity NOTIFY changed)
    Q_PROPERTY(bool consentToContact MEMBER m_consentToContact NOTIFY changed)
    Q_PROPERTY(bool wantsAdvisor MEMBER m_wantsAdvisor NOTIFY changed)
    Q_PROPERTY(bool wantsAftercare MEMBER m_wantsAftercare NOTIFY changed)
    Q_PROPERTY(bool wantsSeparation MEMBER m_wantsSeparation NOTIFY changed)
    Q_PROPERTY(bool consentCommander MEMBER m_consentCommander NOTIFY changed)

    // Derived, read-only.
    Q_PROPERTY(bool active READ active NOTIFY activeChanged)
    /// True once the reporter wrote or chose something worth keeping (a door alone is not).
    Q_PROPERTY(bool hasContent READ hasContent NOTIFY changed)
    /// Where a resumed draft can be finished: "kind", "what" or "review".
    Q_PROPERTY(QString resumePage READ resumePage NOTIFY changed)
    /// A discarded draft that undoDiscard() can still bring back.
    Q_PROPERTY(bool canUndoDiscard READ canUndoDiscard NOTIFY undoChanged)
    /// Drafts kept aside ("start new and keep"): [{id, kind, category, door, savedAt}].
    Q_PROPERTY(QVariantList parked READ parked NOTIFY parkedChanged)
    /// The receipt code of the report sealed last: known at sealing (it names the envelope),
    /// signed for by the relay on delivery.
    Q_PROPERTY(QString lastSealedCode READ lastSealedCode NOTIFY sealed)
    /// The report sealed last waits in the outbox for a filing token (none in stock): it goes
    /// after the next refill, and its receipt code is known only then.
    Q_PROPERTY(bool lastSealedAwaitingToken READ lastSealedAwaitingToken NOTIFY sealed)
    Q_PROPERTY(QStringList kinds READ kinds NOTIFY changed)
    Q_PROPERTY(QStringList categories READ categories NOTIFY changed)
    Q_PROPERTY(QString domain READ domain NOTIFY changed)
    Q_PROPERTY(QString missing READ missing NOTIFY changed)
    Q_PROPERTY(QVariantList unitChoices READ unitChoices NOTIFY changed)
    Q_PROPERTY(QVariantList photos READ photos NOTIFY photosChanged)
    Q_PROPERTY(vigil::field::RecipientModel* recipients READ recipients CONSTANT)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)

public:
    explicit ReportDraft(FieldApp& app, QObject* parent = nullptr);

    bool active() const { return m_active; }
    bool hasContent() const;
    QString resumePage() const;
    bool canUndoDiscard() const { return !m_discarded.isEmpty(); }
    QVariantList parked() const { return m_parked; }
    QString lastSealedCode() const { return m_lastSealedCode; }
    bool lastSealedAwaitingToken() const { return m_lastSealedAwaitingToken; }
    QStringList kinds() const;
    QStringList categories() const;
    QString domain() const;
    /// What must still be filled in before sealing (one sentence), or empty.
    QString missing() const;
    QVariantList unitChoices() const;
    QVariantList photos() const;
    RecipientModel* recipients() { return &m_recipients; }
    bool busy() const { return m_busy; }
    QString lastError() const { return m_lastError; }

    /// Starts a new report behind a front door: "safety", "social" or "advisor".
    Q_INVOKABLE void start(const QString& door);
    /// Throws the draft away at once: fields cleared, the vault copy and its photos deleted.
    Q_INVOKABLE void abandon();
    /// Throws the draft away, but undoDiscard() brings it back for a few seconds (until the
    /// undo time runs out, another draft starts, or the app locks).
    Q_INVOKABLE void discard();
    Q_INVOKABLE void undoDiscard();
    /// Keeps the current draft aside (sealed in the vault) and leaves no draft open.
    Q_INVOKABLE void park();
    /// Opens a kept draft; the open one, if it has content, is kept aside in its place.
    Q_INVOKABLE void resume(const QString& parkedId);
    /// Deletes a kept draft and its photos.
    Q_INVOKABLE void removeParked(const QString& parkedId);
    /// Sets one of the two risk cells ("actual", "worst"); tapping the set cell clears it.
    Q_INVOKABLE void setRisk(const QString& which, const QString& severity, const QString& likelihood);
    /// Adds a photo: stripped of metadata off the GUI thread, then kept sealed in the vault.
    Q_INVOKABLE void addPhoto(const QUrl& file);
    Q_INVOKABLE void removePhoto(int index);
    /// Recomputes who the report reaches from the directory and the routing facts.
    Q_INVOKABLE void refreshRecipients();
    /// Seals the report for its recipients and puts it in the outbox. Fails closed.
    Q_INVOKABLE void sealAndQueue();

    /// The report the fields describe at `now` (no validation).
    Report buildReport(std::uint64_t now) const;
    /// Saves the draft into the vault at once (page changes, locking, suspending).
    Q_INVOKABLE void saveNow();
    /// Loads the draft from the vault after unlocking, if there is one.
    void restore();

signals:
    void changed();
    void activeChanged();
    void photosChanged();
    void busyChanged();
    void lastErrorChanged();
    void undoChanged();
    void parkedChanged();
    /// The report is sealed and in the outbox.
    void sealed(qint64 rowId);

private:
    struct Photo {
        QString name;
        qint64 size = 0;
        QString slot;
    };

    void resetFields();
    void setActive(bool active);
    QString routingFacts() const;
    void removeVaultCopies();
    void stopAutosave();
    QByteArray toJson() const;
    bool loadJson(const QByteArray& json);
    void finishDiscard();
    void loadParkedList();
    void removeOrphanPhotos();
    QString newPhotoSlot();

    FieldApp& m_app;
    RecipientModel m_recipients;
    QTimer m_saveTimer;        ///< saves 0.8 s after the last change …
    QTimer m_maxWaitTimer;     ///< … and at the latest 3 s after the first unsaved one
    QTimer m_undoTimer;
    QByteArray m_discarded;    ///< the discarded draft while it can still be undone
    QVariantList m_parked;
    QSet<QString> m_parkedPhotoSlots;   ///< read with m_parked, so orphans are found without a second pass
    QString m_lastSealedCode;
    bool m_lastSealedAwaitingToken = false;
    QString m_draftId;         ///< names this draft's photo slots, so kept drafts keep theirs
    bool m_active = false;
    // Assigning either notifies QML when the value changes (Qt bindable properties): no setters.
    Q_OBJECT_BINDABLE_PROPERTY_WITH_ARGS(ReportDraft, bool, m_busy, false, &ReportDraft::busyChanged)
    bool m_loading = false;
    Q_OBJECT_BINDABLE_PROPERTY(ReportDraft, QString, m_lastError, &ReportDraft::lastErrorChanged)
    QString m_lastRoutingFacts;
    std::vector<Photo> m_photos;
    int m_photoCounter = 0;

    QString m_door, m_kind, m_category, m_headline, m_narrative;
    QString m_whenChoice, m_whenDate, m_period;
    bool m_ongoing = false;
    QString m_locationType, m_locationText, m_unit;
    QString m_actualSeverity, m_actualLikelihood, m_worstSeverity, m_worstLikelihood;
    QString m_impact;
    bool m_immediateDanger = false;
    QString m_involved, m_factors, m_immediateActions, m_couldHaveHappened, m_suggestion;
    QString m_mode, m_identity;
    bool m_consentToContact = false, m_wantsAdvisor = false, m_wantsAftercare = false;
    bool m_wantsSeparation = false, m_consentCommander = false;
};

} // namespace vigil::field
