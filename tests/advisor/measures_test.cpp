// SPDX-License-Identifier: EUPL-1.2
#include "advisor/measureview.h"

#include "advisor/account.h"
#include "advisor/caseview.h"
#include "advisor/identifyingcheck.h"
#include "advisor/measurefilter.h"
#include "advisor/measurelistmodel.h"
#include "advisor/pdcalists.h"
#include "advisor/riskview.h"
#include "advisor/syncengine.h"
#include "qttest.h"
#include "tests/support/testdata.h"

#include "shared/message.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QJsonArray>
#include <QSignalSpy>


using namespace vigil;
using namespace vigil::advisor;
using namespace vigil::advisor::test;

namespace {

const QString kPassphrase = QStringLiteral("correct horse battery");
const QString kTitle = QStringLiteral("Banksman rota at the depot");

/// The "cases" argument of a proposal.
QVariantList casesOf(qint64 caseId)
{
    return {QVariant::fromValue(caseId)};
}

QString inDays(int days)
{
    return QDateTime::currentDateTimeUtc().addDays(days).date().toString(Qt::ISODate);
}

QStringList stepsOf(const MeasureView& view)
{
    QStringList out;
    for (const QVariant& s : view.steps())
        out << s.toMap().value(QStringLiteral("to")).toString();
    return out;
}

/// Syncs and waits for the directory too: a proposal names one of its units.
void syncWithUnits(Console& console)
{
    syncNow(console);
    REQUIRE(waitFor([&] { return !console.measures()->units().isEmpty(); }));
}

/// A registry with two signed-in members of the confidential-advisor pool: m9, who proposes,
/// and `other` (registered before any report is filed, so both hold every case).
struct TwoDesks {
    TestRegistry registry;
    TempDir dirA, dirB;
    std::unique_ptr<Console> proposer = makeConsole(dirA.path());
    std::unique_ptr<Console> other = makeConsole(dirB.path());

    TwoDesks(const std::string& otherId, const std::string& otherName)
    {
        provisionAndSignIn(*proposer, registry, "m9", "Advisor Smit", "ca-pool");
        provisionAndSignIn(*other, registry, otherId, otherName, "ca-pool");
    }

    /// m9 proposes the measure for `caseId` (owned by 13-bde's S4) and waits until it is synced;
    /// returns its id.
    qint64 propose(qint64 caseId)
    {
        syncWithUnits(*proposer);
        MeasureView& mine = *proposer->measures();
        REQUIRE(mine.propose(kTitle, {}, QStringLiteral("social"), QStringLiteral("13-bde"), QStringLiteral("S4"),
                             inDays(30), casesOf(caseId)));
        REQUIRE(waitFor([&] { return proposer->sync()->pendingCount() == 0 && mine.measures()->count() == 1; }));
        return mine.measures()->measures().front().id;
    }
};

/// A console reopened on `dir` (as after the app was killed), unlocked but not synced.
std::unique_ptr<Console> reopen(const std::filesystem::path& dir)
{
    auto console = makeConsole(dir);
    console->account()->unlock(kPassphrase);
    REQUIRE(waitFor([&] { return console->account()->stage() == Account::Stage::Ready; }));
    return console;
}

QJsonObject measureJson(const QString& proposer, const QString& state, const QJsonArray& next)
{
    return {{QStringLiteral("id"), 7},           {QStringLiteral("title"), kTitle},
            {QStringLiteral("state"), state},    {QStringLiteral("proposed_by"), proposer},
            {QStringLiteral("next"), next},      {QStringLiteral("a_key_of_a_newer_registry"), true},
            {QStringLiteral("clocks"), QJsonObject{{QStringLiteral("due"), QStringLiteral("running")},
                                                   {QStringLiteral("check"), QStringLiteral("overdue")}}}};
}

} // namespace

