// SPDX-License-Identifier: EUPL-1.2
#include "shared/routing.h"

#include "tests/support/testdata.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <map>
#include <random>
#include <tuple>

using namespace vigil;

namespace {

std::vector<std::string> groupIds(const std::vector<const Group*>& groups)
{
    std::vector<std::string> out;
    for (const Group* g : groups)
        out.push_back(g->id);
    return out;
}

std::vector<std::string> route(const RouteQuery& q)
{
    static const Directory directory = test::sampleDirectory();
    return groupIds(resolveGroups(directory, q));
}

RouteQuery physical(Severity severity, std::string unit = "42-battalion")
{
    RouteQuery q;
    q.domain = Domain::Physical;
    q.severity = severity;
    q.unit = std::move(unit);
    return q;
}

RouteQuery social(ImpactLevel impact = ImpactLevel::Substantial, bool immediateDanger = false,
                  bool consentCommander = false)
{
    RouteQuery q;
    q.domain = Domain::Social;
    q.impact = impact;
    q.immediateDanger = immediateDanger;
    q.consentCommander = consentCommander;
    q.unit = "42-battalion";
    return q;
}

using Ids = std::vector<std::string>;

std::vector<std::string> memberIds(const std::vector<Recipient>& recipients)
{
    std::vector<std::string> out;
    for (const auto& r : recipients)
        out.push_back(r.memberId);
    return out;
}

} // namespace

TEST_CASE("physical safety goes to the nearest safety officers, severe cases also to the inspectorate",
          "[routing][physical]")
{
    // 42-battalion has no safety officers; 13-brigade, one step up, has.
    CHECK(route(physical(Severity::I)) == Ids{"so-13", "inspectorate"});
    CHECK(route(physical(Severity::II)) == Ids{"so-13", "inspectorate"});
    CHECK(route(physical(Severity::III)) == Ids{"so-13"});
    CHECK(route(physical(Severity::IV)) == Ids{"so-13"});
    CHECK(route(physical(Severity::None)) == Ids{"so-13"});
    CHECK(route(physical(Severity::III, "13-brigade")) == Ids{"so-13"});
    // Above the brigade there is no safety-officer group at all, nor an organisation-wide one:
    // the fallback, the organisation's confidential advisors, reads it.
    CHECK(route(physical(Severity::III, "army")) == Ids{"ca-pool"});
    CHECK(route(physical(Severity::I, "army")) == Ids{"inspectorate"});
    // An unknown unit falls back to organisation-wide groups only.
    CHECK(route(physical(Severity::II, "99-unknown")) == Ids{"inspectorate"});
    // Social-safety inputs do not affect a physical report.
    RouteQuery q = physical(Severity::III);
    q.impact = ImpactLevel::Severe;
    q.immediateDanger = true;
    q.consentCommander = true;
    CHECK(route(q) == Ids{"so-13"});
}

TEST_CASE("the routing header of the example near miss routes by its worst credible severity", "[routing][physical]")
{
    const Report report = test::nearMissReport(); // actual IV, worst II
    RoutingContext ctx;
    ctx.unit = "42-battalion";
    const RouteQuery q = routeQueryFor(routingHeaderFor(report, ctx));
    CHECK(q.domain == Domain::Physical);
    CHECK(q.severity == Severity::II);
    CHECK(q.unit == "42-battalion");
    CHECK(route(q) == Ids{"so-13", "inspectorate"});

    Report milder = report;
    milder.risk.worst = RiskCell{Severity::III, Likelihood::D};
    CHECK(route(routeQueryFor(routingHeaderFor(milder, ctx))) == Ids{"so-13"});
}

TEST_CASE("a rule with a threshold never applies to a report that gives no severity or impact",
          "[routing][thresholds]")
{
    const RouteRule severe{Domain::Physical, Severity::II, ImpactLevel::None, GroupKind::Inspectorate, false};
    CHECK_FALSE(ruleApplies(severe, physical(Severity::None)));
    CHECK_FALSE(ruleApplies(severe, physical(Severity::III)));
    CHECK(ruleApplies(severe, physical(Severity::II)));
    CHECK(ruleApplies(severe, physical(Severity::I)));

    const RouteRule impact{Domain::Social, Severity::None, ImpactLevel::Substantial, GroupKind::Inspectorate, false};
    CHECK_FALSE(ruleApplies(impact, social(ImpactLevel::None)));
    CHECK_FALSE(ruleApplies(impact, social(ImpactLevel::Limited)));
    CHECK(ruleApplies(impact, social(ImpactLevel::Substantial)));
    // Immediate danger meets any impact threshold, with or without a level.
    CHECK(ruleApplies(impact, social(ImpactLevel::None, true)));

    // A rule without thresholds applies to every report of its domain, and only of its domain.
    const RouteRule any{Domain::Physical, Severity::None, ImpactLevel::None, GroupKind::SafetyOfficer, false};
    CHECK(ruleApplies(any, physical(Severity::None)));
    CHECK_FALSE(ruleApplies(any, social(ImpactLevel::Severe)));
}

