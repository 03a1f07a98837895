#ifndef RISKREG_CXLSXWRITER_SHIM_H
#define RISKREG_CXLSXWRITER_SHIM_H
/* libxlsxwriter (Debian libxlsxwriter-dev), the C writer of the XLSX export (docs/exports.md). */
#include <xlsxwriter.h>

/* Enum constants as the uint8_t the format functions take. */
static inline uint8_t rr_pattern_solid(void) { return LXW_PATTERN_SOLID; }
static inline uint8_t rr_border_thin(void) { return LXW_BORDER_THIN; }
static inline uint8_t rr_align_center(void) { return LXW_ALIGN_CENTER; }
static inline uint8_t rr_align_vertical_center(void) { return LXW_ALIGN_VERTICAL_CENTER; }
static inline uint8_t rr_align_vertical_top(void) { return LXW_ALIGN_VERTICAL_TOP; }

#endif
