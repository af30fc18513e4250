// SPDX-License-Identifier: EUPL-1.2
#include "statsquery.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <string_view>

namespace vigil::registry {

namespace {

// Closed cases live on as aggregates (stats_counts, stats_clocks) with whole days only
// (truncated), so their clocks are judged conservatively:
// acknowledged within 7 days only if fewer than 7 whole days passed; feedback within 3 months
// only if fewer than 89 whole days passed (the shortest 3 calendar months, 31 Jan → 30 Apr).
constexpr std::int64_t kArchiveAckWithinDays = 7;
constexpr std::int64_t kArchiveFeedbackWithinDays = 89;
constexpr double kSecondsPerDay = 86400.0;
constexpr std::size_t kBucketsPerDay = 10;
constexpr std::size_t kMaxDays = 2000;

// The scan reads open cases one by one (they carry their timestamps), then closed cases as
// aggregate count rows, then the clocks of closed cases from the whole-day histograms in
// stats_clocks — three statements in the caller's one read snapshot. They read the two halves
// of the `stats_rows` view directly: through the view's UNION ALL, SQLite copied every row
// through a co-routine and built 'archived_' || facet per row, 2.5× the cost of the two scans
// (docs/statistics.md "Speed"). The scanner reads the engine's own statement (a template over
// SqliteStmt and PgStmt), so SQLite's million-row scan pays no dispatch per column.
enum Column : int {
    Kind_, Category_, Unit_, Month_, Mode_, State_, Assignee_, ReceivedAt, AcknowledgedAt, FeedbackAt,
    ClosedAt, AckDue, FeedbackDue, Weight
};
// The covering partial index cases_open_stats holds every column read here.
constexpr std::string_view kOpenQuery =
    "SELECT kind, category, unit, month, mode, state, assignee, received_at, acknowledged_at, feedback_at, "
    "closed_at, ack_due, feedback_due, 1 FROM cases WHERE state != 'closed'";
// A closed-case aggregate row has the open row's first five columns, its facet where the state
// was, and its count as the weight.
enum AggregateColumn : int { AggregateFacet = State_, AggregateCount };
constexpr std::string_view kAggregateQuery = "SELECT kind, category, unit, month, mode, facet, count FROM stats_counts";
static_assert(AggregateCount == 6);
enum ArchiveColumn : int { ArchiveMonth, ArchiveClock, ArchiveDays, ArchiveWeight };
constexpr std::string_view kArchiveQuery = "SELECT month, clock, days, count FROM stats_clocks";

// Text without a copy (SQLite returns TEXT bytes as they are for a blob request).
std::string_view textOf(const SqliteStmt& stmt, int column)
{
    const ByteView bytes = stmt.blob(column);
    return {reinterpret_cast<const char*>(bytes.data()), bytes.size()};
}

// PostgreSQL's results are text already, held by the driver until the next row.
std::string_view textOf(const PgStmt& stmt, int column)
{
    return stmt.textView(column);
}

struct StringHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

// Interns strings as they come, copying only ones not seen before.
class Interner {
public:
    explicit Interner(std::vector<std::string>& names) : m_names(names) {}
    std::size_t operator()(std::string_view s)
    {
        if (auto it = m_index.find(s); it != m_index.end())
            return it->second;
        const std::size_t id = m_names.size();
        m_names.emplace_back(s);
        m_index.emplace(std::string(s), id);
        return id;
    }

private:
    std::vector<std::string>& m_names;
    std::unordered_map<std::string, std::size_t, StringHash, std::equal_to<>> m_index;
};

// Months are 7 bytes ("YYYY-MM"): interned by their bytes packed into an integer, which is
// cheaper per row than hashing a string.
class MonthInterner {
public:
    explicit MonthInterner(std::vector<std::string>& names) : m_names(names) {}
    std::size_t operator()(std::string_view s)
    {
        std::uint64_t key = s.size();
        for (std::size_t i = 0; i < s.size() && i < 7; ++i)
            key |= static_cast<std::uint64_t>(static_cast<unsigned char>(s[i])) << (8 * (i + 1));
        if (s.size() > 7)
            return m_long(s);
        if (auto it = m_index.find(key); it != m_index.end())
            return it->second;
        const std::size_t id = m_names.size();
        m_names.emplace_back(s);
        m_index.emplace(key, id);
        return id;
    }

private:
    std::vector<std::string>& m_names;
    std::unordered_map<std::uint64_t, std::size_t> m_index;
    Interner m_long{m_names};
};

template <typename E>
std::optional<std::size_t> indexOf(std::string_view name)
{
    const auto value = parseEnum<E>(name);
    return value ? std::optional(static_cast<std::size_t>(*value)) : std::nullopt;
}

class Scanner {
public:
    Scanner(StatsScan& scan, const ScanOptions& options)
        : m_scan(scan), m_options(options), m_units(scan.units), m_months(scan.months), m_members(m_memberNames)
    {
    }

