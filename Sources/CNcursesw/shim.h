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

static inline void homes_restore_and_reraise(int signal_number) {
    homes_restore_terminal_now();
    /* SA_RESETHAND already put the default action back; make sure, then re-raise.
     * The signal is blocked while this handler runs, so it lands on return. */
    signal(signal_number, SIG_DFL);
    raise(signal_number);
}

/* Installs the handler for one signal; returns 0 on success. */
static inline int homes_install_restore_handler(int signal_number) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = homes_restore_and_reraise;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESETHAND;
    return sigaction(signal_number, &action, NULL);
}

/* Puts one signal back to its default action (after a normal endwin). */
static inline void homes_default_signal(int signal_number) { signal(signal_number, SIG_DFL); }

/* Stops this process as Ctrl-Z would; curses' own SIGTSTP handler restores on `fg`. */
static inline int homes_suspend_self(void) { return kill(getpid(), SIGTSTP); }

#endif
