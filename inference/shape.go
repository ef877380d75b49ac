package inference

import "fmt"

// strides are row-major element strides of shape.
func strides(shape []int64) []int64 {
	s := make([]int64, len(shape))
	acc := int64(1)
	for i := len(shape) - 1; i >= 0; i-- {
		s[i] = acc
		acc *= shape[i]
	}
	return s
}

// broadcastShape is the numpy-style broadcast of shapes.
func broadcastShape(shapes ...[]int64) ([]int64, error) {
	rank := 0
	for _, s := range shapes {
		rank = max(rank, len(s))
	}
	out := make([]int64, rank)
	for i := range out {
		out[i] = 1
	}
	for _, s := range shapes {
		off := rank - len(s)
		for i, d := range s {
			switch {
			case out[off+i] == 1:
				out[off+i] = d
			case d != 1 && d != out[off+i]:
				return nil, fmt.Errorf("shapes %v do not broadcast", shapes)
			}
		}
	}
	return out, nil
}

// broadcastStrides gives, for an input of shape in broadcast to out, the input stride of each
// output axis (0 where the input is broadcast).
func broadcastStrides(in, out []int64) []int64 {
	st := strides(in)
	res := make([]int64, len(out))
	off := len(out) - len(in)
	for i := range in {
		if in[i] != 1 {
			res[off+i] = st[i]
		}
	}
	return res
}

// indexer walks an output tensor in row-major order while tracking the matching offset into one
// broadcast input: next() advances both with carries, no division per element.
type indexer struct {
	shape, st, idx []int64
	off            int64
}

func newIndexer(out, st []int64) *indexer {
	return &indexer{shape: out, st: st, idx: make([]int64, len(out))}
}

// seek moves to flat position i of the shape.
func (it *indexer) seek(i int64) {
	unflatten(i, it.shape, it.idx)
	it.off = 0
	for d, x := range it.idx {
		it.off += x * it.st[d]
	}
}

func (it *indexer) next() {
	for d := len(it.shape) - 1; d >= 0; d-- {
		it.idx[d]++
		it.off += it.st[d]
		if it.idx[d] < it.shape[d] {
			return
		}
		it.off -= it.st[d] * it.shape[d]
		it.idx[d] = 0
	}
}

func normAxis(axis int64, rank int) (int, error) {
	if axis < 0 {
		axis += int64(rank)
	}
	if axis < 0 || axis >= int64(rank) {
		return 0, fmt.Errorf("axis %d out of range for rank %d", axis, rank)
	}
	return int(axis), nil
}

func sameShape(a, b []int64) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func unflatten(i int64, shape, idx []int64) {
	for d := len(shape) - 1; d >= 0; d-- {
		idx[d] = i % shape[d]
		i /= shape[d]
	}
}
