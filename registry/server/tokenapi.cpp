// SPDX-License-Identifier: EUPL-1.2
#include "tokenapi.h"

#include "documentresponse.h"
#include "syncroute.h"

#include "registry/tokendesk.h"
#include "registry/tokenissuerkeys.h"

#include "shared/net/log.h"

#include <boost/json/serialize.hpp>

#include <algorithm>

namespace vigil::registry {

namespace {

/// Unavailable here means the device's quota is spent for now: 429, not the usual 503.
unsigned statusOf(ErrorKind kind)
{
    return kind == ErrorKind::Unavailable ? 429 : statusFor(kind, 503);
}

HttpResponse storeError(Logger& log, const Error& e)
{
    log.error("token issuance failed", {{"error", e.message}});
    return jsonError(503, "the registry could not serve this now; nothing was issued, retry later");
}

} // namespace

TokenApi::TokenApi(SqlCaseStore& store, std::filesystem::path dataDir, const RegistryKeys& keys, Logger& log,
                   Clock clock, RegistryCounters& counters)
    : m_store(store), m_dataDir(std::move(dataDir)), m_keys(keys), m_log(log), m_clock(std::move(clock)),
      m_counters(counters)
{
}

void TokenApi::install(RouteTable& table)
{
    auto route = [this](auto fn) { return syncRoute(m_counters.requests, std::move(fn)); };
    auto self = shared_from_this();
    table.add("GET", "/v1/token-issuer",
              route([self](const HttpRequest& q, const std::string&) { return self->getIssuer(q); }));
    table.add("POST", "/v1/devices", route([self](const HttpRequest& q, const std::string&) { return self->postDevice(q); }));
    table.add("POST", "/v1/tokens", route([self](const HttpRequest& q, const std::string&) { return self->postTokens(q); }));
}

HttpResponse TokenApi::getIssuer(const HttpRequest& request)
{
    std::optional<Bytes> latest;
    const Status read = m_store.readConsistent([&](Db db) -> Status {
        auto l = latestTokenIssuer(db);
        if (!l)
            return l.error();
        latest = std::move(*l);
        return {};
    });
    if (!read)
        return jsonError(500, "token issuer keys unavailable");
    if (!latest)
        return jsonError(404, "no token issuer keys have been published yet");
    return documentResponse(request, *latest);
}

HttpResponse TokenApi::postDevice(const HttpRequest& request)
{
    auto registration = tokens::decodeDeviceRegistration(request.body);
    if (!registration)
        return jsonError(statusOf(registration.error().kind), registration.error().message);
    const std::int64_t now = m_clock();
    std::optional<DeviceRegistered> outcome;
    std::optional<Error> refused;
    const Status s = m_store.writeAuditedAll([&](Db db, std::vector<AuditEntry>&) -> Status {
        auto r = registerDevice(db, *registration, now);
        if (!r) {
            if (r.error().kind == ErrorKind::Storage || r.error().kind == ErrorKind::Unspecified)
                return r.error();
            refused = r.error();
            return {};
        }
        outcome = *r;
        return {};
    });
    if (!s)
        return storeError(m_log, s.error());
    if (refused)
        return jsonError(statusOf(refused->kind), refused->message);
    return jsonResponse(*outcome == DeviceRegistered::Created ? 201 : 200, R"({"status":"registered"})");
}

Result<std::shared_ptr<const tokens::RsaPrivateKey>> TokenApi::issuerKey(std::uint32_t epoch)
{
    std::lock_guard guard(m_keysMutex);
    if (auto it = m_issuerKeys.find(epoch); it != m_issuerKeys.end())
        return it->second;
    auto key = loadIssuerKey(m_dataDir, epoch);
    if (!key)
        return key.error();
    auto shared = std::make_shared<const tokens::RsaPrivateKey>(std::move(*key));
    m_issuerKeys.emplace(epoch, shared);
    return shared;
}

HttpResponse TokenApi::postTokens(const HttpRequest& request)
{
    auto parsed = tokens::decodeIssuanceRequest(request.body);
    if (!parsed)
        return jsonError(statusOf(parsed.error().kind), parsed.error().message);
    const std::int64_t now = m_clock();
    if (!tokens::issuanceTimeOk(parsed->time, now))
        return jsonError(403, "the request's time is more than 5 minutes from the registry's clock");
    std::optional<tokens::IssuerKeyEpoch> epoch;
    std::optional<TokenGrant> grant;
    std::optional<Error> refused;
    const Status s = m_store.writeAuditedAll([&](Db db, std::vector<AuditEntry>&) -> Status {
        auto epochs = tokenEpochs(db);
        if (!epochs)
            return epochs.error();
        auto issuing = tokens::keyForIssuance(*epochs, now);
        if (!issuing) {
            refused = Error{"no token epoch issues now", ErrorKind::Unavailable};
            return {};
        }
        epoch = **issuing;
        if (parsed->epoch != epoch->epoch) {
            refused = Error{"epoch " + std::to_string(epoch->epoch) + " issues now, not "
                                + std::to_string(parsed->epoch) + ": fetch /v1/token-issuer again",
                            ErrorKind::Conflict};
            return {};
        }
        for (const auto& q : parsed->requests)
            if (q.truncatedTokenKeyId != epoch->keyId.back()) {
                refused = Error{"a request is blinded for another key than epoch " + std::to_string(epoch->epoch)
                                    + "'s",
                                ErrorKind::Invalid};
                return {};
            }
        auto quota = tokenQuota(db);
        if (!quota)
            return quota.error();
        auto g = reserveTokens(db, *parsed, *epoch, *quota);
        if (!g) {
            if (g.error().kind == ErrorKind::Storage || g.error().kind == ErrorKind::Unspecified)
                return g.error();
            refused = g.error();
            return {};
        }
        grant = *g;
        return {};
    });
    if (!s)
        return storeError(m_log, s.error());
    if (refused) {
        HttpResponse r = jsonError(statusOf(refused->kind), refused->message);
        if (refused->kind == ErrorKind::Unavailable && epoch) {
            boost::json::object o;
            o.emplace("error", refused->message);
            o.emplace("next_epoch_at", epoch->issueUntil);
            r = jsonResponse(429, boost::json::serialize(o));
            r.headers.emplace_back("Retry-After", std::to_string(std::max<std::int64_t>(1, epoch->issueUntil - now)));
        }
        return r;
    }
    auto key = issuerKey(epoch->epoch);
    if (!key)
        return storeError(m_log, key.error());
    tokens::IssuanceResponse out;
    out.epoch = epoch->epoch;
    out.remaining = grant->remaining;
    for (std::uint32_t i = 0; i < grant->granted; ++i) {
        // Only the first `granted` requests are answered (their type, size and key were checked
        // before the quota was spent).
        auto response = tokens::issueTokenResponse(**key, parsed->requests[i]);
        if (!response)
            return jsonError(400, "tokens.requests[" + std::to_string(i) + "]: " + response.error().message);
        out.responses.push_back(std::move(*response));
    }
    HttpResponse r = jsonResponse(200, tokens::encodeIssuanceResponse(out));
    r.headers.emplace_back("Cache-Control", "no-store");
    return r;
}

} // namespace vigil::registry
