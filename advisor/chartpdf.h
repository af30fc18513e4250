// SPDX-License-Identifier: EUPL-1.2
#pragma once

// The dashboard's current view as a one-page PDF for the plan-do-check-act review: a heading,
// what the figures cover (period, suppression threshold, when and where they came from), and
// the charts as rendered on screen — the same picture, so a hidden cell stays "<5" on paper.

#include <QImage>
#include <QString>
#include <QStringList>

namespace vigil::advisor {

struct ChartPage {
    QString title;
    QStringList facts;   ///< one line each, under the title
    QImage charts;       ///< the rendered charts (grab at twice the screen size for print)
    QString footer;
};

/// Writes `page` to `path` (A4, landscape when the charts are wider than tall). Returns an
/// empty string, or what went wrong.
QString writeChartPdf(const QString& path, const ChartPage& page);

} // namespace vigil::advisor
