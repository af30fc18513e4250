// SPDX-License-Identifier: EUPL-1.2
#include "advisor/caseview.h"

#include "advisor/account.h"
#include "advisor/caselistmodel.h"
#include "advisor/messagelistmodel.h"
#include "advisor/syncengine.h"
#include "qttest.h"
#include "tests/support/testdata.h"

#include "shared/message.h"

#include <catch2/catch.hpp>

#include <QSignalSpy>

using namespace vigil;
using namespace vigil::advisor;
using namespace vigil::advisor::test;

TEST_CASE("a case opens decrypted on this machine and moves only along allowed steps and the reply reaches "
          "the reporter's device",
          "[advisor][case]")
{
    TestRegistry registry;
    TempDir dir;
    auto console = makeConsole(dir.path());
    provisionAndSignIn(*console, registry, "m9", "Advisor Smit", "ca-pool");
    const FiledReport filed = registry.file(vigil::test::socialReport());
    syncNow(*console);

    CaseView& view = *console->caseView();
    view.openCase(filed.caseId);
    REQUIRE(view.isOpen());
    REQUIRE(waitFor([&] { return view.decrypted() && !view.busy(); }));
    CHECK(view.report().value(QStringLiteral("headline")).toString().toStdString()
          == vigil::test::socialReport().headline);
    CHECK(view.report().value(QStringLiteral("narrative")).toString().toStdString()
          == vigil::test::socialReport().narrative);
    // The headline shows in the inbox now, from memory.
    const int row = console->cases()->rowOf(filed.caseId);
    CHECK(console->cases()->index(row).data(CaseListModel::HeadlineRole).toString().toStdString()
          == vigil::test::socialReport().headline);

    // Only the allowed next step is offered; anything else is refused before it is queued.
    REQUIRE(view.nextSteps().size() == 1);
    CHECK(view.nextSteps()[0].toMap().value(QStringLiteral("state")).toString() == QStringLiteral("acknowledged"));
    CHECK_FALSE(view.transition(QStringLiteral("in_progress")));
    CHECK(console->sync()->pendingCount() == 0);

    REQUIRE(view.transition(QStringLiteral("acknowledged")));
    REQUIRE(waitFor([&] { return console->sync()->pendingCount() == 0 && view.summary().value("state") == "acknowledged"; }));
    CHECK(registry.caseState(filed.caseId) == "acknowledged");

    REQUIRE(view.sendReply(QStringLiteral("Thank you for telling us. I will call you tomorrow.")));
    REQUIRE(waitFor([&] { return console->sync()->pendingCount() == 0; }));
    // The device, holding the report's reply key, fetches its mailbox and reads the answer.
    const auto items = registry.mailbox(filed.replyKey.publicKey);
    REQUIRE(items.size() == 1);
    auto opened = openReply(items[0], filed.replyKey);
    REQUIRE(opened.ok());
    CHECK(opened->message.text == "Thank you for telling us. I will call you tomorrow.");
    CHECK(opened->message.author == "m9");
    CHECK(opened->signer == console->account()->vault()->signKey().publicKey);
    // The advisor reads its own reply from the copy sealed in its vault.
    REQUIRE(waitFor([&] { return view.conversation()->count() == 1 && !view.conversation()->rows()[0].pending; }));
    CHECK(view.conversation()->rows()[0].text == QStringLiteral("Thank you for telling us. I will call you tomorrow."));

    SECTION("internal notes are readable by colleagues who hold the case, not by the registry")
    {
        REQUIRE(view.addNote(QStringLiteral("Reporter prefers a call after 17:00.")));
        REQUIRE(waitFor([&] { return console->sync()->pendingCount() == 0 && view.notes()->count() == 1
                                     && !view.notes()->rows()[0].pending; }));
        CHECK(view.notes()->rows()[0].readable);
        CHECK(registry.messageCount(filed.caseId, "note") == 2); // the note, and the reply's copy for the key holders

        // m3 (Advisor Bakker, same pool, fixed test keys) reads it, with the signature checked.
        TempDir otherDir;
        auto colleague = makeConsole(otherDir.path());
        provisionAndSignIn(*colleague, registry, "m8", "Advisor Mulder", "ca-pool");
        // m8 joined after the report was sealed: it holds no key to this case and cannot see it.
        syncNow(*colleague);
        CHECK(colleague->cases()->find(filed.caseId) == nullptr);
    }
    SECTION("reassignment offers only members who hold the case's key")
    {
        QStringList offered;
        for (const auto& c : view.colleagues())
            offered << c.toMap().value(QStringLiteral("id")).toString();
        CHECK(offered.contains(QStringLiteral("m3")));
        CHECK(offered.contains(QStringLiteral("m4")));
        CHECK_FALSE(offered.contains(QStringLiteral("m1"))); // a safety officer, not in the pool
        REQUIRE(view.assign(QStringLiteral("m3")));
        REQUIRE(waitFor([&] { return console->sync()->pendingCount() == 0 && view.summary().value("assignee") == "m3"; }));
        CHECK(registry.caseAssignee(filed.caseId) == "m3");
        CHECK(view.summary().value(QStringLiteral("state")).toString() == QStringLiteral("assigned"));
    }
    SECTION("the history shows the registry's audit entries")
    {
        view.reload();
        REQUIRE(waitFor([&] { return view.history()->count() >= 3 && !view.busy(); }));
        const auto actions = registry.caseAudit(filed.caseId);
        CHECK(std::count(actions.begin(), actions.end(), "case.transition") == 1);
        CHECK(std::count(actions.begin(), actions.end(), "case.reply") == 1);
        // The registry's details in the console's words: states by their labels.
        QStringList details;
        for (int i = 0; i < view.history()->rowCount(); ++i)
            details << view.history()->index(i).data(HistoryModel::DetailRole).toString();
        CHECK(details.contains(QStringLiteral("Received → Acknowledged")));
        CHECK_FALSE(details.contains(QStringLiteral("reply posted")));
    }
    SECTION("nothing decrypted reaches the disk")
    {
        const std::string disk = everythingOnDisk(dir.path());
        CHECK(disk.find("I will call you tomorrow") == std::string::npos);
        CHECK(disk.find(vigil::test::socialReport().narrative.substr(0, 40)) == std::string::npos);
        CHECK(disk.find(vigil::test::socialReport().headline) == std::string::npos);
        CHECK(disk.find("bullying") == std::string::npos);
    }
}

