<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AftercarePane</name>
    <message>
        <source>Check-in moments with the reporter. At each, write to them in the conversation: the check-in is done with the first reply after it. Your reply tells their app the next moment.</source>
        <translation>Check-in moments with the reporter. At each, write to them in the conversation: the check-in is done with the first reply after it. Your reply tells their app the next moment.</translation>
    </message>
    <message>
        <source>The reporter asked for more contact. Write to them in the conversation.</source>
        <translation>The reporter asked for more contact. Write to them in the conversation.</translation>
    </message>
    <message>
        <source>Use template: %1</source>
        <translation>Use template: %1</translation>
    </message>
    <message>
        <source>Add a check-in in</source>
        <translation>Add a check-in in</translation>
    </message>
    <message>
        <source>Days from today</source>
        <translation>Days from today</translation>
    </message>
    <message>
        <source>days</source>
        <translation>days</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Add a check-in</source>
        <translation>Add a check-in</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Check-ins</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove the check-in of %1</source>
        <translation>Remove the check-in of %1</translation>
    </message>
    <message>
        <source>No check-ins planned.</source>
        <translation>No check-ins planned.</translation>
    </message>
    <message>
        <source>Remove check-in</source>
        <translation>Remove check-in</translation>
    </message>
    <message>
        <source>Remove the check-in of %1 from the plan?</source>
        <translation>Remove the check-in of %1 from the plan?</translation>
    </message>
</context>
<context>
    <name>AlertDelegate</name>
    <message>
        <source>Alert %1, %2, %3: %4</source>
        <translation>Alert %1, %2, %3: %4</translation>
    </message>
    <message>
        <source>%1, due %2</source>
        <translation>%1, due %2</translation>
    </message>
    <message>
        <source>assigned to %1</source>
        <translation>assigned to %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>AlertDialog</name>
    <message>
        <source>Alert #%1: %2</source>
        <translation>Alert #%1: %2</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Months</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Follow up by</source>
        <translation>Follow up by</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Assigned to</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <source>Followed up by</source>
        <translation>Followed up by</translation>
    </message>
    <message>
        <source>Closed by</source>
        <translation>Closed by</translation>
    </message>
    <message>
        <source>Closing note</source>
        <translation>Closing note</translation>
    </message>
    <message>
        <source>Close alert #%1? A closed alert is not reopened: a later month that fires raises a new one.</source>
        <translation>Close alert #%1? A closed alert is not reopened: a later month that fires raises a new one.</translation>
    </message>
    <message>
        <source>Assign to</source>
        <translation>Assign to</translation>
    </message>
    <message>
        <source>Choose a member</source>
        <translation>Choose a member</translation>
    </message>
    <message>
        <source>Member to assign the alert to</source>
        <translation>Member to assign the alert to</translation>
    </message>
    <message>
        <source>Only a member with a measures or commander role covering the unit can follow it up; the registry refuses anyone else.</source>
        <translation>Only a member with a measures or commander role covering the unit can follow it up; the registry refuses anyone else.</translation>
    </message>
    <message>
        <source>No measure</source>
        <translation>No measure</translation>
    </message>
    <message>
        <source>Measure that answers the alert</source>
        <translation>Measure that answers the alert</translation>
    </message>
    <message>
        <source>Explanation: why no (other) measure is needed (required without a measure).</source>
        <translation>Explanation: why no (other) measure is needed (required without a measure).</translation>
    </message>
    <message>
        <source>Closing note (optional).</source>
        <translation>Closing note (optional).</translation>
    </message>
    <message>
        <source>You read this alert: assigning, following up and closing need a measures or commander role covering its unit.</source>
        <translation>You read this alert: assigning, following up and closing need a measures or commander role covering its unit.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Keep it open</source>
        <translation>Keep it open</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Assign</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Follow up</translation>
    </message>
    <message>
        <source>Close the alert</source>
        <translation>Close the alert</translation>
    </message>
</context>
<context>
    <name>AlertText</name>
    <message>
        <source>Raised</source>
        <translation>Raised</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Assigned</translation>
    </message>
    <message>
        <source>Followed up</source>
        <translation>Followed up</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Assign</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Follow up</translation>
    </message>
    <message>
        <source>Close alert</source>
        <translation>Close alert</translation>
    </message>
</context>
<context>
    <name>BarChartCard</name>
    <message>
        <source>No figures.</source>
        <translation>No figures.</translation>
    </message>
</context>
<context>
    <name>CaseActions</name>
    <message>
        <source>Next step:</source>
        <translation>Next step:</translation>
    </message>
    <message>
        <source>Closed: no further steps.</source>
        <translation>Closed: no further steps.</translation>
    </message>
    <message>
        <source>Draft lessons-learned bulletin</source>
        <translation>Draft lessons-learned bulletin</translation>
    </message>
    <message>
        <source>Colleague to assign the case to</source>
        <translation>Colleague to assign the case to</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Assign</translation>
    </message>
    <message>
        <source>Assign the case to %1</source>
        <translation>Assign the case to %1</translation>
    </message>
    <message>
        <source>⟳ %1 — waiting for the registry</source>
        <translation>⟳ %1 — waiting for the registry</translation>
    </message>
    <message>
        <source>Close case…</source>
        <translation>Close case…</translation>
    </message>
    <message>
        <source>Close the case (asks for an outcome and a reason)</source>
        <translation>Close the case (asks for an outcome and a reason)</translation>
    </message>
    <message>
        <source>Propose measure…</source>
        <translation>Propose measure…</translation>
    </message>
    <message>
        <source>Propose a measure that answers this case</source>
        <translation>Propose a measure that answers this case</translation>
    </message>
</context>
<context>
    <name>CaseDelegate</name>
    <message>
        <source>Case %1, %2, %3, %4, %5</source>
        <translation>Case %1, %2, %3, %4, %5</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>me</source>
        <translation>me</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
    <message>
        <source>Reporter wrote</source>
        <translation>Reporter wrote</translation>
    </message>
    <message>
        <source>Retaliation reported</source>
        <translation>Retaliation reported</translation>
    </message>
    <message>
        <source>Check-in overdue</source>
        <translation>Check-in overdue</translation>
    </message>
    <message>
        <source>Check-in due</source>
        <translation>Check-in due</translation>
    </message>
    <message>
        <source>Wants more contact</source>
        <translation>Wants more contact</translation>
    </message>
</context>
<context>
    <name>CaseHeader</name>
    <message>
        <source>Case %1</source>
        <translation>Case %1</translation>
    </message>
    <message>
        <source>received %1</source>
        <translation>received %1</translation>
    </message>
    <message>
        <source>report %1</source>
        <translation>report %1</translation>
    </message>
    <message>
        <source>Assigned to: %1 · Readable by: %2</source>
        <translation>Assigned to: %1 · Readable by: %2</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>nobody yet</translation>
    </message>
    <message>
        <source>%1: %2 (due %3)</source>
        <translation>%1: %2 (due %3)</translation>
    </message>
    <message>
        <source>The reporter says they are experiencing retaliation for this report (%1). Answer them in the conversation within 24 hours.</source>
        <translation>The reporter says they are experiencing retaliation for this report (%1). Answer them in the conversation within 24 hours.</translation>
    </message>
</context>
<context>
    <name>CaseInfo</name>
    <message>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <source>1 d %1 h</source>
        <translation>1 d %1 h</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>overdue by %1</source>
        <translation>overdue by %1</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 left</translation>
    </message>
</context>
<context>
    <name>CasePane</name>
    <message>
        <source>Select a case: j / k or the arrow keys, then Enter.</source>
        <translation>Select a case: j / k or the arrow keys, then Enter.</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Conversation (%1)</source>
        <translation>Conversation (%1)</translation>
    </message>
    <message>
        <source>Conversation with the reporter</source>
        <translation>Conversation with the reporter</translation>
    </message>
    <message>
        <source>Internal notes (%1)</source>
        <translation>Internal notes (%1)</translation>
    </message>
    <message>
        <source>Internal notes</source>
        <translation>Internal notes</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Audit history</source>
        <translation>Audit history</translation>
    </message>
    <message>
        <source>Send reply</source>
        <translation>Send reply</translation>
    </message>
    <message>
        <source>No messages yet. The reporter reads replies with the app they filed from.</source>
        <translation>No messages yet. The reporter reads replies with the app they filed from.</translation>
    </message>
    <message>
        <source>Internal note for the members who hold this case. The reporter and the registry cannot read it.</source>
        <translation>Internal note for the members who hold this case. The reporter and the registry cannot read it.</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Add note</translation>
    </message>
    <message>
        <source>No internal notes.</source>
        <translation>No internal notes.</translation>
    </message>
    <message>
        <source>Write to the reporter. Only the reporter reads this, and the colleagues who hold this case.</source>
        <translation>Write to the reporter. Only the reporter reads this, and the colleagues who hold this case.</translation>
    </message>
    <message>
        <source>Aftercare plan</source>
        <translation>Aftercare plan</translation>
    </message>
</context>
<context>
    <name>ClockDelegate</name>
    <message>
        <source>Measure %1, %2: %3, %4, %5</source>
        <translation>Measure %1, %2: %3, %4, %5</translation>
    </message>
