// SPDX-License-Identifier: EUPL-1.2
#include "bulletinmodel.h"

#include "fieldapp.h"

#include <QStringList>

namespace vigil::field {

BulletinModel::BulletinModel(FieldApp& app, QObject* parent) : QAbstractListModel(parent), m_app(app)
{
    connect(app.sync(), &SyncEngine::bulletinsChanged, this, &BulletinModel::refresh);
    connect(&app, &FieldApp::languageChanged, this, &BulletinModel::refresh);
    connect(&app, &FieldApp::wiped, this, &BulletinModel::refresh);
    refresh();
}

int BulletinModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : count();
}

QHash<int, QByteArray> BulletinModel::roleNames() const
{
    return {{KindRole, "kind"},           {TitleRole, "title"},           {TextRole, "text"},
            {PublishedRole, "published"}, {CategoriesRole, "categories"}, {SequenceRole, "sequence"}};
}

QVariant BulletinModel::data(const QModelIndex& index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const Bulletin& b = m_bulletins[static_cast<std::size_t>(index.row())];
    const bool english = m_app.language() == QLatin1String("en");
    switch (role) {
    case KindRole: return QString::fromUtf8(enumName(b.kind).data());
    case Qt::DisplayRole:
    case TitleRole: return QString::fromStdString(english ? b.titleEn : b.titleNl);
    case TextRole: return QString::fromStdString(english ? b.textEn : b.textNl);
    case PublishedRole: return QDateTime::fromSecsSinceEpoch(static_cast<qint64>(b.published));
    case CategoriesRole: {
        QStringList out;
        for (auto c : b.categories)
            out << QString::fromUtf8(enumName(c).data());
        return out;
    }
    case SequenceRole: return static_cast<qint64>(b.sequence);
    default: return {};
    }
}

void BulletinModel::refresh()
{
    beginResetModel();
    m_bulletins.clear();
    for (const auto& [seq, blob] : m_app.store().bulletins())
        if (auto b = m_app.trust().verifyBulletin(blob))
            m_bulletins.push_back(std::move(*b));
    std::sort(m_bulletins.begin(), m_bulletins.end(),
              [](const Bulletin& a, const Bulletin& b) { return a.published > b.published; });
    endResetModel();
    emit countChanged();
}

} // namespace vigil::field
