// SPDX-License-Identifier: EUPL-1.2
#include "advisor/lessondraft.h"

#include "tests/support/testdata.h"

#include <catch2/catch.hpp>

using namespace vigil;
using namespace vigil::advisor;

TEST_CASE("a lessons-learned draft redacts names and units and dates and times", "[advisor][lessons]")
{
    RedactionContext context{{QStringLiteral("Sgt. A. Example, 42 bn transport platoon")},
                             {QStringLiteral("13-bde"), QStringLiteral("13 Bde")}};
    const QString text = QStringLiteral(
        "On 2025-03-12 at 14:20 Sgt. Jansen of 42 bn told Pieter de Vries near 31UFU 12345 67890 that the "
        "13-bde range was closed on Monday 12 March. The UN1203 can leaked.");
    const QString out = redact(text, context);
    for (const char* gone : {"2025-03-12", "14:20", "Jansen", "42 bn", "Pieter", "Vries", "31UFU", "13-bde",
                             "Monday", "12 March"})
        CHECK_FALSE(out.contains(QString::fromLatin1(gone)));
    CHECK(out.contains(QStringLiteral("UN1203")));   // substances stay: they are the lesson
    CHECK(out.contains(QStringLiteral("[name]")));
    CHECK(out.contains(QStringLiteral("[unit]")));
    CHECK(out.contains(QStringLiteral("[date]")));
    CHECK(out.contains(QStringLiteral("[time]")));

    const Report report = vigil::test::nearMissReport();
    const LessonDraft draft = draftLesson(report, QStringLiteral("Dangerous goods transport"), QStringLiteral("Resolved"),
                                          context);
    CHECK(draft.title == QStringLiteral("Lesson learned: Dangerous goods transport"));
    CHECK(draft.text.contains(QStringLiteral("straps missing")));
    CHECK_FALSE(draft.text.contains(QStringLiteral("Example")));
    CHECK_FALSE(draft.text.contains(QStringLiteral("2025-03")));
}
