package contracts

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/auspex-labs/auspex/bindings"
	"github.com/auspex-labs/auspex/internal/chain"
)

// DeployParams are the protocol parameters fixed at deployment.
type DeployParams struct {
	Owner              common.Address
	Treasury           common.Address
	MinChallengeWindow uint32 // seconds
	MaxChallengeWindow uint32 // seconds
	Config             Config
	ProposalBond       *big.Int // locked per open proposal
	WithdrawalDelay    uint64   // seconds
}

// Check reports the first invalid parameter.
func (p DeployParams) Check() error {
	switch {
	case p.Owner == (common.Address{}):
		return fmt.Errorf("owner is zero")
	case p.Treasury == (common.Address{}):
		return fmt.Errorf("treasury is zero")
	case p.MinChallengeWindow == 0 || p.MinChallengeWindow > p.MaxChallengeWindow:
		return fmt.Errorf("challenge window bounds [%d, %d] invalid", p.MinChallengeWindow, p.MaxChallengeWindow)
	case p.Config.OperatorFee == nil:
		return fmt.Errorf("operator fee unset")
	case p.Config.Check() != nil:
		return p.Config.Check()
	case p.Config.RequestTimeout == 0:
		return fmt.Errorf("request timeout is zero")
	case p.ProposalBond == nil || p.ProposalBond.Sign() <= 0:
		return fmt.Errorf("proposal bond must be positive")
	}
	return nil
}

// Deployment is a deployed set of Auspex contracts.
type Deployment struct {
	Registry *Registry
	Oracle   *Oracle
	// GasUsed and TxHash per deployed contract name.
	GasUsed map[string]uint64
	TxHash  map[string]common.Hash
}

// Deploy deploys the ModelRegistry and the AIOracle with p, sent by s.
func Deploy(ctx context.Context, s *chain.Sender, backend bind.ContractBackend, p DeployParams) (*Deployment, error) {
	if err := p.Check(); err != nil {
		return nil, fmt.Errorf("deploy params: %w", err)
	}
	d := &Deployment{GasUsed: map[string]uint64{}, TxHash: map[string]common.Hash{}}
	regAddr, rcpt, err := s.Deploy(ctx, common.FromHex(bindings.ModelRegistryMetaData.Bin),
		bindings.NewModelRegistry().PackConstructor(p.MinChallengeWindow, p.MaxChallengeWindow))
	if err != nil {
		return nil, fmt.Errorf("deploy ModelRegistry: %w", err)
	}
	d.GasUsed["ModelRegistry"], d.TxHash["ModelRegistry"] = rcpt.GasUsed, rcpt.TxHash
	c, err := p.Config.packed()
	if err != nil {
		return nil, fmt.Errorf("deploy params: %w", err)
	}
	oracleAddr, rcpt, err := s.Deploy(ctx, common.FromHex(bindings.AIOracleMetaData.Bin),
		bindings.NewAIOracle().PackConstructor(regAddr, p.Owner, p.Treasury, c, p.ProposalBond, p.WithdrawalDelay))
	if err != nil {
		return nil, fmt.Errorf("deploy AIOracle: %w", err)
	}
	d.GasUsed["AIOracle"], d.TxHash["AIOracle"] = rcpt.GasUsed, rcpt.TxHash
	d.Registry = NewRegistry(regAddr, backend)
	d.Oracle = NewOracle(oracleAddr, backend)
	return d, nil
}
