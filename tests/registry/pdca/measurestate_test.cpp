// SPDX-License-Identifier: EUPL-1.2
#include "registry/pdca/measurestate.h"

#include <catch2/catch.hpp>

#include <map>
#include <set>

using namespace vigil;
using namespace vigil::registry;

namespace {

constexpr std::array kStates{MeasureState::Proposed, MeasureState::Approved, MeasureState::InProgress,
                             MeasureState::Implemented, MeasureState::Checked, MeasureState::Cancelled};

/// The steps of docs/pdca.md, written out independently of measurestate.cpp.
const std::set<std::pair<MeasureState, MeasureState>> kLegal{
    {MeasureState::Proposed, MeasureState::Approved},     {MeasureState::Proposed, MeasureState::Cancelled},
    {MeasureState::Approved, MeasureState::InProgress},   {MeasureState::Approved, MeasureState::Implemented},
    {MeasureState::Approved, MeasureState::Cancelled},    {MeasureState::InProgress, MeasureState::Implemented},
    {MeasureState::InProgress, MeasureState::Cancelled},  {MeasureState::Implemented, MeasureState::InProgress},
    {MeasureState::Implemented, MeasureState::Checked},
};

/// What a step to `to` from `from` must carry to be complete.
MeasureStep completeStep(MeasureState from, MeasureState to)
{
    MeasureStep s;
    if (to == MeasureState::Cancelled || (from == MeasureState::Implemented && to == MeasureState::InProgress))
        s.reason = "the drill was moved to another range";
    if (to == MeasureState::Implemented) {
        s.implementedOn = "2026-03-01";
        s.evidence = "new jerrycan racks fitted";
    }
    if (to == MeasureState::Checked) {
        s.verdict = MeasureVerdict::Effective;
        s.basis = VerdictBasis::Judgement;
        s.note = "no leak reported since";
    }
    return s;
}

} // namespace

TEST_CASE("every pair of measure states is allowed exactly when docs/pdca.md allows it")
{
    for (auto from : kStates)
        for (auto to : kStates) {
            INFO(enumName(from) << " -> " << enumName(to));
            const Status s = checkMeasureTransition(from, to, completeStep(from, to));
            if (kLegal.contains({from, to})) {
                CHECK(s.ok());
            } else {
                REQUIRE_FALSE(s.ok());
                CHECK(s.error().kind == ErrorKind::Conflict);
            }
        }
}

TEST_CASE("an illegal measure step names the states that are allowed instead")
{
    auto s = checkMeasureTransition(MeasureState::Proposed, MeasureState::Implemented, {});
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().message == "a measure in state proposed cannot move to implemented (allowed: approved, cancelled)");
    auto done = checkMeasureTransition(MeasureState::Checked, MeasureState::InProgress, {});
    REQUIRE_FALSE(done.ok());
    CHECK(done.error().message == "a measure in state checked cannot move to in_progress (it is checked: no step follows)");
}

TEST_CASE("allowed next measure states agree with the transition check")
{
    for (auto from : kStates) {
        std::set<MeasureState> next;
        for (auto to : allowedNext(from))
            next.insert(to);
        for (auto to : kStates)
            CHECK(next.contains(to) == kLegal.contains({from, to}));
    }
}

TEST_CASE("cancelling and reopening a measure need a reason")
{
    for (auto from : {MeasureState::Proposed, MeasureState::Approved, MeasureState::InProgress}) {
        auto s = checkMeasureTransition(from, MeasureState::Cancelled, {});
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().kind == ErrorKind::Invalid);
        CHECK_THAT(s.error().message, Catch::Contains("reason"));
    }
    auto reopen = checkMeasureTransition(MeasureState::Implemented, MeasureState::InProgress, {});
    REQUIRE_FALSE(reopen.ok());
    CHECK(reopen.error().kind == ErrorKind::Invalid);
    // Starting approved work needs none.
    CHECK(checkMeasureTransition(MeasureState::Approved, MeasureState::InProgress, {}).ok());
}

TEST_CASE("implementing a measure needs a calendar date and evidence")
{
    for (const char* date : {"", "2026-3-01", "2026-02-30", "01-03-2026", "2026-13-01", "2026-03-01x"}) {
        MeasureStep s = completeStep(MeasureState::InProgress, MeasureState::Implemented);
        s.implementedOn = date;
        INFO(date);
        auto r = checkMeasureTransition(MeasureState::InProgress, MeasureState::Implemented, s);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().kind == ErrorKind::Invalid);
        CHECK_THAT(r.error().message, Catch::Contains("implemented_on"));
    }
    MeasureStep leap = completeStep(MeasureState::InProgress, MeasureState::Implemented);
    leap.implementedOn = "2028-02-29";
    CHECK(checkMeasureTransition(MeasureState::InProgress, MeasureState::Implemented, leap).ok());
    MeasureStep noEvidence = completeStep(MeasureState::InProgress, MeasureState::Implemented);
    noEvidence.evidence.clear();
    auto r = checkMeasureTransition(MeasureState::InProgress, MeasureState::Implemented, noEvidence);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().kind == ErrorKind::Invalid);
}

TEST_CASE("checking a measure needs a verdict, its basis, and a note for a judgement")
{
    auto with = [](auto edit) {
        MeasureStep s = completeStep(MeasureState::Implemented, MeasureState::Checked);
        edit(s);
        return checkMeasureTransition(MeasureState::Implemented, MeasureState::Checked, s);
    };
    auto noVerdict = with([](MeasureStep& s) { s.verdict = MeasureVerdict::None; });
    auto noBasis = with([](MeasureStep& s) { s.basis = VerdictBasis::None; });
    auto noNote = with([](MeasureStep& s) { s.note.clear(); });
    for (const Status* s : {&noVerdict, &noBasis, &noNote}) {
        REQUIRE_FALSE(s->ok());
        CHECK(s->error().kind == ErrorKind::Invalid);
    }
    CHECK(with([](MeasureStep& s) {
              s.basis = VerdictBasis::EffectCheck;
              s.note.clear();
          }).ok());
    for (auto v : {MeasureVerdict::Effective, MeasureVerdict::NotEffective, MeasureVerdict::Inconclusive})
        CHECK(with([v](MeasureStep& s) { s.verdict = v; }).ok());
}

TEST_CASE("what belongs to another step is refused rather than silently dropped")
{
    MeasureStep verdict;
    verdict.verdict = MeasureVerdict::Effective;
    MeasureStep reason;
    reason.reason = "because";
    MeasureStep date;
    date.implementedOn = "2026-03-01";
    for (const MeasureStep* s : {&verdict, &reason, &date}) {
        auto r = checkMeasureTransition(MeasureState::Proposed, MeasureState::Approved, *s);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().kind == ErrorKind::Invalid);
    }
}

TEST_CASE("measure states, verdicts and bases have the wire names of the schema")
{
    CHECK(enumName(MeasureState::InProgress) == "in_progress");
    CHECK(enumName(MeasureVerdict::NotEffective) == "not_effective");
    CHECK(enumName(VerdictBasis::EffectCheck) == "effect_check");
    CHECK(parseEnum<MeasureState>("cancelled") == MeasureState::Cancelled);
}