TEST_CASE("a colleague in the same group reads an internal note and sees who signed it", "[advisor][case]")
{
    TestRegistry registry;
    TempDir dirA, dirB;
    auto a = makeConsole(dirA.path());
    auto b = makeConsole(dirB.path());
    provisionAndSignIn(*a, registry, "m9", "Advisor Smit", "ca-pool");
    provisionAndSignIn(*b, registry, "m8", "Advisor Mulder", "ca-pool");
    const FiledReport filed = registry.file(vigil::test::socialReport());
    syncNow(*a);
    syncNow(*b);
    a->caseView()->openCase(filed.caseId);
    REQUIRE(waitFor([&] { return a->caseView()->decrypted() && !a->caseView()->busy(); }));
    REQUIRE(a->caseView()->addNote(QStringLiteral("Spoke to the reporter; wants no contact with the commander.")));
    REQUIRE(waitFor([&] { return a->sync()->pendingCount() == 0; }));

    CaseView& bv = *b->caseView();
    bv.openCase(filed.caseId);
    REQUIRE(waitFor([&] { return bv.notes()->count() == 1 && !bv.busy(); }));
    const MessageRow& note = bv.notes()->rows()[0];
    CHECK(note.readable);
    CHECK(note.verified);
    CHECK(note.author == QStringLiteral("m9"));
    CHECK(note.authorName == QStringLiteral("Advisor Smit"));
    CHECK(note.text == QStringLiteral("Spoke to the reporter; wants no contact with the commander."));
}

