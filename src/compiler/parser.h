// Single-pass parser that emits bytecode directly (no syntax tree).
//
// Every function body is parsed twice. Pass 1 collects declarations, the
// names referenced, `arguments` use, the directive prologue, facts the
// emitter needs in advance (which try statements have catch/finally, which
// catch parameters are captured, where an operand must be copied before its
// sibling is evaluated) and compiles inner functions completely. Its code is
// thrown away. Pass 2 re-lexes the body with the final register layout and
// emits the real code, skipping over inner functions already compiled.
#ifndef ENG_COMPILER_PARSER_H
#define ENG_COMPILER_PARSER_H

#include <stdint.h>

#include <new>

#include "bytecode/image.h"
#include "bytecode/opcodes.h"
#include "compiler/atoms.h"
#include "compiler/compile_context.h"
#include "compiler/compiler.h"
#include "compiler/function_record.h"
#include "compiler/lexer.h"
#include "compiler/line_builder.h"
#include "compiler/module.h"

#ifndef ENG_COMPILER_MAX_DEPTH
#define ENG_COMPILER_MAX_DEPTH 200
#endif

namespace eng {

constexpr uint32_t MAX_REGISTERS = 256;
// A reserved word written with escapes where an Identifier is required.
constexpr const char *kEscapedKeyword = ENG_MESSAGE("Keyword must not contain escaped characters");
constexpr uint32_t NO_REG = 0xffffffffu;
#if ENG_RESOURCE_MANAGEMENT
// A scope's dispose region (using.cpp): none yet; an await using is among
// its declarations; for (using x of ...), the loop body's.
constexpr uint16_t NO_DISPOSE_REG = 0xffff;
enum DisposeFlags : uint8_t { DISPOSE_ASYNC = 1, DISPOSE_PER_ITERATION = 2 };
#endif
constexpr uint32_t NO_PATCH = 0xffffffffu;
constexpr uint32_t kComputedName = 0xfffffffeu;  // nameHint_: the key is computed

enum ExprKind : uint8_t {
    E_VOID,    // no value (only as an "empty" marker)
    E_UNDEF,
    E_NULL,
    E_TRUE,
    E_FALSE,
    E_THIS,
    E_NUMBER,  // number
    E_STRING,  // atom
    E_LOCAL,   // a: register holding the variable itself
    E_BOX,     // a: register holding the variable's box
    E_UPVAL,   // a: upvalue index
    E_GLOBAL,  // a: constant index of the name
    E_FIELD,   // a: object register, b: constant index of the key (< 256)
    E_INDEX,   // a: object register, b: key register
    E_REG,     // a: register holding the value; temporaries from `floor` up are owned
    // A name that `with` objects around it may hold (innermost first): the
    // candidates are withCands[candStart, candStart + candCount) of the
    // function; if none has the name, the static binding (fbKind, b) is used.
    E_WITHREF,
    E_WITHBASE,  // the same once resolved: a: register holding the object that has
                 // the name, or undefined for the static binding
    E_SUPER,     // super[key] (compiler/class.cpp): a: registers a (home object),
                 // a+1 (this), a+2 (key)
    E_PRIVATE,   // object.#name: a: object register, b: register of the private name
    E_BIGINT     // a BigInt literal: atom of its text (Token::bigint)
};

// Where a `with` object (or another object of dynamic bindings) is read from.
struct WithCandidate {
    ExprKind kind;  // E_LOCAL, E_BOX (register) or E_UPVAL (upvalue index)
    uint32_t index;
    bool plainThis;  // eval variables: calls get undefined this
};

struct ExprDesc {
    ExprKind kind = E_VOID;
    bool isName = false;  // a plain identifier reference
    bool readOnly = false;  // the name of a named function expression, inside it
    bool constant = false;  // with readOnly: a const binding (stores throw in sloppy code too)
    bool tdz = false;       // a let/const binding that may be uninitialised here (E_BOX)
    bool parenthesized = false;  // (x): not a name for function name inference
    bool privateIn = false;      // a lone #name: only `#name in object` may follow
    uint32_t atom = NO_ATOM;
    uint32_t a = 0;
    uint32_t b = 0;
    uint32_t floor = NO_REG;  // E_REG: lowest temporary owned (NO_REG: only a, if temporary)
    ExprKind fbKind = E_VOID;  // E_WITHREF/E_WITHBASE: kind of the static binding (index in b)
    bool fbReadOnly = false;   // the static binding is read-only
    uint32_t candStart = 0, candCount = 0;
    double number = 0;
    uint32_t line = 0;    // source position of the operation that reads it
    uint32_t column = 0;
};

struct InnerRecord {
    uint32_t functionIndex;
    LexerPosition end;  // just after the closing brace; an arrow's expression body: at the next token
    uint32_t nameAtom;
    bool isDeclaration;
    bool conciseBody;   // arrow with an expression body
    bool endNewline;    // conciseBody: a line break before the next token
    bool inBlock;       // a declaration in a block: made on entry to the block
};

struct LocalVar {
    uint32_t atom;
    uint16_t reg;
    bool captured;
    uint8_t kind;  // LocalKind
};

// LOCAL_HIDDEN: a compiler-made variable (the object of a `with`), named so
// that no identifier can refer to it.
enum LocalKind : uint8_t { LOCAL_PARAM, LOCAL_VAR, LOCAL_ARGUMENTS, LOCAL_CALLEE, LOCAL_HIDDEN };

// Kinds of lexical (block-scoped) declarations (ES2015 13.2.1).
enum LexKind : uint8_t { LEX_NONE, LEX_LET, LEX_CONST, LEX_FUNCTION, LEX_CLASS };

// A binding of a block scope: a catch parameter, a `with` statement (isWith:
// atom is the hidden variable holding its object), or a lexical declaration
// (let, const, a function declared in a block).
struct CatchScope {
    uint32_t atom;
    uint32_t reg;
    bool boxed;
    uint32_t index;  // catch: occurrence index of the clause; lexical: its LexDecl
    bool isWith;
    uint8_t lexical = LEX_NONE;  // LexKind
    bool initialized = true;     // pass 2: code emitted from here runs after the declaration
};

// A lexical declaration found in pass 1. Pass 2 makes the bindings of a
// scope when it enters it, so they are known before their declarations.
enum LexFlags : uint8_t {
    LEXF_CAPTURED = 1,  // a closure uses it: it lives in a box (fresh per entry)
    LEXF_EARLY = 2,     // used before its declaration: starts empty (TDZ) and is checked
    LEXF_ANNEXB = 4,    // sloppy block function also assigned to the var of its name
    LEXF_NOT_PLAIN = 8  // a generator or async function declaration (no B.3.3.4 duplicates)
};
struct LexDecl {
    uint32_t atom;
    uint8_t kind;   // LexKind
    uint8_t flags;  // LexFlags
    uint32_t inner; // LEX_FUNCTION: index of its InnerRecord
};
struct LexScope {
    uint32_t start, count;  // its declarations in FuncState::lexDecls
};

// A `with` statement, found in pass 1: its hidden variable and the inner
// functions of its body (declarations there are made again on entry).
struct WithRecord {
    uint32_t atom;
    uint32_t innerStart;
    uint32_t innerEnd;
};

// Where a statement stands: in a statement list (a function body, the script,
// a block, a switch clause), as the body of `if` or of a label outside loops
// (Annex B allows function declarations there in sloppy code only), or as the
// body of a loop (no function declaration).
// STMT_IFBODY: the body of if, where a sloppy function declaration is one
// in a block of its own (Annex B.3.4).
enum StatementContext : uint8_t { STMT_LIST, STMT_ANNEXB, STMT_BODY, STMT_IFBODY };

enum TargetKind : uint8_t { TARGET_LOOP, TARGET_SWITCH, TARGET_LABEL };

// Something break/continue can jump to.
struct JumpTarget {
    TargetKind kind;
    uint32_t handlerDepth;  // handlers active outside the statement
    uint32_t breakList;     // patch list heads
    uint32_t continueList;
};

struct Label {
    uint32_t atom;
    uint32_t target;      // break target (TARGET_LABEL)
    uint32_t loopTarget;  // loop the label is attached to, or NO_PATCH
};

// Exception handler active at the current point of emission.
struct Handler {
    bool isFinally;
    bool asyncIteration;   // a for await loop's (its step and close await: vm/async_iteration.h)
    uint32_t reg;          // TRYFINALLY: completion registers reg, reg+1
    uint32_t finallyList;  // jumps to the finally entry
};

struct PatchNode {
    uint32_t pc;
    uint32_t next;
};

struct FuncState {
    explicit FuncState(Context *ctx);

