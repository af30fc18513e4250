// SPDX-License-Identifier: EUPL-1.2
#include "signeddoc.h"

#include <algorithm>

namespace vigil {

namespace {

std::string_view asText(ByteView b)
{
    return {reinterpret_cast<const char*>(b.data()), b.size()};
}

/// Reads magic and returns its version byte, refusing another document type.
Result<std::uint8_t> readMagic(ByteReader& r, const DocMagic& magic, std::string_view what)
{
    auto m = r.bytes(magic.size(), "magic");
    if (!m)
        return m.error();
    if (!std::equal(m->begin(), m->begin() + 3, magic.begin()))
        return Error{std::string(what) + ": not a signed " + std::string(what), ErrorKind::Invalid};
    return (*m)[3];
}

Result<std::string_view> openSingleSigned(ByteView document, const DocMagic& magic, const RootKeySet& pinned,
                                          std::string_view what)
{
    if (!pinned.isSingleKey())
        return Error{std::string(what) + ": signed by one root key, but the pinned key set needs "
                         + std::to_string(pinned.threshold) + " of " + std::to_string(pinned.holders.size())
                         + " holders",
                     ErrorKind::Refused};
    ByteReader r(document, std::string(what));
    if (auto v = readMagic(r, magic, what); !v)
        return v.error();
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
    if (!verifySignature(pinned.holders.front(), document.first(signedBytes), *sig))
        return Error{std::string(what) + ": signature does not verify against the pinned registry key",
                     ErrorKind::Refused};
    return asText(*payload);
}

/// The index of the first signature in `d` that does not verify, if any.
std::optional<std::uint8_t> firstBadSignature(const MultiSignedDocument& d)
{
    for (const HolderSignature& s : d.signatures)
        if (!verifySignature(d.keySet.holders.at(s.holder), d.signedBytes, s.signature))
            return s.holder;
    return std::nullopt;
}

} // namespace

DocMagic withVersion(const DocMagic& magic, std::uint8_t version)
{
    DocMagic m = magic;
    m[3] = version;
    return m;
}

Bytes signDocument(const DocMagic& magic, std::string_view payload, const SigningKeyPair& rootKey)
{
    ByteWriter w;
    w.bytes(withVersion(magic, kSingleSignedVersion));
    w.u32(static_cast<std::uint32_t>(payload.size()));
    w.text(payload);
    const Signature sig = rootKey.sign(w.data());
    w.bytes(sig);
    return w.take();
}

Bytes prepareDocument(const DocMagic& magic, std::string_view payload, const RootKeySet& set)
{
    ByteWriter w;
    w.bytes(withVersion(magic, kMultiSignedVersion));
    writeKeySet(w, set);
    w.u32(static_cast<std::uint32_t>(payload.size()));
    w.text(payload);
    w.u8(0);
    return w.take();
}

Result<MultiSignedDocument> readMultiSigned(ByteView document, std::string_view what)
{
    ByteReader r(document, std::string(what));
    MultiSignedDocument d;
    auto m = r.fixed<4>("magic");
    if (!m)
        return m.error();
    d.magic = *m;
    if (d.magic[0] != 'V' || d.magic[1] != 'G' || d.magic[3] != kMultiSignedVersion)
        return Error{std::string(what) + ": not a document prepared for root key holders (version 2)",
                     ErrorKind::Invalid};
    auto set = readKeySet(r);
    if (!set)
        return withContext(what, set.error());
    d.keySet = std::move(*set);
    auto len = r.u32("payload_len");
    if (!len)
        return len.error();
    if (*len > kMaxSignedPayload)
        return r.error("payload_len", std::to_string(*len) + " bytes exceeds the limit");
    auto payload = r.bytes(*len, "payload");
    if (!payload)
        return payload.error();
    d.payload = asText(*payload);
    d.signedBytes = document.first(r.offset());
    auto count = r.u8("signature_count");
    if (!count)
        return count.error();
    for (std::uint8_t i = 0; i < *count; ++i) {
        auto holder = r.u8("signature.holder");
        if (!holder)
            return holder.error();
        auto sig = r.fixed<64>("signature.sig");
        if (!sig)
            return sig.error();
        if (*holder >= d.keySet.holders.size())
            return Error{std::string(what) + ": signature by holder " + std::to_string(*holder)
                             + ", who is not in the key set of " + std::to_string(d.keySet.holders.size()),
                         ErrorKind::Refused};
        // Strictly ascending: one encoding per set of signers, and no holder counted twice.
        if (!d.signatures.empty() && *holder <= d.signatures.back().holder)
            return Error{std::string(what) + ": holder " + std::to_string(*holder)
                             + (*holder == d.signatures.back().holder ? " signed twice" : " out of order"),
                         ErrorKind::Refused};
        d.signatures.push_back(HolderSignature{*holder, *sig});
    }
    if (auto end = r.expectEnd(); !end)
        return end.error();
    return d;
}

Bytes encodeMultiSigned(const MultiSignedDocument& d)
{
    ByteWriter w;
    w.bytes(d.signedBytes);
    w.u8(static_cast<std::uint8_t>(d.signatures.size()));
    for (const HolderSignature& s : d.signatures) {
        w.u8(s.holder);
        w.bytes(s.signature);
    }
    return w.take();
}

Result<Bytes> addHolderSignature(ByteView document, const SigningKeyPair& holder)
{
    auto d = readMultiSigned(document, "document");
    if (!d)
        return d.error();
    const int index = d->keySet.indexOf(holder.publicKey);
    if (index < 0)
        return Error{"this key (" + keyId(holder.publicKey) + ") is not one of the holders of key set "
                         + keySetId(d->keySet) + " the document was prepared for",
                     ErrorKind::Refused};
    if (auto bad = firstBadSignature(*d))
        return Error{"holder " + std::to_string(*bad) + "'s signature on this document does not verify: "
                         "it was changed after signing; prepare it again",
                     ErrorKind::Refused};
    const auto at = std::find_if(d->signatures.begin(), d->signatures.end(),
                                 [&](const HolderSignature& s) { return s.holder >= index; });
    if (at != d->signatures.end() && at->holder == index)
        return Error{"holder " + std::to_string(index) + " signed this document already", ErrorKind::Conflict};
    d->signatures.insert(at, HolderSignature{static_cast<std::uint8_t>(index), holder.sign(d->signedBytes)});
    return encodeMultiSigned(*d);
}

Result<std::string_view> openSignedDocument(ByteView document, const DocMagic& magic, const RootKeySet& pinned,
                                            std::string_view what)
{
    ByteReader r(document, std::string(what));
    auto version = readMagic(r, magic, what);
    if (!version)
        return version.error();
    if (*version == kSingleSignedVersion)
        return openSingleSigned(document, magic, pinned, what);
    if (*version != kMultiSignedVersion)
        return Error{std::string(what) + ": version " + std::to_string(*version) + " is not supported",
                     ErrorKind::Invalid};
    auto d = readMultiSigned(document, what);
    if (!d)
        return d.error();
    if (d->keySet != pinned)
        return Error{std::string(what) + ": prepared for key set " + keySetId(d->keySet) + " (serial "
                         + std::to_string(d->keySet.serial) + "), not the pinned " + keySetId(pinned) + " (serial "
                         + std::to_string(pinned.serial) + ")",
                     ErrorKind::Refused};
    if (auto bad = firstBadSignature(*d))
        return Error{std::string(what) + ": holder " + std::to_string(*bad) + "'s signature does not verify",
                     ErrorKind::Refused};
    if (d->signatures.size() < pinned.threshold)
        return Error{std::string(what) + ": " + std::to_string(d->signatures.size()) + " of the "
                         + std::to_string(pinned.threshold) + " holder signatures the key set requires",
                     ErrorKind::Refused};
    return d->payload;
}

} // namespace vigil