namespace {

/// Two advisors of the confidential-advisor pool, both holding the key of one social report.
struct TwoAdvisors {
    TestRegistry registry;
    TempDir dirA, dirB;
    std::unique_ptr<Console> a = makeConsole(dirA.path());
    std::unique_ptr<Console> b = makeConsole(dirB.path());
    FiledReport filed;

    TwoAdvisors()
    {
        provisionAndSignIn(*a, registry, "m9", "Advisor Smit", "ca-pool");
        provisionAndSignIn(*b, registry, "m8", "Advisor Mulder", "ca-pool");
        filed = registry.file(vigil::test::socialReport());
        syncNow(*a);
        syncNow(*b);
    }

    /// Opens the case in `console` and waits until its report and threads are loaded.
    static CaseView& open(Console& console, std::int64_t caseId)
    {
        CaseView& view = *console.caseView();
        view.openCase(caseId);
        REQUIRE(waitFor([&] { return view.decrypted() && !view.busy(); }));
        return view;
    }

    /// The texts of the replies in the reporter's mailbox, as the device opens them.
    std::vector<std::string> mailboxTexts()
    {
        std::vector<std::string> out;
        for (const Bytes& item : registry.mailbox(filed.replyKey.publicKey))
            if (auto opened = openReply(item, filed.replyKey))
                out.push_back(opened->message.text);
        return out;
    }
};

} // namespace

TEST_CASE("a colleague who holds the case reads another advisor's reply, so the case can be handed over",
          "[advisor][case]")
{
    TwoAdvisors t;
    CaseView& av = TwoAdvisors::open(*t.a, t.filed.caseId);
    REQUIRE(av.transition(QStringLiteral("acknowledged")));
    REQUIRE(av.sendReply(QStringLiteral("Thank you. Can we talk on Monday?")));
    REQUIRE(waitFor([&] { return t.a->sync()->pendingCount() == 0; }));
    // The reporter gets exactly one reply; the copy for the key holders is a note, not a message to them.
    CHECK(t.mailboxTexts() == std::vector<std::string>{"Thank you. Can we talk on Monday?"});
    CHECK_FALSE(openReply(t.registry.mailbox(t.filed.replyKey.publicKey).at(0), t.filed.replyKey)->message.closed);
    CHECK(t.registry.messageCount(t.filed.caseId, "note") == 1);

    CaseView& bv = TwoAdvisors::open(*t.b, t.filed.caseId);
    REQUIRE(waitFor([&] { return bv.conversation()->count() == 1 && !bv.busy(); }));
    const MessageRow& reply = bv.conversation()->rows()[0];
    CHECK(reply.kind == QStringLiteral("reply"));
    CHECK(reply.readable);
    CHECK(reply.verified);
    CHECK(reply.author == QStringLiteral("m9"));
    CHECK(reply.text == QStringLiteral("Thank you. Can we talk on Monday?"));
    // The copy shows as the reply itself, not as an internal note.
    CHECK(bv.notes()->count() == 0);
    // The author still reads it too (from the copy in its own vault).
    av.reload();
    REQUIRE(waitFor([&] { return av.conversation()->count() == 1 && !av.busy(); }));
    CHECK(av.conversation()->rows()[0].text == QStringLiteral("Thank you. Can we talk on Monday?"));
}

