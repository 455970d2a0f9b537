// inspect.cpp - node-style formatting of values (util.inspect's defaults).
//
// The layout rules (one line when it fits in 80 columns, arrays of more
// than 6 short items grouped in columns, depth 2, [Circular *n] and
// <ref *n>) follow node's documented output; they are written here from
// scratch on top of the public API. What the API cannot tell (own keys,
// accessors, the class tag, the constructor's name, object identity) comes
// from a small JS helper evaluated once per heap.
#include "inspect.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include <vector>

namespace cli {
namespace {

// Global holding the helper: not an identifier, so scripts cannot name it
// by accident, and defined non-enumerable so that it does not show up.
const char *const kHelperGlobal = " cli inspect";

// info(o) -> [tag, constructor name or null, null prototype?, keys,
//             accessor flags (0 data, 1 get, 2 set, 3 both, 4 neither),
//             array layout (i: element i, -n: n holes), text, length]
// text: Date/RegExp text, or the primitive of a Number/String/Boolean
// wrapper, or a function's name. find(list, o): index of o in list or -1.
const char kHelperSource[] =
    "(function (g) {\n"
    "  var toStr = Object.prototype.toString, hasOwn = Object.prototype.hasOwnProperty;\n"
    "  var gopd = Object.getOwnPropertyDescriptor, getProto = Object.getPrototypeOf;\n"
    "  function ctorName(o) {\n"
    "    for (var p = o; p !== null; p = getProto(p)) {\n"
    "      var d = gopd(p, 'constructor');\n"
    "      if (d && typeof d.value === 'function' && typeof d.value.name === 'string' &&\n"
    "          d.value.name !== '') return d.value.name;\n"
    "    }\n"
    "    return null;\n"
    "  }\n"
    "  var helper = {\n"
    "    info: function (o) {\n"
    "      var tag = toStr.call(o).slice(8, -1), keys = Object.keys(o);\n"
    "      var indexed = tag === 'Array' || tag === 'Arguments' || tag === 'String';\n"
    "      var names = [], flags = [], layout = [], text = null, length = 0;\n"
    "      for (var i = 0; i < keys.length; i++) {\n"
    "        var k = keys[i];\n"
    "        if (indexed && String(k >>> 0) === k && (k >>> 0) !== 4294967295) continue;\n"
    "        var d = gopd(o, k), f = 0;\n"
    "        if (d && !('value' in d)) f = (d.get ? 1 : 0) + (d.set ? 2 : 0) || 4;\n"
    "        names.push(k); flags.push(f);\n"
    "      }\n"
    "      if (tag === 'Array' || tag === 'Arguments') {\n"
    "        length = o.length;\n"
    "        for (var j = 0, run = 0, shown = Math.min(length, 100); j < shown; j++) {\n"
    "          if (hasOwn.call(o, j)) { if (run) layout.push(-run); run = 0; layout.push(j); }\n"
    "          else run++;\n"
    "        }\n"
    "        if (run) layout.push(-run);\n"
    "      } else if (tag === 'Date') {\n"
    "        text = isNaN(o.getTime()) ? 'Invalid Date' : o.toISOString();\n"
    "      } else if (tag === 'RegExp') {\n"
    "        text = String(o);\n"
    "      } else if (tag === 'Number' || tag === 'String' || tag === 'Boolean') {\n"
    "        text = g[tag].prototype.valueOf.call(o);\n"
    "      } else if (typeof o === 'function') {\n"
    "        var n = gopd(o, 'name');\n"
    "        text = n && typeof n.value === 'string' ? n.value : '';\n"
    "        tag = 'Function';\n"
    "      }\n"
    "      var proto = getProto(o);\n"
    "      return [tag, ctorName(o), proto === null, names, flags, layout, text, length];\n"
    "    },\n"
    "    find: function (list, o) {\n"
    "      for (var i = 0; i < list.length; i++) if (list[i] === o) return i;\n"
    "      return -1;\n"
    "    }\n"
    "  };\n"
    "  Object.defineProperty(g, ' cli inspect', { value: helper });\n"
    "})(this)";

enum { kDepth = 2, kBreakLength = 80, kMaxArrayLength = 100 };

// Width of a UTF-8 string in code points (node counts characters).
size_t width(const std::string &s) {
    size_t n = 0;
    for (unsigned char c : s)
        if ((c & 0xC0) != 0x80) n++;
    return n;
}

std::string number_text(eng_heap *heap, int index) {
    double d = eng_get_number(heap, index);
    if (d == 0 && signbit(d)) return "-0";
    std::string text;
    if (eng_dup(heap, index) == ENG_OK && eng_to_string(heap, -1) == ENG_OK) {
        size_t length = 0;
        const char *s = eng_get_string(heap, -1, &length);
        if (s) text.assign(s, length);
    }
    eng_pop(heap, 1);
    return text;
}

// Quotes as node does: single quotes, or double quotes when the text has a
// single quote and no double quote, or backquotes when it has both (and no
// backquote or "${"); control characters and C1 controls as \xNN, lone
// surrogates (WTF-8) as \uNNNN.
std::string quote(const char *s, size_t length) {
    std::string text(s, length);
    char q = '\'';
    if (text.find('\'') != std::string::npos) {
        if (text.find('"') == std::string::npos)
            q = '"';
        else if (text.find('`') == std::string::npos && text.find("${") == std::string::npos)
            q = '`';
    }
    std::string out(1, q);
    char buf[8];
    for (size_t i = 0; i < length; i++) {
        unsigned char c = static_cast<unsigned char>(s[i]);
        switch (c) {
        case '\b': out += "\\b"; continue;
        case '\t': out += "\\t"; continue;
        case '\n': out += "\\n"; continue;
        case '\f': out += "\\f"; continue;
        case '\r': out += "\\r"; continue;
        case '\\': out += "\\\\"; continue;
        default: break;
        }
        if (c == '\'' && q == '\'') {
            out += "\\'";
        } else if (c < 0x20 || c == 0x7F) {
            snprintf(buf, sizeof buf, "\\x%02X", c);
            out += buf;
        } else if (c == 0xC2 && i + 1 < length && static_cast<unsigned char>(s[i + 1]) >= 0x80 &&
                   static_cast<unsigned char>(s[i + 1]) <= 0x9F) {
            snprintf(buf, sizeof buf, "\\x%02X", static_cast<unsigned char>(s[i + 1]));
            out += buf;
            i++;
        } else if (c == 0xED && i + 2 < length && static_cast<unsigned char>(s[i + 1]) >= 0xA0) {
            unsigned unit = 0xD000u | ((static_cast<unsigned char>(s[i + 1]) & 0x3Fu) << 6) |
                            (static_cast<unsigned char>(s[i + 2]) & 0x3Fu);
            snprintf(buf, sizeof buf, "\\u%04x", unit);
            out += buf;
            i += 2;
        } else {
            out += static_cast<char>(c);
        }
    }
    out += q;
    return out;
}

bool is_identifier(const std::string &key) {
    if (key.empty()) return false;
    for (size_t i = 0; i < key.size(); i++) {
        char c = key[i];
        bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
        if (!letter && !(i > 0 && c >= '0' && c <= '9')) return false;
    }
    return true;
}

std::string string_at(eng_heap *heap, int index) {
    size_t length = 0;
    const char *s = eng_get_string(heap, index, &length);
    return s ? std::string(s, length) : std::string();
}

class Inspector {
  public:
    explicit Inspector(eng_heap *heap) : heap_(heap) {}

