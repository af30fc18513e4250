// SPDX-License-Identifier: EUPL-1.2
// vigil-admin keyholder new, sign, keyset init|show|rotate: the root key holders (docs/operations.md,
// "Signing ceremony"). `keyholder new` and `sign` run on a holder's offline machine and open
// no registry; the keyset commands run on the registry.

#include "commands.h"
#include "keysetadmin.h"

#include <memory>

namespace vigil::registry {

namespace {

struct KeySetArgs {
    std::string out, in, key;
    std::vector<std::string> holders;
    std::int64_t threshold = 2;
    bool show = false;
};

} // namespace

void addKeySetCommands(AdminCommands& commands)
{
    auto a = std::make_shared<KeySetArgs>();
    auto* holder = commands.app().add_subcommand("keyholder", "a root key holder's own key (offline machine)");
    holder->require_subcommand(1);
    auto* create = holder->add_subcommand("new", "make a holder key; prints the public key for the operator");
    create->add_option("--out", a->out, "the key file to write (0600, never overwritten)")->required();
    commands.onDataDir(create, [a](const std::filesystem::path&) { return report(newKeyHolder(a->out)); });

    auto* sign = commands.app().add_subcommand("sign", "add your holder signature to a prepared document (offline)");
    sign->add_option("--key", a->key, "your holder key file")->required();
    sign->add_option("--in", a->in, "the prepared document")->required();
    sign->add_option("--out", a->out, "where to write it signed (may be --in)")->required();
    sign->add_flag("--show", a->show, "print the payload first, to read what you sign");
    commands.onDataDir(sign,
        [a](const std::filesystem::path&) { return report(signPreparedDocument(a->key, a->in, a->out, a->show)); });

    auto* keyset = commands.app().add_subcommand("keyset", "the root key set that signs directories and bulletins");
    keyset->require_subcommand(1);
    auto* init = keyset->add_subcommand("init", "hand over from the single root key to key holders");
    auto* show = keyset->add_subcommand("show", "the pinned key set");
    auto* rotate = keyset->add_subcommand("rotate", "change holders or threshold, signed by the current holders");
    rotate->require_subcommand(1);
    auto* rotatePrepare = rotate->add_subcommand("prepare", "write the rotation for the current holders to sign");
    auto* rotatePublish = rotate->add_subcommand("publish", "pin the new set once enough current holders signed");
    for (auto* cmd : {init, rotatePrepare}) {
        cmd->add_option("--holder", a->holders, "a holder's public key, 64 hex digits (repeat, in order)")
            ->required();
        cmd->add_option("--threshold", a->threshold, "signatures each document needs")->capture_default_str();
    }
    rotatePrepare->add_option("--out", a->out, "where to write it")->required();
    rotatePublish->add_option("--signed", a->in, "the signed rotation")->required();
    commands.onAdmin(init,
        [a](Admin& admin) { return report(initKeySet(admin, a->holders, a->threshold, nowSeconds())); });
    commands.onAdmin(show, [](Admin& admin) { return report(showKeySet(admin)); });
    commands.onAdmin(rotatePrepare, [a](Admin& admin) {
        return report(prepareKeySetRotationFile(admin, a->holders, a->threshold, a->out));
    });
    commands.onAdmin(rotatePublish,
        [a](Admin& admin) { return report(publishKeySetRotation(admin, a->in, nowSeconds())); });
}

} // namespace vigil::registry
