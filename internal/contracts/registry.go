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

// VerificationMode is how a model's results become final.
type VerificationMode uint8

const (
	ModeOPML      VerificationMode = 0
	ModeZK        VerificationMode = 1
	ModeOPMLAndZK VerificationMode = 2
)

func (m VerificationMode) String() string {
	switch m {
	case ModeOPML:
		return "OPML"
	case ModeZK:
		return "ZK"
	case ModeOPMLAndZK:
		return "OPML_AND_ZK"
	}
	return fmt.Sprintf("VerificationMode(%d)", uint8(m))
}

// ModelSpec is what a model creator registers.
type ModelSpec struct {
	OnnxHash        common.Hash
	ProgramHash     common.Hash
	LayoutRoot      common.Hash // required unless Mode is ZK (docs/DISPUTE.md)
	URI             string
	Fee             *big.Int
	Mode            VerificationMode
	ChallengeWindow uint32 // seconds; zero for ZK-only models
	ZkVerifier      common.Address
}

// Model is a registered model.
type Model struct {
	ID       uint64
	Owner    common.Address
	Receiver common.Address
	ModelSpec
	Deprecated bool
}

// Registry is the ModelRegistry contract at one address.
type Registry struct {
	addr common.Address
	abi  *bindings.ModelRegistry
	c    *bind.BoundContract
}

// NewRegistry binds the ModelRegistry at addr.
func NewRegistry(addr common.Address, backend bind.ContractBackend) *Registry {
	b := bindings.NewModelRegistry()
	return &Registry{addr: addr, abi: b, c: b.Instance(backend, addr)}
}

// Address is the registry's address.
func (r *Registry) Address() common.Address { return r.addr }

// CallModel reads a model; it fails with ModelNotFound for unknown ids.
func (r *Registry) CallModel(ctx context.Context, id uint64) (Model, error) {
	m, err := bind.Call(r.c, &bind.CallOpts{Context: ctx}, r.abi.PackGetModel(new(big.Int).SetUint64(id)), r.abi.UnpackGetModel)
	if err != nil {
		return Model{}, fmt.Errorf("read model %d: %w", id, DecodeRevert(err))
	}
	return Model{
		ID:       id,
		Owner:    m.Owner,
		Receiver: m.Receiver,
		ModelSpec: ModelSpec{
			OnnxHash:        m.OnnxHash,
			ProgramHash:     m.ProgramHash,
			LayoutRoot:      m.LayoutRoot,
			URI:             m.Uri,
			Fee:             m.Terms.Fee,
			Mode:            VerificationMode(m.Terms.Mode),
			ChallengeWindow: m.Terms.ChallengeWindow,
			ZkVerifier:      m.ZkVerifier,
		},
		Deprecated: m.Terms.Deprecated,
	}, nil
}

// CallModelCount reads how many models exist (ids 1..count).
func (r *Registry) CallModelCount(ctx context.Context) (uint64, error) {
	n, err := bind.Call(r.c, &bind.CallOpts{Context: ctx}, r.abi.PackModelCount(), r.abi.UnpackModelCount)
	if err != nil {
		return 0, fmt.Errorf("read model count: %w", DecodeRevert(err))
	}
	return uint64(n), nil
}

// RegisterModelTx registers a model owned by the sender.
func (r *Registry) RegisterModelTx(s ModelSpec) chain.TxCandidate {
	return r.tx(r.abi.PackRegisterModel(s.OnnxHash, s.ProgramHash, s.LayoutRoot, s.URI, s.Fee, uint8(s.Mode), s.ChallengeWindow, s.ZkVerifier))
}

// SetFeeTx changes a model's fee (model owner only).
func (r *Registry) SetFeeTx(id uint64, fee *big.Int) chain.TxCandidate {
	return r.tx(r.abi.PackSetFee(new(big.Int).SetUint64(id), fee))
}

// SetURITx moves a model's file (model owner only).
func (r *Registry) SetURITx(id uint64, uri string) chain.TxCandidate {
	return r.tx(r.abi.PackSetURI(new(big.Int).SetUint64(id), uri))
}

// SetReceiverTx changes where a model's fee share goes (model owner only).
func (r *Registry) SetReceiverTx(id uint64, receiver common.Address) chain.TxCandidate {
	return r.tx(r.abi.PackSetReceiver(new(big.Int).SetUint64(id), receiver))
}

// TransferModelOwnershipTx hands a model to a new owner (model owner only).
func (r *Registry) TransferModelOwnershipTx(id uint64, owner common.Address) chain.TxCandidate {
	return r.tx(r.abi.PackTransferModelOwnership(new(big.Int).SetUint64(id), owner))
}

// DeprecateTx stops new requests for a model (model owner only).
func (r *Registry) DeprecateTx(id uint64) chain.TxCandidate {
	return r.tx(r.abi.PackDeprecate(new(big.Int).SetUint64(id)))
}

// ParseModelRegistered returns the id of the model registered in rcpt.
func (r *Registry) ParseModelRegistered(rcpt *types.Receipt) (uint64, error) {
	for _, l := range rcpt.Logs {
		if l.Address != r.addr {
			continue
		}
		if ev, err := r.abi.UnpackModelRegisteredEvent(l); err == nil {
			return ev.ModelId.Uint64(), nil
		}
	}
	return 0, fmt.Errorf("no ModelRegistered event in tx %s", rcpt.TxHash)
}

func (r *Registry) tx(data []byte) chain.TxCandidate { return candidate(r.addr, data, nil) }
