// SPDX-License-Identifier: EUPL-1.2
// The registry's group commit (registry/intakequeue.h) over a real SQLite file: requests that
// wait together share one commit, each gets its own answer, and a failed commit acknowledges
// nothing.

#include "registry/intakequeue.h"

#include "registryfixture.h"
#include "tests/support/testdata.h"

#include <catch2/catch.hpp>

#include <future>
#include <latch>
#include <set>

using namespace vigil;
using namespace vigil::registry;

namespace {

struct Answer {
    Status status;
    std::vector<IntakeResult> results;
};

// Prepares `envelopes` and submits them; the future holds what the writer answered.
std::future<Answer> submit(test::RegistryFixture& f, IntakeQueue& queue, const std::vector<ByteView>& envelopes,
                           std::latch* holdWriter = nullptr)
{
    auto prepared = f.service->prepareIntake(envelopes);
    REQUIRE(prepared);
    auto promise = std::make_shared<std::promise<Answer>>();
    auto job = std::make_unique<IntakeJob>();
    job->prepared = std::move(*prepared);
    job->done = [promise, holdWriter](std::unique_ptr<IntakeJob> done, Status s) {
        promise->set_value(Answer{s, std::move(done->prepared.results)});
        if (holdWriter)
            holdWriter->wait(); // keeps the writer here while the test queues more
    };
    auto answer = promise->get_future();
    queue.submit(std::move(job));
    return answer;
}

} // namespace

TEST_CASE("requests that wait while a commit is on disk share the next commit, and each gets its own results",
          "[registry][intake][groupcommit]")
{
    test::RegistryFixture f;
    IntakeQueue queue(*f.service);
    std::latch release(1);
    const auto first = f.seal(test::nearMissReport());
    auto firstAnswer = submit(f, queue, {first.envelope.bytes}, &release);
    REQUIRE(firstAnswer.get().status); // the writer now waits in this job's completion

    std::vector<SealedReport> sealed;
    for (int i = 0; i < 8; ++i)
        sealed.push_back(f.seal(i % 2 ? test::socialReport() : test::nearMissReport()));
    std::vector<std::future<Answer>> answers;
    for (const auto& s : sealed)
        answers.push_back(submit(f, queue, {s.envelope.bytes}));
    release.count_down();

    std::set<std::int64_t> caseIds;
    for (std::size_t i = 0; i < answers.size(); ++i) {
        Answer a = answers[i].get();
        REQUIRE(a.status);
        REQUIRE(a.results.size() == 1);
        CHECK(a.results[0].status == IngestStatus::Stored);
        CHECK(a.results[0].reportId == sealed[i].envelope.reportId);
        CHECK_FALSE(a.results[0].receipt.empty());
        caseIds.insert(a.results[0].caseId);
    }
    CHECK(caseIds.size() == 8);
    CHECK(queue.commits() == 2); // the first job alone, then the eight together
    CHECK(queue.committedEnvelopes() == 9);
    CHECK(f.store->openCases()->size() == 9);
}

TEST_CASE("the same envelope from two relays in one commit becomes one case, and an invalid one costs no commit",
          "[registry][intake][groupcommit]")
{
    test::RegistryFixture f;
    IntakeQueue queue(*f.service);
    std::latch release(1);
    const auto blocker = f.seal(test::nearMissReport());
    auto blocked = submit(f, queue, {blocker.envelope.bytes}, &release);
    REQUIRE(blocked.get().status);

    const auto report = f.seal(test::socialReport());
    auto viaA = submit(f, queue, {report.envelope.bytes});
    auto viaB = submit(f, queue, {report.envelope.bytes});
    release.count_down();
    const Answer a = viaA.get();
    const Answer b = viaB.get();
    REQUIRE(a.status);
    REQUIRE(b.status);
    CHECK(a.results[0].status == IngestStatus::Stored);
    CHECK(b.results[0].status == IngestStatus::Duplicate);
    CHECK(a.results[0].caseId == b.results[0].caseId);
    CHECK(a.results[0].receipt == b.results[0].receipt); // the duplicate gets the original receipt

    const Bytes garbage{1, 2, 3};
    const auto commitsBefore = queue.commits();
    const Answer invalid = submit(f, queue, {garbage}).get();
    REQUIRE(invalid.status);
    CHECK(invalid.results[0].status == IngestStatus::Invalid);
    CHECK(queue.commits() == commitsBefore);
    CHECK(f.store->openCases()->size() == 2);
}

TEST_CASE("a commit that fails fails every request in it, acknowledges none, and the resend is stored",
          "[registry][intake][groupcommit]")
{
    test::RegistryFixture f;
    IntakeQueue queue(*f.service);
    // A second connection makes the disk refuse cases, as a full disk or an I/O error would.
    auto saboteur = openServerDatabase(registryDatabasePath(f.dir.path()), {}, "registry");
    REQUIRE(saboteur);
    REQUIRE(saboteur->exec("CREATE TRIGGER refuse BEFORE INSERT ON cases BEGIN SELECT RAISE(ABORT, 'disk refused'); END"));

    std::latch release(1);
    const auto blocker = f.seal(test::nearMissReport());
    auto blocked = submit(f, queue, {blocker.envelope.bytes}, &release);
    CHECK_FALSE(blocked.get().status);
    const auto one = f.seal(test::nearMissReport());
    const auto two = f.seal(test::socialReport());
    auto first = submit(f, queue, {one.envelope.bytes});
    auto second = submit(f, queue, {two.envelope.bytes});
    release.count_down();
    const Answer a = first.get();
    const Answer b = second.get();
    CHECK_FALSE(a.status);
    CHECK_FALSE(b.status);
    CHECK(f.store->openCases()->empty());

    REQUIRE(saboteur->exec("DROP TRIGGER refuse"));
    const Answer again = submit(f, queue, {one.envelope.bytes, two.envelope.bytes}).get();
    REQUIRE(again.status);
    CHECK(again.results[0].status == IngestStatus::Stored);
    CHECK(again.results[1].status == IngestStatus::Stored);
    CHECK(f.store->openCases()->size() == 2);
}

TEST_CASE("a closed intake queue commits what waited and answers later requests unavailable, storing nothing",
          "[registry][intake][groupcommit]")
{
    test::RegistryFixture f;
    IntakeQueue queue(*f.service);
    const auto kept = f.seal(test::nearMissReport());
    auto waited = submit(f, queue, {kept.envelope.bytes});
    queue.close();
    REQUIRE(waited.get().status);

    const auto late = f.seal(test::socialReport());
    const Answer refused = submit(f, queue, {late.envelope.bytes}).get();
    REQUIRE_FALSE(refused.status);
    CHECK(refused.status.error().kind == ErrorKind::Unavailable);
    CHECK(f.store->openCases()->size() == 1);
}
