// SPDX-License-Identifier: EUPL-1.2
#include "emsapss.h"

#include "ossl.h"

#include <string>

namespace vigil::tokens {

Result<Bytes> mgf1Sha384(ByteView seed, std::size_t length)
{
    Bytes mask;
    mask.reserve(length + kSha384Length);
    for (std::uint32_t counter = 0; mask.size() < length; ++counter) {
        ByteWriter block;
        block.bytes(seed);
        block.u32(counter);
        auto h = ossl::digest("SHA384", block.data());
        if (!h)
            return h.error();
        mask.insert(mask.end(), h->begin(), h->end());
    }
    mask.resize(length);
    return mask;
}

Result<Bytes> emsaPssEncodeSha384(ByteView message, ByteView salt, unsigned modulusBits)
{
    // RFC 8017 §9.1.1 with emBits = modBits - 1 (as RSASSA-PSS-SIGN calls it, §8.1.1).
    const std::size_t emBits = modulusBits - 1;
    const std::size_t emLen = (emBits + 7) / 8;
    auto mHash = ossl::digest("SHA384", message); // step 2
    if (!mHash)
        return mHash.error();
    if (emLen < kSha384Length + salt.size() + 2) // step 3
        return Error{"PSS encoding: modulus of " + std::to_string(modulusBits) + " bits too small for the salt",
                     ErrorKind::Invalid};
    ByteWriter mPrime; // step 5: (0x)00 00 00 00 00 00 00 00 || mHash || salt
    for (int i = 0; i < 8; ++i)
        mPrime.u8(0);
    mPrime.bytes(*mHash);
    mPrime.bytes(salt);
    auto h = ossl::digest("SHA384", mPrime.data()); // step 6
    if (!h)
        return h.error();
    const std::size_t dbLen = emLen - kSha384Length - 1;
    Bytes db(dbLen - salt.size() - 1, 0); // steps 7-8: DB = PS || 0x01 || salt
    db.push_back(0x01);
    db.insert(db.end(), salt.begin(), salt.end());
    auto dbMask = mgf1Sha384(*h, dbLen); // step 9
    if (!dbMask)
        return dbMask.error();
    for (std::size_t i = 0; i < dbLen; ++i) // step 10
        db[i] ^= (*dbMask)[i];
    const std::size_t clearBits = 8 * emLen - emBits; // step 11
    db[0] &= static_cast<std::uint8_t>(0xff >> clearBits);
    db.insert(db.end(), h->begin(), h->end()); // step 12: EM = maskedDB || H || 0xbc
    db.push_back(0xbc);
    return db;
}

} // namespace vigil::tokens