    // An open case (kOpenQuery).
    template <typename Row>
    Status row(const Row& row)
    {
        workload(row);
        const std::string_view month = textOf(row, Month_);
        if (!inPeriod(month))
            return {};
        if (auto s = count(row, month, Facet::All, 1); !s)
            return s;
        liveClock(m_scan.acknowledge, row, AcknowledgedAt, AckDue);
        liveClock(m_scan.feedback, row, FeedbackAt, FeedbackDue);
        liveClock(m_scan.close, row, ClosedAt, -1);
        return {};
    }

    // A marginal count of closed cases (kAggregateQuery).
    template <typename Row>
    Status aggregate(const Row& row)
    {
        const std::string_view month = textOf(row, Month_);
        if (!inPeriod(month))
            return {};
        const std::string_view facetName = textOf(row, AggregateFacet);
        const Facet facet = facetName == "kind_category" ? Facet::KindCategory
                            : facetName == "unit_kind"   ? Facet::UnitKind
                            : facetName == "mode"        ? Facet::Mode
                                                         : Facet::Unknown;
        if (facet == Facet::Unknown)
            return Error{"stats_counts: unknown aggregate facet \"" + std::string(facetName) + "\""};
        return count(row, month, facet, row.int64(AggregateCount));
    }

    // A histogram bucket of the second pass: `count` closed cases took `days` whole days.
    template <typename Row>
    void archived(const Row& row)
    {
        if (!inPeriod(textOf(row, ArchiveMonth)))
            return;
        const std::string_view clock = textOf(row, ArchiveClock);
        if (clock == "acknowledge")
            archivedClock(m_scan.acknowledge, row, kArchiveAckWithinDays);
        else if (clock == "feedback")
            archivedClock(m_scan.feedback, row, kArchiveFeedbackWithinDays);
        else if (clock == "close")
            m_scan.close.days.add(static_cast<double>(row.int64(ArchiveDays)), row.int64(ArchiveWeight));
    }

    void finish()
    {
        for (std::size_t i = 0; i < m_memberLoad.size(); ++i)
            m_scan.loadByMember[m_memberNames[i]] = m_memberLoad[i];
    }

private:
    bool inPeriod(std::string_view month) const
    {
        return (m_options.fromMonth.empty() || month >= m_options.fromMonth)
               && (m_options.toMonth.empty() || month <= m_options.toMonth);
    }

    /// Which tables a row feeds: an open case all of them, an aggregate row its marginal.
    enum class Facet { All, KindCategory, UnitKind, Mode, Unknown };

    template <typename Row>
    Status count(const Row& row, std::string_view monthText, Facet facet, std::int64_t weight)
    {
        const bool byKind = facet != Facet::Mode;
        const bool byCategory = facet == Facet::All || facet == Facet::KindCategory;
        const bool byUnit = facet == Facet::All || facet == Facet::UnitKind;
        const bool byMode = facet == Facet::All || facet == Facet::Mode;
        const auto kind = indexOf<Kind>(textOf(row, Kind_));
        const auto category = indexOf<Category>(textOf(row, Category_));
        const auto mode = indexOf<ReportingMode>(textOf(row, Mode_));
        if ((byKind && !kind) || (byCategory && !category) || (byMode && !mode))
            return Error{"statistics: unknown kind, category or mode in row (" + std::string(textOf(row, Kind_)) + ", "
                         + std::string(textOf(row, Category_)) + ", " + std::string(textOf(row, Mode_)) + ")"};
        if (byCategory && domainOf(static_cast<Kind>(*kind)) != domainOf(static_cast<Category>(*category)))
            return Error{"statistics: kind " + std::string(textOf(row, Kind_)) + " with category "
                         + std::string(textOf(row, Category_)) + " of another domain"};
        const std::size_t month = m_months(monthText);
        if (month >= m_scan.kindByMonth.size()) {
            m_scan.kindByMonth.resize(month + 1, {});
            m_scan.categoryByMonth.resize(month + 1, {});
        }
        if (byCategory) {
            m_scan.kindByMonth[month][*kind] += weight;
            m_scan.categoryByMonth[month][*category] += weight;
        }
        if (byUnit) {
            const std::size_t unit = m_units(textOf(row, Unit_));
            if (unit >= m_scan.kindByUnit.size()) {
                m_scan.kindByUnit.resize(unit + 1, {});
                m_scan.monthByUnit.resize(unit + 1);
            }
            auto& unitMonths = m_scan.monthByUnit[unit];
            if (month >= unitMonths.size())
                unitMonths.resize(m_scan.months.size(), 0);
            unitMonths[month] += weight;
            m_scan.kindByUnit[unit][*kind] += weight;
        }
        if (byMode)
            m_scan.modes[*mode] += weight;
        return {};
    }

