<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AnonymityExplainer</name>
    <message>
        <source>What stays private</source>
        <translation>What stays private</translation>
    </message>
    <message>
        <source>Your report is locked on this phone before it leaves. Only the people it is addressed to can open it: not the relay, not the registry, not IT. An anonymous report carries no name and no phone identity.</source>
        <translation>Your report is locked on this phone before it leaves. Only the people it is addressed to can open it: not the relay, not the registry, not IT. An anonymous report carries no name and no phone identity.</translation>
    </message>
    <message>
        <source>What is not hidden</source>
        <translation>What is not hidden</translation>
    </message>
    <message>
        <source>To route and count reports, the registry sees the kind, the category, the unit you choose, the month and the risk level. Details in your story can give you away — write what matters, and leave out what identifies you. The network can see that this phone contacts Vigil, not what it sends.</source>
        <translation>To route and count reports, the registry sees the kind, the category, the unit you choose, the month and the risk level. Details in your story can give you away — write what matters, and leave out what identifies you. The network can see that this phone contacts Vigil, not what it sends.</translation>
    </message>
    <message>
        <source>On this phone</source>
        <translation>On this phone</translation>
    </message>
    <message>
        <source>Drafts and your sent reports are protected by your PIN. Whoever has the phone and the PIN can read them. Panic wipe deletes everything at once.</source>
        <translation>Drafts and your sent reports are protected by your PIN. Whoever has the phone and the PIN can read them. Panic wipe deletes everything at once.</translation>
    </message>
</context>
<context>
    <name>BulletinDelegate</name>
    <message>
        <source>Safety alert</source>
        <translation>Safety alert</translation>
    </message>
    <message>
        <source>Lesson learned</source>
        <translation>Lesson learned</translation>
    </message>
</context>
<context>
    <name>BulletinsPage</name>
    <message>
        <source>Bulletins</source>
        <translation>Bulletins</translation>
    </message>
    <message>
        <source>No bulletins yet. They arrive with the next connection.</source>
        <translation>No bulletins yet. They arrive with the next connection.</translation>
    </message>
    <message>
        <source>Only bulletins signed by your organisation are shown.</source>
        <translation>Only bulletins signed by your organisation are shown.</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Keep it</translation>
    </message>
</context>
<context>
    <name>ConsequencesPage</name>
    <message>
        <source>Consequences of your report</source>
        <translation>Consequences of your report</translation>
    </message>
    <message>
        <source>Are you being treated differently, threatened, passed over or excluded because you reported? Tell the people who read your report. They must answer you within 24 hours; a closed report is opened again. You stay anonymous.</source>
        <translation>Are you being treated differently, threatened, passed over or excluded because you reported? Tell the people who read your report. They must answer you within 24 hours; a closed report is opened again. You stay anonymous.</translation>
    </message>
    <message>
        <source>What happened (optional)</source>
        <translation>What happened (optional)</translation>
    </message>
    <message>
        <source>Leave out names if you can; the advisor can ask.</source>
        <translation>Leave out names if you can; the advisor can ask.</translation>
    </message>
    <message>
        <source>Sealing…</source>
        <translation>Sealing…</translation>
    </message>
    <message>
        <source>Seal and send the signal</source>
        <translation>Seal and send the signal</translation>
    </message>
    <message>
        <source>Get help now</source>
        <translation>Get help now</translation>
    </message>
    <message>
        <source>A confidential advisor, the company doctor or other support can help you now, also before anyone answers.</source>
        <translation>A confidential advisor, the company doctor or other support can help you now, also before anyone answers.</translation>
    </message>
</context>
<context>
    <name>ConversationPage</name>
    <message>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <source>No replies yet. The people who read your report can answer here, without learning who you are.</source>
        <translation>No replies yet. The people who read your report can answer here, without learning who you are.</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Your answer</translation>
    </message>
    <message>
        <source>Sealing…</source>
        <translation>Sealing…</translation>
    </message>
    <message>
        <source>Seal and send</source>
        <translation>Seal and send</translation>
    </message>
    <message>
        <source>I am experiencing consequences of my report</source>
        <translation>I am experiencing consequences of my report</translation>
    </message>
    <message>
        <source>Keep this conversation if you lose your phone</source>
        <translation>Keep this conversation if you lose your phone</translation>
    </message>
    <message>
        <source>Tell us how it went</source>
        <translation>Tell us how it went</translation>
    </message>
    <message>
        <source>Three optional questions, anonymous. Only counted in groups of five or more.</source>
        <translation>Three optional questions, anonymous. Only counted in groups of five or more.</translation>
    </message>
    <message>
        <source>Next check-in: %1</source>
        <translation>Next check-in: %1</translation>
    </message>
    <message>
        <source>You said you want no further contact. You can still write here at any time.</source>
        <translation>You said you want no further contact. You can still write here at any time.</translation>
    </message>
    <message>
        <source>I&apos;d like more contact</source>
        <translation>I&apos;d like more contact</translation>
    </message>
    <message>
        <source>No further contact, thank you</source>
        <translation>No further contact, thank you</translation>
    </message>
    <message>
        <source>No further contact?</source>
        <translation>No further contact?</translation>
    </message>
    <message>
        <source>The advisor stops the planned check-ins and will not write to you again unless you write first. You can still write here at any time.</source>
        <translation>The advisor stops the planned check-ins and will not write to you again unless you write first. You can still write here at any time.</translation>
    </message>
    <message>
        <source>No further contact</source>
        <translation>No further contact</translation>
    </message>
    <message>
        <source>Keep the check-ins</source>
        <translation>Keep the check-ins</translation>
    </message>
