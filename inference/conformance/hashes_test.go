package conformance

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/auspex-labs/auspex/inference"
	"github.com/auspex-labs/auspex/inference/onnx"
	"github.com/auspex-labs/auspex/internal/testutil"
)

var updateHashes = flag.Bool("update-hashes", false, "rewrite testdata/program_hashes.txt")

// TestProgramHashesAreStable pins the program hash of every model the repository and the shared
// data ship (compiled at the default options): a model registered on-chain is identified by it, so
// an engine change that moves one must say why (and rewrite the file with -update-hashes). A model
// the engine cannot compile is pinned as such, so one that starts compiling shows up here too.
func TestProgramHashesAreStable(t *testing.T) {
	root := testutil.SharedData(t)
	var paths []string
	for _, glob := range []string{"models/*/model.onnx", "ezkl/*/network.onnx"} {
		m, _ := filepath.Glob(filepath.Join(root, glob))
		paths = append(paths, m...)
	}
	repo, _ := filepath.Glob(filepath.Join("..", "..", "models", "*", "model.onnx"))
	paths = append(paths, repo...)
	var lines []string
	for _, p := range paths {
		name := strings.TrimPrefix(filepath.ToSlash(p), filepath.ToSlash(root)+"/")
		name = strings.TrimPrefix(name, "../../")
		lines = append(lines, fmt.Sprintf("%s %s", name, programHash(p)))
	}
	got := strings.Join(lines, "\n") + "\n"
	file := filepath.Join("testdata", "program_hashes.txt")
	if *updateHashes {
		if err := os.WriteFile(file, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	if got != string(want) {
		t.Errorf("program hashes moved (go test ./inference/conformance -run ProgramHashes -update-hashes, and say why):\n--- want\n%s--- got\n%s", want, got)
	}
}

func programHash(path string) string {
	data, err := os.ReadFile(path)
	if err != nil {
		return "unreadable"
	}
	m, err := onnx.Decode(data, onnx.DefaultLimits)
	if err != nil {
		return "not-decoded"
	}
	p, err := inference.Compile(m, inference.DefaultOptions)
	if err != nil {
		return "not-compiled"
	}
	return p.Hash().Hex()
}
