package store

import (
	"bytes"
	"encoding/json"
	"errors"
	"math/big"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	bolt "go.etcd.io/bbolt"
)

func reqID(i int) common.Hash { return common.BigToHash(big.NewInt(int64(i) + 1)) }

// fill writes n requests in phase p (ids from first) in one transaction, as a long-running node's
// history would be.
func fill(t testing.TB, s *Store, first, n int, p Phase) {
	t.Helper()
	err := s.db.Update(func(tx *bolt.Tx) error {
		for i := first; i < first+n; i++ {
			r := Request{ID: reqID(i), ModelID: 1, Block: uint64(i), Phase: p}
			v, _ := json.Marshal(r)
			if err := tx.Bucket(bucketRequests).Put(r.ID.Bytes(), v); err != nil {
				return err
			}
			if err := index(tx, r.ID, "", p); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// A head reads only open work: with 100,000 finalized and refunded records archived and ten open,
// listing the open phases decodes exactly the ten. The index follows every phase change.
func TestHeadReadsOnlyOpenWork(t *testing.T) {
	s := open(t, filepath.Join(t.TempDir(), "node.db"))
	defer s.Close()
	fill(t, s, 0, 60_000, PhaseFinalized)
	fill(t, s, 60_000, 40_000, PhaseRefunded)
	fill(t, s, 100_000, 4, PhaseNew)
	fill(t, s, 100_004, 6, PhaseAnswered)
	open := []Phase{PhaseNew, PhaseProposed, PhaseAnswered, PhaseSkipped}
	before := s.decoded.Load()
	got, err := s.RequestsIn(open...)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 10 || s.decoded.Load()-before != 10 {
		t.Fatalf("%d open requests listed, %d decoded; want 10 and 10", len(got), s.decoded.Load()-before)
	}
	// A phase change moves the request in the index; a terminal one leaves the open set.
	if err := s.UpdateRequest(reqID(100_000), func(r *Request) error { r.Phase = PhaseFinalized; return nil }); err != nil {
		t.Fatal(err)
	}
	if err := s.UpdateRequest(reqID(100_004), func(r *Request) error { r.Phase = PhaseSkipped; return nil }); err != nil {
		t.Fatal(err)
	}
	if got, _ := s.RequestsIn(open...); len(got) != 9 {
		t.Fatalf("%d open after one closed and one moved, want 9", len(got))
	}
	if got, _ := s.RequestsIn(PhaseFinalized); len(got) != 60_001 {
		t.Fatalf("%d finalized, want 60,001", len(got))
	}
	// Pruning terminal records seen before block 50,000 removes them and their index entries.
	n, err := s.PruneRequests(50_000, PhaseFinalized, PhaseRefunded)
	if err != nil || n != 50_000 {
		t.Fatalf("pruned %d (%v), want 50,000", n, err)
	}
	if _, err := s.Request(reqID(10)); err == nil {
		t.Fatal("a pruned request is still stored")
	}
	if got, _ := s.RequestsIn(PhaseFinalized, PhaseRefunded); len(got) != 50_001 {
		t.Fatalf("%d terminal left, want 50,001", len(got))
	}
}

// A version-1 store (no phase index) is migrated at open: the index is built from the records.
func TestMigrationBuildsThePhaseIndex(t *testing.T) {
	path := filepath.Join(t.TempDir(), "node.db")
	s := open(t, path)
	fill(t, s, 0, 5, PhaseFinalized)
	fill(t, s, 5, 3, PhaseNew)
	// Make it what version 1 wrote: no index, schema 1.
	if err := s.db.Update(func(tx *bolt.Tx) error {
		if err := tx.DeleteBucket(bucketPhases); err != nil {
			return err
		}
		return tx.Bucket(bucketMeta).Put(keySchema, u64(1))
	}); err != nil {
		t.Fatal(err)
	}
	s.Close()
	s = open(t, path)
	defer s.Close()
	if v, _ := s.Schema(); v != SchemaVersion {
		t.Fatalf("schema %d after migration", v)
	}
	if got, err := s.RequestsIn(PhaseNew); err != nil || len(got) != 3 {
		t.Fatalf("%d new after migration (%v), want 3", len(got), err)
	}
}

// Inputs are written once, apart from the records a head reads; version-2 stores, which kept them
// inline, are migrated.
func TestInputsKeptApartAndMigrated(t *testing.T) {
	path := filepath.Join(t.TempDir(), "node.db")
	s := open(t, path)
	in := bytes.Repeat([]byte{7}, 3136)
	id := common.HexToHash("0x01")
	if _, err := s.UpsertRequest(Request{ID: id, Input: in, Block: 1}); err != nil {
		t.Fatal(err)
	}
	if err := s.UpdateRequest(id, func(r *Request) error { r.Phase = PhaseAnswered; return nil }); err != nil {
		t.Fatal(err)
	}
	open, _ := s.RequestsIn(PhaseAnswered)
	if len(open) != 1 || open[0].Input != nil {
		t.Fatalf("the head's list carries inputs: %+v", open)
	}
	if r, err := s.Request(id); err != nil || !bytes.Equal(r.Input, in) {
		t.Fatalf("Request lost the input after an update: %v", err)
	}
	// What version 2 wrote: the input inline, no inputs bucket.
	id2 := common.HexToHash("0x02")
	if err := s.db.Update(func(tx *bolt.Tx) error {
		v, _ := json.Marshal(Request{ID: id2, Input: in, Phase: PhaseNew, Block: 2})
		if err := tx.Bucket(bucketRequests).Put(id2.Bytes(), v); err != nil {
			return err
		}
		if err := index(tx, id2, "", PhaseNew); err != nil {
			return err
		}
		return tx.Bucket(bucketMeta).Put(keySchema, u64(2))
	}); err != nil {
		t.Fatal(err)
	}
	s.Close()
	s2, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	if v, _ := s2.Schema(); v != SchemaVersion {
		t.Fatalf("schema %d after migration", v)
	}
	if got, _ := s2.RequestsIn(PhaseNew); len(got) != 1 || got[0].Input != nil {
		t.Fatalf("migrated record still carries its input: %+v", got)
	}
	for _, id := range []common.Hash{id, id2} {
		if r, err := s2.Request(id); err != nil || !bytes.Equal(r.Input, in) {
			t.Fatalf("request %s: input lost (%v)", id, err)
		}
	}
	if n, err := s2.PruneRequests(10, PhaseNew, PhaseAnswered); err != nil || n != 2 {
		t.Fatalf("pruned %d (%v)", n, err)
	}
	if err := s2.db.View(func(tx *bolt.Tx) error {
		if k, _ := tx.Bucket(bucketInputs).Cursor().First(); k != nil {
			t.Errorf("pruning left input %x", k)
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
}

// A head reads only what is due: an answered request waiting for its window, or a skipped one
// before its deadline, is passed over in the index without being read, and read again once due.
func TestHeadReadsOnlyDueWork(t *testing.T) {
	s := open(t, filepath.Join(t.TempDir(), "node.db"))
	defer s.Close()
	for i, r := range []Request{
		{ID: reqID(0), Block: 1},
		{ID: reqID(1), Block: 1},
		{ID: reqID(2), Block: 1},
	} {
		if _, err := s.UpsertRequest(r); err != nil {
			t.Fatal(i, err)
		}
	}
	_ = s.UpdateRequest(reqID(1), func(r *Request) error { r.Phase, r.FinalizableAt = PhaseAnswered, 100; return nil })
	_ = s.UpdateRequest(reqID(2), func(r *Request) error { r.Phase, r.Deadline = PhaseSkipped, 200; return nil })
	open := []Phase{PhaseNew, PhaseAnswered, PhaseSkipped}
	for _, tc := range []struct {
		now  uint64
		want int
	}{{99, 1}, {100, 2}, {199, 2}, {200, 3}} {
		before := s.decoded.Load()
		got, err := s.RequestsDue(tc.now, open...)
		if err != nil || len(got) != tc.want || s.decoded.Load()-before != uint64(tc.want) {
			t.Fatalf("at %d: %d due, %d read (%v); want %d", tc.now, len(got), s.decoded.Load()-before, err, tc.want)
		}
	}
	// A slash reopens the answered one: due at once.
	_ = s.UpdateRequest(reqID(1), func(r *Request) error { r.Phase, r.FinalizableAt = PhaseNew, 0; return nil })
	if got, _ := s.RequestsDue(0, open...); len(got) != 2 {
		t.Fatalf("%d due after the reopening, want 2", len(got))
	}
}

// Every phase change goes through one rule: an ended request never moves again, and nothing moves
// to a phase that does not exist.
func TestEndedRequestsNeverMove(t *testing.T) {
	s := open(t, filepath.Join(t.TempDir(), "node.db"))
	defer s.Close()
	id := reqID(0)
	if _, err := s.UpsertRequest(Request{ID: id, Block: 1}); err != nil {
		t.Fatal(err)
	}
	if err := s.UpdateRequest(id, func(r *Request) error { r.Phase = "bogus"; return nil }); err == nil {
		t.Fatal("moved to an unknown phase")
	}
	for _, p := range []Phase{PhaseProposed, PhaseAnswered, PhaseSkipped, PhaseNew, PhaseFinalized} {
		if err := s.UpdateRequest(id, func(r *Request) error { r.Phase = p; return nil }); err != nil {
			t.Fatalf("open request to %s: %v", p, err)
		}
	}
	for _, p := range []Phase{PhaseNew, PhaseAnswered, PhaseSkipped, PhaseRefunded} {
		if err := s.UpdateRequest(id, func(r *Request) error { r.Phase = p; return nil }); !errors.Is(err, ErrEnded) {
			t.Fatalf("finalized request moved to %s (%v)", p, err)
		}
	}
	if r, _ := s.Request(id); r.Phase != PhaseFinalized {
		t.Fatalf("phase %s", r.Phase)
	}
	if got, _ := s.RequestsIn(PhaseFinalized); len(got) != 1 {
		t.Fatal("the index lost the ended request")
	}
}
