// SPDX-License-Identifier: EUPL-1.2
#include "caseservice.h"

#include "shared/receipt.h"
#include "shared/routing.h"
#include "shared/seal.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <set>

namespace vigil::registry {

CaseService::CaseService(CaseStore& store, OrgStore& org, const RegistryKeys& keys, WorkflowPolicy policy, Clock clock)
    : m_store(store), m_org(org), m_keys(keys), m_policy(policy), m_clock(std::move(clock)),
      m_random(std::random_device{}()), m_issuerKeys(org, keys.root.publicKey)
{
}

Result<tokens::TokenPolicy> CaseService::tokenPolicy()
{
    tokens::TokenPolicy policy = m_policy.tokens;
    if (policy.keys)
        return policy;
    auto published = m_issuerKeys.current();
    if (!published)
        return published.error();
    policy.keys = std::move(*published);
    return policy;
}

Result<CaseService::RulesInUse> CaseService::intakeRules(bool mustRead)
{
    std::lock_guard lock(m_rulesMutex);
    // The stamp before the rules: a change between the two is read again next time.
    auto stamp = m_org.changeStamp();
    if (!stamp)
        return stamp.error();
    const auto now = std::chrono::steady_clock::now();
    if (m_rules && !mustRead) {
        if (*stamp && *stamp == m_rulesStamp)
            return RulesInUse{m_rules, true};
        if (!*stamp && now - m_rulesReadAt < kIntakeRulesMaxAge)
            return RulesInUse{m_rules, false};
    }
    auto routes = m_org.routes();
    if (!routes)
        return routes.error();
    auto rule = tokenPolicy();
    if (!rule)
        return rule.error();
    m_rules = std::make_shared<const IntakeRules>(IntakeRules{std::move(*routes), std::move(*rule)});
    m_rulesStamp = *stamp;
    m_rulesReadAt = now;
    return RulesInUse{m_rules, true};
}

Result<CaseService::Checked> CaseService::checkWith(ByteView envelope, RulesInUse& rules)
{
    auto checked = check(envelope, rules.rules->routes, rules.rules->tokens);
    if (checked || rules.current)
        return checked;
    auto now = intakeRules(true);
    if (!now)
        return now.error();
    rules = std::move(*now);
    return check(envelope, rules.rules->routes, rules.rules->tokens);
}

Result<std::shared_ptr<const Directory>> CaseService::directoryFor(std::uint32_t version)
{
    {
        std::lock_guard lock(m_directoryMutex);
        if (auto it = m_directories.find(version); it != m_directories.end())
            return it->second;
    }
    auto directory = m_org.directoryVersion(version, m_keys.root.publicKey);
    if (!directory)
        return directory.error();
    if (!*directory)
        return std::shared_ptr<const Directory>();
    auto shared = std::make_shared<const Directory>(std::move(**directory));
    std::lock_guard lock(m_directoryMutex);
    m_directories.emplace(version, shared);
    return shared;
}

Error CaseService::unpublishedVersion(std::uint32_t version)
{
    std::string newest = "none yet";
    if (auto latest = m_org.newestDirectoryVersion(); latest && *latest > 0)
        newest = std::to_string(*latest);
    return Error{"header names directory version " + std::to_string(version)
                     + ", which this registry never published (its newest is " + newest + ")",
                 ErrorKind::Invalid};
}

Result<CaseService::Checked> CaseService::check(ByteView envelope, const std::vector<RouteEntry>& routes,
                                                const tokens::TokenPolicy& rule)
{
    // The token first: it is cheaper than opening the header, and a relay checked it already,
    // so an envelope failing it here came around a relay (or through one that does not check).
    tokens::Admission admitted;
    if (rule.keys || rule.require != tokens::TokenRequirement::Never) {
        auto view = parseEnvelope(envelope);
        if (!view)
            return view.error();
        auto admission = tokens::admitEnvelopeToken(rule, *view, m_clock());
        if (!admission)
            return admission.error();
        admitted = *admission;
    }
    auto header = openRoutingHeader(envelope, m_keys.routing);
    if (!header)
        return header.error();
    // Judge the recipients against the directory the device sealed with. Every version this
    // registry published is kept, so a device that has not synced the newest one is judged by
    // what it saw. A version never published here (a forged or foreign header) is refused:
    // the newest directory would judge another member list than the device used.
    auto found = directoryFor(header->directoryVersion);
    if (!found)
        return found.error();
    if (!*found)
        return unpublishedVersion(header->directoryVersion);
    std::shared_ptr<const Directory> directory = *found;
    std::set<std::string> members;
    for (const auto& g : header->groups) {
        const Group* group = directory->group(g);
        if (group == nullptr)
            return Error{"header names group \"" + g + "\", which directory version "
                             + std::to_string(directory->version) + " does not have",
                         ErrorKind::Invalid};
        for (const auto& m : group->members)
            members.insert(m.id);
    }
    for (const auto& r : header->recipients)
        if (!members.contains(r))
            return Error{"recipient \"" + r + "\" is not a member of the report's groups", ErrorKind::Invalid};

    Checked out{std::move(*header), envelopeHash(envelope), std::nullopt, {}, admitted.token, admitted.tokenless};
    const RouteQuery query = routeQueryFor(out.header);
    for (const Group* g : resolveGroups(*directory, query))
        if (std::find(out.header.groups.begin(), out.header.groups.end(), g->id) == out.header.groups.end())
            out.remarks += (out.remarks.empty() ? "rules also route to " : ", ") + g->id;
    for (const auto& r : routes)
        if (r.contactHours && ruleApplies(r.rule, query))
            out.contactHours = out.contactHours ? std::min(*out.contactHours, *r.contactHours) : *r.contactHours;
    if (out.header.immediateDanger) {
        // In danger now: the immediate-contact route, a first-contact clock of hours, which
        // puts the case on top of every inbox ordered by the next deadline.
        const std::int64_t hours = m_policy.immediateContactHours;
        out.contactHours = out.contactHours ? std::min(*out.contactHours, hours) : hours;
        out.remarks += std::string(out.remarks.empty() ? "" : "; ") + "immediate-contact route";
    }
    return out;
}

Status CaseService::validate(ByteView envelope)
{
    auto rules = intakeRules();
    if (!rules)
        return rules.error();
    auto checked = checkWith(envelope, *rules);
    if (!checked)
        return checked.error();
    return {};
}

Result<std::vector<IntakeResult>> CaseService::intake(std::span<const ByteView> envelopes)
{
    auto prepared = prepareIntake(envelopes);
    if (!prepared)
        return prepared.error();
    PreparedIntake* one = &*prepared;
    if (auto s = commitIntake(std::span(&one, 1)); !s)
        return s.error();
    return std::move(prepared->results);
}

Result<PreparedIntake> CaseService::prepareIntake(std::span<const ByteView> envelopes)
{
    PreparedIntake out;
    out.results.resize(envelopes.size());
    const UnixSeconds now = m_clock();
    auto rules = intakeRules();
    if (!rules)
        return rules.error();
    for (std::size_t i = 0; i < envelopes.size(); ++i) {
        auto checked = checkWith(envelopes[i], *rules);
        if (!checked) {
            out.results[i].status = IngestStatus::Invalid;
            out.results[i].reason = checked.error().message;
            continue;
        }
        NewCase c;
        c.clocks = clocksFor(now, m_policy.clocks, checked->contactHours);
        c.header = std::move(checked->header);
        c.envelopeHash = checked->envelopeHash;
        c.envelope.assign(envelopes[i].begin(), envelopes[i].end());
        c.receivedAt = now;
        c.auditDetail = checked->remarks;
        c.retaliationHours = m_policy.retaliationContactHours;
        c.token = checked->token;
        out.results[i].reportId = c.header.reportId;
        out.results[i].tokenless = checked->tokenless;
        out.fresh.push_back(std::move(c));
        out.freshIndex.push_back(i);
    }
    return out;
}

Status CaseService::commitIntake(std::span<PreparedIntake* const> batches)
{
    // One signature for everything new in this commit; a receipt made for an envelope that
    // turns out to be a duplicate is simply not used (the original one is returned).
    std::vector<NewCase> all;
    for (PreparedIntake* b : batches)
        for (auto& c : b->fresh)
            all.push_back(std::move(c));
    std::vector<ReceiptLeaf> leaves;
    leaves.reserve(all.size());
    for (const auto& c : all)
        leaves.push_back(ReceiptLeaf{c.header.reportId, c.envelopeHash});
    const auto receipts = signReceiptBatch(m_keys.receipt, leaves, static_cast<std::uint64_t>(m_clock()));
    for (std::size_t k = 0; k < all.size(); ++k)
        all[k].receipt = encodeReceipt(receipts[k]);
    auto created = m_store.createCases(all, "registry");
    // The envelopes go back to their batches either way: a failed commit may be retried.
    std::size_t k = 0;
    for (PreparedIntake* b : batches)
        for (auto& c : b->fresh)
            c = std::move(all[k++]);
    if (!created)
        return created.error();
    k = 0;
    for (PreparedIntake* b : batches) {
        for (std::size_t j = 0; j < b->fresh.size(); ++j, ++k) {
            const auto& o = (*created)[k];
            IntakeResult& r = b->results[b->freshIndex[j]];
            r.caseId = o.caseId;
            r.receipt = o.receipt;
            r.status = o.status == CreateStatus::Created     ? IngestStatus::Stored
                       : o.status == CreateStatus::Duplicate ? IngestStatus::Duplicate
                       : o.status == CreateStatus::Conflict  ? IngestStatus::Conflict
                                                             : IngestStatus::Invalid;
            if (o.status == CreateStatus::TokenSpent) {
                r.reason = "token: already spent on another envelope";
                r.receipt.clear();
            }
            if (o.status == CreateStatus::Conflict)
                r.reason = "another envelope with this report id is already a case";
            if (o.status == CreateStatus::Refused) {
                r.reason = "a follow-up must carry the reply key of the report it follows";
                r.receipt.clear();
            }
        }
    }
    return {};
}

CaseSummary CaseService::summarise(const CaseRecord& c) const
{
    const ClockStatuses clocks
        = clockStatuses(c.clocks, ClockEvents{c.acknowledgedAt, c.feedbackAt, c.firstReplyAt, c.retaliationAt, c.lastReplyAt},
                        m_clock(), m_policy.clocks);
    CaseSummary s;
    s.record = c;
    s.acknowledgeClock = clocks.acknowledge;
    s.feedbackClock = clocks.feedback;
    s.contactClock = clocks.contact;
    s.retaliationClock = clocks.retaliation;
    if (c.state == CaseState::Closed) {
        s.acknowledgeClock = ClockStatus::Met;
        s.feedbackClock = ClockStatus::Met;
        if (s.contactClock)
            s.contactClock = ClockStatus::Met;
        if (s.retaliationClock)
            s.retaliationClock = ClockStatus::Met;
    }
    const UnixSeconds now = m_clock();
    const std::int64_t grace = m_policy.checkInGraceDays;
    s.checkInClock = checkInClock(c.aftercare, c.lastReplyAt, now, grace);
    for (const auto& moment : c.aftercare.checkIns)
        s.checkIns.push_back(checkInStatus(moment.due, c.aftercare, c.lastReplyAt, now, grace));
    s.nextCheckIn = nextCheckIn(c.aftercare, now);
    s.contactWanted = contactWanted(c.aftercare, c.lastReplyAt);
    if (auto t = m_policy.checkInTemplates.find(domainOf(c.header.category)); t != m_policy.checkInTemplates.end())
        s.checkInTemplate = t->second;
    return s;
}

namespace {

bool holdsKey(const CaseRecord& c, const std::string& memberId)
{
    return std::find(c.header.recipients.begin(), c.header.recipients.end(), memberId) != c.header.recipients.end();
}

/// Whether the member still belongs to one of the groups the case was routed to: holding a
/// key wrap is not enough once the operator took the member out of those groups.
bool stillInGroups(const CaseRecord& c, const std::vector<std::string>& memberGroups)
{
    return std::any_of(c.header.groups.begin(), c.header.groups.end(), [&](const std::string& g) {
        return std::find(memberGroups.begin(), memberGroups.end(), g) != memberGroups.end();
    });
}

} // namespace

Result<std::vector<CaseSummary>> CaseService::casesFor(const std::string& memberId)
{
    auto groups = m_org.groupsOf(memberId);
    if (!groups)
        return groups.error();
    auto cases = m_store.casesForMember(memberId);
    if (!cases)
        return cases.error();
    std::vector<CaseSummary> out;
    for (const auto& c : *cases)
        if (stillInGroups(c, *groups))
            out.push_back(summarise(c));
    return out;
}

Result<CaseRecord> CaseService::visibleCase(const std::string& memberId, std::int64_t caseId)
{
    auto groups = m_org.groupsOf(memberId);
    if (!groups)
        return groups.error();
    auto c = m_store.findCase(caseId);
    if (!c)
        return c.error();
    // The same answer for "no such case" and "not yours": existence is not leaked.
    if (!*c || !holdsKey(**c, memberId) || !stillInGroups(**c, *groups))
        return Error{"no case " + std::to_string(caseId) + " for this advisor", ErrorKind::NotFound};
    return std::move(**c);
}

Result<CaseRecord> CaseService::caseFor(const std::string& memberId, std::int64_t caseId)
{
    return visibleCase(memberId, caseId);
}

Result<Bytes> CaseService::envelopeFor(const std::string& memberId, std::int64_t caseId)
{
    auto c = visibleCase(memberId, caseId);
    if (!c)
        return c.error();
    return m_store.sealedEnvelope(caseId);
}

Status CaseService::transition(const std::string& memberId, std::int64_t caseId, CaseState to, CaseOutcome outcome)
{
    auto prepared = prepareTransition(memberId, caseId, to, outcome, std::nullopt);
    if (!prepared)
        return prepared.error();
    return m_store.updateCase(prepared->updated, std::move(prepared->audit));
}

Result<CaseService::PreparedTransition> CaseService::prepareTransition(const std::string& memberId,
                                                                       std::int64_t caseId, CaseState to,
                                                                       CaseOutcome outcome,
                                                                       std::optional<std::int64_t> measure)
{
    auto c = visibleCase(memberId, caseId);
    if (!c)
        return c.error();
    if (auto s = checkTransition(c->state, to, outcome); !s)
        return s.error();
    if (measure && (to != CaseState::Closed || outcome != CaseOutcome::Resolved))
        return Error{"measure: a case names a measure only when it is closed as resolved", ErrorKind::Invalid};
    const UnixSeconds now = m_clock();
    std::string detail = std::string(enumName(c->state)) + " -> " + std::string(enumName(to));
    if (outcome != CaseOutcome::None)
        detail += " (" + std::string(enumName(outcome)) + (measure ? ", measure " + std::to_string(*measure) : "") + ")";
    c->state = to;
    if (to == CaseState::Acknowledged)
        c->acknowledgedAt = now;
    if (to == CaseState::Assigned && c->assignee.empty())
        c->assignee = memberId;
    if (to == CaseState::FeedbackGiven && !c->feedbackAt)
        c->feedbackAt = now;
    if (to == CaseState::Closed) {
        c->outcome = outcome;
        c->closedAt = now;
        c->resolvedByMeasure = measure;
        std::uniform_int_distribution<std::int64_t> jitter(0, m_policy.retentionJitterDays * 86400);
        c->deleteAfter = now + m_policy.retentionDays * 86400 + jitter(m_random);
    }
    return PreparedTransition{std::move(*c),
                              AuditEntry{0, now, memberId, "case.transition", std::to_string(caseId), detail, {}, {}}};
}

Status CaseService::assign(const std::string& memberId, std::int64_t caseId, const std::string& assignee)
{
    auto c = visibleCase(memberId, caseId);
    if (!c)
        return c.error();
    auto assigneeGroups = m_org.groupsOf(assignee);
    if (!assigneeGroups)
        return assigneeGroups.error();
    if (!holdsKey(*c, assignee) || !stillInGroups(*c, *assigneeGroups))
        return Error{"\"" + assignee + "\" cannot take this case: they do not hold its key (not in the group, or "
                     "excluded by the reporter)",
                     ErrorKind::Conflict};
    if (c->state == CaseState::Acknowledged) {
        c->state = CaseState::Assigned;
    } else if (!canReassign(c->state)) {
        return Error{"a case in state " + std::string(enumName(c->state)) + " cannot be (re)assigned",
                     ErrorKind::Conflict};
    }
    const std::string detail = (c->assignee.empty() ? "assigned to " : c->assignee + " -> ") + assignee;
    c->assignee = assignee;
    return m_store.updateCase(*c, AuditEntry{0, m_clock(), memberId, "case.assigned", std::to_string(caseId), detail, {}, {}});
}

Result<std::int64_t> CaseService::reply(const std::string& memberId, std::int64_t caseId, Bytes sealedReply)
{
    auto c = visibleCase(memberId, caseId);
    if (!c)
        return c.error();
    if (sealedReply.empty() || sealedReply.size() > 64 * 1024)
        return Error{"a reply must be 1 byte to 64 KiB", ErrorKind::Invalid};
    const UnixSeconds now = m_clock();
    CaseMessage m{0, "reply", memberId, now, std::move(sealedReply)};
    return m_store.postReply(caseId, mailboxId(c->header.replyKey), m,
                             AuditEntry{0, now, memberId, "case.reply", std::to_string(caseId), "reply posted", {}, {}});
}

Status CaseService::note(const std::string& memberId, std::int64_t caseId, Bytes sealedNote)
{
    auto c = visibleCase(memberId, caseId);
    if (!c)
        return c.error();
    if (sealedNote.empty() || sealedNote.size() > 256 * 1024)
        return Error{"a note must be 1 byte to 256 KiB", ErrorKind::Invalid};
    const UnixSeconds now = m_clock();
    return m_store.addMessage(caseId, CaseMessage{0, "note", memberId, now, std::move(sealedNote)},
                              AuditEntry{0, now, memberId, "case.note", std::to_string(caseId), "note added", {}, {}});
}

Result<std::vector<CaseMessage>> CaseService::messagesFor(const std::string& memberId, std::int64_t caseId)
{
    auto c = visibleCase(memberId, caseId);
    if (!c)
        return c.error();
    return m_store.messages(caseId);
}

Result<std::vector<AuditEntry>> CaseService::historyFor(const std::string& memberId, std::int64_t caseId)
{
    auto c = visibleCase(memberId, caseId);
    if (!c)
        return c.error();
    auto log = m_store.auditLog();
    if (!log)
        return log.error();
    std::vector<AuditEntry> out;
    const std::string subject = std::to_string(caseId);
    std::copy_if(log->begin(), log->end(), std::back_inserter(out),
                 [&](const AuditEntry& e) { return e.subject == subject && e.action.rfind("case.", 0) == 0; });
    return out;
}

namespace {

bool anyClock(const CaseSummary& s, ClockStatus status)
{
    return s.acknowledgeClock == status || s.feedbackClock == status || (s.contactClock && *s.contactClock == status)
        || (s.retaliationClock && *s.retaliationClock == status) || (s.checkInClock && *s.checkInClock == status);
}

std::string dayText(UnixSeconds t)
{
    const std::chrono::sys_days day = std::chrono::floor<std::chrono::days>(std::chrono::sys_seconds{std::chrono::seconds{t}});
    const std::chrono::year_month_day ymd{day};
    char text[16];
    std::snprintf(text, sizeof text, "%04d-%02u-%02u", static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()),
                  static_cast<unsigned>(ymd.day()));
    return text;
}

} // namespace

