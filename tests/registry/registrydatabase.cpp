// SPDX-License-Identifier: EUPL-1.2
#include "registrydatabase.h"

#include "registry/pgschema.h"
#include "registry/schema.h"
#include "tests/support/tempostgres.h"

#include <catch2/catch.hpp>

namespace vigil::test {

namespace {

Connection openMigrated(Dialect dialect, const std::filesystem::path& file, std::string& conninfo)
{
    if (dialect == Dialect::Sqlite) {
        auto db = openServerDatabase(file, registry::registryMigrations(), "registry");
        REQUIRE(db);
        return std::move(*db);
    }
    static int databases = 0;
    conninfo = sharedPostgres().createDatabase("registry_" + std::to_string(++databases));
    auto pg = PgDb::connect(conninfo);
    REQUIRE(pg);
    REQUIRE(migratePgSchema(*pg, registry::registryPgMigrations(), "registry"));
    return std::move(*pg);
}

} // namespace

const char* engineName(Dialect dialect)
{
    return dialect == Dialect::Sqlite ? "SQLite" : "PostgreSQL";
}

RegistryDatabase::RegistryDatabase(Dialect dialect)
    : m_dialect(dialect), m_dir("vigil-registrydb"), m_probe(openMigrated(dialect, m_dir.path() / "registry.db", m_conninfo))
{
}

Connection RegistryDatabase::connect() const
{
    if (m_dialect == Dialect::Sqlite) {
        auto db = openServerDatabase(m_dir.path() / "registry.db", {}, "registry");
        REQUIRE(db);
        return std::move(*db);
    }
    auto pg = PgDb::connect(m_conninfo);
    REQUIRE(pg);
    return std::move(*pg);
}

std::int64_t RegistryDatabase::count(const std::string& sql)
{
    auto n = db().queryInt(sql);
    INFO(sql);
    REQUIRE(n);
    return *n;
}

void RegistryDatabase::exec(const std::string& sql)
{
    INFO(sql);
    REQUIRE(db().exec(sql));
}

} // namespace vigil::test