</context>
<context>
    <name>DraftChoiceDialog</name>
    <message>
        <source>You have a report you have not sent</source>
        <translation>You have a report you have not sent</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>not finished</source>
        <translation>not finished</translation>
    </message>
    <message>
        <source>Continue that report</source>
        <translation>Continue that report</translation>
    </message>
    <message>
        <source>Keep it for later, start a new one</source>
        <translation>Keep it for later, start a new one</translation>
    </message>
    <message>
        <source>Discard it, start a new one</source>
        <translation>Discard it, start a new one</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>EnrolPage</name>
    <message>
        <source>Enrol this phone</source>
        <translation>Enrol this phone</translation>
    </message>
    <message>
        <source>Enrolment code</source>
        <translation>Enrolment code</translation>
    </message>
    <message>
        <source>Paste the code here</source>
        <translation>Paste the code here</translation>
    </message>
    <message>
        <source>Enrol with this code</source>
        <translation>Enrol with this code</translation>
    </message>
    <message>
        <source>Open an enrolment file…</source>
        <translation>Open an enrolment file…</translation>
    </message>
    <message>
        <source>Enrolment file</source>
        <translation>Enrolment file</translation>
    </message>
    <message>
        <source>Enrolment files (*.json *.vigil)</source>
        <translation>Enrolment files (*.json *.vigil)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>You received an enrolment code from your safety officer or confidential advisor: on paper, on a screen or as a file. It tells this phone which organisation to trust.</source>
        <translation>You received an enrolment code from your safety officer or confidential advisor: on paper, on a screen or as a file. It tells this phone which organisation to trust.</translation>
    </message>
    <message>
        <source>Scan the code</source>
        <translation>Scan the code</translation>
    </message>
    <message>
        <source>Reading the picture…</source>
        <translation>Reading the picture…</translation>
    </message>
    <message>
        <source>Open a picture of the code…</source>
        <translation>Open a picture of the code…</translation>
    </message>
    <message>
        <source>Or paste the code</source>
        <translation>Or paste the code</translation>
    </message>
    <message>
        <source>Picture of the enrolment code</source>
        <translation>Picture of the enrolment code</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.webp *.bmp)</source>
        <translation>Pictures (*.png *.jpg *.jpeg *.webp *.bmp)</translation>
    </message>
</context>
<context>
    <name>EnrolScanCard</name>
    <message>
        <source>This phone has no camera that Vigil can use. Open a photo or screenshot of the code instead, or paste the code.</source>
        <translation>This phone has no camera that Vigil can use. Open a photo or screenshot of the code instead, or paste the code.</translation>
    </message>
    <message>
        <source>The camera did not start. Open a photo or screenshot of the code instead, or paste the code.</source>
        <translation>The camera did not start. Open a photo or screenshot of the code instead, or paste the code.</translation>
    </message>
    <message>
        <source>Hold the code inside the frame. The phone enrols as soon as it reads the code.</source>
        <translation>Hold the code inside the frame. The phone enrols as soon as it reads the code.</translation>
    </message>
    <message>
        <source>Stop scanning</source>
        <translation>Stop scanning</translation>
    </message>
</context>
<context>
    <name>FieldPage</name>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
</context>
<context>
    <name>HelpPage</name>
    <message>
        <source>Get help now</source>
        <translation>Get help now</translation>
    </message>
    <message>
        <source>If you are in danger, call the emergency number now. Vigil is not an emergency line: a report is read later, not at once.</source>
        <translation>If you are in danger, call the emergency number now. Vigil is not an emergency line: a report is read later, not at once.</translation>
    </message>
    <message>
        <source>Checked contacts of your organisation, kept on this phone, so they work without a connection (as of %1).</source>
        <translation>Checked contacts of your organisation, kept on this phone, so they work without a connection (as of %1).</translation>
    </message>
    <message>
        <source>Only the emergency number is known yet. Your organisation&apos;s contacts arrive with the next connection and then stay on this phone.</source>
        <translation>Only the emergency number is known yet. Your organisation&apos;s contacts arrive with the next connection and then stay on this phone.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Vigil · %1</source>
        <translation>Vigil · %1</translation>
    </message>
    <message>
        <source>Vigil</source>
        <translation>Vigil</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Lock</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Safety</translation>
    </message>
    <message>
        <source>A near-miss, an incident, an accident or a hazard you saw.</source>
        <translation>A near-miss, an incident, an accident or a hazard you saw.</translation>
    </message>
    <message>
        <source>Social safety or integrity</source>
        <translation>Social safety or integrity</translation>
    </message>
    <message>
        <source>Bullying, intimidation, discrimination, harassment, fraud or abuse of power.</source>
        <translation>Bullying, intimidation, discrimination, harassment, fraud or abuse of power.</translation>
    </message>
    <message>
        <source>Talk to a confidential advisor first</source>
        <translation>Talk to a confidential advisor first</translation>
    </message>
    <message>
        <source>Not sure yet? Ask a confidential advisor, in confidence, before you report anything.</source>
        <translation>Not sure yet? Ask a confidential advisor, in confidence, before you report anything.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Outbox</translation>
    </message>
    <message>
        <source>Nothing sent yet.</source>
        <translation>Nothing sent yet.</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n delivered</source>
        <translation>
            <numerusform>%n delivered</numerusform>
            <numerusform>%n delivered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n refused</numerusform>
            <numerusform>%n refused</numerusform>
        </translation>
    </message>
    <message>
        <source>Reports are not getting through. Open the outbox to see why.</source>
        <translation>Reports are not getting through. Open the outbox to see why.</translation>
    </message>
    <message>
        <source>Bulletins (%1)</source>
        <translation>Bulletins (%1)</translation>
    </message>
    <message>
        <source>Bulletins</source>
        <translation>Bulletins</translation>
    </message>
    <message>
        <source>Report discarded.</source>
        <translation>Report discarded.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message numerus="yes">
        <source>%n new reply(s)</source>
        <translation>
            <numerusform>%n new reply</numerusform>
            <numerusform>%n new replies</numerusform>
        </translation>
    </message>
    <message>
        <source>An advisor answered. Only you can read it.</source>
        <translation>An advisor answered. Only you can read it.</translation>
    </message>
    <message>
        <source>Continue your report</source>
        <translation>Continue your report</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Message to a confidential advisor</source>
        <translation>Message to a confidential advisor</translation>
    </message>
    <message>
        <source>Kept for later: %1</source>
        <translation>Kept for later: %1</translation>
    </message>
    <message>
        <source>message to an advisor</source>
        <translation>message to an advisor</translation>
    </message>
    <message>
        <source>saved %1</source>
        <translation>saved %1</translation>
    </message>
    <message>
        <source>Which unit are you with?</source>
        <translation>Which unit are you with?</translation>
    </message>
    <message>
        <source>Choose it once, so that your reports reach the right people. It stays on this phone; you can still choose less precise for each report. You can skip this.</source>
        <translation>Choose it once, so that your reports reach the right people. It stays on this phone; you can still choose less precise for each report. You can skip this.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) waiting</source>
        <translation>
            <numerusform>%n message waiting</numerusform>
            <numerusform>%n messages waiting</numerusform>
        </translation>
    </message>
    <message>
        <source>Get help now</source>
        <translation>Get help now</translation>
    </message>
    <message>
        <source>Emergency numbers, confidential advisors, the company doctor and other support. Works without a connection.</source>
        <translation>Emergency numbers, confidential advisors, the company doctor and other support. Works without a connection.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Nobody was hurt, but it could have gone wrong.</source>
        <translation>Nobody was hurt, but it could have gone wrong.</translation>
    </message>
    <message>
        <source>Something went wrong: damage, a release, a minor injury.</source>
        <translation>Something went wrong: damage, a release, a minor injury.</translation>
    </message>
    <message>
        <source>Someone was injured, or there was serious damage.</source>
        <translation>Someone was injured, or there was serious damage.</translation>
    </message>
    <message>
        <source>A dangerous situation, before anything happened.</source>
        <translation>A dangerous situation, before anything happened.</translation>
    </message>
    <message>
        <source>How people treat each other: bullying, intimidation, discrimination, harassment.</source>
        <translation>How people treat each other: bullying, intimidation, discrimination, harassment.</translation>
    </message>
    <message>
        <source>Fraud, misuse of resources or abuse of power.</source>
        <translation>Fraud, misuse of resources or abuse of power.</translation>
    </message>
    <message>
        <source>Only the people who read your report learn who you are, and they keep it to themselves.</source>
        <translation>Only the people who read your report learn who you are, and they keep it to themselves.</translation>
    </message>
    <message>
        <source>Your name travels with the report and may be used when it is followed up.</source>
        <translation>Your name travels with the report and may be used when it is followed up.</translation>
    </message>
    <message>
        <source>I · Catastrophic</source>
        <translation>I · Catastrophic</translation>
    </message>
    <message>
        <source>II · Critical</source>
        <translation>II · Critical</translation>
    </message>
    <message>
        <source>III · Marginal</source>
        <translation>III · Marginal</translation>
    </message>
    <message>
        <source>IV · Negligible</source>
        <translation>IV · Negligible</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>not set</translation>
    </message>
    <message>
        <source>A · Frequent</source>
        <translation>A · Frequent</translation>
    </message>
    <message>
        <source>B · Probable</source>
        <translation>B · Probable</translation>
    </message>
    <message>
        <source>C · Occasional</source>
        <translation>C · Occasional</translation>
    </message>
    <message>
        <source>D · Remote</source>
        <translation>D · Remote</translation>
    </message>
    <message>
        <source>E · Improbable</source>
        <translation>E · Improbable</translation>
    </message>
    <message>
        <source>Not said</source>
        <translation>Not said</translation>
    </message>
    <message>
        <source>Just now</source>
        <translation>Just now</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>Another day</source>
        <translation>Another day</translation>
    </message>
    <message>
        <source>Sealed, not sent yet</source>
        <translation>Sealed, not sent yet</translation>
    </message>
    <message>
        <source>Waiting for network</source>
        <translation>Waiting for network</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <source>Received by the registry</source>
        <translation>Received by the registry</translation>
    </message>
    <message>
        <source>Refused — not sent</source>
        <translation>Refused — not sent</translation>
    </message>
    <message>
        <source>Locked on this phone. It will be sent by itself.</source>
        <translation>Locked on this phone. It will be sent by itself.</translation>
    </message>
    <message>
        <source>No connection to Vigil yet. It will be sent by itself; you do not need to do anything.</source>
        <translation>No connection to Vigil yet. It will be sent by itself; you do not need to do anything.</translation>
    </message>
    <message>
        <source>Being sent now.</source>
        <translation>Being sent now.</translation>
    </message>
    <message>
        <source>A relay signed for it. Keep the receipt code as proof of filing.</source>
        <translation>A relay signed for it. Keep the receipt code as proof of filing.</translation>
    </message>
    <message>
        <source>The registry signed for it.</source>
        <translation>The registry signed for it.</translation>
    </message>
    <message>
        <source>A relay refused it. It will not be sent again.</source>
        <translation>A relay refused it. It will not be sent again.</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 kB</source>
        <translation>%1 kB</translation>
    </message>
    <message>
        <source>No name and no phone identity travel with the report; replies reach you only through this app. What you write can still give you away: leave out details that only you would know.</source>
        <translation>No name and no phone identity travel with the report; replies reach you only through this app. What you write can still give you away: leave out details that only you would know.</translation>
    </message>
    <message>
        <source>Waiting for a filing token</source>
        <translation>Waiting for a filing token</translation>
    </message>
    <message>
        <source>Sealed and kept. This phone has no filing token left; it gets new ones at its next connection to Vigil while unlocked, and then sends this by itself.</source>
        <translation>Sealed and kept. This phone has no filing token left; it gets new ones at its next connection to Vigil while unlocked, and then sends this by itself.</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Vigil</source>
        <translation>Vigil</translation>
    </message>
