// SPDX-License-Identifier: EUPL-1.2
#pragma once
// Internal to vigil_tokens: owning handles for OpenSSL objects and OpenSSL's error queue as an
// Error. Only the library's .cpp files include this; its public headers stay free of OpenSSL.

#include "shared/bytes.h"

#include <openssl/bn.h>
#include <openssl/evp.h>

#include <memory>
#include <string_view>

namespace vigil::tokens::ossl {

struct BnFree {
    // BN_clear_free: every BIGNUM here may hold a blind, its inverse or a key part.
    void operator()(BIGNUM* b) const { BN_clear_free(b); }
};
struct BnCtxFree {
    void operator()(BN_CTX* c) const { BN_CTX_free(c); }
};
struct PkeyCtxFree {
    void operator()(EVP_PKEY_CTX* c) const { EVP_PKEY_CTX_free(c); }
};
struct MdCtxFree {
    void operator()(EVP_MD_CTX* c) const { EVP_MD_CTX_free(c); }
};
struct MdFree {
    void operator()(EVP_MD* m) const { EVP_MD_free(m); }
};

using Bn = std::unique_ptr<BIGNUM, BnFree>;
using BnCtx = std::unique_ptr<BN_CTX, BnCtxFree>;
using PkeyCtx = std::unique_ptr<EVP_PKEY_CTX, PkeyCtxFree>;
using MdCtx = std::unique_ptr<EVP_MD_CTX, MdCtxFree>;
using Md = std::unique_ptr<EVP_MD, MdFree>;

/// A new zero BIGNUM, or a null handle when allocation fails.
Bn newBn();
/// A BIGNUM flagged for OpenSSL's constant-time code paths (blinds, inverses, key parts).
Bn newSecretBn();
BnCtx newBnCtx();
/// Big-endian bytes to a BIGNUM (OS2IP); null on allocation failure.
Bn fromBytes(ByteView bytes);
/// I2OSP: the BIGNUM as exactly `length` big-endian bytes; fails when it does not fit.
Result<Bytes> toBytes(const BIGNUM* value, std::size_t length);

/// SHA-384 or SHA-256 fetched from the default provider (null when unavailable).
Md fetchDigest(const char* name);
/// The digest of `data` under `name`.
Result<Bytes> digest(const char* name, ByteView data);

/// An Error naming `step` and OpenSSL's first queued reason (the queue is cleared).
Error error(std::string_view step, ErrorKind kind = ErrorKind::Unspecified);

} // namespace vigil::tokens::ossl
