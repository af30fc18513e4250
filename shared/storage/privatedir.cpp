// SPDX-License-Identifier: EUPL-1.2
#include "privatedir.h"

#include <sys/stat.h>

#include <cerrno>
#include <cstdio>

namespace vigil {

namespace fs = std::filesystem;

namespace {

std::string octal(fs::perms p)
{
    char text[8];
    std::snprintf(text, sizeof text, "%04o", static_cast<unsigned>(p) & 07777u);
    return text;
}

} // namespace

Status createPrivateDirectory(const fs::path& dir)
{
    std::error_code ec;
    if (fs::is_directory(dir, ec)) {
        // An empty folder was made for us (`mkdir /srv/vigil`, a test's scratch folder): it is
        // adopted and closed. One with contents is the operator's to judge.
        if (fs::is_empty(dir, ec) && !ec) {
            fs::permissions(dir, fs::perms::owner_all, fs::perm_options::replace, ec);
            if (ec)
                return Error{"cannot make " + dir.string() + " private: " + ec.message()};
        }
        return {};
    }
    // Parents are ordinary folders (/srv, /var/lib); only the data folder itself is private.
    if (dir.has_parent_path() && !dir.parent_path().empty()) {
        fs::create_directories(dir.parent_path(), ec);
        if (ec)
            return Error{"cannot create " + dir.parent_path().string() + ": " + ec.message()};
    }
    // mkdir with 0700 rather than create-then-chmod: there is no moment in which it is open.
    if (::mkdir(dir.c_str(), 0700) != 0 && !fs::is_directory(dir, ec)) {
        const std::error_code why(errno, std::generic_category());
        return Error{"cannot create data folder " + dir.string() + ": " + why.message()};
    }
    return {};
}

Status checkPrivateDirectory(const fs::path& dir)
{
    std::error_code ec;
    const fs::file_status st = fs::status(dir, ec);
    if (ec || st.type() == fs::file_type::not_found)
        return Error{"data folder " + dir.string() + " does not exist"};
    if (st.type() != fs::file_type::directory)
        return Error{dir.string() + " is not a folder"};
    const fs::perms open = st.permissions() & (fs::perms::group_all | fs::perms::others_all);
    if (open != fs::perms::none)
        return Error{"data folder " + dir.string() + " is open to other users (mode " + octal(st.permissions())
                     + "); it holds keys and reports: run `chmod 700 " + dir.string() + "` and start again"};
    return {};
}

void restrictFileCreation()
{
    ::umask(077);
}

} // namespace vigil
