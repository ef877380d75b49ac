package onnx

import (
	"errors"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/auspex-labs/auspex/internal/testutil"
)

func sharedModels(t testing.TB) []string {
	var files []string
	err := filepath.WalkDir(testutil.SharedData(t), func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && strings.HasSuffix(p, ".onnx") {
			files = append(files, p)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(files)
	return files
}

// Every ONNX file in the shared data decodes, or is refused with ErrInvalidModel for a reason
// that names what is unsupported. The real models (models/, ezkl/) must all decode.
func TestDecodeSharedModels(t *testing.T) {
	files := sharedModels(t)
	if len(files) < 100 {
		t.Fatalf("only %d models found", len(files))
	}
	reasons := map[string]int{}
	var ok int
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		m, err := Decode(data, DefaultLimits)
		if err != nil {
			if !errors.Is(err, ErrInvalidModel) {
				t.Errorf("%s: error without ErrInvalidModel: %v", f, err)
			}
			rel, _ := filepath.Rel(testutil.SharedData(t), f)
			if strings.HasPrefix(rel, "models/") || strings.HasPrefix(rel, "ezkl/") {
				t.Errorf("%s: real model refused: %v", rel, err)
			}
			reasons[reason(err)]++
			continue
		}
		if len(m.Nodes) == 0 && len(m.Outputs) == 0 {
			t.Errorf("%s: decoded to nothing", f)
		}
		ok++
	}
	t.Logf("%d of %d ONNX files decode; refused: %v", ok, len(files), reasons)
}

// reason strips names from an error to group refusals.
func reason(err error) string {
	s := err.Error()
	for _, key := range []string{"not supported", "cycle", "not produced", "element type", "only tensor values"} {
		if strings.Contains(s, key) {
			if i := strings.Index(s, ": "); i >= 0 {
				s = s[i+2:]
			}
			if len(s) > 90 {
				s = s[:90]
			}
			return s
		}
	}
	return s
}
