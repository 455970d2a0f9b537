// Generates src/regexp/unicode_properties.cpp: the sets of the RegExp
// property escapes \p{...} (ES2018 22.2.2.9 UnicodeMatchProperty and
// UnicodeMatchPropertyValue: General_Category, Script, Script_Extensions
// and the binary properties of table-binary-unicode-properties).
//
// The data comes from npm packages of the Unicode version test262 uses
// (Unicode 17: regenerate-unicode-properties@10.2.2, and the alias lists
// unicode-property-aliases-ecmascript@3, unicode-property-value-aliases-
// ecmascript@2.2):
//   mkdir /tmp/u && cd /tmp/u && npm install regenerate-unicode-properties@10.2.2 \
//       unicode-property-aliases-ecmascript@3.0.0 unicode-property-value-aliases-ecmascript@2.2.1
//   node tools/unicode/gen_regexp_properties.js /tmp/u/node_modules > src/regexp/unicode_properties.cpp
//
// Layout (all const, in flash):
//  - propRanges: each set is a run of varints, alternately the gap from the
//    end of the previous range (or from 0) and the range's length - 1; a
//    varint is 7 bits a byte, high bit set on all but the last byte.
//  - propSetStart[i]: where set i starts in propRanges (set i ends where
//    set i + 1 starts).
//  - three name lists, each entry: length, the name's ASCII characters,
//    then its value little-endian: General_Category names (4 bytes: a mask
//    of the leaf categories, sets 0-29), binary property names (2 bytes: a
//    set, PROP_COMPLEMENT when the set is the complement of that set), and
//    Script names (2 bytes: the Script set; the Script_Extensions set of the
//    same script is scriptCount sets further).
'use strict';

const path = require('path');
const dir = process.argv[2];
if (!dir) {
    process.stderr.write('usage: node gen_regexp_properties.js <node_modules dir>\n');
    process.exit(1);
}
const req = m => require(path.resolve(dir, m));
const fs = require('fs');
const props = path.resolve(dir, 'regenerate-unicode-properties');
const unicodeVersion = req('regenerate-unicode-properties/unicode-version.js');
const valueAliases = req('unicode-property-value-aliases-ecmascript');
// The property aliases list is an ES module: read its pairs as text.
const aliasText = fs.readFileSync(path.resolve(dir, 'unicode-property-aliases-ecmascript/index.mjs'), 'utf8');
const propertyAliases = [...aliasText.matchAll(/\['([^']+)', '([^']+)'\]/g)].map(m => [m[1], m[2]]);

function rangesOf(kind, name) {
    const set = req(`regenerate-unicode-properties/${kind}/${name}.js`).characters;
    const out = [];
    for (const [lo, hiExclusive] of pairs(set.data)) out.push([lo, hiExclusive - 1]);
    return out;
}
function* pairs(data) {
    for (let i = 0; i < data.length; i += 2) yield [data[i], data[i + 1]];
}
function list(kind) {
    return fs.readdirSync(path.join(props, kind)).filter(f => f.endsWith('.js')).map(f => f.slice(0, -3)).sort();
}

const sets = [];  // arrays of [lo, hi]
function addSet(r) {
    sets.push(r);
    return sets.length - 1;
}

// General_Category: the 30 leaf categories are stored, the groups (L, LC,
// M, N, P, S, Z, C) are masks of leaves.
const gcAliases = valueAliases.get('General_Category');
const leafNames = [...gcAliases.entries()].filter(([a]) => a.length === 2 && a !== 'LC').map(([, n]) => n);
if (leafNames.length !== 30) throw new Error('expected 30 leaf categories, got ' + leafNames.length);
const leafBit = new Map();
for (const n of leafNames) leafBit.set(n, addSet(rangesOf('General_Category', n)));
const gcMask = new Map();
for (const n of leafNames) gcMask.set(n, 1 << leafBit.get(n));
for (const [alias, n] of gcAliases) {
    if (alias.length !== 1 && alias !== 'LC') continue;
    let mask = 0;
    for (const leaf of leafNames) {
        const a = [...gcAliases.entries()].find(([x, y]) => y === leaf && x.length === 2)[0];
        if (a[0] === alias || (alias === 'LC' && (a === 'Lu' || a === 'Ll' || a === 'Lt'))) mask |= gcMask.get(leaf);
    }
    gcMask.set(n, mask >>> 0);
}
// Check every group against its own data.
for (const n of list('General_Category')) {
    if (!gcMask.has(n)) throw new Error('unknown category ' + n);
    const want = JSON.stringify(rangesOf('General_Category', n));
    const got = [];
    for (let b = 0; b < 30; b++) if (gcMask.get(n) & (1 << b)) got.push(...sets[b]);
    got.sort((x, y) => x[0] - y[0]);
    const merged = [];
    for (const r of got) {
        if (merged.length && r[0] <= merged[merged.length - 1][1] + 1) merged[merged.length - 1][1] = Math.max(merged[merged.length - 1][1], r[1]);
        else merged.push([r[0], r[1]]);
    }
    if (JSON.stringify(merged) !== want) throw new Error('group mismatch ' + n);
}
const gcNames = new Map(gcMask);
for (const [alias, n] of gcAliases) gcNames.set(alias, gcMask.get(n));

