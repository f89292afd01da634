#ifndef HOMES_CFAULTGUARD_H
#define HOMES_CFAULTGUARD_H
#include <stddef.h>

/* Surviving a snapshot file cut short while it is mapped.
 *
 * The loader maps snapshot files instead of copying them. If another program
 * truncates a file while it is being read, touching a page past the new end raises
 * SIGBUS, which would end the process. Mapped ranges are registered here; a SIGBUS
 * inside one is answered by mapping a page of zeros over the faulting page, so the
 * read goes on (the parser meets NUL bytes and stops with a syntax error) and the
 * loader, seeing the range marked as faulted, reports that the file changed while it
 * was being read. A SIGBUS anywhere else goes to whoever handled it before (the Swift
 * runtime's crash reporter, or the default action). Written in C: a signal handler
 * needs siginfo's faulting address and may only make async-signal-safe calls. */

/* Installs the handler once; 0 on success. */
int homes_guard_install(void);

/* Registers [start, start + length) as a mapped file; returns a slot, or -1 when all
 * slots are taken (the range is then simply not guarded). */
int homes_guard_register(const void *start, size_t length);

/* Whether a fault was answered inside the slot's range since it was registered. */
int homes_guard_faulted(int slot);

/* Forgets the slot (before the range is unmapped). */
void homes_guard_unregister(int slot);

/* The same module also removes a temporary file when the process is interrupted. */
#include "CTemporaryFileGuard.h"

#endif