Status CaseService::planCheckIns(const std::string& memberId, std::int64_t caseId, std::vector<UnixSeconds> dues)
{
    auto c = visibleCase(memberId, caseId);
    if (!c)
        return c.error();
    const UnixSeconds now = m_clock();
    std::string how = "by hand";
    if (dues.empty()) {
        const auto t = m_policy.checkInTemplates.find(domainOf(c->header.category));
        if (t == m_policy.checkInTemplates.end() || t->second.empty())
            return Error{"this route has no check-in template: add the moments by hand", ErrorKind::Invalid};
        dues = checkInMoments(t->second, c->closedAt.value_or(now));
        how = "from the " + std::string(enumName(t->first)) + " template (" + checkInStepsText(t->second) + ") after "
            + (c->closedAt ? "closing" : "today");
    }
    for (UnixSeconds due : dues)
        if (due <= now || due > now + kMaxCheckInDaysAhead * 86400)
            return Error{"a check-in must lie after now and within " + std::to_string(kMaxCheckInDaysAhead) + " days",
                         ErrorKind::Invalid};
    std::sort(dues.begin(), dues.end());
    std::string days;
    for (UnixSeconds due : dues)
        days += (days.empty() ? "" : ", ") + dayText(due);
    return m_store.addCheckIns(caseId, dues, memberId,
                               AuditEntry{0, now, memberId, "case.checkins_planned", std::to_string(caseId),
                                          std::to_string(dues.size()) + " check-in(s) " + how + ": " + days, {}, {}});
}

