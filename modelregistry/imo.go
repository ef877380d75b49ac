package modelregistry

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/auspex-labs/auspex/internal/chain"
	"github.com/auspex-labs/auspex/internal/contracts"
)

// Tokenized is a model turned into an asset: its ERC-7641 token, its offering (zero without one),
// and the two transactions that made it.
type Tokenized struct {
	Token, Sale   common.Address
	Create, Route *types.Receipt
}

// Tokenize creates a model's ERC-7641 token (and, when part of the supply is offered, its IMOSale)
// through the IMO factory, then points the model's receiver at the token so that its fee share
// flows to the holders (docs/IMO.md). s must be the model's owner.
func Tokenize(ctx context.Context, s *chain.Sender, fac *contracts.IMOFactory, reg *contracts.Registry, modelID uint64, p contracts.TokenParams) (Tokenized, error) {
	var t Tokenized
	var err error
	if t.Create, err = s.Send(ctx, fac.CreateTokenTx(modelID, p)); err != nil {
		return t, fmt.Errorf("create the token of model #%d: %w", modelID, err)
	}
	if t.Token, t.Sale, err = fac.ParseTokenCreated(t.Create); err != nil {
		return t, err
	}
	if t.Route, err = s.Send(ctx, reg.SetReceiverTx(modelID, t.Token)); err != nil {
		return t, fmt.Errorf("route model #%d's revenue to %s: %w", modelID, t.Token.Hex(), err)
	}
	return t, nil
}
