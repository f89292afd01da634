#ifndef HOMES_CNCURSESW_SHIM_H
#define HOMES_CNCURSESW_SHIM_H
/* Same feature set as Swift's Glibc module (which is built with _DEFAULT_SOURCE), so the
 * system structs seen through both modules agree. */
#ifndef _DEFAULT_SOURCE
#define _DEFAULT_SOURCE 1
#endif
/* Without these two, get_wch, wint_t and the other wide-character calls are invisible to Swift. */
#ifndef _XOPEN_SOURCE
#define _XOPEN_SOURCE 700
#endif
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#include <locale.h>
#include <wchar.h>
#include <stdio.h>
#include <string.h>
#include <signal.h>
#include <unistd.h>
#include <termios.h>
#include <pthread.h>
#include <ncursesw/curses.h>
#include <ncursesw/term.h>

/* Swift 6 refuses C globals and function-like macros: expose them as functions. */
static inline WINDOW *homes_stdscr(void) { return stdscr; }
static inline WINDOW *homes_curscr(void) { return curscr; }
static inline int homes_lines(void) { return LINES; }
static inline int homes_cols(void) { return COLS; }
static inline int homes_colors(void) { return COLORS; }
static inline FILE *homes_stdin(void) { return stdin; }
static inline FILE *homes_stdout(void) { return stdout; }
static inline int homes_wcwidth(wchar_t c) { return wcwidth(c); }
static inline attr_t homes_a_bold(void) { return A_BOLD; }
static inline attr_t homes_a_reverse(void) { return A_REVERSE; }
static inline attr_t homes_a_underline(void) { return A_UNDERLINE; }
static inline attr_t homes_a_dim(void) { return A_DIM; }
static inline attr_t homes_a_normal(void) { return A_NORMAL; }
static inline int homes_key_f(int n) { return KEY_F(n); }
/* The mouse: the left button's press and the wheel (buttons 4 and 5) are all we ask for. */
static inline mmask_t homes_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t homes_button4_pressed(void) { return BUTTON4_PRESSED; }
static inline mmask_t homes_button5_pressed(void) { return BUTTON5_PRESSED; }

/* Restoring the terminal from a signal handler.
 *
 * A crash (or SIGINT/SIGTERM/SIGHUP) can arrive while the terminal is in the alternate
 * screen with the cursor hidden and echo off. Only async-signal-safe calls are allowed
 * there, so the handler is C: it writes bytes prepared in advance (the terminal's own
 * "leave keypad mode / leave alternate screen / show cursor / reset attributes"), puts
 * back the termios saved before curses started, and re-raises the signal with its
 * default action so the exit status still tells what happened.
 *
 * The storage lives in static functions' locals: this header is only compiled into the
 * one module that imports it (HomesTerminal), so there is exactly one copy. */
static inline char *homes_restore_bytes(void) { static char bytes[256]; return bytes; }
static inline size_t *homes_restore_length(void) { static size_t length; return &length; }
static inline struct termios *homes_saved_termios(void) { static struct termios saved; return &saved; }
static inline int *homes_termios_saved(void) { static int saved; return &saved; }
static inline int *homes_restore_fd(void) { static int fd = 1; return &fd; }

/* Saves the terminal's modes as they are before curses changes them. */
static inline int homes_save_termios(int fd) {
    *homes_restore_fd() = fd;
    if (tcgetattr(fd, homes_saved_termios()) != 0) return -1;
    *homes_termios_saved() = 1;
    return 0;
}

/* Sets the bytes the handler writes; longer sequences are cut at the buffer's size. */
static inline void homes_set_restore_bytes(const char *bytes, size_t length) {
    if (length > 255) length = 255;
    memcpy(homes_restore_bytes(), bytes, length);
    *homes_restore_length() = length;
}

/* Undoes what curses did to the terminal, with async-signal-safe calls only. */
static inline void homes_restore_terminal_now(void) {
    int fd = *homes_restore_fd();
    size_t length = *homes_restore_length();
    const char *bytes = homes_restore_bytes();
    while (length > 0) {
        ssize_t written = write(fd, bytes, length);
        if (written <= 0) break;
        bytes += written;
        length -= (size_t)written;
    }
    if (*homes_termios_saved()) tcsetattr(fd, TCSAFLUSH, homes_saved_termios());
}

/* What each signal did before ours (the Swift runtime's crash backtracer, usually). */
static inline struct sigaction *homes_previous_action(int signal_number) {
    static struct sigaction previous[65];
    return &previous[(signal_number > 0 && signal_number < 65) ? signal_number : 0];
}

static inline void homes_restore_and_reraise(int signal_number, siginfo_t *info, void *context) {
    homes_restore_terminal_now();
    /* Let whoever had the signal before speak first (for a crash, the Swift runtime
     * prints its backtrace, now on a usable terminal), then end the process with the
     * default action: the signal is blocked while this handler runs, so the re-raise
     * lands as it returns, and a real fault would happen again anyway. */
    struct sigaction *previous = homes_previous_action(signal_number);
    if (previous->sa_flags & SA_SIGINFO) {
        if (previous->sa_sigaction) previous->sa_sigaction(signal_number, info, context);
    } else if (previous->sa_handler != SIG_DFL && previous->sa_handler != SIG_IGN) {
        previous->sa_handler(signal_number);
    }
    signal(signal_number, SIG_DFL);
    raise(signal_number);
}

