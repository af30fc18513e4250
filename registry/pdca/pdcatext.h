// SPDX-License-Identifier: EUPL-1.2
#pragma once

// What the PDCA registers share about their texts and their transactions: how a text is
// checked before it is stored, how the audit trail names it without carrying it, how a desk
// runs one read, and how it picks the records a member may see.

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

/// The record a lookup found, or NotFound saying `missing` ("no risk 12") when it found none.
template <typename Record>
Result<Record> foundOr(Result<std::optional<Record>> found, std::string missing)
{
    if (!found)
        return found.error();
    if (!*found)
        return Error{std::move(missing), ErrorKind::NotFound};
    return std::move(**found);
}

/// The only record of a list cut to one id, or NotFound saying `missing` when it is empty.
template <typename Record>
Result<Record> onlyOr(Result<std::vector<Record>> seen, std::string missing)
{
    if (!seen)
        return seen.error();
    if (seen->empty())
        return Error{std::move(missing), ErrorKind::NotFound};
    return std::move(seen->front());
}

/// The records of a register that `keep` keeps — every one, or only `id` when given — each as
/// `keep` left it: how a desk answers "what may this member see". `keep(record)` returns
/// Result<bool> and may cut the record to what the member may see of it.
template <typename Record, typename Tx, typename Keep>
Result<std::vector<Record>> keptRecords(Tx& tx, std::optional<std::int64_t> id, Keep&& keep)
{
    std::vector<Record> candidates;
    if (id) {
        auto found = tx.find(*id);
        if (!found)
            return found.error();
        if (*found)
            candidates.push_back(std::move(**found));
    } else {
        auto all = tx.all();
        if (!all)
            return all.error();
        candidates = std::move(*all);
    }
    std::vector<Record> out;
    for (auto& r : candidates) {
        auto kept = keep(r);
        if (!kept)
            return kept.error();
        if (*kept)
            out.push_back(std::move(r));
    }
    return out;
}

} // namespace vigil::registry