TEST_CASE("closing asks for an outcome and a reason, keeps the reason sealed for the key holders and tells the "
          "reporter",
          "[advisor][case]")
{
    TwoAdvisors t;
    t.registry.transition(t.filed.caseId, "m8", "acknowledged");
    t.registry.transition(t.filed.caseId, "m8", "assigned"); // Mulder's case now
    syncNow(*t.a);
    CaseView& av = TwoAdvisors::open(*t.a, t.filed.caseId);

    // It is another advisor's case: the confirmation says so.
    CHECK(av.closingWarning().contains(QStringLiteral("Advisor Mulder")));
    // No closing in one click, nor without a reason or an outcome the case allows.
    CHECK_FALSE(av.transition(QStringLiteral("closed")));
    CHECK_FALSE(av.closeWithReason(QStringLiteral("unfounded"), QStringLiteral("  "), {}));
    CHECK_FALSE(av.closeWithReason(QStringLiteral("resolved"), QStringLiteral("Done."), {})); // no feedback yet
    CHECK(t.a->sync()->pendingCount() == 0);

    REQUIRE(av.closeWithReason(QStringLiteral("unfounded"), QStringLiteral("No evidence after two interviews."),
                               QStringLiteral("Thank you for reporting. We looked into it and close the case now.")));
    REQUIRE(waitFor([&] { return t.a->sync()->pendingCount() == 0; }));
    CHECK(t.registry.caseState(t.filed.caseId) == "closed");
    CHECK(t.mailboxTexts()
          == std::vector<std::string>{"Thank you for reporting. We looked into it and close the case now."});
    CHECK(t.registry.messageCount(t.filed.caseId, "note") == 2); // the reason, and the message's copy
    // It is marked as the message that closes the case (docs/protocol.md §8 `closed`): the
    // reporter's app offers the survey on it. An ordinary reply is not (the first test above).
    for (const Bytes& item : t.registry.mailbox(t.filed.replyKey.publicKey)) {
        auto opened = openReply(item, t.filed.replyKey);
        REQUIRE(opened);
        CHECK(opened->message.closed);
    }

    // The colleague whose case it was reads why, signed by the one who closed it, and the message.
    syncNow(*t.b);
    CaseView& bv = TwoAdvisors::open(*t.b, t.filed.caseId);
    REQUIRE(waitFor([&] { return bv.notes()->count() == 1 && bv.conversation()->count() == 1 && !bv.busy(); }));
    const MessageRow& reason = bv.notes()->rows()[0];
    CHECK(reason.text == QStringLiteral("No evidence after two interviews."));
    CHECK(reason.caption.contains(QStringLiteral("Unfounded")));
    CHECK(reason.verified);
    CHECK(reason.author == QStringLiteral("m9"));
    CHECK(bv.conversation()->rows()[0].text
          == QStringLiteral("Thank you for reporting. We looked into it and close the case now."));
    CHECK(bv.summary().value(QStringLiteral("state")).toString() == QStringLiteral("closed"));
}

TEST_CASE("a closing the registry refuses sends neither its reason nor the message to the reporter",
          "[advisor][case]")
{
    TwoAdvisors t;
    t.registry.transition(t.filed.caseId, "m8", "acknowledged");
    syncNow(*t.a);
    CaseView& av = TwoAdvisors::open(*t.a, t.filed.caseId);
    // Meanwhile the colleague closed it; this console does not know yet.
    t.registry.transition(t.filed.caseId, "m8", "closed", "withdrawn");
    REQUIRE(av.closeWithReason(QStringLiteral("unfounded"), QStringLiteral("Nothing to go on."),
                               QStringLiteral("We are closing your case.")));
    REQUIRE(waitFor([&] { return t.a->sync()->pendingCount() == 0; }));
    CHECK(t.mailboxTexts().empty());
    CHECK(t.registry.messageCount(t.filed.caseId, "note") == 0);
    CHECK(av.lastError().contains(QStringLiteral("refused")));
}

TEST_CASE("a closing queued offline reaches the registry with its reason once it is back", "[advisor][case]")
{
    TwoAdvisors t;
    t.registry.transition(t.filed.caseId, "m9", "acknowledged");
    syncNow(*t.a);
    CaseView& av = TwoAdvisors::open(*t.a, t.filed.caseId);
    t.a->sync()->setRetryBase(50);
    t.registry.stop();
    REQUIRE(av.closeWithReason(QStringLiteral("referred"), QStringLiteral("Handed to the integrity desk."), {}));
    REQUIRE(waitFor([&] { return t.a->sync()->status() == SyncEngine::Status::Offline; }));
    CHECK(t.a->sync()->pendingCount() == 2); // the closing and its reason, nothing lost
    CHECK(av.pendingActions().contains(QStringLiteral("Reason for closing (internal note)")));
    t.registry.restart();
    REQUIRE(waitFor([&] { return t.a->sync()->pendingCount() == 0; }, 30000));
    CHECK(t.registry.caseState(t.filed.caseId) == "closed");
    CHECK(t.registry.messageCount(t.filed.caseId, "note") == 1);
}

