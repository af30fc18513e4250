// SPDX-License-Identifier: EUPL-1.2
// Connection strings as an operator writes them on a command line (`--database`): checked
// before anything connects, and kept out of every message, because they may carry a password.
#include "postgres.h"

#include <libpq-fe.h>

#include <cctype>
#include <vector>

namespace vigil {

namespace {

bool isUri(std::string_view conninfo)
{
    return conninfo.starts_with("postgresql://") || conninfo.starts_with("postgres://");
}

/// The password of a URI's user part (`scheme://user:password@host…`), as written. libpq ends
/// the user part at the first '@' or '/' (fe-connect.c, conninfo_uri_parse_options).
void uriUserPassword(std::string_view uri, std::vector<std::string>& out)
{
    const auto start = uri.find("://") + 3;
    const auto end = uri.find_first_of("@/", start);
    if (end == std::string_view::npos || uri[end] != '@')
        return;
    const std::string_view user = uri.substr(start, end - start);
    if (const auto colon = user.find(':'); colon != std::string_view::npos)
        out.emplace_back(user.substr(colon + 1));
}

/// The values of `password=` parameters in a URI's query (`?a=b&password=…`), as written.
void uriQueryPasswords(std::string_view uri, std::vector<std::string>& out)
{
    const auto query = uri.find('?');
    if (query == std::string_view::npos)
        return;
    std::string_view rest = uri.substr(query + 1);
    while (!rest.empty()) {
        const auto amp = rest.find('&');
        const std::string_view param = rest.substr(0, amp);
        if (param.starts_with("password="))
            out.emplace_back(param.substr(9));
        rest = amp == std::string_view::npos ? std::string_view{} : rest.substr(amp + 1);
    }
}

/// The values of `password` keywords in a `key=value …` string, as written and unquoted (libpq's
/// rules: spaces around '=', single quotes, backslash escapes inside them).
void keywordPasswords(std::string_view s, std::vector<std::string>& out)
{
    std::size_t i = 0;
    auto skipSpace = [&] {
        while (i < s.size() && std::isspace(static_cast<unsigned char>(s[i])))
            ++i;
    };
    while (i < s.size()) {
        skipSpace();
        const std::size_t keyStart = i;
        while (i < s.size() && s[i] != '=' && !std::isspace(static_cast<unsigned char>(s[i])))
            ++i;
        const std::string_view key = s.substr(keyStart, i - keyStart);
        skipSpace();
        if (i >= s.size() || s[i] != '=')
            return; // libpq refuses the rest anyway; what was read so far is all there is to hide
        ++i;
        skipSpace();
        std::string value;
        if (i < s.size() && s[i] == '\'') {
            for (++i; i < s.size() && s[i] != '\''; ++i) {
                if (s[i] == '\\' && i + 1 < s.size())
                    ++i;
                value += s[i];
            }
            ++i;
        } else {
            for (; i < s.size() && !std::isspace(static_cast<unsigned char>(s[i])); ++i) {
                if (s[i] == '\\' && i + 1 < s.size())
                    ++i;
                value += s[i];
            }
        }
        if (key == "password")
            out.push_back(std::move(value));
    }
}

/// Every form in which `conninfo`'s password could reach a message.
std::vector<std::string> passwordsIn(const std::string& conninfo)
{
    std::vector<std::string> out;
    if (isUri(conninfo)) {
        uriUserPassword(conninfo, out);
        uriQueryPasswords(conninfo, out);
    } else {
        keywordPasswords(conninfo, out);
    }
    // As libpq reads it (percent-decoded, unquoted), when it reads it at all.
    char* error = nullptr;
    if (PQconninfoOption* options = PQconninfoParse(conninfo.c_str(), &error)) {
        for (const PQconninfoOption* o = options; o->keyword; ++o)
            if (std::string_view(o->keyword) == "password" && o->val)
                out.emplace_back(o->val);
        PQconninfoFree(options);
    }
    if (error)
        PQfreemem(error);
    return out;
}

} // namespace

std::string withoutPassword(std::string text, const std::string& conninfo)
{
    for (const std::string& password : passwordsIn(conninfo)) {
        if (password.empty())
            continue;
        for (auto at = text.find(password); at != std::string::npos; at = text.find(password, at + 3))
            text.replace(at, password.size(), "***");
    }
    return text;
}

Status checkConninfo(const std::string& conninfo)
{
    if (!isUri(conninfo) && conninfo.find('=') == std::string::npos)
        return Error{"not a PostgreSQL connection URI (postgresql://USER@HOST[:PORT][,HOST2…]/DBNAME[?PARAM=VALUE&…]) "
                     "or key=value connection string (host=… dbname=…)",
                     ErrorKind::Invalid};
    char* error = nullptr;
    PQconninfoOption* options = PQconninfoParse(conninfo.c_str(), &error);
    if (options) {
        PQconninfoFree(options);
        return {};
    }
    std::string message = error ? error : "out of memory";
    if (error)
        PQfreemem(error);
    while (!message.empty() && (message.back() == '\n' || message.back() == ' '))
        message.pop_back();
    return Error{"not a valid PostgreSQL connection string: " + withoutPassword(message, conninfo), ErrorKind::Invalid};
}

} // namespace vigil
