// SPDX-License-Identifier: EUPL-1.2
#pragma once

// "Get help now": the signed support contacts (shared/supportcontacts.h) as the reporter sees
// them — emergency numbers first, then the contacts of their own unit and the units above it,
// then the rest — in the interface's language. Read from the phone's own copy, so it works
// without network and while the app is locked; before any document was received it holds one
// built-in contact, the European emergency number 112.

#include "shared/supportcontacts.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QtQml/qqmlregistration.h>

namespace vigil::field {

class FieldApp;

class SupportModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("App.support is the one list of support contacts")
    Q_PROPERTY(int count READ count NOTIFY changed)
    /// False while only the built-in 112 is known (no document was ever received).
    Q_PROPERTY(bool received READ received NOTIFY changed)
    /// When the registry signed the contacts shown (invalid while none was received).
    Q_PROPERTY(QDateTime issued READ issued NOTIFY changed)
    /// The first emergency number as shown ("112"), for the one big button of "in danger now".
    Q_PROPERTY(QString emergencyNumber READ emergencyNumber NOTIFY changed)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        KindRole,
        NameRole,
        PurposeRole,
        HoursRole,
        PhoneRole,
        DialRole,
        EmailRole,
        UrlRole,
        EmergencyRole,
        OwnUnitRole,
    };

    explicit SupportModel(FieldApp& app, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    int count() const { return static_cast<int>(m_contacts.size()); }
    bool received() const { return m_received; }
    QDateTime issued() const { return m_issued; }
    QString emergencyNumber() const;

    /// Puts `text` (a number, an address) on the clipboard, for a phone that cannot call.
    Q_INVOKABLE void copy(const QString& text) const;
    Q_INVOKABLE void refresh();

signals:
    void changed();

private:
    FieldApp& m_app;
    std::vector<SupportContact> m_contacts;
    std::vector<bool> m_ownUnit;
    bool m_received = false;
    QDateTime m_issued;
};

} // namespace vigil::field
