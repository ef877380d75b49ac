package fraudproof

import (
	"bytes"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"

	"github.com/auspex-labs/auspex/inference"
	"github.com/auspex-labs/auspex/inference/trace"
	"github.com/auspex-labs/auspex/internal/contracts"
)

// Error codes of AIOracle.proposeError (docs/ENCODING.md).
const (
	CodeInvalidInput uint16 = 1
	CodeExecution    uint16 = 2
)

// Claim is what one party holds true about a request: the engine's answer for its input (a result,
// an invalid input, or an execution error) with the trace of every batch item behind it. Proposals
// are made from it and the dispute game is played from it.
type Claim struct {
	P         *inference.Program
	BatchSize int // 1 for a single request
	// Invalid is why the input is not one the model takes (code 1); InvalidItem is the batch item
	// that shows it (0 for a malformed batch).
	Invalid     error
	InvalidItem int
	// Items are the traces of the batch items in order, up to the failing one (code 2) or all.
	Items []*TraceProvider
}

var bytesArray, _ = abi.NewType("bytes[]", "", nil)

// request is a request's input split into its items and decoded: every item of a batch decodes
// before any runs, since one invalid item makes the whole batch invalid (code 1).
type request struct {
	items       [][][]int64
	invalid     error
	invalidItem int
}

// decode splits input (for batchSize > 1: abi-encoded bytes[], docs/ENCODING.md) into its items.
// Only an error that is not a property of the input is returned.
func decode(p *inference.Program, input []byte, batchSize int) (request, error) {
	if batchSize == 1 {
		in, err := inference.DecodeInput(p, input)
		if err != nil {
			return invalid(err, 0)
		}
		return request{items: [][][]int64{in}}, nil
	}
	vals, err := abi.Arguments{{Type: bytesArray}}.Unpack(input)
	if err != nil {
		return request{invalid: fmt.Errorf("batch input is not abi-encoded bytes[]: %w", err)}, nil
	}
	inputs := vals[0].([][]byte)
	if len(inputs) != batchSize {
		return request{invalid: fmt.Errorf("batch of %d inputs for batch size %d", len(inputs), batchSize)}, nil
	}
	var req request
	for i, raw := range inputs {
		in, err := inference.DecodeInput(p, raw)
		if err != nil {
			return invalid(fmt.Errorf("batch element %d: %w", i, err), i)
		}
		req.items = append(req.items, in)
	}
	return req, nil
}

func invalid(err error, item int) (request, error) {
	if !errors.Is(err, inference.ErrInvalidInput) {
		return request{}, err // not a property of the input: no claim
	}
	return request{invalid: err, invalidItem: item}, nil
}

// NewClaim runs a request's input (for batchSize > 1: abi-encoded bytes[], docs/ENCODING.md).
func NewClaim(p *inference.Program, input []byte, batchSize uint16) (*Claim, error) {
	return NewClaimWith(inference.Runner{}, p, input, batchSize)
}

// NewClaimWith is NewClaim with r's workers for the runs and their commitments (the same claim).
func NewClaimWith(r inference.Runner, p *inference.Program, input []byte, batchSize uint16) (*Claim, error) {
	c := &Claim{P: p, BatchSize: max(int(batchSize), 1)}
	req, err := decode(p, input, c.BatchSize)
	if err != nil {
		return nil, err
	}
	c.Invalid, c.InvalidItem = req.invalid, req.invalidItem
	for _, in := range req.items {
		tr, err := trace.NewRunWith(r, p, in)
		if err != nil {
			return nil, err
		}
		c.Items = append(c.Items, NewTraceProvider(p, tr))
		if tr.Failure != nil {
			break
		}
	}
	return c, nil
}

// Answer is what a proposal says: its output bytes, or an error code with the reason. It needs
// runs only: the traces behind it (a Claim) are built when a dispute game asks for them, so an
// unchallenged request never pays for its commitments.
type Answer struct {
	Output []byte // nil for an error
	Code   uint16 // 0 for a result
	Reason string // why the error ("" for a result)
}

// NewAnswer is the answer NewClaim's claim gives, from runs without commitments.
func NewAnswer(p *inference.Program, input []byte, batchSize uint16) (Answer, error) {
	return NewAnswerWith(inference.Runner{}, p, input, batchSize)
}

// NewAnswerWith is NewAnswer with r's workers.
func NewAnswerWith(r inference.Runner, p *inference.Program, input []byte, batchSize uint16) (Answer, error) {
	n := max(int(batchSize), 1)
	req, err := decode(p, input, n)
	if err != nil {
		return Answer{}, err
	}
	if req.invalid != nil {
		return Answer{Code: CodeInvalidInput, Reason: req.invalid.Error()}, nil
	}
	outs := make([][]byte, len(req.items))
	for i, in := range req.items {
		vals, err := r.Run(p, in)
		var se *inference.StepError
		if errors.As(err, &se) {
			return Answer{Code: CodeExecution, Reason: failureReason(n, i, se)}, nil
		}
		if err != nil {
			return Answer{}, err
		}
		outs[i] = inference.EncodeOutput(vals)
	}
	out, err := packOutputs(n, outs)
	if err != nil {
		return Answer{}, err
	}
	return Answer{Output: out}, nil
}

