// SPDX-License-Identifier: EUPL-1.2
#include "statsfixture.h"

#include "registry/stats/statsaggregate.h"

#include "registry/schema.h"

#include <catch2/catch.hpp>

#include <array>
#include <tuple>
#include <random>

namespace vigil::test {

namespace {

std::filesystem::path freshFolder()
{
    std::random_device rd;
    auto dir = std::filesystem::temp_directory_path() / ("vigil-stats-test-" + std::to_string(rd()) + std::to_string(rd()));
    std::filesystem::create_directories(dir);
    return dir;
}

Connection openFile(const std::filesystem::path& dir)
{
    auto db = openServerDatabase(dir / "registry.db", registry::registryMigrations(), "registry");
    REQUIRE(db.ok());
    REQUIRE(db->exec("PRAGMA synchronous = OFF").ok());  // test data need not survive a power cut
    return std::move(*db);
}

} // namespace

StatsDb::StatsDb() : m_dir(freshFolder()), m_db(openFile(m_dir))
{
}

StatsDb::StatsDb(Connection db) : m_db(std::move(db))
{
}

StatsDb::~StatsDb()
{
    m_db = Connection(SqliteDb());
    std::error_code ec;
    if (!m_dir.empty())
        std::filesystem::remove_all(m_dir, ec);
}

void StatsDb::exec(const std::string& sql)
{
    auto s = m_db.db().exec(sql);
    INFO(sql);
    REQUIRE(s.ok());
}

void StatsDb::unit(const std::string& id, const std::string& name, const std::string& parent, const std::string& nameNl)
{
    auto stmt = m_db.db().prepare("INSERT INTO units(id, name, parent, name_nl) VALUES (?, ?, ?, ?)");
    REQUIRE(stmt.ok());
    stmt->bindText(1, id).bindText(2, name).bindText(4, nameNl);
    if (parent.empty())
        stmt->bindNull(3);
    else
        stmt->bindText(3, parent);
    REQUIRE(stmt->run().ok());
}

void StatsDb::cases(const CaseSpec& c, int times)
{
    Db db = m_db.db();
    auto stmt = db.prepare(
        "INSERT INTO cases(report_id, envelope_hash, envelope, receipt, kind, category, domain, unit, month, lang, "
        "mode, reply_key, directory_version, state, outcome, assignee, received_at, acknowledged_at, feedback_at, "
        "closed_at, ack_due, feedback_due) VALUES (?1, ?17, ?18, ?18, ?2, ?3, ?4, ?5, ?6, 'nl', "
        "?7, ?17, 1, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16) RETURNING id");
    REQUIRE(stmt.ok());
    const std::array<std::uint8_t, 32> zeros32{};
    const std::array<std::uint8_t, 64> zeros64{};
    auto optional = [&](int index, const std::optional<std::int64_t>& v) {
        if (v)
            stmt->bind(index, *v);
        else
            stmt->bindNull(index);
    };
    REQUIRE(db.exec("BEGIN").ok());
    for (int i = 0; i < times; ++i) {
        std::array<std::uint8_t, 16> id{};
        for (std::size_t b = 0; b < 8; ++b)
            id[b] = static_cast<std::uint8_t>(static_cast<std::uint64_t>(m_next) >> (8 * b));
        ++m_next;
        const std::string kind(enumName(c.kind)), category(enumName(c.category)),
            domain(enumName(domainOf(c.category))), mode(enumName(c.mode));
        stmt->bind(1, ByteView(id)).bindText(2, kind).bindText(3, category).bindText(4, domain);
        stmt->bindText(5, c.unit).bindText(6, c.month).bindText(7, mode).bindText(8, c.state);
        if (c.state == "closed")
            stmt->bindText(9, "resolved");
        else
            stmt->bindNull(9);
        if (c.assignee)
            stmt->bindText(10, *c.assignee);
        else
            stmt->bindNull(10);
        stmt->bind(11, c.receivedAt);
        optional(12, c.acknowledgedAt);
        optional(13, c.feedbackAt);
        optional(14, c.closedAt);
        stmt->bind(15, c.ackDue).bind(16, c.feedbackDue);
        stmt->bind(17, ByteView(zeros32)).bind(18, ByteView(zeros64));
        auto row = stmt->step();
        REQUIRE(row.ok());
        REQUIRE(*row);
        const std::int64_t caseId = stmt->int64(0);
        REQUIRE(stmt->step().ok());
        stmt->reset();
        // As the case store does in the transaction that closes a case.
        if (c.state == "closed")
            REQUIRE(registry::aggregateClosedCase(db, caseId).ok());
    }
    REQUIRE(db.exec("COMMIT").ok());
}

void StatsDb::archive(const ArchiveSpec& a)
{
    // What closing (and later deleting) `count` such cases left in the aggregates.
    auto counts = m_db.db().prepare("INSERT INTO stats_counts(facet, month, kind, category, unit, mode, count) "
                                    "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (facet, month, kind, category, unit, mode) "
                                    "DO UPDATE SET count = stats_counts.count + excluded.count");
    REQUIRE(counts.ok());
    const std::string kind(enumName(a.kind)), category(enumName(a.category)), mode(enumName(a.mode));
    const std::string none;
    for (const auto& [facet, k, c, u, m] :
         {std::tuple{"kind_category", &kind, &category, &none, &none}, std::tuple{"unit_kind", &kind, &none, &a.unit, &none},
          std::tuple{"mode", &none, &none, &none, &mode}}) {
        counts->reset();
        counts->bindText(1, facet).bindText(2, a.month).bindText(3, *k).bindText(4, *c).bindText(5, *u).bindText(6, *m);
        counts->bind(7, a.count);
        REQUIRE(counts->run().ok());
    }
    auto clocks = m_db.db().prepare("INSERT INTO stats_clocks(month, clock, days, count) VALUES (?, ?, ?, ?) "
                                    "ON CONFLICT (month, clock, days) DO UPDATE SET count = stats_clocks.count + excluded.count");
    REQUIRE(clocks.ok());
    for (const auto& [clock, days] : {std::pair{"acknowledge", a.ackDays}, std::pair{"feedback", a.feedbackDays},
                                      std::pair{"close", a.closeDays}}) {
        if (!days)
            continue;
        clocks->reset();
        clocks->bindText(1, a.month).bindText(2, clock).bind(3, *days).bind(4, a.count);
        REQUIRE(clocks->run().ok());
    }
}

} // namespace vigil::test
