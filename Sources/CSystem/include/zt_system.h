#ifndef ZT_SYSTEM_H
#define ZT_SYSTEM_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Caps the C allocator's arenas at `count` (glibc's `mallopt(M_ARENA_MAX, count)`); does nothing
/// where the allocator has no such setting. Returns 1 when the cap was set, 0 otherwise.
///
/// glibc gives a thread that finds the other arenas busy an arena of its own and keeps what is
/// freed in each; a long stream cleaned on a pool's changing threads then holds more memory
/// than its pieces need.
int32_t zt_limit_malloc_arenas(int32_t count);

#ifdef __cplusplus
}
#endif

#endif
