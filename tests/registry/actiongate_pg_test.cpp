// SPDX-License-Identifier: EUPL-1.2
// The action gate across registry processes (registry/server/actiongate.h): two processes on
// one PostgreSQL database — each with its own connections, action log, gate and runner, as two
// front ends behind a load balancer — get the same member and action id at the same moment (a
// console resending its queue to both). The action is done once, and both answer with the
// answer that was recorded.

#include "registry/server/actionrunner.h"

#include "registry/advisorauth.h"
#include "registry/orgstore.h"
#include "registry/sqlcasestore.h"

#include "tests/registry/registrydatabase.h"
#include "tests/registry/registryfixture.h"

#include <catch2/catch.hpp>

#include <atomic>
#include <barrier>
#include <string>
#include <thread>

using namespace vigil;
using namespace vigil::registry;

namespace {

constexpr int kActions = 20;

/// One registry process's side of an advisor action: its own store, sign-in, action log and
/// runner on the shared database; the runner's gate opens connections of its own.
struct Process {
    Process(const test::RegistryDatabase& rdb, const test::RegistryFixture& f, std::string who)
        : name(std::move(who)), store(rdb.connect()), org(rdb.connect()),
          auth(rdb.connect(), org, f.keys.root.publicKey, [&f] { return f.now; }), log(rdb.connect()),
          runner(auth, log, [&f] { return f.now; }, [&rdb] { return Result<Connection>(rdb.connect()); })
    {
    }

    /// The action: one audited write (a real commit on this process's store), counted, and
    /// answered with who did it.
    HttpResponse act(const HttpRequest& request)
    {
        return runner.act("m1", request, [&](boost::json::object&) {
            ++done;
            const Status s = store.appendAudit(AuditEntry{0, 1'750'000'000, "m1", "test.action", name, "", {}, {}});
            return s ? StoredAnswer{200, "{\"done_by\":\"" + name + "\"}"} : StoredAnswer{500, "{}"};
        });
    }

    std::string name;
    SqlCaseStore store;
    OrgStore org;
    AdvisorAuth auth;
    ActionLog log;
    ActionRunner runner;
    std::atomic<int> done{0};
};

HttpRequest actionRequest(const std::string& actionId)
{
    return HttpRequest{"POST", "/v1/advisor/cases/1/note", {}, "{\"action_id\":\"" + actionId + "\",\"note\":\"x\"}"};
}

} // namespace

TEST_CASE("two registry processes given the same member and action id at the same moment do the action once and "
          "both answer with the recorded answer",
          "[postgres][actions]")
{
    test::RegistryDatabase rdb(Dialect::Postgres);
    test::RegistryFixture f([&] { return rdb.connect(); });
    Process a(rdb, f, "a"), b(rdb, f, "b");

    std::barrier start(2);
    std::vector<HttpResponse> fromA(kActions), fromB(kActions);
    std::thread other([&] {
        for (int i = 0; i < kActions; ++i) {
            start.arrive_and_wait();
            fromB[static_cast<std::size_t>(i)] = b.act(actionRequest("act-" + std::to_string(i)));
        }
    });
    for (int i = 0; i < kActions; ++i) {
        start.arrive_and_wait();
        fromA[static_cast<std::size_t>(i)] = a.act(actionRequest("act-" + std::to_string(i)));
    }
    other.join();

    CHECK(a.done + b.done == kActions);
    for (std::size_t i = 0; i < kActions; ++i) {
        INFO("action " << i);
        CHECK(fromA[i].status == 200);
        CHECK(fromB[i].status == 200);
        CHECK(fromA[i].body == fromB[i].body);
    }
    CHECK(rdb.count("SELECT COUNT(*) FROM audit WHERE action = 'test.action'") == kActions);
    CHECK(rdb.count("SELECT COUNT(*) FROM advisor_actions WHERE member_id = 'm1'") == kActions);

    // A resend later, to either, is answered from the log and done no more.
    const HttpResponse again = b.act(actionRequest("act-0"));
    CHECK(again.body == fromA[0].body);
    CHECK(a.done + b.done == kActions);
}

TEST_CASE("a registry process that cannot take an action id's lock on the database does nothing and answers 500",
          "[postgres][actions]")
{
    test::RegistryDatabase rdb(Dialect::Postgres);
    test::RegistryFixture f([&] { return rdb.connect(); });
    OrgStore org(rdb.connect());
    AdvisorAuth auth(rdb.connect(), org, f.keys.root.publicKey, [&f] { return f.now; });
    ActionLog log(rdb.connect());
    ActionRunner runner(auth, log, [&f] { return f.now; },
                        [] { return Result<Connection>(Error{"no server", ErrorKind::Unavailable}); });
    int done = 0;
    const HttpResponse answer = runner.act("m1", actionRequest("act-1"), [&](boost::json::object&) {
        ++done;
        return StoredAnswer{200, "{}"};
    });
    CHECK(answer.status == 500);
    CHECK(done == 0);
    CHECK(rdb.count("SELECT COUNT(*) FROM advisor_actions") == 0);
}