TEST_CASE("a routing header with a likelihood but no severity is refused, as the encoder never writes one",
          "[routing][header]")
{
    RoutingContext ctx;
    ctx.groups = {"so-13"};
    ctx.unit = "42-battalion";
    RoutingHeader h = routingHeaderFor(test::nearMissReport(), ctx);
    h.recipients = {"m1"};
    REQUIRE(decodeRoutingHeader(encodeRoutingHeader(h)).ok());
    std::string text = encodeRoutingHeader(h);
    const auto at = text.find("\"severity\":\"II\",");
    REQUIRE(at != std::string::npos);
    text.erase(at, std::string("\"severity\":\"II\",").size());
    auto refused = decodeRoutingHeader(text);
    REQUIRE_FALSE(refused.ok());
    CHECK_THAT(refused.error().message, Catch::Contains("header.likelihood: is given without a severity"));
}

TEST_CASE("social safety goes to the confidential advisors, the commander only with consent",
          "[routing][social][consent]")
{
    CHECK(route(social(ImpactLevel::Limited)) == Ids{"ca-pool"});
    CHECK(route(social(ImpactLevel::Substantial)) == Ids{"ca-pool"});
    CHECK(route(social(ImpactLevel::None)) == Ids{"ca-pool"});
    CHECK(route(social(ImpactLevel::Substantial, false, true)) == Ids{"ca-pool", "cmd-42"});
    // The commander rule looks for the commander of the report's own unit.
    RouteQuery elsewhere = social(ImpactLevel::Limited, false, true);
    elsewhere.unit = "13-brigade";
    CHECK(route(elsewhere) == Ids{"ca-pool"});
    // Severity is a physical-safety notion and does not pull in the inspectorate.
    RouteQuery withSeverity = social(ImpactLevel::Limited);
    withSeverity.severity = Severity::I;
    CHECK(route(withSeverity) == Ids{"ca-pool"});

    // The example report: no consent, substantial impact.
    RoutingContext ctx;
    ctx.unit = "42-battalion";
    Report report = test::socialReport();
    CHECK(route(routeQueryFor(routingHeaderFor(report, ctx))) == Ids{"ca-pool"});
    report.support.consentCommander = true;
    CHECK(route(routeQueryFor(routingHeaderFor(report, ctx))) == Ids{"ca-pool", "cmd-42"});
}

TEST_CASE("severe social-safety cases and immediate danger also reach the inspectorate", "[routing][social]")
{
    CHECK(route(social(ImpactLevel::Severe)) == Ids{"ca-pool", "inspectorate"});
    CHECK(route(social(ImpactLevel::Limited, true)) == Ids{"ca-pool", "inspectorate"});
    CHECK(route(social(ImpactLevel::None, true)) == Ids{"ca-pool", "inspectorate"});
    CHECK(route(social(ImpactLevel::Severe, true, true)) == Ids{"ca-pool", "cmd-42", "inspectorate"});
}

TEST_CASE("integrity concerns go to the integrity desk only", "[routing][integrity]")
{
    RouteQuery q;
    q.domain = Domain::Integrity;
    q.unit = "42-battalion";
    CHECK(route(q) == Ids{"integrity"});
    q.severity = Severity::I;
    q.impact = ImpactLevel::Severe;
    q.immediateDanger = true;
    q.consentCommander = true;
    CHECK(route(q) == Ids{"integrity"});
}

TEST_CASE("resolveGroups lists each group once in rule order", "[routing]")
{
    Directory d = test::sampleDirectory();
    // A second rule reaching the same group must not list it twice.
    d.routes.push_back(RouteRule{Domain::Physical, Severity::I, ImpactLevel::None, GroupKind::SafetyOfficer, false});
    CHECK(groupIds(resolveGroups(d, physical(Severity::I))) == Ids{"so-13", "inspectorate"});
    // A nearer group wins over one further up.
    d.groups.push_back(Group{"so-42", GroupKind::SafetyOfficer, "42-battalion", "VF 42", "SO 42", {d.groups[0].members[0]}});
    CHECK(groupIds(resolveGroups(d, physical(Severity::III))) == Ids{"so-42"});
    CHECK(groupIds(resolveGroups(d, physical(Severity::III, "13-brigade"))) == Ids{"so-13"});
}

TEST_CASE("a unit tree with a cycle does not hang route resolution", "[routing][robustness]")
{
    Directory d = test::sampleDirectory();
    d.units[0].parent = "42-battalion"; // a cycle the decoder would refuse; resolve must still end
    d.groups[0].unit = "nowhere";
    // No safety officer is found on the way up; the walk ends and the fallback takes the report.
    CHECK(groupIds(resolveGroups(d, physical(Severity::III))) == Ids{"ca-pool"});
}