</context>
<context>
    <name>CloseCaseDialog</name>
    <message>
        <source>Close case #%1?</source>
        <translation>Close case #%1?</translation>
    </message>
    <message>
        <source>A closed case cannot be opened again. Its clocks stop and the reporter can no longer expect an answer.</source>
        <translation>A closed case cannot be opened again. Its clocks stop and the reporter can no longer expect an answer.</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Reason (required). Kept with the case as an internal note: only the colleagues who hold this case can read it.</source>
        <translation>Reason (required). Kept with the case as an internal note: only the colleagues who hold this case can read it.</translation>
    </message>
    <message>
        <source>Why is this case closed?</source>
        <translation>Why is this case closed?</translation>
    </message>
    <message>
        <source>Reason for closing</source>
        <translation>Reason for closing</translation>
    </message>
    <message>
        <source>Message to the reporter (optional). Sent as a reply: only the reporter reads it, and the colleagues who hold this case.</source>
        <translation>Message to the reporter (optional). Sent as a reply: only the reporter reads it, and the colleagues who hold this case.</translation>
    </message>
    <message>
        <source>The reporter cannot be written to from this case.</source>
        <translation>The reporter cannot be written to from this case.</translation>
    </message>
    <message>
        <source>For example: thank you for reporting; what was looked into and why the case is closed.</source>
        <translation>For example: thank you for reporting; what was looked into and why the case is closed.</translation>
    </message>
    <message>
        <source>Message to the reporter</source>
        <translation>Message to the reporter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Cancel: keep the case open</source>
        <translation>Cancel: keep the case open</translation>
    </message>
    <message>
        <source>Close the case</source>
        <translation>Close the case</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>No approved measure you can see</source>
        <translation>No approved measure you can see</translation>
    </message>
    <message>
        <source>Measure the case was resolved by</source>
        <translation>Measure the case was resolved by</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>Could not save %1</source>
        <translation>Could not save %1</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>YYYY-MM</source>
        <translation>YYYY-MM</translation>
    </message>
    <message>
        <source>First month</source>
        <translation>First month</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Last month</translation>
    </message>
    <message>
        <source>Load from registry</source>
        <translation>Load from registry</translation>
    </message>
    <message>
        <source>…or a statistics file (vigil-statistics/1 JSON)</source>
        <translation>…or a statistics file (vigil-statistics/1 JSON)</translation>
    </message>
    <message>
        <source>Statistics file</source>
        <translation>Statistics file</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>Open file</translation>
    </message>
    <message>
        <source>Open the statistics file</source>
        <translation>Open the statistics file</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Export CSV</translation>
    </message>
    <message>
        <source>Export PNG</source>
        <translation>Export PNG</translation>
    </message>
    <message>
        <source>No statistics loaded. Load them from the registry, or open a file the operator exported.</source>
        <translation>No statistics loaded. Load them from the registry, or open a file the operator exported.</translation>
    </message>
    <message>
        <source>Event months %1 · generated %2 · %3 · hidden figures: “&lt;%4” fewer than %4, “x” hidden to protect another figure</source>
        <translation>Event months %1 · generated %2 · %3 · hidden figures: “&lt;%4” fewer than %4, “x” hidden to protect another figure</translation>
    </message>
    <message>
        <source>d</source>
        <translation>d</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <source>Capacity: no figures loaded.</source>
        <translation>Capacity: no figures loaded.</translation>
    </message>
    <message>
        <source>h</source>
        <translation>h</translation>
    </message>
    <message>
        <source>Capacity · cases received %1 · open load now · red mark: the route&apos;s contact clock</source>
        <translation>Capacity · cases received %1 · open load now · red mark: the route&apos;s contact clock</translation>
    </message>
</context>
<context>
    <name>DeskPage</name>
    <message>
        <source>Inbox (%1)</source>
        <translation>Inbox (%1)</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Inbox</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Follow-up (%1 overdue)</source>
        <translation>Follow-up (%1 overdue)</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Measures</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risks</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicators</translation>
    </message>
</context>
<context>
    <name>EffectCard</name>
    <message>
        <source>Effect check</source>
        <translation>Effect check</translation>
    </message>
    <message>
        <source>recorded on %1</source>
        <translation>recorded on %1</translation>
    </message>
    <message>
        <source>preview: computed now, not recorded</source>
        <translation>preview: computed now, not recorded</translation>
    </message>
    <message>
        <source>Can be checked from %1: the months after the measure have not all settled yet.</source>
        <translation>Can be checked from %1: the months after the measure have not all settled yet.</translation>
    </message>
    <message>
        <source>Asking the registry for the effect check…</source>
        <translation>Asking the registry for the effect check…</translation>
    </message>
    <message>
        <source>Indicator: %1</source>
        <translation>Indicator: %1</translation>
    </message>
    <message>
        <source>Months before and after the measure</source>
        <translation>Months before and after the measure</translation>
    </message>
    <message>
        <source>Blue band: before; green band: after; lines: the alert levels μ+1σ, μ+2σ, μ+3σ of each month.</source>
        <translation>Blue band: before; green band: after; lines: the alert levels μ+1σ, μ+2σ, μ+3σ of each month.</translation>
    </message>
    <message>
        <source>Before (%1 to %2)</source>
        <translation>Before (%1 to %2)</translation>
    </message>
    <message>
        <source>%1 reports over %2 %3</source>
        <translation>%1 reports over %2 %3</translation>
    </message>
    <message>
        <source>After (%1 to %2)</source>
        <translation>After (%1 to %2)</translation>
    </message>
    <message>
        <source>Rate ratio</source>
        <translation>Rate ratio</translation>
    </message>
    <message>
        <source>%1 (95% interval %2)</source>
        <translation>%1 (95% interval %2)</translation>
    </message>
    <message>
        <source>not computable from these counts</source>
        <translation>not computable from these counts</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Record this check…</source>
        <translation>Record this check…</translation>
    </message>
    <message>
        <source>Record this check as the measure&apos;s verdict</source>
        <translation>Record this check as the measure&apos;s verdict</translation>
    </message>
    <message>
        <source>Check the measure with this verdict? A checked measure takes no further step.</source>
        <translation>Check the measure with this verdict? A checked measure takes no further step.</translation>
    </message>
    <message>
        <source>Record it</source>
        <translation>Record it</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Not now</translation>
    </message>
    <message>
        <source>Fewer reports can also mean fewer people reporting: read the verdict with what you know of the unit.</source>
        <translation>Fewer reports can also mean fewer people reporting: read the verdict with what you know of the unit.</translation>
    </message>
</context>
<context>
    <name>FollowUpPane</name>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Deadlines of the measures you see: the due date until a measure is implemented, then its check. Overdue first.</source>
        <translation>Deadlines of the measures you see: the due date until a measure is implemented, then its check. Overdue first.</translation>
    </message>
    <message>
        <source>%1 overdue of %2 · last updated %3</source>
        <translation>%1 overdue of %2 · last updated %3</translation>
    </message>
    <message>
        <source>Not fetched from the registry yet.</source>
        <translation>Not fetched from the registry yet.</translation>
    </message>
    <message>
        <source>Follow-up clocks</source>
        <translation>Follow-up clocks</translation>
    </message>
    <message>
        <source>No deadline is running.</source>
        <translation>No deadline is running.</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>No history loaded yet.</source>
        <translation>No history loaded yet.</translation>
    </message>
</context>
<context>
    <name>IdentityCard</name>
    <message>
        <source>Your identity for the operator</source>
        <translation>Your identity for the operator</translation>
    </message>
    <message>
        <source>Hand this string to the registry operator (vigil-admin advisor add --public-key …). It holds only public keys.</source>
        <translation>Hand this string to the registry operator (vigil-admin advisor add --public-key …). It holds only public keys.</translation>
    </message>
    <message>
        <source>Identity string</source>
        <translation>Identity string</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copied</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Copy identity string</source>
        <translation>Copy identity string</translation>
    </message>
