#!/usr/bin/env python3
"""Compare the engine's generated tokens with onnxruntime's greedy decoding and print the numbers
(bench/textgen.sh): NAME ORT.json ENGINE.json ENGINE_COMPILE.time ENGINE_RUN.time [VOCAB.json]

ORT.json comes from `make_gpt2.py ort` (or `make_char.py`), ENGINE.json from `auspex generate
--json`, the .time files from /usr/bin/time -v (compile-only and full runs). Exits 1 on a
disagreement. With VOCAB.json (make_char.py's characters by id), the texts are printed too."""

import json
import os
import re
import sys


def peak_mb(path):
    with open(path) as f:
        m = re.search(r"Maximum resident set size \(kbytes\): (\d+)", f.read())
    return int(m.group(1)) / 1024 if m else float("nan")


def cpu_s(path):
    with open(path) as f:
        t = f.read()
    u = float(re.search(r"User time \(seconds\): ([\d.]+)", t).group(1))
    s = float(re.search(r"System time \(seconds\): ([\d.]+)", t).group(1))
    return u + s


def main():
    name, ort_path, eng_path, ctime, rtime = sys.argv[1:6]
    o = json.load(open(ort_path))
    e = json.load(open(eng_path))
    ot, et = o["tokens"], e["tokens"]
    n = len(ot)
    agree = sum(1 for a, b in zip(ot, et) if a == b)
    first = next((i for i, (a, b) in enumerate(zip(ot, et)) if a != b), None)
    steps = o["step_seconds"]
    print(f"== {name}")
    print(f"prompt {o['prompt']}")
    print(f"onnxruntime {ot}")
    print(f"engine      {et}")
    if len(sys.argv) > 6 and os.path.exists(sys.argv[6]):
        chars = json.load(open(sys.argv[6]))
        text = lambda ids: "".join(chars[i] for i in ids)  # noqa: E731
        print(f"text: {text(o['prompt'])!r} + onnxruntime {text(ot)!r}")
        print(f"                                  engine {text(et)!r}")
    if first is None and len(et) == n:
        print(f"tokens: all {n} agree")
    else:
        print(f"tokens: {agree}/{n} agree; first difference at step {first}, where onnxruntime's top-2 margin is "
              f"{o['margins'][first]:.4g} (top 5 {o['top5'][first]})")
    print(f"onnxruntime's smallest top-2 logit margin over the steps: {min(o['margins']):.4g} (step {o['margins'].index(min(o['margins']))})")
    print("| | compile / load | first step (prompt) | per generated token | peak RSS |")
    print("|---|---:|---:|---:|---:|")
    ort_rest = steps[1:] or steps
    print(f"| onnxruntime {o.get('onnxruntime', '')} (1 thread) | {o['load_seconds']:.2f} s | {steps[0]:.3f} s | "
          f"{sum(ort_rest) / len(ort_rest):.4f} s | {o['peak_rss_mb']:.0f} MB |")
    print(f"| engine | {e['compile_seconds']:.2f} s ({peak_mb(ctime):.0f} MB peak, {cpu_s(ctime):.1f} s CPU in all) | "
          f"— | {e['run_seconds'] / e['steps']:.4f} s (run {e['run_seconds']:.2f} s for {e['steps']}, prompt included) | "
          f"{peak_mb(rtime):.0f} MB |")
    print(f"engine program: {e['program_steps']} steps, {e['params']} constants, programHash {e['program_hash']}, "
          f"resources {e['resources_peak_bytes'] / 2**30:.2f} GiB per inference (within the protocol bounds: {e['within_protocol_bounds']})")
    sys.exit(0 if first is None and len(et) == n else 1)


if __name__ == "__main__":
    main()
