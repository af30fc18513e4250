// SPDX-License-Identifier: EUPL-1.2
// vigil_core must not see OpenSSL (only vigil_tokens and vigil_net do).
#include <openssl/evp.h>
