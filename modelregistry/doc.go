// Package modelregistry manages model artifacts: the content hash that pins an ONNX file on-chain,
// the content-addressed store nodes fetch models through, and registration and tokenization of
// models through the contracts.
package modelregistry
