// Checks empty statements, empty blocks and nested blocks.
;;;
{}
{ { { print("nested blocks"); } } }
if (true);
for (var i = 0; i < 3; i++);
print(i);
while (false);
{ ; }
var x = 1;;
print(x);
{
  var inBlock = "blocks do not scope var";
}
print(inBlock);
