// SPDX-License-Identifier: EUPL-1.2
// vigil-admin audit verify|head: checking the hash-chained audit trail, and the head to record
// elsewhere.

#include "commands.h"

namespace vigil::registry {

void addAuditCommands(AdminCommands& commands)
{
    auto* auditCmd = commands.app().add_subcommand("audit", "the hash-chained audit trail");
    auditCmd->require_subcommand(1);
    auto* verify = auditCmd->add_subcommand("verify", "check that no entry was edited, removed or reordered");
    auto* head = auditCmd->add_subcommand("head", "print the newest entry's number and hash (record it elsewhere)");
    commands.onAdmin(verify, [](Admin& admin) { return report(admin.verifyAudit()); });
    commands.onAdmin(head, [](Admin& admin) { return report(admin.auditHead()); });
}

} // namespace vigil::registry
