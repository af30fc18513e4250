<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>HttpResult</name>
    <message>
        <source>the server is not reachable</source>
        <translation>the server is not reachable</translation>
    </message>
    <message>
        <source>the server answered HTTP %1</source>
        <translation>the server answered HTTP %1</translation>
    </message>
</context>
<context>
    <name>WireLabels</name>
    <message>
        <source>Accident</source>
        <translation>Accident</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Near miss</source>
        <translation>Near miss</translation>
    </message>
    <message>
        <source>Hazard</source>
        <translation>Hazard</translation>
    </message>
    <message>
        <source>Social safety</source>
        <translation>Social safety</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>Integrity</translation>
    </message>
    <message>
        <source>Hazardous substances</source>
        <translation>Hazardous substances</translation>
    </message>
    <message>
        <source>Transport of hazardous substances</source>
        <translation>Transport of hazardous substances</translation>
    </message>
    <message>
        <source>Diving</source>
        <translation>Diving</translation>
    </message>
    <message>
        <source>Laser and optical radiation</source>
        <translation>Laser and optical radiation</translation>
    </message>
    <message>
        <source>Live fire and ammunition</source>
        <translation>Live fire and ammunition</translation>
    </message>
    <message>
        <source>Vehicles and convoys</source>
        <translation>Vehicles and convoys</translation>
    </message>
    <message>
        <source>Heat stress</source>
        <translation>Heat stress</translation>
    </message>
    <message>
        <source>Cold stress</source>
        <translation>Cold stress</translation>
    </message>
    <message>
        <source>Working at height</source>
        <translation>Working at height</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environment</translation>
    </message>
    <message>
        <source>Other (physical safety)</source>
        <translation>Other (physical safety)</translation>
    </message>
    <message>
        <source>Bullying or exclusion</source>
        <translation>Bullying or exclusion</translation>
    </message>
    <message>
        <source>Intimidation or aggression</source>
        <translation>Intimidation or aggression</translation>
    </message>
    <message>
        <source>Discrimination</source>
        <translation>Discrimination</translation>
    </message>
    <message>
        <source>Sexual harassment or transgressive behaviour</source>
        <translation>Sexual harassment or transgressive behaviour</translation>
    </message>
    <message>
        <source>Psychosocial workload</source>
        <translation>Psychosocial workload</translation>
    </message>
    <message>
        <source>Retaliation for reporting</source>
        <translation>Retaliation for reporting</translation>
    </message>
    <message>
        <source>Other (social safety)</source>
        <translation>Other (social safety)</translation>
    </message>
    <message>
        <source>Fraud</source>
        <translation>Fraud</translation>
    </message>
    <message>
        <source>Misuse of resources</source>
        <translation>Misuse of resources</translation>
    </message>
    <message>
        <source>Abuse of power</source>
        <translation>Abuse of power</translation>
    </message>
    <message>
        <source>Other (integrity)</source>
        <translation>Other (integrity)</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Acknowledged</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Assigned</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Feedback given</source>
        <translation>Feedback given</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Acknowledge</translation>
    </message>
    <message>
        <source>Take the case</source>
        <translation>Take the case</translation>
    </message>
    <message>
        <source>Start work</source>
        <translation>Start work</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>Unfounded</source>
        <translation>Unfounded</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Referred</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonymous</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Confidential</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <source>Serious</source>
        <translation>Serious</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <source>Unrated</source>
        <translation>Unrated</translation>
    </message>
    <message>
        <source>Limited</source>
        <translation>Limited</translation>
    </message>
    <message>
        <source>Substantial</source>
        <translation>Substantial</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>Severe</translation>
    </message>
    <message>
        <source>Acknowledgement</source>
        <translation>Acknowledgement</translation>
    </message>
    <message>
        <source>First contact</source>
        <translation>First contact</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Closing</translation>
    </message>
    <message>
        <source>Physical safety</source>
        <translation>Physical safety</translation>
    </message>
    <message>
        <source>State changed</source>
        <translation>State changed</translation>
    </message>
    <message>
        <source>Reply sent</source>
        <translation>Reply sent</translation>
    </message>
    <message>
        <source>Note added</source>
        <translation>Note added</translation>
    </message>
    <message>
        <source>Barracks</source>
        <translation>Barracks</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Range</translation>
    </message>
    <message>
        <source>Vessel</source>
        <translation>Vessel</translation>
    </message>
    <message>
        <source>Airfield</source>
        <translation>Airfield</translation>
    </message>
    <message>
        <source>Road</source>
        <translation>Road</translation>
    </message>
    <message>
        <source>Deployed</source>
        <translation>Deployed</translation>
    </message>
    <message>
        <source>Elsewhere</source>
        <translation>Elsewhere</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Night</source>
        <translation>Night</translation>
    </message>
    <message>
        <source>Dawn</source>
        <translation>Dawn</translation>
    </message>
    <message>
        <source>Dusk</source>
        <translation>Dusk</translation>
    </message>
    <message>
        <source>first aid</source>
        <translation>first aid</translation>
    </message>
    <message>
        <source>medical treatment</source>
        <translation>medical treatment</translation>
    </message>
    <message>
        <source>lost time</source>
        <translation>lost time</translation>
    </message>
    <message>
        <source>permanent injury</source>
        <translation>permanent injury</translation>
    </message>
    <message>
        <source>fatal</source>
        <translation>fatal</translation>
    </message>
    <message>
        <source>minor</source>
        <translation>minor</translation>
    </message>
    <message>
        <source>major</source>
        <translation>major</translation>
    </message>
    <message>
        <source>total loss</source>
        <translation>total loss</translation>
    </message>
    <message>
        <source>Answer to retaliation</source>
        <translation>Answer to retaliation</translation>
    </message>
</context>
</TS>
