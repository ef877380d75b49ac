package archtest

import (
	"fmt"
	"slices"
	"sort"
	"strings"
)

// Package is one package of the module as `go list` reports it.
type Package struct {
	ImportPath string
	Imports    []string // direct imports
	Deps       []string // transitive imports
}

// layers lists the layered top-level directories from the bottom up: a package may import
// packages of its own layer or below, never above (docs/DESIGN.md §2). internal/ sits beside them and is
// usable from every layer.
var layers = []string{"bindings", "inference", "modelregistry", "fraudproof", "oracle", "cmd", "bench"}

// productionBinaries are what operators run: they never link the demonstration liar (oracle/liar),
// which only a -tags auspexdemo build of oracled and the devnet CLI use.
var productionBinaries = []string{"cmd/oracled", "cmd/verifier"}

// wrappers are the only packages that may import the abigen bindings directly.
var wrappers = []string{"internal/contracts"}

// purePackages are the deterministic engine: bytes and integers in, bytes and integers out.
var purePackages = []string{"inference", "inference/onnx", "inference/merkle", "inference/trace"}

// pureForbidden are imports the deterministic engine may not use: clocks, randomness, goroutine
// scheduling, networking and the file system.
var pureForbidden = []string{"time", "os", "io/fs", "net", "net/http", "math/rand", "math/rand/v2", "sync", "runtime", "crypto/rand"}

// Check returns every violation of the import rules among pkgs (paths relative to module).
func Check(module string, pkgs []Package) []string {
	rel := func(p string) (string, bool) {
		if p == module {
			return "", true
		}
		if strings.HasPrefix(p, module+"/") {
			return strings.TrimPrefix(p, module+"/"), true
		}
		return "", false
	}
	layerOf := func(r string) int {
		top := strings.SplitN(r, "/", 2)[0]
		for i, l := range layers {
			if top == l {
				return i
			}
		}
		return -1
	}
	isUnder := func(r, dir string) bool { return r == dir || strings.HasPrefix(r, dir+"/") }

	var bad []string
	for _, p := range pkgs {
		me, ok := rel(p.ImportPath)
		if !ok {
			continue
		}
		myLayer := layerOf(me)
		inInternal := isUnder(me, "internal")
		isWrapper := false
		for _, w := range wrappers {
			isWrapper = isWrapper || isUnder(me, w)
		}
		for _, d := range p.Deps {
			if d == "github.com/spf13/viper" && !isUnder(me, "cmd") {
				bad = append(bad, fmt.Sprintf("%s depends on viper: viper belongs in cmd/ only", me))
			}
			if d == "github.com/rs/zerolog/log" {
				bad = append(bad, fmt.Sprintf("%s depends on zerolog's global logger: pass loggers in", me))
			}
			dr, ok := rel(d)
			if !ok {
				continue
			}
			if isUnder(dr, "bindings/testbindings") {
				bad = append(bad, fmt.Sprintf("%s depends on %s: test-only contracts", me, dr))
			}
			if isUnder(dr, "internal/testutil") {
				bad = append(bad, fmt.Sprintf("%s depends on %s: test-only helpers", me, dr))
			}
			if slices.Contains(productionBinaries, me) && isUnder(dr, "oracle/liar") {
				bad = append(bad, fmt.Sprintf("%s depends on %s: a production binary cannot lie (demonstration builds only)", me, dr))
			}
			dl := layerOf(dr)
			switch {
			case inInternal && dl > 0:
				bad = append(bad, fmt.Sprintf("%s depends on %s: internal/ must stay below every layer", me, dr))
			case myLayer >= 0 && dl > myLayer:
				bad = append(bad, fmt.Sprintf("%s depends on %s: imports point down only (%s)", me, dr, strings.Join(layers, " < ")))
			}
		}
		for _, imp := range p.Imports {
			ir, ok := rel(imp)
			if ok && isUnder(ir, "bindings") && !isWrapper && !isUnder(me, "bindings") {
				bad = append(bad, fmt.Sprintf("%s imports %s: only %v may use the bindings", me, ir, wrappers))
			}
			if slices.Contains(purePackages, me) {
				for _, f := range pureForbidden {
					if imp == f {
						bad = append(bad, fmt.Sprintf("%s imports %s: the engine is pure", me, imp))
					}
				}
			}
		}
	}
	sort.Strings(bad)
	return bad
}