// Binary properties (Assigned is stored as the complement of Unassigned).
const PROP_COMPLEMENT = 0x8000;
const NO_BASE = 0xffff;
const binaryNames = new Map();
for (const n of list('Binary_Property')) {
    binaryNames.set(n, n === 'Assigned' ? PROP_COMPLEMENT | leafBit.get('Unassigned') : addSet(rangesOf('Binary_Property', n)));
}
for (const [alias, n] of propertyAliases) if (binaryNames.has(n)) binaryNames.set(alias, binaryNames.get(n));

// Scripts, then the Script_Extensions sets in the same order.
const scripts = list('Script');
const scriptFirst = sets.length;
for (const n of scripts) addSet(rangesOf('Script', n));
for (const n of scripts) addSet(rangesOf('Script_Extensions', n));
const scriptNames = new Map();
scripts.forEach((n, i) => scriptNames.set(n, scriptFirst + i));
for (const [alias, n] of valueAliases.get('Script')) if (scriptNames.has(n)) scriptNames.set(alias, scriptNames.get(n));

// Each set is stored as its toggle points (where membership changes: lo
// and hi + 1 of each range), delta-coded, or as the toggle points it
// differs by from a stored set (its base) when that is shorter: XID_Start
// from ID_Start, Script_Extensions from Script, Lowercase from Ll...
function toggles(r) {
    const t = [];
    for (const [lo, hi] of r) t.push(lo, hi + 1);
    return t;
}
function xor(a, b) {
    const out = [];
    let i = 0, j = 0;
    while (i < a.length || j < b.length) {
        if (j >= b.length || (i < a.length && a[i] < b[j])) out.push(a[i++]);
        else if (i >= a.length || b[j] < a[i]) out.push(b[j++]);
        else i++, j++;
    }
    return out;
}
// Properties of strings (v flag): RGI_Emoji is the union of the others.
// Basic_Emoji's (and RGI_Emoji's) characters are a set; the strings are
// sorted and each stored as one byte (code points shared with the previous
// string << 4 | code points that follow), then those code points: one byte
// for the 240 most frequent (propStringDict, three bytes each), else 0xf0 | bits 16-19 and
// two more bytes.
const stringProps = ['Basic_Emoji', 'Emoji_Keycap_Sequence', 'RGI_Emoji_Flag_Sequence', 'RGI_Emoji_Modifier_Sequence',
                     'RGI_Emoji_Tag_Sequence', 'RGI_Emoji_ZWJ_Sequence'];
const stringLists = stringProps.map(n => req(`regenerate-unicode-properties/Property_of_Strings/${n}.js`).strings
    .map(x => [...x].map(c => c.codePointAt(0))));
{
    const union = new Set(stringLists.flat().map(x => String.fromCodePoint(...x)));
    const rgi = req('regenerate-unicode-properties/Property_of_Strings/RGI_Emoji.js');
    if (union.size !== rgi.strings.length || !rgi.strings.every(x => union.has(x))) throw new Error('RGI_Emoji is not the union');
    const basic = req('regenerate-unicode-properties/Property_of_Strings/Basic_Emoji.js');
    if (JSON.stringify(rgi.characters.data) !== JSON.stringify(basic.characters.data)) throw new Error('RGI_Emoji characters differ');
    for (const n of stringProps.slice(1))
        if (req(`regenerate-unicode-properties/Property_of_Strings/${n}.js`).characters.data.length) throw new Error(n + ' has characters');
}
const basicEmojiChars = addSet(rangesOf('Property_of_Strings', 'Basic_Emoji'));
const freq = new Map();
for (const list of stringLists) for (const x of list) for (const c of x) freq.set(c, (freq.get(c) || 0) + 1);
const dict = [...freq.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, 240).map(e => e[0]);
const dictIndex = new Map(dict.map((c, i) => [c, i]));
const stringData = [], stringStarts = [];
for (const list of stringLists) {
    list.sort((a, b) => {
        for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i] - b[i];
        return a.length - b.length;
    });
    stringStarts.push(stringData.length);
    let prev = [];
    for (const x of list) {
        let shared = 0;
        while (shared < prev.length && shared < x.length && prev[shared] === x[shared]) shared++;
        if (shared > 15 || x.length - shared > 15) throw new Error('string too long');
        stringData.push(shared << 4 | (x.length - shared));
        for (const c of x.slice(shared)) {
            if (dictIndex.has(c)) stringData.push(dictIndex.get(c));
            else {
                if (c >= 0x100000) throw new Error('code point too large');
                stringData.push(0xf0 | (c >> 16), (c >> 8) & 0xff, c & 0xff);
            }
        }
        prev = x;
    }
}
stringStarts.push(stringData.length);
// name: mask of stringProps, then whether Basic_Emoji's characters belong.
const stringNames = new Map(stringProps.map((n, i) => [n, (1 << i) | (i === 0 ? 0x80 : 0)]));
stringNames.set('RGI_Emoji', ((1 << stringProps.length) - 1) | 0x80);

