// SPDX-License-Identifier: EUPL-1.2
#pragma once

// A small PDF writer for the inspectorate's report (docs/pdca-plan.md §7): text in the standard
// Helvetica fonts, lines, rectangles and polylines — what tables and charts need, no more.
//
// Why not a library: vigil-admin may not link Qt (QPdfWriter), and what a verifier needs is that
// the same report gives the same bytes on any machine. Cairo embeds font subsets found through
// fontconfig, so its bytes depend on the fonts installed; the 14 standard fonts need no embedding
// and their metrics are fixed (pdffontmetrics.h). The file carries no dates, its streams are
// uncompressed, and its /ID is the hash of its content: the bytes are a pure function of the pages.

#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace vigil::report {

enum class PdfFont { Regular, Bold };

struct PdfColor {
    double r = 0, g = 0, b = 0;  ///< 0…1
};

struct PdfPoint {
    double x = 0, y = 0;  ///< points (1/72 inch) from the page's bottom left corner
};

/// UTF-8 as WinAnsiEncoding, the standard fonts' encoding (Windows-1252: every Dutch and
/// English letter fits). A character it lacks, or a broken UTF-8 sequence, becomes '?'; a
/// control character (tab, newline) becomes a space — text is drawn one line at a time.
std::string toWinAnsi(std::string_view utf8);

/// The width of `utf8` set in `font` at `size` points.
double textWidth(std::string_view utf8, PdfFont font, double size);

/// `utf8` broken at spaces into lines no wider than `width`; a word wider than a line is cut.
std::vector<std::string> wrapText(std::string_view utf8, PdfFont font, double size, double width);

/// One page's drawing operations, in the order they are drawn.
class PdfPage {
public:
    /// Text with its baseline starting at (x, y).
    void text(PdfPoint at, std::string_view utf8, PdfFont font, double size, PdfColor color = {});
    /// Text whose end lies at x = `right` (figures in a table column).
    void textRight(PdfPoint right, std::string_view utf8, PdfFont font, double size, PdfColor color = {});
    void line(PdfPoint from, PdfPoint to, double width, PdfColor color = {});
    void polyline(std::span<const PdfPoint> points, double width, PdfColor color = {});
    void fillRect(PdfPoint corner, double width, double height, PdfColor color);
    void strokeRect(PdfPoint corner, double width, double height, double lineWidth, PdfColor color = {});

    const std::string& content() const { return m_content; }

private:
    std::string m_content;
};

class PdfDocument {
public:
    static constexpr double kA4Width = 595.28;
    static constexpr double kA4Height = 841.89;

    explicit PdfDocument(std::string title, double width = kA4Width, double height = kA4Height);

    /// A new blank page at the end; the reference stays valid until the next addPage.
    PdfPage& addPage();
    std::size_t pageCount() const { return m_pages.size(); }
    /// Page `i` (0-based), to draw on it again, e.g. its footer once the page count is known.
    PdfPage& page(std::size_t i) { return m_pages.at(i); }
    double width() const { return m_width; }
    double height() const { return m_height; }

    /// The file: PDF 1.4, one object per page and per content stream, the two fonts shared.
    std::string bytes() const;

private:
    std::string m_title;
    double m_width;
    double m_height;
    std::vector<PdfPage> m_pages;
};

} // namespace vigil::report
