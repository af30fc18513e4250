// SPDX-License-Identifier: EUPL-1.2
#include "advisor/syncengine.h"

#include "advisor/account.h"
#include "advisor/casecache.h"
#include "advisor/caselistmodel.h"
#include "advisor/caseview.h"
#include "qttest.h"
#include "testdata.h"

#include <catch2/catch.hpp>

#include <QJsonObject>
#include <QSignalSpy>

using namespace vigil;
using namespace vigil::advisor;
using namespace vigil::advisor::test;

TEST_CASE("offline the actions queue and the console says so and back online they apply exactly once",
          "[advisor][offline]")
{
    TestRegistry registry;
    ScratchDir dir;
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
    ScratchDir dir;
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
