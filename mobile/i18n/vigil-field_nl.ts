<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>AnonymityExplainer</name>
    <message>
        <source>What stays private</source>
        <translation>Wat privé blijft</translation>
    </message>
    <message>
        <source>Your report is locked on this phone before it leaves. Only the people it is addressed to can open it: not the relay, not the registry, not IT. An anonymous report carries no name and no phone identity.</source>
        <translation>Je melding wordt op deze telefoon op slot gezet voordat hij vertrekt. Alleen de mensen voor wie hij bedoeld is kunnen hem openen: niet het tussenstation, niet het meldpunt, niet IT. Een anonieme melding bevat geen naam en niets dat deze telefoon herkenbaar maakt.</translation>
    </message>
    <message>
        <source>What is not hidden</source>
        <translation>Wat niet verborgen is</translation>
    </message>
    <message>
        <source>To route and count reports, the registry sees the kind, the category, the unit you choose, the month and the risk level. Details in your story can give you away — write what matters, and leave out what identifies you. The network can see that this phone contacts Vigil, not what it sends.</source>
        <translation>Om meldingen door te sturen en te tellen ziet het meldpunt de soort, de categorie, de eenheid die je kiest, de maand en het risiconiveau. Details in je verhaal kunnen je verraden: schrijf wat ertoe doet en laat weg wat jou herkenbaar maakt. Het netwerk ziet dat deze telefoon contact maakt met Vigil, niet wat hij verstuurt.</translation>
    </message>
    <message>
        <source>On this phone</source>
        <translation>Op deze telefoon</translation>
    </message>
    <message>
        <source>Drafts and your sent reports are protected by your PIN. Whoever has the phone and the PIN can read them. Panic wipe deletes everything at once.</source>
        <translation>Concepten en je verzonden meldingen zijn beschermd met je pincode. Wie de telefoon én de pincode heeft, kan ze lezen. Noodwissen verwijdert alles in één keer.</translation>
    </message>
</context>
<context>
    <name>BulletinDelegate</name>
    <message>
        <source>Safety alert</source>
        <translation>Veiligheidswaarschuwing</translation>
    </message>
    <message>
        <source>Lesson learned</source>
        <translation>Geleerde les</translation>
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
        <translation>Nog geen bulletins. Ze komen binnen bij de volgende verbinding.</translation>
    </message>
    <message>
        <source>Only bulletins signed by your organisation are shown.</source>
        <translation>Alleen bulletins die door je organisatie zijn ondertekend worden getoond.</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <source>Discard</source>
        <translation>Weggooien</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Bewaren</translation>
    </message>
</context>
<context>
    <name>ConsequencesPage</name>
    <message>
        <source>Consequences of your report</source>
        <translation>Gevolgen van je melding</translation>
    </message>
    <message>
        <source>Are you being treated differently, threatened, passed over or excluded because you reported? Tell the people who read your report. They must answer you within 24 hours; a closed report is opened again. You stay anonymous.</source>
        <translation>Word je anders behandeld, bedreigd, gepasseerd of buitengesloten omdat je een melding deed? Laat het weten aan wie je melding leest. Zij moeten je binnen 24 uur antwoorden; een afgesloten melding wordt weer geopend. Je blijft anoniem.</translation>
    </message>
    <message>
        <source>What happened (optional)</source>
        <translation>Wat er gebeurde (niet verplicht)</translation>
    </message>
    <message>
        <source>Leave out names if you can; the advisor can ask.</source>
        <translation>Laat namen weg als het kan; de adviseur kan ernaar vragen.</translation>
    </message>
    <message>
        <source>Sealing…</source>
        <translation>Wordt verzegeld…</translation>
    </message>
    <message>
        <source>Seal and send the signal</source>
        <translation>Signaal verzegelen en versturen</translation>
    </message>
    <message>
        <source>Get help now</source>
        <translation>Nu hulp zoeken</translation>
    </message>
    <message>
        <source>A confidential advisor, the company doctor or other support can help you now, also before anyone answers.</source>
        <translation>Een vertrouwenspersoon, de bedrijfsarts of andere ondersteuning kan je nu helpen, ook voordat iemand antwoordt.</translation>
    </message>
</context>
<context>
    <name>ConversationPage</name>
    <message>
        <source>Conversation</source>
        <translation>Gesprek</translation>
    </message>
    <message>
        <source>No replies yet. The people who read your report can answer here, without learning who you are.</source>
        <translation>Nog geen antwoorden. Wie je melding leest kan hier antwoorden, zonder te weten wie je bent.</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Je antwoord</translation>
    </message>
    <message>
        <source>Sealing…</source>
        <translation>Wordt verzegeld…</translation>
    </message>
    <message>
        <source>Seal and send</source>
        <translation>Verzegelen en versturen</translation>
    </message>
    <message>
        <source>I am experiencing consequences of my report</source>
        <translation>Ik ondervind gevolgen van mijn melding</translation>
    </message>
    <message>
        <source>Keep this conversation if you lose your phone</source>
        <translation>Dit gesprek bewaren als je je telefoon kwijtraakt</translation>
    </message>
    <message>
        <source>Tell us how it went</source>
        <translation>Vertel ons hoe het ging</translation>
    </message>
    <message>
        <source>Three optional questions, anonymous. Only counted in groups of five or more.</source>
        <translation>Drie vragen, niet verplicht, anoniem. Alleen meegeteld in groepen van vijf of meer.</translation>
    </message>
    <message>
        <source>Next check-in: %1</source>
        <translation>Volgende contactmoment: %1</translation>
    </message>
    <message>
        <source>You said you want no further contact. You can still write here at any time.</source>
        <translation>Je hebt gezegd dat je geen verder contact wilt. Je kunt hier altijd nog schrijven.</translation>
    </message>
    <message>
        <source>I&apos;d like more contact</source>
        <translation>Ik wil graag meer contact</translation>
    </message>
    <message>
        <source>No further contact, thank you</source>
        <translation>Geen verder contact, dank je</translation>
    </message>
    <message>
        <source>No further contact?</source>
        <translation>Geen verder contact?</translation>
    </message>
    <message>
        <source>The advisor stops the planned check-ins and will not write to you again unless you write first. You can still write here at any time.</source>
        <translation>De adviseur stopt de geplande contactmomenten en schrijft je niet meer, tenzij jij eerst schrijft. Je kunt hier altijd nog schrijven.</translation>
    </message>
    <message>
        <source>No further contact</source>
        <translation>Geen verder contact</translation>
    </message>
    <message>
        <source>Keep the check-ins</source>
        <translation>Contactmomenten houden</translation>
    </message>
