// SPDX-License-Identifier: EUPL-1.2
#include "vectorfile.h"

#include "shared/tokens/privacypass.h"

#include <fstream>
#include <sstream>
#include <stdexcept>

namespace vigil::tokens::testing {

boost::json::array loadVectors(const std::string& file)
{
    std::ifstream in(std::string(VIGIL_TESTDATA_DIR) + "/tokens/" + file);
    if (!in)
        throw std::runtime_error("cannot read tests/data/tokens/" + file);
    std::stringstream text;
    text << in.rdbuf();
    return boost::json::parse(text.str()).as_object().at("vectors").as_array();
}

Bytes hexField(const boost::json::value& vector, const char* key)
{
    std::string text(vector.as_object().at(key).as_string());
    if (text.rfind("0x", 0) == 0) // the RFC 9474 file writes integers with a 0x prefix
        text.erase(0, 2);
    auto bytes = fromHex(text);
    if (!bytes)
        throw std::runtime_error(std::string("bad hex in vector field ") + key);
    return *bytes;
}

const RsaPrivateKey& rfc9578Key()
{
    static const RsaPrivateKey key = [] {
        const Bytes pem = hexField(loadVectors("rfc9578-vectors.json").at(0), "skS");
        auto k = RsaPrivateKey::fromPkcs8Pem(toString(pem));
        if (!k)
            throw std::runtime_error(k.error().message);
        return std::move(*k);
    }();
    return key;
}

const RsaPrivateKey& otherKey()
{
    // A fresh key per run, but never one whose truncated key id (one byte) equals the RFC
    // key's: an issuer-key list with both would be refused as colliding (1 run in 256).
    static const RsaPrivateKey key = [] {
        const std::uint8_t taken = tokenKeyId(rfc9578Key().publicKey()).back();
        for (;;) {
            auto k = RsaPrivateKey::generate(2048);
            if (!k)
                throw std::runtime_error(k.error().message);
            if (tokenKeyId(k->publicKey()).back() != taken)
                return std::move(*k);
        }
    }();
    return key;
}

} // namespace vigil::tokens::testing