    // Pushes the helper and two lists (objects being formatted, objects
    // found circular); false with an error pending.
    bool begin() {
        if (eng_get_global_string(heap_, kHelperGlobal) != ENG_OK) return false;
        helper_ = eng_get_top(heap_) - 1;
        if (eng_push_array(heap_) != ENG_OK || eng_push_array(heap_) != ENG_OK) return false;
        seen_ = helper_ + 1;
        circular_ = helper_ + 2;
        return true;
    }

    bool format(int index, int depth, std::string *out);

  private:
    // Calls helper.<method>(args at a, b) and leaves the result on top.
    bool call(const char *method, int a, int b) {
        if (eng_get_prop_string(heap_, helper_, method) != ENG_OK) return false;
        if (eng_dup(heap_, helper_) != ENG_OK || eng_dup(heap_, a) != ENG_OK) return false;
        if (b >= 0 && eng_dup(heap_, b) != ENG_OK) return false;
        if (eng_pcall(heap_, b >= 0 ? 2 : 1) != ENG_OK) {
            eng_throw(heap_); // keep it pending for the caller
            return false;
        }
        return true;
    }
    // Index of the object at index in list, or -1; -2 on error.
    int find(int list, int index) {
        if (!call("find", list, index)) return -2;
        int found = static_cast<int>(eng_get_number(heap_, -1));
        eng_pop(heap_, 1);
        return found;
    }
    int length_of(int list) {
        if (eng_get_prop_string(heap_, list, "length") != ENG_OK) return 0;
        int n = static_cast<int>(eng_get_number(heap_, -1));
        eng_pop(heap_, 1);
        return n;
    }
    bool push_onto(int list, int index) {
        if (eng_dup(heap_, index) != ENG_OK) return false;
        return eng_put_prop_index(heap_, list, static_cast<uint32_t>(length_of(list))) == ENG_OK;
    }
    bool format_object(int index, int depth, std::string *out);
    std::string reduce(std::vector<std::string> &output, const std::string &base,
                       const std::string &open, const char *close, bool array, bool numbers,
                       bool more) const;
    std::vector<std::string> group(const std::vector<std::string> &output, bool numbers,
                                   bool more) const;

