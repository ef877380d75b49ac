package contracts

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/auspex-labs/auspex/bindings"
	"github.com/auspex-labs/auspex/internal/chain"
)

// Delivery is what the ResultStore example received for one request.
type Delivery struct {
	Count     uint32 // callbacks received (1 when all is well)
	Failed    bool
	ErrorCode uint16
	Refunded  bool
	Refund    *big.Int // wei credited to the request's requester at the oracle
	Output    []byte
}

// ResultStore is the generic example consumer at one address.
type ResultStore struct {
	addr common.Address
	abi  *bindings.ResultStore
	c    *bind.BoundContract
}

// DeployResultStore deploys a ResultStore that accepts callbacks from oracle.
func DeployResultStore(ctx context.Context, s *chain.Sender, backend bind.ContractBackend, oracle common.Address) (*ResultStore, *types.Receipt, error) {
	b := bindings.NewResultStore()
	addr, rcpt, err := s.Deploy(ctx, common.FromHex(bindings.ResultStoreMetaData.Bin), b.PackConstructor(oracle))
	if err != nil {
		return nil, nil, fmt.Errorf("deploy ResultStore: %w", err)
	}
	return NewResultStore(addr, backend), rcpt, nil
}

// NewResultStore binds the ResultStore at addr.
func NewResultStore(addr common.Address, backend bind.ContractBackend) *ResultStore {
	b := bindings.NewResultStore()
	return &ResultStore{addr: addr, abi: b, c: b.Instance(backend, addr)}
}

// Address is the store's address.
func (r *ResultStore) Address() common.Address { return r.addr }

// CallResultOf reads what was delivered for a request.
func (r *ResultStore) CallResultOf(ctx context.Context, id *big.Int) (Delivery, error) {
	d, err := bind.Call(r.c, &bind.CallOpts{Context: ctx}, r.abi.PackResultOf(id), r.abi.UnpackResultOf)
	if err != nil {
		return Delivery{}, fmt.Errorf("read delivery: %w", DecodeRevert(err))
	}
	return Delivery{Count: d.Count, Failed: d.Failed, ErrorCode: d.ErrorCode, Refunded: d.Refunded, Refund: d.RefundAmount, Output: d.Output}, nil
}

// CallDeliveries reads the number of callbacks received in total.
func (r *ResultStore) CallDeliveries(ctx context.Context) (uint64, error) {
	n, err := bind.Call(r.c, &bind.CallOpts{Context: ctx}, r.abi.PackDeliveries(), r.abi.UnpackDeliveries)
	if err != nil {
		return 0, fmt.Errorf("read deliveries: %w", DecodeRevert(err))
	}
	return n.Uint64(), nil
}
