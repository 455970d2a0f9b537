#include "bytecode/opcodes.h"

namespace eng {

const char *opcodeName(Opcode op) {
    static const char *const names[] = {
#define ENG_OPCODE_NAME(name, form) #name,
        ENG_OPCODES(ENG_OPCODE_NAME)
#undef ENG_OPCODE_NAME
    };
    return op < OP__COUNT ? names[op] : "?";
}

}  // namespace eng
