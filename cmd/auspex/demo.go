package main

import (
	"context"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"math/big"
	"os"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/rs/zerolog"

	"github.com/auspex-labs/auspex/inference"
	"github.com/auspex-labs/auspex/internal/chain"
	"github.com/auspex-labs/auspex/internal/contracts"
	"github.com/auspex-labs/auspex/internal/devchain"
	"github.com/auspex-labs/auspex/modelregistry"
)

// logitScale is the fixed-point scale of the demo's output, the engine's: q = roundHalfEven(x · 2^s).
const logitScale = inference.DefaultScale

// step is one line of the demo's story.
type step struct {
	Actor  string `json:"actor"`
	Action string `json:"action"`
	Tx     string `json:"tx,omitempty"`
	Gas    uint64 `json:"gas,omitempty"`
	Detail string `json:"detail,omitempty"`
}

// demo runs the on-chain story of one inference on an in-process chain.
type demo struct {
	cfg   Config
	log   zerolog.Logger
	out   io.Writer
	json  bool
	steps []step
	c     *devchain.Chain
}

func (d *demo) say(s step) {
	d.steps = append(d.steps, s)
	if d.json {
		return
	}
	line := fmt.Sprintf("%-10s %s", s.Actor, s.Action)
	switch {
	case s.Tx != "":
		line += fmt.Sprintf("\n           tx %s  gas %d", s.Tx, s.Gas)
	case s.Gas != 0:
		line += fmt.Sprintf("\n           gas %d", s.Gas)
	}
	if s.Detail != "" {
		line += "\n           " + s.Detail
	}
	fmt.Fprintln(d.out, line)
}

func (d *demo) send(who, action string, c chain.TxCandidate, detail string) (*types.Receipt, error) {
	rcpt, err := d.c.Sender(who).Send(context.Background(), c)
	if err != nil {
		return nil, fmt.Errorf("%s: %s: %w", who, action, err)
	}
	d.log.Debug().Str("tx_hash", rcpt.TxHash.Hex()).Uint64("gas", rcpt.GasUsed).Msg(action)
	d.say(step{Actor: who, Action: action, Tx: rcpt.TxHash.Hex(), Gas: rcpt.GasUsed, Detail: detail})
	return rcpt, nil
}

