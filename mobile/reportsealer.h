// SPDX-License-Identifier: EUPL-1.2
#pragma once

// From a finished report to a sealed envelope in the outbox, in one step that fails closed:
// resolve the recipients from the verified directory (minus the reporter's exclusions), seal
// (shared/seal.h), and store the envelope together with its reply key and summary, sealed in
// the vault, in one transaction. Nothing of the report is ever written in the clear.
// No Qt here, so it runs on any thread.

#include "fieldstore.h"

#include "shared/directory.h"
#include "shared/message.h"
#include "shared/report.h"
#include "shared/routingheader.h"
#include "shared/vault.h"

#include <optional>
#include <string>
#include <vector>

namespace vigil::field {

/// A member the report would reach, for the "who will read this" list.
struct RecipientPreview {
    std::string memberId;
    std::string name;
    std::string groupId;
    std::string groupNameNl;
    std::string groupNameEn;
};

/// The members a report with these routing facts reaches, before exclusions (so the UI
/// can show everyone and let the reporter exclude). Empty when no rule applies.
std::vector<RecipientPreview> previewRecipients(const Directory& directory, const Report& report,
                                                const std::string& unit);

/// What the vault keeps about a sent report (slot::report), for the outbox and replies.
struct ReportSummary {
    ReportId reportId{};
    std::string headline;
    Kind kind = Kind::NearMiss;
    Category category = Category::OtherPhysical;
    std::uint64_t created = 0;
    std::string routingHeaderJson;       ///< encodeRoutingHeader of what was sealed
    std::vector<std::string> recipientNames;
};
std::string encodeSummary(const ReportSummary& summary);
Result<ReportSummary> decodeSummary(std::string_view json);

struct SealRequest {
    Report report;
    std::vector<Bytes> attachments;      ///< already stripped of metadata, in report.attachments order
    std::string unit;                    ///< unit id at the reporter's chosen granularity, or empty
    std::string language = "nl";
    std::vector<std::string> excludedMemberIds;
};

/// Whether the envelope must carry a filing token (tokenattach.h: tokensInUse).
enum class TokenUse : std::uint8_t { None, Required };

struct SealOutcome {
    std::int64_t rowId = 0;
    ReportId reportId{};
    Hash32 envelopeHash{};       ///< of the envelope as it will be sent (with its token)
    bool awaitingToken = false;  ///< no token in stock: stored, sent after the next refill
};

/// Seals the report against `directory` and stores it. Fails (storing nothing) when the
/// report is invalid, no group or nobody is left to read it, or any step fails.
/// With TokenUse::Required a token from stock is bound at once, or the row waits for one.
Result<SealOutcome> sealAndStore(FieldStore& store, const VaultKey& vaultKey, const Directory& directory,
                                 const SealRequest& request, std::uint64_t now, TokenUse tokens = TokenUse::None);

/// One message of a conversation as the vault keeps it (slot::thread).
struct ThreadMessage {
    bool outgoing = false;
    std::uint64_t sent = 0;
    std::string author;                  ///< member id of an advisor; empty for the reporter
    std::string authorName;
    std::string text;
    std::string followUpId;              ///< outgoing: hex report id of the follow-up's envelope
    FollowUpSignal signal = FollowUpSignal::None;   ///< outgoing: the flag it carried (retaliation …)
    bool closing = false;                ///< incoming: the advisor closed the case with it (§8 `closed`)
    bool survey = false;                 ///< outgoing: it carried the survey answers (never kept here)
    std::uint64_t checkIn = 0;           ///< incoming: the next planned check-in it named (§8 `checkin`)
};
std::string encodeThread(const std::vector<ThreadMessage>& messages);
Result<std::vector<ThreadMessage>> decodeThread(std::string_view json);

/// Seals a follow-up to the readers of the original report (those of its recipients still in
/// the directory) and stores it with the conversation updated, in one transaction. `signal`
/// goes in its routing header for the registry (docs/protocol.md §8 "Signals"), and so do
/// `survey` answers (§8 "Survey"; then `signal` must be None). The thread notes that answers
/// were sent, never which.
Result<SealOutcome> sealFollowUpAndStore(FieldStore& store, const VaultKey& vaultKey, const Directory& directory,
                                         const ReportId& original, const std::string& text, std::uint64_t now,
                                         TokenUse tokens = TokenUse::None,
                                         FollowUpSignal signal = FollowUpSignal::None,
                                         const std::optional<SurveyAnswers>& survey = std::nullopt);

} // namespace vigil::field
