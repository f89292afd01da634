#ifndef HOMES_CTEMPORARYFILEGUARD_H
#define HOMES_CTEMPORARYFILEGUARD_H

/* Removing a half-written temporary file when the process is interrupted.
 *
 * Files are written to a temporary name beside their destination and renamed over
 * it (AtomicFile.swift). Ctrl-C, a closed terminal (SIGHUP) or a kill (SIGTERM)
 * during the write would leave the temporary file behind; while one is registered
 * here those signals unlink it and then end the process the way the signal would
 * have (the default action, re-raised). In C: a handler may only make
 * async-signal-safe calls (unlink, sigaction, raise), on a path copied in advance. */

/* Registers the path to remove (copied; at most 4095 bytes) and installs the
 * handlers, remembering the ones they replace; 0 on success. */
int homes_temporary_file_guard(const char *path);

/* Forgets the path and puts the previous handlers back. */
void homes_temporary_file_release(void);

#endif
