"""Synthetic ai.onnx.ml models with onnxruntime's outputs, in bench/realmodels' folder layout
(model.onnx, input.json, ort.json, info.json, SOURCE.txt), to check the engine's ONNX-ML lowerings
against onnxruntime case by case (issue 17): tree ensembles in every aggregate, post_transform,
two-class layout and node mode, TreeEnsemble v5, the linear models and the preprocessing ops, and
a few scikit-learn pipelines. Inputs lie on a grid of 1/4 so they hit thresholds exactly.

    $HOME/.cache/auspex/realmodels/venv/bin/python bench/realmodels/mlsynth.py /tmp/mlsynth
    go run ./bench/realmodels -dir /tmp/mlsynth

Known differences, by design (docs/NUMERICS.md): v5_softmax and v5_logistic (onnxruntime swaps
TreeEnsemble 5's post_transform 1 and 2); skl_lr_zipmap has no ort.json (ZipMap is refused).
"""
import json, os, sys

import numpy as np
import onnx
import onnxruntime as ort
from onnx import TensorProto, helper, numpy_helper
OUT = sys.argv[1]
rng = np.random.default_rng(0)

def save(name, model, inputs, compare=None):
    d = os.path.join(OUT, name); os.makedirs(d, exist_ok=True)
    onnx.save(model, os.path.join(d, "model.onnx"))
    try:
        sess = ort.InferenceSession(model.SerializeToString(), providers=["CPUExecutionProvider"])
        outs = sess.run(None, inputs)
    except Exception as e:
        print(name, "ORT error", str(e)[:200]); return
    names = [o.name for o in sess.get_outputs()]
    def tj(a):
        a = np.asarray(a)
        if a.dtype.kind in "OU":  # string labels "cK": compared as the index K the engine outputs
            return {"dtype": "int64", "shape": list(a.shape), "data": [int(str(v)[1:]) for v in a.ravel()]}
        if a.dtype.kind == "f":
            data = [None if not np.isfinite(v) else float(v) for v in a.ravel()]
        else:
            data = [int(v) for v in a.ravel()]
        return {"dtype": str(a.dtype), "shape": list(a.shape), "data": data}
    json.dump({"inputs": {k: tj(v) for k, v in inputs.items()}}, open(os.path.join(d, "input.json"), "w"))
    json.dump({"order": names, "outputs": {n: tj(o) for n, o in zip(names, outs)}}, open(os.path.join(d, "ort.json"), "w"))
    json.dump({"name": name, "class": "synthetic", "const_inputs": [], "compare": compare or []}, open(os.path.join(d, "info.json"), "w"))
    open(os.path.join(d, "SOURCE.txt"), "w").write("synthetic\n")

def rand_trees(ntrees, F, depth, ntargets, modes=("BRANCH_LEQ",), leaf_targets=None, pos=False, int_thr=False):
    """returns node attrs and leaf (tree,node,target,weight) list"""
    n = dict(treeids=[], nodeids=[], featureids=[], modes=[], values=[], truenodeids=[], falsenodeids=[])
    leaves = []
    for t in range(ntrees):
        cnt = [0]
        def build(d):
            i = cnt[0]; cnt[0] += 1
            n["treeids"].append(t); n["nodeids"].append(i)
            if d == depth or (d > 0 and rng.random() < 0.2):
                n["featureids"].append(0); n["modes"].append("LEAF"); n["values"].append(0.0)
                n["truenodeids"].append(0); n["falsenodeids"].append(0)
                tg = leaf_targets(t, i) if leaf_targets else list(range(ntargets))
                for k in tg:
                    w = float(rng.random()) if pos else float(rng.normal())
                    leaves.append((t, i, k, w))
                return i
            n["featureids"].append(int(rng.integers(F)))
            n["modes"].append(str(rng.choice(modes)))
            v = float(rng.integers(-8, 9)) / 4 if int_thr else float(np.float32(rng.normal()))
            n["values"].append(v)
            n["truenodeids"].append(-1); n["falsenodeids"].append(-1)
            k = len(n["nodeids"]) - 1
            a = build(d + 1); b = build(d + 1)
            n["truenodeids"][k] = a; n["falsenodeids"][k] = b
            return i
        build(0)
    return n, leaves

