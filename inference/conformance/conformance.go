// Package conformance runs ONNX backend test folders (model.onnx + test_data_set_N/{input,output}_K.pb)
// through the engine and judges each against its expected outputs with one tolerance rule,
// derived from the engine's fixed-point error bound (docs/NUMERICS.md). It reads files, so it lives
// beside the pure engine, not in it.
package conformance

import (
	"errors"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/auspex-labs/auspex/inference"
	"github.com/auspex-labs/auspex/inference/onnx"
)

// Status of one test.
type Status string

const (
	Pass Status = "PASS"
	Fail Status = "FAIL"
	Skip Status = "SKIP" // an op (or op feature) the engine does not support, named in Detail
)

// Result is the outcome of one test folder.
type Result struct {
	Name    string
	Status  Status
	Detail  string
	Ops     []string // the model's op types, sorted, for per-op counts
	MaxDiff float64  // largest |got − want| over all real outputs
}

// Tolerance is the one comparison rule for real outputs: |got − want| ≤ ATol + RTol·|want|.
// Integer outputs must match exactly.
type Tolerance struct {
	ATol, RTol float64
}

// DefaultTolerance follows from the error bound of scale-16 fixed point (docs/NUMERICS.md): every
// quantization and rescale is off by at most half a quantum (2^-17), tables by a few quanta, and
// errors grow with the magnitudes involved; 64 quanta absolute plus 0.1% relative covers every
// op's bound with margin.
var DefaultTolerance = Tolerance{ATol: 1.0 / (1 << 10), RTol: 1e-3}

// RunDir runs the test folder dir.
func RunDir(dir string, tol Tolerance) Result { return RunDirChecked(dir, tol, 0) }

// RunDirChecked also recomputes up to perStep elements of every step from their inputs alone
// (inference.CheckElements), failing the test if the per-element semantics and the kernels differ.
func RunDirChecked(dir string, tol Tolerance, perStep int64) Result {
	r := Result{Name: filepath.Base(dir)}
	data, err := os.ReadFile(filepath.Join(dir, "model.onnx"))
	if err != nil {
		return r.fail("read model: %v", err)
	}
	m, err := onnx.Decode(data, onnx.DefaultLimits)
	if err != nil {
		return r.skipOrFail(err)
	}
	r.Ops = opTypes(m)
	sets, _ := filepath.Glob(filepath.Join(dir, "test_data_set_*"))
	sort.Strings(sets)
	if len(sets) == 0 {
		return r.fail("no test_data_set_*")
	}
	for _, set := range sets {
		if res := runSet(m, set, tol, perStep, &r); res != nil {
			return *res
		}
	}
	r.Status = Pass
	return r
}

