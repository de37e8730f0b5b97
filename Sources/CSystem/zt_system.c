// Process-level settings Swift cannot reach through Glibc's module map (malloc.h is not in it).
#include "zt_system.h"

#if defined(__GLIBC__)
#include <malloc.h>
#endif

int32_t zt_limit_malloc_arenas(int32_t count) {
#if defined(__GLIBC__) && defined(M_ARENA_MAX)
    return mallopt(M_ARENA_MAX, count) == 1 ? 1 : 0;
#else
    (void)count;
    return 0;
#endif
}
