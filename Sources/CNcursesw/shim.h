#ifndef HOMES_CNCURSESW_SHIM_H
#define HOMES_CNCURSESW_SHIM_H
/* Without these two, get_wch, wint_t and the other wide-character calls are invisible to Swift. */
#ifndef _XOPEN_SOURCE
#define _XOPEN_SOURCE 700
#endif
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#include <locale.h>
#include <wchar.h>
#include <ncursesw/curses.h>

/* Swift 6 refuses C globals and function-like macros: expose them as functions. */
static inline WINDOW *homes_stdscr(void) { return stdscr; }
static inline int homes_lines(void) { return LINES; }
static inline int homes_cols(void) { return COLS; }
static inline int homes_wcwidth(wchar_t c) { return wcwidth(c); }
static inline attr_t homes_a_bold(void) { return A_BOLD; }
static inline attr_t homes_a_reverse(void) { return A_REVERSE; }
static inline attr_t homes_a_underline(void) { return A_UNDERLINE; }
static inline attr_t homes_a_dim(void) { return A_DIM; }
static inline attr_t homes_a_normal(void) { return A_NORMAL; }
static inline int homes_key_f(int n) { return KEY_F(n); }

#endif
