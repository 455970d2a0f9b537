// Mark-and-sweep collection. Marking never allocates and never recurses:
// pending objects go on a small fixed stack inside the heap, and when it
// overflows the heap is rescanned for marked objects with unmarked children.
#include <string.h>

#include "heap/heap.h"
#include "objects/object_ops.h"
#include "regexp/regexp_object.h"
#include "strings/string.h"
#include "vm/frames.h"

namespace eng {

namespace {

void markObject(Heap &h, GcHeader *obj) {
    if (!obj || (obj->gcFlags & GC_MARKED)) return;
    obj->gcFlags |= GC_MARKED;
    if (obj->type == HeapType::String || obj->type == HeapType::Number) return;
    if (h.markTop < ENG_GC_MARK_STACK_SIZE) h.markStack[h.markTop++] = obj;
    else h.markOverflow = true;
}

void markValue(Heap &h, Value v) {
    if (v.isPointer()) markObject(h, v.asPointer());
}

void markObjectChildren(Heap &h, JSObject *o) {
    markObject(h, o->proto);
    for (uint32_t i = 0; i < o->propCount; i++) {
        markObject(h, o->props[i].key);
        markValue(h, o->props[i].value);
    }
    for (uint32_t i = 0; i < o->elemCount; i++) markValue(h, o->elems[i]);
    switch (o->cls()) {
    case ObjectClass::Closure: {
        JSClosure *c = static_cast<JSClosure *>(o);
        markObject(h, c->tmpl);
        for (uint32_t i = 0; i < c->upvalCount; i++) markObject(h, c->upvals[i]);
        break;
    }
    case ObjectClass::Native:
        markObject(h, static_cast<JSNative *>(o)->name);
        break;
    case ObjectClass::Boolean:
    case ObjectClass::Number:
    case ObjectClass::String:
    case ObjectClass::Date:
        markValue(h, static_cast<JSPrimitiveWrapper *>(o)->primitive);
        break;
    case ObjectClass::Bound: {
        JSBound *b = static_cast<JSBound *>(o);
        markObject(h, b->target);
        markValue(h, b->boundThis);
        markObject(h, b->name);
        for (uint32_t i = 0; i < b->argCount; i++) markValue(h, b->args[i]);
        break;
    }
    case ObjectClass::RegExp:
        markObject(h, static_cast<JSRegExp *>(o)->source);
        break;
    case ObjectClass::Arguments: {
        JSArguments *a = static_cast<JSArguments *>(o);
        for (uint32_t i = 0; i < a->mappedCount; i++) markObject(h, a->map[i]);
        break;
    }
    default:
        break;
    }
}

void markChildren(Heap &h, GcHeader *obj) {
    switch (obj->type) {
    case HeapType::Object:
        markObjectChildren(h, static_cast<JSObject *>(obj));
        break;
    case HeapType::Box:
        markValue(h, static_cast<Box *>(obj)->value);
        break;
    case HeapType::Accessor:
        markValue(h, static_cast<Accessor *>(obj)->getter);
        markValue(h, static_cast<Accessor *>(obj)->setter);
        break;
    case HeapType::Template: {
        FunctionTemplate *t = static_cast<FunctionTemplate *>(obj);
        markObject(h, t->image);
        markObject(h, t->name);
        if (t->consts)
            for (uint32_t i = 0; i < t->constCount; i++) markValue(h, t->consts[i]);
        if (t->inner)
            for (uint32_t i = 0; i < t->innerCount; i++) markObject(h, t->inner[i]);
        break;
    }
    case HeapType::Image: {
        ImageBuffer *img = static_cast<ImageBuffer *>(obj);
        markObject(h, img->fileName);
        if (img->templates)
            for (uint32_t i = 0; i < img->templateCount; i++) markObject(h, img->templates[i]);
        break;
    }
    case HeapType::Iterator: {
        ForInIterator *it = static_cast<ForInIterator *>(obj);
        markObject(h, it->object);
        for (uint32_t i = 0; i < it->count; i++) markObject(h, it->keys[i]);
        break;
    }
    case HeapType::String:
    case HeapType::Number:
        break;
    }
}

void drain(Heap &h) {
    for (;;) {
        while (h.markTop > 0) markChildren(h, h.markStack[--h.markTop]);
        if (!h.markOverflow) return;
        h.markOverflow = false;
        for (GcHeader *o = h.objects; o; o = o->next)
            if (o->gcFlags & GC_MARKED) {
                markChildren(h, o);
                while (h.markTop > 0) markChildren(h, h.markStack[--h.markTop]);
            }
    }
}

void markRoots(Heap &h) {
    // A call lowers the stack top to the end of its arguments, but the
    // caller's registers above them come back into view when it returns:
    // mark up to the highest frame top so that they stay valid.
    uint32_t limit = h.stackTop;
    for (uint32_t i = 0; i < h.frameCount; i++) {
        uint32_t top = frameTop(h, i);
        if (top > limit) limit = top;
    }
    for (uint32_t i = 0; i < limit; i++) markValue(h, h.stack[i]);
    for (uint32_t i = 0; i < h.frameCount; i++) markObject(h, h.frames[i].callee);
    for (LocalRoot *r = h.roots; r; r = r->previous) markValue(h, r->value);
    markValue(h, h.pending);
    markValue(h, h.outOfMemoryError);
    markObject(h, h.global);
    markObject(h, h.strictThrower);
    for (uint32_t i = 0; i < h.lazyMethodCount; i++) markObject(h, h.lazyMethods[i].target);
    for (int i = 0; i < PROTO__COUNT; i++) {
        markObject(h, h.protos[i]);
        markObject(h, h.ctors[i]);
    }
    for (int i = 0; i < ATOM__COUNT; i++) markObject(h, h.atoms[i]);
}

void sweepObjects(Heap &h) {
    GcHeader **link = &h.objects;
    while (GcHeader *o = *link) {
        if (o->gcFlags & GC_MARKED) {
            o->gcFlags &= static_cast<uint8_t>(~GC_MARKED);
            link = &o->next;
        } else {
            *link = o->next;
            freeGcObject(h, o);
        }
    }
}

}  // namespace

void collectGarbage(Heap &h) {
    if (h.gcRunning || h.gcDisabled) return;
    h.gcRunning = true;
    h.markTop = 0;
    h.markOverflow = false;
    markRoots(h);
    drain(h);
    sweepStrings(h);
    sweepObjects(h);
    h.stats.gc_runs++;
    h.allocatedSinceGc = 0;
    // Collect again once as much has been allocated as is live now.
    size_t live = h.stats.bytes_in_use;
    h.gcThreshold = live > ENG_GC_MIN_THRESHOLD ? live : ENG_GC_MIN_THRESHOLD;
    h.gcRunning = false;
}

void freeGcObject(Heap &h, GcHeader *obj) {
    switch (obj->type) {
    case HeapType::String:
        heapFree(h, obj, stringAllocSize(static_cast<HString *>(obj)));
        break;
    case HeapType::Number:
        heapFree(h, obj, sizeof(HeapNumber));
        break;
    case HeapType::Object:
        freeObject(h, static_cast<JSObject *>(obj));
        break;
    case HeapType::Box:
        heapFree(h, obj, sizeof(Box));
        break;
    case HeapType::Accessor:
        heapFree(h, obj, sizeof(Accessor));
        break;
    case HeapType::Template: {
        FunctionTemplate *t = static_cast<FunctionTemplate *>(obj);
        if (t->consts) heapFree(h, t->consts, t->constCount * sizeof(Value));
        if (t->inner) heapFree(h, t->inner, t->innerCount * sizeof(FunctionTemplate *));
        heapFree(h, obj, sizeof(FunctionTemplate));
        break;
    }
    case HeapType::Image: {
        ImageBuffer *img = static_cast<ImageBuffer *>(obj);
        heapFree(h, img->bytes, img->size);
        heapFree(h, img->templates, img->templateCount * sizeof(FunctionTemplate *));
        heapFree(h, obj, sizeof(ImageBuffer));
        break;
    }
    case HeapType::Iterator: {
        ForInIterator *it = static_cast<ForInIterator *>(obj);
        heapFree(h, it->keys, it->count * sizeof(HString *));
        heapFree(h, obj, sizeof(ForInIterator));
        break;
    }
    }
}

}  // namespace eng