TEST_CASE("a closing queued offline survives a restart of the console, its reason still belonging to it",
          "[advisor][case]")
{
    TestRegistry registry;
    TempDir dir;
    FiledReport filed;
    std::int64_t caseId = 0;
    {
        auto console = makeConsole(dir.path());
        provisionAndSignIn(*console, registry, "m9", "Advisor Smit", "ca-pool");
        filed = registry.file(vigil::test::socialReport());
        caseId = filed.caseId;
        registry.transition(caseId, "m9", "acknowledged");
        syncNow(*console);
        CaseView& view = *console->caseView();
        view.openCase(caseId);
        REQUIRE(waitFor([&] { return view.decrypted() && !view.busy(); }));
        registry.stop();
        REQUIRE(view.closeWithReason(QStringLiteral("withdrawn"), QStringLiteral("The reporter withdrew it."),
                                     QStringLiteral("As you asked, the case is closed.")));
        REQUIRE(waitFor([&] { return console->sync()->status() == SyncEngine::Status::Offline; }));
    }
    // Meanwhile a colleague closed it: the restarted console's closing is refused, and the
    // reason and the message that belonged to it must not go out on their own.
    registry.restart();
    registry.transition(caseId, "m3", "closed", "unfounded");
    auto console = makeConsole(dir.path());
    Account& account = *console->account();
    account.unlock(QStringLiteral("correct horse battery"));
    REQUIRE(waitFor([&] { return account.stage() == Account::Stage::Ready; }));
    CHECK(console->sync()->queued().size() == 4); // the closing, its reason, the message and its copy
    console->sync()->refresh();
    REQUIRE(waitFor([&] { return console->sync()->pendingCount() == 0 && !console->sync()->busy(); }));
    CHECK(registry.messageCount(caseId, "note") == 0);
    CHECK(registry.mailbox(filed.replyKey.publicKey).empty());
}

TEST_CASE("first contact is met only when a reply reached the reporter's mailbox, not by acknowledging",
          "[advisor][case][clocks]")
{
    TestRegistry registry;
    TempDir dir;
    auto console = makeConsole(dir.path());
    provisionAndSignIn(*console, registry, "m9", "Advisor Smit", "ca-pool");
    const FiledReport filed = registry.file(vigil::test::socialReport());
    syncNow(*console);
    CaseView& view = *console->caseView();
    view.openCase(filed.caseId);
    REQUIRE(waitFor([&] { return view.decrypted() && !view.busy(); }));
    auto contactRow = [&] {
        for (const auto& row : view.summary().value(QStringLiteral("clocks")).toList())
            if (row.toMap().value(QStringLiteral("label")).toString() == QStringLiteral("First contact"))
                return row.toMap();
        return QVariantMap{};
    };
    REQUIRE_FALSE(contactRow().isEmpty()); // a social-safety case has a first-contact clock

    REQUIRE(view.transition(QStringLiteral("acknowledged")));
    REQUIRE(waitFor([&] { return console->sync()->pendingCount() == 0 && view.summary().value("state") == "acknowledged"; }));
    // Acknowledged, but nothing reached the reporter: first contact still runs.
    CHECK_FALSE(contactRow().value(QStringLiteral("status")).toString().startsWith(QStringLiteral("met")));
    CHECK(contactRow().value(QStringLiteral("urgency")).toInt() >= 1);
    const CaseInfo* info = console->cases()->find(filed.caseId);
    REQUIRE(info);
    REQUIRE(info->contactDue);
    CHECK_FALSE(info->contactMet());
    // Past its deadline the inbox shows it overdue, whatever the acknowledgement.
    const ClockView late = info->nextClock(*info->contactDue + 3600);
    CHECK(late.clock == QStringLiteral("contact"));
    CHECK(late.urgency == ClockView::Overdue);

    // A reply queued but not yet sent meets nothing either.
    registry.stop();
    REQUIRE(view.sendReply(QStringLiteral("Thank you for telling us. Can we talk tomorrow?")));
    CHECK(contactRow().value(QStringLiteral("urgency")).toInt() >= 1);
    registry.restart();
    syncNow(*console);
    REQUIRE(registry.mailbox(filed.replyKey.publicKey).size() == 1);
    // The reply reached the mailbox: now first contact is met, with the day it was.
    REQUIRE(waitFor([&] { return contactRow().value(QStringLiteral("urgency")).toInt() == 0; }));
    CHECK(contactRow().value(QStringLiteral("status")).toString().startsWith(QStringLiteral("met 20")));
    const CaseInfo* after = console->cases()->find(filed.caseId);
    REQUIRE(after);
    CHECK(after->contactMet());
    CHECK(after->nextClock(*after->contactDue + 3600).clock != QStringLiteral("contact"));
}

