// Command gastable prints the gas used by every external function of the Auspex contracts, measured
// on go-ethereum's simulated backend (the real EVM, mainnet's fork set) with receipts' gasUsed,
// including the 21k intrinsic cost. Run: go run ./bench/gastable
package main

import (
	"bytes"
	"context"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"time"

	"github.com/consensys/gnark/logger"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/rs/zerolog"

	"github.com/auspex-labs/auspex/fraudproof/zk"
	"github.com/auspex-labs/auspex/inference"
	"github.com/auspex-labs/auspex/inference/trace"
	"github.com/auspex-labs/auspex/internal/chain"
	"github.com/auspex-labs/auspex/internal/contracts"
	"github.com/auspex-labs/auspex/internal/devchain"
	"github.com/auspex-labs/auspex/internal/solc"
	"github.com/auspex-labs/auspex/modelregistry"
)

type row struct {
	contract, function, scenario string
	gas                          uint64
	target                       string
}

func main() {
	// gnark logs to stdout by default: keep the table clean.
	logger.Set(zerolog.Nop())
	rows, err := measure(context.Background())
	if err != nil {
		fmt.Fprintln(os.Stderr, "gastable:", err)
		os.Exit(1)
	}
	fmt.Println("| contract | function | scenario | gas | target |")
	fmt.Println("|---|---|---|---:|---|")
	seen := map[row]bool{}
	for _, r := range rows {
		// Setup repeats a measured call (to create state for later rows); print each case once.
		if seen[r] {
			continue
		}
		seen[r] = true
		fmt.Printf("| %s | %s | %s | %d | %s |\n", r.contract, r.function, r.scenario, r.gas, r.target)
	}
}

