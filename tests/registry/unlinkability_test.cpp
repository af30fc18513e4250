// SPDX-License-Identifier: EUPL-1.2
// Issue 17, "Done when": from everything the registry stores about issuance and about
// redemption, no join links a case to the device that filed it. Three devices enrol, register
// and get tokens through a real relay from a real registry on loopback, each at its own time on
// the registry's clock, then file reports (and one a follow-up) in another order; every row the
// registry's database gained or changed is attributed to the device whose step wrote it, and
// every pair of columns (one of a row an issuance or enrolment step wrote, one of a row a
// filing step wrote) is joined on equal values.
#include "registry/server/registryserver.h"

#include "tests/support/relaytest.h"
#include "tests/support/testdata.h"

#include "registry/admin/admin.h"
#include "registry/admin/tokenadmin.h"

#include "shared/identity.h"
#include "shared/message.h"
#include "shared/provisioning.h"
#include "shared/routing.h"
#include "shared/seal.h"
#include "shared/sealfordirectory.h"
#include "shared/tokens/issuance.h"
#include "shared/tokens/issuerdoc.h"
#include "shared/tokens/tokenbinding.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <map>
#include <optional>
#include <set>

using namespace vigil;
namespace rt = vigil::relay::test;

namespace {

/// One stored cell: its bytes as SQLite gives them (an integer as its decimal text), or NULL.
using Cell = std::optional<Bytes>;
using Row = std::vector<Cell>;
struct Table {
    std::vector<std::string> columns;
    std::vector<Row> rows;
};
using Dump = std::map<std::string, Table>;

Dump dumpDatabase(registry::RegistryServer& registry)
{
    auto lock = registry.store().lock();
    SqliteDb& db = registry.store().sqlite();
    Dump out;
    auto tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name");
    REQUIRE(tables.ok());
    std::vector<std::string> names;
    while (*tables->step())
        names.push_back(tables->text(0));
    for (const auto& name : names) {
        Table& t = out[name];
        auto info = db.prepare("SELECT name FROM pragma_table_info(?)");
        REQUIRE(info.ok());
        info->bindText(1, name);
        std::string select;
        while (*info->step()) {
            t.columns.push_back(info->text(0));
            select += (select.empty() ? "\"" : ", \"") + t.columns.back() + "\"";
        }
        auto rows = db.prepare("SELECT " + select + " FROM \"" + name + "\"");
        REQUIRE(rows.ok());
        while (*rows->step()) {
            Row row;
            for (int c = 0; c < static_cast<int>(t.columns.size()); ++c) {
                const ByteView b = rows->blob(c);
                row.push_back(rows->isNull(c) ? Cell{} : Cell{Bytes(b.begin(), b.end())});
            }
            t.rows.push_back(std::move(row));
        }
    }
    return out;
}

enum class Side { Issuance, Filing };

/// Which device's step first wrote each row of the final database, and of which kind.
struct Origin {
    Side side;
    int device;
};
using Attribution = std::map<std::pair<std::string, Row>, Origin>;

/// Records the rows `after` has and `before` had not (new, or changed in place) as written by
/// `device`'s step of kind `side`.
void attribute(Attribution& origins, const Dump& before, const Dump& after, Side side, int device)
{
    for (const auto& [name, table] : after) {
        std::multiset<Row> had;
        if (auto it = before.find(name); it != before.end())
            had.insert(it->second.rows.begin(), it->second.rows.end());
        for (const auto& row : table.rows) {
            if (auto at = had.find(row); at != had.end()) {
                had.erase(at);
                continue;
            }
            origins.emplace(std::make_pair(name, row), Origin{side, device});
        }
    }
}

/// A simulated device: its credential, and the tokens it holds with their binding keys.
struct Device {
    std::string code;
    SigningKeyPair credential = SigningKeyPair::generate();
    std::vector<tokens::BoundTokenRequest> pending;
    std::vector<tokens::Token> stock;
    std::size_t next = 0;

