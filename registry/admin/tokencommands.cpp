// SPDX-License-Identifier: EUPL-1.2
// vigil-admin tokens epoch new|list|publish, tokens quota N, device list|revoke: token
// issuance (docs/registry.md, "Tokens and devices").

#include "tokencommands.h"

#include "tokenadmin.h"

#include <memory>

namespace vigil::registry {

namespace {

struct TokenArgs {
    std::int64_t start = 0;   ///< 0: now
    std::int64_t issueDays = 7;
    std::int64_t overlapDays = 7;
    std::int64_t quota = kDefaultTokenQuota;
    std::string device;
};

} // namespace

void addTokenCommands(AdminCommands& commands)
{
    auto a = std::make_shared<TokenArgs>();
    auto* tokens = commands.app().add_subcommand("tokens", "filing tokens: issuer epochs and the quota per device");
    tokens->require_subcommand(1);
    auto* epoch = tokens->add_subcommand("epoch", "the issuer's keys, one per epoch");
    epoch->require_subcommand(1);
    auto* create = epoch->add_subcommand("new", "create the next epoch's issuer key");
    create->add_option("--start", a->start, "unix seconds it starts issuing (default: now)");
    create->add_option("--issue-days", a->issueDays, "days it issues tokens")->capture_default_str();
    create->add_option("--overlap-days", a->overlapDays, "days its tokens stay accepted after that")
        ->capture_default_str();
    auto* list = epoch->add_subcommand("list", "every epoch and the quota");
    auto* publish = epoch->add_subcommand("publish", "sign the accepted epochs for every relay and device");
    auto* quota = tokens->add_subcommand("quota", "tokens each device may get per epoch");
    quota->add_option("count", a->quota, "tokens per device per epoch")->required();
    commands.onAdmin(create, [a](Admin& admin) {
        const std::int64_t now = nowSeconds();
        return report(newTokenEpoch(
            admin, EpochWindow{a->start == 0 ? now : a->start, a->issueDays * 86400, a->overlapDays * 86400}, now));
    });
    commands.onAdmin(list, [](Admin& admin) { return report(listTokenEpochs(admin)); });
    commands.onAdmin(publish, [](Admin& admin) { return report(publishTokenEpochs(admin, nowSeconds())); });
    commands.onAdmin(quota, [a](Admin& admin) { return report(setTokenQuota(admin, a->quota, nowSeconds())); });

    auto* device = commands.app().add_subcommand("device", "devices' token credentials");
    device->require_subcommand(1);
    auto* devices = device->add_subcommand("list", "registered devices");
    auto* revoke = device->add_subcommand("revoke", "revoke a lost device's credential: no further tokens");
    revoke->add_option("id", a->device, "the device's id (see `device list`)")->required();
    commands.onAdmin(devices, [](Admin& admin) { return report(listDeviceCredentials(admin)); });
    commands.onAdmin(revoke, [a](Admin& admin) { return report(revokeDeviceCredential(admin, a->device, nowSeconds())); });
}

} // namespace vigil::registry
