#!/usr/bin/env python3
"""A tiny character-level GPT trained with numpy alone, exported as ONNX with the KV-cache interface
of make_gpt2.py (the same graph: learned token and position embeddings, pre-LN blocks, causal
multi-head attention, GELU (tanh) MLP, tied LM head): a decoder with trained weights for the
engine's generation mode (issue 17, bench/textgen.sh char).

  make_char.py --text FILE --out char.onnx --prompt-out char.prompt [--layers 2 --dim 64 --heads 4
               --ctx 96 --iters 1200 --batch 24 --seed 1]

The text is a public-domain book (bench/textgen.sh passes Mark Twain's The Adventures of Tom Sawyer,
Project Gutenberg's edition as the Go module github.com/klauspost/compress ships it in its testdata);
the Gutenberg header and footer, if any, are dropped and whitespace runs are folded. Training: forward
and backward written out in numpy (float32), cross-entropy on next characters, Adam with a linear
warm-up and cosine decay, one thread. It writes next to --out: NAME.vocab.json (the characters by
id) and NAME.train.json (losses, time); --prompt-out gets the ids of a fixed prompt.
"""

import argparse
import json
import math
import os
import re
import sys
import time

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("MKL_NUM_THREADS", "1")

import numpy as np  # noqa: E402

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make_gpt2 import write_gpt2  # noqa: E402

GELU_C = math.sqrt(2 / math.pi)
EPS = 1e-5


def load_text(path):
    with open(path, encoding="utf-8", errors="replace") as f:
        t = f.read()
    start = re.search(r"\*\*\* ?START OF[^\n]*", t)
    if start:
        t = t[start.end():]
    end = re.search(r"\*\*\* ?END OF|End of (the )?Project Gutenberg", t, re.I)
    if end:
        t = t[: end.start()]
    t = re.sub(r"\s+", " ", t)
    return t.strip()


def layernorm(x, g, b):
    mu = x.mean(-1, keepdims=True)
    xc = x - mu
    var = (xc * xc).mean(-1, keepdims=True)
    rstd = 1.0 / np.sqrt(var + EPS)
    xh = xc * rstd
    return xh * g + b, (xh, rstd)


def layernorm_back(dy, g, cache):
    xh, rstd = cache
    dg = (dy * xh).reshape(-1, xh.shape[-1]).sum(0)
    db = dy.reshape(-1, xh.shape[-1]).sum(0)
    dxh = dy * g
    dx = rstd * (dxh - dxh.mean(-1, keepdims=True) - xh * (dxh * xh).mean(-1, keepdims=True))
    return dx, dg, db


def gelu(h):
    t = np.tanh(GELU_C * (h + 0.044715 * h ** 3))
    return 0.5 * h * (1 + t), t


def gelu_back(dy, h, t):
    return dy * (0.5 * (1 + t) + 0.5 * h * (1 - t * t) * GELU_C * (1 + 3 * 0.044715 * h * h))


