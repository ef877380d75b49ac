package oracle

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

// For every request exactly one of the operators that know each other goes first, each one
// about equally often, and the others wait one turn per operator ranked ahead of them: nobody
// races. An operator that stops proposing, or is slashed, stops delaying the others.
func TestTurnsGiveEveryRequestOneFirstOperator(t *testing.T) {
	ops := []common.Address{common.HexToAddress("0x1"), common.HexToAddress("0x2"), common.HexToAddress("0x3")}
	ts := make([]*turns, len(ops))
	for i, me := range ops {
		ts[i] = newTurns(me, 2)
		for _, o := range ops {
			ts[i].proposed(o, 100)
		}
	}
	first := make([]int, len(ops))
	for r := int64(0); r < 3000; r++ {
		id := common.BigToHash(big.NewInt(r))
		seen := map[uint64]bool{}
		for i := range ops {
			w := ts[i].wait(id, 100)
			if seen[w] || w%2 != 0 || w > 4 {
				t.Fatalf("request %d: waits collide or are off-turn: %d", r, w)
			}
			seen[w] = true
			if w == 0 {
				first[i]++
			}
		}
	}
	for i, n := range first {
		if n < 900 || n > 1100 {
			t.Fatalf("operator %d goes first on %d of 3000 requests", i, n)
		}
	}
	// Operator 3 goes quiet: past the window it no longer counts.
	me := newTurns(ops[0], 2)
	me.proposed(ops[1], 100)
	me.proposed(ops[2], 10)
	for r := int64(0); r < 100; r++ {
		if me.wait(common.BigToHash(big.NewInt(r)), 100+activeWindow) > 2 {
			t.Fatal("a quiet operator still delays this node")
		}
	}
	me.slashed(ops[1])
	for r := int64(0); r < 100; r++ {
		if me.wait(common.BigToHash(big.NewInt(r)), 100+activeWindow) != 0 {
			t.Fatal("a slashed operator still delays this node")
		}
	}
	if newTurns(ops[0], 0).wait(common.Hash{}, 1) != 0 {
		t.Fatal("turns off still waits")
	}
}
