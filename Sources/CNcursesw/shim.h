#ifndef RISKREG_CNCURSESW_SHIM_H
#define RISKREG_CNCURSESW_SHIM_H
#define _XOPEN_SOURCE_EXTENDED 1
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <wchar.h>
#include <ncursesw/curses.h>

int wcwidth(wchar_t c);

static inline int rr_lines(void) { return LINES; }
static inline int rr_cols(void) { return COLS; }
static inline attr_t rr_a_bold(void) { return A_BOLD; }
static inline attr_t rr_a_reverse(void) { return A_REVERSE; }
static inline attr_t rr_a_underline(void) { return A_UNDERLINE; }
static inline attr_t rr_a_dim(void) { return A_DIM; }
static inline attr_t rr_a_normal(void) { return A_NORMAL; }
static inline attr_t rr_color_pair(int n) { return COLOR_PAIR(n); }
static inline int rr_key_resize(void) { return KEY_RESIZE; }
static inline int rr_key_mouse(void) { return KEY_MOUSE; }
#endif
