package store

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	bolt "go.etcd.io/bbolt"
)

// The phase index lists every request under its phase (key: phase, 0, id), so that a head
// touches only the requests in the phases it acts on — open work — however many terminal ones
// the store holds. Every write of a request keeps it in step, in the same transaction.
var bucketPhases = []byte("phases")

func phaseKey(p Phase, id common.Hash) []byte {
	return append(append([]byte(p), 0), id.Bytes()...)
}

// index moves request id from phase old ("" when new) to phase now ("" when deleted).
func index(tx *bolt.Tx, id common.Hash, old, now Phase) error {
	if old == now {
		return nil
	}
	b := tx.Bucket(bucketPhases)
	if old != "" {
		if err := b.Delete(phaseKey(old, id)); err != nil {
			return err
		}
	}
	if now != "" && b.Get(phaseKey(now, id)) == nil { // putRequest sets when it is due
		return b.Put(phaseKey(now, id), nil)
	}
	return nil
}

// RequestsIn lists the requests in the given phases, phase by phase, each in id order, without
// their inputs (Request reads one with its input). It reads only those requests (the phase
// index), not the whole store.
func (s *Store) RequestsIn(phases ...Phase) ([]Request, error) {
	return s.RequestsDue(^uint64(0), phases...)
}

// RequestsDue is RequestsIn without the requests not due before chain time now (an answered
// request before its window ends, a skipped one before its deadline): the index says when each is
// due, so those are not even read.
func (s *Store) RequestsDue(now uint64, phases ...Phase) ([]Request, error) {
	var out []Request
	err := s.db.View(func(tx *bolt.Tx) error {
		idx, reqs := tx.Bucket(bucketPhases).Cursor(), tx.Bucket(bucketRequests)
		for _, p := range phases {
			prefix := append([]byte(p), 0)
			for k, due := idx.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, due = idx.Next() {
				if len(due) == 8 && binary.BigEndian.Uint64(due) > now {
					continue
				}
				id := k[len(prefix):]
				v := reqs.Get(id)
				if v == nil {
					return fmt.Errorf("phase index names request %x, which is not stored", id)
				}
				var r Request
				if err := json.Unmarshal(v, &r); err != nil {
					return fmt.Errorf("decode request %x: %w", id, err)
				}
				s.decoded.Add(1)
				out = append(out, r)
			}
		}
		return nil
	})
	return out, err
}

// PruneRequests deletes the requests in the given (terminal) phases first seen before block
// `before`, with their index entries, and reports how many. Terminal records are kept for a while
// for status tooling; past that they only cost disk.
func (s *Store) PruneRequests(before uint64, phases ...Phase) (int, error) {
	n := 0
	err := s.db.Update(func(tx *bolt.Tx) error {
		idx, reqs := tx.Bucket(bucketPhases), tx.Bucket(bucketRequests)
		var gone [][]byte
		for _, p := range phases {
			prefix := append([]byte(p), 0)
			c := idx.Cursor()
			for k, _ := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, _ = c.Next() {
				var r Request
				if err := json.Unmarshal(reqs.Get(k[len(prefix):]), &r); err != nil {
					return fmt.Errorf("decode request %x: %w", k[len(prefix):], err)
				}
				if r.Block < before {
					gone = append(gone, bytes.Clone(k))
				}
			}
			for _, k := range gone {
				if err := idx.Delete(k); err != nil {
					return err
				}
				if err := deleteRequest(tx, k[len(prefix):]); err != nil {
					return err
				}
			}
			n += len(gone)
			gone = gone[:0]
		}
		return nil
	})
	return n, err
}

// migrateToPhaseIndex builds the phase index of a version-1 store (schema 1 → 2).
func migrateToPhaseIndex(tx *bolt.Tx) error {
	reqs := tx.Bucket(bucketRequests)
	return reqs.ForEach(func(k, v []byte) error {
		var r Request
		if err := json.Unmarshal(v, &r); err != nil {
			return fmt.Errorf("decode request %x: %w", k, err)
		}
		return index(tx, common.BytesToHash(k), "", r.Phase)
	})
}

// migrateInputsApart moves every request's input out of its record into the inputs bucket
// (schema 2 → 3).
func migrateInputsApart(tx *bolt.Tx) error {
	reqs := tx.Bucket(bucketRequests)
	var moved []Request
	if err := reqs.ForEach(func(k, v []byte) error {
		var r Request
		if err := json.Unmarshal(v, &r); err != nil {
			return fmt.Errorf("decode request %x: %w", k, err)
		}
		if r.Input != nil {
			moved = append(moved, r)
		}
		return nil
	}); err != nil {
		return err
	}
	for _, r := range moved { // not under the cursor: bbolt forbids writes while iterating
		if err := putRequest(tx, r); err != nil {
			return err
		}
	}
	return nil
}
