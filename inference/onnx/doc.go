// Package onnx decodes ONNX model files into a validated graph the engine compiles: tensors with
// their values widened exactly (floats to float64, integers and bools to int64), nodes in a
// deterministic topological order, attributes, and the graph's real inputs and outputs.
//
// It decodes with the protobuf types in inference/onnxpb, not onnx-go (README: onnx-go keeps its
// protobuf types internal and computes wrong results for repeated inputs). Decoding is pure (bytes
// in, graph out) and bounded: every failure is an error naming the tensor or node, never a panic,
// and declared sizes are checked against Limits before anything is allocated.
package onnx
