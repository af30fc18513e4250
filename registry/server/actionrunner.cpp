// SPDX-License-Identifier: EUPL-1.2
#include "actionrunner.h"

#include "shared/jsonreader.h"

#include <boost/json/serialize.hpp>

namespace vigil::registry {

namespace json = boost::json;

ActionRunner::ActionRunner(AdvisorAuth& auth, ActionLog& actions, Clock clock,
                           std::function<Result<Connection>()> connect)
    : m_auth(auth), m_actions(actions), m_clock(std::move(clock)), m_gate(std::move(connect))
{
}

Result<std::string> ActionRunner::memberOf(const HttpRequest& request)
{
    std::string_view auth = request.header("Authorization");
    constexpr std::string_view bearer = "Bearer ";
    if (auth.substr(0, bearer.size()) != bearer)
        return Error{"sign in first (Authorization: Bearer <token>)"};
    return m_auth.authenticate(auth.substr(bearer.size()));
}

std::optional<HttpResponse> ActionRunner::replayed(const std::string& member, const ActionKey& key)
{
    if (key.actionId.empty())
        return std::nullopt;
    auto previous = m_actions.find(member, key.actionId, key.fingerprint);
    if (!previous)
        return jsonError(500, "action log unavailable");
    switch (previous->outcome) {
    case ActionLookup::Outcome::Fresh: return std::nullopt;
    case ActionLookup::Outcome::Replay: return jsonResponse(previous->answer.status, previous->answer.body);
    case ActionLookup::Outcome::Reused: break;
    }
    return actionIdReused(key.actionId);
}

HttpResponse ActionRunner::actionIdReused(const std::string& actionId)
{
    // Answering the stored "ok" would tell the console that an action it never got done was
    // done; a conflict it cannot mistake for success or for a passing failure is honest.
    json::object o;
    o.emplace("error", "action_id \"" + actionId
                           + "\" was already used for a different request; give every new action a new id");
    o.emplace("error_kind", "action_id_reused");
    return jsonResponse(409, json::serialize(o));
}

HttpResponse ActionRunner::act(const std::string& member, const HttpRequest& request,
                               const std::function<StoredAnswer(json::object& body)>& act)
{
    auto body = parseJsonObject(request.body, "request", 512 * 1024);
    if (!body)
        return jsonError(400, body.error().message);
    const auto id = body->if_contains("action_id");
    const ActionKey key{id && id->is_string() ? std::string(id->as_string()) : std::string(),
                        actionFingerprint(request.path(), *body)};
    if (key.actionId.empty() || key.actionId.size() > 64)
        return jsonError(400, "request.action_id: expected an action id of 1 to 64 characters");
    const ActionGate::Pass pass(m_gate, member, key.actionId);
    if (!pass.held())
        return jsonError(500, "action log unavailable");
    if (auto previous = replayed(member, key))
        return std::move(*previous);
    const StoredAnswer answer = act(*body);
    if (answer.status >= 500)
        return jsonResponse(answer.status, answer.body);
    return remembered(member, key, answer);
}

HttpResponse ActionRunner::remembered(const std::string& member, const ActionKey& key, const StoredAnswer& answer)
{
    if (!key.actionId.empty())
        (void)m_actions.record(member, key.actionId, key.fingerprint, m_clock(), answer);
    return jsonResponse(answer.status, answer.body);
}

} // namespace vigil::registry
