// SPDX-License-Identifier: EUPL-1.2
#include "keysetrotation.h"

#include <boost/json/serialize.hpp>

namespace vigil {

namespace json = boost::json;

namespace {
constexpr int kRotationFormat = 1;
}

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

Result<RootKeySet> followKeySetRotations(const RootKeySet& current, const std::vector<Bytes>& chain)
{
    RootKeySet reached = current;
    for (const Bytes& document : chain) {
        auto parts = readMultiSigned(document, "key set rotation");
        if (!parts)
            return parts.error();
        if (parts->keySet.serial < reached.serial)
            continue;
        auto next = verifyKeySetRotation(document, reached);
        if (!next)
            return next.error();
        reached = std::move(*next);
    }
    return reached;
}

} // namespace vigil
