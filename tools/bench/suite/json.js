// JSON: stringify a generated catalogue, parse it back, walk and re-encode.
function catalogue(n) {
    var items = [];
    for (var i = 0; i < n; i++) {
        items.push({
            id: i, name: 'item-' + i, price: Math.round(i * 137.5) / 100,
            tags: ['t' + (i % 7), 't' + (i % 11)], inStock: i % 3 !== 0,
            dims: { w: i % 50, h: (i * 3) % 40, d: null }, note: i % 13 === 0 ? 'quote "x"\n' : ''
        });
    }
    return { version: 3, items: items };
}
var total = 0, text = '';
for (var r = 0; r < 6; r++) {
    text = JSON.stringify(catalogue(700 + r));
    var back = JSON.parse(text);
    var sum = 0;
    for (var i = 0; i < back.items.length; i++) {
        var it = back.items[i];
        sum += it.id + it.tags.length + it.dims.w + (it.inStock ? 1 : 0) + it.name.length;
    }
    total += text.length + sum + JSON.stringify(back.items[r], null, 2).length;
}
print('json', total, text.length);