TEST_CASE("recipientsFor lists every member once, minus exclusions", "[routing][recipients][conflict-of-interest]")
{
    const Directory d = test::sampleDirectory();
    const Group* so = d.group("so-13");
    const Group* inspectorate = d.group("inspectorate");
    const Group* ca = d.group("ca-pool");
    REQUIRE(so != nullptr);
    REQUIRE(inspectorate != nullptr);
    REQUIRE(ca != nullptr);

    const std::vector<const Group*> groups{so, inspectorate};
    auto all = recipientsFor(groups, {});
    REQUIRE(all.ok());
    CHECK(memberIds(*all) == Ids{"m1", "m2", "m7"});
    CHECK((*all)[0].boxKey == test::memberBoxKey(1).publicKey);
    CHECK((*all)[2].boxKey == test::memberBoxKey(7).publicKey);

    const std::vector<std::string> excluded{"m2"};
    auto some = recipientsFor(groups, excluded);
    REQUIRE(some.ok());
    CHECK(memberIds(*some) == Ids{"m1", "m7"});

    // An exclusion of someone not in the groups changes nothing.
    const std::vector<std::string> stranger{"m5", "nobody"};
    CHECK(memberIds(*recipientsFor(groups, stranger)) == Ids{"m1", "m2", "m7"});

    SECTION("a member of two groups gets one wrap")
    {
        Group both = *inspectorate;
        both.members.push_back(so->members[1]);
        const std::vector<const Group*> overlapping{so, &both, so};
        auto r = recipientsFor(overlapping, {});
        REQUIRE(r.ok());
        CHECK(memberIds(*r) == Ids{"m1", "m2", "m7"});
    }
    SECTION("excluding everyone fails instead of sealing for nobody")
    {
        const std::vector<const Group*> one{inspectorate};
        const std::vector<std::string> everyone{"m7"};
        auto r = recipientsFor(one, everyone);
        REQUIRE_FALSE(r.ok());
        CHECK_THAT(r.error().message, Catch::Contains("no recipient is left"));

        const std::vector<std::string> allOfThem{"m1", "m2", "m7"};
        CHECK_FALSE(recipientsFor(groups, allOfThem).ok());
    }
    SECTION("no groups at all fails")
    {
        CHECK_FALSE(recipientsFor({}, {}).ok());
        Group empty = *ca;
        empty.members.clear();
        const std::vector<const Group*> onlyEmpty{&empty};
        CHECK_FALSE(recipientsFor(onlyEmpty, {}).ok());
    }
}

TEST_CASE("a report without a unit is routed from the top unit, not to nobody", "[routing][fallback]")
{
    Directory d = test::sampleDirectory();
    // "I'd rather not say": no safety officer serves the top, so the fallback reads it.
    CHECK(groupIds(resolveGroups(d, physical(Severity::III, ""))) == Ids{"ca-pool"});
    d.groups.push_back(Group{"so-defence", GroupKind::SafetyOfficer, "defence", "VF", "SO", {d.groups[0].members[0]}});
    CHECK(groupIds(resolveGroups(d, physical(Severity::III, ""))) == Ids{"so-defence"});
    CHECK(groupIds(resolveGroups(d, physical(Severity::I, ""))) == Ids{"so-defence", "inspectorate"});
}

TEST_CASE("a group without members is passed over for the nearest one above that has readers", "[routing][fallback]")
{
    Directory d = test::sampleDirectory();
    d.groups.push_back(Group{"so-42", GroupKind::SafetyOfficer, "42-battalion", "VF 42", "SO 42", {}});
    CHECK(groupIds(resolveGroups(d, physical(Severity::III))) == Ids{"so-13"});
    // The commander of 42 has left: with consent the report still reaches the advisors only.
    d.groups[4].members.clear();
    CHECK(route(social(ImpactLevel::Substantial, false, true)) == Ids{"ca-pool", "cmd-42"});
    CHECK(groupIds(resolveGroups(d, social(ImpactLevel::Substantial, false, true))) == Ids{"ca-pool"});
}

TEST_CASE("a report no rule gives a reader goes to the fallback, never to a commander", "[routing][fallback]")
{
    Directory d = test::sampleDirectory();
    d.groups[0].members.clear(); // no safety officer anywhere
    CHECK(groupIds(resolveGroups(d, physical(Severity::III))) == Ids{"ca-pool"});
    d.groups[1].members.clear(); // no confidential advisor either
    CHECK(groupIds(resolveGroups(d, physical(Severity::III))) == Ids{"integrity"});
    d.groups[2].members.clear();
    d.groups[3].members.clear();
    // Only the commander is left: nobody else may read it, so nobody does.
    CHECK(resolveGroups(d, physical(Severity::III)).empty());
    CHECK_FALSE(unroutableReports(d).empty());
    CHECK(unroutableReports(test::sampleDirectory()).empty());
}

