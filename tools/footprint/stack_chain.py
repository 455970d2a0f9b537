#!/usr/bin/env python3
"""The call chain at the deepest point of a C stack figure (docs/memory.md).

    python3 tools/footprint/stack_chain.py ELF FIGURE WORKLOAD.js...

ELF is a fp_measure.elf built by tools/footprint/run.sh (for Cortex-M4:
build/footprint/<profile>/cortex-m4/fp_measure.elf), FIGURE the stack figure
it printed for the workload (bytes below measure_run's stack pointer). The
firmware runs under QEMU (mps2-an386) with its gdb stub; a minimal client of
the gdb remote protocol (no Arm gdb needed) reads the top of the painted
stack at the first stack_paint call, puts a write watchpoint on the word
FIGURE bytes below it, skips the writes of stack_paint itself, and at the
first other write prints the frames on the stack: each word that is a return
address (just after a bl/blx in the disassembly) with the function it returns
into and the size of the frame below it. Stale words in a frame can show up
as extra lines; the frame sizes of -fstack-usage tell them apart.
"""
import bisect
import re
import socket
import subprocess
import sys
import time

PORT = 12347


def symbols(elf):
    out = subprocess.run(['arm-none-eabi-nm', '-C', '--defined-only', '-n', '-S', elf],
                         capture_output=True, text=True, check=True).stdout
    syms = []
    for line in out.splitlines():
        p = line.split(None, 3)
        if len(p) == 4 and p[2] in 'tTwW':
            syms.append((int(p[0], 16), int(p[1], 16), p[3]))
    syms.sort()
    return syms


def return_addresses(elf):
    out = subprocess.run(['arm-none-eabi-objdump', '-d', elf], capture_output=True, text=True, check=True).stdout
    rets, after_call = set(), False
    for line in out.splitlines():
        m = re.match(r'\s+([0-9a-f]+):\s+(?:[0-9a-f]{4} ?){1,2}\s+(\S+)', line)
        if not m:
            continue
        if after_call:
            rets.add(int(m.group(1), 16) | 1)  # Thumb
        after_call = m.group(2) in ('bl', 'blx')
    return rets


class Remote:
    def __init__(self, port):
        self.sock = socket.create_connection(('localhost', port))
        self.buf = b''

    def send(self, packet):
        data = packet.encode()
        self.sock.sendall(b'$%s#%02x' % (data, sum(data) % 256))
        while True:
            while b'#' not in self.buf or len(self.buf) < self.buf.index(b'#') + 3:
                self.buf += self.sock.recv(65536)
            i = self.buf.index(b'#')
            reply, self.buf = self.buf[:i].lstrip(b'+'), self.buf[i + 3:]
            if reply.startswith(b'$'):
                self.sock.sendall(b'+')
                return reply[1:].decode()

    def registers(self):
        g = self.send('g')
        return [int.from_bytes(bytes.fromhex(g[i * 8:i * 8 + 8]), 'little') for i in range(16)]

    def memory(self, address, length):
        out = b''
        while length > 0:
            n = min(length, 1024)
            out += bytes.fromhex(self.send('m%x,%x' % (address, n)))
            address += n
            length -= n
        return out


def main():
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    elf, figure, workloads = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
    syms = symbols(elf)
    starts = [s[0] for s in syms]

    def name(address):
        i = bisect.bisect_right(starts, address) - 1
        return syms[i][2] if i >= 0 and address < syms[i][0] + syms[i][1] else '?'

    def address_of(wanted):
        for start, _, n in syms:
            if n == wanted or n.startswith(wanted + '('):
                return start
        sys.exit('no symbol ' + wanted)

    rets = return_addresses(elf)
    cmdline = ' '.join(['fp_measure'] + workloads)
    qemu = subprocess.Popen(['qemu-system-arm', '-M', 'mps2-an386', '-nographic', '-monitor', 'none',
                             '-serial', 'none', '-semihosting-config', 'enable=on,target=native,arg=' + cmdline,
                             '-kernel', elf, '-S', '-gdb', 'tcp::%d' % PORT],
                            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL)
    try:
        time.sleep(0.5)
        r = Remote(PORT)
        paint = address_of('stack_paint')
        r.send('Z0,%x,2' % paint)
        r.send('c')
        r.send('z0,%x,2' % paint)
        top = r.registers()[0]  # stack_paint(top, depth)
        word = (top - figure) & ~3
        r.send('Z2,%x,4' % word)
        while True:
            if not r.send('c').startswith('T'):
                sys.exit('the program ended before writing 0x%x' % word)
            regs = r.registers()
            if name(regs[15]) != 'stack_paint':
                break
            back = regs[14] & ~1  # let stack_paint finish
            r.send('z2,%x,4' % word)
            r.send('Z0,%x,2' % back)
            r.send('c')
            r.send('z0,%x,2' % back)
            r.send('Z2,%x,4' % word)
        sp = regs[13]
        print('deepest write at 0x%x (%d bytes below 0x%x) in %s' % (word, top - word, top, name(regs[15])))
        print('frame  below top  returns into')
        data = r.memory(sp, top - sp)
        previous = sp
        for offset in range(0, len(data), 4):
            value = int.from_bytes(data[offset:offset + 4], 'little')
            if value in rets:
                at = sp + offset
                print('%5d  %9d  %s' % (at + 4 - previous, top - at, name(value - 1)))
                previous = at + 4
    finally:
        qemu.kill()


if __name__ == '__main__':
    main()
