// SPDX-License-Identifier: EUPL-1.2
#include "envelope.h"
#include "envelopebuffer.h"

#include <algorithm>
#include <cassert>

namespace vigil {

using namespace envelope;

namespace {

/// Everything before the body, through the body's length.
void writePrefix(ByteWriter& w, const EnvelopeParts& p, std::size_t bodyBytes)
{
    assert(p.sealedHeader.size() > kSealOverhead && p.sealedHeader.size() <= kMaxHeaderBytes);
    assert(p.token.size() <= kMaxTokenBytes);
    assert(!p.wraps.empty() && p.wraps.size() <= kMaxWraps && p.wraps.size() % kWrapMultiple == 0);
    w.bytes(kMagic);
    w.bytes(p.reportId);
    w.u16(static_cast<std::uint16_t>(p.sealedHeader.size()));
    w.bytes(p.sealedHeader);
    w.u16(static_cast<std::uint16_t>(p.token.size()));
    w.bytes(p.token);
    w.u16(static_cast<std::uint16_t>(p.wraps.size()));
    for (const auto& wrap : p.wraps) {
        assert(wrap.size() == kWrapBytes);
        w.bytes(wrap);
    }
    w.u32(static_cast<std::uint32_t>(bodyBytes));
}

} // namespace

Bytes serializeEnvelope(const EnvelopeParts& p)
{
    ByteWriter w;
    writePrefix(w, p, p.body.size());
    w.bytes(p.body);
    return w.take();
}

Bytes serializeEnvelopeAround(const EnvelopeParts& p, Bytes buffer, std::size_t bodyAt)
{
    assert(p.body.empty() && bodyAt <= buffer.size());
    ByteWriter w;
    writePrefix(w, p, buffer.size() - bodyAt);
    const Bytes& prefix = w.data();
    assert(prefix.size() <= bodyAt);
    const std::size_t start = bodyAt - prefix.size();
    std::copy(prefix.begin(), prefix.end(), buffer.begin() + static_cast<std::ptrdiff_t>(start));
    // One move of the body within memory it already holds (no page is touched for the first
    // time), instead of a copy into a new buffer.
    buffer.erase(buffer.begin(), buffer.begin() + static_cast<std::ptrdiff_t>(start));
    return buffer;
}

std::size_t bodyCiphertextSize(std::size_t plaintextBytes)
{
    const std::size_t chunks = plaintextBytes == 0 ? 1 : (plaintextBytes + kChunkBytes - 1) / kChunkBytes;
    return kStreamHeaderBytes + plaintextBytes + chunks * kChunkOverhead;
}

namespace {

/// A body is the stream header followed by chunks of kChunkBytes plaintext plus overhead,
/// the last of which may be shorter but holds at least one byte of plaintext.
bool bodyLengthIsWellFormed(std::size_t length)
{
    if (length < kStreamHeaderBytes + kChunkOverhead + 1)
        return false;
    const std::size_t lastChunk = (length - kStreamHeaderBytes) % (kChunkBytes + kChunkOverhead);
    return lastChunk == 0 || lastChunk > kChunkOverhead;
}

} // namespace

Result<EnvelopeView> parseEnvelope(ByteView in, std::size_t maxBytes)
{
    if (in.size() > maxBytes)
        return Error{"envelope: " + std::to_string(in.size()) + " bytes exceeds the limit of " + std::to_string(maxBytes)};
    ByteReader r(in, "envelope");
    EnvelopeView v;
    auto magic = r.bytes(sizeof kMagic, "magic");
    if (!magic)
        return magic.error();
    if (!std::equal(magic->begin(), magic->end(), std::begin(kMagic)))
        return Error{"envelope: not a Vigil envelope of version 1 (magic is " + toHex(*magic) + ", expected "
                     + toHex(kMagic) + ")"};
    auto id = r.fixed<16>("report_id");
    if (!id)
        return id.error();
    v.reportId = *id;

    auto headerLen = r.u16("header_len");
    if (!headerLen)
        return headerLen.error();
    if (*headerLen <= kSealOverhead)
        return r.error("header_len", "sealed header of " + std::to_string(*headerLen) + " bytes is too short");
    auto header = r.bytes(*headerLen, "header");
    if (!header)
        return header.error();
    v.sealedHeader = *header;

    auto tokenLen = r.u16("token_len");
    if (!tokenLen)
        return tokenLen.error();
    if (*tokenLen > kMaxTokenBytes)
        return r.error("token_len", "token of " + std::to_string(*tokenLen) + " bytes exceeds "
                                        + std::to_string(kMaxTokenBytes));
    auto token = r.bytes(*tokenLen, "token");
    if (!token)
        return token.error();
    v.token = *token;

    auto wrapCount = r.u16("wrap_count");
    if (!wrapCount)
        return wrapCount.error();
    if (*wrapCount == 0 || *wrapCount > kMaxWraps || *wrapCount % kWrapMultiple != 0)
        return r.error("wrap_count", std::to_string(*wrapCount) + " is not a positive multiple of "
                                         + std::to_string(kWrapMultiple) + " up to " + std::to_string(kMaxWraps));
    v.wraps.reserve(*wrapCount);
    for (std::size_t i = 0; i < *wrapCount; ++i) {
        auto wrap = r.bytes(kWrapBytes, "wrap");
        if (!wrap)
            return wrap.error();
        v.wraps.push_back(*wrap);
    }

    auto bodyLen = r.u32("body_len");
    if (!bodyLen)
        return bodyLen.error();
    if (!bodyLengthIsWellFormed(*bodyLen))
        return r.error("body_len", std::to_string(*bodyLen) + " is not a whole number of encrypted chunks");
    auto body = r.bytes(*bodyLen, "body");
    if (!body)
        return body.error();
    v.body = *body;
    if (auto end = r.expectEnd(); !end)
        return end.error();
    return v;
}

Hash32 contentHash(const EnvelopeView& v)
{
    ByteWriter lengths;
    Hasher h;
    h.add(kMagic).add(v.reportId);
    lengths.u16(static_cast<std::uint16_t>(v.token.size()));
    h.add(lengths.data()).add(v.token);
    ByteWriter count;
    count.u16(static_cast<std::uint16_t>(v.wraps.size()));
    h.add(count.data());
    for (auto wrap : v.wraps)
        h.add(wrap);
    ByteWriter bodyLen;
    bodyLen.u32(static_cast<std::uint32_t>(v.body.size()));
    h.add(bodyLen.data()).add(v.body);
    return h.finish();
}

Hash32 envelopeHash(ByteView envelope)
{
    return blake2b256(envelope);
}

} // namespace vigil
