// SPDX-License-Identifier: EUPL-1.2
// vigil-admin backup --to FILE | restore --from FILE [--force]: the registry's database, online
// and consistent while vigil-registry runs, and back (docs/registry.md, "Backups"). The keys
// are not in a backup: they are backed up apart, offline (the same file would put the root
// key wherever database copies travel).

#include "commands.h"

#include "registry/datafolder.h"
#include "registry/registrykeys.h"

#include "shared/storage/storerestore.h"

#include <iostream>
#include <memory>

namespace vigil::registry {

namespace fs = std::filesystem;

namespace {

struct BackupOptions {
    std::string to;
    std::string from;
    bool force = false;
};

/// A backup kept inside the data folder is lost with it (the disk, the folder, a restore).
bool insideFolder(const fs::path& file, const fs::path& folder)
{
    std::error_code ec;
    const fs::path parent = fs::weakly_canonical(fs::absolute(file, ec).parent_path(), ec);
    const fs::path data = fs::weakly_canonical(fs::absolute(folder, ec), ec);
    return !ec && parent == data;
}

int backup(const fs::path& data, const fs::path& to)
{
    if (insideFolder(to, data)) {
        std::cerr << "refusing to write the backup into the data folder " << data.string()
                  << ": it would be lost with it; name a file elsewhere\n";
        return 1;
    }
    // Opened as it is (no migration): a backup copies the live database, never changes it.
    auto db = openRegistryDatabase(data, false);
    if (!db) {
        std::cerr << db.error().message << "\n";
        return 1;
    }
    auto done = backupDatabase(*db, to, registryStoreKind());
    if (!done) {
        std::cerr << done.error().message << "\n";
        return 1;
    }
    std::cout << "backup written to " << to.string() << " (registry schema version " << done->schemaVersion << ", "
              << done->bytes << " bytes, integrity ok)\n"
              << "the keys are not in it: back up " << (data / "keys").string() << " apart (docs/registry.md)\n";
    return 0;
}

int restore(const fs::path& data, const BackupOptions& options)
{
    auto done = restoreDatabase({options.from, data, options.force, nowSeconds()}, registryStoreKind());
    if (!done) {
        std::cerr << done.error().message << "\n";
        return 1;
    }
    std::cout << "restored " << options.from << " as " << registryDatabasePath(data).string()
              << " (registry schema version " << done->restored.schemaVersion << ")\n";
    if (done->keptAside)
        std::cout << "the database it replaced is kept as " << done->keptAside->string() << "\n";
    // The database is useless without its keys; say so now rather than at the next start.
    if (auto keys = loadRegistryKeys(data); !keys)
        std::cout << "WARNING: the keys are missing (" << keys.error().message << "); restore " << (data / "keys").string()
                  << " from its own backup before starting vigil-registry\n";
    std::cout << "next: vigil-admin --data " << data.string() << " audit verify, then start vigil-registry\n";
    return 0;
}

/// Backup and restore copy registry.db; a database on PostgreSQL is PostgreSQL's to back up.
int refuseOnPostgres(const char* command)
{
    std::cerr << "vigil-admin: " << command
              << " copies registry.db; a registry on PostgreSQL (--database) is backed up and restored with "
                 "PostgreSQL's own tools (pg_dump and pg_restore, or pg_basebackup; docs/registry.md, \"Backups\"). "
                 "The keys in --data are backed up apart, as always\n";
    return 1;
}

} // namespace

void addBackupCommands(AdminCommands& commands)
{
    auto options = std::make_shared<BackupOptions>();
    auto* backupCmd = commands.app().add_subcommand(
        "backup", "copy the registry's database to FILE, online and consistent while vigil-registry runs (not the keys)");
    backupCmd->add_option("--to", options->to, "the backup file to write (replaced only by a checked copy)")->required();
    commands.onDataDir(backupCmd, [options, &commands](const fs::path& data) {
        return commands.database().empty() ? backup(data, options->to) : refuseOnPostgres("backup");
    });

    auto* restoreCmd = commands.app().add_subcommand(
        "restore", "put a backup back as the registry's database (vigil-registry must be stopped)");
    restoreCmd->add_option("--from", options->from, "the backup file")->required();
    restoreCmd->add_flag("--force", options->force, "replace the database that is there (it is kept aside)");
    commands.onDataDir(restoreCmd, [options, &commands](const fs::path& data) {
        return commands.database().empty() ? restore(data, *options) : refuseOnPostgres("restore");
    });
}

} // namespace vigil::registry
