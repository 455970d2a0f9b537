"""Small PNG charts with the standard library only (zlib and struct): a
canvas with lines, filled rectangles and a 5x7 pixel font, written as an
8-bit RGB PNG."""

import struct
import zlib

# 5x7 glyphs, one byte per column, bit 0 the top row (the classic LCD font).
_GLYPHS = {
    " ": "0000000000", "0": "3e5149453e", "1": "00427f4000", "2": "4261514946",
    "3": "2141454b31", "4": "1814127f10", "5": "2745454539", "6": "3c4a494930",
    "7": "0171090503", "8": "3649494936", "9": "064949291e", "A": "7e1111117e",
    "B": "7f49494936", "C": "3e41414122", "D": "7f4141221c", "E": "7f49494941",
    "F": "7f09090901", "G": "3e4149497a", "H": "7f0808087f", "I": "00417f4100",
    "J": "2040413f01", "K": "7f08142241", "L": "7f40404040", "M": "7f020c027f",
    "N": "7f0408107f", "O": "3e4141413e", "P": "7f09090906", "Q": "3e4151215e",
    "R": "7f09192946", "S": "4649494931", "T": "01017f0101", "U": "3f4040403f",
    "V": "1f2040201f", "W": "3f4038403f", "X": "6314081463", "Y": "0708700807",
    "Z": "6151494543", "-": "0808080808", ".": "0060600000", ",": "0050300000",
    ":": "0036360000", "/": "2010080402", "%": "2313086462", "(": "001c224100",
    ")": "0041221c00", "=": "1414141414", "+": "08083e0808", "_": "4040404040",
    "#": "147f147f14", "<": "0814224100", ">": "0041221408", "'": "0005030000",
}

PALETTE = [(31, 119, 180), (255, 127, 14), (44, 160, 44), (214, 39, 40), (148, 103, 189),
           (140, 86, 75), (227, 119, 194), (127, 127, 127), (188, 189, 34), (23, 190, 207),
           (174, 199, 232), (255, 187, 120), (152, 223, 138), (255, 152, 150), (197, 176, 213)]
BLACK, GREY, LIGHT, WHITE = (0, 0, 0), (120, 120, 120), (225, 225, 225), (255, 255, 255)


class Canvas:
    def __init__(self, width, height):
        self.width = width
        self.height = height
        self.pixels = bytearray(WHITE * (width * height))

    def put(self, x, y, color):
        if 0 <= x < self.width and 0 <= y < self.height:
            i = (y * self.width + x) * 3
            self.pixels[i:i + 3] = bytes(color)

    def fill(self, x0, y0, x1, y1, color):
        x0, x1 = max(0, min(x0, x1)), min(self.width, max(x0, x1))
        y0, y1 = max(0, min(y0, y1)), min(self.height, max(y0, y1))
        row = bytes(color) * (x1 - x0)
        for y in range(y0, y1):
            i = (y * self.width + x0) * 3
            self.pixels[i:i + len(row)] = row

    def line(self, x0, y0, x1, y1, color):
        dx, dy = abs(x1 - x0), -abs(y1 - y0)
        sx, sy = (1 if x0 < x1 else -1), (1 if y0 < y1 else -1)
        err = dx + dy
        while True:
            self.put(x0, y0, color)
            if x0 == x1 and y0 == y1:
                return
            e2 = 2 * err
            if e2 >= dy:
                err += dy
                x0 += sx
            if e2 <= dx:
                err += dx
                y0 += sy

    def text(self, x, y, text, color=BLACK, scale=1):
        for ch in text.upper():
            glyph = _GLYPHS.get(ch, _GLYPHS["#"])
            for col in range(5):
                bits = int(glyph[col * 2:col * 2 + 2], 16)
                for row in range(7):
                    if bits >> row & 1:
                        self.fill(x + col * scale, y + row * scale,
                                  x + (col + 1) * scale, y + (row + 1) * scale, color)
            x += 6 * scale

    @staticmethod
    def text_width(text, scale=1):
        return 6 * scale * len(text)

    def png(self):
        raw = bytearray()
        stride = self.width * 3
        for y in range(self.height):
            raw.append(0)  # filter: none
            raw += self.pixels[y * stride:(y + 1) * stride]

        def chunk(kind, data):
            body = kind + data
            return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)

        header = struct.pack(">IIBBBBB", self.width, self.height, 8, 2, 0, 0, 0)
        return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) +
                chunk(b"IDAT", zlib.compress(bytes(raw), 9)) + chunk(b"IEND", b""))

    def save(self, path):
        with open(path, "wb") as f:
            f.write(self.png())


def nice_step(span, ticks=5):
    """A round tick step (1, 2 or 5 times a power of ten) for span."""
    if span <= 0:
        return 1
    raw = span / ticks
    power = 10 ** (len(str(int(raw))) - 1) if raw >= 1 else 1
    for m in (1, 2, 5, 10):
        if m * power >= raw:
            return m * power
    return 10 * power


def short(n):
    """12345 -> 12.3K; for axis labels."""
    if n >= 10 ** 6:
        return "%.3gM" % (n / 10 ** 6)
    if n >= 10 ** 4:
        return "%.3gK" % (n / 1000)
    return str(int(n))


