// SPDX-License-Identifier: EUPL-1.2
// Token issuance's records (registry/tokendesk.h) on both engines: every test body runs once on
// a real SQLite file and once on a real PostgreSQL database, and expects the same answers.

#include "registry/tokendesk.h"

#include "registry/orgstore.h"
#include "tests/registry/registrydatabase.h"
#include "tests/support/testdata.h"
#include "tests/support/testenv.h"

#include <catch2/catch.hpp>

#include <chrono>
#include <future>
#include <thread>
#include <vector>

using namespace vigil;
using namespace vigil::registry;

namespace {

constexpr std::int64_t kNow = 1'750'000'000;

/// A request of `count` tokens; the desk counts them and reads nothing else of each.
tokens::IssuanceRequest request(const PublicKey& credential, std::uint32_t epoch, std::int64_t time, std::size_t count)
{
    return tokens::IssuanceRequest{credential, epoch, time, std::vector<tokens::TokenRequest>(count), {}};
}

} // namespace

TEST_CASE("issuer epochs follow each other and are published signed, alike on SQLite and PostgreSQL",
          "[postgres][tokens]")
{
    const Dialect dialect = GENERATE(Dialect::Sqlite, Dialect::Postgres);
    INFO(test::engineName(dialect));
    test::RegistryDatabase rdb(dialect);
    Db db = rdb.db();
    test::TempDir data("vigil-tokendesk");
    // Before `keyset init` the root key signs the issuer keys (registry/onlinesigner.h).
    RegistryKeys keys;
    keys.root.pair = test::rootKey();
    keys.root.publicKey = keys.root.pair->publicKey;

    CHECK(publishTokenIssuer(db, keys, kNow).error().kind == ErrorKind::NotFound);
    auto first = createTokenEpoch(db, data.path(), EpochWindow{kNow});
    REQUIRE(first);
    CHECK(first->epoch == 1u);
    auto second = createTokenEpoch(db, data.path(), EpochWindow{kNow + 86400});
    REQUIRE(second);
    CHECK(second->epoch == 2u);
    CHECK(second->notBefore == kNow + 86400);
    auto all = tokenEpochs(db);
    REQUIRE(all);
    REQUIRE(all->size() == 2);
    CHECK((*all)[0].keyId == first->keyId);

    auto doc = publishTokenIssuer(db, keys, kNow);
    REQUIRE(doc);
    CHECK(doc->serial == 1u);
    auto later = publishTokenIssuer(db, keys, kNow + 60);
    REQUIRE(later);
    CHECK(later->serial == 2u);
    auto latest = latestTokenIssuer(db);
    REQUIRE(latest);
    REQUIRE(latest->has_value());
    auto verified = tokens::verifyIssuerKeyDocument(**latest, keys.root.publicKey, 2);
    REQUIRE(verified);
    CHECK(verified->keys.size() == 2);
    // Once every epoch's tokens have expired there is nothing to publish.
    CHECK(publishTokenIssuer(db, keys, second->notAfter).error().kind == ErrorKind::NotFound);
}

