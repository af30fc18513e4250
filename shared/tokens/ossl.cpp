// SPDX-License-Identifier: EUPL-1.2
#include "ossl.h"

#include <openssl/err.h>

#include <string>

namespace vigil::tokens::ossl {

Bn newBn()
{
    return Bn(BN_new());
}

Bn newSecretBn()
{
    Bn b(BN_secure_new());
    if (b)
        BN_set_flags(b.get(), BN_FLG_CONSTTIME);
    return b;
}

BnCtx newBnCtx()
{
    return BnCtx(BN_CTX_secure_new());
}

Bn fromBytes(ByteView bytes)
{
    return Bn(BN_bin2bn(bytes.data(), static_cast<int>(bytes.size()), nullptr));
}

Result<Bytes> toBytes(const BIGNUM* value, std::size_t length)
{
    Bytes out(length);
    if (BN_bn2binpad(value, out.data(), static_cast<int>(length)) != static_cast<int>(length))
        return Error{"integer does not fit in " + std::to_string(length) + " bytes", ErrorKind::Invalid};
    return out;
}

Md fetchDigest(const char* name)
{
    return Md(EVP_MD_fetch(nullptr, name, nullptr));
}

Result<Bytes> digest(const char* name, ByteView data)
{
    Md md = fetchDigest(name);
    if (!md)
        return error(std::string("fetch ") + name);
    Bytes out(static_cast<std::size_t>(EVP_MD_get_size(md.get())));
    unsigned int written = 0;
    if (EVP_Digest(data.data(), data.size(), out.data(), &written, md.get(), nullptr) != 1
        || written != out.size())
        return error(std::string("digest ") + name);
    return out;
}

Error error(std::string_view step, ErrorKind kind)
{
    std::string message(step);
    const unsigned long code = ERR_get_error();
    if (code != 0) {
        char reason[256];
        ERR_error_string_n(code, reason, sizeof reason);
        message += " failed (" + std::string(reason) + ")";
    } else {
        message += " failed";
    }
    ERR_clear_error();
    return Error{std::move(message), kind};
}

} // namespace vigil::tokens::ossl
