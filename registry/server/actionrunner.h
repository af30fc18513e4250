// SPDX-License-Identifier: EUPL-1.2
#pragma once

// What every route class of the advisor API shares for its actions: who the bearer token
// belongs to, and idempotency under action ids (actionlog.h) — a replay gets the first answer
// again, the same id with another request 409 `action_id_reused`. One runner serves all the
// advisor route classes, so one gate serialises an id whichever route it comes to.

#include "actiongate.h"
#include "actionlog.h"

#include "registry/advisorauth.h"
#include "registry/clocks.h"

#include "shared/net/httpmessage.h"

#include <boost/json/object.hpp>

#include <functional>
#include <optional>
#include <string>

namespace vigil::registry {

/// An action id with the request it came with (actionlog.h).
struct ActionKey {
    std::string actionId;
    Hash32 fingerprint{};
};

class ActionRunner {
public:
    /// `connect` (PostgreSQL): opens another connection to the registry's database, for the
    /// gate's locks across processes (actiongate.h); none on SQLite.
    ActionRunner(AdvisorAuth& auth, ActionLog& actions, Clock clock,
                 std::function<Result<Connection>()> connect = {});

    /// The member a request's bearer token belongs to (an error: answer 401).
    Result<std::string> memberOf(const HttpRequest& request);
    /// An action with an id answered before gets that answer again (a console replaying its
    /// queue), or 409 `action_id_reused` when the id came with another request; nothing when
    /// the id is new or empty.
    std::optional<HttpResponse> replayed(const std::string& memberId, const ActionKey& key);
    /// Keeps `answer` for the action id (if any) and sends it.
    HttpResponse remembered(const std::string& memberId, const ActionKey& key, const StoredAnswer& answer);
    /// One action of a route class, whole: reads the body (400) and its action id (400 without
    /// one), answers a replay or a reused id, runs `act` on the body under the id's gate, and
    /// keeps its answer under the id — unless the registry failed (5xx), which is no answer:
    /// the console's queue sends it again (as when the gate cannot be taken: 500). `act` reads "action_id" like any other field.
    HttpResponse act(const std::string& memberId, const HttpRequest& request,
                     const std::function<StoredAnswer(boost::json::object& body)>& act);
    /// 409 with `"error_kind": "action_id_reused"`.
    static HttpResponse actionIdReused(const std::string& actionId);
    /// Held by a request from before it looks for its action id until it has recorded the answer.
    ActionGate& gate() { return m_gate; }

private:
    AdvisorAuth& m_auth;
    ActionLog& m_actions;
    Clock m_clock;
    ActionGate m_gate;
};

} // namespace vigil::registry
