package oracle

import (
	"github.com/auspex-labs/auspex/fraudproof"
	"github.com/auspex-labs/auspex/inference"
)

// Error codes proposed through proposeError (docs/ENCODING.md).
const (
	ErrorInvalidInput = fraudproof.CodeInvalidInput // the input does not decode to the model's inputs
	ErrorExecution    = fraudproof.CodeExecution    // the engine's semantics define no result (e.g. int64 overflow)
)

// answer is what the node proposes for a request.
type answer struct {
	output  []byte
	errCode uint16 // non-zero: propose this error instead
	err     error  // non-nil: propose nothing (a node fault, not a property of the input)
	reason  string
}

// execute runs a request's input (or batch) through the program. Every failure it reports is a
// deterministic property of the input and the program, which is what makes it safe to propose; any
// other error (a node fault) is answer.err, and nothing is proposed: an error claim without a trace
// to defend would lose the bond.
func execute(p *inference.Program, input []byte, batch uint16) answer {
	return answerOf(fraudproof.NewAnswer(p, input, batch))
}

// answerOf is the proposal an answer makes (none when it could not be made).
func answerOf(a fraudproof.Answer, err error) answer {
	if err != nil {
		return answer{err: err}
	}
	return answer{output: a.Output, errCode: a.Code, reason: a.Reason}
}
