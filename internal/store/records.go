package store

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	bolt "go.etcd.io/bbolt"
)

// Phase is where the node is with a request. The chain is the truth: the phase only records what
// this node has done, so that it never does it twice.
type Phase string

const (
	PhaseNew       Phase = "new"       // discovered, not yet acted on
	PhaseProposed  Phase = "proposed"  // our proposal (result or error) transaction is out
	PhaseAnswered  Phase = "answered"  // a proposal is on-chain (ours or another operator's)
	PhaseFinalized Phase = "finalized" // terminal
	PhaseRefunded  Phase = "refunded"  // terminal: expired and refunded
	PhaseSkipped   Phase = "skipped"   // not ours to answer (e.g. expired, or a ZK model without keys); a keeper still ends it
)

// Terminal reports whether the request has ended on-chain (finalized or refunded): nothing more
// will happen to it. A skipped request is not terminal: it stays open until someone refunds it.
func (p Phase) Terminal() bool {
	return p == PhaseFinalized || p == PhaseRefunded
}

// ErrEnded is returned for a change to a request that has ended on-chain.
var ErrEnded = errors.New("the request has ended")

// transition is the one rule every phase change of a request obeys, whichever service makes it:
// an ended request (finalized or refunded on-chain) never moves again; an open one may move to any
// phase, because the chain, read at each head, is what decides (a slash reopens an answered
// request, a verifier re-checks a new proposal, a keeper refunds a skipped one).
func transition(from, to Phase) error {
	if from.Terminal() && to != from {
		return fmt.Errorf("%w (%s): not %s", ErrEnded, from, to)
	}
	switch to {
	case PhaseNew, PhaseProposed, PhaseAnswered, PhaseFinalized, PhaseRefunded, PhaseSkipped:
		return nil
	}
	return fmt.Errorf("unknown phase %q", to)
}

// Request is a discovered inference request and what the node has done about it.
type Request struct {
	ID        common.Hash    `json:"id"`
	ModelID   uint64         `json:"model_id"`
	Nonce     uint64         `json:"nonce"`
	Requester common.Address `json:"requester"`
	BatchSize uint16         `json:"batch_size"`
	Deadline  uint64         `json:"deadline"`
	Input     []byte         `json:"input"`
	// Where the request event was seen; re-inclusion after a reorg updates these.
	Block     uint64      `json:"block"`
	BlockHash common.Hash `json:"block_hash"`
	TxHash    common.Hash `json:"tx_hash"`
	LogIndex  uint        `json:"log_index"`

	Phase Phase `json:"phase"`
	// FinalizableAt is when the on-chain proposal's window ends (chain time), once answered.
	FinalizableAt uint64      `json:"finalizable_at,omitempty"`
	ProposalTx    common.Hash `json:"proposal_tx,omitempty"`
	FinalizeTx    common.Hash `json:"finalize_tx,omitempty"`
	// Output (or the error) is what was proposed: ours, kept to defend it in a dispute, or for the
	// verifier the proposal it checks, whose number for the request is Proposal.
	Output    []byte `json:"output,omitempty"`
	IsError   bool   `json:"is_error,omitempty"`
	ErrorCode uint16 `json:"error_code,omitempty"`
	Proposal  uint32 `json:"proposal,omitempty"`
	Note      string `json:"note,omitempty"`
}

// UpsertRequest inserts r, or — when a request with the same id exists — updates only where it
// was seen (a re-inclusion after a reorg), keeping what the node has done. It reports whether the
// request was new.
func (s *Store) UpsertRequest(r Request) (bool, error) {
	created := false
	err := s.db.Update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketRequests)
		if v := b.Get(r.ID.Bytes()); v != nil {
			var old Request
			if err := json.Unmarshal(v, &old); err != nil {
				return fmt.Errorf("decode request %s: %w", r.ID, err)
			}
			if old.BlockHash == r.BlockHash && old.LogIndex == r.LogIndex {
				return nil
			}
			old.Block, old.BlockHash, old.TxHash, old.LogIndex = r.Block, r.BlockHash, r.TxHash, r.LogIndex
			r = old
		} else {
			created = true
			if r.Phase == "" {
				r.Phase = PhaseNew
			}
			if err := index(tx, r.ID, "", r.Phase); err != nil {
				return err
			}
		}
		return putRequest(tx, r)
	})
	return created, err
}