</context>
<context>
    <name>DraftChoiceDialog</name>
    <message>
        <source>You have a report you have not sent</source>
        <translation>Je hebt een melding die nog niet verstuurd is</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>not finished</source>
        <translation>niet af</translation>
    </message>
    <message>
        <source>Continue that report</source>
        <translation>Verder met die melding</translation>
    </message>
    <message>
        <source>Keep it for later, start a new one</source>
        <translation>Bewaren voor later, nieuwe beginnen</translation>
    </message>
    <message>
        <source>Discard it, start a new one</source>
        <translation>Weggooien, nieuwe beginnen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>EnrolPage</name>
    <message>
        <source>Enrol this phone</source>
        <translation>Deze telefoon koppelen</translation>
    </message>
    <message>
        <source>Enrolment code</source>
        <translation>Koppelcode</translation>
    </message>
    <message>
        <source>Paste the code here</source>
        <translation>Plak de code hier</translation>
    </message>
    <message>
        <source>Enrol with this code</source>
        <translation>Koppelen met deze code</translation>
    </message>
    <message>
        <source>Open an enrolment file…</source>
        <translation>Koppelbestand openen…</translation>
    </message>
    <message>
        <source>Enrolment file</source>
        <translation>Koppelbestand</translation>
    </message>
    <message>
        <source>Enrolment files (*.json *.vigil)</source>
        <translation>Koppelbestanden (*.json *.vigil)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle bestanden (*)</translation>
    </message>
    <message>
        <source>You received an enrolment code from your safety officer or confidential advisor: on paper, on a screen or as a file. It tells this phone which organisation to trust.</source>
        <translation>Je hebt een koppelcode gekregen van je veiligheidsfunctionaris of vertrouwenspersoon: op papier, op een scherm of als bestand. Daarmee weet deze telefoon welke organisatie hij kan vertrouwen.</translation>
    </message>
    <message>
        <source>Scan the code</source>
        <translation>Code scannen</translation>
    </message>
    <message>
        <source>Reading the picture…</source>
        <translation>Afbeelding wordt gelezen…</translation>
    </message>
    <message>
        <source>Open a picture of the code…</source>
        <translation>Afbeelding van de code openen…</translation>
    </message>
    <message>
        <source>Or paste the code</source>
        <translation>Of plak de code</translation>
    </message>
    <message>
        <source>Picture of the enrolment code</source>
        <translation>Afbeelding van de koppelcode</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.webp *.bmp)</source>
        <translation>Afbeeldingen (*.png *.jpg *.jpeg *.webp *.bmp)</translation>
    </message>
</context>
<context>
    <name>EnrolScanCard</name>
    <message>
        <source>This phone has no camera that Vigil can use. Open a photo or screenshot of the code instead, or paste the code.</source>
        <translation>Deze telefoon heeft geen camera die Vigil kan gebruiken. Open in plaats daarvan een foto of schermafbeelding van de code, of plak de code.</translation>
    </message>
    <message>
        <source>The camera did not start. Open a photo or screenshot of the code instead, or paste the code.</source>
        <translation>De camera start niet. Open in plaats daarvan een foto of schermafbeelding van de code, of plak de code.</translation>
    </message>
    <message>
        <source>Hold the code inside the frame. The phone enrols as soon as it reads the code.</source>
        <translation>Houd de code binnen het kader. De telefoon wordt gekoppeld zodra hij de code leest.</translation>
    </message>
    <message>
        <source>Stop scanning</source>
        <translation>Stoppen met scannen</translation>
    </message>
</context>
<context>
    <name>FieldPage</name>
    <message>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
</context>
<context>
    <name>HelpPage</name>
    <message>
        <source>Get help now</source>
        <translation>Nu hulp zoeken</translation>
    </message>
    <message>
        <source>If you are in danger, call the emergency number now. Vigil is not an emergency line: a report is read later, not at once.</source>
        <translation>Ben je in gevaar, bel dan nu het alarmnummer. Vigil is geen alarmnummer: een melding wordt later gelezen, niet meteen.</translation>
    </message>
    <message>
        <source>Checked contacts of your organisation, kept on this phone, so they work without a connection (as of %1).</source>
        <translation>Gecontroleerde contacten van je organisatie, bewaard op deze telefoon, zodat ze ook zonder verbinding werken (stand van %1).</translation>
    </message>
    <message>
        <source>Only the emergency number is known yet. Your organisation&apos;s contacts arrive with the next connection and then stay on this phone.</source>
        <translation>Alleen het alarmnummer is nog bekend. De contacten van je organisatie komen met de volgende verbinding en blijven daarna op deze telefoon.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Terug</translation>
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
        <translation>Vergrendel</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Veiligheid</translation>
    </message>
    <message>
        <source>A near-miss, an incident, an accident or a hazard you saw.</source>
        <translation>Een bijna-ongeval, een incident, een ongeval of een gevaar dat je zag.</translation>
    </message>
    <message>
        <source>Social safety or integrity</source>
        <translation>Sociale veiligheid of integriteit</translation>
    </message>
    <message>
        <source>Bullying, intimidation, discrimination, harassment, fraud or abuse of power.</source>
        <translation>Pesten, intimidatie, discriminatie, ongewenst gedrag, fraude of machtsmisbruik.</translation>
    </message>
    <message>
        <source>Talk to a confidential advisor first</source>
        <translation>Eerst praten met een vertrouwenspersoon</translation>
    </message>
    <message>
        <source>Not sure yet? Ask a confidential advisor, in confidence, before you report anything.</source>
        <translation>Twijfel je nog? Vraag een vertrouwenspersoon, in vertrouwen, voordat je iets meldt.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Postvak uit</translation>
    </message>
    <message>
        <source>Nothing sent yet.</source>
        <translation>Nog niets verstuurd.</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n wacht</numerusform>
            <numerusform>%n wachten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n delivered</source>
        <translation>
            <numerusform>%n afgeleverd</numerusform>
            <numerusform>%n afgeleverd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n geweigerd</numerusform>
            <numerusform>%n geweigerd</numerusform>
        </translation>
    </message>
    <message>
        <source>Reports are not getting through. Open the outbox to see why.</source>
        <translation>Meldingen komen niet door. Open het postvak uit om te zien waarom.</translation>
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
        <translation>Melding weggegooid.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message numerus="yes">
        <source>%n new reply(s)</source>
        <translation>
            <numerusform>%n nieuw antwoord</numerusform>
            <numerusform>%n nieuwe antwoorden</numerusform>
        </translation>
    </message>
    <message>
        <source>An advisor answered. Only you can read it.</source>
        <translation>Er is geantwoord. Alleen jij kunt het lezen.</translation>
    </message>
    <message>
        <source>Continue your report</source>
        <translation>Verder met je melding</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Message to a confidential advisor</source>
        <translation>Bericht aan een vertrouwenspersoon</translation>
    </message>
    <message>
        <source>Kept for later: %1</source>
        <translation>Bewaard voor later: %1</translation>
    </message>
    <message>
        <source>message to an advisor</source>
        <translation>bericht aan een vertrouwenspersoon</translation>
    </message>
    <message>
        <source>saved %1</source>
        <translation>bewaard %1</translation>
    </message>
    <message>
        <source>Which unit are you with?</source>
        <translation>Bij welke eenheid hoor je?</translation>
    </message>
    <message>
        <source>Choose it once, so that your reports reach the right people. It stays on this phone; you can still choose less precise for each report. You can skip this.</source>
        <translation>Kies hem één keer, zodat je meldingen de juiste mensen bereiken. Hij blijft op deze telefoon; per melding kun je nog minder precies kiezen. Je mag dit overslaan.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) waiting</source>
        <translation>
            <numerusform>%n bericht wacht</numerusform>
            <numerusform>%n berichten wachten</numerusform>
        </translation>
    </message>
    <message>
        <source>Get help now</source>
        <translation>Nu hulp zoeken</translation>
    </message>
    <message>
        <source>Emergency numbers, confidential advisors, the company doctor and other support. Works without a connection.</source>
        <translation>Alarmnummers, vertrouwenspersonen, de bedrijfsarts en andere steun. Werkt ook zonder verbinding.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Nobody was hurt, but it could have gone wrong.</source>
        <translation>Niemand raakte gewond, maar het had mis kunnen gaan.</translation>
    </message>
    <message>
        <source>Something went wrong: damage, a release, a minor injury.</source>
        <translation>Er ging iets mis: schade, iets dat vrijkwam, een lichte verwonding.</translation>
    </message>
    <message>
        <source>Someone was injured, or there was serious damage.</source>
        <translation>Iemand raakte gewond, of er was ernstige schade.</translation>
    </message>
    <message>
        <source>A dangerous situation, before anything happened.</source>
        <translation>Een gevaarlijke situatie, voordat er iets gebeurde.</translation>
    </message>
    <message>
        <source>How people treat each other: bullying, intimidation, discrimination, harassment.</source>
        <translation>Hoe mensen met elkaar omgaan: pesten, intimidatie, discriminatie, ongewenst gedrag.</translation>
    </message>
    <message>
        <source>Fraud, misuse of resources or abuse of power.</source>
        <translation>Fraude, misbruik van middelen of machtsmisbruik.</translation>
    </message>
    <message>
        <source>Only the people who read your report learn who you are, and they keep it to themselves.</source>
        <translation>Alleen wie je melding leest weet wie je bent, en houdt dat voor zich.</translation>
    </message>
    <message>
        <source>Your name travels with the report and may be used when it is followed up.</source>
        <translation>Je naam gaat mee met de melding en mag gebruikt worden bij de afhandeling.</translation>
    </message>
    <message>
        <source>I · Catastrophic</source>
        <translation>I · Catastrofaal</translation>
    </message>
    <message>
        <source>II · Critical</source>
        <translation>II · Kritiek</translation>
    </message>
    <message>
        <source>III · Marginal</source>
        <translation>III · Beperkt</translation>
    </message>
    <message>
        <source>IV · Negligible</source>
        <translation>IV · Verwaarloosbaar</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>niet ingevuld</translation>
    </message>
    <message>
        <source>A · Frequent</source>
        <translation>A · Vaak</translation>
    </message>
    <message>
        <source>B · Probable</source>
        <translation>B · Waarschijnlijk</translation>
    </message>
    <message>
        <source>C · Occasional</source>
        <translation>C · Af en toe</translation>
    </message>
    <message>
        <source>D · Remote</source>
        <translation>D · Zelden</translation>
    </message>
    <message>
        <source>E · Improbable</source>
        <translation>E · Onwaarschijnlijk</translation>
    </message>
    <message>
        <source>Not said</source>
        <translation>Niet ingevuld</translation>
    </message>
    <message>
        <source>Just now</source>
        <translation>Zojuist</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Deze maand</translation>
    </message>
    <message>
        <source>Another day</source>
        <translation>Andere dag</translation>
    </message>
    <message>
        <source>Sealed, not sent yet</source>
        <translation>Verzegeld, nog niet verstuurd</translation>
    </message>
    <message>
        <source>Waiting for network</source>
        <translation>Wacht op netwerk</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wordt verstuurd…</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Afgeleverd</translation>
    </message>
    <message>
        <source>Received by the registry</source>
        <translation>Ontvangen door het meldpunt</translation>
    </message>
    <message>
        <source>Refused — not sent</source>
        <translation>Geweigerd, niet verstuurd</translation>
    </message>
    <message>
        <source>Locked on this phone. It will be sent by itself.</source>
        <translation>Op slot op deze telefoon. Hij wordt vanzelf verstuurd.</translation>
    </message>
    <message>
        <source>No connection to Vigil yet. It will be sent by itself; you do not need to do anything.</source>
        <translation>Nog geen verbinding met Vigil. Hij wordt vanzelf verstuurd; je hoeft niets te doen.</translation>
    </message>
    <message>
        <source>Being sent now.</source>
        <translation>Wordt nu verstuurd.</translation>
    </message>
    <message>
        <source>A relay signed for it. Keep the receipt code as proof of filing.</source>
        <translation>Een tussenstation heeft voor ontvangst getekend. Bewaar de ontvangstcode als bewijs van je melding.</translation>
    </message>
    <message>
        <source>The registry signed for it.</source>
        <translation>Het meldpunt heeft voor ontvangst getekend.</translation>
    </message>
    <message>
        <source>A relay refused it. It will not be sent again.</source>
        <translation>Een tussenstation heeft hem geweigerd. Hij wordt niet opnieuw verstuurd.</translation>
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
        <translation>Er gaat geen naam en niets dat deze telefoon herkenbaar maakt mee met de melding; antwoorden bereiken je alleen via deze app. Wat je schrijft kan je nog wel verraden: laat details weg die alleen jij kunt weten.</translation>
    </message>
    <message>
        <source>Waiting for a filing token</source>
        <translation>Wacht op een meldtoken</translation>
    </message>
    <message>
        <source>Sealed and kept. This phone has no filing token left; it gets new ones at its next connection to Vigil while unlocked, and then sends this by itself.</source>
        <translation>Verzegeld en bewaard. Deze telefoon heeft geen meldtoken meer; bij de volgende verbinding met Vigil, terwijl hij ontgrendeld is, krijgt hij nieuwe en verstuurt hij dit vanzelf.</translation>
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
        <translation>Jij</translation>
    </message>
    <message>
        <source>⚠ Consequences reported — an answer is due within 24 hours</source>
        <translation>⚠ Gevolgen gemeld — binnen 24 uur moet er een antwoord zijn</translation>
    </message>
