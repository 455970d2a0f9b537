/* The consumer project's program: a plain C99 program using engine.h.
 * Exits 0 when a script computed what JavaScript says it should. */
#include <stdio.h>
#include <string.h>

#include "engine.h"

int main(void) {
    static const char script[] = "Math.pow(2, 10) + 5 % 3";
    eng_heap *heap = eng_create(NULL);
    int ok;
    if (!heap) return 2;
    ok = eng_eval(heap, script, strlen(script), "consumer.js") == ENG_OK &&
         eng_get_number(heap, -1) == 1026;
    eng_destroy(heap);
    puts(ok ? "consumer: 1026" : "consumer: wrong result");
    return ok ? 0 : 1;
}
