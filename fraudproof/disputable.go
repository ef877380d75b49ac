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
	inference.OpCompare, inference.OpWhere, inference.OpExpand, inference.OpMod,
	inference.OpTranspose, inference.OpConcat, inference.OpSlice, inference.OpPad, inference.OpGather,
	inference.OpSqrt, inference.OpCast, inference.OpArgMax, inference.OpRound, inference.OpTile, inference.OpGatherElements,
	inference.OpAvgPool, inference.OpRequant, inference.OpWeightedGather, inference.OpConvTranspose,
	inference.OpTable, inference.OpLog,
}

// CheckDisputable reports why a program cannot be registered for opML: a step whose op has no
// on-chain one-step (named, with the ONNX node it came from). Traces of any length are bisected. A model that fails it would let a liar win a dispute at that step, so the tooling
// refuses to register it in an optimistic mode.
func CheckDisputable(p *inference.Program) error {
	var missing []string
	seen := map[inference.OpCode]bool{}
	for _, s := range p.Steps {
		if slices.Contains(OnChainOps, s.Op) || seen[s.Op] {
			continue
		}
		seen[s.Op] = true
		missing = append(missing, fmt.Sprintf("%s (ONNX node %q)", s.Op, s.Node))
	}
	var errs []string
	if len(missing) > 0 {
		errs = append(errs, "ops without an on-chain one-step verifier: "+strings.Join(missing, ", "))
	}
	if len(errs) > 0 {
		return fmt.Errorf("not disputable on-chain (opML): %s", strings.Join(errs, "; "))
	}
	return nil
}
