package inference

import (
	"errors"
	"fmt"
)

// Fork runs body(i) for every i < n, possibly several at once, and returns when all have returned.
// It is how a caller outside this pure package lends the engine its cores (inference/parallel);
// the parts a step is split into write disjoint outputs, so no result depends on the Fork.
type Fork func(n int, body func(i int))

// Runner runs programs. Its Fork (nil: one part after another) runs the parts of the steps that
// split (MatMul, Conv, ConvTranspose); the results are the same integers with or without it.
type Runner struct {
	Fork Fork
}

// Execute runs p on inputs (one tensor of q values per program input, in Inputs order) and returns
// the data of every value slot: inputs, constants and each step's output. Integers only; any
// overflow is an error naming the step.
func Execute(p *Program, inputs [][]int64) ([][]int64, error) { return Runner{}.Execute(p, inputs) }

// Execute is the package's Execute with r's Fork.
func (r Runner) Execute(p *Program, inputs [][]int64) ([][]int64, error) {
	vals, err := r.ExecuteUntilFailure(p, inputs)
	if err != nil {
		return nil, err
	}
	return vals, nil
}

// ExecuteUntilFailure is Execute that, when a step fails (a *StepError), also returns the slots as
// they were before it: what an execution-error claim commits to.
func ExecuteUntilFailure(p *Program, inputs [][]int64) ([][]int64, error) {
	return Runner{}.ExecuteUntilFailure(p, inputs)
}

// ExecuteUntilFailure is the package's ExecuteUntilFailure with r's Fork.
func (r Runner) ExecuteUntilFailure(p *Program, inputs [][]int64) ([][]int64, error) {
	vals, err := slotsFor(p, inputs)
	if err != nil {
		return nil, err
	}
	if err := r.Continue(p, vals, 0); err != nil {
		return vals, err
	}
	return vals, nil
}

// slotsFor is the slot vector a run starts from: constants and the checked inputs.
func slotsFor(p *Program, inputs [][]int64) ([][]int64, error) {
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
func Run(p *Program, inputs [][]int64) ([][]int64, error) { return Runner{}.Run(p, inputs) }

// Run is the package's Run with r's Fork. Unlike Execute it keeps no slot past its last reader,
// so its memory is the largest set of tensors live at once, not every tensor of the run.
func (r Runner) Run(p *Program, inputs [][]int64) ([][]int64, error) {
	vals, err := slotsFor(p, inputs)
	if err != nil {
		return nil, err
	}
	last := make([]int, len(p.Values)) // the last step reading each slot (-1: kept)
	for i := range last {
		last[i] = -1
	}
	for i, s := range p.Steps {
		for _, id := range s.In {
			last[id] = i
		}
	}
	for _, id := range p.Outputs {
		last[id] = -1
	}
	for i := range p.Steps {
		s := &p.Steps[i]
		out, err := r.runStep(p, s, vals)
		if err != nil {
			return nil, &StepError{Step: i, Err: err}
		}
		vals[s.Out] = out
		for _, id := range s.In {
			if last[id] == i && p.Values[id].Const == nil {
				vals[id] = nil // its last reader has run
			}
		}
	}
	outs := make([][]int64, len(p.Outputs))
	for i, id := range p.Outputs {
		outs[i] = vals[id]
	}
	return outs, nil
}

func runStep(p *Program, s *Step, vals [][]int64) ([]int64, error) {
	return Runner{}.runStep(p, s, vals)
}

func (r Runner) runStep(p *Program, s *Step, vals [][]int64) ([]int64, error) {
	spec, ok := opSpecs[s.Op]
	if !ok {
		return nil, fmt.Errorf("step %s: unknown op %d", s.Node, s.Op)
	}
	in := make([][]int64, len(s.In))
	for j, id := range s.In {
		if vals[id] == nil {
			return nil, fmt.Errorf("step %s (%s): input %q not computed yet", s.Node, s.Op, p.Values[id].Name)
		}
		in[j] = vals[id]
	}
	out := make([]int64, p.Values[s.Out].Len())
	var err error
	var overflow bool
	switch {
	case spec.kernel == nil && spec.split != nil:
		overflow, err = r.runParts(spec.split, p, s, in, out)
	case spec.kernel == nil:
		overflow, err = r.runParts(elementwiseSplit, p, s, in, out)
	default:
		k := spec.kernel
		var a arith
		err = k(p, s, in, out, &a)
		overflow = a.overflow
	}
	if err != nil {
		return nil, fmt.Errorf("step %s (%s): %w", s.Node, s.Op, err)
	}
	if overflow {
		return nil, fmt.Errorf("step %s (%s): %w", s.Node, s.Op, ErrOverflow)
	}
	return out, nil
}

// runParts runs a split step's parts, at once through r.Fork when there is one. The outcome is
// what running them in order gives: the error of the first part that fails, else overflow if any
// part overflowed.
func (r Runner) runParts(sp splitter, p *Program, s *Step, in [][]int64, out []int64) (overflow bool, err error) {
	n, part := sp(p, s, in, out)
	if r.Fork == nil || n <= 1 {
		var a arith
		for i := 0; i < n; i++ {
			if err := part(i, &a); err != nil {
				return a.overflow, err
			}
		}
		return a.overflow, nil
	}
	ariths, errs := make([]arith, n), make([]error, n)
	r.Fork(n, func(i int) { errs[i] = part(i, &ariths[i]) })
	for i := range errs {
		if errs[i] != nil {
			return false, errs[i]
		}
	}
	for i := range ariths {
		overflow = overflow || ariths[i].overflow
	}
	return overflow, nil
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
func Continue(p *Program, vals [][]int64, from int) error { return Runner{}.Continue(p, vals, from) }

// Continue is the package's Continue with r's Fork.
func (r Runner) Continue(p *Program, vals [][]int64, from int) error {
	for i := from; i < len(p.Steps); i++ {
		s := &p.Steps[i]
		out, err := r.runStep(p, s, vals)
		if err != nil {
			return &StepError{Step: i, Err: err}
		}
		vals[s.Out] = out
	}
	return nil
}