/* Installs the handler for one signal, remembering the one it replaces; 0 on success.
 * SA_ONSTACK: on a stack overflow, run on the alternate stack the runtime set up. */
static inline int homes_install_restore_handler(int signal_number) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_sigaction = homes_restore_and_reraise;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_SIGINFO | SA_ONSTACK;
    return sigaction(signal_number, &action, homes_previous_action(signal_number));
}

/* Puts back what a signal did before homes_install_restore_handler (after endwin). */
static inline void homes_uninstall_restore_handler(int signal_number) {
    sigaction(signal_number, homes_previous_action(signal_number), NULL);
}

/* Resizes and Ctrl-Z, on the thread that reads keys.
 *
 * `homes` has an async entry point: its main thread sits in sigsuspend and commands run
 * on a worker thread that starts with most signals blocked. The kernel then hands a
 * process-wide signal to the main thread, so curses' handlers ran there: a resize only
 * set a flag while the worker stayed blocked in read() (the resize showed at the next
 * key press), and Ctrl-Z ran curses' endwin on one thread while the other was drawing.
 *
 * So, on the thread that reads keys (the "reader"):
 * - SIGWINCH keeps curses' handler (it records the new size) through a forwarder that,
 *   on any other thread, passes the signal on to the reader, whose read() it interrupts
 *   (no SA_RESTART): get_wch then returns KEY_RESIZE.
 * - SIGTSTP only records the request and interrupts the reader the same way; the reader
 *   then restores the terminal, stops, and redraws on `fg`, in order, on its own thread. */
static inline pthread_t *homes_reader_thread(void) { static pthread_t thread; return &thread; }
static inline struct sigaction *homes_curses_winch(void) { static struct sigaction action; return &action; }
static inline volatile sig_atomic_t *homes_stop_flag(void) { static volatile sig_atomic_t flag; return &flag; }

static inline int homes_on_reader(int signal_number) {
    if (pthread_equal(pthread_self(), *homes_reader_thread())) return 1;
    pthread_kill(*homes_reader_thread(), signal_number);
    return 0;
}

static inline void homes_forward_winch(int signal_number) {
    if (!homes_on_reader(signal_number)) return;
    struct sigaction *curses = homes_curses_winch();
    if (!(curses->sa_flags & SA_SIGINFO) && curses->sa_handler != SIG_DFL && curses->sa_handler != SIG_IGN)
        curses->sa_handler(signal_number);
}

static inline void homes_note_stop(int signal_number) {
    *homes_stop_flag() = 1;
    (void)homes_on_reader(signal_number);
}

/* Takes (and clears) a pending Ctrl-Z. */
static inline int homes_take_stop_request(void) {
    if (!*homes_stop_flag()) return 0;
    *homes_stop_flag() = 0;
    return 1;
}

static inline int homes_install_interrupting(int signal_number, void (*handler)(int)) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0;
    return sigaction(signal_number, &action, NULL);
}

/* Call on the thread that reads keys, after curses started (it installs its SIGWINCH
 * handler then). Returns 0 on success. */
static inline int homes_handle_resize_and_stop_here(void) {
    *homes_reader_thread() = pthread_self();
    sigset_t wanted;
    sigemptyset(&wanted);
    sigaddset(&wanted, SIGWINCH);
    sigaddset(&wanted, SIGTSTP);
    sigaddset(&wanted, SIGCONT);
    pthread_sigmask(SIG_UNBLOCK, &wanted, NULL);
    struct sigaction current;
    int result = 0;
    if (sigaction(SIGWINCH, NULL, &current) == 0 && current.sa_handler != homes_forward_winch) {
        *homes_curses_winch() = current;
        result |= homes_install_interrupting(SIGWINCH, homes_forward_winch);
    }
    /* Without job control the shell ignores SIGTSTP for us: leave it ignored. */
    if (sigaction(SIGTSTP, NULL, &current) == 0 && current.sa_handler != SIG_IGN)
        result |= homes_install_interrupting(SIGTSTP, homes_note_stop);
    return result;
}

/* Stops this process as Ctrl-Z would (the shell reports it as stopped), and returns once
 * it is continued (`fg`). Call after endwin; the next refresh restores curses' modes.
 * The default action is put in place only for the moment of stopping. */
static inline int homes_stop_self(void) {
    struct sigaction default_action, previous;
    memset(&default_action, 0, sizeof default_action);
    default_action.sa_handler = SIG_DFL;
    sigemptyset(&default_action.sa_mask);
    sigaction(SIGTSTP, &default_action, &previous);
    sigset_t tstp, previous_mask;
    sigemptyset(&tstp);
    sigaddset(&tstp, SIGTSTP);
    sigprocmask(SIG_UNBLOCK, &tstp, &previous_mask);
    int result = raise(SIGTSTP);  /* this thread's signal: stops here, returns on SIGCONT */
    sigprocmask(SIG_SETMASK, &previous_mask, NULL);
    sigaction(SIGTSTP, &previous, NULL);
    return result;
}

/* After endwin: Ctrl-Z stops the process again by itself, and a resize is curses' alone. */
static inline void homes_release_resize_and_stop(void) {
    struct sigaction current;
    if (sigaction(SIGTSTP, NULL, &current) == 0 && current.sa_handler == homes_note_stop) signal(SIGTSTP, SIG_DFL);
    if (sigaction(SIGWINCH, NULL, &current) == 0 && current.sa_handler == homes_forward_winch)
        sigaction(SIGWINCH, homes_curses_winch(), NULL);
}

#endif
