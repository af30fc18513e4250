// SPDX-License-Identifier: EUPL-1.2
// How both apps read an HTTP answer (shared/qt/httpresult.h), through a real
// QNetworkAccessManager against a server on loopback that answers whatever the test scripts —
// including answers that break off, lie about their length or never come.

#include "shared/qt/httpresult.h"
#include "shared/qt/uilanguage.h"

#include <catch2/catch.hpp>

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <limits>
#include <optional>

using namespace vigil::appcore;

namespace {

/// Answers every request on its connection with the same raw bytes, then closes (or, with
/// `keepOpen`, leaves the connection hanging).
class ScriptedServer {
public:
    explicit ScriptedServer(QByteArray raw, bool keepOpen = false) : m_raw(std::move(raw)), m_keepOpen(keepOpen)
    {
        REQUIRE(m_server.listen(QHostAddress::LocalHost));
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection())
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    socket->readAll();
                    socket->write(m_raw);
                    if (!m_keepOpen)
                        socket->disconnectFromHost();
                });
        });
    }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1/x").arg(m_server.serverPort())); }

private:
    QTcpServer m_server;
    QByteArray m_raw;
    bool m_keepOpen;
};

/// GETs `url` and reads the finished reply with `maxBody`.
HttpResult fetch(const QUrl& url, qint64 maxBody = std::numeric_limits<qint64>::max(), int timeoutMs = 10000)
{
    QNetworkAccessManager network;
    QNetworkRequest request(url);
    request.setTransferTimeout(timeoutMs);
    QNetworkReply* reply = network.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    loop.exec();
    REQUIRE(reply->isFinished());
    HttpResult result = readReply(*reply, maxBody);
    reply->deleteLater();
    return result;
}

QByteArray response(const QByteArray& statusLine, const QByteArray& headers, const QByteArray& body)
{
    return statusLine + "\r\n" + headers + "Content-Length: " + QByteArray::number(body.size())
           + "\r\nConnection: close\r\n\r\n" + body;
}

} // namespace

TEST_CASE("an answer is read with its status body and headers and judged final", "[appcore][http]")
{
    ScriptedServer server(response("HTTP/1.1 409 Conflict",
                                   "Content-Type: application/json\r\nUpload-Offset: 4096\r\n",
                                   R"({"error":"this step is not allowed now","error_kind":"action_id_reused"})"));
    const HttpResult r = fetch(server.url());
    CHECK(r.reached());
    CHECK(r.status == 409);
    CHECK_FALSE(r.ok());
    CHECK_FALSE(r.transient());   // a conflict meets the same answer again
    CHECK(r.actionIdReused());
    CHECK(r.errorText() == QStringLiteral("this step is not allowed now"));
    CHECK(r.header("upload-offset") == "4096");   // header names are case-insensitive
    CHECK(r.header("ETag").isEmpty());
    CHECK(r.retryAfterMs() == 0);
}

TEST_CASE("a busy server's Retry-After is kept in seconds or as a date and capped at an hour", "[appcore][http]")
{
    ScriptedServer seconds(response("HTTP/1.1 429 Too Many Requests", "Retry-After: 7\r\n", "{}"));
    const HttpResult r = fetch(seconds.url());
    CHECK(r.status == 429);
    CHECK(r.transient());
    CHECK(r.retryAfterMs() == 7000);

    ScriptedServer greedy(response("HTTP/1.1 503 Service Unavailable", "Retry-After: 999999\r\n", ""));
    CHECK(fetch(greedy.url()).retryAfterMs() == 3600 * 1000);

    const QDateTime now = QDateTime::fromString(QStringLiteral("2026-12-05T14:00:00Z"), Qt::ISODate);
    CHECK(parseRetryAfter("Sat, 05 Dec 2026 14:02:00 GMT", now) == 120);
    CHECK(parseRetryAfter("Sat, 05 Dec 2026 13:00:00 GMT", now) == 0);   // a date passed: ask now
    CHECK(parseRetryAfter("soon", now) == -1);
    CHECK(parseRetryAfter("-5", now) == -1);
    CHECK(parseRetryAfter("", now) == -1);
}

TEST_CASE("a body longer than its caller can use is cut at the limit", "[appcore][http]")
{
    ScriptedServer server(response("HTTP/1.1 200 OK", "", QByteArray(100000, 'a')));
    const HttpResult r = fetch(server.url(), 1000);
    CHECK(r.ok());
    CHECK(r.body.size() == 1000);
    CHECK(fetch(server.url()).body.size() == 100000);
}

TEST_CASE("an answer that breaks off after its status line is no answer and worth retrying", "[appcore][http]")
{
    // The status line and half the announced body, then the connection closes: what came is
    // partial, and acting on it (a half JSON, a half page) would be wrong.
    ScriptedServer server("HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n" + QByteArray(500, 'x'));
    const HttpResult r = fetch(server.url());
    CHECK_FALSE(r.reached());
    CHECK(r.transient());
    CHECK(r.body.isEmpty());
    CHECK_FALSE(r.transportError.isEmpty());
    CHECK(r.errorText() == r.transportError);
}

TEST_CASE("a server that never finishes its answer times out as no answer", "[appcore][http]")
{
    ScriptedServer server("HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n{", true);
    const HttpResult r = fetch(server.url(), std::numeric_limits<qint64>::max(), 500);
    CHECK_FALSE(r.reached());
    CHECK(r.transient());
}

TEST_CASE("a refused connection is not reached and says why", "[appcore][http]")
{
    quint16 port = 0;
    {
        QTcpServer probe;
        REQUIRE(probe.listen(QHostAddress::LocalHost));
        port = probe.serverPort();
    }   // closed: nothing listens there now
    const HttpResult r = fetch(QUrl(QStringLiteral("http://127.0.0.1:%1/x").arg(port)));
    CHECK_FALSE(r.reached());
    CHECK(r.status == 0);
    CHECK(r.transient());
    CHECK_FALSE(r.errorText().isEmpty());
}

TEST_CASE("an answer without a JSON error is described by its status", "[appcore][http]")
{
    ScriptedServer server(response("HTTP/1.1 502 Bad Gateway", "Content-Type: text/html\r\n", "<html>proxy</html>"));
    const HttpResult r = fetch(server.url());
    CHECK(r.status == 502);
    CHECK(r.transient());
    CHECK(r.errorKind().isEmpty());
    CHECK(r.errorText().contains(QStringLiteral("502")));
}

TEST_CASE("the words for an answer that gave none are in the interface language", "[appcore][http]")
{
    HttpResult unreached;
    HttpResult bare;
    bare.status = 500;
    UiLanguage language(QStringLiteral("none"));
    REQUIRE(language.apply(QStringLiteral("nl")));
    CHECK(unreached.errorText() == QStringLiteral("de server is niet bereikbaar"));
    CHECK(bare.errorText() == QStringLiteral("de server antwoordde HTTP 500"));
    REQUIRE(language.apply(QStringLiteral("en")));
    CHECK(unreached.errorText() == QStringLiteral("the server is not reachable"));
    CHECK(bare.errorText() == QStringLiteral("the server answered HTTP 500"));
}
