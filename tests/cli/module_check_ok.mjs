// --check --module: a valid module compiles; its import is not loaded.
import { missing } from "./no_such_module.mjs";
print("never printed", missing);
export const answer = 42;
