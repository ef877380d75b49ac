package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"runtime/debug"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/auspex-labs/auspex/inference"
	"github.com/auspex-labs/auspex/inference/onnx"
	"github.com/auspex-labs/auspex/modelregistry"
)

// tensorJSON is one tensor of input.json / ort.json (fetch.py tensor_json). Non-finite floats are
// written as null.
type tensorJSON struct {
	DType string     `json:"dtype"`
	Shape []int64    `json:"shape"`
	Data  []*float64 `json:"data"`
}

func (t tensorJSON) floats() []float64 {
	out := make([]float64, len(t.Data))
	for i, p := range t.Data {
		if p == nil {
			out[i] = math.NaN()
		} else {
			out[i] = *p
		}
	}
	return out
}

type compareSpec struct {
	Output     int      `json:"output"`
	Kind       string   `json:"kind"` // argmax, threshold, cosine, equal
	Axis       *int     `json:"axis"`
	From       *int     `json:"from"`
	To         *int     `json:"to"`
	Threshold  float64  `json:"threshold"`
	OnlyAbove  *float64 `json:"only_above"`
	outputName string
}

type modelInfo struct {
	Name        string        `json:"name"`
	Class       string        `json:"class"`
	ConstInputs []string      `json:"const_inputs"`
	Compare     []compareSpec `json:"compare"`
	// Ranges declare real inputs' value intervals (Options.InputRanges, --range), as a model's
	// registration would: [lo, hi] per input name.
	Ranges map[string][2]float64 `json:"ranges"`
}

// Measured is what the engine made of one model.
type Measured struct {
	CompileOK  bool
	Compile    string // "ok" or the error, verbatim
	Steps      int
	StepOps    string
	Resources  inference.Resources
	Limits     string // "" or modelregistry.CheckResources' refusal
	Ran        bool
	Run        string // "" or why it did not run / the run error
	RunSeconds float64
	Runs       int // timed runs; RunSeconds is their median
	// CompileSeconds is inference.Compile alone (the decode of model.onnx before it is not counted).
	CompileSeconds float64
	// MACs counts the multiply-accumulates of the compiled program's MatMul, Conv and ConvTranspose
	// steps (see macs); the other steps are not counted.
	MACs int64
	// PeakRSS is the child process's VmHWM in bytes, read just before it prints this (0: unknown).
	PeakRSS    int64
	Agreement  []string
	MaxAbsErr  float64
	OutputErrs []string
}

func readJSON(path string, v any) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	return json.Unmarshal(data, v)
}

var dtypeOfNumpy = map[string]onnx.DataType{
	"float32": onnx.Float, "float64": onnx.Double, "float16": onnx.Float16, "int64": onnx.Int64, "int32": onnx.Int32,
	"int16": onnx.Int16, "int8": onnx.Int8, "uint8": onnx.Uint8, "bool": onnx.Bool,
}

