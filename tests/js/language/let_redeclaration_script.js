// An early error: the whole script is rejected before anything runs.
print("not printed");
let x = 1;
{
  var x = 2;
}