</context>
<context>
    <name>InboxPane</name>
    <message>
        <source>Search (press /; #12 for case 12)</source>
        <translation>Search (press /; #12 for case 12)</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>Search cases</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Open cases</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>All states</translation>
    </message>
    <message>
        <source>Any clock</source>
        <translation>Any clock</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Due soon or overdue</source>
        <translation>Due soon or overdue</translation>
    </message>
    <message>
        <source>Clock running</source>
        <translation>Clock running</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>All units</translation>
    </message>
    <message>
        <source>Any risk</source>
        <translation>Any risk</translation>
    </message>
    <message>
        <source>%1 and above</source>
        <translation>%1 and above</translation>
    </message>
    <message>
        <source>Sort</source>
        <translation>Sort</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Reverse the order</source>
        <translation>Reverse the order</translation>
    </message>
    <message>
        <source>Assigned to me</source>
        <translation>Assigned to me</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Clear the filters</source>
        <translation>Clear the filters</translation>
    </message>
    <message>
        <source>%1 shown of %2 · %3 overdue · %4 due soon</source>
        <translation>%1 shown of %2 · %3 overdue · %4 due soon</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>No cases for your groups yet.</source>
        <translation>No cases for your groups yet.</translation>
    </message>
    <message>
        <source>No case matches these filters.</source>
        <translation>No case matches these filters.</translation>
    </message>
    <message>
        <source>Reporter wrote</source>
        <translation>Reporter wrote</translation>
    </message>
    <message>
        <source>Only cases whose reporter wrote after the last answer</source>
        <translation>Only cases whose reporter wrote after the last answer</translation>
    </message>
</context>
<context>
    <name>IndicatorChartCard</name>
    <message>
        <source>reports per month, as of %1</source>
        <translation>reports per month, as of %1</translation>
    </message>
    <message>
        <source>alert level μ+1σ</source>
        <translation>alert level μ+1σ</translation>
    </message>
    <message>
        <source>μ+2σ</source>
        <translation>μ+2σ</translation>
    </message>
    <message>
        <source>μ+3σ</source>
        <translation>μ+3σ</translation>
    </message>
    <message>
        <source>▲ a rule fired</source>
        <translation>▲ a rule fired</translation>
    </message>
    <message>
        <source>Too few reports for alert levels: the baseline has hidden months or is shorter than the window.</source>
        <translation>Too few reports for alert levels: the baseline has hidden months or is shorter than the window.</translation>
    </message>
    <message>
        <source>Chart of %1</source>
        <translation>Chart of %1</translation>
    </message>
    <message>
        <source>hidden, %1</source>
        <translation>hidden, %1</translation>
    </message>
    <message>
        <source>alert, rule %1</source>
        <translation>alert, rule %1</translation>
    </message>
    <message>
        <source>Alert rules: %1.</source>
        <translation>Alert rules: %1.</translation>
    </message>
    <message>
        <source>Fired in: %1.</source>
        <translation>Fired in: %1.</translation>
    </message>
    <message>
        <source>No target on the number of reports: a target on reporting discourages reporting.</source>
        <translation>No target on the number of reports: a target on reporting discourages reporting.</translation>
    </message>
    <message>
        <source>Open alert %1</source>
        <translation>Open alert %1</translation>
    </message>
</context>
<context>
    <name>IndicatorDelegate</name>
    <message>
        <source>%1, %2: %3 in %4</source>
        <translation>%1, %2: %3 in %4</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) with an alert</source>
        <translation>
            <numerusform>%n month with an alert</numerusform>
            <numerusform>%n months with an alert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>▲ %n alert(s)</source>
        <translation>
            <numerusform>▲ %n alert</numerusform>
            <numerusform>▲ %n alerts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IndicatorPicker</name>
    <message>
        <source>No indicator you can read is in force yet: the operator defines them. Without one, the effect is judged, not checked from the figures.</source>
        <translation>No indicator you can read is in force yet: the operator defines them. Without one, the effect is judged, not checked from the figures.</translation>
    </message>
    <message>
        <source>Tick the indicators meant to show the effect; the primary one is what an effect check uses.</source>
        <translation>Tick the indicators meant to show the effect; the primary one is what an effect check uses.</translation>
    </message>
    <message>
        <source>Link indicator %1</source>
        <translation>Link indicator %1</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Primary</translation>
    </message>
    <message>
        <source>Use %1 for the effect check</source>
        <translation>Use %1 for the effect check</translation>
    </message>
</context>
<context>
    <name>IndicatorsPage</name>
    <message>
        <source>Board as of %1 · last updated %2</source>
        <translation>Board as of %1 · last updated %2</translation>
    </message>
    <message>
        <source>Not fetched from the registry yet.</source>
        <translation>Not fetched from the registry yet.</translation>
    </message>
    <message>
        <source>offline: this is the board as it was then</source>
        <translation>offline: this is the board as it was then</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <source>No indicators on the board yet: the registry&apos;s operator defines them.</source>
        <translation>No indicators on the board yet: the registry&apos;s operator defines them.</translation>
    </message>
    <message>
        <source>Choose an indicator in the list.</source>
        <translation>Choose an indicator in the list.</translation>
    </message>
    <message>
        <source>Inspectorate report…</source>
        <translation>Inspectorate report…</translation>
    </message>
    <message>
        <source>Issue or save the inspectorate&apos;s report</source>
        <translation>Issue or save the inspectorate&apos;s report</translation>
    </message>
    <message numerus="yes">
        <source>Alerts: %n open</source>
        <translation>
            <numerusform>Alerts: %n open</numerusform>
            <numerusform>Alerts: %n open</numerusform>
        </translation>
    </message>
    <message>
        <source>last updated %1</source>
        <translation>last updated %1</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <source>No alerts for you: the registry raises one when a settled month fires a rule.</source>
        <translation>No alerts for you: the registry raises one when a settled month fires a rule.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>%1 impact</source>
        <translation>%1 impact</translation>
    </message>
</context>
<context>
    <name>LessonDialog</name>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Title: %1</source>
        <translation>Title: %1</translation>
    </message>
    <message>
        <source>Text: %1</source>
        <translation>Text: %1</translation>
    </message>
    <message>
        <source>Lessons-learned bulletin</source>
        <translation>Lessons-learned bulletin</translation>
    </message>
    <message>
        <source>Names, units, dates, times and places were replaced by [name], [unit], [date], [time] and [place]. Read it all: nothing here may lead back to the reporter. Every device receives it in both languages once the registry operator has approved it.</source>
        <translation>Names, units, dates, times and places were replaced by [name], [unit], [date], [time] and [place]. Read it all: nothing here may lead back to the reporter. Every device receives it in both languages once the registry operator has approved it.</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Dutch</translation>
    </message>
    <message>
        <source>Translate the lesson into Dutch (required)</source>
        <translation>Translate the lesson into Dutch (required)</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Translate the lesson into English (required)</source>
        <translation>Translate the lesson into English (required)</translation>
    </message>
    <message>
        <source>Submitted earlier: “%1” — %2</source>
        <translation>Submitted earlier: “%1” — %2</translation>
    </message>
    <message>
        <source>. Operator: %1</source>
        <translation>. Operator: %1</translation>
    </message>
    <message>
        <source>Submit for publication</source>
        <translation>Submit for publication</translation>
    </message>
    <message>
        <source>Queued for the registry (sent now, or as soon as it can be reached). The operator reviews it there before any device receives it.</source>
        <translation>Queued for the registry (sent now, or as soon as it can be reached). The operator reviews it there before any device receives it.</translation>
    </message>
</context>
<context>
    <name>LessonText</name>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>Contributing factors</source>
        <translation>Contributing factors</translation>
    </message>
    <message>
        <source>What was done at once</source>
        <translation>What was done at once</translation>
    </message>
    <message>
        <source>What could have happened</source>
        <translation>What could have happened</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Outcome: %1</translation>
    </message>
    <message>
        <source>Lesson learned: %1</source>
        <translation>Lesson learned: %1</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Vigil advisor console — %1</source>
        <translation>Vigil advisor console — %1</translation>
    </message>
    <message>
        <source>Vigil advisor console</source>
        <translation>Vigil advisor console</translation>
    </message>
</context>
<context>
    <name>MeasureDelegate</name>
    <message>
        <source>Measure %1, %2, %3, due %4</source>
        <translation>Measure %1, %2, %3, due %4</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>due %1</translation>
    </message>
</context>
<context>
    <name>MeasureDialog</name>
    <message>
        <source>Propose a measure</source>
        <translation>Propose a measure</translation>
    </message>
    <message>
        <source>Another member with the measures or commander role for the owner unit approves it; you cannot approve your own proposal.</source>
        <translation>Another member with the measures or commander role for the owner unit approves it; you cannot approve your own proposal.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>What will change, in one line</source>
        <translation>What will change, in one line</translation>
    </message>
    <message>
        <source>Title of the measure</source>
        <translation>Title of the measure</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>What is done, where, and why</source>
        <translation>What is done, where, and why</translation>
    </message>
    <message>
        <source>Description of the measure</source>
        <translation>Description of the measure</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Owner unit</source>
        <translation>Owner unit</translation>
    </message>
    <message>
        <source>Owner function</source>
        <translation>Owner function</translation>
    </message>
    <message>
        <source>A function, not a name: for example S3</source>
        <translation>A function, not a name: for example S3</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Due date (year, month, day)</source>
        <translation>Due date (year, month, day)</translation>
    </message>
    <message>
        <source>Linked cases</source>
        <translation>Linked cases</translation>
    </message>
    <message>
        <source>Case numbers, for example 12, 14</source>
        <translation>Case numbers, for example 12, 14</translation>
    </message>
    <message>
        <source>Linked case numbers</source>
        <translation>Linked case numbers</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Cancel: propose nothing</source>
        <translation>Cancel: propose nothing</translation>
    </message>
    <message>
        <source>Propose</source>
        <translation>Propose</translation>
    </message>
    <message>
        <source>Propose the measure</source>
        <translation>Propose the measure</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicators</translation>
    </message>
</context>
<context>
    <name>MeasureIndicatorsDialog</name>
    <message>
        <source>Indicators of measure #%1</source>
        <translation>Indicators of measure #%1</translation>
    </message>
    <message numerus="yes">
        <source>Saving unlinks %n indicator(s): an effect check of this measure will no longer read them.</source>
        <translation>
            <numerusform>Saving unlinks %n indicator: an effect check of this measure will no longer read it.</numerusform>
            <numerusform>Saving unlinks %n indicators: an effect check of this measure will no longer read them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Cancel: change no link</source>
        <translation>Cancel: change no link</translation>
    </message>
    <message>
        <source>Save links</source>
        <translation>Save links</translation>
    </message>
    <message>
        <source>Save the measure&apos;s indicators</source>
        <translation>Save the measure&apos;s indicators</translation>
    </message>
</context>
<context>
    <name>MeasurePane</name>
    <message>
        <source>Choose a measure in the list.</source>
        <translation>Choose a measure in the list.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation>Proposed by</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Approved by</translation>
    </message>
    <message>
        <source>Implemented on</source>
        <translation>Implemented on</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Reopened because</source>
        <translation>Reopened because</translation>
    </message>
    <message>
        <source>Check (by judgement)</source>
        <translation>Check (by judgement)</translation>
    </message>
    <message>
        <source>Cancelled because</source>
        <translation>Cancelled because</translation>
    </message>
    <message>
        <source>Linked cases (%1 in all)</source>
        <translation>Linked cases (%1 in all)</translation>
    </message>
    <message>
        <source>Case #%1</source>
        <translation>Case #%1</translation>
    </message>
    <message>
        <source>Open case %1</source>
        <translation>Open case %1</translation>
    </message>
    <message>
        <source>None that you hold.</source>
        <translation>None that you hold.</translation>
    </message>
    <message>
        <source>Steps open to you:</source>
        <translation>Steps open to you:</translation>
    </message>
    <message>
        <source>No step on this measure is open to you now.</source>
        <translation>No step on this measure is open to you now.</translation>
    </message>
    <message>
        <source>To be checked by</source>
        <translation>To be checked by</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <source>None linked</source>
        <translation>None linked</translation>
    </message>
    <message>
        <source>%1 (primary)</source>
        <translation>%1 (primary)</translation>
    </message>
    <message>
        <source>Indicators…</source>
        <translation>Indicators…</translation>
    </message>
    <message>
        <source>Change the indicators of this measure</source>
        <translation>Change the indicators of this measure</translation>
    </message>
</context>
<context>
    <name>MeasureStepDialog</name>
    <message>
        <source>%1: measure #%2?</source>
        <translation>%1: measure #%2?</translation>
    </message>
    <message>
        <source>A cancelled measure stays on record but cannot be taken up again: propose a new one if it is needed later.</source>
        <translation>A cancelled measure stays on record but cannot be taken up again: propose a new one if it is needed later.</translation>
    </message>
    <message>
        <source>Implemented on</source>
        <translation>Implemented on</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Date it was implemented (year, month, day)</source>
        <translation>Date it was implemented (year, month, day)</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Choose a verdict</source>
        <translation>Choose a verdict</translation>
    </message>
    <message>
        <source>Evidence: what shows it was done (required).</source>
        <translation>Evidence: what shows it was done (required).</translation>
    </message>
    <message>
        <source>Note: what the verdict rests on (required).</source>
        <translation>Note: what the verdict rests on (required).</translation>
    </message>
    <message>
        <source>Reason for cancelling (required).</source>
        <translation>Reason for cancelling (required).</translation>
    </message>
    <message>
        <source>Reason for reopening: what turned out not to be done (required).</source>
        <translation>Reason for reopening: what turned out not to be done (required).</translation>
    </message>
    <message>
        <source>Text of the step</source>
        <translation>Text of the step</translation>
    </message>
    <message>
        <source>Keep the measure</source>
        <translation>Keep the measure</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
</context>
<context>
    <name>MeasureText</name>
    <message>
        <source>Proposed</source>
        <translation>Proposed</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Implemented</source>
        <translation>Implemented</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Checked</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>Effective</translation>
    </message>
    <message>
        <source>No measurable change</source>
        <translation>No measurable change</translation>
    </message>
    <message>
        <source>Inconclusive</source>
        <translation>Inconclusive</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Running</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Implemented, not checked</source>
        <translation>Implemented, not checked</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Mark implemented</source>
        <translation>Mark implemented</translation>
    </message>
    <message>
        <source>Record the check</source>
        <translation>Record the check</translation>
    </message>
    <message>
        <source>Cancel the measure</source>
        <translation>Cancel the measure</translation>
    </message>
</context>
<context>
    <name>MeasuresPage</name>
    <message>
        <source>Open measures</source>
        <translation>Open measures</translation>
    </message>
    <message>
        <source>Any clock</source>
        <translation>Any clock</translation>
    </message>
    <message>
        <source>Every domain</source>
        <translation>Every domain</translation>
    </message>
    <message>
        <source>Proposed by me</source>
        <translation>Proposed by me</translation>
    </message>
    <message>
        <source>Propose measure…</source>
        <translation>Propose measure…</translation>
    </message>
    <message>
        <source>Propose a measure</source>
        <translation>Propose a measure</translation>
    </message>
    <message>
        <source>%1 shown of %2 · last updated %3</source>
        <translation>%1 shown of %2 · last updated %3</translation>
    </message>
    <message>
        <source>Not fetched from the registry yet.</source>
        <translation>Not fetched from the registry yet.</translation>
    </message>
    <message>
        <source>offline: this is the list as it was then</source>
        <translation>offline: this is the list as it was then</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Measures</translation>
    </message>
    <message>
        <source>No measures you can see yet.</source>
        <translation>No measures you can see yet.</translation>
    </message>
    <message>
        <source>No measure matches these filters.</source>
        <translation>No measure matches these filters.</translation>
    </message>
    <message>
        <source>All measures</source>
        <translation>All measures</translation>
    </message>
    <message>
        <source>Every owner unit</source>
        <translation>Every owner unit</translation>
    </message>
</context>
<context>
    <name>MessageDelegate</name>
    <message>
        <source>%1 wrote: %2</source>
        <translation>%1 wrote: %2</translation>
    </message>
    <message>
        <source>sealed</source>
        <translation>sealed</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <source>waiting to be sent</source>
        <translation>waiting to be sent</translation>
    </message>
    <message>
        <source>signature checked</source>
        <translation>signature checked</translation>
    </message>
    <message>
        <source>signature not checked</source>
        <translation>signature not checked</translation>
    </message>
    <message>
        <source>(sealed to other members)</source>
        <translation>(sealed to other members)</translation>
    </message>
    <message>
        <source>(sealed to the reporter; no copy that you can read)</source>
        <translation>(sealed to the reporter; no copy that you can read)</translation>
    </message>
</context>
<context>
    <name>PdcaText</name>
    <message>
        <source>Whole organisation</source>
        <translation>Whole organisation</translation>
    </message>
    <message>
        <source>a name</source>
        <translation>a name</translation>
    </message>
    <message>
        <source>a date or time</source>
        <translation>a date or time</translation>
    </message>
    <message>
        <source>a grid reference</source>
        <translation>a grid reference</translation>
    </message>
    <message>
        <source>This text seems to contain %1. Everyone who reads the register reads it: do not write names or details that could identify a reporter or a person involved.</source>
        <translation>This text seems to contain %1. Everyone who reads the register reads it: do not write names or details that could identify a reporter or a person involved.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Move to “%1”</source>
        <translation>Move to “%1”</translation>
    </message>
    <message>
        <source>Move to “%1” (%2)</source>
        <translation>Move to “%1” (%2)</translation>
    </message>
    <message>
        <source>Assign to %1</source>
        <translation>Assign to %1</translation>
    </message>
    <message>
        <source>Reply to the reporter</source>
        <translation>Reply to the reporter</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Internal note</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <source>Lesson learned for publication</source>
        <translation>Lesson learned for publication</translation>
    </message>
    <message>
        <source>Reason for closing as “%1”</source>
        <translation>Reason for closing as “%1”</translation>
    </message>
    <message>
        <source>Measure proposed from this case</source>
        <translation>Measure proposed from this case</translation>
    </message>
</context>
<context>
    <name>RegistryPage</name>
    <message>
        <source>Connect to the registry</source>
        <translation>Connect to the registry</translation>
    </message>
    <message>
        <source>Then load the provisioning file the operator gives you (vigil-admin enroll --out FILE): it names the registry and pins its root key. Enter its path, or paste its contents.</source>
        <translation>Then load the provisioning file the operator gives you (vigil-admin enroll --out FILE): it names the registry and pins its root key. Enter its path, or paste its contents.</translation>
    </message>
    <message>
        <source>/path/to/provisioning.json</source>
        <translation>/path/to/provisioning.json</translation>
    </message>
    <message>
        <source>Provisioning file</source>
        <translation>Provisioning file</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Lock</translation>
    </message>
    <message>
        <source>Lock the console</source>
        <translation>Lock the console</translation>
    </message>
    <message>
        <source>Load provisioning file</source>
        <translation>Load provisioning file</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Inspectorate report</source>
        <translation>Inspectorate report</translation>
    </message>
    <message>
        <source>Only the inspectorate, or a commander or measures role covering every unit, issues and reads the inspectorate&apos;s report.</source>
        <translation>Only the inspectorate, or a commander or measures role covering every unit, issues and reads the inspectorate&apos;s report.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Period of the report</source>
        <translation>Period of the report</translation>
    </message>
    <message>
        <source>Reissue</source>
        <translation>Reissue</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>Reissue the report on %1</source>
        <translation>Reissue the report on %1</translation>
    </message>
    <message>
        <source>Issue the report on %1</source>
        <translation>Issue the report on %1</translation>
    </message>
    <message>
        <source>This period was issued as report %1. A reissue is kept beside it: say why it is reissued (required).</source>
        <translation>This period was issued as report %1. A reissue is kept beside it: say why it is reissued (required).</translation>
    </message>
    <message>
        <source>Reason for the reissue</source>
        <translation>Reason for the reissue</translation>
    </message>
    <message>
        <source>Issued reports</source>
        <translation>Issued reports</translation>
    </message>
    <message>
        <source>Report %1 · %2 · issued %3 by %4</source>
        <translation>Report %1 · %2 · issued %3 by %4</translation>
    </message>
    <message>
        <source>reissue of %1: %2</source>
        <translation>reissue of %1: %2</translation>
    </message>
    <message>
        <source>No report issued yet.</source>
        <translation>No report issued yet.</translation>
    </message>
    <message>
        <source>PDF in Dutch</source>
        <translation>PDF in Dutch</translation>
    </message>
    <message>
        <source>PDF in English</source>
        <translation>PDF in English</translation>
    </message>
    <message>
        <source>Signed JSON (verified)</source>
        <translation>Signed JSON (verified)</translation>
    </message>
    <message>
        <source>Signed report (.vgv)</source>
        <translation>Signed report (.vgv)</translation>
    </message>
    <message>
        <source>What to save</source>
        <translation>What to save</translation>
    </message>
    <message>
        <source>File to save to</source>
        <translation>File to save to</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Save report %1</source>
        <translation>Save report %1</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>ReportMap</name>
    <message>
        <source>ADR class </source>
        <translation>ADR class </translation>
    </message>
    <message>
        <source>May be contacted</source>
        <translation>May be contacted</translation>
    </message>
    <message>
        <source>Wants a confidential advisor</source>
        <translation>Wants a confidential advisor</translation>
    </message>
    <message>
        <source>Wants aftercare</source>
        <translation>Wants aftercare</translation>
    </message>
    <message>
        <source>Wants separation from the other person</source>
        <translation>Wants separation from the other person</translation>
    </message>
    <message>
        <source>Consents to informing the commander</source>
        <translation>Consents to informing the commander</translation>
    </message>
    <message>
        <source>Commander only with consent (not given)</source>
        <translation>Commander only with consent (not given)</translation>
    </message>
    <message>
        <source>Injury: %1</source>
        <translation>Injury: %1</translation>
    </message>
    <message>
        <source>Damage: %1</source>
        <translation>Damage: %1</translation>
    </message>
    <message>
        <source>Substance released</source>
        <translation>Substance released</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>ongoing</translation>
    </message>
    <message>
        <source>immediate danger</source>
        <translation>immediate danger</translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <source>Fetching the sealed report…</source>
        <translation>Fetching the sealed report…</translation>
    </message>
    <message>
        <source>The report has not been decrypted yet.</source>
        <translation>The report has not been decrypted yet.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>Risk (actual)</source>
        <translation>Risk (actual)</translation>
    </message>
    <message>
        <source>Risk (worst credible)</source>
        <translation>Risk (worst credible)</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Reporting</source>
        <translation>Reporting</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>Involved (by role)</source>
        <translation>Involved (by role)</translation>
    </message>
    <message>
        <source>Contributing factors</source>
        <translation>Contributing factors</translation>
    </message>
    <message>
        <source>Immediate actions</source>
        <translation>Immediate actions</translation>
    </message>
    <message>
        <source>What could have happened</source>
        <translation>What could have happened</translation>
    </message>
    <message>
        <source>The reporter&apos;s suggestion</source>
        <translation>The reporter&apos;s suggestion</translation>
    </message>
    <message>
        <source>Support wished for</source>
        <translation>Support wished for</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>%1 (%2, %3 KiB)</source>
        <translation>%1 (%2, %3 KiB)</translation>
    </message>
</context>
<context>
    <name>RiskChip</name>
    <message>
        <source>Risk %1</source>
        <translation>Risk %1</translation>
    </message>
</context>
<context>
    <name>RiskDecisionDialog</name>
    <message>
        <source>%1: risk #%2?</source>
        <translation>%1: risk #%2?</translation>
    </message>
    <message>
        <source>Residual risk</source>
        <translation>Residual risk</translation>
    </message>
    <message>
        <source>A closed risk stays on record but takes no further step: record a new risk if the hazard returns.</source>
        <translation>A closed risk stays on record but takes no further step: record a new risk if the hazard returns.</translation>
    </message>
    <message>
        <source>Reopening ends the acceptance: the risk is open again until it is decided anew.</source>
        <translation>Reopening ends the acceptance: the risk is open again until it is decided anew.</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>Choose</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Probability</translation>
    </message>
    <message>
        <source>Review by</source>
        <translation>Review by</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Review date (year, month, day)</source>
        <translation>Review date (year, month, day)</translation>
    </message>
    <message>
        <source>Note: which measures lower the risk, and how (optional).</source>
        <translation>Note: which measures lower the risk, and how (optional).</translation>
    </message>
    <message>
        <source>Note: what must change before the risk can be accepted (required).</source>
        <translation>Note: what must change before the risk can be accepted (required).</translation>
    </message>
    <message>
        <source>Reason for closing (required).</source>
        <translation>Reason for closing (required).</translation>
    </message>
    <message>
        <source>Reason for reopening (required).</source>
        <translation>Reason for reopening (required).</translation>
    </message>
    <message>
        <source>Note (optional).</source>
        <translation>Note (optional).</translation>
    </message>
    <message>
        <source>Text of the step</source>
        <translation>Text of the step</translation>
    </message>
    <message>
        <source>Keep the risk</source>
        <translation>Keep the risk</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
</context>
<context>
    <name>RiskDelegate</name>
    <message>
        <source>Risk %1, %2, %3, initial %4, residual %5</source>
        <translation>Risk %1, %2, %3, initial %4, residual %5</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>not assessed</translation>
    </message>
    <message>
        <source>Initial</source>
        <translation>Initial</translation>
    </message>
    <message>
        <source>Residual</source>
        <translation>Residual</translation>
    </message>
    <message>
        <source>review %1</source>
        <translation>review %1</translation>
    </message>
</context>
<context>
    <name>RiskDialog</name>
    <message>
        <source>Record a risk</source>
        <translation>Record a risk</translation>
    </message>
    <message>
        <source>Describe the hazard, not a person or an event: everyone who may see the risk reads it.</source>
        <translation>Describe the hazard, not a person or an event: everyone who may see the risk reads it.</translation>
    </message>
    <message>
        <source>Hazard</source>
        <translation>Hazard</translation>
    </message>
    <message>
        <source>What could cause harm, in one line</source>
        <translation>What could cause harm, in one line</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Where and when it arises, what is in place</source>
        <translation>Where and when it arises, what is in place</translation>
    </message>
    <message>
        <source>Description of the risk</source>
        <translation>Description of the risk</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Unit the risk concerns (and the units below it)</source>
        <translation>Unit the risk concerns (and the units below it)</translation>
    </message>
    <message>
        <source>Initial risk</source>
        <translation>Initial risk</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Severity %1</source>
        <translation>Severity %1</translation>
    </message>
    <message>
        <source>Severity, I catastrophic to IV negligible</source>
        <translation>Severity, I catastrophic to IV negligible</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Probability</translation>
    </message>
    <message>
        <source>Probability %1</source>
        <translation>Probability %1</translation>
    </message>
    <message>
        <source>Probability, A frequent to E improbable</source>
        <translation>Probability, A frequent to E improbable</translation>
    </message>
    <message>
        <source>Linked cases</source>
        <translation>Linked cases</translation>
    </message>
    <message>
        <source>Case numbers, for example 12, 14</source>
        <translation>Case numbers, for example 12, 14</translation>
    </message>
    <message>
        <source>Linked case numbers</source>
        <translation>Linked case numbers</translation>
    </message>
    <message>
        <source>Linked measures</source>
        <translation>Linked measures</translation>
    </message>
    <message>
        <source>Measure numbers, for example 3</source>
        <translation>Measure numbers, for example 3</translation>
    </message>
    <message>
        <source>Linked measure numbers</source>
        <translation>Linked measure numbers</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Cancel: record nothing</source>
        <translation>Cancel: record nothing</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Record the risk</source>
        <translation>Record the risk</translation>
    </message>
</context>
<context>
    <name>RiskMatrixCard</name>
    <message>
        <source>Risk matrix: open and accepted risks you can see</source>
        <translation>Risk matrix: open and accepted risks you can see</translation>
    </message>
    <message>
        <source>No heat map yet: it comes with the register from the registry.</source>
        <translation>No heat map yet: it comes with the register from the registry.</translation>
    </message>
    <message>
        <source>Initial risk</source>
        <translation>Initial risk</translation>
    </message>
    <message>
        <source>Residual risk (assessed only)</source>
        <translation>Residual risk (assessed only)</translation>
    </message>
    <message>
        <source>Rows: probability A (frequent) to E (improbable), F eliminated; columns: severity I (catastrophic) to IV (negligible). &quot;&lt;%1&quot; means fewer than %1 risks; &quot;x&quot; is hidden so that a small number cannot be worked out from the totals.</source>
        <translation>Rows: probability A (frequent) to E (improbable), F eliminated; columns: severity I (catastrophic) to IV (negligible). &quot;&lt;%1&quot; means fewer than %1 risks; &quot;x&quot; is hidden so that a small number cannot be worked out from the totals.</translation>
    </message>
</context>
<context>
    <name>RiskPane</name>
    <message>
        <source>Choose a risk in the list.</source>
        <translation>Choose a risk in the list.</translation>
    </message>
    <message>
        <source>Initial risk</source>
        <translation>Initial risk</translation>
    </message>
    <message>
        <source>Residual risk</source>
        <translation>Residual risk</translation>
    </message>
    <message>
        <source>not assessed yet</source>
        <translation>not assessed yet</translation>
    </message>
    <message>
        <source>assessed by %1</source>
        <translation>assessed by %1</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>On what the residual risk rests</source>
        <translation>On what the residual risk rests</translation>
    </message>
    <message>
        <source>Review the acceptance by</source>
        <translation>Review the acceptance by</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <source>Reopened because</source>
        <translation>Reopened because</translation>
    </message>
    <message>
        <source>Closed because</source>
        <translation>Closed because</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <source>None yet: nobody has accepted or declined this risk.</source>
        <translation>None yet: nobody has accepted or declined this risk.</translation>
    </message>
    <message>
        <source>Linked cases and measures</source>
        <translation>Linked cases and measures</translation>
    </message>
    <message>
        <source>Case #%1</source>
        <translation>Case #%1</translation>
    </message>
    <message>
        <source>Open case %1</source>
        <translation>Open case %1</translation>
    </message>
    <message>
        <source>Measure #%1 %2</source>
        <translation>Measure #%1 %2</translation>
    </message>
    <message>
        <source>Open measure %1</source>
        <translation>Open measure %1</translation>
    </message>
    <message>
        <source>None that you hold or see.</source>
        <translation>None that you hold or see.</translation>
    </message>
    <message>
        <source>Steps on this risk (the registry checks your role and echelon):</source>
        <translation>Steps on this risk (the registry checks your role and echelon):</translation>
    </message>
    <message>
        <source>A closed risk takes no further step.</source>
        <translation>A closed risk takes no further step.</translation>
    </message>
    <message>
        <source>Measure to link</source>
        <translation>Measure to link</translation>
    </message>
    <message>
        <source>Link measure</source>
        <translation>Link measure</translation>
    </message>
    <message>
        <source>Link the chosen measure to risk %1</source>
        <translation>Link the chosen measure to risk %1</translation>
    </message>
</context>
<context>
    <name>RiskText</name>
    <message>
        <source>Eliminated</source>
        <translation>Eliminated</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Declined</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Reviewed</translation>
    </message>
    <message>
        <source>Commander</source>
        <translation>Commander</translation>
    </message>
    <message>
        <source>Measures coordinator</source>
        <translation>Measures coordinator</translation>
    </message>
    <message>
        <source>Inspectorate</source>
        <translation>Inspectorate</translation>
    </message>
    <message>
        <source>Assess residual risk</source>
        <translation>Assess residual risk</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accept</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Decline</translation>
    </message>
    <message>
        <source>Review the acceptance</source>
        <translation>Review the acceptance</translation>
    </message>
    <message>
        <source>Close the risk</source>
        <translation>Close the risk</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reopen</translation>
    </message>
</context>
<context>
    <name>RisksPage</name>
    <message>
        <source>Open and accepted</source>
        <translation>Open and accepted</translation>
    </message>
    <message>
        <source>All risks</source>
        <translation>All risks</translation>
    </message>
    <message>
        <source>Every level</source>
        <translation>Every level</translation>
    </message>
    <message>
        <source>Record risk…</source>
        <translation>Record risk…</translation>
    </message>
    <message>
        <source>Record a risk</source>
        <translation>Record a risk</translation>
    </message>
    <message>
        <source>%1 shown of %2 · last updated %3</source>
        <translation>%1 shown of %2 · last updated %3</translation>
    </message>
    <message>
        <source>Not fetched from the registry yet.</source>
        <translation>Not fetched from the registry yet.</translation>
    </message>
    <message>
        <source>offline: this is the list as it was then</source>
        <translation>offline: this is the list as it was then</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risks</translation>
    </message>
    <message>
        <source>No risks you can see yet.</source>
        <translation>No risks you can see yet.</translation>
    </message>
    <message>
        <source>No risk matches these filters.</source>
        <translation>No risk matches these filters.</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <source>Set up this console</source>
        <translation>Set up this console</translation>
    </message>
    <message>
        <source>The console makes your own keys: one to decrypt the reports routed to you, one to sign in and sign your replies. They never leave this machine and are sealed with a passphrase only you know. Without it nobody — not even the operator — can recover them.</source>
        <translation>The console makes your own keys: one to decrypt the reports routed to you, one to sign in and sign your replies. They never leave this machine and are sealed with a passphrase only you know. Without it nobody — not even the operator — can recover them.</translation>
    </message>
    <message>
        <source>Passphrase (at least %1 characters)</source>
        <translation>Passphrase (at least %1 characters)</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>The same passphrase again</source>
        <translation>The same passphrase again</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation>Repeat passphrase</translation>
    </message>
    <message>
        <source>Create my keys</source>
        <translation>Create my keys</translation>
    </message>
</context>
<context>
    <name>StatusHeader</name>
    <message>
        <source>Vigil · advisor</source>
        <translation>Vigil · advisor</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Signing in…</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Not signed in</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Sign in to the registry</source>
        <translation>Sign in to the registry</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Lock</translation>
    </message>
    <message>
        <source>Lock the console</source>
        <translation>Lock the console</translation>
    </message>
</context>
<context>
    <name>SyncBanner</name>
    <message>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>Sync with the registry now</source>
        <translation>Sync with the registry now</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Unlock the console</source>
        <translation>Unlock the console</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
</context>
<context>
    <name>vigil::advisor::Account</name>
    <message>
        <source>The two passphrases differ.</source>
        <translation>The two passphrases differ.</translation>
    </message>
    <message>
        <source>The passphrase needs at least %1 characters.</source>
        <translation>The passphrase needs at least %1 characters.</translation>
    </message>
    <message>
        <source>Sign-in was cancelled.</source>
        <translation>Sign-in was cancelled.</translation>
    </message>
    <message>
        <source>The registry does not know this console&apos;s key yet: give the operator your identity string. (%1)</source>
        <translation>The registry does not know this console&apos;s key yet: give the operator your identity string. (%1)</translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation>Sign-in failed: %1</translation>
    </message>
    <message>
        <source>Sign-in failed: the registry sent a malformed challenge.</source>
        <translation>Sign-in failed: the registry sent a malformed challenge.</translation>
    </message>
    <message>
        <source>Wrong passphrase (or the vault file was changed).</source>
        <translation>Wrong passphrase (or the vault file was changed).</translation>
    </message>
    <message>
        <source>The vault file is damaged.</source>
        <translation>The vault file is damaged.</translation>
    </message>
    <message>
        <source>The vault cannot be opened: %1</source>
        <translation>The vault cannot be opened: %1</translation>
    </message>
    <message numerus="yes">
        <source>The registry is busy with sign-ins: trying again in %n second(s).</source>
        <translation>
            <numerusform>The registry is busy with sign-ins: trying again in %n second.</numerusform>
            <numerusform>The registry is busy with sign-ins: trying again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigil::advisor::AlertView</name>
    <message>
        <source>The registry refused: assigning, following up and closing an alert need a measures or commander role covering the indicator&apos;s unit.</source>
        <translation>The registry refused: assigning, following up and closing an alert need a measures or commander role covering the indicator&apos;s unit.</translation>
    </message>
    <message>
        <source>The registry refused a step on an alert: %1</source>
        <translation>The registry refused a step on an alert: %1</translation>
    </message>
    <message>
        <source>%1 reports in %2, above the alert level %3 (rule %4)</source>
        <translation>%1 reports in %2, above the alert level %3 (rule %4)</translation>
    </message>
    <message>
        <source>Choose an alert first.</source>
        <translation>Choose an alert first.</translation>
    </message>
    <message>
        <source>Only a measures or commander role covering the indicator&apos;s unit may do this.</source>
        <translation>Only a measures or commander role covering the indicator&apos;s unit may do this.</translation>
    </message>
    <message>
        <source>This step is not open on alert #%1 now.</source>
        <translation>This step is not open on alert #%1 now.</translation>
    </message>
    <message>
        <source>Choose whom to assign the alert to.</source>
        <translation>Choose whom to assign the alert to.</translation>
    </message>
    <message>
        <source>Follow up with a measure, an explanation why none is needed, or both.</source>
        <translation>Follow up with a measure, an explanation why none is needed, or both.</translation>
    </message>
    <message>
        <source>An explanation may have at most %1 characters.</source>
        <translation>An explanation may have at most %1 characters.</translation>
    </message>
    <message>
        <source>%1 in %2, below the alert level %3 (rule %4)</source>
        <translation>%1 in %2, below the alert level %3 (rule %4)</translation>
    </message>
</context>
<context>
    <name>vigil::advisor::Capacity</name>
    <message>
        <source>Capacity: open cases per advisor</source>
        <translation>Capacity: open cases per advisor</translation>
    </message>
    <message>
        <source>Capacity: first contact within the clock (%)</source>
        <translation>Capacity: first contact within the clock (%)</translation>
    </message>
    <message>
        <source>Capacity: open cases per member, by group</source>
        <translation>Capacity: open cases per member, by group</translation>
    </message>
    <message>
        <source>This registry does not publish capacity figures yet (GET /v1/advisor/capacity).</source>
        <translation>This registry does not publish capacity figures yet (GET /v1/advisor/capacity).</translation>
    </message>
    <message>
        <source>Capacity figures unavailable: %1</source>
        <translation>Capacity figures unavailable: %1</translation>
    </message>
    <message>
        <source>Not capacity figures in the format %1.</source>
        <translation>Not capacity figures in the format %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) received in the period</source>
        <translation>
            <numerusform>%n case received in the period</numerusform>
            <numerusform>%n cases received in the period</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>first contact in %n case(s)</source>
        <translation>
            <numerusform>first contact in %n case</numerusform>
            <numerusform>first contact in %n cases</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 within the clock</source>
        <translation>%1 of %2 within the clock</translation>
    </message>
    <message numerus="yes">
        <source>%1 open, %2 unassigned; %n active member(s)</source>
        <translation>
            <numerusform>%1 open, %2 unassigned; %n active member</numerusform>
            <numerusform>%1 open, %2 unassigned; %n active members</numerusform>
        </translation>
    </message>
    <message>
        <source>assigned automatically by load</source>
        <translation>assigned automatically by load</translation>
    </message>
    <message>
        <source>Capacity: median hours to first contact</source>
        <translation>Capacity: median hours to first contact</translation>
    </message>
    <message>
        <source>%1 (no members)</source>
        <translation>%1 (no members)</translation>
    </message>
    <message>
        <source>%1 open</source>
        <translation>%1 open</translation>
    </message>
