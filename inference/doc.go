// Package inference is the deterministic fixed-point ONNX engine that every Auspex result rests on:
// it compiles an ONNX graph into a program (topological order, weights quantized once, one scale per
// tensor, nonlinear tables fixed at compile time, canonical encoding, programHash), runs it with
// integers only, and commits to every step of the run (docs/DESIGN.md §3–4).
//
// The engine is pure: no clock, no I/O, no goroutine order, no maps iterated for output, no floats
// after compile. The architecture test (internal/archtest) keeps clocks, randomness, networking and
// the file system out of this package's imports.
package inference