def X(N, F, grid=True):
    if grid:
        return (rng.integers(-8, 9, size=(N, F)) / 4).astype(np.float32)
    return rng.normal(size=(N, F)).astype(np.float32)

def node_attrs(n):
    return dict(nodes_treeids=n["treeids"], nodes_nodeids=n["nodeids"], nodes_featureids=n["featureids"],
                nodes_modes=n["modes"], nodes_values=n["values"], nodes_truenodeids=n["truenodeids"],
                nodes_falsenodeids=n["falsenodeids"])

def mk(nodes, inputs, outputs, opsets=(("", 17), ("ai.onnx.ml", 3))):
    g = helper.make_graph(nodes, "g", inputs, outputs)
    m = helper.make_model(g, opset_imports=[helper.make_opsetid(d, v) for d, v in opsets])
    m.ir_version = 8
    return m

def regressor(name, ntargets, agg="SUM", post="NONE", base=None, modes=("BRANCH_LEQ",), leaf_targets=None, ntrees=5, depth=3, F=4, xint=False):
    n, leaves = rand_trees(ntrees, F, depth, ntargets, modes, leaf_targets, int_thr=True)
    attrs = node_attrs(n)
    attrs.update(target_treeids=[l[0] for l in leaves], target_nodeids=[l[1] for l in leaves],
                 target_ids=[l[2] for l in leaves], target_weights=[l[3] for l in leaves],
                 n_targets=ntargets, aggregate_function=agg, post_transform=post)
    if base is not None: attrs["base_values"] = base
    node = helper.make_node("TreeEnsembleRegressor", ["X"], ["Y"], domain="ai.onnx.ml", **attrs)
    et = TensorProto.INT64 if xint else TensorProto.FLOAT
    m = mk([node], [helper.make_tensor_value_info("X", et, [None, F])], [helper.make_tensor_value_info("Y", TensorProto.FLOAT, [None, ntargets])])
    x = X(40, F)
    if xint: x = (x * 4).astype(np.int64)
    save(name, m, {"X": x})

def classifier(name, nclasses, post="NONE", base=None, modes=("BRANCH_LEQ",), leaf_targets=None, pos=False, ntrees=5, depth=3, F=4, strlabels=False, labels=None):
    n, leaves = rand_trees(ntrees, F, depth, nclasses, modes, leaf_targets, pos=pos, int_thr=True)
    attrs = node_attrs(n)
    attrs.update(class_treeids=[l[0] for l in leaves], class_nodeids=[l[1] for l in leaves],
                 class_ids=[l[2] for l in leaves], class_weights=[l[3] for l in leaves], post_transform=post)
    if strlabels: attrs["classlabels_strings"] = ["c%d" % i for i in range(nclasses)]
    else: attrs["classlabels_int64s"] = labels or [10 + 3 * i for i in range(nclasses)]
    if base is not None: attrs["base_values"] = base
    node = helper.make_node("TreeEnsembleClassifier", ["X"], ["label", "probs"], domain="ai.onnx.ml", **attrs)
    lt = TensorProto.STRING if strlabels else TensorProto.INT64
    m = mk([node], [helper.make_tensor_value_info("X", TensorProto.FLOAT, [None, F])],
           [helper.make_tensor_value_info("label", lt, [None]), helper.make_tensor_value_info("probs", TensorProto.FLOAT, [None, nclasses])])
    save(name, m, {"X": X(40, F)}, compare=[{"output": 0, "kind": "equal"}])

