"""Time onnxruntime on one fetched model folder (issue 17), beside the engine's measurement.

    python ortbench.py DIR [--min-runs 5] [--max-runs 50] [--budget 3]

Loads DIR/model.onnx in an InferenceSession with 1 intra-op and 1 inter-op thread and the default
graph optimizations (as fetch.py made ort.json), feeds DIR/input.json, runs once to warm up, then
times --min-runs runs and keeps going until --budget seconds have passed or --max-runs runs are
done. Prints one JSON object: load_s (session creation only), run_s (median of the timed runs),
runs, peak_rss_bytes (VmHWM of this process, or ru_maxrss where there is no /proc: the interpreter, numpy, onnxruntime,
the JSON input and the session, one process per model), max_abs_diff against ort.json (the run
being timed is the run that was recorded), and the onnxruntime version.
"""

import argparse
import json
import os
import resource
import statistics
import sys
import time

import numpy as np
import onnxruntime as ort


def vm_hwm():
    """Peak RSS of this process's own address space in bytes (Linux VmHWM), 0 if unknown. Preferred to
    ru_maxrss, which on Linux starts at the parent's high-water mark when the parent starts us with
    vfork + exec (Go does)."""
    try:
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def tensor(t):
    data = [np.nan if v is None else v for v in t["data"]]
    return np.array(data, dtype=t["dtype"]).reshape(t["shape"])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("dir")
    ap.add_argument("--min-runs", type=int, default=5)
    ap.add_argument("--max-runs", type=int, default=50)
    ap.add_argument("--budget", type=float, default=3.0, help="seconds of timed runs once --min-runs are done")
    a = ap.parse_args()
    with open(os.path.join(a.dir, "input.json")) as f:
        feeds = {k: tensor(v) for k, v in json.load(f)["inputs"].items()}
    with open(os.path.join(a.dir, "ort.json")) as f:
        ref = json.load(f)

    so = ort.SessionOptions()
    so.intra_op_num_threads = 1
    so.inter_op_num_threads = 1
    t0 = time.perf_counter()
    sess = ort.InferenceSession(os.path.join(a.dir, "model.onnx"), so, providers=["CPUExecutionProvider"])
    load_s = time.perf_counter() - t0

    names = [o.name for o in sess.get_outputs()]
    outs = sess.run(names, feeds)  # warm-up
    diff = 0.0
    for name, got in zip(names, outs):
        r = ref["outputs"].get(name)
        if r is None or np.asarray(got).dtype.kind not in "fiub":
            continue
        want = tensor(r).astype(np.float64)
        got = np.asarray(got, dtype=np.float64)
        if want.shape == got.shape and got.size:
            d = np.abs(got - want)
            diff = max(diff, float(np.nanmax(d)) if not np.all(np.isnan(d)) else 0.0)

    times = []
    start = time.perf_counter()
    while len(times) < a.max_runs and (len(times) < a.min_runs or time.perf_counter() - start < a.budget):
        t0 = time.perf_counter()
        sess.run(names, feeds)
        times.append(time.perf_counter() - t0)

    rss = vm_hwm()
    if not rss:
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        if sys.platform != "darwin":
            rss *= 1024  # Linux reports KiB, macOS bytes
    json.dump({"load_s": load_s, "run_s": statistics.median(times), "runs": len(times), "peak_rss_bytes": rss,
               "max_abs_diff": diff, "version": ort.__version__}, sys.stdout)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