func runSet(m *onnx.Model, set string, tol Tolerance, perStep int64, r *Result) *Result {
	ins, err := readTensors(set, "input", len(m.Inputs))
	if err != nil {
		res := r.skipOrFail(fmt.Errorf("%s: %w", filepath.Base(set), err))
		return &res
	}
	outs, err := readTensors(set, "output", len(m.Outputs))
	if err != nil {
		res := r.skipOrFail(fmt.Errorf("%s: %w", filepath.Base(set), err))
		return &res
	}
	for i, want := range outs {
		for _, w := range want.Floats {
			if math.IsNaN(w) || beyondRange(w) {
				res := *r
				res.Status, res.Detail = Skip, fmt.Sprintf("%s: output %d expects %v: %v (ops %v)", filepath.Base(set), i, w, errNotRepresentable, r.Ops)
				return &res
			}
		}
	}
	opt := inference.DefaultOptions
	opt.InputShapes = map[string][]int64{}
	for i, in := range m.Inputs {
		opt.InputShapes[in.Name] = ins[i].Shape
	}
	p, err := inference.Compile(m, opt)
	// The test may feed a compile-time parameter (axes, pads, a shape, a quantization scale) as a
	// graph input; programs have static shapes and fixed quantization, so bind each such input as
	// a constant, as a model creator would, and compile again.
	opt.ConstInputs = map[string]*onnx.Tensor{}
	for tries := 0; errors.Is(err, inference.ErrNeedsConstant) && tries < len(m.Inputs); tries++ {
		var nc *inference.NeedsConstantError
		if !errors.As(err, &nc) {
			break
		}
		bound := false
		for i, in := range m.Inputs {
			if in.Name == nc.Name {
				opt.ConstInputs[in.Name] = ins[i]
				bound = true
			}
		}
		if !bound {
			// Computed from run-time inputs: bind every integer input (shape-like) at once.
			for i, in := range m.Inputs {
				if _, done := opt.ConstInputs[in.Name]; !done && ins[i].DType.IsInt() {
					opt.ConstInputs[in.Name] = ins[i]
					bound = true
				}
			}
		}
		if !bound {
			break
		}
		p, err = inference.Compile(m, opt)
	}
	if errors.Is(err, inference.ErrNeedsConstant) {
		// Computed from the data at run time (dynamic shapes, dynamic quantization): unsupported.
		res := *r
		res.Status, res.Detail = Skip, fmt.Sprintf("unsupported: a value the engine needs at compile time is computed at run time: %v (ops %v)", err, r.Ops)
		return &res
	}
	if err != nil {
		res := r.skipOrFail(err)
		return &res
	}
	var qs [][]int64
	for i, t := range ins {
		if _, bound := opt.ConstInputs[m.Inputs[i].Name]; bound {
			continue
		}
		v := p.Values[p.Inputs[len(qs)]]
		q, err := quantize(t, v.Int, v.Scale)
		if errors.Is(err, errNotRepresentable) || errors.Is(err, inference.ErrNotRepresentable) {
			res := *r
			res.Status, res.Detail = Skip, fmt.Sprintf("%s: input %d: %v (ops %v)", filepath.Base(set), i, err, r.Ops)
			return &res
		}
		if err != nil {
			res := r.fail("%s: input %d: %v", filepath.Base(set), i, err)
			return &res
		}
		qs = append(qs, q)
	}
	got, err := inference.Run(p, qs)
	if errors.Is(err, inference.ErrOverflow) {
		// The test's values leave the fixed-point range (e.g. exp(60)): a defined error of the
		// engine, not a wrong result.
		res := *r
		res.Status, res.Detail = Skip, fmt.Sprintf("values beyond the fixed-point range: %v (ops %v)", err, r.Ops)
		return &res
	}
	if err != nil {
		res := r.fail("%s: %v", filepath.Base(set), err)
		return &res
	}
	if perStep > 0 {
		if err := inference.CheckElements(p, qs, perStep); err != nil {
			res := r.fail("%s: per-element semantics: %v", filepath.Base(set), err)
			return &res
		}
	}
	for i, want := range outs {
		v := p.Values[p.Outputs[i]]
		if int64(want.Len()) != v.Len() {
			res := r.fail("%s: output %d has %d values, expected %d (shape %v vs %v)", filepath.Base(set), i, v.Len(), want.Len(), v.Shape, want.Shape)
			return &res
		}
		for k := range got[i] {
			if want.DType.IsFloat() {
				if v.Int {
					res := r.fail("%s: output %d is integer, expected %s", filepath.Base(set), i, want.DType)
					return &res
				}
				g, w := inference.Dequantize(got[i][k], v.Scale), want.Floats[k]
				if math.IsInf(w, 0) || math.IsInf(g, 0) {
					if g != w {
						res := r.fail("%s: output %d[%d] = %.6g, expected %.6g", filepath.Base(set), i, k, g, w)
						return &res
					}
					continue
				}
				d := math.Abs(g - w)
				r.MaxDiff = math.Max(r.MaxDiff, d)
				if d > tol.ATol+tol.RTol*math.Abs(w) {
					res := r.fail("%s: output %d[%d] = %.6g, expected %.6g (|diff| %.3g)", filepath.Base(set), i, k, g, w, d)
					return &res
				}
				continue
			}
			w := want.Ints[k]
			g := got[i][k]
			if !v.Int {
				res := r.fail("%s: output %d is real, expected %s", filepath.Base(set), i, want.DType)
				return &res
			}
			if g != w {
				res := r.fail("%s: output %d[%d] = %d, expected %d", filepath.Base(set), i, k, g, w)
				return &res
			}
		}
	}
	return nil
}