class Chart:
    """Axes with a title, labelled ticks and a legend, in a canvas."""

    def __init__(self, title, width=860, height=420, x_label="", y_label=""):
        self.c = Canvas(width, height)
        self.left, self.right, self.top, self.bottom = 70, width - 170, 34, height - 44
        self.title = title
        self.x_label = x_label
        self.y_label = y_label
        self.legend = []

    def axes(self, x_max, y_max):
        c = self.c
        self.x_max = max(1, x_max)
        self.y_max = max(1, y_max)
        c.text(self.left, 10, self.title, BLACK, 2)
        step = nice_step(self.y_max)
        v = 0
        while v <= self.y_max:
            y = self.y(v)
            c.fill(self.left, y, self.right, y + 1, LIGHT)
            label = short(v)
            c.text(self.left - 6 - Canvas.text_width(label), y - 3, label, GREY)
            v += step
        c.text(4, self.top - 12, self.y_label, GREY)
        c.fill(self.left - 1, self.top, self.left, self.bottom + 1, BLACK)
        c.fill(self.left - 1, self.bottom, self.right, self.bottom + 1, BLACK)

    def x_ticks(self):
        step = nice_step(self.x_max)
        v = 0
        while v <= self.x_max:
            x = self.x(v)
            self.c.fill(x, self.bottom, x + 1, self.bottom + 4, BLACK)
            label = short(v)
            self.c.text(x - Canvas.text_width(label) // 2, self.bottom + 7, label, GREY)
            v += step
        self.c.text(self.right - Canvas.text_width(self.x_label), self.bottom + 20, self.x_label, GREY)

    def x(self, v):
        return self.left + int((self.right - self.left) * v / self.x_max)

    def y(self, v):
        return self.bottom - int((self.bottom - self.top) * min(v, self.y_max) / self.y_max)

    def add_legend(self, label, color):
        self.legend.append((label, color))

    def draw_legend(self):
        y = self.top
        for label, color in self.legend:
            self.c.fill(self.right + 12, y, self.right + 22, y + 8, color)
            self.c.text(self.right + 27, y + 1, label[:22], BLACK)
            y += 13

    def save(self, path):
        self.draw_legend()
        self.c.save(path)


def use_over_time(path, title, samples, sizes, counts=None):
    """Stacked bytes in use per class over the log, with the bytes the
    program asked for as a black line."""
    if not samples:
        return
    x_max = samples[-1][0]
    y_max = max(s[2] for s in samples)
    if counts:
        y_max = max(y_max, sum(a * b for a, b in zip(sizes, counts)))
    chart = Chart(title, x_label="events", y_label="bytes")
    chart.axes(x_max, y_max * 1.05)
    for j in range(1, len(samples)):
        x0, x1 = chart.x(samples[j - 1][0]), max(chart.x(samples[j][0]), chart.x(samples[j - 1][0]) + 1)
        base = 0
        used = samples[j][3]
        for i, size in enumerate(sizes):
            top = base + used[i] * size
            if used[i]:
                chart.c.fill(x0, chart.y(top), x1, chart.y(base) + 1, PALETTE[i % len(PALETTE)])
            base = top
    for j in range(1, len(samples)):
        chart.c.line(chart.x(samples[j - 1][0]), chart.y(samples[j - 1][1]),
                     chart.x(samples[j][0]), chart.y(samples[j][1]), BLACK)
    if counts:
        total = sum(a * b for a, b in zip(sizes, counts))
        chart.c.fill(chart.left, chart.y(total), chart.right, chart.y(total) + 2, (200, 0, 0))
        chart.add_legend("pool blocks %s" % short(total), (200, 0, 0))
    chart.add_legend("requested", BLACK)
    for i, size in reversed(list(enumerate(sizes))):
        if any(s[3][i] for s in samples):
            chart.add_legend("%d B blocks" % size, PALETTE[i % len(PALETTE)])
    chart.x_ticks()
    chart.save(path)


def high_water_bars(path, title, sizes, counts, no_borrow, with_borrow):
    """Per class: high-water mark without borrowing, with borrowing, and the
    configured count (a black tick)."""
    chart = Chart(title, x_label="class size (bytes)", y_label="blocks")
    y_max = max([1] + list(no_borrow) + list(with_borrow) + list(counts))
    chart.axes(len(sizes), y_max * 1.08)
    width = (chart.right - chart.left) / max(1, len(sizes))
    for i, size in enumerate(sizes):
        x0 = chart.left + int(i * width + width * 0.1)
        x_mid = chart.left + int(i * width + width * 0.5)
        x1 = chart.left + int(i * width + width * 0.9)
        chart.c.fill(x0, chart.y(no_borrow[i]), x_mid, chart.bottom, PALETTE[0])
        chart.c.fill(x_mid, chart.y(with_borrow[i]), x1, chart.bottom, PALETTE[1])
        y = chart.y(counts[i])
        chart.c.fill(x0 - 1, y - 1, x1 + 1, y + 1, BLACK)
        label = str(size)
        if width >= Canvas.text_width(label) + 2 or i % 2 == 0:
            chart.c.text(x_mid - Canvas.text_width(label) // 2, chart.bottom + 7, label, GREY)
    chart.c.text(chart.right - Canvas.text_width(chart.x_label), chart.bottom + 20, chart.x_label, GREY)
    chart.add_legend("no borrowing", PALETTE[0])
    chart.add_legend("with borrowing", PALETTE[1])
    chart.add_legend("count", BLACK)
    chart.save(path)


def waste_over_time(path, title, samples):
    """Bytes of blocks not asked for (block size - request) over the log."""
    if not samples:
        return
    chart = Chart(title, x_label="events", y_label="bytes")
    waste = [s[2] - s[1] for s in samples]
    chart.axes(samples[-1][0], max(waste) * 1.1 + 1)
    for j in range(1, len(samples)):
        x0, x1 = chart.x(samples[j - 1][0]), max(chart.x(samples[j][0]), chart.x(samples[j - 1][0]) + 1)
        chart.c.fill(x0, chart.y(waste[j]), x1, chart.bottom, PALETTE[3])
    chart.add_legend("waste, peak %s" % short(max(waste)), PALETTE[3])
    chart.x_ticks()
    chart.save(path)
