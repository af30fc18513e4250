// SPDX-License-Identifier: EUPL-1.2
// The inspectorate's report from the console (advisor/inspectoratereports) against a real
// registry on loopback: refused in words without the role, a settled period issued, a second
// issue of it only with a reason, and the PDF and the signed report saved to files.
#include "advisor/inspectoratereports.h"

#include "qttest.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QUrl>

using namespace vigil;
using namespace vigil::advisor;
using namespace vigil::advisor::test;

namespace {

QByteArray contentsOf(const std::filesystem::path& path)
{
    QFile file(QString::fromStdString(path.string()));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

TEST_CASE("a report period is a quarter or a year", "[advisor][reports]")
{
    CHECK(InspectorateReports::validPeriod(QStringLiteral("2026Q3")));
    CHECK(InspectorateReports::validPeriod(QStringLiteral("2025")));
    CHECK_FALSE(InspectorateReports::validPeriod(QStringLiteral("2026Q5")));
    CHECK_FALSE(InspectorateReports::validPeriod(QStringLiteral("2026-07")));
    CHECK_FALSE(InspectorateReports::validPeriod({}));
}

TEST_CASE("the inspectorate issues, reissues with a reason and saves the report from the console",
          "[advisor][reports]")
{
    TestRegistry registry;
    TempDir dir, files;
    auto console = makeConsole(dir.path());
    provisionAndSignIn(*console, registry, "m9", "Inspector Smit", "ca-pool");
    syncNow(*console);
    InspectorateReports& reports = *console->reports();

    // Without the role the registry refuses, and the console says who issues the report.
    reports.refresh();
    REQUIRE(waitFor([&] { return !reports.busy() && !reports.allowed(); }));
    CHECK(reports.lastError().contains(QStringLiteral("inspectorate")));

    registry.grantInspectorateRole("m9", "");
    reports.refresh();
    REQUIRE(waitFor([&] { return !reports.busy() && reports.allowed(); }));
    CHECK(reports.reports().isEmpty());
    const QVariantList periods = reports.periods();
    REQUIRE(periods.size() == 11);
    const QString period = periods.front().toMap().value(QStringLiteral("value")).toString();
    CHECK(InspectorateReports::validPeriod(period));

    CHECK_FALSE(reports.issue(QStringLiteral("2026-07"), {}));
    REQUIRE(reports.issue(period, {}));
    REQUIRE(waitFor([&] { return !reports.busy() && reports.reports().size() == 1; }));
    INFO(reports.lastError().toStdString());
    CHECK(reports.notice().contains(period));
    const qint64 first = reports.issuedAs(period);
    REQUIRE(first > 0);

    // Issued already: a second issue needs a reason, and is kept beside the first.
    CHECK_FALSE(reports.issue(period, QStringLiteral("  ")));
    CHECK(reports.lastError().contains(QStringLiteral("reason")));
    REQUIRE(reports.issue(period, QStringLiteral("A late report changed the counts.")));
    REQUIRE(waitFor([&] { return !reports.busy() && reports.reports().size() == 2; }));
    const QVariantMap newest = reports.reports().front().toMap();
    CHECK(newest.value(QStringLiteral("reissueOf")).toLongLong() == first);
    CHECK(newest.value(QStringLiteral("reason")) == QStringLiteral("A late report changed the counts."));
    CHECK(newest.value(QStringLiteral("madeBy")) == QStringLiteral("Inspector Smit"));

    const auto pdf = files.path() / "report-en.pdf";
    REQUIRE(reports.save(first, QStringLiteral("pdf-en"), QString::fromStdString(pdf.string())));
    REQUIRE(waitFor([&] { return !reports.busy(); }));
    CHECK(reports.lastError().isEmpty());
    CHECK(contentsOf(pdf).startsWith("%PDF"));
    const auto signedReport = files.path() / "report.vgv";
    REQUIRE(reports.save(first, QStringLiteral("signed"),
                         QUrl::fromLocalFile(QString::fromStdString(signedReport.string())).toString()));
    REQUIRE(waitFor([&] { return !reports.busy(); }));
    CHECK(contentsOf(signedReport).size() > 64);
    // The JSON, verified against the pinned root key, is the signed report's payload.
    const auto json = files.path() / "report.json";
    REQUIRE(reports.save(first, QStringLiteral("json"), QString::fromStdString(json.string())));
    REQUIRE(waitFor([&] { return !reports.busy(); }));
    CHECK(reports.lastError().isEmpty());
    const QByteArray payload = contentsOf(json);
    CHECK(payload.startsWith("{"));
    CHECK(contentsOf(signedReport).contains(payload));
    CHECK(payload.contains(period.toUtf8()));
    CHECK_FALSE(reports.save(first, QStringLiteral("docx"), QString::fromStdString(pdf.string())));
}
