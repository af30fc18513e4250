// SPDX-License-Identifier: EUPL-1.2
#include "seal.h"

#include "envelopebuffer.h"
#include "padding.h"
#include "reportbody.h"
#include "sodiuminit.h"

#include <sodium.h>

#include <cassert>
#include <cstring>

namespace vigil {

using namespace envelope;

namespace {

Bytes sealTo(const PublicKey& recipient, ByteView plaintext)
{
    Bytes out(plaintext.size() + crypto_box_SEALBYTES);
    crypto_box_seal(out.data(), plaintext.data(), plaintext.size(), recipient.data());
    return out;
}

/// Encrypts the padded plaintext as a secretstream: the 24-byte header, then one message per
/// kChunkBytes with the report id as associated data; the last message carries TAG_FINAL so
/// a truncated body never decrypts.
/// Writes the bodyCiphertextSize(padded.size()) bytes at `out`.
void encryptBody(ByteView padded, const Secret<32>& key, const ReportId& reportId, unsigned char* out)
{
    crypto_secretstream_xchacha20poly1305_state state;
    crypto_secretstream_xchacha20poly1305_init_push(&state, out, key.data());
    std::size_t in = 0;
    std::size_t pos = kStreamHeaderBytes;
    do {
        const std::size_t n = std::min(kChunkBytes, padded.size() - in);
        const bool last = in + n == padded.size();
        unsigned long long written = 0;
        crypto_secretstream_xchacha20poly1305_push(
            &state, out + pos, &written, padded.data() + in, n, reportId.data(), reportId.size(),
            last ? crypto_secretstream_xchacha20poly1305_TAG_FINAL : crypto_secretstream_xchacha20poly1305_TAG_MESSAGE);
        in += n;
        pos += static_cast<std::size_t>(written);
    } while (in < padded.size());
    sodium_memzero(&state, sizeof state);
}

Result<WipedBytes> decryptBody(ByteView body, const Secret<32>& key, const ReportId& reportId)
{
    crypto_secretstream_xchacha20poly1305_state state;
    if (crypto_secretstream_xchacha20poly1305_init_pull(&state, body.data(), key.data()) != 0)
        return Error{"body: stream header is invalid"};
    WipedBytes plain;
    plain.bytes().reserve(body.size());
    std::size_t pos = kStreamHeaderBytes;
    bool final = false;
    while (pos < body.size()) {
        if (final)
            return Error{"body: data after the final chunk"};
        const std::size_t n = std::min(kChunkBytes + kChunkOverhead, body.size() - pos);
        const std::size_t offset = plain.bytes().size();
        plain.bytes().resize(offset + n - kChunkOverhead);
        unsigned long long written = 0;
        unsigned char tag = 0;
        if (crypto_secretstream_xchacha20poly1305_pull(&state, plain.bytes().data() + offset, &written, &tag,
                                                       body.data() + pos, n, reportId.data(), reportId.size())
            != 0)
            return Error{"body: chunk at byte " + std::to_string(pos)
                         + " does not decrypt (tampered, truncated, or for another report)"};
        final = tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL;
        pos += n;
    }
    sodium_memzero(&state, sizeof state);
    if (!final)
        return Error{"body: the final chunk is missing (truncated)"};
    return plain;
}

/// The part of sealing after body and wraps: the token field (when `bindToken` is set), the
/// content hash over everything, and the header sealed to the routing key. Shared by a seal
/// in one go and by binding a token to an envelope sealed earlier without one.
Result<SealedEnvelope> finishSeal(EnvelopeParts parts, Bytes buffer, std::size_t bodyAt, RoutingHeader& header,
                                  const PublicKey& routingKey, const TokenBinder& bindToken)
{
    parts.token.clear();
    const ByteView body = ByteView(buffer).subspan(bodyAt);
    EnvelopeView view{parts.reportId, {}, parts.token, {}, body};
    for (const auto& w : parts.wraps)
        view.wraps.emplace_back(w);
    header.contentHash = contentHash(view);
    if (bindToken) {
        // The token signs the envelope without itself (the binding hash is the content hash
        // with an empty token field); the header's content hash then covers the token too.
        auto token = bindToken(parts.reportId, header.contentHash);
        if (!token)
            return withContext("seal: token", token.error());
        if (token->size() > kMaxTokenBytes)
            return Error{"seal: the token field is larger than an envelope carries"};
        parts.token = std::move(*token);
        view.token = parts.token;
        header.contentHash = contentHash(view);
    }

    const std::string headerJson = encodeRoutingHeader(header);
    if (paddedSize(headerJson.size()) + kSealOverhead > kMaxHeaderBytes)
        return Error{"seal: the routing header is too large (too many groups or recipients)"};
    // Fail closed on the device: a header the registry's decoder refuses (a language it does
    // not know, a month 13, too many recipients) would lose the report after a relay receipt.
    if (auto readable = decodeRoutingHeader(headerJson); !readable)
        return Error{"seal: the registry would refuse this routing header (" + readable.error().message + ")"};
    WipedBytes headerPlain(toBytes(headerJson));
    padToBucket(headerPlain.bytes());
    parts.sealedHeader = sealTo(routingKey, headerPlain.view());

    SealedEnvelope out;
    out.bytes = serializeEnvelopeAround(parts, std::move(buffer), bodyAt);
    out.reportId = parts.reportId;
    out.envelopeHash = envelopeHash(out.bytes);
    return out;
}

} // namespace

namespace {

/// sealEnvelope over a plaintext it may pad in place: the body is encrypted straight into the
/// envelope's buffer, so a photo is held twice at most (plaintext and envelope), never copied
/// into fresh multi-MiB buffers on the way (docs/benchmarks.md, attachment sealing).
Result<SealedEnvelope> sealOwned(WipedBytes padded, RoutingHeader& header, std::span<const Recipient> recipients,
                                 const PublicKey& routingKey, const TokenBinder& bindToken)
{
    ensureSodium();
    if (recipients.empty())
        return Error{"seal: a report needs at least one recipient"};
    if (recipients.size() > kMaxWraps - kWrapMultiple)
        return Error{"seal: " + std::to_string(recipients.size()) + " recipients is more than an envelope carries"};

    EnvelopeParts parts;
    parts.reportId = header.reportId;

    Secret<32> key;
    crypto_secretstream_xchacha20poly1305_keygen(key.data());
    if (padded.bytes().capacity() < paddedSize(padded.bytes().size())) {
        // Padding would reallocate and leave the plaintext unwiped in the freed buffer: move it
        // into one with room first (the move-assignment wipes the old one).
        Bytes room;
        room.reserve(paddedSize(padded.bytes().size()));
        room.assign(padded.bytes().begin(), padded.bytes().end());
        padded = WipedBytes(std::move(room));
    }
    padToBucket(padded.bytes());
    const std::size_t wraps = (recipients.size() + kWrapMultiple - 1) / kWrapMultiple * kWrapMultiple;
    const std::size_t bodyAt = maxPrefixBytes(wraps);
    Bytes buffer(bodyAt + bodyCiphertextSize(padded.bytes().size()));
    encryptBody(padded.view(), key, parts.reportId, buffer.data() + bodyAt);
    padded = WipedBytes(); // wiped now: nothing below needs the plaintext

    header.recipients.clear();
    for (const auto& r : recipients) {
        parts.wraps.push_back(sealTo(r.boxKey, key.view()));
        header.recipients.push_back(r.memberId);
    }
    // Decoys look like sealed boxes (an ephemeral key and ciphertext are both uniform bytes),
    // so a relay learns only the group size rounded up to kWrapMultiple.
    while (parts.wraps.size() % kWrapMultiple != 0) {
        Bytes decoy(kWrapBytes);
        randombytes_buf(decoy.data(), decoy.size());
        parts.wraps.push_back(std::move(decoy));
    }

    assert(parts.wraps.size() == wraps);
    return finishSeal(std::move(parts), std::move(buffer), bodyAt, header, routingKey, bindToken);
}

} // namespace

Result<SealedEnvelope> sealEnvelope(ByteView bodyPlaintext, RoutingHeader& header, std::span<const Recipient> recipients,
                                    const PublicKey& routingKey, const TokenBinder& bindToken)
{
    // Room for the padding up front: padding must not copy the plaintext once more.
    Bytes copy;
    copy.reserve(paddedSize(bodyPlaintext.size()));
    copy.assign(bodyPlaintext.begin(), bodyPlaintext.end());
    return sealOwned(WipedBytes(std::move(copy)), header, recipients, routingKey, bindToken);
}

Result<SealedEnvelope> bindTokenLater(ByteView tokenlessEnvelope, RoutingHeader& header, const PublicKey& routingKey,
                                      const TokenBinder& bindToken)
{
    ensureSodium();
    if (!bindToken)
        return Error{"bind token: no token to bind"};
    auto view = parseEnvelope(tokenlessEnvelope);
    if (!view)
        return view.error();
    // A token it carries already (one a relay refused) is replaced: the binding hash and the
    // header's first content hash are both computed with the field empty.
    view->token = {};
    if (view->reportId != header.reportId)
        return Error{"bind token: the header is for report " + toHex(header.reportId) + ", the envelope is "
                     + toHex(view->reportId)};
    // The header must be the one this envelope was sealed with: its recipients and groups
    // are what the wraps were made for, and its content hash covers these very wraps and body.
    if (!equalConstantTime(contentHash(*view), header.contentHash))
        return Error{"bind token: the header was not sealed with this envelope"};
    EnvelopeParts parts;
    parts.reportId = view->reportId;
    for (auto w : view->wraps)
        parts.wraps.emplace_back(w.begin(), w.end());
    const std::size_t bodyAt = maxPrefixBytes(parts.wraps.size());
    Bytes buffer(bodyAt + view->body.size());
    std::copy(view->body.begin(), view->body.end(), buffer.begin() + static_cast<std::ptrdiff_t>(bodyAt));
    return finishSeal(std::move(parts), std::move(buffer), bodyAt, header, routingKey, bindToken);
}

Result<RoutingHeader> openRoutingHeader(ByteView envelopeBytes, const BoxKeyPair& routingKey)
{
    auto view = parseEnvelope(envelopeBytes);
    if (!view)
        return view.error();
    WipedBytes plain(Bytes(view->sealedHeader.size() - kSealOverhead));
    if (crypto_box_seal_open(plain.bytes().data(), view->sealedHeader.data(), view->sealedHeader.size(),
                             routingKey.publicKey.data(), routingKey.secretKey.data())
        != 0)
        return Error{"header: does not open with this routing key (wrong key or tampered)"};
    if (auto s = unpad(plain.bytes()); !s)
        return withContext("header", s.error());
    auto header = decodeRoutingHeader(toString(plain.view()));
    if (!header)
        return header.error();
    if (header->reportId != view->reportId)
        return Error{"header: report id " + toHex(header->reportId) + " does not match the envelope's "
                     + toHex(view->reportId) + " (header and envelope were swapped)"};
    const Hash32 actual = contentHash(*view);
    if (!equalConstantTime(actual, header->contentHash))
        return Error{"header: content hash does not match the envelope (body, key wraps or token were altered)"};
    return header;
}

Result<WipedBytes> openBody(ByteView envelopeBytes, const BoxKeyPair& memberKey)
{
    auto view = parseEnvelope(envelopeBytes);
    if (!view)
        return view.error();
    Secret<32> key;
    bool found = false;
    for (auto wrap : view->wraps) {
        if (crypto_box_seal_open(key.data(), wrap.data(), wrap.size(), memberKey.publicKey.data(),
                                 memberKey.secretKey.data())
            == 0) {
            found = true;
            break;
        }
    }
    if (!found)
        return Error{"body: no key in this envelope opens with this recipient key"};
    auto plain = decryptBody(view->body, key, view->reportId);
    if (!plain)
        return plain.error();
    if (auto s = unpad(plain->bytes()); !s)
        return withContext("body", s.error());
    return plain;
}

RoutingHeader routingHeaderFor(const Report& report, const RoutingContext& context)
{
    RoutingHeader h;
    h.kind = report.kind;
    h.category = report.category;
    h.groups = context.groups;
    h.severity = report.risk.worst.isSet() ? report.risk.worst.severity : report.risk.actual.severity;
    h.likelihood = report.risk.worst.isSet() ? report.risk.worst.likelihood : report.risk.actual.likelihood;
    h.impact = report.impact.level;
    h.immediateDanger = report.impact.immediateDanger;
    h.unit = context.unit;
    h.month = report.when.local.substr(0, 7);
    h.language = context.language;
    h.mode = report.mode;
    h.consentCommander = report.support.consentCommander;
    h.directoryVersion = context.directoryVersion;
    return h;
}

Result<SealedReport> sealReport(const Report& report, std::span<const Bytes> attachments, const RoutingContext& context,
                                std::span<const Recipient> recipients, const PublicKey& routingKey,
                                const TokenBinder& bindToken)
{
    ensureSodium();
    auto body = encodeReportBody(report, attachments);
    if (!body)
        return body.error();
    RoutingHeader header = routingHeaderFor(report, context);
    randombytes_buf(header.reportId.data(), header.reportId.size());
    BoxKeyPair replyKey = BoxKeyPair::generate();
    header.replyKey = replyKey.publicKey;
    auto sealed = sealOwned(std::move(*body), header, recipients, routingKey, bindToken);
    if (!sealed)
        return sealed.error();
    return SealedReport{std::move(*sealed), std::move(replyKey), std::move(header)};
}

namespace {

Result<SealedFollowUp> sealThreaded(const Message& message, const RoutingHeader& original,
                                    std::span<const Recipient> recipients, const PublicKey& routingKey,
                                    FollowUpSignal signal, std::optional<SurveyAnswers> survey,
                                    const TokenBinder& bindToken)
{
    ensureSodium();
    RoutingHeader header = original;
    header.thread = original.thread ? *original.thread : original.reportId;
    header.signal = signal;
    header.survey = std::move(survey);
    randombytes_buf(header.reportId.data(), header.reportId.size());
    Message m = message;
    m.thread = *header.thread;
    const std::string json = encodeMessage(m);
    ByteWriter w;
    w.u32(static_cast<std::uint32_t>(json.size()));
    w.text(json);
    auto sealed = sealOwned(WipedBytes(w.take()), header, recipients, routingKey, bindToken);
    if (!sealed)
        return sealed.error();
    return SealedFollowUp{std::move(*sealed), std::move(header)};
}

} // namespace

Result<SealedFollowUp> sealFollowUpWithHeader(const Message& message, const RoutingHeader& original,
                                              std::span<const Recipient> recipients, const PublicKey& routingKey,
                                              FollowUpSignal signal, const TokenBinder& bindToken)
{
    return sealThreaded(message, original, recipients, routingKey, signal, std::nullopt, bindToken);
}

Result<SealedFollowUp> sealSurveyFollowUp(const Message& message, const RoutingHeader& original,
                                          std::span<const Recipient> recipients, const PublicKey& routingKey,
                                          const SurveyAnswers& answers, const TokenBinder& bindToken)
{
    if (answers.empty())
        return Error{"survey: every question skipped; send nothing instead", ErrorKind::Invalid};
    return sealThreaded(message, original, recipients, routingKey, FollowUpSignal::None, answers, bindToken);
}

Result<SealedEnvelope> sealFollowUp(const Message& message, const RoutingHeader& original,
                                    std::span<const Recipient> recipients, const PublicKey& routingKey,
                                    FollowUpSignal signal, const TokenBinder& bindToken)
{
    auto sealed = sealFollowUpWithHeader(message, original, recipients, routingKey, signal, bindToken);
    if (!sealed)
        return sealed.error();
    return std::move(sealed->envelope);
}

Result<Message> openFollowUp(ByteView envelope, const BoxKeyPair& memberKey)
{
    auto plain = openBody(envelope, memberKey);
    if (!plain)
        return plain.error();
    ByteReader r(plain->view(), "follow-up");
    auto len = r.u32("message_len");
    if (!len)
        return len.error();
    auto json = r.bytes(*len, "message");
    if (!json)
        return json.error();
    if (auto end = r.expectEnd(); !end)
        return end.error();
    return decodeMessage(std::string_view(reinterpret_cast<const char*>(json->data()), json->size()));
}

} // namespace vigil
