// SPDX-License-Identifier: EUPL-1.2
#pragma once

// The advance widths of the two standard fonts the report uses, so text can be measured and
// laid out without a font file: a PDF reader supplies Helvetica itself (one of the 14 standard
// fonts), and the widths here are the ones it lays the glyphs out with.

#include <array>
#include <cstdint>

namespace vigil::report {

/// Widths in 1/1000 em of WinAnsiEncoding codes 32…255 (index = code − 32).
extern const std::array<std::uint16_t, 224> kHelveticaWidths;
extern const std::array<std::uint16_t, 224> kHelveticaBoldWidths;

} // namespace vigil::report