TEST_CASE("a reporter's retaliation signal marks the case in the inbox with a 24-hour clock until an answer reaches "
          "them",
          "[advisor][case][clocks][retaliation]")
{
    TestRegistry registry;
    TempDir dir;
    auto console = makeConsole(dir.path());
    provisionAndSignIn(*console, registry, "m9", "Advisor Smit", "ca-pool");
    const FiledReport filed = registry.file(vigil::test::socialReport());
    syncNow(*console);
    const CaseListModel& inbox = *console->cases();
    auto rowOf = [&] {
        for (int i = 0; i < inbox.rowCount(); ++i)
            if (inbox.data(inbox.index(i), CaseListModel::CaseIdRole).toLongLong() == filed.caseId)
                return inbox.index(i);
        return QModelIndex{};
    };
    REQUIRE(rowOf().isValid());
    CHECK_FALSE(inbox.data(rowOf(), CaseListModel::RetaliationRole).toBool());

    registry.fileFollowUp(filed, "They moved me off the course after I reported.", FollowUpSignal::Retaliation);
    syncNow(*console);
    REQUIRE(waitFor([&] { return inbox.data(rowOf(), CaseListModel::RetaliationRole).toBool(); }));
    const CaseInfo* info = console->cases()->find(filed.caseId);
    REQUIRE(info);
    REQUIRE(info->retaliationAt);
    REQUIRE(info->retaliationDue);
    CHECK(*info->retaliationDue - *info->retaliationAt == 24 * 3600);
    // The 24-hour answer is the clock that runs out first, and it is urgent from the start.
    const ClockView next = info->nextClock(*info->retaliationAt + 60);
    CHECK(next.clock == QStringLiteral("retaliation"));
    CHECK(next.urgency == ClockView::DueSoon);
    CHECK(inbox.data(rowOf(), CaseListModel::ClockLabelRole).toString() == QStringLiteral("Answer to retaliation"));

    CaseView& view = *console->caseView();
    view.openCase(filed.caseId);
    REQUIRE(waitFor([&] { return view.decrypted() && !view.busy(); }));
    CHECK(view.summary().value(QStringLiteral("retaliation")).toBool());

    // An answer that reaches the reporter's mailbox ends the mark and meets the clock.
    REQUIRE(view.sendReply(QStringLiteral("I am sorry to hear it. Can we talk today at 16:00?")));
    syncNow(*console);
    REQUIRE(waitFor([&] { return !inbox.data(rowOf(), CaseListModel::RetaliationRole).toBool(); }));
    const CaseInfo* after = console->cases()->find(filed.caseId);
    REQUIRE(after);
    CHECK_FALSE(after->retaliationOpen());
    CHECK(after->nextClock(*after->retaliationAt + 60).clock != QStringLiteral("retaliation"));
}

