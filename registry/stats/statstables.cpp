// SPDX-License-Identifier: EUPL-1.2
#include "statstables.h"

#include "registry/stats/linkedtables.h"
#include "shared/reportenums.h"

#include <cassert>
#include <map>
#include <utility>

namespace vigil::registry {

namespace {

// A figure's global name: its predicates in a fixed order, e.g. "kind=accident&month=2025-01".
// A kind or category implies its domain, so the domain is dropped beside them: "the accidents"
// is one figure whether a block scoped to "domain=physical" shows it or not.
using Predicates = std::map<int, std::pair<std::string_view, std::string>>;
enum Dimension { DimKind, DimCategory, DimDomain, DimUnit, DimMonth, DimMode };

std::string figureName(Predicates p)
{
    if (p.contains(DimKind) || p.contains(DimCategory))
        p.erase(DimDomain);
    if (p.empty())
        return "all";
    std::string out;
    for (const auto& [dimension, predicate] : p) {
        if (!out.empty())
            out += '&';
        out += std::string(predicate.first) + "=" + predicate.second;
    }
    return out;
}

struct Axis {
    Dimension dimension;
    std::string_view name;
    std::vector<std::string> values;
};

Predicates with(Predicates p, const Axis& axis, std::size_t i)
{
    p[axis.dimension] = {axis.name, axis.values[i]};
    return p;
}

// The name of every grid entry of a rows × columns table within `scope`.
std::vector<std::string> gridNames(const Axis& rows, const Axis& columns, const Predicates& scope)
{
    const std::size_t nr = rows.values.size();
    const std::size_t nc = columns.values.size();
    std::vector<std::string> out((nr + 1) * (nc + 1));
    for (std::size_t r = 0; r <= nr; ++r) {
        for (std::size_t c = 0; c <= nc; ++c) {
            Predicates p = scope;
            if (r < nr)
                p = with(p, rows, r);
            if (c < nc)
                p = with(p, columns, c);
            out[r * (nc + 1) + c] = figureName(p);
        }
    }
    return out;
}

template <typename E>
Axis enumAxis(Dimension dimension, std::string_view name, const std::vector<E>& values)
{
    Axis axis{dimension, name, {}};
    for (E v : values)
        axis.values.emplace_back(enumName(v));
    return axis;
}

template <typename E>
std::vector<E> allOf()
{
    std::vector<E> out;
    for (const auto& entry : EnumTable<E>::names)
        out.push_back(entry.value);
    return out;
}

template <typename E>
std::vector<E> inDomain(Domain d)
{
    std::vector<E> out;
    for (E v : allOf<E>())
        if (domainOf(v) == d)
            out.push_back(v);
    return out;
}

// Rows `rows` (enum values) of a (enum order) × columns matrix.
template <typename E>
CountTable pickRows(const std::vector<std::int64_t>& matrix, std::size_t columns, const std::vector<E>& rows)
{
    CountTable t{rows.size(), columns, {}};
    for (E v : rows) {
        const auto r = static_cast<std::size_t>(v);
        t.cells.insert(t.cells.end(), matrix.begin() + static_cast<std::ptrdiff_t>(r * columns),
                       matrix.begin() + static_cast<std::ptrdiff_t>((r + 1) * columns));
    }
    return t;
}

struct Block {
    LinkedTable linked;
    Axis rows;
    Axis columns;
    std::string publishAs;  ///< table name when shown as is; empty for a block only used to link
};

Block block(CountTable counts, Axis rows, Axis columns, const Predicates& scope, std::string publishAs)
{
    auto names = gridNames(rows, columns, scope);
    return Block{LinkedTable{std::move(counts), std::move(names)}, std::move(rows), std::move(columns),
                 std::move(publishAs)};
}

StatsTable present(std::string name, const Axis& rows, const Axis& columns, SuppressedTable grid)
{
    return StatsTable{std::move(name), std::string(rows.name), std::string(columns.name), rows.values,
                      columns.values, std::move(grid)};
}

// A table readers see that is no block itself: its entries take the status their figures have
// in the blocks.
StatsTable assemble(std::string name, const Axis& rows, const Axis& columns, CountTable counts,
                    const std::map<std::string, CellStatus>& statusOf)
{
    SuppressedTable grid = withMargins(counts);
    const auto names = gridNames(rows, columns, {});
    for (std::size_t i = 0; i < names.size(); ++i) {
        auto it = statusOf.find(names[i]);
        assert(it != statusOf.end());
        grid.status[i] = it != statusOf.end() ? it->second : CellStatus::Published;
    }
    return present(std::move(name), rows, columns, std::move(grid));
}

} // namespace

Projections Projections::zero(std::vector<std::string> months, std::vector<std::string> units)
{
    Projections p;
    const std::size_t m = months.size();
    const std::size_t u = units.size();
    p.kindMonth.assign(EnumTable<Kind>::names.size() * m, 0);
    p.categoryMonth.assign(EnumTable<Category>::names.size() * m, 0);
    p.unitMonth.assign(u * m, 0);
    p.kindUnit.assign(EnumTable<Kind>::names.size() * u, 0);
    p.modes.assign(EnumTable<ReportingMode>::names.size(), 0);
    p.months = std::move(months);
    p.units = std::move(units);
    return p;
}

namespace {

struct Axes {
    Axis month, unit, kind, category, domain, mode, cases;
};

Axes axesOf(const Projections& counts)
{
    return Axes{Axis{DimMonth, "month", counts.months},
                Axis{DimUnit, "unit", counts.units},
                enumAxis(DimKind, "kind", allOf<Kind>()),
                enumAxis(DimCategory, "category", allOf<Category>()),
                enumAxis(DimDomain, "domain", allOf<Domain>()),
                enumAxis(DimMode, "mode", allOf<ReportingMode>()),
                Axis{DimMode, "cases", {"cases"}}};
}

// The blocks suppression runs on (see statstables.h), each entry named by the figure it is.
std::vector<Block> blocksOf(const Projections& counts, const Axes& axes)
{
    const std::size_t months = counts.months.size();
    const auto domains = allOf<Domain>();
    CountTable domainMonth{domains.size(), months, std::vector<std::int64_t>(domains.size() * months, 0)};
    for (Kind k : allOf<Kind>())
        for (std::size_t m = 0; m < months; ++m)
            domainMonth.cells[static_cast<std::size_t>(domainOf(k)) * months + m]
                += counts.kindMonth[static_cast<std::size_t>(k) * months + m];

    std::vector<Block> blocks;
    blocks.push_back(block(domainMonth, axes.domain, axes.month, {}, "domain_by_month"));
    for (Domain d : domains) {
        const Predicates scope{{DimDomain, {"domain", std::string(enumName(d))}}};
        const auto ks = inDomain<Kind>(d);
        const auto cs = inDomain<Category>(d);
        blocks.push_back(block(pickRows(counts.kindMonth, months, ks), enumAxis(DimKind, "kind", ks), axes.month, scope, {}));
        blocks.push_back(block(pickRows(counts.categoryMonth, months, cs), enumAxis(DimCategory, "category", cs),
                               axes.month, scope, {}));
    }
    blocks.push_back(block(CountTable{counts.units.size(), months, counts.unitMonth}, axes.unit, axes.month, {},
                           "unit_by_month"));
    blocks.push_back(block(CountTable{axes.kind.values.size(), counts.units.size(), counts.kindUnit}, axes.kind,
                           axes.unit, {}, "kind_by_unit"));
    // Reporting mode is one column of counts: its row totals repeat the cells, and its column
    // total is everything.
    Block modes = block(CountTable{counts.modes.size(), 1, counts.modes}, axes.mode, axes.cases, {}, "mode");
    for (std::size_t r = 0; r < counts.modes.size(); ++r)
        modes.linked.keys[r * 2] = modes.linked.keys[r * 2 + 1];
    modes.linked.keys[counts.modes.size() * 2] = "all";
    blocks.push_back(std::move(modes));
    return blocks;
}

} // namespace

std::vector<StatsTable> buildTables(const Projections& counts, const SuppressionRule& rule)
{
    const Axes axes = axesOf(counts);
    const std::vector<Block> blocks = blocksOf(counts, axes);
    std::vector<LinkedTable> linked;
    for (const Block& b : blocks)
        linked.push_back(b.linked);
    const auto suppressed = suppressLinked(linked, rule);

    std::map<std::string, CellStatus> statusOf;
    std::map<std::string, StatsTable> published;
    for (std::size_t i = 0; i < blocks.size(); ++i) {
        for (std::size_t e = 0; e < suppressed[i].status.size(); ++e)
            statusOf[blocks[i].linked.keys[e]] = suppressed[i].status[e];
        if (!blocks[i].publishAs.empty())
            published.emplace(blocks[i].publishAs,
                              present(blocks[i].publishAs, blocks[i].rows, blocks[i].columns, suppressed[i]));
    }

    const std::size_t months = counts.months.size();
    std::vector<StatsTable> out;
    out.push_back(std::move(published.at("domain_by_month")));
    out.push_back(assemble("kind_by_month", axes.kind, axes.month,
                           CountTable{axes.kind.values.size(), months, counts.kindMonth}, statusOf));
    out.push_back(assemble("category_by_month", axes.category, axes.month,
                           CountTable{axes.category.values.size(), months, counts.categoryMonth}, statusOf));
    out.push_back(std::move(published.at("unit_by_month")));
    out.push_back(std::move(published.at("kind_by_unit")));
    out.push_back(std::move(published.at("mode")));
    return out;
}

} // namespace vigil::registry