ALL = ("BRANCH_LEQ", "BRANCH_LT", "BRANCH_GTE", "BRANCH_GT", "BRANCH_EQ", "BRANCH_NEQ")
regressor("reg1_sum", 1, base=[1.5])
regressor("reg1_logistic", 1, post="LOGISTIC", base=[0.25])
regressor("reg1_avg", 1, agg="AVERAGE", base=[2.0])
regressor("reg1_min", 1, agg="MIN", base=[0.5])
regressor("reg1_max", 1, agg="MAX")
regressor("reg3_avg_base", 3, agg="AVERAGE", base=[1.0, -1.0, 0.5])
regressor("reg3_sum_dyn", 3, base=[1.0, -1.0, 0.5], leaf_targets=lambda t, i: [0, 1] if i % 2 else [0, 2])
regressor("reg3_min_dyn", 3, agg="MIN", base=[1.0, -1.0, 0.5], leaf_targets=lambda t, i: [0, 1] if i % 2 else [0, 2])
regressor("reg3_max_dyn", 3, agg="MAX", leaf_targets=lambda t, i: [0, 1] if i % 2 else [0, 2])
regressor("reg3_softmax", 3, post="SOFTMAX")
regressor("reg3_softmax_zero", 3, post="SOFTMAX_ZERO", leaf_targets=lambda t, i: [0, 1] if i % 2 else [0])
regressor("reg3_logistic", 3, post="LOGISTIC")
regressor("reg2_modes", 2, modes=ALL, ntrees=8, depth=4)

regressor("reg2_never", 2, leaf_targets=lambda t, i: [0])
classifier("cls3_none", 3)
classifier("cls3_base", 3, base=[0.1, 0.2, -0.3])
classifier("cls3_softmax", 3, post="SOFTMAX", modes=ALL)
classifier("cls3_logistic", 3, post="LOGISTIC")
classifier("cls3_never", 3, leaf_targets=lambda t, i: [0, 2])
classifier("cls3_dyn", 3, leaf_targets=lambda t, i: [0, 1] if i % 2 else [0, 2])
classifier("cls3_str", 3, strlabels=True)
classifier("bin_rf", 2, pos=True)                         # ids {0,1}, no base, NONE
classifier("bin_rf_mixed", 2)                             # ids {0,1} mixed
classifier("bin_xgb", 2, post="LOGISTIC", base=[0.3], leaf_targets=lambda t, i: [0])
classifier("bin_xgb_nobase", 2, post="LOGISTIC", leaf_targets=lambda t, i: [0])
classifier("bin_c1_pos", 2, pos=True, leaf_targets=lambda t, i: [1])
classifier("bin_c0_pos", 2, pos=True, leaf_targets=lambda t, i: [0])
classifier("bin_c0_mixed", 2, leaf_targets=lambda t, i: [0])
classifier("bin_c0_mixed_base1", 2, base=[0.2], leaf_targets=lambda t, i: [0])
classifier("bin_base2", 2, base=[0.2, 0.4])
classifier("bin_c0_base2", 2, base=[0.2, 0.4], leaf_targets=lambda t, i: [0])
classifier("bin_softmax", 2, post="SOFTMAX")
classifier("bin_c0_softmax", 2, post="SOFTMAX", leaf_targets=lambda t, i: [0])
classifier("bin_str", 2, strlabels=True, pos=True)

