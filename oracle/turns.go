package oracle

import (
	"bytes"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// turns decides when this node may propose for a request when several operators serve one
// oracle. Racing is what costs: two proposals in one block both pass the pre-send check (the gas
// estimate) and the second reverts, paying gas, on every request, for every operator but the
// winner. So each request gets an order of the active operators, by keccak256(requestId ‖
// operator) — the same order on every node, different per request, so the work and the fees
// spread evenly and nobody can pick a rank — and the operator ranked k proposes only once k turns
// (Config.TurnBlocks blocks each) have passed without a proposal; before it sends, it reads the
// request, so a proposal that has landed stops it for free. Active operators are those that
// proposed within the last activeWindow blocks (learned from ResultProposed and ErrorProposed),
// so a stopped or slashed operator drops out and costs nobody latency for long. A node that
// joins, or restarts, knows nobody yet and goes first on everything until it sees proposals: a
// few collisions, then the order settles. Chainlink's OCR elects a leader per round instead,
// which needs the operators to talk to each other; an order from the chain alone needs nothing
// but the logs every node already reads.
type turns struct {
	me    common.Address
	every uint64 // blocks per turn; 0: no turns (race)

	mu   sync.Mutex
	seen map[common.Address]uint64 // operator → block of its last proposal
}

// activeWindow is how long (in blocks) an operator counts as active after its last proposal.
const activeWindow = 512

func newTurns(me common.Address, every uint64) *turns {
	return &turns{me: me, every: every, seen: map[common.Address]uint64{}}
}

// proposed records an operator's proposal at block.
func (t *turns) proposed(op common.Address, block uint64) {
	if op == t.me {
		return
	}
	t.mu.Lock()
	if block > t.seen[op] {
		t.seen[op] = block
	}
	t.mu.Unlock()
}

// slashed drops an operator whose proposal was slashed until it proposes again.
func (t *turns) slashed(op common.Address) {
	t.mu.Lock()
	delete(t.seen, op)
	t.mu.Unlock()
}

// wait is how many blocks after a request becomes answerable this node waits for it at head.
func (t *turns) wait(id common.Hash, head uint64) uint64 {
	if t.every == 0 {
		return 0
	}
	mine := crypto.Keccak256(id.Bytes(), t.me.Bytes())
	rank := uint64(0)
	t.mu.Lock()
	defer t.mu.Unlock()
	for op, at := range t.seen { // a count: the iteration order does not matter
		if at+activeWindow < head {
			delete(t.seen, op)
			continue
		}
		if bytes.Compare(crypto.Keccak256(id.Bytes(), op.Bytes()), mine) < 0 {
			rank++
		}
	}
	return rank * t.every
}
