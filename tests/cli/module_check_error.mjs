// --check --module: the module's early errors, without loading its imports
// (./no_such_module.mjs does not exist) nor running it.
import { missing } from "./no_such_module.mjs";
print("never printed");
export { missing };
export { missing };
