// The only translation unit that sees ICU's headers. Plain ICU names are used throughout; ICU's
// rename macros add the version suffix, so this builds against any ICU version.
#include "zt_icu.h"

#include <unicode/brkiter.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/ubrk.h>
#include <unicode/uniset.h>
#include <unicode/uscript.h>
#include <unicode/utext.h>
#include <unicode/uversion.h>
#include <unicode/unistr.h>
#include <unicode/bytestream.h>
#include <unicode/ucsdet.h>
#include <unicode/ucnv.h>
#include <unicode/ucnv_err.h>

#include <vector>

#include <cstring>
#include <string>

struct zt_wordbreaker {
    UBreakIterator *iterator;
};

struct zt_normalizer {
    icu::UnicodeSet *set;
    icu::FilteredNormalizer2 *filtered;
};

extern "C" void zt_icu_version(char *buffer, int32_t capacity) {
    if (capacity <= 0) return;
    UVersionInfo info;
    u_getVersion(info);
    char text[U_MAX_VERSION_STRING_LENGTH];
    u_versionToString(info, text);
    std::strncpy(buffer, text, static_cast<size_t>(capacity - 1));
    buffer[capacity - 1] = '\0';
}

extern "C" int32_t zt_is_han(uint32_t codePoint) {
    UErrorCode status = U_ZERO_ERROR;
    return uscript_getScript(static_cast<UChar32>(codePoint), &status) == USCRIPT_HAN ? 1 : 0;
}

// Filled from the ranges of the set Script=Han (a few dozen), not by asking for each of the
// 65,536 code points: 3.0 million instructions of every run's start-up instead of 6.4 million.
// (ICU's Script property map, u_getIntPropertyMap, would be walked by range faster still, but is
// built on first use: 16 million.)
extern "C" void zt_han_bitmap_bmp(uint8_t *bitmap) {
    std::memset(bitmap, 0, 8192);
    UErrorCode error = U_ZERO_ERROR;
    icu::UnicodeSet han;
    han.applyIntPropertyValue(UCHAR_SCRIPT, USCRIPT_HAN, error);
    if (U_FAILURE(error)) {
        for (uint32_t c = 0; c < 0x10000; ++c) {
            if (zt_is_han(c)) bitmap[c >> 3] |= static_cast<uint8_t>(1u << (c & 7));
        }
        return;
    }
    for (int32_t r = 0; r < han.getRangeCount(); ++r) {
        UChar32 start = han.getRangeStart(r), end = han.getRangeEnd(r);
        if (start > 0xFFFF) break;
        if (end > 0xFFFF) end = 0xFFFF;
        for (UChar32 c = start; c <= end; ++c) bitmap[c >> 3] |= static_cast<uint8_t>(1u << (c & 7));
    }
}

extern "C" zt_wordbreaker *zt_wordbreaker_open(const char *locale, int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    UBreakIterator *iterator = ubrk_open(UBRK_WORD, locale, nullptr, 0, &error);
    if (U_FAILURE(error)) {
        *status = static_cast<int32_t>(error);
        return nullptr;
    }
    *status = 0;
    return new zt_wordbreaker{iterator};
}

extern "C" void zt_wordbreaker_close(zt_wordbreaker *breaker) {
    if (breaker == nullptr) return;
    ubrk_close(breaker->iterator);
    delete breaker;
}

// Points the iterator at `text` through a UTF-8 UText, so offsets stay UTF-8 byte offsets.
static bool setText(zt_wordbreaker *breaker, const uint8_t *text, int32_t length, UText *storage) {
    UErrorCode error = U_ZERO_ERROR;
    utext_openUTF8(storage, reinterpret_cast<const char *>(text), length, &error);
    if (U_FAILURE(error)) return false;
    ubrk_setUText(breaker->iterator, storage, &error);
    return U_SUCCESS(error);
}

extern "C" int32_t zt_wordbreaker_is_boundary(zt_wordbreaker *breaker, const uint8_t *text,
                                              int32_t length, int32_t offset) {
    UText storage = UTEXT_INITIALIZER;
    if (!setText(breaker, text, length, &storage)) return -1;
    int32_t result = ubrk_isBoundary(breaker->iterator, offset) ? 1 : 0;
    utext_close(&storage);
    return result;
}

extern "C" int32_t zt_wordbreaker_boundaries(zt_wordbreaker *breaker, const uint8_t *text,
                                             int32_t length, int32_t *out, int32_t capacity) {
    UText storage = UTEXT_INITIALIZER;
    if (!setText(breaker, text, length, &storage)) return -1;
    int32_t count = 0;
    for (int32_t b = ubrk_first(breaker->iterator); b != UBRK_DONE; b = ubrk_next(breaker->iterator)) {
        if (count < capacity) out[count] = b;
        ++count;
    }
    utext_close(&storage);
    return count;
}

