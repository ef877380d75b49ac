package contracts_test

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

var funcDecl = regexp.MustCompile(`^\s*function\s+(\w+)\s*\(`)

// Every external or public function of the production contracts carries NatSpec (a `///` block
// or @inheritdoc right above it). Test-only contracts under src/testing are exempt.
func TestNatSpecOnEveryExternalFunction(t *testing.T) {
	root := filepath.Join("..", "..", "contracts", "src")
	var checked int
	err := filepath.WalkDir(root, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && d.Name() == "testing" {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, ".sol") {
			return nil
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		lines := strings.Split(string(src), "\n")
		for i, l := range lines {
			m := funcDecl.FindStringSubmatch(l)
			if m == nil {
				continue
			}
			// The signature runs until the body or the semicolon.
			var sig strings.Builder
			for j := i; j < len(lines); j++ {
				sig.WriteString(lines[j] + " ")
				if strings.ContainsAny(lines[j], "{;") {
					break
				}
			}
			s := sig.String()
			if !strings.Contains(s, " external") && !strings.Contains(s, " public") {
				continue
			}
			checked++
			prev := ""
			if i > 0 {
				prev = strings.TrimSpace(lines[i-1])
			}
			if !strings.HasPrefix(prev, "///") && !strings.HasSuffix(prev, "*/") {
				t.Errorf("%s:%d: %s has no NatSpec", path, i+1, m[1])
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if checked < 40 {
		t.Fatalf("only %d external functions found: is the scan broken?", checked)
	}
}
