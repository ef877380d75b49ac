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
// and the transaction that made them.
type Tokenized struct {
	Token, Sale common.Address
	Create      *types.Receipt
}

// Tokenize creates a model's ERC-7641 token (and, when part of the supply is offered, its IMOSale)
// through the IMO factory, which in the same transaction makes the token the model's receiver for
// good (ModelRegistry.tokenize), so that its fee share flows to the holders (docs/IMO.md). s must be
// the model's owner.
func Tokenize(ctx context.Context, s *chain.Sender, fac *contracts.IMOFactory, modelID uint64, p contracts.TokenParams) (Tokenized, error) {
	var t Tokenized
	var err error
	if t.Create, err = s.Send(ctx, fac.CreateTokenTx(modelID, p)); err != nil {
		return t, fmt.Errorf("create the token of model #%d: %w", modelID, err)
	}
	if t.Token, t.Sale, err = fac.ParseTokenCreated(t.Create); err != nil {
		return t, err
	}
	return t, nil
}
