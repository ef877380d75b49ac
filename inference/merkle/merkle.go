// Package merkle is the commitment every Auspex proof opens: a keccak256 binary Merkle tree over a
// power-of-two number of 32-byte leaves (missing leaves are zero, node = keccak256(left ‖ right)),
// and the packing of a tensor's int64 elements into leaves. The one-step verifier
// (contracts/src/OneStepVerifier.sol) and the circuits hash the same way.
package merkle

import (
	"encoding/binary"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// ElemsPerLeaf int64 values are packed big-endian into each 32-byte leaf of a tensor tree.
const ElemsPerLeaf = 4

// Tree keeps every level, so proofs and in-place leaf updates cost O(log n): a trace updates its
// state root per step with Set.
type Tree struct {
	levels [][]common.Hash // levels[0] = leaves, last = [root]
}

// New builds the tree over leaves, padded with zero leaves to a power of two.
func New(leaves []common.Hash) *Tree {
	n := 1
	for n < len(leaves) {
		n *= 2
	}
	l0 := make([]common.Hash, n)
	copy(l0, leaves)
	t := &Tree{levels: [][]common.Hash{l0}}
	h := newHasher()
	for lvl := 0; len(t.levels[lvl]) > 1; lvl++ {
		t.levels = append(t.levels, h.level(t.levels[lvl], lvl))
	}
	return t
}

// level hashes the nodes above prev, a level at height lvl. Zero subtrees (padding, ReLU'd
// activations) have a known root and are not hashed; the others go eight at a time through the
// vector path when there is one.
func (h *hasher) level(prev []common.Hash, lvl int) []common.Hash {
	next := make([]common.Hash, len(prev)/2)
	var batch [8]int
	var a, b, out [8]common.Hash
	n := 0
	for i := range next {
		if prev[2*i] == zeroRoots[lvl] && prev[2*i+1] == zeroRoots[lvl] {
			next[i] = zeroRoots[lvl+1]
			continue
		}
		if !hasPairs8 {
			next[i] = h.pair(prev[2*i], prev[2*i+1])
			continue
		}
		batch[n], a[n], b[n] = i, prev[2*i], prev[2*i+1]
		if n++; n == 8 {
			hashPairs8(&out, &a, &b)
			for k, j := range batch {
				next[j] = out[k]
			}
			n = 0
		}
	}
	for k := 0; k < n; k++ {
		next[batch[k]] = h.pair(a[k], b[k])
	}
	return next
}

// zeroRoots[l] is the root of a subtree of height l whose leaves are all zero.
var zeroRoots = func() (z [65]common.Hash) {
	for l := 1; l < len(z); l++ {
		z[l] = HashPair(z[l-1], z[l-1])
	}
	return z
}()

// hasher reuses one keccak state (Keccak256Hash allocates one per call, which dominated commits).
type hasher struct {
	st  crypto.KeccakState
	buf [64]byte
}

func newHasher() *hasher { return &hasher{st: crypto.NewKeccakState()} }

func (h *hasher) pair(a, b common.Hash) (out common.Hash) {
	h.st.Reset()
	copy(h.buf[:32], a[:])
	copy(h.buf[32:], b[:])
	h.st.Write(h.buf[:])
	h.st.Read(out[:])
	return out
}

// HashPair is a tree node over two children: keccak256(a ‖ b).
func HashPair(a, b common.Hash) common.Hash { return crypto.Keccak256Hash(a[:], b[:]) }

// Root is the tree's root.
func (t *Tree) Root() common.Hash { return t.levels[len(t.levels)-1][0] }

// Height is the number of levels above the leaves (0: a single leaf).
func (t *Tree) Height() int { return len(t.levels) - 1 }

// Level is the tree's nodes at a level (0: the leaves). The caller must not modify it.
func (t *Tree) Level(l int) []common.Hash { return t.levels[l] }

// Set replaces leaf i and rehashes its path.
func (t *Tree) Set(i int, leaf common.Hash) {
	t.levels[0][i] = leaf
	for l := 1; l < len(t.levels); l++ {
		i /= 2
		t.levels[l][i] = HashPair(t.levels[l-1][2*i], t.levels[l-1][2*i+1])
	}
}

// Proof lists the sibling hashes from leaf i up.
func (t *Tree) Proof(i int) []common.Hash {
	var p []common.Hash
	for l := 0; l < len(t.levels)-1; l++ {
		p = append(p, t.levels[l][i^1])
		i /= 2
	}
	return p
}

// Verify checks that leaf sits at index i under root.
func Verify(root, leaf common.Hash, i int64, proof []common.Hash) bool {
	h := leaf
	for _, sib := range proof {
		if i%2 == 0 {
			h = HashPair(h, sib)
		} else {
			h = HashPair(sib, h)
		}
		i /= 2
	}
	return i == 0 && h == root
}

// Root is the root of leaves padded with zeros to a power of two (the trace and state trees).
func Root(leaves []common.Hash) common.Hash { return New(leaves).Root() }

// Proof is the path of leaf i in that tree.
func Proof(leaves []common.Hash, i int) []common.Hash { return New(leaves).Proof(i) }

// TensorLeaves packs a tensor's elements into leaves (one zero leaf for an empty tensor).
func TensorLeaves(data []int64) []common.Hash {
	leaves := make([]common.Hash, (len(data)+ElemsPerLeaf-1)/ElemsPerLeaf)
	for i, v := range data {
		binary.BigEndian.PutUint64(leaves[i/ElemsPerLeaf][8*(i%ElemsPerLeaf):], uint64(v))
	}
	if len(leaves) == 0 {
		leaves = []common.Hash{{}}
	}
	return leaves
}

// Tensor is the tree over a tensor's packed elements.
func Tensor(data []int64) *Tree { return New(TensorLeaves(data)) }

// LeafValues unpacks one leaf.
func LeafValues(h common.Hash) [ElemsPerLeaf]int64 {
	var vs [ElemsPerLeaf]int64
	for k := range vs {
		vs[k] = int64(binary.BigEndian.Uint64(h[8*k:]))
	}
	return vs
}