// Request reads one request, with its input.
func (s *Store) Request(id common.Hash) (Request, error) {
	var r Request
	err := s.db.View(func(tx *bolt.Tx) error {
		v := tx.Bucket(bucketRequests).Get(id.Bytes())
		if v == nil {
			return fmt.Errorf("request %s: %w", id, ErrNotFound)
		}
		if err := json.Unmarshal(v, &r); err != nil {
			return fmt.Errorf("decode request %s: %w", id, err)
		}
		if r.Input == nil {
			r.Input = bytes.Clone(tx.Bucket(bucketInputs).Get(id.Bytes()))
		}
		return nil
	})
	return r, err
}

// putRequest writes r's record and, apart, its input (written once: a record is rewritten at
// every step of its request, its input never changes, and the lists each head reads do not need
// it).
func putRequest(tx *bolt.Tx, r Request) error {
	if r.Input != nil {
		if err := tx.Bucket(bucketInputs).Put(r.ID.Bytes(), r.Input); err != nil {
			return err
		}
		r.Input = nil
	}
	v, err := json.Marshal(r)
	if err != nil {
		return err
	}
	if err := tx.Bucket(bucketRequests).Put(r.ID.Bytes(), v); err != nil {
		return err
	}
	// The index entry carries when the request is next due, so a head skips it unread until then.
	return tx.Bucket(bucketPhases).Put(phaseKey(r.Phase, r.ID), u64(r.dueAt()))
}

// dueAt is the chain time before which nothing can happen to the request in its phase: an answered
// one's window end, a skipped one's deadline (when a keeper may refund it); 0 for now.
func (r *Request) dueAt() uint64 {
	switch r.Phase {
	case PhaseAnswered:
		return r.FinalizableAt
	case PhaseSkipped:
		return r.Deadline
	}
	return 0
}

// deleteRequest deletes a request's record and input.
func deleteRequest(tx *bolt.Tx, id []byte) error {
	if err := tx.Bucket(bucketInputs).Delete(id); err != nil {
		return err
	}
	return tx.Bucket(bucketRequests).Delete(id)
}

// UpdateRequest applies fn to a stored request atomically.
func (s *Store) UpdateRequest(id common.Hash, fn func(*Request) error) error {
	return s.db.Update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketRequests)
		v := b.Get(id.Bytes())
		if v == nil {
			return fmt.Errorf("request %s: %w", id, ErrNotFound)
		}
		var r Request
		if err := json.Unmarshal(v, &r); err != nil {
			return fmt.Errorf("decode request %s: %w", id, err)
		}
		was := r.Phase
		if err := fn(&r); err != nil {
			return err
		}
		if err := transition(was, r.Phase); err != nil {
			return fmt.Errorf("request %s: %w", id, err)
		}
		if err := index(tx, id, was, r.Phase); err != nil {
			return err
		}
		r.Input = nil // kept apart, unchanged
		return putRequest(tx, r)
	})
}

// Requests lists the requests for which keep returns true, in id order, without their inputs
// (Request reads one with its input).
func (s *Store) Requests(keep func(*Request) bool) ([]Request, error) {
	var out []Request
	err := s.db.View(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketRequests).ForEach(func(_, v []byte) error {
			var r Request
			if err := json.Unmarshal(v, &r); err != nil {
				return err
			}
			if keep == nil || keep(&r) {
				out = append(out, r)
			}
			return nil
		})
	})
	return out, err
}

// DropRequestsAfter deletes requests first seen in a block after n (they were reorged out) and
// returns their ids. A request that is re-included will be discovered again.
func (s *Store) DropRequestsAfter(n uint64) ([]common.Hash, error) {
	return s.dropRequests(func(r *Request) bool { return r.Block > n })
}

