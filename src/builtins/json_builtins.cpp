// JSON.parse and JSON.stringify (ES5.1 15.12, with the error messages and
// string escaping of node 20).
//
// parse builds values with an explicit stack (a JS array of the containers
// being filled and their pending keys), so nesting depth costs no C stack.
// The reviver walk and stringify recurse, bounded by JSON_DEPTH_LIMIT and
// by the C stack check (vm/c_stack.h) at each level.
#include <math.h>
#include <string.h>

#include "builtins/builtins.h"
#include "builtins/flash_props.h"
#include "builtins/json_raw.h"
#include "objects/object_ops.h"
#include "objects/proxy.h"
#include "objects/own_keys.h"
#include "port.h"
#include "strings/builder.h"
#include "strings/decimal_parse.h"
#include "strings/string.h"
#include "value/bigint.h"
#include "value/number.h"
#include "vm/c_stack.h"
#include "vm/convert.h"
#include "vm/errors.h"
#include "vm/interrupt.h"

namespace eng {

namespace {

// Nesting levels the recursive parts (reviver, stringify) accept; a few
// hundred bytes of C stack each.
constexpr uint32_t JSON_DEPTH_LIMIT = ENG_PORT_NATIVE_DEPTH_LIMIT * 5;

Status stackOverflow(Heap &h) { return throwError(h, PROTO_RANGE_ERROR, "Maximum call stack size exceeded"); }

// CreateDataProperty(o, key, v) for a string key.
Status createDataProperty(Heap &h, JSObject *o, HString *key, Value v) {
    PropertyKey k = keyFromString(key);
    if (k.isIndex) return setElement(h, o, k.index, v);
    return defineOwn(h, o, key, v, ATTR_DEFAULT);
}

// ---- parse ---------------------------------------------------------------

struct Parser {
    Heap &h;
    HString *text;  // rooted by the caller
    uint32_t pos;
    uint32_t length;

