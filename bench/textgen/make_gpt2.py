#!/usr/bin/env python3
"""A GPT-2-architecture decoder as ONNX, with seeded random weights, and onnxruntime's greedy
decoding of it: the reference for the engine's text-generation mode (issue 17).

  make_gpt2.py build --out M.onnx [--layers 16 --dim 768 --heads 12 --vocab 50257 --ctx 1024 --seed 1]
  make_gpt2.py ort --model M.onnx --prompt-ids 1,2,3 --steps N --out ort.json

The graph is written with onnx.helper node by node (no torch, no transformers: torch from PyPI is
several GB and the export would add nothing the architecture below does not already say). It is
the real GPT-2 architecture with the Hugging Face (optimum) KV-cache interface:

  inputs   input_ids int64 [1, S], attention_mask int64 [1, past+S], position_ids int64 [1, S],
           past_key_values.{i}.key / .value float [1, heads, past, head_dim]
  outputs  logits float [1, S, vocab], present.{i}.key / .value float [1, heads, past+S, head_dim]

  x = wte[input_ids] + wpe[position_ids]
  per block (pre-LN): a = LN1(x); q, k, v = split(a·W_attn + b); K = concat(past_k, k); V likewise
    scores = q·Kᵀ/√head_dim + (1 − attention_mask)·(−1e9), causal positions set to float32's lowest
    x += softmax(scores)·V (heads merged)·W_proj + b
    x += gelu_tanh(LN2(x)·W_fc + b)·W_fc_proj + b          (Gelu, opset 20, approximate="tanh")
  logits = LN_f(x)·wteᵀ                                    (tied LM head: a Transpose of wte)

GPT-2 small's dimensions with 16 blocks hold 152.7M parameters. The initialization is GPT-2's
(normal, std 0.02; the residual projections 0.02/√(2·layers); LayerNorm 1 and 0; biases 0), all
stds times --init-scale, except that every token embedding row has the same norm and the MLP's
output projection has columns of sum 0 (see build).
"""

import argparse
import json
import math
import os
import resource
import sys
import time

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper


