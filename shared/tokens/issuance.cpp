// SPDX-License-Identifier: EUPL-1.2
#include "issuance.h"

#include "tokenbinding.h"

#include "shared/jsonreader.h"

#include <boost/json/serialize.hpp>

namespace vigil::tokens {

namespace json = boost::json;

namespace {

constexpr std::string_view kCredentialContext = "vigil device credential v1";
constexpr std::string_view kIssuanceContext = "vigil token issuance v1";
constexpr std::size_t kMaxEnrolCode = 64;
constexpr std::size_t kMaxJson = 64 * 1024;

Bytes credentialStatement(const PublicKey& credential, std::string_view enrolCode)
{
    ByteWriter w;
    w.text(kCredentialContext);
    w.bytes(credential);
    w.text(enrolCode);
    return w.take();
}

template <std::size_t N> FixedBytes<N> hexField(JsonReader& r, std::string_view key)
{
    const std::string text = r.text(key, 2 * N);
    if (r.failed())
        return {};
    auto value = fixedFromHex<N>(text);
    if (!value) {
        r.fail(key, "expected " + std::to_string(2 * N) + " hex digits");
        return {};
    }
    return *value;
}

/// Base64url items of one fixed length each.
std::vector<Bytes> blobs(JsonReader& r, std::string_view key, std::size_t maxCount, std::size_t size)
{
    std::vector<Bytes> out;
    for (const std::string& text : r.texts(key, maxCount, 2 * size, Need::Required)) {
        auto b = fromBase64Url(text);
        if (!b || b->size() != size) {
            r.fail(key, "expected URL-safe base64 of " + std::to_string(size) + " bytes each");
            return {};
        }
        out.push_back(std::move(*b));
    }
    return out;
}

} // namespace

DeviceRegistration makeDeviceRegistration(const SigningKeyPair& credential, std::string_view enrolCode)
{
    return DeviceRegistration{std::string(enrolCode), credential.publicKey,
                              credential.sign(credentialStatement(credential.publicKey, enrolCode))};
}

std::string encodeDeviceRegistration(const DeviceRegistration& registration)
{
    json::object o;
    o.emplace("enrol_code", registration.enrolCode);
    o.emplace("credential", toHex(registration.credential));
    o.emplace("signature", toHex(registration.signature));
    return json::serialize(o);
}

Result<DeviceRegistration> decodeDeviceRegistration(std::string_view text)
{
    auto object = parseJsonObject(text, "device", kMaxJson);
    if (!object)
        return withKind(ErrorKind::Invalid, object.error());
    JsonReader r(*object, "device");
    DeviceRegistration d;
    d.enrolCode = r.text("enrol_code", kMaxEnrolCode);
    d.credential = hexField<32>(r, "credential");
    d.signature = hexField<64>(r, "signature");
    if (auto s = r.finish(); !s)
        return Error{s.error().message, ErrorKind::Invalid};
    if (!verifySignature(d.credential, credentialStatement(d.credential, d.enrolCode), d.signature))
        return Error{"device: the signature does not verify for this credential", ErrorKind::Refused};
    return d;
}

Bytes issuanceStatement(const IssuanceRequest& request)
{
    ByteWriter w;
    w.text(kIssuanceContext);
    w.bytes(request.credential);
    w.u32(request.epoch);
    w.u64(static_cast<std::uint64_t>(request.time));
    w.u32(static_cast<std::uint32_t>(request.requests.size()));
    for (const auto& q : request.requests)
        w.bytes(encodeTokenRequest(q));
    return w.take();
}

IssuanceRequest makeIssuanceRequest(const SigningKeyPair& credential, std::uint32_t epoch, std::int64_t time,
                                    std::vector<TokenRequest> requests)
{
    IssuanceRequest r{credential.publicKey, epoch, time, std::move(requests), {}};
    r.signature = credential.sign(issuanceStatement(r));
    return r;
}

std::string encodeIssuanceRequest(const IssuanceRequest& request)
{
    json::object o;
    o.emplace("credential", toHex(request.credential));
    o.emplace("epoch", request.epoch);
    o.emplace("time", request.time);
    json::array requests;
    for (const auto& q : request.requests)
        requests.emplace_back(toBase64Url(encodeTokenRequest(q)));
    o.emplace("requests", std::move(requests));
    o.emplace("signature", toHex(request.signature));
    return json::serialize(o);
}

Result<IssuanceRequest> decodeIssuanceRequest(std::string_view text)
{
    auto object = parseJsonObject(text, "tokens", 2 * kMaxTokenRequestsPerCall * (2 + 1 + kNk) + kMaxJson);
    if (!object)
        return withKind(ErrorKind::Invalid, object.error());
    JsonReader r(*object, "tokens");
    IssuanceRequest q;
    q.credential = hexField<32>(r, "credential");
    q.epoch = static_cast<std::uint32_t>(r.integer("epoch", 1, UINT32_MAX));
    q.time = r.integer("time", 0, kMaxUnixTime);
    const std::vector<Bytes> raw = blobs(r, "requests", kMaxTokenRequestsPerCall, 2 + 1 + kNk);
    q.signature = hexField<64>(r, "signature");
    if (auto s = r.finish(); !s)
        return Error{s.error().message, ErrorKind::Invalid};
    if (raw.empty())
        return Error{"tokens.requests: at least one request", ErrorKind::Invalid};
    for (const Bytes& b : raw) {
        auto request = decodeTokenRequest(b);
        if (!request)
            return withKind(ErrorKind::Invalid, withContext("tokens.requests", request.error()));
        q.requests.push_back(std::move(*request));
    }
    if (!verifySignature(q.credential, issuanceStatement(q), q.signature))
        return Error{"tokens: the signature does not verify for this credential", ErrorKind::Refused};
    return q;
}

bool issuanceTimeOk(std::int64_t time, std::int64_t now)
{
    return time >= now - kIssuanceClockWindow && time <= now + kIssuanceClockWindow;
}

std::string encodeIssuanceResponse(const IssuanceResponse& response)
{
    json::object o;
    o.emplace("epoch", response.epoch);
    json::array responses;
    for (const auto& r : response.responses)
        responses.emplace_back(toBase64Url(encodeTokenResponse(r)));
    o.emplace("responses", std::move(responses));
    o.emplace("remaining", response.remaining);
    return json::serialize(o);
}

Result<IssuanceResponse> decodeIssuanceResponse(std::string_view text)
{
    auto object = parseJsonObject(text, "tokens", 2 * kMaxTokenRequestsPerCall * kNk + kMaxJson);
    if (!object)
        return withKind(ErrorKind::Invalid, object.error());
    JsonReader r(*object, "tokens");
    IssuanceResponse out;
    out.epoch = static_cast<std::uint32_t>(r.integer("epoch", 1, UINT32_MAX));
    const std::vector<Bytes> raw = blobs(r, "responses", kMaxTokenRequestsPerCall, kNk);
    out.remaining = static_cast<std::uint32_t>(r.integer("remaining", 0, UINT32_MAX));
    if (auto s = r.finish(); !s)
        return Error{s.error().message, ErrorKind::Invalid};
    for (const Bytes& b : raw)
        out.responses.push_back(TokenResponse{b});
    return out;
}

Result<BoundTokenRequest> makeBoundTokenRequest(const RsaPublicKey& issuerKey, ByteView challenge)
{
    SigningKeyPair binding = SigningKeyPair::generate();
    auto pending = createTokenRequest(issuerKey, challenge, bindingNonce(binding.publicKey));
    if (!pending)
        return pending.error();
    return BoundTokenRequest{std::move(binding), std::move(*pending)};
}

} // namespace vigil::tokens
