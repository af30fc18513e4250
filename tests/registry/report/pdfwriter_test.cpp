// SPDX-License-Identifier: EUPL-1.2
#include "registry/report/pdfwriter.h"

#include <catch2/catch.hpp>

#include <regex>

using namespace vigil::report;

namespace {

PdfDocument sample(std::string_view line)
{
    PdfDocument doc("VMS-rapportage 2026Q3 — één");
    auto& first = doc.addPage();
    first.text({56, 780}, line, PdfFont::Bold, 14);
    first.textRight({539, 760}, "<5", PdfFont::Regular, 9);
    first.line({56, 750}, {539, 750}, 0.5);
    first.fillRect({56, 700}, 40, 20, {0.9, 0.9, 0.9});
    const std::array points{PdfPoint{56, 600}, PdfPoint{100, 640}, PdfPoint{150, 610}};
    first.polyline(points, 1, {0.8, 0.1, 0.1});
    doc.addPage().text({56, 780}, "page two", PdfFont::Regular, 10);
    return doc;
}

// The object offsets the cross-reference table names, in object order.
std::vector<std::size_t> xrefOffsets(const std::string& pdf)
{
    const std::size_t start = pdf.rfind("startxref\n");
    REQUIRE(start != std::string::npos);
    const std::size_t xref = std::stoul(pdf.substr(start + 10));
    REQUIRE(pdf.compare(xref, 5, "xref\n") == 0);
    std::istringstream table(pdf.substr(xref + 5));
    std::size_t first = 0, count = 0;
    table >> first >> count;
    std::vector<std::size_t> offsets;
    for (std::size_t i = 0; i < count; ++i) {
        std::string offset, generation, kind;
        table >> offset >> generation >> kind;
        REQUIRE(offset.size() == 10);
        if (i > 0) {
            CHECK(kind == "n");
            offsets.push_back(std::stoul(offset));
        }
    }
    return offsets;
}

} // namespace

TEST_CASE("Dutch and English text maps to WinAnsiEncoding and what it lacks becomes a question mark")
{
    CHECK(toWinAnsi("Eén maatregel") == "E\xE9n maatregel");
    CHECK(toWinAnsi("€5 – ‘goed’ … „ja”") == "\x80" "5 \x96 \x91goed\x92 \x85 \x84ja\x94");
    CHECK(toWinAnsi("ĳ → ≥") == "? ? ?");  // the ligature, an arrow and ≥ are not in it
    CHECK(toWinAnsi("a\tb\nc") == "a b c");
    CHECK(toWinAnsi("bad \xC3 byte \xE2\x82") == "bad ? byte ??");
    CHECK(toWinAnsi("\xC0\xAF") == "?");  // an overlong '/' is one broken sequence, no '/'
}

TEST_CASE("text is measured with Helvetica's own widths")
{
    // H e l l o = 722 + 556 + 222 + 222 + 556 thousandths of an em.
    CHECK(textWidth("Hello", PdfFont::Regular, 10) == Approx(22.78));
    // Bold: 722 + 556 + 278 + 278 + 611.
    CHECK(textWidth("Hello", PdfFont::Bold, 10) == Approx(24.45));
    CHECK(textWidth("é", PdfFont::Regular, 1000) == Approx(556));
}

TEST_CASE("wrapped lines never run wider than asked and keep every word")
{
    const std::string text = "Naar aanleiding van meldingen zoals de uwe is een maatregel genomen: "
                             "extra verlichting op het oefenterrein bij de schietbaan";
    const auto lines = wrapText(text, PdfFont::Regular, 10, 120);
    REQUIRE(lines.size() > 2);
    std::string joined;
    for (const auto& line : lines) {
        CHECK(textWidth(line, PdfFont::Regular, 10) <= 120);
        joined += (joined.empty() ? "" : " ") + line;
    }
    CHECK(joined == text);
    // A word wider than the line is cut, not dropped.
    const auto cut = wrapText("Onderofficiersopleidingsinstituut", PdfFont::Regular, 10, 40);
    REQUIRE(cut.size() > 1);
    std::string whole;
    for (const auto& part : cut) {
        CHECK(textWidth(part, PdfFont::Regular, 10) <= 40);
        whole += part;
    }
    CHECK(whole == "Onderofficiersopleidingsinstituut");
}

