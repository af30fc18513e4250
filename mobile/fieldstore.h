// SPDX-License-Identifier: EUPL-1.2
#pragma once

// Everything the field app keeps on disk, in one SQLite file (docs/field-app.md §Storage):
// settings (nothing secret), vault items (sealed under the PIN-derived key), the outbox of
// sealed envelopes and verified bulletins. No report text is ever stored here in the clear.
// Thread-safe: one connection behind a mutex, so a background seal job and the GUI can share it.

#include "shared/seal.h"
#include "shared/storage/sqlite.h"

#include <cstdint>
#include <filesystem>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace vigil::field {

/// The honest life of an envelope in the outbox (issue 5 §5).
enum class OutboxState : std::uint8_t {
    Sealed = 0,       ///< sealed and stored, not tried yet
    Waiting = 1,      ///< tried, no network or no relay: will retry
    Sending = 2,      ///< in flight (reset to Waiting at start: the app may have been killed)
    Delivered = 3,    ///< a relay's receipt verified
    Registered = 4,   ///< the registry's own receipt verified, or the case answered
    Quarantined = 5,  ///< refused as invalid or conflicting: kept, never resent, reason shown
    AwaitingToken = 6,///< sealed, waits for a filing token from stock (tokenattach.h): not sent yet
};

enum class EnvelopeKind : std::uint8_t { Report = 0, FollowUp = 1 };

struct OutboxRow {
    std::int64_t id = 0;
    ReportId reportId{};
    Hash32 envelopeHash{};
    Bytes envelope;            ///< empty once delivered (the relay holds it now)
    EnvelopeKind kind = EnvelopeKind::Report;
    OutboxState state = OutboxState::Sealed;
    int attempts = 0;
    std::string reason;        ///< why it was quarantined, or the last transient failure
    Bytes sealedReceipt;       ///< the receipt, sealed to the vault's drop-box key
};

/// A vault item written together with an outbox row (the same transaction).
struct VaultWrite {
    std::string slot;
    Bytes item;
};

/// What an outbox row keeps to bind a filing token to its envelope later (tokenattach.h): the
/// routing header it was sealed with, sealed under the vault key (empty: never), and whether
/// it must wait for one before it is sent.
struct Binding {
    Bytes sealedHeader;
    bool awaitingToken = false;
};

class FieldStore {
public:
    /// Opens (creating) `<dir>/vigil-field.db` and migrates it; resets rows left in Sending.
    static Result<std::unique_ptr<FieldStore>> open(const std::filesystem::path& dir);
    /// Panic wipe: deletes every row (vault, outbox, keys, settings) with secure_delete, so
    /// freed pages are zeroed, then vacuums and truncates the journal. The schema stays.
    Status wipeAll();

    const std::filesystem::path& dir() const { return m_dir; }

    std::optional<Bytes> setting(std::string_view key);
    std::optional<std::string> settingText(std::string_view key);
    Status setSetting(std::string_view key, ByteView value);
    Status setSettingText(std::string_view key, std::string_view value);

    std::optional<Bytes> vaultItem(std::string_view slot);
    Status putVaultItem(std::string_view slot, ByteView item);
    Status removeVaultItem(std::string_view slot);
    /// Slots starting with `prefix` ("report:"), in slot order.
    std::vector<std::string> vaultSlots(std::string_view prefix);

    /// Stores a sealed envelope and its vault items in one transaction: all or nothing.
    Result<std::int64_t> addEnvelope(const SealedEnvelope& envelope, EnvelopeKind kind,
                                     const std::vector<VaultWrite>& vaultWrites, const Binding& binding = {});
    /// A report restored from a recovery code (recovery.h): listed as registered, without an
    /// envelope, with its vault items, in one transaction. Kind Conflict when the report is
    /// already on this phone.
    Result<std::int64_t> addRestoredReport(const ReportId& reportId, const Hash32& envelopeHash,
                                           const std::vector<VaultWrite>& vaultWrites);
    std::vector<OutboxRow> outbox();
    std::optional<OutboxRow> outboxRow(std::int64_t id);
    std::optional<OutboxRow> outboxRowByReport(const ReportId& reportId);
    /// Rows that still need uploading (Sealed, Waiting), oldest first, at most `max`.
    std::vector<OutboxRow> pending(std::size_t max);
    /// Quarantined also deletes the token reserved for the row.
    Status setState(std::int64_t id, OutboxState state, std::string_view reason = {});
    Status markAttempt(std::int64_t id, std::string_view reason);
    /// Delivered or Registered: stores the sealed receipt and drops the envelope bytes, the
    /// header kept for binding and the token the envelope spent.
    Status markDelivered(std::int64_t id, OutboxState state, ByteView sealedReceipt);

