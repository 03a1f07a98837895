#ifndef RISKREG_CNCURSESW_SHIM_H
#define RISKREG_CNCURSESW_SHIM_H
#define _XOPEN_SOURCE_EXTENDED 1
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <langinfo.h>
#include <signal.h>
#include <stdio.h>
#include <unistd.h>
#include <wchar.h>
#include <ncursesw/curses.h>

int wcwidth(wchar_t c);

/* Macros Swift cannot see, as functions. */
static inline attr_t rr_a_bold(void) { return A_BOLD; }
static inline attr_t rr_a_reverse(void) { return A_REVERSE; }
static inline attr_t rr_a_underline(void) { return A_UNDERLINE; }
static inline attr_t rr_a_dim(void) { return A_DIM; }
static inline attr_t rr_a_normal(void) { return A_NORMAL; }
static inline attr_t rr_color_pair(int n) { return COLOR_PAIR(n); }
static inline FILE *rr_stdin(void) { return stdin; }
static inline FILE *rr_stdout(void) { return stdout; }
static inline WINDOW *rr_stdscr(void) { return stdscr; }
static inline const char *rr_codeset(void) { return nl_langinfo(CODESET); }
static inline int rr_lines(void) { return LINES; }
static inline int rr_cols(void) { return COLS; }
static inline int rr_colors(void) { return COLORS; }
static inline mmask_t rr_mouse_mask(void) {
    return BUTTON1_PRESSED | BUTTON1_CLICKED | BUTTON4_PRESSED | BUTTON5_PRESSED;
}
/* True when the terminal has a capability string (tigetstr answers NULL for an absent one and
   (char *)-1 for a name that is not a string capability). */
static inline int rr_has_string_capability(const char *name) {
    const char *value = tigetstr(name);
    return value != NULL && value != (const char *)-1 && value[0] != '\0';
}
/* Clears the screen and homes the cursor with the terminal's own `clear` string, after endwin:
   for terminals without an alternate screen (vt100), whose last frame would otherwise stay. */
static inline void rr_clear_screen_now(void) {
    const char *clear = tigetstr("clear");
    if (clear != NULL && clear != (const char *)-1) {
        putp(clear);
        fflush(stdout);
    }
}
static inline int rr_is_click(mmask_t state) { return (state & (BUTTON1_PRESSED | BUTTON1_CLICKED)) != 0; }
static inline int rr_is_wheel_up(mmask_t state) { return (state & BUTTON4_PRESSED) != 0; }
static inline int rr_is_wheel_down(mmask_t state) { return (state & BUTTON5_PRESSED) != 0; }

#endif
