// SPDX-License-Identifier: EUPL-1.2
#include "supportcontacts.h"

#include "jsonreader.h"
#include "signeddoc.h"

#include <boost/json/serialize.hpp>

#include <algorithm>
#include <set>

namespace vigil {

namespace json = boost::json;

namespace {

constexpr int kSupportFormat = 1;
constexpr std::size_t kMaxName = 200;
constexpr std::size_t kMaxPurpose = 1000;
constexpr std::size_t kMaxHours = 200;
constexpr std::size_t kMaxPhone = 32;
constexpr std::size_t kMaxEmail = 254;
constexpr std::size_t kMaxUrl = 500;
constexpr std::size_t kMaxContacts = 1024;
constexpr std::size_t kMaxBytes = 1024 * 1024;

bool isPhone(std::string_view p)
{
    std::size_t digits = 0;
    for (std::size_t i = 0; i < p.size(); ++i) {
        const char c = p[i];
        if (c >= '0' && c <= '9')
            ++digits;
        else if (!(c == ' ' || (c == '+' && i == 0)))
            return false;
    }
    return digits >= 2 && p.front() != ' ' && p.back() != ' ';
}

bool isEmail(std::string_view e)
{
    const auto at = e.find('@');
    return at != std::string_view::npos && at > 0 && at + 1 < e.size() && e.find('@', at + 1) == std::string_view::npos
           && e.find_first_of(" \t\r\n<>\"") == std::string_view::npos;
}

bool isUrl(std::string_view u)
{
    return u.starts_with("https://") && u.size() > 8 && u.find_first_of(" \t\r\n<>\"") == std::string_view::npos;
}

SupportContact decodeContact(JsonReader& r)
{
    SupportContact c;
    c.id = r.text("id", kMaxIdBytes);
    c.kind = r.choice("kind", SupportKind::Other);
    c.unit = r.text("unit", kMaxIdBytes, Need::Optional);
    c.nameNl = r.text("name_nl", kMaxName);
    c.nameEn = r.text("name_en", kMaxName);
    c.purposeNl = r.text("purpose_nl", kMaxPurpose);
    c.purposeEn = r.text("purpose_en", kMaxPurpose);
    c.hoursNl = r.text("hours_nl", kMaxHours, Need::Optional);
    c.hoursEn = r.text("hours_en", kMaxHours, Need::Optional);
    c.phone = r.text("phone", kMaxPhone, Need::Optional);
    c.email = r.text("email", kMaxEmail, Need::Optional);
    c.url = r.text("url", kMaxUrl, Need::Optional);
    if (r.failed()) {
        r.close();
        return c;
    }
    if (c.hoursNl.empty() != c.hoursEn.empty())
        r.fail(c.hoursNl.empty() ? "hours_nl" : "hours_en", "hours are given in Dutch and English, or not at all");
    else if (!c.phone.empty() && !isPhone(c.phone))
        r.fail("phone", "expected digits and spaces with at most a leading +, got \"" + c.phone + "\"");
    else if (!c.email.empty() && !isEmail(c.email))
        r.fail("email", "not an e-mail address: \"" + c.email + "\"");
    else if (!c.url.empty() && !isUrl(c.url))
        r.fail("url", "expected an https:// address, got \"" + c.url + "\"");
    else if (c.phone.empty() && c.email.empty() && c.url.empty())
        r.fail("phone", "contact " + c.id + " has no phone, email or url: a reporter could not reach it");
    else if (c.kind == SupportKind::Emergency && c.phone.empty())
        r.fail("phone", "emergency contact " + c.id + " needs a phone number");
    r.close();
    return c;
}

/// The contacts array of `r`, with the checks that span contacts.
std::vector<SupportContact> decodeContacts(JsonReader& r)
{
    std::vector<SupportContact> contacts;
    std::set<std::string> ids;
    for (auto& e : r.objects("contacts", kMaxContacts, Need::Required)) {
        SupportContact c = decodeContact(e);
        if (!e.failed() && !ids.insert(c.id).second)
            e.fail("id", "the id " + c.id + " is used twice");
        contacts.push_back(std::move(c));
    }
    const bool emergency = std::any_of(contacts.begin(), contacts.end(),
                                       [](const SupportContact& c) { return c.kind == SupportKind::Emergency; });
    if (!r.failed() && !emergency)
        r.fail("contacts", "needs at least one emergency contact with a phone number (such as 112)");
    return contacts;
}

json::array encodeContacts(const std::vector<SupportContact>& contacts)
{
    json::array out;
    for (const auto& c : contacts) {
        json::object e;
        e.emplace("id", c.id);
        e.emplace("kind", enumName(c.kind));
        auto optional = [&e](std::string_view key, const std::string& value) {
            if (!value.empty())
                e.emplace(key, value);
        };
        optional("unit", c.unit);
        e.emplace("name_nl", c.nameNl);
        e.emplace("name_en", c.nameEn);
        e.emplace("purpose_nl", c.purposeNl);
        e.emplace("purpose_en", c.purposeEn);
        optional("hours_nl", c.hoursNl);
        optional("hours_en", c.hoursEn);
        optional("phone", c.phone);
        optional("email", c.email);
        optional("url", c.url);
        out.push_back(std::move(e));
    }
    return out;
}

} // namespace

std::string encodeSupportContacts(const SupportContacts& d)
{
    json::object o;
    o.emplace("v", kSupportFormat);
    o.emplace("serial", d.serial);
    o.emplace("issued", d.issued);
    o.emplace("contacts", encodeContacts(d.contacts));
    return json::serialize(o);
}

Result<SupportContacts> decodeSupportContacts(std::string_view text)
{
    auto object = parseJsonObject(text, "support", kMaxBytes);
    if (!object)
        return object.error();
    JsonReader r(*object, "support");
    const auto format = r.integer("v", 0, INT32_MAX);
    if (!r.failed() && format != kSupportFormat)
        return Error{"support.v: format " + std::to_string(format) + " is not supported", ErrorKind::Invalid};
    SupportContacts d;
    d.serial = static_cast<std::uint64_t>(r.integer("serial", 1, INT64_MAX));
    d.issued = static_cast<std::uint64_t>(r.integer("issued", 0, INT64_MAX));
    d.contacts = decodeContacts(r);
    if (auto s = r.finish(); !s)
        return Error{s.error().message, ErrorKind::Invalid};
    return d;
}

Result<std::vector<SupportContact>> decodeSupportContactList(std::string_view text)
{
    auto object = parseJsonObject(text, "support", kMaxBytes);
    if (!object)
        return object.error();
    JsonReader r(*object, "support");
    auto contacts = decodeContacts(r);
    if (auto s = r.finish(); !s)
        return Error{s.error().message, ErrorKind::Invalid};
    return contacts;
}

std::string encodeSupportContactList(const std::vector<SupportContact>& contacts)
{
    json::object o;
    o.emplace("contacts", encodeContacts(contacts));
    return json::serialize(o);
}

Bytes signSupportContacts(const SupportContacts& document, const SigningKeyPair& rootKey)
{
    return signDocument(kSupportMagic, encodeSupportContacts(document), rootKey);
}

Result<SupportContacts> verifySupportContacts(ByteView signedDocument, const RootKeySet& rootKey, std::uint64_t minSerial)
{
    auto payload = openSignedDocument(signedDocument, kSupportMagic, rootKey, "support contacts");
    if (!payload)
        return Error{payload.error().message, ErrorKind::Invalid};
    auto d = decodeSupportContacts(*payload);
    if (!d)
        return d.error();
    if (d->serial < minSerial)
        return Error{"support contacts: serial " + std::to_string(d->serial) + " is older than the "
                         + std::to_string(minSerial) + " already held",
                     ErrorKind::Invalid};
    return d;
}

std::vector<std::string> unknownSupportUnits(const SupportContacts& document, const Directory& directory)
{
    std::vector<std::string> unknown;
    for (const auto& c : document.contacts)
        if (!c.unit.empty() && directory.unit(c.unit) == nullptr
            && std::find(unknown.begin(), unknown.end(), c.unit) == unknown.end())
            unknown.push_back(c.unit);
    return unknown;
}

std::vector<std::string> unitAndParents(const Directory* directory, std::string_view unit)
{
    // A cycle cannot occur in a verified directory, but the walk is bounded anyway.
    std::vector<std::string> line;
    if (directory != nullptr && !unit.empty())
        for (const Unit* u = directory->unit(unit); u != nullptr && line.size() < directory->units.size();
             u = u->parent.empty() ? nullptr : directory->unit(u->parent))
            line.push_back(u->id);
    return line;
}

std::vector<SupportContact> supportContactsFor(const SupportContacts& document, const Directory* directory,
                                               std::string_view unit)
{
    const std::vector<std::string> line = unitAndParents(directory, unit);
    const std::size_t orgWide = line.size();
    const std::size_t elsewhere = orgWide + 1;
    auto distance = [&](const SupportContact& c) {
        if (c.unit.empty())
            return orgWide;
        const auto at = std::find(line.begin(), line.end(), c.unit);
        return at == line.end() ? elsewhere : static_cast<std::size_t>(at - line.begin());
    };
    std::vector<SupportContact> out = document.contacts;
    std::stable_sort(out.begin(), out.end(), [&](const SupportContact& a, const SupportContact& b) {
        const bool ea = a.kind == SupportKind::Emergency;
        const bool eb = b.kind == SupportKind::Emergency;
        if (ea != eb)
            return ea;
        return distance(a) < distance(b);
    });
    return out;
}

std::string dialableNumber(std::string_view phone)
{
    std::string out;
    for (const char c : phone)
        if (c != ' ')
            out += c;
    return out;
}

} // namespace vigil
