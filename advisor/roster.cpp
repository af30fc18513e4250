// SPDX-License-Identifier: EUPL-1.2
#include "roster.h"

namespace vigil::advisor {

Result<Roster> Roster::fromSigned(ByteView signedDirectory, const std::vector<RootKeySet>& keys, std::uint64_t now)
{
    Roster r;
    Result<Directory> d = Error{"directory: no key set"};
    for (auto set = keys.rbegin(); set != keys.rend(); ++set) {
        if ((d = verifyDirectory(signedDirectory, *set, now)))
            break;
        // The signature is what matters for names and keys; retry ignoring the expiry.
        if ((d = verifyDirectory(signedDirectory, *set, 0))) {
            r.m_expired = true;
            break;
        }
    }
    if (!d)
        return d.error();
    r.m_directory = std::move(*d);
    for (const auto& g : r.m_directory.groups)
        for (const auto& m : g.members)
            r.m_names.insert(QString::fromStdString(m.id), QString::fromStdString(m.name));
    return r;
}

QString Roster::name(const QString& memberId) const
{
    return m_names.value(memberId, memberId);
}

const Member* Roster::member(const QString& memberId) const
{
    const std::string id = memberId.toStdString();
    for (const auto& g : m_directory.groups)
        for (const auto& m : g.members)
            if (m.id == id)
                return &m;
    return nullptr;
}

QStringList Roster::unitTerms() const
{
    QStringList out;
    for (const auto& u : m_directory.units) {
        out << QString::fromStdString(u.id) << QString::fromStdString(u.name);
        if (!u.nameNl.empty())
            out << QString::fromStdString(u.nameNl);
    }
    return out;
}

} // namespace vigil::advisor
