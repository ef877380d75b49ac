package store

import (
	"bytes"
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
				if err := putRequest(tx, r); err != nil {
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

// BenchmarkOpenWorkBusy is a head in the middle of a soak: 100,000 ended requests archived and
// 3,000 answered ones waiting for their windows (50 requests a second over a 60-second window),
// each with mnist-8's 3,136-byte input kept apart from its record, of which the 50 whose window
// ends by now are due. go test ./internal/store -bench OpenWorkBusy -run '^$'
func BenchmarkOpenWorkBusy(b *testing.B) {
	s, err := Open(filepath.Join(b.TempDir(), "node.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	fill(b, s, 0, 100_000, PhaseFinalized)
	input := bytes.Repeat([]byte{7}, 3136)
	if err := s.db.Update(func(tx *bolt.Tx) error {
		for i := 100_000; i < 103_000; i++ {
			r := Request{ID: reqID(i), ModelID: 1, Block: uint64(i), Input: input, Phase: PhaseAnswered, FinalizableAt: uint64(i)}
			if err := putRequest(tx, r); err != nil {
				return err
			}
			if err := index(tx, r.ID, "", r.Phase); err != nil {
				return err
			}
		}
		return nil
	}); err != nil {
		b.Fatal(err)
	}
	b.Run("all-open", func(b *testing.B) {
		for range b.N {
			if got, err := s.RequestsIn(PhaseNew, PhaseProposed, PhaseAnswered, PhaseSkipped); err != nil || len(got) != 3000 {
				b.Fatalf("%d open (%v)", len(got), err)
			}
		}
	})
	b.Run("due", func(b *testing.B) {
		for range b.N {
			if got, err := s.RequestsDue(100_049, PhaseNew, PhaseProposed, PhaseAnswered, PhaseSkipped); err != nil || len(got) != 50 {
				b.Fatalf("%d due (%v)", len(got), err)
			}
		}
	})
}
