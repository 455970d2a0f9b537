print("never printed");
class A extends Object {
  constructor() {
    super();
  }
  m() {
    super();
  }
}
