// SPDX-License-Identifier: EUPL-1.2
#include "indicatorcube.h"

#include "shared/riskmatrix.h"

#include <array>
#include <ctime>

namespace vigil::registry {

std::string cubeLevel(const RoutingHeader& h)
{
    const auto level = reportLevel(h.severity, h.likelihood, h.impact, h.immediateDanger);
    return level ? std::string(enumName(*level)) : "unrated";
}

std::string monthOf(UnixSeconds t)
{
    const std::time_t time = static_cast<std::time_t>(t);
    std::tm tm{};
    gmtime_r(&time, &tm);
    std::array<char, 16> buffer{};
    std::strftime(buffer.data(), buffer.size(), "%Y-%m", &tm);
    return buffer.data();
}

Result<CubeWriter> CubeWriter::prepare(SqliteDb& db)
{
    auto upsert = db.prepare(
        "INSERT INTO pdca_counts(month, received_month, unit, kind, category, mode, level, count) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, 1) "
        "ON CONFLICT(month, received_month, unit, kind, category, mode, level) DO UPDATE SET count = count + 1");
    if (!upsert)
        return upsert.error();
    return CubeWriter(std::move(*upsert));
}

Status CubeWriter::add(const RoutingHeader& h, UnixSeconds receivedAt)
{
    const std::string received = monthOf(receivedAt);
    const std::string level = cubeLevel(h);
    m_upsert.reset();
    m_upsert.bindText(1, h.month)
        .bindText(2, received)
        .bindText(3, h.unit)
        .bindText(4, enumName(h.kind))
        .bindText(5, enumName(h.category))
        .bindText(6, enumName(h.mode))
        .bindText(7, level);
    if (auto r = m_upsert.run(); !r)
        return r.error();
    return {};
}

Result<std::vector<CubeRow>> scanCube(SqliteDb& db, std::string_view fromMonth)
{
    auto st = db.prepare("SELECT month, received_month, unit, kind, category, mode, level, count FROM pdca_counts "
                         "WHERE month >= ?");
    if (!st)
        return st.error();
    const std::string from(fromMonth);
    st->bindText(1, from);
    std::vector<CubeRow> rows;
    for (;;) {
        auto more = st->step();
        if (!more)
            return more.error();
        if (!*more)
            break;
        rows.push_back({st->text(0), st->text(1), st->text(2), st->text(3), st->text(4), st->text(5), st->text(6),
                        st->int64(7)});
    }
    return rows;
}

} // namespace vigil::registry