    FuncState *parent = nullptr;
    int pass = 1;
    bool isScript = false;
    bool strict = false;
    bool isExpression = false;  // named function expression: name visible inside
    bool isArrow = false;       // arrow function: this and arguments are the enclosing function's
    bool isMethod = false;      // method, getter or setter: nameAtom is only its name property
    uint8_t classCtor = 0;      // class constructor: 1 base, 2 derived (compiler/class.cpp)
    bool staticBlock = false;   // a class static block: no return statement
    bool fieldInit = false;     // a field's initialiser: eval code there may not use arguments
    bool isGenerator = false;   // function* or *method: yield is an operator (generator.cpp)
    bool isAsync = false;       // async function, arrow or method: await is an operator (async.cpp)
    bool forAwaitNext = false;  // after `for await (` until the loop's ITERINIT (in the padding of the bools)
    uint32_t nameAtom = NO_ATOM;
    uint32_t sourceStart = 0;
    uint32_t startLine = 1, startColumn = 1;  // position of the prologue code

    // Facts collected in pass 1.
    Vec<uint32_t> params;          // atoms in order (a rest parameter last)
    // ES2015 parameter lists: defaults, a rest parameter (function.cpp).
    bool simpleParams = true;
    bool hasRest = false;
    uint32_t paramLength = 0;      // parameters before the first default or rest
    // Parameter expressions have a scope of their own (ES2023 10.2.11 step
    // 28): while they are parsed (inParams), names resolve to the parameters
    // (those not initialised yet are in their TDZ) and then outside the
    // function, never to the body's variables. paramRefs: the names they
    // use (and free names of functions made there), found in pass 1.
    // Pattern parameters (destructuring.cpp): a hidden formal each, and the
    // names they bind follow the formals in params (patternCount of them).
    // Pass 2 initialises formals and pattern names each in their order and
    // counts them (formalsBound, patternsBound): the others are in their TDZ.
    bool inParams = false;
    // Pass 2: catchScopes from here on are the parameter list's own (a class
    // in a default value); those below are the body's, which parameter
    // expressions do not see.
    uint32_t paramScopeMark = 0;
    uint32_t formalsBound = 0, patternsBound = 0;
    uint32_t patternCount = 0;
    LexerPosition paramsStart = {0, 0, 0};  // the token after '('
    HashMap<uint32_t> paramRefs;
    Vec<uint32_t> paramRefOrder;
    Vec<uint32_t> paramCopies;     // pairs: parameter index, body var local index
    Vec<LexerPosition> paramPositions;
    HashMap<uint32_t> declared;    // atom -> 1 (var) | 2 (function)
    Vec<uint32_t> declOrder;
    HashMap<uint32_t> referenced;  // names used directly or by inner functions
    Vec<uint32_t> refOrder;
    HashMap<uint32_t> innerFree;   // names free in inner functions
    Vec<InnerRecord> inners;
    uint32_t innerCursor = 0;
    Vec<uint8_t> catchCaptured;
    uint32_t catchCounter = 0;
    Vec<uint8_t> tryShapes;        // bit 0: has catch, bit 1: has finally
    uint32_t tryCounter = 0;
    Vec<uint32_t> narrowAtoms;     // strings that need a constant index < 256
    Vec<uint8_t> hazards;          // operand must be copied before its sibling runs
    uint32_t hazardCounter = 0;
    uint32_t nameWrites = 0;       // assignments to identifiers so far
    Vec<WithRecord> withRecords;   // in source order
    uint32_t withCursor = 0;
    // Classes in source order (pass 1 -> pass 2): where each constructor is
    // among the inner functions made from the class body on (bit 31: the
    // implicit one, made after the body).
    Vec<uint32_t> classRecords;
    uint32_t classCursor = 0;