    Status addBulletin(std::int64_t sequence, ByteView signedBulletin);
    std::vector<std::pair<std::int64_t, Bytes>> bulletins();

    // The stock of filing tokens (fieldtokens.cpp; docs/field-app.md "Filing tokens").
    /// Adds tokens of `epoch` (accepted until `notAfter`), each sealed to the drop box, in one
    /// transaction.
    Status addTokens(std::uint32_t epoch, std::int64_t notAfter, const std::vector<Bytes>& sealedItems);
    /// Tokens in stock (not reserved) still accepted at `now`.
    std::size_t tokenStock(std::int64_t now);
    /// Reserves one token for outbox row `outboxId` and returns its sealed item: the one
    /// reserved for that row before if any (a resend after a crash carries the same token),
    /// else the in-stock token that expires first. nullopt when the stock is empty. Durable
    /// before it returns; a token is never reserved for two rows.
    Result<std::optional<Bytes>> takeToken(std::int64_t outboxId, std::int64_t now);
    /// Deletes tokens no longer accepted at `now` that no envelope holds, and those reserved
    /// for envelopes set aside.
    Status dropExpiredTokens(std::int64_t now);
    /// Deletes the tokens in stock of epochs not in `epochs` (the issuer keys now published):
    /// a relay would refuse them.
    Status dropTokensOutside(const std::vector<std::uint32_t>& epochs);

    // Binding tokens to sealed envelopes (fieldtokens.cpp; tokenattach.h).
    /// Rows waiting for a token, oldest first.
    std::vector<OutboxRow> awaitingToken();
    /// The vault-sealed routing header row `id` keeps for binding; nullopt when it has none.
    std::optional<Bytes> binding(std::int64_t id);
    /// Replaces a waiting row's envelope by the one with its token bound, ready to send.
    /// Conflict when the row no longer waits for a token.
    Status bindEnvelope(std::int64_t id, const SealedEnvelope& envelope);
    /// Never-tried rows whose reserved token expired wait again for a fresh one (the expired
    /// one is deleted). Tried rows go as they are: a relay that holds one acknowledges it as a
    /// duplicate, one that does not refuses the token, and then refuseToken() applies.
    Status releaseExpiredReservations(std::int64_t now);
    /// A relay refused the row's token (or its lack of one): the row waits for a fresh token,
    /// the refused one is deleted. After `maxRefusals` such refusals it is quarantined with
    /// `reason` instead, so a relay that refuses every token cannot drain the stock. Returns
    /// the row's new state.
    Result<OutboxState> refuseToken(std::int64_t id, std::string_view reason, int maxRefusals);

private:
    FieldStore(std::filesystem::path dir, SqliteDb db) : m_dir(std::move(dir)), m_db(std::move(db)) {}
    Result<std::int64_t> insertRow(const ReportId& reportId, const Hash32& envelopeHash, ByteView envelope,
                                   EnvelopeKind kind, OutboxState state, ByteView sealedHeader,
                                   const std::vector<VaultWrite>& vaultWrites);
    std::vector<OutboxRow> queryRows(std::string_view where, std::int64_t param, std::int64_t limit);
    /// Deletes the token reserved for outbox row `id` (caller holds the lock, inside its transaction).
    Status dropReservedToken(std::int64_t id);
    static OutboxRow readRow(const SqliteStmt& stmt);

    std::filesystem::path m_dir;
    std::mutex m_mutex;
    SqliteDb m_db;
};

/// Stable text names of outbox states ("sealed", "waiting", …) for QML and logs.
std::string_view stateName(OutboxState state);

} // namespace vigil::field