</context>
<context>
    <name>vigil::advisor::CaseView</name>
    <message>
        <source>The report is not cached on this machine yet; it opens once the registry is reachable.</source>
        <translation>The report is not cached on this machine yet; it opens once the registry is reachable.</translation>
    </message>
    <message>
        <source>Could not load the %1: %2</source>
        <translation>Could not load the %1: %2</translation>
    </message>
    <message>
        <source>The report does not open with this console&apos;s key: %1</source>
        <translation>The report does not open with this console&apos;s key: %1</translation>
    </message>
    <message>
        <source>The report is malformed: %1</source>
        <translation>The report is malformed: %1</translation>
    </message>
    <message>
        <source>met %1</source>
        <translation>met %1</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>%1 (me)</source>
        <translation>%1 (me)</translation>
    </message>
    <message>
        <source>“%1” is not a next step for this case.</source>
        <translation>“%1” is not a next step for this case.</translation>
    </message>
    <message>
        <source>Choose an outcome to close the case.</source>
        <translation>Choose an outcome to close the case.</translation>
    </message>
    <message>
        <source>This reply cannot be sent (too long, or the case lacks a reply key).</source>
        <translation>This reply cannot be sent (too long, or the case lacks a reply key).</translation>
    </message>
    <message>
        <source>Notes need the registry&apos;s directory (for your colleagues&apos; keys); sign in once first.</source>
        <translation>Notes need the registry&apos;s directory (for your colleagues&apos; keys); sign in once first.</translation>
    </message>
    <message>
        <source>The registry refused: %1</source>
        <translation>The registry refused: %1</translation>
    </message>
    <message>
        <source>report</source>
        <translation>report</translation>
    </message>
    <message>
        <source>messages</source>
        <translation>messages</translation>
    </message>
    <message>
        <source>history</source>
        <translation>history</translation>
    </message>
    <message>
        <source>A bulletin needs a title and a text in Dutch and in English.</source>
        <translation>A bulletin needs a title and a text in Dutch and in English.</translation>
    </message>
    <message>
        <source>A title may have at most %1 characters and a text %2.</source>
        <translation>A title may have at most %1 characters and a text %2.</translation>
    </message>
    <message>
        <source>Reason for closing (internal note)</source>
        <translation>Reason for closing (internal note)</translation>
    </message>
    <message>
        <source>Closing a case needs a reason.</source>
        <translation>Closing a case needs a reason.</translation>
    </message>
    <message>
        <source>This text is too long (at most %1 bytes).</source>
        <translation>This text is too long (at most %1 bytes).</translation>
    </message>
    <message>
        <source>This case is assigned to %1, not to you. Closing it ends their work on it: talk to them first.</source>
        <translation>This case is assigned to %1, not to you. Closing it ends their work on it: talk to them first.</translation>
    </message>
    <message>
        <source>Give a reason for closing the case.</source>
        <translation>Give a reason for closing the case.</translation>
    </message>
    <message>
        <source>This reporter cannot be written to: the case has no reply key.</source>
        <translation>This reporter cannot be written to: the case has no reply key.</translation>
    </message>
    <message>
        <source>met</source>
        <translation>met</translation>
    </message>
    <message>
        <source>Resolved — measure</source>
        <translation>Resolved — measure</translation>
    </message>
    <message>
        <source>Choose an approved measure to close the case with.</source>
        <translation>Choose an approved measure to close the case with.</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n week</numerusform>
            <numerusform>%n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>planned</source>
        <translation>planned</translation>
    </message>
    <message>
        <source>due: write to the reporter</source>
        <translation>due: write to the reporter</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>overdue</translation>
    </message>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>stopped</translation>
    </message>
    <message>
        <source>The reporter declined further contact on %1: the plan stopped.</source>
        <translation>The reporter declined further contact on %1: the plan stopped.</translation>
    </message>
    <message>
        <source>This route has no check-in template: add the moments one by one.</source>
        <translation>This route has no check-in template: add the moments one by one.</translation>
    </message>
    <message>
        <source>A check-in lies 1 to 730 days ahead.</source>
        <translation>A check-in lies 1 to 730 days ahead.</translation>
    </message>
