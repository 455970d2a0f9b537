#!/usr/bin/env python3
"""Drives the engine's REPL on a pseudo-terminal, as a user at a keyboard.

    python3 repl_pty.py path/to/engine

Types a multi-line function, calls it, recalls a line with the Up arrow and
edits it (backspace, Left, Home/End, Ctrl-A/Ctrl-E), prints a nested array
and an object, triggers an error, presses Ctrl-C on a half-typed line and
during an endless loop (which stops it; the REPL goes on), pastes two lines
at once, and leaves with .exit. Each expected output is what node 20 prints for the same
input. Standard library only (pty, os, select).
"""
import os
import pty
import re
import select
import sys
import time

TIMEOUT = 20.0  # seconds per step (the asan build is slow to start)
ANSI = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")

transcript = []


def fail(message):
    sys.stderr.write("repl_pty: FAIL: %s\n--- transcript ---\n%s\n------------------\n"
                     % (message, "".join(transcript)))
    sys.exit(1)


def read_until(fd, predicate, what):
    """Reads from fd until predicate(text so far) holds; returns the text."""
    data = b""
    deadline = time.monotonic() + TIMEOUT
    while not predicate(data.decode("utf-8", "replace")):
        left = deadline - time.monotonic()
        if left <= 0:
            transcript.append(data.decode("utf-8", "replace"))
            fail("timed out waiting for %s" % what)
        ready, _, _ = select.select([fd], [], [], left)
        if not ready:
            continue
        try:
            chunk = os.read(fd, 4096)
        except OSError:  # EIO: the child closed the terminal
            chunk = b""
        if not chunk:
            transcript.append(data.decode("utf-8", "replace"))
            fail("the REPL exited while waiting for %s" % what)
        data += chunk
    text = data.decode("utf-8", "replace")
    transcript.append(text)
    if "Sanitizer" in text or "runtime error:" in text:
        fail("sanitizer report")
    return text


def at_prompt(text):
    # The editor draws a prompt as "\r" + prompt + line + "\x1b[K".
    return text.endswith("> \x1b[K") or text.endswith("... \x1b[K")