// measure compiles and runs one model folder; it never panics (a panic in the engine is a finding).
// measure compiles and runs one model folder with r, checking the first run's outputs; with
// runs > 1 it runs again until runs runs or 3 s of runs and reports the median.
func measure(dir string, scale uint8, maxRunBytes int64, r inference.Runner, runs int) (m *Measured) {
	m = &Measured{}
	defer func() {
		if r := recover(); r != nil {
			msg := fmt.Sprintf("panic: %v\n%s", r, firstLines(string(debug.Stack()), 12))
			if !m.CompileOK && m.Compile == "" {
				m.Compile = msg
			} else {
				m.Run = msg
			}
		}
	}()
	var info modelInfo
	var in struct {
		Inputs map[string]tensorJSON `json:"inputs"`
	}
	var ref struct {
		Order   []string              `json:"order"`
		Outputs map[string]tensorJSON `json:"outputs"`
	}
	for f, v := range map[string]any{"info.json": &info, "input.json": &in, "ort.json": &ref} {
		if err := readJSON(filepath.Join(dir, f), v); err != nil {
			m.Compile = "reading " + f + ": " + err.Error()
			return m
		}
	}
	data, err := os.ReadFile(filepath.Join(dir, "model.onnx"))
	if err != nil {
		m.Compile = err.Error()
		return m
	}
	model, err := onnx.Decode(data, onnx.DefaultLimits)
	if err != nil {
		m.Compile = "decode: " + err.Error()
		return m
	}
	opt := inference.DefaultOptions
	opt.Scale = scale
	opt.InputShapes = map[string][]int64{}
	opt.ConstInputs = map[string]*onnx.Tensor{}
	isConst := map[string]bool{}
	for _, n := range info.ConstInputs {
		isConst[n] = true
	}
	for name, t := range in.Inputs {
		if isConst[name] {
			dt, ok := dtypeOfNumpy[t.DType]
			if !ok {
				m.Compile = fmt.Sprintf("constant input %q: dtype %s", name, t.DType)
				return m
			}
			ct := &onnx.Tensor{Name: name, DType: dt, Shape: t.Shape}
			if dt.IsFloat() {
				ct.Floats = t.floats()
			} else {
				for _, f := range t.floats() {
					ct.Ints = append(ct.Ints, int64(f))
				}
			}
			opt.ConstInputs[name] = ct
			continue
		}
		opt.InputShapes[name] = t.Shape
	}
	for name, r := range info.Ranges {
		if opt.InputRanges == nil {
			opt.InputRanges = map[string]inference.Range{}
		}
		opt.InputRanges[name] = inference.Range{Lo: r[0], Hi: r[1]}
	}
	cstart := time.Now()
	p, err := inference.Compile(model, opt)
	m.CompileSeconds = time.Since(cstart).Seconds()
	if err != nil {
		m.Compile = err.Error()
		return m
	}
	m.CompileOK, m.Compile, m.Steps = true, "ok", len(p.Steps)
	m.MACs = macs(p)
	ops, _ := p.Summary()
	m.StepOps = summarizeOps(ops)
	m.Resources = p.Resources()
	if _, err := modelregistry.CheckResources(p, 0); err != nil {
		m.Limits = err.Error()
	}
	// inference.Run holds every value slot (8 bytes an element) but builds no trace.
	if need := m.Resources.Elements * 8; need > maxRunBytes {
		m.Run = fmt.Sprintf("not run: its value slots need %.1f GiB, past -max-run-bytes %.1f GiB", gib(need), gib(maxRunBytes))
		return m
	}
	qs := make([][]int64, len(p.Inputs))
	for i, id := range p.Inputs {
		v := p.Values[id]
		t, ok := in.Inputs[v.Name]
		if !ok {
			m.Run = fmt.Sprintf("input.json has no input %q", v.Name)
			return m
		}
		if qs[i], err = quantize(t.floats(), t.DType == "float32", v); err != nil {
			m.Run = fmt.Sprintf("input %q: %v", v.Name, err)
			return m
		}
	}
	start := time.Now()
	outs, err := r.Run(p, qs)
	times := []float64{time.Since(start).Seconds()}
	for budget := time.Now().Add(3 * time.Second); err == nil && len(times) < runs && (len(times) < 3 || time.Now().Before(budget)); {
		start = time.Now()
		if _, err := r.Run(p, qs); err != nil {
			break
		}
		times = append(times, time.Since(start).Seconds())
	}
	slices.Sort(times)
	m.RunSeconds, m.Runs = times[len(times)/2], len(times)
	if err != nil {
		m.Run = err.Error()
		var se *inference.StepError
		if errors.As(err, &se) {
			m.Run = fmt.Sprintf("run error at step %d of %d: %v", se.Step, len(p.Steps), err)
		}
		return m
	}
	m.Ran = true
	got := make(map[string][]float64, len(outs))
	for i, id := range p.Outputs {
		v := p.Values[id]
		vals := make([]float64, len(outs[i]))
		for j, q := range outs[i] {
			if v.Int {
				vals[j] = float64(q)
			} else {
				vals[j] = inference.Dequantize(q, v.Scale)
			}
		}
		got[model.Outputs[i].Name] = vals
	}
	for _, name := range ref.Order {
		r := ref.Outputs[name]
		g, ok := got[name]
		if !ok {
			m.OutputErrs = append(m.OutputErrs, fmt.Sprintf("%s: not produced", name))
			continue
		}
		want := r.floats()
		if len(g) != len(want) {
			m.OutputErrs = append(m.OutputErrs, fmt.Sprintf("%s: %d values, ORT %d %v", name, len(g), len(want), r.Shape))
			continue
		}
		for j := range g {
			if d := math.Abs(g[j] - want[j]); d > m.MaxAbsErr || math.IsNaN(d) {
				m.MaxAbsErr = d
			}
		}
	}
	for _, c := range info.Compare {
		if c.Output >= len(ref.Order) {
			continue
		}
		name := ref.Order[c.Output]
		g, ok := got[name]
		if !ok || len(g) != len(ref.Outputs[name].Data) {
			continue
		}
		m.Agreement = append(m.Agreement, compare(c, g, ref.Outputs[name]))
	}
	return m
}

