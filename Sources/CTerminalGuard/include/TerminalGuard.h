#ifndef RISKREG_TERMINAL_GUARD_H
#define RISKREG_TERMINAL_GUARD_H

/* Signal handling for the full-screen browser, in one C file so that the flags it sets exist
   once in the process (a static in a header exists once per object file that includes it).

   Requests to stop (every signal whose default action terminates: SIGTERM, SIGHUP, SIGINT,
   SIGQUIT, SIGUSR1, SIGUSR2, SIGALRM, SIGVTALRM, SIGPROF, SIGPWR, SIGSTKFLT) and Ctrl-Z (SIGTSTP)
   are noted for the event loop, which keeps unsaved work and restores the terminal. Fatal signals
   (SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP, SIGSYS, SIGXCPU, SIGXFSZ) restore the
   terminal's settings as they were before curses started, with tcsetattr and write(2), print one
   line saying where unsaved work was kept, and end the process with the signal, so the Swift
   backtracer never holds the user at a prompt. SIGPIPE is ignored. */

/** Call before curses starts: remembers the terminal's settings as they are now, so that a crash
    gives back the settings the shell had (echo, line editing), and takes Ctrl-Z (SIGTSTP) before
    ncurses can: ncurses then leaves it alone, instead of ignoring it around every screen update
    (a Ctrl-Z typed during an update would be lost). */
void rr_guard_prepare(int input_fd);

/** Remembers the bytes that give the terminal back (leave the alternate screen, show the cursor,
    bracketed paste and mouse off) and the line printed after a crash; then installs the handlers.
    Call once the terminal is set up, after `rr_guard_prepare` (without it, the settings are
    taken now). `fatal` = 0 leaves the fatal signals to the Swift runtime (for developers who want a
    backtrace). */
void rr_guard_install(int input_fd, const char *reset_bytes, const char *crash_line, int fatal);

/** Updates the line printed after a crash (e.g. once recovery files exist). */
void rr_guard_set_crash_line(const char *crash_line);

/** The stop request received since the last call (a signal number), or 0. */
int rr_guard_take_stop(void);

/** 1 when Ctrl-Z (SIGTSTP) arrived since the last call, else 0. */
int rr_guard_take_suspend(void);

/** Stops the process as Ctrl-Z would (the caller restores the terminal first); returns once
    the shell continues it (`fg`). */
void rr_guard_suspend_now(void);

/** Puts back the default action of every signal the guard handles. */
void rr_guard_uninstall(void);

/** Blocks, in the calling thread, the signals the guard notes (stop requests, Ctrl-Z) and resizes,
    so that they are delivered to the thread reading the keyboard; for background threads.
    Returns 0, or -1. */
int rr_guard_leave_signals_to_others(void);

/** Lowers the calling thread's scheduling priority (nice 10), so that background work never
    delays the thread reading the keyboard; returns 0, or -1 with errno set. */
int rr_lower_thread_priority(void);

#endif
