// SPDX-License-Identifier: EUPL-1.2
#include "keyvault.h"

#include "shared/jsonreader.h"
#include "shared/provisioning.h"

#include <boost/json/serialize.hpp>

#include <fstream>
#include <sstream>

namespace vigil::advisor {

namespace json = boost::json;
namespace fs = std::filesystem;

namespace {

constexpr int kFormat = 1;
constexpr std::string_view kKeysContext = "vigil advisor keys v1";
constexpr std::string_view kSettingsContext = "vigil advisor settings v1";
constexpr std::size_t kMaxFile = 64 * 1024;

Result<std::string> readFile(const fs::path& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return Error{"cannot open " + path.string()};
    std::ostringstream text;
    text << in.rdbuf();
    if (!in && !in.eof())
        return Error{"cannot read " + path.string()};
    return text.str();
}

/// Writes beside the target and renames over it, so a crash never leaves half a vault.
Status writeFileAtomically(const fs::path& path, std::string_view text)
{
    const fs::path temp = path.string() + ".tmp";
    {
        std::ofstream out(temp, std::ios::binary | std::ios::trunc);
        if (!out)
            return Error{"cannot write " + temp.string()};
        std::error_code ec;
        fs::permissions(temp, fs::perms::owner_read | fs::perms::owner_write, ec);
        out << text;
        out.flush();
        if (!out)
            return Error{"cannot write " + temp.string()};
    }
    std::error_code ec;
    fs::rename(temp, path, ec);
    if (ec)
        return Error{"cannot replace " + path.string() + ": " + ec.message()};
    return {};
}

std::string encodeSettings(const RegistrySettings& s)
{
    json::object o;
    o.emplace("url", s.url);
    o.emplace("root_key", toHex(s.rootKey));
    o.emplace("organisation", s.organisation);
    return json::serialize(o);
}

Result<RegistrySettings> decodeSettings(std::string_view text)
{
    auto object = parseJsonObject(text, "settings", kMaxFile);
    if (!object)
        return object.error();
    JsonReader r(*object, "settings");
    RegistrySettings s;
    s.url = r.text("url", 2048);
    const std::string root = r.text("root_key", 64);
    s.organisation = r.text("organisation", 256, Need::Optional);
    if (auto st = r.finish(); !st)
        return st.error();
    auto key = fixedFromHex<32>(root);
    if (!key)
        return withContext("settings.root_key", key.error());
    s.rootKey = *key;
    return s;
}

} // namespace

Result<RegistrySettings> settingsFromProvisioning(std::string_view text, std::uint64_t now)
{
    auto verified = decodeProvisioning(text, now);
    if (!verified)
        return withContext("provisioning file", verified.error());
    const Provisioning& p = verified->provisioning;
    return RegistrySettings{p.relayUrl, p.rootKey, p.organisation};
}

KeyVault::KeyVault(fs::path path, VaultKey key, BoxKeyPair box, SigningKeyPair sign)
    : m_path(std::move(path)), m_key(std::move(key)), m_box(std::move(box)), m_sign(std::move(sign))
{
    m_check = m_key.makeCheckItem();
}

bool KeyVault::exists(const fs::path& path)
{
    std::error_code ec;
    return fs::is_regular_file(path, ec);
}

Result<std::unique_ptr<KeyVault>> KeyVault::create(const fs::path& path, std::string_view passphrase, VaultParams params)
{
    if (passphrase.size() < kMinPassphrase)
        return Error{"the passphrase needs at least " + std::to_string(kMinPassphrase) + " characters"};
    if (exists(path))
        return Error{"a vault already exists at " + path.string()};
    auto key = VaultKey::create(passphrase, params);
    if (!key)
        return key.error();
    std::unique_ptr<KeyVault> vault(
        new KeyVault(path, std::move(*key), BoxKeyPair::generate(), SigningKeyPair::generate()));
    if (auto s = vault->save(); !s)
        return s.error();
    return vault;
}

Result<std::unique_ptr<KeyVault>> KeyVault::unlock(const fs::path& path, std::string_view passphrase)
{
    auto text = readFile(path);
    if (!text)
        return text.error();
    auto object = parseJsonObject(*text, "vault", kMaxFile);
    if (!object)
        return object.error();
    JsonReader r(*object, "vault");
    const auto format = r.integer("v", 0, 1000);
    const std::string check = r.text("check", 4096);
    const std::string keys = r.text("keys", 4096);
    const std::string settings = r.text("settings", kMaxFile, Need::Optional);
    if (auto s = r.finish(); !s)
        return s.error();
    if (format != kFormat)
        return Error{"vault format " + std::to_string(format) + " is not supported"};
    auto checkItem = fromBase64Url(check);
    auto sealedKeys = fromBase64Url(keys);
    if (!checkItem || !sealedKeys)
        return Error{kDamaged};
    auto key = VaultKey::unlock(passphrase, *checkItem);
    if (!key)
        return Error{kWrongPassphrase};
    auto plain = vaultOpen(*key, *sealedKeys, kKeysContext);
    if (!plain || plain->bytes().size() != 64)
        return Error{kDamaged};
    auto box = BoxKeyPair::fromSecretKey(plain->view().subspan(0, 32));
    if (!box)
        return box.error();
    SigningKeyPair sign = SigningKeyPair::fromSeed(plain->view().subspan(32, 32));
    std::unique_ptr<KeyVault> vault(new KeyVault(path, std::move(*key), std::move(*box), std::move(sign)));
    vault->m_check = std::move(*checkItem);
    if (!settings.empty()) {
        auto sealedSettings = fromBase64Url(settings);
        if (!sealedSettings)
            return Error{kDamaged};
        auto opened = vaultOpen(vault->m_key, *sealedSettings, kSettingsContext);
        if (!opened)
            return Error{kDamaged};
        auto decoded = decodeSettings(toString(opened->view()));
        if (!decoded)
            return decoded.error();
        vault->m_settings = std::move(*decoded);
    }
    return vault;
}

std::string KeyVault::identity() const
{
    return encodeAdvisorIdentity(AdvisorIdentity{m_box.publicKey, m_sign.publicKey});
}

Status KeyVault::setSettings(const RegistrySettings& settings)
{
    auto previous = std::move(m_settings);
    m_settings = settings;
    if (auto s = save(); !s) {
        m_settings = std::move(previous);
        return s;
    }
    return {};
}

Status KeyVault::save() const
{
    WipedBytes keys;
    keys.bytes().reserve(64);
    keys.bytes().insert(keys.bytes().end(), m_box.secretKey.view().begin(), m_box.secretKey.view().end());
    const KeySeed seed = m_sign.seed();
    keys.bytes().insert(keys.bytes().end(), seed.view().begin(), seed.view().end());
    json::object o;
    o.emplace("v", kFormat);
    o.emplace("check", toBase64Url(m_check));
    o.emplace("keys", toBase64Url(vaultSeal(m_key, keys.view(), kKeysContext)));
    if (m_settings)
        o.emplace("settings", toBase64Url(vaultSeal(m_key, asBytes(encodeSettings(*m_settings)), kSettingsContext)));
    return writeFileAtomically(m_path, json::serialize(o));
}

} // namespace vigil::advisor
