package zk

import (
	"slices"

	"github.com/auspex-labs/auspex/inference"
)

// poolFirst is the program the circuit is built from: p with every ReLU whose only reader is a
// MaxPool moved after that pool. ReLU is monotone, so relu(max(S)) = max(relu(S)) for every
// non-empty window S: the outputs are the engine's exactly, while the ReLU's sign checks shrink
// to one per pooled element (mnist-8: 1,824 instead of 9,408). p is not changed; the result shares
// p's constants and tables.
func poolFirst(p *inference.Program) *inference.Program {
	readers := readersOf(p)
	var q *inference.Program
	for i := range p.Steps {
		relu := &p.Steps[i]
		if relu.Op != inference.OpRelu || len(readers[relu.Out]) != 1 || readers[relu.Out][0] < 0 {
			continue
		}
		pool := &p.Steps[readers[relu.Out][0]]
		x, y := &p.Values[relu.In[0]], &p.Values[relu.Out]
		if pool.Op != inference.OpMaxPool || len(pool.In) != 1 || x.Scale != y.Scale || x.Int != y.Int || !slices.Equal(x.Shape, y.Shape) {
			continue
		}
		if q == nil {
			q = &inference.Program{}
			*q = *p
			q.Values = slices.Clone(p.Values)
			q.Steps = slices.Clone(p.Steps)
		}
		// The pool now reads the ReLU's input and writes the slot the ReLU wrote, reshaped to the
		// pool's output; the ReLU reads it and writes the pool's old output. Step order is kept:
		// the pool comes right where the ReLU was, and nothing else reads the slot between.
		mid, out := relu.Out, pool.Out
		q.Values[mid].Shape = slices.Clone(p.Values[out].Shape)
		q.Steps[i] = inference.Step{Op: inference.OpMaxPool, In: []int32{relu.In[0]}, Out: mid, Args: pool.Args, Node: pool.Node}
		q.Steps[readers[relu.Out][0]] = inference.Step{Op: inference.OpRelu, In: []int32{mid}, Out: out, Args: relu.Args, Node: relu.Node}
	}
	if q == nil {
		return p
	}
	return q
}

// readersOf lists the steps reading each slot, in order; a program output is read by -1.
func readersOf(p *inference.Program) [][]int {
	readers := make([][]int, len(p.Values))
	for i, s := range p.Steps {
		for _, in := range s.In {
			readers[in] = append(readers[in], i)
		}
	}
	for _, id := range p.Outputs {
		readers[id] = append(readers[id], -1)
	}
	return readers
}
