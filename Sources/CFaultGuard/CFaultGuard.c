#define _GNU_SOURCE
#include "CFaultGuard.h"
#include <signal.h>
#include <stdatomic.h>
#include <stdint.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#define SLOTS 64

static _Atomic uintptr_t slot_start[SLOTS];
static _Atomic size_t slot_length[SLOTS];
static _Atomic int slot_faulted[SLOTS];
static _Atomic int slot_used[SLOTS];
static struct sigaction previous;
static uintptr_t page_size = 4096;
static _Atomic int installed;

static void on_bus_error(int signal_number, siginfo_t *info, void *context) {
    uintptr_t address = (uintptr_t)info->si_addr;
    for (int i = 0; i < SLOTS; i++) {
        if (!atomic_load(&slot_used[i])) continue;
        uintptr_t start = atomic_load(&slot_start[i]);
        size_t length = atomic_load(&slot_length[i]);
        if (address < start || address - start >= length) continue;
        void *page = (void *)(address & ~(page_size - 1));
        if (mmap(page, page_size, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0) != MAP_FAILED) {
            atomic_store(&slot_faulted[i], 1);
            return; /* the read is retried and finds zeros */
        }
        break;
    }
    /* Not a mapped snapshot: whatever handled SIGBUS before decides. */
    if (previous.sa_flags & SA_SIGINFO) {
        if (previous.sa_sigaction) { previous.sa_sigaction(signal_number, info, context); return; }
    } else if (previous.sa_handler != SIG_DFL && previous.sa_handler != SIG_IGN) {
        previous.sa_handler(signal_number);
        return;
    }
    signal(signal_number, SIG_DFL);
    raise(signal_number);
}

int homes_guard_install(void) {
    int expected = 0;
    if (!atomic_compare_exchange_strong(&installed, &expected, 1)) return 0;
    long size = sysconf(_SC_PAGESIZE);
    if (size > 0) page_size = (uintptr_t)size;
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_sigaction = on_bus_error;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_SIGINFO | SA_ONSTACK;
    if (sigaction(SIGBUS, &action, &previous) != 0) {
        atomic_store(&installed, 0);
        return -1;
    }
    return 0;
}

int homes_guard_register(const void *start, size_t length) {
    for (int i = 0; i < SLOTS; i++) {
        int expected = 0;
        if (!atomic_compare_exchange_strong(&slot_used[i], &expected, 2)) continue;
        atomic_store(&slot_start[i], (uintptr_t)start);
        atomic_store(&slot_length[i], length);
        atomic_store(&slot_faulted[i], 0);
        atomic_store(&slot_used[i], 1);
        return i;
    }
    return -1;
}

int homes_guard_faulted(int slot) {
    return slot >= 0 && slot < SLOTS ? atomic_load(&slot_faulted[slot]) : 0;
}

void homes_guard_unregister(int slot) {
    if (slot >= 0 && slot < SLOTS) atomic_store(&slot_used[slot], 0);
}