    // Direct eval (ES5 10.4.2). A function that calls eval(...) keeps every
    // variable in a box and describes, at each call, what the eval code
    // sees; sloppy ones also get an object for the variables eval code
    // declares, which names are checked against like a with object.
    bool ownEval = false;
    uint32_t varObjAtom = NO_ATOM;  // hidden variable holding that object
    bool hasOuter = false;          // script: eval code with outer bindings (upvalues)
    bool scriptLocals = false;      // strict eval code: declarations are locals
    HashMap<uint32_t> knownNames;   // all names the function declares (from the first compile)
    Vec<uint32_t> knownOrder;
    Vec<uint32_t> evalSites;        // pass 2: the call sites' tables
    Vec<EvalBinding> evalBindings;

    // Layout, fixed between the passes.
    Vec<LocalVar> locals;
    HashMap<uint32_t> localIndex;  // atom -> index in locals
    Vec<uint32_t> upvalAtoms;
    HashMap<uint32_t> upvalIndex;  // atom -> upvalue index
    bool usesArguments = false;
    bool mappedArguments = false;  // FN_MAPPED_ARGUMENTS: params boxed by the executor
    uint32_t argumentsReg = NO_REG;

    // Emission.
    Vec<Instr> code;
    Vec<uint32_t> constWords;        // the constants, encoded as in FunctionRecord
    uint32_t constCount = 0;
    HashMap<uint64_t> numberConsts;  // bits -> index
    HashMap<uint32_t> stringConsts;  // atom -> index
    LineTableBuilder lines;
    uint32_t line = 1, column = 1;   // position for the next instruction
    uint32_t lastLabelPc = 0;        // a jump lands here: no peephole across it
    uint32_t freeReg = 0;
    uint32_t nactive = 0;            // registers below this hold variables
    uint32_t maxReg = 0;
    uint32_t completionReg = NO_REG; // script only
    Vec<CatchScope> catchScopes;
    Vec<JumpTarget> targets;
    Vec<Label> labels;
    uint32_t labelSetStart = 0;      // labels attached to the next statement: [labelSetStart, size)
    uint32_t attachedLabels = 0;     // the same, for the statement being dispatched
    Vec<Handler> handlers;
    Vec<PatchNode> patches;
    Vec<WithCandidate> withCands;    // pass 2: candidates of E_WITHREF names

    // Pass 1: ES2015 early errors of function declarations in blocks (block
    // and switch case block), which test262 checks. Open blocks form a stack;
    // blockLex holds the function names declared directly in each open
    // block (from blockMarks[i].lex), blockVars the var names declared
    // anywhere inside the open blocks (from blockMarks[i].var).
    struct BlockMark {
        uint32_t lex;
        uint32_t var;
        uint32_t catchParam;  // the block of a catch clause: its parameter
        bool varScope;        // a function body or a script: its functions are var-like
    };
    Vec<BlockMark> blockMarks;
    Vec<uint32_t> blockLex;
    Vec<uint32_t> blockVars;

