#ifndef RISKREG_CLIBCRYPTO_SHIM_H
#define RISKREG_CLIBCRYPTO_SHIM_H
/* OpenSSL's libcrypto (Debian and Ubuntu libssl-dev), for SHA-256 content digests: the system's
   library instead of compiling swift-crypto, which was 434 of 993 steps of a clean build. */
#include <openssl/sha.h>

#endif