TEST_CASE("a document is a well-formed PDF whose cross-reference table points at every object")
{
    const std::string pdf = sample("Maatregelen (getoetst) \\ 12").bytes();
    CHECK(pdf.rfind("%PDF-1.4\n", 0) == 0);
    CHECK(pdf.size() > 6);
    CHECK(pdf.substr(pdf.size() - 6) == "%%EOF\n");
    const auto offsets = xrefOffsets(pdf);
    REQUIRE(offsets.size() == 9);  // catalog, pages, two fonts, info, two pages with a stream each
    for (std::size_t i = 0; i < offsets.size(); ++i) {
        INFO("object " << i + 1);
        CHECK(pdf.compare(offsets[i], std::to_string(i + 1).size() + 6, std::to_string(i + 1) + " 0 obj") == 0);
    }
    CHECK(pdf.find("/Count 2") != std::string::npos);
    CHECK(pdf.find("/Kids [6 0 R 8 0 R]") != std::string::npos);
    // Every stream's /Length is the number of bytes between "stream\n" and "\nendstream".
    const std::regex stream(R"(/Length (\d+) >>\nstream\n)");
    int streams = 0;
    for (auto it = std::sregex_iterator(pdf.begin(), pdf.end(), stream); it != std::sregex_iterator(); ++it) {
        const std::size_t begin = static_cast<std::size_t>(it->position(0) + it->length(0));
        const std::size_t length = std::stoul((*it)[1].str());
        CHECK(pdf.compare(begin + length, 11, "\nendstream\n") == 0);
        ++streams;
    }
    CHECK(streams == 2);
}

TEST_CASE("text is written as escaped literal strings, so a figure can be found in the file")
{
    const std::string pdf = sample("Maatregelen (getoetst) \\ één").bytes();
    CHECK(pdf.find(R"((Maatregelen \(getoetst\) \\ \351\351n) Tj)") != std::string::npos);
    CHECK(pdf.find("(<5) Tj") != std::string::npos);
    CHECK(pdf.find("/F2 14 Tf") != std::string::npos);
    // The title is UTF-16BE: "—" is U+2014, "é" U+00E9.
    CHECK(pdf.find("/Title <FEFF0056004D0053") != std::string::npos);
    CHECK(pdf.find("2014") != std::string::npos);
}

TEST_CASE("the same pages give the same bytes, and any change gives another file identifier")
{
    const std::string a = sample("Indicatoren").bytes();
    CHECK(a == sample("Indicatoren").bytes());
    const std::string b = sample("Indicatoren.").bytes();
    const std::regex id(R"(/ID \[<([0-9A-F]{32})> <([0-9A-F]{32})>\])");
    std::smatch ma, mb;
    REQUIRE(std::regex_search(a, ma, id));
    REQUIRE(std::regex_search(b, mb, id));
    CHECK(ma[1] == ma[2]);
    CHECK(ma[1] != mb[1]);
    CHECK(a.find("Date") == std::string::npos);  // no creation or modification date
}

TEST_CASE("numbers in drawing operators have at most two decimals and no exponent or locale")
{
    PdfDocument doc("x");
    doc.addPage().line({0.004, 1e-9}, {123456.789, -0.5}, 0.25);
    const std::string pdf = doc.bytes();
    CHECK(pdf.find("0 0 m\n123456.79 -0.5 l\n") != std::string::npos);
    CHECK(pdf.find("0.25 w") != std::string::npos);
    const std::size_t content = pdf.find(">>\nstream\n") + 10;
    CHECK(pdf.find('e', content) == pdf.find("\nendstream", content) + 1);  // no 1e-09 in the stream
}