    // Block scoping (let, const, block functions). Scopes are numbered in
    // source order (scopeCounter) the same way in both passes; pass 1 keeps
    // the declarations of open scopes on lexStack and moves each scope's to
    // lexDecls when it closes (lexScopes[scope]).
    struct OpenScope {
        uint32_t scope;       // its number
        uint32_t lexMark;     // pass 1: its declarations start here in lexStack; pass 2: in lexDecls
        uint32_t bindingMark; // catchScopes size when it opened
        uint32_t refSeqMark;  // pass 1: refSeq when it opened
        uint32_t annexMark;   // pass 1: annexB candidates from here are inside it
        uint32_t regBase;     // pass 2: nactive when it opened
        uint8_t kind;         // ScopeKind
#if ENG_RESOURCE_MANAGEMENT
        // using declarations (using.cpp), in the padding after kind: the
        // resource list's registers (list, scratch, the finally block's
        // completion pair) once one ran, and DisposeFlags.
        uint8_t disposeFlags = 0;
        uint16_t disposeReg = NO_DISPOSE_REG;
#endif
    };
    Vec<OpenScope> openScopes;
    Vec<LexDecl> lexStack;
    Vec<LexDecl> lexDecls;
    Vec<LexScope> lexScopes;
    uint32_t scopeCounter = 0;
    // Annex B.3.3 candidates (sloppy block functions): pass 1 rules out those
    // whose var would clash with an enclosing lexical declaration.
    struct AnnexCandidate {
        uint32_t atom;
        uint32_t occurrence;  // blockFunctionCounter value
        uint32_t depth;       // openScopes size at its declaration
    };
    Vec<AnnexCandidate> annexCandidates;
    Vec<uint8_t> annexEligible;      // by occurrence
    uint32_t blockFunctionCounter = 0;
    // Pass 1: when each name was last used (useSeq counts uses), directly and
    // by an inner function, to tell uses before a declaration.
    HashMap<uint32_t> nameUses;
    HashMap<uint32_t> innerUses;
    uint32_t useSeq = 0;
};

// A nested function's FuncState lives on the compile allocator, not on the
// C stack: it is about a kilobyte and functions nest, so keeping it in the
// frame of parseFunction cost that much C stack per nesting level.
class OwnedFuncState {
public:
    explicit OwnedFuncState(Context *ctx) : ctx_(ctx) {}
    // Allocates the FuncState; null when out of memory (ctx has recorded it).
    FuncState *create() {
        void *p = ctx_->allocate(sizeof(FuncState));
        if (p) fs_ = new (p) FuncState(ctx_);
        return fs_;
    }
    ~OwnedFuncState() {
        if (!fs_) return;
        fs_->~FuncState();
        ctx_->release(fs_, sizeof(FuncState));
    }
    OwnedFuncState(const OwnedFuncState &) = delete;
    OwnedFuncState &operator=(const OwnedFuncState &) = delete;
    FuncState *get() const { return fs_; }

private:
    Context *ctx_;
    FuncState *fs_ = nullptr;
};

// What opened a scope: a block, a function body (or eval code's top level),
// the top level of a script (its lexical declarations are global ones), a
// for statement's head, a switch's case block.
enum ScopeKind : uint8_t { SCOPE_BLOCK, SCOPE_FUNCTION, SCOPE_SCRIPT, SCOPE_FOR, SCOPE_SWITCH };

// Destructuring (destructuring.cpp): what a pattern binds or assigns, and
// where an element's value comes from.
enum PatternMode : uint8_t { PAT_ASSIGN, PAT_VAR, PAT_LET, PAT_CONST, PAT_PARAM };
enum PatternSourceKind : uint8_t { PSRC_ITER, PSRC_ITER_REST, PSRC_FIELD, PSRC_OBJECT_REST };
struct PatternSource {
    uint8_t kind;
    uint32_t reg;     // the iteration state (ITER*), or the object
    uint32_t key;     // PSRC_FIELD: the key's atom, or NO_ATOM for keyReg
    uint32_t keyReg;  // PSRC_FIELD: computed key; PSRC_OBJECT_REST: the array of keys read (or NO_REG)
};

// Clears what pass 1 emitted (function.cpp).
void resetEmission(FuncState &f);

// Marks a function split off a frame of the recursive descent: inlined
// back, its locals would be on that frame again.
#define ENG_PARSER_OFF_PATH __attribute__((noinline))

class Parser {
public:
    Parser(Context *ctx, const char *source, size_t length, bool strict);
    ~Parser();
    void setEvalCode(bool evalCode) { optionEvalCode_ = evalCode; }
    void setLineTables(bool lineTables) { optionLineTables_ = lineTables; }
#if ENG_MODULES
    void setModule(ModuleState *module) {
        module_ = module;
        lex_.module = module != nullptr;
        optionStrict_ = optionStrict_ || module != nullptr;
    }
#endif
    void setOuter(const OuterBinding *outer, uint32_t count) {
        optionOuter_ = outer;
        optionOuterCount_ = count;
    }
    // Compiles the whole script; on success the image is written.
    bool compileScript(uint8_t **image, size_t *imageSize);

private:
    friend struct ParserAccess;
    // --- errors and tokens (parser_core.cpp)
    bool fail(const char *message);
    bool failAt(const char *message, uint32_t line, uint32_t column);
    bool unexpected();  // V8-style message for the current token
    bool next();
    bool check(TokenType t) const { return lex_.token.type == t; }
    bool accept(TokenType t, bool *ok);
    bool expect(TokenType t);
    bool consumeSemicolon();
    bool enter();  // depth limit
    void leave() { depth_--; }
    uint32_t tokenAtom();  // atom of the current identifier/string token
    bool isIdentifierName() const;  // identifier or any keyword
    bool checkStrictName(uint32_t atom, uint32_t line, uint32_t column);

    // --- emission and registers (codegen.cpp)
    uint32_t emit(Instr i);
    // Out of line: called from some 250 places, where packing the operands
    // inline costs more flash than the call.
    uint32_t emitABC(Opcode op, uint32_t a, uint32_t b, uint32_t c);
    uint32_t emitABx(Opcode op, uint32_t a, uint32_t bx);
    uint32_t emitJump();  // JMP with offset to patch
    uint32_t emitCondJump(Opcode op, uint32_t reg);
    void setPos(uint32_t line, uint32_t column) {
        fs_->line = line;
        fs_->column = column;
    }
    uint32_t here();  // current pc, marked as a jump target
    void patchTo(uint32_t pc, uint32_t target);
    uint32_t addPatch(uint32_t list, uint32_t pc);
    void patchListTo(uint32_t list, uint32_t target);
    void jumpBackTo(uint32_t target);
    uint32_t allocReg();
    uint32_t reserveRegs(uint32_t n);  // pinned registers for a statement
    void releaseRegs(uint32_t base);
    uint32_t numberConst(double v);
    uint32_t stringConst(uint32_t atom);
    uint32_t narrowStringConst(uint32_t atom);
    uint32_t bigIntConst(uint32_t atom);  // a new CONST_BIGINT constant of a literal's text
    uint32_t slotConst();  // a new CONST_SLOT constant (never shared)  // index < 256 needed (REGEXP, INITGET/SET)
    void loadNumber(uint32_t reg, double v);
    void freeExpr(const ExprDesc &e);
    void dischargeTo(ExprDesc &e, uint32_t reg);  // value of e into reg
    uint32_t toNextReg(ExprDesc &e);
    uint32_t toAnyReg(ExprDesc &e);
    void discard(ExprDesc &e);
    void storeTo(const ExprDesc &target, uint32_t valueReg);
    void emitConstAssignError();
    // Eval code: the bindings around it may be lets in their TDZ.
    bool outerMayBeEmpty() const { return fs_->isScript && fs_->hasOuter; }
    void moveToLocal(uint32_t local, ExprDesc &value);
    bool isTemp(uint32_t reg) const { return reg != NO_REG && reg >= fs_->nactive; }
    uint32_t lowestTemp(const ExprDesc &e) const;
    uint32_t hazardBegin();
    void hazardEnd(uint32_t index, uint32_t writesBefore);
    bool hazardSet(uint32_t index) const;
    void protectOperand(ExprDesc &e, uint32_t hazard);
    void convertKeyOnce(ExprDesc &e);
    // with (codegen.cpp)
    ExprDesc staticBinding(const ExprDesc &e) const;
    void emitWithBase(const ExprDesc &e, uint32_t reg);
    void emitWithProbe(const ExprDesc &e, uint32_t reg, uint32_t *found, uint32_t *foundVars);
    void resolveWithBase(ExprDesc &e);
    void emitWithGet(uint32_t dest, uint32_t base, const ExprDesc &e);
    void emitWithSet(uint32_t base, const ExprDesc &e, uint32_t value);
    // R[dest] = R[base][atom].
    void emitGetNamed(uint32_t dest, uint32_t base, uint32_t atom);
    // An instruction with the name atom as its key: `narrow` with the
    // key's constant index in B (keyInC: in C) when it fits 8 bits, else
    // `wide` with the key loaded into a temporary register.
    void emitNamed(Opcode narrow, Opcode wide, uint32_t a, uint32_t atom, uint32_t other, bool keyInC);

