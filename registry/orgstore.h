// SPDX-License-Identifier: EUPL-1.2
#pragma once

// The organisation the admin tool edits: units, recipient groups, members, routing rules,
// relays; and the signed directory versions published from it. It runs on either engine the
// registry runs on (shared/storage/db.h), with one SQL text each.

#include "shared/directory.h"
#include "shared/onlinesigned.h"
#include "shared/storage/db.h"

#include <mutex>
#include <optional>
#include <utility>
#include <string>
#include <vector>

namespace vigil::registry {

struct GroupInfo {
    std::string id;
    GroupKind kind = GroupKind::SafetyOfficer;
    std::string unit;
    std::string nameNl;
    std::string nameEn;
    /// New cases routed to the group are assigned at creation to the member with the least open
    /// load (docs/registry.md "Automatic assignment"); off unless the operator turns it on.
    bool autoAssign = false;
};

/// A routing rule as the registry keeps it: the directory's rule plus the route's internal
/// first-contact clock (hours), which devices do not need.
struct RouteEntry {
    RouteRule rule;
    std::optional<std::int64_t> contactHours;
};

/// A directory and its signed form, as published.
struct SignedDirectory {
    Directory directory;
    Bytes blob;
};

/// Thread-safe: owns its connection (on SQLite, WAL lets it run beside the case store's) behind
/// a mutex. Units, groups and a group's members come back in the order they were added.
class OrgStore {
public:
    /// Takes a connection of either engine whose schema is current (as SqlCaseStore's).
    explicit OrgStore(Connection db) : m_conn(std::move(db)), m_db(m_conn.db()) {}

    Status addUnit(const Unit& unit);
    Result<std::vector<Unit>> units();
    /// Renames a unit; an empty name leaves that language's name as it is.
    Status renameUnit(const std::string& id, const std::string& nameEn, const std::string& nameNl);
    Status addGroup(const GroupInfo& group);
    Result<std::vector<GroupInfo>> groups();
    /// Turns automatic assignment by load on or off for group `groupId` through `db`, inside a
    /// transaction the caller holds (the change commits with its audit entry); NotFound when
    /// there is no such group.
    static Status putGroupAutoAssign(Db db, const std::string& groupId, bool on);
    /// Adds a member (or, when the id exists with the same keys, just the membership).
    Status addMember(const Member& member, const std::string& groupId);
    /// Enables or disables a member; disabling also ends its sessions (access stops at once).
    Status setMemberActive(const std::string& memberId, bool active);
    /// Takes a member out of a group: from now on it no longer sees that group's cases.
    Status removeMember(const std::string& memberId, const std::string& groupId);
    Result<std::optional<Member>> memberBySignKey(const PublicKey& signKey);
    /// Group ids the member belongs to.
    Result<std::vector<std::string>> groupsOf(const std::string& memberId);
    Status addRoute(const RouteEntry& route);
    Status clearRoutes();
    Result<std::vector<RouteEntry>> routes();
    Status addRelay(const RelayInfo& relay);

    /// The directory as it would be signed now (active members only).
    Result<Directory> buildDirectory(const PublicKey& routingKey, std::uint64_t issued, std::uint64_t validitySeconds);
    /// The next directory version, signed and checked as a device checks it, not stored yet.
    Result<SignedDirectory> signNextDirectory(const SigningKeyPair& root, const PublicKey& routingKey,
                                              std::uint64_t now, std::uint64_t validitySeconds);
    /// Stores a signed directory through `db` — the registry database, on whichever connection
    /// holds the transaction it belongs in (vigil-admin's: the one its audit entry commits in).
    static Status storeDirectory(Db db, const SignedDirectory& directory);
    /// Signs and stores the next directory version; returns it.
    Result<Directory> publishDirectory(const SigningKeyPair& root, const PublicKey& routingKey, std::uint64_t now,
                                       std::uint64_t validitySeconds);
    /// The newest signed directory, if any was published.
    Result<std::optional<Bytes>> latestSignedDirectory();
    /// The same through `db` (a registry database this store does not hold).
    static Result<std::optional<Bytes>> latestSignedDirectory(Db db);
    /// The newest published directory version; 0 before the first.
    Result<std::uint32_t> newestDirectoryVersion();
    /// A signed directory by version (devices seal against older versions while they sync).
    Result<std::optional<Directory>> directoryVersion(std::uint32_t version, const PublicKey& rootKey);

    /// The newest published token issuer-key document's serial (0 before the first), and the
    /// document itself (docs/protocol.md §11.4; `vigil-admin tokens epoch publish` writes them).
    Result<std::uint64_t> tokenIssuerSerial();
    Result<std::optional<Bytes>> latestTokenIssuer();
    /// Who signs this registry's online documents: the pinned key set and the online key the
    /// newest directory certifies (registry/onlinesigner.h).
    Result<DocumentSigners> documentSigners(const PublicKey& rootKey);

    /// A stamp that differs whenever what this store reads may have changed since an earlier
    /// call: another connection committed (PRAGMA data_version) or this one changed rows. A
    /// reader may keep what it read for as long as the stamp stays the same. Nullopt on
    /// PostgreSQL: there, telling would cost the round trip the caller wants to save, so
    /// callers read again.
    using ChangeStamp = std::pair<std::int64_t, std::int64_t>;
    Result<std::optional<ChangeStamp>> changeStamp();

    Result<std::optional<std::string>> setting(std::string_view key);
    Status setSetting(std::string_view key, std::string_view value);
    /// setSetting on `db`, inside a transaction the caller holds (a setting changed together
    /// with its audit entry).
    static Status putSetting(Db db, std::string_view key, std::string_view value);

private:
    Connection m_conn;
    Db m_db; ///< m_conn's view (the store never moves: it holds a mutex)
    std::recursive_mutex m_mutex;
    std::optional<Stmt> m_dataVersion; ///< PRAGMA data_version, prepared once (asked per request)
};

} // namespace vigil::registry