</context>
<context>
    <name>vigil::advisor::Dashboard</name>
    <message>
        <source>Reports per month by kind</source>
        <translation>Reports per month by kind</translation>
    </message>
    <message>
        <source>Reports per month</source>
        <translation>Reports per month</translation>
    </message>
    <message>
        <source>Reports by category</source>
        <translation>Reports by category</translation>
    </message>
    <message>
        <source>Reports by unit (small units rolled up)</source>
        <translation>Reports by unit (small units rolled up)</translation>
    </message>
    <message>
        <source>Reporting mode</source>
        <translation>Reporting mode</translation>
    </message>
    <message>
        <source>Median days against the clock</source>
        <translation>Median days against the clock</translation>
    </message>
    <message>
        <source>Share within the clock (%)</source>
        <translation>Share within the clock (%)</translation>
    </message>
    <message>
        <source>Open and overdue cases</source>
        <translation>Open and overdue cases</translation>
    </message>
    <message>
        <source>Open cases per advisor</source>
        <translation>Open cases per advisor</translation>
    </message>
    <message>
        <source>This registry does not publish statistics to the console yet (GET /v1/advisor/stats).</source>
        <translation>This registry does not publish statistics to the console yet (GET /v1/advisor/stats).</translation>
    </message>
    <message>
        <source>Statistics unavailable: %1</source>
        <translation>Statistics unavailable: %1</translation>
    </message>
    <message>
        <source>Not a statistics report: %1</source>
        <translation>Not a statistics report: %1</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Cannot open %1: %2</translation>
    </message>
    <message>
        <source>Not a statistics report in the format %1.</source>
        <translation>Not a statistics report in the format %1.</translation>
    </message>
    <message>
        <source>(other units)</source>
        <translation>(other units)</translation>
    </message>
    <message>
        <source>(unspecified)</source>
        <translation>(unspecified)</translation>
    </message>
    <message>
        <source>includes %1</source>
        <translation>includes %1</translation>
    </message>
    <message>
        <source>%1 % of reports</source>
        <translation>%1 % of reports</translation>
    </message>
    <message>
        <source>share withheld</source>
        <translation>share withheld</translation>
    </message>
    <message>
        <source>%1 near misses per accident</source>
        <translation>%1 near misses per accident</translation>
    </message>
    <message>
        <source>near misses per accident: withheld (small numbers)</source>
        <translation>near misses per accident: withheld (small numbers)</translation>
    </message>
    <message>
        <source>%1 cases · clock %2 days</source>
        <translation>%1 cases · clock %2 days</translation>
    </message>
    <message>
        <source>%1 cases</source>
        <translation>%1 cases</translation>
    </message>
    <message>
        <source>of %1 judged</source>
        <translation>of %1 judged</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Open cases</translation>
    </message>
    <message>
        <source>Acknowledgement overdue</source>
        <translation>Acknowledgement overdue</translation>
    </message>
    <message>
        <source>Feedback overdue</source>
        <translation>Feedback overdue</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Unassigned</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Vigil — steering information</source>
        <translation>Vigil — steering information</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>Period: %1</translation>
    </message>
    <message>
        <source>Figures below %1 are hidden (shown as &lt;%1); “x” hides a figure that would reveal another.</source>
        <translation>Figures below %1 are hidden (shown as &lt;%1); “x” hides a figure that would reveal another.</translation>
    </message>
    <message>
        <source>Exported %1 from the advisor console. Contains no report content.</source>
        <translation>Exported %1 from the advisor console. Contains no report content.</translation>
    </message>
    <message>
        <source>Would report again (%), by quarter of closing</source>
        <translation>Would report again (%), by quarter of closing</translation>
    </message>
    <message>
        <source>Cases with a retaliation signal, by quarter</source>
        <translation>Cases with a retaliation signal, by quarter</translation>
    </message>
    <message>
        <source>Check-ins due</source>
        <translation>Check-ins due</translation>
    </message>
    <message>
        <source>after closing</source>
        <translation>after closing</translation>
    </message>
    <message>
        <source>Check-ins overdue</source>
        <translation>Check-ins overdue</translation>
    </message>
