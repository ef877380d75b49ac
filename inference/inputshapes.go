package inference

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/auspex-labs/auspex/inference/onnx"
)

// Input shapes. Programs have static shapes, so every dimension of a graph input must be known at
// compile time: fixed by the file, or bound by Options.InputShapes (the `--shape name=1x3x320x320`
// flag of `auspex compile|run|model register`, recorded with a registered model). The bound shapes
// are part of the program (its input values' shapes) and so of its hash: the same file compiled
// with two shapes is two programs. The one exception is a leading batch dimension named N, batch or
// batch_size (any case), which Options.BatchSize binds (1: a model takes one item per request,
// batches are requests of several items); every other symbolic, unknown (-1, 0 or missing)
// dimension without a binding is an error naming the input and the dimension.

// batchDimNames are the symbolic names of a leading dimension that Options.BatchSize binds.
var batchDimNames = []string{"n", "batch", "batch_size"}

// IsBatchDim reports whether dimension axis of a declared input shape is a batch dimension that
// Options.BatchSize binds: the leading one, named N, batch or batch_size (any case).
func IsBatchDim(axis int, d onnx.Dim) bool {
	return axis == 0 && d.Param != "" && slices.Contains(batchDimNames, strings.ToLower(d.Param))
}

// UnboundDimError is an input dimension that the model does not fix and no binding gives.
type UnboundDimError struct {
	Input    string
	Axis     int
	Dim      onnx.Dim   // as declared
	Declared []onnx.Dim // the input's declared shape
	Batch    int64      // Options.BatchSize, shown for a batch dimension in the hint
}

func (e *UnboundDimError) Error() string {
	var what string
	switch {
	case e.Dim.Param != "":
		what = fmt.Sprintf("(%q) is symbolic", e.Dim.Param)
	case e.Dim.Value < 0:
		what = fmt.Sprintf("is declared %d (any size)", e.Dim.Value)
	default:
		what = "has no declared size"
	}
	hint := make([]string, len(e.Declared))
	for i, d := range e.Declared {
		switch {
		case d.Fixed():
			hint[i] = strconv.FormatInt(d.Value, 10)
		case IsBatchDim(i, d):
			hint[i] = strconv.FormatInt(e.Batch, 10)
		case d.Param != "":
			hint[i] = "<" + d.Param + ">"
		default:
			hint[i] = fmt.Sprintf("<dim%d>", i)
		}
	}
	return fmt.Sprintf("input %q dimension %d %s: give its size with --shape %s=%s", e.Input, e.Axis, what, e.Input, strings.Join(hint, "x"))
}

// checkInputBindings refuses a binding for a name that is not one of the model's graph inputs: a
// misspelt name would otherwise be ignored and the input compiled without it.
func checkInputBindings(m *onnx.Model, opt Options) error {
	for _, name := range sortedNames(opt.InputShapes) {
		if !slices.ContainsFunc(m.Inputs, func(in onnx.ValueInfo) bool { return in.Name == name }) {
			names := make([]string, len(m.Inputs))
			for i, in := range m.Inputs {
				names[i] = strconv.Quote(in.Name)
			}
			return fmt.Errorf("a shape is given for %q, which is not an input of the model (its inputs: %s)", name, strings.Join(names, ", "))
		}
	}
	return nil
}

