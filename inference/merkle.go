package inference

import (
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// merkle is a keccak256 binary Merkle tree over a power-of-two number of 32-byte leaves (missing
// leaves are zero), node = keccak256(left ‖ right). It supports in-place leaf updates, so a trace
// updates its state root per step in O(log n).
type merkle struct {
	levels [][]common.Hash // levels[0] = leaves, last = [root]
}

func newMerkle(leaves []common.Hash) *merkle {
	n := 1
	for n < len(leaves) {
		n *= 2
	}
	l0 := make([]common.Hash, n)
	copy(l0, leaves)
	t := &merkle{levels: [][]common.Hash{l0}}
	h := newHasher()
	for lvl := 0; len(t.levels[lvl]) > 1; lvl++ {
		prev := t.levels[lvl]
		next := make([]common.Hash, len(prev)/2)
		for i := range next {
			// Zero subtrees (padding, ReLU'd activations) have a known root: skip their hashing.
			if prev[2*i] == zeroRoots[lvl] && prev[2*i+1] == zeroRoots[lvl] {
				next[i] = zeroRoots[lvl+1]
				continue
			}
			next[i] = h.pair(prev[2*i], prev[2*i+1])
		}
		t.levels = append(t.levels, next)
	}
	return t
}

// zeroRoots[l] is the root of a subtree of height l whose leaves are all zero.
var zeroRoots = func() (z [65]common.Hash) {
	for l := 1; l < len(z); l++ {
		z[l] = hashPair(z[l-1], z[l-1])
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

func hashPair(a, b common.Hash) common.Hash { return crypto.Keccak256Hash(a[:], b[:]) }

// HashPair is a tree node over two children: keccak256(a ‖ b).
func HashPair(a, b common.Hash) common.Hash { return hashPair(a, b) }

func (t *merkle) root() common.Hash { return t.levels[len(t.levels)-1][0] }

func (t *merkle) set(i int, leaf common.Hash) {
	t.levels[0][i] = leaf
	for l := 1; l < len(t.levels); l++ {
		i /= 2
		t.levels[l][i] = hashPair(t.levels[l-1][2*i], t.levels[l-1][2*i+1])
	}
}

// proof lists the sibling hashes from the leaf up.
func (t *merkle) proof(i int) []common.Hash {
	var p []common.Hash
	for l := 0; l < len(t.levels)-1; l++ {
		p = append(p, t.levels[l][i^1])
		i /= 2
	}
	return p
}

// VerifyMerkle checks that leaf sits at index i under root.
func VerifyMerkle(root, leaf common.Hash, i int64, proof []common.Hash) bool {
	h := leaf
	for _, sib := range proof {
		if i%2 == 0 {
			h = hashPair(h, sib)
		} else {
			h = hashPair(sib, h)
		}
		i /= 2
	}
	return i == 0 && h == root
}

// ElemsPerLeaf int64 values are packed big-endian into each 32-byte leaf of a tensor tree.
const ElemsPerLeaf = 4

// tensorLeaves packs data into leaves.
func tensorLeaves(data []int64) []common.Hash {
	leaves := make([]common.Hash, (len(data)+ElemsPerLeaf-1)/ElemsPerLeaf)
	for i, v := range data {
		l, o := i/ElemsPerLeaf, 8*(i%ElemsPerLeaf)
		for b := 0; b < 8; b++ {
			leaves[l][o+b] = byte(uint64(v) >> (56 - 8*b))
		}
	}
	if len(leaves) == 0 {
		leaves = []common.Hash{{}}
	}
	return leaves
}

// leafValues unpacks one leaf.
func leafValues(h common.Hash) [ElemsPerLeaf]int64 {
	var vs [ElemsPerLeaf]int64
	for k := range vs {
		var u uint64
		for b := 0; b < 8; b++ {
			u = u<<8 | uint64(h[8*k+b])
		}
		vs[k] = int64(u)
	}
	return vs
}

// MerkleRoot is the root of leaves padded with zeros to a power of two (the trace and state trees).
func MerkleRoot(leaves []common.Hash) common.Hash { return newMerkle(leaves).root() }

// MerkleProof is the path of leaf i in that tree.
func MerkleProof(leaves []common.Hash, i int) []common.Hash { return newMerkle(leaves).proof(i) }