TEST_CASE("a measure object is read tolerantly and the proposer is offered only starting and withdrawing",
          "[advisor][measures]")
{
    const QJsonArray fromProposed{QStringLiteral("approved"), QStringLiteral("cancelled")};
    auto m = MeasureInfo::fromJson(measureJson(QStringLiteral("m9"), QStringLiteral("proposed"), fromProposed));
    REQUIRE(m);
    CHECK(m->clockStatus() == QStringLiteral("overdue")); // the worse of the two clocks
    CHECK(m->offeredSteps(QStringLiteral("m9")) == QStringList{QStringLiteral("cancelled")});
    CHECK(m->offeredSteps(QStringLiteral("m10")) == QStringList{QStringLiteral("approved"), QStringLiteral("cancelled")});

    const QJsonArray fromApproved{QStringLiteral("in_progress"), QStringLiteral("implemented"), QStringLiteral("cancelled")};
    auto approved = MeasureInfo::fromJson(measureJson(QStringLiteral("m9"), QStringLiteral("approved"), fromApproved));
    REQUIRE(approved);
    CHECK(approved->offeredSteps(QStringLiteral("m9")) == QStringList{QStringLiteral("in_progress")});
    CHECK(approved->closesCases());

    // What the registry says the member may do wins over the console's own reading.
    QJsonObject withMay = measureJson(QStringLiteral("m9"), QStringLiteral("proposed"), fromProposed);
    withMay.insert(QStringLiteral("may"), QJsonArray{});
    CHECK(MeasureInfo::fromJson(withMay)->offeredSteps(QStringLiteral("m10")).isEmpty());

    QJsonObject noTitle = measureJson(QStringLiteral("m9"), QStringLiteral("proposed"), fromProposed);
    noTitle.remove(QStringLiteral("title"));
    CHECK_FALSE(MeasureInfo::fromJson(noTitle));
}

TEST_CASE("names, dates and grid references in a text are found by the detectors the lessons draft uses",
          "[advisor][measures]")
{
    const RedactionContext context{{QStringLiteral("Safety officer Jansen")}, {}};
    CHECK(identifyingKinds(QStringLiteral("Talk to Sgt. Pieters about the barrier on 2026-03-12 near 31UFU 12345 67890."),
                           context)
          == QStringList{QStringLiteral("name"), QStringLiteral("date"), QStringLiteral("place")});
    // At the start of a sentence only the directory's names give a name away.
    CHECK(identifyingKinds(QStringLiteral("Jansen will brief the drivers."), context) == QStringList{QStringLiteral("name")});
    CHECK(identifyingKinds(QStringLiteral("Barrier at the range road during live fire."), context).isEmpty());
}

TEST_CASE("a measure proposed offline for a case survives the console stopping and syncs when the registry is back",
          "[advisor][measures]")
{
    TestRegistry registry;
    TempDir dir;
    qint64 caseId = 0;
    {
        auto console = makeConsole(dir.path());
        provisionAndSignIn(*console, registry, "m9", "Advisor Smit", "ca-pool");
        caseId = registry.file(vigil::test::socialReport()).caseId;
        syncWithUnits(*console);
        MeasureView& measures = *console->measures();
        QAbstractItemModelTester tester(measures.measures());

        // Bad input is said at once and queues nothing.
        CHECK_FALSE(measures.propose(kTitle, {}, QStringLiteral("social"), QStringLiteral("13-bde"), QStringLiteral("S4"),
                                     inDays(-2), casesOf(caseId)));
        CHECK(measures.lastError().contains(QStringLiteral("past")));
        CHECK_FALSE(measures.propose(kTitle, {}, QStringLiteral("social"), QStringLiteral("no-such-unit"),
                                     QStringLiteral("S4"), inDays(30), casesOf(caseId)));
        CHECK_FALSE(measures.propose(kTitle, {}, QStringLiteral("social"), QStringLiteral("13-bde"), {}, inDays(30),
                                     casesOf(caseId)));
        CHECK(console->sync()->pendingCount() == 0);

        registry.stop();
        REQUIRE(measures.propose(kTitle, QStringLiteral("A rota so no truck reverses without a banksman."),
                                 QStringLiteral("social"), QStringLiteral("13-bde"), QStringLiteral("S4"), inDays(30),
                                 casesOf(caseId)));
        CHECK(measures.lastError().isEmpty());
        REQUIRE(waitFor([&] { return console->sync()->status() == SyncEngine::Status::Offline; }));
        CHECK(console->sync()->pendingCount() == 1);
    }
    // The console was stopped with the proposal unsent: it is still queued, sealed, with its path.
    registry.restart();
    auto console = reopen(dir.path());
    const auto queued = console->sync()->queued();
    REQUIRE(queued.size() == 1);
    CHECK(queued[0].path == "/v1/advisor/measures");
    console->sync()->refresh();
    MeasureView& measures = *console->measures();
    REQUIRE(waitFor([&] { return console->sync()->pendingCount() == 0 && measures.measures()->count() == 1; }));
    const MeasureInfo& m = measures.measures()->measures().front();
    CHECK(m.title == kTitle);
    CHECK(m.state == QStringLiteral("proposed"));
    CHECK(m.cases == QList<qint64>{caseId});
    CHECK(registry.measureState(m.id) == "proposed");
    REQUIRE(waitFor([&] { return !measures.lastUpdated().isEmpty(); }));
}