Status CaseService::removeCheckIn(const std::string& memberId, std::int64_t caseId, std::int64_t checkInId)
{
    auto c = visibleCase(memberId, caseId);
    if (!c)
        return c.error();
    return m_store.removeCheckIn(caseId, checkInId,
                                 AuditEntry{0, m_clock(), memberId, "case.checkin_removed", std::to_string(caseId),
                                            "check-in " + std::to_string(checkInId) + " removed", {}, {}});
}

namespace {

/// Open cases and closed ones whose plan still runs: every case with a clock that can be late.
Result<std::vector<CaseRecord>> clockedCases(CaseStore& store)
{
    auto open = store.openCases();
    if (!open)
        return open.error();
    auto aftercare = store.closedCasesWithCheckIns();
    if (!aftercare)
        return aftercare.error();
    open->insert(open->end(), std::make_move_iterator(aftercare->begin()), std::make_move_iterator(aftercare->end()));
    return open;
}

} // namespace

Result<std::vector<CaseSummary>> CaseService::overdue()
{
    auto cases = clockedCases(m_store);
    if (!cases)
        return cases.error();
    std::vector<CaseSummary> out;
    for (const auto& c : *cases)
        if (auto s = summarise(c); anyClock(s, ClockStatus::Overdue))
            out.push_back(std::move(s));
    return out;
}

Result<std::vector<CaseSummary>> CaseService::dueSoon()
{
    auto cases = clockedCases(m_store);
    if (!cases)
        return cases.error();
    std::vector<CaseSummary> out;
    for (const auto& c : *cases)
        if (auto s = summarise(c); anyClock(s, ClockStatus::DueSoon) && !anyClock(s, ClockStatus::Overdue))
            out.push_back(std::move(s));
    return out;
}

Result<std::size_t> CaseService::runRetention()
{
    auto round = retentionRound();
    if (!round)
        return round.error();
    return round->deleted;
}

Result<RetentionRound> CaseService::retentionRound()
{
    return m_store.purgeExpired(m_clock());
}

} // namespace vigil::registry
