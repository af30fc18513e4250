// SPDX-License-Identifier: EUPL-1.2
// SyncEngine, the last step of a round: filing tokens (docs/field-app.md "Filing tokens";
// docs/protocol.md §11.2). The issuer keys are fetched and verified like the support contacts;
// then, while the vault is unlocked and the stock is below kRefillBelow, the phone registers
// its credential once (with the enrolment code) and asks for a batch of blinded tokens, which
// it finishes and keeps, each sealed to the vault's drop box. Any trouble here never fails the
// round: reports already went out, and the stock is refilled at the next sync.

#include "syncengine.h"

#include "devicevault.h"
#include "fieldapp.h"
#include "tokenattach.h"
#include "trust.h"

#include "shared/tokens/issuance.h"
#include "shared/tokens/tokenbinding.h"

#include <QJsonObject>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <algorithm>
#include <charconv>

namespace vigil::field {

namespace {

constexpr std::string_view kIssuerEtag = "sync.token_issuer_etag";
constexpr std::string_view kRegistered = "tokens.registered";
constexpr std::string_view kLastRequest = "tokens.last_request";
constexpr std::string_view kCredentialSlot = "token-credential";
/// Refill when fewer than this many are left; ask for a whole quota's worth.
constexpr std::size_t kRefillBelow = 10;
constexpr std::size_t kBatch = 50;
/// 100 TokenResponses in base64url and the JSON around them.
constexpr qint64 kMaxTokenAnswerBytes = 64 * 1024;

ByteView bodyBytes(const QByteArray& body)
{
    return {reinterpret_cast<const std::uint8_t*>(body.constData()), static_cast<std::size_t>(body.size())};
}

} // namespace

/// The requests of a batch in flight: their blinding state lives only in memory (a batch lost
/// to a crash costs quota, never a token another envelope holds).
struct TokenBatch {
    std::uint32_t epoch = 0;
    std::int64_t notAfter = 0;
    tokens::RsaPublicKey key;
    std::vector<tokens::BoundTokenRequest> pending;
};

int SyncEngine::tokenStock() const
{
    return static_cast<int>(m_app.store().tokenStock(static_cast<std::int64_t>(m_app.now())));
}

void SyncEngine::postJson(const QUrl& url, const QByteArray& body, Handler handler)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(m_options.requestTimeoutMs);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    watch(m_network.post(request, body), kMaxTokenAnswerBytes, std::move(handler));
}

void SyncEngine::fetchTokenIssuer()
{
    const QByteArray etag = QByteArray::fromStdString(m_app.store().settingText(kIssuerEtag).value_or(""));
    get(endpoint(QStringLiteral("/v1/token-issuer")), etag, [this](const HttpResult& answer) {
        if (answer.status == 200) {
            auto accepted = m_app.trust().acceptIssuerKeys(bodyBytes(answer.body));
            if (!accepted) {
                m_tokenNote = tr("The relay offered token keys this phone does not trust.");
                emit tokensChanged();
                finishRound();
                return;
            }
            (void)m_app.store().setSettingText(kIssuerEtag, answer.header("ETag").toStdString());
        }
        (void)m_app.store().dropExpiredTokens(static_cast<std::int64_t>(m_app.now()));
        // Tokens of an epoch the issuer no longer lists would only be refused.
        if (const auto keys = m_app.trust().issuerKeys()) {
            std::vector<std::uint32_t> epochs;
            for (const auto& k : keys->keys)
                epochs.push_back(k.epoch);
            (void)m_app.store().dropTokensOutside(epochs);
        }
        refillTokens();
    });
}

void SyncEngine::refillTokens()
{
    // Rows that wait (sealed with the stock empty, or refused) take what the stock holds now;
    // a second round sends them.
    if (bindWaitingTokens() > 0)
        m_again = true;
    const auto keys = m_app.trust().issuerKeys();
    // Tokens need the credential, which lives in the vault: only while unlocked.
    if (!keys || !m_app.vault().isUnlocked()
        || m_app.store().tokenStock(static_cast<std::int64_t>(m_app.now())) >= kRefillBelow) {
        emit tokensChanged();
        finishRound();
        return;
    }
    if (m_app.store().settingText(kRegistered).value_or("") != "1") {
        registerCredential();
        return;
    }
    requestTokens(*keys);
}

void SyncEngine::registerCredential()
{
    const auto code = m_app.store().settingText(setting::kEnrolCode);
    if (!code || code->empty()) {
        m_tokenNote = tr("This phone was enrolled without a code for filing tokens: ask for a new enrolment.");
        emit tokensChanged();
        finishRound();
        return;
    }
    // The same credential on every try: a registration whose answer was lost is repeated as is.
    if (!m_app.vault().get(kCredentialSlot)) {
        const SigningKeyPair fresh = SigningKeyPair::generate();
        const KeySeed s = fresh.seed();
        (void)m_app.vault().put(kCredentialSlot, s.view());
    }
    auto seed = m_app.vault().get(kCredentialSlot);
    if (!seed) {
        finishRound();
        return;
    }
    const SigningKeyPair credential = SigningKeyPair::fromSeed(seed->view());
    const std::string body = tokens::encodeDeviceRegistration(tokens::makeDeviceRegistration(credential, *code));
    postJson(endpoint(QStringLiteral("/v1/devices")), QByteArray::fromStdString(body),
             [this](const HttpResult& answer) {
                 if (answer.status == 200 || answer.status == 201) {
                     (void)m_app.store().setSettingText(kRegistered, "1");
                     (void)m_app.store().setSettingText(setting::kEnrolCode, "");
                     refillTokens();
                     return;
                 }
                 if (answer.status == 409 || answer.status == 404)
                     m_tokenNote = tr("This phone's enrolment code was used already or is unknown: ask for a new "
                                      "enrolment to file reports.");
                 emit tokensChanged();
                 finishRound();
             });
}