</context>
<context>
    <name>MessageDelegate</name>
    <message>
        <source>You</source>
        <translation>You</translation>
    </message>
    <message>
        <source>⚠ Consequences reported — an answer is due within 24 hours</source>
        <translation>⚠ Consequences reported — an answer is due within 24 hours</translation>
    </message>
</context>
<context>
    <name>OutboxDelegate</name>
    <message>
        <source>%1 · sealed %2</source>
        <translation>%1 · sealed %2</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Reason: %1</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>Receipt %1</translation>
    </message>
    <message>
        <source>Receipt code %1</source>
        <translation>Receipt code %1</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Save the receipt</source>
        <translation>Save the receipt</translation>
    </message>
    <message numerus="yes">
        <source>%n reply(s) — tap to read</source>
        <translation>
            <numerusform>%n reply — tap to read</numerusform>
            <numerusform>%n replies — tap to read</numerusform>
        </translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message numerus="yes">
        <source>%n new reply(s) — tap to read</source>
        <translation>
            <numerusform>%n new reply — tap to read</numerusform>
            <numerusform>%n new replies — tap to read</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutboxPage</name>
    <message>
        <source>Outbox</source>
        <translation>Outbox</translation>
    </message>
    <message>
        <source>No reports yet.</source>
        <translation>No reports yet.</translation>
    </message>
    <message>
        <source>Save the receipt</source>
        <translation>Save the receipt</translation>
    </message>
    <message>
        <source>Vigil receipts (*.vigil-receipt)</source>
        <translation>Vigil receipts (*.vigil-receipt)</translation>
    </message>
    <message>
        <source>Receipt saved. Keep it as proof that you filed this report.</source>
        <translation>Receipt saved. Keep it as proof that you filed this report.</translation>
    </message>
    <message>
        <source>The receipt could not be saved.</source>
        <translation>The receipt could not be saved.</translation>
    </message>
    <message>
        <source>Restore a conversation</source>
        <translation>Restore a conversation</translation>
    </message>
    <message>
        <source>Continue a conversation from another phone with its recovery code.</source>
        <translation>Continue a conversation from another phone with its recovery code.</translation>
    </message>
