// SPDX-License-Identifier: EUPL-1.2
#include "shared/bytes.h"

#include <catch2/catch.hpp>

using namespace vigil;

namespace {

Bytes allByteValues()
{
    Bytes b(256);
    for (std::size_t i = 0; i < b.size(); ++i)
        b[i] = static_cast<std::uint8_t>(i);
    return b;
}

} // namespace

TEST_CASE("hex round-trips every byte value and is lower case", "[bytes][hex]")
{
    const Bytes all = allByteValues();
    const std::string hex = toHex(all);
    CHECK(hex.size() == 512);
    CHECK(hex.substr(0, 8) == "00010203");
    CHECK(hex.substr(hex.size() - 4) == "feff");
    auto back = fromHex(hex);
    REQUIRE(back.ok());
    CHECK(*back == all);

    auto upper = fromHex("DEADbeef");
    REQUIRE(upper.ok());
    CHECK(*upper == Bytes{0xde, 0xad, 0xbe, 0xef});

    auto empty = fromHex("");
    REQUIRE(empty.ok());
    CHECK(empty->empty());
    CHECK(toHex(Bytes{}).empty());
}

TEST_CASE("hex with an odd length or a non-hex digit is rejected", "[bytes][hex][bad-input]")
{
    auto odd = fromHex("abc");
    REQUIRE_FALSE(odd.ok());
    CHECK_THAT(odd.error().message, Catch::Contains("odd"));

    for (std::string_view bad : {"0g", "g0", "zz", "0x12", " 1", "1 ", "12-4"}) {
        INFO(bad);
        auto r = fromHex(bad);
        REQUIRE_FALSE(r.ok());
        CHECK_THAT(r.error().message, Catch::Contains("not a hex digit"));
    }
    // The position of the first bad digit is reported, high or low nibble alike.
    CHECK_THAT(fromHex("00g0").error().message, Catch::Contains("position 2"));
    CHECK_THAT(fromHex("000g").error().message, Catch::Contains("position 3"));
}

TEST_CASE("fixedFromHex insists on exactly N bytes", "[bytes][hex]")
{
    auto ok = fixedFromHex<4>("01020304");
    REQUIRE(ok.ok());
    CHECK(*ok == FixedBytes<4>{1, 2, 3, 4});
    CHECK_THAT(fixedFromHex<4>("010203").error().message, Catch::Contains("expected 8 hex digits, got 6"));
    CHECK_THAT(fixedFromHex<4>("0102030405").error().message, Catch::Contains("expected 8 hex digits, got 10"));
    CHECK_FALSE(fixedFromHex<4>("0102030x").ok());
}

TEST_CASE("base64url round-trips every length and uses the URL-safe alphabet without padding",
          "[bytes][base64]")
{
    const Bytes all = allByteValues();
    for (std::size_t n = 0; n <= all.size(); ++n) {
        const ByteView in = ByteView(all).first(n);
        const std::string text = toBase64Url(in);
        INFO("length " << n << ": " << text);
        CHECK(text.find_first_of("+/=") == std::string::npos);
        CHECK(text.size() == (4 * n + 2) / 3);
        auto back = fromBase64Url(text);
        REQUIRE(back.ok());
        CHECK(std::equal(back->begin(), back->end(), in.begin(), in.end()));
    }
    // 0xfb 0xff is "+/8" in the standard alphabet.
    CHECK(toBase64Url(Bytes{0xfb, 0xff}) == "-_8");
    CHECK(toBase64Url(asBytes("hello")) == "aGVsbG8");
}

TEST_CASE("base64url rejects padding, the standard alphabet and malformed text", "[bytes][base64][bad-input]")
{
    for (std::string_view bad : {"aGVsbG8=", "+_8", "-/8", "aGV sbG8", "aGVsbG8\n", "A", "aGVsb", "a*b=", "ü"}) {
        INFO(bad);
        auto r = fromBase64Url(bad);
        REQUIRE_FALSE(r.ok());
        CHECK_THAT(r.error().message, Catch::Contains("base64"));
    }
    auto ok = fromBase64Url("-_8");
    REQUIRE(ok.ok());
    CHECK(*ok == Bytes{0xfb, 0xff});
}

TEST_CASE("ByteWriter and ByteReader agree on big-endian integers", "[bytes][reader]")
{
    ByteWriter w;
    w.u8(0x01);
    w.u16(0x0203);
    w.u32(0x04050607);
    w.u64(0x08090a0b0c0d0e0full);
    w.text("xy");
    CHECK(toHex(w.data()) == "01020304050607" "08090a0b0c0d0e0f" "7879");
    CHECK(w.size() == 17);

    const Bytes data = w.take();
    ByteReader r(data, "sample");
    CHECK(*r.u8("a") == 0x01);
    CHECK(*r.u16("b") == 0x0203);
    CHECK(*r.u32("c") == 0x04050607u);
    CHECK(*r.u64("d") == 0x08090a0b0c0d0e0full);
    CHECK(r.offset() == 15);
    CHECK(r.remaining() == 2);
    auto xy = r.bytes(2, "e");
    REQUIRE(xy.ok());
    CHECK(toString(*xy) == "xy");
    CHECK(r.expectEnd().ok());
}

TEST_CASE("ByteReader bounds errors name the document, the field and the offset", "[bytes][reader][bad-input]")
{
    const Bytes data{1, 2, 3, 4, 5};
    ByteReader r(data, "frame");
    REQUIRE(r.u16("kind").ok());

    auto tooLong = r.u32("length");
    REQUIRE_FALSE(tooLong.ok());
    CHECK(tooLong.error().message == "frame: length at byte 2: input is truncated (need 4 bytes, 3 left)");
    // A failed read consumes nothing.
    CHECK(r.offset() == 2);

    auto fixed = r.fixed<8>("salt");
    REQUIRE_FALSE(fixed.ok());
    CHECK_THAT(fixed.error().message, Catch::StartsWith("frame: salt at byte 2:"));

    auto run = r.bytes(4, "payload");
    REQUIRE_FALSE(run.ok());
    CHECK_THAT(run.error().message, Catch::Contains("payload at byte 2"));

    REQUIRE(r.bytes(3, "payload").ok());
    CHECK_FALSE(r.u8("tail").ok());
    CHECK_THAT(r.u8("tail").error().message, Catch::Contains("tail at byte 5"));
    CHECK_FALSE(r.u64("big").ok());
    CHECK(r.expectEnd().ok());

    ByteReader empty(ByteView{}, "nothing");
    CHECK_THAT(empty.u8("first").error().message, Catch::Contains("nothing: first at byte 0"));
}

TEST_CASE("expectEnd refuses trailing bytes and says how many", "[bytes][reader][bad-input]")
{
    const Bytes data{0, 1, 0xff, 0xee};
    ByteReader r(data, "record");
    REQUIRE(r.u16("n").ok());
    auto end = r.expectEnd();
    REQUIRE_FALSE(end.ok());
    CHECK(end.error().message == "record: 2 unexpected trailing bytes at byte 2");
    REQUIRE(r.u16("rest").ok());
    CHECK(r.expectEnd().ok());
}

TEST_CASE("text and bytes conversions are lossless", "[bytes]")
{
    const std::string s("a\0b\xff", 4);
    const Bytes b = toBytes(s);
    CHECK(b == Bytes{'a', 0, 'b', 0xff});
    CHECK(toString(b) == s);
    CHECK(asBytes(s).size() == 4);
    CHECK(asBytes(s).data() == reinterpret_cast<const std::uint8_t*>(s.data()));
}