</context>
<context>
    <name>OutboxDelegate</name>
    <message>
        <source>%1 · sealed %2</source>
        <translation>%1 · verzegeld %2</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Reden: %1</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>Ontvangstcode %1</translation>
    </message>
    <message>
        <source>Receipt code %1</source>
        <translation>Ontvangstcode %1</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Bewaren</translation>
    </message>
    <message>
        <source>Save the receipt</source>
        <translation>Ontvangstbewijs bewaren</translation>
    </message>
    <message numerus="yes">
        <source>%n reply(s) — tap to read</source>
        <translation>
            <numerusform>%n antwoord — tik om te lezen</numerusform>
            <numerusform>%n antwoorden — tik om te lezen</numerusform>
        </translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Melding</translation>
    </message>
    <message numerus="yes">
        <source>%n new reply(s) — tap to read</source>
        <translation>
            <numerusform>%n nieuw antwoord, tik om te lezen</numerusform>
            <numerusform>%n nieuwe antwoorden, tik om te lezen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutboxPage</name>
    <message>
        <source>Outbox</source>
        <translation>Postvak uit</translation>
    </message>
    <message>
        <source>No reports yet.</source>
        <translation>Nog geen meldingen.</translation>
    </message>
    <message>
        <source>Save the receipt</source>
        <translation>Ontvangstbewijs bewaren</translation>
    </message>
    <message>
        <source>Vigil receipts (*.vigil-receipt)</source>
        <translation>Vigil-ontvangstbewijzen (*.vigil-receipt)</translation>
    </message>
    <message>
        <source>Receipt saved. Keep it as proof that you filed this report.</source>
        <translation>Ontvangstbewijs bewaard. Bewaar het als bewijs dat je deze melding hebt gedaan.</translation>
    </message>
    <message>
        <source>The receipt could not be saved.</source>
        <translation>Het ontvangstbewijs kon niet worden bewaard.</translation>
    </message>
    <message>
        <source>Restore a conversation</source>
        <translation>Een gesprek terugzetten</translation>
    </message>
    <message>
        <source>Continue a conversation from another phone with its recovery code.</source>
        <translation>Zet een gesprek van een andere telefoon voort met de herstelcode.</translation>
    </message>
</context>
<context>
    <name>PanicWipeDialog</name>
    <message>
        <source>Wipe everything on this phone?</source>
        <translation>Alles op deze telefoon wissen?</translation>
    </message>
    <message>
        <source>Wipe now</source>
        <translation>Nu wissen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Drafts, reports not sent yet, replies and receipts on this phone are deleted. This cannot be undone.</source>
        <translation>Concepten, nog niet verstuurde meldingen, antwoorden en ontvangstbewijzen op deze telefoon worden verwijderd. Dit kan niet ongedaan worden gemaakt.</translation>
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
        <translation>Voer pincode in</translation>
    </message>
    <message numerus="yes">
        <source>%n digit(s) entered</source>
        <translation>
            <numerusform>%n cijfer ingevoerd</numerusform>
            <numerusform>%n cijfers ingevoerd</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete last digit</source>
        <translation>Laatste cijfer wissen</translation>
    </message>