</context>
<context>
    <name>PanicWipeDialog</name>
    <message>
        <source>Wipe everything on this phone?</source>
        <translation>Wipe everything on this phone?</translation>
    </message>
    <message>
        <source>Wipe now</source>
        <translation>Wipe now</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Drafts, reports not sent yet, replies and receipts on this phone are deleted. This cannot be undone.</source>
        <translation>Drafts, reports not sent yet, replies and receipts on this phone are deleted. This cannot be undone.</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Enter PIN</source>
        <translation>Enter PIN</translation>
    </message>
    <message numerus="yes">
        <source>%n digit(s) entered</source>
        <translation>
            <numerusform>%n digit entered</numerusform>
            <numerusform>%n digits entered</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete last digit</source>
        <translation>Delete last digit</translation>
    </message>
</context>
<context>
    <name>PinSetupPage</name>
    <message>
        <source>Choose a PIN</source>
        <translation>Choose a PIN</translation>
    </message>
    <message>
        <source>This phone is enrolled with %1.</source>
        <translation>This phone is enrolled with %1.</translation>
    </message>
    <message>
        <source>Enter the same PIN again.</source>
        <translation>Enter the same PIN again.</translation>
    </message>
    <message>
        <source>Protecting the vault…</source>
        <translation>Protecting the vault…</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Repeat your PIN</source>
        <translation>Repeat your PIN</translation>
    </message>
    <message>
        <source>At least 6 digits, not a row like 123456 nor a repeat like 121212. Do not use your date of birth or your service number. Nobody can recover a forgotten PIN.</source>
        <translation>At least 6 digits, not a row like 123456 nor a repeat like 121212. Do not use your date of birth or your service number. Nobody can recover a forgotten PIN.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>RecoveryExportPage</name>
    <message>
        <source>Keep this conversation</source>
        <translation>Keep this conversation</translation>
    </message>
    <message>
        <source>If you lose this phone or get a new one, a recovery code lets you continue this conversation on another enrolled phone: you read the answers and can write back. Your own earlier messages stay on this phone.</source>
        <translation>If you lose this phone or get a new one, a recovery code lets you continue this conversation on another enrolled phone: you read the answers and can write back. Your own earlier messages stay on this phone.</translation>
    </message>
    <message>
        <source>Anyone with the code and its passphrase can read the answers and write in your name. Keep them apart: the code in a password manager or a private note, the passphrase in your head.</source>
        <translation>Anyone with the code and its passphrase can read the answers and write in your name. Keep them apart: the code in a password manager or a private note, the passphrase in your head.</translation>
    </message>
    <message>
        <source>Passphrase (at least %1 characters)</source>
        <translation>Passphrase (at least %1 characters)</translation>
    </message>
    <message>
        <source>The same passphrase again</source>
        <translation>The same passphrase again</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>The two passphrases differ.</translation>
    </message>
    <message>
        <source>Making the code…</source>
        <translation>Making the code…</translation>
    </message>
    <message>
        <source>Make the recovery code</source>
        <translation>Make the recovery code</translation>
    </message>
    <message>
        <source>Your recovery code</source>
        <translation>Your recovery code</translation>
    </message>
    <message>
        <source>Copy the code</source>
        <translation>Copy the code</translation>
    </message>
    <message>
        <source>Copied. Paste it where you keep it, then clear your clipboard.</source>
        <translation>Copied. Paste it where you keep it, then clear your clipboard.</translation>
    </message>
    <message>
        <source>Save the code as a file</source>
        <translation>Save the code as a file</translation>
    </message>
    <message>
        <source>Save the recovery code</source>
        <translation>Save the recovery code</translation>
    </message>
    <message>
        <source>Vigil recovery codes (*.vigil-recovery)</source>
        <translation>Vigil recovery codes (*.vigil-recovery)</translation>
    </message>
    <message>
        <source>Saved. Move the file off this phone, to a place only you can open.</source>
        <translation>Saved. Move the file off this phone, to a place only you can open.</translation>
    </message>
    <message>
        <source>The code could not be saved.</source>
        <translation>The code could not be saved.</translation>
    </message>
    <message>
        <source>%1 characters. Keep all of them: copy the code or save it as a file.</source>
        <translation>%1 characters. Keep all of them: copy the code or save it as a file.</translation>
    </message>
</context>
<context>
    <name>RecoveryRestorePage</name>
    <message>
        <source>Restore a conversation</source>
        <translation>Restore a conversation</translation>
    </message>
    <message>
        <source>Paste the recovery code you made on your other phone and type its passphrase. Nobody at the relay or the registry learns that you did this.</source>
        <translation>Paste the recovery code you made on your other phone and type its passphrase. Nobody at the relay or the registry learns that you did this.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Recovery code</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Restored: %1. Its answers arrive with the next sync.</source>
        <translation>Restored: %1. Its answers arrive with the next sync.</translation>
    </message>
    <message>
        <source>your report</source>
        <translation>your report</translation>
    </message>
    <message>
        <source>Opening the code…</source>
        <translation>Opening the code…</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Open the conversation</source>
        <translation>Open the conversation</translation>
    </message>
</context>
<context>
    <name>ReportDetailsPage</name>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Everything on this page is optional. Add what helps others learn from it.</source>
        <translation>Everything on this page is optional. Add what helps others learn from it.</translation>
    </message>
    <message>
        <source>Risk: what happened</source>
        <translation>Risk: what happened</translation>
    </message>
    <message>
        <source>Severity %1, likelihood %2</source>
        <translation>Severity %1, likelihood %2</translation>
    </message>
    <message>
        <source>Risk: the worst that could credibly have happened</source>
        <translation>Risk: the worst that could credibly have happened</translation>
    </message>
    <message>
        <source>Severity: I catastrophic · II critical · III marginal · IV negligible. Likelihood: A frequent · B probable · C occasional · D remote · E improbable.</source>
        <translation>Severity: I catastrophic · II critical · III marginal · IV negligible. Likelihood: A frequent · B probable · C occasional · D remote · E improbable.</translation>
    </message>
    <message>
        <source>How much does it affect you?</source>
        <translation>How much does it affect you?</translation>
    </message>
    <message>
        <source>Where?</source>
        <translation>Where?</translation>
    </message>
    <message>
        <source>Place, in words (only as precise as you want)</source>
        <translation>Place, in words (only as precise as you want)</translation>
    </message>
    <message>
        <source>Who was involved — roles, never names (one per line)</source>
        <translation>Who was involved — roles, never names (one per line)</translation>
    </message>
    <message>
        <source>driver
co-driver</source>
        <translation>driver