TEST_CASE("an enrolment code is spent once, a device's tokens stay within the quota per epoch, and a revoked device "
          "gets none, alike on SQLite and PostgreSQL",
          "[postgres][tokens]")
{
    const Dialect dialect = GENERATE(Dialect::Sqlite, Dialect::Postgres);
    INFO(test::engineName(dialect));
    test::RegistryDatabase rdb(dialect);
    Db db = rdb.db();
    const SigningKeyPair a = SigningKeyPair::generate();
    const SigningKeyPair b = SigningKeyPair::generate();

    auto code = createEnrolCode(db, kNow);
    REQUIRE(code);
    CHECK(*registerDevice(db, tokens::makeDeviceRegistration(a, *code), kNow) == DeviceRegistered::Created);
    // The device retries after a lost answer.
    CHECK(*registerDevice(db, tokens::makeDeviceRegistration(a, *code), kNow + 1) == DeviceRegistered::Again);
    CHECK(registerDevice(db, tokens::makeDeviceRegistration(b, *code), kNow).error().kind == ErrorKind::Conflict);
    CHECK(registerDevice(db, tokens::makeDeviceRegistration(b, "no-such-code"), kNow).error().kind
          == ErrorKind::NotFound);
    auto devices = listDevices(db);
    REQUIRE(devices);
    REQUIRE(devices->size() == 1);
    CHECK(devices->front().id == keyId(a.publicKey));
    CHECK(devices->front().enrolled == kNow);

    CHECK(*tokenQuota(db) == kDefaultTokenQuota);
    REQUIRE(OrgStore::putSetting(db, kTokenQuotaSetting, "3"));
    CHECK(*tokenQuota(db) == 3);
    test::TempDir data("vigil-tokendesk");
    auto one = createTokenEpoch(db, data.path(), EpochWindow{kNow});
    auto two = createTokenEpoch(db, data.path(), EpochWindow{kNow + 86400});
    REQUIRE((one && two));

    auto granted = reserveTokens(db, request(a.publicKey, 1, kNow + 10, 2), *one, 3);
    REQUIRE(granted);
    CHECK(granted->granted == 2u);
    CHECK(granted->remaining == 1u);
    // The same request again (a relay replaying it) spends nothing.
    CHECK(reserveTokens(db, request(a.publicKey, 1, kNow + 10, 2), *one, 3).error().kind == ErrorKind::Refused);
    granted = reserveTokens(db, request(a.publicKey, 1, kNow + 20, 2), *one, 3);
    REQUIRE(granted);
    CHECK(granted->granted == 1u);
    CHECK(granted->remaining == 0u);
    CHECK(reserveTokens(db, request(a.publicKey, 1, kNow + 30, 1), *one, 3).error().kind == ErrorKind::Unavailable);
    granted = reserveTokens(db, request(a.publicKey, 2, kNow + 40, 2), *two, 3);
    REQUIRE(granted);
    CHECK(granted->granted == 2u);
    CHECK(rdb.count("SELECT SUM(issued) FROM token_quota") == 5);
    CHECK(reserveTokens(db, request(b.publicKey, 1, kNow + 50, 1), *one, 3).error().kind == ErrorKind::Refused);

    REQUIRE(revokeDevice(db, keyId(a.publicKey), kNow + 60));
    CHECK(revokeDevice(db, keyId(a.publicKey), kNow + 70).error().kind == ErrorKind::Conflict);
    CHECK(revokeDevice(db, keyId(b.publicKey), kNow + 70).error().kind == ErrorKind::NotFound);
    CHECK(listDevices(db)->front().revoked == kNow + 60);
    CHECK(reserveTokens(db, request(a.publicKey, 2, kNow + 80, 1), *two, 3).error().kind == ErrorKind::Refused);
}

TEST_CASE("two registries spending one enrolment code or one device's quota at the same moment are served one after "
          "the other, alike on SQLite and PostgreSQL",
          "[postgres][tokens]")
{
    const Dialect dialect = GENERATE(Dialect::Sqlite, Dialect::Postgres);
    INFO(test::engineName(dialect));
    test::RegistryDatabase rdb(dialect);
    test::TempDir data("vigil-tokendesk");
    auto epoch = createTokenEpoch(rdb.db(), data.path(), EpochWindow{kNow});
    REQUIRE(epoch);
    auto code = createEnrolCode(rdb.db(), kNow);
    REQUIRE(code);
    Connection first = rdb.connect();
    Connection second = rdb.connect();
    const SigningKeyPair a = SigningKeyPair::generate();
    const SigningKeyPair b = SigningKeyPair::generate();

    // The first registry has spent the code and not committed yet when the second reads it.
    // Without the lock on the code's row the second reads it unused and registers its device too.
    Db one = first.db();
    Db two = second.db();
    REQUIRE(one.beginWrite());
    REQUIRE(*registerDevice(one, tokens::makeDeviceRegistration(a, *code), kNow) == DeviceRegistered::Created);
    auto late = std::async(std::launch::async, [&] {
        Result<DeviceRegistered> out = Error{"not run"};
        (void)inWriteTransaction(two, [&]() -> Status {
            out = registerDevice(two, tokens::makeDeviceRegistration(b, *code), kNow + 1);
            return out ? Status{} : Status{out.error()};
        });
        return out;
    });
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    REQUIRE(one.commit());
    auto answer = late.get();
    REQUIRE_FALSE(answer);
    CHECK(answer.error().kind == ErrorKind::Conflict);
    CHECK(rdb.count("SELECT COUNT(*) FROM devices") == 1);

    // Two requests of one device: the second is counted after the first, within the quota.
    REQUIRE(one.beginWrite());
    auto granted = reserveTokens(one, request(a.publicKey, 1, kNow + 10, 2), *epoch, 3);
    REQUIRE(granted);
    CHECK(granted->granted == 2u);
    auto more = std::async(std::launch::async, [&] {
        Result<TokenGrant> out = Error{"not run"};
        (void)inWriteTransaction(two, [&]() -> Status {
            out = reserveTokens(two, request(a.publicKey, 1, kNow + 20, 2), *epoch, 3);
            return out ? Status{} : Status{out.error()};
        });
        return out;
    });
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    REQUIRE(one.commit());
    auto after = more.get();
    REQUIRE(after);
    CHECK(after->granted == 1u);
    CHECK(after->remaining == 0u);
    CHECK(rdb.count("SELECT SUM(issued) FROM token_quota") == 3);
}
