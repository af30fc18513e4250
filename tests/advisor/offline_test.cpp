// SPDX-License-Identifier: EUPL-1.2
#include "advisor/syncengine.h"

#include "advisor/account.h"
#include "advisor/casecache.h"
#include "advisor/caselistmodel.h"
#include "advisor/caseview.h"
#include "advisor/registryclient.h"
#include "qttest.h"
#include "tests/support/testdata.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QTcpServer>
#include <QTcpSocket>

using namespace vigil;
using namespace vigil::advisor;
using namespace vigil::advisor::test;

namespace {

/// A registry that is too busy: every request is answered 429 with Retry-After, and the
/// moment each request arrived is kept.
class BusyRegistry {
public:
    explicit BusyRegistry(int retryAfterSeconds) : m_retryAfter(retryAfterSeconds)
    {
        m_clock.start();
        REQUIRE(m_server.listen(QHostAddress::LocalHost));
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection())
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket] { answer(socket); });
        });
    }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort())); }
    /// When each sign-in challenge arrived (milliseconds since the start).
    const std::vector<qint64>& arrivals() const { return m_arrivals; }

private:
    void answer(QTcpSocket* socket)
    {
        QByteArray& seen = m_buffers[socket];
        seen += socket->readAll();
        const qsizetype end = seen.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        qsizetype length = 0;
        for (const QByteArray& line : seen.left(end).split('\n'))
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        if (seen.size() < end + 4 + length)
            return;
        // Only sign-in challenges count: a directory fetch still in flight may land here too.
        if (seen.startsWith("POST /v1/advisor/challenge "))
            m_arrivals.push_back(m_clock.elapsed());
        m_buffers.remove(socket); // `seen` is gone from here on
        const QByteArray body = R"({"error":"too many sign-ins in progress; try again shortly"})";
        socket->write("HTTP/1.1 429 Too Many Requests\r\nContent-Type: application/json\r\nRetry-After: "
                      + QByteArray::number(m_retryAfter) + "\r\nContent-Length: " + QByteArray::number(body.size())
                      + "\r\nConnection: close\r\n\r\n" + body);
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    int m_retryAfter;
    QElapsedTimer m_clock;
    std::vector<qint64> m_arrivals;
    QHash<QTcpSocket*, QByteArray> m_buffers;
};

} // namespace

