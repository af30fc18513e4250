// SPDX-License-Identifier: EUPL-1.2
// The effect check of a measure (docs/pdca.md, "Effect check"): its windows and exposure as
// pure functions, and the check as the register computes and records it — a real registry
// database, an indicator defined as vigil-admin does it, the cube seeded as intake would have
// left it, and the measure moved by members who may.
#include "registry/pdca/measureeffect.h"

#include "registry/pdca/indicatorregister.h"
#include "registry/pdca/measuredesk.h"
#include "registry/pdca/sqlmeasurestore.h"

#include "tests/registry/registryfixture.h"

#include <catch2/catch.hpp>

using namespace vigil;
using namespace vigil::registry;

namespace {

int month(const char* yyyyMm)
{
    return monthIndex(yyyyMm).value();
}

// The fixture's organisation (tests/support/testdata.h): m4 gets the measures role for
// 13-brigade and proposes; m8, commander of 42-battalion, approves, implements and checks.
// Now is 2025-06-15, so the last settled month is 2025-04.
struct EffectFixture : test::RegistryFixture {
    SqlMeasureStore measures{*store};
    MeasureDesk desk{measures};
    IndicatorRegister indicators{*store};

    EffectFixture()
    {
        REQUIRE(desk.grantRole({"m4", MeasureRole::Measures, "13-brigade"}, now).ok());
        define("nm-42bn", "42-battalion", {"near_miss"});
    }

    void define(const std::string& id, const std::string& unit, std::vector<std::string> kinds)
    {
        IndicatorDef d;
        d.id = id;
        d.nameNl = "Meldingen " + id;
        d.nameEn = "Reports " + id;
        d.filter = makeFilter(unit, std::move(kinds), {}, {}, {}).value();
        REQUIRE(indicators.define(d, "admin", now).ok());
    }

    /// `counts` near misses in 42-battalion for each month from `first`, as intake leaves them.
    void seed(const char* first, const std::vector<int>& counts, const std::string& kind = "near_miss")
    {
        auto lock = store->lock();
        for (std::size_t i = 0; i < counts.size(); ++i) {
            if (counts[i] == 0)
                continue;
            const std::string m = monthText(month(first) + static_cast<int>(i));
            REQUIRE(store->db()
                        .exec("INSERT INTO pdca_counts VALUES ('" + m + "', '" + m + "', '42-battalion', '" + kind
                              + "', 'fuel', 'open', 'low', " + std::to_string(counts[i]) + ")")
                        .ok());
        }
    }

    /// A measure implemented on `on` with the indicators given, by the members who may.
    std::int64_t implemented(const std::string& on, std::vector<std::string> linked = {"nm-42bn"})
    {
        MeasureProposal p;
        p.title = "Racks for jerrycans at the fuel point";
        p.ownerUnit = "42-battalion";
        p.ownerRole = "S4";
        p.dueDate = "2025-09-30";
        p.indicators = std::move(linked);
        auto m = desk.propose("m4", p, now);
        REQUIRE(m.ok());
        REQUIRE(desk.transition("m8", m->id, MeasureState::Approved, {}, now).ok());
        MeasureStep step;
        step.implementedOn = on;
        step.evidence = "racks fitted";
        REQUIRE(desk.transition("m8", m->id, MeasureState::Implemented, step, now).ok());
        return m->id;
    }

    Result<MeasureRecord> check(std::int64_t id, std::string indicator = {})
    {
        MeasureStep step;
        step.basis = VerdictBasis::EffectCheck;
        step.indicator = std::move(indicator);
        return desk.transition("m8", id, MeasureState::Checked, step, now);
    }
};

std::vector<int> months(int n, int each)
{
    return std::vector<int>(static_cast<std::size_t>(n), each);
}

} // namespace

TEST_CASE("the windows are the six months before and after the month of implementation, whatever its day",
          "[registry][pdca][effect]")
{
    for (const char* day : {"2026-03-01", "2026-03-15", "2026-03-31"}) {
        INFO(day);
        auto w = effectWindows(day);
        REQUIRE(w.ok());
        CHECK(*w == EffectWindows{month("2025-09"), month("2026-02"), month("2026-04"), month("2026-09")});
    }
    // Across a year's end, and the day the after window has taken its late reports.
    auto january = effectWindows("2026-01-31");
    REQUIRE(january.ok());
    CHECK(monthText(january->beforeFrom) == "2025-07");
    CHECK(monthText(january->afterTo) == "2026-07");
    CHECK(settlesOn(*january, 1) == "2026-09-01");
    CHECK(settlesOn(*january, 0) == "2026-08-01");
    CHECK(effectWindows("2026-02-30").error().kind == ErrorKind::Invalid);
    CHECK(effectWindows("2026-03").error().kind == ErrorKind::Invalid);
}