</context>
<context>
    <name>PinSetupPage</name>
    <message>
        <source>Choose a PIN</source>
        <translation>Kies een pincode</translation>
    </message>
    <message>
        <source>This phone is enrolled with %1.</source>
        <translation>Deze telefoon is gekoppeld aan %1.</translation>
    </message>
    <message>
        <source>Enter the same PIN again.</source>
        <translation>Voer dezelfde pincode nog een keer in.</translation>
    </message>
    <message>
        <source>Protecting the vault…</source>
        <translation>Kluis wordt beveiligd…</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Volgende</translation>
    </message>
    <message>
        <source>Repeat your PIN</source>
        <translation>Herhaal je pincode</translation>
    </message>
    <message>
        <source>At least 6 digits, not a row like 123456 nor a repeat like 121212. Do not use your date of birth or your service number. Nobody can recover a forgotten PIN.</source>
        <translation>Minstens 6 cijfers, geen reeks zoals 123456 en geen herhaling zoals 121212. Gebruik niet je geboortedatum of je registratienummer. Niemand kan een vergeten pincode terughalen.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
</context>
<context>
    <name>RecoveryExportPage</name>
    <message>
        <source>Keep this conversation</source>
        <translation>Dit gesprek bewaren</translation>
    </message>
    <message>
        <source>If you lose this phone or get a new one, a recovery code lets you continue this conversation on another enrolled phone: you read the answers and can write back. Your own earlier messages stay on this phone.</source>
        <translation>Als je deze telefoon kwijtraakt of een nieuwe krijgt, kun je dit gesprek met een herstelcode voortzetten op een andere aangemelde telefoon: je leest de antwoorden en kunt terugschrijven. Je eigen eerdere berichten blijven op deze telefoon.</translation>
    </message>
    <message>
        <source>Anyone with the code and its passphrase can read the answers and write in your name. Keep them apart: the code in a password manager or a private note, the passphrase in your head.</source>
        <translation>Wie de code en het wachtwoord heeft, kan de antwoorden lezen en namens jou schrijven. Bewaar ze apart: de code in een wachtwoordbeheerder of een eigen notitie, het wachtwoord in je hoofd.</translation>
    </message>
    <message>
        <source>Passphrase (at least %1 characters)</source>
        <translation>Wachtwoord (minstens %1 tekens)</translation>
    </message>
    <message>
        <source>The same passphrase again</source>
        <translation>Nogmaals hetzelfde wachtwoord</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>De twee wachtwoorden verschillen.</translation>
    </message>
    <message>
        <source>Making the code…</source>
        <translation>Code wordt gemaakt…</translation>
    </message>
    <message>
        <source>Make the recovery code</source>
        <translation>Herstelcode maken</translation>
    </message>
    <message>
        <source>Your recovery code</source>
        <translation>Je herstelcode</translation>
    </message>
    <message>
        <source>Copy the code</source>
        <translation>Code kopiëren</translation>
    </message>
    <message>
        <source>Copied. Paste it where you keep it, then clear your clipboard.</source>
        <translation>Gekopieerd. Plak de code waar je hem bewaart en wis daarna je klembord.</translation>
    </message>
    <message>
        <source>Save the code as a file</source>
        <translation>Code als bestand opslaan</translation>
    </message>
    <message>
        <source>Save the recovery code</source>
        <translation>Herstelcode opslaan</translation>
    </message>
    <message>
        <source>Vigil recovery codes (*.vigil-recovery)</source>
        <translation>Vigil-herstelcodes (*.vigil-recovery)</translation>
    </message>
    <message>
        <source>Saved. Move the file off this phone, to a place only you can open.</source>
        <translation>Opgeslagen. Zet het bestand van deze telefoon af, op een plek die alleen jij kunt openen.</translation>
    </message>
    <message>
        <source>The code could not be saved.</source>
        <translation>De code kon niet worden opgeslagen.</translation>
    </message>
    <message>
        <source>%1 characters. Keep all of them: copy the code or save it as a file.</source>
        <translation>%1 tekens. Bewaar ze allemaal: kopieer de code of sla hem op als bestand.</translation>
    </message>
</context>
<context>
    <name>RecoveryRestorePage</name>
    <message>
        <source>Restore a conversation</source>
        <translation>Een gesprek terugzetten</translation>
    </message>
    <message>
        <source>Paste the recovery code you made on your other phone and type its passphrase. Nobody at the relay or the registry learns that you did this.</source>
        <translation>Plak de herstelcode die je op je andere telefoon hebt gemaakt en typ het wachtwoord. Niemand bij het tussenstation of het meldpunt komt te weten dat je dit doet.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Herstelcode</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>Restored: %1. Its answers arrive with the next sync.</source>
        <translation>Teruggezet: %1. De antwoorden komen binnen bij de volgende synchronisatie.</translation>
    </message>
    <message>
        <source>your report</source>
        <translation>je melding</translation>
    </message>
    <message>
        <source>Opening the code…</source>
        <translation>Code wordt geopend…</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Terugzetten</translation>
    </message>
    <message>
        <source>Open the conversation</source>
        <translation>Gesprek openen</translation>
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
        <translation>Klaar</translation>
    </message>
    <message>
        <source>Everything on this page is optional. Add what helps others learn from it.</source>
        <translation>Alles op deze pagina is optioneel. Vul in wat anderen helpt ervan te leren.</translation>
    </message>
    <message>
        <source>Risk: what happened</source>
        <translation>Risico: wat er gebeurde</translation>
    </message>
    <message>
        <source>Severity %1, likelihood %2</source>
        <translation>Ernst %1, kans %2</translation>
    </message>
    <message>
        <source>Risk: the worst that could credibly have happened</source>
        <translation>Risico: het ergste dat redelijkerwijs had kunnen gebeuren</translation>
    </message>
    <message>
        <source>Severity: I catastrophic · II critical · III marginal · IV negligible. Likelihood: A frequent · B probable · C occasional · D remote · E improbable.</source>
        <translation>Ernst: I catastrofaal · II kritiek · III beperkt · IV verwaarloosbaar. Kans: A vaak · B waarschijnlijk · C af en toe · D zelden · E onwaarschijnlijk.</translation>
    </message>
    <message>
        <source>How much does it affect you?</source>
        <translation>Hoeveel last heb je ervan?</translation>
    </message>
    <message>
        <source>Where?</source>
        <translation>Waar?</translation>
    </message>
    <message>
        <source>Place, in words (only as precise as you want)</source>
        <translation>Plaats, in woorden (zo precies als je wilt)</translation>
    </message>
    <message>
        <source>Who was involved — roles, never names (one per line)</source>
        <translation>Wie waren erbij betrokken — functies, nooit namen (één per regel)</translation>
    </message>
    <message>
        <source>driver
co-driver</source>
        <translation>chauffeur