TEST_CASE("offline the actions queue and the console says so and back online they apply exactly once",
          "[advisor][offline]")
{
    TestRegistry registry;
    TempDir dir;
    auto console = makeConsole(dir.path());
    console->sync()->setRetryBase(100);
    provisionAndSignIn(*console, registry, "m9", "Advisor Smit", "ca-pool");
    const FiledReport filed = registry.file(vigil::test::socialReport());
    syncNow(*console);
    CaseView& view = *console->caseView();
    view.openCase(filed.caseId);
    REQUIRE(waitFor([&] { return view.decrypted() && !view.busy(); }));

    registry.stop();
    SyncEngine& sync = *console->sync();
    REQUIRE(view.transition(QStringLiteral("acknowledged")));
    REQUIRE(view.sendReply(QStringLiteral("We received your report.")));
    REQUIRE(waitFor([&] { return sync.status() == SyncEngine::Status::Offline; }));
    CHECK(sync.pendingCount() == 2);
    CHECK(sync.statusText().contains(QStringLiteral("Offline")));
    CHECK(sync.statusText().contains(QStringLiteral("2 actions waiting")));
    CHECK(view.pendingActions().size() == 2);
    CHECK_FALSE(view.canChangeState()); // one state change at a time
    // The queued reply is readable here, marked as waiting.
    REQUIRE(view.conversation()->count() == 1);
    CHECK(view.conversation()->rows()[0].pending);
    CHECK(view.conversation()->rows()[0].text == QStringLiteral("We received your report."));
    // The cached case still shows; the report still reads.
    CHECK(console->cases()->count() == 1);
    CHECK(view.decrypted());

    registry.restart();
    // The retry timer (with backoff) brings it back without anyone pressing a button.
    REQUIRE(waitFor([&] { return sync.status() == SyncEngine::Status::Online && sync.pendingCount() == 0; }, 30000));
    CHECK(registry.caseState(filed.caseId) == "acknowledged");
    CHECK(registry.mailbox(filed.replyKey.publicKey).size() == 1);

    SECTION("replaying an action whose answer was lost has no second effect")
    {
        // As if the console crashed after the registry applied the actions but before it
        // removed them from its queue: the same action ids go again.
        CaseCache& cache = *console->cache();
        const auto auditBefore = registry.caseAudit(filed.caseId);
        const QString id = sync.queueAction(filed.caseId, QStringLiteral("transition"),
                                            QJsonObject{{QStringLiteral("to"), QStringLiteral("assigned")}});
        REQUIRE(waitFor([&] { return sync.pendingCount() == 0; }));
        QueuedAction again;
        again.actionId = id.toStdString();
        again.caseId = filed.caseId;
        again.action = "transition";
        again.body = R"({"to":"assigned","action_id":")" + id.toStdString() + R"("})";
        REQUIRE(cache.enqueue(again).ok());
        QSignalSpy rejected(&sync, &SyncEngine::actionRejected);
        sync.flush();
        REQUIRE(waitFor([&] { return sync.pendingCount() == 0; }));
        CHECK(rejected.count() == 0); // the registry answered as the first time: 200
        const auto auditAfter = registry.caseAudit(filed.caseId);
        CHECK(auditAfter.size() == auditBefore.size() + 1);
        CHECK(registry.caseState(filed.caseId) == "assigned");
        CHECK(registry.mailbox(filed.replyKey.publicKey).size() == 1);
    }
}

TEST_CASE("a console started while the registry is down works on its sealed cache", "[advisor][offline]")
{
    TestRegistry registry;
    TempDir dir;
    qint64 caseId = 0;
    {
        auto console = makeConsole(dir.path());
        provisionAndSignIn(*console, registry, "m9", "Advisor Smit", "ca-pool");
        caseId = registry.file(vigil::test::socialReport()).caseId;
        syncNow(*console);
        console->caseView()->openCase(caseId);
        REQUIRE(waitFor([&] { return console->caseView()->decrypted() && !console->caseView()->busy(); }));
    }
    registry.stop();

    auto console = makeConsole(dir.path());
    Account& account = *console->account();
    REQUIRE(account.stage() == Account::Stage::Locked);
    account.unlock(QStringLiteral("correct horse battery"));
    REQUIRE(waitFor([&] { return account.stage() == Account::Stage::Ready; }));
    REQUIRE(console->cases()->count() == 1);
    CHECK(account.memberId() == QStringLiteral("m9"));
    CHECK_FALSE(account.signedIn());
    console->sync()->refresh();
    REQUIRE(waitFor([&] { return console->sync()->status() == SyncEngine::Status::Offline; }));
    // The envelope was cached sealed; it opens again from the cache with the vault's key.
    console->caseView()->openCase(caseId);
    CHECK(console->caseView()->decrypted());
    CHECK(console->caseView()->report().value(QStringLiteral("headline")).toString().toStdString()
          == vigil::test::socialReport().headline);

    SECTION("with the wrong passphrase nothing opens")
    {
        auto other = makeConsole(dir.path());
        other->account()->unlock(QStringLiteral("not the passphrase"));
        REQUIRE(waitFor([&] { return !other->account()->busy(); }));
        CHECK(other->account()->stage() == Account::Stage::Locked);
        CHECK(other->cases()->count() == 0);
    }
}

