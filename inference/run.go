package inference

import (
	"errors"
	"fmt"
)

// Execute runs p on inputs (one tensor of q values per program input, in Inputs order) and returns
// the data of every value slot: inputs, constants and each step's output. Integers only; any
// overflow is an error naming the step.
func Execute(p *Program, inputs [][]int64) ([][]int64, error) {
	vals, err := ExecuteUntilFailure(p, inputs)
	if err != nil {
		return nil, err
	}
	return vals, nil
}

// ExecuteUntilFailure is Execute that, when a step fails (a *StepError), also returns the slots as
// they were before it: what an execution-error claim commits to.
func ExecuteUntilFailure(p *Program, inputs [][]int64) ([][]int64, error) {
	if len(inputs) != len(p.Inputs) {
		return nil, fmt.Errorf("program takes %d inputs, got %d", len(p.Inputs), len(inputs))
	}
	vals := make([][]int64, len(p.Values))
	for i := range p.Values {
		vals[i] = p.Values[i].Const
	}
	for k, id := range p.Inputs {
		v := &p.Values[id]
		if int64(len(inputs[k])) != v.Len() {
			return nil, fmt.Errorf("input %q: %d values, shape %v needs %d", v.Name, len(inputs[k]), v.Shape, v.Len())
		}
		if v.Int {
			for _, x := range inputs[k] {
				if !fitsType(v.DType, x) {
					return nil, fmt.Errorf("input %q: value %d out of range for its type", v.Name, x)
				}
			}
		}
		vals[id] = inputs[k]
	}
	if err := Continue(p, vals, 0); err != nil {
		return vals, err
	}
	return vals, nil
}

// StepError is a step that gives no result for its inputs (an overflow, a division by zero, an
// index out of range, ...): the execution error a proposer claims with code 2 (docs/ENCODING.md).
type StepError struct {
	Step int
	Err  error
}

func (e *StepError) Error() string { return e.Err.Error() }

func (e *StepError) Unwrap() error { return e.Err }

// Run executes p and returns its outputs.
func Run(p *Program, inputs [][]int64) ([][]int64, error) {
	vals, err := Execute(p, inputs)
	if err != nil {
		return nil, err
	}
	outs := make([][]int64, len(p.Outputs))
	for i, id := range p.Outputs {
		outs[i] = vals[id]
	}
	return outs, nil
}

func runStep(p *Program, s *Step, vals [][]int64) ([]int64, error) {
	spec, ok := opSpecs[s.Op]
	if !ok {
		return nil, fmt.Errorf("step %s: unknown op %d", s.Node, s.Op)
	}
	k := spec.kernel
	if k == nil {
		k = elementwiseKernel
	}
	in := make([][]int64, len(s.In))
	for j, id := range s.In {
		if vals[id] == nil {
			return nil, fmt.Errorf("step %s (%s): input %q not computed yet", s.Node, s.Op, p.Values[id].Name)
		}
		in[j] = vals[id]
	}
	out := make([]int64, p.Values[s.Out].Len())
	var a arith
	if err := k(p, s, in, out, &a); err != nil {
		return nil, fmt.Errorf("step %s (%s): %w", s.Node, s.Op, err)
	}
	if a.overflow {
		return nil, fmt.Errorf("step %s (%s): %w", s.Node, s.Op, ErrOverflow)
	}
	return out, nil
}

// ErrNeedsConstant marks a value the compiler needs at compile time (a shape, axes, pads, slice
// bounds, a quantization scale) that is computed or supplied at run time instead.
var ErrNeedsConstant = errors.New("must be constant: the engine compiles static shapes and fixed quantization")

// NeedsConstantError names the value; errors.Is(err, ErrNeedsConstant) holds.
type NeedsConstantError struct{ Name string }

func (e *NeedsConstantError) Error() string { return fmt.Sprintf("%q %v", e.Name, ErrNeedsConstant) }

func (e *NeedsConstantError) Is(target error) bool { return target == ErrNeedsConstant }

// Continue runs steps from..end on vals (every slot's data, as Execute returns it), overwriting the
// outputs of those steps: the rest of a run from a given state. Adversarial tests use it to build a
// trace that lies at one step and is consistent after it.
func Continue(p *Program, vals [][]int64, from int) error {
	for i := from; i < len(p.Steps); i++ {
		s := &p.Steps[i]
		out, err := runStep(p, s, vals)
		if err != nil {
			return &StepError{Step: i, Err: err}
		}
		vals[s.Out] = out
	}
	return nil
}
