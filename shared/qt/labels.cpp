// SPDX-License-Identifier: EUPL-1.2
#include "labels.h"

#include <QCoreApplication>

#include <span>
#include <utility>

namespace vigil::appcore {

namespace {

using Entry = std::pair<const char*, const char*>;

constexpr Entry kKind[] = {
    {"accident", QT_TRANSLATE_NOOP("WireLabels", "Accident")},
    {"incident", QT_TRANSLATE_NOOP("WireLabels", "Incident")},
    {"near_miss", QT_TRANSLATE_NOOP("WireLabels", "Near miss")},
    {"hazard_observation", QT_TRANSLATE_NOOP("WireLabels", "Hazard")},
    {"social_safety", QT_TRANSLATE_NOOP("WireLabels", "Social safety")},
    {"integrity_concern", QT_TRANSLATE_NOOP("WireLabels", "Integrity")},
};
constexpr Entry kCategory[] = {
    {"hazardous_substances", QT_TRANSLATE_NOOP("WireLabels", "Hazardous substances")},
    {"hazardous_substance_transport", QT_TRANSLATE_NOOP("WireLabels", "Transport of hazardous substances")},
    {"diving", QT_TRANSLATE_NOOP("WireLabels", "Diving")},
    {"laser_optical_radiation", QT_TRANSLATE_NOOP("WireLabels", "Laser and optical radiation")},
    {"live_fire", QT_TRANSLATE_NOOP("WireLabels", "Live fire and ammunition")},
    {"vehicles_convoys", QT_TRANSLATE_NOOP("WireLabels", "Vehicles and convoys")},
    {"heat_stress", QT_TRANSLATE_NOOP("WireLabels", "Heat stress")},
    {"cold_stress", QT_TRANSLATE_NOOP("WireLabels", "Cold stress")},
    {"working_at_height", QT_TRANSLATE_NOOP("WireLabels", "Working at height")},
    {"environment", QT_TRANSLATE_NOOP("WireLabels", "Environment")},
    {"other_physical", QT_TRANSLATE_NOOP("WireLabels", "Other (physical safety)")},
    {"bullying", QT_TRANSLATE_NOOP("WireLabels", "Bullying or exclusion")},
    {"intimidation", QT_TRANSLATE_NOOP("WireLabels", "Intimidation or aggression")},
    {"discrimination", QT_TRANSLATE_NOOP("WireLabels", "Discrimination")},
    {"sexual_harassment", QT_TRANSLATE_NOOP("WireLabels", "Sexual harassment or transgressive behaviour")},
    {"psychosocial_workload", QT_TRANSLATE_NOOP("WireLabels", "Psychosocial workload")},
    {"retaliation", QT_TRANSLATE_NOOP("WireLabels", "Retaliation for reporting")},
    {"other_social", QT_TRANSLATE_NOOP("WireLabels", "Other (social safety)")},
    {"fraud", QT_TRANSLATE_NOOP("WireLabels", "Fraud")},
    {"misuse", QT_TRANSLATE_NOOP("WireLabels", "Misuse of resources")},
    {"abuse_of_power", QT_TRANSLATE_NOOP("WireLabels", "Abuse of power")},
    {"other_integrity", QT_TRANSLATE_NOOP("WireLabels", "Other (integrity)")},
};
constexpr Entry kState[] = {
    {"received", QT_TRANSLATE_NOOP("WireLabels", "Received")},
    {"acknowledged", QT_TRANSLATE_NOOP("WireLabels", "Acknowledged")},
    {"assigned", QT_TRANSLATE_NOOP("WireLabels", "Assigned")},
    {"in_progress", QT_TRANSLATE_NOOP("WireLabels", "In progress")},
    {"feedback_given", QT_TRANSLATE_NOOP("WireLabels", "Feedback given")},
    {"closed", QT_TRANSLATE_NOOP("WireLabels", "Closed")},
};
constexpr Entry kStep[] = {
    {"acknowledged", QT_TRANSLATE_NOOP("WireLabels", "Acknowledge")},
    {"assigned", QT_TRANSLATE_NOOP("WireLabels", "Take the case")},
    {"in_progress", QT_TRANSLATE_NOOP("WireLabels", "Start work")},
    {"feedback_given", QT_TRANSLATE_NOOP("WireLabels", "Feedback given")},
    {"closed", QT_TRANSLATE_NOOP("WireLabels", "Close")},
};
constexpr Entry kOutcome[] = {
    {"none", QT_TRANSLATE_NOOP("WireLabels", "—")},
    {"resolved", QT_TRANSLATE_NOOP("WireLabels", "Resolved")},
    {"unfounded", QT_TRANSLATE_NOOP("WireLabels", "Unfounded")},
    {"referred", QT_TRANSLATE_NOOP("WireLabels", "Referred")},
    {"withdrawn", QT_TRANSLATE_NOOP("WireLabels", "Withdrawn")},
};
constexpr Entry kMode[] = {
    {"anonymous", QT_TRANSLATE_NOOP("WireLabels", "Anonymous")},
    {"confidential", QT_TRANSLATE_NOOP("WireLabels", "Confidential")},
    {"open", QT_TRANSLATE_NOOP("WireLabels", "Open")},
};
constexpr Entry kRisk[] = {
    {"high", QT_TRANSLATE_NOOP("WireLabels", "High")},
    {"serious", QT_TRANSLATE_NOOP("WireLabels", "Serious")},
    {"medium", QT_TRANSLATE_NOOP("WireLabels", "Medium")},
    {"low", QT_TRANSLATE_NOOP("WireLabels", "Low")},
    {"unrated", QT_TRANSLATE_NOOP("WireLabels", "Unrated")},
    {"limited", QT_TRANSLATE_NOOP("WireLabels", "Limited")},
    {"substantial", QT_TRANSLATE_NOOP("WireLabels", "Substantial")},
    {"severe", QT_TRANSLATE_NOOP("WireLabels", "Severe")},
};
constexpr Entry kClock[] = {
    {"acknowledge", QT_TRANSLATE_NOOP("WireLabels", "Acknowledgement")},
    {"contact", QT_TRANSLATE_NOOP("WireLabels", "First contact")},
    {"retaliation", QT_TRANSLATE_NOOP("WireLabels", "Answer to retaliation")},
    {"feedback", QT_TRANSLATE_NOOP("WireLabels", "Feedback")},
    {"close", QT_TRANSLATE_NOOP("WireLabels", "Closing")},
};
constexpr Entry kDomain[] = {
    {"physical", QT_TRANSLATE_NOOP("WireLabels", "Physical safety")},
    {"social", QT_TRANSLATE_NOOP("WireLabels", "Social safety")},
    {"integrity", QT_TRANSLATE_NOOP("WireLabels", "Integrity")},
};
constexpr Entry kAuditAction[] = {
    {"case.created", QT_TRANSLATE_NOOP("WireLabels", "Received")},
    {"case.transition", QT_TRANSLATE_NOOP("WireLabels", "State changed")},
    {"case.assigned", QT_TRANSLATE_NOOP("WireLabels", "Assigned")},
    {"case.reply", QT_TRANSLATE_NOOP("WireLabels", "Reply sent")},
    {"case.note", QT_TRANSLATE_NOOP("WireLabels", "Note added")},
};
constexpr Entry kLocation[] = {
    {"barracks", QT_TRANSLATE_NOOP("WireLabels", "Barracks")},
    {"range", QT_TRANSLATE_NOOP("WireLabels", "Range")},
    {"vessel", QT_TRANSLATE_NOOP("WireLabels", "Vessel")},
    {"airfield", QT_TRANSLATE_NOOP("WireLabels", "Airfield")},
    {"road", QT_TRANSLATE_NOOP("WireLabels", "Road")},
    {"deployed", QT_TRANSLATE_NOOP("WireLabels", "Deployed")},
    {"other", QT_TRANSLATE_NOOP("WireLabels", "Elsewhere")},
};
constexpr Entry kPeriod[] = {
    {"unknown", QT_TRANSLATE_NOOP("WireLabels", "—")},
    {"day", QT_TRANSLATE_NOOP("WireLabels", "Day")},
    {"night", QT_TRANSLATE_NOOP("WireLabels", "Night")},
    {"dawn", QT_TRANSLATE_NOOP("WireLabels", "Dawn")},
    {"dusk", QT_TRANSLATE_NOOP("WireLabels", "Dusk")},
};
constexpr Entry kInjury[] = {
    {"first_aid", QT_TRANSLATE_NOOP("WireLabels", "first aid")},
    {"medical_treatment", QT_TRANSLATE_NOOP("WireLabels", "medical treatment")},
    {"lost_time", QT_TRANSLATE_NOOP("WireLabels", "lost time")},
    {"permanent", QT_TRANSLATE_NOOP("WireLabels", "permanent injury")},
    {"fatal", QT_TRANSLATE_NOOP("WireLabels", "fatal")},
};
constexpr Entry kDamage[] = {
    {"minor", QT_TRANSLATE_NOOP("WireLabels", "minor")},
    {"major", QT_TRANSLATE_NOOP("WireLabels", "major")},
    {"total", QT_TRANSLATE_NOOP("WireLabels", "total loss")},
};

std::span<const Entry> entries(Vocabulary vocabulary)
{
    switch (vocabulary) {
    case Vocabulary::Kind: return kKind;
    case Vocabulary::Category: return kCategory;
    case Vocabulary::State: return kState;
    case Vocabulary::Step: return kStep;
    case Vocabulary::Outcome: return kOutcome;
    case Vocabulary::Mode: return kMode;
    case Vocabulary::Risk: return kRisk;
    case Vocabulary::Clock: return kClock;
    case Vocabulary::Domain: return kDomain;
    case Vocabulary::AuditAction: return kAuditAction;
    case Vocabulary::Location: return kLocation;
    case Vocabulary::Period: return kPeriod;
    case Vocabulary::Injury: return kInjury;
    case Vocabulary::Damage: return kDamage;
    }
    return {};
}

} // namespace

QString label(Vocabulary vocabulary, const QString& name)
{
    for (const auto& [wire, text] : entries(vocabulary))
        if (name == QLatin1String(wire))
            return QCoreApplication::translate("WireLabels", text);
    QString fallback = name;
    fallback.replace(QLatin1Char('_'), QLatin1Char(' '));
    return fallback;
}

QString label(const QString& vocabulary, const QString& name)
{
    static const std::pair<const char*, Vocabulary> kByName[] = {
        {"kind", Vocabulary::Kind},
        {"category", Vocabulary::Category},
        {"state", Vocabulary::State},
        {"step", Vocabulary::Step},
        {"outcome", Vocabulary::Outcome},
        {"mode", Vocabulary::Mode},
        {"risk", Vocabulary::Risk},
        {"clock", Vocabulary::Clock},
        {"domain", Vocabulary::Domain},
        {"audit_action", Vocabulary::AuditAction},
        {"location", Vocabulary::Location},
        {"period", Vocabulary::Period},
        {"injury", Vocabulary::Injury},
        {"damage", Vocabulary::Damage},
    };
    for (const auto& [key, vocab] : kByName)
        if (vocabulary == QLatin1String(key))
            return label(vocab, name);
    return name;
}

QStringList names(Vocabulary vocabulary)
{
    QStringList out;
    for (const auto& entry : entries(vocabulary))
        out << QString::fromLatin1(entry.first);
    return out;
}

} // namespace vigil::appcore