co-driver</translation>
    </message>
    <message>
        <source>What contributed to it (one per line)</source>
        <translation>What contributed to it (one per line)</translation>
    </message>
    <message>
        <source>What was done straight away (one per line)</source>
        <translation>What was done straight away (one per line)</translation>
    </message>
    <message>
        <source>What could have happened</source>
        <translation>What could have happened</translation>
    </message>
    <message>
        <source>Your suggestion</source>
        <translation>Your suggestion</translation>
    </message>
    <message>
        <source>I would like to talk to a confidential advisor</source>
        <translation>I would like to talk to a confidential advisor</translation>
    </message>
    <message>
        <source>I would like aftercare</source>
        <translation>I would like aftercare</translation>
    </message>
    <message>
        <source>I would like to be kept apart from the other person</source>
        <translation>I would like to be kept apart from the other person</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>Location and camera data are removed from photos before they are sealed.</source>
        <translation>Location and camera data are removed from photos before they are sealed.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Remove %1</translation>
    </message>
    <message>
        <source>Removing metadata…</source>
        <translation>Removing metadata…</translation>
    </message>
    <message>
        <source>Add a photo…</source>
        <translation>Add a photo…</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>Choose a photo</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png)</source>
        <translation>Photos (*.jpg *.jpeg *.png)</translation>
    </message>
</context>
<context>
    <name>ReportKindPage</name>
    <message>
        <source>Safety report</source>
        <translation>Safety report</translation>
    </message>
    <message>
        <source>Social safety or integrity</source>
        <translation>Social safety or integrity</translation>
    </message>
    <message>
        <source>What happened?</source>
        <translation>What happened?</translation>
    </message>
    <message>
        <source>What is it about?</source>
        <translation>What is it about?</translation>
    </message>
</context>
<context>
    <name>ReportReviewPage</name>
    <message>
        <source>Who will read it</source>
        <translation>Who will read it</translation>
    </message>
    <message>
        <source>How do you want to report?</source>
        <translation>How do you want to report?</translation>
    </message>
    <message>
        <source>Your name and how to reach you</source>
        <translation>Your name and how to reach you</translation>
    </message>
    <message>
        <source>My commander may be informed</source>
        <translation>My commander may be informed</translation>
    </message>
    <message>
        <source>Off: your commander hears nothing of this report unless you agree later.</source>
        <translation>Off: your commander hears nothing of this report unless you agree later.</translation>
    </message>
    <message>
        <source>Your unit</source>
        <translation>Your unit</translation>
    </message>
    <message>
        <source>Decides who receives the report. Higher up is less precise, and less identifying.</source>
        <translation>Decides who receives the report. Higher up is less precise, and less identifying.</translation>
    </message>
    <message>
        <source>These people can open your report</source>
        <translation>These people can open your report</translation>
    </message>
    <message>
        <source>Nobody else can read it — not the relay, not the registry. Leave someone out if you have a reason to (conflict of interest); they will not be able to open it.</source>
        <translation>Nobody else can read it — not the relay, not the registry. Leave someone out if you have a reason to (conflict of interest); they will not be able to open it.</translation>
    </message>
    <message>
        <source>%1 · left out</source>
        <translation>%1 · left out</translation>
    </message>
    <message>
        <source>Sealing…</source>
        <translation>Sealing…</translation>
    </message>
    <message>
        <source>Seal and send</source>
        <translation>Seal and send</translation>
    </message>
    <message>
        <source>Sealing locks the report on this phone for these people only. It is sent by itself as soon as there is a connection.</source>
        <translation>Sealing locks the report on this phone for these people only. It is sent by itself as soon as there is a connection.</translation>
    </message>
    <message>
        <source>Discard this report</source>
        <translation>Discard this report</translation>
    </message>
    <message>
        <source>Your report</source>
        <translation>Your report</translation>
    </message>
    <message>
        <source>Nobody yet. First: %1</source>
        <translation>Nobody yet. First: %1</translation>
    </message>
    <message>
        <source>Nobody can receive this report: the recipient list has a gap. Your draft is kept; tell your Vigil operator.</source>
        <translation>Nobody can receive this report: the recipient list has a gap. Your draft is kept; tell your Vigil operator.</translation>
    </message>
    <message>
        <source>Discard this report?</source>
        <translation>Discard this report?</translation>
    </message>
    <message>
        <source>What you wrote is deleted from this phone. You can undo this on the home screen for a few seconds.</source>
        <translation>What you wrote is deleted from this phone. You can undo this on the home screen for a few seconds.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Keep writing</source>
        <translation>Keep writing</translation>
    </message>
</context>
<context>
    <name>ReportSummaryCard</name>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Change: %1</source>
        <translation>Change: %1</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <source>Not chosen yet</source>
        <translation>Not chosen yet</translation>
    </message>
    <message>
        <source>Your message</source>
        <translation>Your message</translation>
    </message>
    <message>
        <source>Your account</source>
        <translation>Your account</translation>
    </message>
    <message>
        <source>Not written yet</source>
        <translation>Not written yet</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <source>Severity %1, likelihood %2</source>
        <translation>Severity %1, likelihood %2</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Not set</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s), stripped of location and camera data</source>
        <translation>
            <numerusform>%n photo, stripped of location and camera data</numerusform>
            <numerusform>%n photos, stripped of location and camera data</numerusform>
        </translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
</context>
<context>
    <name>ReportWhatPage</name>
    <message>
        <source>A confidential advisor listens, explains your options and keeps what you say to themselves. Nothing is reported to your chain of command unless you decide so. Leave a message; the advisor answers in this app.</source>
        <translation>A confidential advisor listens, explains your options and keeps what you say to themselves. Nothing is reported to your chain of command unless you decide so. Leave a message; the advisor answers in this app.</translation>
    </message>
    <message>
        <source>What would you like to talk about?</source>
        <translation>What would you like to talk about?</translation>
    </message>
    <message>
        <source>What happened?</source>
        <translation>What happened?</translation>
    </message>
    <message>
        <source>Describe what happened, in your own words. Leave out names if you can.</source>
        <translation>Describe what happened, in your own words. Leave out names if you can.</translation>
    </message>
    <message>
        <source>For example: at the stop we smelled fuel; a jerrycan was leaking because straps were missing.</source>
        <translation>For example: at the stop we smelled fuel; a jerrycan was leaking because straps were missing.</translation>
    </message>
    <message>
        <source>When?</source>
        <translation>When?</translation>
    </message>
    <message>
        <source>Date (year-month-day)</source>
        <translation>Date (year-month-day)</translation>
    </message>
    <message>
        <source>It is still going on</source>
        <translation>It is still going on</translation>
    </message>
    <message>
        <source>I am in danger right now</source>
        <translation>I am in danger right now</translation>
    </message>
    <message>
        <source>Next: who will read it</source>
        <translation>Next: who will read it</translation>
    </message>
    <message>
        <source>Add details (optional)</source>
        <translation>Add details (optional)</translation>
    </message>
    <message>
        <source>Confidential advisor</source>
        <translation>Confidential advisor</translation>
    </message>
    <message>
        <source>Vigil is not an emergency line. If you are in danger, call %1 or your duty officer now.</source>
        <translation>Vigil is not an emergency line. If you are in danger, call %1 or your duty officer now.</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>Call %1</translation>
    </message>
    <message>
        <source>Call the emergency number %1</source>
        <translation>Call the emergency number %1</translation>
    </message>
    <message>
        <source>Get help now</source>
        <translation>Get help now</translation>
    </message>
