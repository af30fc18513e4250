// SPDX-License-Identifier: EUPL-1.2
#include "actionlog.h"

#include <boost/json/serialize.hpp>
#include <boost/json/value.hpp>

#include <algorithm>
#include <vector>

namespace vigil::registry {

namespace json = boost::json;

namespace {

/// `v` with every object's keys sorted (arrays keep their order: order is content there).
json::value canonical(const json::value& v)
{
    if (v.is_array()) {
        json::array out;
        for (const auto& item : v.as_array())
            out.push_back(canonical(item));
        return out;
    }
    if (!v.is_object())
        return v;
    std::vector<std::pair<std::string, json::value>> items;
    for (const auto& [key, value] : v.as_object())
        items.emplace_back(std::string(key), canonical(value));
    std::sort(items.begin(), items.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    json::object out;
    for (auto& [key, value] : items)
        out.emplace(key, std::move(value));
    return out;
}

} // namespace

Hash32 actionFingerprint(std::string_view path, const json::object& body)
{
    json::object content = body;
    content.erase("action_id");
    const std::string text = std::string(path) + '\n' + json::serialize(canonical(content));
    return blake2b256(asBytes(text));
}

Result<ActionLookup> ActionLog::find(const std::string& memberId, const std::string& actionId, const Hash32& fingerprint)
{
    std::lock_guard guard(m_mutex);
    auto stmt = m_db.prepare(
        "SELECT status, response, request_hash FROM advisor_actions WHERE member_id = ? AND action_id = ?");
    if (!stmt)
        return stmt.error();
    stmt->bindText(1, memberId).bindText(2, actionId);
    auto row = stmt->step();
    if (!row)
        return row.error();
    if (!*row)
        return ActionLookup{};
    // Answers stored before fingerprints existed (schema version 2) have none; they are taken
    // as replays, as they were then (they expire after 30 days).
    const ByteView stored = stmt->blob(2);
    const bool same = stmt->isNull(2) || std::equal(stored.begin(), stored.end(), fingerprint.begin(), fingerprint.end());
    if (!same)
        return ActionLookup{ActionLookup::Outcome::Reused, {}};
    return ActionLookup{ActionLookup::Outcome::Replay,
                        StoredAnswer{static_cast<unsigned>(stmt->int64(0)), stmt->text(1)}};
}

Status ActionLog::record(const std::string& memberId, const std::string& actionId, const Hash32& fingerprint,
                         std::int64_t at, const StoredAnswer& answer)
{
    std::lock_guard guard(m_mutex);
    // A second process that recorded the same id a moment ago keeps its answer (the key is
    // member and action id).
    auto stmt = m_db.prepare("INSERT INTO advisor_actions(action_id, member_id, at, status, response, "
                             "request_hash) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING");
    if (!stmt)
        return stmt.error();
    stmt->bindText(1, actionId).bindText(2, memberId).bind(3, at).bind(4, static_cast<std::int64_t>(answer.status))
        .bindText(5, answer.body).bind(6, fingerprint);
    return stmt->run();
}

} // namespace vigil::registry
