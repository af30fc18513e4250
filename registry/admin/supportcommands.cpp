// SPDX-License-Identifier: EUPL-1.2
// vigil-admin support set|show|prepare|publish: where reporters find help (docs/registry.md,
// "Support contacts"), signed for every device (by the key holders once they exist).

#include "commands.h"
#include "supportadmin.h"

#include <memory>

namespace vigil::registry {

namespace {

struct SupportArgs {
    std::string file;
    std::string signedFile;   ///< prepare --out, publish --signed
    bool draft = false;
    bool json = false;
};

} // namespace

void addSupportCommands(AdminCommands& commands)
{
    auto a = std::make_shared<SupportArgs>();
    auto* cmd = commands.app().add_subcommand("support", "support contacts every device shows offline");
    cmd->require_subcommand(1);
    auto* set = cmd->add_subcommand("set", "keep the contacts of a JSON file as the draft to publish");
    set->add_option("file", a->file, "JSON file: {\"contacts\":[…]} (docs/registry.md)")->required();
    auto* show = cmd->add_subcommand("show", "the published contacts, verified (or the draft)");
    show->add_flag("--draft", a->draft, "show the draft instead");
    show->add_flag("--json", a->json, "print the JSON");
    auto* publish = cmd->add_subcommand(
        "publish", "sign the draft with the root key, or --signed by the key holders, and serve it to every device");
    publish->add_option("--signed", a->signedFile, "contacts prepared and signed by the key holders (vigil-admin sign)");
    auto* prepare = cmd->add_subcommand("prepare", "write the draft, unsigned, for the key holders");
    prepare->add_option("--out", a->signedFile, "where to write it")->required();
    commands.onAdmin(set, [a](Admin& admin) { return report(setSupportContacts(admin, a->file, nowSeconds())); });
    commands.onAdmin(show, [a](Admin& admin) { return report(showSupportContacts(admin, a->draft, a->json)); });
    commands.onAdmin(publish, [a](Admin& admin) {
        return report(a->signedFile.empty() ? publishSupportContacts(admin, nowSeconds())
                                            : publishSignedSupportContacts(admin, a->signedFile, nowSeconds()));
    });
    commands.onAdmin(prepare, [a](Admin& admin) { return report(prepareSupportFile(admin, nowSeconds(), a->signedFile)); });
}

} // namespace vigil::registry
