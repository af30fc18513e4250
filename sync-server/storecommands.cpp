// SPDX-License-Identifier: EUPL-1.2
#include "storecommands.h"

#include "migrations.h"

#include "shared/storage/privatedir.h"
#include "shared/storage/storerestore.h"

#include <CLI/CLI.hpp>

#include <chrono>
#include <iostream>
#include <string_view>

namespace vigil::relay {

namespace fs = std::filesystem;

namespace {

int backup(const fs::path& data, const fs::path& to)
{
    const fs::path db = data / relayStoreKind().fileName;
    std::error_code ec;
    if (auto s = checkPrivateDirectory(data); !s) {
        std::cerr << "vigil-relay: " << s.error().message << "\n";
        return 1;
    }
    if (!fs::is_regular_file(db, ec)) {
        std::cerr << "vigil-relay: " << db.string() << " does not exist: nothing to back up\n";
        return 1;
    }
    // Opened as it is (no migration): a backup copies the live store, never changes it.
    auto source = openRelayDatabase(db, false);
    auto done = source ? backupDatabase(*source, to, relayStoreKind()) : Result<CheckedDatabase>(source.error());
    if (!done) {
        std::cerr << "vigil-relay: " << done.error().message << "\n";
        return 1;
    }
    std::cout << "backup written to " << to.string() << " (relay schema version " << done->schemaVersion << ", "
              << done->bytes << " bytes, integrity ok)\n";
    return 0;
}

int restore(const fs::path& data, const fs::path& from, bool force)
{
    const auto now = std::chrono::duration_cast<std::chrono::seconds>(
                         std::chrono::system_clock::now().time_since_epoch())
                         .count();
    auto done = restoreDatabase({from, data, force, now}, relayStoreKind());
    if (!done) {
        std::cerr << "vigil-relay: " << done.error().message << "\n";
        return 1;
    }
    std::cout << "restored " << from.string() << " as " << (data / relayStoreKind().fileName).string()
              << " (relay schema version " << done->restored.schemaVersion << ")\n";
    if (done->keptAside)
        std::cout << "the store it replaced is kept as " << done->keptAside->string() << "\n";
    // Envelopes forwarded since the backup are waiting again: the upstream answers their
    // resend `duplicate`, so each is held there once.
    std::cout << "envelopes the backup holds as waiting are forwarded again when the relay starts\n";
    return 0;
}

} // namespace

std::optional<int> runStoreCommand(int argc, const char* const* argv)
{
    if (argc < 2)
        return std::nullopt;
    const std::string_view command = argv[1];
    if (command != "backup" && command != "restore")
        return std::nullopt;
    const bool isBackup = command == "backup";
    CLI::App app{isBackup ? "vigil-relay backup: copy the relay's store to FILE, online and consistent while the "
                            "relay runs (not relay.key)"
                          : "vigil-relay restore: put a backup back as the relay's store (the relay must be stopped)",
                 "vigil-relay " + std::string(command)};
    std::string data;
    std::string file;
    bool force = false;
    app.add_option("--data", data, "the relay's data directory")->required();
    if (isBackup) {
        app.add_option("--to", file, "the backup file to write (replaced only by a checked copy)")->required();
    } else {
        app.add_option("--from", file, "the backup file")->required();
        app.add_flag("--force", force, "replace the store that is there (it is kept aside)");
    }
    try {
        app.parse(argc - 1, argv + 1);
    } catch (const CLI::ParseError& e) {
        const int code = app.exit(e);
        return code == 0 ? 0 : 2;
    }
    return isBackup ? backup(data, file) : restore(data, file, force);
}

} // namespace vigil::relay
