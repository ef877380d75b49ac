// Package store is the embedded database of the node and the verifier: the requests they have
// discovered, the proposals and disputes they act on, the watcher's cursor and recent block hashes,
// and the journal of signed transactions not yet confirmed.
//
// It uses bbolt (go.etcd.io/bbolt): a single-file, pure-Go B+tree with serializable read-write
// transactions and fsync on commit. Our access is a small key-value working set written by one
// process, where bbolt's one-writer model costs nothing and its crash safety (copy-on-write pages,
// no recovery step) is what a node killed mid-flight needs. Pebble (already linked through
// go-ethereum) is an LSM built for write-heavy workloads and brings background compactions and
// a WAL to tune; a pure-Go SQLite would bring SQL we do not need. Records are JSON: readable with
// `bbolt` tooling, and the schema version guards changes.
package store

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"
	bolt "go.etcd.io/bbolt"
)

// SchemaVersion is the layout this code reads and writes. Open refuses a database written by a
// newer version and upgrades older ones: 2 added the phase index (index.go), 3 keeps inputs apart
// from the records (records.go).
const SchemaVersion = 3

var (
	bucketMeta     = []byte("meta")
	bucketRequests = []byte("requests")
	bucketHeaders  = []byte("headers")
	bucketJournal  = []byte("journal")
	bucketDisputes = []byte("disputes")
	bucketInputs   = []byte("inputs")

	keySchema = []byte("schema")
	keyCursor = []byte("cursor")
)

// ErrNotFound is returned for a missing record.
var ErrNotFound = errors.New("not found")

// Store is an open database. Its methods are safe for concurrent use.
type Store struct {
	db *bolt.DB
	// decoded counts requests decoded by RequestsIn (tests check that a head reads only open work).
	decoded atomic.Uint64
}

// Open opens (creating if needed) the database at path. It reads the whole file once first: a
// damaged file is refused with a DamagedError (ErrDamaged) that says how to recover.
func Open(path string) (*Store, error) {
	db, err := openChecked(path, &bolt.Options{Timeout: 5 * time.Second})
	if err != nil {
		return nil, err
	}
	s := &Store{db: db}
	if err := s.init(); err != nil {
		db.Close()
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	return s, nil
}

func (s *Store) init() error {
	return s.db.Update(func(tx *bolt.Tx) error {
		for _, b := range [][]byte{bucketMeta, bucketRequests, bucketHeaders, bucketJournal, bucketDisputes, bucketPhases, bucketInputs} {
			if _, err := tx.CreateBucketIfNotExists(b); err != nil {
				return err
			}
		}
		meta := tx.Bucket(bucketMeta)
		v := meta.Get(keySchema)
		if v == nil {
			return meta.Put(keySchema, u64(SchemaVersion))
		}
		got := binary.BigEndian.Uint64(v)
		if got > SchemaVersion {
			return fmt.Errorf("schema version %d is newer than this binary's %d", got, SchemaVersion)
		}
		if got < 2 {
			if err := migrateToPhaseIndex(tx); err != nil {
				return fmt.Errorf("migrate schema %d → 2: %w", got, err)
			}
		}
		if got < 3 {
			if err := migrateInputsApart(tx); err != nil {
				return fmt.Errorf("migrate schema %d → 3: %w", got, err)
			}
		}
		if got < SchemaVersion {
			return meta.Put(keySchema, u64(SchemaVersion))
		}
		return nil
	})
}

// Close closes the database.
func (s *Store) Close() error { return s.db.Close() }

// Schema reads the stored schema version.
func (s *Store) Schema() (uint64, error) {
	var v uint64
	err := s.db.View(func(tx *bolt.Tx) error {
		v = binary.BigEndian.Uint64(tx.Bucket(bucketMeta).Get(keySchema))
		return nil
	})
	return v, err
}

// Cursor is the last block the watcher has fully processed.
type Cursor struct {
	Number uint64      `json:"number"`
	Hash   common.Hash `json:"hash"`
}

// Cursor reads the watcher's cursor; ok is false before the first block.
func (s *Store) Cursor() (c Cursor, ok bool, err error) {
	err = s.db.View(func(tx *bolt.Tx) error {
		v := tx.Bucket(bucketMeta).Get(keyCursor)
		if v == nil {
			return nil
		}
		ok = true
		return json.Unmarshal(v, &c)
	})
	return c, ok, err
}

// Advance records that block c has been processed, remembering its hash for reorg detection and
// forgetting hashes older than keep blocks.
func (s *Store) Advance(c Cursor, keep uint64) error {
	return s.db.Update(func(tx *bolt.Tx) error {
		v, _ := json.Marshal(c)
		if err := tx.Bucket(bucketMeta).Put(keyCursor, v); err != nil {
			return err
		}
		h := tx.Bucket(bucketHeaders)
		if err := h.Put(u64(c.Number), c.Hash.Bytes()); err != nil {
			return err
		}
		if c.Number <= keep {
			return nil
		}
		var old [][]byte
		cur := h.Cursor()
		for k, _ := cur.First(); k != nil && binary.BigEndian.Uint64(k) < c.Number-keep; k, _ = cur.Next() {
			old = append(old, append([]byte(nil), k...))
		}
		return deleteKeys(h, old)
	})
}

// BlockHash returns the remembered hash of block n.
func (s *Store) BlockHash(n uint64) (common.Hash, bool, error) {
	var h common.Hash
	var ok bool
	err := s.db.View(func(tx *bolt.Tx) error {
		if v := tx.Bucket(bucketHeaders).Get(u64(n)); v != nil {
			h, ok = common.BytesToHash(v), true
		}
		return nil
	})
	return h, ok, err
}

// Rewind moves the cursor back to the common ancestor c after a reorg and forgets the hashes of
// the blocks after it.
func (s *Store) Rewind(c Cursor) error {
	return s.db.Update(func(tx *bolt.Tx) error {
		v, _ := json.Marshal(c)
		if err := tx.Bucket(bucketMeta).Put(keyCursor, v); err != nil {
			return err
		}
		h := tx.Bucket(bucketHeaders)
		var later [][]byte
		cur := h.Cursor()
		for k, _ := cur.Seek(u64(c.Number + 1)); k != nil; k, _ = cur.Next() {
			later = append(later, append([]byte(nil), k...))
		}
		return deleteKeys(h, later)
	})
}

func u64(v uint64) []byte {
	var b [8]byte
	binary.BigEndian.PutUint64(b[:], v)
	return b[:]
}

// deleteKeys deletes collected keys: deleting under a live bbolt cursor skips entries.
func deleteKeys(b *bolt.Bucket, keys [][]byte) error {
	for _, k := range keys {
		if err := b.Delete(k); err != nil {
			return err
		}
	}
	return nil
}
