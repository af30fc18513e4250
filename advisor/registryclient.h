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
    int retryAfterSeconds = -1; ///< the answer's Retry-After in seconds; -1 when it had none

    bool reached() const { return status != 0; }
    bool ok() const { return status >= 200 && status < 300; }
    /// Worth retrying later: not reached, the registry said it is overloaded or down (502–504),
    /// or it asked to be asked again later (429, not before retryAfterMs()). Every other answer
    /// is final — above all 409, a conflict (an illegal step, an action id reused with other
    /// content) that the same request can only meet again.
    bool transient() const
    {
        return !reached() || status == 429 || status == 502 || status == 503 || status == 504;
    }
    /// The least wait before asking again that the registry asked for (Retry-After, at most an
    /// hour); 0 when it asked for none.
    int retryAfterMs() const;
    /// The registry's machine-readable {"error_kind": …}; empty when it gave none.
    QString errorKind() const;
    /// 409 action_id_reused: the action's id had come with another request, nothing was done.
    bool actionIdReused() const
    {
        return status == 409 && errorKind() == QLatin1String("action_id_reused");
    }
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