</context>
<context>
    <name>vigil::advisor::InboxFilter</name>
    <message>
        <source>(no unit)</source>
        <translation>(no unit)</translation>
    </message>
</context>
<context>
    <name>vigil::advisor::IndicatorsView</name>
    <message>
        <source>every kind of report</source>
        <translation>every kind of report</translation>
    </message>
    <message>
        <source>risk %1</source>
        <translation>risk %1</translation>
    </message>
    <message>
        <source>one month above μ+%1σ</source>
        <translation>one month above μ+%1σ</translation>
    </message>
    <message>
        <source>%1 months in a row above μ+%2σ</source>
        <translation>%1 months in a row above μ+%2σ</translation>
    </message>
    <message>
        <source>%1 (rule %2)</source>
        <translation>%1 (rule %2)</translation>
    </message>
    <message>
        <source>No month has settled yet: the first board comes after a whole month.</source>
        <translation>No month has settled yet: the first board comes after a whole month.</translation>
    </message>
    <message>
        <source>The registry did not give the indicators: %1</source>
        <translation>The registry did not give the indicators: %1</translation>
    </message>
    <message>
        <source>Ratio of two counts a month</source>
        <translation>Ratio of two counts a month</translation>
    </message>
    <message>
        <source>Share of reports a month</source>
        <translation>Share of reports a month</translation>
    </message>
    <message>
        <source>Share given feedback within %1 days</source>
        <translation>Share given feedback within %1 days</translation>
    </message>
    <message>
        <source>Share acknowledged within %1 days</source>
        <translation>Share acknowledged within %1 days</translation>
    </message>
    <message>
        <source>Median days to feedback</source>
        <translation>Median days to feedback</translation>
    </message>
    <message>
        <source>Median days to acknowledgement</source>
        <translation>Median days to acknowledgement</translation>
    </message>
    <message>
        <source>Share of measures on time</source>
        <translation>Share of measures on time</translation>
    </message>
    <message>
        <source>Reports a month</source>
        <translation>Reports a month</translation>
    </message>
    <message>
        <source>one month below μ−%1σ</source>
        <translation>one month below μ−%1σ</translation>
    </message>
    <message>
        <source>%1 months in a row below μ−%2σ</source>
        <translation>%1 months in a row below μ−%2σ</translation>
    </message>
    <message>
        <source>Retaliation signals a month</source>
        <translation>Retaliation signals a month</translation>
    </message>
