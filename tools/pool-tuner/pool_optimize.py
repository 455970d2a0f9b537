"""Choosing the pool classes for several logs at once, and spending a budget.

Sizes: every class boundary is a request size seen in the logs (rounded up
to 8; when there are many, sizes above 256 bytes are first merged onto a
grid 1/8 apart). For a candidate set of classes, RAM without borrowing is
the sum over classes of size x the most blocks of that class any log has
in use at once, plus each class's control record. That sum is minimised
exactly over all partitions by dynamic programming, the maxima being
read from snapshots of each log (every request size's own maximum is
always among them). The counts are then tightened with borrowing by
replaying the logs (pool_model.tight_counts), so the result is checked
against every event, not estimated.
"""


from pool_model import FREE, PoolConfig, required_bytes, runs_all, tight_counts

SNAPSHOTS = 3000


def round8(n):
    return max(8, (n + 7) // 8 * 8)


def candidate_sizes(logs, limit=64):
    sizes = sorted({round8(s) for log in logs for s in log.sizes()})
    if len(sizes) <= limit:
        return sizes
    grid, g = [], 256
    top = sizes[-1]
    while g < top:
        grid.append(g)
        g = round8(int(g * 1.125) + 1)
    grid.append(top)
    merged = set(s for s in sizes if s <= 256)
    for s in sizes:
        if s > 256:
            merged.add(next(x for x in grid if x >= s))
    return sorted(merged)


def bucket_snapshots(log, sizes):
    """Live request counts per bucket (bucket b: sizes in (sizes[b-1],
    sizes[b]]) at evenly spaced events and at each bucket's own maximum."""
    import bisect
    n = len(sizes)
    live = [0] * n
    where = {}
    best = [0] * n
    best_at = [None] * n
    events = log.events
    step = max(1, len(events) // SNAPSHOTS)
    snaps = []
    for index, (op, block, _old, size) in enumerate(events):
        if op != FREE:
            if block in where:
                live[where[block]] -= 1
            b = bisect.bisect_left(sizes, max(1, size))
            where[block] = b
            live[b] += 1
            if live[b] > best[b]:
                best[b] = live[b]
                best_at[b] = list(live)
        else:
            b = where.pop(block, None)
            if b is not None:
                live[b] -= 1
        if index % step == 0:
            snaps.append(list(live))
    snaps.extend(s for s in best_at if s is not None)
    # Transposed: per bucket, its count in every snapshot.
    return [[s[b] for s in snaps] for b in range(n)]


def choose_sizes(logs, max_classes=24, pointer_size=4):
    """Class sizes minimising RAM without borrowing over all logs."""
    sizes = candidate_sizes(logs)
    n = len(sizes)
    per_log = [bucket_snapshots(log, sizes) for log in logs]
    record = required_bytes(2, 0, pointer_size) - required_bytes(1, 0, pointer_size)
    # high[a][b]: most live requests of sizes in buckets a..b at once (max over logs).
    high = [[0] * n for _ in range(n)]
    for snaps in per_log:
        for a in range(n):
            running = [0] * len(snaps[0])
            for b in range(a, n):
                running = [x + y for x, y in zip(running, snaps[b])]
                m = max(running)
                if m > high[a][b]:
                    high[a][b] = m
    inf = float("inf")
    k_max = min(max_classes, n)
    # cost[k][j]: best RAM for buckets 0..j-1 with k classes, the last one sizes[j-1].
    cost = [[inf] * (n + 1) for _ in range(k_max + 1)]
    back = [[-1] * (n + 1) for _ in range(k_max + 1)]
    cost[0][0] = 0
    for k in range(1, k_max + 1):
        for j in range(1, n + 1):
            for i in range(j):
                if cost[k - 1][i] == inf:
                    continue
                c = cost[k - 1][i] + sizes[j - 1] * high[i][j - 1] + record
                if c < cost[k][j]:
                    cost[k][j] = c
                    back[k][j] = i
    k_best = min(range(1, k_max + 1), key=lambda k: cost[k][n])
    chosen, j, k = [], n, k_best
    while k > 0:
        chosen.append(sizes[j - 1])
        j = back[k][j]
        k -= 1
    return sorted(chosen)


def smallest(logs, max_classes=24, pointer_size=4, sizes=None):
    """The configuration with the least RAM in which every log runs."""
    sizes = sizes or choose_sizes(logs, max_classes, pointer_size)
    counts = tight_counts(logs, sizes, borrow=True)
    # Classes no log needs once borrowing is counted cost a record each.
    kept = [(s, c) for s, c in zip(sizes, counts) if c > 0]
    config = PoolConfig([s for s, _ in kept], [c for _, c in kept], True)
    if runs_all(logs, config):
        return config
    # Without them some reallocations move instead of staying (their new
    # size wants another class): keep the empty classes then.
    return PoolConfig(sizes, counts, True)


def with_headroom(config, budget, pointer_size=4):
    """The configuration grown to fill budget bytes of buffer as evenly as
    the block sizes allow: one block at a time goes to the class with the
    fewest blocks relative to its tight count (the smaller class on a tie)
    while one still fits. Returns (config, factor), factor being the
    smallest count / tight count over the classes (None, 0.0 when even the
    tight configuration does not fit)."""
    import heapq

    blocks = config.block_bytes()
    fixed = required_bytes(len(config.sizes), 0, pointer_size)
    if fixed + blocks > budget:
        return None, 0.0
    counts = list(config.counts)
    room = budget - fixed - blocks
    queue = [(1.0, config.sizes[i], i) for i in range(len(counts)) if config.counts[i] > 0]
    heapq.heapify(queue)
    while queue:
        ratio, size, i = heapq.heappop(queue)
        if size > room:
            continue  # this class no longer fits; smaller ones may
        counts[i] += 1
        room -= size
        heapq.heappush(queue, (counts[i] / config.counts[i], size, i))
    factor = min((counts[i] / config.counts[i] for i in range(len(counts)) if config.counts[i] > 0),
                 default=1.0)
    return PoolConfig(config.sizes, counts, config.borrow), factor
