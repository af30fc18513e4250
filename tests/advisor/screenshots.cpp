// SPDX-License-Identifier: EUPL-1.2
// Renders the console's inbox, case and dashboard offscreen against a real registry filled
// with demo reports, and writes docs/screenshots/advisor-*.png (or into the folder given).
// As a test (advisor.screenshots) it also fails on any QML warning from the console's pages.
#define CATCH_CONFIG_RUNNER
#include "attachmentimages.h"
#include "caselistmodel.h"
#include "caseview.h"
#include "console.h"
#include "dashboard.h"
#include "syncengine.h"

#include "qttest.h"
#include "testdata.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QtQml/qqmlextensionplugin.h>

#include <cstdio>

Q_IMPORT_QML_PLUGIN(Vigil_AdvisorPlugin)
Q_IMPORT_QML_PLUGIN(Vigil_Advisor_CorePlugin)
Q_IMPORT_QML_PLUGIN(Vigil_ControlsPlugin)

using namespace vigil;
using namespace vigil::advisor;
using namespace vigil::advisor::test;

namespace {

int g_qmlWarnings = 0;
QString g_out = QStringLiteral(".");

void messages(QtMsgType type, const QMessageLogContext& context, const QString& text)
{
    const QString where = QString::fromUtf8(context.file ? context.file : "");
    if (type != QtDebugMsg && type != QtInfoMsg
        && (where.contains(QLatin1String("Vigil/Advisor")) || text.contains(QLatin1String("Vigil/Advisor"))))
        ++g_qmlWarnings;
    std::fprintf(stderr, "%s %s\n", qPrintable(where), qPrintable(text));
}

Report physical(Kind kind, Category category, std::string headline, std::string narrative, LocationType where,
                std::string month, Severity severity, Likelihood likelihood)
{
    Report r = vigil::test::nearMissReport();
    r.kind = kind;
    r.category = category;
    r.headline = std::move(headline);
    r.narrative = std::move(narrative);
    r.where = Where{where, "", ""};
    r.involved = {Involved{"crew member", "", "", "", "", ""}};
    r.factors = {"time pressure", "no briefing"};
    r.immediateActions = {"area closed off", "supervisor informed"};
    r.couldHaveHappened = "Serious injury.";
    r.identity.clear();
    r.mode = ReportingMode::Anonymous;
    r.when = When{month + "-14T09:30", "Europe/Amsterdam", TimePrecision::Exact, PeriodOfDay::Day, false};
    r.risk = Risk{{Severity::IV, Likelihood::D}, {severity, likelihood}};
    return r;
}

/// A safety officer's desk: forty-odd reports over half a year, a few overdue, some in progress.
std::vector<FiledReport> fileDemoReports(TestRegistry& registry)
{
    struct Seed {
        Kind kind;
        Category category;
        const char* headline;
        const char* narrative;
        LocationType where;
        Severity severity;
        Likelihood likelihood;
    };
    const std::vector<Seed> seeds{
        {Kind::NearMiss, Category::HazardousSubstanceTransport, "Leaking jerrycan after load shifted",
         "At a stop we smelled fuel. One jerrycan was leaking; the load had shifted because straps were missing.",
         LocationType::Road, Severity::II, Likelihood::D},
        {Kind::NearMiss, Category::LiveFire, "Round left in chamber after clearing drill",
         "During the weapon check after the shoot a round was found in the chamber of a rifle that had been "
         "declared clear.",
         LocationType::Range, Severity::I, Likelihood::D},
        {Kind::Accident, Category::Vehicles, "Reversing truck struck a barrier at the depot",
         "A truck reversed into the loading bay without a banksman and hit the steel barrier; nobody was behind it.",
         LocationType::Barracks, Severity::III, Likelihood::C},
        {Kind::Hazard, Category::WorkingAtHeight, "Guard rail loose on the hangar walkway",
         "Two bolts of the guard rail on the upper walkway are missing; the rail moves when you lean on it.",
         LocationType::Airfield, Severity::II, Likelihood::C},
        {Kind::Incident, Category::HeatStress, "Two soldiers collapsed during the march",
         "At 31 degrees the march continued without a water stop; two soldiers collapsed after 14 km.",
         LocationType::Road, Severity::II, Likelihood::B},
        {Kind::NearMiss, Category::Vehicles, "Convoy vehicle nearly hit a cyclist at dusk",
         "The third vehicle of the convoy swerved for a cyclist without lights on the dike road.",
         LocationType::Road, Severity::I, Likelihood::E},
        {Kind::Hazard, Category::Environment, "Fuel smell near the storm drain",
         "Strong smell of diesel at the storm drain next to the refuelling point after rain.",
         LocationType::Barracks, Severity::III, Likelihood::D},
    };
    const std::vector<std::string> months{"2025-01", "2025-02", "2025-03", "2025-04", "2025-05", "2025-06"};
    std::vector<FiledReport> filed;
    for (std::size_t i = 0; i < 44; ++i) {
        const Seed& s = seeds[(i * 3 + i / 7) % seeds.size()];
        filed.push_back(registry.file(physical(s.kind, s.category, s.headline, s.narrative, s.where,
                                               months[i % months.size()], s.severity, s.likelihood)));
    }
    // Work already done by colleague m1, and a few clocks that ran out.
    for (std::size_t i = 0; i < filed.size(); i += 3)
        registry.transition(filed[i].caseId, "m1", "acknowledged");
    for (std::size_t i = 0; i < filed.size(); i += 6)
        registry.transition(filed[i].caseId, "m1", "assigned");
    for (std::size_t i = 0; i < filed.size(); i += 12)
        registry.transition(filed[i].caseId, "m1", "in_progress");
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    registry.setAcknowledgeDue(filed[1].caseId, now - 2 * 86400);
    registry.setAcknowledgeDue(filed[2].caseId, now - 5 * 3600);
    registry.setAcknowledgeDue(filed[4].caseId, now + 20 * 3600);
    return filed;
}

bool grab(QQuickWindow& window, const QString& path)
{
    waitFor([] { return false; }, 600); // let layouts and images settle
    const QImage image = window.grabWindow();
    const bool ok = !image.isNull() && image.save(path);
    std::printf("%s %s\n", ok ? "wrote" : "FAILED to write", qPrintable(path));
    return ok;
}

} // namespace

