// SPDX-License-Identifier: EUPL-1.2
#pragma once

// A lost phone does not end the conversation (docs/field-app.md "Recovery codes"): the reporter
// exports one report's conversation keys as a recovery code under a passphrase of their own,
// and restores it on another enrolled phone, which then reads the advisor's answers from the
// mailbox (from its start) and can answer. The code never goes to a relay or the registry, and
// the restoring phone asks for nothing they could not already be asked for: mailbox reads by a
// 4-digit prefix and follow-ups under the report's reply key, as the first phone sent them.
// No Qt here; RecoveryModel runs these off the GUI thread (Argon2id is slow on purpose).

#include "fieldstore.h"

#include "shared/recoverycode.h"
#include "shared/vault.h"

#include <string>

namespace vigil::field {

/// The recovery code for report `reportId` (its summary and reply key), sealed under
/// `passphrase`. Kind NotFound when the report is not on this phone (or is a follow-up).
[[nodiscard]] Result<std::string> exportRecoveryCode(FieldStore& store, const VaultKey& vaultKey,
                                                     const ReportId& reportId, std::string_view passphrase,
                                                     VaultParams params = VaultParams::standard());

struct RestoredReport {
    ReportId reportId{};
    std::string headline;
};

/// Restores the report in `code` on this phone: listed as registered, its reply key and summary
/// in the vault, and its mailbox read again from the start at the next sync. Kind Invalid for a
/// mistyped code or a payload that does not hold together, Refused for a wrong passphrase,
/// Conflict when the report is on this phone already. Nothing changes on any error.
[[nodiscard]] Result<RestoredReport> importRecoveryCode(FieldStore& store, const VaultKey& vaultKey,
                                                        std::string_view code, std::string_view passphrase);

} // namespace vigil::field
