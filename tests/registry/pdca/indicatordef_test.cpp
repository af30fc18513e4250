// SPDX-License-Identifier: EUPL-1.2
#include "registry/pdca/indicatordef.h"

#include <catch2/catch.hpp>

using namespace vigil;
using namespace vigil::registry;

namespace {

const UnitTree kTree{{"13-bde", ""}, {"bn-12", "13-bde"}, {"bn-42", "13-bde"}, {"coy-a", "bn-12"}, {"11-lmb", ""}};

IndicatorDef def(std::string id, std::string unit, std::vector<std::string> kinds = {})
{
    IndicatorDef d;
    d.id = std::move(id);
    d.nameNl = "Bijna-ongevallen";
    d.nameEn = "Near misses";
    auto f = makeFilter(std::move(unit), std::move(kinds), {}, {}, {});
    REQUIRE(f.ok());
    d.filter = f.value();
    return d;
}

} // namespace

TEST_CASE("a well-formed count indicator is accepted")
{
    CHECK(validate(def("nm-13bde", "13-bde", {"near_miss"})).ok());
}

TEST_CASE("an indicator is refused for a bad id, a missing name, a baseline or period out of range, or a target")
{
    auto d = def("NM 13", "13-bde");
    CHECK(validate(d).error().message.find("id") != std::string::npos);
    d = def("nm", "13-bde");
    d.nameNl.clear();
    CHECK_FALSE(validate(d).ok());
    d = def("nm", "13-bde");
    d.levels.baselineMonths = 5;
    CHECK_FALSE(validate(d).ok());
    d = def("nm", "13-bde");
    d.levels.periodMonths = 4;
    CHECK_FALSE(validate(d).ok());
    d = def("nm", "13-bde");
    d.rules.clear();
    CHECK_FALSE(validate(d).ok());
    d = def("nm", "13-bde");
    d.target = IndicatorTarget{10, TargetDirection::AtMost};
    const auto refused = validate(d);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.find("discourages reporting") != std::string::npos);
}

TEST_CASE("indicators that share no report are families of their own")
{
    const auto families = familiesOf({def("a", "bn-12"), def("b", "bn-42"), def("c", "11-lmb")}, kTree);
    REQUIRE(families.ok());
    REQUIRE(families.value().size() == 3);
    for (const auto& f : families.value())
        CHECK(f.parts.empty());
}

TEST_CASE("a union with disjoint parts inside it is one family")
{
    const auto families = familiesOf({def("bn12", "bn-12"), def("bde", "13-bde"), def("bn42", "bn-42")}, kTree);
    REQUIRE(families.ok());
    REQUIRE(families.value().size() == 1);
    CHECK(families.value()[0].whole == 1);
    CHECK(families.value()[0].parts == std::vector<std::size_t>{0, 2});
}

TEST_CASE("indicators that count the same reports or overlap in part are refused, naming both")
{
    const auto same = familiesOf({def("a", "13-bde"), def("b", "13-bde")}, kTree);
    REQUIRE_FALSE(same.ok());
    CHECK(same.error().message.find("same reports") != std::string::npos);
    const auto partial = familiesOf({def("a", "13-bde", {"near_miss"}), def("b", "bn-12")}, kTree);
    REQUIRE_FALSE(partial.ok());
    CHECK(partial.error().message.find("a and b") != std::string::npos);
}

TEST_CASE("a part inside a part is refused: the parts of a union share no report")
{
    const auto nested = familiesOf({def("bde", "13-bde"), def("bn", "bn-12"), def("coy", "coy-a")}, kTree);
    REQUIRE_FALSE(nested.ok());
    CHECK(nested.error().message.find("share no report") != std::string::npos);
}
