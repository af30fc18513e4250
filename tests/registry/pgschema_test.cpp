// SPDX-License-Identifier: EUPL-1.2
// The registry's PostgreSQL schema (registry/pgschema.h) against its SQLite schema: the same
// number of migrations, and after all of them the same tables, columns, types, NOT NULLs and
// primary keys — checked on a real PostgreSQL the test starts itself.

#include "registry/pgschema.h"
#include "registry/schema.h"
#include "shared/storage/db.h"
#include "tests/support/tempostgres.h"
#include "tests/support/testenv.h"

#include <catch2/catch.hpp>

#include <map>
#include <string>

using namespace vigil;

namespace {

struct Column {
    std::string type; ///< integer, text, blob, real, or "" for a view's column
    bool notNull = false;
    bool primaryKey = false;
    bool operator==(const Column&) const = default;
};
using Shape = std::map<std::string, Column>; ///< "table.column" → column

std::string typeClass(std::string declared)
{
    for (auto& c : declared)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (declared == "integer" || declared == "bigint")
        return "integer";
    if (declared == "blob" || declared == "bytea")
        return "blob";
    if (declared == "real" || declared == "double precision")
        return "real";
    return declared;
}

Shape sqliteShape(SqliteDb& db)
{
    Shape shape;
    auto stmt = db.prepare("SELECT m.name, m.type, p.name, p.type, p.\"notnull\", p.pk FROM sqlite_master m, "
                           "pragma_table_info(m.name) p WHERE m.type IN ('table', 'view') AND m.name NOT LIKE 'sqlite_%'");
    REQUIRE(stmt);
    REQUIRE(stmt->eachRow([&](const SqliteStmt& row) {
        const bool view = row.text(1) == "view";
        const bool pk = row.int64(5) > 0;
        shape[row.text(0) + "." + row.text(2)]
            = view ? Column{} : Column{typeClass(row.text(3)), row.int64(4) != 0 || pk, pk};
    }));
    return shape;
}

Shape postgresShape(PgDb& db)
{
    Shape shape;
    auto stmt = db.prepare(
        "SELECT c.table_name, t.table_type, c.column_name, c.data_type, c.is_nullable = 'NO',"
        " EXISTS (SELECT 1 FROM information_schema.table_constraints k"
        "   JOIN information_schema.key_column_usage u ON u.constraint_name = k.constraint_name"
        "    AND u.table_name = k.table_name"
        "   WHERE k.constraint_type = 'PRIMARY KEY' AND k.table_name = c.table_name AND u.column_name = c.column_name)"
        " FROM information_schema.columns c JOIN information_schema.tables t"
        "  ON t.table_name = c.table_name AND t.table_schema = c.table_schema"
        " WHERE c.table_schema = 'public' AND c.table_name <> 'vigil_schema'");
    REQUIRE(stmt);
    REQUIRE(stmt->eachRow([&](const PgStmt& row) {
        const bool view = row.text(1) == "VIEW";
        shape[row.text(0) + "." + row.text(2)]
            = view ? Column{} : Column{typeClass(row.text(3)), row.text(4) == "t", row.text(5) == "t"};
    }));
    return shape;
}

} // namespace

TEST_CASE("the PostgreSQL schema counts as many migrations as the SQLite one", "[postgres][schema]")
{
    CHECK(registry::registryPgMigrations().size() == registry::registryMigrations().size());
}

TEST_CASE("the PostgreSQL schema has every table and column of the SQLite one, with its type and keys",
          "[postgres][schema]")
{
    test::TempDir dir("vigil-pgschema");
    auto sqlite = openServerDatabase(dir.path() / "registry.db", registry::registryMigrations(), "registry");
    REQUIRE(sqlite);
    auto pg = PgDb::connect(test::sharedPostgres().createDatabase("schema"));
    REQUIRE(pg);
    REQUIRE(migratePgSchema(*pg, registry::registryPgMigrations(), "registry"));

    const Shape expected = sqliteShape(*sqlite);
    const Shape actual = postgresShape(*pg);
    REQUIRE(expected.size() > 200);
    for (const auto& [name, column] : expected) {
        INFO(name);
        auto found = actual.find(name);
        REQUIRE(found != actual.end());
        CHECK(found->second.type == column.type);
        CHECK(found->second.notNull == column.notNull);
        CHECK(found->second.primaryKey == column.primaryKey);
    }
    for (const auto& [name, column] : actual) {
        INFO(name << " exists on PostgreSQL only");
        CHECK(expected.count(name) == 1);
    }
}

TEST_CASE("both engines refuse a target on a report-volume indicator by the same CHECK", "[postgres][schema]")
{
    test::TempDir dir("vigil-pgschema");
    auto sqlite = openServerDatabase(dir.path() / "registry.db", registry::registryMigrations(), "registry");
    REQUIRE(sqlite);
    auto pg = PgDb::connect(test::sharedPostgres().createDatabase("checks"));
    REQUIRE(pg);
    REQUIRE(migratePgSchema(*pg, registry::registryPgMigrations(), "registry"));

    const std::string insert
        = "INSERT INTO indicators (id, name_nl, name_en, measure, filter, target, target_direction, baseline_months,"
          " period_months, rules, alerts, follow_up_days, created_by, created_at)"
          " VALUES ('x', 'x', 'x', 'count', '{}', ?1, ?2, 12, 1, '[]', 1, 30, 'op', 0)";
    const std::string direction = "at_most";
    for (Db db : {Db(*sqlite), Db(*pg)}) {
        auto refused = db.prepare(insert);
        REQUIRE(refused);
        refused->bindReal(1, 10.0).bindText(2, direction);
        CHECK_FALSE(refused->run());
        auto allowed = db.prepare(insert);
        REQUIRE(allowed);
        allowed->bindNull(1).bindNull(2);
        CHECK(allowed->run());
    }
}
