// SPDX-License-Identifier: EUPL-1.2
#include "spanchecker.h"

#include <cassert>

namespace vigil::test {

namespace {

constexpr std::int64_t kPrime = 1'000'000'007;

std::int64_t mod(std::int64_t a)
{
    a %= kPrime;
    return a < 0 ? a + kPrime : a;
}

std::int64_t power(std::int64_t base, std::int64_t exponent)
{
    std::int64_t result = 1;
    base = mod(base);
    while (exponent > 0) {
        if (exponent & 1)
            result = result * base % kPrime;
        base = base * base % kPrime;
        exponent >>= 1;
    }
    return result;
}

} // namespace

std::vector<std::int64_t> SpanChecker::reduce(std::vector<std::int64_t> v) const
{
    assert(v.size() == m_variables);
    for (auto& x : v)
        x = mod(x);
    for (std::size_t i = 0; i < m_basis.size(); ++i) {
        const std::int64_t factor = v[m_pivots[i]];
        if (factor == 0)
            continue;
        for (std::size_t j = 0; j < m_variables; ++j)
            if (m_basis[i][j] != 0)
                v[j] = mod(v[j] - factor * m_basis[i][j] % kPrime);
    }
    return v;
}

void SpanChecker::add(std::vector<std::int64_t> row)
{
    auto reduced = reduce(std::move(row));
    std::size_t pivot = 0;
    while (pivot < m_variables && reduced[pivot] == 0)
        ++pivot;
    if (pivot == m_variables)
        return;
    const std::int64_t inverse = power(reduced[pivot], kPrime - 2);
    for (auto& x : reduced)
        x = x * inverse % kPrime;
    m_basis.push_back(std::move(reduced));
    m_pivots.push_back(pivot);
}

void SpanChecker::addKnown(std::size_t v)
{
    std::vector<std::int64_t> row(m_variables, 0);
    row[v] = 1;
    add(std::move(row));
}

bool SpanChecker::inSpan(std::vector<std::int64_t> v) const
{
    for (std::int64_t x : reduce(std::move(v)))
        if (x != 0)
            return false;
    return true;
}

bool SpanChecker::knows(std::size_t variable) const
{
    std::vector<std::int64_t> v(m_variables, 0);
    v[variable] = 1;
    return inSpan(std::move(v));
}

} // namespace vigil::test