    TokenBinder binder()
    {
        return [this](const ReportId& reportId, const Hash32& bindingHash) -> Result<Bytes> {
            if (next >= stock.size())
                return Error{"no token left"};
            auto bound = tokens::bindToken(stock[next], pending[next].bindingKey, reportId, bindingHash);
            if (!bound)
                return bound.error();
            ++next;
            return tokens::encodeEnvelopeToken(*bound);
        };
    }
};

/// Registry (its clock settable) and relay on loopback, both requiring tokens, with advisors,
/// a published directory and one published issuer epoch.
struct World {
    rt::TempDir registryDir;
    rt::TempDir relayDir;
    rt::LogCapture registryLog;
    rt::LogCapture relayLog;
    const std::int64_t start = test::unixNow();
    std::atomic<std::int64_t> clock{start};
    std::unique_ptr<registry::Admin> admin;
    std::unique_ptr<registry::RegistryServer> registry;
    std::unique_ptr<relay::RelayServer> relay;
    Directory directory;
    tokens::IssuerKeyDocument keys;

    World()
    {
        REQUIRE(registry::Admin::init(registryDir.path(), {}, start).ok());
        admin = std::move(*registry::Admin::open(registryDir.path()));
        REQUIRE(admin->addUnit(Unit{"13-bde", "13 Bde", "defence"}, true).ok());
        auto identity = [](int n) {
            return encodeAdvisorIdentity({test::memberBoxKey(n).publicKey, test::memberSignKey(n).publicKey});
        };
        REQUIRE(admin->addAdvisor("m1", "Safety officer Jansen", "so-13-bde", identity(1)).ok());
        REQUIRE(admin->addAdvisor("m3", "Advisor Bakker", "ca-pool", identity(3)).ok());
        REQUIRE(admin->addAdvisor("m7", "Inspector De Boer", "inspectorate", identity(7)).ok());
        REQUIRE(registry::newTokenEpoch(*admin, registry::EpochWindow{start}, start).ok());
        REQUIRE(registry::publishTokenEpochs(*admin, start).ok());
        registry::RegistryOptions options;
        options.dataDir = registryDir.path();
        options.port = 0;
        options.threads = 2;
        // As the demo deploys it: envelopes come only through a relay that checks tokens.
        options.workflow.tokens.require = tokens::TokenRequirement::Always;
        auto started = registry::RegistryServer::start(options, registryLog.logger(), [this] { return clock.load(); });
        REQUIRE(started.ok());
        registry = std::move(*started);
        relay::RelayConfig config = rt::testConfig(relayDir.path());
        config.upstreamUrl = rt::urlOf(registry->port());
        config.rootKey = registry->keys().root.publicKey;
        config.tokens.require = tokens::TokenRequirement::Always;
        relay = rt::startRelay(config, relayLog.logger());
        REQUIRE(admin->addRelay(toHex(relay->receiptKey()), toHex(relay->receiptKey())).ok());
        REQUIRE(admin->publishDirectory(start, 30).ok());
        auto blob = admin->org().latestSignedDirectory();
        directory = *verifyDirectory(**blob, registry->keys().root.publicKey, static_cast<std::uint64_t>(start));
    }

    ~World()
    {
        relay->stop();
        registry->stop();
    }

    std::int64_t stored()
    {
        auto lock = registry->store().lock();
        return *registry->store().db().queryInt("SELECT (SELECT COUNT(*) FROM cases) + (SELECT COUNT(*) FROM follow_ups)");
    }
};

} // namespace

