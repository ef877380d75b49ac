package fraudproof

import (
	"fmt"
	"slices"
	"strings"

	"github.com/auspex-labs/auspex/inference"
)

// OnChainOps are the ops whose steps the dispute game can settle: OneStepVerifier.elementValue's
// ops, and Table and Log through proveTableStep. A test holds the list to the contract.
var OnChainOps = []inference.OpCode{
	inference.OpCopy, inference.OpAdd, inference.OpSub, inference.OpMul, inference.OpMax, inference.OpMin,
	inference.OpRelu, inference.OpMatMul, inference.OpConv, inference.OpMaxPool, inference.OpReduce,
	inference.OpDiv, inference.OpLeakyRelu, inference.OpClip, inference.OpNeg, inference.OpAbs,
	inference.OpCompare, inference.OpWhere, inference.OpExpand, inference.OpMod, inference.OpBitwise,
	inference.OpTranspose, inference.OpConcat, inference.OpSlice, inference.OpPad, inference.OpGather,
	inference.OpSqrt, inference.OpCast, inference.OpArgMax, inference.OpRound, inference.OpTile, inference.OpGatherElements,
	inference.OpAvgPool, inference.OpRequant, inference.OpWeightedGather, inference.OpConvTranspose,
	inference.OpTable, inference.OpLog,
}

// OffChainOps are the engine's ops that opML refuses, each with the reason (CheckDisputable
// reports it): none today. TestEveryOpHasItsTwins requires every op in one of the two lists.
var OffChainOps = map[inference.OpCode]string{}

// MaxOneStepLeaves bounds the input leaves one element's one-step opens when its op has no
// accumulator bisection (everything but MatMul and Conv): the widest such proof must fit in one
// transaction, whose size the tx pools cap at 128 KiB (docs/BENCHMARKS.md gives its gas).
const MaxOneStepLeaves = 128

// CheckDisputable reports why a program cannot be registered for opML: a step whose op has no
// on-chain one-step (named, with the ONNX node it came from), or an element whose one-step would
// open more than MaxOneStepLeaves leaves without a bisection. Traces of any length are bisected. A model that fails it would let a liar win a dispute at that step, so the tooling
// refuses to register it in an optimistic mode.
func CheckDisputable(p *inference.Program) error {
	var missing []string
	seen := map[inference.OpCode]bool{}
	for _, s := range p.Steps {
		if slices.Contains(OnChainOps, s.Op) || seen[s.Op] {
			continue
		}
		seen[s.Op] = true
		why := OffChainOps[s.Op]
		if why == "" {
			why = "no one-step"
		}
		missing = append(missing, fmt.Sprintf("%s (ONNX node %q: %s)", s.Op, s.Node, why))
	}
	var errs []string
	if len(missing) > 0 {
		errs = append(errs, "ops without an on-chain one-step verifier: "+strings.Join(missing, ", "))
	}
	if wide := wideSteps(p); len(wide) > 0 {
		errs = append(errs, fmt.Sprintf("elements reading more than %d leaves in one step: %s", MaxOneStepLeaves, strings.Join(wide, ", ")))
	}
	if len(errs) > 0 {
		return fmt.Errorf("not disputable on-chain (opML): %s", strings.Join(errs, "; "))
	}
	return nil
}

// wideSteps names the steps with an element whose one-step opens more than MaxOneStepLeaves leaves
// (MatMul and Conv bisect their sums instead). It evaluates the first, middle and last elements on
// a zero run, which reads the same windows as any run for the reducing ops.
func wideSteps(p *inference.Program) []string {
	vals := make([][]int64, len(p.Values))
	for i := range p.Values {
		if vals[i] = p.Values[i].Const; vals[i] == nil {
			vals[i] = make([]int64, p.Values[i].Len())
		}
	}
	var out []string
	for i := range p.Steps {
		s := &p.Steps[i]
		if inference.ReductionTerms(p, s) > 0 || !slices.Contains(OnChainOps, s.Op) || s.Op == inference.OpTable || s.Op == inference.OpLog {
			continue
		}
		n := p.Values[s.Out].Len()
		for _, j := range []int64{0, n / 2, n - 1} {
			if leaves, _, _ := ElementLeaves(p, i, j, vals); len(leaves) > MaxOneStepLeaves {
				out = append(out, fmt.Sprintf("%s (ONNX node %q, %d leaves)", s.Op, s.Node, len(leaves)))
				break
			}
		}
	}
	return out
}
