// SPDX-License-Identifier: EUPL-1.2
// Renders the console's inbox, case and dashboard offscreen against a real registry filled
// with demo reports, and writes docs/screenshots/advisor-*.png (or into the folder given):
// in English, and in Dutch as advisor-*-nl.png (with the demo reports written in Dutch too).
// As a test (advisor.screenshots) it also fails on any QML warning from the console's pages.
#define CATCH_CONFIG_RUNNER
#include "account.h"
#include "attachmentimages.h"
#include "caselistmodel.h"
#include "caseview.h"
#include "console.h"
#include "dashboard.h"
#include "alertview.h"
#include "indicatorsview.h"
#include "inspectoratereports.h"
#include "measureeffect.h"
#include "measurelistmodel.h"
#include "measureview.h"
#include "riskview.h"
#include "syncengine.h"

#include "qttest.h"
#include "tests/support/testdata.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QGuiApplication>
#include <QImage>
#include <QQmlApplicationEngine>
#include <QQuickItem>
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

Report physical(bool dutch, Kind kind, Category category, std::string headline, std::string narrative,
                LocationType where, std::string month, Severity severity, Likelihood likelihood)
{
    Report r = vigil::test::nearMissReport();
    r.kind = kind;
    r.category = category;
    r.headline = std::move(headline);
    r.narrative = std::move(narrative);
    r.where = Where{where, "", ""};
    r.involved = {Involved{dutch ? "bemanningslid" : "crew member", "", "", "", "", ""}};
    r.factors = dutch ? std::vector<std::string>{"tijdsdruk", "geen briefing"}
                      : std::vector<std::string>{"time pressure", "no briefing"};
    r.immediateActions = dutch ? std::vector<std::string>{"gebied afgezet", "leidinggevende ingelicht"}
                               : std::vector<std::string>{"area closed off", "supervisor informed"};
    r.couldHaveHappened = dutch ? "Ernstig letsel." : "Serious injury.";
    r.identity.clear();
    r.mode = ReportingMode::Anonymous;
    r.when = When{month + "-14T09:30", "Europe/Amsterdam", TimePrecision::Exact, PeriodOfDay::Day, false};
    r.risk = Risk{{Severity::IV, Likelihood::D}, {severity, likelihood}};
    return r;
}

