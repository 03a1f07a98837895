#include "TerminalGuard.h"

#include <pthread.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

static volatile sig_atomic_t pending_stop = 0;
static volatile sig_atomic_t pending_suspend = 0;
static int guarded_fd = -1;
static int have_settings = 0;
static struct termios original_settings;
static char reset_sequence[256];
static size_t reset_length = 0;
static char crash_message[1024];
static volatile size_t crash_length = 0;

/* Every signal whose default action ends the process: those that terminate are noted as a
   request to stop; those that dump core (and SIGSYS, SIGXCPU, SIGXFSZ) restore the terminal first. */
static const int stop_signals[] = {SIGTERM, SIGHUP, SIGINT, SIGQUIT, SIGUSR1, SIGUSR2, SIGALRM, SIGVTALRM, SIGPROF,
                                   SIGPWR,
#ifdef SIGSTKFLT
                                   SIGSTKFLT,
#endif
                                  };
static const int fatal_signals[] = {SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP, SIGSYS, SIGXCPU, SIGXFSZ};
#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

static void write_all(int fd, const char *bytes, size_t length) {
    while (length > 0) {
        ssize_t written = write(fd, bytes, length);
        if (written <= 0) return;
        bytes += written;
        length -= (size_t)written;
    }
}

static void note_stop(int number) { pending_stop = number; }
static void note_suspend(int number) { (void)number; pending_suspend = 1; }

static void on_fatal(int number) {
    if (have_settings) tcsetattr(guarded_fd, TCSANOW, &original_settings);
    write_all(STDOUT_FILENO, reset_sequence, reset_length);
    write_all(STDERR_FILENO, crash_message, crash_length);
    signal(number, SIG_DFL);
    raise(number);
}

static void copy_text(char *target, size_t capacity, const char *text, size_t *length) {
    size_t n = text ? strlen(text) : 0;
    if (n >= capacity) n = capacity - 1;
    if (n > 0) memcpy(target, text, n);
    target[n] = 0;
    *length = n;
}

void rr_guard_set_crash_line(const char *crash_line) {
    size_t length = 0;
    crash_length = 0;
    copy_text(crash_message, sizeof crash_message, crash_line, &length);
    crash_length = length;
}

static void note_suspends(void) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0;
    action.sa_handler = note_suspend;
    sigaction(SIGTSTP, &action, NULL);
}

void rr_guard_prepare(int input_fd) {
    guarded_fd = input_fd;
    have_settings = tcgetattr(input_fd, &original_settings) == 0;
    /* ncurses installs a SIGTSTP handler of its own when it finds the default one at start, and
       then sets SIGTSTP to SIG_IGN around every screen update: a Ctrl-Z typed during an update is
       lost. Finding a handler already there, it leaves SIGTSTP alone. */
    note_suspends();
}

void rr_guard_install(int input_fd, const char *reset_bytes, const char *crash_line, int fatal) {
    if (guarded_fd != input_fd) rr_guard_prepare(input_fd);
    copy_text(reset_sequence, sizeof reset_sequence, reset_bytes, &reset_length);
    rr_guard_set_crash_line(crash_line);

    struct sigaction action;
    memset(&action, 0, sizeof action);
    sigemptyset(&action.sa_mask);
    /* No SA_RESTART: a blocked read returns, so the loop sees the request at once. */
    action.sa_flags = 0;
    action.sa_handler = note_stop;
    for (size_t i = 0; i < COUNT(stop_signals); i++) sigaction(stop_signals[i], &action, NULL);
    action.sa_handler = note_suspend;
    sigaction(SIGTSTP, &action, NULL);
    action.sa_handler = SIG_IGN;
    sigaction(SIGPIPE, &action, NULL);
    if (fatal) {
        action.sa_handler = on_fatal;
        action.sa_flags = SA_RESETHAND | SA_NODEFER;
        for (size_t i = 0; i < COUNT(fatal_signals); i++) sigaction(fatal_signals[i], &action, NULL);
    }
}

int rr_guard_take_stop(void) {
    int number = pending_stop;
    pending_stop = 0;
    return number;
}

int rr_guard_take_suspend(void) {
    int value = pending_suspend;
    pending_suspend = 0;
    return value;
}

void rr_guard_suspend_now(void) {
    struct sigaction action, previous;
    memset(&action, 0, sizeof action);
    sigemptyset(&action.sa_mask);
    action.sa_handler = SIG_DFL;
    sigaction(SIGTSTP, &action, &previous);
    sigset_t unblock;
    sigemptyset(&unblock);
    sigaddset(&unblock, SIGTSTP);
    sigprocmask(SIG_UNBLOCK, &unblock, NULL);
    raise(SIGTSTP);
    /* Continued by the shell: handle Ctrl-Z again. */
    sigaction(SIGTSTP, &previous, NULL);
}

void rr_guard_uninstall(void) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    sigemptyset(&action.sa_mask);
    action.sa_handler = SIG_DFL;
    for (size_t i = 0; i < COUNT(stop_signals); i++) sigaction(stop_signals[i], &action, NULL);
    for (size_t i = 0; i < COUNT(fatal_signals); i++) sigaction(fatal_signals[i], &action, NULL);
    sigaction(SIGTSTP, &action, NULL);
}

int rr_guard_leave_signals_to_others(void) {
    /* Stop requests, Ctrl-Z and resizes go to a thread that does not block them: the one reading
       the keyboard, whose wait they then interrupt at once. */
    sigset_t set;
    sigemptyset(&set);
    for (size_t i = 0; i < COUNT(stop_signals); i++) sigaddset(&set, stop_signals[i]);
    sigaddset(&set, SIGTSTP);
    sigaddset(&set, SIGWINCH);
    sigaddset(&set, SIGCONT);
    return pthread_sigmask(SIG_BLOCK, &set, NULL) == 0 ? 0 : -1;
}

int rr_lower_thread_priority(void) {
    /* On Linux a nice value belongs to a thread, named by its kernel id. */
    return setpriority(PRIO_PROCESS, (id_t)syscall(SYS_gettid), 10);
}