    int peek() const { return pos < length ? text->at(pos) : -1; }
    void skipWhitespace() {
        while (pos < length) {
            uint16_t c = text->at(pos);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') break;
            pos++;
        }
    }
};

Status errorAt(Parser &p, const char *what) {
    return throwError(p.h, PROTO_SYNTAX_ERROR, "%s in JSON at position %u", what, static_cast<unsigned>(p.pos));
}

Status endOfInput(Parser &p) { return throwError(p.h, PROTO_SYNTAX_ERROR, "Unexpected end of JSON input"); }

// Appends the UTF-8 of units [from, to) of s to out (NUL-terminated; out
// holds 3 bytes per unit plus one).
void appendUtf8(const HString *s, uint32_t from, uint32_t to, char *out) {
    char *o = out + strlen(out);
    for (uint32_t i = from; i < to; i++) {
        uint32_t c = s->at(i);
        if (c >= 0xd800 && c <= 0xdbff && i + 1 < to && s->at(i + 1) >= 0xdc00 && s->at(i + 1) <= 0xdfff) {
            c = 0x10000 + ((c - 0xd800) << 10) + (s->at(i + 1) - 0xdc00);
            i++;
        } else if (c >= 0xd800 && c <= 0xdfff) {
            c = 0xfffd;
        }
        if (c < 0x80) {
            *o++ = static_cast<char>(c);
        } else if (c < 0x800) {
            *o++ = static_cast<char>(0xc0 | (c >> 6));
            *o++ = static_cast<char>(0x80 | (c & 0x3f));
        } else if (c < 0x10000) {
            *o++ = static_cast<char>(0xe0 | (c >> 12));
            *o++ = static_cast<char>(0x80 | ((c >> 6) & 0x3f));
            *o++ = static_cast<char>(0x80 | (c & 0x3f));
        } else {
            *o++ = static_cast<char>(0xf0 | (c >> 18));
            *o++ = static_cast<char>(0x80 | ((c >> 12) & 0x3f));
            *o++ = static_cast<char>(0x80 | ((c >> 6) & 0x3f));
            *o++ = static_cast<char>(0x80 | (c & 0x3f));
        }
    }
    *o = 0;
}

// A value was expected at pos: V8's "Unexpected token" message quoting the
// source (all of it up to 20 characters, else 10 either side of pos).
Status unexpectedToken(Parser &p) {
    if (p.pos >= p.length) return endOfInput(p);
    const char *const special[] = {"NaN", "Infinity", "undefined", "[object Object]"};
    for (const char *s : special)
        if (stringEquals(p.text, s))
            return throwError(p.h, PROTO_SYNTAX_ERROR, "\"%s\" is not valid JSON", s);
    uint32_t from = 0, to = p.length;
    if (p.length > 20) {
        from = p.pos >= 10 ? p.pos - 10 : 0;
        to = p.pos + 10 < p.length ? p.pos + 10 : p.length;
    }
    // 4 UTF-8 bytes for the token, 3 per quoted unit, the text around them.
    char buf[4 + 3 * 21 + 64];
    buf[0] = 0;
    appendUtf8(p.text, p.pos, p.pos + 1, buf);
    char token[8];
    memcpy(token, buf, sizeof token);  // one unit's text and its NUL fit
    buf[0] = 0;
    appendUtf8(p.text, from, to, buf);
    return throwError(p.h, PROTO_SYNTAX_ERROR, "Unexpected token '%s', %s\"%s\"%s is not valid JSON", token,
                      from > 0 ? "..." : "", buf, to < p.length ? "..." : "");
}

int hexValue(int c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

// A string literal at pos (which holds the opening quote).
Status parseString(Parser &p, HString **out) {
    p.pos++;
    uint32_t start = p.pos;
    // Fast path: no escapes, the string is a substring of the source.
    while (p.pos < p.length) {
        uint16_t c = p.text->at(p.pos);
        if (c == '"') {
            HString *s = substring(p.h, p.text, start, p.pos);
            if (!s) return Status::Error;
            p.pos++;
            *out = s;
            return Status::Ok;
        }
        if (c == '\\') break;
        if (c < 0x20) return errorAt(p, "Bad control character in string literal");
        p.pos++;
    }
    if (p.pos >= p.length) return errorAt(p, "Unterminated string");
    StringBuilder b(p.h);
    for (uint32_t i = start; i < p.pos; i++) ENG_TRY(b.appendUnit(p.text->at(i)));
    for (;;) {
        if (p.pos >= p.length) return errorAt(p, "Unterminated string");
        uint16_t c = p.text->at(p.pos);
        if (c == '"') break;
        if (c < 0x20) return errorAt(p, "Bad control character in string literal");
        if (c != '\\') {
            ENG_TRY(b.appendUnit(c));
            p.pos++;
            continue;
        }
        p.pos++;
        if (p.pos >= p.length) return endOfInput(p);
        uint16_t e = p.text->at(p.pos);
        uint16_t unit;
        switch (e) {
        case '"': unit = '"'; break;
        case '\\': unit = '\\'; break;
        case '/': unit = '/'; break;
        case 'b': unit = 8; break;
        case 'f': unit = 12; break;
        case 'n': unit = 10; break;
        case 'r': unit = 13; break;
        case 't': unit = 9; break;
        case 'u': {
            unit = 0;
            for (int k = 0; k < 4; k++) {
                p.pos++;
                int d = p.pos < p.length ? hexValue(p.text->at(p.pos)) : -1;
                if (d < 0) return errorAt(p, "Bad Unicode escape");
                unit = static_cast<uint16_t>(unit * 16 + d);
            }
            break;
        }
        default:
            return errorAt(p, "Bad escaped character");
        }
        ENG_TRY(b.appendUnit(unit));
        p.pos++;
    }
    p.pos++;
    HString *s = b.finish();
    if (!s) return Status::Error;
    *out = s;
    return Status::Ok;
}

bool isDigitAt(Parser &p) {
    int c = p.peek();
    return c >= '0' && c <= '9';
}

Status parseNumber(Parser &p, Value *out) {
    uint32_t start = p.pos;
    if (p.peek() == '-') {
        p.pos++;
        if (!isDigitAt(p)) return errorAt(p, "No number after minus sign");
    }
    if (p.peek() == '0') {
        p.pos++;
        if (isDigitAt(p)) return errorAt(p, "Unexpected number");
    } else {
        while (isDigitAt(p)) p.pos++;
    }
    if (p.peek() == '.') {
        p.pos++;
        if (!isDigitAt(p)) return errorAt(p, "Unterminated fractional number");
        while (isDigitAt(p)) p.pos++;
    }
    if (p.peek() == 'e' || p.peek() == 'E') {
        p.pos++;
        if (p.peek() == '+' || p.peek() == '-') p.pos++;
        if (!isDigitAt(p)) return errorAt(p, "Exponent part is missing a number");
        while (isDigitAt(p)) p.pos++;
    }
    const HString *t = p.text;
    uint32_t from = t->at(start) == '-' ? start + 1 : start;
    double d = t->is8bit() ? decimalToDouble(t->data8() + from, p.pos - from)
                           : decimalToDouble(t->data16() + from, p.pos - from);
    return makeNumber(p.h, from != start ? -d : d, out);
}

Status parseLiteral(Parser &p, const char *word, Value v, Value *out) {
    for (const char *w = word; *w; w++) {
        if (p.pos >= p.length) return endOfInput(p);
        if (p.text->at(p.pos) != static_cast<uint8_t>(*w)) return unexpectedToken(p);
        p.pos++;
    }
    *out = v;
    return Status::Ok;
}

// The containers being filled live in `stack` (an array): an array, or an
// object followed by the key whose value is being parsed.
Status parseText(Parser &p, Value *result) {
    Heap &h = p.h;
    JSArray *stack = newArray(h, 0);
    if (!stack) return Status::Error;
    LocalRoot stackRoot(h, Value::pointer(stack));
    LocalRoot value(h);
    for (;;) {
        ENG_TRY(interruptPoll(h, JSON_VALUE_WEIGHT));  // a long input is long native work
        // A value.
        p.skipWhitespace();
        int c = p.peek();
        bool haveValue = true;
        if (c == '{' || c == '[') {
            p.pos++;
            JSObject *container = c == '{' ? newPlainObject(h) : newArray(h, 0);
            if (!container) return Status::Error;
            ENG_TRY(arrayPush(h, stack, Value::pointer(container)));
            p.skipWhitespace();
            if (c == '[') {
                if (p.peek() == ']') {
                    p.pos++;
                    ENG_TRY(setArrayLength(h, stack, stack->length - 1));
                    value.value = Value::pointer(container);
                } else {
                    haveValue = false;
                }
            } else if (p.peek() == '}') {
                p.pos++;
                ENG_TRY(setArrayLength(h, stack, stack->length - 1));
                value.value = Value::pointer(container);
            } else {
                if (p.peek() != '"') return errorAt(p, "Expected property name or '}'");
                HString *key;
                ENG_TRY(parseString(p, &key));
                ENG_TRY(arrayPush(h, stack, Value::pointer(key)));
                p.skipWhitespace();
                if (p.peek() != ':') return errorAt(p, "Expected ':' after property name");
                p.pos++;
                haveValue = false;
            }
        } else if (c == '"') {
            HString *s;
            ENG_TRY(parseString(p, &s));
            value.value = Value::pointer(s);
        } else if (c == '-' || (c >= '0' && c <= '9')) {
            ENG_TRY(parseNumber(p, &value.value));
        } else if (c == 't') {
            ENG_TRY(parseLiteral(p, "true", Value::boolean(true), &value.value));
        } else if (c == 'f') {
            ENG_TRY(parseLiteral(p, "false", Value::boolean(false), &value.value));
        } else if (c == 'n') {
            ENG_TRY(parseLiteral(p, "null", Value::null(), &value.value));
        } else {
            return unexpectedToken(p);
        }
        if (!haveValue) continue;
        // Store the value in the innermost container; close the containers
        // that end here.
        for (;;) {
            if (stack->length == 0) {
                p.skipWhitespace();
                if (p.pos < p.length)
                    return throwError(h, PROTO_SYNTAX_ERROR, "Unexpected non-whitespace character after JSON at position %u",
                                      static_cast<unsigned>(p.pos));
                *result = value.value;
                return Status::Ok;
            }
            Value top = stack->elems[stack->length - 1];
            p.skipWhitespace();
            if (isString(top)) {
                JSObject *o = asObject(stack->elems[stack->length - 2]);
                ENG_TRY(createDataProperty(h, o, asString(top), value.value));
                ENG_TRY(setArrayLength(h, stack, stack->length - 1));
                if (p.peek() == ',') {
                    p.pos++;
                    p.skipWhitespace();
                    if (p.peek() != '"') return errorAt(p, "Expected double-quoted property name");
                    HString *key;
                    ENG_TRY(parseString(p, &key));
                    ENG_TRY(arrayPush(h, stack, Value::pointer(key)));
                    p.skipWhitespace();
                    if (p.peek() != ':') return errorAt(p, "Expected ':' after property name");
                    p.pos++;
                    break;
                }
                if (p.peek() != '}') return errorAt(p, "Expected ',' or '}' after property value");
                p.pos++;
            } else {
                JSArray *a = static_cast<JSArray *>(asObject(top));
                ENG_TRY(arrayPush(h, a, value.value));
                if (p.peek() == ',') {
                    p.pos++;
                    break;
                }
                if (p.peek() != ']') return errorAt(p, "Expected ',' or ']' after array element");
                p.pos++;
            }
            value.value = stack->elems[stack->length - 1];
            ENG_TRY(setArrayLength(h, stack, stack->length - 1));
        }
    }
}

// InternalizeJSONProperty (15.12.2): the reviver sees children first.
Status internalize(Heap &h, Value reviver, JSObject *holder, HString *name, uint32_t depth, Value *out) {
    if (depth > JSON_DEPTH_LIMIT) return stackOverflow(h);
    ENG_TRY(ENG_CHECK_C_STACK(h));  // children are walked before the reviver runs
    LocalRoot holderRoot(h, Value::pointer(holder)), nameRoot(h, Value::pointer(name));
    LocalRoot val(h);
    ENG_TRY(getProperty(h, holder, keyFromString(name), Value::pointer(holder), &val.value));
    if (isObject(val.value)) {
        JSObject *o = asObject(val.value);
        LocalRoot keys(h);
        uint32_t count;
        bool isArray = o->cls() == ObjectClass::Array;
        if (isArray) {
            count = static_cast<JSArray *>(o)->length;
        } else {
            JSArray *k;
            ENG_TRY(ownEnumerableKeys(h, o, &k));
            keys.value = Value::pointer(k);
            count = k->length;
        }
        for (uint32_t i = 0; i < count; i++) {
            HString *key;
            if (isArray) {
                key = keyToString(h, PropertyKey{nullptr, i, true});
                if (!key) return Status::Error;
            } else {
                JSArray *k = static_cast<JSArray *>(asObject(keys.value));
                key = asString(k->elems[i]);
            }
            LocalRoot keyRoot(h, Value::pointer(key));
            Value element;
            ENG_TRY(internalize(h, reviver, o, key, depth + 1, &element));
            if (element.isUndefined()) {
                bool deleted;
                ENG_TRY(deleteProperty(h, o, keyFromString(key), false, &deleted));
            } else {
                // CreateDataProperty through [[DefineOwnProperty]]: the
                // reviver may have made the property non-configurable or the
                // object non-extensible, and then nothing changes.
                PropertyDescriptor desc(h);
                desc.value.value = element;
                desc.fields = DESC_VALUE | DESC_WRITABLE | DESC_ENUMERABLE | DESC_CONFIGURABLE;
                desc.writable = desc.enumerable = desc.configurable = true;
                ENG_TRY(defineOwnProperty(h, o, keyFromString(key), desc, false));
            }
        }
    }
    Value args[2] = {Value::pointer(name), val.value};
    return callValue(h, reviver, Value::pointer(holder), args, 2, out);
}

Status jsonParse(NativeCall &c) {
    Heap &h = c.heap;
    HString *text;
    ENG_TRY(toString(h, c.arg(0), &text));
    LocalRoot textRoot(h, Value::pointer(text));
    Parser p{h, text, 0, text->length};
    Value result;
    ENG_TRY(parseText(p, &result));
    c.setResult(result);
    Value reviver = c.arg(1);
    if (!isCallable(reviver)) return Status::Ok;
    JSObject *root = newPlainObject(h);
    if (!root) return Status::Error;
    LocalRoot rootRoot(h, Value::pointer(root));
    ENG_TRY(defineOwn(h, root, atom(h, ATOM_empty), c.result(), ATTR_DEFAULT));
    Value out;
    ENG_TRY(internalize(h, c.arg(1), root, atom(h, ATOM_empty), 0, &out));
    c.setResult(out);
    return Status::Ok;
}

// ---- stringify -------------------------------------------------------------

struct Stringifier {
    Heap &h;
    StringBuilder out;
    LocalRoot replacer;      // a function or undefined
    LocalRoot propertyList;  // an array of key strings or undefined
    LocalRoot stack;         // the objects being serialised (cycle check)
    LocalRoot gap;           // a string (empty: no indentation)

    explicit Stringifier(Heap &heap) : h(heap), out(heap), replacer(heap), propertyList(heap), stack(heap), gap(heap) {}
    JSArray *stackArray() const { return static_cast<JSArray *>(asObject(stack.value)); }
    HString *gapString() const { return asString(gap.value); }
};

// Get, toJSON, the replacer function and wrapper unwrapping (the first half
// of SerializeJSONProperty, 15.12.3). holder is rooted by the caller.
Status prepareValue(Stringifier &s, JSObject *holder, HString *key, Value *out) {
    Heap &h = s.h;
    LocalRoot keyRoot(h, Value::pointer(key));
    LocalRoot value(h);
    ENG_TRY(getProperty(h, holder, keyFromString(key), Value::pointer(holder), &value.value));
    if (isObjectType(value.value) || isBigInt(value.value)) {
        HString *toJsonName = internCString(h, "toJSON");
        if (!toJsonName) return Status::Error;
        Value toJson;
        ENG_TRY(getValuePropertyStr(h, value.value, toJsonName, &toJson));
        if (isCallable(toJson)) {
            Value args[1] = {Value::pointer(key)};
            ENG_TRY(callValue(h, toJson, value.value, args, 1, &value.value));
        }
    }
    if (isCallable(s.replacer.value)) {
        Value args[2] = {Value::pointer(key), value.value};
        ENG_TRY(callValue(h, s.replacer.value, Value::pointer(holder), args, 2, &value.value));
    }
    if (isObject(value.value)) {
        JSObject *o = asObject(value.value);
        if (o->cls() == ObjectClass::Number) {
            double d;
            ENG_TRY(toNumber(h, value.value, &d));
            ENG_TRY(makeNumber(h, d, &value.value));
        } else if (o->cls() == ObjectClass::String) {
            HString *str;
            ENG_TRY(toString(h, value.value, &str));
            value.value = Value::pointer(str);
        } else if (o->cls() == ObjectClass::Boolean || o->cls() == ObjectClass::BigInt) {
            value.value = static_cast<JSPrimitiveWrapper *>(o)->primitive;
        }
    }
    *out = value.value;
    return Status::Ok;
}

bool serializable(Value v) { return !v.isUndefined() && !isCallable(v) && !isSymbol(v); }

Status quote(StringBuilder &b, const HString *str) {
    static const char hex[] = "0123456789abcdef";
    ENG_TRY(b.appendUnit('"'));
    for (uint32_t i = 0; i < str->length; i++) {
        uint16_t c = str->at(i);
        const char *escape = nullptr;
        switch (c) {
        case '"': escape = "\\\""; break;
        case '\\': escape = "\\\\"; break;
        case 8: escape = "\\b"; break;
        case 12: escape = "\\f"; break;
        case 10: escape = "\\n"; break;
        case 13: escape = "\\r"; break;
        case 9: escape = "\\t"; break;
        default: break;
        }
        if (escape) {
            ENG_TRY(b.appendAscii(escape));
            continue;
        }
        bool lone = false;
        if (c >= 0xd800 && c <= 0xdbff) {
            if (i + 1 < str->length && str->at(i + 1) >= 0xdc00 && str->at(i + 1) <= 0xdfff) {
                ENG_TRY(b.appendUnit(c));
                ENG_TRY(b.appendUnit(str->at(++i)));
                continue;
            }
            lone = true;
        } else if (c >= 0xdc00 && c <= 0xdfff) {
            lone = true;
        }
        if (c < 0x20 || lone) {
            char u[7] = {'\\', 'u', hex[c >> 12], hex[(c >> 8) & 15], hex[(c >> 4) & 15], hex[c & 15], 0};
            ENG_TRY(b.appendAscii(u));
        } else {
            ENG_TRY(b.appendUnit(c));
        }
    }
    return b.appendUnit('"');
}

Status newlineAndIndent(Stringifier &s, uint32_t depth) {
    ENG_TRY(s.out.appendUnit('\n'));
    for (uint32_t i = 0; i < depth; i++) ENG_TRY(s.out.append(s.gapString()));
    return Status::Ok;
}

Status serializeValue(Stringifier &s, Value v);

// Objects and arrays: cycle check, then the members.
Status serializeContainer(Stringifier &s, JSObject *o) {
    Heap &h = s.h;
    LocalRoot objRoot(h, Value::pointer(o));
    JSArray *stack = s.stackArray();
    for (uint32_t i = 0; i < stack->length; i++)
        if (stack->elems[i] == Value::pointer(o))
            return throwError(h, PROTO_TYPE_ERROR, "Converting circular structure to JSON");
    if (stack->length >= JSON_DEPTH_LIMIT) return stackOverflow(h);
    ENG_TRY(ENG_CHECK_C_STACK(h));
    ENG_TRY(arrayPush(h, stack, Value::pointer(o)));
    uint32_t depth = stack->length;
    bool indent = s.gapString()->length > 0;
    bool any = false;
    bool isArray = o->cls() == ObjectClass::Array;
    uint32_t length = isArray ? static_cast<JSArray *>(o)->length : 0;
#if ENG_PROXY
    if (isProxyObject(o)) {  // out of line, no address taken here: this frame recurses
        int64_t n = proxyArrayLength(h, o);
        if (n == PROXY_LENGTH_ERROR) return Status::Error;
        isArray = n >= 0;
        length = isArray ? static_cast<uint32_t>(n) : 0;
    }
#endif
    if (isArray) {
        ENG_TRY(s.out.appendUnit('['));
        for (uint32_t i = 0; i < length; i++) {
            if (i > 0) ENG_TRY(s.out.appendUnit(','));
            if (indent) ENG_TRY(newlineAndIndent(s, depth));
            HString *key = keyToString(h, PropertyKey{nullptr, i, true});
            if (!key) return Status::Error;
            Value element;
            ENG_TRY(prepareValue(s, o, key, &element));
            LocalRoot elementRoot(h, element);
            if (serializable(element)) ENG_TRY(serializeValue(s, elementRoot.value));
            else ENG_TRY(s.out.appendAscii("null"));
        }
        any = length > 0;
        if (any && indent) ENG_TRY(newlineAndIndent(s, depth - 1));
        ENG_TRY(s.out.appendUnit(']'));
    } else {
        LocalRoot keys(h, s.propertyList.value);
        if (keys.value.isUndefined()) {
            JSArray *k;
            ENG_TRY(ownEnumerableKeys(h, o, &k));
            keys.value = Value::pointer(k);
        }
        ENG_TRY(s.out.appendUnit('{'));
        for (uint32_t i = 0; i < static_cast<JSArray *>(asObject(keys.value))->length; i++) {
            HString *key = asString(static_cast<JSArray *>(asObject(keys.value))->elems[i]);
            Value member;
            ENG_TRY(prepareValue(s, o, key, &member));
            if (!serializable(member)) continue;
            LocalRoot memberRoot(h, member);
            if (any) ENG_TRY(s.out.appendUnit(','));
            if (indent) ENG_TRY(newlineAndIndent(s, depth));
            ENG_TRY(quote(s.out, key));
            ENG_TRY(s.out.appendUnit(':'));
            if (indent) ENG_TRY(s.out.appendUnit(' '));
            ENG_TRY(serializeValue(s, memberRoot.value));
            any = true;
        }
        if (any && indent) ENG_TRY(newlineAndIndent(s, depth - 1));
        ENG_TRY(s.out.appendUnit('}'));
    }
    return setArrayLength(h, s.stackArray(), s.stackArray()->length - 1);
}

// The second half of SerializeJSONProperty for a value that is not
// undefined or a function.
Status serializeValue(Stringifier &s, Value v) {
    ENG_TRY(interruptPoll(s.h, JSON_VALUE_WEIGHT));  // a large structure is long native work
    if (v.isNull()) return s.out.appendAscii("null");
    if (v.isBoolean()) return s.out.appendAscii(v.asBoolean() ? "true" : "false");
    if (isString(v)) return quote(s.out, asString(v));
    if (isNumber(v)) {
        double d = numberOf(v);
        if (d != d || isinf(d)) return s.out.appendAscii("null");
        return s.out.appendNumber(d);
    }
    if (isBigInt(v)) return throwError(s.h, PROTO_TYPE_ERROR, "Do not know how to serialize a BigInt");
#if ENG_JSON_RAW
    if (asObject(v)->cls() == ObjectClass::RawJSON) return appendRawJSON(s.h, s.out, v);
#endif
    return serializeContainer(s, asObject(v));
}

// The replacer array as a list of unique key strings.
Status makePropertyList(Stringifier &s, JSObject *replacer) {
    Heap &h = s.h;
    LocalRoot replacerRoot(h, Value::pointer(replacer));
    JSArray *list = newArray(h, 0);
    if (!list) return Status::Error;
    s.propertyList.value = Value::pointer(list);
    uint32_t length = static_cast<JSArray *>(replacer)->length;
    for (uint32_t i = 0; i < length; i++) {
        // Every index of a replacer array up to 2^32 - 1 is read, holes
        // included (a prototype's getter may answer for them).
        ENG_TRY(interruptPoll(h));
        Value v;
        ENG_TRY(getProperty(h, replacer, PropertyKey{nullptr, i, true}, Value::pointer(replacer), &v));
        HString *item = nullptr;
        if (isString(v)) {
            item = asString(v);
        } else if (isNumber(v) ||
                   (isObject(v) && (asObject(v)->cls() == ObjectClass::String || asObject(v)->cls() == ObjectClass::Number))) {
            ENG_TRY(toString(h, v, &item));
        }
        if (!item) continue;
        bool seen = false;
        chargeElements(h, list->length);  // the scan for a duplicate
        for (uint32_t k = 0; k < list->length && !seen; k++) seen = list->elems[k] == Value::pointer(item);
        if (!seen) ENG_TRY(arrayPush(h, list, Value::pointer(item)));
    }
    return Status::Ok;
}

Status makeGap(Stringifier &s, Value space) {
    Heap &h = s.h;
    LocalRoot spaceRoot(h, space);
    if (isObject(space)) {
        ObjectClass cls = asObject(space)->cls();
        if (cls == ObjectClass::Number) {
            double d;
            ENG_TRY(toNumber(h, space, &d));
            ENG_TRY(makeNumber(h, d, &spaceRoot.value));
        } else if (cls == ObjectClass::String) {
            HString *str;
            ENG_TRY(toString(h, space, &str));
            spaceRoot.value = Value::pointer(str);
        }
    }
    if (isNumber(spaceRoot.value)) {
        double d = toIntegerDouble(numberOf(spaceRoot.value));
        int n = d >= 10 ? 10 : d < 1 ? 0 : static_cast<int>(d);
        char spaces[11] = "          ";
        spaces[n] = 0;
        HString *g = internCString(h, spaces);
        if (!g) return Status::Error;
        s.gap.value = Value::pointer(g);
    } else if (isString(spaceRoot.value)) {
        HString *str = asString(spaceRoot.value);
        HString *g = str->length <= 10 ? str : substring(h, str, 0, 10);
        if (!g) return Status::Error;
        s.gap.value = Value::pointer(g);
    }
    return Status::Ok;
}

Status jsonStringify(NativeCall &c) {
    Heap &h = c.heap;
    Stringifier s(h);
    s.gap.value = Value::pointer(atom(h, ATOM_empty));
    JSArray *stack = newArray(h, 0);
    if (!stack) return Status::Error;
    s.stack.value = Value::pointer(stack);
    Value replacer = c.arg(1);
    if (isCallable(replacer)) s.replacer.value = replacer;
    else if (isObject(replacer) && asObject(replacer)->cls() == ObjectClass::Array)
        ENG_TRY(makePropertyList(s, asObject(replacer)));
    ENG_TRY(makeGap(s, c.arg(2)));
    JSObject *wrapper = newPlainObject(h);
    if (!wrapper) return Status::Error;
    LocalRoot wrapperRoot(h, Value::pointer(wrapper));
    ENG_TRY(defineOwn(h, wrapper, atom(h, ATOM_empty), c.arg(0), ATTR_DEFAULT));
    Value v;
    ENG_TRY(prepareValue(s, wrapper, atom(h, ATOM_empty), &v));
    if (!serializable(v)) return Status::Ok;  // undefined
    c.setResult(v);  // rooted while it is written
    ENG_TRY(serializeValue(s, c.result()));
    HString *result = s.out.finish();
    if (!result) return Status::Error;
    c.setResult(Value::pointer(result));
    return Status::Ok;
}

#define JSON_METHODS(M, X) M(X, parse, jsonParse, 2, 0) M(X, stringify, jsonStringify, 3, 0) JSON_METHODS_RAW(M, X)

}  // namespace

ENG_FLASH_METHOD_TABLE(jsonMethods, JSON, JSON_METHODS)

namespace {
// JSON[@@toStringTag] (ES2024 25.5.3).
#define JSON_SYMBOLS(S) S(toStringTag, ATTR_CONFIGURABLE, ENG_FLASH_STRING(JSON))
ENG_FLASH_OBJECT_SYMBOLS(jsonProps, ENG_FLASH_NO_PROPS, JSON, JSON_METHODS, JSON_SYMBOLS)
}  // namespace

Status initJsonBuiltins(Heap &h) {
    JSObject *json = newObjectOfSize(h, protoOf(h, PROTO_OBJECT), ObjectClass::JSON, sizeof(JSObject));
    if (!json) return Status::Error;
    useFlashProps(json, jsonProps);
    json->gcFlags |= RC_MAX;  // a permanent root (the global object names it from flash)
    h.json = json;
    return Status::Ok;
}

}  // namespace eng