extern "C" zt_normalizer *zt_normalizer_open_filtered(int32_t mode, const char *setPattern,
                                                       int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    const icu::Normalizer2 *base = mode == 0 ? icu::Normalizer2::getNFKCInstance(error)
                                             : icu::Normalizer2::getNFCInstance(error);
    if (U_FAILURE(error)) {
        *status = static_cast<int32_t>(error);
        return nullptr;
    }
    auto *set = new icu::UnicodeSet(icu::UnicodeString::fromUTF8(setPattern), error);
    if (U_FAILURE(error)) {
        delete set;
        *status = static_cast<int32_t>(error);
        return nullptr;
    }
    set->freeze();
    *status = 0;
    return new zt_normalizer{set, new icu::FilteredNormalizer2(*base, *set)};
}

extern "C" void zt_normalizer_close(zt_normalizer *normalizer) {
    if (normalizer == nullptr) return;
    delete normalizer->filtered;
    delete normalizer->set;
    delete normalizer;
}

extern "C" int32_t zt_normalizer_map(const zt_normalizer *normalizer, uint32_t codePoint,
                                     uint8_t *out, int32_t capacity) {
    UErrorCode error = U_ZERO_ERROR;
    icu::UnicodeString source(static_cast<UChar32>(codePoint));
    const icu::Normalizer2 *base = normalizer->filtered;  // the one-argument overload lives in the base
    icu::UnicodeString result = base->normalize(source, error);
    if (U_FAILURE(error)) return -1;
    if (result == source) return 0;
    std::string utf8;
    result.toUTF8String(utf8);
    int32_t size = static_cast<int32_t>(utf8.size());
    if (size <= capacity) std::memcpy(out, utf8.data(), utf8.size());
    return size;
}

extern "C" int32_t zt_detect_charset(const uint8_t *text, int32_t length, char *name, int32_t capacity) {
    UErrorCode error = U_ZERO_ERROR;
    UCharsetDetector *detector = ucsdet_open(&error);
    if (U_FAILURE(error)) return -1;
    ucsdet_setText(detector, reinterpret_cast<const char *>(text), length, &error);
    const UCharsetMatch *match = ucsdet_detect(detector, &error);
    int32_t confidence = -1;
    if (U_SUCCESS(error) && match != nullptr) {
        const char *found = ucsdet_getName(match, &error);
        confidence = ucsdet_getConfidence(match, &error);
        if (U_SUCCESS(error) && capacity > 0) {
            std::strncpy(name, found, static_cast<size_t>(capacity - 1));
            name[capacity - 1] = '\0';
        }
    }
    ucsdet_close(detector);
    return U_SUCCESS(error) ? confidence : -1;
}

extern "C" int32_t zt_convert_to_utf8(const char *charset, const uint8_t *text, int32_t length, uint8_t *out,
                                      int32_t capacity, int32_t lossy, int32_t *errorOffset) {
    UErrorCode error = U_ZERO_ERROR;
    UConverter *converter = ucnv_open(charset, &error);
    if (U_FAILURE(error)) return -1;
    if (!lossy) {
        ucnv_setToUCallBack(converter, UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &error);
    }
    // To UTF-16 in chunks, so an error's byte offset is known; then to UTF-8.
    std::vector<UChar> utf16(static_cast<size_t>(length) + 16);
    const char *source = reinterpret_cast<const char *>(text);
    const char *sourceLimit = source + length;
    UChar *target = utf16.data();
    const UChar *targetLimit = utf16.data() + utf16.size();
    error = U_ZERO_ERROR;
    ucnv_toUnicode(converter, &target, targetLimit, &source, sourceLimit, nullptr, true, &error);
    if (U_FAILURE(error)) {
        char invalid[32];
        int8_t invalidLength = sizeof(invalid);
        UErrorCode e2 = U_ZERO_ERROR;
        ucnv_getInvalidChars(converter, invalid, &invalidLength, &e2);
        *errorOffset = static_cast<int32_t>(source - reinterpret_cast<const char *>(text)) - (U_SUCCESS(e2) ? invalidLength : 0);
        ucnv_close(converter);
        return -2;
    }
    ucnv_close(converter);
    icu::UnicodeString unicode(utf16.data(), static_cast<int32_t>(target - utf16.data()));
    std::string utf8;
    unicode.toUTF8String(utf8);
    int32_t size = static_cast<int32_t>(utf8.size());
    if (size <= capacity) std::memcpy(out, utf8.data(), utf8.size());
    return size;
}
