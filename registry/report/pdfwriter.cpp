// SPDX-License-Identifier: EUPL-1.2
#include "pdfwriter.h"

#include "pdffontmetrics.h"

#include "shared/hash.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <cstdint>
#include <cstdio>
#include <optional>
#include <utility>

namespace vigil::report {
namespace {

// The code points Windows-1252 puts at 0x80…0x9F (0 = unassigned); the rest of 0xA0…0xFF is
// Latin-1 as it stands.
constexpr std::array<char32_t, 32> kHighCodes{
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178,
};

// The next code point of `text` from `at`, or nullopt for a broken sequence (one byte is skipped).
std::optional<char32_t> nextCodePoint(std::string_view text, std::size_t& at)
{
    const auto lead = static_cast<unsigned char>(text[at++]);
    if (lead < 0x80)
        return lead;
    int extra = 0;
    char32_t cp = 0;
    if ((lead & 0xE0) == 0xC0) {
        extra = 1;
        cp = lead & 0x1F;
    } else if ((lead & 0xF0) == 0xE0) {
        extra = 2;
        cp = lead & 0x0F;
    } else if ((lead & 0xF8) == 0xF0) {
        extra = 3;
        cp = lead & 0x07;
    } else {
        return std::nullopt;
    }
    const std::size_t start = at;
    for (int i = 0; i < extra; ++i) {
        if (at >= text.size() || (static_cast<unsigned char>(text[at]) & 0xC0) != 0x80) {
            at = start;  // resynchronise on the byte after the lead
            return std::nullopt;
        }
        cp = (cp << 6) | (static_cast<unsigned char>(text[at++]) & 0x3F);
    }
    static constexpr std::array<char32_t, 4> kLeast{0, 0x80, 0x800, 0x10000};
    if (cp < kLeast[static_cast<std::size_t>(extra)] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        return std::nullopt;  // overlong, out of range or a surrogate
    return cp;
}

char winAnsiOf(std::optional<char32_t> cp)
{
    if (!cp)
        return '?';
    if (*cp < 0x20)
        return ' ';
    if (*cp < 0x7F || (*cp >= 0xA0 && *cp <= 0xFF))
        return static_cast<char>(*cp);
    for (std::size_t i = 0; i < kHighCodes.size(); ++i)
        if (kHighCodes[i] != 0 && kHighCodes[i] == *cp)
            return static_cast<char>(0x80 + i);
    return '?';
}

double widthOfWinAnsi(std::string_view bytes, PdfFont font, double size)
{
    const auto& widths = font == PdfFont::Bold ? kHelveticaBoldWidths : kHelveticaWidths;
    double units = 0;
    for (const char c : bytes) {
        const auto code = static_cast<unsigned char>(c);
        if (code >= 32)
            units += widths[code - 32u];
    }
    return units * size / 1000;
}

// A number as PDF writes it: at most two decimals, no exponent, no locale.
std::string num(double value)
{
    std::array<char, 32> buffer{};
    const auto [end, ec] = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value,
                                         std::chars_format::fixed, 2);
    std::string text(buffer.data(), ec == std::errc{} ? end : buffer.data());
    while (!text.empty() && text.back() == '0')
        text.pop_back();
    if (!text.empty() && text.back() == '.')
        text.pop_back();
    return text == "-0" || text.empty() ? "0" : text;
}

std::string color(PdfColor c, bool stroke)
{
    return num(c.r) + ' ' + num(c.g) + ' ' + num(c.b) + (stroke ? " RG\n" : " rg\n");
}

// A PDF literal string of WinAnsi bytes; bytes outside printable ASCII as octal escapes, so
// the file stays ASCII after its binary marker line.
std::string literal(std::string_view bytes)
{
    std::string out = "(";
    for (const char c : bytes) {
        const auto code = static_cast<unsigned char>(c);
        if (c == '(' || c == ')' || c == '\\') {
            out += '\\';
            out += c;
        } else if (code < 32 || code > 126) {
            std::array<char, 5> octal{};
            std::snprintf(octal.data(), octal.size(), "\\%03o", code);
            out += octal.data();
        } else {
            out += c;
        }
    }
    return out + ')';
}

// A PDF text string for the document information: UTF-16BE with its byte-order mark, in hex.
std::string textString(std::string_view utf8)
{
    static constexpr std::string_view kHex = "0123456789ABCDEF";
    std::string out = "<FEFF";
    const auto unit = [&](std::uint16_t u) {
        for (int shift = 12; shift >= 0; shift -= 4)
            out += kHex[(u >> shift) & 0xF];
    };
    for (std::size_t at = 0; at < utf8.size();) {
        const char32_t cp = nextCodePoint(utf8, at).value_or(U'\uFFFD');
        if (cp >= 0x10000) {
            unit(static_cast<std::uint16_t>(0xD800 + ((cp - 0x10000) >> 10)));
            unit(static_cast<std::uint16_t>(0xDC00 + ((cp - 0x10000) & 0x3FF)));
        } else {
            unit(static_cast<std::uint16_t>(cp));
        }
    }
    return out + '>';
}

} // namespace

std::string toWinAnsi(std::string_view utf8)
{
    std::string out;
    out.reserve(utf8.size());
    for (std::size_t at = 0; at < utf8.size();)
        out += winAnsiOf(nextCodePoint(utf8, at));
    return out;
}

double textWidth(std::string_view utf8, PdfFont font, double size)
{
    return widthOfWinAnsi(toWinAnsi(utf8), font, size);
}

std::vector<std::string> wrapText(std::string_view utf8, PdfFont font, double size, double width)
{
    std::vector<std::string> lines;
    std::string line;
    const auto fits = [&](std::string_view text) { return textWidth(text, font, size) <= width; };
    std::size_t from = 0;
    while (from <= utf8.size()) {
        const std::size_t space = std::min(utf8.find(' ', from), utf8.size());
        std::string word(utf8.substr(from, space - from));
        from = space + 1;
        if (word.empty())
            continue;
        const std::string joined = line.empty() ? word : line + ' ' + word;
        if (fits(joined)) {
            line = joined;
            continue;
        }
        if (!line.empty())
            lines.push_back(std::move(line));
        line.clear();
        // A word wider than a line is cut where it stops fitting, at a character boundary.
        while (!fits(word)) {
            std::size_t cut = 0;
            for (std::size_t at = 0; at < word.size();) {
                std::size_t next = at;
                (void)nextCodePoint(word, next);
                if (!fits(std::string_view(word).substr(0, next)))
                    break;
                cut = at = next;
            }
            if (cut == 0)
                cut = 1;  // not even one character fits: give it a line of its own
            lines.push_back(word.substr(0, cut));
            word.erase(0, cut);
        }
        line = std::move(word);
    }
    if (!line.empty())
        lines.push_back(std::move(line));
    return lines;
}

void PdfPage::text(PdfPoint at, std::string_view utf8, PdfFont font, double size, PdfColor c)
{
    m_content += color(c, false);
    m_content += "BT /" + std::string(font == PdfFont::Bold ? "F2 " : "F1 ") + num(size) + " Tf " + num(at.x) + ' '
                 + num(at.y) + " Td " + literal(toWinAnsi(utf8)) + " Tj ET\n";
}

void PdfPage::textRight(PdfPoint right, std::string_view utf8, PdfFont font, double size, PdfColor c)
{
    text({right.x - textWidth(utf8, font, size), right.y}, utf8, font, size, c);
}

void PdfPage::line(PdfPoint from, PdfPoint to, double width, PdfColor c)
{
    const std::array points{from, to};
    polyline(points, width, c);
}

void PdfPage::polyline(std::span<const PdfPoint> points, double width, PdfColor c)
{
    if (points.size() < 2)
        return;
    m_content += color(c, true) + num(width) + " w\n";
    m_content += num(points[0].x) + ' ' + num(points[0].y) + " m\n";
    for (std::size_t i = 1; i < points.size(); ++i)
        m_content += num(points[i].x) + ' ' + num(points[i].y) + " l\n";
    m_content += "S\n";
}

void PdfPage::fillRect(PdfPoint corner, double width, double height, PdfColor c)
{
    m_content += color(c, false) + num(corner.x) + ' ' + num(corner.y) + ' ' + num(width) + ' ' + num(height)
                 + " re f\n";
}

void PdfPage::strokeRect(PdfPoint corner, double width, double height, double lineWidth, PdfColor c)
{
    m_content += color(c, true) + num(lineWidth) + " w\n" + num(corner.x) + ' ' + num(corner.y) + ' '
                 + num(width) + ' ' + num(height) + " re S\n";
}

PdfDocument::PdfDocument(std::string title, double width, double height)
    : m_title(std::move(title)), m_width(width), m_height(height)
{
}

PdfPage& PdfDocument::addPage() { return m_pages.emplace_back(); }

std::string PdfDocument::bytes() const
{
    // Objects: 1 catalog, 2 page tree, 3 and 4 the fonts, 5 the information, then for each
    // page its page object and its content stream.
    std::vector<std::string> objects;
    std::string kids;
    for (std::size_t i = 0; i < m_pages.size(); ++i)
        kids += (i ? " " : "") + std::to_string(6 + 2 * i) + " 0 R";
    objects.push_back("<< /Type /Catalog /Pages 2 0 R >>");
    objects.push_back("<< /Type /Pages /Kids [" + kids + "] /Count " + std::to_string(m_pages.size())
                      + " /MediaBox [0 0 " + num(m_width) + ' ' + num(m_height) + "] >>");
    objects.push_back("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
    objects.push_back("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>");
    objects.push_back("<< /Title " + textString(m_title) + " /Producer (Vigil) >>");
    for (std::size_t i = 0; i < m_pages.size(); ++i) {
        objects.push_back("<< /Type /Page /Parent 2 0 R /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents "
                          + std::to_string(7 + 2 * i) + " 0 R >>");
        const std::string& content = m_pages[i].content();
        objects.push_back("<< /Length " + std::to_string(content.size()) + " >>\nstream\n" + content
                          + "\nendstream");
    }

    // The binary marker line (bytes above 127) tells transfer tools the file is not text.
    std::string out = "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n";
    std::vector<std::size_t> offsets;
    for (std::size_t i = 0; i < objects.size(); ++i) {
        offsets.push_back(out.size());
        out += std::to_string(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
    }
    const Hash32 digest = blake2b256(asBytes(std::string_view(out)));
    // Upper-case hex, as PDF writers customarily print the file identifier.
    std::string id = toHex(ByteView(digest.data(), 16));
    std::transform(id.begin(), id.end(), id.begin(), [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
    const std::size_t xref = out.size();
    out += "xref\n0 " + std::to_string(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (const std::size_t offset : offsets) {
        std::array<char, 21> entry{};
        std::snprintf(entry.data(), entry.size(), "%010zu 00000 n \n", offset);
        out += entry.data();
    }
    out += "trailer\n<< /Size " + std::to_string(objects.size() + 1) + " /Root 1 0 R /Info 5 0 R /ID [<" + id
           + "> <" + id + ">] >>\nstartxref\n" + std::to_string(xref) + "\n%%EOF\n";
    return out;
}

} // namespace vigil::report
