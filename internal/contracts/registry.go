package contracts

import (
	"context"
	"fmt"
	"math/big"
	"time"

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
	OnnxHash    common.Hash
	ProgramHash common.Hash
	LayoutRoot  common.Hash // required unless Mode is ZK (docs/DISPUTE.md)
	// InputShapes is the input-shape binding the program is compiled with, in its canonical
	// encoding (inference.EncodeInputShapes, docs/ENCODING.md "Input shapes"); empty: none.
	InputShapes     []byte
	URI             string
	Fee             *big.Int
	Mode            VerificationMode
	ChallengeWindow uint32 // seconds; zero for ZK-only models
	ZkVerifier      common.Address
	// ZkKeysHash is the sha256 of the model's proving-key bundle (zk.Bundle) and ZkKeysURI where
	// nodes fetch it; both required for ZK modes, so that any operator can prove the model's runs.
	ZkKeysHash common.Hash
	ZkKeysURI  string
}

// Model is a registered model. Fee and Deprecated are the terms in force now (an announced change
// of a tokenized model counts once its time has come).
type Model struct {
	ID       uint64
	Owner    common.Address
	Receiver common.Address
	ModelSpec
	Deprecated bool
	Tokenized  bool // the receiver is the model's ERC-7641 token for good
	// Available: the model's file is published on-chain (PublishDataTxs); the oracle takes requests
	// for a model that is not ZK-only only once it is.
	Available bool
}

// PendingChanges are a tokenized model's announced changes (zero times: none).
type PendingChanges struct {
	Fee                    *big.Int // takes effect at FeeEffectiveAt
	FeeEffectiveAt         uint64   // unix time
	DeprecationEffectiveAt uint64   // unix time
}

// Time locks of a tokenized model's terms; the contract's FEE_CHANGE_DELAY and DEPRECATION_DELAY.
const (
	FeeChangeDelay   = 7 * 24 * time.Hour
	DeprecationDelay = 30 * 24 * time.Hour
)

// Registry is the ModelRegistry contract at one address.
type Registry struct {
	addr    common.Address
	abi     *bindings.ModelRegistry
	c       *bind.BoundContract
	backend bind.ContractBackend // for the logs of published model data
}

// NewRegistry binds the ModelRegistry at addr.
func NewRegistry(addr common.Address, backend bind.ContractBackend) *Registry {
	b := bindings.NewModelRegistry()
	return &Registry{addr: addr, abi: b, c: b.Instance(backend, addr), backend: backend}
}

// Address is the registry's address.
func (r *Registry) Address() common.Address { return r.addr }

// CallModel reads a model; it fails with ModelNotFound for unknown ids.
func (r *Registry) CallModel(ctx context.Context, id uint64) (Model, error) {
	m, err := bind.Call(r.c, &bind.CallOpts{Context: ctx}, r.abi.PackGetModel(new(big.Int).SetUint64(id)), r.abi.UnpackGetModel)
	if err != nil {
		return Model{}, fmt.Errorf("read model %d: %w", id, DecodeRevert(err))
	}
	tokenized, err := view(ctx, r.c, r.abi.PackIsTokenized(new(big.Int).SetUint64(id)), r.abi.UnpackIsTokenized)
	if err != nil {
		return Model{}, fmt.Errorf("read model %d: %w", id, err)
	}
	return Model{
		ID:       id,
		Owner:    m.Owner,
		Receiver: m.Receiver,
		ModelSpec: ModelSpec{
			OnnxHash:        m.OnnxHash,
			ProgramHash:     m.ProgramHash,
			LayoutRoot:      m.LayoutRoot,
			InputShapes:     m.InputShapes,
			URI:             m.Uri,
			Fee:             m.Terms.Fee,
			Mode:            VerificationMode(m.Terms.Mode),
			ChallengeWindow: m.Terms.ChallengeWindow,
			ZkVerifier:      m.ZkVerifier,
			ZkKeysHash:      m.ZkKeysHash,
			ZkKeysURI:       m.ZkKeysUri,
		},
		Deprecated: m.Terms.Deprecated,
		Tokenized:  tokenized,
		Available:  m.Terms.Available,
	}, nil
}

// CallPendingChanges reads a model's announced fee change and deprecation.
func (r *Registry) CallPendingChanges(ctx context.Context, id uint64) (PendingChanges, error) {
	p, err := view(ctx, r.c, r.abi.PackPendingChanges(new(big.Int).SetUint64(id)), r.abi.UnpackPendingChanges)
	if err != nil {
		return PendingChanges{}, fmt.Errorf("read pending changes of model %d: %w", id, err)
	}
	return PendingChanges{Fee: p.Fee, FeeEffectiveAt: p.FeeEffectiveAt.Uint64(), DeprecationEffectiveAt: p.DeprecationEffectiveAt.Uint64()}, nil
}

// CallTokenizer reads the contract allowed to tokenize models (zero until set).
func (r *Registry) CallTokenizer(ctx context.Context) (common.Address, error) {
	a, err := view(ctx, r.c, r.abi.PackTokenizer(), r.abi.UnpackTokenizer)
	if err != nil {
		return common.Address{}, fmt.Errorf("read tokenizer: %w", err)
	}
	return a, nil
}

// CallTimeLocks reads the registry's FEE_CHANGE_DELAY and DEPRECATION_DELAY.
func (r *Registry) CallTimeLocks(ctx context.Context) (fee, deprecation time.Duration, err error) {
	f, err := view(ctx, r.c, r.abi.PackFEECHANGEDELAY(), r.abi.UnpackFEECHANGEDELAY)
	if err != nil {
		return 0, 0, fmt.Errorf("read FEE_CHANGE_DELAY: %w", err)
	}
	d, err := view(ctx, r.c, r.abi.PackDEPRECATIONDELAY(), r.abi.UnpackDEPRECATIONDELAY)
	if err != nil {
		return 0, 0, fmt.Errorf("read DEPRECATION_DELAY: %w", err)
	}
	return time.Duration(f.Int64()) * time.Second, time.Duration(d.Int64()) * time.Second, nil
}

