// SPDX-License-Identifier: EUPL-1.2
#pragma once

// The console's HTTP client for the registry's advisor API (docs/registry.md, "Advisor API").
// One QNetworkAccessManager; every call answers once through a callback bound to a context
// object, so an answer never reaches an object that is gone.

#include <QByteArray>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace vigil::advisor {

/// What came back: an HTTP status and body, or (status 0) a transport failure.
struct HttpResult {
    int status = 0;
    QByteArray body;
    QString transportError;   ///< set when the registry was not reached (offline, refused, timeout)

    bool reached() const { return status != 0; }
    bool ok() const { return status >= 200 && status < 300; }
    /// Worth retrying later: not reached, or the registry said it is overloaded or down.
    bool transient() const { return !reached() || status == 502 || status == 503 || status == 504; }
    /// The registry's {"error": …} text, or a description of the transport failure.
    QString errorText() const;
    QJsonObject json() const;
};

class RegistryClient : public QObject {
    Q_OBJECT
public:
    explicit RegistryClient(QObject* parent = nullptr);

    void setBaseUrl(const QUrl& url);
    QUrl baseUrl() const { return m_base; }
    /// The bearer token of the signed-in session; empty when signed out.
    void setToken(const QByteArray& token) { m_token = token; }
    bool hasToken() const { return !m_token.isEmpty(); }
    /// Milliseconds after which an unanswered request counts as a transport failure.
    void setTimeout(int ms) { m_timeoutMs = ms; }

    using Done = std::function<void(const HttpResult&)>;
    /// GET `path` (with query) relative to the base URL.
    void get(const QString& path, QObject* context, Done done);
    void postJson(const QString& path, const QJsonObject& body, QObject* context, Done done);

private:
    QUrl urlFor(const QString& path) const;
    void track(QNetworkReply* reply, QObject* context, Done done);

    QNetworkAccessManager* m_network;
    QUrl m_base;
    QByteArray m_token;
    int m_timeoutMs = 15000;
};

} // namespace vigil::advisor
