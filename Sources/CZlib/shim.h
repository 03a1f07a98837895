#ifndef RISKREG_CZLIB_SHIM_H
#define RISKREG_CZLIB_SHIM_H
/* zlib (Debian and Ubuntu zlib1g-dev): inflating the deflated parts of XLSX workbooks. */
#include <zlib.h>

/* inflateInit2 is a macro; raw deflate (no zlib header), as zip archives store it. */
static inline int rr_inflate_init_raw(z_stream *stream) {
    return inflateInit2(stream, -MAX_WBITS);
}

#endif
