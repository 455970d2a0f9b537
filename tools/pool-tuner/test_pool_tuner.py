"""Tests of the pool tuner on small synthetic logs whose answers are worked
out by hand in the comments. Run: python3 -m unittest test_pool_tuner
(ctest runs it as tools/pool-tuner)."""

import io
import json
import os
import struct
import sys
import tempfile
import unittest
import zlib

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import png_plot  # noqa: E402
import pool_tuner  # noqa: E402
from pool_model import Log, LogError, PoolConfig, high_water_no_borrow, replay, required_bytes, tight_counts  # noqa: E402
from pool_optimize import choose_sizes, smallest, with_headroom  # noqa: E402


def log_of(name, text):
    return Log.parse(io.StringIO(text), name)


def sequential(sizes):
    """One allocation of each size, each freed before the next."""
    lines, seq = [], 0
    for i, s in enumerate(sizes):
        seq += 1
        lines.append("a %d %x %d" % (seq, 0x100 + i, s))
        seq += 1
        lines.append("f %d %x %d" % (seq, 0x100 + i, s))
    return "\n".join(lines) + "\n"


def held(count, size, base=0x1000):
    """count allocations of size, all live at once, then freed."""
    lines, seq = [], 0
    for i in range(count):
        seq += 1
        lines.append("a %d %x %d" % (seq, base + 16 * i, size))
    for i in range(count):
        seq += 1
        lines.append("f %d %x %d" % (seq, base + 16 * i, size))
    return "\n".join(lines) + "\n"


class LogFormat(unittest.TestCase):
    def test_events_and_ids(self):
        log = log_of("t", "# comment\na 1 10 24\nr 2 10 20 24 40\nf 3 20 40\n")
        self.assertEqual(log.events, [(0, 0, 0, 24), (1, 0, 24, 40), (2, 0, 0, 40)])

    def test_errors(self):
        with self.assertRaises(LogError):
            log_of("t", "f 1 10 8\n")          # never allocated
        with self.assertRaises(LogError):
            log_of("t", "a 1 10 8\na 2 10 8\n")  # allocated twice
        with self.assertRaises(LogError):
            log_of("t", "x 1 2 3\n")


class Replay(unittest.TestCase):
    LOG = "a 1 1 10\na 2 2 20\na 3 3 12\nf 4 1 10\na 5 4 30\n"

    def test_without_borrowing_marks(self):
        # 16-byte class: blocks 1 and 3 live together; 32: blocks 2 and 4.
        self.assertEqual(high_water_no_borrow([log_of("t", self.LOG)], [16, 32]), [2, 2])

    def test_with_borrowing_and_failure(self):
        # Counts 1 and 2: block 3 borrows a 32; then block 4 finds the 32s full.
        r = replay(log_of("t", self.LOG), PoolConfig([16, 32], [1, 2], True))
        self.assertEqual(r.failed, 1)
        self.assertEqual(r.high_water, [1, 2])
        self.assertEqual(r.lent_high_water, [0, 1])
        self.assertEqual(r.peak_requested, 42)        # 10 + 20 + 12
        self.assertEqual(r.peak_blocks, 80)           # 16 + 32 + 32
        self.assertEqual(r.peak_waste, 38)
        # Without borrowing block 3 already fails, and block 4 runs.
        r = replay(log_of("t", self.LOG), PoolConfig([16, 32], [1, 2], False))
        self.assertEqual(r.failed, 1)
        self.assertEqual(r.high_water, [1, 2])

    def test_realloc_moves_and_keeps(self):
        # x: 16 -> moves to the 64 (its new class) -> back to the 16.
        # q: borrows the 64 while x is there?  No: x is back in the 16, so q
        # (8 bytes, its class full) borrows the 64; growing q to 60 wants the
        # 64 it already has: stays, no longer lent.
        text = "a 1 a 10\nr 2 a a 10 40\nr 3 a a 40 12\na 4 b 8\nr 5 b b 8 60\n"
        r = replay(log_of("t", text), PoolConfig([16, 64], [1, 1], True))
        self.assertEqual(r.failed, 0)
        self.assertEqual(r.high_water, [1, 1])
        self.assertEqual(r.lent_high_water, [0, 1])
        # Shrinking y (in the 64) when the 16 is full keeps its block.
        text = "a 1 a 10\na 2 b 40\nr 3 b b 40 12\n"
        r = replay(log_of("t", text), PoolConfig([16, 64], [1, 1], True))
        self.assertEqual(r.failed, 0)
        self.assertEqual(r.lent_high_water, [0, 1])
        # Growing past every class fails and keeps the old block.
        text = "a 1 a 10\nr 2 a a 10 100\nf 3 a 10\n"
        r = replay(log_of("t", text), PoolConfig([16, 64], [1, 1], True))
        self.assertEqual(r.failed, 1)


class Tight(unittest.TestCase):
    def test_seed_example(self):
        # One allocation of each size at a time: without borrowing every class
        # needs one block; with borrowing one block of the largest serves all.
        logs = [log_of("t", sequential([16, 32, 64, 128]))]
        self.assertEqual(tight_counts(logs, [16, 32, 64, 128], borrow=False), [1, 1, 1, 1])
        self.assertEqual(tight_counts(logs, [16, 32, 64, 128], borrow=True), [0, 0, 0, 1])

    def test_two_logs(self):
        # A holds ten 16-byte blocks, B three 100-byte ones: the 104s must be
        # three (B), and A borrows those three, so the 16s can be seven.
        logs = [log_of("a", held(10, 16)), log_of("b", held(3, 100))]
        self.assertEqual(tight_counts(logs, [16, 104], borrow=False), [10, 3])
        self.assertEqual(tight_counts(logs, [16, 104], borrow=True), [7, 3])


