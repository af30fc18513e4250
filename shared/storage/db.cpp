// SPDX-License-Identifier: EUPL-1.2
#include "db.h"

#include "firstcolumn.h"

namespace vigil {

Stmt& Stmt::bind(int index, std::int64_t value)
{
    visit([&](auto& s) { s.bind(index, value); });
    return *this;
}

Stmt& Stmt::bind(int index, ByteView blob)
{
    visit([&](auto& s) { s.bind(index, blob); });
    return *this;
}

Stmt& Stmt::bindText(int index, std::string_view text)
{
    visit([&](auto& s) { s.bindText(index, text); });
    return *this;
}

Stmt& Stmt::bindNull(int index)
{
    visit([&](auto& s) { s.bindNull(index); });
    return *this;
}

Stmt& Stmt::bindReal(int index, double value)
{
    visit([&](auto& s) { s.bindReal(index, value); });
    return *this;
}

Result<bool> Stmt::step()
{
    return visit([](auto& s) { return s.step(); });
}

Status Stmt::run()
{
    return visit([](auto& s) { return s.run(); });
}

void Stmt::reset()
{
    visit([](auto& s) { s.reset(); });
}

std::int64_t Stmt::changes() const
{
    if (const auto* pg = std::get_if<PgStmt>(&m_impl))
        return pg->changes();
    return m_sqliteDb ? m_sqliteDb->changes() : 0;
}

std::int64_t Stmt::int64(int column) const
{
    return visit([&](const auto& s) { return s.int64(column); });
}

double Stmt::real(int column) const
{
    return visit([&](const auto& s) { return s.real(column); });
}

ByteView Stmt::blob(int column) const
{
    return visit([&](const auto& s) { return s.blob(column); });
}

std::string Stmt::text(int column) const
{
    return visit([&](const auto& s) { return s.text(column); });
}

std::string_view Stmt::textView(int column) const
{
    return visit([&](const auto& s) { return s.textView(column); });
}

bool Stmt::isNull(int column) const
{
    return visit([&](const auto& s) { return s.isNull(column); });
}

Status Db::exec(std::string_view sql)
{
    return m_pg ? m_pg->exec(sql) : m_sqlite->exec(sql);
}

Result<Stmt> Db::prepare(std::string_view sql)
{
    if (m_pg) {
        auto stmt = m_pg->prepare(sql);
        if (!stmt)
            return stmt.error();
        return Stmt(std::move(*stmt));
    }
    auto stmt = m_sqlite->prepare(sql);
    if (!stmt)
        return stmt.error();
    return Stmt(std::move(*stmt), *m_sqlite);
}

Result<std::int64_t> Db::queryInt(std::string_view sql)
{
    return m_pg ? m_pg->queryInt(sql) : m_sqlite->queryInt(sql);
}

std::string Db::lastError() const
{
    return m_pg ? m_pg->lastError() : m_sqlite->lastError();
}

Status Db::beginWrite()
{
    return exec(m_pg ? "BEGIN" : "BEGIN IMMEDIATE");
}

Status Db::commit()
{
    return exec("COMMIT");
}

void Db::rollback()
{
    (void)exec("ROLLBACK");
}

Result<std::optional<Bytes>> firstBlob(Stmt& stmt)
{
    return detail::firstColumn<Bytes>(stmt, [](const Stmt& s) {
        const ByteView b = s.blob(0);
        return Bytes(b.begin(), b.end());
    });
}

Result<std::optional<std::int64_t>> firstInt(Stmt& stmt)
{
    return detail::firstColumn<std::int64_t>(stmt, [](const Stmt& s) { return s.int64(0); });
}

Result<std::optional<std::string>> firstText(Stmt& stmt)
{
    return detail::firstColumn<std::string>(stmt, [](const Stmt& s) { return s.text(0); });
}

} // namespace vigil
