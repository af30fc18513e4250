// SPDX-License-Identifier: EUPL-1.2
#include "advisor/caselistmodel.h"

#include "advisor/account.h"
#include "advisor/inboxfilter.h"
#include "advisor/syncengine.h"
#include "qttest.h"
#include "tests/support/testdata.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QDateTime>

using namespace vigil;
using namespace vigil::advisor;
using namespace vigil::advisor::test;

namespace {

std::vector<qint64> idsInOrder(const InboxFilter& inbox)
{
    std::vector<qint64> ids;
    for (int row = 0; row < inbox.rowCount(); ++row)
        ids.push_back(inbox.caseIdAt(row));
    return ids;
}

} // namespace

TEST_CASE("the inbox holds exactly the cases routed to the advisor's groups and sorts and filters them",
          "[advisor][inbox]")
{
    TestRegistry registry;
    TempDir dir;
    auto console = makeConsole(dir.path());
    QAbstractItemModelTester listTester(console->cases(), QAbstractItemModelTester::FailureReportingMode::Warning);
    QAbstractItemModelTester filterTester(console->inbox(), QAbstractItemModelTester::FailureReportingMode::Warning);
    provisionAndSignIn(*console, registry, "m9", "Advisor Smit", "ca-pool");

    // Two social-safety reports reach the confidential-advisor pool; a near miss goes to the
    // safety officers, and another social report excludes m9 (conflict of interest).
    const FiledReport social1 = registry.file(vigil::test::socialReport());
    const FiledReport social2 = registry.file(vigil::test::socialReport());
    registry.file(vigil::test::nearMissReport());
    registry.file(vigil::test::socialReport(), {"m9"});
    registry.setAcknowledgeDue(social2.caseId, QDateTime::currentSecsSinceEpoch() - 3600);

    SyncEngine& sync = *console->sync();
    sync.refresh();
    REQUIRE(waitFor([&] { return sync.status() == SyncEngine::Status::Online && console->cases()->count() > 0; }));
    REQUIRE(console->cases()->count() == 2);
    CHECK(console->cases()->find(social1.caseId) != nullptr);
    CHECK(console->cases()->find(social2.caseId) != nullptr);

    InboxFilter& inbox = *console->inbox();
    REQUIRE(inbox.count() == 2);
    SECTION("the overdue case comes first and says so")
    {
        CHECK(idsInOrder(inbox).front() == social2.caseId);
        const QModelIndex top = inbox.index(0, 0);
        CHECK(top.data(CaseListModel::UrgencyRole).toInt() == 3);
        CHECK(top.data(CaseListModel::TimeLeftRole).toString().startsWith(QStringLiteral("overdue by")));
        CHECK(top.data(CaseListModel::ClockRole).toString() == QStringLiteral("acknowledge"));
        CHECK(console->cases()->overdueCount() == 1);
        // The other one runs the 48-hour contact clock of the social-safety route: due soon.
        const QModelIndex second = inbox.index(1, 0);
        CHECK(second.data(CaseListModel::ClockRole).toString() == QStringLiteral("contact"));
        CHECK(second.data(CaseListModel::UrgencyRole).toInt() == 2);
    }
    SECTION("filters by clock, kind, category and search")
    {
        inbox.setClock(QStringLiteral("overdue"));
        CHECK(idsInOrder(inbox) == std::vector<qint64>{social2.caseId});
        inbox.setClock({});
        inbox.setKind(QStringLiteral("near_miss"));
        CHECK(inbox.count() == 0);
        inbox.setKind(QStringLiteral("social_safety"));
        inbox.setCategory(QStringLiteral("bullying"));
        CHECK(inbox.count() == 2);
        inbox.setSearch(QStringLiteral("#%1").arg(social1.caseId));
        CHECK(idsInOrder(inbox) == std::vector<qint64>{social1.caseId});
        inbox.resetFilters();
        CHECK(inbox.count() == 2);
        const QVariantList kinds = inbox.choices(QStringLiteral("kind"));
        REQUIRE(kinds.size() == 1);
        CHECK(kinds[0].toMap().value(QStringLiteral("label")).toString() == QStringLiteral("Social safety"));
    }
    SECTION("sorts by received time, newest first on request")
    {
        inbox.setSortKey(QStringLiteral("received"));
        inbox.setDescending(true);
        const auto ids = idsInOrder(inbox);
        REQUIRE(ids.size() == 2);
        CHECK(ids.front() > ids.back()); // same second: the later case id first
    }
}

TEST_CASE("time left reads in days and hours and overdue says by how much", "[advisor][inbox]")
{
    CHECK(timeLeftText(1000 + 3 * 86400 + 7200, 1000) == QStringLiteral("3 d left"));
    CHECK(timeLeftText(1000 + 86400 + 7200, 1000) == QStringLiteral("1 d 2 h left"));
    CHECK(timeLeftText(1000 + 5 * 3600, 1000) == QStringLiteral("5 h left"));
    CHECK(timeLeftText(1000, 1000 + 2 * 86400 + 10) == QStringLiteral("overdue by 2 d"));
}

TEST_CASE("the console ranks a case by the same MIL-STD-882E matrix as the registry, and by impact without one",
          "[advisor][inbox]")
{
    const auto level = [](const char* severity, const char* likelihood, const char* impact = "none",
                          bool danger = false) {
        vigil::advisor::CaseInfo c;
        c.severity = QString::fromLatin1(severity);
        c.likelihood = QString::fromLatin1(likelihood);
        c.impact = QString::fromLatin1(impact);
        c.immediateDanger = danger;
        return c.riskLevel().toStdString();
    };
    CHECK(level("I", "A") == "high");
    CHECK(level("I", "C") == "high");
    CHECK(level("II", "C") == "serious");
    CHECK(level("I", "D") == "serious");
    CHECK(level("IV", "A") == "medium");
    CHECK(level("I", "E") == "medium");
    CHECK(level("IV", "C") == "low");
    CHECK(level("none", "none", "substantial") == "serious");
    CHECK(level("none", "none", "limited", true) == "high");
    CHECK(level("none", "none") == "unrated");
    CHECK(level("V", "Z") == "unrated");  // names the wire does not know
}
