// SPDX-License-Identifier: EUPL-1.2
#include "identity.h"

#include "hash.h"

namespace vigil {

namespace {
constexpr std::string_view kPrefix = "VGA1.";

std::string checksum(ByteView keys)
{
    return toHex(ByteView(blake2b256(keys)).first(4));
}
} // namespace

std::string encodeAdvisorIdentity(const AdvisorIdentity& id)
{
    ByteWriter w;
    w.bytes(id.boxKey);
    w.bytes(id.signKey);
    return std::string(kPrefix) + toBase64Url(w.data()) + "." + checksum(w.data());
}

Result<AdvisorIdentity> decodeAdvisorIdentity(std::string_view text)
{
    const std::string_view::size_type dot = text.rfind('.');
    if (text.substr(0, kPrefix.size()) != kPrefix || dot == std::string_view::npos || dot < kPrefix.size())
        return Error{"advisor key: expected \"VGA1.<keys>.<checksum>\" as exported by the advisor console"};
    auto keys = fromBase64Url(text.substr(kPrefix.size(), dot - kPrefix.size()));
    if (!keys || keys->size() != 64)
        return Error{"advisor key: the key part is damaged"};
    if (checksum(*keys) != text.substr(dot + 1))
        return Error{"advisor key: checksum does not match (copied incompletely?)"};
    AdvisorIdentity id;
    std::copy(keys->begin(), keys->begin() + 32, id.boxKey.begin());
    std::copy(keys->begin() + 32, keys->end(), id.signKey.begin());
    return id;
}

Bytes signInStatement(const PublicKey& registryRoot, ByteView nonce)
{
    ByteWriter w;
    w.text("vigil advisor sign-in v1");
    w.bytes(registryRoot);
    w.bytes(nonce);
    return w.take();
}

} // namespace vigil
