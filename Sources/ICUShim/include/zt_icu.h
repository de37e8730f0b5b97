// zt_icu.h: a small, ICU-free C API over the system ICU.
//
// Swift code imports this header only. It uses <stdint.h> types and opaque handles, so no ICU
// declaration ever reaches Swift (Foundation carries a private ICU whose headers would clash).
// All text crosses this boundary as UTF-8 bytes; all offsets are UTF-8 byte offsets.
#ifndef ZT_ICU_H
#define ZT_ICU_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Writes ICU's version ("72.1") into `buffer` (NUL-terminated, at most `capacity` bytes).
void zt_icu_version(char *buffer, int32_t capacity);

/// 1 when ICU assigns `codePoint` the Script property Han, else 0.
int32_t zt_is_han(uint32_t codePoint);

/// Fills `bitmap` (8192 bytes, one bit per BMP code point, LSB first) with the Han-script set,
/// so callers can test membership with a table lookup instead of one call per character.
void zt_han_bitmap_bmp(uint8_t *bitmap);

/// A word-break iterator using ICU's dictionary for Chinese. Not thread-safe: one per thread.
typedef struct zt_wordbreaker zt_wordbreaker;

/// Opens a word-break iterator for `locale` (e.g. "zh"). Returns NULL and sets `*status` to a
/// non-zero ICU error code on failure.
zt_wordbreaker *zt_wordbreaker_open(const char *locale, int32_t *status);
void zt_wordbreaker_close(zt_wordbreaker *breaker);

/// Whether `offset` in the UTF-8 `text` falls on a word boundary: 1 yes, 0 no, negative on error.
int32_t zt_wordbreaker_is_boundary(zt_wordbreaker *breaker, const uint8_t *text, int32_t length,
                                   int32_t offset);

/// Writes the word boundaries of `text` (UTF-8 byte offsets, ascending, including 0 and `length`)
/// into `out`; returns how many there are (which may exceed `capacity`) or a negative error.
int32_t zt_wordbreaker_boundaries(zt_wordbreaker *breaker, const uint8_t *text, int32_t length,
                                  int32_t *out, int32_t capacity);

/// A normalizer that applies NFKC only to the characters of a UnicodeSet pattern
/// (FilteredNormalizer2). Immutable after opening, so one may be shared by threads.
typedef struct zt_normalizer zt_normalizer;

/// Opens NFKC (`mode` 0) or NFC (`mode` 1) filtered by `setPattern` (UTF-8, UnicodeSet syntax).
zt_normalizer *zt_normalizer_open_filtered(int32_t mode, const char *setPattern, int32_t *status);
void zt_normalizer_close(zt_normalizer *normalizer);

/// Normalizes the code point `codePoint` alone and writes the result as UTF-8 into `out`.
/// Returns the number of bytes (which may exceed `capacity`), 0 when the code point is unchanged,
/// or a negative error.
int32_t zt_normalizer_map(const zt_normalizer *normalizer, uint32_t codePoint, uint8_t *out,
                          int32_t capacity);

/// Guesses the charset of `text` with ICU's detector. Writes its name (e.g. "GB18030", "Big5",
/// "UTF-16LE") into `name` and returns the confidence (0–100), or a negative error.
int32_t zt_detect_charset(const uint8_t *text, int32_t length, char *name, int32_t capacity);

/// Converts `text` from `charset` to UTF-8. Returns the UTF-8 length (which may exceed
/// `capacity`: call again with a larger buffer), or a negative value: -1 for an unknown charset,
/// -2 for bytes that cannot be decoded (their offset in `*errorOffset`) unless `lossy` is set, in
/// which case they become U+FFFD.
int32_t zt_convert_to_utf8(const char *charset, const uint8_t *text, int32_t length, uint8_t *out,
                           int32_t capacity, int32_t lossy, int32_t *errorOffset);

#ifdef __cplusplus
}
#endif

#endif