func (d *demo) run(ctx context.Context) error {
	dc := d.cfg.Demo
	image, label, ref, err := loadDigit(dc)
	if err != nil {
		return err
	}
	onnxHash, err := modelregistry.FileContentHash(dc.Model)
	if err != nil {
		return err
	}
	modelFee, _ := parseWei(dc.ModelFeeWei)

	c, err := devchain.New(ctx)
	if err != nil {
		return fmt.Errorf("start chain: %w", err)
	}
	defer c.Close()
	d.c = c
	chainID, _ := c.Client.ChainID(ctx)
	d.say(step{Actor: "chain", Action: fmt.Sprintf("in-process EVM started (go-ethereum simulated backend, chain id %s)", chainID)})

	p := d.cfg.Protocol.DeployParams(c.Addr(devchain.Deployer), c.Addr(devchain.Treasury))
	if err := c.Deploy(ctx, p); err != nil {
		return err
	}
	d.say(step{Actor: devchain.Deployer, Action: "deployed ModelRegistry", Gas: c.GasUsed["ModelRegistry"], Detail: c.Registry.Address().Hex()})
	d.say(step{Actor: devchain.Deployer, Action: "deployed AIOracle", Gas: c.GasUsed["AIOracle"], Detail: c.Oracle.Address().Hex()})

	// The fixed-point engine (issue #3) compiles ONNX into the program whose hash the registry pins.
	// Until it exists the demo registers a labelled stand-in derived from the ONNX hash.
	programHash := crypto.Keccak256Hash([]byte("auspex: program hash pending the engine (issue #3)"), onnxHash[:])
	rcpt, err := d.send(devchain.Creator, "registered mnist-8", c.Registry.RegisterModelTx(contracts.ModelSpec{
		OnnxHash: onnxHash, ProgramHash: programHash, URI: dc.ModelURI, Fee: modelFee,
		Mode: contracts.ModeOPML, ChallengeWindow: dc.ChallengeWindow,
	}), fmt.Sprintf("onnxHash %s (keccak256 of %s); programHash is a stand-in until the engine lands", onnxHash.Hex(), dc.Model))
	if err != nil {
		return err
	}
	modelID, err := c.Registry.ParseModelRegistered(rcpt)
	if err != nil {
		return err
	}
	app, gas, err := contracts.DeployDigitClassifier(ctx, c.Sender(devchain.User), c.Client, c.Oracle.Address(), modelID)
	if err != nil {
		return err
	}
	d.say(step{Actor: devchain.User, Action: "deployed the example dApp DigitClassifier", Gas: gas, Detail: app.Address().Hex()})
	bond, _ := c.Oracle.CallProposalBond(ctx)
	if _, err := d.send(devchain.Operator, "bonded the operator", c.Oracle.DepositBondTx(new(big.Int).Mul(bond, big.NewInt(10))),
		fmt.Sprintf("10 × the proposal bond of %s wei", bond)); err != nil {
		return err
	}

	fee, err := app.CallFee(ctx)
	if err != nil {
		return err
	}
	rcpt, err = d.send(devchain.User, fmt.Sprintf("asked DigitClassifier to classify MNIST test image #%d (label %d)", dc.ImageIndex, label),
		app.ClassifyTx(image, fee), fmt.Sprintf("fee %s wei = model fee + operator fee + 100k callback gas", fee))
	if err != nil {
		return err
	}
	reqs := c.Oracle.ParseInferenceRequested(rcpt)
	if len(reqs) != 1 {
		return fmt.Errorf("classify emitted %d requests", len(reqs))
	}
	req := reqs[0]
	d.say(step{Actor: "oracle", Action: "InferenceRequested", Detail: fmt.Sprintf("request %s, %d input bytes", shortID(req.RequestID), len(req.Input))})

	// The node (issue #4) runs the engine on the request; until both exist the scripted operator posts
	// onnxruntime's logits for this image in the engine's fixed-point format.
	output := encodeLogits(ref)
	traceRoot := crypto.Keccak256Hash([]byte("auspex: trace root pending the engine (issue #3)"), output)
	if _, err := d.send(devchain.Operator, "proposed the result with its bond locked", c.Oracle.ProposeResultTx(req.RequestID, output, traceRoot),
		"scripted operator: onnxruntime's mnist-8 logits as int64 fixed point (scale 2^24), standing in for the node"); err != nil {
		return err
	}
	if err := c.Advance(time.Duration(dc.ChallengeWindow) * time.Second); err != nil {
		return err
	}
	d.say(step{Actor: "chain", Action: fmt.Sprintf("challenge window of %d s passed (simulated time)", dc.ChallengeWindow)})
	rcpt, err = d.send(devchain.Operator, "finalized: callback ran, fees split", c.Oracle.FinalizeTx(req.RequestID), "")
	if err != nil {
		return err
	}
	fin, err := c.Oracle.ParseInferenceFinalized(rcpt)
	if err != nil {
		return err
	}
	cls, err := app.CallClassification(ctx, req.RequestID)
	if err != nil {
		return err
	}
	if !fin.CallbackSucceeded || !cls.Done {
		return fmt.Errorf("callback did not store a digit (succeeded=%v)", fin.CallbackSucceeded)
	}
	d.say(step{Actor: "dApp", Action: fmt.Sprintf("DigitClassifier stored digit %d (label %d)", cls.Digit, label)})
	d.say(step{Actor: "fees", Action: "split", Detail: fmt.Sprintf("operator %s wei, model receiver %s wei, protocol treasury %s wei", fin.OperatorShare, fin.ModelShare, fin.ProtocolShare)})
	if _, err := d.send(devchain.Operator, "withdrew its earnings", c.Oracle.WithdrawTx(), ""); err != nil {
		return err
	}
	if _, err := d.send(devchain.Creator, "withdrew the model's revenue", c.Oracle.WithdrawTx(), ""); err != nil {
		return err
	}
	if _, err := d.send(devchain.Treasury, "collected the protocol fees", c.Oracle.WithdrawProtocolFeesTx(), ""); err != nil {
		return err
	}
	held, err := c.Client.BalanceAt(ctx, c.Oracle.Address(), nil)
	if err != nil {
		return err
	}
	d.say(step{Actor: "oracle", Action: fmt.Sprintf("holds %s wei: exactly the operator's bond, nothing else", held)})
	if d.json {
		enc := json.NewEncoder(d.out)
		enc.SetIndent("", "  ")
		return enc.Encode(map[string]any{"steps": d.steps, "digit": cls.Digit, "label": label, "request_id": req.RequestID.String()})
	}
	return nil
}

// loadDigit reads one image, its label and onnxruntime's reference logits for it.
func loadDigit(dc DemoConfig) (image []byte, label byte, ref []float32, err error) {
	images, err := os.ReadFile(dc.Images)
	if err != nil {
		return nil, 0, nil, fmt.Errorf("read images: %w", err)
	}
	labels, err := os.ReadFile(dc.Labels)
	if err != nil {
		return nil, 0, nil, fmt.Errorf("read labels: %w", err)
	}
	logits, err := os.ReadFile(dc.ReferenceLogits)
	if err != nil {
		return nil, 0, nil, fmt.Errorf("read reference logits: %w", err)
	}
	i := dc.ImageIndex
	if (i+1)*784 > len(images) || i >= len(labels) || (i+1)*40 > len(logits) {
		return nil, 0, nil, fmt.Errorf("image index %d out of range (%d images)", i, len(images)/784)
	}
	ref = make([]float32, 10)
	for k := range ref {
		ref[k] = math.Float32frombits(binary.LittleEndian.Uint32(logits[i*40+k*4:]))
	}
	return images[i*784 : (i+1)*784], labels[i], ref, nil
}

// encodeLogits writes logits as big-endian int64 fixed point, q = roundHalfEven(x · 2^s)
// (docs/ENCODING.md).
func encodeLogits(xs []float32) []byte {
	out := make([]byte, 8*len(xs))
	for i, x := range xs {
		q := int64(math.RoundToEven(float64(x) * (1 << logitScale)))
		binary.BigEndian.PutUint64(out[i*8:], uint64(q))
	}
	return out
}

func shortID(id *big.Int) string {
	h := common.BigToHash(id).Hex()
	return h[:10] + "…" + h[len(h)-6:]
}
