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
	Requester common.Address
	Done      bool
	Failed    bool
	Digit     uint8
	ErrorCode uint16
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

// CallFee reads the fee to send with a classification.
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
	return Classification{Requester: v.Requester, Done: v.Done, Failed: v.Failed, Digit: v.Digit, ErrorCode: v.ErrorCode}, nil
}

// ClassifyTx asks the dApp to classify a 784-byte image, paying fee.
func (d *DigitClassifier) ClassifyTx(image []byte, fee *big.Int) chain.TxCandidate {
	to := d.addr
	return chain.TxCandidate{To: &to, Data: d.abi.PackClassify(image), Value: fee}
}
