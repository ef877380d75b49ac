"""EZKL side by side (docs/BENCHMARKS.md "zkML"): runs PyPI ezkl's pipeline on the same ONNX files and
inputs Auspex proves — gen-settings, calibrate (accuracy target), compile, a local SRS (as our local
Groth16 setup: for benchmarks only), setup, witness, prove, verify, and its EVM verifier — and
writes one JSON record per model for `go run ./bench/zktable -ezkl`, which also measures the EVM
verifier's gas on the same simulated chain as ours.

Run by bench/zk.sh; usage: ezkl_run.py --work DIR --out results.json MODEL...
(MODEL: mnist-8 or an EZKL example folder name under ../shared/data/ezkl).
"""
import argparse
import asyncio
import inspect
import json
import os
import struct
import sys
import time
import traceback

import ezkl


def call(f, *args, **kw):
    """Calls an ezkl function, awaiting it when this ezkl version made it async."""
    async def inside_a_loop():  # some ezkl functions need a running event loop even to start
        r = f(*args, **kw)
        if inspect.isawaitable(r):
            r = await r
        return r

    return asyncio.run(inside_a_loop())


def model_files(name, root):
    """The model, its input.json-style data (written for mnist-8) and onnxruntime's outputs."""
    if name == "mnist-8":
        work = os.path.join(args.work, name)
        os.makedirs(work, exist_ok=True)
        img = open(os.path.join(root, "examples", "mnist", "digits-784x4.u8"), "rb").read()[:784]
        data = os.path.join(work, "input.json")
        # The same input as Auspex's bytes form: pixel b means b/255.
        json.dump({"input_data": [[b / 255 for b in img]]}, open(data, "w"))
        raw = open(os.path.join(root, "examples", "mnist", "mnist-8-ort-logits-10x4.f32"), "rb").read()[:40]
        ref = list(struct.unpack("<10f", raw))
        return os.path.join(root, "models", "mnist-8", "model.onnx"), data, ref
    d = os.path.join(root, "..", "shared", "data", "ezkl", name)
    ref = []
    try:
        outs = json.load(open(os.path.join(d, "ort_reference.json")))["outputs"]
        for o in outs.values():
            ref += o["data"]
    except (OSError, KeyError):
        pass
    return os.path.join(d, "network.onnx"), os.path.join(d, "input.json"), ref


def run(name, root):
    rec = {"model": name}
    work = os.path.join(args.work, name)
    os.makedirs(work, exist_ok=True)
    p = lambda f: os.path.join(work, f)
    model, data, ref = model_files(name, root)
    try:
        run_args = ezkl.PyRunArgs()
        call(ezkl.gen_settings, model, p("settings.json"), py_run_args=run_args)
        call(ezkl.calibrate_settings, data, model, p("settings.json"), "accuracy")
        settings = json.load(open(p("settings.json")))
        logrows = settings["run_args"]["logrows"]
        rec["logrows"] = logrows
        call(ezkl.compile_circuit, model, p("network.compiled"), p("settings.json"))
        srs = os.path.join(args.work, "srs", "kzg%d.srs" % logrows)
        if not os.path.exists(srs):
            os.makedirs(os.path.dirname(srs), exist_ok=True)
            call(ezkl.gen_srs, srs, logrows)
        call(ezkl.gen_witness, data, p("network.compiled"), p("witness.json"), srs_path=srs)
        t = time.time()
        call(ezkl.setup, p("network.compiled"), p("vk.key"), p("pk.key"), srs_path=srs)
        rec["setup_s"] = time.time() - t
        t = time.time()
        call(ezkl.prove, p("witness.json"), p("network.compiled"), p("pk.key"), p("proof.json"), srs_path=srs)
        rec["prove_s"] = time.time() - t
        if not call(ezkl.verify, p("proof.json"), p("settings.json"), p("vk.key"), srs_path=srs):
            raise RuntimeError("EZKL's own verify refused its proof")
        proof = json.load(open(p("proof.json")))
        hexproof = proof.get("hex_proof") or proof.get("proof")
        if isinstance(hexproof, list):
            rec["proof_bytes"] = len(hexproof)
        else:
            rec["proof_bytes"] = len(hexproof.removeprefix("0x")) // 2
        # Accuracy: EZKL's rescaled outputs against onnxruntime's.
        wit = json.load(open(p("witness.json")))
        outs = [float(x) for o in wit["pretty_elements"]["rescaled_outputs"] for x in o]
        if ref and len(ref) == len(outs):
            rec["max_err"] = max(abs(a - b) for a, b in zip(outs, ref))
        # The EVM verifier: ezkl writes the source, then may try to fetch solc (no network here);
        # zktable compiles it with the project's pinned solc instead.
        try:
            call(ezkl.create_evm_verifier, p("vk.key"), p("settings.json"), p("Verifier.sol"), p("abi.json"), srs_path=srs)
        except Exception as e:  # noqa: BLE001 - the source is what we need
            rec["evm_note"] = str(e)[:200]
        call(ezkl.encode_evm_calldata, p("proof.json"), p("calldata.bin"))
        if os.path.exists(p("Verifier.sol")):
            rec["verifier_sol"] = p("Verifier.sol")
            rec["calldata"] = p("calldata.bin")
    except Exception as e:  # noqa: BLE001 - one model's failure is a table row, not the end
        rec["error"] = (str(e) or type(e).__name__)[:300]
        traceback.print_exc()
    return rec


parser = argparse.ArgumentParser()
parser.add_argument("--work", required=True)
parser.add_argument("--out", required=True)
parser.add_argument("--root", default=".")
parser.add_argument("models", nargs="+")
args = parser.parse_args()
results = []
if os.path.exists(args.out):
    results = [r for r in json.load(open(args.out)) if r["model"] not in args.models]
for m in args.models:
    t = time.time()
    r = run(m, os.path.abspath(args.root))
    r["wall_s"] = time.time() - t
    print(json.dumps(r), file=sys.stderr, flush=True)
    results.append(r)
    json.dump(results, open(args.out, "w"), indent=1)