namespace {

/// A random organisation: a unit tree under one top unit, groups of every kind at random units
/// or organisation-wide, some of them empty, and the default routes or a random subset.
Directory generatedDirectory(std::mt19937& rng)
{
    auto pick = [&](int n) { return static_cast<int>(std::uniform_int_distribution<int>(0, n - 1)(rng)); };
    const Directory sample = test::sampleDirectory();
    std::vector<Member> people;
    for (const auto& g : sample.groups)
        for (const auto& m : g.members)
            people.push_back(m);
    Directory d;
    d.version = 1;
    d.units.push_back(Unit{"top", "Top", ""});
    const int units = 1 + pick(7);
    for (int i = 1; i < units; ++i)
        d.units.push_back(Unit{"u" + std::to_string(i), "Unit", d.units[static_cast<std::size_t>(pick(i))].id});
    const int groups = pick(8);
    for (int i = 0; i < groups; ++i) {
        Group g;
        g.id = "g" + std::to_string(i);
        g.kind = static_cast<GroupKind>(pick(5));
        g.unit = pick(3) == 0 ? std::string() : d.units[static_cast<std::size_t>(pick(units))].id;
        const int members = pick(3);
        for (int m = 0; m < members; ++m)
            g.members.push_back(people[static_cast<std::size_t>(pick(static_cast<int>(people.size())))]);
        d.groups.push_back(std::move(g));
    }
    for (const auto& rule : sample.routes)
        if (pick(4) != 0)
            d.routes.push_back(rule);
    return d;
}

/// Whether the field app's path (report -> routing header -> query -> groups -> recipients)
/// finds someone for every report it lets a person write in `d`. Every combination goes
/// through the app's own functions; the groups of a query already seen are reused (the
/// category never changes the query), which keeps the test quick under the sanitizers.
bool everyReportHasAReader(const Directory& d, std::string& firstFailure)
{
    std::vector<std::string> unitChoices{""};
    for (const auto& u : d.units)
        unitChoices.push_back(u.id);
    std::map<std::tuple<Domain, Severity, ImpactLevel, bool, bool, std::string>, bool> seen;
    Report r = test::nearMissReport();
    RoutingContext ctx;
    for (const auto& [kind, kindName] : EnumTable<Kind>::names)
        for (const auto& [category, categoryName] : EnumTable<Category>::names)
            for (const auto& unit : unitChoices)
                for (Severity severity : {Severity::None, Severity::I, Severity::II, Severity::III, Severity::IV})
                    for (ImpactLevel impact : {ImpactLevel::None, ImpactLevel::Severe})
                        for (bool consent : {false, true}) {
                            r.kind = kind;
                            r.category = category;
                            r.risk = Risk{{severity, severity == Severity::None ? Likelihood::None : Likelihood::C}, {}};
                            r.impact.level = impact;
                            r.support.consentCommander = consent;
                            ctx.unit = unit;
                            const RouteQuery q = routeQueryFor(routingHeaderFor(r, ctx));
                            const auto key = std::tuple(q.domain, q.severity, q.impact, q.immediateDanger,
                                                        q.consentCommander, q.unit);
                            auto found = seen.find(key);
                            if (found == seen.end())
                                found = seen.emplace(key, recipientsFor(resolveGroups(d, q), {}).ok()).first;
                            if (!found->second) {
                                firstFailure = std::string(kindName) + "/" + std::string(categoryName) + " from '"
                                               + unit + "'";
                                return false;
                            }
                        }
    return true;
}

} // namespace

TEST_CASE("property: in every organisation publish accepts, every report the app can write has a reader",
          "[routing][fallback][property]")
{
    std::mt19937 rng(20261205);
    int accepted = 0;
    int refused = 0;
    for (int round = 0; round < 50; ++round) {
        const Directory d = generatedDirectory(rng);
        std::string failure;
        const bool everyone = everyReportHasAReader(d, failure);
        INFO("round " << round << ", first report without a reader: " << failure);
        // unroutableReports is exactly what publish checks: empty iff the app finds a reader for all.
        CHECK(unroutableReports(d).empty() == everyone);
        // And one organisation-wide confidential advisor is enough for every report.
        const bool pool = std::any_of(d.groups.begin(), d.groups.end(), [](const Group& g) {
            return g.kind == GroupKind::ConfidentialAdvisor && g.unit.empty() && !g.members.empty();
        });
        if (pool)
            CHECK(everyone);
        (everyone ? accepted : refused) += 1;
    }
    // The generator produces both kinds, or the property says little.
    CHECK(accepted > 3);
    CHECK(refused > 3);
}
