// Object literals (ES2023 13.2.5): ES5 properties and accessors plus the
// ES2015 forms: shorthand `{a}`, methods `{f() {}}`, computed keys
// `{[k]: v}`, `__proto__: v` (B.3.1) and spread `{...o}`.
#include "compiler/parser.h"

namespace eng {

bool Parser::parseObjectLiteral(ExprDesc &e) {
    if (!next()) return false;
    uint32_t dest = allocReg();
    uint32_t newObjPc = emitABC(OP_NEWOBJ, dest, 0, 0);
    uint32_t properties = 0;  // NEWOBJ's B: the room the object is made with
    bool sawProto = false;
    while (!check(T_RBRACE)) {
        const Token tok = lex_.token;
        if (check(T_ELLIPSIS)) {
            // PropertyDefinition: ... AssignmentExpression (ES2018)
            if (!next()) return false;
            ExprDesc v;
            if (!parseAssignment(v, false)) return false;
            uint32_t r = compactToAnyReg(v);
            setPos(tok.line, tok.column);
            emitABC(OP_COPYPROPS, dest, r, 0);
            freeExpr(v);
            fs_->freeReg = dest + 1;
        } else {
            properties++;
            uint32_t key = NO_ATOM;
            // 1 getter, 2 setter; -1: *name() {}, a generator method (no
            // flag of its own: this frame nests per literal level).
            int accessor = check(T_STAR) ? -1 : 0;
            if (accessor < 0 && !next()) return false;
            // -2: async name() {}
            if (accessor == 0 && isAsyncWord()) {
                uint32_t word = tokenAtom();
                if (!next()) return false;
                if (check(T_COLON) || check(T_LPAREN) || check(T_COMMA) || check(T_RBRACE) || check(T_ASSIGN) ||
                    lex_.token.newlineBefore) {
                    key = word;  // a property named async (or shorthand async)
                } else {
                    accessor = -2;
                    if (check(T_STAR)) {  // -3: async *name() {}
                        if (!next()) return false;
                        accessor = -3;
                    }
                }
            }
            if (accessor == 0 && key == NO_ATOM && check(T_IDENT) && !tok.escaped &&
                (atoms_.equalsAscii(tokenAtom(), "get") || atoms_.equalsAscii(tokenAtom(), "set"))) {
                uint32_t word = tokenAtom();
                if (!next()) return false;
                if (check(T_COLON) || check(T_LPAREN) || check(T_COMMA) || check(T_RBRACE))
                    key = word;  // a property named get or set
                else
                    accessor = atoms_.equalsAscii(word, "get") ? 1 : 2;
            }
            const Token keyTok = key != NO_ATOM ? tok : lex_.token;
            uint32_t keyReg = NO_REG;
            if (key == NO_ATOM) {
                if (check(T_LBRACKET)) {
                    // ComputedPropertyName: the key is converted before the value runs.
                    if (!next()) return false;
                    ExprDesc k;
                    if (!parseAssignment(k, false)) return false;
                    if (!expect(T_RBRACKET)) return false;
                    uint32_t r = compactToAnyReg(k);
                    freeExpr(k);
                    keyReg = allocReg();
                    setPos(keyTok.line, keyTok.column);
                    emitABC(OP_TOKEY, keyReg, r, dest);
                } else if (!parsePropertyName(&key)) {
                    return false;
                }
            }
            bool computed = keyReg != NO_REG;
            if (accessor < 0 && !check(T_LPAREN)) return unexpected();
            if (accessor > 0 || check(T_LPAREN)) {
                // Getter, setter or method: named after the key.
                uint32_t name = NO_ATOM;
                if (!computed) name = accessor > 0 ? prefixedName(accessor == 1 ? "get " : "set ", key) : key;
                uint32_t inner;
                generatorNext_ = accessor == -1 || accessor == -3;
                asyncNext_ = accessor <= -2;
                if (!parseFunction(false, accessor > 0 ? accessor : 3, name, tok.start, &inner)) return false;
                uint32_t t = allocReg();
                setPos(tok.line, tok.column);
                emitClosure(inner, t);
                emitSlot(inner, t, homeAtom_, dest);  // its home object, for super (compiler/class.cpp)
                if (computed) {
                    emitABC(OP_SETNAME, t, keyReg, static_cast<uint32_t>(accessor > 0 ? accessor : 0));
                    emitABC(accessor <= 0 ? OP_INITPROPR : accessor == 1 ? OP_INITGETR : OP_INITSETR, dest, keyReg, t);
                } else if (accessor > 0) {
                    emitABC(accessor == 1 ? OP_INITGET : OP_INITSET, dest, narrowStringConst(key), t);
                } else {
                    emitNamed(OP_INITPROP, OP_INITPROPR, dest, key, t, false);
                }
                fs_->freeReg = dest + 1;
            } else if (!computed && keyTok.type == T_IDENT && (check(T_COMMA) || check(T_RBRACE))) {
                // Shorthand: an IdentifierReference.
                if (keyTok.escapedKeyword) return failAt(kEscapedKeyword, keyTok.line, keyTok.column);
                if (fs_->strict && keyTok.strictReserved)
                    return failAt(ENG_MESSAGE("Unexpected strict mode reserved word"), keyTok.line, keyTok.column);
                if (!checkAwaitName(key, keyTok.line, keyTok.column)) return false;
                ExprDesc v = resolveName(key, keyTok.line, keyTok.column);
                uint32_t r = compactToAnyReg(v);
                emitNamed(OP_INITPROP, OP_INITPROPR, dest, key, r, false);
                freeExpr(v);
                fs_->freeReg = dest + 1;
            } else {
                // B.3.1: `__proto__: v` (not computed, not shorthand, not a
                // method) sets the prototype, once per literal.
                bool isProto = !computed && keyTok.type != T_NUMBER && atoms_.equalsAscii(key, "__proto__");
                if (isProto) {
                    if (sawProto)
                        return failAt(ENG_MESSAGE("Duplicate __proto__ fields are not allowed in object literals"),
                                      tok.line, tok.column);
                    sawProto = true;
                }
                if (!expect(T_COLON)) return false;
                ExprDesc v;
                nameHint_ = isProto ? NO_ATOM : computed ? kComputedName : key;
                namedAnonymous_ = false;
                if (!parseAssignment(v, false)) return false;
                bool nameAtRunTime = computed && namedAnonymous_;
                namedAnonymous_ = false;
                uint32_t r = compactToAnyReg(v);
                setPos(tok.line, tok.column);
                if (isProto) {
                    emitABC(OP_INITPROTO, dest, r, 0);
                } else if (computed) {
                    if (nameAtRunTime) emitABC(OP_SETNAME, r, keyReg, 0);
                    emitABC(OP_INITPROPR, dest, keyReg, r);
                } else {
                    emitNamed(OP_INITPROP, OP_INITPROPR, dest, key, r, false);
                }
                freeExpr(v);
                fs_->freeReg = dest + 1;
            }
        }
        if (check(T_COMMA)) {
            if (!next()) return false;
        } else if (!check(T_RBRACE)) {
            return unexpected();
        }
    }
    if (properties <= NEWOBJ_MAX_ROOM && newObjPc < fs_->code.size())
        fs_->code[newObjPc] = makeABC(OP_NEWOBJ, dest, properties, 0);
    e = ExprDesc();
    e.kind = E_REG;
    e.a = dest;
    return next();
}

}  // namespace eng
