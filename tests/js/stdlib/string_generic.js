// Every String.prototype method of ES5.1 (and substr): present, a
// function, not enumerable, its length; each rejects null and undefined
// as this with a TypeError whose message names the method, and works on
// wrappers and other objects.
function show(v) { return typeof v === "string" ? "\x27" + v + "\x27" : (v === 0 && 1 / v < 0 ? "-0" : String(v)); }
function t(label, f) { var r; try { r = show(f()); } catch (e) { r = "threw " + e.name; } print(label + ": " + r); }
function codes(s) { var r = []; for (var i = 0; i < s.length; i++) r.push(s.charCodeAt(i)); return r.join(" "); }

var names = ["charAt", "charCodeAt", "concat", "indexOf", "lastIndexOf", "localeCompare",
             "match", "replace", "search", "slice", "split", "substring", "substr",
             "toLowerCase", "toLocaleLowerCase", "toUpperCase", "toLocaleUpperCase", "trim"];
for (var i = 0; i < names.length; i++) {
  var f = String.prototype[names[i]];
  var line = names[i] + " " + typeof f + " " + f.length;
  var enumerable = false;
  for (var k in String.prototype) if (k === names[i]) enumerable = true;
  line += " enumerable=" + enumerable;
  try { f.call(null); line += " null:no error"; } catch (e) { line += " null:" + e.name + "(" + e.message + ")"; }
  try { f.call(undefined); line += " undefined:no error"; } catch (e) { line += " undefined:" + e.name; }
  print(line);
}
t("fromCharCode", function () { return typeof String.fromCharCode + " " + String.fromCharCode.length; });
var w = new String("Wrapped");
t("wrapper charAt", function () { return w.charAt(0); });
t("wrapper slice", function () { return w.slice(1, 4); });
t("wrapper upper", function () { return w.toUpperCase(); });
t("wrapper split", function () { return w.split("p").join("/"); });
var o = { toString: function () { return " Obj "; }, trim: String.prototype.trim, toUpperCase: String.prototype.toUpperCase };
t("borrowed trim", function () { return o.trim(); });
t("borrowed upper", function () { return o.toUpperCase(); });
t("this via valueOf order", function () {
  return String.prototype.concat.call({ toString: function () { return "ts"; }, valueOf: function () { return "vo"; } });
});
t("this throws", function () { return String.prototype.slice.call({ toString: function () { throw new RangeError("t"); } }); });
t("primitive methods", function () { return "abc".toUpperCase().toLowerCase().charAt(1) + (5).toString().concat("!"); });
t("chained", function () { return "  a,B ,c ".trim().toLowerCase().split(",").join("+"); });
