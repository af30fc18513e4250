// SPDX-License-Identifier: EUPL-1.2
#include "attachmentimages.h"

#include "caseview.h"

#include <QImage>

namespace vigil::advisor {

AttachmentImages::AttachmentImages(CaseView& view) : QQuickImageProvider(QQuickImageProvider::Image), m_view(view) {}

QImage AttachmentImages::requestImage(const QString& id, QSize* size, const QSize& requestedSize)
{
    // Image providers of type Image run on the GUI thread, where the case view lives.
    const QStringList parts = id.split(QLatin1Char('/'));
    QImage image;
    if (parts.size() == 2) {
        const QByteArray bytes = m_view.attachment(parts[0].toLongLong(), parts[1].toInt());
        image.loadFromData(bytes);
    }
    if (size)
        *size = image.size();
    if (!image.isNull() && requestedSize.isValid())
        image = image.scaled(requestedSize, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    return image;
}

} // namespace vigil::advisor
