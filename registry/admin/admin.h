// SPDX-License-Identifier: EUPL-1.2
#pragma once

// What `vigil-admin` does, as functions over a registry data directory, so tests call the
// same code the command line does. Each returns the text to print, or an Error.

#include "registry/orgstore.h"
#include "registry/registrykeys.h"
#include "registry/sqlcasestore.h"

#include "shared/bulletin.h"
#include "shared/routing.h"

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace vigil::registry {

struct InitOptions {
    std::string organisation = "Defensie";
    std::string topUnitId = "defence";
    std::string topUnitName = "Defence";
    std::string topUnitNameNl = "Defensie";
};

struct RouteOptions {
    Domain domain = Domain::Physical;
    GroupKind target = GroupKind::SafetyOfficer;
    Severity minSeverity = Severity::None;
    ImpactLevel minImpact = ImpactLevel::None;
    bool consentRequired = false;
    std::optional<std::int64_t> contactHours;
};

struct BulletinOptions {
    BulletinKind kind = BulletinKind::LessonLearned;
    std::vector<Category> categories;
    std::string titleNl, titleEn, textNl, textEn;
};

class Admin {
public:
    /// Opens an initialised data directory (keys and database must exist). `database` is
    /// `--database`: empty for registry.db in the folder, else a PostgreSQL connection URI or
    /// string (registry/datafolder.h).
    static Result<std::unique_ptr<Admin>> open(const std::filesystem::path& dataDir, const std::string& database = {});
    /// Creates keys, database, the default recipient groups and routes; fails if initialised
    /// (on PostgreSQL also when the database holds a registry, before any key is made).
    static Result<std::string> init(const std::filesystem::path& dataDir, const InitOptions& options, std::int64_t now,
                                    const std::string& database = {});

    Result<std::string> addUnit(const Unit& unit, bool withGroups);
    Result<std::string> listUnits();
    Result<std::string> renameUnit(const std::string& id, const std::string& nameEn, const std::string& nameNl);
    Result<std::string> addGroup(const GroupInfo& group);
    Result<std::string> listGroups();
    /// Turns automatic assignment by load on or off for a group (docs/registry.md "Automatic
    /// assignment"), audited `group.auto_assign`; it applies to cases created from then on.
    Result<std::string> setGroupAutoAssign(const std::string& group, bool on, std::int64_t now);
    Result<std::string> addAdvisor(const std::string& id, const std::string& name, const std::string& group,
                                   const std::string& identity);
    Result<std::string> setAdvisorActive(const std::string& id, bool active);
    /// Takes an advisor out of one group (its cases there are no longer visible to it).
    Result<std::string> removeAdvisor(const std::string& id, const std::string& group);
    Result<std::string> addRelay(const std::string& id, const std::string& receiptKeyHex);
    Result<std::string> addRoute(const RouteOptions& route);
    Result<std::string> clearRoutes();
    Result<std::string> listRoutes();
    /// Signs and publishes the next directory; refuses when some report the field app can write
    /// would reach nobody (shared/routing.h unroutableReports), unless `allowUnroutable`, which
    /// publishes with a loud warning.
    Result<std::string> publishDirectory(std::int64_t now, std::int64_t validDays, bool allowUnroutable = false);
    /// The next directory as it would be signed now, and the reports it routes to nobody;
    /// refused (with what and why) when there are any and `allowUnroutable` is false.
    struct DirectoryDraft {
        Directory directory;
        std::vector<RouteQuery> unroutable;
    };
    Result<DirectoryDraft> draftDirectory(std::int64_t now, std::int64_t validDays, bool allowUnroutable);
    /// Stores `next` as the newest directory with its audit entry and the authorities signed with
    /// it, in one transaction; the text says what was published. `unroutable` are the warnings
    /// to print, `signers` who signed it (for the audit trail).
    Result<std::string> storeDirectoryVersion(const SignedDirectory& next, std::int64_t now,
                                              const std::vector<RouteQuery>& unroutable, const std::string& signers);
    /// Refused when the registry has a key set (registry/rootkeysets.h): then its single root key
    /// signs no `what` ("directory", "bulletin") that devices accept.
    /// Refused, pointing to the holders' way (`how`, or `WHAT prepare` … `publish --signed`), once
    /// key holders sign `what`s.
    /// `command` is the vigil-admin command word when it differs from `what`.
    Status requireSingleRootKey(std::string_view what, std::string_view how = {}, std::string_view command = {});
    /// The provisioning payload for a device; `compact` leaves out the directory (for QR codes).
    Result<std::string> enrollment(const std::string& relayUrl, bool compact);
    Result<std::string> publishBulletin(const BulletinOptions& bulletin, std::int64_t now);
    /// Advisors' lessons-learned submissions (bulletindesk.h): the review queue, one in full,
    /// approval (sign and publish) and rejection with a reason for the author.
    Result<std::string> listSubmissions(std::string_view state);
    Result<std::string> showSubmission(std::int64_t id);
    Result<std::string> approveSubmission(std::int64_t id, std::int64_t now);
    Result<std::string> rejectSubmission(std::int64_t id, const std::string& reason, std::int64_t now);
    /// The steering statistics (docs/statistics.md) as "csv" or "json", suppressed for k.
    Result<std::string> statistics(const std::string& format, std::int64_t k, const std::string& fromMonth,
                                   const std::string& toMonth, std::int64_t now);
    /// Open cases with their routing fields and clocks; `filter` is "all", "overdue" or "due-soon".
    Result<std::string> listCases(std::string_view filter, std::int64_t now);
    Result<std::string> verifyAudit();
    Result<std::string> auditHead();

    OrgStore& org() { return *m_org; }
    SqlCaseStore& cases() { return *m_cases; }
    const RegistryKeys& keys() const { return m_keys; }
    /// Holds the online key just made (keyset init, directory prepare) beside the others.
    void adoptOnlineKey(SigningKeyPair key) { m_keys.online = std::move(key); }
    const std::filesystem::path& dataDir() const { return m_dataDir; }
    /// Which engine the registry's database is on (`--database` or registry.db).
    Dialect dialect() const { return m_cases->dialect(); }

private:
    Admin(std::filesystem::path dataDir, RegistryKeys keys, std::unique_ptr<OrgStore> org,
          std::unique_ptr<SqlCaseStore> cases);
    /// open() with the keys read and the organisation's connection (migrated) open already.
    static Result<std::unique_ptr<Admin>> open(const std::filesystem::path& dataDir, const std::string& database,
                                               RegistryKeys keys, Connection orgDb);
    Status audit(std::string action, std::string subject, std::string detail, std::int64_t now);

    std::filesystem::path m_dataDir;
    RegistryKeys m_keys;
    std::unique_ptr<OrgStore> m_org;
    std::unique_ptr<SqlCaseStore> m_cases;
};

} // namespace vigil::registry
