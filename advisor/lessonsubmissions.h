// SPDX-License-Identifier: EUPL-1.2
#pragma once

// The advisor's lessons-learned submissions and what became of them (pending with the
// operator, published as bulletin n, or sent back with a reason), as the registry lists them
// (GET /v1/advisor/bulletins, docs/advisor-api.md). Newest first.

#include <QAbstractListModel>
#include <QDateTime>
#include <QJsonObject>
#include <QtQml/qqmlregistration.h>

#include <vector>

namespace vigil::advisor {

struct LessonSubmission {
    qint64 id = 0;
    qint64 caseId = 0;        ///< 0: none, or cut by retention
    QString state;            ///< "pending", "published", "rejected"
    QString titleNl;
    QString titleEn;
    QString reason;           ///< why the operator sent it back
    qint64 sequence = 0;      ///< the published bulletin's number
    QDateTime submittedAt;
    QDateTime decidedAt;
};

/// The submissions in a registry answer; malformed entries are skipped.
std::vector<LessonSubmission> parseSubmissions(const QJsonObject& answer);

class LessonSubmissions : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("the Console owns the submissions list")
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        CaseIdRole,
        StateRole,
        StateLabelRole,
        TitleRole,
        ReasonRole,
        SequenceRole,
        SubmittedRole,
        DecidedRole,
    };

    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    int count() const { return static_cast<int>(m_rows.size()); }

    void setRows(std::vector<LessonSubmission> rows);
    /// The submissions drawn from one case, as {id, state, stateLabel, title, reason} maps.
    Q_INVOKABLE QVariantList forCase(qint64 caseId) const;
    /// The labels again, in the language now installed.
    void retranslate();

    /// "Waiting for the operator", "Published as bulletin 4", "Sent back".
    static QString stateLabel(const LessonSubmission& row);

signals:
    void countChanged();

private:
    QVariantMap asMap(const LessonSubmission& row) const;

    std::vector<LessonSubmission> m_rows;
};

} // namespace vigil::advisor