func quantize(t *onnx.Tensor, isInt bool, scale uint8) ([]int64, error) {
	if isInt {
		if !t.DType.IsInt() {
			return nil, fmt.Errorf("%s data for an integer input", t.DType)
		}
		return t.Ints, nil
	}
	if !t.DType.IsFloat() {
		return nil, fmt.Errorf("%s data for a real input", t.DType)
	}
	q := make([]int64, len(t.Floats))
	for i, f := range t.Floats {
		if math.IsNaN(f) || beyondRange(f) {
			return nil, fmt.Errorf("%w: %v", errNotRepresentable, f)
		}
		v, err := inference.Quantize(f, scale)
		if err != nil {
			return nil, err
		}
		q[i] = v
	}
	return q, nil
}

func readTensors(set, kind string, n int) ([]*onnx.Tensor, error) {
	var res []*onnx.Tensor
	for i := 0; ; i++ {
		data, err := os.ReadFile(filepath.Join(set, fmt.Sprintf("%s_%d.pb", kind, i)))
		if errors.Is(err, os.ErrNotExist) {
			break
		}
		if err != nil {
			return nil, err
		}
		t, err := onnx.DecodeTensor(data, onnx.DefaultLimits)
		if err != nil {
			return nil, fmt.Errorf("%s_%d.pb: %w", kind, i, err)
		}
		res = append(res, t)
	}
	if len(res) != n {
		return nil, fmt.Errorf("%d %s files for %d graph %ss", len(res), kind, n, kind)
	}
	return res, nil
}

func (r Result) fail(format string, args ...any) Result {
	r.Status, r.Detail = Fail, fmt.Sprintf(format, args...)
	return r
}

// errNotRepresentable: NaN and infinities have no fixed-point value.
var errNotRepresentable = errors.New("NaN, or a finite value beyond the fixed-point range (it would read as ±Inf), is not representable in fixed point")

// beyondRange: a finite value the default scale saturates to ±InfQ (±Inf itself is exact).
func beyondRange(f float64) bool {
	return !math.IsInf(f, 0) && math.Abs(math.Ldexp(f, inference.DefaultScale)) >= float64(inference.InfQ/2)
}

// skipOrFail: an unsupported op, or an element type or value kind the engine does not support,
// skips (named, with the model's ops); anything else fails.
func (r Result) skipOrFail(err error) Result {
	var ue *inference.UnsupportedError
	if errors.As(err, &ue) {
		r.Status, r.Detail = Skip, ue.Error()
		return r
	}
	if errors.Is(err, onnx.ErrInvalidModel) && strings.Contains(err.Error(), "not supported") {
		r.Status, r.Detail = Skip, fmt.Sprintf("%v (ops %v)", err, r.Ops)
		return r
	}
	return r.fail("%v", err)
}

func opTypes(m *onnx.Model) []string {
	seen := map[string]bool{}
	var ops []string
	for _, n := range m.Nodes {
		op := n.OpType
		if n.Domain != "" {
			op = n.Domain + "." + op
		}
		if !seen[op] {
			seen[op] = true
			ops = append(ops, op)
		}
	}
	sort.Strings(ops)
	return ops
}

// Dirs expands roots into test folders: a folder with a model.onnx is one test; otherwise its
// subfolders are searched.
func Dirs(roots ...string) ([]string, error) {
	var dirs []string
	for _, root := range roots {
		err := filepath.WalkDir(root, func(p string, d os.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if d.IsDir() {
				if _, err := os.Stat(filepath.Join(p, "model.onnx")); err == nil {
					dirs = append(dirs, p)
					return filepath.SkipDir
				}
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	sort.Strings(dirs)
	return dirs, nil
}
