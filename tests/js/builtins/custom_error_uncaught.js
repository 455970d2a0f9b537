// Checks the uncaught report for a user-defined error type inheriting from Error.
function AppError(msg) { this.message = msg; }
AppError.prototype = new Error();
AppError.prototype.name = "AppError";
print("throwing");
throw new AppError("app failed");