TEST_CASE("From everything the registry stores about issuance and redemption, no join of two columns links a case to "
          "the device that filed it",
          "[e2e][registry][relay][tokens][unlinkability]")
{
    World w;
    rt::Client net(rt::urlOf(w.relay->port()));
    REQUIRE(rt::waitUntil([&] {
        auto r = net.get("/v1/token-issuer");
        if (!r || r->status != 200)
            return false;
        auto doc = tokens::verifyIssuerKeyDocument(asBytes(r->body), w.registry->keys().root.publicKey, 1);
        if (doc)
            w.keys = std::move(*doc);
        return doc.ok();
    }));
    const tokens::IssuerKeyEpoch& epoch = w.keys.keys.at(0);
    const Bytes challenge = *tokens::envelopeTokenChallenge(w.keys.name);

    Device devices[3];
    Attribution origins;
    Dump before = dumpDatabase(*w.registry);
    // Each step on its own minute of the registry's clock, issuance long before filing, so
    // that no time stored by one coincides with a time stored by another by accident.
    auto step = [&](Side side, int device, std::int64_t at, const std::function<void()>& act) {
        w.clock = w.start + at;
        act();
        Dump after = dumpDatabase(*w.registry);
        attribute(origins, before, after, side, device);
        before = std::move(after);
    };

    // Enrolment, as an operator provisions: a single-use code per device.
    for (int d = 0; d < 3; ++d)
        step(Side::Issuance, d, 0, [&] {
            auto payload = w.admin->enrollment("http://127.0.0.1:1", true);
            REQUIRE(payload.ok());
            devices[d].code = decodeProvisioning(*payload, 0)->provisioning.enrolCode;
        });
    // Registration in the order B, C, A; issuance in the order C, A, B; each device a count of
    // its own (47, 48, 49: no id or count of the filing side reaches them).
    std::int64_t at = 540;
    for (int d : {1, 2, 0})
        step(Side::Issuance, d, at += 60, [&] {
            auto r = net.send(test::jsonPost("/v1/devices", tokens::encodeDeviceRegistration(tokens::makeDeviceRegistration(
                                                      devices[d].credential, devices[d].code))));
            REQUIRE(r->status == 201);
        });
    at = 1140;
    for (int d : {2, 0, 1})
        step(Side::Issuance, d, at += 60, [&] {
            Device& device = devices[d];
            std::vector<tokens::TokenRequest> requests;
            for (int i = 0; i < 47 + d; ++i) {
                device.pending.push_back(*tokens::makeBoundTokenRequest(epoch.key, challenge));
                requests.push_back(device.pending.back().pending.request);
            }
            const auto request = tokens::makeIssuanceRequest(device.credential, epoch.epoch, w.clock.load(), requests);
            auto r = net.send(test::jsonPost("/v1/tokens", tokens::encodeIssuanceRequest(request)));
            REQUIRE(r->status == 200);
            auto answer = tokens::decodeIssuanceResponse(r->body);
            REQUIRE(answer.ok());
            REQUIRE(answer->responses.size() == requests.size());
            for (std::size_t i = 0; i < requests.size(); ++i)
                device.stock.push_back(*tokens::finalizeToken(epoch.key, device.pending[i].pending.state,
                                                               answer->responses[i]));
        });

    // Filing, in an order unlike both: A twice, B, C twice, B, and A follows up on its first.
    std::vector<SealedReport> firstOfA;
    std::int64_t expected = 0;
    auto file = [&](int d, std::int64_t when, int count) {
        step(Side::Filing, d, when, [&] {
            std::vector<Bytes> batch;
            for (int i = 0; i < count; ++i) {
                auto sealed = sealForDirectory(test::nearMissReport(), {}, w.directory, SealAddress{"13-bde", "nl", {}},
                                               devices[d].binder());
                REQUIRE(sealed.ok());
                batch.push_back(sealed->envelope.bytes);
                if (d == 0 && firstOfA.empty())
                    firstOfA.push_back(std::move(*sealed));
            }
            for (const auto& r : rt::ingestResults(net.postBatch(batch)))
                REQUIRE(r.status == IngestStatus::Stored);
            expected += count;
            REQUIRE(rt::waitUntil([&] { return w.stored() == expected; }));
        });
    };
    file(0, 7200, 2);
    file(1, 7800, 1);
    file(2, 8400, 2);
    file(1, 9000, 1);
    step(Side::Filing, 0, 9600, [&] {
        const auto& original = firstOfA.front();
        auto readers = followUpRecipients(w.directory, original.header);
        REQUIRE(readers.ok());
        const Message answer{{}, 0, "", "It happened again this morning."};
        auto sealed = sealFollowUp(answer, original.header, *readers, w.directory.routingKey, FollowUpSignal::None,
                                   devices[0].binder());
        REQUIRE(sealed.ok());
        for (const auto& r : rt::ingestResults(net.postBatch(std::vector<Bytes>{sealed->bytes})))
            REQUIRE(r.status == IngestStatus::Stored);
        ++expected;
        REQUIRE(rt::waitUntil([&] { return w.stored() == expected; }));
    });

    const Dump final = dumpDatabase(*w.registry);
    {
        auto lock = w.registry->store().lock();
        CHECK(*w.registry->store().db().queryInt("SELECT COUNT(*) FROM cases") == 6);
        CHECK(*w.registry->store().db().queryInt("SELECT COUNT(*) FROM follow_ups") == 1);
        CHECK(*w.registry->store().db().queryInt("SELECT COUNT(*) FROM spent_tokens") == 7);
        CHECK(*w.registry->store().db().queryInt("SELECT COUNT(*) FROM devices") == 3);
    }

    // The rows of the final database by the side and device that wrote them; rows no device's
    // step wrote (the operator's setup, the epoch) belong to nobody and link nobody.
    struct Owned {
        const Row* row;
        int device;
    };
    std::map<std::string, std::vector<Owned>> issuance, filing;
    for (const auto& [name, table] : final)
        for (const auto& row : table.rows)
            if (auto it = origins.find({name, row}); it != origins.end())
                (it->second.side == Side::Issuance ? issuance : filing)[name].push_back({&row, it->second.device});
    CHECK(issuance.count("devices") == 1);
    CHECK(issuance.count("token_quota") == 1);
    CHECK(issuance.count("enrol_codes") == 1);
    CHECK(filing.count("cases") == 1);
    CHECK(filing.count("spent_tokens") == 1);
    CHECK(filing.count("follow_ups") == 1);

    // Every column of an issuance row against every column of a filing row, joined on equal
    // values: a link is a filing row whose value matches issuance rows of exactly one device,
    // and that device filed it. A value all three devices share (epoch 1, the quota's epoch
    // column against spent_tokens.epoch) matches all three and narrows nothing: that is fine.
    // A join naming exactly one device that did NOT file the row is no link either. Such joins
    // here are the audit chain (audit.prev of the first case's entry is the hash of the last
    // enrolment code's entry: what happened next, not who) and small counters that coincide
    // (an enrolment entry's audit.seq equal to a case id or a count). The schedule is fixed, so
    // they come out the same on every run; a schema change that makes one of them name the
    // filer fails this test and must be looked at. Checked that it can fail: storing a
    // device's registration time on its case (cases.closed_at) makes two joins link.
    std::size_t joins = 0;
    std::size_t links = 0;
    for (const auto& [ta, rowsA] : issuance)
        for (std::size_t a = 0; a < final.at(ta).columns.size(); ++a)
            for (const auto& [tb, rowsB] : filing)
                for (std::size_t b = 0; b < final.at(tb).columns.size(); ++b) {
                    ++joins;
                    for (const Owned& f : rowsB) {
                        const Cell& value = (*f.row)[b];
                        if (!value)
                            continue;
                        std::set<int> named;
                        for (const Owned& i : rowsA)
                            if ((*i.row)[a] == value)
                                named.insert(i.device);
                        if (named == std::set<int>{f.device}) {
                            ++links;
                            UNSCOPED_INFO("the join " << ta << "." << final.at(ta).columns[a] << " = " << tb << "."
                                                      << final.at(tb).columns[b] << " names the device that filed a row");
                        }
                    }
                }
    CHECK(joins > 500);
    CHECK(links == 0);

    // No device's credential anywhere but in the two tables of issuance that key on it, raw,
    // hex or base64url.
    std::size_t found = 0;
    for (const Device& device : devices) {
        const ByteView credential = device.credential.publicKey;
        const std::vector<Bytes> needles{Bytes(credential.begin(), credential.end()), toBytes(toHex(credential)),
                                         toBytes(toBase64Url(credential))};
        for (const auto& [name, table] : final) {
            if (name == "devices" || name == "token_quota")
                continue;
            for (const auto& row : table.rows)
                for (const Cell& cell : row)
                    for (const Bytes& needle : needles)
                        if (cell && std::search(cell->begin(), cell->end(), needle.begin(), needle.end()) != cell->end()) {
                            ++found;
                            UNSCOPED_INFO("a device credential is stored in table " << name);
                        }
        }
    }
    CHECK(found == 0);
}