</context>
<context>
    <name>vigil::advisor::InspectorateReports</name>
    <message>
        <source>Quarter %1 of %2</source>
        <translation>Quarter %1 of %2</translation>
    </message>
    <message>
        <source>The year %1</source>
        <translation>The year %1</translation>
    </message>
    <message>
        <source>Only the inspectorate, or a commander or measures role covering every unit, issues and reads the inspectorate&apos;s report.</source>
        <translation>Only the inspectorate, or a commander or measures role covering every unit, issues and reads the inspectorate&apos;s report.</translation>
    </message>
    <message>
        <source>The registry cannot be reached: the report is issued and printed there.</source>
        <translation>The registry cannot be reached: the report is issued and printed there.</translation>
    </message>
    <message>
        <source>The registry refused: %1</source>
        <translation>The registry refused: %1</translation>
    </message>
    <message>
        <source>Choose a quarter or a year.</source>
        <translation>Choose a quarter or a year.</translation>
    </message>
    <message>
        <source>%1 was issued already as report %2: a reissue needs a reason.</source>
        <translation>%1 was issued already as report %2: a reissue needs a reason.</translation>
    </message>
    <message>
        <source>Report %1 issued for %2.</source>
        <translation>Report %1 issued for %2.</translation>
    </message>
    <message>
        <source>Choose a report and a file to save it to.</source>
        <translation>Choose a report and a file to save it to.</translation>
    </message>
    <message>
        <source>Choose what to save: the PDF in Dutch or English, the signed report or its JSON.</source>
        <translation>Choose what to save: the PDF in Dutch or English, the signed report or its JSON.</translation>
    </message>
    <message>
        <source>The console is locked.</source>
        <translation>The console is locked.</translation>
    </message>
    <message>
        <source>The report does not verify against the organisation&apos;s root key: nothing was saved.</source>
        <translation>The report does not verify against the organisation&apos;s root key: nothing was saved.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
</context>
<context>
    <name>vigil::advisor::LessonSubmissions</name>
    <message>
        <source>Published as bulletin %1</source>
        <translation>Published as bulletin %1</translation>
    </message>
    <message>
        <source>Sent back by the operator</source>
        <translation>Sent back by the operator</translation>
    </message>
    <message>
        <source>Waiting for the operator</source>
        <translation>Waiting for the operator</translation>
    </message>
</context>
<context>
    <name>vigil::advisor::MatrixModel</name>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>vigil::advisor::MeasureEffect</name>
    <message>
        <source>Effective: the rate of reports fell</source>
        <translation>Effective: the rate of reports fell</translation>
    </message>
    <message>
        <source>No measurable change: the rate rose</source>
        <translation>No measurable change: the rate rose</translation>
    </message>
    <message>
        <source>No measurable change: a halving is ruled out</source>
        <translation>No measurable change: a halving is ruled out</translation>
    </message>
    <message>
        <source>Inconclusive: a month of the windows is hidden (too few reports to publish)</source>
        <translation>Inconclusive: a month of the windows is hidden (too few reports to publish)</translation>
    </message>
    <message>
        <source>Inconclusive: too few reports</source>
        <translation>Inconclusive: too few reports</translation>
    </message>
    <message>
        <source>Inconclusive: the data allow both a change and none</source>
        <translation>Inconclusive: the data allow both a change and none</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>hidden</translation>
    </message>
    <message>
        <source>person-months</source>
        <translation>person-months</translation>
    </message>
    <message>
        <source>months</source>
        <translation>months</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>Checked by judgement: no effect check was recorded.</source>
        <translation>Checked by judgement: no effect check was recorded.</translation>
    </message>
    <message>
        <source>No effect check: %1</source>
        <translation>No effect check: %1</translation>
    </message>
    <message>
        <source>The registry did not give the effect check: %1</source>
        <translation>The registry did not give the effect check: %1</translation>
    </message>
    <message>
        <source>The effect check is computed by the registry: it shows when the registry can be reached.</source>
        <translation>The effect check is computed by the registry: it shows when the registry can be reached.</translation>
    </message>
    <message>
        <source>No indicator is linked to this measure, so its effect cannot be checked from the figures: record a verdict by judgement.</source>
        <translation>No indicator is linked to this measure, so its effect cannot be checked from the figures: record a verdict by judgement.</translation>
    </message>
</context>
<context>
    <name>vigil::advisor::MeasureFilter</name>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Due soon or overdue</source>
        <translation>Due soon or overdue</translation>
    </message>