// DropRequestsIn deletes the requests seen in the block with the given hash (a removed log): the
// given ids only (read directly), or every request of the block.
func (s *Store) DropRequestsIn(blockHash common.Hash, ids ...common.Hash) ([]common.Hash, error) {
	if len(ids) > 0 {
		var dropped []common.Hash
		err := s.db.Update(func(tx *bolt.Tx) error {
			for _, id := range ids {
				v := tx.Bucket(bucketRequests).Get(id.Bytes())
				if v == nil {
					continue
				}
				var r Request
				if err := json.Unmarshal(v, &r); err != nil {
					return fmt.Errorf("decode request %s: %w", id, err)
				}
				if r.BlockHash != blockHash {
					continue
				}
				if err := index(tx, id, r.Phase, ""); err != nil {
					return err
				}
				if err := deleteRequest(tx, id.Bytes()); err != nil {
					return err
				}
				dropped = append(dropped, id)
			}
			return nil
		})
		return dropped, err
	}
	return s.dropRequests(func(r *Request) bool {
		if r.BlockHash != blockHash {
			return false
		}
		if len(ids) == 0 {
			return true
		}
		for _, id := range ids {
			if id == r.ID {
				return true
			}
		}
		return false
	})
}

func (s *Store) dropRequests(match func(*Request) bool) ([]common.Hash, error) {
	var dropped []common.Hash
	err := s.db.Update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketRequests)
		var keys [][]byte
		if err := b.ForEach(func(k, v []byte) error {
			var r Request
			if err := json.Unmarshal(v, &r); err != nil {
				return err
			}
			if match(&r) {
				keys = append(keys, bytes.Clone(k))
				dropped = append(dropped, r.ID)
				if err := index(tx, r.ID, r.Phase, ""); err != nil {
					return err
				}
			}
			return nil
		}); err != nil {
			return err
		}
		for _, k := range keys {
			if err := deleteRequest(tx, k); err != nil {
				return err
			}
		}
		return nil
	})
	return dropped, err
}

// JournalEntry is a signed transaction kept until it is confirmed, so that a restarted process
// rebroadcasts it instead of signing a second one for the same purpose.
type JournalEntry struct {
	Key   string   `json:"key"`   // the purpose, e.g. "propose/<requestId>"
	Nonce uint64   `json:"nonce"` //
	Raw   [][]byte `json:"raw"`   // every signed version (fee bumps), oldest first
}

// PutJournal records (or replaces) an entry.
func (s *Store) PutJournal(e JournalEntry) error {
	return s.db.Update(func(tx *bolt.Tx) error {
		v, err := json.Marshal(e)
		if err != nil {
			return err
		}
		return tx.Bucket(bucketJournal).Put([]byte(e.Key), v)
	})
}

// DeleteJournal forgets an entry.
func (s *Store) DeleteJournal(key string) error {
	return s.db.Update(func(tx *bolt.Tx) error { return tx.Bucket(bucketJournal).Delete([]byte(key)) })
}

// Journal lists the entries in key order.
func (s *Store) Journal() ([]JournalEntry, error) {
	var out []JournalEntry
	err := s.db.View(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketJournal).ForEach(func(_, v []byte) error {
			var e JournalEntry
			if err := json.Unmarshal(v, &e); err != nil {
				return err
			}
			out = append(out, e)
			return nil
		})
	})
	return out, err
}

// PutDispute stores a dispute record (the dispute game's players own its shape) under key.
func (s *Store) PutDispute(key common.Hash, v any) error {
	data, err := json.Marshal(v)
	if err != nil {
		return fmt.Errorf("encode dispute %s: %w", key, err)
	}
	return s.db.Update(func(tx *bolt.Tx) error { return tx.Bucket(bucketDisputes).Put(key.Bytes(), data) })
}

// Dispute reads a dispute record into v.
func (s *Store) Dispute(key common.Hash, v any) error {
	return s.db.View(func(tx *bolt.Tx) error {
		data := tx.Bucket(bucketDisputes).Get(key.Bytes())
		if data == nil {
			return fmt.Errorf("dispute %s: %w", key, ErrNotFound)
		}
		return json.Unmarshal(data, v)
	})
}

// Disputes calls fn with every dispute record (key order).
func (s *Store) Disputes(fn func(key common.Hash, data []byte) error) error {
	return s.db.View(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketDisputes).ForEach(func(k, v []byte) error { return fn(common.BytesToHash(k), bytes.Clone(v)) })
	})
}

// DeleteDispute deletes a dispute record: an ended game is the chain's to remember, so the
// records stay as many as the open games.
func (s *Store) DeleteDispute(key common.Hash) error {
	return s.db.Update(func(tx *bolt.Tx) error { return tx.Bucket(bucketDisputes).Delete(key.Bytes()) })
}
