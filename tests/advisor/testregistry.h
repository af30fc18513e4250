// SPDX-License-Identifier: EUPL-1.2
#pragma once

// A real registry on a loopback port for the console's tests: initialised the way
// `vigil-admin` does it, with advisors, a published directory, and reports filed as sealed
// envelopes. This header stays free of Asio and Qt so either side can include it. Failures
// throw std::runtime_error, so it serves Catch2 tests and the Qt Quick tests alike.

#include "tests/support/testenv.h"

#include "shared/keys.h"
#include "shared/message.h"
#include "shared/report.h"
#include "shared/routingheader.h"

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace vigil::advisor::test {

/// A report as the device keeps it after filing: the id and the reply key for answers.
struct FiledReport {
    ReportId reportId{};
    BoxKeyPair replyKey;
    RoutingHeader header;
    std::int64_t caseId = 0;
};

class TestRegistry {
public:
    /// Initialises a registry in a temp folder with unit 13-bde and advisors m1 (safety
    /// officers of 13-bde), m3 and m4 (confidential-advisor pool), m7 (inspectorate), all with
    /// the fixed keys of tests/support/testdata.h, publishes the directory and starts serving.
    TestRegistry();
    ~TestRegistry();
    TestRegistry(const TestRegistry&) = delete;
    TestRegistry& operator=(const TestRegistry&) = delete;

    std::string url() const;
    const PublicKey& rootKey() const;
    /// `vigil-admin enroll` output for this registry (with the directory embedded).
    std::string provisioning();
    /// Registers an advisor (as `vigil-admin advisor add`) and republishes the directory.
    void addAdvisor(const std::string& id, const std::string& name, const std::string& group,
                    const std::string& identity);

    /// Seals `report` for the groups the directory routes it to (minus `excluded` members)
    /// and hands it to the registry's intake, as a relay would.
    FiledReport file(const Report& report, const std::vector<std::string>& excluded = {},
                     const std::string& language = "nl");

    /// The reporter writes again about `original` (a follow-up sealed to its readers), as the
    /// field app's conversation screen does.
    void fileFollowUp(const FiledReport& original, const std::string& text,
                      FollowUpSignal signal = FollowUpSignal::None);

    /// The operator's side of lessons learned (vigil-admin bulletin list/approve/reject).
    std::string submissions(const std::string& state);
    /// The id of the oldest pending submission (REQUIREs one).
    std::int64_t firstPendingSubmission();
    void approveSubmission(std::int64_t id);
    void rejectSubmission(std::int64_t id, const std::string& reason);

    /// Stops serving (the console sees the registry as unreachable) and starts again on the
    /// same port with the same data.
    void stop();
    void restart();

    /// Audit actions ("case.transition", …) recorded for a case, oldest first.
    std::vector<std::string> caseAudit(std::int64_t caseId);
    std::string caseState(std::int64_t caseId);
    std::string caseAssignee(std::int64_t caseId);
    /// Mailbox items (sealed replies) for a reply key, as a device would fetch them.
    std::vector<Bytes> mailbox(const PublicKey& replyKey);
    std::size_t messageCount(std::int64_t caseId, const std::string& kind);
    /// The registry's statistics report (registry/stats exportJson, "vigil-statistics/1") over
    /// its cases, as GET /v1/advisor/stats would serve it.
    std::string statisticsJson(std::int64_t k = 5);
    /// Moves a case along the workflow as member `memberId` would (REQUIREs success).
    void transition(std::int64_t caseId, const std::string& memberId, const std::string& to,
                    const std::string& outcome = "none");
    /// The operator grants member `memberId` the measures role for `unit` (vigil-admin role grant).
    void grantMeasuresRole(const std::string& memberId, const std::string& unit);
    /// …and takes it back (vigil-admin role revoke).
    void revokeMeasuresRole(const std::string& memberId, const std::string& unit);
    /// The operator grants member `memberId` the commander role for `unit` ('' the whole
    /// organisation; vigil-admin role grant --role commander).
    void grantCommanderRole(const std::string& memberId, const std::string& unit);
    /// The operator hands the root key over to three key holders (2 of 3, vigil-admin keyset
    /// init) and publishes the directory they sign (prepare, two signatures, publish --signed);
    /// every later publication is signed by them too.
    void handOverToKeyHolders();
    /// The operator grants member `memberId` the inspectorate role ('' the whole organisation).
    void grantInspectorateRole(const std::string& memberId, const std::string& unit);
    /// The operator defines a count indicator of the reports of `unit` (vigil-admin indicator
    /// add), of the `kinds` given (none: every kind).
    void defineIndicator(const std::string& id, const std::string& nameNl, const std::string& nameEn,
                         const std::string& unit, const std::vector<std::string>& kinds = {});
    /// Raises an alert of indicator `indicatorId` for `month` (YYYY-MM) as the registry's sweep
    /// would (AlertDesk::raise, audited alert.raised); returns its id.
    std::int64_t raiseAlert(const std::string& indicatorId, const std::string& month, double value, double level);
    /// An alert's state as the register holds it ("raised", …; "" when none).
    std::string alertState(std::int64_t alertId);
    /// Puts `count` reports of 13-bde (near misses, medium risk) in `month` (YYYY-MM) into the
    /// indicator cube, as intake would have left them.
    void setMonthCount(const std::string& month, int count);
    /// `proposer` proposes a measure owned by 13-bde's S3 linked to indicator `indicator`;
    /// `implementer` approves, starts and implements it on `implementedOn` (YYYY-MM-DD, not in
    /// the future). Both need a measures role for 13-bde. Returns its id.
    std::int64_t implementedMeasure(const std::string& proposer, const std::string& implementer,
                                    const std::string& indicator, const std::string& implementedOn);
    /// `implementer` approves, starts and implements measure `measureId` on `implementedOn`.
    void implementMeasure(std::int64_t measureId, const std::string& implementer, const std::string& implementedOn);
    /// The measure's indicators as the register holds them, by id, the primary one marked "*".
    std::vector<std::string> measureIndicators(std::int64_t measureId);
    /// A risk's state as the register holds it ("open", "accepted", "closed"; "" when none).
    std::string riskState(std::int64_t riskId);
    /// The measure a case was closed "resolved" by (0: none).
    std::int64_t caseMeasure(std::int64_t caseId);
    /// Moves a measure's due date (to make it overdue in screenshots); `date` is YYYY-MM-DD.
    void setMeasureDue(std::int64_t measureId, const std::string& date, std::int64_t dueAt);
    /// A measure's state as the register holds it ("proposed", "approved", …; "" when none).
    std::string measureState(std::int64_t measureId);
    /// The operator turns automatic assignment by load on or off for a group
    /// (vigil-admin group auto-assign GROUP on|off).
    void setGroupAutoAssign(const std::string& group, bool on);
    /// Case `caseId` came in `hours` ago (its clocks move with it); unless `memberId` is empty,
    /// that member answers the reporter now (a placeholder reply: for the capacity figures).
    void answerAfter(std::int64_t caseId, const std::string& memberId, std::int64_t hours);
    /// Moves a case's acknowledge deadline (to make it overdue or due soon).
    void setAcknowledgeDue(std::int64_t caseId, std::int64_t due);

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

/// A fresh empty folder, removed on destruction (tests/support/testenv.h).
using vigil::test::TempDir;

} // namespace vigil::advisor::test
