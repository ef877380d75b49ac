"""Float reference for the EZKL nets onnxruntime rejects (nanoGPT, self_attention use Equal on
floats, valid only from opset 11): bump the default-domain opset 10 -> 11 (no other op they use
changes meaning between 10 and 11), run onnxruntime on input.json, and compare with the engine's
output from `auspex run --json`. Tooling only (pip install onnx onnxruntime).

Usage: python ezkl_reference.py NET_DIR ENGINE_OUTPUT.json
"""
import json
import sys

import numpy as np
import onnx
import onnxruntime as ort

net, engine_out = sys.argv[1], sys.argv[2]
m = onnx.load(f"{net}/network.onnx")
for o in m.opset_import:
    if o.domain in ("", "ai.onnx") and o.version == 10:
        o.version = 11
sess = ort.InferenceSession(m.SerializeToString(), providers=["CPUExecutionProvider"])
inp = sess.get_inputs()[0]
data = json.load(open(f"{net}/input.json"))["input_data"][0]
shape = [d if isinstance(d, int) else 1 for d in inp.shape]
dtype = np.int64 if "int64" in inp.type else np.float32
ref = sess.run(None, {inp.name: np.array(data, dtype=dtype).reshape(shape)})[0].flatten()
ours = np.array(json.load(open(engine_out))["outputs"][0]["values"])
diff = np.abs(ref - ours)
print(f"{net}: {len(ref)} outputs, max |diff| {diff.max():.3g}, mean {diff.mean():.3g}")