TEST_CASE("another member with the measures role approves and the case closes resolved by the measure with the reply "
          "in the report's language",
          "[advisor][measures]")
{
    TwoDesks desks("m10", "Coordinator Mulder");
    TestRegistry& registry = desks.registry;
    Console* proposer = desks.proposer.get();
    Console* approver = desks.other.get();
    registry.grantMeasuresRole("m10", "13-bde");
    const FiledReport dutch = registry.file(vigil::test::socialReport());
    const FiledReport english = registry.file(vigil::test::socialReport(), {}, "en");
    const qint64 id = desks.propose(dutch.caseId);
    MeasureView& mine = *proposer->measures();

    // The proposer may withdraw but not approve its own measure: the button is not there, and
    // the intent is refused before anything is queued.
    mine.select(id);
    CHECK(stepsOf(mine) == QStringList{QStringLiteral("cancelled")});
    CHECK_FALSE(mine.approve());
    CHECK(proposer->sync()->pendingCount() == 0);
    CHECK(mine.closingChoices().isEmpty()); // a proposed measure closes no case yet

    syncNow(*approver);
    MeasureView& theirs = *approver->measures();
    REQUIRE(waitFor([&] { return theirs.measures()->find(id) != nullptr; }));
    theirs.select(id);
    CHECK(stepsOf(theirs) == QStringList{QStringLiteral("approved"), QStringLiteral("cancelled")});
    CHECK_FALSE(theirs.cancel(QStringLiteral("  "))); // cancelling needs a reason
    REQUIRE(theirs.approve());
    REQUIRE(waitFor([&] { return approver->sync()->pendingCount() == 0 && theirs.measure().value("state") == "approved"; }));
    CHECK(registry.measureState(id) == "approved");

    for (const char* state : {"acknowledged", "assigned", "in_progress", "feedback_given"})
        registry.transition(dutch.caseId, "m9", state);
    syncNow(*proposer);
    REQUIRE(waitFor([&] { return mine.closingChoices().size() == 1; }));
    CHECK(stepsOf(mine) == QStringList{QStringLiteral("in_progress")}); // the proposer may start the work

    CaseView& view = *proposer->caseView();
    view.openCase(english.caseId);
    REQUIRE(waitFor([&] { return view.decrypted() && !view.busy(); }));
    CHECK(view.measureReply(id) == QStringLiteral("Following reports like yours, a measure was taken: %1.").arg(kTitle));

    view.openCase(dutch.caseId);
    REQUIRE(waitFor([&] { return view.decrypted() && !view.busy(); }));
    bool offered = false;
    for (const QVariant& o : view.closingOutcomes())
        offered = offered || o.toMap().value(QStringLiteral("value")) == QStringLiteral("resolved_measure");
    CHECK(offered);
    const QString reply = view.measureReply(id);
    CHECK(reply == QStringLiteral("Naar aanleiding van meldingen zoals de uwe is een maatregel genomen: %1.").arg(kTitle));
    CHECK_FALSE(view.closeWithReason(QStringLiteral("resolved_measure"), QStringLiteral("Rota in place."), reply, 999));
    REQUIRE(view.closeWithReason(QStringLiteral("resolved_measure"), QStringLiteral("Rota in place."), reply, id));
    REQUIRE(waitFor([&] { return proposer->sync()->pendingCount() == 0 && view.summary().value("state") == "closed"; }));
    CHECK(registry.caseState(dutch.caseId) == "closed");
    CHECK(registry.caseMeasure(dutch.caseId) == id);
    // The reporter's device opens the reply, sent after the closing.
    const auto items = registry.mailbox(dutch.replyKey.publicKey);
    REQUIRE(items.size() == 1);
    auto opened = openReply(items[0], dutch.replyKey);
    REQUIRE(opened);
    CHECK(QString::fromStdString(opened->message.text) == reply);
}

