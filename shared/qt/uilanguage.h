// SPDX-License-Identifier: EUPL-1.2
#pragma once

// The interface language of an app, Dutch or English: installs the app's own catalogue and
// the shared one of the wire labels (labels.h), and makes the default locale follow, so
// numbers and dates are written as the language writes them. The caller then tells its QML
// engine to retranslate (when it suits its event loop).

#include <QString>
#include <QTranslator>

namespace vigil::appcore {

class UiLanguage {
public:
    /// `catalogue` names the app's translations, ":/i18n/<catalogue>_<lang>.qm".
    explicit UiLanguage(QString catalogue) : m_catalogue(std::move(catalogue)) {}
    ~UiLanguage();
    UiLanguage(const UiLanguage&) = delete;
    UiLanguage& operator=(const UiLanguage&) = delete;

    /// "en" is English; anything else is Dutch, the organisation's language.
    static QString normal(const QString& language);
    /// Before anyone chose: English on an English system, else Dutch.
    static QString systemDefault();

    /// Switches to `language` (normalised); returns false when it already was the language.
    bool apply(const QString& language);
    QString current() const { return m_current; }

private:
    QString m_catalogue;
    QString m_current;
    QTranslator m_app;
    QTranslator m_labels;
};

} // namespace vigil::appcore
