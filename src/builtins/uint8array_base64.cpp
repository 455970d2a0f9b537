// Uint8Array.fromBase64 / fromHex and Uint8Array.prototype.toBase64 /
// toHex / setFromBase64 / setFromHex (ES2026 23.3). The decoders follow
// the spec's FromBase64 and FromHex step by step: they stop at maxLength
// bytes and report how far they read, and an error keeps the bytes of the
// chunks decoded before it (setFromBase64 writes those, then throws).
#include "config.h"

#if ENG_UINT8_BASE64

#include "builtins/uint8array_base64.h"

#include "builtins/builtins.h"
#include "builtins/typed_array_support.h"
#include "objects/array_buffer.h"
#include "objects/object_ops.h"
#include <string.h>

#include "strings/string.h"
#include "vm/call.h"
#include "vm/convert.h"
#include "vm/errors.h"

namespace eng {

Status typedArrayCreate(Heap &h, uint8_t kind, double length, JSArrayBufferView **out);  // typedarray_builtins.cpp

namespace {


bool equalsAscii(const HString *s, const char *text) {
    uint32_t i = 0;
    for (; text[i]; i++)
        if (i >= s->length || s->at(i) != static_cast<uint8_t>(text[i])) return false;
    return i == s->length;
}

// ValidateUint8Array.
Status validateUint8Array(Heap &h, Value v, JSArrayBufferView **out) {
    if (!isTypedArray(v) || asView(v)->kind != KIND_UINT8)
        return throwError(h, PROTO_TYPE_ERROR, "not a Uint8Array");
    *out = asView(v);
    return Status::Ok;
}

// GetOptionsObject: *opts undefined stands for the empty object.
Status optionsObject(Heap &h, Value options) {
    if (options.isUndefined() || isObjectType(options)) return Status::Ok;
    return throwError(h, PROTO_TYPE_ERROR, "options must be an object");
}

Status getOption(Heap &h, Value opts, Atom name, Value *out) {
    *out = Value::undefined();
    if (opts.isUndefined()) return Status::Ok;
    return getValueProperty(h, opts, Value::pointer(atom(h, name)), out);
}

// The alphabet option: *url for "base64url".
Status alphabetOption(Heap &h, Value opts, bool *url) {
    Value v;
    ENG_TRY(getOption(h, opts, ATOM_alphabet, &v));
    *url = false;
    if (v.isUndefined()) return Status::Ok;
    if (isString(v) && equalsAscii(asString(v), "base64")) return Status::Ok;
    if (isString(v) && equalsAscii(asString(v), "base64url")) {
        *url = true;
        return Status::Ok;
    }
    return throwError(h, PROTO_TYPE_ERROR, "alphabet must be \"base64\" or \"base64url\"");
}

enum LastChunk : uint8_t { CHUNK_LOOSE, CHUNK_STRICT, CHUNK_STOP_BEFORE_PARTIAL };

Status lastChunkOption(Heap &h, Value opts, LastChunk *out) {
    Value v;
    ENG_TRY(getOption(h, opts, ATOM_lastChunkHandling, &v));
    *out = CHUNK_LOOSE;
    if (v.isUndefined()) return Status::Ok;
    if (isString(v)) {
        const HString *s = asString(v);
        if (equalsAscii(s, "loose")) return Status::Ok;
        *out = CHUNK_STRICT;
        if (equalsAscii(s, "strict")) return Status::Ok;
        *out = CHUNK_STOP_BEFORE_PARTIAL;
        if (equalsAscii(s, "stop-before-partial")) return Status::Ok;
    }
    return throwError(h, PROTO_TYPE_ERROR, "lastChunkHandling must be \"loose\", \"strict\" or \"stop-before-partial\"");
}

// What FromBase64 / FromHex give: bytes in `out` (room for maxLength),
// how many units were read, and whether it ended in a SyntaxError.
struct Decoded {
    uint32_t read = 0;
    uint32_t written = 0;
    bool error = false;
};

bool asciiWhitespace(uint16_t u) { return u == 0x09 || u == 0x0a || u == 0x0c || u == 0x0d || u == 0x20; }

uint32_t skipWhitespace(const HString *s, uint32_t i) {
    while (i < s->length && asciiWhitespace(s->at(i))) i++;
    return i;
}

int base64Digit(uint16_t u) {
    if (u >= 'A' && u <= 'Z') return u - 'A';
    if (u >= 'a' && u <= 'z') return u - 'a' + 26;
    if (u >= '0' && u <= '9') return u - '0' + 52;
    if (u == '+') return 62;
    if (u == '/') return 63;
    return -1;
}

// DecodeBase64Chunk of n (2..4) digits into out; false when throwOnExtraBits
// and the bits past the last byte are not zero.
bool decodeChunk(const uint8_t *digits, uint32_t n, bool throwOnExtraBits, uint8_t *out, uint32_t *written) {
    uint32_t bits = 0;
    for (uint32_t i = 0; i < 4; i++) bits = bits << 6 | (i < n ? digits[i] : 0);
    uint8_t bytes[3] = {static_cast<uint8_t>(bits >> 16), static_cast<uint8_t>(bits >> 8), static_cast<uint8_t>(bits)};
    uint32_t count = n - 1;
    if (throwOnExtraBits && count < 3 && bytes[count] != 0) return false;
    for (uint32_t i = 0; i < count; i++) out[(*written)++] = bytes[i];
    return true;
}

// FromBase64 (ES2026 23.3.3.1.2... the proposal's steps).
Decoded fromBase64(const HString *s, bool url, LastChunk last, uint32_t maxLength, uint8_t *out) {
    Decoded r;
    if (maxLength == 0) return r;
    uint8_t chunk[4];
    uint32_t chunkLength = 0, index = 0, length = s->length;
    for (;;) {
        index = skipWhitespace(s, index);
        if (index == length) {
            if (chunkLength > 0) {
                if (last == CHUNK_STOP_BEFORE_PARTIAL) return r;
                if (last == CHUNK_STRICT || chunkLength == 1) {
                    r.error = true;
                    return r;
                }
                decodeChunk(chunk, chunkLength, false, out, &r.written);
            }
            r.read = length;
            return r;
        }
        uint16_t ch = s->at(index++);
        if (ch == '=') {
            if (chunkLength < 2) {
                r.error = true;
                return r;
            }
            index = skipWhitespace(s, index);
            if (chunkLength == 2) {
                if (index == length) {
                    if (last != CHUNK_STOP_BEFORE_PARTIAL) r.error = true;
                    return r;
                }
                if (s->at(index) == '=') index = skipWhitespace(s, index + 1);
            }
            if (index < length || !decodeChunk(chunk, chunkLength, last == CHUNK_STRICT, out, &r.written)) {
                r.error = true;
                return r;
            }
            r.read = length;
            return r;
        }
        if (url) {
            if (ch == '+' || ch == '/') ch = 0;  // not of this alphabet
            else if (ch == '-') ch = '+';
            else if (ch == '_') ch = '/';
        }
        int digit = base64Digit(ch);
        if (digit < 0) {
            r.error = true;
            return r;
        }
        uint32_t remaining = maxLength - r.written;
        if ((remaining == 1 && chunkLength == 2) || (remaining == 2 && chunkLength == 3)) return r;
        chunk[chunkLength++] = static_cast<uint8_t>(digit);
        if (chunkLength == 4) {
            decodeChunk(chunk, 4, false, out, &r.written);
            chunkLength = 0;
            r.read = index;
            if (r.written == maxLength) return r;
        }
    }
}

int hexDigit(uint16_t u) {
    if (u >= '0' && u <= '9') return u - '0';
    if (u >= 'a' && u <= 'f') return u - 'a' + 10;
    if (u >= 'A' && u <= 'F') return u - 'A' + 10;
    return -1;
}

// FromHex.
Decoded fromHex(const HString *s, uint32_t maxLength, uint8_t *out) {
    Decoded r;
    uint32_t length = s->length;
    if (length % 2 != 0) {
        r.error = true;
        return r;
    }
    while (r.read < length && r.written < maxLength) {
        int hi = hexDigit(s->at(r.read)), lo = hexDigit(s->at(r.read + 1));
        if (hi < 0 || lo < 0) {
            r.error = true;
            return r;
        }
        r.read += 2;
        out[r.written++] = static_cast<uint8_t>(hi << 4 | lo);
    }
    return r;
}

Status syntaxError(Heap &h, bool hex) {
    return throwError(h, PROTO_SYNTAX_ERROR, hex ? "invalid hex string" : "invalid base64 string");
}

Status requireString(Heap &h, Value v) {
    if (isString(v)) return Status::Ok;
    return throwError(h, PROTO_TYPE_ERROR, "argument must be a string");
}

// Decodes string (base64 with the options, or hex) into a new buffer of
// at most maxLength bytes (freed by the caller with its size).
Status decode(Heap &h, Value string, bool hex, bool url, LastChunk last, uint32_t maxLength, uint8_t **buf,
              uint32_t *size, Decoded *r) {
    const HString *s = asString(string);
    uint32_t bound = hex ? s->length / 2 : s->length / 4 * 3 + 3;
    *size = bound < maxLength ? bound : maxLength;
    *buf = nullptr;
    if (*size) {
        *buf = static_cast<uint8_t *>(heapAlloc(h, *size));
        if (!*buf) return throwError(h, PROTO_RANGE_ERROR, "out of memory");
    }
    *r = hex ? fromHex(asString(string), *size, *buf) : fromBase64(asString(string), url, last, *size, *buf);
    return Status::Ok;
}

// fromBase64 (magic 0) and fromHex (1): a new Uint8Array of the bytes.
Status fromString(NativeCall &c, bool hex) {
    Heap &h = c.heap;
    ENG_TRY(requireString(h, c.arg(0)));
    bool url = false;
    LastChunk last = CHUNK_LOOSE;
    if (!hex) {
        ENG_TRY(optionsObject(h, c.arg(1)));
        ENG_TRY(alphabetOption(h, c.arg(1), &url));
        ENG_TRY(lastChunkOption(h, c.arg(1), &last));
    }
    uint8_t *buf;
    uint32_t size;
    Decoded r;
    ENG_TRY(decode(h, c.arg(0), hex, url, last, STRING_MAX_LENGTH, &buf, &size, &r));
    Status st = r.error ? syntaxError(h, hex) : Status::Ok;
    JSArrayBufferView *ta = nullptr;
    if (st == Status::Ok) st = typedArrayCreate(h, KIND_UINT8, r.written, &ta);
    if (st == Status::Ok && r.written) memcpy(viewData(ta), buf, r.written);
    if (buf) heapFree(h, buf, size);
    ENG_TRY(st);
    c.setResult(Value::pointer(ta));
    return Status::Ok;
}

Status uint8FromBase64(NativeCall &c) { return fromString(c, false); }
Status uint8FromHex(NativeCall &c) { return fromString(c, true); }

// GetUint8ArrayBytes: the view's bytes, or a TypeError when it is out of
// bounds (detached).
Status viewBytes(Heap &h, Value v, const uint8_t **data, uint32_t *length) {
    JSArrayBufferView *ta = asView(v);
    if (viewOutOfBounds(ta)) return throwError(h, PROTO_TYPE_ERROR, "Uint8Array is detached or out of bounds");
    *length = viewLength(ta);
    *data = *length ? viewData(ta) : nullptr;
    return Status::Ok;
}

Status stringFromBuffer(NativeCall &c, const char *text, uint32_t n) {
    HString *s = internLatin1(c.heap, reinterpret_cast<const uint8_t *>(text), n);
    if (!s) return Status::Error;
    c.setResult(Value::pointer(s));
    return Status::Ok;
}

Status uint8ToBase64(NativeCall &c) {
    Heap &h = c.heap;
    JSArrayBufferView *ta;
    ENG_TRY(validateUint8Array(h, c.thisValue(), &ta));
    ENG_TRY(optionsObject(h, c.arg(0)));
    bool url = false;
    ENG_TRY(alphabetOption(h, c.arg(0), &url));
    Value omit;
    ENG_TRY(getOption(h, c.arg(0), ATOM_omitPadding, &omit));
    bool omitPadding = toBoolean(omit);
    const uint8_t *data = nullptr;
    uint32_t length = 0;
    ENG_TRY(viewBytes(h, c.thisValue(), &data, &length));
    if (length / 3 >= STRING_MAX_LENGTH / 4) return throwError(h, PROTO_RANGE_ERROR, "Invalid string length");
    uint32_t size = (length + 2) / 3 * 4;
    if (size == 0) return stringFromBuffer(c, "", 0);
    char *out = static_cast<char *>(heapAlloc(h, size));
    if (!out) return throwError(h, PROTO_RANGE_ERROR, "out of memory");
    const char *digits = url ? "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
                             : "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    uint32_t n = 0;
    for (uint32_t i = 0; i < length; i += 3) {
        uint32_t left = length - i;
        uint32_t bits = static_cast<uint32_t>(data[i]) << 16 | (left > 1 ? data[i + 1] << 8 : 0) | (left > 2 ? data[i + 2] : 0);
        out[n++] = digits[bits >> 18 & 63];
        out[n++] = digits[bits >> 12 & 63];
        if (left > 1) out[n++] = digits[bits >> 6 & 63];
        else if (!omitPadding) out[n++] = '=';
        if (left > 2) out[n++] = digits[bits & 63];
        else if (!omitPadding) out[n++] = '=';
    }
    Status st = stringFromBuffer(c, out, n);
    heapFree(h, out, size);
    return st;
}

Status uint8ToHex(NativeCall &c) {
    Heap &h = c.heap;
    JSArrayBufferView *ta;
    ENG_TRY(validateUint8Array(h, c.thisValue(), &ta));
    const uint8_t *data = nullptr;
    uint32_t length = 0;
    ENG_TRY(viewBytes(h, c.thisValue(), &data, &length));
    if (length >= STRING_MAX_LENGTH / 2) return throwError(h, PROTO_RANGE_ERROR, "Invalid string length");
    uint32_t size = length * 2;
    if (size == 0) return stringFromBuffer(c, "", 0);
    char *out = static_cast<char *>(heapAlloc(h, size));
    if (!out) return throwError(h, PROTO_RANGE_ERROR, "out of memory");
    static const char hexDigits[] = "0123456789abcdef";
    for (uint32_t i = 0; i < length; i++) {
        out[2 * i] = hexDigits[data[i] >> 4];
        out[2 * i + 1] = hexDigits[data[i] & 15];
    }
    Status st = stringFromBuffer(c, out, size);
    heapFree(h, out, size);
    return st;
}

// setFromBase64 (hex false) and setFromHex: the bytes decoded into this,
// then { read, written } (or the SyntaxError once those bytes are written).
Status setFromString(NativeCall &c, bool hex) {
    Heap &h = c.heap;
    JSArrayBufferView *ta;
    ENG_TRY(validateUint8Array(h, c.thisValue(), &ta));
    if (ta->buffer->bufFlags & BUF_READ_ONLY) return throwError(h, PROTO_TYPE_ERROR, "Cannot write to an immutable ArrayBuffer");
    ENG_TRY(requireString(h, c.arg(0)));
    bool url = false;
    LastChunk last = CHUNK_LOOSE;
    if (!hex) {
        ENG_TRY(optionsObject(h, c.arg(1)));
        ENG_TRY(alphabetOption(h, c.arg(1), &url));
        ENG_TRY(lastChunkOption(h, c.arg(1), &last));
    }
    ta = asView(c.thisValue());
    if (viewOutOfBounds(ta)) return throwError(h, PROTO_TYPE_ERROR, "Uint8Array is detached or out of bounds");
    uint32_t byteLength = viewLength(ta);
    uint8_t *buf;
    uint32_t size;
    Decoded r;
    ENG_TRY(decode(h, c.arg(0), hex, url, last, byteLength, &buf, &size, &r));
    if (r.written) memcpy(viewData(asView(c.thisValue())), buf, r.written);
    if (buf) heapFree(h, buf, size);
    if (r.error) return syntaxError(h, hex);
    JSObject *o = newPlainObject(h);
    if (!o) return Status::Error;
    c.setResult(Value::pointer(o));
    Value n;
    ENG_TRY(makeNumber(h, r.read, &n));
    ENG_TRY(defineOwn(h, asObject(c.result()), atom(h, ATOM_read), n, ATTR_DEFAULT));
    ENG_TRY(makeNumber(h, r.written, &n));
    return defineOwn(h, asObject(c.result()), atom(h, ATOM_written), n, ATTR_DEFAULT);
}

Status uint8SetFromBase64(NativeCall &c) { return setFromString(c, false); }
Status uint8SetFromHex(NativeCall &c) { return setFromString(c, true); }

}  // namespace

ENG_FLASH_METHOD_SPECS(uint8Base64StaticMethods, UINT8_BASE64_STATIC, UINT8_BASE64_STATIC_METHODS)
ENG_FLASH_METHOD_SPECS(uint8Base64ProtoMethods, UINT8_BASE64_PROTO, UINT8_BASE64_PROTO_METHODS)

}  // namespace eng

#endif