// failureReason says why item b's run fails.
func failureReason(batchSize, b int, se *inference.StepError) string {
	if batchSize > 1 {
		return fmt.Sprintf("batch element %d: %v", b, se)
	}
	return se.Error()
}

// packOutputs is a proposal's output bytes: the single output, or abi-encoded bytes[].
func packOutputs(batchSize int, outs [][]byte) ([]byte, error) {
	if batchSize == 1 {
		return outs[0], nil
	}
	out, err := abi.Arguments{{Type: bytesArray}}.Pack(outs)
	if err != nil {
		return nil, fmt.Errorf("pack batch output: %w", err)
	}
	return out, nil
}

// Layout is the program's layout header (the registered layout root's preimage).
func (c *Claim) Layout() contracts.Layout { return c.program().Layout() }

// Consts are every slot's constant commitment, as the layout commits them.
func (c *Claim) Consts() []common.Hash { return c.program().Consts() }

// StepDescription is step i's ABI encoding and its path in the layout's step tree.
func (c *Claim) StepDescription(i int) ([]byte, []common.Hash) { return c.program().StepDescription(i) }

// program answers the questions about the program alone (no trace needed).
func (c *Claim) program() *TraceProvider { return &TraceProvider{P: c.P, layout: c.P.Layout()} }

// ClaimOf is the claim of one given trace of a single input (tests and the dishonest demo node).
func ClaimOf(p *inference.Program, tr *trace.Trace) *Claim {
	return &Claim{P: p, BatchSize: 1, Items: []*TraceProvider{NewTraceProvider(p, tr)}}
}

// Code is the claim's error code: 0 for a result.
func (c *Claim) Code() uint16 {
	switch {
	case c.Invalid != nil:
		return CodeInvalidInput
	case c.Failed():
		return CodeExecution
	}
	return 0
}

// Failed reports whether an item's run fails (an execution error).
func (c *Claim) Failed() bool {
	return len(c.Items) > 0 && c.Items[len(c.Items)-1].T.Failure != nil
}

// Reason says why the claim is an error ("" for a result).
func (c *Claim) Reason() string {
	switch {
	case c.Invalid != nil:
		return c.Invalid.Error()
	case c.Failed():
		last := len(c.Items) - 1
		return failureReason(c.BatchSize, last, c.Items[last].T.Failure)
	}
	return ""
}

// Item is batch item b's trace (nil past the failing item or for an invalid input).
func (c *Claim) Item(b int) *TraceProvider {
	if b < 0 || b >= len(c.Items) {
		return nil
	}
	return c.Items[b]
}

// ItemRoots are the items' trace roots, zero past the failing item.
func (c *Claim) ItemRoots() []common.Hash {
	roots := make([]common.Hash, c.BatchSize)
	for i, it := range c.Items {
		roots[i] = it.T.Root
	}
	return roots
}

// Output is the proposal's output bytes: the single output, or abi-encoded bytes[] of the items'
// (nil for an error).
func (c *Claim) Output() ([]byte, error) {
	if c.Code() != 0 {
		return nil, nil
	}
	outs := make([][]byte, len(c.Items))
	for i, it := range c.Items {
		outs[i] = it.Output()
	}
	return packOutputs(c.BatchSize, outs)
}

// Answer is the proposal the claim makes.
func (c *Claim) Answer() (Answer, error) {
	out, err := c.Output()
	if err != nil {
		return Answer{}, err
	}
	return Answer{Output: out, Code: c.Code(), Reason: c.Reason()}, nil
}

// ItemOutputs splits proposal output bytes into the batch's items (nil when they are not exactly
// BatchSize items in their canonical encoding: abi decoding also accepts trailing bytes and other
// offsets, which the game refuses as a malformed output, GameProofs._items).
func (c *Claim) ItemOutputs(output []byte) [][]byte {
	if c.BatchSize == 1 {
		return [][]byte{output}
	}
	args := abi.Arguments{{Type: bytesArray}}
	vals, err := args.Unpack(output)
	if err != nil {
		return nil
	}
	outs := vals[0].([][]byte)
	if len(outs) != c.BatchSize {
		return nil
	}
	if canonical, err := args.Pack(outs); err != nil || !bytes.Equal(canonical, output) {
		return nil
	}
	return outs
}

// Proposed is what a proposal claims: a result (output bytes) or an error code.
type Proposed struct {
	Output    []byte
	IsError   bool
	ErrorCode uint16
}

// Agrees reports whether a proposal is the one this answer makes: the verifier challenges any
// other. Proposals carry no trace, so a result agrees by its bytes and an error by its code.
func (a Answer) Agrees(p Proposed) bool {
	if p.IsError {
		return a.Code != 0 && p.ErrorCode == a.Code
	}
	return a.Code == 0 && string(a.Output) == string(p.Output)
}
