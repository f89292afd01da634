#include "CTemporaryFileGuard.h"

#include <signal.h>
#include <string.h>
#include <unistd.h>

static char guarded_path[4096];
static volatile sig_atomic_t guarding = 0;
static const int guarded_signals[] = {SIGINT, SIGTERM, SIGHUP};
#define GUARDED_COUNT (sizeof guarded_signals / sizeof guarded_signals[0])
static struct sigaction previous[GUARDED_COUNT];
static int replaced[GUARDED_COUNT];

static void remove_and_reraise(int signo) {
    if (guarding) {
        guarding = 0;
        unlink(guarded_path);
    }
    /* Whatever handled the signal before (the browser's terminal restore, or the
     * default action) now gets it, as if this handler had never been there. */
    for (size_t i = 0; i < GUARDED_COUNT; i++) {
        if (guarded_signals[i] == signo) sigaction(signo, &previous[i], NULL);
    }
    raise(signo);
}

int homes_temporary_file_guard(const char *path) {
    size_t n = strlen(path);
    if (n >= sizeof guarded_path) return -1;
    memcpy(guarded_path, path, n + 1);
    guarding = 1;
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = remove_and_reraise;
    sigemptyset(&action.sa_mask);
    for (size_t i = 0; i < GUARDED_COUNT; i++) {
        replaced[i] = 0;
        if (sigaction(guarded_signals[i], NULL, &previous[i]) != 0) return -1;
        /* An ignored signal (nohup) stays ignored: the write goes on and finishes. */
        if (previous[i].sa_handler == SIG_IGN) continue;
        if (sigaction(guarded_signals[i], &action, NULL) != 0) return -1;
        replaced[i] = 1;
    }
    return 0;
}

void homes_temporary_file_release(void) {
    guarding = 0;
    for (size_t i = 0; i < GUARDED_COUNT; i++) {
        if (replaced[i]) sigaction(guarded_signals[i], &previous[i], NULL);
        replaced[i] = 0;
    }
}
