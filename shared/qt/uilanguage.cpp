// SPDX-License-Identifier: EUPL-1.2
#include "uilanguage.h"

#include <QCoreApplication>
#include <QLocale>

namespace vigil::appcore {

UiLanguage::~UiLanguage()
{
    // An app object that outlives QCoreApplication (a test's) has nothing left to remove from.
    if (QCoreApplication::instance()) {
        QCoreApplication::removeTranslator(&m_app);
        QCoreApplication::removeTranslator(&m_labels);
    }
}

QString UiLanguage::normal(const QString& language)
{
    return language == QLatin1String("en") ? QStringLiteral("en") : QStringLiteral("nl");
}

QString UiLanguage::systemDefault()
{
    return QLocale::system().language() == QLocale::English ? QStringLiteral("en") : QStringLiteral("nl");
}

bool UiLanguage::apply(const QString& language)
{
    const QString lang = normal(language);
    if (lang == m_current)
        return false;
    m_current = lang;
    QCoreApplication::removeTranslator(&m_app);
    QCoreApplication::removeTranslator(&m_labels);
    // English has catalogues too: they carry the plural forms ("1 case", "2 cases").
    if (m_labels.load(QStringLiteral(":/i18n/vigil-labels_%1.qm").arg(lang)))
        QCoreApplication::installTranslator(&m_labels);
    if (m_app.load(QStringLiteral(":/i18n/%1_%2.qm").arg(m_catalogue, lang)))
        QCoreApplication::installTranslator(&m_app);
    // Numbers as the language writes them ("2,57" in Dutch). English keeps the system's locale,
    // unless that is Dutch: then the English interface would write Dutch numbers.
    const QLocale dutch(QLocale::Dutch, QLocale::Netherlands);
    const QLocale system = QLocale::system();
    QLocale::setDefault(lang == QLatin1String("nl")             ? dutch
                        : system.language() == QLocale::Dutch ? QLocale(QLocale::English, QLocale::UnitedKingdom)
                                                              : system);
    return true;
}

} // namespace vigil::appcore
