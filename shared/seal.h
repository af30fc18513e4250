// SPDX-License-Identifier: EUPL-1.2
#pragma once

// Sealing and opening envelopes (DESIGN.md §2, docs/protocol.md §2). The device seals; the
// registry opens only the routing header; a recipient opens only the body.

#include "envelope.h"
#include "keys.h"
#include "message.h"
#include "report.h"
#include "routingheader.h"
#include "secret.h"

#include <functional>
#include <span>
#include <string>

namespace vigil {

/// A member of a recipient group the body key is wrapped for.
struct Recipient {
    std::string memberId;
    PublicKey boxKey{};
};

struct SealedEnvelope {
    Bytes bytes;
    ReportId reportId{};
    Hash32 envelopeHash{};
};

/// Fills an envelope's token field (docs/protocol.md §11.3): given the report id and the
/// binding hash (the content hash with an empty token field, tokens/tokenverifier.h), the
/// bytes the field carries. Empty: the envelope goes without a token.
using TokenBinder = std::function<Result<Bytes>(const ReportId& reportId, const Hash32& bindingHash)>;

/// Pads `bodyPlaintext`, encrypts it under a fresh key K, wraps K for every recipient (plus
/// random decoys up to a multiple of 4), fills header.contentHash and header.recipients, and
/// seals the header to `routingKey`. header.reportId and header.replyKey must be set; on
/// return `header` is exactly what was sealed. Fails closed: on error nothing is returned.
Result<SealedEnvelope> sealEnvelope(ByteView bodyPlaintext, RoutingHeader& header, std::span<const Recipient> recipients,
                                    const PublicKey& routingKey, const TokenBinder& bindToken = {});

/// Binds a token to an envelope sealed earlier (docs/protocol.md §11.3): body and wraps stay
/// as they were sealed, `bindToken` fills the token field (replacing one the envelope carried),
/// and `header` — the header as sealed without a token (same report id; its content hash is
/// the envelope's with an empty token field) — is sealed again to `routingKey` over the new
/// content hash. For a device that sealed offline with no filing token in stock and gets one
/// later, or whose token a relay refused (docs/field-app.md "Filing tokens").
Result<SealedEnvelope> bindTokenLater(ByteView tokenlessEnvelope, RoutingHeader& header, const PublicKey& routingKey,
                                      const TokenBinder& bindToken);

/// What the registry learns: opens the routing header with the routing key and verifies the
/// binding (report id and content hash) to the rest of the envelope.
Result<RoutingHeader> openRoutingHeader(ByteView envelope, const BoxKeyPair& routingKey);

/// What a recipient learns: finds the key wrap for `memberKey`, decrypts and unpads the body.
/// Fails on any tampering with the body, the report id or the recipient's wrap.
Result<WipedBytes> openBody(ByteView envelope, const BoxKeyPair& memberKey);

/// The context a device adds to a report to route it (from the directory and settings).
struct RoutingContext {
    std::vector<std::string> groups;
    std::string unit;
    std::string language = "nl";
    std::uint32_t directoryVersion = 0;
};

/// A freshly sealed report and the reply key the device must keep (in its vault) to read
/// answers to it.
struct SealedReport {
    SealedEnvelope envelope;
    BoxKeyPair replyKey;
    RoutingHeader header;
};

/// The routing header fields a report implies (kind, category, risk, mode, month).
RoutingHeader routingHeaderFor(const Report& report, const RoutingContext& context);

/// Encodes and seals a report with its attachments: picks a random report id and reply
/// keypair, then sealEnvelope().
Result<SealedReport> sealReport(const Report& report, std::span<const Bytes> attachments,
                                const RoutingContext& context, std::span<const Recipient> recipients,
                                const PublicKey& routingKey, const TokenBinder& bindToken = {});

/// Seals a reporter's follow-up message in its own envelope: the header copies the original's
/// routing (groups, unit, mode, reply key) and names it as the thread; the body is the
/// message's JSON, framed like a report body without attachments. `signal` is the header's
/// flag for the registry (retaliation, more or no more contact); the original's own is dropped,
/// and so are survey answers it carried (sealSurveyFollowUp sends those).
Result<SealedEnvelope> sealFollowUp(const Message& message, const RoutingHeader& original,
                                    std::span<const Recipient> recipients, const PublicKey& routingKey,
                                    FollowUpSignal signal = FollowUpSignal::None, const TokenBinder& bindToken = {});

/// sealFollowUp, also returning the header as sealed (a device keeps it to bind a token later).
struct SealedFollowUp {
    SealedEnvelope envelope;
    RoutingHeader header;
};
Result<SealedFollowUp> sealFollowUpWithHeader(const Message& message, const RoutingHeader& original,
                                              std::span<const Recipient> recipients, const PublicKey& routingKey,
                                              FollowUpSignal signal = FollowUpSignal::None,
                                              const TokenBinder& bindToken = {});

/// A follow-up carrying the reporter's answers to "how did it go" (issue 16 §4, §2.6 `survey`):
/// sealFollowUpWithHeader with `answers` in the header, which must not be empty (Invalid).
Result<SealedFollowUp> sealSurveyFollowUp(const Message& message, const RoutingHeader& original,
                                          std::span<const Recipient> recipients, const PublicKey& routingKey,
                                          const SurveyAnswers& answers, const TokenBinder& bindToken = {});

/// Opens a follow-up's body (for a recipient) and decodes the message.
Result<Message> openFollowUp(ByteView envelope, const BoxKeyPair& memberKey);

} // namespace vigil
