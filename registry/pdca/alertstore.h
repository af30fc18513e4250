// SPDX-License-Identifier: EUPL-1.2
#pragma once

// What the alerts register keeps (schema v8's alerts table), and the storage interface
// AlertDesk works through, as measurestore.h is for measures: AlertStore runs one transaction
// with its audit entry, AlertTx is what may be read and written inside it. SqlAlertStore is
// the default backend; the rules live in AlertDesk, once.

#include "alertstate.h"
#include "peopletx.h"

#include "registry/audit.h"
#include "registry/clocks.h"

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace vigil::registry {

/// An alert as the register holds it, with the names and scope of its indicator.
struct AlertRecord {
    std::int64_t id = 0;
    std::string indicatorId;
    std::string indicatorNameNl, indicatorNameEn;  ///< read with the alert, not stored on it
    std::string scopeUnit;                         ///< the indicator's unit subtree ('' = all)
    std::string month;                             ///< YYYY-MM, the month that raised it
    std::vector<std::string> months;               ///< later months still above while it was open
    std::string rule;                              ///< "s:n", the rule that fired
    double value = 0;                              ///< the month's published count
    double level = 0;                              ///< the level it exceeded, μ + s·σ
    AlertState state = AlertState::Raised;
    UnixSeconds raisedAt = 0;
    UnixSeconds followUpDue = 0;                   ///< raised_at + the indicator's follow_up_days
    std::optional<std::string> assignee, assignedBy;
    std::optional<UnixSeconds> assignedAt;
    std::optional<std::int64_t> measure;
    std::string explanation;
    std::optional<std::string> followedUpBy, closedBy;
    std::optional<UnixSeconds> followedUpAt, closedAt;
    std::string closeNote;
    bool operator==(const AlertRecord&) const = default;
};

/// What an alert needs to know of its indicator.
struct AlertIndicator {
    std::string id;
    std::string scopeUnit;
    UnixSeconds createdAt = 0;
    bool retired = false;
    bool alerts = true;
    int followUpDays = 30;
};

/// What following up with a measure needs to know of it: whether the member may see it.
struct AlertMeasureFacts {
    std::string ownerUnit;
    std::string proposedBy;
    std::vector<std::int64_t> cases;
};

/// The reads and writes of one transaction of the register (with PeopleTx's reads of members).
class AlertTx : public PeopleTx {
public:
    virtual Result<std::optional<AlertRecord>> find(std::int64_t id) = 0;
    /// Every alert, by id.
    virtual Result<std::vector<AlertRecord>> all() = 0;
    /// Inserts `a` (its id and indicator names ignored) and returns its id; Conflict when the
    /// indicator has an alert for that month already.
    virtual Result<std::int64_t> insert(const AlertRecord& a) = 0;
    /// Writes every stored field of `a` but id, indicator and month.
    virtual Status update(const AlertRecord& a) = 0;
    /// Every indicator ever defined (retired ones too), by id.
    virtual Result<std::vector<AlertIndicator>> indicators() = 0;
    /// A measure's owner, proposer and linked cases; nullopt when there is no such measure.
    virtual Result<std::optional<AlertMeasureFacts>> measure(std::int64_t id) = 0;
};

class AlertStore {
public:
    virtual ~AlertStore() = default;
    /// Runs `body` in one write transaction and appends the audit entry it fills in; if `body`
    /// fails, nothing of it is kept and no entry is written.
    virtual Status write(const std::function<Status(AlertTx&, AuditEntry&)>& body) = 0;
    /// Runs `body` over a consistent view, for reading.
    virtual Status read(const std::function<Status(AlertTx&)>& body) = 0;
};

} // namespace vigil::registry
