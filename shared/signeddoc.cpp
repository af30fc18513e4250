// SPDX-License-Identifier: EUPL-1.2
#include "signeddoc.h"

namespace vigil {

Bytes signDocument(const DocMagic& magic, std::string_view payload, const SigningKeyPair& rootKey)
{
    ByteWriter w;
    w.bytes(magic);
    w.u32(static_cast<std::uint32_t>(payload.size()));
    w.text(payload);
    const Signature sig = rootKey.sign(w.data());
    w.bytes(sig);
    return w.take();
}

Result<std::string_view> openSignedDocument(ByteView document, const DocMagic& magic, const PublicKey& rootKey,
                                            std::string_view what)
{
    ByteReader r(document, std::string(what));
    auto m = r.bytes(magic.size(), "magic");
    if (!m)
        return m.error();
    if (!std::equal(m->begin(), m->end(), magic.begin()))
        return Error{std::string(what) + ": not a signed " + std::string(what) + " of version 1"};
    auto len = r.u32("payload_len");
    if (!len)
        return len.error();
    if (*len > kMaxSignedPayload)
        return r.error("payload_len", std::to_string(*len) + " bytes exceeds the limit");
    auto payload = r.bytes(*len, "payload");
    if (!payload)
        return payload.error();
    const std::size_t signedBytes = r.offset();
    auto sig = r.fixed<64>("signature");
    if (!sig)
        return sig.error();
    if (auto end = r.expectEnd(); !end)
        return end.error();
    if (!verifySignature(rootKey, document.first(signedBytes), *sig))
        return Error{std::string(what) + ": signature does not verify against the pinned registry key"};
    return std::string_view(reinterpret_cast<const char*>(payload->data()), payload->size());
}

} // namespace vigil
