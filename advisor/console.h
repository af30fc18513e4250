// SPDX-License-Identifier: EUPL-1.2
#pragma once

// The console's composition root as QML sees it: one singleton that owns the account, the
// registry client and (as they land) the inbox, case view, sync engine and dashboard.
// main() and the tests build it with their options and hand it to QML via setInstance().

#include "keyvault.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

#include <filesystem>
#include <functional>

class QQmlEngine;
class QJSEngine;

namespace vigil::advisor {

class Account;
class RegistryClient;

struct ConsoleOptions {
    std::filesystem::path dataDir;                 ///< vault file and sealed case cache live here
    VaultParams vaultParams = VaultParams::standard();
    std::function<qint64()> clock;                 ///< unix seconds; the system clock when empty
};

class Console : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

    Q_PROPERTY(vigil::advisor::Account* account READ account CONSTANT)
    Q_PROPERTY(QString version READ version CONSTANT)

public:
    explicit Console(ConsoleOptions options, QObject* parent = nullptr);
    ~Console() override;

    /// The instance QML gets; set before the QML engine loads anything.
    static void setInstance(Console* console);
    static Console* create(QQmlEngine* qml, QJSEngine* js);

    Account* account() const { return m_account; }
    RegistryClient& client() const { return *m_client; }
    QString version() const;
    qint64 now() const { return m_clock(); }

private:
    ConsoleOptions m_options;
    std::function<qint64()> m_clock;
    RegistryClient* m_client;
    Account* m_account;
};

} // namespace vigil::advisor