    // --- names and scopes (scope.cpp)
    ExprDesc resolveName(uint32_t atom, uint32_t line, uint32_t column, bool varScope = false);
    void addWithCandidate(uint32_t hiddenAtom, bool plainThis = false);
    ExprDesc resolveHidden(uint32_t atom);
    uint32_t hiddenAtom(const char *prefix);
    const LocalVar *paramScopeLocal(uint32_t atom) const;
    void noteReference(uint32_t atom);
    bool declareVar(uint32_t atom);
    bool computeLayout();
    bool emitPrologue();
    uint32_t resolveUpvalDesc(uint32_t atom, bool inFunctionScope);
    bool fillUpvalDescs(uint32_t innerIndex, bool inFunctionScope);
    void noteInnerFree(uint32_t functionIndex, bool isDeclaration);
    // Back in the parent after an inner function's scan-pass compile (ok:
    // it compiled), which then records it; *innerIndex is its index there.
    bool endInnerFunction(FuncState *parent, bool ok, const InnerRecord &rec, uint32_t *innerIndex);
    // Starts an inner function's scan-pass compile at the token `at`: the
    // depth check, owned's FuncState (strict as its parent), now fs_. Null
    // on failure (raised).
    FuncState *beginInnerFunction(OwnedFuncState &owned, const Token &at);
    // Pass 2 meets an inner function compiled in pass 1: skips to the end
    // of its text (not reading the next token). Null (raised) when the
    // records are out of step.
    const InnerRecord *skipCompiledInner(uint32_t *innerIndex);

    // --- functions (function.cpp)
    // accessor: 0 plain function, 1 getter, 2 setter, 3 method, 4 class
    // constructor, 5 derived class constructor.
    // A generator when generatorNext_ is set (read and cleared here): a
    // member, not a parameter, so that the callers' frames keep their size
    // (a sixth argument goes on the stack on ARM).
    bool parseFunction(bool isDeclaration, int accessor, uint32_t nameAtom, uint32_t startOffset,
                       uint32_t *innerIndex);
    // --- async functions (async.cpp)
    bool isAsyncWord();   // the current token is `async` (unescaped)
    bool isAwaitHere();   // the current token is `await` (unescaped)
    bool backTo(const Token &start);
    bool asyncFunctionAhead(bool *yes);  // `async function`, no line break between
    // At `async`: when `function` follows (no line break between), reads
    // the async, sets asyncNext_ and *type = T_FUNCTION (a SyntaxError
    // unless allowed). Out of line: the callers' frames nest.
    bool asyncFunctionStart(bool allowed, TokenType *type);
    bool asyncArrowAhead(bool *yes);     // `async x =>` / `async (...) =>`
    bool emitAsyncStart();
    bool parseAwait(ExprDesc &e);
    // --- generators (generator.cpp)
    bool isYieldHere();  // the current token is a yield operator
    bool parseYield(ExprDesc &e, bool noIn);
    void emitYield(uint32_t base, uint32_t operand);       // YIELD/RESUME (async: with the awaits)
    void emitDelegation(uint32_t base, uint32_t operand);  // yield*'s loop
    bool emitGeneratorStart();
    bool emitClosure(uint32_t innerIndex, uint32_t reg);
    bool compileFunctionBody(FuncState &child, LexerPosition bodyStart, LexerPosition *end);
    // --- parameter lists (params.cpp)
    bool parseFormalParameters(FuncState &child, bool arrow);
    bool emitParameterPrologue(FuncState &child, bool arrow);  // pass 2: defaults, copies
    bool emitDefault(uint32_t index, bool named);
    void noteParamRef(uint32_t atom);
    bool resolveParam(uint32_t atom, ExprDesc &e);
    bool arrowParamsAhead(bool *isArrow);
    bool parseDirectives();
    bool checkParams(FuncState &child);
    bool parseStatementsUntil(TokenType end);
    bool finishFunction(FuncState &f, uint32_t sourceEnd, uint32_t *functionIndex);
    bool compileProgram();  // the script, once

