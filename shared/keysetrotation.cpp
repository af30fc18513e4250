// SPDX-License-Identifier: EUPL-1.2
#include "keysetrotation.h"

#include <boost/json/serialize.hpp>

#include <algorithm>

namespace vigil {

namespace json = boost::json;

namespace {
constexpr int kRotationFormat = 1;
constexpr std::size_t kMaxRotationBytes = 8 * 1024;
} // namespace

std::string encodeKeySetRotation(const RootKeySet& next)
{
    json::object o;
    o.emplace("v", kRotationFormat);
    for (auto& [k, v] : keySetObject(next))
        o.emplace(k, v);
    return json::serialize(o);
}

Result<Bytes> prepareKeySetRotation(const RootKeySet& current, const RootKeySet& next)
{
    if (auto s = checkKeySet(next); !s)
        return s.error();
    if (next.serial <= current.serial)
        return Error{"key set: the new serial " + std::to_string(next.serial) + " must be above the current "
                         + std::to_string(current.serial),
                     ErrorKind::Invalid};
    return prepareDocument(kKeySetMagic, encodeKeySetRotation(next), current);
}

Result<RootKeySet> verifyKeySetRotation(ByteView document, const RootKeySet& current)
{
    auto payload = openSignedDocument(document, kKeySetMagic, current, "key set rotation");
    if (!payload)
        return payload.error();
    auto object = parseJsonObject(*payload, "key set rotation", 8 * 1024);
    if (!object)
        return object.error();
    JsonReader r(*object, "key set rotation");
    const auto format = r.integer("v", 0, INT32_MAX);
    RootKeySet next = readKeySetFields(r);
    if (auto s = r.finish(); !s)
        return s.error();
    if (format != kRotationFormat)
        return Error{"key set rotation.v: format " + std::to_string(format) + " is not supported", ErrorKind::Invalid};
    if (next.serial <= current.serial)
        return Error{"key set rotation: serial " + std::to_string(next.serial) + " does not follow the pinned "
                         + std::to_string(current.serial) + " (a serial never goes back)",
                     ErrorKind::Refused};
    return next;
}

Result<std::vector<RootKeySet>> keySetHistory(const RootKeySet& pinned, const std::vector<Bytes>& chain)
{
    std::vector<RootKeySet> history{pinned};
    for (const Bytes& document : chain) {
        auto parts = readMultiSigned(document, "key set rotation");
        if (!parts)
            return parts.error();
        if (parts->keySet.serial < history.back().serial)
            continue;
        auto next = verifyKeySetRotation(document, history.back());
        if (!next)
            return next.error();
        history.push_back(std::move(*next));
    }
    return history;
}

Result<RootKeySet> followKeySetRotations(const RootKeySet& current, const std::vector<Bytes>& chain)
{
    auto history = keySetHistory(current, chain);
    if (!history)
        return history.error();
    return std::move(history->back());
}

Bytes encodeRotationChain(const std::vector<Bytes>& chain)
{
    ByteWriter w;
    w.u8(static_cast<std::uint8_t>(std::min(chain.size(), kMaxKeySetRotations)));
    for (std::size_t i = 0; i < chain.size() && i < kMaxKeySetRotations; ++i) {
        w.u32(static_cast<std::uint32_t>(chain[i].size()));
        w.bytes(chain[i]);
    }
    return w.take();
}

Result<std::vector<Bytes>> decodeRotationChain(ByteView body)
{
    ByteReader r(body, "key set rotations");
    auto count = r.u8("count");
    if (!count)
        return count.error();
    std::vector<Bytes> chain;
    for (std::uint8_t i = 0; i < *count; ++i) {
        auto len = r.u32("len");
        if (!len)
            return len.error();
        if (*len > kMaxRotationBytes)
            return r.error("len", std::to_string(*len) + " bytes is larger than any rotation");
        auto doc = r.bytes(*len, "rotation");
        if (!doc)
            return doc.error();
        chain.emplace_back(doc->begin(), doc->end());
    }
    if (auto end = r.expectEnd(); !end)
        return end.error();
    return chain;
}

} // namespace vigil