TEST_CASE("exposure is person-months only when the unit's strength covers every month of both windows",
          "[registry][pdca][effect]")
{
    const EffectWindows w = effectWindows("2026-03-10").value();  // 2025-09…2026-02, 2026-04…2026-09
    const Exposure none = exposureOf(w, {});
    CHECK(none.unit == ExposureUnit::Months);
    CHECK(none.before == 6);
    CHECK(none.after == 6);

    // 400 people from before the windows, 600 from 2026-06: each month counts its own strength.
    const Exposure known = exposureOf(w, {{"2026-06", 600}, {"2025-01", 400}});
    CHECK(known.unit == ExposureUnit::PersonMonths);
    CHECK(known.before == 2400);
    CHECK(known.after == 2 * 400 + 4 * 600);

    // Strength known only from 2025-10: the first before month has none, so months it is.
    const Exposure partial = exposureOf(w, {{"2025-10", 400}});
    CHECK(partial.unit == ExposureUnit::Months);
    CHECK(partial.before == 6);
}

TEST_CASE("a fall from 40 to 15 reports a month is effective, recorded with the step as the preview showed it",
          "[registry][pdca][effect]")
{
    EffectFixture f;
    f.seed("2023-12", months(6, 40));
    f.seed("2024-06", {22});  // the month of implementation counts in neither window
    f.seed("2024-07", months(6, 15));
    const std::int64_t id = f.implemented("2024-06-10");

    auto preview = f.desk.previewEffect("m8", id, "", f.now);
    REQUIRE(preview.ok());
    CHECK(preview->indicator == "nm-42bn");
    CHECK(preview->windows == EffectWindows{month("2023-12"), month("2024-05"), month("2024-07"), month("2024-12")});
    CHECK(preview->beforeCount == 240);
    CHECK(preview->afterCount == 90);
    CHECK(preview->exposureUnit == ExposureUnit::Months);
    CHECK(preview->result == EffectVerdict::Effective);
    CHECK(preview->reason == EffectReason::RateFell);
    REQUIRE(preview->rateRatio);
    CHECK(*preview->rateRatio == Approx(90.0 / 240.0));
    REQUIRE(preview->ciHigh);
    CHECK(*preview->ciHigh < 1);
    // A preview records nothing.
    CHECK(f.desk.find(id)->checks.empty());

    const std::size_t entries = f.store->auditLog()->size();
    auto checked = f.check(id);
    REQUIRE(checked.ok());
    CHECK(checked->state == MeasureState::Checked);
    CHECK(checked->verdict == MeasureVerdict::Effective);
    CHECK(checked->basis == VerdictBasis::EffectCheck);

    // What was stored reads back as the preview, with who and when.
    auto stored = f.desk.find(id);
    REQUIRE(stored.ok());
    REQUIRE(stored->checks.size() == 1);
    MeasureCheck recorded = stored->checks.front();
    CHECK(recorded.id > 0);
    CHECK(recorded.by == "m8");
    CHECK(recorded.at == f.now);
    recorded.id = 0;
    recorded.by.clear();
    recorded.at = 0;
    CHECK(recorded == *preview);

    // One entry for the step and its check, and the chain verifies.
    const auto log = f.store->auditLog();
    REQUIRE(log.ok());
    REQUIRE(log->size() == entries + 1);
    CHECK(log->back().action == "measure.transition");
    CHECK_THAT(log->back().detail, Catch::Contains("effective by effect_check")
                                       && Catch::Contains("of nm-42bn: effective, inputs "));
    CHECK_FALSE(verifyAuditChain(*log).has_value());
}

