// SPDX-License-Identifier: EUPL-1.2
#include "linkedtables.h"

#include <cassert>
#include <unordered_set>

namespace vigil::registry {

std::vector<SuppressedTable> suppressLinked(std::span<const LinkedTable> tables, const SuppressionRule& rule)
{
    // The hidden set only grows and is bounded by the names in use, so this ends; the last
    // round, which hid nothing new, is the answer.
    std::unordered_set<std::string> hiddenKeys;
    for (;;) {
        std::vector<SuppressedTable> out;
        bool grew = false;
        for (const LinkedTable& linked : tables) {
            const std::size_t size = (linked.table.rows + 1) * (linked.table.columns + 1);
            assert(linked.keys.size() == size);
            std::vector<std::uint8_t> forced(size, 0);
            for (std::size_t i = 0; i < size; ++i)
                forced[i] = !linked.keys[i].empty() && hiddenKeys.contains(linked.keys[i]) ? 1 : 0;
            SuppressedTable result = suppressTable(linked.table, rule, forced);
            for (std::size_t i = 0; i < size; ++i)
                if (result.status[i] != CellStatus::Published && !linked.keys[i].empty())
                    grew = hiddenKeys.insert(linked.keys[i]).second || grew;
            out.push_back(std::move(result));
        }
        if (!grew)
            return out;
    }
}

} // namespace vigil::registry
