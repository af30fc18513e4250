// SPDX-License-Identifier: EUPL-1.2
#pragma once

// The console's HTTP client for the registry's advisor API (docs/registry.md, "Advisor API").
// One QNetworkAccessManager; every call answers once through a callback bound to a context
// object, so an answer never reaches an object that is gone.

#include "shared/qt/httpresult.h"

#include <QByteArray>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace vigil::advisor {

/// What came back (shared with the field app: shared/qt/httpresult.h).
using appcore::HttpResult;

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
    /// GET `path` (with query) relative to the base URL; with `ifNoneMatch` (an ETag) a 304
    /// answers when the registry has nothing newer.
    void get(const QString& path, QObject* context, Done done, const QByteArray& ifNoneMatch = {});
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