void SyncEngine::requestTokens(const tokens::IssuerKeyDocument& keys)
{
    const auto now = static_cast<std::int64_t>(m_app.now());
    auto issuing = tokens::keyForIssuance(keys.keys, now);
    auto challenge = tokens::envelopeTokenChallenge(keys.name);
    auto seed = m_app.vault().get(kCredentialSlot);
    if (!issuing || !challenge || !seed) {
        emit tokensChanged();
        finishRound();
        return;
    }
    auto batch = std::make_shared<TokenBatch>();
    batch->epoch = (*issuing)->epoch;
    batch->notAfter = (*issuing)->notAfter;
    batch->key = (*issuing)->key;
    std::vector<tokens::TokenRequest> requests;
    for (std::size_t i = 0; i < kBatch; ++i) {
        auto one = tokens::makeBoundTokenRequest(batch->key, *challenge);
        if (!one) {
            finishRound();
            return;
        }
        requests.push_back(one->pending.request);
        batch->pending.push_back(std::move(*one));
    }
    // Strictly later than the last request: the registry refuses a replay.
    const std::string lastText = m_app.store().settingText(kLastRequest).value_or("0");
    std::int64_t last = 0;
    (void)std::from_chars(lastText.data(), lastText.data() + lastText.size(), last);
    const std::int64_t time = std::max(now, last + 1);
    (void)m_app.store().setSettingText(kLastRequest, std::to_string(time));
    const SigningKeyPair credential = SigningKeyPair::fromSeed(seed->view());
    const std::string body
        = tokens::encodeIssuanceRequest(tokens::makeIssuanceRequest(credential, batch->epoch, time, std::move(requests)));
    postJson(endpoint(QStringLiteral("/v1/tokens")), QByteArray::fromStdString(body),
             [this, batch](const HttpResult& answer) { finishTokens(*batch, answer); });
}

void SyncEngine::finishTokens(TokenBatch& batch, const HttpResult& answer)
{
    if (answer.status == 429) {
        const qint64 next = answer.json().value(QStringLiteral("next_epoch_at")).toInteger();
        m_tokenNote = next > 0 ? tr("Quota reached; more filing tokens from %1.")
                                     .arg(QDateTime::fromSecsSinceEpoch(next).toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                               : tr("Quota reached; more filing tokens later.");
    } else if (answer.status == 200) {
        auto response = tokens::decodeIssuanceResponse(answer.body.toStdString());
        std::vector<Bytes> items;
        if (response && response->epoch == batch.epoch && response->responses.size() <= batch.pending.size()) {
            for (std::size_t i = 0; i < response->responses.size(); ++i) {
                auto token = tokens::finalizeToken(batch.key, batch.pending[i].pending.state, response->responses[i]);
                if (!token)
                    continue;   // a bad signature is dropped, never kept
                // The token and its binding key seed, sealed to the drop box like a receipt.
                Bytes plain = tokens::encodeToken(*token);
                const KeySeed seed = batch.pending[i].bindingKey.seed();
                plain.insert(plain.end(), seed.view().begin(), seed.view().end());
                auto sealed = m_app.vault().dropSeal(plain);
                std::fill(plain.begin(), plain.end(), std::uint8_t{0});
                if (sealed)
                    items.push_back(std::move(*sealed));
            }
            (void)m_app.store().addTokens(batch.epoch, batch.notAfter, items);
            m_tokenNote.clear();
            // Reports that waited for a token go in another round, now.
            if (bindWaitingTokens() > 0)
                m_again = true;
        }
    } else if (answer.status == 403) {
        m_tokenNote = tr("This phone may no longer receive filing tokens: ask your administrator.");
    }
    emit tokensChanged();
    finishRound();
}

std::size_t SyncEngine::bindWaitingTokens()
{
    const auto now = static_cast<std::int64_t>(m_app.now());
    (void)m_app.store().releaseExpiredReservations(now);
    auto key = m_app.vault().key();
    if (!key)
        return 0;   // locked: the header and the tokens are in the vault; they wait
    auto directory = m_app.trust().directory(static_cast<std::uint64_t>(now));
    if (!directory)
        return 0;
    const AttachOutcome outcome = attachTokens(m_app.store(), *key, directory->routingKey, now);
    if (outcome.bound > 0)
        emit outboxChanged();
    return outcome.bound;
}

} // namespace vigil::field
