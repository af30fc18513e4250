// SPDX-License-Identifier: EUPL-1.2
#pragma once

// A registry database on a real SQLite file in a temporary folder, created with the full
// schema (openServerDatabase + registryMigrations), or any migrated database of either engine
// (tests/registry/registrydatabase.h), with helpers that insert units, cases and
// retention-archive rows directly, in SQL both engines accept.

#include "shared/reportenums.h"
#include "shared/storage/db.h"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

namespace vigil::test {

inline constexpr std::int64_t kDay = 86400;
inline constexpr std::int64_t kJan2025 = 1735689600;  ///< 2025-01-01T00:00:00Z

/// One case as the statistics see it; timestamps are unix seconds.
struct CaseSpec {
    Kind kind = Kind::NearMiss;
    Category category = Category::Vehicles;
    std::string unit{};
    std::string month = "2025-01";
    ReportingMode mode = ReportingMode::Anonymous;
    std::string state = "received";
    std::optional<std::string> assignee{};
    std::int64_t receivedAt = kJan2025;
    std::optional<std::int64_t> acknowledgedAt{};
    std::optional<std::int64_t> feedbackAt{};
    std::optional<std::int64_t> closedAt{};
    std::int64_t ackDue = kJan2025 + 7 * kDay;
    std::int64_t feedbackDue = kJan2025 + 90 * kDay;
};

/// What `count` closed cases leave in the aggregates (stats_counts, stats_clocks).
struct ArchiveSpec {
    Kind kind = Kind::NearMiss;
    Category category = Category::Vehicles;
    std::string unit{};
    std::string month = "2025-01";
    ReportingMode mode = ReportingMode::Anonymous;
    std::optional<std::int64_t> ackDays{};
    std::optional<std::int64_t> feedbackDays{};
    std::optional<std::int64_t> closeDays{};
    std::int64_t count = 1;
};

class StatsDb {
public:
    StatsDb();
    /// On a migrated database of either engine (the caller keeps it alive).
    explicit StatsDb(Connection db);
    ~StatsDb();
    StatsDb(const StatsDb&) = delete;
    StatsDb& operator=(const StatsDb&) = delete;

    Db db() { return m_db.db(); }
    void unit(const std::string& id, const std::string& name, const std::string& parent = {},
              const std::string& nameNl = {});
    /// Inserts `times` identical cases.
    void cases(const CaseSpec& spec, int times = 1);
    void archive(const ArchiveSpec& spec);
    void exec(const std::string& sql);

private:
    std::filesystem::path m_dir;
    Connection m_db;
    std::int64_t m_next = 1;
};

} // namespace vigil::test
