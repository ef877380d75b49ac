package store

import (
	"encoding/binary"
	"errors"
	"math/big"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	bolt "go.etcd.io/bbolt"
)

func open(t *testing.T, path string) *Store {
	t.Helper()
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestRequestsAreIdempotentAndSurviveReopen(t *testing.T) {
	path := filepath.Join(t.TempDir(), "node.db")
	s := open(t, path)
	r := Request{ID: common.HexToHash("0x01"), ModelID: 7, Input: []byte{1, 2}, Block: 10, BlockHash: common.HexToHash("0xaa")}
	if created, err := s.UpsertRequest(r); err != nil || !created {
		t.Fatalf("first insert: created=%v err=%v", created, err)
	}
	if err := s.UpdateRequest(r.ID, func(q *Request) error { q.Phase = PhaseProposed; return nil }); err != nil {
		t.Fatal(err)
	}
	// The same log again changes nothing; a re-inclusion elsewhere keeps the phase.
	if created, err := s.UpsertRequest(r); err != nil || created {
		t.Fatalf("second insert: created=%v err=%v", created, err)
	}
	r2 := r
	r2.Block, r2.BlockHash = 12, common.HexToHash("0xbb")
	if _, err := s.UpsertRequest(r2); err != nil {
		t.Fatal(err)
	}
	s.Close()

	s = open(t, path)
	defer s.Close()
	got, err := s.Request(r.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.Phase != PhaseProposed || got.Block != 12 || got.BlockHash != r2.BlockHash || got.ModelID != 7 {
		t.Fatalf("after reopen: %+v", got)
	}
	if _, err := s.Request(common.HexToHash("0x02")); !errors.Is(err, ErrNotFound) {
		t.Fatalf("missing request: %v", err)
	}
}

func TestDropAndCursor(t *testing.T) {
	s := open(t, filepath.Join(t.TempDir(), "node.db"))
	defer s.Close()
	for i := uint64(1); i <= 5; i++ {
		if _, err := s.UpsertRequest(Request{ID: common.BigToHash(new(big.Int).SetUint64(i)), Block: i, BlockHash: common.BigToHash(new(big.Int).SetUint64(100 + i))}); err != nil {
			t.Fatal(err)
		}
		if err := s.Advance(Cursor{Number: i, Hash: common.BigToHash(new(big.Int).SetUint64(100 + i))}, 3); err != nil {
			t.Fatal(err)
		}
	}
	if _, ok, _ := s.BlockHash(1); ok {
		t.Fatal("hash of block 1 kept beyond the window")
	}
	if h, ok, _ := s.BlockHash(4); !ok || h != common.BigToHash(new(big.Int).SetUint64(104)) {
		t.Fatal("hash of block 4 lost")
	}
	dropped, err := s.DropRequestsAfter(3)
	if err != nil || len(dropped) != 2 {
		t.Fatalf("dropped %v, %v", dropped, err)
	}
	if err := s.Rewind(Cursor{Number: 3, Hash: common.BigToHash(new(big.Int).SetUint64(103))}); err != nil {
		t.Fatal(err)
	}
	if _, ok, _ := s.BlockHash(4); ok {
		t.Fatal("hash of an orphaned block kept")
	}
	c, ok, err := s.Cursor()
	if err != nil || !ok || c.Number != 3 {
		t.Fatalf("cursor %+v %v %v", c, ok, err)
	}
	left, _ := s.Requests(nil)
	if len(left) != 3 {
		t.Fatalf("%d requests left", len(left))
	}
	if d, _ := s.DropRequestsIn(common.BigToHash(new(big.Int).SetUint64(102))); len(d) != 1 {
		t.Fatalf("drop by block hash: %v", d)
	}
}

func TestJournalAndDisputes(t *testing.T) {
	s := open(t, filepath.Join(t.TempDir(), "node.db"))
	defer s.Close()
	if err := s.PutJournal(JournalEntry{Key: "propose/1", Nonce: 4, Raw: [][]byte{{1}, {2}}}); err != nil {
		t.Fatal(err)
	}
	j, _ := s.Journal()
	if len(j) != 1 || j[0].Nonce != 4 || len(j[0].Raw) != 2 {
		t.Fatalf("journal %+v", j)
	}
	if err := s.DeleteJournal("propose/1"); err != nil {
		t.Fatal(err)
	}
	if j, _ := s.Journal(); len(j) != 0 {
		t.Fatal("journal entry not deleted")
	}
	type game struct{ Round int }
	if err := s.PutDispute(common.HexToHash("0x9"), game{Round: 3}); err != nil {
		t.Fatal(err)
	}
	var g game
	if err := s.Dispute(common.HexToHash("0x9"), &g); err != nil || g.Round != 3 {
		t.Fatalf("dispute %+v %v", g, err)
	}
}

func TestNewerSchemaRefused(t *testing.T) {
	path := filepath.Join(t.TempDir(), "node.db")
	s := open(t, path)
	if v, _ := s.Schema(); v != SchemaVersion {
		t.Fatalf("schema %d", v)
	}
	s.db.Update(func(tx *bolt.Tx) error {
		var b [8]byte
		binary.BigEndian.PutUint64(b[:], SchemaVersion+1)
		return tx.Bucket(bucketMeta).Put(keySchema, b[:])
	})
	s.Close()
	if _, err := Open(path); err == nil {
		t.Fatal("opened a database of a newer schema")
	}
}
