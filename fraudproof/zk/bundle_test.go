package zk

import (
	"archive/tar"
	"bytes"
	"context"
	"os"
	"strings"
	"testing"

	"github.com/auspex-labs/auspex/modelregistry"
)

// TestBundle: the keys a model publishes pack to the same bytes every time, prove from the bundle
// alone, and are refused for another program or when their entries are tampered with.
func TestBundle(t *testing.T) {
	art, _, dir := mlpKeys(t)
	path, h, err := WriteBundle(dir)
	if err != nil {
		t.Fatal(err)
	}
	first, _ := os.ReadFile(path)
	if _, h2, err := WriteBundle(dir); err != nil || h2 != h {
		t.Fatalf("second bundle of the same keys: %v, hash %s then %s", err, h, h2)
	}
	if got, err := modelregistry.FileSHA256(path); err != nil || got != h {
		t.Fatalf("FileSHA256 %s (%v), WriteBundle said %s", got, err, h)
	}
	if got, err := BundleHash(dir); err != nil || got != h {
		t.Fatalf("BundleHash %s (%v), WriteBundle said %s", got, err, h)
	}
	if info, err := BundleInfo(path); err != nil || info.ProgramHash != art.Program.Hash() {
		t.Fatalf("BundleInfo: %+v, %v", info, err)
	}

	kb, err := LoadBundleFile(context.Background(), path, art.Program)
	if err != nil {
		t.Fatal(err)
	}
	tr := randomTrace(t, art.Program, 3)
	input := Int64Input(tr)
	pf, err := kb.Prove(testProver, input, tr)
	if err != nil {
		t.Fatal(err)
	}
	vk, err := LoadVerifier(dir, art.Program) // the directory's verifying key: one setup
	if err != nil {
		t.Fatal(err)
	}
	if err := vk.Verify(pf, testProver, input); err != nil {
		t.Fatalf("a proof from the bundle's keys does not verify: %v", err)
	}

	if _, err := LoadBundleFile(context.Background(), path, otherProgram(t)); err == nil || !strings.Contains(err.Error(), "is for program") {
		t.Fatalf("bundle for another program: %v", err)
	}
	for name, mutate := range map[string]func([]entry) []entry{
		"truncated":    func(e []entry) []entry { e[3].data = e[3].data[:len(e[3].data)/2]; return e },
		"missing file": func(e []entry) []entry { return append(e[:2:2], e[3:]...) },
		"swapped":      func(e []entry) []entry { e[2], e[3] = e[3], e[2]; return e },
		"extra entry":  func(e []entry) []entry { return append(e, entry{"x", []byte("x")}) },
		"renamed":      func(e []entry) []entry { e[1].name = "../" + e[1].name; return e },
		"no meta":      func(e []entry) []entry { return e[1:] },
		"old digest": func(e []entry) []entry {
			e[0].data = bytes.Replace(e[0].data, []byte(`"digest": 2`), []byte(`"digest": 1`), 1)
			return e
		},
	} {
		e := mutate(readEntries(t, first))
		if _, err := LoadBundle(bytes.NewReader(writeEntries(t, e, name == "truncated")), art.Program); err == nil {
			t.Errorf("%s: bundle accepted", name)
		}
	}
}

type entry struct {
	name string
	data []byte
}

func readEntries(t *testing.T, b []byte) []entry {
	t.Helper()
	tr := tar.NewReader(bytes.NewReader(b))
	var out []entry
	for {
		hdr, err := tr.Next()
		if err != nil {
			break
		}
		var buf bytes.Buffer
		if _, err := buf.ReadFrom(tr); err != nil {
			t.Fatal(err)
		}
		out = append(out, entry{hdr.Name, buf.Bytes()})
	}
	if len(out) != len(bundled) {
		t.Fatalf("bundle has %d entries, want %d", len(out), len(bundled))
	}
	return out
}

// writeEntries packs entries; cut leaves the archive unterminated, as an interrupted download.
func writeEntries(t *testing.T, es []entry, cut bool) []byte {
	t.Helper()
	var buf bytes.Buffer
	tw := tar.NewWriter(&buf)
	for _, e := range es {
		if err := tw.WriteHeader(&tar.Header{Typeflag: tar.TypeReg, Name: e.name, Size: int64(len(e.data)), Mode: 0o644}); err != nil {
			t.Fatal(err)
		}
		if _, err := tw.Write(e.data); err != nil {
			t.Fatal(err)
		}
	}
	if cut {
		return buf.Bytes()
	}
	if err := tw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}
