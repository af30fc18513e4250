// SPDX-License-Identifier: EUPL-1.2
#include "pgstandbypair.h"

namespace vigil::test {

namespace {

/// A socket folder as a URI query value (its slashes percent-encoded).
std::string encoded(const std::filesystem::path& folder)
{
    std::string out;
    for (char c : folder.string())
        out += c == '/' ? std::string("%2F") : std::string(1, c);
    return out;
}

} // namespace

PgStandbyPair::PgStandbyPair() : m_standby(TempPostgres::StandbyOf{m_primary})
{
    m_primary.requireSynchronousStandby();
}

void PgStandbyPair::createDatabase(const std::string& name)
{
    (void)m_primary.createDatabase(name);
}

std::string PgStandbyPair::conninfo(const std::string& database) const
{
    // Both sockets are named .s.PGSQL.5432, each in its own folder (tempostgres.cpp).
    return "host=" + m_primary.folder().string() + "," + m_standby.folder().string()
           + " port=5432,5432 user=postgres dbname=" + database + " target_session_attrs=read-write";
}

std::string PgStandbyPair::uri(const std::string& database, const std::string& password) const
{
    return "postgresql://postgres:" + password + "@/" + database + "?host=" + encoded(m_primary.folder()) + ","
           + encoded(m_standby.folder()) + "&port=5432,5432&target_session_attrs=read-write";
}

} // namespace vigil::test
