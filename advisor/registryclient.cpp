// SPDX-License-Identifier: EUPL-1.2
#include "registryclient.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>

#include <algorithm>

namespace vigil::advisor {

namespace {

/// Retry-After as seconds from now: delta-seconds or an HTTP date (RFC 9110 §10.2.3); -1 when
/// absent or unreadable.
int parseRetryAfter(const QByteArray& value)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty())
        return -1;
    bool isNumber = false;
    const qint64 seconds = v.toLongLong(&isNumber);
    if (isNumber)
        return seconds < 0 ? -1 : static_cast<int>(std::min<qint64>(seconds, 86400));
    const QDateTime at = QDateTime::fromString(QString::fromLatin1(v), Qt::RFC2822Date);
    if (!at.isValid())
        return -1;
    return static_cast<int>(std::clamp<qint64>(QDateTime::currentDateTimeUtc().secsTo(at), 0, 86400));
}

} // namespace

QString HttpResult::errorText() const
{
    if (!reached())
        return transportError.isEmpty() ? QObject::tr("the registry is not reachable") : transportError;
    const QString error = json().value(QStringLiteral("error")).toString();
    if (!error.isEmpty())
        return error;
    return QObject::tr("the registry answered %1").arg(status);
}

QString HttpResult::errorKind() const
{
    return json().value(QStringLiteral("error_kind")).toString();
}

int HttpResult::retryAfterMs() const
{
    // A registry that asks for more than an hour is not believed: the console asks again then.
    constexpr int kMaxSeconds = 3600;
    return retryAfterSeconds <= 0 ? 0 : std::min(retryAfterSeconds, kMaxSeconds) * 1000;
}

QJsonObject HttpResult::json() const
{
    return QJsonDocument::fromJson(body).object();
}

RegistryClient::RegistryClient(QObject* parent) : QObject(parent), m_network(new QNetworkAccessManager(this))
{
    // The registry is one host; there is nothing to gain from cookies or redirects.
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

void RegistryClient::setBaseUrl(const QUrl& url)
{
    m_base = url;
    // A new registry means a new session.
    m_token.clear();
}

QUrl RegistryClient::urlFor(const QString& path) const
{
    QString base = m_base.toString();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    return QUrl(base + path);
}

void RegistryClient::get(const QString& path, QObject* context, Done done)
{
    QNetworkRequest request(urlFor(path));
    request.setTransferTimeout(m_timeoutMs);
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token);
    track(m_network->get(request), context, std::move(done));
}

void RegistryClient::postJson(const QString& path, const QJsonObject& body, QObject* context, Done done)
{
    QNetworkRequest request(urlFor(path));
    request.setTransferTimeout(m_timeoutMs);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token);
    track(m_network->post(request, QJsonDocument(body).toJson(QJsonDocument::Compact)), context, std::move(done));
}

void RegistryClient::track(QNetworkReply* reply, QObject* context, Done done)
{
    QPointer<QObject> guard(context);
    connect(reply, &QNetworkReply::finished, context, [reply, guard, done = std::move(done)] {
        reply->deleteLater();
        HttpResult result;
        const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        if (status.isValid()) {
            result.status = status.toInt();
            result.body = reply->readAll();
            result.retryAfterSeconds = parseRetryAfter(reply->rawHeader(QByteArrayLiteral("Retry-After")));
        } else {
            result.transportError = reply->errorString();
        }
        if (guard)
            done(result);
    });
}

} // namespace vigil::advisor
