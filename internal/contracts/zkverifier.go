package contracts

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/auspex-labs/auspex/bindings"
	"github.com/auspex-labs/auspex/internal/chain"
)

// ZkModelVerifier is a ZK-mode model's IZkVerifier: the digest binding the prover, input and
// output, and the model's Groth16 verifier (gnark's exported contract). A proof verifies only for
// the prover it was made for (AIOracle.proveResult passes msg.sender).
type ZkModelVerifier struct {
	addr common.Address
	abi  *bindings.ZkModelVerifier
	c    *bind.BoundContract
}

// DeployZkModelVerifier deploys the adapter for groth16Verifier, whose circuit's digest
// (zk.Binding) packs inChunk input bytes per element (zk.Format.ChunkBytes) or, with inBits, int64
// input values by their declared domain; and the outputs by their domain of outBits, or as words.
func DeployZkModelVerifier(ctx context.Context, s *chain.Sender, backend bind.ContractBackend, groth16Verifier common.Address, inChunk, inBits, outBits int) (*ZkModelVerifier, error) {
	b := bindings.NewZkModelVerifier()
	addr, _, err := s.Deploy(ctx, common.FromHex(bindings.ZkModelVerifierMetaData.Bin),
		b.PackConstructor(groth16Verifier, big.NewInt(int64(inChunk)), big.NewInt(int64(inBits)), big.NewInt(int64(outBits))))
	if err != nil {
		return nil, fmt.Errorf("deploy ZkModelVerifier: %w", err)
	}
	return NewZkModelVerifier(addr, backend), nil
}

// NewZkModelVerifier binds the adapter at addr.
func NewZkModelVerifier(addr common.Address, backend bind.ContractBackend) *ZkModelVerifier {
	b := bindings.NewZkModelVerifier()
	return &ZkModelVerifier{addr: addr, abi: b, c: b.Instance(backend, addr)}
}

// Address is the adapter's address.
func (v *ZkModelVerifier) Address() common.Address { return v.addr }

// CallDigest computes the circuit's public input for a proof by prover of input and output on-chain.
func (v *ZkModelVerifier) CallDigest(ctx context.Context, prover common.Address, input, output []byte) (*big.Int, error) {
	return view(ctx, v.c, v.abi.PackDigest(prover, nonNil(input), nonNil(output)), v.abi.UnpackDigest)
}

// CallVerify asks whether proof, submitted by prover, shows the model maps input to output.
func (v *ZkModelVerifier) CallVerify(ctx context.Context, prover common.Address, input, output, proof []byte) (bool, error) {
	return view(ctx, v.c, v.abi.PackVerify(prover, nonNil(input), nonNil(output), nonNil(proof)), v.abi.UnpackVerify)
}

// DigestTx is a transaction computing the digest for prover, for measuring its gas.
func (v *ZkModelVerifier) DigestTx(prover common.Address, input, output []byte) chain.TxCandidate {
	return candidate(v.addr, v.abi.PackDigest(prover, nonNil(input), nonNil(output)), nil)
}

// VerifyTx is a transaction running a verification for prover, for measuring its gas.
func (v *ZkModelVerifier) VerifyTx(prover common.Address, input, output, proof []byte) chain.TxCandidate {
	return candidate(v.addr, v.abi.PackVerify(prover, nonNil(input), nonNil(output), nonNil(proof)), nil)
}

// CallGroth16Verifier reads the model's Groth16 verifier address.
func (v *ZkModelVerifier) CallGroth16Verifier(ctx context.Context) (common.Address, error) {
	return view(ctx, v.c, v.abi.PackGroth16Verifier(), v.abi.UnpackGroth16Verifier)
}

// Groth16VerifyTx calls gnark's exported verifyProof(proof, [digest]) directly: the cost of the
// proof check alone, without the digest that binds prover, input and output.
func Groth16VerifyTx(verifier common.Address, proof []byte, digest *big.Int) (chain.TxCandidate, error) {
	bytesT, err := abi.NewType("bytes", "", nil)
	if err != nil {
		return chain.TxCandidate{}, err
	}
	arrT, err := abi.NewType("uint256[1]", "", nil)
	if err != nil {
		return chain.TxCandidate{}, err
	}
	args, err := abi.Arguments{{Type: bytesT}, {Type: arrT}}.Pack(proof, [1]*big.Int{digest})
	if err != nil {
		return chain.TxCandidate{}, err
	}
	return candidate(verifier, append(crypto.Keccak256([]byte("verifyProof(bytes,uint256[1])"))[:4], args...), nil), nil
}