TEST_CASE("flat high counts give no measurable change, stored as not effective", "[registry][pdca][effect]")
{
    EffectFixture f;
    f.seed("2023-12", months(13, 40));
    auto checked = f.check(f.implemented("2024-06-30"));
    REQUIRE(checked.ok());
    CHECK(checked->verdict == MeasureVerdict::NotEffective);
    REQUIRE(checked->checks.size() == 1);
    CHECK(checked->checks.front().result == EffectVerdict::NoChange);
    CHECK(checked->checks.front().reason == EffectReason::NoHalving);
}

TEST_CASE("tiny counts and a hidden month are inconclusive, the hidden window's count unknown",
          "[registry][pdca][effect]")
{
    SECTION("too few reports in both windows")
    {
        EffectFixture f;
        f.seed("2023-12", {5, 0, 0, 0, 0, 0});
        auto checked = f.check(f.implemented("2024-06-01"));
        REQUIRE(checked.ok());
        CHECK(checked->verdict == MeasureVerdict::Inconclusive);
        CHECK(checked->checks.front().reason == EffectReason::TooFewReports);
        CHECK(checked->checks.front().beforeCount == 5);
        CHECK(checked->checks.front().afterCount == 0);
    }
    SECTION("a month below the threshold in the before window")
    {
        EffectFixture f;
        f.seed("2023-12", {40, 40, 3, 40, 40, 40});
        f.seed("2024-07", months(6, 10));
        auto checked = f.check(f.implemented("2024-06-10"));
        REQUIRE(checked.ok());
        CHECK(checked->verdict == MeasureVerdict::Inconclusive);
        const MeasureCheck& c = checked->checks.front();
        CHECK(c.reason == EffectReason::HiddenMonth);
        CHECK_FALSE(c.beforeCount.has_value());
        CHECK(c.afterCount == 60);
        CHECK_FALSE(c.rateRatio.has_value());
        // Stored with a NULL count, and read back the same.
        CHECK(f.desk.find(checked->id)->checks.front() == c);
    }
}

TEST_CASE("an after window that has not settled is a conflict naming the day it settles, and nothing changes",
          "[registry][pdca][effect]")
{
    EffectFixture f;
    // Implemented 2025-01-10: after = 2025-02…2025-07, settled once 2025-08 has ended.
    const std::int64_t id = f.implemented("2025-01-10");
    auto preview = f.desk.previewEffect("m8", id, "", f.now);
    REQUIRE_FALSE(preview.ok());
    CHECK(preview.error().kind == ErrorKind::Conflict);
    CHECK_THAT(preview.error().message, Catch::Contains("settles on 2025-09-01"));
    const std::size_t entries = f.store->auditLog()->size();
    auto checked = f.check(id);
    REQUIRE_FALSE(checked.ok());
    CHECK(checked.error().kind == ErrorKind::Conflict);
    CHECK(f.store->auditLog()->size() == entries);
    CHECK(f.desk.find(id)->state == MeasureState::Implemented);
    CHECK(f.desk.find(id)->checks.empty());
}

TEST_CASE("with the unit's strength known the exposure is person-months", "[registry][pdca][effect]")
{
    EffectFixture f;
    f.seed("2023-12", months(6, 40));
    f.seed("2024-07", months(6, 40));
    REQUIRE(f.desk.setUnitStrength("42-battalion", {"2023-01", 500}, f.now).ok());
    REQUIRE(f.desk.setUnitStrength("42-battalion", {"2024-06", 1000}, f.now).ok());
    CHECK(f.store->auditLog()->back().action == "unit.strength");
    CHECK(f.desk.setUnitStrength("no-unit", {"2024-06", 10}, f.now).error().kind == ErrorKind::NotFound);
    CHECK(f.desk.setUnitStrength("42-battalion", {"2024-6", 10}, f.now).error().kind == ErrorKind::Invalid);
    CHECK(f.desk.setUnitStrength("42-battalion", {"2024-06", 0}, f.now).error().kind == ErrorKind::Invalid);

    auto checked = f.check(f.implemented("2024-06-10"));
    REQUIRE(checked.ok());
    const MeasureCheck& c = checked->checks.front();
    CHECK(c.exposureUnit == ExposureUnit::PersonMonths);
    CHECK(c.beforeExposure == 3000);
    CHECK(c.afterExposure == 6000);
    // The same reports among twice the people: the rate halved.
    REQUIRE(c.rateRatio);
    CHECK(*c.rateRatio == Approx(0.5));
    CHECK(c.result == EffectVerdict::Effective);
}