class Optimize(unittest.TestCase):
    def test_sizes_counts_and_budget(self):
        logs = [log_of("a", held(10, 16)), log_of("b", held(3, 100))]
        # One 104 class would need 10 blocks (1040 B); two classes, 160 + 312 B.
        self.assertEqual(choose_sizes(logs), [16, 104])
        config = smallest(logs)
        self.assertEqual((config.sizes, config.counts), ([16, 104], [7, 3]))
        # Control data on a 32-bit target: header 28 + 2 records of 32 = 92,
        # rounded to 96; blocks 7*16 + 3*104 = 424; 7 bytes to align: 527.
        self.assertEqual(config.required_bytes(4), 527)
        self.assertEqual(required_bytes(1, 16, 8), 111)  # the C unit test checks the same on 64-bit
        self.assertEqual(with_headroom(config, 526), (None, 0.0))
        same, factor = with_headroom(config, 527)
        self.assertEqual((same.counts, factor), ([7, 3], 1.0))
        roomy, factor = with_headroom(config, 1200)
        cost = roomy.required_bytes(4)
        self.assertLessEqual(cost, 1200)
        self.assertGreater(cost + 16, 1200)  # not even one more 16-byte block fits
        self.assertGreaterEqual(factor, 1.5)
        self.assertTrue(all(n >= int(c * factor) for n, c in zip(roomy.counts, config.counts)))

    def test_command_line(self):
        with tempfile.TemporaryDirectory() as d:
            paths = []
            for name, text in (("a.log", held(10, 16)), ("b.log", held(3, 100))):
                paths.append(os.path.join(d, name))
                with open(paths[-1], "w") as f:
                    f.write(text)
            header, js, plots = os.path.join(d, "p.h"), os.path.join(d, "p.json"), os.path.join(d, "plots")
            out = io.StringIO()
            saved, sys.stdout = sys.stdout, out
            try:
                status = pool_tuner.main(["optimize", *paths, "--header", header, "--json", js, "--plots", plots])
                too_small = pool_tuner.main(["optimize", *paths, "--budget", "500"])
                replayed = pool_tuner.main(["replay", *paths, "--config", js])
            finally:
                sys.stdout = saved
            self.assertEqual((status, too_small, replayed), (0, 1, 0))
            self.assertIn("smallest buffer in which every log runs: 527 bytes", out.getvalue())
            self.assertIn("classes: 16:7,104:3\n", out.getvalue())
            with open(js) as f:
                data = json.load(f)
            self.assertEqual(data["classes"], [{"size": 16, "count": 7}, {"size": 104, "count": 3}])
            self.assertEqual(data["buffer_bytes"], 527)
            with open(header) as f:
                text = f.read()
            self.assertIn("#define BOARD_POOL_BUFFER_BYTES 527u", text)
            self.assertIn("{16, 7},\n    {104, 3},", text)
            self.assertIn("static const eng_pool_config board_pool_config = {board_pool_classes, 2, 1};", text)
            self.assertEqual(sorted(os.listdir(plots)),
                             ["high-water.png", "use-a.png", "use-b.png", "waste-a.png", "waste-b.png"])
            for name in os.listdir(plots):
                check_png(self, os.path.join(plots, name))


def check_png(test, path):
    """A well-formed 8-bit RGB PNG: signature, chunk CRCs, image data size."""
    with open(path, "rb") as f:
        data = f.read()
    test.assertEqual(data[:8], b"\x89PNG\r\n\x1a\n")
    pos, chunks = 8, {}
    while pos < len(data):
        length, = struct.unpack(">I", data[pos:pos + 4])
        kind, body = data[pos + 4:pos + 8], data[pos + 8:pos + 8 + length]
        crc, = struct.unpack(">I", data[pos + 8 + length:pos + 12 + length])
        test.assertEqual(crc, zlib.crc32(kind + body) & 0xFFFFFFFF)
        chunks[kind] = chunks.get(kind, b"") + body
        pos += 12 + length
    width, height, depth, color = struct.unpack(">IIBB", chunks[b"IHDR"][:10])
    test.assertEqual((depth, color), (8, 2))
    pixels = zlib.decompress(chunks[b"IDAT"])
    test.assertEqual(len(pixels), height * (1 + 3 * width))
    # Not blank: some pixel differs from white.
    test.assertTrue(any(b != 255 for i, b in enumerate(pixels) if i % (1 + 3 * width)))
    test.assertIn(b"IEND", chunks)


class Png(unittest.TestCase):
    def test_canvas(self):
        c = png_plot.Canvas(3, 2)
        c.put(1, 0, (10, 20, 30))
        raw = zlib.decompress(c.png()[8 + 25 + 8:-12 - 4])
        self.assertEqual(raw[:10], bytes([0, 255, 255, 255, 10, 20, 30, 255, 255, 255]))
        self.assertEqual(png_plot.nice_step(1000), 200)


if __name__ == "__main__":
    unittest.main()
