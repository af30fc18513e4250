// SPDX-License-Identifier: EUPL-1.2
#include "vmsrisks.h"

#include "registry/pdca/measureclocks.h"
#include "registry/pdca/riskheatmap.h"
#include "registry/stats/statsexport.h"

#include <boost/json/parse.hpp>

namespace vigil::report {
namespace {

namespace json = boost::json;
using registry::CellStatus;
using registry::CountTable;
using registry::MatrixCell;
using registry::RiskProbability;
using registry::RiskRecord;
using registry::RiskState;
using registry::StatsTable;
using registry::SuppressedTable;
using registry::UnixSeconds;

constexpr std::array<RiskLevel, 5> kLevels{RiskLevel::High, RiskLevel::Serious, RiskLevel::Medium, RiskLevel::Low,
                                           RiskLevel::Eliminated};

RiskLevel levelOfCell(std::size_t row, std::size_t column)
{
    return registry::levelOf(
        MatrixCell{static_cast<Severity>(column + 1), static_cast<RiskProbability>(row)});
}

// The residual heat map, suppressed again until no level holds exactly one hidden cell (a
// level's exact count would give it away). `protectedLevels` says which levels made it.
StatsTable residualMatrix(const std::vector<RiskRecord>& risks, const registry::SuppressionRule& rule,
                          std::array<bool, 5>& protectedLevels)
{
    StatsTable t = registry::riskHeatMap(risks, true, rule);
    const std::size_t rows = t.grid.rows, columns = t.grid.columns;
    CountTable counts{rows, columns, {}};
    for (std::size_t r = 0; r < rows; ++r)
        for (std::size_t c = 0; c < columns; ++c)
            counts.cells.push_back(t.grid.count(r, c));
    std::vector<std::uint8_t> forced(t.grid.status.size(), 0);
    for (bool changed = true; changed;) {
        changed = false;
        for (std::size_t i = 0; i < forced.size(); ++i)
            forced[i] = forced[i] || t.grid.status[i] != CellStatus::Published;
        for (std::size_t l = 0; l < kLevels.size(); ++l) {
            std::vector<std::size_t> hidden, published;
            for (std::size_t r = 0; r < rows; ++r)
                for (std::size_t c = 0; c < columns; ++c)
                    if (levelOfCell(r, c) == kLevels[l])
                        (t.grid.hidden(r, c) ? hidden : published).push_back(t.grid.index(r, c));
            // One hidden cell is given away by the level's count, unless what it gives away is 0.
            if (hidden.size() != 1 || t.grid.counts[hidden.front()] == 0 || published.empty())
                continue;
            // Hide the smallest other cell of the level: the least lost.
            std::size_t pick = published.front();
            for (std::size_t i : published)
                if (t.grid.counts[i] < t.grid.counts[pick])
                    pick = i;
            forced[pick] = 1;
            changed = true;
        }
        if (changed)
            t.grid = registry::suppressTable(counts, rule, forced);
    }
    const bool totalHidden = t.grid.hidden(rows, columns);
    for (std::size_t l = 0; l < kLevels.size(); ++l) {
        std::size_t hidden = 0;
        std::int64_t hiddenSum = 0;
        for (std::size_t r = 0; r < rows; ++r)
            for (std::size_t c = 0; c < columns; ++c)
                if (levelOfCell(r, c) == kLevels[l] && t.grid.hidden(r, c)) {
                    ++hidden;
                    hiddenSum += t.grid.count(r, c);
                }
        protectedLevels[l] = !totalHidden && (hidden != 1 || hiddenSum == 0);
    }
    return t;
}

json::value figure(std::int64_t n, bool shown, const registry::SuppressionRule& rule)
{
    if (shown)
        return n;
    return n < registry::threshold(rule) ? json::value(registry::primaryLabel(rule))
                                         : json::value(registry::kSecondaryLabel);
}

bool inForce(const RiskRecord& r) { return r.state != RiskState::Closed; }

// The risk's latest acceptance, the one its state rests on.
const registry::RiskDecision* acceptance(const RiskRecord& r)
{
    const registry::RiskDecision* found = nullptr;
    for (const auto& d : r.decisions)
        if (d.kind == registry::RiskDecisionKind::Accepted)
            found = &d;
    return found;
}

json::array byLevel(const std::vector<RiskRecord>& risks, const std::array<bool, 5>& protectedLevels,
                    bool notAssessedShown, const registry::SuppressionRule& rule)
{
    json::array out;
    for (std::size_t l = 0; l < kLevels.size(); ++l) {
        std::int64_t open = 0, accepted = 0, atRequired = 0;
        for (const auto& r : risks) {
            if (!inForce(r) || !r.residual || registry::levelOf(*r.residual) != kLevels[l])
                continue;
            if (r.state == RiskState::Open) {
                ++open;
                continue;
            }
            ++accepted;
            const auto* d = acceptance(r);
            if (d && d->acceptor.roleDepth <= d->acceptor.requiredDepth)
                ++atRequired;
        }
        out.push_back(json::object{{"level", enumName(kLevels[l])},
                                   {"open", figure(open, protectedLevels[l], rule)},
                                   {"accepted", figure(accepted, protectedLevels[l], rule)},
                                   {"accepted_at_required_level", figure(atRequired, protectedLevels[l], rule)}});
    }
    std::int64_t notAssessed = 0;
    for (const auto& r : risks)
        notAssessed += inForce(r) && !r.residual;
    out.push_back(json::object{{"level", "not_assessed"},
                               {"open", figure(notAssessed, notAssessedShown, rule)},
                               {"accepted", 0},
                               {"accepted_at_required_level", 0}});
    return out;
}

bool inPeriod(const VmsPeriod& period, UnixSeconds at)
{
    const auto month = registry::monthIndex(registry::dateOf(at).substr(0, 7));
    return month && *month >= period.firstMonth && *month <= period.lastMonth;
}

json::array decisions(const std::vector<RiskRecord>& risks, const VmsPeriod& period)
{
    struct Row {
        std::int64_t risk;
        const registry::RiskDecision* decision;
    };
    std::vector<Row> rows;
    for (const auto& r : risks)
        for (const auto& d : r.decisions)
            if (inPeriod(period, d.at))
                rows.push_back({r.id, &d});
    std::stable_sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) {
        return a.decision->at != b.decision->at ? a.decision->at < b.decision->at : a.risk < b.risk;
    });
    json::array out;
    for (const auto& [risk, d] : rows)
        out.push_back(json::object{{"risk", risk},
                                   {"decision", enumName(d->kind)},
                                   {"level", enumName(d->level)},
                                   {"role", enumName(d->acceptor.role)},
                                   {"role_unit", d->acceptor.unit},
                                   {"role_depth", d->acceptor.roleDepth},
                                   {"required_depth", d->acceptor.requiredDepth},
                                   {"at", d->at},
                                   {"authorities", d->authoritiesSerial ? json::value(*d->authoritiesSerial)
                                                                        : json::value(nullptr)}});
    return out;
}

} // namespace

const std::vector<std::string>& byLevelNames()
{
    static const std::vector<std::string> names{"high", "serious", "medium", "low", "eliminated", "not_assessed"};
    return names;
}

json::object risksJson(const std::vector<RiskRecord>& risks, const VmsPeriod& period,
                       const registry::SuppressionRule& rule)
{
    const std::int64_t k = registry::threshold(rule);
    const StatsTable initial = registry::riskHeatMap(risks, false, rule);
    std::array<bool, 5> protectedLevels{};
    const StatsTable residual = residualMatrix(risks, rule, protectedLevels);
    // Risks not yet assessed are the initial matrix's total less the residual's: shown when both are.
    const bool notAssessedShown = !initial.grid.hidden(initial.grid.rows, initial.grid.columns)
                                  && !residual.grid.hidden(residual.grid.rows, residual.grid.columns);
    json::object o;
    o["matrix_initial"] = json::parse(registry::statsTableJson(initial, k));
    o["matrix_residual"] = json::parse(registry::statsTableJson(residual, k));
    o["by_level"] = byLevel(risks, protectedLevels, notAssessedShown, rule);
    o["decisions"] = decisions(risks, period);
    return o;
}

} // namespace vigil::report
