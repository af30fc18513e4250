// SPDX-License-Identifier: EUPL-1.2
#include "admin.h"

#include "registry/audit.h"
#include "registry/bulletindesk.h"
#include "registry/databaseowner.h"
#include "registry/pdca/authoritiesdoc.h"
#include "registry/caseservice.h"
#include "registry/datafolder.h"
#include "registry/rootkeysets.h"
#include "registry/schema.h"
#include "registry/stats/statistics.h"
#include "registry/stats/statsexport.h"
#include "registry/tokendesk.h"

#include "shared/identity.h"
#include "shared/provisioning.h"
#include "shared/routing.h"
#include "shared/storage/privatedir.h"

#include <algorithm>
#include <chrono>
#include <sstream>

namespace vigil::registry {

namespace fs = std::filesystem;

Admin::Admin(fs::path dataDir, RegistryKeys keys, std::unique_ptr<OrgStore> org, std::unique_ptr<SqlCaseStore> cases)
    : m_dataDir(std::move(dataDir)), m_keys(std::move(keys)), m_org(std::move(org)), m_cases(std::move(cases))
{
}

Result<std::unique_ptr<Admin>> Admin::open(const fs::path& dataDir, const std::string& database)
{
    if (auto s = checkPrivateDirectory(dataDir); !s)
        return s.error();
    auto keys = loadRegistryKeys(dataDir);
    if (!keys)
        return keys.error();
    auto orgDb = openRegistryConnection(dataDir, database, true);
    if (!orgDb)
        return orgDb.error();
    if (auto s = checkDatabaseOwner(orgDb->db(), keys->root.publicKey, keys->routing.publicKey); !s)
        return s.error();
    return open(dataDir, database, std::move(*keys), std::move(*orgDb));
}

Result<std::unique_ptr<Admin>> Admin::open(const fs::path& dataDir, const std::string& database, RegistryKeys keys,
                                           Connection orgDb)
{
    auto caseDb = openRegistryConnection(dataDir, database, false);
    if (!caseDb)
        return caseDb.error();
    return std::unique_ptr<Admin>(new Admin(dataDir, std::move(keys), std::make_unique<OrgStore>(std::move(orgDb)),
                                            std::make_unique<SqlCaseStore>(std::move(*caseDb))));
}

Status Admin::audit(std::string action, std::string subject, std::string detail, std::int64_t now)
{
    return m_cases->appendAudit(AuditEntry{0, now, "admin", std::move(action), std::move(subject), std::move(detail), {}, {}});
}

Result<std::string> Admin::init(const fs::path& dataDir, const InitOptions& o, std::int64_t now,
                                const std::string& database)
{
    if (fs::exists(registryDatabasePath(dataDir)))
        return Error{registryDatabasePath(dataDir).string() + " already exists: this data directory is initialised"};
    // A PostgreSQL database that cannot be used is refused before any key is made; the
    // connection that checked it creates the registry in it and serves the organisation.
    auto fresh = checkNewRegistryDatabase(database);
    if (!fresh)
        return fresh.error();
    // Owner-only from the first moment: the folder will hold the keys and every case.
    if (auto s = createPrivateDirectory(dataDir); !s)
        return s.error();
    if (auto s = checkPrivateDirectory(dataDir); !s)
        return s.error();
    auto keys = createRegistryKeys(dataDir);
    if (!keys)
        return keys.error();
    auto created = createRegistryConnection(dataDir, std::move(*fresh));
    if (!created)
        return created.error();
    // The keys as every later command reads them from the folder.
    auto stored = loadRegistryKeys(dataDir);
    if (!stored)
        return stored.error();
    auto admin = open(dataDir, database, std::move(*stored), std::move(*created));
    if (!admin)
        return admin.error();
    OrgStore& org = (*admin)->org();
    const std::string top = o.topUnitId;
    Status s = org.addUnit(Unit{top, o.topUnitName, "", o.topUnitNameNl});
    for (const GroupInfo& g : {GroupInfo{"so-" + top, GroupKind::SafetyOfficer, top, "Veiligheidsfunctionarissen",
                                         "Safety officers"},
                               GroupInfo{"ca-pool", GroupKind::ConfidentialAdvisor, "", "Vertrouwenspersonen",
                                         "Confidential advisors"},
                               GroupInfo{"integrity-desk", GroupKind::IntegrityDesk, "", "Integriteitsmeldpunt",
                                         "Integrity desk"},
                               GroupInfo{"inspectorate", GroupKind::Inspectorate, "", "Inspectie", "Inspectorate"}})
        if (s)
            s = org.addGroup(g);
    // The default routes of DESIGN.md §6; 48 h first contact for social safety, one week for integrity.
    const RouteEntry routes[] = {
        {{Domain::Physical, Severity::None, ImpactLevel::None, GroupKind::SafetyOfficer, false}, std::nullopt},
        {{Domain::Physical, Severity::II, ImpactLevel::None, GroupKind::Inspectorate, false}, std::nullopt},
        {{Domain::Social, Severity::None, ImpactLevel::None, GroupKind::ConfidentialAdvisor, false}, 48},
        {{Domain::Social, Severity::None, ImpactLevel::None, GroupKind::Commander, true}, std::nullopt},
        {{Domain::Social, Severity::None, ImpactLevel::Severe, GroupKind::Inspectorate, false}, std::nullopt},
        {{Domain::Integrity, Severity::None, ImpactLevel::None, GroupKind::IntegrityDesk, false}, 168},
    };
    for (const auto& r : routes)
        if (s)
            s = org.addRoute(r);
    if (s)
        s = org.addRelay(RelayInfo{"registry", (*admin)->keys().receipt.publicKey});
    if (s)
        s = org.setSetting("organisation", o.organisation);
    if (s)
        s = (*admin)->audit("registry.initialised", top, "default groups and routes", now);
    if (!s)
        return s.error();
    std::ostringstream out;
    out << "initialised " << dataDir.string()
        << (database.empty() ? "" : " (keys; the database is on PostgreSQL, named by --database)") << "\n"
        << "root key (devices pin this; compare it when enrolling): " << toHex((*admin)->keys().root.publicKey) << "\n"
        << "groups: so-" << top << ", ca-pool, integrity-desk, inspectorate (no members yet)\n"
        << "next: vigil-admin advisor add …, then vigil-admin directory publish\n";
    return out.str();
}

Result<std::string> Admin::addUnit(const Unit& unit, bool withGroups)
{
    if (auto s = m_org->addUnit(unit); !s)
        return s.error();
    if (withGroups) {
        if (auto s = m_org->addGroup({"so-" + unit.id, GroupKind::SafetyOfficer, unit.id,
                                      "Veiligheidsfunctionarissen " + unit.nameIn("nl"), "Safety officers " + unit.name});
            !s)
            return s.error();
        if (auto s = m_org->addGroup({"cmd-" + unit.id, GroupKind::Commander, unit.id, "Commandant " + unit.nameIn("nl"),
                                      "Commander " + unit.name});
            !s)
            return s.error();
    }
    return "unit " + unit.id + " added" + (withGroups ? " with groups so-" + unit.id + " and cmd-" + unit.id : "") + "\n";
}

Result<std::string> Admin::renameUnit(const std::string& id, const std::string& nameEn, const std::string& nameNl)
{
    if (nameEn.empty() && nameNl.empty())
        return Error{"unit rename: give --name-en, --name-nl or both"};
    if (auto s = m_org->renameUnit(id, nameEn, nameNl); !s)
        return s.error();
    return "unit " + id + " renamed (devices see it with the next `directory publish`)\n";
}

Result<std::string> Admin::listUnits()
{
    auto units = m_org->units();
    if (!units)
        return units.error();
    std::ostringstream out;
    for (const auto& u : *units)
        out << u.id << "\t" << u.name << "\t" << (u.nameNl.empty() ? "-" : u.nameNl) << "\t" << (u.parent.empty() ? "-" : u.parent)
            << "\n";
    return out.str();
}

Result<std::string> Admin::addGroup(const GroupInfo& group)
{
    if (auto s = m_org->addGroup(group); !s)
        return s.error();
    return "group " + group.id + " added\n";
}

Result<std::string> Admin::listGroups()
{
    auto groups = m_org->groups();
    if (!groups)
        return groups.error();
    std::ostringstream out;
    for (const auto& g : *groups)
        out << g.id << "\t" << enumName(g.kind) << "\t" << (g.unit.empty() ? "-" : g.unit) << "\t" << g.nameEn
            << (g.autoAssign ? "\tauto-assign" : "") << "\n";
    return out.str();
}

Result<std::string> Admin::setGroupAutoAssign(const std::string& group, bool on, std::int64_t now)
{
    // The setting and its audit entry commit together: who turned it on, and when, is part of
    // the record of why a case went to whom.
    if (auto s = m_cases->writeAudited([&](Db db, AuditEntry& entry) -> Status {
            if (auto put = OrgStore::putGroupAutoAssign(db, group, on); !put)
                return put;
            entry = AuditEntry{0, now, "admin", "group.auto_assign", group,
                               on ? "new cases are assigned automatically to the member with the least open load"
                                  : "automatic assignment off: members choose their cases",
                               {}, {}};
            return {};
        });
        !s)
        return s.error();
    if (on)
        return "group " + group + ": new cases are assigned automatically to the active member with the least open "
               "load (cases already open keep their assignee)\n";
    return "group " + group + ": automatic assignment off; members take their cases themselves\n";
}

Result<std::string> Admin::addAdvisor(const std::string& id, const std::string& name, const std::string& group,
                                      const std::string& identityText)
{
    auto identity = decodeAdvisorIdentity(identityText);
    if (!identity)
        return identity.error();
    if (auto s = m_org->addMember(Member{id, name, identity->boxKey, identity->signKey}, group); !s)
        return s.error();
    return "advisor " + id + " added to " + group + " (takes effect with the next `directory publish`)\n";
}

Result<std::string> Admin::setAdvisorActive(const std::string& id, bool active)
{
    if (auto s = m_org->setMemberActive(id, active); !s)
        return s.error();
    if (active)
        return "advisor " + id + " enabled (devices learn it with the next `directory publish`)\n";
    return "advisor " + id + " disabled: signed-in consoles lose access now; devices stop sealing to it with the "
           "next `directory publish`\n";
}

Result<std::string> Admin::removeAdvisor(const std::string& id, const std::string& group)
{
    if (auto s = m_org->removeMember(id, group); !s)
        return s.error();
    return "advisor " + id + " removed from " + group + ": it no longer sees that group's cases; devices stop sealing "
           "to it with the next `directory publish`\n";
}

Result<std::string> Admin::addRelay(const std::string& id, const std::string& receiptKeyHex)
{
    auto key = fixedFromHex<32>(receiptKeyHex);
    if (!key)
        return withContext("--receipt-key", key.error());
    if (auto s = m_org->addRelay(RelayInfo{id, *key}); !s)
        return s.error();
    return "relay " + id + " registered (key " + keyId(*key) + ")\n";
}

Result<std::string> Admin::addRoute(const RouteOptions& r)
{
    if (r.domain == Domain::Social && r.target == GroupKind::Commander && !r.consentRequired)
        return Error{"social-safety reports reach the commander only with the reporter's consent: add --consent-required"};
    if (auto s = m_org->addRoute({{r.domain, r.minSeverity, r.minImpact, r.target, r.consentRequired}, r.contactHours}); !s)
        return s.error();
    return "route added: " + std::string(enumName(r.domain)) + " -> " + std::string(enumName(r.target)) + "\n";
}

Result<std::string> Admin::clearRoutes()
{
    if (auto s = m_org->clearRoutes(); !s)
        return s.error();
    return std::string("all routes removed (publish a directory only after adding new ones)\n");
}

Result<std::string> Admin::listRoutes()
{
    auto routes = m_org->routes();
    if (!routes)
        return routes.error();
    std::ostringstream out;
    for (const auto& r : *routes) {
        out << enumName(r.rule.domain) << " -> " << enumName(r.rule.target);
        if (r.rule.minSeverity != Severity::None)
            out << " (severity " << enumName(r.rule.minSeverity) << " or worse)";
        if (r.rule.minImpact != ImpactLevel::None)
            out << " (impact " << enumName(r.rule.minImpact) << " or more)";
        if (r.rule.consentRequired)
            out << " (only with the reporter's consent)";
        if (r.contactHours)
            out << " (first contact within " << *r.contactHours << " h)";
        out << "\n";
    }
    return out.str();
}

namespace {

/// "physical report, no unit, severity II, impact severe, in danger now, commander consent".
std::string describe(const RouteQuery& q)
{
    std::string out = std::string(enumName(q.domain)) + " report from " + (q.unit.empty() ? "no unit" : "unit " + q.unit);
    if (q.severity != Severity::None)
        out += ", severity " + std::string(enumName(q.severity));
    if (q.impact != ImpactLevel::None)
        out += ", impact " + std::string(enumName(q.impact));
    if (q.immediateDanger)
        out += ", in danger now";
    if (q.consentCommander)
        out += ", commander consent";
    return out;
}

/// The operator's message for reports the directory routes to nobody: a few examples and the fix.
std::string unroutableMessage(const std::vector<RouteQuery>& unroutable)
{
    std::string out = std::to_string(unroutable.size()) + " kind(s) of report would reach nobody, e.g.:\n";
    // One example per domain and unit first: they say where a reader is missing; the
    // variations in severity or consent mostly repeat it.
    std::vector<std::pair<Domain, std::string>> shown;
    for (const auto& q : unroutable) {
        if (shown.size() == 6)
            break;
        if (std::find(shown.begin(), shown.end(), std::pair(q.domain, q.unit)) != shown.end())
            continue;
        shown.emplace_back(q.domain, q.unit);
        out += "  - " + describe(q) + "\n";
    }
    out += "add an advisor to a group that takes them (the organisation-wide confidential advisors take every "
           "report no rule routes: `vigil-admin advisor add --group ca-pool …`)";
    return out;
}

} // namespace

Result<Admin::DirectoryDraft> Admin::draftDirectory(std::int64_t now, std::int64_t validDays, bool allowUnroutable)
{
    if (validDays < 1 || validDays > 366)
        return Error{"--valid-days must be 1 to 366"};
    // A reporter must never write a report the app then cannot give to anyone: check every
    // report shape against the directory as it would be signed, before signing it.
    auto draft = m_org->buildDirectory(m_keys.routing.publicKey, static_cast<std::uint64_t>(now),
                                       static_cast<std::uint64_t>(validDays) * 86400);
    if (!draft)
        return draft.error();
    std::vector<RouteQuery> unroutable = unroutableReports(*draft);
    if (!unroutable.empty() && !allowUnroutable)
        return Error{"not published: " + unroutableMessage(unroutable)
                     + "; or publish anyway with --allow-unroutable"};
    return DirectoryDraft{std::move(*draft), std::move(unroutable)};
}

Result<std::string> Admin::publishDirectory(std::int64_t now, std::int64_t validDays, bool allowUnroutable)
{
    auto draft = draftDirectory(now, validDays, allowUnroutable);
    if (!draft)
        return draft.error();
    const std::vector<RouteQuery>& unroutable = draft->unroutable;
    // With key holders (docs/protocol.md §3.5) the root key here can no longer sign a directory
    // that devices accept: say so before anything changes.
    if (auto s = requireSingleRootKey("directory"); !s)
        return s.error();
    auto root = m_keys.root.signer();
    if (!root)
        return root.error();
    auto next = m_org->signNextDirectory(**root, m_keys.routing.publicKey, static_cast<std::uint64_t>(now),
                                         static_cast<std::uint64_t>(validDays) * 86400);
    if (!next)
        return next.error();
    return storeDirectoryVersion(*next, now, unroutable, "root key");
}

Status Admin::requireSingleRootKey(std::string_view what, std::string_view how, std::string_view command)
{
    const std::string word(command.empty() ? what : command);
    std::optional<RootKeySet> recorded;
    const Status read = m_cases->readConsistent([&](Db db) -> Status {
        auto r = recordedKeySet(db);
        if (!r)
            return r.error();
        recorded = std::move(*r);
        return {};
    });
    if (!read)
        return read;
    if (recorded)
        return Error{"not published: this registry's " + std::string(what) + (what.ends_with('s') ? "" : "s")
                         + " are signed by its key holders (key set "
                         + keySetId(*recorded) + ", " + std::to_string(recorded->threshold) + " of "
                         + std::to_string(recorded->holders.size()) + "): use "
                         + (how.empty() ? "`vigil-admin " + word + " prepare`" : std::string(how))
                         + ", `vigil-admin sign` and `vigil-admin " + word + " publish --signed`",
                     ErrorKind::Refused};
    return {};
}

Result<std::string> Admin::storeDirectoryVersion(const SignedDirectory& signedDirectory, std::int64_t now,
                                                 const std::vector<RouteQuery>& unroutable, const std::string& signers)
{
    const SignedDirectory* next = &signedDirectory;
    const Directory* d = &next->directory;
    const std::int64_t validDays = static_cast<std::int64_t>((d->expires - d->issued) / 86400);
    std::size_t members = 0;
    std::size_t empty = 0;
    for (const auto& g : d->groups) {
        members += g.members.size();
        empty += g.members.empty() ? 1u : 0u;
    }
    // The directory and its audit entry commit together: no published version without its
    // entry in the chain, whatever happens between them.
    // The authorities that go with it (the roles its groups give) are signed in the same
    // transaction, so no console ever finds a directory without them.
    std::size_t roles = 0;
    bool holdersSign = false;
    const Status stored = m_cases->writeAuditedAll([&](Db db, std::vector<AuditEntry>& entries) -> Status {
        entries.push_back(AuditEntry{0, now, "admin", "directory.published", std::to_string(d->version),
                                     std::to_string(members) + " members, signed by " + signers, {}, {}});
        if (auto s = OrgStore::storeDirectory(db, *next); !s)
            return s;
        // With key holders the authorities are theirs to sign too (`authorities prepare`):
        // the directory goes out alone and its authorities follow from the ceremony.
        auto pinned = pinnedKeySet(db, m_keys.root.publicKey);
        if (!pinned)
            return pinned.error();
        if (pinned->serial != 0) {
            holdersSign = true;
            return {};
        }
        auto root = m_keys.root.signer();
        if (!root)
            return root.error();
        auto authorities = storeAuthorities(db, **root, now);
        if (!authorities)
            return authorities.error();
        if (*authorities) {
            roles = (*authorities)->roles.size();
            entries.push_back(authoritiesAuditEntry(**authorities, now));
        }
        return {};
    });
    if (!stored)
        return stored.error();
    std::string out = "directory version " + std::to_string(d->version) + " published: " + std::to_string(d->groups.size())
                      + " groups, " + std::to_string(members) + " members, valid " + std::to_string(validDays) + " days; "
                      + (holdersSign ? std::string("its PDCA roles follow once the key holders sign them (`vigil-admin "
                                                   "authorities prepare`)\n")
                                     : std::to_string(roles) + " PDCA roles signed with it\n");
    if (empty > 0)
        out += "note: " + std::to_string(empty) + " group(s) have no members; reports go past them to the nearest "
               "group above, or to the fallback\n";
    std::string englishOnly;
    for (const auto& u : d->units)
        if (u.nameNl.empty())
            englishOnly += (englishOnly.empty() ? "" : ", ") + u.id;
    if (!englishOnly.empty())
        out += "note: no Dutch name for unit(s) " + englishOnly + "; the Dutch app shows their English name "
               "(vigil-admin unit rename --id … --name-nl …)\n";
    if (!unroutable.empty())
        out += "WARNING: published with --allow-unroutable: " + unroutableMessage(unroutable)
               + "\nWARNING: the field app refuses to seal such reports until a directory without this is published\n";
    return out;
}

Result<std::string> Admin::enrollment(const std::string& relayUrl, bool compact)
{
    Provisioning p;
    p.rootKey = m_keys.root.publicKey;
    p.relayUrl = relayUrl;
    auto organisation = m_org->setting("organisation");
    if (!organisation)
        return organisation.error();
    p.organisation = organisation->value_or("Vigil");
    // A fresh single-use code per payload: the device registers its token credential with it.
    const std::int64_t now = std::chrono::duration_cast<std::chrono::seconds>(
                                 std::chrono::system_clock::now().time_since_epoch()).count();
    const Status coded = m_cases->writeAuditedAll([&](Db db, std::vector<AuditEntry>& entries) -> Status {
        auto code = createEnrolCode(db, now);
        if (!code)
            return code.error();
        p.enrolCode = std::move(*code);
        // With key holders the device pins their set; without, the root key alone (§9.1).
        auto keySet = recordedKeySet(db);
        if (!keySet)
            return keySet.error();
        p.keySet = std::move(*keySet);
        entries.push_back(enrolCodeAuditEntry(now));
        return {};
    });
    if (!coded)
        return coded.error();
    if (!compact) {
        auto latest = m_org->latestSignedDirectory();
        if (!latest)
            return latest.error();
        if (!*latest)
            return Error{"no directory published yet: run `vigil-admin directory publish` first"};
        p.signedDirectory = std::move(**latest);
    }
    const std::string json = encodeProvisioning(p);
    // Check what we hand out the way a device will read it.
    if (auto check = decodeProvisioning(json, 0); !check && !compact)
        return check.error();
    return json;
}

Result<std::string> Admin::publishBulletin(const BulletinOptions& o, std::int64_t now)
{
    if (auto s = requireSingleRootKey("bulletin"); !s)
        return s.error();
    std::uint64_t sequence = 0;
    auto root = m_keys.root.signer();
    if (!root)
        return root.error();
    Bulletin b{0, 0, o.kind, o.categories, o.titleNl, o.titleEn, o.textNl, o.textEn};
    Status s = m_cases->writeAudited([&](Db db, AuditEntry& audit) -> Status {
        auto published = publishBulletinLocked(db, b, **root, now);
        if (!published)
            return published.error();
        sequence = *published;
        audit = AuditEntry{0, now, "admin", "bulletin.published", std::to_string(sequence),
                           std::string(enumName(o.kind)), {}, {}};
        return {};
    });
    if (!s)
        return s.error();
    return "bulletin " + std::to_string(sequence) + " published\n";
}

Result<std::string> Admin::listSubmissions(std::string_view state)
{
    auto wanted = parseEnum<SubmissionState>(state);
    if (!wanted)
        return Error{"--state must be pending, published or rejected"};
    auto list = BulletinDesk(*m_cases).inState(*wanted);
    if (!list)
        return list.error();
    std::ostringstream out;
    out << "submission\tsubmitted\tauthor\tcase\tkind\ttitle (en)\n";
    for (const auto& b : *list)
        out << b.id << '\t' << b.submittedAt << '\t' << b.author << '\t' << (b.caseId ? std::to_string(*b.caseId) : "-")
            << '\t' << enumName(b.content.kind) << '\t' << b.content.titleEn << '\n';
    out << list->size() << " " << state << " submission(s)";
    if (*wanted == SubmissionState::Pending && !list->empty())
        out << "; read one with `vigil-admin bulletin show ID`, then approve or reject it";
    out << '\n';
    return out.str();
}

Result<std::string> Admin::showSubmission(std::int64_t id)
{
    auto b = BulletinDesk(*m_cases).find(id);
    if (!b)
        return b.error();
    std::ostringstream out;
    out << "submission " << b->id << " by " << b->author << ", " << enumName(b->state)
        << (b->caseId ? ", from case " + std::to_string(*b->caseId) : std::string()) << "\n"
        << "kind: " << enumName(b->content.kind) << "\ncategories:";
    for (auto c : b->content.categories)
        out << ' ' << enumName(c);
    out << "\n\n[nl] " << b->content.titleNl << "\n" << b->content.textNl << "\n\n[en] " << b->content.titleEn << "\n"
        << b->content.textEn << "\n";
    if (b->state == SubmissionState::Rejected)
        out << "\nrejected: " << b->reason << "\n";
    if (b->state == SubmissionState::Published)
        out << "\npublished as bulletin " << b->content.sequence << "\n";
    return out.str();
}

Result<std::string> Admin::approveSubmission(std::int64_t id, std::int64_t now)
{
    if (auto s = requireSingleRootKey("bulletin", "`vigil-admin bulletin approve " + std::to_string(id) + " --out FILE`");
        !s)
        return s.error();
    auto root = m_keys.root.signer();
    if (!root)
        return root.error();
    auto sequence = BulletinDesk(*m_cases).approve(id, **root, now);
    if (!sequence)
        return sequence.error();
    return "submission " + std::to_string(id) + " published as bulletin " + std::to_string(*sequence) + "\n";
}

Result<std::string> Admin::rejectSubmission(std::int64_t id, const std::string& reason, std::int64_t now)
{
    if (auto s = BulletinDesk(*m_cases).reject(id, reason, now); !s)
        return s.error();
    return "submission " + std::to_string(id) + " rejected; the author sees the reason in the console\n";
}

Result<std::string> Admin::statistics(const std::string& format, std::int64_t k, const std::string& fromMonth,
                                      const std::string& toMonth, std::int64_t now)
{
    if (format != "csv" && format != "json")
        return Error{"--format must be csv or json"};
    Result<StatsReport> report = Error{"statistics were not read"};
    auto read = m_cases->readConsistent([&](Db db) -> Status {
        report = computeStatistics(db, StatsOptions{k, fromMonth, toMonth, now});
        return {};
    });
    if (!read)
        return read.error();
    if (!report)
        return report.error();
    return format == "csv" ? exportCsv(*report) : exportJson(*report) + "\n";
}

Result<std::string> Admin::listCases(std::string_view filter, std::int64_t now)
{
    CaseService service(*m_cases, *m_org, m_keys, WorkflowPolicy{}, [now] { return now; });
    Result<std::vector<CaseSummary>> cases = Error{"--filter must be all, overdue or due-soon"};
    if (filter == "overdue")
        cases = service.overdue();
    else if (filter == "due-soon")
        cases = service.dueSoon();
    else if (filter == "all") {
        auto open = m_cases->openCases();
        if (!open)
            return open.error();
        std::vector<CaseSummary> all;
        for (const auto& c : *open)
            all.push_back(service.summarise(c));
        cases = std::move(all);
    }
    if (!cases)
        return cases.error();
    std::ostringstream out;
    out << "case\tstate\tkind\tcategory\tunit\tmonth\tack\tfeedback\tcontact\tassignee\n";
    for (const auto& c : *cases) {
        const RoutingHeader& h = c.record.header;
        out << c.record.id << '\t' << enumName(c.record.state) << '\t' << enumName(h.kind) << '\t'
            << enumName(h.category) << '\t' << (h.unit.empty() ? "-" : h.unit) << '\t' << h.month << '\t'
            << enumName(c.acknowledgeClock) << '\t' << enumName(c.feedbackClock) << '\t'
            << (c.contactClock ? std::string(enumName(*c.contactClock)) : "-") << '\t'
            << (c.record.assignee.empty() ? "-" : c.record.assignee) << '\n';
    }
    out << cases->size() << " case(s)\n";
    return out.str();
}

Result<std::string> Admin::verifyAudit()
{
    auto log = m_cases->auditLog();
    if (!log)
        return log.error();
    if (auto broken = verifyAuditChain(*log))
        return Error{"audit trail broken at entry " + std::to_string(broken->seq) + ": " + broken->reason};
    return "audit trail intact: " + std::to_string(log->size()) + " entries"
           + (log->empty() ? std::string() : ", head " + toHex(log->back().hash)) + "\n";
}

Result<std::string> Admin::auditHead()
{
    auto log = m_cases->auditLog();
    if (!log)
        return log.error();
    if (log->empty())
        return std::string("0 -\n");
    return std::to_string(log->back().seq) + " " + toHex(log->back().hash) + "\n";
}

} // namespace vigil::registry
