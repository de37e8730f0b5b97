// Umbrella for the system ICU headers. Included by the C++ shim only; Swift never imports CICU.
#include <unicode/utypes.h>
