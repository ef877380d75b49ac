package merkle

import (
	"math/rand/v2"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// naiveRoot hashes every node, zero subtrees included: what the contracts compute.
func naiveRoot(leaves []common.Hash) common.Hash {
	n := 1
	for n < len(leaves) {
		n *= 2
	}
	lvl := make([]common.Hash, n)
	copy(lvl, leaves)
	for len(lvl) > 1 {
		next := make([]common.Hash, len(lvl)/2)
		for i := range next {
			next[i] = crypto.Keccak256Hash(lvl[2*i][:], lvl[2*i+1][:])
		}
		lvl = next
	}
	return lvl[0]
}

func randLeaves(rng *rand.Rand, n int, zeroFrac float64) []common.Hash {
	ls := make([]common.Hash, n)
	for i := range ls {
		if rng.Float64() < zeroFrac {
			continue
		}
		for b := range ls[i] {
			ls[i][b] = byte(rng.IntN(256))
		}
	}
	return ls
}

// The zero-subtree shortcut and Set give the roots plain hashing gives; every proof verifies at its
// own index only, and a proof one level short or long (an internal node passed as a leaf, a leaf
// passed as a node's child) never verifies.
func TestTreeAgainstPlainHashing(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for _, n := range []int{1, 2, 3, 5, 8, 13, 64, 100} {
		for _, zf := range []float64{0, 0.5, 0.95} {
			ls := randLeaves(rng, n, zf)
			tr := New(ls)
			if got, want := tr.Root(), naiveRoot(ls); got != want {
				t.Fatalf("n=%d: root %s, plain hashing %s", n, got, want)
			}
			for i := range ls {
				pr := tr.Proof(i)
				if !Verify(tr.Root(), ls[i], int64(i), pr) {
					t.Fatalf("n=%d: proof of leaf %d does not verify", n, i)
				}
				if i^1 < n && ls[i] != ls[i^1] && Verify(tr.Root(), ls[i], int64(i^1), pr) {
					t.Fatalf("n=%d: proof of leaf %d verifies at %d", n, i, i^1)
				}
				if len(pr) > 0 {
					// A node one level up verifies with the rest of the path: the proof's length
					// is the height, which every caller (the contracts too) must fix. At the full
					// height no internal node passes as a leaf.
					parent := tr.Level(1)[i/2]
					if !Verify(tr.Root(), parent, int64(i/2), pr[1:]) {
						t.Fatalf("n=%d: parent of %d does not verify one level up", n, i)
					}
					if Verify(tr.Root(), parent, int64(i/2), append([]common.Hash{{}}, pr[1:]...)) {
						t.Fatalf("n=%d: internal node accepted as a leaf at full height", n)
					}
					if Verify(tr.Root(), ls[i], int64(i)+int64(1)<<len(pr), pr) {
						t.Fatalf("n=%d: an index beyond the tree verifies", n)
					}
				}
				if Verify(tr.Root(), ls[i], int64(i), append(pr, common.Hash{})) {
					t.Fatalf("n=%d: a proof one level too long verifies", n)
				}
			}
			j := rng.IntN(n)
			leaf := randLeaves(rng, 1, 0)[0]
			tr.Set(j, leaf)
			ls[j] = leaf
			if got, want := tr.Root(), naiveRoot(ls); got != want {
				t.Fatalf("n=%d: root after Set %s, plain hashing %s", n, got, want)
			}
		}
	}
}

// Tensor leaves pack four int64 big-endian and unpack to the same values; an empty tensor has one
// zero leaf.
func TestTensorLeaves(t *testing.T) {
	data := []int64{1, -1, 1 << 62, -(1 << 62), 7}
	ls := TensorLeaves(data)
	if len(ls) != 2 {
		t.Fatalf("%d leaves for 5 values", len(ls))
	}
	if got := LeafValues(ls[0]); got != [ElemsPerLeaf]int64{1, -1, 1 << 62, -(1 << 62)} {
		t.Fatalf("leaf 0 unpacks to %v", got)
	}
	if got := LeafValues(ls[1]); got != [ElemsPerLeaf]int64{7, 0, 0, 0} {
		t.Fatalf("leaf 1 unpacks to %v", got)
	}
	if ls[0][7] != 1 || ls[0][8] != 0xff {
		t.Fatalf("not big-endian: %x", ls[0])
	}
	if e := TensorLeaves(nil); len(e) != 1 || e[0] != (common.Hash{}) {
		t.Fatalf("empty tensor: %v", e)
	}
	if Tensor(data).Root() != Root(ls) {
		t.Fatal("Tensor and Root disagree")
	}
}

// The vector path hashes eight pairs to what keccak256 gives each (skipped, with a note, when
// this build or CPU has none).
func TestPairs8MatchesKeccak(t *testing.T) {
	if !hasPairs8 {
		t.Skip("no vector hashing in this build (GOEXPERIMENT=simd on an AVX-512 CPU has one)")
	}
	rng := rand.New(rand.NewPCG(8, 8))
	for range 200 {
		var a, b, out [8]common.Hash
		for k := range a {
			a[k], b[k] = randLeaves(rng, 1, 0.1)[0], randLeaves(rng, 1, 0.1)[0]
		}
		hashPairs8(&out, &a, &b)
		for k := range out {
			if want := crypto.Keccak256Hash(a[k][:], b[k][:]); out[k] != want {
				t.Fatalf("lane %d: %s, keccak256 %s", k, out[k], want)
			}
		}
	}
}

// BenchmarkTensorTree: the tree over a 64k-element tensor of non-zero values, the trace's
// per-slot work (go test ./inference/merkle -bench TensorTree; GOEXPERIMENT=simd for the vector path).
func BenchmarkTensorTree(b *testing.B) {
	data := make([]int64, 1<<16)
	for i := range data {
		data[i] = int64(i)*2654435761 + 1
	}
	b.SetBytes(int64(8 * len(data)))
	for range b.N {
		Tensor(data)
	}
}