    // --- expressions (parser_expr.cpp)
    bool parseExpression(ExprDesc &e, bool noIn);
    // The recursive descent keeps its per-level frames small: what the
    // common case does not need is in functions of their own, never inlined
    // into them (ENG_PARSER_OFF_PATH; docs/c-stack.md).
    bool parseAssignment(ExprDesc &e, bool noIn);
    ENG_PARSER_OFF_PATH int parseAssignmentHead(ExprDesc &e, bool noIn);
    ENG_PARSER_OFF_PATH bool parseAssignmentOperator(ExprDesc &e, bool noIn, uint32_t line, uint32_t column);
    bool parseConditional(ExprDesc &e, bool noIn);
    ENG_PARSER_OFF_PATH bool parseConditionalBranches(ExprDesc &e, bool noIn);
    bool parseBinary(ExprDesc &e, int minPrecedence, bool noIn);
    ENG_PARSER_OFF_PATH bool parseBinaryOperators(ExprDesc &e, int minPrecedence, bool noIn);
    // short_circuit.cpp: && || ?? and their assignments (ES2020, ES2021)
    uint32_t emitShortCircuit(TokenType op, uint32_t reg);
    bool parseLogicalAssignment(ExprDesc &e, TokenType op, bool noIn, uint32_t hazard, uint32_t writesBefore);
    bool parseUnary(ExprDesc &e);
    ENG_PARSER_OFF_PATH bool parsePrefixOperator(ExprDesc &e);
    ENG_PARSER_OFF_PATH bool emitDelete(ExprDesc &e, uint32_t line, uint32_t column);
    ENG_PARSER_OFF_PATH bool emitTypeof(ExprDesc &e, uint32_t line, uint32_t column);
    bool parsePostfix(ExprDesc &e);
    bool parseLeftHandSide(ExprDesc &e);
    bool parseMemberSuffixes(ExprDesc &e, bool allowCalls);
    ENG_PARSER_OFF_PATH bool parseMemberAccess(ExprDesc &e);
    bool parseOptionalLink(ExprDesc &e, uint32_t *chain);  // optional_chain.cpp
    void closeOptionalChain(ExprDesc &e, uint32_t chain, bool forDelete);
    bool parsePrimary(ExprDesc &e);
    ENG_PARSER_OFF_PATH bool parseLeafPrimary(ExprDesc &e);
    ENG_PARSER_OFF_PATH bool parsePrimaryForm(ExprDesc &e, const Token *asyncStart = nullptr);
    ENG_PARSER_OFF_PATH bool parseFunctionExpression(ExprDesc &e, uint32_t start, uint32_t line, uint32_t column);
    bool parseArguments(uint32_t base, uint32_t *count, bool *spread);
    ENG_PARSER_OFF_PATH void moveArgumentsToArray(uint32_t base, uint32_t n);
    ENG_PARSER_OFF_PATH void appendArgument(uint32_t base, ExprDesc &arg, bool isSpread, uint32_t line, uint32_t column);
    bool parseArrayLiteral(ExprDesc &e);
    bool parseObjectLiteral(ExprDesc &e);  // object_literal.cpp
    uint32_t prefixedName(const char *prefix, uint32_t atom);
    bool setInnerName(uint32_t innerIndex, uint32_t atom);  // function_name.cpp
    bool nameAnonymousFunction(uint32_t innerIndex, uint32_t hint, bool whole, bool defer);
    bool parseNamedParenthesized(ExprDesc &e, uint32_t hint, bool outerDefers);
    bool parsePropertyName(uint32_t *atom);
    bool checkAssignable(const ExprDesc &e, const char *message, uint32_t line, uint32_t column);
    bool emitUpdate(ExprDesc &e, bool increment, bool postfix);
    void makeMember(ExprDesc &e, uint32_t keyAtom, uint32_t line, uint32_t column);
    // e[key]: key's value in a register (key is consumed).
    void makeIndex(ExprDesc &e, ExprDesc &key, uint32_t line, uint32_t column);
    // e becomes the member (kind E_FIELD or E_INDEX, key b) of the object in e.a.
    void setMember(ExprDesc &e, ExprKind kind, uint32_t b, uint32_t line, uint32_t column);
    bool emitCall(ExprDesc &e, uint32_t line, uint32_t column, bool tagged = false);
    ENG_PARSER_OFF_PATH uint32_t loadCallee(ExprDesc &e, uint32_t *owned);
    bool parseNew(ExprDesc &e);
    void compact(ExprDesc &e);
    uint32_t compactToAnyReg(ExprDesc &e);  // compact, then toAnyReg
    bool checkBinding(uint32_t atom, const Token &token);

    // --- template literals (template.cpp)
    bool parseTemplateLiteral(ExprDesc &e);
    bool parseTemplateArguments(uint32_t base, uint32_t *count);
    bool appendTemplateChunk(uint32_t dest, bool *started);
    bool nextTemplateChunk();

    // --- statements (parser_stmt.cpp)
    bool parseStatement();
    ENG_PARSER_OFF_PATH bool parseVarStatement();
    ENG_PARSER_OFF_PATH bool parseLexicalStatement(uint8_t context, bool isConst);
    ENG_PARSER_OFF_PATH bool parseFunctionDeclaration(uint8_t context, uint32_t start);
    ENG_PARSER_OFF_PATH int parseIdentifierStatementHead(uint8_t context);
    bool parseBlock(uint32_t catchParam = NO_ATOM);
    bool openBlock(uint32_t catchParam, uint8_t kind);
    bool closeBlock();
    bool declareBlockFunction(uint32_t atom, const Token &token);
    bool checkVarAgainstBlocks(uint32_t atom, const Token &token);
    bool failRedeclared(uint32_t atom, const Token &token);
    bool parseVarDeclarations(bool noIn, uint32_t *lastAtom, bool *hadInit, uint32_t *count);
    // --- block scoping (block_scope.cpp)
    bool letDeclarationAhead(bool *isDeclaration);
    bool openScope(uint8_t kind, uint32_t catchParam = NO_ATOM);
    bool closeScope();
    bool declareLexical(uint32_t atom, uint8_t kind, const Token &token, uint32_t *slot);
    bool completeLexical(uint32_t slot);
    CatchScope *lexicalBinding(uint32_t atom);
    bool parseLexicalDeclarations(bool isConst, bool noIn, uint32_t *count, uint32_t *lastAtom, bool *hadInit);
    bool emitScopeFunctions(uint32_t from);
    bool emitPerIterationCopies();
    bool emitGlobalLexicalPrologue();
    void patchInnerTdz(uint32_t innerIndex);
    void patchUpvalTdz(uint32_t functionIndex, uint32_t upval, bool isConst, uint32_t depth);
    bool annexBAssign(uint32_t atom, uint32_t occurrence, const Token &token);
    bool parseIf();
    bool parseWhile();
    bool parseDoWhile();
    bool parseFor();
    bool parseForLexical(uint32_t labels);
#if ENG_RESOURCE_MANAGEMENT
    // --- using declarations (using.cpp)
    bool usingDeclarationAhead(bool isAwait, bool inForHead, bool *isDeclaration);
    ENG_PARSER_OFF_PATH bool parseUsingStatement(uint8_t context, bool isAwait);
    bool openDisposeRegion(bool isAwait);
    bool closeDisposeRegion();
    bool emitDisposeAdd(uint32_t valueReg);
#endif
    bool parseForRest(uint32_t labels, bool lexical);
    // for-in and for-of share their code; of: for-of (ITERINIT/ITERNEXT).
    bool parseForIn(const ExprDesc &target, uint32_t iterReg, uint32_t keyReg, uint32_t targetsFrom, bool of);
    bool parseForInWithLhsCode(uint32_t skipJump, ExprDesc &target, uint32_t iterReg,
                               uint32_t keyReg, uint32_t targetsFrom, bool of, uint32_t targetTop);
    bool atOf();
    bool parseForObject(bool of, uint32_t *iterReg, uint32_t *flagReg);
    uint32_t emitForStep(bool of, uint32_t keyReg, uint32_t iterReg, uint32_t flagReg);
    void closeForOf(uint32_t iterReg);
    bool parseBreakContinue(bool isContinue);
    bool parseReturn();
    bool parseThrow();
    bool parseTry();
    bool parseSwitch();
    bool parseWith();
    bool parseLabelled(uint32_t atom, uint32_t line, uint32_t column);
    bool parseExpressionStatement();
    uint32_t pushTarget(TargetKind kind);
    void bindLoopLabels(uint32_t from, uint32_t target);
    // A loop's body statement and end: `continue` and the jump back go to
    // continueAt; exit (NO_PATCH: none) and `break` to the end.
    // forOfIter: a for-of's iteration registers (closed after the loop), or NO_REG.
    bool parseLoopBody(uint32_t labels, uint32_t continueAt, uint32_t exit, uint32_t forOfIter = NO_REG);
    void popTarget(uint32_t breakTo);
    void emitJumpOut(uint32_t target, bool isContinue);

