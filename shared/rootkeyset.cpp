// SPDX-License-Identifier: EUPL-1.2
#include "rootkeyset.h"

#include "hash.h"

#include <boost/json/serialize.hpp>

#include <algorithm>

namespace vigil {

namespace json = boost::json;

int RootKeySet::indexOf(const PublicKey& key) const
{
    const auto it = std::find(holders.begin(), holders.end(), key);
    return it == holders.end() ? -1 : static_cast<int>(it - holders.begin());
}

Status checkKeySet(const RootKeySet& set)
{
    if (set.holders.empty() || set.holders.size() > kMaxKeyHolders)
        return Error{"key set: expected 1 to " + std::to_string(kMaxKeyHolders) + " holders, got "
                         + std::to_string(set.holders.size()),
                     ErrorKind::Invalid};
    if (set.threshold < 1 || set.threshold > set.holders.size())
        return Error{"key set: threshold " + std::to_string(set.threshold) + " is not between 1 and the "
                         + std::to_string(set.holders.size()) + " holders",
                     ErrorKind::Invalid};
    for (std::size_t i = 0; i < set.holders.size(); ++i)
        if (set.indexOf(set.holders[i]) != static_cast<int>(i))
            return Error{"key set: holder " + std::to_string(i) + " repeats holder "
                             + std::to_string(set.indexOf(set.holders[i])) + "'s key (one person, one vote)",
                         ErrorKind::Invalid};
    return {};
}

void writeKeySet(ByteWriter& w, const RootKeySet& set)
{
    w.u32(set.serial);
    w.u8(set.threshold);
    w.u8(static_cast<std::uint8_t>(set.holders.size()));
    for (const PublicKey& k : set.holders)
        w.bytes(k);
}

Result<RootKeySet> readKeySet(ByteReader& r)
{
    RootKeySet set;
    auto serial = r.u32("key_set.serial");
    if (!serial)
        return serial.error();
    auto threshold = r.u8("key_set.threshold");
    if (!threshold)
        return threshold.error();
    auto count = r.u8("key_set.holders");
    if (!count)
        return count.error();
    if (*count > kMaxKeyHolders)
        return r.error("key_set.holders", std::to_string(*count) + " holders exceeds " + std::to_string(kMaxKeyHolders));
    set.serial = *serial;
    set.threshold = *threshold;
    for (std::uint8_t i = 0; i < *count; ++i) {
        auto key = r.fixed<32>("key_set.holder");
        if (!key)
            return key.error();
        set.holders.push_back(*key);
    }
    if (auto s = checkKeySet(set); !s)
        return s.error();
    return set;
}

json::object keySetObject(const RootKeySet& set)
{
    json::object o;
    o.emplace("serial", set.serial);
    o.emplace("threshold", set.threshold);
    json::array holders;
    for (const PublicKey& k : set.holders)
        holders.emplace_back(toHex(k));
    o.emplace("holders", std::move(holders));
    return o;
}

std::string encodeKeySet(const RootKeySet& set)
{
    return json::serialize(keySetObject(set));
}

RootKeySet readKeySetFields(JsonReader& r)
{
    RootKeySet set;
    set.serial = static_cast<std::uint32_t>(r.integer("serial", 0, UINT32_MAX));
    set.threshold = static_cast<std::uint8_t>(r.integer("threshold", 1, kMaxKeyHolders));
    const std::vector<std::string> holders = r.texts("holders", kMaxKeyHolders, 64, Need::Required);
    if (r.failed())
        return set;
    for (const std::string& hex : holders) {
        auto key = fixedFromHex<32>(hex);
        if (!key) {
            r.fail("holders", key.error().message);
            return set;
        }
        set.holders.push_back(*key);
    }
    if (auto s = checkKeySet(set); !s)
        r.fail("holders", s.error().message);
    return set;
}

Result<RootKeySet> decodeKeySet(std::string_view text)
{
    auto object = parseJsonObject(text, "key set", 8 * 1024);
    if (!object)
        return object.error();
    JsonReader r(*object, "key set");
    RootKeySet set = readKeySetFields(r);
    if (auto s = r.finish(); !s)
        return s.error();
    return set;
}

std::string keySetId(const RootKeySet& set)
{
    ByteWriter w;
    writeKeySet(w, set);
    return toHex(ByteView(blake2b256(w.data())).first(8));
}

} // namespace vigil
