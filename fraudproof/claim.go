package fraudproof

import (
	"bytes"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

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

// NewClaim runs a request's input (for batchSize > 1: abi-encoded bytes[], docs/ENCODING.md).
func NewClaim(p *inference.Program, input []byte, batchSize uint16) (*Claim, error) {
	return NewClaimWith(inference.Runner{}, p, input, batchSize)
}

// NewClaimWith is NewClaim with r's workers for the runs and their commitments (the same claim).
func NewClaimWith(r inference.Runner, p *inference.Program, input []byte, batchSize uint16) (*Claim, error) {
	c := &Claim{P: p, BatchSize: max(int(batchSize), 1)}
	if c.BatchSize == 1 {
		tr, err := trace.NewRunFromInputWith(r, p, input)
		if err != nil {
			return c.invalid(err, 0)
		}
		c.Items = []*TraceProvider{NewTraceProvider(p, tr)}
		return c, nil
	}
	vals, err := abi.Arguments{{Type: bytesArray}}.Unpack(input)
	if err != nil {
		c.Invalid = fmt.Errorf("batch input is not abi-encoded bytes[]: %w", err)
		return c, nil
	}
	inputs := vals[0].([][]byte)
	if len(inputs) != c.BatchSize {
		c.Invalid = fmt.Errorf("batch of %d inputs for batch size %d", len(inputs), c.BatchSize)
		return c, nil
	}
	// Every item must decode before any runs: an invalid item makes the whole batch invalid.
	for i, in := range inputs {
		if _, err := inference.DecodeInput(p, in); err != nil {
			return c.invalid(fmt.Errorf("batch element %d: %w", i, err), i)
		}
	}
	for _, in := range inputs {
		tr, err := trace.NewRunFromInputWith(r, p, in)
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

func (c *Claim) invalid(err error, item int) (*Claim, error) {
	if !errors.Is(err, inference.ErrInvalidInput) {
		return nil, err // not a property of the input: no claim
	}
	c.Invalid, c.InvalidItem = err, item
	return c, nil
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
	case c.Failed() && c.BatchSize > 1:
		return fmt.Sprintf("batch element %d: %v", len(c.Items)-1, c.Items[len(c.Items)-1].T.Failure)
	case c.Failed():
		return c.Items[0].T.Failure.Error()
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

// TraceRoot is the proposal's trace root: the single item's, or keccak256 over the items' roots
// (zero for an invalid input).
func (c *Claim) TraceRoot() common.Hash {
	if c.Invalid != nil {
		return common.Hash{}
	}
	if c.BatchSize == 1 {
		return c.Items[0].T.Root
	}
	var packed []byte
	for _, r := range c.ItemRoots() {
		packed = append(packed, r.Bytes()...)
	}
	return crypto.Keccak256Hash(packed)
}

// Output is the proposal's output bytes: the single output, or abi-encoded bytes[] of the items'
// (nil for an error).
func (c *Claim) Output() ([]byte, error) {
	if c.Code() != 0 {
		return nil, nil
	}
	if c.BatchSize == 1 {
		return c.Items[0].Output(), nil
	}
	outs := make([][]byte, len(c.Items))
	for i, it := range c.Items {
		outs[i] = it.Output()
	}
	out, err := abi.Arguments{{Type: bytesArray}}.Pack(outs)
	if err != nil {
		return nil, fmt.Errorf("pack batch output: %w", err)
	}
	return out, nil
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

// Proposed is what a proposal claims: a result (output bytes) or an error code, with the trace
// root it commits to.
type Proposed struct {
	Output    []byte
	TraceRoot common.Hash
	IsError   bool
	ErrorCode uint16
}

// Agrees reports whether a proposal is the one this claim makes: the verifier challenges any
// other. An invalid input has no trace, so only its code counts.
func (c *Claim) Agrees(p Proposed) bool {
	code := c.Code()
	if p.IsError {
		return p.ErrorCode == code && (code == CodeInvalidInput || c.TraceRoot() == p.TraceRoot)
	}
	out, err := c.Output()
	return code == 0 && err == nil && c.TraceRoot() == p.TraceRoot && string(out) == string(p.Output)
}
