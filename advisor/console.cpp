// SPDX-License-Identifier: EUPL-1.2
#include "console.h"

#include "account.h"
#include "registryclient.h"

#include <QDateTime>
#include <QJSEngine>
#include <QQmlEngine>

namespace vigil::advisor {

namespace {
Console* s_instance = nullptr;
}

Console::Console(ConsoleOptions options, QObject* parent)
    : QObject(parent), m_options(std::move(options)), m_clock(m_options.clock), m_client(new RegistryClient(this)),
      m_account(nullptr)
{
    if (!m_clock)
        m_clock = [] { return QDateTime::currentSecsSinceEpoch(); };
    std::error_code ec;
    std::filesystem::create_directories(m_options.dataDir, ec);
    m_account = new Account(m_options.dataDir / "advisor.vault", m_options.vaultParams, *m_client, this);
    m_account->setClock(m_clock);
}

Console::~Console()
{
    if (s_instance == this)
        s_instance = nullptr;
}

void Console::setInstance(Console* console)
{
    s_instance = console;
}

Console* Console::create(QQmlEngine*, QJSEngine* js)
{
    Q_ASSERT(s_instance);
    // The console belongs to main() (or the test), never to the QML engine.
    js->setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

QString Console::version() const
{
    return QStringLiteral(VIGIL_VERSION);
}

} // namespace vigil::advisor
