// SPDX-License-Identifier: EUPL-1.2
#include "shared/qt/labels.h"
#include "shared/qt/quitontermination.h"
#include "shared/qt/retryschedule.h"
#include "shared/qt/uilanguage.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QLocale>
#include <QSet>
#include <QTimer>
#include <QTranslator>

#include <csignal>

using namespace vigil::appcore;

namespace {

constexpr Vocabulary kAll[] = {Vocabulary::Kind,   Vocabulary::Category, Vocabulary::State,       Vocabulary::Step,
                               Vocabulary::Outcome, Vocabulary::Mode,    Vocabulary::Risk,        Vocabulary::Clock,
                               Vocabulary::Domain,  Vocabulary::AuditAction, Vocabulary::Location, Vocabulary::Period,
                               Vocabulary::Injury,  Vocabulary::Damage};

} // namespace

TEST_CASE("every wire label has a Dutch and an English text in the shared catalogue", "[appcore][labels]")
{
    UiLanguage language(QStringLiteral("none"));
    REQUIRE(language.apply(QStringLiteral("en")));
    QTranslator dutch;
    REQUIRE(dutch.load(QStringLiteral(":/i18n/vigil-labels_nl.qm")));
    int checked = 0;
    for (Vocabulary v : kAll) {
        const QStringList names = vigil::appcore::names(v);
        REQUIRE_FALSE(names.isEmpty());
        for (const QString& name : names) {
            INFO(name.toStdString());
            const QString english = label(v, name);
            CHECK_FALSE(english.isEmpty());
            // The English source text is what the Dutch catalogue translates; "" means missing.
            CHECK_FALSE(dutch.translate("WireLabels", english.toUtf8().constData()).isEmpty());
            ++checked;
        }
    }
    CHECK(checked > 80);
}

TEST_CASE("labels follow the language installed, and an unknown name is shown as it is", "[appcore][labels]")
{
    UiLanguage language(QStringLiteral("none"));
    language.apply(QStringLiteral("nl"));
    CHECK(label(Vocabulary::Kind, QStringLiteral("near_miss")) == QStringLiteral("Bijna-ongeval"));
    CHECK(label(QStringLiteral("category"), QStringLiteral("hazardous_substance_transport"))
          == QStringLiteral("Vervoer van gevaarlijke stoffen"));
    // "Serious" (a risk class) and "Severe" (an impact) are two words in Dutch too.
    CHECK(label(Vocabulary::Risk, QStringLiteral("serious")) != label(Vocabulary::Risk, QStringLiteral("severe")));
    language.apply(QStringLiteral("en"));
    CHECK(label(Vocabulary::Kind, QStringLiteral("near_miss")) == QStringLiteral("Near miss"));
    CHECK(label(QStringLiteral("kind"), QStringLiteral("near_miss")) == QStringLiteral("Near miss"));
    CHECK(label(Vocabulary::Category, QStringLiteral("new_category")) == QStringLiteral("new category"));
    CHECK(label(QStringLiteral("no-such-vocabulary"), QStringLiteral("x_y")) == QStringLiteral("x_y"));
    // Labels are unique within a vocabulary: two wire values never look alike.
    for (Vocabulary v : {Vocabulary::Kind, Vocabulary::Category, Vocabulary::Risk, Vocabulary::Location}) {
        for (const char* lang : {"nl", "en"}) {
            language.apply(QString::fromLatin1(lang));
            QSet<QString> seen;
            for (const QString& name : vigil::appcore::names(v)) {
                INFO(lang << " " << name.toStdString());
                CHECK_FALSE(seen.contains(label(v, name)));
                seen.insert(label(v, name));
            }
        }
    }
}

TEST_CASE("the interface language is Dutch or English, and numbers follow it", "[appcore][language]")
{
    CHECK(UiLanguage::normal(QStringLiteral("en")) == QStringLiteral("en"));
    CHECK(UiLanguage::normal(QStringLiteral("fr")) == QStringLiteral("nl"));
    UiLanguage language(QStringLiteral("none"));
    CHECK(language.apply(QStringLiteral("nl")));
    CHECK_FALSE(language.apply(QStringLiteral("xx"))); // also Dutch: nothing changes
    CHECK(language.current() == QStringLiteral("nl"));
    CHECK(QLocale().toString(2.5, 'f', 1) == QStringLiteral("2,5"));
    CHECK(language.apply(QStringLiteral("en")));
    CHECK(QLocale().toString(2.5, 'f', 1) == QStringLiteral("2.5"));
}

TEST_CASE("the retry schedule doubles its jittered step up to the cap and never undercuts Retry-After",
          "[appcore][retry]")
{
    RetrySchedule schedule(1000, 8000);
    schedule.setRandom(QRandomGenerator(42));
    CHECK(schedule.stepMs() == 0);
    const int expectedSteps[] = {1000, 2000, 4000, 8000, 8000, 8000};
    for (int step : expectedSteps) {
        const int wait = schedule.failed();
        INFO("step " << step << " wait " << wait);
        CHECK(schedule.stepMs() == step);
        CHECK(wait >= step / 2);
        CHECK(wait <= step);
    }
    CHECK(schedule.failures() == 6);
    CHECK(schedule.failed(30000) == 30000); // the server said when to come back
    schedule.succeeded();
    CHECK(schedule.failures() == 0);
    const int first = schedule.failed();
    CHECK((first >= 500 && first <= 1000));
    // Many failures do not overflow the step.
    for (int i = 0; i < 100; ++i)
        (void)schedule.failed();
    CHECK(schedule.stepMs() == 8000);

    // The jitter spreads: a thousand clients that failed together do not return together.
    QSet<int> waits;
    for (int i = 0; i < 1000; ++i) {
        RetrySchedule s(10000, 60000);
        waits.insert(s.failed() / 100);
    }
    CHECK(waits.size() > 40);
}

TEST_CASE("SIGTERM ends the event loop with 0 instead of killing the process", "[appcore][signal]")
{
    quitOnTermination(*QCoreApplication::instance());
    bool quitSeen = false;
    QObject context;
    QObject::connect(QCoreApplication::instance(), &QCoreApplication::aboutToQuit, &context, [&] { quitSeen = true; });
    QTimer::singleShot(0, [] { std::raise(SIGTERM); });
    QTimer failsafe;
    failsafe.setSingleShot(true);
    QObject::connect(&failsafe, &QTimer::timeout, [] { QCoreApplication::exit(7); });
    failsafe.start(10000);
    CHECK(QCoreApplication::exec() == 0);
    CHECK(quitSeen);
}
