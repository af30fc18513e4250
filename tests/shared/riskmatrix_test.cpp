// SPDX-License-Identifier: EUPL-1.2
#include "shared/riskmatrix.h"

#include <catch2/catch.hpp>

#include <string>

using namespace vigil;

TEST_CASE("every cell of the MIL-STD-882E matrix has the level the standard gives it")
{
    // Written out cell by cell from table III (severity-likelihood), not from the code's table.
    struct Cell {
        const char* code;
        RiskLevel level;
    };
    const Cell cells[] = {
        {"I-A", RiskLevel::High},      {"II-A", RiskLevel::High},      {"III-A", RiskLevel::Serious},
        {"IV-A", RiskLevel::Medium},   {"I-B", RiskLevel::High},       {"II-B", RiskLevel::High},
        {"III-B", RiskLevel::Serious}, {"IV-B", RiskLevel::Medium},    {"I-C", RiskLevel::High},
        {"II-C", RiskLevel::Serious},  {"III-C", RiskLevel::Medium},   {"IV-C", RiskLevel::Low},
        {"I-D", RiskLevel::Serious},   {"II-D", RiskLevel::Medium},    {"III-D", RiskLevel::Medium},
        {"IV-D", RiskLevel::Low},      {"I-E", RiskLevel::Medium},     {"II-E", RiskLevel::Medium},
        {"III-E", RiskLevel::Medium},  {"IV-E", RiskLevel::Low},
    };
    for (const Cell& c : cells) {
        const std::string code = c.code;
        const auto dash = code.find('-');
        const auto severity = parseEnum<Severity>(code.substr(0, dash));
        const auto likelihood = parseEnum<Likelihood>(code.substr(dash + 1));
        REQUIRE(severity);
        REQUIRE(likelihood);
        INFO(code);
        CHECK(matrixLevel(*severity, *likelihood) == c.level);
    }
}

TEST_CASE("a cell without severity or likelihood has no matrix level")
{
    CHECK_FALSE(matrixLevel(Severity::None, Likelihood::A).has_value());
    CHECK_FALSE(matrixLevel(Severity::I, Likelihood::None).has_value());
}

TEST_CASE("a report without a matrix cell is ranked by its impact, and unrated without one")
{
    CHECK(reportLevel(Severity::IV, Likelihood::E, ImpactLevel::Severe, true) == RiskLevel::Low);
    CHECK(reportLevel(Severity::None, Likelihood::None, ImpactLevel::None, true) == RiskLevel::High);
    CHECK(reportLevel(Severity::II, Likelihood::None, ImpactLevel::Severe, false) == RiskLevel::High);
    CHECK(reportLevel(Severity::None, Likelihood::None, ImpactLevel::Substantial, false) == RiskLevel::Serious);
    CHECK(reportLevel(Severity::None, Likelihood::None, ImpactLevel::Limited, false) == RiskLevel::Medium);
    CHECK_FALSE(reportLevel(Severity::None, Likelihood::None, ImpactLevel::None, false).has_value());
}

TEST_CASE("risk levels have the wire names of the register")
{
    CHECK(enumName(RiskLevel::Eliminated) == "eliminated");
    CHECK(enumName(RiskLevel::Serious) == "serious");
    CHECK(parseEnum<RiskLevel>("high") == RiskLevel::High);
}
