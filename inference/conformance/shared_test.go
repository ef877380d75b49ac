package conformance

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/auspex-labs/auspex/internal/testutil"
)

// Every ONNX node and backend test whose ops the engine supports passes (none fail), and on each
// the per-element semantics (what the on-chain verifier recomputes) agrees with the kernels.
func TestONNXConformance(t *testing.T) {
	if testing.Short() {
		t.Skip("-short")
	}
	root := testutil.SharedData(t)
	dirs, err := Dirs(filepath.Join(root, "onnx-node"), filepath.Join(root, "onnx-backend"))
	if err != nil {
		t.Fatal(err)
	}
	counts := map[Status]int{}
	for _, d := range dirs {
		r := RunDirChecked(d, DefaultTolerance, 64)
		counts[r.Status]++
		if r.Status == Fail {
			t.Errorf("%s: %s", r.Name, r.Detail)
		}
	}
	t.Logf("%d passed, %d failed, %d skipped", counts[Pass], counts[Fail], counts[Skip])
	if counts[Pass] < 300 {
		t.Errorf("only %d tests passed", counts[Pass])
	}
}

// The EZKL example networks whose ops are supported match onnxruntime within the tolerance.
func TestEZKLModels(t *testing.T) {
	dirs, _ := filepath.Glob(filepath.Join(testutil.SharedData(t), "ezkl", "*"))
	counts := map[Status]int{}
	for _, d := range dirs {
		if fi, err := os.Stat(d); err != nil || !fi.IsDir() {
			continue
		}
		r := RunEZKL(d, DefaultTolerance)
		counts[r.Status]++
		switch r.Status {
		case Fail:
			t.Errorf("%s: %s", r.Name, r.Detail)
		case Skip:
			t.Logf("skip %s: %s", r.Name, r.Detail)
		default:
			t.Logf("pass %s: max |diff| %.3g", r.Name, r.MaxDiff)
		}
	}
	t.Logf("%d passed, %d failed, %d skipped", counts[Pass], counts[Fail], counts[Skip])
}
