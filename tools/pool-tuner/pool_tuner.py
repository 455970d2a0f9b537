#!/usr/bin/env python3
"""pool_tuner - from allocation logs to the pool allocator's configuration.

    pool_tuner.py replay   --config C.json LOG...   [--plots DIR]
    pool_tuner.py tight    (--sizes 16,32,... | --config C.json) LOG...
                           [--no-borrow] [--json OUT] [--header OUT]
    pool_tuner.py optimize LOG... [--budget BYTES] [--max-classes K]
                           [--json OUT] [--header OUT] [--plots DIR]

Common: --pointer-size 4|8 (the target's; 4 for Cortex-M, default) sets the
pool's control data in the byte counts; --name PREFIX names the header's
symbols (default board_pool: board_pool_classes, board_pool_config,
BOARD_POOL_BUFFER_BYTES).

replay: per log, the peak of requested bytes and of pool blocks, the waste
at that peak, failed requests, and per class the high-water marks without
borrowing (each class grown as needed) and with borrowing (the counts of
the configuration).
tight: the smallest counts for the given sizes with which every log runs
(with borrowing unless --no-borrow).
optimize: chooses the sizes and the counts for all logs at once and prints
the smallest buffer in which every log runs; with --budget, the
configuration that fits the budget with the most headroom (blocks added
one at a time to the class with the fewest relative to what it needs).

Exit status: 0, 1 when a configuration fails a log or a budget is too
small, 2 for bad arguments or an unreadable log. Python 3 standard library
only. Log format and a worked example: docs/memory-tuning.md.
"""

import argparse
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import png_plot  # noqa: E402
from pool_model import Log, LogError, PoolConfig, high_water_no_borrow, replay, tight_counts  # noqa: E402
from pool_optimize import smallest, with_headroom  # noqa: E402


def load_logs(paths):
    return [Log.read(p, os.path.basename(p)) for p in paths]


def load_config(path):
    with open(path, "r", encoding="utf-8") as f:
        return PoolConfig.from_json(json.load(f))


def report(logs, config, pointer_size, out=None, plots=None):
    """Prints the replay of every log against config; returns the failures."""
    out = out or sys.stdout
    no_borrow = high_water_no_borrow(logs, config.sizes)
    results = [replay(log, config, samples=600 if plots else 0) for log in logs]
    total_failed = sum(r.failed for r in results)
    out.write("configuration: %d classes, %d bytes of blocks, buffer %d bytes (%d-bit target), borrowing %s\n" % (
        len(config.sizes), config.block_bytes(), config.required_bytes(pointer_size), pointer_size * 8,
        "on" if config.borrow else "off"))
    out.write("%-28s %10s %10s %10s %8s %7s\n" % ("log", "events", "requested", "blocks", "waste", "failed"))
    for log, r in zip(logs, results):
        out.write("%-28s %10d %10d %10d %8d %7d\n" % (
            log.name[:28], len(log.events), r.peak_requested, r.peak_blocks, r.peak_waste, r.failed))
    out.write("(peaks in bytes; waste: block bytes not asked for, at the blocks' peak)\n")
    with_borrow = [max(r.high_water[i] for r in results) for i in range(len(config.sizes))]
    lent = [max(r.lent_high_water[i] for r in results) for i in range(len(config.sizes))]
    out.write("%8s %8s %10s %12s %6s\n" % ("size", "count", "hwm alone", "hwm borrow", "lent"))
    for i, size in enumerate(config.sizes):
        out.write("%8d %8d %10d %12d %6d\n" % (size, config.counts[i], no_borrow[i], with_borrow[i], lent[i]))
    out.write("classes: %s\n" % ",".join("%d:%d" % sc for sc in zip(config.sizes, config.counts)))
    out.write("(hwm alone: most blocks in use at once when every class grows as needed, over all logs;\n"
              " hwm borrow: with the counts above; lent: blocks used by smaller requests)\n")
    if plots:
        os.makedirs(plots, exist_ok=True)
        for log, r in zip(logs, results):
            stem = os.path.splitext(log.name)[0]
            png_plot.use_over_time(os.path.join(plots, "use-%s.png" % stem),
                                   "Pool use: %s" % stem, r.samples, config.sizes, config.counts)
            png_plot.waste_over_time(os.path.join(plots, "waste-%s.png" % stem),
                                     "Waste: %s" % stem, r.samples)
        png_plot.high_water_bars(os.path.join(plots, "high-water.png"), "High-water marks per class",
                                 config.sizes, config.counts, no_borrow, with_borrow)
        out.write("plots in %s\n" % plots)
    return total_failed


