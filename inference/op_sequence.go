package inference

import (
	"fmt"

	"github.com/auspex-labs/auspex/inference/onnx"
)

// Sequences are compile-time lists of tensors: a sequence value is a placeholder (an empty
// constant, pruned unless read) whose elements the compiler keeps in c.seqs; the Sequence* ops
// edit the list at compile time (positions must be constants) and emit no step. Graph inputs and
// outputs of sequence type are not supported (the decoder refuses them).

// newSeq binds a sequence of the given tensors.
func (c *compiler) newSeq(ids []int32) int32 {
	id := c.add(Value{Int: true, DType: dtInt64, Shape: []int64{0}, Const: []int64{}})
	if c.seqs == nil {
		c.seqs = map[int32][]int32{}
	}
	c.seqs[id] = append([]int32{}, ids...)
	return id
}

// seqIn reads input i of n as a sequence.
func (c *compiler) seqIn(n *onnx.Node, i int) ([]int32, error) {
	id, err := c.in(n, i)
	if err != nil {
		return nil, err
	}
	s, ok := c.seqs[id]
	if !ok {
		return nil, fmt.Errorf("input %d is not a sequence", i)
	}
	return s, nil
}

// seqPos reads optional input i as a position in a sequence of length l (insert: up to l);
// def when absent.
func (c *compiler) seqPos(n *onnx.Node, i int, l int, insert bool, def int) (int, error) {
	if !c.has(n, i) {
		return def, nil
	}
	p, err := c.constScalarInt(n, i)
	if err != nil {
		return 0, err
	}
	hi := int64(l)
	if !insert {
		hi--
	}
	if p < 0 {
		p += int64(l)
	}
	if p < 0 || p > hi {
		return 0, fmt.Errorf("position %d in a sequence of %d", p, l)
	}
	return int(p), nil
}

func lowerSequenceEmpty(c *compiler, n *onnx.Node) error {
	c.bind(n, 0, c.newSeq(nil))
	return nil
}

func lowerSequenceConstruct(c *compiler, n *onnx.Node) error {
	ids := make([]int32, len(n.Inputs))
	for i := range n.Inputs {
		id, err := c.in(n, i)
		if err != nil {
			return err
		}
		ids[i] = id
	}
	c.bind(n, 0, c.newSeq(ids))
	return nil
}

func lowerSequenceInsert(c *compiler, n *onnx.Node) error {
	s, err := c.seqIn(n, 0)
	if err != nil {
		return err
	}
	t, err := c.in(n, 1)
	if err != nil {
		return err
	}
	p, err := c.seqPos(n, 2, len(s), true, len(s))
	if err != nil {
		return err
	}
	out := append(append(append([]int32{}, s[:p]...), t), s[p:]...)
	c.bind(n, 0, c.newSeq(out))
	return nil
}

func lowerSequenceErase(c *compiler, n *onnx.Node) error {
	s, err := c.seqIn(n, 0)
	if err != nil {
		return err
	}
	if len(s) == 0 {
		return fmt.Errorf("erase from an empty sequence")
	}
	p, err := c.seqPos(n, 1, len(s), false, len(s)-1)
	if err != nil {
		return err
	}
	c.bind(n, 0, c.newSeq(append(append([]int32{}, s[:p]...), s[p+1:]...)))
	return nil
}

func lowerSequenceAt(c *compiler, n *onnx.Node) error {
	s, err := c.seqIn(n, 0)
	if err != nil {
		return err
	}
	if !c.has(n, 1) {
		return fmt.Errorf("position missing")
	}
	p, err := c.seqPos(n, 1, len(s), false, 0)
	if err != nil {
		return err
	}
	c.bind(n, 0, s[p])
	return nil
}

func lowerSequenceLength(c *compiler, n *onnx.Node) error {
	s, err := c.seqIn(n, 0)
	if err != nil {
		return err
	}
	c.bind(n, 0, c.constInt(dtInt64, []int64{}, []int64{int64(len(s))}))
	return nil
}

// lowerConcatFromSequence: Concat of the elements (each first given a new axis of 1 with
// new_axis = 1).
func lowerConcatFromSequence(c *compiler, n *onnx.Node) error {
	s, err := c.seqIn(n, 0)
	if err != nil {
		return err
	}
	if len(s) == 0 {
		return fmt.Errorf("concatenation of an empty sequence")
	}
	axis := attrInt(n, "axis", 0)
	ids := append([]int32{}, s...)
	if attrInt(n, "new_axis", 0) == 1 {
		r := int64(len(c.v(ids[0]).Shape)) + 1
		if axis < 0 {
			axis += r
		}
		if axis < 0 || axis >= r {
			return fmt.Errorf("axis %d for rank %d", attrInt(n, "axis", 0), r)
		}
		for i, id := range ids {
			sh := c.v(id).Shape
			ns := append(append(append([]int64{}, sh[:axis]...), 1), sh[axis:]...)
			if ids[i], err = c.reshapeTo(n, id, ns); err != nil {
				return err
			}
		}
	}
	return c.bindTo(n)(c.apply(n.Name+"/concat", "Concat", ids, onnx.Attr{Name: "axis", Type: onnx.AttrInt, I: axis}))
}

// lowerSplitToSequence: Slices along the axis — of the sizes in split, of split each (the last
// shorter) for a scalar, or of 1 each (squeezed unless keepdims) without it.
func lowerSplitToSequence(c *compiler, n *onnx.Node) error {
	x, err := c.in(n, 0)
	if err != nil {
		return err
	}
	xs := c.v(x).Shape
	axis, err := normAxis(attrInt(n, "axis", 0), len(xs))
	if err != nil {
		return err
	}
	L := xs[axis]
	var sizes []int64
	squeeze := false
	if c.has(n, 1) {
		sid, err := c.in(n, 1)
		if err != nil {
			return err
		}
		sv, err := c.constInts(sid)
		if err != nil {
			return err
		}
		if len(c.v(sid).Shape) == 0 {
			if sv[0] < 1 {
				return fmt.Errorf("split %d", sv[0])
			}
			for at := int64(0); at < L; at += sv[0] {
				sizes = append(sizes, min(sv[0], L-at))
			}
		} else {
			sizes = sv
		}
	} else {
		for i := int64(0); i < L; i++ {
			sizes = append(sizes, 1)
		}
		squeeze = attrInt(n, "keepdims", 1) == 0
	}
	var ids []int32
	at := int64(0)
	for _, sz := range sizes {
		if sz < 0 || at+sz > L {
			return fmt.Errorf("split %v of an axis of %d", sizes, L)
		}
		part, err := c.sliceAxis(n, x, axis, at, at+sz, 1)
		if err != nil {
			return err
		}
		if squeeze {
			ps := c.v(part).Shape
			if part, err = c.reshapeTo(n, part, append(append([]int64{}, ps[:axis]...), ps[axis+1:]...)); err != nil {
				return err
			}
		}
		ids = append(ids, part)
		at += sz
	}
	if at != L {
		return fmt.Errorf("split %v does not cover an axis of %d", sizes, L)
	}
	c.bind(n, 0, c.newSeq(ids))
	return nil
}