TEST_CASE("the inbox, a case and the dashboard render without QML warnings", "[advisor][screenshots]")
{
    const QString out = g_out;
    QDir().mkpath(out);

    TestRegistry registry;
    ScratchDir dir;
    auto console = makeConsole(dir.path());
    provisionAndSignIn(*console, registry, "m9", "Safety officer Smit", "so-13-bde");
    const auto filed = fileDemoReports(registry);
    console->sync()->refresh();
    waitFor([&] { return console->sync()->status() == SyncEngine::Status::Online && console->cases()->count() > 40; });

    Console::setInstance(console.get());
    QQuickStyle::setStyle(QStringLiteral("Fusion"));
    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    engine.addImageProvider(QStringLiteral("attachment"), new AttachmentImages(*console->caseView()));
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Vigil/Advisor/Main.qml")));
    REQUIRE_FALSE(engine.rootObjects().isEmpty());
    auto* window = qobject_cast<QQuickWindow*>(engine.rootObjects().constFirst());
    window->resize(1440, 900);
    bool ok = true;

    // The inbox with the case that is due first open beside it.
    const qint64 first = filed[1].caseId;
    console->caseView()->openCase(first);
    waitFor([&] { return console->caseView()->decrypted() && !console->caseView()->busy(); });
    ok = grab(*window, out + QStringLiteral("/advisor-inbox.png")) && ok;

    // A case in the middle of the work: acknowledged, a reply sent, a note for colleagues.
    CaseView& view = *console->caseView();
    view.openCase(filed[2].caseId);
    waitFor([&] { return view.decrypted() && !view.busy(); });
    view.transition(QStringLiteral("acknowledged"));
    waitFor([&] { return console->sync()->pendingCount() == 0; });
    view.sendReply(QStringLiteral("Thank you for reporting this. The depot manager will mark the reversing area "
                                  "and we will tell you what changed within two weeks."));
    view.addNote(QStringLiteral("Depot has no banksman rota; raise at the Thursday safety meeting."));
    waitFor([&] { return console->sync()->pendingCount() == 0 && view.conversation()->count() == 1; });
    view.reload();
    waitFor([&] { return !view.busy() && view.history()->count() >= 3; });
    ok = grab(*window, out + QStringLiteral("/advisor-case.png")) && ok;
    if (QObject* pane = window->findChild<QObject*>(QStringLiteral("casePane"))) {
        pane->setProperty("currentTab", 1);
        ok = grab(*window, out + QStringLiteral("/advisor-conversation.png")) && ok;
    }

    // The dashboard: the registry's statistics for the half year.
    Dashboard& board = *console->dashboard();
    board.setFromMonth(QStringLiteral("2025-01"));
    board.setToMonth(QStringLiteral("2025-06"));
    board.refresh();
    waitFor([&] { return !board.busy(); });
    if (QObject* page = window->property("currentPage").value<QObject*>())
        page->setProperty("currentTab", 1);
    ok = grab(*window, out + QStringLiteral("/advisor-dashboard.png")) && ok;

    CHECK(g_qmlWarnings == 0);
    CHECK(ok);
    CHECK(board.loaded());
}

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("TZ", "UTC");
    QGuiApplication app(argc, argv);
    qInstallMessageHandler(messages);
    if (argc > 1)
        g_out = QString::fromLocal8Bit(argv[1]);
    return Catch::Session().run(1, argv);
}