bijrijder</translation>
    </message>
    <message>
        <source>What contributed to it (one per line)</source>
        <translation>Wat heeft eraan bijgedragen (één per regel)</translation>
    </message>
    <message>
        <source>What was done straight away (one per line)</source>
        <translation>Wat is er meteen gedaan (één per regel)</translation>
    </message>
    <message>
        <source>What could have happened</source>
        <translation>Wat had er kunnen gebeuren</translation>
    </message>
    <message>
        <source>Your suggestion</source>
        <translation>Je suggestie</translation>
    </message>
    <message>
        <source>I would like to talk to a confidential advisor</source>
        <translation>Ik wil praten met een vertrouwenspersoon</translation>
    </message>
    <message>
        <source>I would like aftercare</source>
        <translation>Ik wil nazorg</translation>
    </message>
    <message>
        <source>I would like to be kept apart from the other person</source>
        <translation>Ik wil niet meer samen met de ander ingedeeld worden</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Foto&apos;s</translation>
    </message>
    <message>
        <source>Location and camera data are removed from photos before they are sealed.</source>
        <translation>Locatie- en cameragegevens worden uit foto&apos;s verwijderd voordat ze worden verzegeld.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 verwijderen</translation>
    </message>
    <message>
        <source>Removing metadata…</source>
        <translation>Metagegevens worden verwijderd…</translation>
    </message>
    <message>
        <source>Add a photo…</source>
        <translation>Foto toevoegen…</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>Kies een foto</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png)</source>
        <translation>Foto&apos;s (*.jpg *.jpeg *.png)</translation>
    </message>
</context>
<context>
    <name>ReportKindPage</name>
    <message>
        <source>Safety report</source>
        <translation>Veiligheidsmelding</translation>
    </message>
    <message>
        <source>Social safety or integrity</source>
        <translation>Sociale veiligheid of integriteit</translation>
    </message>
    <message>
        <source>What happened?</source>
        <translation>Wat is er gebeurd?</translation>
    </message>
    <message>
        <source>What is it about?</source>
        <translation>Waar gaat het over?</translation>
    </message>
</context>
<context>
    <name>ReportReviewPage</name>
    <message>
        <source>Who will read it</source>
        <translation>Wie het leest</translation>
    </message>
    <message>
        <source>How do you want to report?</source>
        <translation>Hoe wil je melden?</translation>
    </message>
    <message>
        <source>Your name and how to reach you</source>
        <translation>Je naam en hoe je bereikbaar bent</translation>
    </message>
    <message>
        <source>My commander may be informed</source>
        <translation>Mijn commandant mag worden ingelicht</translation>
    </message>
    <message>
        <source>Off: your commander hears nothing of this report unless you agree later.</source>
        <translation>Uit: je commandant hoort niets over deze melding, tenzij je daar later mee instemt.</translation>
    </message>
    <message>
        <source>Your unit</source>
        <translation>Je eenheid</translation>
    </message>
    <message>
        <source>Decides who receives the report. Higher up is less precise, and less identifying.</source>
        <translation>Bepaalt wie de melding krijgt. Hoger in de organisatie is minder precies, en minder herkenbaar.</translation>
    </message>
    <message>
        <source>These people can open your report</source>
        <translation>Deze mensen kunnen je melding openen</translation>
    </message>
    <message>
        <source>Nobody else can read it — not the relay, not the registry. Leave someone out if you have a reason to (conflict of interest); they will not be able to open it.</source>
        <translation>Niemand anders kan hem lezen, ook het tussenstation en het meldpunt niet. Sluit iemand uit als je daar een reden voor hebt (belangenconflict); die persoon kan hem dan niet openen.</translation>
    </message>
    <message>
        <source>%1 · left out</source>
        <translation>%1 · uitgesloten</translation>
    </message>
    <message>
        <source>Sealing…</source>
        <translation>Wordt verzegeld…</translation>
    </message>
    <message>
        <source>Seal and send</source>
        <translation>Verzegelen en versturen</translation>
    </message>
    <message>
        <source>Sealing locks the report on this phone for these people only. It is sent by itself as soon as there is a connection.</source>
        <translation>Verzegelen zet de melding op deze telefoon op slot, alleen voor deze mensen. Hij wordt vanzelf verstuurd zodra er verbinding is.</translation>
    </message>
    <message>
        <source>Discard this report</source>
        <translation>Deze melding weggooien</translation>
    </message>
    <message>
        <source>Your report</source>
        <translation>Je melding</translation>
    </message>
    <message>
        <source>Nobody yet. First: %1</source>
        <translation>Nog niemand. Eerst: %1</translation>
    </message>
    <message>
        <source>Nobody can receive this report: the recipient list has a gap. Your draft is kept; tell your Vigil operator.</source>
        <translation>Niemand kan deze melding ontvangen: de lijst met ontvangers heeft een gat. Je concept blijft bewaard; meld het bij je Vigil-beheerder.</translation>
    </message>
    <message>
        <source>Discard this report?</source>
        <translation>Deze melding weggooien?</translation>
    </message>
    <message>
        <source>What you wrote is deleted from this phone. You can undo this on the home screen for a few seconds.</source>
        <translation>Wat je schreef wordt van deze telefoon verwijderd. Op het beginscherm kun je dit een paar seconden ongedaan maken.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Weggooien</translation>
    </message>
    <message>
        <source>Keep writing</source>
        <translation>Verder schrijven</translation>
    </message>
</context>
<context>
    <name>ReportSummaryCard</name>
    <message>
        <source>Change</source>
        <translation>Wijzigen</translation>
    </message>
    <message>
        <source>Change: %1</source>
        <translation>Wijzigen: %1</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Wat er gebeurde</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <source>Not chosen yet</source>
        <translation>Nog niet gekozen</translation>
    </message>
    <message>
        <source>Your message</source>
        <translation>Je bericht</translation>
    </message>
    <message>
        <source>Your account</source>
        <translation>Je verhaal</translation>
    </message>
    <message>
        <source>Not written yet</source>
        <translation>Nog niet geschreven</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risico</translation>
    </message>
    <message>
        <source>Severity %1, likelihood %2</source>
        <translation>Ernst %1, kans %2</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Niet ingevuld</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Waar</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Foto&apos;s</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s), stripped of location and camera data</source>
        <translation>
            <numerusform>%n foto, zonder locatie- en cameragegevens</numerusform>
            <numerusform>%n foto&apos;s, zonder locatie- en cameragegevens</numerusform>
        </translation>
    </message>
    <message>
        <source>None</source>
        <translation>Geen</translation>
    </message>
</context>
<context>
    <name>ReportWhatPage</name>
    <message>
        <source>A confidential advisor listens, explains your options and keeps what you say to themselves. Nothing is reported to your chain of command unless you decide so. Leave a message; the advisor answers in this app.</source>
        <translation>Een vertrouwenspersoon luistert, legt je mogelijkheden uit en houdt voor zich wat je vertelt. Er gaat niets naar je commandolijn tenzij jij dat besluit. Laat een bericht achter; de vertrouwenspersoon antwoordt in deze app.</translation>
    </message>
    <message>
        <source>What would you like to talk about?</source>
        <translation>Waarover wil je praten?</translation>
    </message>
    <message>
        <source>What happened?</source>
        <translation>Wat is er gebeurd?</translation>
    </message>
    <message>
        <source>Describe what happened, in your own words. Leave out names if you can.</source>
        <translation>Beschrijf wat er gebeurde, in je eigen woorden. Laat namen weg als dat kan.</translation>
    </message>
    <message>
        <source>For example: at the stop we smelled fuel; a jerrycan was leaking because straps were missing.</source>
        <translation>Bijvoorbeeld: bij de stop roken we brandstof; een jerrycan lekte omdat er spanbanden ontbraken.</translation>
    </message>
    <message>
        <source>When?</source>
        <translation>Wanneer?</translation>
    </message>
    <message>
        <source>Date (year-month-day)</source>
        <translation>Datum (jaar-maand-dag)</translation>
    </message>
    <message>
        <source>It is still going on</source>
        <translation>Het speelt nog steeds</translation>
    </message>
    <message>
        <source>I am in danger right now</source>
        <translation>Ik ben nu in gevaar</translation>
    </message>
    <message>
        <source>Next: who will read it</source>
        <translation>Volgende: wie het leest</translation>
    </message>
    <message>
        <source>Add details (optional)</source>
        <translation>Details toevoegen (optioneel)</translation>
    </message>
    <message>
        <source>Confidential advisor</source>
        <translation>Vertrouwenspersoon</translation>
    </message>
    <message>
        <source>Vigil is not an emergency line. If you are in danger, call %1 or your duty officer now.</source>
        <translation>Vigil is geen alarmnummer. Ben je in gevaar, bel dan nu %1 of de officier van dienst.</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>Bel %1</translation>
    </message>
    <message>
        <source>Call the emergency number %1</source>
        <translation>Bel het alarmnummer %1</translation>
    </message>
    <message>
        <source>Get help now</source>
        <translation>Nu hulp zoeken</translation>
    </message>
