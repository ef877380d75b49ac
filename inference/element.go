package inference

import (
	"fmt"
)

// Getter reads element idx of value slot: from the program's constants, a run, or a proof.
type Getter func(slot int32, idx int64) (int64, error)

// ElementValue computes output element j of step s from its inputs alone: the per-element
// semantics the on-chain one-step verifier implements. For every op it performs the same checked
// integer operations, in the same order, as the op's kernel, so both agree bit for bit (and on
// overflow); a differential test holds them together.
func ElementValue(p *Program, s *Step, j int64, get Getter) (int64, error) {
	var a arith
	v, err := elementValue(p, s, j, get, &a)
	if err != nil {
		return 0, fmt.Errorf("step %s (%s) element %d: %w", s.Node, s.Op, j, err)
	}
	if a.overflow {
		return 0, fmt.Errorf("step %s (%s) element %d: %w", s.Node, s.Op, j, ErrOverflow)
	}
	return v, nil
}

func elementValue(p *Program, s *Step, j int64, get Getter, a *arith) (int64, error) {
	spec, ok := opSpecs[s.Op]
	if !ok {
		return 0, fmt.Errorf("no per-element semantics for %s", s.Op)
	}
	vo := &p.Values[s.Out]
	idx := make([]int64, len(vo.Shape))
	unflatten(j, vo.Shape, idx)
	return spec.elem(p, s, j, idx, get, a)
}

// CheckElements runs p and recomputes up to perStep elements of every step (all of them if the
// output is that small, else evenly spaced ones) with ElementValue, reporting the first element
// whose per-element semantics disagrees with the kernel: the differential test between the two.
func CheckElements(p *Program, inputs [][]int64, perStep int64) error {
	vals, err := Execute(p, inputs)
	if err != nil {
		return err
	}
	get := func(slot int32, idx int64) (int64, error) {
		if idx < 0 || idx >= int64(len(vals[slot])) {
			return 0, fmt.Errorf("read of element %d of slot %d (length %d)", idx, slot, len(vals[slot]))
		}
		return vals[slot][idx], nil
	}
	for i := range p.Steps {
		s := &p.Steps[i]
		n := p.Values[s.Out].Len()
		stride := max(int64(1), n/max(perStep, 1))
		for j := int64(0); j < n; j += stride {
			v, err := ElementValue(p, s, j, get)
			if err != nil {
				return err
			}
			if v != vals[s.Out][j] {
				return fmt.Errorf("step %d %s (%s) element %d: per-element %d, kernel %d", i, s.Node, s.Op, j, v, vals[s.Out][j])
			}
		}
	}
	return nil
}
