#!/usr/bin/env bash
# Builds a seed corpus for one fuzz target from the sources in the tree
# (nothing binary is committed):
#   bash tests/fuzz/make_seeds.sh eval|json|regexp|image|builtins OUTPUT_DIR
#   eval:   every tests/js/**/*.js
#   json:   a few JSON documents (below)
#   regexp: the regular expression literals found in tests/js, each as
#           pattern NUL flags NUL subject
#   image:  the bytecode image of every tests/js/**/*.js that compiles,
#           written by $ENG_FUZZ_IMAGE_SEEDS (image_seeds of the fuzz build:
#           word size and configuration must match the target's)
#   builtins: 128 call sequences of fuzz_builtins (four calls each, bytes
#           from a fixed linear congruential sequence: every function in
#           every mode, with varied receivers and arguments)
set -euo pipefail
kind=$1
out=$2
root="$(cd "$(dirname "$0")/../.." && pwd)"
mkdir -p "$out"

case $kind in
eval)
    # One file per script, named after its path.
    (cd "$root/tests/js" && find . -name '*.js' | sort) | while read -r js; do
        name=${js#./}
        cp "$root/tests/js/$js" "$out/${name//\//_}"
    done
    ;;
json)
    i=0
    while IFS= read -r doc; do
        i=$((i + 1))
        printf '%s' "$doc" > "$out/doc$i.json"
    done <<'DOCS'
{"a":1,"b":[true,false,null],"c":{"d":"e\u0041\n"},"f":-1.5e-7}
[1,2,3,[4,[5,[6]]],{"x":{}},[]]
"\ud83d\ude00 \\ \/ \b\f\n\r\t"
  -0.0e+10  
{"__proto__":{"x":1},"constructor":null,"1":2,"0":"zero"}
[1e400,-1e-400,123456789012345678901234567890,0.1]
{"a":{"a":{"a":{"a":{"a":{"a":[[[[[[[[]]]]]]]]}}}}}}
"\u0000\u001f\u007f\u00ff\uffff"
DOCS
    ;;
regexp)
    subject=$'abc aXb 123 foo-bar\n baz ABC \xc3\xa9 \xf0\x9f\x98\x80 aaa'
    i=0
    # Literals after ( = , : [ ! & | ? or return, up to the closing slash.
    perl -ne 'while (m{(?:^|[(=,:\[!&|?;]|return)\s*/((?:[^/\\\[\n]|\\.|\[(?:[^\]\\\n]|\\.)*\])+)/([a-z]*)}g) { print "$1\t$2\n" }' \
        $(find "$root/tests/js" -name '*.js' | sort) | sort -u | head -n 400 |
    while IFS=$'\t' read -r pattern flags; do
        i=$((i + 1))
        printf '%s\0%s\0%s' "$pattern" "$flags" "$subject" > "$out/re$i"
    done
    ;;
image)
    writer=${ENG_FUZZ_IMAGE_SEEDS:?set ENG_FUZZ_IMAGE_SEEDS to the image_seeds program of the fuzz build}
    (cd "$root/tests/js" && find . -name '*.js' | sed 's|^\./||' | sort | xargs "$writer" "$out")
    ;;
builtins)
    perl -e 'my $x = 12345;
        sub byte { $x = ($x * 1103515245 + 12345) % 2147483648; return ($x >> 16) & 255 }
        for my $i (0 .. 127) {
            open(my $f, ">", "$ARGV[0]/calls$i") or die;
            binmode $f;
            my @b;
            for my $c (0 .. 3) {
                # function, mode, receiver, three arguments
                push @b, ($i + 32 * $c) & 255, ($i + $c) % 7, byte(), 3, byte(), byte(), byte();
            }
            print $f pack("C*", @b);
            close $f;
        }' "$out"
    ;;
*)
    echo "make_seeds.sh: unknown kind $kind" >&2
    exit 2
    ;;
esac