    template <typename Row>
    void workload(const Row& row)
    {
        ++m_scan.openCases;
        if (row.isNull(AcknowledgedAt) && row.int64(AckDue) < m_options.now)
            ++m_scan.overdueAcknowledge;
        if (row.isNull(FeedbackAt) && row.int64(FeedbackDue) < m_options.now)
            ++m_scan.overdueFeedback;
        if (row.isNull(Assignee_)) {
            ++m_scan.unassignedOpen;
            return;
        }
        const std::size_t member = m_members(textOf(row, Assignee_));
        if (member >= m_memberLoad.size())
            m_memberLoad.resize(member + 1, 0);
        ++m_memberLoad[member];
    }

    template <typename Row>
    static void archivedClock(ClockSample& sample, const Row& row, std::int64_t withinDays)
    {
        const std::int64_t days = row.int64(ArchiveDays);
        const std::int64_t weight = row.int64(ArchiveWeight);
        sample.days.add(static_cast<double>(days), weight);
        sample.judged += weight;
        sample.within += days < withinDays ? weight : 0;
    }

    // A live case: the event counts with its exact time; a missing event whose deadline has
    // passed on an open case counts as a missed clock.
    template <typename Row>
    void liveClock(ClockSample& sample, const Row& row, int doneColumn, int dueColumn) const
    {
        if (row.isNull(doneColumn)) {
            if (dueColumn >= 0 && row.int64(dueColumn) < m_options.now)
                ++sample.judged;
            return;
        }
        const std::int64_t done = row.int64(doneColumn);
        sample.days.add(static_cast<double>(done - row.int64(ReceivedAt)) / kSecondsPerDay);
        if (dueColumn >= 0) {
            ++sample.judged;
            sample.within += done <= row.int64(dueColumn) ? 1 : 0;
        }
    }

    StatsScan& m_scan;
    const ScanOptions& m_options;
    Interner m_units;
    MonthInterner m_months;
    std::vector<std::string> m_memberNames;
    Interner m_members;
    std::vector<std::int64_t> m_memberLoad;
};

template <typename Engine, typename F>
Status eachRow(Engine& db, std::string_view sql, F&& f)
{
    auto stmt = db.prepare(sql);
    if (!stmt)
        return stmt.error();
    for (;;) {
        auto more = stmt->step();
        if (!more)
            return more.error();
        if (!*more)
            return {};
        if (auto s = f(*stmt); !s)
            return s;
    }
}

} // namespace

void DayHistogram::add(double days, std::int64_t weight)
{
    if (m_buckets.empty())
        m_buckets.assign(kMaxDays * kBucketsPerDay + 1, 0);
    const double bucket = std::floor(std::clamp(days, 0.0, static_cast<double>(kMaxDays)) * kBucketsPerDay);
    m_buckets[static_cast<std::size_t>(bucket)] += weight;
    m_count += weight;
}

std::optional<double> DayHistogram::median() const
{
    if (m_count == 0)
        return std::nullopt;
    // The values at ranks (n-1)/2 and n/2 (0-based): the same for an odd count.
    const std::int64_t lowRank = (m_count - 1) / 2;
    const std::int64_t highRank = m_count / 2;
    std::optional<std::size_t> low;
    std::int64_t seen = 0;
    for (std::size_t b = 0; b < m_buckets.size(); ++b) {
        seen += m_buckets[b];
        if (!low && seen > lowRank)
            low = b;
        if (seen > highRank)
            return static_cast<double>(*low + b) / 2.0 / static_cast<double>(kBucketsPerDay);
    }
    return std::nullopt;
}

std::int64_t StatsScan::unitTotal(std::size_t u) const
{
    std::int64_t n = 0;
    for (std::int64_t v : kindByUnit[u])
        n += v;
    return n;
}

namespace {

template <typename Engine>
Result<StatsScan> scanOn(Engine& db, const ScanOptions& options)
{
    StatsScan scan;
    Scanner scanner(scan, options);
    if (auto s = eachRow(db, kOpenQuery, [&](const auto& row) { return scanner.row(row); }); !s)
        return s.error();
    if (auto s = eachRow(db, kAggregateQuery, [&](const auto& row) { return scanner.aggregate(row); }); !s)
        return s.error();
    auto archived = [&](const auto& row) -> Status {
        scanner.archived(row);
        return {};
    };
    if (auto s = eachRow(db, kArchiveQuery, archived); !s)
        return s.error();
    scanner.finish();
    return scan;
}

} // namespace

Result<StatsScan> scanStatsRows(Db db, const ScanOptions& options)
{
    if (SqliteDb* sqlite = db.sqlite())
        return scanOn(*sqlite, options);
    return scanOn(*db.postgres(), options);
}

} // namespace vigil::registry
