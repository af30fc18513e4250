// SPDX-License-Identifier: EUPL-1.2
#include "registryclient.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>

#include <limits>

namespace vigil::advisor {

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

void RegistryClient::get(const QString& path, QObject* context, Done done, const QByteArray& ifNoneMatch)
{
    QNetworkRequest request(urlFor(path));
    request.setTransferTimeout(m_timeoutMs);
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token);
    if (!ifNoneMatch.isEmpty())
        request.setRawHeader("If-None-Match", ifNoneMatch);
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
        // The console holds what the registry sends whole (a case's envelope, photos and all).
        const HttpResult result = appcore::readReply(*reply, std::numeric_limits<qint64>::max());
        if (guard)
            done(result);
    });
}

} // namespace vigil::advisor