class Model:
    def __init__(self, V, D, H, L, C, rng):
        self.V, self.D, self.H, self.L, self.C = V, D, H, L, C
        s = 0.02
        p = {"wte": rng.standard_normal((V, D)) * s, "wpe": rng.standard_normal((C, D)) * s}
        for i in range(L):
            q = f"h{i}_"
            p[q + "ln1_g"], p[q + "ln1_b"] = np.ones(D), np.zeros(D)
            p[q + "attn_w"], p[q + "attn_b"] = rng.standard_normal((D, 3 * D)) * s, np.zeros(3 * D)
            p[q + "proj_w"], p[q + "proj_b"] = rng.standard_normal((D, D)) * s / math.sqrt(2 * L), np.zeros(D)
            p[q + "ln2_g"], p[q + "ln2_b"] = np.ones(D), np.zeros(D)
            p[q + "fc_w"], p[q + "fc_b"] = rng.standard_normal((D, 4 * D)) * s, np.zeros(4 * D)
            p[q + "fc_proj_w"], p[q + "fc_proj_b"] = rng.standard_normal((4 * D, D)) * s / math.sqrt(2 * L), np.zeros(D)
        p["ln_f_g"], p["ln_f_b"] = np.ones(D), np.zeros(D)
        self.p = {k: v.astype(np.float32) for k, v in p.items()}

    def loss(self, idx, tgt, grad=True):
        """Mean cross-entropy of next characters, and its gradients."""
        p, D, H = self.p, self.D, self.H
        B, T = idx.shape
        hd = D // H
        caches = []
        x = p["wte"][idx] + p["wpe"][:T]
        mask = np.triu(np.ones((T, T), bool), 1)
        for i in range(self.L):
            q_ = f"h{i}_"
            a, ln1 = layernorm(x, p[q_ + "ln1_g"], p[q_ + "ln1_b"])
            qkv = a @ p[q_ + "attn_w"] + p[q_ + "attn_b"]
            q, k, v = [z.reshape(B, T, H, hd).transpose(0, 2, 1, 3) for z in np.split(qkv, 3, axis=-1)]
            s = q @ k.transpose(0, 1, 3, 2) / math.sqrt(hd)
            s = np.where(mask, -np.inf, s)
            s = s - s.max(-1, keepdims=True)
            P = np.exp(s)
            P /= P.sum(-1, keepdims=True)
            o = (P @ v).transpose(0, 2, 1, 3).reshape(B, T, D)
            x1 = x + o @ p[q_ + "proj_w"] + p[q_ + "proj_b"]
            m, ln2 = layernorm(x1, p[q_ + "ln2_g"], p[q_ + "ln2_b"])
            h = m @ p[q_ + "fc_w"] + p[q_ + "fc_b"]
            g, t = gelu(h)
            x2 = x1 + g @ p[q_ + "fc_proj_w"] + p[q_ + "fc_proj_b"]
            caches.append((a, ln1, q, k, v, P, o, m, ln2, h, g, t))
            x = x2
        xf, lnf = layernorm(x, p["ln_f_g"], p["ln_f_b"])
        logits = xf @ p["wte"].T
        logits = logits - logits.max(-1, keepdims=True)
        e = np.exp(logits)
        probs = e / e.sum(-1, keepdims=True)
        n = B * T
        loss = -np.log(probs.reshape(n, -1)[np.arange(n), tgt.reshape(-1)] + 1e-12).mean()
        if not grad:
            return float(loss), None
        gr = {k: np.zeros_like(v) for k, v in p.items()}
        dl = probs.reshape(n, -1)
        dl[np.arange(n), tgt.reshape(-1)] -= 1
        dl = (dl / n).reshape(B, T, -1)
        gr["wte"] += dl.reshape(n, -1).T @ xf.reshape(n, D)
        dxf = dl @ p["wte"]
        dx, gr["ln_f_g"], gr["ln_f_b"] = layernorm_back(dxf, p["ln_f_g"], lnf)
        for i in reversed(range(self.L)):
            q_ = f"h{i}_"
            a, ln1, q, k, v, P, o, m, ln2, h, g, t = caches[i]
            # x2 = x1 + g W2 + b2
            gr[q_ + "fc_proj_w"] += g.reshape(n, -1).T @ dx.reshape(n, D)
            gr[q_ + "fc_proj_b"] += dx.reshape(n, D).sum(0)
            dh = gelu_back(dx @ p[q_ + "fc_proj_w"].T, h, t)
            gr[q_ + "fc_w"] += m.reshape(n, D).T @ dh.reshape(n, -1)
            gr[q_ + "fc_b"] += dh.reshape(n, -1).sum(0)
            dm = dh @ p[q_ + "fc_w"].T
            dx1, dg2, db2 = layernorm_back(dm, p[q_ + "ln2_g"], ln2)
            gr[q_ + "ln2_g"] += dg2
            gr[q_ + "ln2_b"] += db2
            dx1 = dx1 + dx
            # x1 = x + o Wo + bo
            gr[q_ + "proj_w"] += o.reshape(n, D).T @ dx1.reshape(n, D)
            gr[q_ + "proj_b"] += dx1.reshape(n, D).sum(0)
            do = (dx1 @ p[q_ + "proj_w"].T).reshape(B, T, H, hd).transpose(0, 2, 1, 3)
            dP = do @ v.transpose(0, 1, 3, 2)
            dv = P.transpose(0, 1, 3, 2) @ do
            dS = P * (dP - (dP * P).sum(-1, keepdims=True)) / math.sqrt(hd)
            dq = dS @ k
            dk = dS.transpose(0, 1, 3, 2) @ q
            dqkv = np.concatenate([z.transpose(0, 2, 1, 3).reshape(B, T, D) for z in (dq, dk, dv)], axis=-1)
            gr[q_ + "attn_w"] += a.reshape(n, D).T @ dqkv.reshape(n, -1)
            gr[q_ + "attn_b"] += dqkv.reshape(n, -1).sum(0)
            da = dqkv @ p[q_ + "attn_w"].T
            dxa, dg1, db1 = layernorm_back(da, p[q_ + "ln1_g"], ln1)
            gr[q_ + "ln1_g"] += dg1
            gr[q_ + "ln1_b"] += db1
            dx = dx1 + dxa
        np.add.at(gr["wte"], idx.reshape(-1), dx.reshape(n, D))
        gr["wpe"][:T] += dx.sum(0)
        return float(loss), gr