TEST_CASE("a measure's indicators must be in force, with one primary, and change only by those who may",
          "[registry][pdca][effect]")
{
    EffectFixture f;
    f.define("acc-42bn", "42-battalion", {"accident"});
    f.define("old", "13-brigade", {"incident"});
    REQUIRE(f.indicators.retire("old", "admin", f.now).ok());
    MeasureProposal p;
    p.title = "Racks";
    p.ownerUnit = "42-battalion";
    p.ownerRole = "S4";
    p.dueDate = "2025-09-30";
    const auto refused = [&](std::vector<std::string> ids, std::string primary) {
        p.indicators = std::move(ids);
        p.primaryIndicator = std::move(primary);
        auto r = f.desk.propose("m4", p, f.now);
        return r.ok() ? ErrorKind::Storage : r.error().kind;
    };
    CHECK(refused({"nope"}, "") == ErrorKind::Invalid);
    CHECK(refused({"old"}, "") == ErrorKind::Invalid);
    CHECK(refused({"nm-42bn", "acc-42bn"}, "") == ErrorKind::Invalid);
    CHECK(refused({"nm-42bn"}, "acc-42bn") == ErrorKind::Invalid);
    CHECK(refused({}, "nm-42bn") == ErrorKind::Invalid);

    p.indicators = {"nm-42bn"};
    p.primaryIndicator.clear();
    auto m = f.desk.propose("m4", p, f.now);
    REQUIRE(m.ok());
    CHECK(f.desk.find(m->id)->indicators == std::vector<IndicatorLink>{{"nm-42bn", true}});
    CHECK_THAT(f.store->auditLog()->back().detail, Catch::Contains("indicators nm-42bn*"));

    // The proposer shapes its proposal; once approved, the coordinators' roles decide.
    auto linked = f.desk.linkIndicators("m4", m->id, {"nm-42bn", "acc-42bn"}, "acc-42bn", f.now);
    REQUIRE(linked.ok());
    CHECK(linked->indicators == std::vector<IndicatorLink>{{"acc-42bn", true}, {"nm-42bn", false}});
    CHECK(f.store->auditLog()->back().action == "measure.indicators_linked");
    CHECK(f.store->auditLog()->back().detail == "nm-42bn* -> acc-42bn*,nm-42bn");
    CHECK(f.desk.linkIndicators("m1", m->id, {"nm-42bn"}, "", f.now).error().kind == ErrorKind::NotFound);
    REQUIRE(f.desk.transition("m8", m->id, MeasureState::Approved, {}, f.now).ok());
    REQUIRE(f.desk.revokeRole({"m4", MeasureRole::Measures, "13-brigade"}, f.now).ok());
    CHECK(f.desk.linkIndicators("m4", m->id, {"nm-42bn"}, "", f.now).error().kind == ErrorKind::Refused);
    REQUIRE(f.desk.linkIndicators("m8", m->id, {"nm-42bn"}, "", f.now).ok());

    // An effect check needs indicators, computes its own verdict and checks only linked ones.
    REQUIRE(f.desk.linkIndicators("m8", m->id, {}, "", f.now).ok());
    MeasureStep step;
    step.implementedOn = "2024-06-10";
    step.evidence = "racks fitted";
    REQUIRE(f.desk.transition("m8", m->id, MeasureState::Implemented, step, f.now).ok());
    CHECK(f.check(m->id).error().kind == ErrorKind::Conflict);
    REQUIRE(f.desk.linkIndicators("m8", m->id, {"nm-42bn"}, "", f.now).ok());
    CHECK(f.check(m->id, "acc-42bn").error().kind == ErrorKind::Invalid);
    MeasureStep withVerdict;
    withVerdict.basis = VerdictBasis::EffectCheck;
    withVerdict.verdict = MeasureVerdict::Effective;
    CHECK(f.desk.transition("m8", m->id, MeasureState::Checked, withVerdict, f.now).error().kind
          == ErrorKind::Invalid);
    REQUIRE(f.check(m->id).ok());
    // Checked: its indicators are what its check used, and stay so.
    CHECK(f.desk.linkIndicators("m8", m->id, {"acc-42bn"}, "", f.now).error().kind == ErrorKind::Conflict);
}
