package conformance

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"

	"github.com/auspex-labs/auspex/inference"
	"github.com/auspex-labs/auspex/inference/onnx"
)

// RunEZKL runs one EZKL example folder (network.onnx, input.json with "input_data",
// ort_reference.json with onnxruntime's float outputs) and judges it like a conformance test.
func RunEZKL(dir string, tol Tolerance) Result {
	r := Result{Name: filepath.Base(dir)}
	data, err := os.ReadFile(filepath.Join(dir, "network.onnx"))
	if err != nil {
		return r.fail("read model: %v", err)
	}
	m, err := onnx.Decode(data, onnx.DefaultLimits)
	if err != nil {
		return r.skipOrFail(err)
	}
	r.Ops = opTypes(m)
	var in struct {
		InputData [][]float64 `json:"input_data"`
	}
	if err := readJSON(filepath.Join(dir, "input.json"), &in); err != nil {
		return r.fail("%v", err)
	}
	var ref struct {
		Outputs map[string]struct {
			Dims []int64   `json:"dims"`
			Data []float64 `json:"data"`
		} `json:"outputs"`
	}
	if err := readJSON(filepath.Join(dir, "ort_reference.json"), &ref); err != nil {
		r.Status, r.Detail = Skip, fmt.Sprintf("no float reference: %v", err)
		return r
	}
	if len(in.InputData) != len(m.Inputs) {
		return r.fail("%d inputs in input.json for %d graph inputs", len(in.InputData), len(m.Inputs))
	}
	p, err := inference.Compile(m, inference.DefaultOptions)
	if err != nil {
		return r.skipOrFail(err)
	}
	qs := make([][]int64, len(in.InputData))
	for i, xs := range in.InputData {
		v := p.Values[p.Inputs[i]]
		if int64(len(xs)) != v.Len() {
			return r.fail("input %d: %d values for shape %v", i, len(xs), v.Shape)
		}
		t := &onnx.Tensor{DType: onnx.Double, Floats: xs}
		if v.Int {
			t = &onnx.Tensor{DType: onnx.Int64, Ints: make([]int64, len(xs))}
			for k, x := range xs {
				t.Ints[k] = int64(x)
			}
		}
		if qs[i], err = quantize(t, v.Int, v.Scale); err != nil {
			return r.fail("input %d: %v", i, err)
		}
	}
	outs, err := inference.Run(p, qs)
	if err != nil {
		return r.fail("%v", err)
	}
	for i, id := range p.Outputs {
		v := p.Values[id]
		want, ok := ref.Outputs[m.Outputs[i].Name]
		if !ok {
			return r.fail("reference lacks output %q", m.Outputs[i].Name)
		}
		if int64(len(want.Data)) != v.Len() {
			return r.fail("output %q: %d values, reference %d", m.Outputs[i].Name, v.Len(), len(want.Data))
		}
		for k, q := range outs[i] {
			g := float64(q)
			if !v.Int {
				g = inference.Dequantize(q, v.Scale)
			}
			d := math.Abs(g - want.Data[k])
			r.MaxDiff = math.Max(r.MaxDiff, d)
			if d > tol.ATol+tol.RTol*math.Abs(want.Data[k]) {
				return r.fail("output %q[%d] = %.6g, reference %.6g", m.Outputs[i].Name, k, g, want.Data[k])
			}
		}
	}
	r.Status = Pass
	return r
}

func readJSON(path string, v any) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	if err := json.Unmarshal(data, v); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}