</context>
<context>
    <name>SealedPage</name>
    <message>
        <source>Sealed</source>
        <translation>Verzegeld</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <source>Your report is sealed and in your outbox. It is sent by itself as soon as there is a connection.</source>
        <translation>Je melding is verzegeld en staat in je postvak uit. Hij wordt vanzelf verstuurd zodra er verbinding is.</translation>
    </message>
    <message>
        <source>Your receipt code</source>
        <translation>Je ontvangstcode</translation>
    </message>
    <message>
        <source>When your report arrives, Vigil signs for this code. With it you can show that you reported, without showing what.</source>
        <translation>Als je melding aankomt, tekent Vigil voor deze code. Daarmee kun je laten zien dat je gemeld hebt, zonder te laten zien wat.</translation>
    </message>
    <message>
        <source>Receipt code %1</source>
        <translation>Ontvangstcode %1</translation>
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
        <source>What happens next</source>
        <translation>Wat er nu gebeurt</translation>
    </message>
    <message>
        <source>The people who read your report must confirm that they received it within 7 days, and tell you what they did with it within 3 months. Their answers appear in your outbox; only this phone can read them. You can add to your report there at any time.</source>
        <translation>Wie je melding leest, moet binnen 7 dagen bevestigen dat die is ontvangen, en je binnen 3 maanden vertellen wat ermee is gedaan. De antwoorden verschijnen in je postvak uit; alleen deze telefoon kan ze lezen. Daar kun je ook altijd iets aan je melding toevoegen.</translation>
    </message>
    <message>
        <source>Get help now</source>
        <translation>Nu hulp zoeken</translation>
    </message>
    <message>
        <source>You do not have to wait for an answer: a confidential advisor, the company doctor or other support can help you now.</source>
        <translation>Je hoeft niet op een antwoord te wachten: een vertrouwenspersoon, de bedrijfsarts of andere steun kan je nu al helpen.</translation>
    </message>
    <message>
        <source>It waits for a filing token: this phone has none left. At its next connection to Vigil, while unlocked, it gets new ones and sends your report by itself. Nothing is lost. Your receipt code appears in the outbox once it is sent.</source>
        <translation>Hij wacht op een meldtoken: deze telefoon heeft er geen meer. Bij de volgende verbinding met Vigil, terwijl hij ontgrendeld is, krijgt hij nieuwe en verstuurt hij je melding vanzelf. Er gaat niets verloren. Je ontvangstcode verschijnt in Postvak uit zodra hij verstuurd is.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Night mode</source>
        <translation>Nachtmodus</translation>
    </message>
    <message>
        <source>Dim red on black, for light discipline in the dark.</source>
        <translation>Gedimd rood op zwart, voor lichtdiscipline in het donker.</translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation>Nu vergrendelen</translation>
    </message>
    <message>
        <source>Panic wipe</source>
        <translation>Noodwissen</translation>
    </message>
    <message>
        <source>Deletes every draft, every report not yet sent, your receipts, replies and the keys on this phone. Reports that were already delivered stay with the registry.</source>
        <translation>Verwijdert elk concept, elke melding die nog niet verstuurd is, je ontvangstbewijzen, antwoorden en de sleutels op deze telefoon. Meldingen die al zijn afgeleverd blijven bij het meldpunt.</translation>
    </message>
    <message>
        <source>Wipe everything</source>
        <translation>Alles wissen</translation>
    </message>
    <message>
        <source>Your unit</source>
        <translation>Je eenheid</translation>
    </message>
    <message>
        <source>Used to find who receives your reports. You can report at a higher level each time.</source>
        <translation>Bepaalt wie je meldingen ontvangt. Je kunt per melding een hoger niveau kiezen.</translation>
    </message>
</context>
<context>
    <name>SupportDelegate</name>
    <message>
        <source>Emergency</source>
        <translation>Nood</translation>
    </message>
    <message>
        <source>Elsewhere in the organisation</source>
        <translation>Elders in de organisatie</translation>
    </message>
    <message>
        <source>Available: %1</source>
        <translation>Bereikbaar: %1</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>Bel %1</translation>
    </message>
    <message>
        <source>Call %1 on %2</source>
        <translation>Bel %1 op %2</translation>
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
        <source>Copy the number of %1</source>
        <translation>Kopieer het nummer van %1</translation>
    </message>
    <message>
        <source>Write to %1</source>
        <translation>Mail naar %1</translation>
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
        <translation>Vertel ons hoe het ging</translation>
    </message>
    <message>
        <source>Your report has been closed. Three short questions help make reporting better for everyone. Answering is optional, and you can leave any question open.</source>
        <translation>Je melding is afgesloten. Drie korte vragen helpen om melden voor iedereen beter te maken. Antwoorden is niet verplicht, en je kunt elke vraag openlaten.</translation>
    </message>
    <message>
        <source>Your answers stay anonymous. They go sealed to the registry, not to the advisor, and are only counted together with those of at least four other reporters, never on their own.</source>
        <translation>Je antwoorden blijven anoniem. Ze gaan verzegeld naar de registratie, niet naar de adviseur, en worden alleen meegeteld samen met die van minstens vier andere melders, nooit los.</translation>
    </message>
    <message>
        <source>Did you feel heard?</source>
        <translation>Voelde je je gehoord?</translation>
    </message>
    <message>
        <source>1 = not at all, 5 = completely</source>
        <translation>1 = helemaal niet, 5 = helemaal</translation>
    </message>
    <message>
        <source>Felt heard: %1 of 5</source>
        <translation>Gehoord gevoeld: %1 van 5</translation>
    </message>
    <message>
        <source>Would you report again?</source>
        <translation>Zou je opnieuw melden?</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>Weet ik niet</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>How much do you fear consequences of your report?</source>
        <translation>Hoe bang ben je voor gevolgen van je melding?</translation>
    </message>
    <message>
        <source>1 = not at all, 5 = very much</source>
        <translation>1 = helemaal niet, 5 = heel erg</translation>
    </message>
    <message>
        <source>Fear of consequences: %1 of 5</source>
        <translation>Angst voor gevolgen: %1 van 5</translation>
    </message>
    <message>
        <source>Sealing…</source>
        <translation>Wordt verzegeld…</translation>
    </message>
    <message>
        <source>Seal and send my answers</source>
        <translation>Verzegel en verstuur mijn antwoorden</translation>
    </message>
    <message>
        <source>Skip, do not ask again</source>
        <translation>Overslaan, niet meer vragen</translation>
    </message>
