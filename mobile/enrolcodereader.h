// SPDX-License-Identifier: EUPL-1.2
#pragma once

// Reads the enrolment code `vigil-admin enroll --qr` shows (a QR code holding the compact
// provisioning JSON, docs/protocol.md §9) from a picture: a camera frame or an image file.
// ZXing-C++ finds and decodes the QR codes; this file decides which of them is ours.

#include "shared/result.h"

#include <QImage>

#include <cstdint>
#include <string>

namespace vigil::field {

/// The text of the first Vigil enrolment code in `image` (the provisioning payload, as
/// decodeProvisioning accepts it at `now`). Codes may be rotated, scaled, photographed with
/// margins, or shown light on dark (a terminal with a light theme inverts the code).
/// Errors: ErrorKind::NotFound when the picture holds no readable QR code,
/// ErrorKind::Invalid when it holds QR codes but none is a Vigil enrolment code.
[[nodiscard]] Result<std::string> readEnrolCode(const QImage& image, std::uint64_t now);

} // namespace vigil::field