def step(fd, keys, expected, prompt="> "):
    """Types keys (ending with Enter), checks the lines printed before the
    next prompt and that the prompt is `prompt`."""
    os.write(fd, keys.encode())
    text = read_until(fd, lambda t: "\r\n" in t and at_prompt(t),
                      "the prompt after %r" % keys)
    lines = ANSI.sub("", text).split("\r\n")
    # lines[0]: the echo of the typed line; the last: the new prompt.
    got = lines[1:-1]
    last = lines[-1].split("\r")[-1]
    # Stack positions are the engine's business: they are patterns here.
    if len(got) != len(expected) or not all(
            g == e if isinstance(e, str) else e.fullmatch(g) for g, e in zip(got, expected)):
        fail("after typing %r expected %r, got %r" % (keys, expected, got))
    if last != prompt:
        fail("after typing %r expected the prompt %r, got %r" % (keys, prompt, last))


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: repl_pty.py ENGINE")
    engine = sys.argv[1]
    pid, fd = pty.fork()
    if pid == 0:
        os.environ["TERM"] = "xterm"
        os.execv(engine, [engine])
    read_until(fd, at_prompt, "the first prompt")

    # A function typed over three lines: "... " until the body closes.
    step(fd, "function add(a, b) {\r", [], "... ")
    step(fd, "  return a + b\r", [], "... ")
    step(fd, "}\r", ["undefined"])
    step(fd, "add(2, 3)\r", ["5"])

    # Up recalls the last line; backspace twice and retype the end.
    os.write(fd, b"\x1b[A")
    read_until(fd, lambda t: ANSI.sub("", t).endswith("> add(2, 3)"), "the recalled line")
    step(fd, "\x7f\x7f40)\r", ["42"])
    # Up twice goes further back (to "}"), Down comes back to "add(2, 40)".
    os.write(fd, b"\x1b[A\x1b[A\x1b[B")
    read_until(fd, lambda t: ANSI.sub("", t).endswith("> add(2, 40)"), "Up, Up, Down")
    step(fd, "\r", ["42"])

    # Left, Home/End and Ctrl-A/Ctrl-E move the cursor.
    step(fd, "[1,3]\x1b[D\x1b[D2,\r", ["[ 1, 2, 3 ]"])
    step(fd, "2 * 3\x1b[H1 + \x1b[F0\r", ["61"])
    step(fd, "bc\x01'a\x05'\r", ["'abc'"])

    # Nested arrays: node cuts at depth 2. Objects, strings with quotes.
    step(fd, "[1, [2, [3, [4]]]]\r", ["[ 1, [ 2, [ 3, [Array] ] ] ]"])
    step(fd, "({ a: 1, b: 'x', c: { d: [1, 2] }, e: \"it's\" })\r",
         ["{ a: 1, b: 'x', c: { d: [ 1, 2 ] }, e: \"it's\" }"])
    step(fd, "var o = { name: 'o' }; o.self = o; o\r",
         ["<ref *1> { name: 'o', self: [Circular *1] }"])
    step(fd, "[function () {}, add]\r", ["[ [Function (anonymous)], [Function: add] ]"])

    # An uncaught error, with its stack; the REPL goes on.
    step(fd, "add(1, 2); missing(3)\r",
         ["Uncaught ReferenceError: missing is not defined", re.compile(r"    at <repl>:1:\d+")])
    step(fd, "(function f() { throw new TypeError('bad') })()\r",
         ["Uncaught TypeError: bad", re.compile(r"    at f \(<repl>:1:\d+\)"),
          re.compile(r"    at <repl>:1:\d+")])
    step(fd, "'still here'\r", ["'still here'"])

    # Ctrl-C drops a half-typed line (and an unfinished multi-line input).
    step(fd, "garbage(\x03", [])
    step(fd, "if (true) {\r", [], "... ")
    step(fd, "\x03", [])
    step(fd, "1 + 1\r", ["2"])

    # Ctrl-C while a script runs stops it (SIGINT -> eng_request_interrupt):
    # no catch or finally of the script runs, and the REPL goes on with the
    # same heap.
    for loop in ("while (true) {}", "var ran = 0; try { for (;;) {} } finally { ran = 1 }"):
        os.write(fd, (loop + "\r").encode())
        read_until(fd, lambda t: "\r\n" in t, "the end of the typed loop")
        time.sleep(0.3)  # it is running now
        os.write(fd, b"\x03")
        text = ANSI.sub("", read_until(fd, at_prompt, "the prompt after Ctrl-C in a loop"))
        if "Uncaught Error: interrupted: interrupt requested" not in text:
            fail("Ctrl-C did not stop %r with the interrupt's error" % loop)
    step(fd, "ran\r", ["0"])
    step(fd, "add(20, 22)\r", ["42"])

    # Lines pasted at once (typed ahead of the prompt) are all read.
    os.write(fd, b"10 + 1\r20 + 2\r")
    text = read_until(fd, lambda t: "22\r\n" in t and at_prompt(t), "two pasted lines")
    if "11\r\n" not in text:
        fail("the first pasted line was lost")

    os.write(fd, b".exit\r")
    rest = b""
    try:
        while True:
            chunk = os.read(fd, 4096)
            if not chunk:
                break
            rest += chunk
    except OSError:  # EIO once the child has closed the terminal
        pass
    transcript.append(rest.decode("utf-8", "replace"))
    if b"Sanitizer" in rest or b"runtime error:" in rest:
        fail("sanitizer report at exit")
    _, status = os.waitpid(pid, 0)
    if not os.WIFEXITED(status) or os.WEXITSTATUS(status) != 0:
        fail(".exit ended the REPL with status %r" % status)
    print("repl_pty: all steps passed")


main()
