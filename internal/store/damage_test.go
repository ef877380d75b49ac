package store

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

// damagedFile writes a store with enough requests to fill many pages, closes it and returns its
// path and bytes.
func damagedFile(t *testing.T) (string, []byte) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "node.db")
	s := open(t, path)
	for i := range 400 {
		r := Request{ID: common.BigToHash(common.Big1.SetInt64(int64(i + 1))), ModelID: 1, Input: bytes.Repeat([]byte{7}, 784), Block: uint64(i)}
		if _, err := s.UpsertRequest(r); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return path, data
}

// A damaged file is refused at Open with an error that says what is wrong and how to recover —
// never a crash (a truncated file used to kill the process with SIGBUS inside bbolt) and never a
// store that fails at every head later (an overwritten record used to fail every head with
// "invalid character '\t' in string literal"). An empty file in its place starts afresh.
func TestDamagedStoreIsReportedAtOpen(t *testing.T) {
	for _, tc := range []struct {
		name   string
		damage func([]byte) []byte
	}{
		{"a record overwritten", func(b []byte) []byte {
			i := bytes.Index(b, []byte(`"phase":"new"`))
			copy(b[i+9:], "\t\t\t")
			return b
		}},
		{"a page of garbage", func(b []byte) []byte {
			const page = 4096
			for i := 4 * page; i < 5*page && i < len(b); i++ {
				b[i] = byte(i*131 + 7)
			}
			return b
		}},
		{"truncated", func(b []byte) []byte { return b[:len(b)/3] }},
		{"both meta pages overwritten", func(b []byte) []byte {
			for i := 0; i < 2*4096; i++ {
				b[i] = 0xff
			}
			return b
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path, data := damagedFile(t)
			if err := os.WriteFile(path, tc.damage(data), 0o600); err != nil {
				t.Fatal(err)
			}
			s, err := Open(path)
			if err == nil {
				s.Close()
				t.Fatal("a damaged store opened")
			}
			if !errors.Is(err, ErrDamaged) || !strings.Contains(err.Error(), "move the file aside") {
				t.Fatalf("want a DamagedError saying how to recover, got: %v", err)
			}
			t.Log(err)
			// The recovery the error describes: an empty file in its place.
			if err := os.Rename(path, path+".damaged"); err != nil {
				t.Fatal(err)
			}
			open(t, path).Close()
		})
	}
}
