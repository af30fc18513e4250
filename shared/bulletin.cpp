// SPDX-License-Identifier: EUPL-1.2
#include "bulletin.h"

#include "jsonreader.h"
#include "signeddoc.h"

#include <boost/json/serialize.hpp>

namespace vigil {

namespace json = boost::json;

namespace {
constexpr int kBulletinFormat = 1;
constexpr std::size_t kMaxTitle = 200;
constexpr std::size_t kMaxText = 16 * 1024;
} // namespace

std::string encodeBulletin(const Bulletin& b)
{
    json::object o;
    o.emplace("v", kBulletinFormat);
    o.emplace("sequence", b.sequence);
    o.emplace("published", b.published);
    o.emplace("kind", enumName(b.kind));
    json::array categories;
    for (auto c : b.categories)
        categories.emplace_back(enumName(c));
    o.emplace("categories", std::move(categories));
    o.emplace("title_nl", b.titleNl);
    o.emplace("title_en", b.titleEn);
    o.emplace("text_nl", b.textNl);
    o.emplace("text_en", b.textEn);
    return json::serialize(o);
}

Result<Bulletin> decodeBulletin(std::string_view text)
{
    auto object = parseJsonObject(text, "bulletin", kMaxText * 4);
    if (!object)
        return object.error();
    JsonReader r(*object, "bulletin");
    const auto format = r.integer("v", 0, INT32_MAX);
    if (!r.failed() && format != kBulletinFormat)
        return Error{"bulletin.v: format " + std::to_string(format) + " is not supported"};
    Bulletin b;
    b.sequence = static_cast<std::uint64_t>(r.integer("sequence", 1, INT64_MAX));
    b.published = static_cast<std::uint64_t>(r.integer("published", 0, INT64_MAX));
    b.kind = r.choice("kind", BulletinKind::LessonLearned);
    for (const auto& name : r.texts("categories", 32, 64, Need::Required)) {
        auto c = parseEnum<Category>(name);
        if (!c) {
            r.fail("categories", "unknown category \"" + name + "\"");
            break;
        }
        b.categories.push_back(*c);
    }
    b.titleNl = r.text("title_nl", kMaxTitle);
    b.titleEn = r.text("title_en", kMaxTitle);
    b.textNl = r.text("text_nl", kMaxText);
    b.textEn = r.text("text_en", kMaxText);
    if (auto s = r.finish(); !s)
        return s.error();
    return b;
}

Bytes signBulletin(const Bulletin& bulletin, const SigningKeyPair& rootKey)
{
    return signDocument(kBulletinMagic, encodeBulletin(bulletin), rootKey);
}

Result<Bulletin> verifyBulletin(ByteView signedBulletin, const RootKeySet& rootKey)
{
    auto payload = openSignedDocument(signedBulletin, kBulletinMagic, rootKey, "bulletin");
    if (!payload)
        return payload.error();
    return decodeBulletin(*payload);
}

} // namespace vigil
