// SPDX-License-Identifier: EUPL-1.2
#pragma once

// What the PDCA registers share about their texts and their transactions: how a text is
// checked before it is stored, how the audit trail names it without carrying it, and how a
// desk runs one read.

#include "shared/result.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace vigil::registry {

/// "#" and the first 8 hex digits of a domain-separated BLAKE2b of `text`: how the audit trail
/// names a title, reason, evidence or note without carrying it.
std::string textTag(std::string_view text);

/// Whether `text` (the field `field`) has `min` to `max` characters (UTF-8 characters, as
/// SQLite's length() counts them), no control characters or direction overrides, and no new
/// line when `oneLine`; Invalid naming the field otherwise.
Status checkText(std::string_view field, std::string_view text, std::size_t min, std::size_t max, bool oneLine);

/// "1, 2, 3", or "none".
std::string joinIds(const std::vector<std::int64_t>& ids);

/// `e`, as a failure of storage when it carries no kind of its own.
inline Error orStorage(Error e)
{
    return e.kind == ErrorKind::Unspecified ? withKind(ErrorKind::Storage, std::move(e)) : e;
}

/// Runs `query` (over a `Tx&`) in one read transaction of `store` and hands back its answer.
template <typename Tx, typename Store, typename Query>
std::invoke_result_t<Query&, Tx&> readOnce(Store& store, Query&& query)
{
    std::optional<std::invoke_result_t<Query&, Tx&>> out;
    Status s = store.read([&](Tx& tx) -> Status {
        out.emplace(query(tx));
        if (!*out)
            return out->error();
        return {};
    });
    if (!s)
        return orStorage(s.error());
    return std::move(*out);
}

} // namespace vigil::registry
