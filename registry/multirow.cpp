// SPDX-License-Identifier: EUPL-1.2
#include "multirow.h"

#include <algorithm>
#include <utility>

namespace vigil::registry {

std::size_t rowsPerStatement(Db db)
{
    return db.dialect() == Dialect::Postgres ? kRowsPerStatement : 1;
}

std::vector<std::pair<std::size_t, std::size_t>> slicesOf(const std::vector<std::size_t>& sizes,
                                                          std::size_t perStatement, std::size_t maxBytes)
{
    std::vector<std::pair<std::size_t, std::size_t>> out;
    const std::size_t per = std::max<std::size_t>(perStatement, 1);
    for (std::size_t first = 0; first < sizes.size();) {
        std::size_t rows = 1;
        std::size_t bytes = sizes[first];
        while (rows < per && first + rows < sizes.size() && bytes + sizes[first + rows] <= maxBytes)
            bytes += sizes[first + rows++];
        out.emplace_back(first, rows);
        first += rows;
    }
    return out;
}

Result<Stmt*> SizedStatement::forRows(std::size_t rows)
{
    if (m_stmt && rows == m_rows) {
        m_stmt->reset();
        return &*m_stmt;
    }
    auto stmt = m_db.prepare(m_sql(rows));
    if (!stmt)
        return stmt.error();
    m_stmt.emplace(std::move(*stmt));
    m_rows = rows;
    return &*m_stmt;
}

std::string valueRows(std::size_t rows, std::size_t columns)
{
    std::string row = "(";
    for (std::size_t c = 0; c < columns; ++c)
        row += c == 0 ? "?" : ",?";
    row += ')';
    std::string out;
    out.reserve(rows * (row.size() + 1));
    for (std::size_t r = 0; r < rows; ++r) {
        if (r > 0)
            out += ',';
        out += row;
    }
    return out;
}

std::string numberedList(std::size_t n)
{
    std::string out;
    for (std::size_t i = 1; i <= n; ++i) {
        if (i > 1)
            out += ',';
        out += '?';
        out += std::to_string(i);
    }
    return out;
}

} // namespace vigil::registry