    // --- direct eval (eval_scope.cpp)
    bool outerCandidates(uint32_t atom);
    bool checkEvalVarsAgainstLexical();
    uint32_t outerIndexOf(uint8_t kind, uint32_t atom) const;
    void noteEvalReferences();
    uint32_t buildEvalSite();
    void emitEvalDeclaration(uint32_t atom, uint32_t fnReg);
    void recordDiscovery(FuncState &f);
    void applyDiscovery(FuncState &f);

    // --- destructuring (destructuring.cpp)
    bool seekToken(const LexerPosition &at, bool newlineBefore);
    bool skipToClose(uint32_t depth, TokenType previous, bool *closed, bool *sawAssign = nullptr);
    bool tokenAfterBrackets(TokenType *after, bool *afterOf = nullptr);
    // 1: parsed `pattern = value` into e; 0: not a pattern; -1: an error.
    int parseDestructuringAssignment(ExprDesc &e, bool noIn);
    bool parsePatternAssignment(ExprDesc &e, bool noIn);
    bool parsePatternDeclaration(uint8_t mode, bool noIn);
    bool parsePattern(uint8_t mode, uint32_t value);
    bool parseArrayPattern(uint8_t mode, uint32_t value);
    bool parseObjectPattern(uint8_t mode, uint32_t value);
    void emitPatternFetch(const PatternSource &src, uint32_t t);
    bool emitPatternDefault(uint32_t t, uint32_t hint);
    bool parsePatternElement(uint8_t mode, const PatternSource &src, bool allowDefault);
    bool declarePatternName(uint8_t mode, uint32_t atom, const Token &tok, uint32_t *slot);
    bool bindPatternName(uint8_t mode, uint32_t atom, const Token &tok, uint32_t slot, uint32_t t);
    bool parseForInPattern(uint8_t mode, uint32_t labels, bool of);
    bool parseCatchPatternBlock(const LexerPosition &pattern, uint32_t catchReg, bool boxed);
    // --- classes (class.cpp)
    bool parseClassDeclaration();
    bool parseClassExpression(ExprDesc &e);
    bool parseClassTail(ExprDesc &e, uint32_t name, uint32_t hint, bool defer, uint32_t start);
    bool parseClassElement(uint32_t base, bool derived, uint32_t name, uint32_t *lists, uint32_t *ctorAt);
    bool parseFieldInitializer(uint32_t *inner);
    bool parseStaticBlock(uint32_t *inner);
    bool compileImplicitConstructor(bool derived, uint32_t name, uint32_t start, uint32_t *inner);
    void emitSlot(uint32_t inner, uint32_t closureReg, uint32_t slotAtom, uint32_t valueReg);
    const FuncState *thisFunction() const;  // the nearest function that is no arrow
    bool internClassAtoms();
    bool evalOuterHas(uint32_t atom);
    bool outerPrivateName(uint32_t atom);
    bool awaitIsOperator() const;  // on first use: scripts without classes do not pay for them
    bool checkAwaitName(uint32_t atom, uint32_t line, uint32_t column);  // `await` in a static block
    bool parseNewTarget(ExprDesc &e, uint32_t line, uint32_t column);
    bool parseSuper(ExprDesc &e);
    bool parseDerivedThis(ExprDesc &e);
    void thisValueTo(uint32_t reg);
    bool emitFieldInit(uint32_t objectReg);
    bool emitSuperCallTail(uint32_t resultReg);
    bool parsePrivateMember(ExprDesc &e);
    bool parsePrivateIn(ExprDesc &e);
    bool notePrivateUse(uint32_t atom, uint32_t line, uint32_t column);
    bool failUndeclaredPrivate(uint32_t atom, uint32_t line, uint32_t column);
    bool declarePrivate(uint32_t atom, uint8_t kinds, const Token &token);
    bool closePrivateScope();
    bool emitPrivateNames();
    bool appendElement(uint32_t list, uint32_t key, uint32_t value, int kind);

    // --- arrow functions (arrow.cpp)
    bool arrowAhead(bool *isArrow);
    bool parseArrowFunction(ExprDesc &e, bool noIn);
    bool compileConciseBody(FuncState &child, bool noIn, LexerPosition *end, bool *endNewline);