TEST_CASE("the aftercare plan is set from the route's template, a reply names its next moment, and the reporter's "
          "signals show in the inbox and stop the plan",
          "[advisor][case][aftercare]")
{
    TestRegistry registry;
    TempDir dir;
    auto console = makeConsole(dir.path());
    provisionAndSignIn(*console, registry, "m9", "Advisor Smit", "ca-pool");
    const FiledReport filed = registry.file(vigil::test::socialReport());
    syncNow(*console);
    CaseView& view = *console->caseView();
    view.openCase(filed.caseId);
    REQUIRE(waitFor([&] { return view.decrypted() && !view.busy(); }));
    auto moments = [&] { return view.aftercare().value(QStringLiteral("checkIns")).toList(); };
    CHECK(moments().isEmpty());
    CHECK(view.aftercare().value(QStringLiteral("templateLabel")).toString() == QStringLiteral("1 week, 1 month, 3 months"));

    // The social route's template, from today while the case is open; one more by hand.
    REQUIRE(view.planCheckInTemplate());
    syncNow(*console);
    REQUIRE(waitFor([&] { return moments().size() == 3; }));
    REQUIRE(view.addCheckIn(2));
    syncNow(*console);
    REQUIRE(waitFor([&] { return moments().size() == 4; }));
    const QVariantMap soonest = moments().front().toMap();
    CHECK(soonest.value(QStringLiteral("status")).toString() == QStringLiteral("planned"));
    const CaseInfo* info = console->cases()->find(filed.caseId);
    REQUIRE(info);
    const qint64 inTwoDays = info->checkIns.front().due;

    // The reporter asks for more contact: the inbox row says so until they are answered.
    const CaseListModel& inbox = *console->cases();
    auto contactWanted = [&] {
        return inbox.data(inbox.index(inbox.rowOf(filed.caseId)), CaseListModel::ContactWantedRole).toBool();
    };
    CHECK_FALSE(contactWanted());
    registry.fileFollowUp(filed, "Yes, please call me.", FollowUpSignal::MoreContact);
    syncNow(*console);
    REQUIRE(waitFor(contactWanted));
    CHECK(view.aftercare().value(QStringLiteral("contactWanted")).toBool());

    // A reply names the next planned moment inside the sealed, signed message.
    REQUIRE(view.sendReply(QStringLiteral("I will check in with you on Thursday.")));
    syncNow(*console);
    REQUIRE(waitFor([&] { return console->sync()->pendingCount() == 0; }));
    auto items = registry.mailbox(filed.replyKey.publicKey);
    REQUIRE(items.size() == 1);
    auto opened = openReply(items[0], filed.replyKey);
    REQUIRE(opened.ok());
    CHECK(opened->message.checkIn == static_cast<std::uint64_t>(inTwoDays));
    REQUIRE(waitFor([&] { return !contactWanted(); }));

    // Removing one (the page asks first) leaves the template's three.
    REQUIRE(view.removeCheckIn(soonest.value(QStringLiteral("id")).toLongLong()));
    syncNow(*console);
    REQUIRE(waitFor([&] { return moments().size() == 3; }));


    // They decline further contact: the plan stops, nothing more is planned, no reply names a moment.
    registry.fileFollowUp(filed, "No further contact, thank you.", FollowUpSignal::DeclineContact);
    syncNow(*console);
    REQUIRE(waitFor([&] { return view.aftercare().value(QStringLiteral("stopped")).toBool(); }));
    CHECK_FALSE(view.aftercare().value(QStringLiteral("canPlan")).toBool());
    CHECK(moments().front().toMap().value(QStringLiteral("status")).toString() == QStringLiteral("stopped"));
    REQUIRE(view.sendReply(QStringLiteral("Understood. You can always write here.")));
    syncNow(*console);
    REQUIRE(waitFor([&] { return registry.mailbox(filed.replyKey.publicKey).size() == 2; }));
    auto last = openReply(registry.mailbox(filed.replyKey.publicKey)[1], filed.replyKey);
    REQUIRE(last.ok());
    CHECK(last->message.checkIn == 0u);
}
