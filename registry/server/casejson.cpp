// SPDX-License-Identifier: EUPL-1.2
#include "casejson.h"

#include <boost/json/array.hpp>

namespace vigil::registry {

namespace json = boost::json;

namespace {

json::array texts(const std::vector<std::string>& values)
{
    json::array a;
    for (const auto& v : values)
        a.emplace_back(v);
    return a;
}

void putTime(json::object& o, std::string_view key, const std::optional<UnixSeconds>& t)
{
    if (t)
        o.emplace(key, *t);
    else
        o.emplace(key, nullptr);
}

} // namespace

json::object caseToJson(const CaseSummary& s)
{
    const CaseRecord& c = s.record;
    const RoutingHeader& h = c.header;
    json::object o;
    o.emplace("id", c.id);
    o.emplace("report_id", toHex(h.reportId));
    o.emplace("kind", enumName(h.kind));
    o.emplace("category", enumName(h.category));
    o.emplace("domain", enumName(domainOf(h.category)));
    o.emplace("unit", h.unit);
    o.emplace("month", h.month);
    o.emplace("lang", h.language);
    o.emplace("mode", enumName(h.mode));
    // The reporter's reply key: the console seals answers to it (shared/message.h sealReply).
    o.emplace("reply_key", toHex(h.replyKey));
    o.emplace("severity", enumName(h.severity));
    o.emplace("likelihood", enumName(h.likelihood));
    o.emplace("impact", enumName(h.impact));
    o.emplace("immediate_danger", h.immediateDanger);
    o.emplace("groups", texts(h.groups));
    o.emplace("recipients", texts(h.recipients));
    o.emplace("state", enumName(c.state));
    o.emplace("outcome", enumName(c.outcome));
    o.emplace("assignee", c.assignee);
    o.emplace("received_at", c.receivedAt);
    putTime(o, "acknowledged_at", c.acknowledgedAt);
    putTime(o, "feedback_at", c.feedbackAt);
    putTime(o, "closed_at", c.closedAt);
    o.emplace("acknowledge_due", c.clocks.acknowledgeDue);
    o.emplace("feedback_due", c.clocks.feedbackDue);
    putTime(o, "contact_due", c.clocks.contactDue);
    // So an inbox can show that the reporter wrote without fetching every conversation.
    o.emplace("follow_ups", c.followUps);
    putTime(o, "last_follow_up_at", c.lastFollowUpAt);
    putTime(o, "last_reply_at", c.lastReplyAt);
    putTime(o, "first_reply_at", c.firstReplyAt);
    // The reporter signalled retaliation (issue 16 §3): the console highlights the case.
    putTime(o, "retaliation_at", c.retaliationAt);
    putTime(o, "retaliation_due", c.clocks.retaliationDue);
    json::object clocks;
    clocks.emplace("acknowledge", enumName(s.acknowledgeClock));
    clocks.emplace("feedback", enumName(s.feedbackClock));
    if (s.contactClock)
        clocks.emplace("contact", enumName(*s.contactClock));
    if (s.retaliationClock)
        clocks.emplace("retaliation", enumName(*s.retaliationClock));
    if (s.checkInClock)
        clocks.emplace("checkin", enumName(*s.checkInClock));
    o.emplace("clocks", std::move(clocks));
    // The aftercare plan (issue 16 §2): moments with their status, the reporter's signals.
    json::object aftercare;
    json::array moments;
    for (std::size_t i = 0; i < c.aftercare.checkIns.size() && i < s.checkIns.size(); ++i) {
        const CheckIn& m = c.aftercare.checkIns[i];
        moments.emplace_back(json::object{{"id", m.id}, {"due", m.due}, {"status", enumName(s.checkIns[i])}});
    }
    aftercare.emplace("checkins", std::move(moments));
    putTime(aftercare, "next_checkin", s.nextCheckIn);
    putTime(aftercare, "stopped_at", c.aftercare.stoppedAt);
    putTime(aftercare, "contact_wanted_at", c.aftercare.contactWantedAt);
    aftercare.emplace("contact_wanted", s.contactWanted);
    aftercare.emplace("template", checkInStepsText(s.checkInTemplate));
    o.emplace("aftercare", std::move(aftercare));
    // The measure that resolved the case ("resolved — measure M", docs/pdca.md); null otherwise.
    if (c.resolvedByMeasure)
        o.emplace("measure", *c.resolvedByMeasure);
    else
        o.emplace("measure", nullptr);
    json::array next;
    for (auto state : allowedNext(c.state))
        next.emplace_back(enumName(state));
    o.emplace("next", std::move(next));
    return o;
}

json::object messageToJson(const CaseMessage& m)
{
    json::object o;
    o.emplace("id", m.id);
    o.emplace("kind", m.kind);
    o.emplace("author", m.author);
    o.emplace("at", m.at);
    o.emplace("sealed", toBase64Url(m.sealed));
    return o;
}

json::object auditToJson(const AuditEntry& e)
{
    json::object o;
    o.emplace("seq", e.seq);
    o.emplace("at", e.at);
    o.emplace("actor", e.actor);
    o.emplace("action", e.action);
    o.emplace("detail", e.detail);
    return o;
}

json::object submissionToJson(const BulletinSubmission& b)
{
    json::object o;
    o.emplace("id", b.id);
    if (b.caseId)
        o.emplace("case_id", *b.caseId);
    else
        o.emplace("case_id", nullptr);
    o.emplace("submitted_at", b.submittedAt);
    o.emplace("kind", enumName(b.content.kind));
    json::array categories;
    for (auto c : b.content.categories)
        categories.emplace_back(enumName(c));
    o.emplace("categories", std::move(categories));
    o.emplace("title_nl", b.content.titleNl);
    o.emplace("title_en", b.content.titleEn);
    o.emplace("text_nl", b.content.textNl);
    o.emplace("text_en", b.content.textEn);
    o.emplace("state", enumName(b.state));
    putTime(o, "decided_at", b.decidedAt);
    o.emplace("reason", b.reason);
    if (b.state == SubmissionState::Published)
        o.emplace("sequence", b.content.sequence);
    else
        o.emplace("sequence", nullptr);
    return o;
}

} // namespace vigil::registry