def write_json(path, config, pointer_size, logs):
    data = config.to_json()
    data["buffer_bytes"] = config.required_bytes(pointer_size)
    data["pointer_size"] = pointer_size
    data["logs"] = [log.name for log in logs]
    with open(path, "w", encoding="utf-8") as f:
        json.dump(data, f, indent=2)
        f.write("\n")


def write_header(path, config, pointer_size, logs, name):
    guard = (name.upper() + "_CONFIG_H").replace("-", "_")
    lines = [
        "/* Pool configuration for eng_pool_init (include/engine_alloc.h), written",
        " * by tools/pool-tuner/pool_tuner.py from: %s." % ", ".join(log.name for log in logs),
        " * %d classes, %d bytes of blocks; %s_BUFFER_BYTES is what eng_pool_init" % (
            len(config.sizes), config.block_bytes(), name.upper()),
        " * needs on a %d-bit target (control data and alignment included). */" % (pointer_size * 8),
        "#ifndef %s" % guard,
        "#define %s" % guard,
        "",
        '#include "engine_alloc.h"',
        "",
        "#define %s_BUFFER_BYTES %du" % (name.upper(), config.required_bytes(pointer_size)),
        "",
        "static const eng_pool_class %s_classes[] = {" % name,
    ]
    for size, count in zip(config.sizes, config.counts):
        lines.append("    {%d, %d}," % (size, count))
    lines += [
        "};",
        "",
        "static const eng_pool_config %s_config = {%s_classes, %d, %d};" % (
            name, name, len(config.sizes), 1 if config.borrow else 0),
        "",
        "#endif",
        "",
    ]
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines))


def main(argv=None):
    parser = argparse.ArgumentParser(prog="pool_tuner.py", description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("logs", nargs="+", metavar="LOG")
    common.add_argument("--pointer-size", type=int, choices=(4, 8), default=4)
    common.add_argument("--json")
    common.add_argument("--header")
    common.add_argument("--name", default="board_pool")
    common.add_argument("--plots", metavar="DIR")
    p = sub.add_parser("replay", parents=[common], help="replay logs against a configuration")
    p.add_argument("--config", required=True)
    p = sub.add_parser("tight", parents=[common], help="tight counts for given sizes")
    p.add_argument("--sizes")
    p.add_argument("--config")
    p.add_argument("--no-borrow", action="store_true")
    p = sub.add_parser("optimize", parents=[common], help="choose sizes and counts")
    p.add_argument("--budget", type=int)
    p.add_argument("--max-classes", type=int, default=24)
    args = parser.parse_args(argv)

    try:
        logs = load_logs(args.logs)
        if args.command == "replay":
            config = load_config(args.config)
        elif args.command == "tight":
            if bool(args.sizes) == bool(args.config):
                parser.error("tight needs --sizes or --config (one of them)")
            sizes = ([int(s) for s in args.sizes.split(",")] if args.sizes
                     else load_config(args.config).sizes)
            config = PoolConfig(sizes, [0] * len(sizes), not args.no_borrow)
            config = PoolConfig(sizes, tight_counts(logs, sizes, not args.no_borrow), not args.no_borrow)
        else:
            config = smallest(logs, args.max_classes, args.pointer_size)
            minimum = config.required_bytes(args.pointer_size)
            print("smallest buffer in which every log runs: %d bytes (%d classes)" % (
                minimum, len(config.sizes)))
            if args.budget is not None:
                smallest_blocks = config.block_bytes()
                roomy, factor = with_headroom(config, args.budget, args.pointer_size)
                if roomy is None:
                    print("budget %d bytes is too small: %d bytes needed" % (args.budget, minimum))
                    return 1
                config = roomy
                extra = config.block_bytes() - smallest_blocks
                print("budget %d bytes: %d bytes of blocks beyond the smallest configuration (+%d%%), "
                      "spread over the classes; the least grown has %d%% more blocks than it needs" % (
                          args.budget, extra, 100 * extra // max(1, smallest_blocks), int((factor - 1) * 100)))
    except (OSError, LogError, ValueError) as e:
        print("pool_tuner: %s" % e, file=sys.stderr)
        return 2
    failed = report(logs, config, args.pointer_size, plots=args.plots)
    if args.json:
        write_json(args.json, config, args.pointer_size, logs)
    if args.header:
        write_header(args.header, config, args.pointer_size, logs, args.name)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
