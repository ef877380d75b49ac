package store

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"testing"

	bolt "go.etcd.io/bbolt"
)

// BenchmarkOpen100k is a node's restart with 100,000 requests in its store (each with a 784-byte
// input, as mnist-8's are): Open reads every page and validates every record (damage detection)
// and migrates nothing. go test ./internal/store -bench Open100k -run '^$' -benchtime 3x
func BenchmarkOpen100k(b *testing.B) {
	path := filepath.Join(b.TempDir(), "node.db")
	s, err := Open(path)
	if err != nil {
		b.Fatal(err)
	}
	input := bytes.Repeat([]byte{7}, 784)
	for first := 0; first < 100_000; first += 10_000 {
		err := s.db.Update(func(tx *bolt.Tx) error {
			for i := first; i < first+10_000; i++ {
				r := Request{ID: reqID(i), ModelID: 1, Block: uint64(i), Input: input, Phase: PhaseFinalized}
				v, _ := json.Marshal(r)
				if err := tx.Bucket(bucketRequests).Put(r.ID.Bytes(), v); err != nil {
					return err
				}
				if err := index(tx, r.ID, "", r.Phase); err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil {
			b.Fatal(err)
		}
	}
	s.Close()
	b.ResetTimer()
	for range b.N {
		s, err := Open(path)
		if err != nil {
			b.Fatal(err)
		}
		s.Close()
	}
}

// BenchmarkOpenWork100k is what a head reads from the store with 100,000 ended requests archived
// and ten open: the phase index makes it the ten. go test ./internal/store -bench OpenWork -run '^$'
func BenchmarkOpenWork100k(b *testing.B) {
	s, err := Open(filepath.Join(b.TempDir(), "node.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	fill(b, s, 0, 100_000, PhaseFinalized)
	fill(b, s, 100_000, 10, PhaseNew)
	b.ResetTimer()
	for range b.N {
		if got, err := s.RequestsIn(PhaseNew, PhaseProposed, PhaseAnswered, PhaseSkipped); err != nil || len(got) != 10 {
			b.Fatalf("%d open (%v)", len(got), err)
		}
	}
}