</context>
<context>
    <name>SealedPage</name>
    <message>
        <source>Sealed</source>
        <translation>Sealed</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Your report is sealed and in your outbox. It is sent by itself as soon as there is a connection.</source>
        <translation>Your report is sealed and in your outbox. It is sent by itself as soon as there is a connection.</translation>
    </message>
    <message>
        <source>Your receipt code</source>
        <translation>Your receipt code</translation>
    </message>
    <message>
        <source>When your report arrives, Vigil signs for this code. With it you can show that you reported, without showing what.</source>
        <translation>When your report arrives, Vigil signs for this code. With it you can show that you reported, without showing what.</translation>
    </message>
    <message>
        <source>Receipt code %1</source>
        <translation>Receipt code %1</translation>
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
        <source>What happens next</source>
        <translation>What happens next</translation>
    </message>
    <message>
        <source>The people who read your report must confirm that they received it within 7 days, and tell you what they did with it within 3 months. Their answers appear in your outbox; only this phone can read them. You can add to your report there at any time.</source>
        <translation>The people who read your report must confirm that they received it within 7 days, and tell you what they did with it within 3 months. Their answers appear in your outbox; only this phone can read them. You can add to your report there at any time.</translation>
    </message>
    <message>
        <source>Get help now</source>
        <translation>Get help now</translation>
    </message>
    <message>
        <source>You do not have to wait for an answer: a confidential advisor, the company doctor or other support can help you now.</source>
        <translation>You do not have to wait for an answer: a confidential advisor, the company doctor or other support can help you now.</translation>
    </message>
    <message>
        <source>It waits for a filing token: this phone has none left. At its next connection to Vigil, while unlocked, it gets new ones and sends your report by itself. Nothing is lost. Your receipt code appears in the outbox once it is sent.</source>
        <translation>It waits for a filing token: this phone has none left. At its next connection to Vigil, while unlocked, it gets new ones and sends your report by itself. Nothing is lost. Your receipt code appears in the outbox once it is sent.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Night mode</source>
        <translation>Night mode</translation>
    </message>
    <message>
        <source>Dim red on black, for light discipline in the dark.</source>
        <translation>Dim red on black, for light discipline in the dark.</translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation>Lock now</translation>
    </message>
    <message>
        <source>Panic wipe</source>
        <translation>Panic wipe</translation>
    </message>
    <message>
        <source>Deletes every draft, every report not yet sent, your receipts, replies and the keys on this phone. Reports that were already delivered stay with the registry.</source>
        <translation>Deletes every draft, every report not yet sent, your receipts, replies and the keys on this phone. Reports that were already delivered stay with the registry.</translation>
    </message>
    <message>
        <source>Wipe everything</source>
        <translation>Wipe everything</translation>
    </message>
    <message>
        <source>Your unit</source>
        <translation>Your unit</translation>
    </message>
    <message>
        <source>Used to find who receives your reports. You can report at a higher level each time.</source>
        <translation>Used to find who receives your reports. You can report at a higher level each time.</translation>
    </message>
</context>
<context>
    <name>SupportDelegate</name>
    <message>
        <source>Emergency</source>
        <translation>Emergency</translation>
    </message>
    <message>
        <source>Elsewhere in the organisation</source>
        <translation>Elsewhere in the organisation</translation>
    </message>
    <message>
        <source>Available: %1</source>
        <translation>Available: %1</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>Call %1</translation>
    </message>
    <message>
        <source>Call %1 on %2</source>
        <translation>Call %1 on %2</translation>
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
        <source>Copy the number of %1</source>
        <translation>Copy the number of %1</translation>
    </message>
    <message>
        <source>Write to %1</source>
        <translation>Write to %1</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Open %1</translation>
    </message>
</context>
<context>
    <name>SurveyPage</name>
    <message>
        <source>Tell us how it went</source>
        <translation>Tell us how it went</translation>
    </message>
    <message>
        <source>Your report has been closed. Three short questions help make reporting better for everyone. Answering is optional, and you can leave any question open.</source>
        <translation>Your report has been closed. Three short questions help make reporting better for everyone. Answering is optional, and you can leave any question open.</translation>
    </message>
    <message>
        <source>Your answers stay anonymous. They go sealed to the registry, not to the advisor, and are only counted together with those of at least four other reporters, never on their own.</source>
        <translation>Your answers stay anonymous. They go sealed to the registry, not to the advisor, and are only counted together with those of at least four other reporters, never on their own.</translation>
    </message>
    <message>
        <source>Did you feel heard?</source>
        <translation>Did you feel heard?</translation>
    </message>
    <message>
        <source>1 = not at all, 5 = completely</source>
        <translation>1 = not at all, 5 = completely</translation>
    </message>
    <message>
        <source>Felt heard: %1 of 5</source>
        <translation>Felt heard: %1 of 5</translation>
    </message>
    <message>
        <source>Would you report again?</source>
        <translation>Would you report again?</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>Not sure</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>How much do you fear consequences of your report?</source>
        <translation>How much do you fear consequences of your report?</translation>
    </message>
    <message>
        <source>1 = not at all, 5 = very much</source>
        <translation>1 = not at all, 5 = very much</translation>
    </message>
    <message>
        <source>Fear of consequences: %1 of 5</source>
        <translation>Fear of consequences: %1 of 5</translation>
    </message>
    <message>
        <source>Sealing…</source>
        <translation>Sealing…</translation>
    </message>
    <message>
        <source>Seal and send my answers</source>
        <translation>Seal and send my answers</translation>
    </message>
    <message>
        <source>Skip, do not ask again</source>
        <translation>Skip, do not ask again</translation>
    </message>