// CallModelCount reads how many models exist (ids 1..count).
func (r *Registry) CallModelCount(ctx context.Context) (uint64, error) {
	n, err := bind.Call(r.c, &bind.CallOpts{Context: ctx}, r.abi.PackModelCount(), r.abi.UnpackModelCount)
	if err != nil {
		return 0, fmt.Errorf("read model count: %w", DecodeRevert(err))
	}
	return uint64(n), nil
}

// RegisterModelTx registers a model owned by the sender. Until its file is published
// (PublishDataTxs) the oracle refuses its requests, unless it is ZK-only.
func (r *Registry) RegisterModelTx(s ModelSpec) chain.TxCandidate {
	return r.tx(r.abi.PackRegisterModel(s.OnnxHash, s.ProgramHash, s.LayoutRoot, s.InputShapes, s.URI, s.Fee, uint8(s.Mode), s.ChallengeWindow, s.ZkVerifier,
		s.ZkKeysHash, s.ZkKeysURI))
}

// SetFeeTx changes a model's fee (model owner only); for a tokenized model it announces the change
// (within ÷2..×2 of the fee in force, effective FeeChangeDelay later).
func (r *Registry) SetFeeTx(id uint64, fee *big.Int) chain.TxCandidate {
	return r.tx(r.abi.PackSetFee(new(big.Int).SetUint64(id), fee))
}

// SetURITx moves a model's file (model owner only).
func (r *Registry) SetURITx(id uint64, uri string) chain.TxCandidate {
	return r.tx(r.abi.PackSetURI(new(big.Int).SetUint64(id), uri))
}

// SetZkKeysURITx moves a ZK-mode model's proving-key bundle to a new URI (model owner only); its
// hash never changes.
func (r *Registry) SetZkKeysURITx(id uint64, uri string) chain.TxCandidate {
	return r.tx(r.abi.PackSetZkKeysURI(new(big.Int).SetUint64(id), uri))
}

// CancelFeeChangeTx withdraws a tokenized model's announced fee change (model owner only).
func (r *Registry) CancelFeeChangeTx(id uint64) chain.TxCandidate {
	return r.tx(r.abi.PackCancelFeeChange(new(big.Int).SetUint64(id)))
}

// SetReceiverTx changes where a model's fee share goes (model owner only; refused once tokenized).
func (r *Registry) SetReceiverTx(id uint64, receiver common.Address) chain.TxCandidate {
	return r.tx(r.abi.PackSetReceiver(new(big.Int).SetUint64(id), receiver))
}

// TransferModelOwnershipTx hands a model to a new owner (model owner only).
func (r *Registry) TransferModelOwnershipTx(id uint64, owner common.Address) chain.TxCandidate {
	return r.tx(r.abi.PackTransferModelOwnership(new(big.Int).SetUint64(id), owner))
}

// DeprecateTx stops new requests for a model (model owner only); for a tokenized model it announces
// the deprecation, effective DeprecationDelay later.
func (r *Registry) DeprecateTx(id uint64) chain.TxCandidate {
	return r.tx(r.abi.PackDeprecate(new(big.Int).SetUint64(id)))
}

// CancelDeprecationTx withdraws a tokenized model's announced deprecation (model owner only).
func (r *Registry) CancelDeprecationTx(id uint64) chain.TxCandidate {
	return r.tx(r.abi.PackCancelDeprecation(new(big.Int).SetUint64(id)))
}

// SetTokenizerTx names the one contract that may tokenize models, the IMO factory (the registry's
// deployer only, once).
func (r *Registry) SetTokenizerTx(tokenizer common.Address) chain.TxCandidate {
	return r.tx(r.abi.PackSetTokenizer(tokenizer))
}

// Registration is a ModelRegistered event: the new model's id, its owner and what was registered.
type Registration struct {
	ID    uint64
	Owner common.Address
	ModelSpec
}

// ParseRegistration returns the model registered in rcpt, as its ModelRegistered event tells it.
func (r *Registry) ParseRegistration(rcpt *types.Receipt) (Registration, error) {
	for _, l := range rcpt.Logs {
		if l.Address != r.addr {
			continue
		}
		if ev, err := r.abi.UnpackModelRegisteredEvent(l); err == nil {
			return Registration{ID: ev.ModelId.Uint64(), Owner: ev.Owner, ModelSpec: ModelSpec{
				OnnxHash: ev.OnnxHash, ProgramHash: ev.ProgramHash, LayoutRoot: ev.LayoutRoot, InputShapes: ev.InputShapes,
				URI: ev.Uri, Fee: ev.Fee, Mode: VerificationMode(ev.Mode), ChallengeWindow: ev.ChallengeWindow, ZkVerifier: ev.ZkVerifier,
				ZkKeysHash: ev.ZkKeysHash, ZkKeysURI: ev.ZkKeysUri,
			}}, nil
		}
	}
	return Registration{}, fmt.Errorf("no ModelRegistered event in tx %s", rcpt.TxHash)
}

// ParseModelRegistered returns the id of the model registered in rcpt.
func (r *Registry) ParseModelRegistered(rcpt *types.Receipt) (uint64, error) {
	reg, err := r.ParseRegistration(rcpt)
	return reg.ID, err
}

func (r *Registry) tx(data []byte) chain.TxCandidate { return candidate(r.addr, data, nil) }
