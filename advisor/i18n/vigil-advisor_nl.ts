<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AftercarePane</name>
    <message>
        <source>Check-in moments with the reporter. At each, write to them in the conversation: the check-in is done with the first reply after it. Your reply tells their app the next moment.</source>
        <translation>Contactmomenten met de melder. Schrijf bij elk moment in het gesprek: het contactmoment is gedaan met het eerste antwoord erna. Uw antwoord vertelt de app van de melder het volgende moment.</translation>
    </message>
    <message>
        <source>The reporter asked for more contact. Write to them in the conversation.</source>
        <translation>De melder vroeg om meer contact. Schrijf in het gesprek.</translation>
    </message>
    <message>
        <source>Use template: %1</source>
        <translation>Sjabloon gebruiken: %1</translation>
    </message>
    <message>
        <source>Add a check-in in</source>
        <translation>Contactmoment toevoegen over</translation>
    </message>
    <message>
        <source>Days from today</source>
        <translation>Dagen vanaf vandaag</translation>
    </message>
    <message>
        <source>days</source>
        <translation>dagen</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>Add a check-in</source>
        <translation>Een contactmoment toevoegen</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Contactmomenten</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Remove the check-in of %1</source>
        <translation>Het contactmoment van %1 verwijderen</translation>
    </message>
    <message>
        <source>No check-ins planned.</source>
        <translation>Geen contactmomenten gepland.</translation>
    </message>
    <message>
        <source>Remove check-in</source>
        <translation>Contactmoment verwijderen</translation>
    </message>
    <message>
        <source>Remove the check-in of %1 from the plan?</source>
        <translation>Het contactmoment van %1 uit het plan verwijderen?</translation>
    </message>
</context>
<context>
    <name>AlertDelegate</name>
    <message>
        <source>Alert %1, %2, %3: %4</source>
        <translation>Signaal %1, %2, %3: %4</translation>
    </message>
    <message>
        <source>%1, due %2</source>
        <translation>%1, uiterlijk %2</translation>
    </message>
    <message>
        <source>assigned to %1</source>
        <translation>toegewezen aan %1</translation>
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
        <translation>Signaal #%1: %2</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Eenheid</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Maanden</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Follow up by</source>
        <translation>Opvolgen vóór</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Toegewezen aan</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Maatregel</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Toelichting</translation>
    </message>
    <message>
        <source>Followed up by</source>
        <translation>Opgevolgd door</translation>
    </message>
    <message>
        <source>Closed by</source>
        <translation>Gesloten door</translation>
    </message>
    <message>
        <source>Closing note</source>
        <translation>Notitie bij sluiten</translation>
    </message>
    <message>
        <source>Close alert #%1? A closed alert is not reopened: a later month that fires raises a new one.</source>
        <translation>Signaal #%1 sluiten? Een gesloten signaal gaat niet meer open: een latere maand die aanslaat geeft een nieuw signaal.</translation>
    </message>
    <message>
        <source>Assign to</source>
        <translation>Toewijzen aan</translation>
    </message>
    <message>
        <source>Choose a member</source>
        <translation>Kies een lid</translation>
    </message>
    <message>
        <source>Member to assign the alert to</source>
        <translation>Lid aan wie het signaal wordt toegewezen</translation>
    </message>
    <message>
        <source>Only a member with a measures or commander role covering the unit can follow it up; the registry refuses anyone else.</source>
        <translation>Alleen een lid met de rol coördinator maatregelen of commandant voor de eenheid kan het opvolgen; het register weigert ieder ander.</translation>
    </message>
    <message>
        <source>No measure</source>
        <translation>Geen maatregel</translation>
    </message>
    <message>
        <source>Measure that answers the alert</source>
        <translation>Maatregel die het signaal beantwoordt</translation>
    </message>
    <message>
        <source>Explanation: why no (other) measure is needed (required without a measure).</source>
        <translation>Toelichting: waarom geen (andere) maatregel nodig is (verplicht zonder maatregel).</translation>
    </message>
    <message>
        <source>Closing note (optional).</source>
        <translation>Notitie bij sluiten (optioneel).</translation>
    </message>
    <message>
        <source>You read this alert: assigning, following up and closing need a measures or commander role covering its unit.</source>
        <translation>U leest dit signaal: toewijzen, opvolgen en sluiten vragen de rol coördinator maatregelen of commandant voor de eenheid ervan.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <source>Keep it open</source>
        <translation>Open laten</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Toewijzen</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Opvolgen</translation>
    </message>
    <message>
        <source>Close the alert</source>
        <translation>Signaal sluiten</translation>
    </message>
</context>
<context>
    <name>AlertText</name>
    <message>
        <source>Raised</source>
        <translation>Afgegeven</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Toegewezen</translation>
    </message>
    <message>
        <source>Followed up</source>
        <translation>Opgevolgd</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Gesloten</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Toewijzen</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Opvolgen</translation>
    </message>
    <message>
        <source>Close alert</source>
        <translation>Signaal sluiten</translation>
    </message>
</context>
<context>
    <name>BarChartCard</name>
    <message>
        <source>No figures.</source>
        <translation>Geen cijfers.</translation>
    </message>
</context>
<context>
    <name>CaseActions</name>
    <message>
        <source>Next step:</source>
        <translation>Volgende stap:</translation>
    </message>
    <message>
        <source>Closed: no further steps.</source>
        <translation>Afgesloten: geen verdere stappen.</translation>
    </message>
    <message>
        <source>Draft lessons-learned bulletin</source>
        <translation>Bulletin geleerde les opstellen</translation>
    </message>
    <message>
        <source>Colleague to assign the case to</source>
        <translation>Collega aan wie de zaak wordt toegewezen</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Toewijzen</translation>
    </message>
    <message>
        <source>Assign the case to %1</source>
        <translation>De zaak toewijzen aan %1</translation>
    </message>
    <message>
        <source>⟳ %1 — waiting for the registry</source>
        <translation>⟳ %1 — wacht op het meldpunt</translation>
    </message>
    <message>
        <source>Close case…</source>
        <translation>Zaak afsluiten…</translation>
    </message>
    <message>
        <source>Close the case (asks for an outcome and a reason)</source>
        <translation>De zaak afsluiten (vraagt om een uitkomst en een reden)</translation>
    </message>
    <message>
        <source>Propose measure…</source>
        <translation>Maatregel voorstellen…</translation>
    </message>
    <message>
        <source>Propose a measure that answers this case</source>
        <translation>Een maatregel voorstellen naar aanleiding van deze zaak</translation>
    </message>
</context>
<context>
    <name>CaseDelegate</name>
    <message>
        <source>Case %1, %2, %3, %4, %5</source>
        <translation>Zaak %1, %2, %3, %4, %5</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>me</source>
        <translation>ik</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n wacht</numerusform>
            <numerusform>%n wachten</numerusform>
        </translation>
    </message>
    <message>
        <source>Reporter wrote</source>
        <translation>Melder schreef</translation>
    </message>
    <message>
        <source>Retaliation reported</source>
        <translation>Represailles gemeld</translation>
    </message>
    <message>
        <source>Check-in overdue</source>
        <translation>Contactmoment te laat</translation>
    </message>
    <message>
        <source>Check-in due</source>
        <translation>Contactmoment nu</translation>
    </message>
    <message>
        <source>Wants more contact</source>
        <translation>Wil meer contact</translation>
    </message>
</context>
<context>
    <name>CaseHeader</name>
    <message>
        <source>Case %1</source>
        <translation>Zaak %1</translation>
    </message>
    <message>
        <source>received %1</source>
        <translation>ontvangen %1</translation>
    </message>
    <message>
        <source>report %1</source>
        <translation>melding %1</translation>
    </message>
    <message>
        <source>Assigned to: %1 · Readable by: %2</source>
        <translation>Toegewezen aan: %1 · Leesbaar voor: %2</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>nog niemand</translation>
    </message>
    <message>
        <source>%1: %2 (due %3)</source>
        <translation>%1: %2 (uiterlijk %3)</translation>
    </message>
    <message>
        <source>The reporter says they are experiencing retaliation for this report (%1). Answer them in the conversation within 24 hours.</source>
        <translation>De melder zegt represailles te ondervinden vanwege deze melding (%1). Antwoord binnen 24 uur in het gesprek.</translation>
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
        <translation>1 d %1 u</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 u</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>overdue by %1</source>
        <translation>%1 te laat</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>nog %1</translation>
    </message>
</context>
<context>
    <name>CasePane</name>
    <message>
        <source>Select a case: j / k or the arrow keys, then Enter.</source>
        <translation>Kies een zaak: j / k of de pijltjestoetsen, dan Enter.</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Melding</translation>
    </message>
    <message>
        <source>Conversation (%1)</source>
        <translation>Gesprek (%1)</translation>
    </message>
    <message>
        <source>Conversation with the reporter</source>
        <translation>Gesprek met de melder</translation>
    </message>
    <message>
        <source>Internal notes (%1)</source>
        <translation>Interne notities (%1)</translation>
    </message>
    <message>
        <source>Internal notes</source>
        <translation>Interne notities</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <source>Audit history</source>
        <translation>Auditgeschiedenis</translation>
    </message>
    <message>
        <source>Send reply</source>
        <translation>Antwoord versturen</translation>
    </message>
    <message>
        <source>No messages yet. The reporter reads replies with the app they filed from.</source>
        <translation>Nog geen berichten. De melder leest antwoorden in de app waarmee de melding is gedaan.</translation>
    </message>
    <message>
        <source>Internal note for the members who hold this case. The reporter and the registry cannot read it.</source>
        <translation>Interne notitie voor wie deze zaak kan openen. De melder en het meldpunt kunnen hem niet lezen.</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Notitie toevoegen</translation>
    </message>
    <message>
        <source>No internal notes.</source>
        <translation>Geen interne notities.</translation>
    </message>
    <message>
        <source>Write to the reporter. Only the reporter reads this, and the colleagues who hold this case.</source>
        <translation>Schrijf aan de melder. Alleen de melder leest dit, en de collega’s die deze zaak kunnen openen.</translation>
    </message>
    <message>
        <source>Aftercare plan</source>
        <translation>Nazorgplan</translation>
    </message>
</context>
<context>
    <name>ClockDelegate</name>
    <message>
        <source>Measure %1, %2: %3, %4, %5</source>
        <translation>Maatregel %1, %2: %3, %4, %5</translation>
    </message>
