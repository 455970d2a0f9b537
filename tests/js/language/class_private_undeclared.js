print("never printed");
class A {
  m() {
    return this.#undeclared;
  }
}