</context>
<context>
    <name>SyncStatusCard</name>
    <message>
        <source>Your reports have not been sent since %1. Reason: %2 Vigil keeps trying.</source>
        <translation>Je meldingen zijn sinds %1 niet verstuurd. Reden: %2 Vigil blijft het proberen.</translation>
    </message>
    <message>
        <source>Sending and checking for replies…</source>
        <translation>Versturen en kijken of er antwoorden zijn…</translation>
    </message>
    <message numerus="yes">
        <source>No connection to Vigil. %n report(s) wait safely on this phone and will be sent by themselves.</source>
        <translation>
            <numerusform>Geen verbinding met Vigil. %n melding wacht veilig op deze telefoon en wordt vanzelf verstuurd.</numerusform>
            <numerusform>Geen verbinding met Vigil. %n meldingen wachten veilig op deze telefoon en worden vanzelf verstuurd.</numerusform>
        </translation>
    </message>
    <message>
        <source>No connection to Vigil right now.</source>
        <translation>Op dit moment geen verbinding met Vigil.</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) waiting to be sent.</source>
        <translation>
            <numerusform>%n melding wacht op verzending.</numerusform>
            <numerusform>%n meldingen wachten op verzending.</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything is sent. Last contact with Vigil: %1.</source>
        <translation>Alles is verstuurd. Laatste contact met Vigil: %1.</translation>
    </message>
    <message>
        <source>Nothing to send.</source>
        <translation>Niets te versturen.</translation>
    </message>
    <message>
        <source>Try now</source>
        <translation>Nu proberen</translation>
    </message>
    <message>
        <source>Filing tokens on this phone: %1</source>
        <translation>Meldtokens op deze telefoon: %1</translation>
    </message>
</context>
<context>
    <name>TextEntryField</name>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1 van %2 tekens</translation>
    </message>
</context>
<context>
    <name>ToggleRow</name>
    <message>
        <source>on</source>
        <translation>aan</translation>
    </message>
    <message>
        <source>off</source>
        <translation>uit</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Vigil is locked</source>
        <translation>Vigil is vergrendeld</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Ontgrendelen…</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Ontgrendel</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n seconde</numerusform>
            <numerusform>%n seconden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuut</numerusform>
            <numerusform>%n minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many wrong PINs. You can try again in %1.</source>
        <translation>Te vaak een verkeerde pincode. Je kunt het over %1 opnieuw proberen.</translation>
    </message>
    <message>
        <source>Forgot your PIN? Nobody can recover it. Wiping this phone deletes everything on it, reports not sent yet included, and lets you enrol again.</source>
        <translation>Pincode vergeten? Niemand kan hem terughalen. Deze telefoon wissen verwijdert alles erop, ook meldingen die nog niet verstuurd zijn, en daarna kun je je opnieuw koppelen.</translation>
    </message>
    <message>
        <source>Wipe this phone…</source>
        <translation>Deze telefoon wissen…</translation>
    </message>
    <message>
        <source>Get help now</source>
        <translation>Nu hulp zoeken</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Vigil</source>
        <translation>Welkom bij Vigil</translation>
    </message>
    <message>
        <source>Report unsafe situations, near-misses and unacceptable behaviour — also without a network, and anonymously if you want.</source>
        <translation>Meld onveilige situaties, bijna-ongevallen en ongewenst gedrag — ook zonder netwerk, en anoniem als je dat wilt.</translation>
    </message>
    <message>
        <source>Start: enrol this phone</source>
        <translation>Begin: koppel deze telefoon</translation>
    </message>
</context>
<context>
    <name>vigil::field::ConversationModel</name>
    <message>
        <source>The list of recipients is out of date; connect once and try again.</source>
        <translation>De lijst met ontvangers is verouderd; maak één keer verbinding en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The message was not sealed, and nothing was sent: %1</source>
        <translation>Het bericht is niet verzegeld en er is niets verstuurd: %1</translation>
    </message>
    <message>
        <source>I am experiencing consequences of my report (retaliation). Please contact me.</source>
        <translation>Ik ondervind gevolgen van mijn melding (represailles). Neem alstublieft contact met me op.</translation>
    </message>
    <message>
        <source>I answered the questions on how my report was handled.</source>
        <translation>Ik heb de vragen beantwoord over hoe mijn melding is behandeld.</translation>
    </message>
    <message>
        <source>I would like more contact.</source>
        <translation>Ik wil graag meer contact.</translation>
    </message>
    <message>
        <source>No further contact, thank you.</source>
        <translation>Geen verder contact, dank je.</translation>
    </message>
</context>
<context>
    <name>vigil::field::EnrolScanner</name>
    <message>
        <source>No code found in this picture. Take it again with the whole code in view, sharp and well lit.</source>
        <translation>Geen code gevonden in deze afbeelding. Maak de foto opnieuw, met de hele code in beeld, scherp en goed belicht.</translation>
    </message>
    <message>
        <source>This is not a Vigil enrolment code. Ask your safety officer or confidential advisor for the code of your organisation.</source>
        <translation>Dit is geen koppelcode van Vigil. Vraag je veiligheidsfunctionaris of vertrouwenspersoon om de code van je organisatie.</translation>
    </message>
    <message>
        <source>The picture cannot be read.</source>
        <translation>De afbeelding kan niet worden gelezen.</translation>
    </message>
</context>
<context>
    <name>vigil::field::FieldApp</name>
    <message>
        <source>Paste the enrolment code first.</source>
        <translation>Plak eerst de koppelcode.</translation>
    </message>
    <message>
        <source>This enrolment code is not valid: %1</source>
        <translation>Deze koppelcode is niet geldig: %1</translation>
    </message>
    <message>
        <source>The enrolment file cannot be read.</source>
        <translation>Het koppelbestand kan niet worden gelezen.</translation>
    </message>
    <message>
        <source>Choose a PIN of at least %1 digits.</source>
        <translation>Kies een pincode van minstens %1 cijfers.</translation>
    </message>
    <message>
        <source>The two PINs are not the same.</source>
        <translation>De twee pincodes zijn niet gelijk.</translation>
    </message>
    <message>
        <source>The PIN could not be set: %1</source>
        <translation>De pincode kon niet worden ingesteld: %1</translation>
    </message>
    <message>
        <source>Not everything could be deleted: %1</source>
        <translation>Niet alles kon worden verwijderd: %1</translation>
    </message>
</context>
<context>
    <name>vigil::field::PinGuard</name>
    <message>
        <source>Choose a PIN of at least %1 digits.</source>
        <translation>Kies een pincode van minstens %1 cijfers.</translation>
    </message>
    <message>
        <source>One digit repeated is the first PIN anyone tries. Choose another.</source>
        <translation>Eén cijfer herhaald is de eerste pincode die iedereen probeert. Kies een andere.</translation>
    </message>
    <message>
        <source>Digits in a row, like 123456 or 987654, are the first PIN anyone tries. Choose another.</source>
        <translation>Cijfers op een rij, zoals 123456 of 987654, zijn de eerste pincode die iedereen probeert. Kies een andere.</translation>
    </message>
    <message>
        <source>A group of digits repeated, like 121212, is easy to guess. Choose another.</source>
        <translation>Een herhaald groepje cijfers, zoals 121212, is makkelijk te raden. Kies een andere.</translation>
    </message>
    <message>
        <source>This is one of the most common PINs and easy to guess. Choose another.</source>
        <translation>Dit is een van de meest gebruikte pincodes en makkelijk te raden. Kies een andere.</translation>
    </message>
    <message>
        <source>Wrong PIN, %1 times in a row.</source>
        <translation>Verkeerde pincode, %1 keer achter elkaar.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n more wrong PIN(s) and this phone offers to wipe everything on it.</source>
        <translation>
            <numerusform>Verkeerde pincode. Nog %n verkeerde pincode en deze telefoon biedt aan alles te wissen.</numerusform>
            <numerusform>Verkeerde pincode. Nog %n verkeerde pincodes en deze telefoon biedt aan alles te wissen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>Te vaak een verkeerde pincode. Probeer het over %n seconde opnieuw.</numerusform>
            <numerusform>Te vaak een verkeerde pincode. Probeer het over %n seconden opnieuw.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigil::field::RecoveryModel</name>
    <message>
        <source>Choose a passphrase of at least %1 characters.</source>
        <translation>Kies een wachtwoord van minstens %1 tekens.</translation>
    </message>
    <message>
        <source>This report is not on this phone, so it has no recovery code.</source>
        <translation>Deze melding staat niet op deze telefoon en heeft dus geen herstelcode.</translation>
    </message>
    <message>
        <source>No recovery code was made: %1</source>
        <translation>Er is geen herstelcode gemaakt: %1</translation>
    </message>
    <message>
        <source>The passphrase does not open this code. Check it and try again.</source>
        <translation>Dit wachtwoord opent deze code niet. Controleer het en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>This is not a whole recovery code. Copy all of it, from &quot;vigil-recovery-1:&quot; to the end.</source>
        <translation>Dit is geen volledige herstelcode. Kopieer alles, van &quot;vigil-recovery-1:&quot; tot het einde.</translation>
    </message>
    <message>
        <source>This report is on this phone already.</source>
        <translation>Deze melding staat al op deze telefoon.</translation>
    </message>
    <message>
        <source>The conversation was not restored: %1</source>
        <translation>Het gesprek is niet teruggezet: %1</translation>
    </message>
