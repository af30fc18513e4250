// SPDX-License-Identifier: EUPL-1.2
#include "photostrip.h"

#include "shared/report.h"

#include <QBuffer>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QImageWriter>
#include <QPainter>

namespace vigil::field {

Result<StrippedPhoto> stripPhoto(const QString& path, int index)
{
    if (QFileInfo(path).size() > static_cast<qint64>(limits::attachmentBytes))
        return Error{"the photo is larger than 32 MiB"};
    QImageReader reader(path);
    reader.setAutoTransform(true);   // keep the picture upright once the orientation tag is gone
    QImage image = reader.read();
    if (image.isNull())
        return Error{"not a photo this app can read: " + reader.errorString().toStdString()};
    if (image.width() > kMaxPhotoEdge || image.height() > kMaxPhotoEdge)
        image = image.scaled(kMaxPhotoEdge, kMaxPhotoEdge, Qt::KeepAspectRatio, Qt::SmoothTransformation);

    // A fresh canvas carries none of the source's text keys or colour-space tags.
    QImage clean(image.size(), QImage::Format_RGB32);
    clean.fill(Qt::white);
    {
        QPainter painter(&clean);
        painter.drawImage(0, 0, image);
    }
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "jpeg");
    writer.setQuality(85);
    if (!writer.write(clean))
        return Error{"the photo could not be encoded: " + writer.errorString().toStdString()};
    StrippedPhoto photo;
    photo.jpeg.assign(out.begin(), out.end());
    photo.name = QStringLiteral("photo-%1.jpg").arg(index);
    photo.width = clean.width();
    photo.height = clean.height();
    return photo;
}

} // namespace vigil::field
