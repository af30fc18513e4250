// SPDX-License-Identifier: EUPL-1.2
// The PDCA demo (`vigil-demo pdca`, tools/pdcademo.h, docs/pdca.md "Demo"): the seeded world it
// generates, and the whole story through a real registry on loopback — intake of every sealed
// report in its month, the registry's sweep raising the alert, two members moving the measures
// over the advisor API, the registry's effect check — with what the registry answers checked.
#include "tools/pdcademo.h"

#include "registry/pdca/cubefilter.h"

#include "tests/support/testenv.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <string>
#include <vector>

using namespace vigil;

namespace {

constexpr int kFirstMonth = 2024 * 12;

} // namespace

TEST_CASE("the demo's seeded counts are the same on every draw and follow the world's rates",
          "[e2e][pdca][demo]")
{
    const tools::DemoWorld world = tools::defaultDemoWorld(kFirstMonth, kFirstMonth + 17, 15);
    REQUIRE(world.series.size() == 8);
    CHECK(tools::rateOf(world, world.stepSeries, kFirstMonth + 11) == 20);
    CHECK(tools::rateOf(world, world.stepSeries, kFirstMonth + 12) == 45);
    CHECK(tools::rateOf(world, world.stepSeries, kFirstMonth + 17) == 45);
    CHECK(tools::rateOf(world, world.stepSeries, kFirstMonth + 18) == 20);
    CHECK(tools::rateOf(world, world.stepSeries + 1, kFirstMonth + 12) == 20);

    // The same count whatever else was drawn before; another seed draws other counts.
    const tools::DemoWorld other = tools::defaultDemoWorld(kFirstMonth, kFirstMonth + 17, 16);
    int differ = 0;
    for (int m = kFirstMonth; m < kFirstMonth + 24; ++m)
        for (std::size_t s = 0; s < world.series.size(); ++s) {
            CHECK(tools::countOf(world, s, m) == tools::countOf(world, s, m));
            differ += tools::countOf(world, s, m) != tools::countOf(other, s, m) ? 1 : 0;
        }
    CHECK(differ > 100);

    // Poisson(20) and Poisson(45): the mean of 20,000 draws within 4 standard errors.
    for (const double lambda : {20.0, 45.0}) {
        double sum = 0;
        const int n = 20'000;
        for (int i = 0; i < n; ++i)
            sum += static_cast<double>(tools::poissonDraw(static_cast<std::uint64_t>(i) * 7919 + 1, lambda));
        CHECK(std::abs(sum / n - lambda) < 4 * std::sqrt(lambda / n));
    }
}

TEST_CASE("the PDCA demo's alert fires in the step's month, its measure checks effective and the control's does not",
          "[e2e][pdca][demo]")
{
    test::TempDir dir("vigil-pdca-demo");
    std::vector<std::string> story;
    tools::PdcaDemoOptions options;
    options.work = dir.path();
    options.say = [&](const std::string& line) { story.push_back(line); };
    const auto outcome = tools::runPdcaDemo(options);
    for (const auto& line : story)
        UNSCOPED_INFO(line);
    if (!outcome)
        FAIL(outcome.error().message);

    // Every report generated was taken in as a new case.
    const tools::DemoWorld world = tools::defaultDemoWorld(kFirstMonth, kFirstMonth + 17, options.seed);
    std::int64_t generated = 0;
    for (int m = kFirstMonth; m < kFirstMonth + 24; ++m)
        for (std::size_t s = 0; s < world.series.size(); ++s)
            generated += tools::countOf(world, s, m);
    CHECK(outcome->reports == generated);

    // The step begins in January 2025; the registry's alert names that month or the next, and
    // the flat series raised none.
    CHECK(outcome->stepMonth == "2025-01");
    REQUIRE(outcome->stepAlerts.size() == 1);
    const std::string& alerted = outcome->stepAlerts.front();
    CHECK((alerted == "2025-01" || alerted == "2025-02"));
    CHECK(outcome->flatAlerts.empty());
    CHECK(outcome->alerts == 1);

    REQUIRE(outcome->measures.size() == 2);
    for (const auto& m : outcome->measures) {
        INFO("measure " << m.id << " on " << m.indicator);
        CHECK(m.state == "checked");
        if (m.indicator == tools::kDemoStepIndicator)
            CHECK(m.verdict == "effective");
        else  // about 110 reports in each window: "no measurable change", stored not_effective
            CHECK(m.verdict == "not_effective");
    }
    CHECK(outcome->line() == "pdca: alerts 1, measures 2, effective 1, inconclusive 0");
}