def v5(name, ntargets, agg=1, post=0, ntrees=4, depth=3, F=3, member=True, dtype=np.float32):
    modes_all = [0, 1, 2, 3, 4, 5] + ([6] if member else [])
    nodes = dict(featureids=[], modes=[], splits=[], truenodeids=[], falsenodeids=[], trueleafs=[], falseleafs=[])
    lt, lw, roots, members = [], [], [], []
    def build(d):
        if d == depth or (d > 0 and rng.random() < 0.25):
            lt.append(int(rng.integers(ntargets))); lw.append(float(rng.normal()))
            return len(lt) - 1, 1
        k = len(nodes["featureids"])
        mode = int(rng.choice(modes_all))
        nodes["featureids"].append(int(rng.integers(F))); nodes["modes"].append(mode)
        nodes["splits"].append(float(rng.integers(-8, 9)) / 4)
        if mode == 6:
            members.extend(sorted(set(float(v) for v in rng.integers(-2, 3, size=3)))); members.append(np.nan)
        for key in ("truenodeids", "falsenodeids", "trueleafs", "falseleafs"): nodes[key].append(0)
        a, al = build(d + 1); b, bl = build(d + 1)
        nodes["truenodeids"][k], nodes["trueleafs"][k] = a, al
        nodes["falsenodeids"][k], nodes["falseleafs"][k] = b, bl
        return k, 0
    for t in range(ntrees):
        r, isleaf = build(0)
        assert not isleaf
        roots.append(r)
    tt = TensorProto.DOUBLE if dtype == np.float64 else TensorProto.FLOAT
    attrs = dict(n_targets=ntargets, aggregate_function=agg, post_transform=post, tree_roots=roots,
                 nodes_featureids=nodes["featureids"], nodes_truenodeids=nodes["truenodeids"], nodes_falsenodeids=nodes["falsenodeids"],
                 nodes_trueleafs=nodes["trueleafs"], nodes_falseleafs=nodes["falseleafs"],
                 nodes_modes=helper.make_tensor("nodes_modes", TensorProto.UINT8, [len(nodes["modes"])], nodes["modes"]),
                 nodes_splits=helper.make_tensor("nodes_splits", tt, [len(nodes["splits"])], nodes["splits"]),
                 leaf_targetids=lt, leaf_weights=helper.make_tensor("leaf_weights", tt, [len(lw)], lw))
    if members:
        attrs["membership_values"] = helper.make_tensor("membership_values", tt, [len(members)], members)
    node = helper.make_node("TreeEnsemble", ["X"], ["Y"], domain="ai.onnx.ml", **attrs)
    m = mk([node], [helper.make_tensor_value_info("X", tt, [None, F])], [helper.make_tensor_value_info("Y", tt, [None, ntargets])],
           opsets=(("", 21), ("ai.onnx.ml", 5)))
    xx = X(40, F).astype(dtype)
    if member: xx = np.round(xx * 2).astype(dtype)  # ORT tests int(x) against integer sets; the spec x itself
    save(name, m, {"X": xx})

v5("v5_sum", 3)
v5("v5_avg_double", 2, agg=0, dtype=np.float64)
v5("v5_min", 2, agg=2)
v5("v5_max", 3, agg=3)
v5("v5_softmax", 3, post=1)
v5("v5_logistic", 2, post=2)
v5("v5_one_logistic", 1, post=2)
v5("v5_softmax_zero", 3, post=3)
v5("v5_nomember", 3, member=False)
v5("v5_nomember_min", 3, agg=2, member=False)

# Linear models and preprocessing
F = 4
def one(name, op, attrs, x, outs, xin_type=TensorProto.FLOAT, extra_inputs=(), extra_feeds=None, opset=3, compare=None):
    node = helper.make_node(op, ["X"] + [e.name for e in extra_inputs], [o.name for o in outs], domain="ai.onnx.ml", **attrs)
    m = mk([node], [helper.make_tensor_value_info("X", xin_type, list(x.shape))] + list(extra_inputs), outs, opsets=(("", 17), ("ai.onnx.ml", opset)))
    feeds = {"X": x}; feeds.update(extra_feeds or {})
    save(name, m, feeds, compare)
