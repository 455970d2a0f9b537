"""Allocation logs and the pool allocator's behaviour, replayed.

A log (docs/memory-tuning.md) has one event per line:
    a SEQ PTR SIZE                    alloc
    r SEQ OLD_PTR PTR OLD_SIZE SIZE   realloc
    f SEQ PTR SIZE                    free
Lines starting with '#' and empty lines are ignored.

The replay follows src/alloc/pool.cpp exactly: a request takes a block of the
smallest class that fits it, or with borrowing the next larger class that
has a free block; realloc keeps the block when the new size wants the same
class, otherwise moves to the new size's class (with borrowing) and, when
that fails and the new size still fits the block, keeps the block.
"""

import bisect

ALLOC, REALLOC, FREE = 0, 1, 2


class LogError(Exception):
    pass


class Log:
    """A log as events (op, block id, old size, size); ids replace pointers."""

    def __init__(self, name, events):
        self.name = name
        self.events = events

    @staticmethod
    def read(path, name=None):
        with open(path, "r", encoding="ascii", errors="replace") as f:
            return Log.parse(f, name or path)

    @staticmethod
    def parse(lines, name):
        events = []
        live = {}  # pointer -> id
        next_id = 0
        for number, line in enumerate(lines, 1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            fields = line.split()
            try:
                kind = fields[0]
                if kind == "a" and len(fields) == 4:
                    ptr, size = fields[2], int(fields[3])
                    if ptr in live:
                        raise LogError("%s:%d: %s allocated twice" % (name, number, ptr))
                    live[ptr] = next_id
                    events.append((ALLOC, next_id, 0, size))
                    next_id += 1
                elif kind == "r" and len(fields) == 6:
                    old, new, old_size, size = fields[2], fields[3], int(fields[4]), int(fields[5])
                    if old not in live:
                        raise LogError("%s:%d: realloc of %s, which is not live" % (name, number, old))
                    block = live.pop(old)
                    live[new] = block
                    events.append((REALLOC, block, old_size, size))
                elif kind == "f" and len(fields) == 4:
                    ptr, size = fields[2], int(fields[3])
                    if ptr not in live:
                        raise LogError("%s:%d: free of %s, which is not live" % (name, number, ptr))
                    events.append((FREE, live.pop(ptr), 0, size))
                else:
                    raise LogError("%s:%d: not an event: %r" % (name, number, line))
            except ValueError:
                raise LogError("%s:%d: bad number in %r" % (name, number, line))
        return Log(name, events)

    def sizes(self):
        """Every request size of the log (allocs and realloc targets)."""
        return [e[3] for e in self.events if e[0] != FREE]


class PoolConfig:
    def __init__(self, sizes, counts, borrow=True):
        if len(sizes) != len(counts) or not sizes:
            raise ValueError("a configuration needs as many counts as sizes, and one class at least")
        for i, s in enumerate(sizes):
            if s <= 0 or s % 8 or (i and s <= sizes[i - 1]):
                raise ValueError("class sizes must be increasing multiples of 8: %r" % (sizes,))
        self.sizes = list(sizes)
        self.counts = list(counts)
        self.borrow = bool(borrow)

    def block_bytes(self):
        return sum(s * c for s, c in zip(self.sizes, self.counts))

    def required_bytes(self, pointer_size=4):
        """eng_pool_required_size for a target with this pointer size."""
        return required_bytes(len(self.sizes), self.block_bytes(), pointer_size)

    def to_json(self):
        return {"borrow": self.borrow,
                "classes": [{"size": s, "count": c} for s, c in zip(self.sizes, self.counts)]}

    @staticmethod
    def from_json(data):
        classes = data["classes"] if isinstance(data, dict) else data
        return PoolConfig([int(c["size"]) for c in classes], [int(c["count"]) for c in classes],
                          data.get("borrow", True) if isinstance(data, dict) else True)


def required_bytes(class_count, block_bytes, pointer_size=4):
    """Bytes of buffer eng_pool_init needs (src/alloc/pool.cpp's layout):
    the pool header, one class record per class, the blocks, and up to 7
    bytes to align the buffer's start."""
    size_t = pointer_size
    header = 8 + 5 * size_t                   # classCount, borrow, 5 counters
    header = (header + pointer_size - 1) // pointer_size * pointer_size
    record = 8 + 2 * pointer_size + 16        # size, count, start, freeList, 4 counters
    control = (header + class_count * record + 7) // 8 * 8
    return control + block_bytes + 7


class Replay:
    """Result of replaying one log against one configuration."""

    def __init__(self, n):
        self.failed = 0
        self.peak_requested = 0     # largest sum of live request sizes
        self.peak_blocks = 0        # largest sum of live block sizes
        self.peak_waste = 0         # block bytes - requested bytes at peak_blocks
        self.high_water = [0] * n   # per class: most blocks in use at once
        self.lent_high_water = [0] * n
        self.samples = []           # (event index, requested, block bytes, per-class used)


def replay(log, config, extend=False, samples=0, stop_on_failure=False):
    """Replays log against config. extend: every class grows as needed (the
    counts are ignored; nothing borrows): the high-water marks without
    borrowing. samples: record about that many points for plots."""
    sizes = config.sizes
    n = len(sizes)
    counts = [1 << 62] * n if extend else list(config.counts)
    borrow = config.borrow and not extend
    used = [0] * n
    lent = [0] * n
    r = Replay(n)
    hw = r.high_water
    lhw = r.lent_high_water
    where = {}        # block id -> (class, size)
    requested = 0
    blocks = 0
    events = log.events
    step = max(1, len(events) // samples) if samples else 0
    bisect_left = bisect.bisect_left

    def take(want):
        last = n if borrow else want + 1
        i = want
        while i < last:
            if used[i] < counts[i]:
                used[i] += 1
                if used[i] > hw[i]:
                    hw[i] = used[i]
                if i != want:
                    lent[i] += 1
                    if lent[i] > lhw[i]:
                        lhw[i] = lent[i]
                return i
            i += 1
        return -1

    for index, (op, block, old_size, size) in enumerate(events):
        if size == 0:
            size = 1
        if op == ALLOC or (op == REALLOC and block not in where):
            want = bisect_left(sizes, size)
            got = take(want) if want < n else -1
            if got < 0:
                r.failed += 1
                if stop_on_failure:
                    return r
            else:
                where[block] = (got, size)
                requested += size
                blocks += sizes[got]
        elif op == FREE:
            entry = where.pop(block, None)
            if entry is not None:
                here, had = entry
                used[here] -= 1
                if bisect_left(sizes, had) != here:
                    lent[here] -= 1
                requested -= had
                blocks -= sizes[here]
        else:
            here, had = where[block]
            want = bisect_left(sizes, size)
            if want == here:
                if bisect_left(sizes, had) != here:
                    lent[here] -= 1
                where[block] = (here, size)
                requested += size - had
            else:
                got = take(want) if want < n else -1
                if got >= 0:
                    used[here] -= 1
                    if bisect_left(sizes, had) != here:
                        lent[here] -= 1
                    where[block] = (got, size)
                    requested += size - had
                    blocks += sizes[got] - sizes[here]
                elif size <= sizes[here]:
                    was_lent = bisect_left(sizes, had) != here
                    if not was_lent:
                        lent[here] += 1
                        if lent[here] > lhw[here]:
                            lhw[here] = lent[here]
                    where[block] = (here, size)
                    requested += size - had
                else:
                    r.failed += 1
                    if stop_on_failure:
                        return r
        if requested > r.peak_requested:
            r.peak_requested = requested
        if blocks > r.peak_blocks:
            r.peak_blocks = blocks
            r.peak_waste = blocks - requested
        if step and index % step == 0:
            r.samples.append((index, requested, blocks, list(used)))
    if step:
        r.samples.append((len(events), requested, blocks, list(used)))
    return r


def runs_all(logs, config):
    """True when every log replays without a failed request."""
    for log in logs:
        if replay(log, config, stop_on_failure=True).failed:
            return False
    return True


def high_water_no_borrow(logs, sizes):
    """Per class, the most blocks any log has in use at once when each
    request gets its own class (the counts a configuration needs without
    borrowing)."""
    config = PoolConfig(sizes, [0] * len(sizes), borrow=False)
    marks = [0] * len(sizes)
    for log in logs:
        r = replay(log, config, extend=True)
        marks = [max(a, b) for a, b in zip(marks, r.high_water)]
    return marks


def tight_counts(logs, sizes, borrow=True):
    """Smallest counts with which every log runs. Without borrowing: the
    high-water marks. With borrowing, from the largest class down, each
    count is lowered as far as the logs still run, larger classes absorbing
    what the class cannot hold (the seed's algorithm, with a binary search
    per class instead of steps of one)."""
    counts = high_water_no_borrow(logs, sizes)
    if any(max((s for s in log.sizes()), default=0) > sizes[-1] for log in logs):
        raise ValueError("a request is larger than the largest class (%d bytes)" % sizes[-1])
    if not borrow:
        return counts
    for i in range(len(sizes) - 1, -1, -1):
        low, high = 0, counts[i]   # high runs; find the smallest that does
        while low < high:
            mid = (low + high) // 2
            trial = counts[:i] + [mid] + counts[i + 1:]
            if runs_all(logs, PoolConfig(sizes, trial, True)):
                high = mid
            else:
                low = mid + 1
        counts[i] = high
    return counts
