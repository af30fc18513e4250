// SPDX-License-Identifier: EUPL-1.2
#pragma once

// Serves the open case's decrypted photos to QML ("image://attachment/<case>/<index>")
// straight from memory, so a photo is never written to disk to be shown.

#include <QQuickImageProvider>

namespace vigil::advisor {

class CaseView;

class AttachmentImages : public QQuickImageProvider {
public:
    explicit AttachmentImages(CaseView& view);
    QImage requestImage(const QString& id, QSize* size, const QSize& requestedSize) override;

private:
    CaseView& m_view;
};

} // namespace vigil::advisor
