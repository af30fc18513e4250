// SPDX-License-Identifier: EUPL-1.2
#pragma once

// A table of root-signed documents served whole (support_documents, token_issuer_documents):
// rows (serial, issued, signed), the serial one more with every publication, the newest served.
// Each function runs on the caller's connection, of either engine, inside the caller's transaction.

#include "shared/storage/db.h"

#include <optional>
#include <string>
#include <string_view>

namespace vigil::registry {

/// One more than the newest serial in `table` (1 for an empty table).
inline Result<std::uint64_t> nextDocumentSerial(Db db, std::string_view table)
{
    auto last = db.queryInt("SELECT COALESCE(MAX(serial), 0) FROM " + std::string(table));
    if (!last)
        return last.error();
    return static_cast<std::uint64_t>(*last) + 1;
}

inline Status insertSignedDocument(Db db, std::string_view table, std::uint64_t serial, std::int64_t issued,
                                   ByteView document)
{
    auto stmt = db.prepare("INSERT INTO " + std::string(table) + "(serial, issued, signed) VALUES (?, ?, ?)");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, static_cast<std::int64_t>(serial)).bind(2, issued).bind(3, document);
    return stmt->run();
}

/// The newest document of `table`; nullopt before the first publication.
inline Result<std::optional<Bytes>> latestSignedDocument(Db db, std::string_view table)
{
    auto stmt = db.prepare("SELECT signed FROM " + std::string(table) + " ORDER BY serial DESC LIMIT 1");
    if (!stmt)
        return stmt.error();
    return firstBlob(*stmt);
}

} // namespace vigil::registry
