// SPDX-License-Identifier: EUPL-1.2
#include "labels.h"

#include <QCoreApplication>

#include <initializer_list>
#include <utility>

namespace vigil::advisor {

namespace {

using Entry = std::pair<const char*, const char*>;

QString lookup(std::initializer_list<Entry> table, const QString& name)
{
    for (const auto& [wire, text] : table)
        if (name == QLatin1String(wire))
            return QCoreApplication::translate("Labels", text);
    QString fallback = name;
    fallback.replace(QLatin1Char('_'), QLatin1Char(' '));
    return fallback;
}

} // namespace

QString label(Vocabulary vocabulary, const QString& name)
{
    switch (vocabulary) {
    case Vocabulary::Kind:
        return lookup({{"accident", QT_TRANSLATE_NOOP("Labels", "Accident")},
                       {"incident", QT_TRANSLATE_NOOP("Labels", "Incident")},
                       {"near_miss", QT_TRANSLATE_NOOP("Labels", "Near miss")},
                       {"hazard_observation", QT_TRANSLATE_NOOP("Labels", "Hazard")},
                       {"social_safety", QT_TRANSLATE_NOOP("Labels", "Social safety")},
                       {"integrity_concern", QT_TRANSLATE_NOOP("Labels", "Integrity")}},
                      name);
    case Vocabulary::Category:
        return lookup({{"hazardous_substances", QT_TRANSLATE_NOOP("Labels", "Hazardous substances")},
                       {"hazardous_substance_transport", QT_TRANSLATE_NOOP("Labels", "Dangerous goods transport")},
                       {"diving", QT_TRANSLATE_NOOP("Labels", "Diving")},
                       {"laser_optical_radiation", QT_TRANSLATE_NOOP("Labels", "Laser / optical radiation")},
                       {"live_fire", QT_TRANSLATE_NOOP("Labels", "Live fire & ammunition")},
                       {"vehicles_convoys", QT_TRANSLATE_NOOP("Labels", "Vehicles & convoys")},
                       {"heat_stress", QT_TRANSLATE_NOOP("Labels", "Heat stress")},
                       {"cold_stress", QT_TRANSLATE_NOOP("Labels", "Cold stress")},
                       {"working_at_height", QT_TRANSLATE_NOOP("Labels", "Working at height")},
                       {"environment", QT_TRANSLATE_NOOP("Labels", "Environment")},
                       {"other_physical", QT_TRANSLATE_NOOP("Labels", "Other (physical)")},
                       {"bullying", QT_TRANSLATE_NOOP("Labels", "Bullying / exclusion")},
                       {"intimidation", QT_TRANSLATE_NOOP("Labels", "Intimidation / aggression")},
                       {"discrimination", QT_TRANSLATE_NOOP("Labels", "Discrimination")},
                       {"sexual_harassment", QT_TRANSLATE_NOOP("Labels", "Sexual harassment")},
                       {"psychosocial_workload", QT_TRANSLATE_NOOP("Labels", "Psychosocial workload")},
                       {"retaliation", QT_TRANSLATE_NOOP("Labels", "Retaliation")},
                       {"other_social", QT_TRANSLATE_NOOP("Labels", "Other (social)")},
                       {"fraud", QT_TRANSLATE_NOOP("Labels", "Fraud")},
                       {"misuse", QT_TRANSLATE_NOOP("Labels", "Misuse of resources")},
                       {"abuse_of_power", QT_TRANSLATE_NOOP("Labels", "Abuse of power")},
                       {"other_integrity", QT_TRANSLATE_NOOP("Labels", "Other (integrity)")}},
                      name);
    case Vocabulary::State:
        return lookup({{"received", QT_TRANSLATE_NOOP("Labels", "Received")},
                       {"acknowledged", QT_TRANSLATE_NOOP("Labels", "Acknowledged")},
                       {"assigned", QT_TRANSLATE_NOOP("Labels", "Assigned")},
                       {"in_progress", QT_TRANSLATE_NOOP("Labels", "In progress")},
                       {"feedback_given", QT_TRANSLATE_NOOP("Labels", "Feedback given")},
                       {"closed", QT_TRANSLATE_NOOP("Labels", "Closed")}},
                      name);
    case Vocabulary::Step:
        return lookup({{"acknowledged", QT_TRANSLATE_NOOP("Labels", "Acknowledge")},
                       {"assigned", QT_TRANSLATE_NOOP("Labels", "Take the case")},
                       {"in_progress", QT_TRANSLATE_NOOP("Labels", "Start work")},
                       {"feedback_given", QT_TRANSLATE_NOOP("Labels", "Feedback given")},
                       {"closed", QT_TRANSLATE_NOOP("Labels", "Close")}},
                      name);
    case Vocabulary::Outcome:
        return lookup({{"none", QT_TRANSLATE_NOOP("Labels", "—")},
                       {"resolved", QT_TRANSLATE_NOOP("Labels", "Resolved")},
                       {"unfounded", QT_TRANSLATE_NOOP("Labels", "Unfounded")},
                       {"referred", QT_TRANSLATE_NOOP("Labels", "Referred")},
                       {"withdrawn", QT_TRANSLATE_NOOP("Labels", "Withdrawn")}},
                      name);
    case Vocabulary::Mode:
        return lookup({{"anonymous", QT_TRANSLATE_NOOP("Labels", "Anonymous")},
                       {"confidential", QT_TRANSLATE_NOOP("Labels", "Confidential")},
                       {"open", QT_TRANSLATE_NOOP("Labels", "Open")}},
                      name);
    case Vocabulary::Risk:
        return lookup({{"high", QT_TRANSLATE_NOOP("Labels", "High")},
                       {"serious", QT_TRANSLATE_NOOP("Labels", "Serious")},
                       {"medium", QT_TRANSLATE_NOOP("Labels", "Medium")},
                       {"low", QT_TRANSLATE_NOOP("Labels", "Low")},
                       {"unrated", QT_TRANSLATE_NOOP("Labels", "Unrated")},
                       {"limited", QT_TRANSLATE_NOOP("Labels", "Limited")},
                       {"substantial", QT_TRANSLATE_NOOP("Labels", "Substantial")},
                       {"severe", QT_TRANSLATE_NOOP("Labels", "Severe")}},
                      name);
    case Vocabulary::Clock:
        // Nouns, not the buttons' verbs: "Acknowledgement: overdue by 2 d".
        return lookup({{"acknowledge", QT_TRANSLATE_NOOP("Labels", "Acknowledgement")},
                       {"contact", QT_TRANSLATE_NOOP("Labels", "First contact")},
                       {"feedback", QT_TRANSLATE_NOOP("Labels", "Feedback")},
                       {"close", QT_TRANSLATE_NOOP("Labels", "Closing")}},
                      name);
    case Vocabulary::Domain:
        return lookup({{"physical", QT_TRANSLATE_NOOP("Labels", "Physical safety")},
                       {"social", QT_TRANSLATE_NOOP("Labels", "Social safety")},
                       {"integrity", QT_TRANSLATE_NOOP("Labels", "Integrity")}},
                      name);
    case Vocabulary::AuditAction:
        return lookup({{"case.created", QT_TRANSLATE_NOOP("Labels", "Received")},
                       {"case.transition", QT_TRANSLATE_NOOP("Labels", "State changed")},
                       {"case.assigned", QT_TRANSLATE_NOOP("Labels", "Assigned")},
                       {"case.reply", QT_TRANSLATE_NOOP("Labels", "Reply sent")},
                       {"case.note", QT_TRANSLATE_NOOP("Labels", "Note added")}},
                      name);
    case Vocabulary::Location:
        return lookup({{"barracks", QT_TRANSLATE_NOOP("Labels", "Barracks")},
                       {"range", QT_TRANSLATE_NOOP("Labels", "Range")},
                       {"vessel", QT_TRANSLATE_NOOP("Labels", "Vessel")},
                       {"airfield", QT_TRANSLATE_NOOP("Labels", "Airfield")},
                       {"road", QT_TRANSLATE_NOOP("Labels", "Road")},
                       {"deployed", QT_TRANSLATE_NOOP("Labels", "Deployed")},
                       {"other", QT_TRANSLATE_NOOP("Labels", "Other")}},
                      name);
    case Vocabulary::Period:
        return lookup({{"unknown", QT_TRANSLATE_NOOP("Labels", "—")},
                       {"day", QT_TRANSLATE_NOOP("Labels", "Day")},
                       {"night", QT_TRANSLATE_NOOP("Labels", "Night")},
                       {"dawn", QT_TRANSLATE_NOOP("Labels", "Dawn")},
                       {"dusk", QT_TRANSLATE_NOOP("Labels", "Dusk")}},
                      name);
    case Vocabulary::Injury:
        return lookup({{"first_aid", QT_TRANSLATE_NOOP("Labels", "first aid")},
                       {"medical_treatment", QT_TRANSLATE_NOOP("Labels", "medical treatment")},
                       {"lost_time", QT_TRANSLATE_NOOP("Labels", "lost time")},
                       {"permanent", QT_TRANSLATE_NOOP("Labels", "permanent injury")},
                       {"fatal", QT_TRANSLATE_NOOP("Labels", "fatal")}},
                      name);
    case Vocabulary::Damage:
        return lookup({{"minor", QT_TRANSLATE_NOOP("Labels", "minor")},
                       {"major", QT_TRANSLATE_NOOP("Labels", "major")},
                       {"total", QT_TRANSLATE_NOOP("Labels", "total loss")}},
                      name);
    }
    return name;
}

} // namespace vigil::advisor
