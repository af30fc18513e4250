// SPDX-License-Identifier: EUPL-1.2
#include "testdata.h"

#include "shared/hash.h"
#include "shared/sealfordirectory.h"

namespace vigil::test {

Bytes seed(std::string_view label)
{
    auto h = blake2b256(asBytes(std::string("vigil test seed: ") + std::string(label)));
    return Bytes(h.begin(), h.end());
}

SigningKeyPair rootKey() { return SigningKeyPair::fromSeed(seed("root")); }
BoxKeyPair routingKey() { return BoxKeyPair::fromSeed(seed("routing")); }
SigningKeyPair relayKey() { return SigningKeyPair::fromSeed(seed("relay")); }
BoxKeyPair memberBoxKey(int n) { return BoxKeyPair::fromSeed(seed("member box " + std::to_string(n))); }
SigningKeyPair memberSignKey(int n) { return SigningKeyPair::fromSeed(seed("member sign " + std::to_string(n))); }

Report nearMissReport()
{
    Report r;
    r.kind = Kind::NearMiss;
    r.category = Category::HazardousSubstanceTransport;
    r.headline = "Leaking jerrycan after load shifted";
    r.narrative = "At a stop we smelled fuel. One jerrycan was leaking; the load had shifted because straps "
                  "were missing.";
    r.when = When{"2025-03-12T14:20", "Europe/Amsterdam", TimePrecision::Exact, PeriodOfDay::Day, false};
    r.where = Where{LocationType::Road, "motorway lay-by during a transport run", ""};
    r.involved = {Involved{"driver", "", "", "", "", ""}, Involved{"co-driver", "", "", "", "", ""},
                  Involved{"", "4 t truck", "", "", "", ""},
                  Involved{"", "", "petrol", "UN1203", "3", "4 x 20 L"}};
    r.factors = {"no load check before departure", "straps missing"};
    r.immediateActions = {"stopped", "absorbent applied", "load re-secured", "leak contained"};
    r.couldHaveHappened = "Fire in the cargo area on the motorway.";
    r.risk = Risk{{Severity::IV, Likelihood::D}, {Severity::II, Likelihood::D}};
    r.mode = ReportingMode::Open;
    r.identity = "Sgt. A. Example, 42 bn transport platoon";
    r.routeHint = RouteHint::SafetyOfficer;
    return r;
}

Report socialReport()
{
    Report r;
    r.kind = Kind::SocialSafety;
    r.category = Category::Bullying;
    r.headline = "New platoon member mocked and excluded";
    r.narrative = "Since I joined, two colleagues make jokes about my background in group chats and leave me "
                  "out of the platoon's activities.";
    r.when = When{"2025-02", "Europe/Amsterdam", TimePrecision::Month, PeriodOfDay::Unknown, true};
    r.where = Where{LocationType::Barracks, "platoon of about 30", ""};
    r.involved = {Involved{"colleagues", "", "", "", "", ""}};
    r.impact = Impact{ImpactLevel::Substantial, true, false};
    r.support.wantsConfidentialAdvisor = true;
    r.support.commanderOnlyWithConsent = true;
    r.mode = ReportingMode::Confidential;
    r.identity = "reachable via this app only";
    r.routeHint = RouteHint::ConfidentialAdvisor;
    return r;
}

Directory sampleDirectory(std::uint64_t issued, std::uint32_t version)
{
    auto member = [](int n, std::string name) {
        return Member{"m" + std::to_string(n), std::move(name), memberBoxKey(n).publicKey, memberSignKey(n).publicKey};
    };
    Directory d;
    d.version = version;
    d.issued = issued;
    d.expires = issued + 30 * 24 * 3600;
    d.routingKey = routingKey().publicKey;
    d.relays = {RelayInfo{"relay-test", relayKey().publicKey}};
    d.units = {Unit{"defence", "Defence", ""}, Unit{"army", "Army", "defence"},
               Unit{"13-brigade", "13 Light Brigade", "army", "13 Lichte Brigade"}, Unit{"42-battalion", "42 Battalion", "13-brigade"}};
    d.groups = {
        Group{"so-13", GroupKind::SafetyOfficer, "13-brigade", "Veiligheidsfunctionarissen 13 Bde",
              "Safety officers 13 Bde", {member(1, "Safety officer Jansen"), member(2, "Safety officer De Vries")}},
        Group{"ca-pool", GroupKind::ConfidentialAdvisor, "", "Vertrouwenspersonen", "Confidential advisors",
              {member(3, "Advisor Bakker"), member(4, "Advisor Visser"), member(5, "Advisor Smit")}},
        Group{"integrity", GroupKind::IntegrityDesk, "", "Integriteitsmeldpunt", "Integrity desk",
              {member(6, "Investigator Mulder")}},
        Group{"inspectorate", GroupKind::Inspectorate, "", "Inspectie", "Inspectorate",
              {member(7, "Inspector De Boer")}},
        Group{"cmd-42", GroupKind::Commander, "42-battalion", "Commandant 42 Bat", "Commander 42 Bn",
              {member(8, "Lt-Col Meijer")}},
    };
    d.routes = {
        RouteRule{Domain::Physical, Severity::None, ImpactLevel::None, GroupKind::SafetyOfficer, false},
        RouteRule{Domain::Physical, Severity::II, ImpactLevel::None, GroupKind::Inspectorate, false},
        RouteRule{Domain::Social, Severity::None, ImpactLevel::None, GroupKind::ConfidentialAdvisor, false},
        RouteRule{Domain::Social, Severity::None, ImpactLevel::None, GroupKind::Commander, true},
        RouteRule{Domain::Social, Severity::None, ImpactLevel::Severe, GroupKind::Inspectorate, false},
        RouteRule{Domain::Integrity, Severity::None, ImpactLevel::None, GroupKind::IntegrityDesk, false},
    };
    return d;
}

Result<SealedReport> sealWithPhotos(Report report, std::span<const Bytes> attachments, const Directory& directory,
                                    const std::string& unit)
{
    for (std::size_t i = 0; i < attachments.size(); ++i)
        report.attachments.push_back({"photo-" + std::to_string(i + 1) + ".jpg", "image/jpeg", attachments[i].size()});
    return sealForDirectory(report, attachments, directory, SealAddress{unit, "nl", {}});
}

SupportContacts sampleSupportContacts(std::uint64_t serial, std::uint64_t issued)
{
    SupportContacts d;
    d.serial = serial;
    d.issued = issued;
    d.contacts = {
        {"ca-org", SupportKind::ConfidentialAdvisor, "", "Vertrouwenspersonen Defensie", "Defence confidential advisors",
         "Vertrouwelijk praten over ongewenst gedrag.", "Talk in confidence about unwanted behaviour.",
         "ma-vr 08:00-17:00", "Mon-Fri 08:00-17:00", "+31 30 123 45 67", "vp@example.org", ""},
        {"doctor-42", SupportKind::CompanyDoctor, "42-battalion", "Bedrijfsarts 42 Bat", "Company doctor 42 Bn",
         "Gezondheid en werk.", "Health and work.", "", "", "+31 30 765 43 21", "", ""},
        {"emergency", SupportKind::Emergency, "", "Alarmnummer", "Emergency number",
         "Bij direct gevaar: politie, brandweer, ambulance.", "In immediate danger: police, fire, ambulance.", "",
         "", "112", "", ""},
        {"ca-13", SupportKind::ConfidentialAdvisor, "13-brigade", "Vertrouwenspersoon 13 Lichte Brigade",
         "Confidential advisor 13 Light Brigade", "Vertrouwelijk praten, dichtbij.", "Talk in confidence, close by.",
         "dag en nacht", "day and night", "+31 6 1234 5678", "", ""},
        {"whistle", SupportKind::WhistleblowersAuthority, "", "Huis voor Klokkenluiders",
         "Dutch Whistleblowers Authority", "Advies en onderzoek buiten Defensie.",
         "Advice and investigation outside Defence.", "", "", "", "", "https://www.huisvoorklokkenluiders.nl"},
    };
    return d;
}

} // namespace vigil::test