</context>
<context>
    <name>vigil::advisor::MeasureView</name>
    <message>
        <source>The registry refused a step on a measure: %1</source>
        <translation>The registry refused a step on a measure: %1</translation>
    </message>
    <message>
        <source>%1: give a date as YYYY-MM-DD, for example %2.</source>
        <translation>%1: give a date as YYYY-MM-DD, for example %2.</translation>
    </message>
    <message>
        <source>A measure needs a title of one line, at most %1 characters.</source>
        <translation>A measure needs a title of one line, at most %1 characters.</translation>
    </message>
    <message>
        <source>A description may have at most %1 characters.</source>
        <translation>A description may have at most %1 characters.</translation>
    </message>
    <message>
        <source>Choose the domain of the measure.</source>
        <translation>Choose the domain of the measure.</translation>
    </message>
    <message>
        <source>Choose the unit that owns the measure.</source>
        <translation>Choose the unit that owns the measure.</translation>
    </message>
    <message>
        <source>Name the owner&apos;s function (for example S3), not a person: at most %1 characters.</source>
        <translation>Name the owner&apos;s function (for example S3), not a person: at most %1 characters.</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>The due date is in the past: choose today or later.</source>
        <translation>The due date is in the past: choose today or later.</translation>
    </message>
    <message>
        <source>Choose a measure first.</source>
        <translation>Choose a measure first.</translation>
    </message>
    <message>
        <source>This step is not open to you on measure #%1 now.</source>
        <translation>This step is not open to you on measure #%1 now.</translation>
    </message>
    <message>
        <source>Reopening needs a reason.</source>
        <translation>Reopening needs a reason.</translation>
    </message>
    <message>
        <source>Implemented on</source>
        <translation>Implemented on</translation>
    </message>
    <message>
        <source>The date it was implemented cannot be in the future.</source>
        <translation>The date it was implemented cannot be in the future.</translation>
    </message>
    <message>
        <source>Say what shows the measure was implemented.</source>
        <translation>Say what shows the measure was implemented.</translation>
    </message>
    <message>
        <source>Only an implemented measure is reopened.</source>
        <translation>Only an implemented measure is reopened.</translation>
    </message>
    <message>
        <source>Choose a verdict.</source>
        <translation>Choose a verdict.</translation>
    </message>
    <message>
        <source>A verdict by judgement needs a note that explains it.</source>
        <translation>A verdict by judgement needs a note that explains it.</translation>
    </message>
    <message>
        <source>Cancelling a measure needs a reason.</source>
        <translation>Cancelling a measure needs a reason.</translation>
    </message>
    <message>
        <source>The primary indicator must be one of the linked indicators.</source>
        <translation>The primary indicator must be one of the linked indicators.</translation>
    </message>
    <message>
        <source>Choose which of the indicators an effect check uses (the primary one).</source>
        <translation>Choose which of the indicators an effect check uses (the primary one).</translation>
    </message>
    <message>
        <source>The indicators of a checked or cancelled measure no longer change: a check names the indicator it used.</source>
        <translation>The indicators of a checked or cancelled measure no longer change: a check names the indicator it used.</translation>
    </message>
    <message>
        <source>You proposed this measure: another member with a measures or commander role for %1 takes this step.</source>
        <translation>You proposed this measure: another member with a measures or commander role for %1 takes this step.</translation>
    </message>
    <message>
        <source>Needs a measures or commander role for %1.</source>
        <translation>Needs a measures or commander role for %1.</translation>
    </message>
</context>
<context>
    <name>vigil::advisor::RiskFilter</name>
    <message>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <source>Serious and higher</source>
        <translation>Serious and higher</translation>
    </message>
    <message>
        <source>Medium and higher</source>
        <translation>Medium and higher</translation>
    </message>
</context>
<context>
    <name>vigil::advisor::RiskView</name>
    <message>
        <source>Your authority is not enough for this risk, so the registry refused: %1</source>
        <translation>Your authority is not enough for this risk, so the registry refused: %1</translation>
    </message>
    <message>
        <source>You hold no role that may take this step for the risk&apos;s unit, so the registry refused: %1</source>
        <translation>You hold no role that may take this step for the risk&apos;s unit, so the registry refused: %1</translation>
    </message>
    <message>
        <source>The registry refused a step on a risk: %1</source>
        <translation>The registry refused a step on a risk: %1</translation>
    </message>
    <message>
        <source>%1 on %2 by %3, %4 of %5 (echelon %6; echelon %7 or higher needed)</source>
        <translation>%1 on %2 by %3, %4 of %5 (echelon %6; echelon %7 or higher needed)</translation>
    </message>
    <message>
        <source>review by %1</source>
        <translation>review by %1</translation>
    </message>
    <message>
        <source>Assess the residual risk first: accepting decides on it.</source>
        <translation>Assess the residual risk first: accepting decides on it.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> or </translation>
    </message>
    <message>
        <source>%1 of %2 (echelon 0, the top)</source>
        <translation>%1 of %2 (echelon 0, the top)</translation>
    </message>
    <message>
        <source>%1 of %2 (echelon %3) or of a unit above it</source>
        <translation>%1 of %2 (echelon %3) or of a unit above it</translation>
    </message>
    <message>
        <source>F (eliminated)</source>
        <translation>F (eliminated)</translation>
    </message>
    <message>
        <source>hidden so that a small number cannot be worked out</source>
        <translation>hidden so that a small number cannot be worked out</translation>
    </message>
    <message>
        <source>fewer than %1</source>
        <translation>fewer than %1</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>%1-%2, %3: %4</source>
        <translation>%1-%2, %3: %4</translation>
    </message>
    <message>
        <source>probability %1 in all: %2</source>
        <translation>probability %1 in all: %2</translation>
    </message>
    <message>
        <source>severity %1 in all: %2</source>
        <translation>severity %1 in all: %2</translation>
    </message>
    <message>
        <source>all risks: %1</source>
        <translation>all risks: %1</translation>
    </message>
    <message>
        <source>Choose a severity and a probability.</source>
        <translation>Choose a severity and a probability.</translation>
    </message>
    <message>
        <source>Review date: give a date as YYYY-MM-DD, for example %1.</source>
        <translation>Review date: give a date as YYYY-MM-DD, for example %1.</translation>
    </message>
    <message>
        <source>The review date must lie after today.</source>
        <translation>The review date must lie after today.</translation>
    </message>
    <message>
        <source>A risk needs a hazard of one line, at most %1 characters.</source>
        <translation>A risk needs a hazard of one line, at most %1 characters.</translation>
    </message>
    <message>
        <source>A description may have at most %1 characters.</source>
        <translation>A description may have at most %1 characters.</translation>
    </message>
    <message>
        <source>Choose the domain of the risk.</source>
        <translation>Choose the domain of the risk.</translation>
    </message>
    <message>
        <source>Choose the unit the risk is about.</source>
        <translation>Choose the unit the risk is about.</translation>
    </message>
    <message>
        <source>Choose a risk first.</source>
        <translation>Choose a risk first.</translation>
    </message>
    <message>
        <source>This step is not open on risk #%1 now.</source>
        <translation>This step is not open on risk #%1 now.</translation>
    </message>
    <message>
        <source>Declining needs a note: what must change before the risk can be accepted.</source>
        <translation>Declining needs a note: what must change before the risk can be accepted.</translation>
    </message>
    <message>
        <source>Closing a risk needs a reason.</source>
        <translation>Closing a risk needs a reason.</translation>
    </message>
    <message>
        <source>Reopening needs a reason.</source>
        <translation>Reopening needs a reason.</translation>
    </message>
    <message>
        <source>A %1 residual risk for %2 is accepted by: %3.</source>
        <translation>A %1 residual risk for %2 is accepted by: %3.</translation>
    </message>
    <message>
        <source>This is the default policy; the registry checks the policy in force and refuses a lower authority.</source>
        <translation>This is the default policy; the registry checks the policy in force and refuses a lower authority.</translation>
    </message>
    <message>
        <source>By the signed policy (%1) nobody holds such a role now.</source>
        <translation>By the signed policy (%1) nobody holds such a role now.</translation>
    </message>
    <message>
        <source>By the signed policy (%1): %2.</source>
        <translation>By the signed policy (%1): %2.</translation>
    </message>
    <message>
        <source>A closed risk takes no further step.</source>
        <translation>A closed risk takes no further step.</translation>
    </message>
    <message>
        <source>Choose a measure.</source>
        <translation>Choose a measure.</translation>
    </message>
    <message>
        <source>Measure #%1 is linked to risk #%2 already.</source>
        <translation>Measure #%1 is linked to risk #%2 already.</translation>
    </message>
    <message>
        <source>Measure #%1 is not linked to risk #%2.</source>
        <translation>Measure #%1 is not linked to risk #%2.</translation>
    </message>
</context>
<context>
    <name>vigil::advisor::SignedAuthorities</name>
    <message>
        <source>Signed authorities %1 for directory version %2</source>
        <translation>Signed authorities %1 for directory version %2</translation>
    </message>
    <message>
        <source>No signed authorities yet: the default acceptance policy is shown.</source>
        <translation>No signed authorities yet: the default acceptance policy is shown.</translation>
    </message>
    <message>
        <source>The console is locked.</source>
        <translation>The console is locked.</translation>
    </message>
    <message>
        <source>No directory yet: the authorities are read with the directory they go with.</source>
        <translation>No directory yet: the authorities are read with the directory they go with.</translation>
    </message>
    <message>
        <source>The signed authorities do not verify against the directory held (%1): the default acceptance policy is shown.</source>
        <translation>The signed authorities do not verify against the directory held (%1): the default acceptance policy is shown.</translation>
    </message>
</context>
<context>
    <name>vigil::advisor::SyncEngine</name>
    <message numerus="yes">
        <source>%n action(s) waiting to be sent</source>
        <translation>
            <numerusform>%n action waiting to be sent</numerusform>
            <numerusform>%n actions waiting to be sent</numerusform>
        </translation>
    </message>
    <message>
        <source>showing cached cases</source>
        <translation>showing cached cases</translation>
    </message>
    <message>
        <source>showing cases as of %1</source>
        <translation>showing cases as of %1</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Not signed in</translation>
    </message>
    <message>
        <source>Offline: registry unreachable</source>
        <translation>Offline: registry unreachable</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <source>Up to date (%1)</source>
        <translation>Up to date (%1)</translation>
    </message>
    <message>
        <source>The registry refused an action on case %1: %2</source>
        <translation>The registry refused an action on case %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>(%n action(s) that belonged to it were not sent.)</source>
        <translation>
            <numerusform>(%n action that belonged to it was not sent.)</numerusform>
            <numerusform>(%n actions that belonged to it were not sent.)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The registry is busy: trying again in %n second(s).</source>
        <translation>
            <numerusform>The registry is busy: trying again in %n second.</numerusform>
            <numerusform>The registry is busy: trying again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>its action id had already been used for a different action, so the registry did nothing. Do it again if it is still needed.</source>
        <translation>its action id had already been used for a different action, so the registry did nothing. Do it again if it is still needed.</translation>
    </message>
    <message>
        <source>Registry busy: trying again shortly</source>
        <translation>Registry busy: trying again shortly</translation>
    </message>
    <message>
        <source>The registry refused a step on a measure: %1</source>
        <translation>The registry refused a step on a measure: %1</translation>
    </message>
    <message>
        <source>The registry refused a step on a risk: %1</source>
        <translation>The registry refused a step on a risk: %1</translation>
    </message>
    <message>
        <source>The registry refused a step on an alert: %1</source>
        <translation>The registry refused a step on an alert: %1</translation>
    </message>
</context>
</TS>
