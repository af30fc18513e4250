// SPDX-License-Identifier: EUPL-1.2
#include "chartpdf.h"

#include <QFileInfo>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

namespace vigil::advisor {

QString writeChartPdf(const QString& path, const ChartPage& page)
{
    if (page.charts.isNull())
        return QStringLiteral("nothing to export: the charts are not rendered");
    const QFileInfo target(path);
    if (!QFileInfo(target.absolutePath()).isDir())
        return QStringLiteral("the folder %1 does not exist").arg(target.absolutePath());

    QPdfWriter pdf(path);
    pdf.setCreator(QStringLiteral("Vigil advisor console"));
    pdf.setTitle(page.title);
    pdf.setResolution(300);
    const bool landscape = page.charts.width() > page.charts.height();
    pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4),
                                  landscape ? QPageLayout::Landscape : QPageLayout::Portrait,
                                  QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
    QPainter painter;
    if (!painter.begin(&pdf))
        return QStringLiteral("cannot write %1").arg(path);

    const QRect area = painter.viewport();
    const int line = pdf.resolution() / 6; // ~12 pt
    int y = 0;
    QFont heading = painter.font();
    heading.setPointSizeF(16);
    heading.setBold(true);
    painter.setFont(heading);
    painter.drawText(QRect(0, y, area.width(), 2 * line), Qt::AlignLeft | Qt::AlignVCenter, page.title);
    y += 2 * line;
    QFont body = painter.font();
    body.setPointSizeF(9);
    body.setBold(false);
    painter.setFont(body);
    for (const QString& fact : page.facts) {
        painter.drawText(QRect(0, y, area.width(), line), Qt::AlignLeft | Qt::AlignVCenter, fact);
        y += line;
    }
    y += line / 2;

    // The charts, scaled to the space left, keeping their proportions.
    const QRect room(0, y, area.width(), area.height() - y - 2 * line);
    const QSize fitted = page.charts.size().scaled(room.size(), Qt::KeepAspectRatio);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.drawImage(QRect(room.topLeft(), fitted), page.charts);

    painter.drawText(QRect(0, area.height() - line, area.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
                     page.footer);
    if (!painter.end())
        return QStringLiteral("cannot finish %1").arg(path);
    return {};
}

} // namespace vigil::advisor