</context>
<context>
    <name>CloseCaseDialog</name>
    <message>
        <source>Close case #%1?</source>
        <translation>Zaak #%1 afsluiten?</translation>
    </message>
    <message>
        <source>A closed case cannot be opened again. Its clocks stop and the reporter can no longer expect an answer.</source>
        <translation>Een afgesloten zaak kan niet meer worden heropend. De termijnen stoppen en de melder kan geen antwoord meer verwachten.</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <source>Reason (required). Kept with the case as an internal note: only the colleagues who hold this case can read it.</source>
        <translation>Reden (verplicht). Blijft bij de zaak als interne notitie: alleen de collega’s die deze zaak kunnen openen, lezen hem.</translation>
    </message>
    <message>
        <source>Why is this case closed?</source>
        <translation>Waarom wordt deze zaak afgesloten?</translation>
    </message>
    <message>
        <source>Reason for closing</source>
        <translation>Reden van afsluiten</translation>
    </message>
    <message>
        <source>Message to the reporter (optional). Sent as a reply: only the reporter reads it, and the colleagues who hold this case.</source>
        <translation>Bericht aan de melder (niet verplicht). Gaat als antwoord: alleen de melder leest het, en de collega’s die deze zaak kunnen openen.</translation>
    </message>
    <message>
        <source>The reporter cannot be written to from this case.</source>
        <translation>Vanuit deze zaak kan de melder geen bericht krijgen.</translation>
    </message>
    <message>
        <source>For example: thank you for reporting; what was looked into and why the case is closed.</source>
        <translation>Bijvoorbeeld: dank voor de melding; wat er is uitgezocht en waarom de zaak wordt afgesloten.</translation>
    </message>
    <message>
        <source>Message to the reporter</source>
        <translation>Bericht aan de melder</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Cancel: keep the case open</source>
        <translation>Annuleren: de zaak blijft open</translation>
    </message>
    <message>
        <source>Close the case</source>
        <translation>Zaak afsluiten</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Maatregel</translation>
    </message>
    <message>
        <source>No approved measure you can see</source>
        <translation>Geen goedgekeurde maatregel die u ziet</translation>
    </message>
    <message>
        <source>Measure the case was resolved by</source>
        <translation>Maatregel waarmee de zaak is opgelost</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Saved %1</source>
        <translation>%1 opgeslagen</translation>
    </message>
    <message>
        <source>Could not save %1</source>
        <translation>%1 kon niet worden opgeslagen</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>YYYY-MM</source>
        <translation>JJJJ-MM</translation>
    </message>
    <message>
        <source>First month</source>
        <translation>Eerste maand</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Laatste maand</translation>
    </message>
    <message>
        <source>Load from registry</source>
        <translation>Ophalen bij meldpunt</translation>
    </message>
    <message>
        <source>…or a statistics file (vigil-statistics/1 JSON)</source>
        <translation>…of een statistiekbestand (vigil-statistics/1 JSON)</translation>
    </message>
    <message>
        <source>Statistics file</source>
        <translation>Statistiekbestand</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>Bestand openen</translation>
    </message>
    <message>
        <source>Open the statistics file</source>
        <translation>Het statistiekbestand openen</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV exporteren</translation>
    </message>
    <message>
        <source>Export PNG</source>
        <translation>PNG exporteren</translation>
    </message>
    <message>
        <source>No statistics loaded. Load them from the registry, or open a file the operator exported.</source>
        <translation>Geen statistieken geladen. Haal ze op bij het meldpunt, of open een bestand dat de beheerder heeft geëxporteerd.</translation>
    </message>
    <message>
        <source>Event months %1 · generated %2 · %3 · hidden figures: “&lt;%4” fewer than %4, “x” hidden to protect another figure</source>
        <translation>Voorvallen in %1 · opgesteld %2 · %3 · verborgen cijfers: “&lt;%4” minder dan %4, “x” verborgen om een ander cijfer te beschermen</translation>
    </message>
    <message>
        <source>d</source>
        <translation>d</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>PDF exporteren</translation>
    </message>
    <message>
        <source>Capacity: no figures loaded.</source>
        <translation>Capaciteit: geen cijfers geladen.</translation>
    </message>
    <message>
        <source>h</source>
        <translation>u</translation>
    </message>
    <message>
        <source>Capacity · cases received %1 · open load now · red mark: the route&apos;s contact clock</source>
        <translation>Capaciteit · zaken ontvangen %1 · open werklast nu · rode streep: de contacttermijn van de route</translation>
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
        <translation>Opvolging (%1 te laat)</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Opvolging</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Maatregelen</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risico&apos;s</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicatoren</translation>
    </message>
</context>
<context>
    <name>EffectCard</name>
    <message>
        <source>Effect check</source>
        <translation>Effectmeting</translation>
    </message>
    <message>
        <source>recorded on %1</source>
        <translation>vastgelegd op %1</translation>
    </message>
    <message>
        <source>preview: computed now, not recorded</source>
        <translation>voorbeeld: nu berekend, niet vastgelegd</translation>
    </message>
    <message>
        <source>Can be checked from %1: the months after the measure have not all settled yet.</source>
        <translation>Te toetsen vanaf %1: de maanden na de maatregel zijn nog niet allemaal afgesloten.</translation>
    </message>
    <message>
        <source>Asking the registry for the effect check…</source>
        <translation>De effectmeting wordt bij het register opgevraagd…</translation>
    </message>
    <message>
        <source>Indicator: %1</source>
        <translation>Indicator: %1</translation>
    </message>
    <message>
        <source>Months before and after the measure</source>
        <translation>Maanden voor en na de maatregel</translation>
    </message>
    <message>
        <source>Blue band: before; green band: after; lines: the alert levels μ+1σ, μ+2σ, μ+3σ of each month.</source>
        <translation>Blauwe band: ervoor; groene band: erna; lijnen: de alarmniveaus μ+1σ, μ+2σ, μ+3σ van elke maand.</translation>
    </message>
    <message>
        <source>Before (%1 to %2)</source>
        <translation>Ervoor (%1 t/m %2)</translation>
    </message>
    <message>
        <source>%1 reports over %2 %3</source>
        <translation>%1 meldingen over %2 %3</translation>
    </message>
    <message>
        <source>After (%1 to %2)</source>
        <translation>Erna (%1 t/m %2)</translation>
    </message>
    <message>
        <source>Rate ratio</source>
        <translation>Verhouding van de frequenties</translation>
    </message>
    <message>
        <source>%1 (95% interval %2)</source>
        <translation>%1 (95%-interval %2)</translation>
    </message>
    <message>
        <source>not computable from these counts</source>
        <translation>niet te berekenen uit deze aantallen</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Oordeel</translation>
    </message>
    <message>
        <source>Record this check…</source>
        <translation>Deze meting vastleggen…</translation>
    </message>
    <message>
        <source>Record this check as the measure&apos;s verdict</source>
        <translation>Deze meting vastleggen als oordeel over de maatregel</translation>
    </message>
    <message>
        <source>Check the measure with this verdict? A checked measure takes no further step.</source>
        <translation>De maatregel toetsen met dit oordeel? Een getoetste maatregel zet geen stap meer.</translation>
    </message>
    <message>
        <source>Record it</source>
        <translation>Vastleggen</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nu niet</translation>
    </message>
    <message>
        <source>Fewer reports can also mean fewer people reporting: read the verdict with what you know of the unit.</source>
        <translation>Minder meldingen kan ook betekenen dat minder mensen melden: lees het oordeel met wat u van de eenheid weet.</translation>
    </message>
</context>
<context>
    <name>FollowUpPane</name>
    <message>
        <source>Follow-up</source>
        <translation>Opvolging</translation>
    </message>
    <message>
        <source>Deadlines of the measures you see: the due date until a measure is implemented, then its check. Overdue first.</source>
        <translation>Termijnen van de maatregelen die u ziet: de streefdatum tot een maatregel is uitgevoerd, daarna de toetsing. Te late eerst.</translation>
    </message>
    <message>
        <source>%1 overdue of %2 · last updated %3</source>
        <translation>%1 te laat van %2 · laatst bijgewerkt %3</translation>
    </message>
    <message>
        <source>Not fetched from the registry yet.</source>
        <translation>Nog niet opgehaald bij het register.</translation>
    </message>
    <message>
        <source>Follow-up clocks</source>
        <translation>Opvolgtermijnen</translation>
    </message>
    <message>
        <source>No deadline is running.</source>
        <translation>Er loopt geen termijn.</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>No history loaded yet.</source>
        <translation>Nog geen geschiedenis geladen.</translation>
    </message>
</context>
<context>
    <name>IdentityCard</name>
    <message>
        <source>Your identity for the operator</source>
        <translation>Je identiteit voor de beheerder</translation>
    </message>
    <message>
        <source>Hand this string to the registry operator (vigil-admin advisor add --public-key …). It holds only public keys.</source>
        <translation>Geef deze tekenreeks aan de beheerder van het meldpunt (vigil-admin advisor add --public-key …). Er staan alleen publieke sleutels in.</translation>
    </message>
    <message>
        <source>Identity string</source>
        <translation>Identiteitsreeks</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Gekopieerd</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiëren</translation>
    </message>
    <message>
        <source>Copy identity string</source>
        <translation>Identiteitsreeks kopiëren</translation>
    </message>
