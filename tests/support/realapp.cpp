// SPDX-License-Identifier: EUPL-1.2
#include "realapp.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace vigil::testsupport {

QString privateRuntimeDir()
{
    static const QString dir = [] {
        const QString path = QDir::tempPath() + QStringLiteral("/vigil-realapp-%1").arg(QCoreApplication::applicationPid());
        QDir().mkpath(path);
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        return path;
    }();
    return dir;
}

QProcessEnvironment appEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), privateRuntimeDir());
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("QT_QUICK_BACKEND"), QStringLiteral("software"));
    env.insert(QStringLiteral("TZ"), QStringLiteral("UTC"));
    env.insert(QStringLiteral("QT_MESSAGE_PATTERN"), QStringLiteral("[%{type}] %{if-category}%{category}: %{endif}%{message}"));
    env.remove(QStringLiteral("QT_FATAL_WARNINGS"));
    return env;
}

QStringList warningsIn(const QString& output)
{
    QStringList out;
    for (const QString& line : output.split(QLatin1Char('\n')))
        if (line.startsWith(QLatin1String("[warning]")) || line.startsWith(QLatin1String("[critical]"))
            || line.startsWith(QLatin1String("[fatal]")))
            out << line;
    return out;
}

} // namespace vigil::testsupport
