// SPDX-License-Identifier: EUPL-1.2
#include "issuerdoc.h"

#include "shared/jsonreader.h"
#include "shared/signeddoc.h"

#include <boost/json/serialize.hpp>

#include <optional>

namespace vigil::tokens {

namespace json = boost::json;

namespace {

constexpr int kFormat = 1;
constexpr std::size_t kMaxName = 128;
constexpr std::size_t kMaxKeys = 64;
constexpr std::size_t kMaxSpkiText = 1024;
constexpr std::size_t kMaxBytes = 256 * 1024;

json::object encodeKey(const IssuerKeyEpoch& k)
{
    json::object o;
    o.emplace("epoch", k.epoch);
    o.emplace("not_before", k.notBefore);
    o.emplace("issue_until", k.issueUntil);
    o.emplace("not_after", k.notAfter);
    o.emplace("public_key", toBase64Url(encodeIssuerPublicKey(k.key)));
    return o;
}

std::optional<IssuerKeyEpoch> decodeKey(JsonReader& r)
{
    const auto epoch = r.integer("epoch", 1, UINT32_MAX);
    const auto notBefore = r.integer("not_before", 0, kMaxUnixTime);
    const auto issueUntil = r.integer("issue_until", 0, kMaxUnixTime);
    const auto notAfter = r.integer("not_after", 0, kMaxUnixTime);
    const std::string spkiText = r.text("public_key", kMaxSpkiText);
    r.close();
    if (r.failed())
        return std::nullopt;
    auto spki = fromBase64Url(spkiText);
    if (!spki) {
        r.fail("public_key", "expected URL-safe base64");
        return std::nullopt;
    }
    auto key = makeIssuerKeyEpoch(static_cast<std::uint32_t>(epoch), notBefore, issueUntil, notAfter, *spki);
    if (!key) {
        r.fail("public_key", key.error().message);
        return std::nullopt;
    }
    return std::move(*key);
}

} // namespace

std::string encodeIssuerKeyDocument(const IssuerKeyDocument& document)
{
    json::object o;
    o.emplace("v", kFormat);
    o.emplace("serial", document.serial);
    o.emplace("issued", document.issued);
    o.emplace("name", document.name);
    json::array keys;
    for (const auto& k : document.keys)
        keys.push_back(encodeKey(k));
    o.emplace("keys", std::move(keys));
    return json::serialize(o);
}

Result<IssuerKeyDocument> decodeIssuerKeyDocument(std::string_view text)
{
    auto object = parseJsonObject(text, "token issuer", kMaxBytes);
    if (!object)
        return withKind(ErrorKind::Invalid, object.error());
    JsonReader r(*object, "token issuer");
    const auto format = r.integer("v", 0, INT32_MAX);
    if (!r.failed() && format != kFormat)
        return Error{"token issuer.v: format " + std::to_string(format) + " is not supported", ErrorKind::Invalid};
    IssuerKeyDocument d;
    d.serial = static_cast<std::uint64_t>(r.integer("serial", 1, INT64_MAX));
    d.issued = static_cast<std::uint64_t>(r.integer("issued", 0, kMaxUnixTime));
    d.name = r.text("name", kMaxName);
    for (JsonReader& k : r.objects("keys", kMaxKeys, Need::Required))
        if (auto key = decodeKey(k))
            d.keys.push_back(std::move(*key));
    if (auto s = r.finish(); !s)
        return Error{s.error().message, ErrorKind::Invalid};
    if (d.keys.empty())
        return Error{"token issuer.keys: at least one key", ErrorKind::Invalid};
    if (auto s = checkIssuerKeySet(d.keys); !s)
        return Error{"token issuer.keys: " + s.error().message, ErrorKind::Invalid};
    return d;
}

Bytes signIssuerKeyDocument(const IssuerKeyDocument& document, const SigningKeyPair& rootKey)
{
    return signDocument(kIssuerKeysMagic, encodeIssuerKeyDocument(document), rootKey);
}

Result<IssuerKeyDocument> verifyIssuerKeyDocument(ByteView signedDocument, const DocumentSigners& signers,
                                                  std::uint64_t minSerial)
{
    auto payload = openOnlineSignedDocument(signedDocument, kIssuerKeysMagic, signers, "token issuer");
    if (!payload)
        return Error{payload.error().message, ErrorKind::Invalid};
    auto d = decodeIssuerKeyDocument(*payload);
    if (!d)
        return d.error();
    if (d->serial < minSerial)
        return Error{"token issuer: serial " + std::to_string(d->serial) + " is older than the "
                         + std::to_string(minSerial) + " already held",
                     ErrorKind::Invalid};
    return d;
}

std::string issuerNameFor(const PublicKey& rootKey)
{
    return "vigil:" + keyId(rootKey);
}

} // namespace vigil::tokens