/// A safety officer's desk: forty-odd reports over half a year, a few overdue, some in progress.
std::vector<FiledReport> fileDemoReports(TestRegistry& registry, bool dutch)
{
    struct Seed {
        Kind kind;
        Category category;
        const char* headline;
        const char* narrative;
        LocationType where;
        Severity severity;
        Likelihood likelihood;
        const char* headlineNl;
        const char* narrativeNl;
    };
    const std::vector<Seed> seeds{
        {Kind::NearMiss, Category::HazardousSubstanceTransport, "Leaking jerrycan after load shifted",
         "At a stop we smelled fuel. One jerrycan was leaking; the load had shifted because straps were missing.",
         LocationType::Road, Severity::II, Likelihood::D,
         "Jerrycan lekte na verschoven lading",
         "Bij een stop roken we brandstof. Eén jerrycan lekte; de lading was verschoven omdat er spanbanden "
         "ontbraken."},
        {Kind::NearMiss, Category::LiveFire, "Round left in chamber after clearing drill",
         "During the weapon check after the shoot a round was found in the chamber of a rifle that had been "
         "declared clear.",
         LocationType::Range, Severity::I, Likelihood::D,
         "Patroon in de kamer na ontladen",
         "Bij de wapencontrole na het schieten zat er nog een patroon in de kamer van een geweer dat als "
         "ontladen was gemeld."},
        {Kind::Accident, Category::Vehicles, "Reversing truck struck a barrier at the depot",
         "A truck reversed into the loading bay without a banksman and hit the steel barrier; nobody was behind it.",
         LocationType::Barracks, Severity::III, Likelihood::C,
         "Achteruitrijdende vrachtwagen raakte slagboom bij depot",
         "Een vrachtwagen reed zonder begeleider achteruit het laadperron in en raakte de stalen slagboom; er "
         "stond niemand achter."},
        {Kind::Hazard, Category::WorkingAtHeight, "Guard rail loose on the hangar walkway",
         "Two bolts of the guard rail on the upper walkway are missing; the rail moves when you lean on it.",
         LocationType::Airfield, Severity::II, Likelihood::C,
         "Leuning los op looppad in de hangar",
         "Van de leuning op het bovenste looppad ontbreken twee bouten; de leuning beweegt als je erop leunt."},
        {Kind::Incident, Category::HeatStress, "Two soldiers collapsed during the march",
         "At 31 degrees the march continued without a water stop; two soldiers collapsed after 14 km.",
         LocationType::Road, Severity::II, Likelihood::B,
         "Twee militairen onwel tijdens de mars",
         "Bij 31 graden ging de mars door zonder waterstop; na 14 km zakten twee militairen in elkaar."},
        {Kind::NearMiss, Category::Vehicles, "Convoy vehicle nearly hit a cyclist at dusk",
         "The third vehicle of the convoy swerved for a cyclist without lights on the dike road.",
         LocationType::Road, Severity::I, Likelihood::E,
         "Konvooivoertuig raakte bijna fietser in de schemering",
         "Het derde voertuig van het konvooi moest uitwijken voor een fietser zonder licht op de dijkweg."},
        {Kind::Hazard, Category::Environment, "Fuel smell near the storm drain",
         "Strong smell of diesel at the storm drain next to the refuelling point after rain.",
         LocationType::Barracks, Severity::III, Likelihood::D,
         "Brandstoflucht bij de regenwaterput",
         "Na regen sterke diesellucht bij de regenwaterput naast het tankpunt."},
    };
    const std::vector<std::string> months{"2025-01", "2025-02", "2025-03", "2025-04", "2025-05", "2025-06"};
    std::vector<FiledReport> filed;
    for (std::size_t i = 0; i < 44; ++i) {
        const Seed& s = seeds[(i * 3 + i / 7) % seeds.size()];
        filed.push_back(registry.file(physical(dutch, s.kind, s.category, dutch ? s.headlineNl : s.headline,
                                               dutch ? s.narrativeNl : s.narrative, s.where, months[i % months.size()],
                                               s.severity, s.likelihood),
                                      {}, dutch ? "nl" : "en"));
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
    // Two reporters wrote again after filing: the inbox marks them.
    registry.fileFollowUp(filed[5], dutch ? "Het is vandaag weer gebeurd." : "It happened again today.");
    registry.fileFollowUp(filed[8], dutch ? "Is er al iets bekend?" : "Is there any news?");
    // A case closed earlier, for the lessons-learned bulletin.
    registry.transition(filed[3].caseId, "m1", "closed", "referred");
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


/// The dashboard's capacity charts (issue 16 §5): the confidential-advisor pool assigns by load,
/// five social reports come in over the last days and some were answered, within the 48-hour
/// contact clock or not. Rendered last but for the lesson: these reports would change the
/// indicators and statistics the other pages show.
bool renderCapacity(QQuickWindow& window, TestRegistry& registry, Console& console, bool dutch)
{
    registry.setGroupAutoAssign("ca-pool", true);
    std::vector<std::int64_t> cases;
    for (int i = 0; i < 6; ++i)
        cases.push_back(registry.file(vigil::test::socialReport(), {}, dutch ? "nl" : "en").caseId);
    // Assigned in turn: m3, m4, m3, m4, m3, m4.
    registry.answerAfter(cases[0], "m3", 20);
    registry.answerAfter(cases[1], "m4", 30);
    registry.answerAfter(cases[2], "m3", 60);
    registry.answerAfter(cases[3], "m4", 6);
    registry.answerAfter(cases[4], "", 70);
    Capacity& capacity = *console.dashboard()->capacity();
    capacity.refresh({}, {});
    waitFor([&] { return !capacity.busy(); });
    if (QObject* page = window.property("currentPage").value<QObject*>())
        page->setProperty("currentTab", 5);
    QObject* board = window.findChild<QObject*>(QStringLiteral("dashboardPage"));
    if (!board || !capacity.loaded())
        return false;
    waitFor([] { return false; }, 300); // the tab's layout first, then scroll to its end
    QMetaObject::invokeMethod(board, "showCapacity");
    const QString suffix = dutch ? QStringLiteral("-nl.png") : QStringLiteral(".png");
    return grab(window, g_out + QStringLiteral("/advisor-capacity") + suffix);
}

QString inDays(int days)
{
    return QDateTime::currentDateTimeUtc().addDays(days).date().toString(Qt::ISODate);
}

/// The measures register: three measures proposed from cases, one approved and implemented by
/// a colleague with the measures role, one overdue; the Measures and Follow-up tabs, and the
/// proposal dialog warning about a name.
bool renderMeasures(QQuickWindow& window, TestRegistry& registry, Console& console, Console& colleague,
                    const std::vector<FiledReport>& filed, bool dutch)
{
    const QString out = g_out;
    const QString suffix = dutch ? QStringLiteral("-nl.png") : QStringLiteral(".png");
    MeasureView& measures = *console.measures();
    registry.grantMeasuresRole("m8", "13-bde");
    struct Proposal {
        const char* en;
        const char* nl;
        const char* role;
        int days;
        std::size_t report;
    };
    const Proposal proposals[] = {
        {"Banksman rota for reversing at the depot", "Begeleidersrooster voor achteruitrijden bij het depot", "S4", 40, 2},
        {"Water stops every 5 km above 25 degrees", "Waterstop elke 5 km boven 25 graden", "S3", 5, 4},
        {"Strap check before every fuel transport", "Controle spanbanden voor elk brandstoftransport", "S4", 60, 0},
    };
    for (const Proposal& p : proposals)
        measures.propose(QString::fromUtf8(dutch ? p.nl : p.en), {}, QStringLiteral("physical"), QStringLiteral("13-bde"),
                         QString::fromLatin1(p.role), inDays(p.days), {QVariant::fromValue<qint64>(filed[p.report].caseId)});
    waitFor([&] { return console.sync()->pendingCount() == 0 && measures.measures()->count() == 3; });
    const auto& rows = measures.measures()->measures();
    const qint64 first = rows[0].id, third = rows[2].id;
    // The colleague approves the first and records it as implemented; the third ran late.
    syncNow(colleague);
    MeasureView& theirs = *colleague.measures();
    waitFor([&] { return theirs.measures()->count() == 3; });
    theirs.select(first);
    theirs.approve();
    waitFor([&] { return colleague.sync()->pendingCount() == 0 && theirs.measure().value("state") == "approved"; });
    theirs.implement(inDays(-1), dutch ? QStringLiteral("Rooster hangt in de wachtruimte; ingevoerd per maandag.")
                                       : QStringLiteral("Rota posted in the drivers' room; in force from Monday."));
    waitFor([&] { return colleague.sync()->pendingCount() == 0 && theirs.measure().value("state") == "implemented"; });
    const QDate late = QDateTime::currentDateTimeUtc().date().addDays(-3);
    registry.setMeasureDue(third, late.toString(Qt::ISODate).toStdString(),
                           QDateTime(late, QTime(23, 59, 59), Qt::UTC).toSecsSinceEpoch());
    measures.refresh();
    waitFor([&] { return !measures.busy() && measures.clocks()->overdueCount() == 1; });

    bool ok = true;
    QObject* page = window.property("currentPage").value<QObject*>();
    if (!page)
        return false;
    page->setProperty("currentTab", 2);
    measures.filter()->setState({});
    measures.select(first);
    ok = grab(window, out + QStringLiteral("/advisor-measures") + suffix) && ok;
    page->setProperty("currentTab", 1);
    ok = grab(window, out + QStringLiteral("/advisor-followup") + suffix) && ok;
    // Withdrawing its own proposal: the step dialog asks for a reason and says what cancelling means.
    page->setProperty("currentTab", 2);
    measures.select(rows[1].id);
    QObject* stepDialog = window.findChild<QObject*>(QStringLiteral("measureStepDialog"));
    if (stepDialog && !measures.steps().isEmpty()) {
        QMetaObject::invokeMethod(stepDialog, "start", Q_ARG(QVariant, measures.steps().constFirst()));
        ok = grab(window, out + QStringLiteral("/advisor-measure-step") + suffix) && ok;
        QMetaObject::invokeMethod(stepDialog, "close");
    } else {
        ok = false;
    }
    measures.select(first);
    if (QObject* dialog = window.findChild<QObject*>(QStringLiteral("measureDialog"))) {
        QMetaObject::invokeMethod(dialog, "start", Q_ARG(QVariant, QVariant::fromValue<qint64>(filed[5].caseId)));
        if (QObject* title = dialog->findChild<QObject*>(QStringLiteral("measureTitle")))
            title->setProperty("text", dutch ? QStringLiteral("Sgt. Pieters geeft nieuwe chauffeurs een briefing")
                                             : QStringLiteral("Sgt. Pieters briefs new drivers"));
        if (QObject* role = dialog->findChild<QObject*>(QStringLiteral("measureRole")))
            role->setProperty("text", QStringLiteral("S3"));
        if (QObject* due = dialog->findChild<QObject*>(QStringLiteral("measureDue")))
            due->setProperty("text", inDays(30));
        ok = grab(window, out + QStringLiteral("/advisor-propose-measure") + suffix) && ok;
        QMetaObject::invokeMethod(dialog, "close");
    } else {
        ok = false;
    }

    // A case the first measure answers, closed "resolved — measure": the word to the reporter is
    // filled in, in the report's language.
    const qint64 caseId = filed[2].caseId;
    for (const char* state : {"assigned", "in_progress", "feedback_given"})
        registry.transition(caseId, "m9", state);
    syncNow(console);
    page->setProperty("currentTab", 0);
    CaseView& view = *console.caseView();
    view.openCase(caseId);
    waitFor([&] { return view.decrypted() && !view.busy() && view.summary().value("state") == "feedback_given"; });
    QObject* closing = window.findChild<QObject*>(QStringLiteral("closeDialog"));
    QObject* outcome = closing ? closing->findChild<QObject*>(QStringLiteral("closeOutcome")) : nullptr;
    if (!outcome)
        return false;
    QMetaObject::invokeMethod(closing, "start");
    int byMeasure = -1;
    QMetaObject::invokeMethod(outcome, "indexOfValue", Q_RETURN_ARG(int, byMeasure),
                              Q_ARG(QVariant, QStringLiteral("resolved_measure")));
    outcome->setProperty("currentIndex", byMeasure);
    QMetaObject::invokeMethod(closing, "fillReply");
    if (QObject* reason = closing->findChild<QObject*>(QStringLiteral("closeReason")))
        reason->setProperty("text", dutch ? QStringLiteral("Begeleidersrooster ingevoerd; geen nieuwe meldingen.")
                                          : QStringLiteral("Banksman rota in force; no new reports."));
    ok = grab(window, out + QStringLiteral("/advisor-close-measure") + suffix) && ok;
    QMetaObject::invokeMethod(closing, "close");
    return ok;
}

/// The risk register: a dozen risks so that the heat maps publish some counts, a few assessed,
/// one accepted by the brigade's commander, and the same commander refused for a high residual
/// risk (the registry's 403 in the pane); then the decision dialog with the authority it needs.
bool renderRisks(QQuickWindow& window, TestRegistry& registry, Console& console, bool dutch)
{
    const QString suffix = dutch ? QStringLiteral("-nl.png") : QStringLiteral(".png");
    RiskView& risks = *console.risks();
    registry.grantMeasuresRole("m9", ""); // may record risks for the whole organisation too
    registry.grantCommanderRole("m9", "13-bde");
    struct Hazard {
        const char* en;
        const char* nl;
        const char* severity;
        const char* probability;
        const char* unit;
    };
    const Hazard hazards[] = {
        {"Crossing the range road during live fire", "Oversteken van de schietbaanweg tijdens scherp schieten", "I", "B", "13-bde"},
        {"Reversing trucks at the depot without a banksman", "Achteruitrijdende vrachtwagens bij het depot zonder begeleider", "II", "C", "13-bde"},
        {"Heat stress on marches above 25 degrees", "Hittestress bij marsen boven 25 graden", "II", "C", "13-bde"},
        {"Fuel transport with worn straps", "Brandstoftransport met versleten spanbanden", "II", "C", "13-bde"},
        {"Fatigue on night convoys", "Vermoeidheid bij nachtelijke konvooien", "II", "C", ""},
        {"Unsecured loads on trailers", "Onvoldoende gezekerde lading op aanhangers", "II", "C", "13-bde"},
        {"Slippery ramps at the wash bay", "Gladde hellingen bij de wasplaats", "III", "C", "13-bde"},
        {"Noise exposure at the workshop", "Blootstelling aan lawaai in de werkplaats", "III", "D", "13-bde"},
        {"Blocked emergency exits in the barracks", "Geblokkeerde nooduitgangen in de legering", "III", "D", "13-bde"},
        {"Ladders without inspection tags", "Ladders zonder keuringslabel", "III", "D", "13-bde"},
        {"Exclusion of new colleagues at the unit", "Buitensluiten van nieuwe collega's bij de eenheid", "III", "D", "13-bde"},
        {"Loose cables in the operations room", "Losse kabels in de operatiekamer", "III", "D", "13-bde"},
    };
    for (const Hazard& h : hazards)
        risks.create(QString::fromUtf8(dutch ? h.nl : h.en), {}, QStringLiteral("physical"), QString::fromLatin1(h.unit),
                     QString::fromLatin1(h.severity), QString::fromLatin1(h.probability), {}, {});
    waitFor([&] { return console.sync()->pendingCount() == 0 && risks.risks()->count() == 12; }, 30000);
    const auto& rows = risks.risks()->risks();
    const qint64 road = rows[0].id, depot = rows[1].id;
    // The road keeps a high residual risk until the barrier stands; the depot's drops to medium.
    risks.select(road);
    risks.assess(QStringLiteral("I"), QStringLiteral("C"),
                 dutch ? QStringLiteral("Slagboom besteld, nog niet geplaatst.") : QStringLiteral("Barrier ordered, not yet placed."));
    risks.select(depot);
    risks.assess(QStringLiteral("III"), QStringLiteral("C"),
                 dutch ? QStringLiteral("Begeleidersrooster ingevoerd (maatregel 1).") : QStringLiteral("Banksman rota in force (measure 1)."));
    waitFor([&] { return console.sync()->pendingCount() == 0 && risks.risk().value("residualLevel") == "medium"; });
    risks.accept(inDays(182), dutch ? QStringLiteral("Aanvaardbaar met het rooster; over een half jaar opnieuw bekijken.")
                                    : QStringLiteral("Acceptable with the rota; look again in six months."));
    waitFor([&] { return console.sync()->pendingCount() == 0 && risks.risk().value("state") == "accepted"; });
    // The brigade's commander may not accept a high risk: the registry says who may.
    risks.select(road);
    risks.accept(inDays(90), {});
    waitFor([&] { return console.sync()->pendingCount() == 0 && !risks.lastError().isEmpty(); });
    risks.refresh();
    waitFor([&] { return !risks.busy(); });

    bool ok = true;
    QObject* page = window.property("currentPage").value<QObject*>();
    if (!page)
        return false;
    page->setProperty("currentTab", 3);
    ok = grab(window, g_out + QStringLiteral("/advisor-risks") + suffix) && ok;
    QObject* dialog = window.findChild<QObject*>(QStringLiteral("riskStepDialog"));
    if (!dialog)
        return false;
    const QVariantMap accept{{QStringLiteral("step"), QStringLiteral("accept")},
                             {QStringLiteral("label"), riskStepLabel(QStringLiteral("accept"))}};
    QMetaObject::invokeMethod(dialog, "start", Q_ARG(QVariant, accept));
    if (QObject* due = dialog->findChild<QObject*>(QStringLiteral("riskReviewDue")))
        due->setProperty("text", inDays(90));
    ok = grab(window, g_out + QStringLiteral("/advisor-risk-decide") + suffix) && ok;
    QMetaObject::invokeMethod(dialog, "close");
    return ok;
}

/// A board of two indicators, as the registry would publish it after three years of reports
/// (the test registry holds months, not years): near misses of the brigade with alert levels
/// that step each year and an alert in the last month; social safety reports of a battalion,
/// mostly "<5", so too few for alert levels.
QJsonObject demoBoard()
{
    const QDate asOf = QDate::currentDate().addMonths(-2);
    QJsonArray months, nearMisses, nearLevels, social, none;
    const int counts[] = {17, 21, 19, 23, 18, 20, 22, 16, 19, 24, 21, 18, 20, 23, 17, 22, 25, 19,
                          21, 18, 24, 20, 17, 22, 19, 21, 18, 23, 20, 17, 0, 22, 19, 24, 21, 31};
    const QJsonObject year2{{"mean", 20.0}, {"sd", 2.4}, {"l1", 22.4}, {"l2", 24.8}, {"l3", 27.2}};
    const QJsonObject year3{{"mean", 20.7}, {"sd", 2.5}, {"l1", 23.2}, {"l2", 25.7}, {"l3", 28.2}};
    for (int i = 0; i < 36; ++i) {
        months.append(asOf.addMonths(i - 35).toString(QStringLiteral("yyyy-MM")));
        // One summer-leave month with fewer than five reports: a gap, not a number.
        nearMisses.append(counts[i] == 0 ? QJsonValue(QStringLiteral("<5")) : QJsonValue(counts[i]));
        nearLevels.append(i < 12 ? QJsonValue() : QJsonValue(i < 24 ? year2 : year3));
        social.append(i % 5 == 2 ? QJsonValue(6) : QJsonValue(QStringLiteral("<5")));
        none.append(QJsonValue());
    }
    auto scope = [](const char* unit, const char* kind) {
        return QJsonObject{{"unit", QString::fromLatin1(unit)},
                           {"kinds", QJsonArray{QString::fromLatin1(kind)}},
                           {"categories", QJsonArray{}}, {"modes", QJsonArray{}}, {"levels", QJsonArray{}}};
    };
    const QJsonObject near{{"id", "nm-13bde"}, {"name_nl", "Bijna-ongevallen 13 Bde"}, {"name_en", "Near misses 13 Bde"},
                           {"scope", scope("13-bde", "near_miss")}, {"rules", "3:1,2:2,1:3"}, {"months", months},
                           {"values", nearMisses}, {"levels", nearLevels},
                           {"alerts", QJsonArray{QJsonObject{{"month", months.last()}, {"rule", "3:1"}}}}};
    const QJsonObject few{{"id", "ss-13bde"}, {"name_nl", "Meldingen sociale veiligheid 13 Bde"},
                          {"name_en", "Social safety reports 13 Bde"}, {"scope", scope("13-bde", "social_safety")},
                          {"rules", "3:1,2:2,1:3"}, {"months", months}, {"values", social}, {"levels", none},
                          {"alerts", QJsonArray{}}};
    return {{"format", "vigil-indicators/1"}, {"as_of", months.last()}, {"k", 5},
            {"indicators", QJsonArray{near, few}}};
}

/// The indicators with an alert the registry raised on the board's last month (a real alert
/// object on indicator nm-13bde, which the registry knows by the same id as the demo board), the
/// alert dialog, and following it up with an explanation that names someone.
bool renderIndicators(QQuickWindow& window, TestRegistry& registry, Console& console, bool dutch)
{
    const QString suffix = dutch ? QStringLiteral("-nl.png") : QStringLiteral(".png");
    IndicatorsView& view = *console.indicators();
    QObject* page = window.property("currentPage").value<QObject*>();
    if (!page)
        return false;
    const QJsonObject board = demoBoard();
    const QString lastMonth = board.value("as_of").toString();
    registry.defineIndicator("nm-13bde", "Bijna-ongevallen 13 Bde", "Near misses 13 Bde", "13-bde");
    registry.grantMeasuresRole("m9", "13-bde");
    const auto alertId = registry.raiseAlert("nm-13bde", lastMonth.toStdString(), 31, 28.2);
    AlertView& alerts = *console.alerts();
    alerts.refresh();
    waitFor([&] { return !alerts.busy() && alerts.openCount() == 1; });
    page->setProperty("currentTab", 4);
    waitFor([&] { return !view.busy(); });
    view.showBoard(board, console.now());
    view.select(QStringLiteral("nm-13bde"));
    bool ok = grab(window, g_out + QStringLiteral("/advisor-indicators") + suffix);
    QObject* dialog = window.findChild<QObject*>(QStringLiteral("alertDialog"));
    if (!dialog)
        return false;
    QMetaObject::invokeMethod(dialog, "show", Q_ARG(QVariant, QVariant::fromValue<qint64>(alertId)));
    ok = grab(window, g_out + QStringLiteral("/advisor-alert") + suffix) && ok;
    QMetaObject::invokeMethod(dialog, "prepare", Q_ARG(QVariant, QStringLiteral("followed_up")));
    if (QObject* text = dialog->findChild<QObject*>(QStringLiteral("alertText")))
        text->setProperty("text", dutch ? QStringLiteral("Oefenseizoen: meer scherpschieten. Navraag bij De Vries.")
                                        : QStringLiteral("Exercise season: more live firing. Checked with De Vries."));
    ok = grab(window, g_out + QStringLiteral("/advisor-alert-followup") + suffix) && ok;
    QMetaObject::invokeMethod(dialog, "close");
    view.select(QStringLiteral("ss-13bde"));
    ok = grab(window, g_out + QStringLiteral("/advisor-indicators-few") + suffix) && ok;
    return ok;
}

/// The item named `name` under `root` in the visual tree (a Repeater's rows are not QObject
/// children of the page, so findChild does not reach them).
QQuickItem* itemNamed(QQuickItem* root, const QString& name)
{
    if (!root)
        return nullptr;
    if (root->objectName() == name)
        return root;
    for (QQuickItem* child : root->childItems())
        if (QQuickItem* found = itemNamed(child, name))
            return found;
    return nullptr;
}

/// Guards the Dutch picker's overlap: in every row the tick box ends before the label and the
/// detail under it begin, as laid out on screen.
bool pickerTextClearsItsBoxes(QQuickItem* picker, const QVariantList& ids)
{
    bool ok = true;
    for (const QVariant& id : ids) {
        QQuickItem* box = itemNamed(picker, QStringLiteral("indicatorChoice_") + id.toString());
        QQuickItem* detail = itemNamed(picker, QStringLiteral("indicatorDetail_") + id.toString());
        auto* tick = box ? box->property("indicator").value<QQuickItem*>() : nullptr;
        auto* label = box ? box->property("contentItem").value<QQuickItem*>() : nullptr;
        INFO("indicator " << id.toString().toStdString());
        REQUIRE(box);
        REQUIRE(detail);
        REQUIRE(tick);
        REQUIRE(label);
        const qreal tickEnd = tick->mapToScene(QPointF(tick->width(), 0)).x();
        // A style's label spans the box and starts its text after the indicator by its padding.
        const qreal labelStart = label->mapToScene(QPointF(label->property("leftPadding").toReal(), 0)).x();
        const qreal detailStart = detail->mapToScene(QPointF(detail->property("leftPadding").toReal(), 0)).x();
        INFO("box ends at " << tickEnd << ", label starts at " << labelStart << ", detail at " << detailStart);
        CHECK(tick->width() > 0);
        CHECK(tickEnd <= labelStart);
        CHECK(tickEnd <= detailStart);
        ok = ok && tick->width() > 0 && tickEnd <= labelStart && tickEnd <= detailStart;
    }
    return ok;
}

/// The effect card of the implemented measure as its check would read once its windows settled:
/// before and after windows on the demo board's near misses (the board's own months and counts).
bool renderEffect(QQuickWindow& window, Console& console, bool dutch)
{
    const QString suffix = dutch ? QStringLiteral("-nl.png") : QStringLiteral(".png");
    QObject* page = window.property("currentPage").value<QObject*>();
    MeasureView& measures = *console.measures();
    if (!page || measures.measures()->count() == 0)
        return false;
    page->setProperty("currentTab", 2);
    for (const MeasureInfo& m : measures.measures()->measures())
        if (m.state == QLatin1String("implemented"))
            measures.select(m.id);
    MeasureEffect& effect = *console.effect();
    waitFor([&] { return effect.status() != QStringLiteral("loading"); });
    const QJsonObject near = demoBoard().value("indicators").toArray().at(0).toObject();
    const QJsonArray months = near.value("months").toArray();
    const QJsonArray values = near.value("values").toArray();
    auto window6 = [&](int from) {
        double count = 0;
        for (int i = from; i < from + 6; ++i)
            count += values.at(i).toDouble();
        return QJsonObject{{"from", months.at(from)}, {"to", months.at(from + 5)}, {"count", count}, {"exposure", 6}};
    };
    // Months 17–22 before, 24–29 after (month 23 the month of implementation), counted from the board.
    const QJsonObject check{{"indicator", "nm-13bde"},     {"before", window6(17)},     {"after", window6(24)},
                            {"exposure_unit", "months"},   {"rate_ratio", 0.938},
                            {"ci", QJsonArray{0.73, 1.21}}, {"p", 0.66},
                            {"result", "no_change"},       {"reason", "no_halving"},
                            {"at", static_cast<double>(console.now())}, {"by", "m8"}};
    effect.showCheck(check, QStringLiteral("stored"));
    bool ok = grab(window, g_out + QStringLiteral("/advisor-effect") + suffix);
    // A proposed measure's indicators chosen from the board's: near misses (primary) and the
    // share reported anonymously.
    for (const MeasureInfo& m : measures.measures()->measures())
        if (m.state == QLatin1String("proposed")) {
            measures.select(m.id);
            break;
        }
    QObject* links = window.findChild<QObject*>(QStringLiteral("measureIndicatorsDialog"));
    if (!links)
        return false;
    QMetaObject::invokeMethod(links, "start");
    QObject* picker = links->findChild<QObject*>(QStringLiteral("linkPicker"));
    if (!picker)
        return false;
    const QVariantList chosen{QStringLiteral("nm-13bde"), QStringLiteral("ss-13bde")};
    QMetaObject::invokeMethod(picker, "reset", Q_ARG(QVariant, chosen), Q_ARG(QVariant, QStringLiteral("nm-13bde")));
    ok = grab(window, g_out + QStringLiteral("/advisor-measure-indicators") + suffix) && ok;
    ok = pickerTextClearsItsBoxes(qobject_cast<QQuickItem*>(picker), chosen) && ok;
    QMetaObject::invokeMethod(links, "close");
    return ok;
}

/// The inspectorate's report: m9 is given the inspectorate role, issues the last settled
/// quarter, and the dialog lists the issue ready to save.
bool renderReport(QQuickWindow& window, TestRegistry& registry, Console& console, bool dutch)
{
    registry.grantInspectorateRole("m9", "");
    QObject* page = window.property("currentPage").value<QObject*>();
    QObject* dialog = window.findChild<QObject*>(QStringLiteral("reportDialog"));
    if (!page || !dialog)
        return false;
    page->setProperty("currentTab", 4);
    InspectorateReports& reports = *console.reports();
    QMetaObject::invokeMethod(dialog, "show");
    waitFor([&] { return !reports.busy(); });
    const QString period = reports.periods().value(0).toMap().value(QStringLiteral("value")).toString();
    reports.issue(period, {});
    waitFor([&] { return !reports.busy() && reports.reports().size() == 1; });
    if (QObject* list = dialog->findChild<QObject*>(QStringLiteral("reportList")))
        list->setProperty("currentIndex", 0);
    const bool ok = grab(window, g_out + QStringLiteral("/advisor-report") + (dutch ? QStringLiteral("-nl.png")
                                                                                   : QStringLiteral(".png")));
    QMetaObject::invokeMethod(dialog, "close");
    return ok;
}

/// Files the demo reports, signs in, and writes the four screenshots in one language
/// ("" for English, "-nl" for Dutch after the file name's stem).
void renderScreenshots(bool dutch)
{
    const QString out = g_out;
    const QString suffix = dutch ? QStringLiteral("-nl.png") : QStringLiteral(".png");
    QDir().mkpath(out);

    TestRegistry registry;
    TempDir dir;
    auto console = makeConsole(dir.path());
    console->setLanguage(dutch ? QStringLiteral("nl") : QStringLiteral("en"));
    Console::setInstance(console.get());
    QQuickStyle::setStyle(QStringLiteral("Fusion"));
    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    engine.addImageProvider(QStringLiteral("attachment"), new AttachmentImages(*console->caseView()));
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Vigil/Advisor/Main.qml")));
    REQUIRE_FALSE(engine.rootObjects().isEmpty());
    auto* window = qobject_cast<QQuickWindow*>(engine.rootObjects().constFirst());
    // The smallest desk screen the console is made for (issue 12, item 15).
    window->resize(1280, 720);
    bool ok = true;

    // First start, with the language switch in the corner (in Dutch only: the page the
    // organisation's advisors see first).
    if (dutch)
        ok = grab(*window, out + QStringLiteral("/advisor-setup-nl.png")) && ok;

    provisionAndSignIn(*console, registry, "m9", dutch ? "Veiligheidsfunctionaris Smit" : "Safety officer Smit",
                       "so-13-bde");
    // A colleague in the same group, registered before the reports come in (so they hold their keys).
    TempDir colleagueDir;
    auto colleague = makeConsole(colleagueDir.path());
    colleague->setLanguage(dutch ? QStringLiteral("nl") : QStringLiteral("en"));
    provisionAndSignIn(*colleague, registry, "m8", dutch ? "Veiligheidsfunctionaris De Vries" : "Safety officer De Vries",
                       "so-13-bde");
    const auto filed = fileDemoReports(registry, dutch);
    console->sync()->refresh();
    waitFor([&] { return console->sync()->status() == SyncEngine::Status::Online && console->cases()->count() > 40; });

    // The inbox with the case that is due first open beside it.
    const qint64 first = filed[1].caseId;
    console->caseView()->openCase(first);
    waitFor([&] { return console->caseView()->decrypted() && !console->caseView()->busy(); });
    ok = grab(*window, out + QStringLiteral("/advisor-inbox") + suffix) && ok;

    // A colleague answered the reporter first (shown to this advisor from the copy the colleague
    // sealed for the case's key holders), then this advisor acknowledges, replies and notes.
    CaseView& view = *console->caseView();
    {
        syncNow(*colleague);
        CaseView& other = *colleague->caseView();
        other.openCase(filed[2].caseId);
        waitFor([&] { return other.decrypted() && !other.busy(); });
        other.sendReply(dutch ? QStringLiteral("Dank je. Ik ben De Vries, veiligheidsfunctionaris; een collega neemt "
                                               "je melding vandaag over.")
                              : QStringLiteral("Thank you. I am De Vries, safety officer; a colleague takes your report "
                                               "over today."));
        waitFor([&] { return colleague->sync()->pendingCount() == 0; });
    }
    view.openCase(filed[2].caseId);
    waitFor([&] { return view.decrypted() && !view.busy(); });
    view.transition(QStringLiteral("acknowledged"));
    waitFor([&] { return console->sync()->pendingCount() == 0; });
    view.sendReply(dutch ? QStringLiteral("Bedankt voor je melding. De depotbeheerder markeert de plek waar "
                                          "achteruit wordt gereden; binnen twee weken laten we je weten wat er "
                                          "is veranderd.")
                         : QStringLiteral("Thank you for reporting this. The depot manager will mark the reversing "
                                          "area and we will tell you what changed within two weeks."));
    view.addNote(dutch ? QStringLiteral("Depot heeft geen rooster voor begeleiders; inbrengen in het "
                                        "veiligheidsoverleg van donderdag.")
                       : QStringLiteral("Depot has no banksman rota; raise at the Thursday safety meeting."));
    waitFor([&] { return console->sync()->pendingCount() == 0 && view.conversation()->count() == 2; });
    view.reload();
    waitFor([&] { return !view.busy() && view.history()->count() >= 3; });
    ok = grab(*window, out + QStringLiteral("/advisor-case") + suffix) && ok;
    QObject* pane = window->findChild<QObject*>(QStringLiteral("casePane"));
    if (pane) {
        pane->setProperty("currentTab", 1);
        ok = grab(*window, out + QStringLiteral("/advisor-conversation") + suffix) && ok;
        pane->setProperty("currentTab", 0);
    }

    // Closing a colleague's case: the dialog asks for the outcome and a reason, offers a word to
    // the reporter, and says whose case it is.
    view.openCase(filed[6].caseId);
    waitFor([&] { return view.decrypted() && !view.busy(); });
    if (QObject* closing = window->findChild<QObject*>(QStringLiteral("closeDialog"))) {
        QMetaObject::invokeMethod(closing, "start");
        // The dialog's items are the dialog's children (their visual parent is its content item).
        if (QObject* reason = closing->findChild<QObject*>(QStringLiteral("closeReason")))
            reason->setProperty("text", dutch ? QStringLiteral("Dubbele melding: hetzelfde voorval als zaak %1.")
                                                    .arg(filed[0].caseId)
                                              : QStringLiteral("Duplicate: the same event as case %1.")
                                                    .arg(filed[0].caseId));
        if (QObject* message = closing->findChild<QObject*>(QStringLiteral("closeMessage")))
            message->setProperty("text", dutch ? QStringLiteral("Dank je. Dit voorval was al gemeld; we pakken het "
                                                                "op onder de eerdere melding.")
                                               : QStringLiteral("Thank you. This event was reported before; we "
                                                                "follow it up under the earlier report."));
        ok = grab(*window, out + QStringLiteral("/advisor-close") + suffix) && ok;
        QMetaObject::invokeMethod(closing, "close");
    } else {
        ok = false;
    }
    view.closeWithReason(QStringLiteral("referred"),
                         dutch ? QStringLiteral("Dubbele melding: hetzelfde voorval als zaak %1.").arg(filed[0].caseId)
                               : QStringLiteral("Duplicate: the same event as case %1.").arg(filed[0].caseId),
                         {});
    waitFor([&] { return console->sync()->pendingCount() == 0 && view.notes()->count() == 1; });
    if (pane) {
        pane->setProperty("currentTab", 2);
        ok = grab(*window, out + QStringLiteral("/advisor-notes") + suffix) && ok;
        pane->setProperty("currentTab", 0);
    }

    // The aftercare plan of the case just closed (issue 16 §2): this advisor's safety routes
    // have no template, so three moments by hand.
    if (pane) {
        view.addCheckIn(7);
        view.addCheckIn(30);
        view.addCheckIn(90);
        waitFor([&] {
            return console->sync()->pendingCount() == 0
                && view.aftercare().value(QStringLiteral("checkIns")).toList().size() == 3;
        });
        pane->setProperty("currentTab", 4);
        ok = grab(*window, out + QStringLiteral("/advisor-aftercare") + suffix) && ok;
        pane->setProperty("currentTab", 0);
    }

    // The dashboard: the registry's statistics for the half year.
    Dashboard& board = *console->dashboard();
    board.setFromMonth(QStringLiteral("2025-01"));
    board.setToMonth(QStringLiteral("2025-06"));
    board.refresh();
    waitFor([&] { return !board.busy() && !board.capacity()->busy(); });
    if (QObject* page = window->property("currentPage").value<QObject*>())
        page->setProperty("currentTab", 5);
    ok = grab(*window, out + QStringLiteral("/advisor-dashboard") + suffix) && ok;

    ok = renderMeasures(*window, registry, *console, *colleague, filed, dutch) && ok;
    ok = renderRisks(*window, registry, *console, dutch) && ok;
    ok = renderIndicators(*window, registry, *console, dutch) && ok;
    ok = renderEffect(*window, *console, dutch) && ok;
    ok = renderReport(*window, registry, *console, dutch) && ok;
    ok = renderCapacity(*window, registry, *console, dutch) && ok;

    // A lessons-learned bulletin drafted from the closed case, ready to translate and submit.
    if (QObject* page = window->property("currentPage").value<QObject*>())
        page->setProperty("currentTab", 0);
    view.openCase(filed[3].caseId);
    waitFor([&] { return view.decrypted() && !view.busy(); });
    if (QObject* lesson = window->findChild<QObject*>(QStringLiteral("lessonDialog"))) {
        QMetaObject::invokeMethod(lesson, "start");
        ok = grab(*window, out + QStringLiteral("/advisor-lesson") + suffix) && ok;
        QMetaObject::invokeMethod(lesson, "close");
    } else {
        ok = false;
    }

    // Locked again (which forgets the statistics too), and a wrong passphrase: said in the
    // console's language.
    const bool boardLoaded = board.loaded();
    console->account()->lock();
    console->account()->unlock(QStringLiteral("not the passphrase"));
    waitFor([&] { return !console->account()->busy() && !console->account()->lastError().isEmpty(); });
    ok = grab(*window, out + QStringLiteral("/advisor-unlock") + suffix) && ok;

    CHECK(g_qmlWarnings == 0);
    CHECK(ok);
    CHECK(boardLoaded);
}

} // namespace

TEST_CASE("the inbox, a case and the dashboard render without QML warnings", "[advisor][screenshots]")
{
    renderScreenshots(false);
}

TEST_CASE("in Dutch too", "[advisor][screenshots]")
{
    renderScreenshots(true);
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
