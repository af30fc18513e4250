// SPDX-License-Identifier: EUPL-1.2
#pragma once

// An attacker's linear algebra, independent of the library's cycle search: which unknowns a
// set of published linear equations determines. Exact arithmetic modulo a large prime (the
// tables' constraint matrices are totally unimodular, so ranks agree with the rationals).

#include <cstdint>
#include <vector>

namespace vigil::test {

class SpanChecker {
public:
    explicit SpanChecker(std::size_t variables) : m_variables(variables) {}

    /// Adds one known linear relation (coefficients per variable).
    void add(std::vector<std::int64_t> row);
    /// Adds "variable `v` is known".
    void addKnown(std::size_t v);
    /// Whether the linear form `v` is a combination of the known relations, i.e. its value can
    /// be computed from what is published.
    bool inSpan(std::vector<std::int64_t> v) const;
    bool knows(std::size_t variable) const;

private:
    std::vector<std::int64_t> reduce(std::vector<std::int64_t> v) const;

    std::size_t m_variables;
    std::vector<std::vector<std::int64_t>> m_basis;
    std::vector<std::size_t> m_pivots;
};

} // namespace vigil::test
