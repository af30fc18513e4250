// SPDX-License-Identifier: EUPL-1.2
#pragma once

// The way from an advisor's lessons-learned draft to a signed bulletin on every device.
// An advisor submits (from the console, usually drafted from a closed case); the operator who
// holds the registry's root key reviews and approves — which signs and publishes it — or
// rejects it with a reason the advisor sees. Nobody publishes to the whole organisation alone:
// one person writes, another signs. Every step is in the audit trail, in the same transaction.

#include "sqlcasestore.h"

#include "shared/bulletin.h"

#include <optional>
#include <string>
#include <vector>

namespace vigil::registry {
enum class SubmissionState { Pending, Published, Rejected };
} // namespace vigil::registry

namespace vigil {
template <> struct EnumTable<registry::SubmissionState> {
    static constexpr std::array<EnumName<registry::SubmissionState>, 3> names{{
        {registry::SubmissionState::Pending, "pending"},
        {registry::SubmissionState::Published, "published"},
        {registry::SubmissionState::Rejected, "rejected"},
    }};
};
} // namespace vigil

namespace vigil::registry {

struct BulletinSubmission {
    std::int64_t id = 0;
    std::string author;                    ///< member id
    std::optional<std::int64_t> caseId;    ///< the case it was drawn from; cut by retention
    UnixSeconds submittedAt = 0;
    Bulletin content;                      ///< sequence and published are set on approval
    SubmissionState state = SubmissionState::Pending;
    std::optional<UnixSeconds> decidedAt;
    std::string reason;                    ///< why it was rejected
};

class BulletinDesk {
public:
    explicit BulletinDesk(SqlCaseStore& store) : m_store(store) {}

    /// An advisor's submission. The texts must be what a device accepts (docs/protocol.md §5)
    /// with no control character but new lines and no direction override (nothing may hide from
    /// the operator who signs it); a case, when named, must be one the member holds and closed.
    /// With an action id, a replay returns the submission stored the first time.
    /// Fails as Invalid (the content), NotFound (no such case of the member's), Refused (the
    /// case is not closed) — final answers — or Conflict (the action id already named another
    /// submission: a console bug, final too); any other kind is storage (worth retrying).
    Result<BulletinSubmission> submit(const std::string& memberId, std::optional<std::int64_t> caseId,
                                      const Bulletin& content, UnixSeconds now, const std::string& actionId = {});
    /// The member's own submissions, newest first.
    Result<std::vector<BulletinSubmission>> submittedBy(const std::string& memberId);
    /// Every submission in `state`, oldest first (the operator's review queue).
    Result<std::vector<BulletinSubmission>> inState(SubmissionState state);
    Result<BulletinSubmission> find(std::int64_t id);

    /// Signs the submission with the root key and publishes it as the next bulletin; returns
    /// its sequence. Only a pending submission can be approved.
    Result<std::uint64_t> approve(std::int64_t id, const SigningKeyPair& rootKey, UnixSeconds now);
    Status reject(std::int64_t id, const std::string& reason, UnixSeconds now);

private:
    SqlCaseStore& m_store;
};

/// A control character (other than a new line) or a bidirectional override in UTF-8 `text`:
/// what could hide or reorder words on the operator's terminal or a device's screen.
bool hasHiddenControls(std::string_view text);

/// Signs `bulletin` (its sequence is set to the next free one) and inserts it into the
/// published bulletins; for a caller inside a write transaction on `db`.
Result<std::uint64_t> publishBulletinLocked(Db db, Bulletin bulletin, const SigningKeyPair& rootKey,
                                            UnixSeconds now);

/// Pending submission `id`, read inside the caller's transaction (so two operators cannot both
/// publish it): NotFound, or Conflict when it was published or rejected already.
Result<BulletinSubmission> pendingSubmissionLocked(Db db, std::int64_t id);
/// Marks submission `id` published as bulletin `sequence`, inside the caller's transaction.
Status markPublishedLocked(Db db, std::int64_t id, std::uint64_t sequence, UnixSeconds now);
/// Whether two bulletins say the same (kind, categories, both titles and texts), whatever their
/// number and publication time: a submission and the bulletin the holders signed for it.
bool sameText(const Bulletin& a, const Bulletin& b);

/// Inserts a bulletin the key holders signed (docs/protocol.md §3.5) after checking it against
/// `pinned` as a device does, and that it is the next number; inside the caller's transaction.
Result<Bulletin> storeSignedBulletin(Db db, ByteView blob, const RootKeySet& pinned);

} // namespace vigil::registry
