// SPDX-License-Identifier: EUPL-1.2
#include "demotokens.h"

#include "shared/tokens/tokenbinding.h"

#include <boost/json.hpp>

#include <algorithm>
#include <chrono>
#include <thread>

namespace vigil::tools {

namespace {

/// The refusal a server gave, for the demo's message: its JSON "error", else the status.
Error refusal(const std::string& what, const HttpResponse& r)
{
    std::string why = "HTTP " + std::to_string(r.status);
    boost::system::error_code ec;
    const boost::json::value v = boost::json::parse(r.body, ec);
    if (!ec && v.is_object())
        if (const auto* e = v.as_object().if_contains("error"); e && e->is_string())
            why += ": " + std::string(e->as_string());
    return Error{what + " refused (" + why + ")"};
}

} // namespace

Result<DemoTokens> DemoTokens::fetchKeys(BlockingClient& relay, const DocumentSigners& signers)
{
    // The relay serves the document once its cache poller fetched it from the registry.
    for (int attempt = 0; attempt < 300; ++attempt) {
        auto r = relay.get("/v1/token-issuer");
        if (r && r->status == 200) {
            auto doc = tokens::verifyIssuerKeyDocument(asBytes(r->body), signers, 1);
            if (!doc)
                return Error{"the relay's issuer keys do not verify: " + doc.error().message};
            DemoTokens out;
            out.m_state->keys = std::move(*doc);
            return out;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    return Error{"the relay served no issuer keys within 30 s (was `vigil-admin tokens epoch publish` run?)"};
}

Result<unsigned> DemoTokens::registerCredential(BlockingClient& relay, const std::string& enrolCode)
{
    if (enrolCode.empty())
        return Error{"the provisioning file has no enrolment code"};
    if (!m_state->credential)
        m_state->credential = std::make_unique<SigningKeyPair>(SigningKeyPair::generate());
    const auto body = tokens::encodeDeviceRegistration(tokens::makeDeviceRegistration(*m_state->credential, enrolCode));
    auto r = relay.postJson("/v1/devices", body);
    if (!r)
        return r.error();
    if (r->status != 200 && r->status != 201)
        return refusal("registration", *r);
    return r->status;
}

Result<std::size_t> DemoTokens::request(BlockingClient& relay, std::size_t count, std::int64_t now)
{
    if (!m_state->credential)
        return Error{"register the credential first"};
    auto issuing = tokens::keyForIssuance(m_state->keys.keys, now);
    if (!issuing)
        return issuing.error();
    const tokens::IssuerKeyEpoch& epoch = **issuing;
    auto challenge = tokens::envelopeTokenChallenge(m_state->keys.name);
    if (!challenge)
        return challenge.error();
    std::vector<tokens::BoundTokenRequest> pending;
    std::vector<tokens::TokenRequest> requests;
    for (std::size_t i = 0; i < count; ++i) {
        auto one = tokens::makeBoundTokenRequest(epoch.key, *challenge);
        if (!one)
            return one.error();
        requests.push_back(one->pending.request);
        pending.push_back(std::move(*one));
    }
    // Strictly later than the last request: the registry refuses a replay.
    const std::int64_t time = m_state->lastRequest = std::max(now, m_state->lastRequest + 1);
    const auto body = tokens::encodeIssuanceRequest(
        tokens::makeIssuanceRequest(*m_state->credential, epoch.epoch, time, std::move(requests)));
    auto r = relay.postJson("/v1/tokens", body);
    if (!r)
        return r.error();
    if (r->status != 200)
        return refusal("token request", *r);
    auto answer = tokens::decodeIssuanceResponse(r->body);
    if (!answer)
        return answer.error();
    if (answer->epoch != epoch.epoch || answer->responses.size() > pending.size())
        return Error{"the registry answered for another epoch or more requests than asked"};
    std::size_t added = 0;
    for (std::size_t i = 0; i < answer->responses.size(); ++i) {
        auto token = tokens::finalizeToken(epoch.key, pending[i].pending.state, answer->responses[i]);
        if (!token || !tokens::verifyToken(epoch.key, *token).ok())
            continue;   // a bad signature is dropped, never kept (as the field app does)
        m_state->stock.push_back({std::move(*token), std::move(pending[i].bindingKey)});
        ++added;
    }
    m_state->issued += added;
    m_state->epoch = epoch.epoch;
    return added;
}

TokenBinder DemoTokens::binder()
{
    return [state = m_state](const ReportId& reportId, const Hash32& bindingHash) -> Result<Bytes> {
        if (state->next >= state->stock.size())
            return Error{"no filing token left: the report waits in the outbox"};
        const Kept& kept = state->stock[state->next];
        auto bound = tokens::bindToken(kept.token, kept.bindingKey, reportId, bindingHash);
        if (!bound)
            return bound.error();
        ++state->next;
        return tokens::encodeEnvelopeToken(*bound);
    };
}

} // namespace vigil::tools
