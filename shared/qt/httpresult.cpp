// SPDX-License-Identifier: EUPL-1.2
#include "httpresult.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLocale>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimeZone>

#include <algorithm>

namespace vigil::appcore {

namespace {

/// A failure below HTTP — the connection, a proxy, TLS, a timeout or abort, a body that broke
/// off mid-way — even when a status line had arrived first: what came is partial, and no
/// caller may act on it as an answer. Errors at or above "content" (404, 500, …) are answers.
bool brokeOff(QNetworkReply::NetworkError error)
{
    return (error != QNetworkReply::NoError && error < QNetworkReply::ContentAccessDenied)
           || error == QNetworkReply::ProtocolFailure;
}

} // namespace

int HttpResult::retryAfterMs() const
{
    constexpr int kMaxSeconds = 3600;
    return retryAfterSeconds <= 0 ? 0 : std::min(retryAfterSeconds, kMaxSeconds) * 1000;
}

QByteArray HttpResult::header(const QByteArray& name) const
{
    for (const auto& [key, value] : headers)
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

QString HttpResult::errorKind() const
{
    return json().value(QStringLiteral("error_kind")).toString();
}

QString HttpResult::errorText() const
{
    if (!reached())
        return transportError.isEmpty() ? QCoreApplication::translate("HttpResult", "the server is not reachable")
                                        : transportError;
    const QString error = json().value(QStringLiteral("error")).toString();
    if (!error.isEmpty())
        return error;
    return QCoreApplication::translate("HttpResult", "the server answered HTTP %1").arg(status);
}

QJsonObject HttpResult::json() const
{
    return QJsonDocument::fromJson(body).object();
}

int parseRetryAfter(const QByteArray& value, const QDateTime& now)
{
    constexpr qint64 kDay = 86400;
    const QByteArray v = value.trimmed();
    if (v.isEmpty())
        return -1;
    bool isNumber = false;
    const qint64 seconds = v.toLongLong(&isNumber);
    if (isNumber)
        return seconds < 0 ? -1 : static_cast<int>(std::min(seconds, kDay));
    // The HTTP date (IMF-fixdate, "Sun, 06 Nov 1994 08:49:37 GMT"), in English whatever the
    // locale; Qt's RFC 2822 reader does not take the "GMT" zone.
    QDateTime at = QLocale::c().toDateTime(QString::fromLatin1(v), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!at.isValid())
        return -1;
    at.setTimeZone(QTimeZone::utc());
    return static_cast<int>(std::clamp<qint64>(now.secsTo(at), 0, kDay));
}

HttpResult readReply(QNetworkReply& reply, qint64 maxBody)
{
    // Not read(maxBody) as it stands: QIODevice::read may size its buffer to the request first.
    return readReply(reply, reply.isOpen() ? reply.read(std::min(maxBody, reply.bytesAvailable())) : QByteArray());
}

HttpResult readReply(QNetworkReply& reply, QByteArray body)
{
    HttpResult result;
    const QVariant status = reply.attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!status.isValid() || brokeOff(reply.error())) {
        result.transportError = reply.errorString();
        return result;
    }
    result.status = status.toInt();
    result.body = std::move(body);
    result.headers = reply.rawHeaderPairs();
    result.retryAfterSeconds = parseRetryAfter(reply.rawHeader(QByteArrayLiteral("Retry-After")),
                                               QDateTime::currentDateTimeUtc());
    return result;
}

} // namespace vigil::appcore