def gradcheck(rng):
    m = Model(11, 16, 2, 2, 8, rng)
    for k in m.p:
        m.p[k] = m.p[k].astype(np.float64) + rng.standard_normal(m.p[k].shape) * 0.1
    idx = rng.integers(0, 11, (2, 8))
    tgt = rng.integers(0, 11, (2, 8))
    _, gr = m.loss(idx, tgt)
    worst = 0.0
    for k in m.p:
        flat = m.p[k].reshape(-1)
        for j in rng.choice(flat.size, min(5, flat.size), replace=False):
            old = flat[j]
            flat[j] = old + 1e-5
            lp, _ = m.loss(idx, tgt, grad=False)
            flat[j] = old - 1e-5
            lm, _ = m.loss(idx, tgt, grad=False)
            flat[j] = old
            num = (lp - lm) / 2e-5
            worst = max(worst, abs(num - gr[k].reshape(-1)[j]) / max(1e-6, abs(num) + abs(gr[k].reshape(-1)[j])))
    print(f"gradcheck: worst relative error {worst:.2e}")
    return worst


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--text")
    ap.add_argument("--out")
    ap.add_argument("--prompt-out")
    ap.add_argument("--prompt", default="Tom said to Huck")
    ap.add_argument("--layers", type=int, default=2)
    ap.add_argument("--dim", type=int, default=64)
    ap.add_argument("--heads", type=int, default=4)
    ap.add_argument("--ctx", type=int, default=96)
    ap.add_argument("--iters", type=int, default=1200)
    ap.add_argument("--batch", type=int, default=24)
    ap.add_argument("--lr", type=float, default=3e-3)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--gradcheck", action="store_true", help="check the gradients numerically and exit")
    args = ap.parse_args()
    rng = np.random.default_rng(args.seed)
    if args.gradcheck:
        sys.exit(0 if gradcheck(rng) < 1e-4 else 1)

    text = load_text(args.text)
    chars = sorted(set(text))
    stoi = {c: i for i, c in enumerate(chars)}
    data = np.array([stoi[c] for c in text], np.int64)
    split = int(len(data) * 0.95)
    train, val = data[:split], data[split:]
    V, T = len(chars), args.ctx
    model = Model(V, args.dim, args.heads, args.layers, T, rng)
    nparams = sum(v.size for v in model.p.values())
    print(f"char: {len(text)} characters, {V} symbols, {nparams} parameters", file=sys.stderr)

    def batch(src, B):
        ix = rng.integers(0, len(src) - T - 1, B)
        return np.stack([src[i:i + T] for i in ix]), np.stack([src[i + 1:i + T + 1] for i in ix])

    mom = {k: np.zeros_like(v) for k, v in model.p.items()}
    vel = {k: np.zeros_like(v) for k, v in model.p.items()}
    b1, b2 = 0.9, 0.99
    t0 = time.perf_counter()
    log = []
    warm = max(1, args.iters // 20)
    for it in range(1, args.iters + 1):
        lr = args.lr * min(it / warm, 0.5 * (1 + math.cos(math.pi * it / args.iters)))
        x, y = batch(train, args.batch)
        loss, gr = model.loss(x, y)
        norm = math.sqrt(sum(float((g * g).sum()) for g in gr.values()))
        clip = min(1.0, 1.0 / (norm + 1e-6))
        for k, g in gr.items():
            g = g * clip
            mom[k] = b1 * mom[k] + (1 - b1) * g
            vel[k] = b2 * vel[k] + (1 - b2) * g * g
            mh, vh = mom[k] / (1 - b1 ** it), vel[k] / (1 - b2 ** it)
            decay = 0.0 if k.endswith(("_b", "_g")) else 1e-2
            model.p[k] -= (lr * (mh / (np.sqrt(vh) + 1e-8) + decay * model.p[k])).astype(np.float32)
        if it % 100 == 0 or it == args.iters:
            vl = np.mean([model.loss(*batch(val, args.batch), grad=False)[0] for _ in range(4)])
            log.append({"iter": it, "train": loss, "val": float(vl), "seconds": time.perf_counter() - t0})
            print(f"char: iter {it} loss {loss:.3f} val {vl:.3f} ({time.perf_counter() - t0:.0f} s)", file=sys.stderr)
    seconds = time.perf_counter() - t0

    base = os.path.splitext(args.out)[0]
    params = write_gpt2(args.out, args.layers, args.dim, args.heads, V, T, lambda name, shape: model.p[name],
                        producer="auspex bench/textgen make_char")
    with open(base + ".vocab.json", "w") as f:
        json.dump(chars, f)
    with open(base + ".train.json", "w") as f:
        json.dump({"text": os.path.basename(args.text), "characters": len(text), "symbols": V, "params": params,
                   "layers": args.layers, "dim": args.dim, "heads": args.heads, "ctx": T, "iters": args.iters,
                   "batch": args.batch, "seconds": seconds, "log": log}, f, indent=1)
    prompt = [stoi[c] for c in args.prompt if c in stoi]
    with open(args.prompt_out, "w") as f:
        f.write(",".join(map(str, prompt)))
    print(json.dumps({"params": params, "symbols": V, "train_seconds": round(seconds, 1), "final_val_loss": log[-1]["val"]}))


if __name__ == "__main__":
    main()