def write_gpt2(path, L, D, H, V, C, param, producer="auspex bench/textgen"):
    """Writes the GPT-2 graph with the KV-cache interface to path; param(name, shape) gives each
    parameter as a float32 array, asked for in a fixed order (wte, wpe, then per block ln1_g, ln1_b,
    attn_w, attn_b, proj_w, proj_b, ln2_g, ln2_b, fc_w, fc_b, fc_proj_w, fc_proj_b; ln_f_g, ln_f_b).
    Returns the number of parameters."""
    HD = D // H
    inits, nodes = [], []
    params = 0

    def weight(name, shape):
        nonlocal params
        a = np.asarray(param(name, shape), dtype=np.float32)
        assert a.shape == tuple(shape), (name, a.shape, shape)
        inits.append(numpy_helper.from_array(a, name))
        params += a.size
        return name

    def const(name, value, dtype=np.float32):
        inits.append(numpy_helper.from_array(np.asarray(value, dtype=dtype), name))
        return name

    def node(op, ins, outs, **attrs):
        nodes.append(helper.make_node(op, ins, outs, name=f"{op}_{len(nodes)}", **attrs))
        return outs[0]

    weight("wte", (V, D))
    weight("wpe", (C, D))
    const("heads_shape", [1, -1, H, HD], np.int64)
    const("model_shape", [1, -1, D], np.int64)
    const("mask_shape", [1, 1, 1, -1], np.int64)
    const("split3", [D, D, D], np.int64)
    const("one", 1.0)
    const("neg_big", -1e9)
    const("lowest", np.finfo(np.float32).min)
    const("att_scale", 1 / math.sqrt(HD))
    const("i0", 0, np.int64)
    const("i1", 1, np.int64)
    const("i1v", [1], np.int64)

    inputs = [
        helper.make_tensor_value_info("input_ids", TensorProto.INT64, [1, "sequence_length"]),
        helper.make_tensor_value_info("attention_mask", TensorProto.INT64, [1, "total_length"]),
        helper.make_tensor_value_info("position_ids", TensorProto.INT64, [1, "sequence_length"]),
    ]
    outputs = [helper.make_tensor_value_info("logits", TensorProto.FLOAT, [1, "sequence_length", V])]
    for i in range(L):
        for kv in ("key", "value"):
            inputs.append(helper.make_tensor_value_info(f"past_key_values.{i}.{kv}", TensorProto.FLOAT, [1, H, "past_length", HD]))
            outputs.append(helper.make_tensor_value_info(f"present.{i}.{kv}", TensorProto.FLOAT, [1, H, "total_length", HD]))

    node("Gather", ["wte", "input_ids"], ["tok"])
    node("Gather", ["wpe", "position_ids"], ["pos"])
    x = node("Add", ["tok", "pos"], ["x_0"])
    # (1 − mask)·(−1e9), [1, 1, 1, T]
    node("Cast", ["attention_mask"], ["am_f"], to=TensorProto.FLOAT)
    node("Sub", ["one", "am_f"], ["am_inv"])
    node("Mul", ["am_inv", "neg_big"], ["am_bias0"])
    node("Reshape", ["am_bias0", "mask_shape"], ["am_bias"])
    # causal: key j is visible to query i (at T − S + i) when j ≤ T − S + i
    node("Shape", ["input_ids"], ["ids_shape"])
    node("Gather", ["ids_shape", "i1"], ["S"])
    node("Shape", ["attention_mask"], ["am_shape"])
    node("Gather", ["am_shape", "i1"], ["T"])
    node("Sub", ["T", "S"], ["past_len"])
    node("Range", ["past_len", "T", "i1"], ["q_pos0"])
    node("Unsqueeze", ["q_pos0", "i1v"], ["q_pos"])  # [S, 1]
    node("Range", ["i0", "T", "i1"], ["k_pos"])  # [T]
    node("LessOrEqual", ["k_pos", "q_pos"], ["causal"])  # [S, T]

    def layernorm(inp, prefix):
        g, b = weight(prefix + "_g", (D,)), weight(prefix + "_b", (D,))
        return node("LayerNormalization", [inp, g, b], [prefix + "_out"], axis=-1, epsilon=1e-5)

    for i in range(L):
        p = f"h{i}_"
        a = layernorm(x, p + "ln1")
        node("MatMul", [a, weight(p + "attn_w", (D, 3 * D))], [p + "qkv0"])
        node("Add", [p + "qkv0", weight(p + "attn_b", (3 * D,))], [p + "qkv"])
        node("Split", [p + "qkv", "split3"], [p + "q0", p + "k0", p + "v0"], axis=-1)
        for t in "qkv":
            node("Reshape", [p + t + "0", "heads_shape"], [p + t + "1"])
            node("Transpose", [p + t + "1"], [p + t], perm=[0, 2, 1, 3])
        K = node("Concat", [f"past_key_values.{i}.key", p + "k"], [f"present.{i}.key"], axis=2)
        Vv = node("Concat", [f"past_key_values.{i}.value", p + "v"], [f"present.{i}.value"], axis=2)
        node("Transpose", [K], [p + "kt"], perm=[0, 1, 3, 2])
        node("MatMul", [p + "q", p + "kt"], [p + "s0"])
        node("Mul", [p + "s0", "att_scale"], [p + "s1"])
        node("Add", [p + "s1", "am_bias"], [p + "s2"])
        node("Where", ["causal", p + "s2", "lowest"], [p + "s3"])
        node("Softmax", [p + "s3"], [p + "att"], axis=-1)
        node("MatMul", [p + "att", Vv], [p + "o0"])
        node("Transpose", [p + "o0"], [p + "o1"], perm=[0, 2, 1, 3])
        node("Reshape", [p + "o1", "model_shape"], [p + "o2"])
        node("MatMul", [p + "o2", weight(p + "proj_w", (D, D))], [p + "o3"])
        node("Add", [p + "o3", weight(p + "proj_b", (D,))], [p + "o"])
        x1 = node("Add", [x, p + "o"], [p + "x1"])
        m = layernorm(x1, p + "ln2")
        node("MatMul", [m, weight(p + "fc_w", (D, 4 * D))], [p + "f0"])
        node("Add", [p + "f0", weight(p + "fc_b", (4 * D,))], [p + "f1"])
        node("Gelu", [p + "f1"], [p + "f2"], approximate="tanh")
        node("MatMul", [p + "f2", weight(p + "fc_proj_w", (4 * D, D))], [p + "f3"])
        node("Add", [p + "f3", weight(p + "fc_proj_b", (D,))], [p + "f"])
        x = node("Add", [x1, p + "f"], [p + "x"])
    xf = layernorm(x, "ln_f")
    node("Transpose", ["wte"], ["lm_head"], perm=[1, 0])
    node("MatMul", [xf, "lm_head"], ["logits"])

    graph = helper.make_graph(nodes, "gpt2", inputs, outputs, inits)
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 20)], producer_name=producer)
    model.ir_version = 9
    onnx.checker.check_model(model)
    onnx.save(model, path)
    return params


