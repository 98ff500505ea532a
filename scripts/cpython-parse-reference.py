#!/usr/bin/env python3
"""CPython's email package parsing a set of messages: the reference MailThreatBench compares
its parse stage with.

What is timed, per message, with every message already in memory:

    msg = email.message_from_bytes(b, policy=email.policy.default)
    for part in msg.walk():
        if not part.is_multipart():
            part.get_payload(decode=True)      # every leaf transfer-decoded

One process, one thread (one core). Warm-up runs first (not reported as timings), then the
timed runs; the JSON gives every timed run and their median. Reading the files is not timed.

Input: paths of message files, of corpus folders (with index.tsv; --split picks the rows), of
plain folders (walked, sorted, dot-names skipped), or a list file with one path per line
(--files-from FILE, '-' for stdin). MailThreatBench passes --files-from with exactly the
messages it parsed itself.

Output (stdout): one JSON object, for example

    {"implementation": "CPython", "python_version": "3.11.7", "policy": "default",
     "messages": 6046, "bytes": 32501413, "warmup_runs": 1, "runs_seconds": [...],
     "median_seconds": 6.1, "min_seconds": 6.0, "max_seconds": 6.3, "spread_percent": 4.9,
     "messages_per_second": 991.1, "megabytes_per_second": 5.33, "failures": 0, ...}

MB = 1,000,000 bytes. Standard library only.
"""

import argparse
import email
import email.policy
import gc
import json
import os
import platform
import statistics
import sys
import time


def expand(paths, split):
    """Message paths for the arguments, in the order MailThreatBench uses."""
    out = []
    for path in paths:
        if os.path.isdir(path):
            index = os.path.join(path, "index.tsv")
            if os.path.isfile(index):
                with open(index, encoding="utf-8") as handle:
                    rows = handle.read().split("\n")
                for row in rows[1:]:
                    if not row.strip():
                        continue
                    cols = row.rstrip("\r").split("\t")
                    row_split = cols[2] if len(cols) > 2 else ""
                    if split == "all" or row_split == split:
                        out.append(os.path.join(path, cols[0]))
            else:
                out.extend(walk(path))
        else:
            out.append(path)
    return out


def walk(folder):
    names = sorted((n for n in os.listdir(folder) if not n.startswith(".")),
                   key=lambda n: n.encode("utf-8", "surrogateescape"))
    out = []
    for name in names:
        full = os.path.join(folder, name)
        if os.path.isdir(full):
            if not os.path.islink(full):
                out.extend(walk(full))
        elif os.path.isfile(full):
            out.append(full)
    return out


def parse_all(messages):
    """Parses and transfer-decodes every message; returns (leaves, decoded bytes, failures)."""
    leaves = 0
    decoded = 0
    failures = 0
    for data in messages:
        try:
            msg = email.message_from_bytes(data, policy=email.policy.default)
            for part in msg.walk():
                if not part.is_multipart():
                    payload = part.get_payload(decode=True)
                    leaves += 1
                    if payload is not None:
                        decoded += len(payload)
        except Exception:  # noqa: BLE001 - a reference run must finish; failures are counted
            failures += 1
    return leaves, decoded, failures


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="*", help="message files, corpus folders or folders")
    parser.add_argument("--files-from", metavar="FILE",
                        help="read message paths from FILE, one per line ('-' for stdin)")
    parser.add_argument("--split", default="all",
                        help="rows of corpus folders to use: train, test or all (default all)")
    parser.add_argument("--runs", type=int, default=5, help="timed runs (default 5, at least 1)")
    parser.add_argument("--warmup", type=int, default=1, help="untimed warm-up runs (default 1)")
    parser.add_argument("--quiet", action="store_true", help="no progress on stderr")
    args = parser.parse_args()

    paths = []
    if args.files_from:
        handle = sys.stdin if args.files_from == "-" else open(args.files_from, encoding="utf-8")
        with handle:
            paths.extend(line.rstrip("\r\n") for line in handle if line.strip())
    paths.extend(expand(args.paths, args.split))
    if not paths:
        parser.error("no messages given")
    runs = max(1, args.runs)
    warmup = max(0, args.warmup)

    messages = []
    for path in paths:
        with open(path, "rb") as handle:
            messages.append(handle.read())
    total_bytes = sum(len(m) for m in messages)

    timings = []
    leaves = decoded = failures = 0
    for run in range(warmup + runs):
        is_warmup = run < warmup
        if not args.quiet:
            label = f"warm-up {run + 1}/{warmup}" if is_warmup else f"run {run - warmup + 1}/{runs}"
            print(f"cpython parse: {label} ({len(messages)} messages)", file=sys.stderr, flush=True)
        gc.collect()
        start = time.perf_counter()
        leaves, decoded, failures = parse_all(messages)
        elapsed = time.perf_counter() - start
        if not is_warmup:
            timings.append(elapsed)

    median = statistics.median(timings)
    result = {
        "implementation": platform.python_implementation(),
        "python_version": platform.python_version(),
        "policy": "default",
        "what": "email.message_from_bytes(b, policy=email.policy.default); "
                "part.get_payload(decode=True) for every leaf of msg.walk()",
        "messages": len(messages),
        "bytes": total_bytes,
        "leaves": leaves,
        "decoded_bytes": decoded,
        "failures": failures,
        "warmup_runs": warmup,
        "runs_seconds": timings,
        "median_seconds": median,
        "min_seconds": min(timings),
        "max_seconds": max(timings),
        "spread_percent": (max(timings) - min(timings)) / median * 100 if median > 0 else 0.0,
        "messages_per_second": len(messages) / median if median > 0 else 0.0,
        "megabytes_per_second": total_bytes / 1e6 / median if median > 0 else 0.0,
    }
    json.dump(result, sys.stdout, sort_keys=True)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