V = helper.make_tensor_value_info
x = X(30, F)
coef = [float(np.float32(v)) for v in rng.normal(size=3 * F)]
one("linreg1_logistic", "LinearRegressor", dict(coefficients=coef[:F], intercepts=[0.5], post_transform="LOGISTIC"), x, [V("Y", TensorProto.FLOAT, [30, 1])], opset=1)
one("linreg3_softmax", "LinearRegressor", dict(coefficients=coef, intercepts=[0.5, -1, 0.25], targets=3, post_transform="SOFTMAX"), x, [V("Y", TensorProto.FLOAT, [30, 3])], opset=1)
lab = [V("label", TensorProto.INT64, [30]), V("Z", TensorProto.FLOAT, [30, 2])]
one("lincls1_2labels_logistic", "LinearClassifier", dict(coefficients=coef[:F], intercepts=[0.5], classlabels_ints=[4, 7], post_transform="LOGISTIC"), x, lab, opset=1, compare=[{"output": 0, "kind": "equal"}])
#one("lincls1_3labels", "LinearClassifier", dict(coefficients=coef[:F], intercepts=[0.5], classlabels_ints=[4, 7, 9]), x, [V("label", TensorProto.INT64, [30]), V("Z", TensorProto.FLOAT, [30, 1])], opset=1, compare=[{"output": 0, "kind": "equal"}])
one("lincls3_softmax", "LinearClassifier", dict(coefficients=coef, intercepts=[0.5, -1, 0.25], classlabels_ints=[4, 7, 9], post_transform="SOFTMAX"), x, [V("label", TensorProto.INT64, [30]), V("Z", TensorProto.FLOAT, [30, 3])], opset=1, compare=[{"output": 0, "kind": "equal"}])
one("lincls3_logistic_str", "LinearClassifier", dict(coefficients=coef, intercepts=[0.5, -1, 0.25], classlabels_strings=["c0", "c1", "c2"], post_transform="LOGISTIC"), x, [V("label", TensorProto.STRING, [30]), V("Z", TensorProto.FLOAT, [30, 3])], opset=1, compare=[{"output": 0, "kind": "equal"}])
one("scaler", "Scaler", dict(offset=[0.5, -1, 0.25, 2], scale=[2.0, 0.5, 1.5, -1]), x, [V("Y", TensorProto.FLOAT, [30, F])], opset=1)
one("scaler_scalar", "Scaler", dict(offset=[0.5], scale=[3.0]), x, [V("Y", TensorProto.FLOAT, [30, F])], opset=1)
xz = x.copy(); xz[0] = 0; xz[1] = [-1, -2, -0.5, -0.25]
for norm in ("MAX", "L1", "L2"):
    one("normalizer_" + norm, "Normalizer", dict(norm=norm), xz, [V("Y", TensorProto.FLOAT, [30, F])], opset=1)