function varint(v, out) {
    const bytes = [v & 0x7f];
    while ((v >>>= 7)) bytes.unshift(0x80 | (v & 0x7f));
    out.push(...bytes);
}
function encode(t) {
    const out = [];
    let prev = -1;
    for (const x of t) {
        varint(x - prev - 1, out);
        prev = x;
    }
    return out;
}
const data = [], starts = [], bases = [];
const raw = [];  // sets stored without a base
sets.forEach((r, i) => {
    const t = toggles(r);
    let best = encode(t), base = NO_BASE;
    if (i >= 30) {  // the leaf categories are always stored as they are
        for (const b of raw) {
            const e = encode(xor(t, toggles(sets[b])));
            if (e.length + 2 < best.length) best = e, base = b;
        }
    }
    if (base === NO_BASE) raw.push(i);
    starts.push(data.length);
    bases.push(base);
    data.push(...best);
});
starts.push(data.length);

function nameList(map, valueBytes) {
    const out = [];
    for (const [name, v] of [...map.entries()].sort()) {
        out.push(name.length, ...[...name].map(c => c.charCodeAt(0)));
        for (let i = 0; i < valueBytes; i++) out.push((v >>> (8 * i)) & 0xff);
    }
    return out;
}
const gcBytes = nameList(gcNames, 4), binBytes = nameList(binaryNames, 2), scBytes = nameList(scriptNames, 2);
const strNameBytes = nameList(stringNames, 1);

function bytes(name, arr, type = 'uint8_t') {
    const lines = [`const ${type} ${name}[] = {`];
    for (let i = 0; i < arr.length; i += 16) lines.push('    ' + arr.slice(i, i + 16).join(', ') + ',');
    lines.push('};');
    return lines.join('\n');
}
const startType = data.length < 65536 ? 'uint16_t' : 'uint32_t';
process.stdout.write([
    '// Generated by tools/unicode/gen_regexp_properties.js from',
    `// regenerate-unicode-properties (Unicode ${unicodeVersion}). Do not edit.`,
    `// ${sets.length} sets, ${data.length} bytes of ranges; names: ${gcBytes.length + binBytes.length + scBytes.length} bytes.`,
    '#include "config.h"',
    '',
    '#if ENG_REGEXP_PROPERTY_ESCAPES',
    '#include "regexp/unicode_properties.h"',
    '',
    'namespace eng {',
    'namespace re {',
    '',
    bytes('propRanges', data),
    bytes('propSetStart', starts, `${startType}`),
    '// The set each set is stored relative to (its toggle points XOR that',
    '// set\'s), or 0xffff.',
    bytes('propSetBase', bases, 'uint16_t'),
    bytes('propGeneralCategoryNames', gcBytes),
    bytes('propBinaryNames', binBytes),
    bytes('propScriptNames', scBytes),
    `const uint32_t propGeneralCategoryNamesSize = sizeof propGeneralCategoryNames;`,
    `const uint32_t propBinaryNamesSize = sizeof propBinaryNames;`,
    `const uint32_t propScriptNamesSize = sizeof propScriptNames;`,
    `const uint32_t propScriptCount = ${scripts.length};`,
    '',
    '#if ENG_REGEXP_SETS',
    bytes('propStringDict', dict.flatMap(c => [c >> 16, (c >> 8) & 0xff, c & 0xff])),
    bytes('propStrings', stringData),
    bytes('propStringStart', stringStarts, 'uint16_t'),
    bytes('propStringNames', strNameBytes),
    `const uint32_t propStringNamesSize = sizeof propStringNames;`,
    `const uint32_t propBasicEmojiChars = ${basicEmojiChars};`,
    '#endif',
    '',
    '}  // namespace re',
    '}  // namespace eng',
    '#endif',
    '',
].join('\n'));
process.stderr.write(`sets ${sets.length}, range bytes ${data.length}, names ${gcBytes.length + binBytes.length + scBytes.length}, ` +
                     `strings ${stringData.length} + dictionary ${dict.length * 3}\n`);
