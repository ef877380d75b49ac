package zk

import (
	"context"
	"fmt"
	"path/filepath"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"

	"github.com/auspex-labs/auspex/internal/chain"
	"github.com/auspex-labs/auspex/internal/contracts"
	"github.com/auspex-labs/auspex/internal/solc"
)

// DeployVerifier compiles the Groth16 verifier that Write exported into dir with the pinned solc
// (the checkout at root), deploys it and the ZkModelVerifier that binds requests to it, and
// returns the latter: the address a ZK-mode model registers.
func DeployVerifier(ctx context.Context, s *chain.Sender, backend bind.ContractBackend, root, dir string) (*contracts.ZkModelVerifier, error) {
	info, err := ReadMeta(dir)
	if err != nil {
		return nil, err
	}
	c, err := solc.CompileFile(ctx, root, filepath.Join(dir, verifierFile), "Verifier", true)
	if err != nil {
		return nil, err
	}
	addr, _, err := s.Deploy(ctx, c.Bin, nil)
	if err != nil {
		return nil, fmt.Errorf("deploy the Groth16 verifier: %w", err)
	}
	return contracts.DeployZkModelVerifier(ctx, s, backend, addr, info.Format.ChunkBytes(), info.InputBits, info.OutputBits)
}
