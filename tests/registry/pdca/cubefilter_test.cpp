// SPDX-License-Identifier: EUPL-1.2
#include "registry/pdca/cubefilter.h"

#include <catch2/catch.hpp>

using namespace vigil;
using namespace vigil::registry;

namespace {

// 13-bde with two battalions; 11-lmb beside it.
const UnitTree kTree{{"13-bde", ""}, {"bn-12", "13-bde"}, {"bn-42", "13-bde"}, {"11-lmb", ""}};

CubeFilter filter(std::string unit, std::vector<std::string> kinds = {}, std::vector<std::string> categories = {},
                  std::vector<std::string> levels = {})
{
    auto f = makeFilter(std::move(unit), std::move(kinds), std::move(categories), {}, std::move(levels));
    REQUIRE(f.ok());
    return f.value();
}

} // namespace

TEST_CASE("a filter's canonical text sorts its lists, drops repeats and reads back to the same filter")
{
    const auto f = filter("13-bde", {"near_miss", "accident", "near_miss"}, {}, {"serious", "high"});
    const std::string text = canonicalJson(f);
    CHECK(text == R"({"unit":"13-bde","kinds":["accident","near_miss"],"categories":[],"modes":[],)"
                  R"("levels":["high","serious"]})");
    const auto back = parseFilter(text);
    REQUIRE(back.ok());
    CHECK(back.value() == f);
}

TEST_CASE("a filter naming an unknown kind, category, mode or level is refused with the name")
{
    CHECK(makeFilter("", {"nearmiss"}, {}, {}, {}).error().message.find("\"nearmiss\"") != std::string::npos);
    CHECK(makeFilter("", {}, {"fire"}, {}, {}).error().kind == ErrorKind::Invalid);
    CHECK(makeFilter("", {}, {}, {"secret"}, {}).error().kind == ErrorKind::Invalid);
    CHECK(makeFilter("", {}, {}, {}, {"extreme"}).error().kind == ErrorKind::Invalid);
    CHECK_FALSE(parseFilter(R"({"unit":"","kinds":[],"categories":[],"modes":[]})").ok());  // levels missing
    CHECK_FALSE(parseFilter(R"({"unit":"","kinds":[],"categories":[],"modes":[],"levels":[],"x":1})").ok());
    CHECK_FALSE(parseFilter("[1]").ok());
}

TEST_CASE("a cube row is counted when its unit lies in the subtree and every list names it")
{
    const CubeRow row{"2026-03", "2026-03", "bn-12", "near_miss", "live_fire", "anonymous", "serious", 4};
    CHECK(matches(filter(""), row, kTree));
    CHECK(matches(filter("13-bde", {"near_miss"}), row, kTree));
    CHECK(matches(filter("bn-12", {}, {"live_fire"}, {"high", "serious"}), row, kTree));
    CHECK_FALSE(matches(filter("bn-42"), row, kTree));
    CHECK_FALSE(matches(filter("11-lmb"), row, kTree));
    CHECK_FALSE(matches(filter("", {"accident"}), row, kTree));
    CHECK_FALSE(matches(filter("", {}, {}, {"high"}), row, kTree));
}

TEST_CASE("how two report sets relate: contained, disjoint, the same or overlapping in part")
{
    const auto brigade = filter("13-bde");
    const auto battalion = filter("bn-12");
    CHECK(overlapOf(brigade, battalion, kTree) == Overlap::Contains);
    CHECK(overlapOf(battalion, brigade, kTree) == Overlap::Within);
    CHECK(overlapOf(battalion, filter("bn-42"), kTree) == Overlap::Disjoint);
    CHECK(overlapOf(brigade, filter("13-bde"), kTree) == Overlap::Same);
    CHECK(overlapOf(filter("", {"near_miss"}), filter("", {"accident"}), kTree) == Overlap::Disjoint);
    CHECK(overlapOf(filter("", {"near_miss", "accident"}), filter("", {"accident", "incident"}), kTree)
          == Overlap::Partial);
    // Wider in one dimension, narrower in another: neither holds the other.
    CHECK(overlapOf(filter("13-bde", {"near_miss"}), filter("bn-12"), kTree) == Overlap::Partial);
    CHECK(overlapOf(filter("13-bde"), filter("bn-12", {"near_miss"}, {}, {"high"}), kTree) == Overlap::Contains);
}

TEST_CASE("months count on as integers and print back as YYYY-MM")
{
    CHECK(monthIndex("2026-01") == 2026 * 12);
    CHECK(monthIndex("2026-12").value() - monthIndex("2026-01").value() == 11);
    CHECK(monthText(monthIndex("2025-12").value() + 1) == "2026-01");
    for (const std::string_view bad : {"2026-13", "2026-00", "2026-1", "26-01-01", "2026/01", "abcd-ef"})
        CHECK_FALSE(monthIndex(bad));
}
