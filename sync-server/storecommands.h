// SPDX-License-Identifier: EUPL-1.2
#pragma once

// `vigil-relay backup --data DIR --to FILE` and `vigil-relay restore --data DIR --from FILE
// [--force]`: the relay's store, online and consistent while the relay runs, and back
// (docs/relay.md, "Backups"). The key (relay.key) is not in a backup: it is copied apart.

#include <optional>

namespace vigil::relay {

/// Runs the command when argv[1] is `backup` or `restore` and returns its exit code (0 done,
/// 1 failed with the reason on stderr, 2 wrong command line); nullopt for any other command
/// line, which is the server's.
std::optional<int> runStoreCommand(int argc, const char* const* argv);

} // namespace vigil::relay
