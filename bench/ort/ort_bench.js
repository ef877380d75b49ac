// Times onnxruntime-node (CPU, one thread, graph optimizations disabled, as the shared references
// were made) on the same models and constant inputs as `go test -bench` in inference/.
// Usage: node ort_bench.js MODEL.onnx VALUE ITERATIONS
"use strict";
const ort = require("onnxruntime-node");

async function main() {
  const [model, value, iters] = [process.argv[2], Number(process.argv[3]), Number(process.argv[4] || 200)];
  const sess = await ort.InferenceSession.create(model, {
    intraOpNumThreads: 1,
    interOpNumThreads: 1,
    graphOptimizationLevel: "disabled",
  });
  const feeds = {};
  for (const name of sess.inputNames) {
    const meta = sess.inputMetadata ? sess.inputMetadata.find((m) => m.name === name) : null;
    const dims = (meta && meta.shape ? meta.shape : [1]).map((d) => (typeof d === "number" && d > 0 ? d : 1));
    const n = dims.reduce((a, b) => a * b, 1);
    feeds[name] = new ort.Tensor("float32", new Float32Array(n).fill(value), dims);
  }
  for (let i = 0; i < 20; i++) await sess.run(feeds); // warm-up
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < iters; i++) await sess.run(feeds);
  const ns = Number(process.hrtime.bigint() - t0) / iters;
  console.log(JSON.stringify({ model, ns_per_run: Math.round(ns) }));
}
main().catch((e) => {
  console.error(e);
  process.exit(1);
});