TEST_CASE("an action id reused with other content is a final refusal the advisor sees, not retried",
          "[advisor][offline]")
{
    TestRegistry registry;
    TempDir dir;
    auto console = makeConsole(dir.path());
    console->sync()->setRetryBase(100);
    provisionAndSignIn(*console, registry, "m9", "Advisor Smit", "ca-pool");
    const FiledReport filed = registry.file(vigil::test::socialReport());
    syncNow(*console);
    SyncEngine& sync = *console->sync();
    const QString id = sync.queueAction(filed.caseId, QStringLiteral("transition"),
                                        QJsonObject{{QStringLiteral("to"), QStringLiteral("acknowledged")}});
    REQUIRE(waitFor([&] { return sync.pendingCount() == 0; }));
    REQUIRE(registry.caseState(filed.caseId) == "acknowledged");
    const auto auditBefore = registry.caseAudit(filed.caseId);

    // The same id with another state: the registry answers 409 action_id_reused.
    QueuedAction reused;
    reused.actionId = id.toStdString();
    reused.caseId = filed.caseId;
    reused.action = "transition";
    reused.body = R"({"to":"assigned","action_id":")" + id.toStdString() + R"("})";
    REQUIRE(console->cache()->enqueue(reused).ok());
    QSignalSpy rejected(&sync, &SyncEngine::actionRejected);
    QSignalSpy applied(&sync, &SyncEngine::actionApplied);
    sync.flush();
    REQUIRE(waitFor([&] { return rejected.count() == 1; }));
    // Told, in words the advisor can act on; not counted as done.
    CHECK(rejected.at(0).at(0).toLongLong() == filed.caseId);
    CHECK(rejected.at(0).at(2).toString().contains(QStringLiteral("already been used for a different action")));
    CHECK(sync.lastError().contains(QStringLiteral("refused an action on case")));
    CHECK(applied.count() == 0);
    // Out of the queue for good: nothing waits, nothing is sent again, the registry did nothing.
    CHECK(sync.pendingCount() == 0);
    CHECK(sync.queued().empty());
    QTest::qWait(500);
    CHECK(rejected.count() == 1);
    CHECK(registry.caseState(filed.caseId) == "acknowledged");
    CHECK(registry.caseAudit(filed.caseId).size() == auditBefore.size());
}

TEST_CASE("a 429 with Retry-After is retried, not before the registry said, and shown as busy rather than offline",
          "[advisor][offline]")
{
    BusyRegistry busy(2);

    SECTION("the client reads it as worth retrying, after the time asked")
    {
        RegistryClient client;
        client.setBaseUrl(busy.url());
        std::optional<HttpResult> answer;
        QObject context;
        client.postJson(QStringLiteral("/v1/advisor/challenge"), QJsonObject{}, &context,
                        [&](const HttpResult& r) { answer = r; });
        REQUIRE(waitFor([&] { return answer.has_value(); }));
        CHECK(answer->status == 429);
        CHECK(answer->transient());
        CHECK(answer->retryAfterMs() == 2000);
        CHECK_FALSE(answer->actionIdReused());
    }

    SECTION("a sign-in challenge answered 429 is asked again after Retry-After, not at the backoff")
    {
        TestRegistry registry;
        TempDir dir;
        auto console = makeConsole(dir.path());
        provisionAndSignIn(*console, registry, "m9", "Advisor Smit", "ca-pool");
        syncNow(*console);
        QTest::qWait(200); // the directory and lessons fetches after the refresh
        SyncEngine& sync = *console->sync();
        sync.setRetryBase(100); // without Retry-After the next attempt would come in ~0.1 s
        console->account()->sessionExpired();
        console->client().setBaseUrl(busy.url());
        sync.refresh();
        // Waiting, and saying why: the registry answered, so the console is not "offline".
        REQUIRE(waitFor([&] { return !busy.arrivals().empty() && sync.status() == SyncEngine::Status::Busy; }));
        CHECK(console->account()->lastError().contains(QStringLiteral("busy")));
        CHECK(sync.statusText().startsWith(QStringLiteral("Registry busy")));
        CHECK_FALSE(sync.statusText().contains(QStringLiteral("Offline")));
        CHECK_FALSE(console->account()->signedIn());
        REQUIRE(waitFor([&] { return busy.arrivals().size() >= 2; }, 10000));
        CHECK(busy.arrivals()[1] - busy.arrivals()[0] >= 1900);
    }
}
