// Checks prototype chains: lookup, shadowing, and dynamic prototype changes.
function Animal(name) { this.name = name; }
Animal.prototype.speak = function () { return this.name + " makes a sound"; };
Animal.prototype.kind = "animal";
function Dog(name) { Animal.call(this, name); }
Dog.prototype = new Animal();
Dog.prototype.constructor = Dog;
Dog.prototype.speak = function () { return this.name + " barks"; };
var d = new Dog("Rex"), a = new Animal("Cat");
print(d.speak(), a.speak(), d.kind);
print(d instanceof Dog, d instanceof Animal, a instanceof Dog);
Animal.prototype.legs = 4;
print(d.legs, a.legs);
d.kind = "dog";
print(d.kind, a.kind, Dog.prototype.kind);
delete d.kind;
print(d.kind);
print(Animal.prototype.speak.call(d));
function Puppy(name) { Dog.call(this, name); }
Puppy.prototype = new Dog();
var p = new Puppy("Bit");
print(p.speak(), p instanceof Animal, p.legs);
print(d.hasOwnProperty("name"), d.hasOwnProperty("speak"));
