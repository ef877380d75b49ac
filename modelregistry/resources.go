package modelregistry

import (
	"errors"
	"fmt"
	"strconv"

	"github.com/auspex-labs/auspex/inference"
	"github.com/auspex-labs/auspex/internal/contracts"
)

// Protocol bounds on what one inference may cost (issue 15, docs/ENCODING.md "Resource bounds").
// A model over either is refused at registration by the CLI and by every node and verifier that
// loads it: nobody could serve it.
const (
	// MaxOutputBytes is the largest output a proposal carries: AIOracle.MAX_OUTPUT_BYTES (a
	// proposeResult transaction must fit the 128 KiB transaction-size limit nodes relay, with room
	// for the call), which internal/contracts mirrors and checks against the deployed contract.
	MaxOutputBytes = contracts.MaxOutputBytes
	// MaxInferenceBytes bounds the memory one inference with its trace commitment needs
	// (inference.Resources.PeakBytes). 4 GiB: the largest tensor the engine allows
	// (inference.MaxTensorElements, 64M elements) fits with its Merkle tree (~3.4 GiB), and a
	// commodity 16 GiB machine serves it with room for the Go collector's headroom (the heap may
	// reach about twice the live bytes) and the node itself. A node may set a lower cap
	// (Cache.SetMaxInferenceBytes), never a higher one: a model no node may serve is not a model.
	MaxInferenceBytes int64 = 4 << 30
)

// ErrModelTooLarge marks a model refused for its size: its output does not fit a proposal, one
// inference needs more memory than the protocol or this node allows, or it is past the engine's
// compile-time limits (the same sentinel as inference.ErrTooLarge). A property of the model, so
// the Cache keeps the error for good; a node counts these.
var ErrModelTooLarge = inference.ErrTooLarge

// TooLargeError is a size refusal with its numbers; errors.Is(err, ErrModelTooLarge) holds.
type TooLargeError struct {
	What  string // "model output", "one inference", "a batch of 8"
	Bytes int64
	Limit int64
	// Output: the bound is MaxOutputBytes (else a memory bound). Node: the bound is this node's cap,
	// lower than the protocol's.
	Output, Node bool
}

func (e *TooLargeError) Error() string {
	switch {
	case e.Output:
		return fmt.Sprintf("%s is %s bytes; a proposal carries at most %s", e.What, commas(e.Bytes), commas(e.Limit))
	case e.Node:
		return fmt.Sprintf("%s needs %s bytes of memory; this node allows at most %s (max inference bytes)",
			e.What, commas(e.Bytes), commas(e.Limit))
	}
	return fmt.Sprintf("%s needs %s bytes of memory; the protocol allows at most %s", e.What, commas(e.Bytes), commas(e.Limit))
}

// Is makes errors.Is(err, ErrModelTooLarge) hold.
func (e *TooLargeError) Is(target error) bool { return target == ErrModelTooLarge }

// CheckMaxInferenceBytes checks a node's memory cap: positive and not above the protocol's.
func CheckMaxInferenceBytes(n int64) error {
	if n <= 0 || n > MaxInferenceBytes {
		return fmt.Errorf("max inference bytes %d: want 1..%d (the protocol bound)", n, MaxInferenceBytes)
	}
	return nil
}

// CheckResources computes p's resources and refuses a program whose output does not fit a
// proposal or whose inference needs more memory than the protocol allows or than nodeMax (this
// node's cap; 0 means the protocol bound). It runs nothing.
func CheckResources(p *inference.Program, nodeMax int64) (inference.Resources, error) {
	r := p.Resources()
	return r, checkSize("model output", r.OutputBytes, "one inference", r.PeakBytes, nodeMax)
}

// BatchOutputBytes is the size of a batch proposal's output: abi.encode(bytes[]) of n items of
// itemBytes each (docs/ENCODING.md): the head offset and the length, an offset per item, and each
// item's length word and its bytes padded to 32.
func BatchOutputBytes(itemBytes int64, n int) int64 {
	padded := (itemBytes + 31) / 32 * 32
	return 32 + 32 + int64(n)*(32+32+padded)
}

// CheckBatch refuses a batch of n inferences of a model with resources r before it runs: its
// encoded output must fit a proposal and its traces (a batch claim keeps every item's) the memory
// bound. nodeMax as for CheckResources.
func CheckBatch(r inference.Resources, n int, nodeMax int64) error {
	if n <= 1 {
		return checkSize("model output", r.OutputBytes, "one inference", r.PeakBytes, nodeMax)
	}
	what := "a batch of " + strconv.Itoa(n)
	return checkSize(what+"'s output", BatchOutputBytes(r.OutputBytes, n), what, r.BatchPeakBytes(n), nodeMax)
}

func checkSize(outWhat string, out int64, memWhat string, mem, nodeMax int64) error {
	if nodeMax <= 0 || nodeMax > MaxInferenceBytes {
		nodeMax = MaxInferenceBytes
	}
	switch {
	case out > MaxOutputBytes:
		return &TooLargeError{What: outWhat, Bytes: out, Limit: MaxOutputBytes, Output: true}
	case mem > MaxInferenceBytes:
		return &TooLargeError{What: memWhat, Bytes: mem, Limit: MaxInferenceBytes}
	case mem > nodeMax:
		return &TooLargeError{What: memWhat, Bytes: mem, Limit: nodeMax, Node: true}
	}
	return nil
}

// commas writes n with thousands separators, as the error messages quote sizes.
func commas(n int64) string {
	s := strconv.FormatInt(n, 10)
	neg := n < 0
	if neg {
		s = s[1:]
	}
	out := make([]byte, 0, len(s)+len(s)/3)
	for i := range len(s) {
		if i > 0 && (len(s)-i)%3 == 0 {
			out = append(out, ',')
		}
		out = append(out, s[i])
	}
	if neg {
		return "-" + string(out)
	}
	return string(out)
}

// errTooLarge reports whether err is a size refusal (kept for good by the Cache).
func errTooLarge(err error) bool { return errors.Is(err, ErrModelTooLarge) }

// SetMaxInferenceBytes caps the memory of one inference on this node or verifier (default and
// ceiling: MaxInferenceBytes): Get refuses a model over it with ErrModelTooLarge, for good. Call
// it before the first Get. A verifier should keep the protocol bound: a model it refuses is one
// whose lies it cannot challenge.
func (ms *Cache) SetMaxInferenceBytes(n int64) error {
	if err := CheckMaxInferenceBytes(n); err != nil {
		return err
	}
	ms.mu.Lock()
	ms.maxInferenceBytes = n
	ms.mu.Unlock()
	return nil
}
