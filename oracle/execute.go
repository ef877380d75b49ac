package oracle

import (
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/auspex-labs/auspex/inference"
)

// Error codes proposed through proposeError (docs/ENCODING.md).
const (
	ErrorInvalidInput uint16 = 1 // the input does not decode to the model's inputs
	ErrorExecution    uint16 = 2 // the engine's semantics define no result (e.g. int64 overflow)
)

// answer is what the node proposes for a request.
type answer struct {
	output    []byte
	traceRoot common.Hash
	errCode   uint16 // non-zero: propose this error instead
	reason    string
}

var bytesArray, _ = abi.NewType("bytes[]", "", nil)

// execute runs a request's input (or batch) through the program. Every failure it reports is a
// deterministic property of the input and the program, which is what makes it safe to propose.
func execute(p *inference.Program, input []byte, batch uint16) answer {
	if batch <= 1 {
		out, root, err := runOne(p, input)
		if err != nil {
			return failure(err)
		}
		return answer{output: out, traceRoot: root}
	}
	vals, err := abi.Arguments{{Type: bytesArray}}.Unpack(input)
	if err != nil {
		return answer{errCode: ErrorInvalidInput, reason: fmt.Sprintf("batch input is not abi-encoded bytes[]: %v", err)}
	}
	inputs := vals[0].([][]byte)
	if len(inputs) != int(batch) {
		return answer{errCode: ErrorInvalidInput, reason: fmt.Sprintf("batch of %d inputs for batch size %d", len(inputs), batch)}
	}
	outs := make([][]byte, len(inputs))
	roots := make([]byte, 0, 32*len(inputs))
	for i, in := range inputs {
		out, root, err := runOne(p, in)
		if err != nil {
			a := failure(err)
			a.reason = fmt.Sprintf("batch element %d: %s", i, a.reason)
			return a
		}
		outs[i] = out
		roots = append(roots, root.Bytes()...)
	}
	packed, err := abi.Arguments{{Type: bytesArray}}.Pack(outs)
	if err != nil {
		return answer{errCode: ErrorExecution, reason: err.Error()}
	}
	// A batch commits to its elements' traces in order.
	return answer{output: packed, traceRoot: crypto.Keccak256Hash(roots)}
}

func runOne(p *inference.Program, input []byte) ([]byte, common.Hash, error) {
	tr, err := inference.TraceInput(p, input)
	if err != nil {
		return nil, common.Hash{}, err
	}
	return tr.Output(), tr.Root, nil
}

func failure(err error) answer {
	if errors.Is(err, inference.ErrInvalidInput) {
		return answer{errCode: ErrorInvalidInput, reason: err.Error()}
	}
	return answer{errCode: ErrorExecution, reason: err.Error()}
}

// lie is the dishonest node's trace: the honest run with the first output changed so that its
// argmax moves to the next element (for a classifier: the next class wins by 1.0), committed as if
// the last step had computed it.
func lie(p *inference.Program, tr *inference.Trace) *inference.Trace {
	vals := make([][]int64, len(tr.Values))
	copy(vals, tr.Values)
	out := p.Outputs[0]
	v := append([]int64{}, tr.Values[out]...)
	best := 0
	for i := range v {
		if v[i] > v[best] {
			best = i
		}
	}
	v[(best+1)%len(v)] = v[best] + int64(1)<<p.Values[out].Scale
	vals[out] = v
	return inference.CommitValues(p, vals)
}

// answerFrom is the proposal for a single input from a trace.
func answerFrom(tr *inference.Trace) answer { return answer{output: tr.Output(), traceRoot: tr.Root} }
