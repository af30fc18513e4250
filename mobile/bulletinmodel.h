// SPDX-License-Identifier: EUPL-1.2
#pragma once

// Safety bulletins (lessons learned, safety alerts) signed by the registry's root key: each
// is verified again when shown, in the user's language, newest first.

#include <QAbstractListModel>
#include <QDateTime>
#include <QtQml/qqmlregistration.h>

#include "shared/bulletin.h"

namespace vigil::field {

class FieldApp;

class BulletinModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("App.bulletins is the one bulletin list")
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role { KindRole = Qt::UserRole + 1, TitleRole, TextRole, PublishedRole, CategoriesRole, SequenceRole };

    explicit BulletinModel(FieldApp& app, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    int count() const { return static_cast<int>(m_bulletins.size()); }

    Q_INVOKABLE void refresh();

signals:
    void countChanged();

private:
    FieldApp& m_app;
    std::vector<Bulletin> m_bulletins;
};

} // namespace vigil::field
