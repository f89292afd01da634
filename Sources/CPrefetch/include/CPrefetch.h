#ifndef HOMES_CPREFETCH_H
#define HOMES_CPREFETCH_H

/// Asks the CPU to start fetching the cache line at `address`, without waiting for
/// it. Swift has no prefetch of its own; the loader's hash tables of millions of
/// children miss the cache on nearly every look-up, and issuing the fetch a record
/// ahead hides most of that wait. A hint only: it never faults and changes nothing.
static inline void homes_prefetch(const void *address) {
    __builtin_prefetch(address, 0, 3);
}

#endif
