// SPDX-License-Identifier: EUPL-1.2
#pragma once

// Photos leave the phone without metadata: the image is decoded (applying the EXIF
// orientation), redrawn onto a fresh canvas and encoded again as JPEG, so EXIF, GPS, XMP,
// comments and maker notes are all gone. Very large photos are scaled down.

#include "shared/bytes.h"

#include <QString>

namespace vigil::field {

struct StrippedPhoto {
    Bytes jpeg;
    QString name;      ///< "photo-1.jpg": the original file name may itself identify
    int width = 0;
    int height = 0;
};

inline constexpr int kMaxPhotoEdge = 3000;

/// Decodes `path` and re-encodes it without metadata. Runs on any thread.
Result<StrippedPhoto> stripPhoto(const QString& path, int index);

} // namespace vigil::field