</context>
<context>
    <name>InboxPane</name>
    <message>
        <source>Search (press /; #12 for case 12)</source>
        <translation>Zoeken (druk /; #12 voor zaak 12)</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>Zaken zoeken</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Open zaken</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Alle statussen</translation>
    </message>
    <message>
        <source>Any clock</source>
        <translation>Elke termijn</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Te laat</translation>
    </message>
    <message>
        <source>Due soon or overdue</source>
        <translation>Bijna of te laat</translation>
    </message>
    <message>
        <source>Clock running</source>
        <translation>Termijn loopt</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle soorten</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Alle categorieën</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>Alle eenheden</translation>
    </message>
    <message>
        <source>Any risk</source>
        <translation>Elk risico</translation>
    </message>
    <message>
        <source>%1 and above</source>
        <translation>%1 en hoger</translation>
    </message>
    <message>
        <source>Sort</source>
        <translation>Sorteren</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Termijn</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ontvangen</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risico</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Eenheid</translation>
    </message>
    <message>
        <source>Reverse the order</source>
        <translation>Volgorde omdraaien</translation>
    </message>
    <message>
        <source>Assigned to me</source>
        <translation>Mijn zaken</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <source>Clear the filters</source>
        <translation>De filters wissen</translation>
    </message>
    <message>
        <source>%1 shown of %2 · %3 overdue · %4 due soon</source>
        <translation>%1 van %2 getoond · %3 te laat · %4 bijna verlopen</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Zaken</translation>
    </message>
    <message>
        <source>No cases for your groups yet.</source>
        <translation>Nog geen zaken voor jouw groepen.</translation>
    </message>
    <message>
        <source>No case matches these filters.</source>
        <translation>Geen zaak voldoet aan deze filters.</translation>
    </message>
    <message>
        <source>Reporter wrote</source>
        <translation>Melder schreef</translation>
    </message>
    <message>
        <source>Only cases whose reporter wrote after the last answer</source>
        <translation>Alleen zaken waarin de melder na het laatste antwoord schreef</translation>
    </message>
</context>
<context>
    <name>IndicatorChartCard</name>
    <message>
        <source>reports per month, as of %1</source>
        <translation>meldingen per maand, stand %1</translation>
    </message>
    <message>
        <source>alert level μ+1σ</source>
        <translation>alarmniveau μ+1σ</translation>
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
        <translation>▲ een regel sloeg aan</translation>
    </message>
    <message>
        <source>Too few reports for alert levels: the baseline has hidden months or is shorter than the window.</source>
        <translation>Te weinig meldingen voor alarmniveaus: de referentieperiode heeft verborgen maanden of is korter dan het venster.</translation>
    </message>
    <message>
        <source>Chart of %1</source>
        <translation>Grafiek van %1</translation>
    </message>
    <message>
        <source>hidden, %1</source>
        <translation>verborgen, %1</translation>
    </message>
    <message>
        <source>alert, rule %1</source>
        <translation>signaal, regel %1</translation>
    </message>
    <message>
        <source>Alert rules: %1.</source>
        <translation>Signaalregels: %1.</translation>
    </message>
    <message>
        <source>Fired in: %1.</source>
        <translation>Aangeslagen in: %1.</translation>
    </message>
    <message>
        <source>No target on the number of reports: a target on reporting discourages reporting.</source>
        <translation>Geen streefwaarde voor het aantal meldingen: een streefwaarde voor melden ontmoedigt het melden.</translation>
    </message>
    <message>
        <source>Open alert %1</source>
        <translation>Signaal %1 openen</translation>
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
            <numerusform>%n maand met een signaal</numerusform>
            <numerusform>%n maanden met een signaal</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>▲ %n alert(s)</source>
        <translation>
            <numerusform>▲ %n signaal</numerusform>
            <numerusform>▲ %n signalen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IndicatorPicker</name>
    <message>
        <source>No indicator you can read is in force yet: the operator defines them. Without one, the effect is judged, not checked from the figures.</source>
        <translation>Er geldt nog geen indicator die u kunt lezen: de beheerder stelt ze vast. Zonder indicator wordt het effect beoordeeld, niet uit de cijfers getoetst.</translation>
    </message>
    <message>
        <source>Tick the indicators meant to show the effect; the primary one is what an effect check uses.</source>
        <translation>Vink de indicatoren aan die het effect moeten laten zien; de effectmeting gebruikt de primaire.</translation>
    </message>
    <message>
        <source>Link indicator %1</source>
        <translation>Indicator %1 koppelen</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Primair</translation>
    </message>
    <message>
        <source>Use %1 for the effect check</source>
        <translation>%1 gebruiken voor de effectmeting</translation>
    </message>
</context>
<context>
    <name>IndicatorsPage</name>
    <message>
        <source>Board as of %1 · last updated %2</source>
        <translation>Overzicht per %1 · bijgewerkt %2</translation>
    </message>
    <message>
        <source>Not fetched from the registry yet.</source>
        <translation>Nog niet opgehaald bij het register.</translation>
    </message>
    <message>
        <source>offline: this is the board as it was then</source>
        <translation>offline: dit is het overzicht zoals het toen was</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicatoren</translation>
    </message>
    <message>
        <source>No indicators on the board yet: the registry&apos;s operator defines them.</source>
        <translation>Nog geen indicatoren: de beheerder van het register legt ze vast.</translation>
    </message>
    <message>
        <source>Choose an indicator in the list.</source>
        <translation>Kies een indicator in de lijst.</translation>
    </message>
    <message>
        <source>Inspectorate report…</source>
        <translation>Inspectierapport…</translation>
    </message>
    <message>
        <source>Issue or save the inspectorate&apos;s report</source>
        <translation>Het inspectierapport uitbrengen of opslaan</translation>
    </message>
    <message numerus="yes">
        <source>Alerts: %n open</source>
        <translation>
            <numerusform>Signalen: %n open</numerusform>
            <numerusform>Signalen: %n open</numerusform>
        </translation>
    </message>
    <message>
        <source>last updated %1</source>
        <translation>bijgewerkt %1</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Signalen</translation>
    </message>
    <message>
        <source>No alerts for you: the registry raises one when a settled month fires a rule.</source>
        <translation>Geen signalen voor u: het register geeft er een af als een afgesloten maand een regel laat aanslaan.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>%1 impact</source>
        <translation>Impact: %1</translation>
    </message>
</context>
<context>
    <name>LessonDialog</name>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Title: %1</source>
        <translation>Titel: %1</translation>
    </message>
    <message>
        <source>Text: %1</source>
        <translation>Tekst: %1</translation>
    </message>
    <message>
        <source>Lessons-learned bulletin</source>
        <translation>Bulletin geleerde les</translation>
    </message>
    <message>
        <source>Names, units, dates, times and places were replaced by [name], [unit], [date], [time] and [place]. Read it all: nothing here may lead back to the reporter. Every device receives it in both languages once the registry operator has approved it.</source>
        <translation>Namen, eenheden, datums, tijden en plaatsen zijn vervangen door [name], [unit], [date], [time] en [place]. Lees alles na: niets mag terugleiden naar de melder. Elk toestel ontvangt het in beide talen zodra de beheerder van het meldpunt het heeft goedgekeurd.</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <source>Translate the lesson into Dutch (required)</source>
        <translation>Vertaal de les in het Nederlands (verplicht)</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <source>Translate the lesson into English (required)</source>
        <translation>Vertaal de les in het Engels (verplicht)</translation>
    </message>
    <message>
        <source>Submitted earlier: “%1” — %2</source>
        <translation>Eerder ingediend: “%1” — %2</translation>
    </message>
    <message>
        <source>. Operator: %1</source>
        <translation>. Beheerder: %1</translation>
    </message>
    <message>
        <source>Submit for publication</source>
        <translation>Indienen voor publicatie</translation>
    </message>
    <message>
        <source>Queued for the registry (sent now, or as soon as it can be reached). The operator reviews it there before any device receives it.</source>
        <translation>In de wachtrij voor het meldpunt (nu verstuurd, of zodra het bereikbaar is). De beheerder beoordeelt het daar voordat een toestel het ontvangt.</translation>
    </message>
</context>
<context>
    <name>LessonText</name>
    <message>
        <source>What happened</source>
        <translation>Wat er gebeurde</translation>
    </message>
    <message>
        <source>Contributing factors</source>
        <translation>Bijdragende factoren</translation>
    </message>
    <message>
        <source>What was done at once</source>
        <translation>Wat er meteen is gedaan</translation>
    </message>
    <message>
        <source>What could have happened</source>
        <translation>Wat er had kunnen gebeuren</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Uitkomst: %1</translation>
    </message>
    <message>
        <source>Lesson learned: %1</source>
        <translation>Geleerde les: %1</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Vigil advisor console — %1</source>
        <translation>Vigil-behandelconsole — %1</translation>
    </message>
    <message>
        <source>Vigil advisor console</source>
        <translation>Vigil-behandelconsole</translation>
    </message>
</context>
<context>
    <name>MeasureDelegate</name>
    <message>
        <source>Measure %1, %2, %3, due %4</source>
        <translation>Maatregel %1, %2, %3, streefdatum %4</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>streefdatum %1</translation>
    </message>
</context>
<context>
    <name>MeasureDialog</name>
    <message>
        <source>Propose a measure</source>
        <translation>Een maatregel voorstellen</translation>
    </message>
    <message>
        <source>Another member with the measures or commander role for the owner unit approves it; you cannot approve your own proposal.</source>
        <translation>Een ander lid met de rol coördinator maatregelen of commandant voor de eigenaar-eenheid keurt hem goed; uw eigen voorstel kunt u niet goedkeuren.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>What will change, in one line</source>
        <translation>Wat er verandert, in één regel</translation>
    </message>
    <message>
        <source>Title of the measure</source>
        <translation>Titel van de maatregel</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <source>What is done, where, and why</source>
        <translation>Wat er gebeurt, waar en waarom</translation>
    </message>
    <message>
        <source>Description of the measure</source>
        <translation>Beschrijving van de maatregel</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domein</translation>
    </message>
    <message>
        <source>Owner unit</source>
        <translation>Eigenaar (eenheid)</translation>
    </message>
    <message>
        <source>Owner function</source>
        <translation>Eigenaar (functie)</translation>
    </message>
    <message>
        <source>A function, not a name: for example S3</source>
        <translation>Een functie, geen naam: bijvoorbeeld S3</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Streefdatum</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-DD</translation>
    </message>
    <message>
        <source>Due date (year, month, day)</source>
        <translation>Streefdatum (jaar, maand, dag)</translation>
    </message>
    <message>
        <source>Linked cases</source>
        <translation>Gekoppelde zaken</translation>
    </message>
    <message>
        <source>Case numbers, for example 12, 14</source>
        <translation>Zaaknummers, bijvoorbeeld 12, 14</translation>
    </message>
    <message>
        <source>Linked case numbers</source>
        <translation>Nummers van gekoppelde zaken</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Cancel: propose nothing</source>
        <translation>Annuleren: niets voorstellen</translation>
    </message>
    <message>
        <source>Propose</source>
        <translation>Voorstellen</translation>
    </message>
    <message>
        <source>Propose the measure</source>
        <translation>De maatregel voorstellen</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicatoren</translation>
    </message>
</context>
<context>
    <name>MeasureIndicatorsDialog</name>
    <message>
        <source>Indicators of measure #%1</source>
        <translation>Indicatoren van maatregel #%1</translation>
    </message>
    <message numerus="yes">
        <source>Saving unlinks %n indicator(s): an effect check of this measure will no longer read them.</source>
        <translation>
            <numerusform>Opslaan ontkoppelt %n indicator: een effectmeting van deze maatregel leest die niet meer.</numerusform>
            <numerusform>Opslaan ontkoppelt %n indicatoren: een effectmeting van deze maatregel leest die niet meer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Cancel: change no link</source>
        <translation>Annuleren: geen koppeling wijzigen</translation>
    </message>
    <message>
        <source>Save links</source>
        <translation>Koppelingen opslaan</translation>
    </message>
    <message>
        <source>Save the measure&apos;s indicators</source>
        <translation>De indicatoren van de maatregel opslaan</translation>
    </message>
</context>
<context>
    <name>MeasurePane</name>
    <message>
        <source>Choose a measure in the list.</source>
        <translation>Kies een maatregel in de lijst.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Streefdatum</translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation>Voorgesteld door</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Goedgekeurd door</translation>
    </message>
    <message>
        <source>Implemented on</source>
        <translation>Uitgevoerd op</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Bewijs</translation>
    </message>
    <message>
        <source>Reopened because</source>
        <translation>Heropend omdat</translation>
    </message>
    <message>
        <source>Check (by judgement)</source>
        <translation>Toetsing (op oordeel)</translation>
    </message>
    <message>
        <source>Cancelled because</source>
        <translation>Vervallen omdat</translation>
    </message>
    <message>
        <source>Linked cases (%1 in all)</source>
        <translation>Gekoppelde zaken (%1 in totaal)</translation>
    </message>
    <message>
        <source>Case #%1</source>
        <translation>Zaak #%1</translation>
    </message>
    <message>
        <source>Open case %1</source>
        <translation>Zaak %1 openen</translation>
    </message>
    <message>
        <source>None that you hold.</source>
        <translation>Geen die u in behandeling hebt.</translation>
    </message>
    <message>
        <source>Steps open to you:</source>
        <translation>Stappen die u kunt zetten:</translation>
    </message>
    <message>
        <source>No step on this measure is open to you now.</source>
        <translation>U kunt nu geen stap op deze maatregel zetten.</translation>
    </message>
    <message>
        <source>To be checked by</source>
        <translation>Te toetsen vóór</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicatoren</translation>
    </message>
    <message>
        <source>None linked</source>
        <translation>Geen gekoppeld</translation>
    </message>
    <message>
        <source>%1 (primary)</source>
        <translation>%1 (primair)</translation>
    </message>
    <message>
        <source>Indicators…</source>
        <translation>Indicatoren…</translation>
    </message>
    <message>
        <source>Change the indicators of this measure</source>
        <translation>De indicatoren van deze maatregel wijzigen</translation>
    </message>
</context>
<context>
    <name>MeasureStepDialog</name>
    <message>
        <source>%1: measure #%2?</source>
        <translation>%1: maatregel #%2?</translation>
    </message>
    <message>
        <source>A cancelled measure stays on record but cannot be taken up again: propose a new one if it is needed later.</source>
        <translation>Een vervallen maatregel blijft vastgelegd maar kan niet opnieuw worden opgepakt: stel later een nieuwe voor als dat nodig is.</translation>
    </message>
    <message>
        <source>Implemented on</source>
        <translation>Uitgevoerd op</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-DD</translation>
    </message>
    <message>
        <source>Date it was implemented (year, month, day)</source>
        <translation>Datum van uitvoering (jaar, maand, dag)</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Oordeel</translation>
    </message>
    <message>
        <source>Choose a verdict</source>
        <translation>Kies een oordeel</translation>
    </message>
    <message>
        <source>Evidence: what shows it was done (required).</source>
        <translation>Bewijs: waaruit blijkt dat het is gedaan (verplicht).</translation>
    </message>
    <message>
        <source>Note: what the verdict rests on (required).</source>
        <translation>Toelichting: waar het oordeel op berust (verplicht).</translation>
    </message>
    <message>
        <source>Reason for cancelling (required).</source>
        <translation>Reden om te laten vervallen (verplicht).</translation>
    </message>
    <message>
        <source>Reason for reopening: what turned out not to be done (required).</source>
        <translation>Reden om te heropenen: wat bleek niet gedaan (verplicht).</translation>
    </message>
    <message>
        <source>Text of the step</source>
        <translation>Tekst bij de stap</translation>
    </message>
    <message>
        <source>Keep the measure</source>
        <translation>Maatregel behouden</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
</context>
<context>
    <name>MeasureText</name>
    <message>
        <source>Proposed</source>
        <translation>Voorgesteld</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Goedgekeurd</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In uitvoering</translation>
    </message>
    <message>
        <source>Implemented</source>
        <translation>Uitgevoerd</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Getoetst</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Vervallen</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>Doeltreffend</translation>
    </message>
    <message>
        <source>No measurable change</source>
        <translation>Geen meetbaar verschil</translation>
    </message>
    <message>
        <source>Inconclusive</source>
        <translation>Niet te beoordelen</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Te laat</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Bijna verlopen</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Loopt</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Streefdatum</translation>
    </message>
    <message>
        <source>Implemented, not checked</source>
        <translation>Uitgevoerd, nog niet getoetst</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Heropenen</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Goedkeuren</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Mark implemented</source>
        <translation>Als uitgevoerd vastleggen</translation>
    </message>
    <message>
        <source>Record the check</source>
        <translation>Toetsing vastleggen</translation>
    </message>
    <message>
        <source>Cancel the measure</source>
        <translation>Maatregel laten vervallen</translation>
    </message>
</context>
<context>
    <name>MeasuresPage</name>
    <message>
        <source>Open measures</source>
        <translation>Lopende maatregelen</translation>
    </message>
    <message>
        <source>Any clock</source>
        <translation>Elke termijn</translation>
    </message>
    <message>
        <source>Every domain</source>
        <translation>Elk domein</translation>
    </message>
    <message>
        <source>Proposed by me</source>
        <translation>Door mij voorgesteld</translation>
    </message>
    <message>
        <source>Propose measure…</source>
        <translation>Maatregel voorstellen…</translation>
    </message>
    <message>
        <source>Propose a measure</source>
        <translation>Een maatregel voorstellen</translation>
    </message>
    <message>
        <source>%1 shown of %2 · last updated %3</source>
        <translation>%1 getoond van %2 · laatst bijgewerkt %3</translation>
    </message>
    <message>
        <source>Not fetched from the registry yet.</source>
        <translation>Nog niet opgehaald bij het register.</translation>
    </message>
    <message>
        <source>offline: this is the list as it was then</source>
        <translation>offline: dit is de lijst van toen</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Maatregelen</translation>
    </message>
    <message>
        <source>No measures you can see yet.</source>
        <translation>Nog geen maatregelen die u ziet.</translation>
    </message>
    <message>
        <source>No measure matches these filters.</source>
        <translation>Geen maatregel past bij deze filters.</translation>
    </message>
    <message>
        <source>All measures</source>
        <translation>Alle maatregelen</translation>
    </message>
    <message>
        <source>Every owner unit</source>
        <translation>Elke eigenaar-eenheid</translation>
    </message>
</context>
<context>
    <name>MessageDelegate</name>
    <message>
        <source>%1 wrote: %2</source>
        <translation>%1 schreef: %2</translation>
    </message>
    <message>
        <source>sealed</source>
        <translation>verzegeld</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>Melder</translation>
    </message>
    <message>
        <source>waiting to be sent</source>
        <translation>wacht op verzending</translation>
    </message>
    <message>
        <source>signature checked</source>
        <translation>handtekening gecontroleerd</translation>
    </message>
    <message>
        <source>signature not checked</source>
        <translation>handtekening niet gecontroleerd</translation>
    </message>
    <message>
        <source>(sealed to other members)</source>
        <translation>(verzegeld voor collega’s)</translation>
    </message>
    <message>
        <source>(sealed to the reporter; no copy that you can read)</source>
        <translation>(verzegeld voor de melder; geen kopie die jij kunt lezen)</translation>
    </message>
</context>
<context>
    <name>PdcaText</name>
    <message>
        <source>Whole organisation</source>
        <translation>Hele organisatie</translation>
    </message>
    <message>
        <source>a name</source>
        <translation>een naam</translation>
    </message>
    <message>
        <source>a date or time</source>
        <translation>een datum of tijd</translation>
    </message>
    <message>
        <source>a grid reference</source>
        <translation>een coördinaat</translation>
    </message>
    <message>
        <source>This text seems to contain %1. Everyone who reads the register reads it: do not write names or details that could identify a reporter or a person involved.</source>
        <translation>Deze tekst lijkt %1 te bevatten. Iedereen die het register leest, leest dit: schrijf geen namen of details op die een melder of een betrokkene herkenbaar maken.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Move to “%1”</source>
        <translation>Naar “%1”</translation>
    </message>
    <message>
        <source>Move to “%1” (%2)</source>
        <translation>Naar “%1” (%2)</translation>
    </message>
    <message>
        <source>Assign to %1</source>
        <translation>Toewijzen aan %1</translation>
    </message>
    <message>
        <source>Reply to the reporter</source>
        <translation>Antwoord aan de melder</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Interne notitie</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>Melder</translation>
    </message>
    <message>
        <source>Lesson learned for publication</source>
        <translation>Geleerde les ter publicatie</translation>
    </message>
    <message>
        <source>Reason for closing as “%1”</source>
        <translation>Reden van afsluiten als “%1”</translation>
    </message>
    <message>
        <source>Measure proposed from this case</source>
        <translation>Maatregel voorgesteld vanuit deze zaak</translation>
    </message>
</context>
<context>
    <name>RegistryPage</name>
    <message>
        <source>Connect to the registry</source>
        <translation>Verbinden met het meldpunt</translation>
    </message>
    <message>
        <source>Then load the provisioning file the operator gives you (vigil-admin enroll --out FILE): it names the registry and pins its root key. Enter its path, or paste its contents.</source>
        <translation>Laad daarna het koppelbestand dat je van de beheerder krijgt (vigil-admin enroll --out BESTAND): het noemt het meldpunt en legt de hoofdsleutel ervan vast. Vul het pad in, of plak de inhoud.</translation>
    </message>
    <message>
        <source>/path/to/provisioning.json</source>
        <translation>/pad/naar/koppelbestand.json</translation>
    </message>
    <message>
        <source>Provisioning file</source>
        <translation>Koppelbestand</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Vergrendel</translation>
    </message>
    <message>
        <source>Lock the console</source>
        <translation>De console vergrendelen</translation>
    </message>
    <message>
        <source>Load provisioning file</source>
        <translation>Koppelbestand laden</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Inspectorate report</source>
        <translation>Inspectierapport</translation>
    </message>
    <message>
        <source>Only the inspectorate, or a commander or measures role covering every unit, issues and reads the inspectorate&apos;s report.</source>
        <translation>Alleen de inspectie, of een commandant of coördinator maatregelen voor alle eenheden, brengt het inspectierapport uit en leest het.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Period of the report</source>
        <translation>Periode van het rapport</translation>
    </message>
    <message>
        <source>Reissue</source>
        <translation>Opnieuw uitbrengen</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Uitbrengen</translation>
    </message>
    <message>
        <source>Reissue the report on %1</source>
        <translation>Het rapport over %1 opnieuw uitbrengen</translation>
    </message>
    <message>
        <source>Issue the report on %1</source>
        <translation>Het rapport over %1 uitbrengen</translation>
    </message>
    <message>
        <source>This period was issued as report %1. A reissue is kept beside it: say why it is reissued (required).</source>
        <translation>Deze periode is uitgebracht als rapport %1. Een nieuwe uitgave komt ernaast: zeg waarom het opnieuw wordt uitgebracht (verplicht).</translation>
    </message>
    <message>
        <source>Reason for the reissue</source>
        <translation>Reden voor de nieuwe uitgave</translation>
    </message>
    <message>
        <source>Issued reports</source>
        <translation>Uitgebrachte rapporten</translation>
    </message>
    <message>
        <source>Report %1 · %2 · issued %3 by %4</source>
        <translation>Rapport %1 · %2 · uitgebracht %3 door %4</translation>
    </message>
    <message>
        <source>reissue of %1: %2</source>
        <translation>nieuwe uitgave van %1: %2</translation>
    </message>
    <message>
        <source>No report issued yet.</source>
        <translation>Nog geen rapport uitgebracht.</translation>
    </message>
    <message>
        <source>PDF in Dutch</source>
        <translation>PDF in het Nederlands</translation>
    </message>
    <message>
        <source>PDF in English</source>
        <translation>PDF in het Engels</translation>
    </message>
    <message>
        <source>Signed JSON (verified)</source>
        <translation>Ondertekende JSON (gecontroleerd)</translation>
    </message>
    <message>
        <source>Signed report (.vgv)</source>
        <translation>Ondertekend rapport (.vgv)</translation>
    </message>
    <message>
        <source>What to save</source>
        <translation>Wat op te slaan</translation>
    </message>
    <message>
        <source>File to save to</source>
        <translation>Bestand om in op te slaan</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Save report %1</source>
        <translation>Rapport %1 opslaan</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
</context>
<context>
    <name>ReportMap</name>
    <message>
        <source>ADR class </source>
        <translation>ADR-klasse </translation>
    </message>
    <message>
        <source>May be contacted</source>
        <translation>Mag benaderd worden</translation>
    </message>
    <message>
        <source>Wants a confidential advisor</source>
        <translation>Wil een vertrouwenspersoon</translation>
    </message>
    <message>
        <source>Wants aftercare</source>
        <translation>Wil nazorg</translation>
    </message>
    <message>
        <source>Wants separation from the other person</source>
        <translation>Wil niet meer samen met de ander ingedeeld worden</translation>
    </message>
    <message>
        <source>Consents to informing the commander</source>
        <translation>Stemt in met het inlichten van de commandant</translation>
    </message>
    <message>
        <source>Commander only with consent (not given)</source>
        <translation>Commandant alleen met toestemming (niet gegeven)</translation>
    </message>
    <message>
        <source>Injury: %1</source>
        <translation>Letsel: %1</translation>
    </message>
    <message>
        <source>Damage: %1</source>
        <translation>Schade: %1</translation>
    </message>
    <message>
        <source>Substance released</source>
        <translation>Stof vrijgekomen</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>speelt nog</translation>
    </message>
    <message>
        <source>immediate danger</source>
        <translation>direct gevaar</translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <source>Fetching the sealed report…</source>
        <translation>Verzegelde melding wordt opgehaald…</translation>
    </message>
    <message>
        <source>The report has not been decrypted yet.</source>
        <translation>De melding is nog niet ontsleuteld.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Waar</translation>
    </message>
    <message>
        <source>Risk (actual)</source>
        <translation>Risico (werkelijk)</translation>
    </message>
    <message>
        <source>Risk (worst credible)</source>
        <translation>Risico (ergst denkbaar)</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Afloop</translation>
    </message>
    <message>
        <source>Reporting</source>
        <translation>Wijze van melden</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>Melder</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Wat er gebeurde</translation>
    </message>
    <message>
        <source>Involved (by role)</source>
        <translation>Betrokkenen (naar functie)</translation>
    </message>
    <message>
        <source>Contributing factors</source>
        <translation>Bijdragende factoren</translation>
    </message>
    <message>
        <source>Immediate actions</source>
        <translation>Directe maatregelen</translation>
    </message>
    <message>
        <source>What could have happened</source>
        <translation>Wat er had kunnen gebeuren</translation>
    </message>
    <message>
        <source>The reporter&apos;s suggestion</source>
        <translation>Suggestie van de melder</translation>
    </message>
    <message>
        <source>Support wished for</source>
        <translation>Gewenste ondersteuning</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Bijlagen</translation>
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
        <translation>Risico %1</translation>
    </message>
</context>
<context>
    <name>RiskDecisionDialog</name>
    <message>
        <source>%1: risk #%2?</source>
        <translation>%1: risico #%2?</translation>
    </message>
    <message>
        <source>Residual risk</source>
        <translation>Restrisico</translation>
    </message>
    <message>
        <source>A closed risk stays on record but takes no further step: record a new risk if the hazard returns.</source>
        <translation>Een gesloten risico blijft vastgelegd maar kent geen volgende stap: leg een nieuw risico vast als het gevaar terugkomt.</translation>
    </message>
    <message>
        <source>Reopening ends the acceptance: the risk is open again until it is decided anew.</source>
        <translation>Heropenen beëindigt de acceptatie: het risico staat weer open tot er opnieuw over is besloten.</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Ernst</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>Kies</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Kans</translation>
    </message>
    <message>
        <source>Review by</source>
        <translation>Herbeoordelen vóór</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-DD</translation>
    </message>
    <message>
        <source>Review date (year, month, day)</source>
        <translation>Datum herbeoordeling (jaar, maand, dag)</translation>
    </message>
    <message>
        <source>Note: which measures lower the risk, and how (optional).</source>
        <translation>Toelichting: welke maatregelen het risico verlagen, en hoe (optioneel).</translation>
    </message>
    <message>
        <source>Note: what must change before the risk can be accepted (required).</source>
        <translation>Toelichting: wat moet veranderen voordat het risico aanvaard kan worden (verplicht).</translation>
    </message>
    <message>
        <source>Reason for closing (required).</source>
        <translation>Reden van sluiten (verplicht).</translation>
    </message>
    <message>
        <source>Reason for reopening (required).</source>
        <translation>Reden van heropenen (verplicht).</translation>
    </message>
    <message>
        <source>Note (optional).</source>
        <translation>Toelichting (optioneel).</translation>
    </message>
    <message>
        <source>Text of the step</source>
        <translation>Tekst bij de stap</translation>
    </message>
    <message>
        <source>Keep the risk</source>
        <translation>Risico laten staan</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
</context>
<context>
    <name>RiskDelegate</name>
    <message>
        <source>Risk %1, %2, %3, initial %4, residual %5</source>
        <translation>Risico %1, %2, %3, aanvangsrisico %4, restrisico %5</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>niet beoordeeld</translation>
    </message>
    <message>
        <source>Initial</source>
        <translation>Aanvang</translation>
    </message>
    <message>
        <source>Residual</source>
        <translation>Rest</translation>
    </message>
    <message>
        <source>review %1</source>
        <translation>herbeoordeling %1</translation>
    </message>
</context>
<context>
    <name>RiskDialog</name>
    <message>
        <source>Record a risk</source>
        <translation>Een risico vastleggen</translation>
    </message>
    <message>
        <source>Describe the hazard, not a person or an event: everyone who may see the risk reads it.</source>
        <translation>Beschrijf het gevaar, geen persoon of voorval: iedereen die het risico mag zien, leest het.</translation>
    </message>
    <message>
        <source>Hazard</source>
        <translation>Gevaar</translation>
    </message>
    <message>
        <source>What could cause harm, in one line</source>
        <translation>Wat schade kan veroorzaken, in één regel</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Where and when it arises, what is in place</source>
        <translation>Waar en wanneer het zich voordoet, wat er al is</translation>
    </message>
    <message>
        <source>Description of the risk</source>
        <translation>Omschrijving van het risico</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domein</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Eenheid</translation>
    </message>
    <message>
        <source>Unit the risk concerns (and the units below it)</source>
        <translation>Eenheid waar het risico over gaat (en de eenheden daaronder)</translation>
    </message>
    <message>
        <source>Initial risk</source>
        <translation>Aanvangsrisico</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Ernst</translation>
    </message>
    <message>
        <source>Severity %1</source>
        <translation>Ernst %1</translation>
    </message>
    <message>
        <source>Severity, I catastrophic to IV negligible</source>
        <translation>Ernst, I catastrofaal tot IV verwaarloosbaar</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Kans</translation>
    </message>
    <message>
        <source>Probability %1</source>
        <translation>Kans %1</translation>
    </message>
    <message>
        <source>Probability, A frequent to E improbable</source>
        <translation>Kans, A frequent tot E onwaarschijnlijk</translation>
    </message>
    <message>
        <source>Linked cases</source>
        <translation>Gekoppelde zaken</translation>
    </message>
    <message>
        <source>Case numbers, for example 12, 14</source>
        <translation>Zaaknummers, bijvoorbeeld 12, 14</translation>
    </message>
    <message>
        <source>Linked case numbers</source>
        <translation>Gekoppelde zaaknummers</translation>
    </message>
    <message>
        <source>Linked measures</source>
        <translation>Gekoppelde maatregelen</translation>
    </message>
    <message>
        <source>Measure numbers, for example 3</source>
        <translation>Maatregelnummers, bijvoorbeeld 3</translation>
    </message>
    <message>
        <source>Linked measure numbers</source>
        <translation>Gekoppelde maatregelnummers</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Cancel: record nothing</source>
        <translation>Annuleren: niets vastleggen</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Vastleggen</translation>
    </message>
    <message>
        <source>Record the risk</source>
        <translation>Het risico vastleggen</translation>
    </message>
</context>
<context>
    <name>RiskMatrixCard</name>
    <message>
        <source>Risk matrix: open and accepted risks you can see</source>
        <translation>Risicomatrix: open en aanvaarde risico&apos;s die u ziet</translation>
    </message>
    <message>
        <source>No heat map yet: it comes with the register from the registry.</source>
        <translation>Nog geen matrix: die komt met het register uit het register.</translation>
    </message>
    <message>
        <source>Initial risk</source>
        <translation>Aanvangsrisico</translation>
    </message>
    <message>
        <source>Residual risk (assessed only)</source>
        <translation>Restrisico (alleen beoordeelde)</translation>
    </message>
    <message>
        <source>Rows: probability A (frequent) to E (improbable), F eliminated; columns: severity I (catastrophic) to IV (negligible). &quot;&lt;%1&quot; means fewer than %1 risks; &quot;x&quot; is hidden so that a small number cannot be worked out from the totals.</source>
        <translation>Rijen: kans A (frequent) tot E (onwaarschijnlijk), F geëlimineerd; kolommen: ernst I (catastrofaal) tot IV (verwaarloosbaar). &quot;&lt;%1&quot; betekent minder dan %1 risico&apos;s; &quot;x&quot; is verborgen zodat een klein aantal niet uit de totalen volgt.</translation>
    </message>
</context>
<context>
    <name>RiskPane</name>
    <message>
        <source>Choose a risk in the list.</source>
        <translation>Kies een risico in de lijst.</translation>
    </message>
    <message>
        <source>Initial risk</source>
        <translation>Aanvangsrisico</translation>
    </message>
    <message>
        <source>Residual risk</source>
        <translation>Restrisico</translation>
    </message>
    <message>
        <source>not assessed yet</source>
        <translation>nog niet beoordeeld</translation>
    </message>
    <message>
        <source>assessed by %1</source>
        <translation>beoordeeld door %1</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>On what the residual risk rests</source>
        <translation>Waar het restrisico op berust</translation>
    </message>
    <message>
        <source>Review the acceptance by</source>
        <translation>Acceptatie herbeoordelen vóór</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Vastgelegd door</translation>
    </message>
    <message>
        <source>Reopened because</source>
        <translation>Heropend omdat</translation>
    </message>
    <message>
        <source>Closed because</source>
        <translation>Gesloten omdat</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Besluiten</translation>
    </message>
    <message>
        <source>None yet: nobody has accepted or declined this risk.</source>
        <translation>Nog geen: niemand heeft dit risico aanvaard of afgewezen.</translation>
    </message>
    <message>
        <source>Linked cases and measures</source>
        <translation>Gekoppelde zaken en maatregelen</translation>
    </message>
    <message>
        <source>Case #%1</source>
        <translation>Zaak #%1</translation>
    </message>
    <message>
        <source>Open case %1</source>
        <translation>Zaak %1 openen</translation>
    </message>
    <message>
        <source>Measure #%1 %2</source>
        <translation>Maatregel #%1 %2</translation>
    </message>
    <message>
        <source>Open measure %1</source>
        <translation>Maatregel %1 openen</translation>
    </message>
    <message>
        <source>None that you hold or see.</source>
        <translation>Geen die u houdt of ziet.</translation>
    </message>
    <message>
        <source>Steps on this risk (the registry checks your role and echelon):</source>
        <translation>Stappen voor dit risico (het register toetst uw functie en echelon):</translation>
    </message>
    <message>
        <source>A closed risk takes no further step.</source>
        <translation>Een gesloten risico kent geen volgende stap.</translation>
    </message>
    <message>
        <source>Measure to link</source>
        <translation>Te koppelen maatregel</translation>
    </message>
    <message>
        <source>Link measure</source>
        <translation>Maatregel koppelen</translation>
    </message>
    <message>
        <source>Link the chosen measure to risk %1</source>
        <translation>De gekozen maatregel aan risico %1 koppelen</translation>
    </message>
</context>
<context>
    <name>RiskText</name>
    <message>
        <source>Eliminated</source>
        <translation>Geëlimineerd</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aanvaard</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Gesloten</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Afgewezen</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Herbeoordeeld</translation>
    </message>
    <message>
        <source>Commander</source>
        <translation>Commandant</translation>
    </message>
    <message>
        <source>Measures coordinator</source>
        <translation>Coördinator maatregelen</translation>
    </message>
    <message>
        <source>Inspectorate</source>
        <translation>Inspectie</translation>
    </message>
    <message>
        <source>Assess residual risk</source>
        <translation>Restrisico beoordelen</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Aanvaarden</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Afwijzen</translation>
    </message>
    <message>
        <source>Review the acceptance</source>
        <translation>Acceptatie herbeoordelen</translation>
    </message>
    <message>
        <source>Close the risk</source>
        <translation>Risico sluiten</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Heropenen</translation>
    </message>
</context>
<context>
    <name>RisksPage</name>
    <message>
        <source>Open and accepted</source>
        <translation>Open en aanvaard</translation>
    </message>
    <message>
        <source>All risks</source>
        <translation>Alle risico&apos;s</translation>
    </message>
    <message>
        <source>Every level</source>
        <translation>Elk niveau</translation>
    </message>
    <message>
        <source>Record risk…</source>
        <translation>Risico vastleggen…</translation>
    </message>
    <message>
        <source>Record a risk</source>
        <translation>Een risico vastleggen</translation>
    </message>
    <message>
        <source>%1 shown of %2 · last updated %3</source>
        <translation>%1 van %2 getoond · bijgewerkt %3</translation>
    </message>
    <message>
        <source>Not fetched from the registry yet.</source>
        <translation>Nog niet opgehaald bij het register.</translation>
    </message>
    <message>
        <source>offline: this is the list as it was then</source>
        <translation>offline: dit is de lijst zoals die toen was</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risico&apos;s</translation>
    </message>
    <message>
        <source>No risks you can see yet.</source>
        <translation>Nog geen risico&apos;s die u kunt zien.</translation>
    </message>
    <message>
        <source>No risk matches these filters.</source>
        <translation>Geen risico voldoet aan deze filters.</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <source>Set up this console</source>
        <translation>Deze console inrichten</translation>
    </message>
    <message>
        <source>The console makes your own keys: one to decrypt the reports routed to you, one to sign in and sign your replies. They never leave this machine and are sealed with a passphrase only you know. Without it nobody — not even the operator — can recover them.</source>
        <translation>De console maakt je eigen sleutels: één om de meldingen die naar jou gaan te ontsleutelen, één om in te loggen en je antwoorden te ondertekenen. Ze verlaten deze computer nooit en worden verzegeld met een wachtwoordzin die alleen jij kent. Zonder die wachtwoordzin kan niemand ze terughalen, ook de beheerder niet.</translation>
    </message>
    <message>
        <source>Passphrase (at least %1 characters)</source>
        <translation>Wachtwoordzin (minstens %1 tekens)</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Wachtwoordzin</translation>
    </message>
    <message>
        <source>The same passphrase again</source>
        <translation>Dezelfde wachtwoordzin nog een keer</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation>Wachtwoordzin herhalen</translation>
    </message>
    <message>
        <source>Create my keys</source>
        <translation>Mijn sleutels maken</translation>
    </message>
</context>
<context>
    <name>StatusHeader</name>
    <message>
        <source>Vigil · advisor</source>
        <translation>Vigil · behandelaar</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Inloggen…</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Niet ingelogd</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Inloggen</translation>
    </message>
    <message>
        <source>Sign in to the registry</source>
        <translation>Inloggen bij het meldpunt</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Vergrendel</translation>
    </message>
    <message>
        <source>Lock the console</source>
        <translation>De console vergrendelen</translation>
    </message>
</context>
<context>
    <name>SyncBanner</name>
    <message>
        <source>Sync now</source>
        <translation>Nu synchroniseren</translation>
    </message>
    <message>
        <source>Sync with the registry now</source>
        <translation>Nu synchroniseren met het meldpunt</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Unlock the console</source>
        <translation>De console ontgrendelen</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Wachtwoordzin</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Ontgrendel</translation>
    </message>
</context>
<context>
    <name>vigil::advisor::Account</name>
    <message>
        <source>The two passphrases differ.</source>
        <translation>De twee wachtwoordzinnen verschillen.</translation>
    </message>
    <message>
        <source>The passphrase needs at least %1 characters.</source>
        <translation>De wachtwoordzin moet minstens %1 tekens hebben.</translation>
    </message>
    <message>
        <source>Sign-in was cancelled.</source>
        <translation>Het inloggen is afgebroken.</translation>
    </message>
    <message>
        <source>The registry does not know this console&apos;s key yet: give the operator your identity string. (%1)</source>
        <translation>Het meldpunt kent de sleutel van deze console nog niet: geef de beheerder je identiteitsreeks. (%1)</translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation>Inloggen mislukt: %1</translation>
    </message>
    <message>
        <source>Sign-in failed: the registry sent a malformed challenge.</source>
        <translation>Inloggen mislukt: het meldpunt stuurde een ongeldige uitdaging.</translation>
    </message>
    <message>
        <source>Wrong passphrase (or the vault file was changed).</source>
        <translation>Verkeerde wachtwoordzin (of het kluisbestand is gewijzigd).</translation>
    </message>
    <message>
        <source>The vault file is damaged.</source>
        <translation>Het kluisbestand is beschadigd.</translation>
    </message>
    <message>
        <source>The vault cannot be opened: %1</source>
        <translation>De kluis kan niet worden geopend: %1</translation>
    </message>
    <message numerus="yes">
        <source>The registry is busy with sign-ins: trying again in %n second(s).</source>
        <translation>
            <numerusform>Het meldpunt is druk met inloggen: nieuwe poging over %n seconde.</numerusform>
            <numerusform>Het meldpunt is druk met inloggen: nieuwe poging over %n seconden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigil::advisor::AlertView</name>
    <message>
        <source>The registry refused: assigning, following up and closing an alert need a measures or commander role covering the indicator&apos;s unit.</source>
        <translation>Het register weigerde: een signaal toewijzen, opvolgen en sluiten vraagt de rol coördinator maatregelen of commandant voor de eenheid van de indicator.</translation>
    </message>
    <message>
        <source>The registry refused a step on an alert: %1</source>
        <translation>Het register weigerde een stap op een signaal: %1</translation>
    </message>
    <message>
        <source>%1 reports in %2, above the alert level %3 (rule %4)</source>
        <translation>%1 meldingen in %2, boven het alarmniveau %3 (regel %4)</translation>
    </message>
    <message>
        <source>Choose an alert first.</source>
        <translation>Kies eerst een signaal.</translation>
    </message>
    <message>
        <source>Only a measures or commander role covering the indicator&apos;s unit may do this.</source>
        <translation>Alleen de rol coördinator maatregelen of commandant voor de eenheid van de indicator mag dit.</translation>
    </message>
    <message>
        <source>This step is not open on alert #%1 now.</source>
        <translation>Deze stap staat nu niet open voor signaal #%1.</translation>
    </message>
    <message>
        <source>Choose whom to assign the alert to.</source>
        <translation>Kies aan wie u het signaal toewijst.</translation>
    </message>
    <message>
        <source>Follow up with a measure, an explanation why none is needed, or both.</source>
        <translation>Volg op met een maatregel, een toelichting waarom er geen nodig is, of beide.</translation>
    </message>
    <message>
        <source>An explanation may have at most %1 characters.</source>
        <translation>Een toelichting mag hoogstens %1 tekens hebben.</translation>
    </message>
    <message>
        <source>%1 in %2, below the alert level %3 (rule %4)</source>
        <translation>%1 in %2, onder het alarmniveau %3 (regel %4)</translation>
    </message>
</context>
<context>
    <name>vigil::advisor::Capacity</name>
    <message>
        <source>Capacity: open cases per advisor</source>
        <translation>Capaciteit: open zaken per behandelaar</translation>
    </message>
    <message>
        <source>Capacity: first contact within the clock (%)</source>
        <translation>Capaciteit: eerste contact binnen de termijn (%)</translation>
    </message>
    <message>
        <source>Capacity: open cases per member, by group</source>
        <translation>Capaciteit: open zaken per lid, per groep</translation>
    </message>
    <message>
        <source>This registry does not publish capacity figures yet (GET /v1/advisor/capacity).</source>
        <translation>Dit meldpunt publiceert nog geen capaciteitscijfers (GET /v1/advisor/capacity).</translation>
    </message>
    <message>
        <source>Capacity figures unavailable: %1</source>
        <translation>Capaciteitscijfers niet beschikbaar: %1</translation>
    </message>
    <message>
        <source>Not capacity figures in the format %1.</source>
        <translation>Geen capaciteitscijfers in het formaat %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) received in the period</source>
        <translation>
            <numerusform>%n zaak ontvangen in de periode</numerusform>
            <numerusform>%n zaken ontvangen in de periode</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>first contact in %n case(s)</source>
        <translation>
            <numerusform>eerste contact in %n zaak</numerusform>
            <numerusform>eerste contact in %n zaken</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 within the clock</source>
        <translation>%1 van %2 binnen de termijn</translation>
    </message>
    <message numerus="yes">
        <source>%1 open, %2 unassigned; %n active member(s)</source>
        <translation>
            <numerusform>%1 open, %2 niet toegewezen; %n actief lid</numerusform>
            <numerusform>%1 open, %2 niet toegewezen; %n actieve leden</numerusform>
        </translation>
    </message>
    <message>
        <source>assigned automatically by load</source>
        <translation>automatisch toegewezen naar werklast</translation>
    </message>
    <message>
        <source>Capacity: median hours to first contact</source>
        <translation>Capaciteit: mediaan uren tot eerste contact</translation>
    </message>
    <message>
        <source>%1 (no members)</source>
        <translation>%1 (geen leden)</translation>
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
        <translation>De melding staat nog niet op deze computer; hij opent zodra het meldpunt bereikbaar is.</translation>
    </message>
    <message>
        <source>Could not load the %1: %2</source>
        <translation>Kon de %1 niet laden: %2</translation>
    </message>
    <message>
        <source>The report does not open with this console&apos;s key: %1</source>
        <translation>De melding opent niet met de sleutel van deze console: %1</translation>
    </message>
    <message>
        <source>The report is malformed: %1</source>
        <translation>De melding is ongeldig: %1</translation>
    </message>
    <message>
        <source>met %1</source>
        <translation>gehaald %1</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>afgesloten</translation>
    </message>
    <message>
        <source>%1 (me)</source>
        <translation>%1 (ik)</translation>
    </message>
    <message>
        <source>“%1” is not a next step for this case.</source>
        <translation>“%1” is geen volgende stap voor deze zaak.</translation>
    </message>
    <message>
        <source>Choose an outcome to close the case.</source>
        <translation>Kies een uitkomst om de zaak af te sluiten.</translation>
    </message>
    <message>
        <source>This reply cannot be sent (too long, or the case lacks a reply key).</source>
        <translation>Dit antwoord kan niet worden verstuurd (te lang, of de zaak heeft geen antwoordsleutel).</translation>
    </message>
    <message>
        <source>Notes need the registry&apos;s directory (for your colleagues&apos; keys); sign in once first.</source>
        <translation>Voor notities is de adreslijst van het meldpunt nodig (voor de sleutels van je collega’s); log eerst één keer in.</translation>
    </message>
    <message>
        <source>The registry refused: %1</source>
        <translation>Het meldpunt weigerde: %1</translation>
    </message>
    <message>
        <source>report</source>
        <translation>melding</translation>
    </message>
    <message>
        <source>messages</source>
        <translation>berichten</translation>
    </message>
    <message>
        <source>history</source>
        <translation>geschiedenis</translation>
    </message>
    <message>
        <source>A bulletin needs a title and a text in Dutch and in English.</source>
        <translation>Een bulletin heeft een titel en een tekst nodig, in het Nederlands en in het Engels.</translation>
    </message>
    <message>
        <source>A title may have at most %1 characters and a text %2.</source>
        <translation>Een titel mag hoogstens %1 tekens hebben en een tekst %2.</translation>
    </message>
    <message>
        <source>Reason for closing (internal note)</source>
        <translation>Reden van afsluiten (interne notitie)</translation>
    </message>
    <message>
        <source>Closing a case needs a reason.</source>
        <translation>Voor het afsluiten van een zaak is een reden nodig.</translation>
    </message>
    <message>
        <source>This text is too long (at most %1 bytes).</source>
        <translation>Deze tekst is te lang (hoogstens %1 bytes).</translation>
    </message>
    <message>
        <source>This case is assigned to %1, not to you. Closing it ends their work on it: talk to them first.</source>
        <translation>Deze zaak is toegewezen aan %1, niet aan jou. Afsluiten beëindigt diens werk eraan: overleg eerst.</translation>
    </message>
    <message>
        <source>Give a reason for closing the case.</source>
        <translation>Geef een reden om de zaak af te sluiten.</translation>
    </message>
    <message>
        <source>This reporter cannot be written to: the case has no reply key.</source>
        <translation>Deze melder kan geen bericht krijgen: de zaak heeft geen antwoordsleutel.</translation>
    </message>
    <message>
        <source>met</source>
        <translation>gehaald</translation>
    </message>
    <message>
        <source>Resolved — measure</source>
        <translation>Opgelost — maatregel</translation>
    </message>
    <message>
        <source>Choose an approved measure to close the case with.</source>
        <translation>Kies een goedgekeurde maatregel om de zaak mee te sluiten.</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n maand</numerusform>
            <numerusform>%n maanden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n week</numerusform>
            <numerusform>%n weken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dagen</numerusform>
        </translation>
    </message>
    <message>
        <source>planned</source>
        <translation>gepland</translation>
    </message>
    <message>
        <source>due: write to the reporter</source>
        <translation>nu: schrijf de melder</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>te laat</translation>
    </message>
    <message>
        <source>done</source>
        <translation>gedaan</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>gestopt</translation>
    </message>
    <message>
        <source>The reporter declined further contact on %1: the plan stopped.</source>
        <translation>De melder wilde op %1 geen verder contact: het plan is gestopt.</translation>
    </message>
    <message>
        <source>This route has no check-in template: add the moments one by one.</source>
        <translation>Deze route heeft geen sjabloon voor contactmomenten: voeg de momenten één voor één toe.</translation>
    </message>
    <message>
        <source>A check-in lies 1 to 730 days ahead.</source>
        <translation>Een contactmoment ligt 1 tot 730 dagen vooruit.</translation>
    </message>
</context>
<context>
    <name>vigil::advisor::Dashboard</name>
    <message>
        <source>Reports per month by kind</source>
        <translation>Meldingen per maand naar soort</translation>
    </message>
    <message>
        <source>Reports per month</source>
        <translation>Meldingen per maand</translation>
    </message>
    <message>
        <source>Reports by category</source>
        <translation>Meldingen naar categorie</translation>
    </message>
    <message>
        <source>Reports by unit (small units rolled up)</source>
        <translation>Meldingen naar eenheid (kleine eenheden samengevoegd)</translation>
    </message>
    <message>
        <source>Reporting mode</source>
        <translation>Wijze van melden</translation>
    </message>
    <message>
        <source>Median days against the clock</source>
        <translation>Mediaan aantal dagen tegen de termijn</translation>
    </message>
    <message>
        <source>Share within the clock (%)</source>
        <translation>Aandeel binnen de termijn (%)</translation>
    </message>
    <message>
        <source>Open and overdue cases</source>
        <translation>Open zaken en termijnoverschrijdingen</translation>
    </message>
    <message>
        <source>Open cases per advisor</source>
        <translation>Open zaken per behandelaar</translation>
    </message>
    <message>
        <source>This registry does not publish statistics to the console yet (GET /v1/advisor/stats).</source>
        <translation>Dit meldpunt levert nog geen statistieken aan de console (GET /v1/advisor/stats).</translation>
    </message>
    <message>
        <source>Statistics unavailable: %1</source>
        <translation>Statistieken niet beschikbaar: %1</translation>
    </message>
    <message>
        <source>Not a statistics report: %1</source>
        <translation>Geen statistiekrapport: %1</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Kan %1 niet openen: %2</translation>
    </message>
    <message>
        <source>Not a statistics report in the format %1.</source>
        <translation>Geen statistiekrapport in het formaat %1.</translation>
    </message>
    <message>
        <source>(other units)</source>
        <translation>(overige eenheden)</translation>
    </message>
    <message>
        <source>(unspecified)</source>
        <translation>(niet opgegeven)</translation>
    </message>
    <message>
        <source>includes %1</source>
        <translation>omvat %1</translation>
    </message>
    <message>
        <source>%1 % of reports</source>
        <translation>%1 % van de meldingen</translation>
    </message>
    <message>
        <source>share withheld</source>
        <translation>aandeel niet gepubliceerd</translation>
    </message>
    <message>
        <source>%1 near misses per accident</source>
        <translation>%1 bijna-ongevallen per ongeval</translation>
    </message>
    <message>
        <source>near misses per accident: withheld (small numbers)</source>
        <translation>bijna-ongevallen per ongeval: niet gepubliceerd (kleine aantallen)</translation>
    </message>
    <message>
        <source>%1 cases · clock %2 days</source>
        <translation>%1 zaken · termijn %2 dagen</translation>
    </message>
    <message>
        <source>%1 cases</source>
        <translation>%1 zaken</translation>
    </message>
    <message>
        <source>of %1 judged</source>
        <translation>van %1 beoordeeld</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Open zaken</translation>
    </message>
    <message>
        <source>Acknowledgement overdue</source>
        <translation>Ontvangstbevestiging te laat</translation>
    </message>
    <message>
        <source>Feedback overdue</source>
        <translation>Terugkoppeling te laat</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Niet toegewezen</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan %1 niet schrijven: %2</translation>
    </message>
    <message>
        <source>Vigil — steering information</source>
        <translation>Vigil — sturingsinformatie</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>Periode: %1</translation>
    </message>
    <message>
        <source>Figures below %1 are hidden (shown as &lt;%1); “x” hides a figure that would reveal another.</source>
        <translation>Aantallen onder %1 zijn verborgen (getoond als &lt;%1); “x” verbergt een aantal dat een ander zou onthullen.</translation>
    </message>
    <message>
        <source>Exported %1 from the advisor console. Contains no report content.</source>
        <translation>Geëxporteerd op %1 uit de behandelconsole. Bevat geen inhoud van meldingen.</translation>
    </message>
    <message>
        <source>Would report again (%), by quarter of closing</source>
        <translation>Zou opnieuw melden (%), per kwartaal van afsluiten</translation>
    </message>
    <message>
        <source>Cases with a retaliation signal, by quarter</source>
        <translation>Zaken met een signaal van represailles, per kwartaal</translation>
    </message>
    <message>
        <source>Check-ins due</source>
        <translation>Contactmomenten nu</translation>
    </message>
    <message>
        <source>after closing</source>
        <translation>na afsluiten</translation>
    </message>
    <message>
        <source>Check-ins overdue</source>
        <translation>Contactmomenten te laat</translation>
    </message>
</context>
<context>
    <name>vigil::advisor::InboxFilter</name>
    <message>
        <source>(no unit)</source>
        <translation>(geen eenheid)</translation>
    </message>
</context>
<context>
    <name>vigil::advisor::IndicatorsView</name>
    <message>
        <source>every kind of report</source>
        <translation>elke soort melding</translation>
    </message>
    <message>
        <source>risk %1</source>
        <translation>risico %1</translation>
    </message>
    <message>
        <source>one month above μ+%1σ</source>
        <translation>één maand boven μ+%1σ</translation>
    </message>
    <message>
        <source>%1 months in a row above μ+%2σ</source>
        <translation>%1 maanden achter elkaar boven μ+%2σ</translation>
    </message>
    <message>
        <source>%1 (rule %2)</source>
        <translation>%1 (regel %2)</translation>
    </message>
    <message>
        <source>No month has settled yet: the first board comes after a whole month.</source>
        <translation>Nog geen maand is afgesloten: het eerste overzicht komt na een hele maand.</translation>
    </message>
    <message>
        <source>The registry did not give the indicators: %1</source>
        <translation>Het register gaf de indicatoren niet: %1</translation>
    </message>
    <message>
        <source>Ratio of two counts a month</source>
        <translation>Verhouding van twee aantallen per maand</translation>
    </message>
    <message>
        <source>Share of reports a month</source>
        <translation>Aandeel van de meldingen per maand</translation>
    </message>
    <message>
        <source>Share given feedback within %1 days</source>
        <translation>Aandeel met terugkoppeling binnen %1 dagen</translation>
    </message>
    <message>
        <source>Share acknowledged within %1 days</source>
        <translation>Aandeel binnen %1 dagen bevestigd</translation>
    </message>
    <message>
        <source>Median days to feedback</source>
        <translation>Mediaan dagen tot terugkoppeling</translation>
    </message>
    <message>
        <source>Median days to acknowledgement</source>
        <translation>Mediaan dagen tot ontvangstbevestiging</translation>
    </message>
    <message>
        <source>Share of measures on time</source>
        <translation>Aandeel maatregelen op tijd</translation>
    </message>
    <message>
        <source>Reports a month</source>
        <translation>Meldingen per maand</translation>
    </message>
    <message>
        <source>one month below μ−%1σ</source>
        <translation>één maand onder μ−%1σ</translation>
    </message>
    <message>
        <source>%1 months in a row below μ−%2σ</source>
        <translation>%1 maanden op rij onder μ−%2σ</translation>
    </message>
    <message>
        <source>Retaliation signals a month</source>
        <translation>Signalen van represailles per maand</translation>
    </message>
</context>
<context>
    <name>vigil::advisor::InspectorateReports</name>
    <message>
        <source>Quarter %1 of %2</source>
        <translation>Kwartaal %1 van %2</translation>
    </message>
    <message>
        <source>The year %1</source>
        <translation>Het jaar %1</translation>
    </message>
    <message>
        <source>Only the inspectorate, or a commander or measures role covering every unit, issues and reads the inspectorate&apos;s report.</source>
        <translation>Alleen de inspectie, of een commandant of coördinator maatregelen voor alle eenheden, brengt het inspectierapport uit en leest het.</translation>
    </message>
    <message>
        <source>The registry cannot be reached: the report is issued and printed there.</source>
        <translation>Het register is niet bereikbaar: het rapport wordt daar uitgebracht en afgedrukt.</translation>
    </message>
    <message>
        <source>The registry refused: %1</source>
        <translation>Het register weigerde: %1</translation>
    </message>
    <message>
        <source>Choose a quarter or a year.</source>
        <translation>Kies een kwartaal of een jaar.</translation>
    </message>
    <message>
        <source>%1 was issued already as report %2: a reissue needs a reason.</source>
        <translation>%1 is al uitgebracht als rapport %2: een nieuwe uitgave vraagt een reden.</translation>
    </message>
    <message>
        <source>Report %1 issued for %2.</source>
        <translation>Rapport %1 uitgebracht over %2.</translation>
    </message>
    <message>
        <source>Choose a report and a file to save it to.</source>
        <translation>Kies een rapport en een bestand om het in op te slaan.</translation>
    </message>
    <message>
        <source>Choose what to save: the PDF in Dutch or English, the signed report or its JSON.</source>
        <translation>Kies wat u opslaat: de PDF in het Nederlands of Engels, het ondertekende rapport of de JSON ervan.</translation>
    </message>
    <message>
        <source>The console is locked.</source>
        <translation>De console is vergrendeld.</translation>
    </message>
    <message>
        <source>The report does not verify against the organisation&apos;s root key: nothing was saved.</source>
        <translation>Het rapport klopt niet met de hoofdsleutel van de organisatie: er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Kon %1 niet schrijven: %2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Opgeslagen: %1</translation>
    </message>
</context>
<context>
    <name>vigil::advisor::LessonSubmissions</name>
    <message>
        <source>Published as bulletin %1</source>
        <translation>Gepubliceerd als bulletin %1</translation>
    </message>
    <message>
        <source>Sent back by the operator</source>
        <translation>Teruggestuurd door de beheerder</translation>
    </message>
    <message>
        <source>Waiting for the operator</source>
        <translation>Wacht op de beheerder</translation>
    </message>
</context>
<context>
    <name>vigil::advisor::MatrixModel</name>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
</context>
<context>
    <name>vigil::advisor::MeasureEffect</name>
    <message>
        <source>Effective: the rate of reports fell</source>
        <translation>Effectief: de meldingsfrequentie daalde</translation>
    </message>
    <message>
        <source>No measurable change: the rate rose</source>
        <translation>Geen meetbare verandering: de frequentie steeg</translation>
    </message>
    <message>
        <source>No measurable change: a halving is ruled out</source>
        <translation>Geen meetbare verandering: een halvering is uitgesloten</translation>
    </message>
    <message>
        <source>Inconclusive: a month of the windows is hidden (too few reports to publish)</source>
        <translation>Onbeslist: een maand van de vensters is verborgen (te weinig meldingen om te publiceren)</translation>
    </message>
    <message>
        <source>Inconclusive: too few reports</source>
        <translation>Onbeslist: te weinig meldingen</translation>
    </message>
    <message>
        <source>Inconclusive: the data allow both a change and none</source>
        <translation>Onbeslist: de gegevens laten zowel een verandering als geen toe</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>verborgen</translation>
    </message>
    <message>
        <source>person-months</source>
        <translation>persoonsmaanden</translation>
    </message>
    <message>
        <source>months</source>
        <translation>maanden</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 tot %2</translation>
    </message>
    <message>
        <source>Checked by judgement: no effect check was recorded.</source>
        <translation>Getoetst op oordeel: er is geen effectmeting vastgelegd.</translation>
    </message>
    <message>
        <source>No effect check: %1</source>
        <translation>Geen effectmeting: %1</translation>
    </message>
    <message>
        <source>The registry did not give the effect check: %1</source>
        <translation>Het register gaf de effectmeting niet: %1</translation>
    </message>
    <message>
        <source>The effect check is computed by the registry: it shows when the registry can be reached.</source>
        <translation>De effectmeting berekent het register: ze verschijnt zodra het register bereikbaar is.</translation>
    </message>
    <message>
        <source>No indicator is linked to this measure, so its effect cannot be checked from the figures: record a verdict by judgement.</source>
        <translation>Aan deze maatregel is geen indicator gekoppeld, dus het effect is niet uit de cijfers te toetsen: toets op oordeel.</translation>
    </message>
</context>
<context>
    <name>vigil::advisor::MeasureFilter</name>
    <message>
        <source>Overdue</source>
        <translation>Te laat</translation>
    </message>
    <message>
        <source>Due soon or overdue</source>
        <translation>Bijna verlopen of te laat</translation>
    </message>
</context>
<context>
    <name>vigil::advisor::MeasureView</name>
    <message>
        <source>The registry refused a step on a measure: %1</source>
        <translation>Het register weigerde een stap op een maatregel: %1</translation>
    </message>
    <message>
        <source>%1: give a date as YYYY-MM-DD, for example %2.</source>
        <translation>%1: geef een datum als JJJJ-MM-DD, bijvoorbeeld %2.</translation>
    </message>
    <message>
        <source>A measure needs a title of one line, at most %1 characters.</source>
        <translation>Een maatregel heeft een titel van één regel nodig, hoogstens %1 tekens.</translation>
    </message>
    <message>
        <source>A description may have at most %1 characters.</source>
        <translation>Een beschrijving mag hoogstens %1 tekens hebben.</translation>
    </message>
    <message>
        <source>Choose the domain of the measure.</source>
        <translation>Kies het domein van de maatregel.</translation>
    </message>
    <message>
        <source>Choose the unit that owns the measure.</source>
        <translation>Kies de eenheid die eigenaar is van de maatregel.</translation>
    </message>
    <message>
        <source>Name the owner&apos;s function (for example S3), not a person: at most %1 characters.</source>
        <translation>Noem de functie van de eigenaar (bijvoorbeeld S3), geen persoon: hoogstens %1 tekens.</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Streefdatum</translation>
    </message>
    <message>
        <source>The due date is in the past: choose today or later.</source>
        <translation>De streefdatum ligt in het verleden: kies vandaag of later.</translation>
    </message>
    <message>
        <source>Choose a measure first.</source>
        <translation>Kies eerst een maatregel.</translation>
    </message>
    <message>
        <source>This step is not open to you on measure #%1 now.</source>
        <translation>Deze stap op maatregel #%1 staat nu niet voor u open.</translation>
    </message>
    <message>
        <source>Reopening needs a reason.</source>
        <translation>Heropenen vraagt om een reden.</translation>
    </message>
    <message>
        <source>Implemented on</source>
        <translation>Uitgevoerd op</translation>
    </message>
    <message>
        <source>The date it was implemented cannot be in the future.</source>
        <translation>De datum van uitvoering kan niet in de toekomst liggen.</translation>
    </message>
    <message>
        <source>Say what shows the measure was implemented.</source>
        <translation>Geef aan waaruit blijkt dat de maatregel is uitgevoerd.</translation>
    </message>
    <message>
        <source>Only an implemented measure is reopened.</source>
        <translation>Alleen een uitgevoerde maatregel wordt heropend.</translation>
    </message>
    <message>
        <source>Choose a verdict.</source>
        <translation>Kies een oordeel.</translation>
    </message>
    <message>
        <source>A verdict by judgement needs a note that explains it.</source>
        <translation>Een oordeel op basis van inschatting vraagt om een toelichting.</translation>
    </message>
    <message>
        <source>Cancelling a measure needs a reason.</source>
        <translation>Een maatregel laten vervallen vraagt om een reden.</translation>
    </message>
    <message>
        <source>The primary indicator must be one of the linked indicators.</source>
        <translation>De primaire indicator moet een van de gekoppelde indicatoren zijn.</translation>
    </message>
    <message>
        <source>Choose which of the indicators an effect check uses (the primary one).</source>
        <translation>Kies welke van de indicatoren de effectmeting gebruikt (de primaire).</translation>
    </message>
    <message>
        <source>The indicators of a checked or cancelled measure no longer change: a check names the indicator it used.</source>
        <translation>De indicatoren van een getoetste of geannuleerde maatregel veranderen niet meer: een meting noemt de indicator die ze gebruikte.</translation>
    </message>
    <message>
        <source>You proposed this measure: another member with a measures or commander role for %1 takes this step.</source>
        <translation>U hebt deze maatregel voorgesteld: een ander lid met de rol coördinator maatregelen of commandant voor %1 zet deze stap.</translation>
    </message>
    <message>
        <source>Needs a measures or commander role for %1.</source>
        <translation>Vraagt de rol coördinator maatregelen of commandant voor %1.</translation>
    </message>
</context>
<context>
    <name>vigil::advisor::RiskFilter</name>
    <message>
        <source>High</source>
        <translation>Hoog</translation>
    </message>
    <message>
        <source>Serious and higher</source>
        <translation>Ernstig en hoger</translation>
    </message>
    <message>
        <source>Medium and higher</source>
        <translation>Middel en hoger</translation>
    </message>
</context>
<context>
    <name>vigil::advisor::RiskView</name>
    <message>
        <source>Your authority is not enough for this risk, so the registry refused: %1</source>
        <translation>Uw bevoegdheid is onvoldoende voor dit risico, dus het register weigerde: %1</translation>
    </message>
    <message>
        <source>You hold no role that may take this step for the risk&apos;s unit, so the registry refused: %1</source>
        <translation>U hebt geen functie die deze stap mag zetten voor de eenheid van het risico, dus het register weigerde: %1</translation>
    </message>
    <message>
        <source>The registry refused a step on a risk: %1</source>
        <translation>Het register weigerde een stap voor een risico: %1</translation>
    </message>
    <message>
        <source>%1 on %2 by %3, %4 of %5 (echelon %6; echelon %7 or higher needed)</source>
        <translation>%1 op %2 door %3, %4 van %5 (echelon %6; echelon %7 of hoger nodig)</translation>
    </message>
    <message>
        <source>review by %1</source>
        <translation>herbeoordelen vóór %1</translation>
    </message>
    <message>
        <source>Assess the residual risk first: accepting decides on it.</source>
        <translation>Beoordeel eerst het restrisico: aanvaarden besluit daarover.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> of </translation>
    </message>
    <message>
        <source>%1 of %2 (echelon 0, the top)</source>
        <translation>%1 van %2 (echelon 0, de top)</translation>
    </message>
    <message>
        <source>%1 of %2 (echelon %3) or of a unit above it</source>
        <translation>%1 van %2 (echelon %3) of van een eenheid daarboven</translation>
    </message>
    <message>
        <source>F (eliminated)</source>
        <translation>F (geëlimineerd)</translation>
    </message>
    <message>
        <source>hidden so that a small number cannot be worked out</source>
        <translation>verborgen zodat een klein aantal niet te herleiden is</translation>
    </message>
    <message>
        <source>fewer than %1</source>
        <translation>minder dan %1</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <source>%1-%2, %3: %4</source>
        <translation>%1-%2, %3: %4</translation>
    </message>
    <message>
        <source>probability %1 in all: %2</source>
        <translation>kans %1 in totaal: %2</translation>
    </message>
    <message>
        <source>severity %1 in all: %2</source>
        <translation>ernst %1 in totaal: %2</translation>
    </message>
    <message>
        <source>all risks: %1</source>
        <translation>alle risico&apos;s: %1</translation>
    </message>
    <message>
        <source>Choose a severity and a probability.</source>
        <translation>Kies een ernst en een kans.</translation>
    </message>
    <message>
        <source>Review date: give a date as YYYY-MM-DD, for example %1.</source>
        <translation>Datum herbeoordeling: geef een datum als JJJJ-MM-DD, bijvoorbeeld %1.</translation>
    </message>
    <message>
        <source>The review date must lie after today.</source>
        <translation>De datum van herbeoordeling moet na vandaag liggen.</translation>
    </message>
    <message>
        <source>A risk needs a hazard of one line, at most %1 characters.</source>
        <translation>Een risico heeft een gevaar van één regel nodig, hoogstens %1 tekens.</translation>
    </message>
    <message>
        <source>A description may have at most %1 characters.</source>
        <translation>Een omschrijving mag hoogstens %1 tekens hebben.</translation>
    </message>
    <message>
        <source>Choose the domain of the risk.</source>
        <translation>Kies het domein van het risico.</translation>
    </message>
    <message>
        <source>Choose the unit the risk is about.</source>
        <translation>Kies de eenheid waar het risico over gaat.</translation>
    </message>
    <message>
        <source>Choose a risk first.</source>
        <translation>Kies eerst een risico.</translation>
    </message>
    <message>
        <source>This step is not open on risk #%1 now.</source>
        <translation>Deze stap staat nu niet open voor risico #%1.</translation>
    </message>
    <message>
        <source>Declining needs a note: what must change before the risk can be accepted.</source>
        <translation>Afwijzen vraagt een toelichting: wat moet veranderen voordat het risico aanvaard kan worden.</translation>
    </message>
    <message>
        <source>Closing a risk needs a reason.</source>
        <translation>Een risico sluiten vraagt een reden.</translation>
    </message>
    <message>
        <source>Reopening needs a reason.</source>
        <translation>Heropenen vraagt een reden.</translation>
    </message>
    <message>
        <source>A %1 residual risk for %2 is accepted by: %3.</source>
        <translation>Een restrisico %1 voor %2 wordt aanvaard door: %3.</translation>
    </message>
    <message>
        <source>This is the default policy; the registry checks the policy in force and refuses a lower authority.</source>
        <translation>Dit is het standaardbeleid; het register toetst het geldende beleid en weigert een lagere bevoegdheid.</translation>
    </message>
    <message>
        <source>By the signed policy (%1) nobody holds such a role now.</source>
        <translation>Volgens het ondertekende beleid (%1) heeft nu niemand zo&apos;n rol.</translation>
    </message>
    <message>
        <source>By the signed policy (%1): %2.</source>
        <translation>Volgens het ondertekende beleid (%1): %2.</translation>
    </message>
    <message>
        <source>A closed risk takes no further step.</source>
        <translation>Een gesloten risico kent geen volgende stap.</translation>
    </message>
    <message>
        <source>Choose a measure.</source>
        <translation>Kies een maatregel.</translation>
    </message>
    <message>
        <source>Measure #%1 is linked to risk #%2 already.</source>
        <translation>Maatregel #%1 is al aan risico #%2 gekoppeld.</translation>
    </message>
    <message>
        <source>Measure #%1 is not linked to risk #%2.</source>
        <translation>Maatregel #%1 is niet aan risico #%2 gekoppeld.</translation>
    </message>
</context>
<context>
    <name>vigil::advisor::SignedAuthorities</name>
    <message>
        <source>Signed authorities %1 for directory version %2</source>
        <translation>Ondertekende bevoegdheden %1 bij adreslijstversie %2</translation>
    </message>
    <message>
        <source>No signed authorities yet: the default acceptance policy is shown.</source>
        <translation>Nog geen ondertekende bevoegdheden: het standaardbeleid voor aanvaarden wordt getoond.</translation>
    </message>
    <message>
        <source>The console is locked.</source>
        <translation>De console is vergrendeld.</translation>
    </message>
    <message>
        <source>No directory yet: the authorities are read with the directory they go with.</source>
        <translation>Nog geen adreslijst: de bevoegdheden worden gelezen met het adreslijst waar ze bij horen.</translation>
    </message>
    <message>
        <source>The signed authorities do not verify against the directory held (%1): the default acceptance policy is shown.</source>
        <translation>De ondertekende bevoegdheden kloppen niet met het aanwezige adreslijst (%1): het standaardbeleid voor aanvaarden wordt getoond.</translation>
    </message>
</context>
<context>
    <name>vigil::advisor::SyncEngine</name>
    <message numerus="yes">
        <source>%n action(s) waiting to be sent</source>
        <translation>
            <numerusform>%n actie wacht op verzending</numerusform>
            <numerusform>%n acties wachten op verzending</numerusform>
        </translation>
    </message>
    <message>
        <source>showing cached cases</source>
        <translation>toont opgeslagen zaken</translation>
    </message>
    <message>
        <source>showing cases as of %1</source>
        <translation>toont de stand van %1</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Niet ingelogd</translation>
    </message>
    <message>
        <source>Offline: registry unreachable</source>
        <translation>Offline: meldpunt onbereikbaar</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchroniseren…</translation>
    </message>
    <message>
        <source>Up to date (%1)</source>
        <translation>Bijgewerkt (%1)</translation>
    </message>
    <message>
        <source>The registry refused an action on case %1: %2</source>
        <translation>Het meldpunt weigerde een actie op zaak %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>(%n action(s) that belonged to it were not sent.)</source>
        <translation>
            <numerusform>(%n actie die erbij hoorde is niet verstuurd.)</numerusform>
            <numerusform>(%n acties die erbij hoorden zijn niet verstuurd.)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The registry is busy: trying again in %n second(s).</source>
        <translation>
            <numerusform>Het meldpunt is druk: nieuwe poging over %n seconde.</numerusform>
            <numerusform>Het meldpunt is druk: nieuwe poging over %n seconden.</numerusform>
        </translation>
    </message>
    <message>
        <source>its action id had already been used for a different action, so the registry did nothing. Do it again if it is still needed.</source>
        <translation>het kenmerk van deze handeling was al gebruikt voor een andere handeling, dus het meldpunt heeft niets gedaan. Doe het opnieuw als het nog nodig is.</translation>
    </message>
    <message>
        <source>Registry busy: trying again shortly</source>
        <translation>Meldpunt druk bezet: zo meteen opnieuw</translation>
    </message>
    <message>
        <source>The registry refused a step on a measure: %1</source>
        <translation>Het register weigerde een stap op een maatregel: %1</translation>
    </message>
    <message>
        <source>The registry refused a step on a risk: %1</source>
        <translation>Het register weigerde een stap voor een risico: %1</translation>
    </message>
    <message>
        <source>The registry refused a step on an alert: %1</source>
        <translation>Het register weigerde een stap op een signaal: %1</translation>
    </message>
</context>
</TS>