</context>
<context>
    <name>vigil::field::ReportDraft</name>
    <message>
        <source>Choose what happened.</source>
        <translation>Kies wat er gebeurde.</translation>
    </message>
    <message>
        <source>Choose what it is about.</source>
        <translation>Kies waar het over gaat.</translation>
    </message>
    <message>
        <source>Describe what happened in a few words.</source>
        <translation>Beschrijf in een paar woorden wat er gebeurde.</translation>
    </message>
    <message>
        <source>Enter the date as year-month-day, for example 2025-03-12.</source>
        <translation>Vul de datum in als jaar-maand-dag, bijvoorbeeld 2025-03-12.</translation>
    </message>
    <message>
        <source>Say how you can be reached, or choose anonymous.</source>
        <translation>Geef aan hoe je bereikbaar bent, of kies anoniem.</translation>
    </message>
    <message>
        <source>Nobody is left to read this report.</source>
        <translation>Er is niemand meer over die deze melding kan lezen.</translation>
    </message>
    <message>
        <source>Do not say</source>
        <translation>Zeg ik liever niet</translation>
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation>Het concept kon niet worden bewaard: %1</translation>
    </message>
    <message>
        <source>A report can carry at most %1 photos.</source>
        <translation>Een melding kan hoogstens %1 foto&apos;s bevatten.</translation>
    </message>
    <message>
        <source>The photo could not be added: %1</source>
        <translation>De foto kon niet worden toegevoegd: %1</translation>
    </message>
    <message>
        <source>Vigil is locked.</source>
        <translation>Vigil is vergrendeld.</translation>
    </message>
    <message>
        <source>The list of recipients is missing or out of date. Connect once so Vigil can update it; your draft is kept. (%1)</source>
        <translation>De lijst met ontvangers ontbreekt of is verouderd. Maak één keer verbinding zodat Vigil hem kan bijwerken; je concept blijft bewaard. (%1)</translation>
    </message>
    <message>
        <source>The report was not sealed, and nothing was sent: %1</source>
        <translation>De melding is niet verzegeld en er is niets verstuurd: %1</translation>
    </message>
    <message>
        <source>The draft could not be kept aside: %1</source>
        <translation>Het concept kon niet apart worden bewaard: %1</translation>
    </message>
    <message>
        <source>This draft could not be opened: %1</source>
        <translation>Dit concept kon niet worden geopend: %1</translation>
    </message>
</context>
<context>
    <name>vigil::field::SyncEngine</name>
    <message>
        <source>No connection to Vigil (%1).</source>
        <translation>Geen verbinding met Vigil (%1).</translation>
    </message>
    <message>
        <source>The network answered, but not as Vigil does (HTTP %1). A Wi-Fi login page may be in the way: open a browser, log in, and Vigil continues by itself.</source>
        <translation>Het netwerk antwoordde, maar niet zoals Vigil dat doet (HTTP %1). Misschien zit er een wifi-inlogpagina tussen: open een browser, log in, en Vigil gaat vanzelf verder.</translation>
    </message>
    <message>
        <source>The relay offered a change of the registry&apos;s key holders this phone does not trust: %1</source>
        <translation>Het tussenstation bood een wisseling van de sleutelhouders van het register aan die deze telefoon niet vertrouwt: %1</translation>
    </message>
    <message>
        <source>The relay offered a list of recipients this phone does not trust: %1</source>
        <translation>Het tussenstation bood een lijst met ontvangers aan die deze telefoon niet vertrouwt: %1</translation>
    </message>
    <message>
        <source>The relay could not take the reports now (HTTP %1).</source>
        <translation>Het tussenstation kon de meldingen nu niet aannemen (HTTP %1).</translation>
    </message>
    <message>
        <source>The network answered, but not as Vigil does. A Wi-Fi login page may be in the way: open a browser, log in, and Vigil continues by itself.</source>
        <translation>Het netwerk antwoordde, maar niet zoals Vigil dat doet. Misschien zit er een wifi-inlogpagina tussen: open een browser, log in, en Vigil gaat vanzelf verder.</translation>
    </message>
    <message>
        <source>The relay&apos;s receipt did not verify, so this report does not count as delivered yet: %1</source>
        <translation>Het ontvangstbewijs van het tussenstation klopt niet, dus deze melding telt nog niet als afgeleverd: %1</translation>
    </message>
    <message>
        <source>Replies could not be fetched (HTTP %1).</source>
        <translation>Antwoorden konden niet worden opgehaald (HTTP %1).</translation>
    </message>
    <message>
        <source>Bulletins could not be fetched (HTTP %1).</source>
        <translation>Bulletins konden niet worden opgehaald (HTTP %1).</translation>
    </message>
    <message>
        <source>The relay does not take a report this large: %1</source>
        <translation>Het tussenstation neemt zo&apos;n grote melding niet aan: %1</translation>
    </message>
    <message>
        <source>The relay called this report invalid; it is sent once more to be sure.</source>
        <translation>Het tussenstation noemde deze melding ongeldig; hij wordt voor de zekerheid nog één keer verstuurd.</translation>
    </message>
    <message>
        <source>Replies could not be read: %1</source>
        <translation>Antwoorden konden niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>Bulletins could not be read: %1</source>
        <translation>Bulletins konden niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>The relay offered support contacts this phone does not trust: %1</source>
        <translation>Het tussenstation bood contacten voor hulp aan die deze telefoon niet vertrouwt: %1</translation>
    </message>
    <message>
        <source>The relay offered token keys this phone does not trust.</source>
        <translation>De relay bood tokensleutels aan die deze telefoon niet vertrouwt.</translation>
    </message>
    <message>
        <source>This phone was enrolled without a code for filing tokens: ask for a new enrolment.</source>
        <translation>Deze telefoon is aangemeld zonder code voor meldtokens: vraag om een nieuwe aanmelding.</translation>
    </message>
    <message>
        <source>This phone&apos;s enrolment code was used already or is unknown: ask for a new enrolment to file reports.</source>
        <translation>De aanmeldcode van deze telefoon is al gebruikt of onbekend: vraag om een nieuwe aanmelding om te kunnen melden.</translation>
    </message>
    <message>
        <source>Quota reached; more filing tokens from %1.</source>
        <translation>Quotum bereikt; nieuwe meldtokens vanaf %1.</translation>
    </message>
    <message>
        <source>Quota reached; more filing tokens later.</source>
        <translation>Quotum bereikt; later nieuwe meldtokens.</translation>
    </message>
    <message>
        <source>This phone may no longer receive filing tokens: ask your administrator.</source>
        <translation>Deze telefoon krijgt geen meldtokens meer: vraag het je beheerder.</translation>
    </message>
</context>
</TS>