</context>
<context>
    <name>SyncStatusCard</name>
    <message>
        <source>Your reports have not been sent since %1. Reason: %2 Vigil keeps trying.</source>
        <translation>Your reports have not been sent since %1. Reason: %2 Vigil keeps trying.</translation>
    </message>
    <message>
        <source>Sending and checking for replies…</source>
        <translation>Sending and checking for replies…</translation>
    </message>
    <message numerus="yes">
        <source>No connection to Vigil. %n report(s) wait safely on this phone and will be sent by themselves.</source>
        <translation>
            <numerusform>No connection to Vigil. %n report waits safely on this phone and will be sent by itself.</numerusform>
            <numerusform>No connection to Vigil. %n reports wait safely on this phone and will be sent by themselves.</numerusform>
        </translation>
    </message>
    <message>
        <source>No connection to Vigil right now.</source>
        <translation>No connection to Vigil right now.</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) waiting to be sent.</source>
        <translation>
            <numerusform>%n report waiting to be sent.</numerusform>
            <numerusform>%n reports waiting to be sent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything is sent. Last contact with Vigil: %1.</source>
        <translation>Everything is sent. Last contact with Vigil: %1.</translation>
    </message>
    <message>
        <source>Nothing to send.</source>
        <translation>Nothing to send.</translation>
    </message>
    <message>
        <source>Try now</source>
        <translation>Try now</translation>
    </message>
    <message>
        <source>Filing tokens on this phone: %1</source>
        <translation>Filing tokens on this phone: %1</translation>
    </message>
</context>
<context>
    <name>TextEntryField</name>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1 of %2 characters</translation>
    </message>
</context>
<context>
    <name>ToggleRow</name>
    <message>
        <source>on</source>
        <translation>on</translation>
    </message>
    <message>
        <source>off</source>
        <translation>off</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Vigil is locked</source>
        <translation>Vigil is locked</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Unlocking…</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many wrong PINs. You can try again in %1.</source>
        <translation>Too many wrong PINs. You can try again in %1.</translation>
    </message>
    <message>
        <source>Forgot your PIN? Nobody can recover it. Wiping this phone deletes everything on it, reports not sent yet included, and lets you enrol again.</source>
        <translation>Forgot your PIN? Nobody can recover it. Wiping this phone deletes everything on it, reports not sent yet included, and lets you enrol again.</translation>
    </message>
    <message>
        <source>Wipe this phone…</source>
        <translation>Wipe this phone…</translation>
    </message>
    <message>
        <source>Get help now</source>
        <translation>Get help now</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Vigil</source>
        <translation>Welcome to Vigil</translation>
    </message>
    <message>
        <source>Report unsafe situations, near-misses and unacceptable behaviour — also without a network, and anonymously if you want.</source>
        <translation>Report unsafe situations, near-misses and unacceptable behaviour — also without a network, and anonymously if you want.</translation>
    </message>
    <message>
        <source>Start: enrol this phone</source>
        <translation>Start: enrol this phone</translation>
    </message>
</context>
<context>
    <name>vigil::field::ConversationModel</name>
    <message>
        <source>The list of recipients is out of date; connect once and try again.</source>
        <translation>The list of recipients is out of date; connect once and try again.</translation>
    </message>
    <message>
        <source>The message was not sealed, and nothing was sent: %1</source>
        <translation>The message was not sealed, and nothing was sent: %1</translation>
    </message>
    <message>
        <source>I am experiencing consequences of my report (retaliation). Please contact me.</source>
        <translation>I am experiencing consequences of my report (retaliation). Please contact me.</translation>
    </message>
    <message>
        <source>I answered the questions on how my report was handled.</source>
        <translation>I answered the questions on how my report was handled.</translation>
    </message>
    <message>
        <source>I would like more contact.</source>
        <translation>I would like more contact.</translation>
    </message>
    <message>
        <source>No further contact, thank you.</source>
        <translation>No further contact, thank you.</translation>
    </message>
</context>
<context>
    <name>vigil::field::EnrolScanner</name>
    <message>
        <source>No code found in this picture. Take it again with the whole code in view, sharp and well lit.</source>
        <translation>No code found in this picture. Take it again with the whole code in view, sharp and well lit.</translation>
    </message>
    <message>
        <source>This is not a Vigil enrolment code. Ask your safety officer or confidential advisor for the code of your organisation.</source>
        <translation>This is not a Vigil enrolment code. Ask your safety officer or confidential advisor for the code of your organisation.</translation>
    </message>
    <message>
        <source>The picture cannot be read.</source>
        <translation>The picture cannot be read.</translation>
    </message>
</context>
<context>
    <name>vigil::field::FieldApp</name>
    <message>
        <source>Paste the enrolment code first.</source>
        <translation>Paste the enrolment code first.</translation>
    </message>
    <message>
        <source>This enrolment code is not valid: %1</source>
        <translation>This enrolment code is not valid: %1</translation>
    </message>
    <message>
        <source>The enrolment file cannot be read.</source>
        <translation>The enrolment file cannot be read.</translation>
    </message>
    <message>
        <source>Choose a PIN of at least %1 digits.</source>
        <translation>Choose a PIN of at least %1 digits.</translation>
    </message>
    <message>
        <source>The two PINs are not the same.</source>
        <translation>The two PINs are not the same.</translation>
    </message>
    <message>
        <source>The PIN could not be set: %1</source>
        <translation>The PIN could not be set: %1</translation>
    </message>
    <message>
        <source>Not everything could be deleted: %1</source>
        <translation>Not everything could be deleted: %1</translation>
    </message>
</context>
<context>
    <name>vigil::field::PinGuard</name>
    <message>
        <source>Choose a PIN of at least %1 digits.</source>
        <translation>Choose a PIN of at least %1 digits.</translation>
    </message>
    <message>
        <source>One digit repeated is the first PIN anyone tries. Choose another.</source>
        <translation>One digit repeated is the first PIN anyone tries. Choose another.</translation>
    </message>
    <message>
        <source>Digits in a row, like 123456 or 987654, are the first PIN anyone tries. Choose another.</source>
        <translation>Digits in a row, like 123456 or 987654, are the first PIN anyone tries. Choose another.</translation>
    </message>
    <message>
        <source>A group of digits repeated, like 121212, is easy to guess. Choose another.</source>
        <translation>A group of digits repeated, like 121212, is easy to guess. Choose another.</translation>
    </message>
    <message>
        <source>This is one of the most common PINs and easy to guess. Choose another.</source>
        <translation>This is one of the most common PINs and easy to guess. Choose another.</translation>
    </message>
    <message>
        <source>Wrong PIN, %1 times in a row.</source>
        <translation>Wrong PIN, %1 times in a row.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n more wrong PIN(s) and this phone offers to wipe everything on it.</source>
        <translation>
            <numerusform>Wrong PIN. %n more wrong PIN and this phone offers to wipe everything on it.</numerusform>
            <numerusform>Wrong PIN. %n more wrong PINs and this phone offers to wipe everything on it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>Too many wrong PINs. Try again in %n second.</numerusform>
            <numerusform>Too many wrong PINs. Try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigil::field::RecoveryModel</name>
    <message>
        <source>Choose a passphrase of at least %1 characters.</source>
        <translation>Choose a passphrase of at least %1 characters.</translation>
    </message>
    <message>
        <source>This report is not on this phone, so it has no recovery code.</source>
        <translation>This report is not on this phone, so it has no recovery code.</translation>
    </message>
    <message>
        <source>No recovery code was made: %1</source>
        <translation>No recovery code was made: %1</translation>
    </message>
    <message>
        <source>The passphrase does not open this code. Check it and try again.</source>
        <translation>The passphrase does not open this code. Check it and try again.</translation>
    </message>
    <message>
        <source>This is not a whole recovery code. Copy all of it, from &quot;vigil-recovery-1:&quot; to the end.</source>
        <translation>This is not a whole recovery code. Copy all of it, from &quot;vigil-recovery-1:&quot; to the end.</translation>
    </message>
    <message>
        <source>This report is on this phone already.</source>
        <translation>This report is on this phone already.</translation>
    </message>
    <message>
        <source>The conversation was not restored: %1</source>
        <translation>The conversation was not restored: %1</translation>
    </message>
