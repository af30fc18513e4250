// SPDX-License-Identifier: EUPL-1.2
// vigil_registry_bench: how fast the registry turns a backlog of envelopes into cases, against
// baselines measured in the same run on the same machine: plain SQLite inserts of the same
// rows with the same durability, and the bare crypto (header open) per envelope.
// Prints `name value unit` lines on stdout (docs/benchmarks.md); progress goes to stderr.

#include "bench/figures.h"
#include "registry/admin/admin.h"
#include "registry/caseservice.h"
#include "registry/schema.h"

#include "shared/identity.h"
#include "shared/reportbody.h"
#include "shared/seal.h"
#include "shared/sealfordirectory.h"
#include "shared/sodiuminit.h"
#include "shared/storage/sqlite.h"

#include <CLI/CLI.hpp>
#include <sodium.h>

#include <chrono>
#include <cstdio>
#include <iostream>
#include <atomic>
#include <random>
#include <thread>

using namespace vigil;
using namespace vigil::registry;
using vigil::bench::must;
using vigil::bench::print;
using Steady = std::chrono::steady_clock;
namespace fs = std::filesystem;

namespace {

struct Scratch {
    fs::path path;
    Scratch()
    {
        std::string pattern = (fs::temp_directory_path() / "vigil-registry-bench-XXXXXX").string();
        if (::mkdtemp(pattern.data()) == nullptr) {
            std::perror("mkdtemp");
            std::exit(1);
        }
        path = pattern;
    }
    ~Scratch()
    {
        std::error_code ec;
        fs::remove_all(path, ec);
    }
};

double seconds(Steady::time_point since)
{
    return std::chrono::duration<double>(Steady::now() - since).count();
}

Report syntheticReport(std::mt19937& rng)
{
    static const Category physical[] = {Category::LiveFire, Category::Diving, Category::Vehicles, Category::HeatStress};
    static const Category social[] = {Category::Bullying, Category::Intimidation, Category::Discrimination};
    Report r;
    const bool isSocial = rng() % 4 == 0;
    r.kind = isSocial ? Kind::SocialSafety : (rng() % 2 == 0 ? Kind::NearMiss : Kind::Incident);
    r.category = isSocial ? social[rng() % 3] : physical[rng() % 4];
    r.headline = "Synthetic report for the registry benchmark";
    r.narrative = std::string(200 + rng() % 600, 'x');
    r.when = When{"2025-0" + std::to_string(1 + rng() % 9) + "-15T10:00", "Europe/Amsterdam", TimePrecision::Exact,
                  PeriodOfDay::Day, false};
    r.where = Where{LocationType::Range, "lane 4", ""};
    if (!isSocial)
        r.risk = Risk{{Severity::IV, Likelihood::D}, {rng() % 5 == 0 ? Severity::II : Severity::III, Likelihood::D}};
    else
        r.impact = Impact{ImpactLevel::Limited, false, false};
    r.mode = ReportingMode::Anonymous;
    return r;
}

/// Same rows, same durability, no crypto and no checks: what the disk allows.
/// What the bench keeps per envelope. Not SealedReport: its reply key lives in guarded pages
/// (several memory mappings each), and 100,000 of them would exhaust vm.max_map_count.
struct Item {
    SealedEnvelope envelope;
    RoutingHeader header;
};

double sqliteBaseline(const fs::path& dir, const std::vector<Item>& sealed, std::size_t batch)
{
    auto db = must(openServerDatabase(dir / "baseline.db", registryMigrations(), "baseline"), "baseline db");
    auto insert = must(db.prepare("INSERT INTO cases(report_id, envelope_hash, envelope, receipt, kind, category, "
                                  "domain, unit, month, lang, mode, reply_key, directory_version, received_at, ack_due, "
                                  "feedback_due) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,1,0,0,0)"),
                       "prepare");
    const Bytes receipt(300, 7);
    const auto start = Steady::now();
    for (std::size_t i = 0; i < sealed.size(); i += batch) {
        if (!db.exec("BEGIN")) {
            std::cerr << "baseline begin failed\n";
            std::exit(1);
        }
        for (std::size_t k = i; k < std::min(sealed.size(), i + batch); ++k) {
            const auto& s = sealed[k];
            insert.reset();
            insert.bind(1, s.envelope.reportId).bind(2, s.envelope.envelopeHash).bind(3, s.envelope.bytes).bind(4, receipt)
                .bindText(5, enumName(s.header.kind)).bindText(6, enumName(s.header.category)).bindText(7, "physical")
                .bindText(8, s.header.unit).bindText(9, s.header.month).bindText(10, s.header.language)
                .bindText(11, enumName(s.header.mode)).bind(12, s.header.replyKey);
            if (!insert.run()) {
                std::cerr << "baseline insert failed\n";
                std::exit(1);
            }
        }
        if (!db.exec("COMMIT")) {
            std::cerr << "baseline commit failed\n";
            std::exit(1);
        }
    }
    return static_cast<double>(sealed.size()) / seconds(start);
}

} // namespace

