package contracts

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
)

// ViewGas is what calling one view function costs a contract, measured as eth_estimateGas of a
// call (including the 21k intrinsic cost an external transaction would pay).
type ViewGas struct {
	Contract, Function string
	Gas                uint64
}

// MeasureViews estimates the gas of every view function of the registry and the oracle for one
// model, one finalized request and one account: the costs a dApp pays when it reads them on-chain.
func MeasureViews(ctx context.Context, est ethereum.GasEstimator, reg *Registry, orc *Oracle, modelID uint64, requestID *big.Int, account common.Address) ([]ViewGas, error) {
	ra, oa := reg.abi, orc.abi
	m := new(big.Int).SetUint64(modelID)
	calls := []struct {
		contract, fn string
		to           common.Address
		data         []byte
	}{
		{"ModelRegistry", "modelTerms", reg.addr, ra.PackModelTerms(m)},
		{"ModelRegistry", "receiverOf", reg.addr, ra.PackReceiverOf(m)},
		{"ModelRegistry", "getModel", reg.addr, ra.PackGetModel(m)},
		{"ModelRegistry", "modelCount", reg.addr, ra.PackModelCount()},
		{"ModelRegistry", "minChallengeWindow", reg.addr, ra.PackMinChallengeWindow()},
		{"ModelRegistry", "maxChallengeWindow", reg.addr, ra.PackMaxChallengeWindow()},
		{"AIOracle", "estimateFee", orc.addr, oa.PackEstimateFee(m, 100_000)},
		{"AIOracle", "estimateBatchFee", orc.addr, oa.PackEstimateBatchFee(m, big.NewInt(4), 100_000)},
		{"AIOracle", "isFinalized", orc.addr, oa.PackIsFinalized(requestID)},
		{"AIOracle", "getResult", orc.addr, oa.PackGetResult(requestID)},
		{"AIOracle", "getRequest", orc.addr, oa.PackGetRequest(requestID)},
		{"AIOracle", "getProposal", orc.addr, oa.PackGetProposal(requestID)},
		{"AIOracle", "computeRequestId", orc.addr, oa.PackComputeRequestId(big.NewInt(1), common.Hash{1})},
		{"AIOracle", "config", orc.addr, oa.PackConfig()},
		{"AIOracle", "balances", orc.addr, oa.PackBalances(account)},
		{"AIOracle", "operatorOf", orc.addr, oa.PackOperatorOf(account)},
		{"AIOracle", "protocolFeesAccrued", orc.addr, oa.PackProtocolFeesAccrued()},
		{"AIOracle", "treasury", orc.addr, oa.PackTreasury()},
		{"AIOracle", "disputeGame", orc.addr, oa.PackDisputeGame()},
		{"AIOracle", "registry", orc.addr, oa.PackRegistry()},
		{"AIOracle", "proposalBond", orc.addr, oa.PackProposalBond()},
		{"AIOracle", "withdrawalDelay", orc.addr, oa.PackWithdrawalDelay()},
		{"AIOracle", "owner", orc.addr, oa.PackOwner()},
		{"AIOracle", "pendingOwner", orc.addr, oa.PackPendingOwner()},
		{"AIOracle", "MAX_CALLBACK_GAS_LIMIT (and the other constants)", orc.addr, oa.PackMAXCALLBACKGASLIMIT()},
	}
	out := make([]ViewGas, 0, len(calls))
	for _, c := range calls {
		to := c.to
		gas, err := est.EstimateGas(ctx, ethereum.CallMsg{From: account, To: &to, Data: c.data})
		if err != nil {
			return nil, fmt.Errorf("estimate %s.%s: %w", c.contract, c.fn, DecodeRevert(err))
		}
		out = append(out, ViewGas{c.contract, c.fn, gas})
	}
	return out, nil
}
