package archtest

import (
	"bytes"
	"encoding/json"
	"os/exec"
	"strings"
	"testing"
)

const module = "github.com/auspex-labs/auspex"

func TestImportDirection(t *testing.T) {
	cmd := exec.Command("go", "list", "-deps=false", "-json=ImportPath,Imports,Deps", module+"/...")
	cmd.Dir = "../.."
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	var pkgs []Package
	dec := json.NewDecoder(bytes.NewReader(out))
	for dec.More() {
		var p Package
		if err := dec.Decode(&p); err != nil {
			t.Fatal(err)
		}
		pkgs = append(pkgs, p)
	}
	if len(pkgs) < 8 {
		t.Fatalf("go list found only %d packages", len(pkgs))
	}
	for _, v := range Check(module, pkgs) {
		t.Error(v)
	}
}

// The checker itself must catch each kind of violation.
func TestCheckCatchesViolations(t *testing.T) {
	m := module + "/"
	cases := map[string]Package{
		"imports point down only":       {ImportPath: m + "fraudproof", Deps: []string{m + "oracle"}},
		"internal/ must stay below":     {ImportPath: m + "internal/watcher", Deps: []string{m + "inference"}},
		"only [internal/contracts] may": {ImportPath: m + "oracle", Imports: []string{m + "bindings"}, Deps: []string{m + "bindings"}},
		"test-only contracts":           {ImportPath: m + "internal/devchain", Deps: []string{m + "bindings/testbindings"}},
		"the engine is pure":            {ImportPath: m + "inference", Imports: []string{"time"}},
		"viper belongs in cmd/ only":    {ImportPath: m + "oracle", Deps: []string{"github.com/spf13/viper"}},
		"zerolog's global logger":       {ImportPath: m + "cmd/auspex", Deps: []string{"github.com/rs/zerolog/log"}},
		"modelregistry above inference": {ImportPath: m + "inference", Deps: []string{m + "modelregistry"}},
	}
	for want, p := range cases {
		got := Check(module, []Package{p})
		if len(got) == 0 {
			t.Errorf("%s: not caught", want)
			continue
		}
		if want != "modelregistry above inference" && !strings.Contains(got[0], want) {
			t.Errorf("%s: got %q", want, got[0])
		}
	}
	ok := []Package{
		{ImportPath: m + "oracle", Deps: []string{m + "fraudproof", m + "internal/contracts", m + "bindings"}, Imports: []string{m + "internal/contracts"}},
		{ImportPath: m + "internal/contracts", Imports: []string{m + "bindings"}, Deps: []string{m + "bindings"}},
		{ImportPath: m + "cmd/auspex", Deps: []string{"github.com/spf13/viper"}},
	}
	if got := Check(module, ok); len(got) != 0 {
		t.Errorf("false positives: %v", got)
	}
}
