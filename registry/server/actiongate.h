// SPDX-License-Identifier: EUPL-1.2
#pragma once

// One request at a time per member and action id (actionlog.h): a console that sends its queue
// twice at once — two connections after a timeout, or two front ends behind a load balancer
// each getting one copy — must not get the action done twice because both looked in the log
// before either recorded. The gate is held from before the request looks its id up until it
// has recorded the answer; requests with different ids never wait for each other.
//
// Within a process it is a mutex per id. On PostgreSQL it is also a transaction-scoped
// advisory lock keyed on a hash of member and action id, held by a transaction of its own on a
// connection the gate lends to the request, so the registry processes on one database take
// turns too. Why a lock around find–act–record rather than claiming the id first with the
// log's unique key: an action commits its effects on the case store's connection, in
// transactions of its own, and the answer is recorded afterwards on the log's connection. A
// claim would have to be committed before acting, leaving a "pending" row that the second
// request could only poll, and that a process dying mid-action would strand. The lock instead
// makes the second request wait exactly until the first has recorded its answer (READ
// COMMITTED: its lookup then sees it and replays it), and PostgreSQL releases it when the
// holder's connection closes, so a crashed process blocks nobody. An action that failed with
// 5xx records nothing: the second request then does it, as a resend would.

#include "shared/storage/db.h"

#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace vigil::registry {

class ActionGate {
public:
    /// Within this process only: enough on SQLite, where one process holds the data folder.
    ActionGate() = default;
    /// Across the registry processes on a PostgreSQL database too: `connect` opens another
    /// connection to it (the gate keeps those it opened for the next requests).
    explicit ActionGate(std::function<Result<Connection>()> connect) : m_connect(std::move(connect)) {}
    ActionGate(const ActionGate&) = delete;
    ActionGate& operator=(const ActionGate&) = delete;

    /// Held for the life of a request: waits until no other request (of this process, or on
    /// PostgreSQL of any process on the database) holds `memberId` + `actionId`; an empty id
    /// passes at once.
    class Pass {
    public:
        Pass(ActionGate& gate, const std::string& memberId, const std::string& actionId);
        ~Pass();
        Pass(const Pass&) = delete;
        Pass& operator=(const Pass&) = delete;

        /// False when the database's lock could not be taken (the database did not answer):
        /// the request must then do nothing and answer 5xx, which the console sends again.
        bool held() const { return m_held; }

    private:
        ActionGate& m_gate;
        std::string m_key;
        std::shared_ptr<std::mutex> m_lock;
        std::unique_ptr<Connection> m_db; ///< its transaction holds the id's advisory lock
        bool m_held = true;
    };

private:
    /// A connection for one pass: an idle one, or a new one.
    Result<std::unique_ptr<Connection>> borrow();
    void giveBack(std::unique_ptr<Connection> db);

    std::mutex m_mutex;
    std::map<std::string, std::pair<std::shared_ptr<std::mutex>, int>> m_locks;
    std::function<Result<Connection>()> m_connect;
    std::vector<std::unique_ptr<Connection>> m_idle;
};

} // namespace vigil::registry
