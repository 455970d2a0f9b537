#!/usr/bin/env engine --this line is a hashbang comment
print("after the hashbang");
var notAtStart = ["#!x", " #!x", "\n#!x", "a; #!x"];
for (var i = 0; i < notAtStart.length; i++) {
  try { eval(notAtStart[i]); print("no error"); } catch (e) { print(i, e.name); }
}
print(eval("#!comment\n1 + 1"));
