// SPDX-License-Identifier: EUPL-1.2
#pragma once

// The closed vocabularies of report model v1 (DESIGN.md §5) with their stable wire names.
// Adding an enumerator is a protocol change: bump the report version.

#include "enumtable.h"

namespace vigil {

enum class Kind { Accident, Incident, NearMiss, Hazard, SocialSafety, Integrity };
enum class Domain { Physical, Social, Integrity };

enum class Category {
    // physical safety
    HazardousSubstances,
    HazardousSubstanceTransport,
    Diving,
    Laser,
    LiveFire,
    Vehicles,
    HeatStress,
    ColdStress,
    WorkingAtHeight,
    Environment,
    OtherPhysical,
    // social safety
    Bullying,
    Intimidation,
    Discrimination,
    SexualHarassment,
    PsychosocialWorkload,
    Retaliation,
    OtherSocial,
    // integrity
    Fraud,
    Misuse,
    AbuseOfPower,
    OtherIntegrity,
};

enum class TimePrecision { Exact, Day, Month };
enum class PeriodOfDay { Unknown, Day, Night, Dawn, Dusk };
enum class LocationType { Barracks, Range, Vessel, Airfield, Road, Deployed, Other };
enum class Severity { None, I, II, III, IV };         ///< MIL-STD-882E: I catastrophic … IV negligible
enum class Likelihood { None, A, B, C, D, E };        ///< A frequent … E improbable
enum class ImpactLevel { None, Limited, Substantial, Severe };
enum class InjuryLevel { None, FirstAid, MedicalTreatment, LostTime, Permanent, Fatal };
enum class DamageLevel { None, Minor, Major, Total };
enum class ReportingMode { Anonymous, Confidential, Open };
/// Recipient group kinds the routing rules know (DESIGN.md §6).
enum class RouteHint { Auto, SafetyOfficer, ConfidentialAdvisor, IntegrityDesk, Inspectorate };

/// The domain a category belongs to.
Domain domainOf(Category category);
/// The domain a kind of report belongs to.
Domain domainOf(Kind kind);

template <> struct EnumTable<Kind> {
    static constexpr std::array<EnumName<Kind>, 6> names{{
        {Kind::Accident, "accident"}, {Kind::Incident, "incident"}, {Kind::NearMiss, "near_miss"},
        {Kind::Hazard, "hazard_observation"}, {Kind::SocialSafety, "social_safety"},
        {Kind::Integrity, "integrity_concern"},
    }};
};
template <> struct EnumTable<Domain> {
    static constexpr std::array<EnumName<Domain>, 3> names{{
        {Domain::Physical, "physical"}, {Domain::Social, "social"}, {Domain::Integrity, "integrity"},
    }};
};
template <> struct EnumTable<Category> {
    static constexpr std::array<EnumName<Category>, 22> names{{
        {Category::HazardousSubstances, "hazardous_substances"},
        {Category::HazardousSubstanceTransport, "hazardous_substance_transport"},
        {Category::Diving, "diving"},
        {Category::Laser, "laser_optical_radiation"},
        {Category::LiveFire, "live_fire"},
        {Category::Vehicles, "vehicles_convoys"},
        {Category::HeatStress, "heat_stress"},
        {Category::ColdStress, "cold_stress"},
        {Category::WorkingAtHeight, "working_at_height"},
        {Category::Environment, "environment"},
        {Category::OtherPhysical, "other_physical"},
        {Category::Bullying, "bullying"},
        {Category::Intimidation, "intimidation"},
        {Category::Discrimination, "discrimination"},
        {Category::SexualHarassment, "sexual_harassment"},
        {Category::PsychosocialWorkload, "psychosocial_workload"},
        {Category::Retaliation, "retaliation"},
        {Category::OtherSocial, "other_social"},
        {Category::Fraud, "fraud"},
        {Category::Misuse, "misuse"},
        {Category::AbuseOfPower, "abuse_of_power"},
        {Category::OtherIntegrity, "other_integrity"},
    }};
};
template <> struct EnumTable<TimePrecision> {
    static constexpr std::array<EnumName<TimePrecision>, 3> names{{
        {TimePrecision::Exact, "exact"}, {TimePrecision::Day, "day"}, {TimePrecision::Month, "month"},
    }};
};
template <> struct EnumTable<PeriodOfDay> {
    static constexpr std::array<EnumName<PeriodOfDay>, 5> names{{
        {PeriodOfDay::Unknown, "unknown"}, {PeriodOfDay::Day, "day"}, {PeriodOfDay::Night, "night"},
        {PeriodOfDay::Dawn, "dawn"}, {PeriodOfDay::Dusk, "dusk"},
    }};
};
template <> struct EnumTable<LocationType> {
    static constexpr std::array<EnumName<LocationType>, 7> names{{
        {LocationType::Barracks, "barracks"}, {LocationType::Range, "range"}, {LocationType::Vessel, "vessel"},
        {LocationType::Airfield, "airfield"}, {LocationType::Road, "road"}, {LocationType::Deployed, "deployed"},
        {LocationType::Other, "other"},
    }};
};
template <> struct EnumTable<Severity> {
    static constexpr std::array<EnumName<Severity>, 5> names{{
        {Severity::None, "none"}, {Severity::I, "I"}, {Severity::II, "II"}, {Severity::III, "III"},
        {Severity::IV, "IV"},
    }};
};
template <> struct EnumTable<Likelihood> {
    static constexpr std::array<EnumName<Likelihood>, 6> names{{
        {Likelihood::None, "none"}, {Likelihood::A, "A"}, {Likelihood::B, "B"}, {Likelihood::C, "C"},
        {Likelihood::D, "D"}, {Likelihood::E, "E"},
    }};
};
template <> struct EnumTable<ImpactLevel> {
    static constexpr std::array<EnumName<ImpactLevel>, 4> names{{
        {ImpactLevel::None, "none"}, {ImpactLevel::Limited, "limited"}, {ImpactLevel::Substantial, "substantial"},
        {ImpactLevel::Severe, "severe"},
    }};
};
template <> struct EnumTable<InjuryLevel> {
    static constexpr std::array<EnumName<InjuryLevel>, 6> names{{
        {InjuryLevel::None, "none"}, {InjuryLevel::FirstAid, "first_aid"},
        {InjuryLevel::MedicalTreatment, "medical_treatment"}, {InjuryLevel::LostTime, "lost_time"},
        {InjuryLevel::Permanent, "permanent"}, {InjuryLevel::Fatal, "fatal"},
    }};
};
template <> struct EnumTable<DamageLevel> {
    static constexpr std::array<EnumName<DamageLevel>, 4> names{{
        {DamageLevel::None, "none"}, {DamageLevel::Minor, "minor"}, {DamageLevel::Major, "major"},
        {DamageLevel::Total, "total"},
    }};
};
template <> struct EnumTable<ReportingMode> {
    static constexpr std::array<EnumName<ReportingMode>, 3> names{{
        {ReportingMode::Anonymous, "anonymous"}, {ReportingMode::Confidential, "confidential"},
        {ReportingMode::Open, "open"},
    }};
};
template <> struct EnumTable<RouteHint> {
    static constexpr std::array<EnumName<RouteHint>, 5> names{{
        {RouteHint::Auto, "auto"}, {RouteHint::SafetyOfficer, "safety_officer"},
        {RouteHint::ConfidentialAdvisor, "confidential_advisor"}, {RouteHint::IntegrityDesk, "integrity_desk"},
        {RouteHint::Inspectorate, "inspectorate"},
    }};
};

} // namespace vigil