// inputShape is the static shape of graph input in: its binding in opt.InputShapes, which must
// have the declared rank and agree with every dimension the file fixes; or else the declared shape,
// with a leading batch dimension bound to opt.BatchSize (IsBatchDim) and any other dimension the
// file does not fix an *UnboundDimError. An input bound to a constant (opt.ConstInputs) without a
// shape takes the constant's.
func inputShape(in onnx.ValueInfo, opt Options) ([]int64, error) {
	shape, bound := opt.InputShapes[in.Name]
	if !bound {
		if t, ok := opt.ConstInputs[in.Name]; ok {
			return append([]int64{}, t.Shape...), nil
		}
	}
	if in.Shape == nil {
		return nil, fmt.Errorf("graph input %q has no declared shape: the engine needs static shapes", in.Name)
	}
	if bound {
		if len(shape) != len(in.Shape) {
			return nil, fmt.Errorf("input %q: shape %v for a declared rank %d", in.Name, shape, len(in.Shape))
		}
		for i, d := range in.Shape {
			if shape[i] < 0 {
				return nil, fmt.Errorf("input %q: shape %v has a negative dimension", in.Name, shape)
			}
			if d.Fixed() && d.Value != shape[i] {
				return nil, fmt.Errorf("input %q: shape %v conflicts with the declared size %d of axis %d", in.Name, shape, d.Value, i)
			}
		}
		return append([]int64{}, shape...), nil
	}
	out := make([]int64, len(in.Shape))
	for i, d := range in.Shape {
		switch {
		case d.Fixed():
			out[i] = d.Value
		case IsBatchDim(i, d):
			out[i] = opt.BatchSize
		default:
			return nil, &UnboundDimError{Input: in.Name, Axis: i, Dim: d, Declared: in.Shape, Batch: opt.BatchSize}
		}
	}
	return out, nil
}

// ParseShape reads one input-shape binding, `name=1x3x320x320` or `name=1,3,320,320`: every
// dimension at least 1 (a model is registered for inputs that hold something).
func ParseShape(s string) (string, []int64, error) {
	eq := strings.LastIndexByte(s, '=')
	if eq <= 0 || eq == len(s)-1 {
		return "", nil, fmt.Errorf("shape %q: want NAME=1x3x320x320 (or NAME=1,3,320,320)", s)
	}
	name, dims := s[:eq], s[eq+1:]
	sep := "x"
	if strings.Contains(dims, ",") {
		sep = ","
	}
	var shape []int64
	for _, f := range strings.Split(dims, sep) {
		d, err := strconv.ParseInt(strings.TrimSpace(f), 10, 64)
		if err != nil || d < 1 || d > math.MaxUint32 {
			return "", nil, fmt.Errorf("shape %q: dimension %q is not a size from 1 to %d", s, f, uint64(math.MaxUint32))
		}
		shape = append(shape, d)
	}
	if len(shape) > math.MaxUint8 {
		return "", nil, fmt.Errorf("shape %q: rank %d is over %d", s, len(shape), math.MaxUint8)
	}
	return name, shape, nil
}

// ParseShapes reads repeated ParseShape bindings into Options.InputShapes (nil for none); an input
// named twice is an error.
func ParseShapes(flags []string) (map[string][]int64, error) {
	if len(flags) == 0 {
		return nil, nil
	}
	out := make(map[string][]int64, len(flags))
	for _, f := range flags {
		name, shape, err := ParseShape(f)
		if err != nil {
			return nil, err
		}
		if _, dup := out[name]; dup {
			return nil, fmt.Errorf("shape of input %q given twice", name)
		}
		out[name] = shape
	}
	return out, nil
}

// FormatShape writes a shape as a --shape flag takes it: 1x3x320x320.
func FormatShape(shape []int64) string {
	parts := make([]string, len(shape))
	for i, d := range shape {
		parts[i] = strconv.FormatInt(d, 10)
	}
	return strings.Join(parts, "x")
}

// FormatInputShapes writes bindings as the flags that give them, in name order: `x=1x3x320x320
// y=1x4`; "" for none.
func FormatInputShapes(shapes map[string][]int64) string {
	parts := make([]string, 0, len(shapes))
	for _, name := range sortedNames(shapes) {
		parts = append(parts, name+"="+FormatShape(shapes[name]))
	}
	return strings.Join(parts, " ")
}

func sortedNames(shapes map[string][]int64) []string {
	names := make([]string, 0, len(shapes))
	for name := range shapes {
		names = append(names, name)
	}
	slices.Sort(names)
	return names
}

// ErrInputShapesEncoding marks bytes that are not a canonical input-shape encoding.
var ErrInputShapesEncoding = errors.New("not a canonical input-shape encoding")

// EncodeInputShapes is the canonical encoding of input-shape bindings that a model's registration
// records (ModelRegistry's inputShapes; docs/ENCODING.md "Input shapes"): for each bound input in
// increasing bytewise order of its name,
//
//	uint16 name length (1..65535) ‖ name ‖ uint8 rank (1..255) ‖ rank × uint32 dimension (each ≥ 1)
//
// all big-endian, nothing else; no bindings encode to no bytes. DecodeInputShapes accepts exactly
// these bytes, so one binding has one encoding.
func EncodeInputShapes(shapes map[string][]int64) ([]byte, error) {
	return InputBindings{Shapes: shapes}.Encode()
}

