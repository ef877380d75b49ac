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

// Classification is the DigitClassifier example's record of one request.
type Classification struct {
	Requester     common.Address // who paid, and gets any refund
	Done          bool
	Failed        bool // finalized with an error (ErrorCode)
	Refunded      bool // the oracle refunded the request
	RefundClaimed bool
	Digit         uint8
	ErrorCode     uint16
	Paid          *big.Int // returned on a refund: the fee less the refunder's keeper pay
	ModelFee      *big.Int // returned on an error
}

// DigitClassifier is the example MNIST dApp at one address.
type DigitClassifier struct {
	addr common.Address
	abi  *bindings.DigitClassifier
	c    *bind.BoundContract
}

// DeployDigitClassifier deploys the example dApp for oracle and modelID.
func DeployDigitClassifier(ctx context.Context, s *chain.Sender, backend bind.ContractBackend, oracle common.Address, modelID uint64) (*DigitClassifier, *types.Receipt, error) {
	b := bindings.NewDigitClassifier()
	addr, rcpt, err := s.Deploy(ctx, common.FromHex(bindings.DigitClassifierMetaData.Bin), b.PackConstructor(oracle, u64(modelID)))
	if err != nil {
		return nil, nil, fmt.Errorf("deploy DigitClassifier: %w", err)
	}
	return &DigitClassifier{addr: addr, abi: b, c: b.Instance(backend, addr)}, rcpt, nil
}

// Address is the dApp's address.
func (d *DigitClassifier) Address() common.Address { return d.addr }

// CallFee reads the fee a classification takes in the latest block (it follows the base fee: send a
// margin, ClassifyTx's surplus comes back).
func (d *DigitClassifier) CallFee(ctx context.Context) (*big.Int, error) {
	v, err := bind.Call(d.c, &bind.CallOpts{Context: ctx}, d.abi.PackFee(), d.abi.UnpackFee)
	if err != nil {
		return nil, fmt.Errorf("read classifier fee: %w", DecodeRevert(err))
	}
	return v, nil
}

// CallClassification reads what the dApp stored for a request.
func (d *DigitClassifier) CallClassification(ctx context.Context, requestID *big.Int) (Classification, error) {
	v, err := bind.Call(d.c, &bind.CallOpts{Context: ctx}, d.abi.PackClassifications(requestID), d.abi.UnpackClassifications)
	if err != nil {
		return Classification{}, fmt.Errorf("read classification: %w", DecodeRevert(err))
	}
	return Classification{Requester: v.Requester, Done: v.Done, Failed: v.Failed, Refunded: v.Refunded,
		RefundClaimed: v.RefundClaimed, Digit: v.Digit, ErrorCode: v.ErrorCode, Paid: v.Paid, ModelFee: v.ModelFee}, nil
}

// CallRefundable reads what ClaimRefundTx would pay the requester now.
func (d *DigitClassifier) CallRefundable(ctx context.Context, requestID *big.Int) (*big.Int, error) {
	v, err := bind.Call(d.c, &bind.CallOpts{Context: ctx}, d.abi.PackRefundable(requestID), d.abi.UnpackRefundable)
	if err != nil {
		return nil, fmt.Errorf("read refundable: %w", DecodeRevert(err))
	}
	return v, nil
}

// ClaimRefundTx sends what the oracle returned for a refunded or errored request to the user who
// paid for it (anyone may send it).
func (d *DigitClassifier) ClaimRefundTx(requestID *big.Int) chain.TxCandidate {
	return candidate(d.addr, d.abi.PackClaimRefund(requestID), nil)
}

// ClassifyTx asks the dApp to classify a 784-byte image, sending value (at least the fee in its
// block; the dApp returns the surplus).
func (d *DigitClassifier) ClassifyTx(image []byte, fee *big.Int) chain.TxCandidate {
	to := d.addr
	return chain.TxCandidate{To: &to, Data: d.abi.PackClassify(image), Value: fee}
}
