// Checks that break outside a loop or switch is a SyntaxError.
print("never");
if (true) {
  break;
}
