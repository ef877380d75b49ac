package contracts

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/auspex-labs/auspex/bindings"
	"github.com/auspex-labs/auspex/internal/chain"
)

// OneStepVerifier is the on-chain copy of the engine's per-element semantics at one address.
type OneStepVerifier struct {
	addr common.Address
	abi  *bindings.OneStepVerifier
	c    *bind.BoundContract
}

// OpenedLeaf is one input leaf given to the verifier: 4 consecutive elements of input Input.
type OpenedLeaf struct {
	Input  uint8
	Leaf   uint64
	Values [4]int64
}

// DeployOneStepVerifier deploys a verifier.
func DeployOneStepVerifier(ctx context.Context, s *chain.Sender, backend bind.ContractBackend) (*OneStepVerifier, error) {
	addr, _, err := s.Deploy(ctx, common.FromHex(bindings.OneStepVerifierMetaData.Bin), nil)
	if err != nil {
		return nil, fmt.Errorf("deploy OneStepVerifier: %w", err)
	}
	b := bindings.NewOneStepVerifier()
	return &OneStepVerifier{addr: addr, abi: b, c: b.Instance(backend, addr)}, nil
}

// Address is the verifier's address.
func (v *OneStepVerifier) Address() common.Address { return v.addr }

// stepDescArgs is the contract's StepDesc as one ABI argument: its encoding is the step
// description the layout commits to (inference.EncodeStepDesc), so callers pass those bytes and
// no Go copy of the type is needed.
var stepDescArgs = func() abi.Arguments {
	parsed, err := bindings.OneStepVerifierMetaData.ParseABI()
	if err != nil {
		panic(fmt.Sprintf("OneStepVerifier ABI: %v", err)) // generated: cannot fail
	}
	return parsed.Methods["elementValue"].Inputs[:1]
}()

// stepDescArg decodes an encoded step description for the contract's calls.
func stepDescArg(desc []byte) (bindings.OneStepVerifierStepDesc, error) {
	vals, err := stepDescArgs.Unpack(desc)
	if err != nil {
		return bindings.OneStepVerifierStepDesc{}, fmt.Errorf("decode step description: %w", err)
	}
	return *abi.ConvertType(vals[0], new(bindings.OneStepVerifierStepDesc)).(*bindings.OneStepVerifierStepDesc), nil
}

func leavesArg(leaves []OpenedLeaf) []bindings.OneStepVerifierLeaf {
	ls := make([]bindings.OneStepVerifierLeaf, len(leaves))
	for i, l := range leaves {
		ls[i] = bindings.OneStepVerifierLeaf{Input: l.Input, Leaf: l.Leaf, Values: l.Values}
	}
	return ls
}

// EstimateElementValue is the gas of elementValue as a transaction (calldata included).
func (v *OneStepVerifier) EstimateElementValue(ctx context.Context, est ethereum.GasEstimator, desc []byte, j uint64, leaves []OpenedLeaf) (uint64, error) {
	d, err := stepDescArg(desc)
	if err != nil {
		return 0, err
	}
	to := v.addr
	g, err := est.EstimateGas(ctx, ethereum.CallMsg{To: &to, Data: v.abi.PackElementValue(d, j, leavesArg(leaves))})
	if err != nil {
		return 0, DecodeRevert(err)
	}
	return g, nil
}

// CallElementValue recomputes output element j of step d from the opened leaves (sorted by input,
// then leaf). A revert comes back as a *RevertError (Overflow, MissingInput, UnsupportedOp, …).
func (v *OneStepVerifier) CallElementValue(ctx context.Context, desc []byte, j uint64, leaves []OpenedLeaf) (int64, error) {
	d, err := stepDescArg(desc)
	if err != nil {
		return 0, err
	}
	r, err := bind.Call(v.c, &bind.CallOpts{Context: ctx}, v.abi.PackElementValue(d, j, leavesArg(leaves)), v.abi.UnpackElementValue)
	if err != nil {
		return 0, DecodeRevert(err)
	}
	return r, nil
}

// CallIsSupported reports whether the verifier implements op.
func (v *OneStepVerifier) CallIsSupported(ctx context.Context, op uint16) (bool, error) {
	return bind.Call(v.c, &bind.CallOpts{Context: ctx}, v.abi.PackIsSupported(op), v.abi.UnpackIsSupported)
}

