// SPDX-License-Identifier: EUPL-1.2
#pragma once

// Fixed keys, example reports and a sample directory for every test and bench, and sealing
// against it as a device does. Keys come from fixed seeds so tests are reproducible; none of
// them protects anything real.

#include "shared/directory.h"
#include "shared/keys.h"
#include "shared/report.h"
#include "shared/seal.h"
#include "shared/supportcontacts.h"

#include <span>
#include <string>

namespace vigil::test {

/// A 32-byte seed made of `label` hashed, so each role has its own fixed key.
Bytes seed(std::string_view label);

SigningKeyPair rootKey();                 ///< registry root (signs directory and bulletins)
BoxKeyPair routingKey();                  ///< registry routing key (opens routing headers)
SigningKeyPair relayKey();                ///< a relay's receipt key
BoxKeyPair memberBoxKey(int n);           ///< advisor n's X25519 key
SigningKeyPair memberSignKey(int n);      ///< advisor n's Ed25519 key

/// The near-miss of tests/data/reports.json (leaking jerrycan), as a model value.
Report nearMissReport();
/// The bullying report of tests/data/reports.json (social safety, confidential).
Report socialReport();

/// A directory with units (defence > army > 13-brigade > 42-battalion), groups (safety
/// officers of 13-brigade with members 1-2, confidential advisors with members 3-5, integrity
/// desk with member 6, inspectorate with member 7, commander of 42-battalion with member 8),
/// the default routes, and one relay; valid from `issued` for 30 days.
Directory sampleDirectory(std::uint64_t issued = 1'750'000'000, std::uint32_t version = 1);

/// `report` with `attachments` in its body as photos (photo-1.jpg, … image/jpeg), sealed in
/// Dutch as a device at `unit` seals it for `directory`.
Result<SealedReport> sealWithPhotos(Report report, std::span<const Bytes> attachments, const Directory& directory,
                                    const std::string& unit);

/// Support contacts for sampleDirectory's units: 112 and a duty-officer number (emergency),
/// the confidential advisors organisation-wide and of 13-brigade, the company doctor of
/// 42-battalion, the whistleblowers' authority; serial `serial`, issued at `issued`.
SupportContacts sampleSupportContacts(std::uint64_t serial = 1, std::uint64_t issued = 1'750'000'000);

} // namespace vigil::test
