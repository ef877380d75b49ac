package store

import (
	"encoding/json"
	"errors"
	"fmt"
	"runtime"
	"runtime/debug"

	bolt "go.etcd.io/bbolt"
)

// ErrDamaged marks a database file that cannot be trusted (errors.Is).
var ErrDamaged = errors.New("store is damaged")

// DamagedError says what is wrong with a database file and how to recover from it.
type DamagedError struct {
	Path string
	What string
}

func (e *DamagedError) Error() string {
	return fmt.Sprintf("store %s is damaged (%s). To recover: stop the process, move the file aside (keep it for "+
		"inspection) and start again with an empty one: the state is rebuilt from the chain from the configured start "+
		"block. Transactions journaled in the damaged file are not resumed: check the account's pending transactions "+
		"first", e.Path, e.What)
}

// Is makes errors.Is(err, ErrDamaged) hold.
func (e *DamagedError) Is(target error) bool { return target == ErrDamaged }

// openChecked opens the database at path and reads all of it once: every page of every bucket, and
// every record that is JSON decoded. A file truncated under bbolt's memory map makes page reads
// fault (SIGBUS) and a page overwritten with garbage makes bbolt panic or a record fail to decode;
// each is turned into a DamagedError here, at start, instead of a crash or a failure at every head
// later. Faults become panics only on this goroutine (debug.SetPanicOnFault), and only while it runs.
func openChecked(path string, opts *bolt.Options) (db *bolt.DB, err error) {
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	defer func() {
		if r := recover(); r != nil {
			if db != nil {
				_ = db.Close()
			}
			what := fmt.Sprint(r)
			if _, ok := r.(runtime.Error); ok {
				what = "reading it faulted, as a file cut short does: " + what
			}
			db, err = nil, &DamagedError{Path: path, What: what}
		}
	}()
	db, err = bolt.Open(path, 0o600, opts)
	if err != nil {
		if errors.Is(err, bolt.ErrInvalid) || errors.Is(err, bolt.ErrChecksum) || errors.Is(err, bolt.ErrVersionMismatch) {
			return nil, &DamagedError{Path: path, What: err.Error()}
		}
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	if err := db.View(scan); err != nil {
		_ = db.Close()
		return nil, &DamagedError{Path: path, What: err.Error()}
	}
	return db, nil
}

// jsonBuckets hold one JSON record per key.
var jsonBuckets = [][]byte{bucketRequests, bucketJournal, bucketDisputes}

// scan reads every key and value of every bucket and decodes every JSON record.
func scan(tx *bolt.Tx) error {
	return tx.ForEach(func(name []byte, b *bolt.Bucket) error {
		decode := false
		for _, j := range jsonBuckets {
			decode = decode || string(j) == string(name)
		}
		return b.ForEach(func(k, v []byte) error {
			if decode && v != nil && !json.Valid(v) {
				return fmt.Errorf("bucket %q, key %x: the record is not valid JSON", name, k)
			}
			return nil
		})
	})
}