func measure(ctx context.Context) ([]row, error) {
	c, err := devchain.New(ctx)
	if err != nil {
		return nil, err
	}
	defer c.Close()
	p := devchain.DefaultParams()
	if err := c.Deploy(ctx, p); err != nil {
		return nil, err
	}
	var rows []row
	var firstErr error
	add := func(_ *devchain.Chain, out **types.Receipt, contract, fn, scenario, target, who string, tx chain.TxCandidate) uint64 {
		if firstErr != nil {
			return 0
		}
		rcpt, err := c.Sender(who).Send(ctx, tx)
		if err != nil {
			firstErr = fmt.Errorf("%s.%s (%s): %w", contract, fn, scenario, err)
			return 0
		}
		rows = append(rows, row{contract, fn, scenario, rcpt.GasUsed, target})
		if out != nil {
			*out = rcpt
		}
		return rcpt.GasUsed
	}
	send := func(contract, fn, scenario, target, who string, tx chain.TxCandidate) {
		add(c, nil, contract, fn, scenario, target, who, tx)
	}
	rows = append(rows,
		row{"ModelRegistry", "constructor", "deploy", c.GasUsed["ModelRegistry"], ""},
		row{"AIOracle", "constructor", "deploy", c.GasUsed["AIOracle"], ""})

	reg, orc := c.Registry, c.Oracle
	mnist, err := shippedModel("mnist-8")
	if err != nil {
		return nil, err
	}
	mnistHash, err := modelregistry.ContentHash(bytes.NewReader(mnist))
	if err != nil {
		return nil, err
	}
	spec := contracts.ModelSpec{
		OnnxHash:        mnistHash,
		ProgramHash:     crypto.Keccak256Hash([]byte("mnist-8 program")),
		LayoutRoot:      crypto.Keccak256Hash([]byte("mnist-8 layout")),
		URI:             "file://models/mnist-8/model.onnx",
		Fee:             big.NewInt(1e16),
		Mode:            contracts.ModeOPML,
		ChallengeWindow: 600,
	}
	rcpt, err := c.Sender(devchain.Creator).Send(ctx, reg.RegisterModelTx(spec))
	if err != nil {
		return nil, err
	}
	rows = append(rows, row{"ModelRegistry", "registerModel", "OPML, 32-byte URI", rcpt.GasUsed, ""})
	model, err := reg.ParseModelRegistered(rcpt)
	if err != nil {
		return nil, err
	}
	// Its file on-chain, so the oracle takes its requests (docs/AVAILABILITY.md); and a 1 MiB blob.
	pub, err := publishRows(ctx, c, model, "mnist-8", mnist)
	if err != nil {
		return nil, err
	}
	rows = append(rows, pub...)
	if pub, err = measureBlobPublication(ctx, c, spec); err != nil {
		return nil, err
	}
	rows = append(rows, pub...)
	spare := c.Addr(devchain.User2)
	send("ModelRegistry", "setFee", "", "", devchain.Creator, reg.SetFeeTx(model, big.NewInt(1e16)))
	send("ModelRegistry", "setURI", "32-byte URI", "", devchain.Creator, reg.SetURITx(model, "ipfs://bafybeigdyrzt5sfp7udm7hu76u"))
	send("ModelRegistry", "setReceiver", "", "", devchain.Creator, reg.SetReceiverTx(model, c.Addr(devchain.Creator)))

	classifier, deployRcpt, err := contracts.DeployDigitClassifier(ctx, c.Sender(devchain.User), c.Client, orc.Address(), model)
	if err != nil {
		return nil, err
	}
	rows = append(rows, row{"DigitClassifier", "constructor", "deploy", deployRcpt.GasUsed, ""})

	send("AIOracle", "depositBond", "first deposit", "", devchain.Operator, orc.DepositBondTx(big.NewInt(2e18)))
	send("AIOracle", "depositBond", "top-up", "", devchain.Operator, orc.DepositBondTx(big.NewInt(1e18)))

	image := devchain.SyntheticDigit()
	fee, err := orc.CallEstimateFee(ctx, model, 0)
	if err != nil {
		return nil, err
	}
	var lastRcpt *types.Receipt
	// reqID sends a request and returns its id (ids are hashes: see AIOracle.computeRequestId).
	reqID := func(fn, scenario, target, who string, tx chain.TxCandidate) *big.Int {
		if add(c, &lastRcpt, contract(fn), fn, scenario, target, who, tx) == 0 {
			return nil
		}
		evs := orc.ParseInferenceRequested(lastRcpt)
		if len(evs) != 1 {
			firstErr = fmt.Errorf("%s: no InferenceRequested", fn)
			return nil
		}
		return evs[0].RequestID
	}
	reqID("requestInference", "784-byte MNIST image, no callback (first request ever)", "", devchain.User, orc.RequestTx(contracts.NewRequest{ModelID: model, Input: image}, fee))
	idPull := reqID("requestInference", "784-byte MNIST image, no callback", "≤ 100k", devchain.User, orc.RequestTx(contracts.NewRequest{ModelID: model, Input: image}, fee))
	idPull2 := reqID("requestInference", "784-byte MNIST image, no callback", "≤ 100k", devchain.User, orc.RequestTx(contracts.NewRequest{ModelID: model, Input: image}, fee))
	cbFee, err := orc.CallEstimateFee(ctx, model, 100_000)
	if err != nil {
		return nil, err
	}
	reqID("requestInference", "784-byte image, callback, no callbackData", "≤ 100k", devchain.User,
		orc.RequestTx(contracts.NewRequest{ModelID: model, Input: image, Callback: classifier.Address(), CallbackGasLimit: 100_000}, cbFee))
	withData := contracts.NewRequest{ModelID: model, Input: image, Callback: classifier.Address(), CallbackGasLimit: 100_000, CallbackData: make32()}
	dataFee, err := orc.CallEstimateRequestFee(ctx, withData)
	if err != nil {
		return nil, err
	}
	idCb := reqID("requestInference", "784-byte image, callback + 32-byte callbackData", "≤ 100k", devchain.User,
		orc.RequestTx(withData, dataFee))
	batch := [][]byte{image, image, image, image}
	bFee, err := orc.CallEstimateBatchFee(ctx, model, 4, 0)
	if err != nil {
		return nil, err
	}
	idBatch := reqID("requestBatchInference", "4 × 784-byte images", "", devchain.User, orc.RequestTx(contracts.NewRequest{ModelID: model, Inputs: batch}, bFee))
	clsFee, err := classifier.CallFee(ctx)
	if err != nil {
		return nil, err
	}
	idCls := reqID("classify", "784-byte image → requestInference with callback", "", devchain.User, classifier.ClassifyTx(image, clsFee))
	idErr := reqID("requestInference", "1-byte input (for the error path)", "", devchain.User, orc.RequestTx(contracts.NewRequest{ModelID: model, Input: []byte{1}}, fee))
	idRefund := reqID("requestInference", "1-byte input (to be refunded)", "", devchain.User2, orc.RequestTx(contracts.NewRequest{ModelID: model, Input: []byte{1}}, fee))
	idSlash := reqID("requestInference", "1-byte input (to be slashed)", "", devchain.User2, orc.RequestTx(contracts.NewRequest{ModelID: model, Input: []byte{1}}, fee))
	idKeeper := reqID("requestInference", "784-byte MNIST image, no callback", "≤ 100k", devchain.User, orc.RequestTx(contracts.NewRequest{ModelID: model, Input: image}, fee))
	idRefundKeeper := reqID("requestInference", "1-byte input (to be refunded)", "", devchain.User2, orc.RequestTx(contracts.NewRequest{ModelID: model, Input: []byte{1}}, fee))
	// From an account no other row credits, so the rows after it keep their fresh or steady slots.
	reqID("requestInference", "784-byte MNIST image, no callback, 1 gwei surplus credited back (fresh balance)", "", devchain.Challenger,
		orc.RequestTx(contracts.NewRequest{ModelID: model, Input: image}, new(big.Int).Add(fee, big.NewInt(1e9))))
	if firstErr != nil {
		return nil, firstErr
	}

	out := logits()
	send("AIOracle", "proposeResult", "10 int64 logits (80 bytes), first proposal", "≤ 100k", devchain.Operator, orc.ProposeResultTx(idPull, out))
	send("AIOracle", "proposeResult", "10 int64 logits (80 bytes)", "≤ 100k", devchain.Operator, orc.ProposeResultTx(idPull2, out))
	send("AIOracle", "proposeResult", "10 int64 logits (80 bytes)", "≤ 100k", devchain.Operator, orc.ProposeResultTx(idCb, out))
	send("AIOracle", "proposeResult", "10 int64 logits (80 bytes)", "≤ 100k", devchain.Operator, orc.ProposeResultTx(idCls, out))
	bytesArr, _ := abi.NewType("bytes[]", "", nil)
	batchOut, _ := abi.Arguments{{Type: bytesArr}}.Pack([][]byte{out, out, out, out})
	send("AIOracle", "proposeResult", "batch of 4 outputs (abi bytes[], 544 bytes)", "", devchain.Operator, orc.ProposeResultTx(idBatch, batchOut))
	send("AIOracle", "proposeError", "invalid input", "", devchain.Operator, orc.ProposeErrorTx(idErr, contracts.ErrorInvalidInput))
	send("AIOracle", "proposeResult", "31-byte output (one storage slot)", "", devchain.Operator, orc.ProposeResultTx(idSlash, out[:31]))
	send("AIOracle", "proposeResult", "10 int64 logits (80 bytes)", "≤ 100k", devchain.Operator, orc.ProposeResultTx(idKeeper, out))

	if err := c.Advance(3601 * time.Second); err != nil {
		return nil, err
	}
	send("AIOracle", "finalize", "no callback; first credits to operator, receiver, treasury", "", devchain.Operator, orc.FinalizeTx(idPull))
	send("AIOracle", "finalize", "no callback (steady state: balances already non-zero)", "≤ 60k + callback", devchain.Operator, orc.FinalizeTx(idPull2))
	send("AIOracle", "finalize", "DigitClassifier callback (argmax + 2 stores), steady state", "≤ 60k + callback", devchain.Operator, orc.FinalizeTx(idCls))
	send("AIOracle", "finalize", "DigitClassifier callback writing a fresh record, 32-byte callbackData", "", devchain.Operator, orc.FinalizeTx(idCb))
	send("AIOracle", "finalize", "batch of 4, no callback", "", devchain.Operator, orc.FinalizeTx(idBatch))
	send("AIOracle", "finalize", "error path, no callback", "", devchain.Operator, orc.FinalizeTx(idErr))
	send("AIOracle", "refund", "after the deadline, by the requester (all back to it)", "", devchain.User2, orc.RefundTx(idRefund))
	send("AIOracle", "refund", "after the deadline, by a keeper (keeper pay to its non-zero balance, the rest to the requester)", "", devchain.Challenger, orc.RefundTx(idRefundKeeper))
	send("AIOracle", "finalize", "no callback, by a keeper (not the proposer; its balance non-zero)", "", devchain.User2, orc.FinalizeTx(idKeeper))
	send("AIOracle", "setDisputeGame", "", "", devchain.Deployer, orc.SetDisputeGameTx(c.Addr(devchain.Challenger)))
	send("AIOracle", "slash", "open proposal, deadline extended, half the bond sent to the game", "", devchain.Challenger, orc.SlashTx(idSlash, 1))
	send("AIOracle", "withdraw", "operator earnings", "", devchain.Operator, orc.WithdrawTx())
	send("AIOracle", "withdrawProtocolFees", "to the treasury", "", devchain.User, orc.WithdrawProtocolFeesTx())
	send("AIOracle", "withdrawFor", "model receiver", "", devchain.User, orc.WithdrawForTx(c.Addr(devchain.Creator)))
	send("AIOracle", "requestBondWithdrawal", "", "", devchain.Operator, orc.RequestBondWithdrawalTx(big.NewInt(1e18)))
	if err := c.Advance(time.Duration(p.WithdrawalDelay) * time.Second); err != nil {
		return nil, err
	}
	send("AIOracle", "withdrawBond", "after the delay", "", devchain.Operator, orc.WithdrawBondTx())
	cfg := p.Config
	cfg.OperatorFee = big.NewInt(2e15)
	setConfig, err := orc.SetConfigTx(cfg)
	if err != nil {
		return nil, err
	}
	send("AIOracle", "setConfig", "", "", devchain.Deployer, setConfig)
	send("AIOracle", "setTreasury", "", "", devchain.Deployer, orc.SetTreasuryTx(c.Addr(devchain.Treasury)))
	send("AIOracle", "transferOwnership", "two-step: start", "", devchain.Deployer, orc.TransferOwnershipTx(spare))
	send("AIOracle", "acceptOwnership", "two-step: accept", "", devchain.User2, orc.AcceptOwnershipTx())
	send("ModelRegistry", "transferModelOwnership", "", "", devchain.Creator, reg.TransferModelOwnershipTx(model, spare))
	send("ModelRegistry", "deprecate", "", "", devchain.User2, reg.DeprecateTx(model))
	if firstErr != nil {
		return nil, firstErr
	}
	// Views, read against the finalized DigitClassifier request (80-byte output).
	views, err := contracts.MeasureViews(ctx, c.Client, reg, orc, model, idCls, c.Addr(devchain.Operator))
	if err != nil {
		return nil, err
	}
	for _, v := range views {
		rows = append(rows, row{v.Contract, v.Function, "view: eth_estimateGas of a call", v.Gas, ""})
	}
	if err := measureIMO(ctx, c, spec, send, func(out **types.Receipt, contract, fn, scenario, who string, tx chain.TxCandidate) {
		add(c, out, contract, fn, scenario, "", who, tx)
	}); err != nil {
		return nil, err
	}
	if firstErr != nil {
		return nil, firstErr
	}
	if err := measureZK(ctx, c, func(contract, fn, scenario, who string, tx chain.TxCandidate) {
		send(contract, fn, scenario, "", who, tx)
	}); err != nil {
		return nil, err
	}
	if firstErr != nil {
		return nil, firstErr
	}
	send("AIOracle", "renounceOwnership", "last: freezes the parameters", "", devchain.User2, orc.RenounceOwnershipTx())
	return rows, firstErr
}

