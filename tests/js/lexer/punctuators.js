// Checks tokenization of multi-character punctuators without spaces.
var a=5,b=3,c;
print(a+b,a-b,a*b,a/b,a%b);
print(a<<b,a>>b,a>>>b,-a>>>28);
print(a<b,a>b,a<=b,a>=b,a==b,a!=b,a===b,a!==b);
print(a&b,a|b,a^b,~a,!a);
print(a&&b,a||b,a?b:c);
c=a;c+=b;print(c);c-=1;print(c);c*=2;print(c);c/=7;print(c);c%=1;print(c);
c=1;c<<=4;print(c);c>>=1;print(c);c>>>=1;print(c);c&=6;print(c);c|=9;print(c);c^=3;print(c);
print(a+++b,a,b);
print(a---b,a,b);
print(a- -b,a+ +b,a+-b,a-+b);
