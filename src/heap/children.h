// The references one heap allocation holds to others. The collector marks
// through them and reference counting releases them, so both walk the same
// list: a reference missing here would be neither marked nor counted.
#ifndef ENG_HEAP_CHILDREN_H
#define ENG_HEAP_CHILDREN_H

#include "objects/array_buffer.h"
#include "objects/collection.h"
#include "objects/object.h"
#include "objects/object_ops.h"
#include "objects/weak_ref.h"
#include "regexp/regexp_object.h"
#include "vm/generator.h"
#include "vm/inline_cache.h"
#include "vm/promise.h"

namespace eng {

// Calls visit(GcHeader *) once per reference held by obj (null ones skipped).
// The values of a weak map are counted references, but marking reaches them
// only through live keys (gc.cpp markEphemerons): ephemerons false leaves
// them out. Weak keys are no references at all.
template <typename Visit>
void forEachChild(GcHeader *obj, Visit &&visit, bool ephemerons = true) {
    auto ref = [&](const GcHeader *p) {
        if (p) visit(const_cast<GcHeader *>(p));
    };
    auto value = [&](Value v) {
        if (v.isPointer()) visit(v.asPointer());
    };
    switch (obj->type) {
    case HeapType::Object: {
        JSObject *o = static_cast<JSObject *>(obj);
        ref(o->proto);
        if (ENG_SHAPES && o->hasFlag(OBJ_SHAPED)) {  // the keys are the shape's
            ref(gcOf(shapeOf(o)));
            for (uint32_t i = 0; i < o->propCount(); i++) value(shapedSlots(o)[i]);
        } else {
            // (The global object's built-ins in flash reference nothing.)
            for (uint32_t i = 0; i < o->propCount(); i++) {
                ref(o->props[i].key());
                value(o->props[i].value);
            }
        }
        for (uint32_t i = 0; i < o->elemCount(); i++) value(o->elems[i]);
        switch (o->cls()) {
        case ObjectClass::Closure: {
            JSClosure *c = static_cast<JSClosure *>(o);
            ref(c->tmpl);
            for (uint32_t i = 0; i < c->upvalCount; i++) ref(c->upvals[i]);
            break;
        }
        case ObjectClass::Native:
            ref(static_cast<JSNative *>(o)->name);
            break;
        case ObjectClass::Boolean:
        case ObjectClass::Number:
        case ObjectClass::String:
        case ObjectClass::Date:
        case ObjectClass::Symbol:
        case ObjectClass::BigInt:
#if ENG_RESOURCE_MANAGEMENT
        case ObjectClass::DisposableStack:
        case ObjectClass::AsyncDisposableStack:
#endif
            value(static_cast<JSPrimitiveWrapper *>(o)->primitive);
            break;
        case ObjectClass::ArrayIterator:
        case ObjectClass::StringIterator:
        case ObjectClass::RegExpStringIterator:
            value(static_cast<JSIteratorObject *>(o)->iterated);
            break;
        case ObjectClass::MapIterator:
        case ObjectClass::SetIterator:
            value(static_cast<JSCollectionIterator *>(o)->iterated);
            break;
        case ObjectClass::Map:
        case ObjectClass::Set:
        case ObjectClass::WeakMap:
        case ObjectClass::WeakSet: {
            CollectionTable *t = static_cast<JSCollection *>(o)->table;
            bool weak = isWeakCollectionClass(o->cls());
            if (!t || (weak && !ephemerons)) break;
            for (uint32_t i = 0; i < t->used; i++) {
                if (t->key(i).isEmpty()) continue;
                if (!weak) value(t->key(i));
                if (t->width == 2) value(t->value(i));
            }
            break;
        }
        case ObjectClass::Bound: {
            JSBound *b = static_cast<JSBound *>(o);
            ref(b->target);
            value(b->boundThis);
            ref(b->name);
            for (uint32_t i = 0; i < b->argCount; i++) value(b->args[i]);
            break;
        }
        case ObjectClass::RegExp:
            ref(static_cast<JSRegExp *>(o)->source);
            break;
#if ENG_PROXY
        case ObjectClass::Proxy:
            ref(static_cast<JSProxy *>(o)->target);
            ref(static_cast<JSProxy *>(o)->handler);
            break;
#endif
        case ObjectClass::Arguments: {
            JSArguments *a = static_cast<JSArguments *>(o);
            for (uint32_t i = 0; i < a->mappedCount; i++) ref(a->map[i]);
            break;
        }
        case ObjectClass::TypedArray:
        case ObjectClass::DataView:
            ref(static_cast<JSArrayBufferView *>(o)->buffer);
            break;
        case ObjectClass::IteratorHelper:
        case ObjectClass::WrapForValidIterator: {
            JSIteratorHelper *it = static_cast<JSIteratorHelper *>(o);
            value(it->iterated);
            value(it->nextMethod);
            value(it->fn);
            value(it->inner);
            value(it->innerNext);
            break;
        }
        case ObjectClass::Generator: {
            // The registers of a suspended frame (undefined while it runs).
            JSGenerator *g = static_cast<JSGenerator *>(o);
            ref(g->func);
            value(g->thisValue);
            value(g->promise);
            for (uint32_t i = 0; i < g->nregs; i++) value(g->regs[i]);
            break;
        }
        case ObjectClass::Promise: {
            JSPromise *p = static_cast<JSPromise *>(o);
            value(p->result);
            ref(p->reactions);
            ref(p->nextTracked);
            break;
        }
#if ENG_WEAK_REFS
        case ObjectClass::FinalizationRegistry: {
            // Targets and tokens are no references (a WeakRef holds none).
            JSFinalizationRegistry *r = static_cast<JSFinalizationRegistry *>(o);
            value(r->cleanup);
            for (uint32_t i = 0; i < r->count; i++) value(r->cells[i].held);
            break;
        }
#endif
        case ObjectClass::PromiseRecord: {
            JSPromiseRecord *r = static_cast<JSPromiseRecord *>(o);
            value(r->promise);
            value(r->resolve);
            value(r->reject);
            value(r->onFulfilled);
            value(r->onRejected);
            value(r->argument);
            ref(r->next);
            break;
        }
        default:
            break;
        }
        break;
    }
    case HeapType::Box:
        value(static_cast<Box *>(obj)->value);
        break;
    case HeapType::Accessor:
        value(static_cast<Accessor *>(obj)->getter);
        value(static_cast<Accessor *>(obj)->setter);
        break;
    case HeapType::Template: {
        FunctionTemplate *t = static_cast<FunctionTemplate *>(obj);
        ref(t->image);
        ref(t->name);
        if (t->consts)
            for (uint32_t i = 0; i < t->constCount; i++) value(t->consts[i]);
        if (t->inner)
            for (uint32_t i = 0; i < t->innerCount; i++) ref(t->inner[i]);
#if ENG_INLINE_CACHES
        forEachFieldCacheRef(t->fieldCaches, ref);
#endif
        break;
    }
    case HeapType::Image: {
        ImageBuffer *img = static_cast<ImageBuffer *>(obj);
        ref(img->fileName);
        if (img->templates)
            for (uint32_t i = 0; i < img->templateCount; i++) ref(img->templates[i]);
        break;
    }
    case HeapType::Shape: {
        Shape *shape = reinterpret_cast<Shape *>(obj);
        if (shape->parent) ref(gcOf(shape->parent));
        for (uint32_t i = 0; i < shape->header.count; i++) ref(Prop::keyOfBits(shape->keys[i]));
        break;
    }
    case HeapType::Iterator: {
        ForInIterator *it = static_cast<ForInIterator *>(obj);
        ref(it->object);
        for (uint32_t i = 0; i < it->count; i++) ref(it->keys[i]);
        break;
    }
    case HeapType::String:
    case HeapType::PrivateName:
    case HeapType::Symbol:
    case HeapType::Number:
    case HeapType::BigInt:
    case HeapType::Dead:
        break;
    }
}

}  // namespace eng

#endif
