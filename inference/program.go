package inference

import (
	"encoding/binary"
	"fmt"
	"io"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// Value is one tensor slot of a program. Every slot is written once (SSA): by the caller (an
// input), by the compiler (a constant) or by exactly one step.
type Value struct {
	Name  string  // the ONNX value name, for reports
	Shape []int64 // static
	// Int marks exact integer semantics (indices, shapes, the quantized-integer ops): q is the value
	// itself, in the range of DType. Otherwise the value is real, q / 2^Scale.
	Int   bool
	DType uint8 // ONNX element type of an Int value
	Scale uint8
	Const []int64 // constant data (weights, folded shapes); nil for computed values
}

// Len is the number of elements.
func (v *Value) Len() int64 { return numel(v.Shape) }

// Step applies one op: Out = Op(In..., Args).
type Step struct {
	Op   OpCode
	In   []int32
	Out  int32
	Args []int64 // op-specific, normalised attributes (documented per op in ops.go)
	Node string  // the ONNX node it came from, for errors
}

// Table is a nonlinear function sampled at compile time: for input q (at the input's scale),
// f(q) is interpolated between Values[i] and Values[i+1] where i = (q >> Shift) - Lo, clamped to the
// table (see evalTable). It is part of the program and so of its hash.
type Table struct {
	Func   string // "sigmoid", "tanh", "exp", "erf", "gelu", "log2frac", ...
	Lo     int64  // index of Values[0] on the input grid
	Shift  uint8  // input grid step is 2^Shift quanta
	Values []int64
	// OverflowAbove makes inputs beyond the last grid point an overflow error instead of clamping
	// (exp keeps growing; sigmoid, tanh, erf and Phi are flat there).
	OverflowAbove bool
}

// Program is a compiled model: constants quantized, shapes static, steps in order, tables fixed.
type Program struct {
	Values  []Value
	Inputs  []int32
	Outputs []int32
	Steps   []Step
	Tables  []Table

	// constRoots and layout are caches filled by PrecomputeCommitments; not encoded. Only the
	// constants' roots stay resident: a tree over a weight tensor costs twice its data, and a
	// trace rebuilds one only to open a constant leaf in a dispute.
	constRoots []common.Hash
	layout     *Layout
}

// programMagic starts every encoding; the version changes with any change of semantics.
const programMagic = "AUSPEX-PROGRAM/1"

// Encode is the program's canonical byte encoding: every field in a fixed order, integers
// big-endian, lengths before contents. Compiling the same ONNX file gives the same bytes anywhere.
func (p *Program) Encode() []byte {
	var e encoder
	p.encode(&e)
	return e.buf
}

// WriteTo writes the canonical encoding to w as it is produced, never held whole (8 bytes a
// weight), and returns its length.
func (p *Program) WriteTo(w io.Writer) (int64, error) {
	e := encoder{w: w}
	p.encode(&e)
	e.flush()
	return e.n, e.err
}

func (p *Program) encode(e *encoder) {
	e.bytes([]byte(programMagic))
	e.u64(uint64(len(p.Values)))
	for _, v := range p.Values {
		e.bytes([]byte(v.Name))
		e.i64s(v.Shape)
		e.u8(boolByte(v.Int))
		e.u8(v.DType)
		e.u8(v.Scale)
		e.u8(boolByte(v.Const != nil))
		if v.Const != nil {
			e.i64s(v.Const)
		}
	}
	e.i32s(p.Inputs)
	e.i32s(p.Outputs)
	e.u64(uint64(len(p.Steps)))
	for _, s := range p.Steps {
		e.u64(uint64(s.Op))
		e.i32s(s.In)
		e.i32s([]int32{s.Out})
		e.i64s(s.Args)
		e.bytes([]byte(s.Node))
	}
	e.u64(uint64(len(p.Tables)))
	for _, t := range p.Tables {
		e.bytes([]byte(t.Func))
		e.i64s([]int64{t.Lo})
		e.u8(t.Shift)
		e.i64s(t.Values)
		e.u8(boolByte(t.OverflowAbove))
	}
}

// Hash is keccak256 of the canonical encoding: the programHash registered on-chain, hashed as the
// encoding is written.
func (p *Program) Hash() common.Hash {
	h := crypto.NewKeccakState()
	p.WriteTo(h) // a hash state's Write does not fail
	var out common.Hash
	h.Read(out[:])
	return out
}

// encoder writes the canonical encoding into buf, or, with w, through buf into w.
type encoder struct {
	buf []byte
	w   io.Writer
	n   int64
	err error
}

func (e *encoder) flush() {
	if e.w != nil {
		if e.err == nil {
			_, e.err = e.w.Write(e.buf)
		}
		e.n += int64(len(e.buf))
		e.buf = e.buf[:0]
	}
}

func (e *encoder) grow() {
	if e.w != nil && len(e.buf) >= 64<<10 {
		e.flush()
	}
}

func (e *encoder) u8(v uint8) { e.buf = append(e.buf, v) }
func (e *encoder) u64(v uint64) {
	e.buf = binary.BigEndian.AppendUint64(e.buf, v)
	e.grow()
}
func (e *encoder) bytes(b []byte) { e.u64(uint64(len(b))); e.buf = append(e.buf, b...); e.grow() }
func (e *encoder) i64s(vs []int64) {
	e.u64(uint64(len(vs)))
	for _, v := range vs {
		e.u64(uint64(v))
	}
}
func (e *encoder) i32s(vs []int32) {
	e.u64(uint64(len(vs)))
	for _, v := range vs {
		e.u64(uint64(int64(v)))
	}
}

func boolByte(b bool) uint8 {
	if b {
		return 1
	}
	return 0
}

func numel(shape []int64) int64 {
	n := int64(1)
	for _, d := range shape {
		n *= d
	}
	return n
}

// Summary counts steps per op and constant parameters.
func (p *Program) Summary() (ops map[string]int, params int64) {
	ops = map[string]int{}
	for _, s := range p.Steps {
		ops[s.Op.String()]++
	}
	for _, v := range p.Values {
		if v.Const != nil {
			params += int64(len(v.Const))
		}
	}
	return ops, params
}

func (p *Program) String() string {
	ops, params := p.Summary()
	return fmt.Sprintf("program %s: %d steps %v, %d constant params, %d tables", p.Hash(), len(p.Steps), ops, params, len(p.Tables))
}