one("binarizer", "Binarizer", dict(threshold=0.25), x, [V("Y", TensorProto.FLOAT, [30, F])], opset=1)
one("afe", "ArrayFeatureExtractor", {}, x, [V("Y", TensorProto.FLOAT, [30, 3])], extra_inputs=[V("I", TensorProto.INT64, [3])], extra_feeds={"I": np.array([3, 0, 3], np.int64)}, opset=1)
one("afe_1d", "ArrayFeatureExtractor", {}, x[0], [V("Y", TensorProto.FLOAT, [1, 2])], extra_inputs=[V("I", TensorProto.INT64, [2])], extra_feeds={"I": np.array([1, 2], np.int64)}, opset=1)
one("imputer_nan", "Imputer", dict(imputed_value_floats=[1.0, 2.0, 3.0, 4.0], replaced_value_float=float("nan")), x, [V("Y", TensorProto.FLOAT, [30, F])], opset=1)
one("imputer_zero", "Imputer", dict(imputed_value_floats=[1.0, 2.0, 3.0, 4.0], replaced_value_float=0.0), x, [V("Y", TensorProto.FLOAT, [30, F])], opset=1)
one("imputer_int", "Imputer", dict(imputed_value_int64s=[7], replaced_value_int64=1), (x * 4).astype(np.int64), [V("Y", TensorProto.INT64, [30, F])], xin_type=TensorProto.INT64, opset=1)
xi = rng.integers(-2, 4, size=(30, 2)).astype(np.int64)
one("onehot_int", "OneHotEncoder", dict(cats_int64s=[0, 1, 3], zeros=1), xi, [V("Y", TensorProto.FLOAT, [30, 2, 3])], xin_type=TensorProto.INT64, opset=1)
one("onehot_float", "OneHotEncoder", dict(cats_int64s=[0, 1, -1], zeros=1), x, [V("Y", TensorProto.FLOAT, [30, F, 3])], opset=1)
one("labelenc_ii", "LabelEncoder", dict(keys_int64s=[1, 3, 0], values_int64s=[10, 30, 5], default_int64=-7), xi, [V("Y", TensorProto.INT64, [30, 2])], xin_type=TensorProto.INT64, opset=2)
one("labelenc_if", "LabelEncoder", dict(keys_int64s=[1, 3, 0], values_floats=[1.5, -3, 0.25], default_float=9.0), xi, [V("Y", TensorProto.FLOAT, [30, 2])], xin_type=TensorProto.INT64, opset=2)
one("labelenc_fi", "LabelEncoder", dict(keys_floats=[0.25, -1.5, 2.0], values_int64s=[1, 2, 3]), x, [V("Y", TensorProto.INT64, [30, F])], opset=2)
one("labelenc_tensor", "LabelEncoder", dict(keys_tensor=numpy_helper.from_array(np.array([1, 3], np.int64), "k"), values_tensor=numpy_helper.from_array(np.array([0.5, 1.5], np.float32), "v"), default_tensor=numpy_helper.from_array(np.array([-1.0], np.float32), "d")), xi, [V("Y", TensorProto.FLOAT, [30, 2])], xin_type=TensorProto.INT64, opset=4)
# FeatureVectorizer with two inputs
node = helper.make_node("FeatureVectorizer", ["X", "X2"], ["Y"], domain="ai.onnx.ml", inputdimensions=[F, 2])
m = mk([node], [V("X", TensorProto.FLOAT, [30, F]), V("X2", TensorProto.FLOAT, [30, 2])], [V("Y", TensorProto.FLOAT, [30, F + 2])], opsets=(("", 17), ("ai.onnx.ml", 1)))
save("featvec", m, {"X": x, "X2": xi.astype(np.float32)})
# real sklearn pipelines
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler, Normalizer as SkNorm
from sklearn.linear_model import LogisticRegression, LinearRegression
from sklearn.datasets import load_iris, load_breast_cancer
from skl2onnx import to_onnx
Xi, yi = load_iris(return_X_y=True); Xi = Xi.astype(np.float32)
for name, est in [("skl_lr_iris", make_pipeline(StandardScaler(), LogisticRegression(max_iter=500))),
                  ("skl_norm_lr_iris", make_pipeline(SkNorm(), LogisticRegression(max_iter=500)))]:
    est.fit(Xi, yi)
    onx = to_onnx(est, Xi[:1], options={id(est.steps[-1][1]) if False else id(est): {"zipmap": False}}, target_opset={"": 17, "ai.onnx.ml": 3})
    save(name, onx, {"X": Xi[::5]}, compare=[{"output": 0, "kind": "equal"}])
Xb, yb = load_breast_cancer(return_X_y=True); Xb = Xb.astype(np.float32)
est = make_pipeline(StandardScaler(), LogisticRegression(max_iter=2000)).fit(Xb, yb)
save("skl_lr_cancer", to_onnx(est, Xb[:1], options={id(est): {"zipmap": False}}, target_opset={"": 17, "ai.onnx.ml": 3}), {"X": Xb[::10]}, compare=[{"output": 0, "kind": "equal"}])
est = LinearRegression().fit(Xb, yb)
save("skl_linreg", to_onnx(est, Xb[:1], target_opset={"": 17, "ai.onnx.ml": 3}), {"X": Xb[::10]})
est = make_pipeline(StandardScaler(), LogisticRegression(max_iter=500)).fit(Xi, yi)
# With its ZipMap (the default export): the engine refuses it, naming the zipmap option.
os.makedirs(os.path.join(OUT, "skl_lr_zipmap"), exist_ok=True)
onnx.save(to_onnx(est, Xi[:1], target_opset={"": 17, "ai.onnx.ml": 3}), os.path.join(OUT, "skl_lr_zipmap", "model.onnx"))
