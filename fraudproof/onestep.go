package fraudproof

import (
	"fmt"
	"math/big"
	"slices"

	"github.com/auspex-labs/auspex/inference"
	"github.com/auspex-labs/auspex/inference/merkle"
	"github.com/auspex-labs/auspex/internal/contracts"
)

// ElementLeaves is what a one-step proof opens for output element j of step i: every input leaf
// the element's semantics read (recorded by running them), with the values from vals (all slots,
// e.g. Trace.Values), sorted by (input position, leaf) as the verifier requires. It also returns the
// element's value by the Go semantics (or their error).
func ElementLeaves(p *inference.Program, i int, j int64, vals [][]int64) ([]contracts.OpenedLeaf, int64, error) {
	var v int64
	leaves, err := recordLeaves(p, i, vals, func(get inference.Getter) error {
		var err error
		v, err = inference.ElementValue(p, &p.Steps[i], j, get)
		return err
	})
	return leaves, v, err
}

// SegmentLeaves is what a partial-sum step opens: the input leaves that terms [from, to) of
// element j read, and the accumulator after term `to` given `start` after term `from`.
func SegmentLeaves(p *inference.Program, i int, j, from, to int64, start *big.Int, vals [][]int64) ([]contracts.OpenedLeaf, *big.Int, error) {
	var sum *big.Int
	leaves, err := recordLeaves(p, i, vals, func(get inference.Getter) error {
		var err error
		sum, err = inference.Accumulate(p, &p.Steps[i], j, from, to, start, get)
		return err
	})
	return leaves, sum, err
}

// BiasLeaves opens element j's bias (if the step has one) and returns its value.
func BiasLeaves(p *inference.Program, i int, j int64, vals [][]int64) ([]contracts.OpenedLeaf, int64, error) {
	var b int64
	leaves, err := recordLeaves(p, i, vals, func(get inference.Getter) error {
		var err error
		b, err = inference.ReductionBias(p, &p.Steps[i], j, get)
		return err
	})
	return leaves, b, err
}

// recordLeaves runs f with a getter over vals that records every input leaf read, and returns
// those leaves sorted by (input position, leaf).
func recordLeaves(p *inference.Program, i int, vals [][]int64, f func(inference.Getter) error) ([]contracts.OpenedLeaf, error) {
	s := &p.Steps[i]
	type key struct {
		input uint8
		leaf  uint64
	}
	seen := map[key]bool{}
	get := func(slot int32, idx int64) (int64, error) {
		data := vals[slot]
		if idx < 0 || idx >= int64(len(data)) {
			return 0, fmt.Errorf("slot %d: index %d out of range", slot, idx)
		}
		// A slot used at several input positions is opened under each of them.
		for k, in := range s.In {
			if in == slot {
				seen[key{uint8(k), uint64(idx / merkle.ElemsPerLeaf)}] = true
			}
		}
		return data[idx], nil
	}
	err := f(get)
	keys := make([]key, 0, len(seen))
	for k := range seen {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b key) int {
		if a.input != b.input {
			return int(a.input) - int(b.input)
		}
		switch {
		case a.leaf < b.leaf:
			return -1
		case a.leaf > b.leaf:
			return 1
		}
		return 0
	})
	leaves := make([]contracts.OpenedLeaf, len(keys))
	for n, k := range keys {
		data := vals[s.In[k.input]]
		l := contracts.OpenedLeaf{Input: k.input, Leaf: k.leaf}
		for e := 0; e < merkle.ElemsPerLeaf; e++ {
			if idx := int(k.leaf)*merkle.ElemsPerLeaf + e; idx < len(data) {
				l.Values[e] = data[idx]
			}
		}
		leaves[n] = l
	}
	return leaves, err
}