// InputBindings are what a model's compilation binds per input, beyond its file: shapes
// (Options.InputShapes) and declared value ranges (Options.InputRanges). Both are part of the
// program, so a registration records them together.
type InputBindings struct {
	Shapes map[string][]int64
	Ranges map[string]Range
}

// Options are the default compile options (what registration and nodes use) with b.
func (b InputBindings) Options() Options {
	opt := DefaultOptions
	opt.InputShapes, opt.InputRanges = b.Shapes, b.Ranges
	return opt
}

// rangeFlag marks, in an entry's rank byte, a range after the dimensions.
const rangeFlag = 0x80

// Encode is the canonical encoding (docs/ENCODING.md "Input shapes"): per input named in either
// map, in increasing bytewise order of the name, its name, its rank (the top bit set when a range
// follows; rank 0 then means no shape binding), its dimensions, and the range as two IEEE-754
// float64s, big-endian. Shapes only give EncodeInputShapes' bytes unchanged.
func (b InputBindings) Encode() ([]byte, error) {
	names := map[string]bool{}
	for name := range b.Shapes {
		names[name] = true
	}
	for name := range b.Ranges {
		names[name] = true
	}
	sorted := make([]string, 0, len(names))
	for name := range names {
		sorted = append(sorted, name)
	}
	slices.Sort(sorted)
	var out []byte
	for _, name := range sorted {
		shape, hasShape := b.Shapes[name]
		r, hasRange := b.Ranges[name]
		if len(name) == 0 || len(name) > math.MaxUint16 {
			return nil, fmt.Errorf("input name %q: length %d is not 1..%d bytes", name, len(name), math.MaxUint16)
		}
		if (hasShape && len(shape) == 0) || len(shape) >= rangeFlag {
			return nil, fmt.Errorf("input %q: rank %d is not 1..%d", name, len(shape), rangeFlag-1)
		}
		if hasRange && (math.IsNaN(r.Lo) || math.IsNaN(r.Hi) || math.IsInf(r.Lo, 0) || math.IsInf(r.Hi, 0) || r.Lo > r.Hi) {
			return nil, fmt.Errorf("input %q: range [%g, %g] must be finite and ordered", name, r.Lo, r.Hi)
		}
		out = binary.BigEndian.AppendUint16(out, uint16(len(name)))
		out = append(out, name...)
		rank := uint8(len(shape))
		if hasRange {
			rank |= rangeFlag
		}
		out = append(out, rank)
		for _, d := range shape {
			if d < 1 || d > math.MaxUint32 {
				return nil, fmt.Errorf("input %q: dimension %d of %v is not 1..%d", name, d, shape, uint64(math.MaxUint32))
			}
			out = binary.BigEndian.AppendUint32(out, uint32(d))
		}
		if hasRange {
			out = binary.BigEndian.AppendUint64(out, math.Float64bits(r.Lo))
			out = binary.BigEndian.AppendUint64(out, math.Float64bits(r.Hi))
		}
	}
	return out, nil
}

// DecodeInputShapes reads EncodeInputShapes' bytes back (nil for none), refusing any other bytes
// (ErrInputShapesEncoding): truncated, trailing, empty names, zero ranks or dimensions, names out
// of order or repeated.
func DecodeInputShapes(b []byte) (map[string][]int64, error) {
	bind, err := DecodeInputBindings(b)
	return bind.Shapes, err
}