int main(int argc, char* argv[])
{
    std::size_t backlog = 100'000;
    std::size_t batch = 256;
    std::size_t upstreams = 2;
    CLI::App app{"vigil_registry_bench: case creation rate from a backlog of envelopes"};
    app.add_option("--backlog", backlog, "envelopes waiting at the registry")->capture_default_str();
    app.add_option("--batch", batch, "envelopes per upstream batch (one transaction)")->capture_default_str();
    app.add_option("--upstreams", upstreams, "relays forwarding to the registry at the same time")->capture_default_str();
    CLI11_PARSE(app, argc, argv);
    ensureSodium();

    Scratch scratch;
    const std::int64_t now = 1'750'000'000;
    must(Admin::init(scratch.path / "registry", {}, now), "init");
    auto admin = must(Admin::open(scratch.path / "registry"), "open");
    must(admin->addUnit(Unit{"13-bde", "13 Bde", "defence"}, true), "unit");
    const std::pair<const char*, const char*> advisors[] = {
        {"so-1", "so-13-bde"}, {"so-2", "so-13-bde"}, {"ca-1", "ca-pool"}, {"ca-2", "ca-pool"}, {"insp-1", "inspectorate"}};
    for (const auto& [id, group] : advisors)
        must(admin->addAdvisor(id, id, group,
                               encodeAdvisorIdentity({BoxKeyPair::generate().publicKey, SigningKeyPair::generate().publicKey})),
             "advisor");
    must(admin->publishDirectory(now, 30), "publish");
    const Directory directory = must(
        verifyDirectory(*must(admin->org().latestSignedDirectory(), "directory"), admin->keys().root.publicKey, now + 1),
        "verify");

    std::cerr << "sealing " << backlog << " synthetic reports as devices would...\n";
    std::mt19937 rng(42);
    std::vector<Item> sealed;
    sealed.reserve(backlog);
    const auto sealStart = Steady::now();
    for (std::size_t i = 0; i < backlog; ++i) {
        const Report report = syntheticReport(rng);
        SealedReport one = must(sealForDirectory(report, {}, directory, SealAddress{"13-bde", "nl", {}}), "seal");
        sealed.push_back(Item{std::move(one.envelope), std::move(one.header)});
    }
    const double sealRate = static_cast<double>(backlog) / seconds(sealStart);
    std::cerr << "sealed " << sealRate << " reports/s (vigil_crypto_bench measures sealing)\n";

    // Baseline 1: the header open alone (the unavoidable crypto per case).
    const auto openStart = Steady::now();
    std::size_t opened = 0;
    for (std::size_t i = 0; i < std::min<std::size_t>(backlog, 20'000); ++i) {
        auto view = parseEnvelope(sealed[i].envelope.bytes);
        std::vector<std::uint8_t> plain(view->sealedHeader.size() - crypto_box_SEALBYTES);
        opened += crypto_box_seal_open(plain.data(), view->sealedHeader.data(), view->sealedHeader.size(),
                                       admin->keys().routing.publicKey.data(), admin->keys().routing.secretKey.data())
                      == 0;
    }
    const double openRate = static_cast<double>(opened) / seconds(openStart);
    print("baseline.crypto.header_open", openRate, "envelopes/s");

    // Baseline 2: the same rows straight into SQLite (WAL, synchronous=FULL, one transaction per batch).
    const double sqliteRate = sqliteBaseline(scratch.path, sealed, batch);
    print("baseline.sqlite.cases", sqliteRate, "rows/s");

    // The registry: open, check, sign receipts, create cases with their audit entries.
    CaseService service(admin->cases(), admin->org(), admin->keys(), WorkflowPolicy{}, [now] { return now + 10; });
    // Each upstream (a relay forwarding its queue) sends batches on its own connection, so the
    // registry opens headers on several threads while commits serialise on the store.
    const auto start = Steady::now();
    std::atomic<std::size_t> created{0};
    std::atomic<std::size_t> next{0};
    std::vector<std::thread> senders;
    for (std::size_t u = 0; u < upstreams; ++u)
        senders.emplace_back([&] {
            for (std::size_t i = next.fetch_add(batch); i < backlog; i = next.fetch_add(batch)) {
                std::vector<ByteView> views;
                for (std::size_t k = i; k < std::min(backlog, i + batch); ++k)
                    views.push_back(sealed[k].envelope.bytes);
                for (const auto& r : must(service.intake(views), "intake"))
                    created += r.status == IngestStatus::Stored ? 1u : 0u;
            }
        });
    for (auto& t : senders)
        t.join();
    const double rate = static_cast<double>(created) / seconds(start);
    if (created != backlog) {
        std::cerr << "only " << created << " of " << backlog << " became cases\n";
        return 1;
    }
    print("registry.cases.created", rate, "cases/s");
    print("registry.cases.created.ratio_sqlite", rate / sqliteRate, "x");
    print("registry.cases.created.ratio_crypto", rate / openRate, "x");
    print("registry.cases.bytes_per_case",
          static_cast<double>(fs::file_size(scratch.path / "registry" / "registry.db")) / static_cast<double>(backlog), "B");
    return 0;
}
