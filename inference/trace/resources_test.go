package trace

import (
	"os"
	"path/filepath"
	"runtime"
	"testing"

	"github.com/auspex-labs/auspex/inference"
	"github.com/auspex-labs/auspex/inference/onnx"
	"github.com/auspex-labs/auspex/inference/onnx/onnxbuild"
)

// calibrationModels are the models Resources is calibrated on: the shipped mnist-8 (Conv, MaxPool,
// MatMul) and Gemm MLP, and the 784-512-512-10 Gemm MLP of the benchmarks.
func calibrationModels(t testing.TB) map[string][]byte {
	out := map[string][]byte{"gemm-mlp-784-512-512-10": onnxbuild.MLP([]int64{784, 512, 512, 10}, 1)}
	for _, m := range []string{"mnist-8", "gonnx-mlp"} {
		data, err := os.ReadFile(filepath.Join("..", "..", "models", m, "model.onnx"))
		if err != nil {
			t.Fatal(err)
		}
		out[m] = data
	}
	return out
}

// measured is what one inference allocates: runtime.MemStats.TotalAlloc around one run with its
// trace commitment and output, and the heap
// the compiled, precomputed program keeps live.
func measured(t testing.TB, data []byte) (p *inference.Program, trace, program uint64) {
	var a, b runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&a)
	m, err := onnx.Decode(data, onnx.DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	p, err = inference.Compile(m, inference.DefaultOptions)
	if err != nil {
		t.Fatal(err)
	}
	p.PrecomputeCommitments()
	m = nil
	runtime.GC()
	runtime.ReadMemStats(&b)
	program = b.HeapAlloc - a.HeapAlloc
	var in []byte
	for _, id := range p.Inputs {
		in = append(in, make([]byte, 8*p.Values[id].Len())...)
	}
	for i := 0; i < len(in); i += 8 {
		in[i+5] = 0x80 // 0.5 at scale 24
	}
	// Averaged over runs: TotalAlloc charges small objects a whole span at a time, which one run
	// would overstate.
	const runs = 10
	runtime.GC()
	runtime.ReadMemStats(&a)
	for range runs {
		tr, err := NewRunFromInput(p, in)
		if err != nil || tr.Failure != nil {
			t.Fatal(err, tr.Failure)
		}
		_ = tr.Output()
	}
	runtime.ReadMemStats(&b)
	trace = (b.TotalAlloc - a.TotalAlloc) / runs
	runtime.KeepAlive(p)
	return p, trace, program
}

// TestResourcesCalibration: on the calibration models the estimate bounds what one inference
// allocates (run, trace commitment, output) and what the loaded program keeps, within 2x
// (docs/BENCHMARKS.md lists the numbers: go test ./inference/trace/ -run TestResourcesCalibration -v).
func TestResourcesCalibration(t *testing.T) {
	models := calibrationModels(t)
	// Issue 15's bomb at a size a test can run: the trees dominate, as at 2048².
	models["expand-bomb-256x256-8relu"] = onnxbuild.ExpandBomb(256, 8, false)
	measured(t, models["gonnx-mlp"]) // the first compile fills the packages' global caches
	for _, name := range []string{"mnist-8", "gonnx-mlp", "gemm-mlp-784-512-512-10", "expand-bomb-256x256-8relu"} {
		p, trace, program := measured(t, models[name])
		r := p.Resources()
		t.Logf("%s: trace %d bytes estimated, %d measured (%.2fx); program %d estimated, %d measured (%.2fx); peak %d, output %d",
			name, r.TraceBytes, trace, float64(r.TraceBytes)/float64(trace), r.ProgramBytes, program, float64(r.ProgramBytes)/float64(program),
			r.PeakBytes, r.OutputBytes)
		if r.TraceBytes < int64(trace) || r.TraceBytes > 2*int64(trace) {
			t.Errorf("%s: trace estimate %d is not within [1x, 2x] of the measured %d", name, r.TraceBytes, trace)
		}
		// The live heap is noisier than TotalAlloc (other allocations in flight): 64 KiB of slack.
		if r.ProgramBytes+64<<10 < int64(program) || r.ProgramBytes > 2*int64(program)+64<<10 {
			t.Errorf("%s: program estimate %d is not within [1x, 2x] of the measured %d", name, r.ProgramBytes, program)
		}
		if r.PeakBytes != r.ProgramBytes+r.TraceBytes {
			t.Errorf("%s: peak %d != program %d + trace %d", name, r.PeakBytes, r.ProgramBytes, r.TraceBytes)
		}
	}
}
