// SPDX-License-Identifier: EUPL-1.2
#pragma once

// Turns what the registry keeps about a case (sealed messages, audit entries) and what this
// console keeps (its sent copies, its queue) into the rows the case view shows, opening
// whatever this advisor's keys can open.

#include "casecache.h"
#include "messagelistmodel.h"

#include "shared/keys.h"

#include <functional>
#include <vector>

namespace vigil::advisor {

class Roster;

struct ThreadInputs {
    QByteArray messagesJson;                   ///< GET …/messages answer (may be empty)
    std::vector<SentCopy> sent;                ///< this advisor's copies of its replies
    std::vector<QueuedAction> queued;          ///< queued actions of this case
    const BoxKeyPair* boxKey = nullptr;
    const Roster* roster = nullptr;            ///< to check note signatures (may be null)
    QString me;
    std::function<QString(const QString&)> nameOf;
};

struct Threads {
    std::vector<MessageRow> conversation;      ///< replies and reporter follow-ups
    std::vector<MessageRow> notes;
};

Threads buildThreads(const ThreadInputs& in);

/// Rows of a GET …/history answer.
std::vector<HistoryRow> buildHistory(const QByteArray& historyJson,
                                     const std::function<QString(const QString&)>& nameOf);

} // namespace vigil::advisor
