// SPDX-License-Identifier: EUPL-1.2
#include "advisorsignin.h"

#include "shared/identity.h"

#include <boost/json.hpp>

namespace vigil::tools {

namespace json = boost::json;

namespace {

/// The string member `key` of a JSON answer, or an error quoting the answer.
Result<std::string> field(const HttpResponse& answer, const char* step, const char* key)
{
    if (answer.status != 200)
        return Error{std::string(step) + ": HTTP " + std::to_string(answer.status) + " " + answer.body};
    boost::system::error_code ec;
    const json::value v = json::parse(answer.body, ec);
    if (ec || !v.is_object() || !v.as_object().contains(key) || !v.at(key).is_string())
        return Error{std::string(step) + ": no \"" + key + "\" in " + answer.body};
    return json::value_to<std::string>(v.at(key));
}

} // namespace

Result<HeaderList> signIn(BlockingClient& registry, const PublicKey& root, const SigningKeyPair& key)
{
    const std::string signKey = toHex(key.publicKey);
    auto challenge = registry.postJson("/v1/advisor/challenge", R"({"sign_key":")" + signKey + R"("})");
    if (!challenge)
        return challenge.error();
    auto nonce = field(*challenge, "challenge", "nonce");
    if (!nonce)
        return nonce.error();
    const auto nonceBytes = fromHex(*nonce);
    if (!nonceBytes)
        return Error{"challenge: the nonce is not hex"};
    const Signature sig = key.sign(signInStatement(root, *nonceBytes));
    auto session = registry.postJson("/v1/advisor/session", R"({"sign_key":")" + signKey + R"(","nonce":")" + *nonce
                                                                + R"(","signature":")" + toHex(sig) + R"("})");
    if (!session)
        return session.error();
    auto token = field(*session, "session", "token");
    if (!token)
        return token.error();
    return HeaderList{{"Authorization", "Bearer " + *token}};
}

} // namespace vigil::tools