TEST_CASE("the measures register and its clocks show offline from the sealed cache with the time they are from",
          "[advisor][measures]")
{
    TestRegistry registry;
    TempDir dir;
    {
        auto console = makeConsole(dir.path());
        provisionAndSignIn(*console, registry, "m9", "Advisor Smit", "ca-pool");
        const qint64 caseId = registry.file(vigil::test::socialReport()).caseId;
        syncWithUnits(*console);
        REQUIRE(console->measures()->propose(kTitle, {}, QStringLiteral("social"), QStringLiteral("13-bde"),
                                             QStringLiteral("S4"), inDays(3), casesOf(caseId)));
        REQUIRE(waitFor([&] {
            return console->sync()->pendingCount() == 0 && console->measures()->clocks()->count() == 1;
        }));
    }
    registry.stop();
    auto console = reopen(dir.path());
    MeasureView& measures = *console->measures();
    CHECK(measures.measures()->count() == 1);
    REQUIRE(measures.clocks()->count() == 1);
    // Due in three days: within the register's "due soon" window of 14 days.
    CHECK(measures.clocks()->index(0).data(PdcaClockModel::StatusRole).toString() == QStringLiteral("due_soon"));
    CHECK_FALSE(measures.lastUpdated().isEmpty());
    // Kept sealed: the title is nowhere on disk in the clear.
    CHECK(everythingOnDisk(dir.path()).find(kTitle.toStdString()) == std::string::npos);
}

TEST_CASE("a step the registry no longer allows by the time it arrives is said and leaves the queue",
          "[advisor][measures]")
{
    // A colleague who holds the case, and so sees the measure; the steps offered are the
    // registry's `may`, which knows the roles.
    TwoDesks desks("m11", "Advisor Dekker");
    Console* colleague = desks.other.get();
    const qint64 id = desks.propose(desks.registry.file(vigil::test::socialReport()).caseId);

    syncNow(*colleague);
    MeasureView& theirs = *colleague->measures();
    REQUIRE(waitFor([&] { return theirs.measures()->find(id) != nullptr; }));
    theirs.select(id);
    CHECK_FALSE(stepsOf(theirs).contains(QStringLiteral("approved")));  // no measures role: not offered

    desks.registry.grantMeasuresRole("m11", "13-bde");
    syncNow(*colleague);
    REQUIRE(waitFor([&] {
        theirs.select(id);
        return stepsOf(theirs).contains(QStringLiteral("approved"));
    }));
    // The role is taken back after the console last asked: its approval is refused on arrival.
    desks.registry.revokeMeasuresRole("m11", "13-bde");
    REQUIRE(theirs.approve());
    REQUIRE(waitFor([&] { return colleague->sync()->pendingCount() == 0 && !theirs.lastError().isEmpty(); }));
    CHECK(theirs.lastError().contains(QStringLiteral("refused")));
    CHECK(desks.registry.measureState(id) == "proposed");
}

