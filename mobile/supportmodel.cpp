// SPDX-License-Identifier: EUPL-1.2
#include "supportmodel.h"

#include "fieldapp.h"

#include <QClipboard>
#include <QGuiApplication>

#include <algorithm>

namespace vigil::field {

namespace {

/// What a phone that never received the registry's contacts still knows.
SupportContact builtInEmergency()
{
    SupportContact c;
    c.id = "builtin-112";
    c.kind = SupportKind::Emergency;
    c.nameNl = "Alarmnummer 112";
    c.nameEn = "Emergency number 112";
    c.purposeNl = "Bij direct gevaar: politie, brandweer, ambulance.";
    c.purposeEn = "In immediate danger: police, fire brigade, ambulance.";
    c.phone = "112";
    return c;
}

} // namespace

SupportModel::SupportModel(FieldApp& app, QObject* parent) : QAbstractListModel(parent), m_app(app)
{
    connect(app.sync(), &SyncEngine::supportChanged, this, &SupportModel::refresh);
    connect(&app, &FieldApp::languageChanged, this, &SupportModel::refresh);
    connect(&app, &FieldApp::homeUnitChanged, this, &SupportModel::refresh);
    connect(&app, &FieldApp::directoryChanged, this, &SupportModel::refresh);
    connect(&app, &FieldApp::stageChanged, this, &SupportModel::refresh);
    connect(&app, &FieldApp::wiped, this, &SupportModel::refresh);
    refresh();
}

int SupportModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : count();
}

QHash<int, QByteArray> SupportModel::roleNames() const
{
    return {{IdRole, "contactId"}, {KindRole, "kind"},         {NameRole, "name"},
            {PurposeRole, "purpose"}, {HoursRole, "hours"},    {PhoneRole, "phone"},
            {DialRole, "dial"},       {EmailRole, "email"},    {UrlRole, "url"},
            {EmergencyRole, "emergency"}, {OwnUnitRole, "ownUnit"}};
}

QVariant SupportModel::data(const QModelIndex& index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const auto row = static_cast<std::size_t>(index.row());
    const SupportContact& c = m_contacts[row];
    const bool english = m_app.language() == QLatin1String("en");
    auto text = [](const std::string& s) { return QString::fromStdString(s); };
    switch (role) {
    case IdRole: return text(c.id);
    case KindRole: return QString::fromUtf8(enumName(c.kind).data());
    case Qt::DisplayRole:
    case NameRole: return text(english ? c.nameEn : c.nameNl);
    case PurposeRole: return text(english ? c.purposeEn : c.purposeNl);
    case HoursRole: return text(english ? c.hoursEn : c.hoursNl);
    case PhoneRole: return text(c.phone);
    case DialRole: return text(dialableNumber(c.phone));
    case EmailRole: return text(c.email);
    case UrlRole: return text(c.url);
    case EmergencyRole: return c.kind == SupportKind::Emergency;
    case OwnUnitRole: return static_cast<bool>(m_ownUnit[row]);
    default: return {};
    }
}

QString SupportModel::emergencyNumber() const
{
    // Emergency contacts come first and a document always has one: the first row.
    return m_contacts.empty() ? QStringLiteral("112") : QString::fromStdString(m_contacts.front().phone);
}

void SupportModel::copy(const QString& text) const
{
    if (auto* clipboard = QGuiApplication::clipboard())
        clipboard->setText(text);
}

void SupportModel::refresh()
{
    beginResetModel();
    m_contacts.clear();
    m_ownUnit.clear();
    const auto held = m_app.trust().supportContacts();
    m_received = held.has_value();
    m_issued = held ? QDateTime::fromSecsSinceEpoch(static_cast<qint64>(held->issued)) : QDateTime();
    if (held) {
        // The unit tree of the held directory; without a valid one (never fetched, expired)
        // every contact is still shown, the organisation's before the units'.
        auto directory = m_app.trust().directory(m_app.now());
        const Directory* tree = directory ? &*directory : nullptr;
        const std::string unit = m_app.homeUnit().toStdString();
        m_contacts = supportContactsFor(*held, tree, unit);
        const auto line = unitAndParents(tree, unit);
        for (const auto& c : m_contacts)
            m_ownUnit.push_back(c.unit.empty() || std::find(line.begin(), line.end(), c.unit) != line.end());
    } else {
        m_contacts.push_back(builtInEmergency());
        m_ownUnit.push_back(true);
    }
    endResetModel();
    emit changed();
}

} // namespace vigil::field