// CallReductionTerms reads how many terms each element of step d sums.
func (v *OneStepVerifier) CallReductionTerms(ctx context.Context, desc []byte) (uint64, error) {
	d, err := stepDescArg(desc)
	if err != nil {
		return 0, err
	}
	r, err := bind.Call(v.c, &bind.CallOpts{Context: ctx}, v.abi.PackReductionTerms(d), v.abi.UnpackReductionTerms)
	if err != nil {
		return 0, DecodeRevert(err)
	}
	return r, nil
}

// CallAccumulate is start + Σ of terms [from, to) of element j, computed on-chain from the opened
// leaves with every running total checked in int128.
func (v *OneStepVerifier) CallAccumulate(ctx context.Context, desc []byte, j, from, to uint64, start *big.Int, leaves []OpenedLeaf) (*big.Int, error) {
	d, err := stepDescArg(desc)
	if err != nil {
		return nil, err
	}
	r, err := bind.Call(v.c, &bind.CallOpts{Context: ctx}, v.abi.PackAccumulate(d, j, from, to, start, leavesArg(leaves)), v.abi.UnpackAccumulate)
	if err != nil {
		return nil, DecodeRevert(err)
	}
	return r, nil
}

// EstimateAccumulate is the gas of accumulate as a transaction (calldata included).
func (v *OneStepVerifier) EstimateAccumulate(ctx context.Context, est ethereum.GasEstimator, desc []byte, j, from, to uint64, start *big.Int, leaves []OpenedLeaf) (uint64, error) {
	d, err := stepDescArg(desc)
	if err != nil {
		return 0, err
	}
	addr := v.addr
	g, err := est.EstimateGas(ctx, ethereum.CallMsg{To: &addr, Data: v.abi.PackAccumulate(d, j, from, to, start, leavesArg(leaves))})
	if err != nil {
		return 0, DecodeRevert(err)
	}
	return g, nil
}

// CallReductionBias is element j's accumulator start (its bias element, or 0).
func (v *OneStepVerifier) CallReductionBias(ctx context.Context, desc []byte, j uint64, leaves []OpenedLeaf) (*big.Int, error) {
	d, err := stepDescArg(desc)
	if err != nil {
		return nil, err
	}
	r, err := bind.Call(v.c, &bind.CallOpts{Context: ctx}, v.abi.PackReductionBias(d, j, leavesArg(leaves)), v.abi.UnpackReductionBias)
	if err != nil {
		return nil, DecodeRevert(err)
	}
	return r, nil
}

// CallFinishReduction turns a full accumulator into the stored element (rescale, int64 check).
func (v *OneStepVerifier) CallFinishReduction(ctx context.Context, desc []byte, acc *big.Int) (int64, error) {
	d, err := stepDescArg(desc)
	if err != nil {
		return 0, err
	}
	r, err := bind.Call(v.c, &bind.CallOpts{Context: ctx}, v.abi.PackFinishReduction(d, acc), v.abi.UnpackFinishReduction)
	if err != nil {
		return 0, DecodeRevert(err)
	}
	return r, nil
}

// CallTableValue is a Table step's element from the input element u and the table entries read.
func (v *OneStepVerifier) CallTableValue(ctx context.Context, u, lo int64, shift uint8, overflowAbove bool, n uint64, entries []OpenedLeaf) (int64, error) {
	r, err := bind.Call(v.c, &bind.CallOpts{Context: ctx}, v.abi.PackTableValue(u, lo, shift, overflowAbove, n, leavesArg(entries)), v.abi.UnpackTableValue)
	if err != nil {
		return 0, DecodeRevert(err)
	}
	return r, nil
}

// CallLogValue is a Log step's element from the input element u and the table entries read.
func (v *OneStepVerifier) CallLogValue(ctx context.Context, u, ln2 int64, sx uint8, lo int64, shift uint8, n uint64, entries []OpenedLeaf) (int64, error) {
	r, err := bind.Call(v.c, &bind.CallOpts{Context: ctx}, v.abi.PackLogValue(u, ln2, sx, lo, shift, n, leavesArg(entries)), v.abi.UnpackLogValue)
	if err != nil {
		return 0, DecodeRevert(err)
	}
	return r, nil
}