func contract(fn string) string {
	if fn == "classify" {
		return "DigitClassifier"
	}
	return "AIOracle"
}

func logits() []byte {
	out := make([]byte, 80)
	for i := range out {
		out[i] = byte(i*31 + 7)
	}
	return out
}

func make32() []byte {
	b := make([]byte, 32)
	for i := range b {
		b[i] = byte(i + 1)
	}
	return b
}

// measureIMO measures the offering, the revenue-share token and the ERC-7007 collection on a
// freshly registered model.
func measureIMO(ctx context.Context, c *devchain.Chain, spec contracts.ModelSpec, send func(contract, fn, scenario, target, who string, tx chain.TxCandidate),
	keep func(out **types.Receipt, contract, fn, scenario, who string, tx chain.TxCandidate)) error {
	file := []byte("imo model")
	spec.OnnxHash, _ = modelregistry.ContentHash(bytes.NewReader(file))
	rcpt, err := c.Sender(devchain.Creator).Send(ctx, c.Registry.RegisterModelTx(spec))
	if err != nil {
		return err
	}
	model, err := c.Registry.ParseModelRegistered(rcpt)
	if err != nil {
		return err
	}
	if err := modelregistry.Publish(ctx, c.Sender(devchain.Creator), c.Registry, model, file, nil); err != nil {
		return err
	}
	fac, err := contracts.DeployIMOFactory(ctx, c.Sender(devchain.Deployer), c.Client, c.Registry.Address(), c.Oracle.Address())
	if err != nil {
		return err
	}
	head, err := c.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		return err
	}
	units := func(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e18)) }
	rcpt = nil
	keep(&rcpt, "IMOFactory", "createToken", "ERC-7641 token (ETH revenue) + IMOSale", devchain.Creator, fac.CreateTokenTx(model, contracts.TokenParams{Name: "Model revenue", Symbol: "REV",
		Supply: units(1000), CreatorAmount: units(400), PercentClaimable: 80, SnapshotInterval: 60, ClaimPeriod: 12,
		SalePrice: big.NewInt(1e15), SaleSoftCap: units(100), SaleDeadline: new(big.Int).SetUint64(head.Time + 3600)}))
	if rcpt == nil {
		return fmt.Errorf("createToken failed")
	}
	tokAddr, saleAddr, err := fac.ParseTokenCreated(rcpt)
	if err != nil {
		return err
	}
	tok, sale := contracts.NewRevShareToken(tokAddr, c.Client), contracts.NewIMOSale(saleAddr, c.Client)
	// createToken routed the revenue to the token for good; fee changes and deprecation are announced.
	send("ModelRegistry", "setFee", "tokenized: announce ×2 (time-locked)", "", devchain.Creator, c.Registry.SetFeeTx(model, new(big.Int).Mul(spec.Fee, big.NewInt(2))))
	send("ModelRegistry", "cancelFeeChange", "tokenized", "", devchain.Creator, c.Registry.CancelFeeChangeTx(model))
	send("ModelRegistry", "deprecate", "tokenized: announce (time-locked)", "", devchain.Creator, c.Registry.DeprecateTx(model))
	send("ModelRegistry", "cancelDeprecation", "tokenized", "", devchain.Creator, c.Registry.CancelDeprecationTx(model))
	cost, err := sale.CallCost(ctx, units(300))
	if err != nil {
		return err
	}
	send("IMOSale", "buy", "first purchase of a buyer", "", devchain.User, sale.BuyTx(units(300), cost))
	send("IMOSale", "buy", "another buyer, selling out", "", devchain.User2, sale.BuyTx(units(300), cost))
	send("IMOSale", "finalize", "sold out: succeeded", "", devchain.Treasury, sale.FinalizeTx())
	send("IMOSale", "withdrawProceeds", "to the creator", "", devchain.Creator, sale.WithdrawProceedsTx())
	send("IMOSale", "claimTokens", "buyer takes its tokens", "", devchain.User, sale.ClaimTokensTx())
	send("IMOSale", "claimTokens", "buyer takes its tokens", "", devchain.User2, sale.ClaimTokensTx())
	send("ERC7641", "transfer", "to a new holder (two balance checkpoints)", "", devchain.User, tok.TransferTx(c.Addr(devchain.Challenger), units(50)))
	send("ERC7641", "transfer", "to a holder (two balance checkpoints)", "", devchain.User, tok.TransferTx(c.Addr(devchain.User2), units(50)))
	to := tokAddr
	send("ERC7641", "receive", "ETH revenue sent to the token", "", devchain.Treasury, chain.TxCandidate{To: &to, Value: big.NewInt(1e18)})
	if err := c.Advance(61 * time.Second); err != nil {
		return err
	}
	send("ERC7641", "snapshot", "pull from the oracle, split ETH revenue", "", devchain.Treasury, tok.SnapshotTx())
	send("ERC7641", "claim", "ETH, one snapshot", "", devchain.User, tok.ClaimTx(1))
	send("ERC7641", "burn", "redeem ETH", "", devchain.User2, tok.BurnTx(units(10)))
	nft, err := contracts.DeployAIGCNFT(ctx, c.Sender(devchain.Creator), c.Client, "Outputs", "OUT", c.Oracle.Address(), model)
	if err != nil {
		return err
	}
	prompt := make([]byte, 784)
	for i := range prompt {
		prompt[i] = byte(i)
	}
	salt := [32]byte{1}
	commit, err := nft.CallCommitmentOf(ctx, c.Addr(devchain.User), prompt, salt)
	if err != nil {
		return err
	}
	send("AIGCNFT", "commit", "", "", devchain.User, nft.CommitTx(commit))
	fee, err := nft.CallMintFee(ctx)
	if err != nil {
		return err
	}
	send("AIGCNFT", "mint", "784-byte prompt: ERC-721 mint + requestInference", "", devchain.User, nft.MintTx(prompt, salt, fee))
	return nil
}

