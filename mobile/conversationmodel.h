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

public:
    enum Role { OutgoingRole = Qt::UserRole + 1, AuthorRole, TextRole, SentRole, StateRole, SignalRole };

    explicit ConversationModel(FieldApp& app, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString reportId() const { return m_reportId; }
    QString title() const { return m_title; }
    int count() const { return static_cast<int>(m_messages.size()); }
    bool busy() const { return m_busy; }
    QString lastError() const { return m_lastError; }

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

signals:
    void reportChanged();
    void countChanged();
    void busyChanged();
    void sent();

private:
    void setBusy(bool busy, const QString& error);
    void seal(const QString& text, FollowUpSignal signal);

    FieldApp& m_app;
    QString m_reportId;
    QString m_title;
    std::vector<ThreadMessage> m_messages;
    bool m_busy = false;
    QString m_lastError;
};

} // namespace vigil::field