TEST_CASE("every step the state allows is a button, enabled from the registry's may list and saying whose a "
          "disabled one is",
          "[advisor][measures]")
{
    TwoDesks desks("m10", "Coordinator Mulder");
    desks.registry.grantMeasuresRole("m10", "13-bde");
    const qint64 id = desks.propose(desks.registry.file(vigil::test::socialReport()).caseId);
    const auto buttons = [](const MeasureView& view) {
        QStringList out;
        for (const QVariant& b : view.stepButtons()) {
            const QVariantMap step = b.toMap();
            out << step.value(QStringLiteral("to")).toString()
                       + (step.value(QStringLiteral("enabled")).toBool() ? QString() : QStringLiteral(" (off)"));
        }
        return out;
    };
    MeasureView& mine = *desks.proposer->measures();
    mine.select(id);
    CHECK(buttons(mine) == QStringList{QStringLiteral("approved (off)"), QStringLiteral("cancelled")});
    CHECK(mine.stepButtons().at(0).toMap().value(QStringLiteral("why")).toString().contains(QStringLiteral("another member")));

    syncNow(*desks.other);
    MeasureView& theirs = *desks.other->measures();
    REQUIRE(waitFor([&] { return theirs.measures()->find(id) != nullptr; }));
    theirs.select(id);
    CHECK(buttons(theirs) == QStringList{QStringLiteral("approved"), QStringLiteral("cancelled")});
    // The buttons follow the registry's `may`, not the console's own reading of the rule.
    const MeasureInfo* seen = theirs.measures()->find(id);
    REQUIRE(seen->may.has_value());
    CHECK(*seen->may == QStringList{QStringLiteral("approved"), QStringLiteral("cancelled")});
}

TEST_CASE("the measures list filters by owner unit with the units under it", "[advisor][measures]")
{
    TwoDesks desks("m10", "Coordinator Mulder");
    const qint64 id = desks.propose(desks.registry.file(vigil::test::socialReport()).caseId);
    MeasureFilter& filter = *desks.proposer->measures()->filter();
    QSignalSpy changed(&filter, &MeasureFilter::filtersChanged);
    REQUIRE(filter.count() == 1);
    filter.setOwnerUnit(QStringLiteral("13-bde"));
    CHECK(filter.count() == 1);
    CHECK(filter.measureIdAt(0) == id);
    const QString parent = parentUnitOf(*desks.proposer, QStringLiteral("13-bde"));
    if (!parent.isEmpty()) {  // a unit above the owner unit shows it too
        filter.setOwnerUnit(parent);
        CHECK(filter.count() == 1);
    }
    filter.setOwnerUnit(QStringLiteral("42-battalion"));  // a unit the measure's owner is not under
    CHECK(filter.count() == 0);
    filter.setOwnerUnit({});
    CHECK(filter.count() == 1);
    CHECK(changed.count() >= 3);
}

TEST_CASE("a measure is linked to an existing risk from the console, queued and synced, and not twice",
          "[advisor][measures][risks]")
{
    TwoDesks desks("m10", "Coordinator Mulder");
    desks.registry.grantMeasuresRole("m10", "13-bde");
    const qint64 measureId = desks.propose(desks.registry.file(vigil::test::socialReport()).caseId);
    Console& console = *desks.other;
    syncWithUnits(console);
    RiskView& risks = *console.risks();
    REQUIRE(risks.create(QStringLiteral("Trucks reversing at the depot"), {}, QStringLiteral("social"),
                         QStringLiteral("13-bde"), QStringLiteral("III"), QStringLiteral("C"), {}, {}));
    REQUIRE(waitFor([&] { return console.sync()->pendingCount() == 0 && risks.risks()->count() == 1; }));
    REQUIRE(waitFor([&] { return console.measures()->measures()->find(measureId) != nullptr; }));
    const qint64 riskId = risks.risks()->risks().front().id;
    risks.select(riskId);
    CHECK_FALSE(risks.linkMeasure(0, true));  // no measure chosen
    const QVariantList choices = risks.linkableMeasures();
    REQUIRE(choices.size() == 1);
    CHECK(choices.at(0).toMap().value(QStringLiteral("value")).toLongLong() == measureId);
    CHECK_FALSE(risks.linkMeasure(measureId, false));  // not linked yet: nothing to unlink
    REQUIRE(risks.linkMeasure(measureId, true));
    REQUIRE(waitFor([&] {
        const RiskInfo* r = risks.risks()->find(riskId);
        return console.sync()->pendingCount() == 0 && r && r->measures.contains(measureId);
    }));
    CHECK(risks.linkableMeasures().isEmpty());
    CHECK_FALSE(risks.linkMeasure(measureId, true));
    CHECK(risks.lastError().contains(QStringLiteral("already")));
}
