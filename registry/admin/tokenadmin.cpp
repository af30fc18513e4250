// SPDX-License-Identifier: EUPL-1.2
#include "tokenadmin.h"

#include "registry/orgstore.h"

#include <sstream>

namespace vigil::registry {

Result<std::string> newTokenEpoch(Admin& admin, EpochWindow window, std::int64_t now)
{
    std::optional<tokens::IssuerKeyEpoch> created;
    const Status s = admin.cases().writeAuditedAll([&](Db db, std::vector<AuditEntry>& entries) -> Status {
        auto e = createTokenEpoch(db, admin.dataDir(), window);
        if (!e)
            return e.error();
        entries.push_back(tokenEpochAuditEntry(*e, now));
        created = std::move(*e);
        return {};
    });
    if (!s)
        return s.error();
    return "token epoch " + std::to_string(created->epoch) + " created: issues from "
           + std::to_string(created->notBefore) + " until " + std::to_string(created->issueUntil)
           + ", accepted until " + std::to_string(created->notAfter)
           + "; `vigil-admin tokens epoch publish` makes it known\n";
}

Result<std::string> listTokenEpochs(Admin& admin)
{
    std::vector<tokens::IssuerKeyEpoch> epochs;
    std::int64_t quota = 0;
    const Status read = admin.cases().readConsistent([&](Db db) -> Status {
        auto e = tokenEpochs(db);
        if (!e)
            return e.error();
        epochs = std::move(*e);
        auto q = tokenQuota(db);
        if (!q)
            return q.error();
        quota = *q;
        return {};
    });
    if (!read)
        return read.error();
    std::ostringstream out;
    out << "quota: " << quota << " tokens per device per epoch\n";
    out << "epoch\tnot_before\tissue_until\tnot_after\ttruncated_key_id\n";
    for (const auto& e : epochs)
        out << e.epoch << '\t' << e.notBefore << '\t' << e.issueUntil << '\t' << e.notAfter << '\t'
            << static_cast<int>(e.keyId.back()) << '\n';
    return out.str();
}

Result<std::string> publishTokenEpochs(Admin& admin, std::int64_t now)
{
    std::optional<tokens::IssuerKeyDocument> published;
    const Status s = admin.cases().writeAuditedAll([&](Db db, std::vector<AuditEntry>& entries) -> Status {
        auto d = publishTokenIssuer(db, admin.keys(), now);
        if (!d)
            return d.error();
        entries.push_back(tokenIssuerAuditEntry(*d, now));
        published = std::move(*d);
        return {};
    });
    if (!s)
        return s.error();
    return "token issuer keys " + std::to_string(published->serial) + " signed: "
           + std::to_string(published->keys.size()) + " epochs, served at GET /v1/token-issuer\n";
}

Result<std::string> setTokenQuota(Admin& admin, std::int64_t quota, std::int64_t now)
{
    if (quota < 1 || quota > 100000)
        return Error{"the quota is 1 … 100000 tokens per device per epoch", ErrorKind::Invalid};
    const Status s = admin.cases().writeAuditedAll([&](Db db, std::vector<AuditEntry>& entries) -> Status {
        if (auto put = OrgStore::putSetting(db, kTokenQuotaSetting, std::to_string(quota)); !put)
            return put;
        entries.push_back(AuditEntry{0, now, "admin", "tokens.quota", "quota", std::to_string(quota), {}, {}});
        return {};
    });
    if (!s)
        return s.error();
    return "each device may get " + std::to_string(quota) + " tokens per epoch\n";
}

Result<std::string> listDeviceCredentials(Admin& admin)
{
    std::vector<DeviceRow> devices;
    const Status read = admin.cases().readConsistent([&](Db db) -> Status {
        auto d = listDevices(db);
        if (!d)
            return d.error();
        devices = std::move(*d);
        return {};
    });
    if (!read)
        return read.error();
    std::ostringstream out;
    out << "device\tenrolled\trevoked\n";
    for (const auto& d : devices)
        out << d.id << '\t' << d.enrolled << '\t' << (d.revoked ? std::to_string(*d.revoked) : "-") << '\n';
    return out.str();
}

Result<std::string> revokeDeviceCredential(Admin& admin, const std::string& id, std::int64_t now)
{
    const Status s = admin.cases().writeAuditedAll([&](Db db, std::vector<AuditEntry>& entries) -> Status {
        if (auto r = revokeDevice(db, id, now); !r)
            return r;
        entries.push_back(deviceRevokedAuditEntry(id, now));
        return {};
    });
    if (!s)
        return s.error();
    return "device " + id + " revoked: it gets no further tokens; those it holds expire with their epoch\n";
}

} // namespace vigil::registry