// measureZK registers the shipped gonnx-mlp in ZK mode twice (bit-checked and lookup-checked
// circuits, local setups, gnark's verifiers compiled with the pinned solc) and measures a request
// finalized by proveResult, callback to ResultStore.
func measureZK(ctx context.Context, c *devchain.Chain, send func(contract, fn, scenario, who string, tx chain.TxCandidate)) error {
	root, err := solc.FindRoot(".")
	if err != nil {
		return err
	}
	art, err := modelregistry.BuildFile(filepath.Join(root, "models", "gonnx-mlp", "model.onnx"))
	if err != nil {
		return err
	}
	p := art.Program
	in := make([]int64, p.Values[p.Inputs[0]].Len())
	for i := range in {
		in[i] = 1 << 23 // 0.5
	}
	input := inference.EncodeOutput([][]int64{in})
	tr, err := trace.NewFromInput(p, input)
	if err != nil {
		return err
	}
	rs, _, err := contracts.DeployResultStore(ctx, c.Sender(devchain.User), c.Client, c.Oracle.Address())
	if err != nil {
		return err
	}
	for _, checks := range []zk.Checks{zk.ChecksBits, zk.ChecksLookup} {
		k, err := zk.Setup(p, zk.FormatInt64, checks)
		if err != nil {
			return err
		}
		dir, err := os.MkdirTemp("", "gastable-zk-")
		if err != nil {
			return err
		}
		defer os.RemoveAll(dir)
		if err := k.Write(dir); err != nil {
			return err
		}
		v, err := zk.DeployVerifier(ctx, c.Sender(devchain.Creator), c.Client, root, dir)
		if err != nil {
			return err
		}
		bundle, keysHash, err := zk.WriteBundle(dir)
		if err != nil {
			return err
		}
		rcpt, err := c.Sender(devchain.Creator).Send(ctx, c.Registry.RegisterModelTx(contracts.ModelSpec{OnnxHash: art.OnnxHash, ProgramHash: art.ProgramHash,
			URI: "file://gonnx-mlp", Fee: big.NewInt(1e15), Mode: contracts.ModeZK, ZkVerifier: v.Address(), ZkKeysHash: keysHash, ZkKeysURI: "file://" + bundle}))
		if err != nil {
			return err
		}
		id, err := c.Registry.ParseModelRegistered(rcpt)
		if err != nil {
			return err
		}
		fee, err := c.Oracle.CallEstimateFee(ctx, id, 100_000)
		if err != nil {
			return err
		}
		rcpt, err = c.Sender(devchain.User).Send(ctx, c.Oracle.RequestTx(contracts.NewRequest{ModelID: id, Input: input, Callback: rs.Address(), CallbackGasLimit: 100_000}, fee))
		if err != nil {
			return err
		}
		req := c.Oracle.ParseInferenceRequested(rcpt)[0]
		pf, err := k.Prove(c.Addr(devchain.Operator), input, tr) // the account that sends proveResult
		if err != nil {
			return err
		}
		proof, err := pf.ProofBytes()
		if err != nil {
			return err
		}
		send("AIOracle", "proveResult", fmt.Sprintf("gonnx-mlp, %s range checks (%d-byte proof), %d-byte input, %d-byte output, ResultStore callback",
			checks, len(proof), len(input), len(tr.Output())), devchain.Operator, c.Oracle.ProveResultTx(req.RequestID, req.Nonce.Uint64(), input, tr.Output(), proof))
	}
	return nil
}
