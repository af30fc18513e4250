// SPDX-License-Identifier: EUPL-1.2
#pragma once

// The indicators the organisation defines (docs/pdca.md, "Indicators") and the boards published
// from them, over the registry's database: each definition and each retirement is one audited
// transaction, and each board for a newly settled month stores the figure names it hid, so
// every later board hides them again. Definitions are append-only: an indicator is retired,
// never edited, so its id keeps meaning the same thing in every report that named it.

#include "indicatorboard.h"
#include "indicatordef.h"

#include "registry/clocks.h"
#include "registry/sqlcasestore.h"

#include <string>
#include <vector>

namespace vigil::registry {

/// The board of the indicators in force as of settled month `asOf`, built inside a transaction
/// the caller holds on `db` (every name an earlier board hid hidden again), storing nothing:
/// what IndicatorRegister::board publishes, for a reader that needs it beside other reads of
/// the same transaction (a measure's effect check).
[[nodiscard]] Result<IndicatorBoard> readBoard(Db db, int asOf, const BoardPolicy& policy);

class IndicatorRegister {
public:
    explicit IndicatorRegister(SqlCaseStore& store) : m_store(store) {}

    /// Adds `def` (validated, and refused when it would break the families of the indicators in
    /// force, or its id was ever used); audited as indicator.defined by `actor`.
    Status define(const IndicatorDef& def, const std::string& actor, UnixSeconds now);
    /// Retires an indicator: it leaves every later board; NotFound when there is no such
    /// indicator in force. Audited as indicator.retired.
    Status retire(const std::string& id, const std::string& actor, UnixSeconds now);
    /// Freezes an indicator in force: its last settled month at `now` is the last it publishes;
    /// it stays on the boards (and in reports) with its history but shows no later month and
    /// raises no alert. Returns that month (YYYY-MM). NotFound when there is no such indicator
    /// in force, Conflict when it is frozen already (naming its last month). Audited as
    /// indicator.frozen ("after 2026-05").
    Result<std::string> freeze(const std::string& id, const std::string& actor, UnixSeconds now, int settleMonths);
    /// The indicators in force (frozen ones too), by id.
    Result<std::vector<IndicatorDef>> active();

    /// The board of the indicators in force (IndicatorBoard::indicators, read in the same
    /// transaction as the counts) as of settled month `asOf` (a monthIndex): built
    /// from the cube with every name an earlier board hid hidden again; the first board for a
    /// month stores its hidden names (audited as indicator.snapshot). Conflict when `asOf` has
    /// not settled at `now`.
    Result<IndicatorBoard> board(int asOf, const BoardPolicy& policy, UnixSeconds now);

    /// The last settled month at `now`: month m settles when m + settleMonths has ended.
    static int lastSettled(UnixSeconds now, int settleMonths);

private:
    SqlCaseStore& m_store;
};

} // namespace vigil::registry
