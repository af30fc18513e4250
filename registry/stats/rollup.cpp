// SPDX-License-Identifier: EUPL-1.2
#include "rollup.h"

#include <algorithm>
#include <cassert>
#include <limits>

namespace vigil::registry {

namespace {

constexpr std::size_t kNone = std::numeric_limits<std::size_t>::max();

struct Node {
    std::string id;
    std::string name;
    std::string nameNl;
    std::string parentId;
    std::int64_t own = 0;
    std::int64_t rolled = 0;  ///< own + counts of subunits that rolled into it
    std::vector<std::size_t> children;  ///< in the effective tree
};

class Forest {
public:
    Forest(std::span<const UnitNode> units, const std::map<std::string, std::int64_t>& counts)
    {
        for (const UnitNode& u : units) {
            if (u.id.empty() || m_index.contains(u.id))
                continue;
            m_index.emplace(u.id, m_nodes.size());
            m_nodes.push_back(Node{u.id, u.name, u.nameNl, u.parent, 0, 0, {}});
        }
        m_index.emplace(std::string(kUnspecifiedUnit), m_nodes.size());
        m_nodes.push_back(Node{std::string(kUnspecifiedUnit), "(unspecified)", {}, {}, 0, 0, {}});
        for (const auto& [unit, n] : counts) {
            auto it = m_index.find(unit);
            m_nodes[it == m_index.end() ? m_index.at(std::string(kUnspecifiedUnit)) : it->second].own += n;
        }
        buildTree();
    }

    std::vector<Node>& nodes() { return m_nodes; }
    const std::vector<std::size_t>& tops() const { return m_tops; }
    const std::vector<std::size_t>& preorder() const { return m_preorder; }

private:
    // The effective tree is a depth-first forest over the parent links from the real top-level
    // units (by id, "(unspecified)" last); a unit left unreached sits on a cycle, and the
    // smallest such id becomes top-level, which breaks the cycle.
    void buildTree()
    {
        std::vector<std::vector<std::size_t>> linked(m_nodes.size());
        std::vector<std::size_t> candidates;
        for (std::size_t i = 0; i < m_nodes.size(); ++i) {
            auto parent = m_index.find(m_nodes[i].parentId);
            if (m_nodes[i].parentId.empty() || parent == m_index.end() || parent->second == i)
                candidates.push_back(i);
            else
                linked[parent->second].push_back(i);
        }
        auto byId = [&](std::size_t a, std::size_t b) {
            const bool aUnspecified = m_nodes[a].id == kUnspecifiedUnit;
            const bool bUnspecified = m_nodes[b].id == kUnspecifiedUnit;
            return std::tie(aUnspecified, m_nodes[a].id) < std::tie(bUnspecified, m_nodes[b].id);
        };
        for (auto& list : linked)
            std::sort(list.begin(), list.end(), byId);
        std::sort(candidates.begin(), candidates.end(), byId);
        std::vector<char> seen(m_nodes.size(), 0);
        for (std::size_t top : candidates)
            visitFrom(top, linked, seen);
        std::vector<std::size_t> rest(m_nodes.size());
        for (std::size_t i = 0; i < rest.size(); ++i)
            rest[i] = i;
        std::sort(rest.begin(), rest.end(), byId);
        for (std::size_t i : rest)
            if (!seen[i])
                visitFrom(cycleHead(i, byId), linked, seen);
    }

    // Follows parent links from an unreached unit until one repeats: that one is on a cycle,
    // and the cycle's smallest id is the one to make top-level.
    template <typename Less>
    std::size_t cycleHead(std::size_t start, Less less) const
    {
        std::vector<std::size_t> path;
        std::vector<char> onPath(m_nodes.size(), 0);
        std::size_t node = start;
        while (!onPath[node]) {
            onPath[node] = 1;
            path.push_back(node);
            node = m_index.at(m_nodes[node].parentId);
        }
        std::size_t head = node;
        for (auto it = std::find(path.begin(), path.end(), node); it != path.end(); ++it)
            if (less(*it, head))
                head = *it;
        return head;
    }

    void visitFrom(std::size_t top, const std::vector<std::vector<std::size_t>>& linked, std::vector<char>& seen)
    {
        m_tops.push_back(top);
        std::vector<std::size_t> stack{top};
        seen[top] = 1;
        while (!stack.empty()) {
            const std::size_t node = stack.back();
            stack.pop_back();
            m_preorder.push_back(node);
            // Reverse so the smallest id is visited first.
            for (auto it = linked[node].rbegin(); it != linked[node].rend(); ++it) {
                if (seen[*it])
                    continue;
                seen[*it] = 1;
                m_nodes[node].children.push_back(*it);
                stack.push_back(*it);
            }
            std::reverse(m_nodes[node].children.begin(), m_nodes[node].children.end());
        }
    }

    std::vector<Node> m_nodes;
    std::map<std::string, std::size_t> m_index;
    std::vector<std::size_t> m_tops;
    std::vector<std::size_t> m_preorder;
};

} // namespace

std::size_t Rollup::rowFor(std::string_view unit) const
{
    auto it = rowOf.find(std::string(unit));
    if (it == rowOf.end())
        it = rowOf.find(std::string(kUnspecifiedUnit));
    assert(it != rowOf.end());
    return it->second;
}

Rollup rollUp(std::span<const UnitNode> units, const std::map<std::string, std::int64_t>& counts, std::int64_t k)
{
    k = std::max<std::int64_t>(k, 1);
    Forest forest(units, counts);
    auto& nodes = forest.nodes();
    const auto& order = forest.preorder();

    // Bottom-up: a unit's count is its own plus what its small subunits rolled into it.
    for (auto it = order.rbegin(); it != order.rend(); ++it) {
        Node& node = nodes[*it];
        node.rolled += node.own;
        for (std::size_t child : node.children)
            if (nodes[child].rolled < k)
                node.rolled += nodes[child].rolled;
    }

    // Top-down: a shown unit opens a row; a small one joins the row its parent's cases go to.
    Rollup out;
    std::vector<std::size_t> rowOfNode(nodes.size(), kNone);
    RollupRow other{std::string(kOtherUnits), "(other units)", {}, 0, {}};
    std::vector<std::size_t> parentRow(nodes.size(), kNone);
    std::vector<char> top(nodes.size(), 0);
    for (std::size_t t : forest.tops())
        top[t] = 1;
    for (std::size_t i : order) {
        const Node& node = nodes[i];
        if (node.rolled >= k) {
            rowOfNode[i] = out.rows.size();
            out.rows.push_back(RollupRow{node.id, node.name, {}, node.rolled, node.nameNl});
        } else if (parentRow[i] != kNone) {
            rowOfNode[i] = parentRow[i];
            out.rows[parentRow[i]].includes.push_back(node.id);
        } else {
            // A small top-level unit brings its whole rolled count; its small subunits are
            // already part of that count.
            other.includes.push_back(node.id);
            if (top[i])
                other.count += node.rolled;
        }
        for (std::size_t child : node.children)
            parentRow[child] = rowOfNode[i];
    }
    const std::size_t otherRow = other.count > 0 ? out.rows.size() : kNone;
    if (otherRow != kNone)
        out.rows.push_back(std::move(other));
    for (auto& row : out.rows)
        std::sort(row.includes.begin(), row.includes.end());
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        const std::size_t row = rowOfNode[i] != kNone ? rowOfNode[i] : otherRow;
        if (row != kNone)
            out.rowOf.emplace(nodes[i].id, row);
    }
    return out;
}

} // namespace vigil::registry
