<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>HttpResult</name>
    <message>
        <source>the server is not reachable</source>
        <translation>de server is niet bereikbaar</translation>
    </message>
    <message>
        <source>the server answered HTTP %1</source>
        <translation>de server antwoordde HTTP %1</translation>
    </message>
</context>
<context>
    <name>WireLabels</name>
    <message>
        <source>Accident</source>
        <translation>Ongeval</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Near miss</source>
        <translation>Bijna-ongeval</translation>
    </message>
    <message>
        <source>Hazard</source>
        <translation>Gevaarlijke situatie</translation>
    </message>
    <message>
        <source>Social safety</source>
        <translation>Sociale veiligheid</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>Integriteit</translation>
    </message>
    <message>
        <source>Hazardous substances</source>
        <translation>Gevaarlijke stoffen</translation>
    </message>
    <message>
        <source>Transport of hazardous substances</source>
        <translation>Vervoer van gevaarlijke stoffen</translation>
    </message>
    <message>
        <source>Diving</source>
        <translation>Duiken</translation>
    </message>
    <message>
        <source>Laser and optical radiation</source>
        <translation>Laser en optische straling</translation>
    </message>
    <message>
        <source>Live fire and ammunition</source>
        <translation>Scherpschieten en munitie</translation>
    </message>
    <message>
        <source>Vehicles and convoys</source>
        <translation>Voertuigen en konvooien</translation>
    </message>
    <message>
        <source>Heat stress</source>
        <translation>Hittebelasting</translation>
    </message>
    <message>
        <source>Cold stress</source>
        <translation>Koudebelasting</translation>
    </message>
    <message>
        <source>Working at height</source>
        <translation>Werken op hoogte</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Milieu</translation>
    </message>
    <message>
        <source>Other (physical safety)</source>
        <translation>Overig (fysieke veiligheid)</translation>
    </message>
    <message>
        <source>Bullying or exclusion</source>
        <translation>Pesten of buitensluiten</translation>
    </message>
    <message>
        <source>Intimidation or aggression</source>
        <translation>Intimidatie of agressie</translation>
    </message>
    <message>
        <source>Discrimination</source>
        <translation>Discriminatie</translation>
    </message>
    <message>
        <source>Sexual harassment or transgressive behaviour</source>
        <translation>Seksuele intimidatie of grensoverschrijdend gedrag</translation>
    </message>
    <message>
        <source>Psychosocial workload</source>
        <translation>Psychosociale arbeidsbelasting</translation>
    </message>
    <message>
        <source>Retaliation for reporting</source>
        <translation>Benadeling na een melding</translation>
    </message>
    <message>
        <source>Other (social safety)</source>
        <translation>Overig (sociale veiligheid)</translation>
    </message>
    <message>
        <source>Fraud</source>
        <translation>Fraude</translation>
    </message>
    <message>
        <source>Misuse of resources</source>
        <translation>Misbruik van middelen</translation>
    </message>
    <message>
        <source>Abuse of power</source>
        <translation>Machtsmisbruik</translation>
    </message>
    <message>
        <source>Other (integrity)</source>
        <translation>Overig (integriteit)</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ontvangen</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Ontvangst bevestigd</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Toegewezen</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In behandeling</translation>
    </message>
    <message>
        <source>Feedback given</source>
        <translation>Teruggekoppeld</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Afgesloten</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Ontvangst bevestigen</translation>
    </message>
    <message>
        <source>Take the case</source>
        <translation>Zaak oppakken</translation>
    </message>
    <message>
        <source>Start work</source>
        <translation>In behandeling nemen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Opgelost</translation>
    </message>
    <message>
        <source>Unfounded</source>
        <translation>Ongegrond</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Doorverwezen</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Ingetrokken</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anoniem</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Vertrouwelijk</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoog</translation>
    </message>
    <message>
        <source>Serious</source>
        <translation>Ernstig</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Middel</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Laag</translation>
    </message>
    <message>
        <source>Unrated</source>
        <translation>Niet beoordeeld</translation>
    </message>
    <message>
        <source>Limited</source>
        <translation>Beperkt</translation>
    </message>
    <message>
        <source>Substantial</source>
        <translation>Aanzienlijk</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>Zeer ernstig</translation>
    </message>
    <message>
        <source>Acknowledgement</source>
        <translation>Ontvangstbevestiging</translation>
    </message>
    <message>
        <source>First contact</source>
        <translation>Eerste contact</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Terugkoppeling</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Afsluiting</translation>
    </message>
    <message>
        <source>Physical safety</source>
        <translation>Fysieke veiligheid</translation>
    </message>
    <message>
        <source>State changed</source>
        <translation>Status gewijzigd</translation>
    </message>
    <message>
        <source>Reply sent</source>
        <translation>Antwoord verstuurd</translation>
    </message>
    <message>
        <source>Note added</source>
        <translation>Notitie toegevoegd</translation>
    </message>
    <message>
        <source>Barracks</source>
        <translation>Kazerne</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Schietbaan</translation>
    </message>
    <message>
        <source>Vessel</source>
        <translation>Schip</translation>
    </message>
    <message>
        <source>Airfield</source>
        <translation>Vliegveld</translation>
    </message>
    <message>
        <source>Road</source>
        <translation>Weg</translation>
    </message>
    <message>
        <source>Deployed</source>
        <translation>Uitzending</translation>
    </message>
    <message>
        <source>Elsewhere</source>
        <translation>Elders</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Night</source>
        <translation>Nacht</translation>
    </message>
    <message>
        <source>Dawn</source>
        <translation>Ochtendschemering</translation>
    </message>
    <message>
        <source>Dusk</source>
        <translation>Avondschemering</translation>
    </message>
    <message>
        <source>first aid</source>
        <translation>eerste hulp</translation>
    </message>
    <message>
        <source>medical treatment</source>
        <translation>medische behandeling</translation>
    </message>
    <message>
        <source>lost time</source>
        <translation>met verzuim</translation>
    </message>
    <message>
        <source>permanent injury</source>
        <translation>blijvend letsel</translation>
    </message>
    <message>
        <source>fatal</source>
        <translation>dodelijk</translation>
    </message>
    <message>
        <source>minor</source>
        <translation>gering</translation>
    </message>
    <message>
        <source>major</source>
        <translation>groot</translation>
    </message>
    <message>
        <source>total loss</source>
        <translation>total loss</translation>
    </message>
    <message>
        <source>Answer to retaliation</source>
        <translation>Antwoord op represailles</translation>
    </message>
</context>
</TS>
