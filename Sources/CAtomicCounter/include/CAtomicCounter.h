#ifndef HOMES_ATOMIC_COUNTER_H
#define HOMES_ATOMIC_COUNTER_H
#include <stdint.h>

/* A counter the loader's threads add to and the progress line reads, without locks:
   relaxed atomics, because the figure only needs to be roughly current, never ordered
   with anything else. (Swift's own Atomic needs macOS 15; this builds everywhere.) */
static inline void homes_counter_add(int64_t *counter, int64_t n) {
    __atomic_fetch_add(counter, n, __ATOMIC_RELAXED);
}

static inline void homes_counter_store(int64_t *counter, int64_t n) {
    __atomic_store_n(counter, n, __ATOMIC_RELAXED);
}

static inline int64_t homes_counter_load(const int64_t *counter) {
    return __atomic_load_n(counter, __ATOMIC_RELAXED);
}

#endif
