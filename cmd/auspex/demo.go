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
	"github.com/rs/zerolog"

	"github.com/auspex-labs/auspex/inference"
	"github.com/auspex-labs/auspex/internal/chain"
	"github.com/auspex-labs/auspex/internal/contracts"
	"github.com/auspex-labs/auspex/internal/devchain"
	"github.com/auspex-labs/auspex/modelregistry"
)

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

	// The fixed-point engine compiles the ONNX file into the program whose hash the registry pins.
	prog, _, err := loadProgram(dc.Model, inference.DefaultOptions)
	if err != nil {
		return err
	}
	programHash := prog.Hash()
	rcpt, err := d.send(devchain.Creator, "registered mnist-8", c.Registry.RegisterModelTx(contracts.ModelSpec{
		OnnxHash: onnxHash, ProgramHash: programHash, URI: dc.ModelURI, Fee: modelFee,
		Mode: contracts.ModeOPML, ChallengeWindow: dc.ChallengeWindow,
	}), fmt.Sprintf("onnxHash %s (keccak256 of %s), programHash %s (keccak256 of the compiled fixed-point program)", onnxHash.Hex(), dc.Model, programHash.Hex()))
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

	// The node (issue #4) will watch for requests; here the operator is scripted, but its result is
	// real: the engine runs the program on the request's input and commits to the trace.
	output, traceRoot, maxDiff, err := runEngine(prog, req.Input, ref)
	if err != nil {
		return err
	}
	if _, err := d.send(devchain.Operator, "ran the engine and proposed the result with its bond locked", c.Oracle.ProposeResultTx(req.RequestID, output, traceRoot),
		fmt.Sprintf("traceRoot %s over %d steps; logits within %.2g of onnxruntime's", traceRoot.Hex(), len(prog.Steps), maxDiff)); err != nil {
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

// runEngine is the operator's work: preprocess the 784 pixels as mnist-8 expects (x/255, quantized
// at the input's scale), run the program with its trace, and encode the output as big-endian int64
// (docs/ENCODING.md). It also reports the largest difference from onnxruntime's logits.
func runEngine(p *inference.Program, pixels []byte, ref []float32) ([]byte, common.Hash, float64, error) {
	in := p.Values[p.Inputs[0]]
	if int64(len(pixels)) != in.Len() {
		return nil, common.Hash{}, 0, fmt.Errorf("input of %d bytes for a model input of %d values", len(pixels), in.Len())
	}
	q := make([]int64, len(pixels))
	for i, px := range pixels {
		v, err := inference.Quantize(float64(px)/255, in.Scale)
		if err != nil {
			return nil, common.Hash{}, 0, err
		}
		q[i] = v
	}
	tr, err := inference.NewTrace(p, [][]int64{q})
	if err != nil {
		return nil, common.Hash{}, 0, fmt.Errorf("run engine: %w", err)
	}
	outID := p.Outputs[0]
	logits := tr.Values[outID]
	out := make([]byte, 8*len(logits))
	var maxDiff float64
	for i, v := range logits {
		binary.BigEndian.PutUint64(out[i*8:], uint64(v))
		if i < len(ref) {
			maxDiff = math.Max(maxDiff, math.Abs(inference.Dequantize(v, p.Values[outID].Scale)-float64(ref[i])))
		}
	}
	return out, tr.Root, maxDiff, nil
}

func shortID(id *big.Int) string {
	h := common.BigToHash(id).Hex()
	return h[:10] + "…" + h[len(h)-6:]
}