def build(args):
    L, D, V = args.layers, args.dim, args.vocab
    rng = np.random.default_rng(args.seed)
    std = 0.02 * args.init_scale
    proj_std = std / math.sqrt(2 * L)

    def param(name, shape):
        if name == "wte":
            # Rows of one norm (that of std·√D, the average of GPT-2's init): with random rows of
            # random norms the tied head favours the longest row whatever the context.
            a = rng.standard_normal(shape, dtype=np.float32)
            return a * (np.float32(std * math.sqrt(D)) / np.linalg.norm(a, axis=1, keepdims=True))
        if name == "wpe":
            return rng.standard_normal(shape, dtype=np.float32) * np.float32(std / 2)
        if name.endswith("_g"):
            return np.ones(shape, np.float32)
        if name.endswith("_b"):
            return np.zeros(shape, np.float32)
        s = proj_std if name.endswith(("proj_w",)) else std
        a = rng.standard_normal(shape, dtype=np.float32) * np.float32(s)
        if name.endswith("fc_proj_w"):
            # Columns of sum 0: GELU's outputs have a positive mean, so random columns add the same
            # vector to the residual stream in every block whatever the input, and 16 of them make
            # a random model repeat the token that vector points at.
            a -= a.mean(axis=0, keepdims=True)
        return a

    params = write_gpt2(args.out, L, D, args.heads, V, args.ctx, param)
    info = {"params": params, "layers": L, "dim": D, "heads": args.heads, "vocab": V, "ctx": args.ctx, "seed": args.seed,
            "init_scale": args.init_scale, "bytes": os.path.getsize(args.out)}
    print(json.dumps(info))


def rss_mb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KiB


def ort(args):
    import onnxruntime as rt

    prompt = [int(t) for t in args.prompt_ids.split(",")]
    so = rt.SessionOptions()
    so.intra_op_num_threads = 1
    so.inter_op_num_threads = 1
    t0 = time.perf_counter()
    sess = rt.InferenceSession(args.model, so, providers=["CPUExecutionProvider"])
    t_load = time.perf_counter() - t0
    names = [i.name for i in sess.get_inputs()]
    shapes = {i.name: i.shape for i in sess.get_inputs()}
    outs = [o.name for o in sess.get_outputs()]
    past = {}
    for n in names:
        if n.startswith("past_key_values."):
            _, h, _, hd = shapes[n]
            past[n] = np.zeros((1, h, 0, hd), np.float32)
    ids = np.array([prompt], np.int64)
    tokens, margins, step_times, tops = [], [], [], []
    total = len(prompt)
    for k in range(args.steps):
        S = ids.shape[1]
        feed = {"input_ids": ids}
        if "attention_mask" in names:
            feed["attention_mask"] = np.ones((1, total), np.int64)
        if "position_ids" in names:
            feed["position_ids"] = np.arange(total - S, total, dtype=np.int64)[None, :]
        feed.update(past)
        t0 = time.perf_counter()
        res = dict(zip(outs, sess.run(None, feed)))
        step_times.append(time.perf_counter() - t0)
        last = res["logits"][0, -1].astype(np.float64)
        order = np.argsort(-last, kind="stable")
        tok = int(np.argmax(last))  # the first among equals, as the engine's ArgMax
        tokens.append(tok)
        margins.append(float(last[order[0]] - last[order[1]]))
        tops.append([[int(j), float(last[j])] for j in order[:5]])
        for n in list(past):
            past[n] = res[n.replace("past_key_values.", "present.")]
        ids = np.array([[tok]], np.int64)
        total += 1
    out = {"prompt": prompt, "tokens": tokens, "margins": margins, "top5": tops, "load_seconds": t_load,
           "step_seconds": step_times, "peak_rss_mb": rss_mb(), "threads": 1, "onnxruntime": rt.__version__}
    with open(args.out, "w") as f:
        json.dump(out, f, indent=1)
    print(json.dumps({k: out[k] for k in ("tokens", "load_seconds", "peak_rss_mb")}))
    print("ort: min margin %.4g, per token %.3f s (prompt step %.3f s)" % (
        min(margins), sum(step_times[1:]) / max(1, len(step_times) - 1), step_times[0]), file=sys.stderr)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    b = sub.add_parser("build")
    b.add_argument("--out", required=True)
    b.add_argument("--layers", type=int, default=16)
    b.add_argument("--dim", type=int, default=768)
    b.add_argument("--heads", type=int, default=12)
    b.add_argument("--vocab", type=int, default=50257)
    b.add_argument("--ctx", type=int, default=1024)
    b.add_argument("--seed", type=int, default=1)
    b.add_argument("--init-scale", type=float, default=4.0,
                   help="multiplies GPT-2's init stds (0.02, 0.02/sqrt(2L)); 4 gives varied tokens and logit margins")
    o = sub.add_parser("ort")
    o.add_argument("--model", required=True)
    o.add_argument("--prompt-ids", required=True)
    o.add_argument("--steps", type=int, required=True)
    o.add_argument("--out", required=True)
    args = ap.parse_args()
    {"build": build, "ort": ort}[args.cmd](args)


if __name__ == "__main__":
    main()
