// SPDX-License-Identifier: EUPL-1.2
#pragma once

// Who is who, from the registry's signed directory (verified against the pinned root key):
// member names for the inbox and the history, box keys to seal notes to, sign keys to check
// who signed a note.

#include "shared/directory.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace vigil::advisor {

class Roster {
public:
    /// Verifies a signed directory against the key sets `keys` (oldest first; the registry's
    /// root key alone until it hands over to key holders, docs/protocol.md §3.5). An expired
    /// directory is still good for names and keys (the console may have been offline for a
    /// while); `expired` says so.
    static Result<Roster> fromSigned(ByteView signedDirectory, const std::vector<RootKeySet>& keys, std::uint64_t now);

    QString name(const QString& memberId) const;
    QHash<QString, QString> names() const { return m_names; }
    const Member* member(const QString& memberId) const;
    /// Every unit id and name: what a de-identified text must not contain.
    QStringList unitTerms() const;
    /// The organisation's units, as the directory lists them.
    const std::vector<Unit>& units() const { return m_directory.units; }
    std::uint32_t version() const { return m_directory.version; }
    bool expired() const { return m_expired; }

private:
    Directory m_directory;
    QHash<QString, QString> m_names;
    bool m_expired = false;
};

} // namespace vigil::advisor
