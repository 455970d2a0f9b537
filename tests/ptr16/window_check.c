/* ENG_PTR16 builds: heaps must live in the 16-bit pointer window
 * (engine.h, eng_ptr16_set_window). Checks that memory outside it is
 * refused with ENG_CREATE_OUTSIDE_WINDOW, that the window cannot move
 * while a heap exists, and that a heap over a window the embedder names
 * runs scripts. Prints "ptr16 window: ok" on success. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "engine.h"
#include "engine_alloc.h"

#define WINDOW_SIZE (64u * 1024u)

static unsigned char window[WINDOW_SIZE] __attribute__((aligned(8)));
static unsigned char elsewhere[WINDOW_SIZE] __attribute__((aligned(8)));

static int fail(const char *what) {
    printf("ptr16 window: FAILED: %s\n", what);
    return 1;
}

int main(void) {
    eng_create_error why;
    eng_config config;
    eng_allocator a;
    eng_heap *heap;

    if (eng_ptr16_set_window(window + 4, 1024)) return fail("a base that is not 8-byte aligned was accepted");
    if (eng_ptr16_set_window(window, ENG_PTR16_WINDOW_MAX + 8)) return fail("a window above the maximum was accepted");
    if (!eng_ptr16_set_window(window, sizeof window)) return fail("the window was refused");

    /* An allocator over memory outside the window. */
    memset(&config, 0, sizeof config);
    a = eng_tlsf_allocator(eng_tlsf_init(elsewhere, sizeof elsewhere));
    config.allocator = &a;
    heap = eng_create_ex(&config, &why);
    if (heap || why != ENG_CREATE_OUTSIDE_WINDOW) return fail("a heap outside the window was made");
    if (!strstr(eng_create_error_text(why), "window")) return fail("the error text does not say why");

    /* The default allocator's arena is not the window the embedder named. */
    heap = eng_create_ex(NULL, &why);
    if (heap || why != ENG_CREATE_OUTSIDE_WINDOW) return fail("the default allocator served another window");

    /* Inside the window. */
    a = eng_tlsf_allocator(eng_tlsf_init(window, sizeof window));
    heap = eng_create_ex(&config, &why);
    if (!heap) return fail(eng_create_error_text(why));
    if (eng_ptr16_set_window(elsewhere, sizeof elsewhere)) return fail("the window moved under a live heap");
    {
        const char *src = "var o = {a: 1}; var p = Object.create(o); p.b = 2; String(p.a + p.b) + [1, 2, 3].join('')";
        const char *result;
        if (eng_eval(heap, src, strlen(src), "window.js") != ENG_OK) return fail("the script threw");
        result = eng_get_string(heap, -1, NULL);
        if (!result || strcmp(result, "3123") != 0) return fail("the script's result is wrong");
        eng_pop(heap, 1);
    }
    eng_destroy(heap);

    /* With no heap left the window may move. */
    if (!eng_ptr16_set_window(elsewhere, sizeof elsewhere)) return fail("the window could not move after the heap went");
    puts("ptr16 window: ok");
    return 0;
}
