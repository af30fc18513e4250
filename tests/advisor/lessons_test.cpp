// SPDX-License-Identifier: EUPL-1.2
// From a closed case to a lesson every device receives: the console submits (queued, so it
// survives being offline), the operator approves or rejects at the registry, and the console
// shows what became of it. Also: the inbox marks a case whose reporter wrote after the last
// answer, and the dashboard exports a PDF.
#include "advisor/caseview.h"

#include "advisor/caselistmodel.h"
#include "advisor/dashboard.h"
#include "advisor/inboxfilter.h"
#include "advisor/lessonsubmissions.h"
#include "advisor/syncengine.h"
#include "qttest.h"
#include "tests/support/testdata.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QImage>
#include <QPainter>

using namespace vigil;
using namespace vigil::advisor;
using namespace vigil::advisor::test;

namespace {

QString stateOf(Console& console, qint64 caseId)
{
    const QVariantList rows = console.lessons()->forCase(caseId);
    return rows.isEmpty() ? QString() : rows.front().toMap().value(QStringLiteral("state")).toString();
}

} // namespace

TEST_CASE("a lesson from a closed case waits for the operator, survives being offline, and comes back with "
          "its fate",
          "[advisor][lessons]")
{
    TestRegistry registry;
    TempDir dir;
    auto console = makeConsole(dir.path());
    console->sync()->setRetryBase(100);
    provisionAndSignIn(*console, registry, "m9", "Advisor Smit", "ca-pool");
    const FiledReport filed = registry.file(vigil::test::socialReport());
    registry.transition(filed.caseId, "m3", "acknowledged");
    registry.transition(filed.caseId, "m3", "closed", "unfounded");
    syncNow(*console);
    CaseView& view = *console->caseView();
    view.openCase(filed.caseId);
    REQUIRE(waitFor([&] { return view.decrypted() && !view.busy(); }));

    const QVariantMap draft = view.draftLesson();
    REQUIRE_FALSE(draft.value(QStringLiteral("text")).toString().isEmpty());
    CHECK(draft.value(QStringLiteral("language")).toString() == QString::fromStdString(filed.header.language));

    // Both languages are required, as every device shows the one its user chose.
    CHECK_FALSE(view.submitLesson(QStringLiteral("Uitsluiting in een nieuwe groep"),
                                  draft.value(QStringLiteral("text")).toString(), {}, {}));
    CHECK(view.lastError().contains(QStringLiteral("Dutch and in English")));
    CHECK(console->sync()->pendingCount() == 0);

    // Offline: the submission waits in the sealed queue.
    registry.stop();
    REQUIRE(view.submitLesson(QStringLiteral("Uitsluiting in een nieuwe groep"), QStringLiteral("Spreek het direct aan."),
                              QStringLiteral("Exclusion in a new team"), QStringLiteral("Address it at once.")));
    REQUIRE(waitFor([&] { return console->sync()->status() == SyncEngine::Status::Offline; }));
    CHECK(console->sync()->pendingCount() == 1);
    registry.restart();
    REQUIRE(waitFor([&] { return console->sync()->pendingCount() == 0; }, 30000));
    REQUIRE(waitFor([&] { return stateOf(*console, filed.caseId) == QLatin1String("pending"); }));
    CHECK_THAT(registry.submissions("pending"), Catch::Contains("Exclusion in a new team"));

    SECTION("approved: published as a bulletin")
    {
        registry.approveSubmission(registry.firstPendingSubmission());
        syncNow(*console);
        REQUIRE(waitFor([&] { return stateOf(*console, filed.caseId) == QLatin1String("published"); }));
        const QVariantMap row = console->lessons()->forCase(filed.caseId).front().toMap();
        CHECK(row.value(QStringLiteral("stateLabel")).toString() == QStringLiteral("Published as bulletin 1"));
    }
    SECTION("rejected: the operator's reason reaches the author")
    {
        registry.rejectSubmission(registry.firstPendingSubmission(), "Leave out the unit, please.");
        syncNow(*console);
        REQUIRE(waitFor([&] { return stateOf(*console, filed.caseId) == QLatin1String("rejected"); }));
        CHECK(console->lessons()->forCase(filed.caseId).front().toMap().value(QStringLiteral("reason")).toString()
              == QStringLiteral("Leave out the unit, please."));
    }
}

TEST_CASE("the inbox marks a case whose reporter wrote after the last answer", "[advisor][inbox][follow-up]")
{
    TestRegistry registry;
    TempDir dir;
    auto console = makeConsole(dir.path());
    provisionAndSignIn(*console, registry, "m9", "Advisor Smit", "ca-pool");
    const FiledReport filed = registry.file(vigil::test::socialReport());
    syncNow(*console);
    CaseListModel& cases = *console->cases();
    auto waitingMark = [&] {
        return cases.data(cases.index(0), CaseListModel::ReporterWaitingRole).toBool();
    };
    REQUIRE(cases.count() == 1);
    CHECK_FALSE(waitingMark());

    registry.fileFollowUp(filed, "Ik wil graag een gesprek.");
    syncNow(*console);
    CHECK(waitingMark());
    CHECK(cases.data(cases.index(0), CaseListModel::FollowUpsRole).toInt() == 1);
    // The inbox can show only such cases.
    InboxFilter& inbox = *console->inbox();
    inbox.setState(QString());
    inbox.setReporterWaiting(true);
    CHECK(inbox.count() == 1);

    // The follow-up reads in the conversation, and an answer clears the mark.
    CaseView& view = *console->caseView();
    view.openCase(filed.caseId);
    REQUIRE(waitFor([&] { return view.decrypted() && !view.busy() && view.conversation()->count() == 1; }));
    CHECK(view.conversation()->rows()[0].text == QStringLiteral("Ik wil graag een gesprek."));
    REQUIRE(view.sendReply(QStringLiteral("Dat kan. Dinsdag?")));
    syncNow(*console);
    REQUIRE(waitFor([&] { return !waitingMark(); }));
    CHECK(inbox.count() == 0);
}

TEST_CASE("the dashboard exports what it shows as a one-page PDF", "[advisor][dashboard]")
{
    TestRegistry registry;
    TempDir dir;
    auto console = makeConsole(dir.path());
    Dashboard& board = *console->dashboard();
    REQUIRE(board.loadJson(QString::fromStdString(registry.statisticsJson())));
    QImage charts(1200, 800, QImage::Format_ARGB32);
    charts.fill(Qt::white);
    QPainter(&charts).fillRect(100, 100, 300, 500, Qt::darkBlue);
    const QString path = QString::fromStdString((dir.path() / "steering.pdf").string());
    REQUIRE(board.exportPdf(path, charts));
    QFile pdf(path);
    REQUIRE(pdf.open(QIODevice::ReadOnly));
    const QByteArray bytes = pdf.readAll();
    CHECK(bytes.startsWith("%PDF-"));
    CHECK(bytes.count("/Type /Page\n") + bytes.count("/Type /Page ") + bytes.count("/Type /Page>") >= 1);
    CHECK(bytes.contains("/Subtype /Image"));
    // Nothing rendered, nothing written; a folder that is not there is said plainly.
    CHECK_FALSE(board.exportPdf(QString::fromStdString((dir.path() / "none.pdf").string()), QImage()));
    CHECK_FALSE(board.exportPdf(QStringLiteral("/no/such/folder/steering.pdf"), charts));
    CHECK(board.lastError().contains(QStringLiteral("/no/such/folder")));
}