    // --- modules (module.cpp)
    bool parseImportStatement(bool listContext);
    bool parseExportDeclaration(bool listContext);
    bool parseImportExpression(ExprDesc &e);  // import(...) and import.meta
    bool parseFromClause(uint32_t *request);
    bool parseModuleSpecifier(uint32_t *request);
    bool parseExportName(uint32_t *atom, bool *isString);
    bool parseImportBinding(uint32_t name);
    bool parseExportDefault(const Token &at);
    bool addModuleExport(uint32_t name, uint32_t local, uint32_t request, uint32_t importName, const Token &at);
    void noteModuleDeclaration(uint32_t atom);  // a name an `export` declaration binds
    bool buildModuleEnvironment(FuncState &script);
    bool emitModulePrologue();
    void emitModuleInit(uint32_t atom, uint32_t reg);  // initialises a top-level binding
    void patchModuleTdz(uint32_t fnIndex, uint32_t upval, uint32_t atom);
    bool writeModuleInfo();

    // --- image (image_writer.cpp)
    bool storeRecord(FuncState &f, uint32_t index, uint32_t nameConst, uint32_t sourceEnd);
    void releaseRecords();
    bool writeImage(uint8_t **image, size_t *imageSize);

    Context *ctx_;
    AtomTable atoms_;
    Lexer lex_;
    Vec<FunctionRecord> functions_;  // by image function index
    FuncState *fs_ = nullptr;
    uint32_t depth_ = 0;
    bool optionStrict_;
    bool optionEvalCode_ = false;
    bool optionLineTables_ = true;
    // Where the next parseStatement() stands, for function declarations.
    uint8_t stmtContext_ = STMT_BODY;
    uint32_t withCounter_ = 0;  // names the hidden variables of `with` statements
    uint32_t thisAtom_ = NO_ATOM;  // hidden variable holding this for arrow functions
    // Classes (class.cpp): hidden variables of arrow functions (new.target,
    // the constructor for super()), and the upvalue slots that SETHOME fills
    // (a method's home object, a constructor's field list).
    uint32_t newTargetAtom_ = NO_ATOM;
    uint32_t ctorAtom_ = NO_ATOM;
    uint32_t homeAtom_ = NO_ATOM;
    uint32_t fieldInitAtom_ = NO_ATOM;  // marks the eval sites of field initialisers
    uint32_t fieldsAtom_ = NO_ATOM;
    // Private names of the classes being parsed, innermost last, for the
    // early errors (a name used but declared by no enclosing class, one
    // declared twice): each class's declarations and uses from its marks on.
    struct PrivateDecl {
        uint32_t atom;
        uint8_t kinds;  // 1 field or method, 2 getter, 4 setter, 8 static
    };
    struct PrivateUse {
        uint32_t atom, line, column;
    };
    struct PrivateScope {
        uint32_t decls, uses;
    };
    Vec<PrivateDecl> privateDecls_;
    Vec<PrivateUse> privateUses_;
    Vec<PrivateScope> privateScopes_;
    uint32_t letAtom_ = NO_ATOM;
#if ENG_RESOURCE_MANAGEMENT
    uint8_t usingMode_ = 0;  // declarations being parsed are using (1) or await using (2)
#endif
    bool blockFunction_ = false;   // the function being parsed is declared in a block
    bool generatorNext_ = false;   // the next parseFunction makes a generator
    bool asyncNext_ = false;       // the next parseFunction or parseArrowFunction makes an async function
    bool plainFunctionDecl_ = true; // the LEX_FUNCTION declareLexical is declaring is a plain function
    // Function name inference (function_name.cpp): the name the next
    // assignment expression gives an anonymous function it consists of;
    // kComputedName: a computed key, named at run time (SETNAME), which
    // namedAnonymous_ then reports.
    uint32_t nameHint_ = NO_ATOM;
    uint32_t functionHint_ = NO_ATOM;
    // A parenthesized function, `f = (function () {})`, is named only once
    // the parentheses close the assignment expression: until then the name
    // waits in pendingName_ (only for the function the parenthesis holds,
    // not for functions in nested bodies or subexpressions).
    uint32_t parenHint_ = NO_ATOM;
    bool deferNext_ = false;      // set with nameHint_: the name waits in pendingName_
    bool functionDefer_ = false;  // ... for functionHint_
    bool parenDefer_ = false;     // ... for parenHint_
    uint32_t pendingInner_ = NO_REG;
    uint32_t pendingName_ = NO_ATOM;
    bool namedAnonymous_ = false;
    bool unaryOperand_ = false;
    // Optional chains (optional_chain.cpp): the operand of delete is being
    // parsed / its chain has done the delete.
    bool deleteOperand_ = false;
    bool deletedInChain_ = false;  // parseUnary read a prefix operator (not ++/--): no ** may follow
#if ENG_MODULES
    ModuleState *module_ = nullptr;  // module code (compiler/module.h)
#endif
    const OuterBinding *optionOuter_ = nullptr;
    uint32_t optionOuterCount_ = 0;
    struct OuterEntry {
        uint32_t atom;  // the name, or a hidden name for objects
        uint8_t kind;   // EvalBindingKind
    };
    Vec<OuterEntry> outer_;
    // Sources that mention eval are compiled twice: the first compile finds
    // which functions call eval and every name each function declares, so
    // that the second knows them before it reaches them.
    struct Discovered {
        bool ownEval;
        uint32_t namesStart, namesCount;
    };
    bool discovering_ = false;
    bool sawDynamicScope_ = false;  // a with statement or a direct eval call
    Vec<Discovered> discovered_;
    HashMap<uint32_t> discoveredIndex_;  // function source start -> index
    Vec<uint32_t> discoveredNames_;
    // Pass 1 of a parameter list: the names its patterns bind, with their
    // positions, until the list ends (then they follow the formals); nested
    // lists (functions in initializers) use the entries above theirs.
    struct PatternName {
        uint32_t atom;
        LexerPosition where;
    };
    Vec<PatternName> patternNames_;
    // Source offsets (start, end) of the last bracketed literal found to hold
    // no `=` and not to be followed by one: nothing inside it can be an
    // assignment pattern, so its nested literals need no lookahead (which
    // would otherwise make deeply nested data quadratic to compile).
    uint32_t plainStart_ = 0, plainEnd_ = 0;
};

}  // namespace eng

#endif