// macs estimates the multiply-accumulates of one run from the compiled program: for each MatMul
// step, output elements × K (the inner dimension); for each Conv step, output elements × C/group ×
// kernel size; for each ConvTranspose step, input elements × M/group × kernel size (every input
// element meets every weight of its group once). Biases, padding skipped at the borders and every
// other op (elementwise, tables, reductions, tree lowerings other than their MatMuls) are not
// counted. Steps inside If/Loop bodies that the compiler did not inline are not seen.
func macs(p *inference.Program) int64 {
	var total int64
	for i := range p.Steps {
		s := &p.Steps[i]
		switch s.Op {
		case inference.OpMatMul:
			a := p.Values[s.In[0]].Shape
			total += p.Values[s.Out].Len() * a[len(a)-1]
		case inference.OpConv:
			x, w := p.Values[s.In[0]].Shape, p.Values[s.In[1]].Shape
			total += p.Values[s.Out].Len() * (x[1] / s.Args[0]) * prod(w[2:])
		case inference.OpConvTranspose:
			x, w := &p.Values[s.In[0]], p.Values[s.In[1]].Shape
			total += x.Len() * w[1] * prod(w[2:])
		}
	}
	return total
}

func prod(d []int64) int64 {
	n := int64(1)
	for _, x := range d {
		n *= x
	}
	return n
}

// quantize gives the engine the values onnxruntime was given: input.json writes float32 values
// in their shortest decimal form, so they are rounded back to float32 (5.8 is not float32(5.8))
// before they are quantized.
func quantize(vals []float64, f32 bool, v inference.Value) ([]int64, error) {
	q := make([]int64, len(vals))
	for i, f := range vals {
		if f32 {
			f = float64(float32(f))
		}
		if v.Int {
			if f != math.Trunc(f) {
				return nil, fmt.Errorf("integer input given %v", f)
			}
			q[i] = int64(f)
			continue
		}
		var err error
		if q[i], err = inference.Quantize(f, v.Scale); err != nil {
			return nil, err
		}
	}
	return q, nil
}

// compare applies one agreement measure of info.json to an output.
func compare(c compareSpec, got []float64, ref tensorJSON) string {
	want := ref.floats()
	shape := ref.Shape
	switch c.Kind {
	case "cosine":
		var dot, ng, nw float64
		for i := range got {
			dot += got[i] * want[i]
			ng += got[i] * got[i]
			nw += want[i] * want[i]
		}
		return fmt.Sprintf("cos %.4f", dot/math.Sqrt(ng*nw))
	case "equal":
		n := 0
		for i := range got {
			if got[i] == want[i] {
				n++
			}
		}
		return fmt.Sprintf("equal %d/%d", n, len(got))
	case "threshold", "argmax":
		axis := len(shape) - 1
		if c.Axis != nil {
			axis = *c.Axis
			if axis < 0 {
				axis += len(shape)
			}
		}
		lo, hi := int64(0), shape[axis]
		if c.From != nil {
			lo, hi = int64(*c.From), int64(*c.To)
		}
		inner := int64(1)
		for _, d := range shape[axis+1:] {
			inner *= d
		}
		outer := int64(len(want)) / (shape[axis] * inner)
		agree, total := 0, 0
		for o := int64(0); o < outer; o++ {
			for in := int64(0); in < inner; in++ {
				at := func(k int64) int64 { return (o*shape[axis]+k)*inner + in }
				if c.Kind == "threshold" {
					for k := lo; k < hi; k++ {
						total++
						if (got[at(k)] > c.Threshold) == (want[at(k)] > c.Threshold) {
							agree++
						}
					}
					continue
				}
				bg, bw := lo, lo
				for k := lo; k < hi; k++ {
					if got[at(k)] > got[at(bg)] {
						bg = k
					}
					if want[at(k)] > want[at(bw)] {
						bw = k
					}
				}
				if c.OnlyAbove != nil && want[at(bw)] <= *c.OnlyAbove {
					continue
				}
				total++
				if bg == bw {
					agree++
				}
			}
		}
		if c.Kind == "threshold" {
			return fmt.Sprintf(">%g %d/%d", c.Threshold, agree, total)
		}
		return fmt.Sprintf("top-1 %d/%d", agree, total)
	}
	return "unknown comparison " + c.Kind
}

func summarizeOps(ops map[string]int) string {
	names := make([]string, 0, len(ops))
	for op := range ops {
		names = append(names, op)
	}
	sort.Strings(names)
	parts := make([]string, len(names))
	for i, op := range names {
		parts[i] = fmt.Sprintf("%s:%d", op, ops[op])
	}
	return strings.Join(parts, " ")
}

func gib(b int64) float64 { return float64(b) / (1 << 30) }

func firstLines(s string, n int) string {
	lines := strings.SplitN(s, "\n", n+1)
	if len(lines) > n {
		lines = lines[:n]
	}
	return strings.Join(lines, "\n")
}
