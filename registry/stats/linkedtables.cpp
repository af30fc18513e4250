// SPDX-License-Identifier: EUPL-1.2
#include "linkedtables.h"

#include <cassert>
#include <unordered_set>

namespace vigil::registry {

std::vector<SuppressedTable> suppressLinked(std::span<const LinkedTable> tables, const SuppressionRule& rule)
{
    // The hidden set only grows and is bounded by the names in use, so this ends; the last
    // round, which hid nothing new, is the answer.
    // A table whose forced set did not change since the last round keeps its result.
    std::unordered_set<std::string> hiddenKeys;
    std::vector<SuppressedTable> out(tables.size());
    std::vector<std::vector<std::uint8_t>> lastForced(tables.size());
    for (;;) {
        bool grew = false;
        for (std::size_t t = 0; t < tables.size(); ++t) {
            const LinkedTable& linked = tables[t];
            const std::size_t size = (linked.table.rows + 1) * (linked.table.columns + 1);
            assert(linked.keys.size() == size);
            std::vector<std::uint8_t> forced(size, 0);
            for (std::size_t i = 0; i < size; ++i)
                forced[i] = !linked.keys[i].empty() && hiddenKeys.contains(linked.keys[i]) ? 1 : 0;
            if (out[t].counts.empty() || forced != lastForced[t])
                out[t] = suppressTable(linked.table, rule, forced);
            lastForced[t] = std::move(forced);
            for (std::size_t i = 0; i < size; ++i)
                if (out[t].status[i] != CellStatus::Published && !linked.keys[i].empty())
                    grew = hiddenKeys.insert(linked.keys[i]).second || grew;
        }
        if (!grew)
            return out;
    }
}

} // namespace vigil::registry