</context>
<context>
    <name>vigil::field::ReportDraft</name>
    <message>
        <source>Choose what happened.</source>
        <translation>Choose what happened.</translation>
    </message>
    <message>
        <source>Choose what it is about.</source>
        <translation>Choose what it is about.</translation>
    </message>
    <message>
        <source>Describe what happened in a few words.</source>
        <translation>Describe what happened in a few words.</translation>
    </message>
    <message>
        <source>Enter the date as year-month-day, for example 2025-03-12.</source>
        <translation>Enter the date as year-month-day, for example 2025-03-12.</translation>
    </message>
    <message>
        <source>Say how you can be reached, or choose anonymous.</source>
        <translation>Say how you can be reached, or choose anonymous.</translation>
    </message>
    <message>
        <source>Nobody is left to read this report.</source>
        <translation>Nobody is left to read this report.</translation>
    </message>
    <message>
        <source>Do not say</source>
        <translation>Do not say</translation>
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation>The draft could not be saved: %1</translation>
    </message>
    <message>
        <source>A report can carry at most %1 photos.</source>
        <translation>A report can carry at most %1 photos.</translation>
    </message>
    <message>
        <source>The photo could not be added: %1</source>
        <translation>The photo could not be added: %1</translation>
    </message>
    <message>
        <source>Vigil is locked.</source>
        <translation>Vigil is locked.</translation>
    </message>
    <message>
        <source>The list of recipients is missing or out of date. Connect once so Vigil can update it; your draft is kept. (%1)</source>
        <translation>The list of recipients is missing or out of date. Connect once so Vigil can update it; your draft is kept. (%1)</translation>
    </message>
    <message>
        <source>The report was not sealed, and nothing was sent: %1</source>
        <translation>The report was not sealed, and nothing was sent: %1</translation>
    </message>
    <message>
        <source>The draft could not be kept aside: %1</source>
        <translation>The draft could not be kept aside: %1</translation>
    </message>
    <message>
        <source>This draft could not be opened: %1</source>
        <translation>This draft could not be opened: %1</translation>
    </message>
</context>
<context>
    <name>vigil::field::SyncEngine</name>
    <message>
        <source>No connection to Vigil (%1).</source>
        <translation>No connection to Vigil (%1).</translation>
    </message>
    <message>
        <source>The network answered, but not as Vigil does (HTTP %1). A Wi-Fi login page may be in the way: open a browser, log in, and Vigil continues by itself.</source>
        <translation>The network answered, but not as Vigil does (HTTP %1). A Wi-Fi login page may be in the way: open a browser, log in, and Vigil continues by itself.</translation>
    </message>
    <message>
        <source>The relay offered a change of the registry&apos;s key holders this phone does not trust: %1</source>
        <translation>The relay offered a change of the registry&apos;s key holders this phone does not trust: %1</translation>
    </message>
    <message>
        <source>The relay offered a list of recipients this phone does not trust: %1</source>
        <translation>The relay offered a list of recipients this phone does not trust: %1</translation>
    </message>
    <message>
        <source>The relay could not take the reports now (HTTP %1).</source>
        <translation>The relay could not take the reports now (HTTP %1).</translation>
    </message>
    <message>
        <source>The network answered, but not as Vigil does. A Wi-Fi login page may be in the way: open a browser, log in, and Vigil continues by itself.</source>
        <translation>The network answered, but not as Vigil does. A Wi-Fi login page may be in the way: open a browser, log in, and Vigil continues by itself.</translation>
    </message>
    <message>
        <source>The relay&apos;s receipt did not verify, so this report does not count as delivered yet: %1</source>
        <translation>The relay&apos;s receipt did not verify, so this report does not count as delivered yet: %1</translation>
    </message>
    <message>
        <source>Replies could not be fetched (HTTP %1).</source>
        <translation>Replies could not be fetched (HTTP %1).</translation>
    </message>
    <message>
        <source>Bulletins could not be fetched (HTTP %1).</source>
        <translation>Bulletins could not be fetched (HTTP %1).</translation>
    </message>
    <message>
        <source>The relay does not take a report this large: %1</source>
        <translation>The relay does not take a report this large: %1</translation>
    </message>
    <message>
        <source>The relay called this report invalid; it is sent once more to be sure.</source>
        <translation>The relay called this report invalid; it is sent once more to be sure.</translation>
    </message>
    <message>
        <source>Replies could not be read: %1</source>
        <translation>Replies could not be read: %1</translation>
    </message>
    <message>
        <source>Bulletins could not be read: %1</source>
        <translation>Bulletins could not be read: %1</translation>
    </message>
    <message>
        <source>The relay offered support contacts this phone does not trust: %1</source>
        <translation>The relay offered support contacts this phone does not trust: %1</translation>
    </message>
    <message>
        <source>The relay offered token keys this phone does not trust.</source>
        <translation>The relay offered token keys this phone does not trust.</translation>
    </message>
    <message>
        <source>This phone was enrolled without a code for filing tokens: ask for a new enrolment.</source>
        <translation>This phone was enrolled without a code for filing tokens: ask for a new enrolment.</translation>
    </message>
    <message>
        <source>This phone&apos;s enrolment code was used already or is unknown: ask for a new enrolment to file reports.</source>
        <translation>This phone&apos;s enrolment code was used already or is unknown: ask for a new enrolment to file reports.</translation>
    </message>
    <message>
        <source>Quota reached; more filing tokens from %1.</source>
        <translation>Quota reached; more filing tokens from %1.</translation>
    </message>
    <message>
        <source>Quota reached; more filing tokens later.</source>
        <translation>Quota reached; more filing tokens later.</translation>
    </message>
    <message>
        <source>This phone may no longer receive filing tokens: ask your administrator.</source>
        <translation>This phone may no longer receive filing tokens: ask your administrator.</translation>
    </message>
</context>
</TS>
