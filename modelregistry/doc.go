// Package modelregistry manages model artifacts: the content hash that pins an ONNX file on-chain,
// the content-addressed store nodes fetch models through (file://, http(s)://, ipfs:// via a
// gateway; only bytes matching the registered onnxHash are accepted and cached), and compilation
// that refuses a program whose hash differs from the registered programHash; and tokenization
// (Tokenize): a model's ERC-7641 token and offering through the IMO factory (docs/IMO.md).
package modelregistry