    eng_heap *heap_;
    int helper_ = 0, seen_ = 0, circular_ = 0;
    int indentation_ = 0;
};

bool Inspector::format(int index, int depth, std::string *out) {
    switch (eng_get_type(heap_, index)) {
    case ENG_TYPE_UNDEFINED: *out = "undefined"; return true;
    case ENG_TYPE_NULL: *out = "null"; return true;
    case ENG_TYPE_BOOLEAN: *out = eng_get_boolean(heap_, index) ? "true" : "false"; return true;
    case ENG_TYPE_NUMBER: *out = number_text(heap_, index); return true;
    case ENG_TYPE_STRING: {
        size_t length = 0;
        const char *s = eng_get_string(heap_, index, &length);
        *out = s ? quote(s, length) : "''";
        return true;
    }
    case ENG_TYPE_OBJECT: {
        int top = eng_get_top(heap_);
        bool ok = format_object(index, depth, out);
        eng_set_top(heap_, top);
        return ok;
    }
    default: *out = "undefined"; return true;
    }
}

bool Inspector::format_object(int index, int depth, std::string *out) {
    int found = find(seen_, index);
    if (found == -2) return false;
    if (found >= 0) {
        int id = find(circular_, index);
        if (id == -2) return false;
        if (id < 0) {
            if (!push_onto(circular_, index)) return false;
            id = length_of(circular_) - 1;
        }
        *out = "[Circular *" + std::to_string(id + 1) + "]";
        return true;
    }
    if (!call("info", index, -1)) return false;
    int info = eng_get_top(heap_) - 1;
    std::string tag, ctor, text;
    bool nullProto;
    if (eng_get_prop_index(heap_, info, 0) != ENG_OK) return false;
    tag = string_at(heap_, -1);
    if (eng_get_prop_index(heap_, info, 1) != ENG_OK) return false;
    bool hasCtor = eng_is_string(heap_, -1);
    ctor = string_at(heap_, -1);
    if (eng_get_prop_index(heap_, info, 2) != ENG_OK) return false;
    nullProto = eng_get_boolean(heap_, -1) != 0;
    if (eng_get_prop_index(heap_, info, 3) != ENG_OK) return false;
    int keys = eng_get_top(heap_) - 1;
    if (eng_get_prop_index(heap_, info, 4) != ENG_OK) return false;
    int flags = eng_get_top(heap_) - 1;
    if (eng_get_prop_index(heap_, info, 5) != ENG_OK) return false;
    int layout = eng_get_top(heap_) - 1;
    if (eng_get_prop_index(heap_, info, 6) != ENG_OK) return false;
    int textIndex = eng_get_top(heap_) - 1;
    if (eng_get_prop_index(heap_, info, 7) != ENG_OK) return false;
    double arrayLength = eng_get_number(heap_, -1);
    int keyCount = length_of(keys);

    // What node calls the base (shown before the braces) and the prefix.
    std::string base, prefix;
    bool array = false;
    if (tag == "Function") {
        text = string_at(heap_, textIndex);
        base = text.empty() ? "[Function (anonymous)]" : "[Function: " + text + "]";
    } else if (tag == "Error") {
        if (eng_push_error_report(heap_, index) != ENG_OK) return false;
        base = string_at(heap_, -1);
        // Later lines of a nested stack line up with its first line.
        std::string pad = "\n" + std::string(static_cast<size_t>(indentation_), ' ');
        for (size_t at = 0; indentation_ > 0 && (at = base.find('\n', at)) != std::string::npos;
             at += pad.size())
            base.replace(at, 1, pad);
    } else if (tag == "Date" || tag == "RegExp") {
        base = string_at(heap_, textIndex);
    } else if (tag == "Number" || tag == "String" || tag == "Boolean") {
        std::string value;
        if (!format(textIndex, depth, &value)) return false;
        base = "[" + tag + ": " + value + "]";
    } else if (tag == "Array" || tag == "Arguments") {
        array = true;
        if (tag == "Arguments")
            prefix = "[Arguments] ";
        else if (nullProto)
            prefix = "[Array(" + number_text(heap_, -1) + "): null prototype] ";
        else if (ctor != "Array")
            prefix = ctor + "(" + number_text(heap_, -1) + ") ";
    } else {
        if (nullProto)
            prefix = "[Object: null prototype] ";
        else if (!hasCtor)
            prefix = "[" + tag + "] ";
        else if (tag != "Object" && tag != ctor)
            prefix = ctor + " [" + tag + "] ";
        else if (ctor != "Object")
            prefix = ctor + " ";
    }
    if (!base.empty() && keyCount == 0) {
        *out = base;
        return true;
    }
    if (depth > kDepth) {
        if (nullProto)
            *out = array ? "[Array: null prototype]" : "[Object: null prototype]";
        else
            *out = "[" + (hasCtor ? ctor : std::string(array ? "Array" : "Object")) + "]";
        return true;
    }
    std::string open = prefix + (array ? "[" : "{");
    const char *close = array ? "]" : "}";
    if (keyCount == 0 && (!array || arrayLength == 0)) {
        *out = open + close;
        return true;
    }

    if (!push_onto(seen_, index)) return false;
    std::vector<std::string> output;
    bool numbers = true, more = false;
    indentation_ += 2;
    if (array) {
        int entries = length_of(layout);
        double shown = 0;
        for (int i = 0; i < entries; i++) {
            if (eng_get_prop_index(heap_, layout, static_cast<uint32_t>(i)) != ENG_OK) return false;
            double at = eng_get_number(heap_, -1);
            eng_pop(heap_, 1);
            if (at < 0) {
                numbers = false;
                shown += -at;
                double n = -at;
                output.push_back("<" + std::to_string(static_cast<long long>(n)) + " empty item" +
                                 (n > 1 ? "s>" : ">"));
                continue;
            }
            shown++;
            if (eng_get_prop_index(heap_, index, static_cast<uint32_t>(at)) != ENG_OK) return false;
            if (!eng_is_number(heap_, -1)) numbers = false;
            std::string item;
            if (!format(eng_get_top(heap_) - 1, depth + 1, &item)) return false;
            eng_pop(heap_, 1);
            output.push_back(item);
        }
        if (arrayLength > shown) {
            double rest = arrayLength - shown;
            more = true;
            output.push_back("... " + std::to_string(static_cast<long long>(rest)) + " more item" +
                             (rest > 1 ? "s" : ""));
        }
    }
    for (int i = 0; i < keyCount; i++) {
        if (eng_get_prop_index(heap_, keys, static_cast<uint32_t>(i)) != ENG_OK) return false;
        std::string key = string_at(heap_, -1);
        if (eng_get_prop_index(heap_, flags, static_cast<uint32_t>(i)) != ENG_OK) return false;
        int flag = static_cast<int>(eng_get_number(heap_, -1));
        eng_pop(heap_, 1);
        std::string value;
        static const char *const accessors[] = {"", "[Getter]", "[Setter]", "[Getter/Setter]",
                                                "undefined"};
        if (flag > 0 && flag < 5) {
            value = accessors[flag];
        } else {
            if (eng_get_prop(heap_, index) != ENG_OK) return false; // key on top: replaced
            if (!format(eng_get_top(heap_) - 1, depth + 1, &value)) return false;
        }
        eng_pop(heap_, 1);
        output.push_back((is_identifier(key) ? key : quote(key.data(), key.size())) + ": " + value);
    }
    indentation_ -= 2;
    // Leave the list of objects being formatted.
    if (eng_push_number(heap_, length_of(seen_) - 1) != ENG_OK ||
        eng_put_prop_string(heap_, seen_, "length") != ENG_OK)
        return false;

    int id = find(circular_, index);
    if (id == -2) return false;
    if (id >= 0) {
        std::string ref = "<ref *" + std::to_string(id + 1) + ">";
        base = base.empty() ? ref : ref + " " + base;
    }
    *out = reduce(output, base, open, close, array, numbers, more);
    return true;
}

// Node's rule: when more than 6 array items are all short, lay them out
// in columns, about as many as make a square of 2.5:1 characters.
std::vector<std::string> Inspector::group(const std::vector<std::string> &output, bool numbers,
                                          bool more) const {
    size_t count = output.size() - (more ? 1 : 0);
    const size_t separator = 2;
    std::vector<size_t> lengths(count);
    size_t total = 0, longest = 0;
    for (size_t i = 0; i < count; i++) {
        lengths[i] = width(output[i]);
        total += lengths[i] + separator;
        if (lengths[i] > longest) longest = lengths[i];
    }
    double actualMax = static_cast<double>(longest + separator);
    if (!(actualMax * 3 + indentation_ < kBreakLength &&
          (static_cast<double>(total) / actualMax > 5 || longest <= 6)))
        return output;
    double averageBias = sqrt(actualMax - static_cast<double>(total) / static_cast<double>(output.size()));
    double biasedMax = fmax(actualMax - 3 - averageBias, 1);
    double columnsD = fmin(fmin(round(sqrt(2.5 * biasedMax * static_cast<double>(count)) / biasedMax),
                                floor((kBreakLength - indentation_) / actualMax)),
                           fmin(3.0 * 4, 15.0));
    size_t columns = static_cast<size_t>(columnsD);
    if (columns <= 1) return output;
    std::vector<size_t> columnWidth;
    for (size_t c = 0; c < columns; c++) {
        size_t w = 0;
        for (size_t j = c; j < count; j += columns)
            if (lengths[j] > w) w = lengths[j];
        columnWidth.push_back(w + separator);
    }
    std::vector<std::string> rows;
    for (size_t i = 0; i < count; i += columns) {
        size_t end = i + columns < count ? i + columns : count;
        std::string row;
        for (size_t j = i; j < end; j++) {
            std::string cell = output[j];
            size_t w = columnWidth[j - i];
            if (j + 1 < end) {
                cell += ", ";
            } else if (!numbers) {
                row += cell; // the last cell of a row is not padded at the end
                break;
            } else {
                w -= separator;
            }
            size_t have = lengths[j] + (j + 1 < end ? separator : 0);
            std::string pad(w > have ? w - have : 0, ' ');
            row += numbers ? pad + cell : cell + pad;
        }
        rows.push_back(row);
    }
    if (more) rows.push_back(output.back());
    return rows;
}

std::string Inspector::reduce(std::vector<std::string> &output, const std::string &base,
                              const std::string &open, const char *close, bool array,
                              bool numbers, bool more) const {
    size_t entries = output.size();
    if (array && entries > 6) output = group(output, numbers, more);
    std::string head = base.empty() ? open : base + " " + open;
    if (entries == output.size()) {
        // Fits on one line: node counts the entries, the separators and a
        // margin of 10 against the 80 columns.
        size_t total = output.size() + static_cast<size_t>(indentation_) + width(open) +
                       width(base) + 10 + output.size();
        bool fits = total + output.size() <= kBreakLength;
        for (size_t i = 0; fits && i < output.size(); i++) {
            total += width(output[i]);
            if (total > kBreakLength) fits = false;
        }
        if (fits && base.find('\n') == std::string::npos) {
            std::string joined;
            for (size_t i = 0; i < output.size(); i++) joined += (i ? ", " : "") + output[i];
            if (joined.find('\n') == std::string::npos) return head + " " + joined + " " + close;
        }
    }
    std::string indent = "\n" + std::string(static_cast<size_t>(indentation_), ' ');
    std::string text = head + indent + "  ";
    for (size_t i = 0; i < output.size(); i++) text += (i ? "," + indent + "  " : "") + output[i];
    return text + indent + close;
}

} // namespace

bool install_inspector(eng_heap *heap) {
    int top = eng_get_top(heap);
    bool ok = eng_get_global_string(heap, kHelperGlobal) == ENG_OK;
    if (ok && eng_is_undefined(heap, -1))
        ok = eng_eval(heap, kHelperSource, sizeof kHelperSource - 1, "<cli>") == ENG_OK;
    eng_set_top(heap, top);
    return ok;
}

bool inspect(eng_heap *heap, int index, bool quote_strings, std::string *out) {
    if (!quote_strings && eng_is_string(heap, index)) {
        *out = string_at(heap, index);
        return true;
    }
    // Compiled on first use: a script that never prints an object pays
    // nothing for the helper.
    if (!install_inspector(heap)) return false;
    int top = eng_get_top(heap);
    index = eng_normalize_index(heap, index);
    Inspector inspector(heap);
    bool ok = inspector.begin() && inspector.format(index, 0, out);
    eng_set_top(heap, top);
    return ok;
}

} // namespace cli