// DecodeInputBindings reads InputBindings.Encode's bytes back (empty for none), refusing any other
// bytes (ErrInputShapesEncoding).
func DecodeInputBindings(b []byte) (InputBindings, error) {
	var none InputBindings
	if len(b) == 0 {
		return none, nil
	}
	bad := func(format string, args ...any) error {
		return fmt.Errorf("%w: %s", ErrInputShapesEncoding, fmt.Sprintf(format, args...))
	}
	out := InputBindings{}
	var prev []byte
	for off := 0; off < len(b); {
		if len(b)-off < 2 {
			return none, bad("truncated name length at byte %d", off)
		}
		n := int(binary.BigEndian.Uint16(b[off:]))
		off += 2
		if n == 0 {
			return none, bad("empty name at byte %d", off-2)
		}
		if len(b)-off < n+1 {
			return none, bad("truncated entry at byte %d", off-2)
		}
		name := b[off : off+n]
		off += n
		if prev != nil && bytes.Compare(prev, name) >= 0 {
			return none, bad("input %q after %q: names must be in increasing order", name, prev)
		}
		prev = name
		rank, hasRange := int(b[off]&^rangeFlag), b[off]&rangeFlag != 0
		off++
		if rank == 0 && !hasRange {
			return none, bad("input %q: rank 0", name)
		}
		if len(b)-off < 4*rank {
			return none, bad("input %q: truncated dimensions", name)
		}
		shape := make([]int64, rank)
		for i := range shape {
			shape[i] = int64(binary.BigEndian.Uint32(b[off:]))
			off += 4
			if shape[i] == 0 {
				return none, bad("input %q: dimension %d is 0", name, i)
			}
		}
		if rank > 0 {
			if out.Shapes == nil {
				out.Shapes = map[string][]int64{}
			}
			out.Shapes[string(name)] = shape
		}
		if hasRange {
			if len(b)-off < 16 {
				return none, bad("input %q: truncated range", name)
			}
			r := Range{math.Float64frombits(binary.BigEndian.Uint64(b[off:])), math.Float64frombits(binary.BigEndian.Uint64(b[off+8:]))}
			off += 16
			if math.IsNaN(r.Lo) || math.IsNaN(r.Hi) || math.IsInf(r.Lo, 0) || math.IsInf(r.Hi, 0) || r.Lo > r.Hi {
				return none, bad("input %q: range [%g, %g] is not finite and ordered", name, r.Lo, r.Hi)
			}
			if out.Ranges == nil {
				out.Ranges = map[string]Range{}
			}
			out.Ranges[string(name)] = r
		}
	}
	return out, nil
}

// ParseRange reads one --range flag: NAME=LO:HI (reals, e.g. audio=-32768:32767).
func ParseRange(flag string) (string, Range, error) {
	name, spec, ok := strings.Cut(flag, "=")
	lo, hi, ok2 := strings.Cut(spec, ":")
	if !ok || !ok2 || name == "" {
		return "", Range{}, fmt.Errorf("range %q: want NAME=LO:HI", flag)
	}
	l, err1 := strconv.ParseFloat(lo, 64)
	h, err2 := strconv.ParseFloat(hi, 64)
	if err1 != nil || err2 != nil || math.IsInf(l, 0) || math.IsInf(h, 0) || l > h {
		return "", Range{}, fmt.Errorf("range %q: LO and HI must be finite reals, LO ≤ HI", flag)
	}
	return name, Range{l, h}, nil
}

// ParseRanges reads --range flags (nil for none).
func ParseRanges(flags []string) (map[string]Range, error) {
	if len(flags) == 0 {
		return nil, nil
	}
	out := make(map[string]Range, len(flags))
	for _, f := range flags {
		name, r, err := ParseRange(f)
		if err != nil {
			return nil, err
		}
		if _, dup := out[name]; dup {
			return nil, fmt.Errorf("range of input %q given twice", name)
		}
		out[name] = r
	}
	return out, nil
}

// Format writes b as the --shape and --range flags that give it.
func (b InputBindings) Format() string {
	var parts []string
	if s := FormatInputShapes(b.Shapes); s != "" {
		parts = append(parts, s)
	}
	names := make([]string, 0, len(b.Ranges))
	for name := range b.Ranges {
		names = append(names, name)
	}
	slices.Sort(names)
	for _, name := range names {
		r := b.Ranges[name]
		parts = append(parts, fmt.Sprintf("range %s=%s:%s", name, strconv.FormatFloat(r.Lo, 'g', -1, 64), strconv.FormatFloat(r.Hi, 'g', -1, 64)))
	}
	return strings.Join(parts, " ")
}
