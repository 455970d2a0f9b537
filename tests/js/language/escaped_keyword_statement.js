print("not reached");
v\u0061r x = 1;
