package main

import (
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"math/big"
	"os"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/auspex-labs/auspex/inference"
	"github.com/auspex-labs/auspex/internal/devchain"
	"github.com/auspex-labs/auspex/internal/store"
)

// storyResult is the demo's --json summary.
type storyResult struct {
	Steps     []step      `json:"steps"`
	Digit     uint8       `json:"digit"`
	Label     uint8       `json:"label"`
	RequestID string      `json:"request_id"`
	IMO       *imoSummary `json:"imo"`
	ZK        *zkSummary  `json:"zk"`
}

// story is `devnet --demo`: a dApp user asks for a digit classification and the in-process node
// does the rest — proposes, waits out the window, finalizes — while each step is printed with its
// transaction and gas.
func (d *devnet) story(ctx context.Context) (*storyResult, error) {
	if d.app == nil {
		return nil, errors.New("the demo needs the mnist-8 model in devnet.models")
	}
	demo, err := d.demoConfig()
	if err != nil {
		return nil, err
	}
	image, label, ref, err := loadDigit(demo)
	if err != nil {
		return nil, err
	}
	fee, err := d.app.CallFee(ctx)
	if err != nil {
		return nil, err
	}
	rcpt, err := d.send(devchain.User, fmt.Sprintf("asked DigitClassifier to classify MNIST test image #%d (label %d)", d.cfg.Demo.ImageIndex, label),
		d.app.ClassifyTx(image, fee), fmt.Sprintf("fee %s wei = model fee + operator fee + 100k callback gas", fee))
	if err != nil {
		return nil, err
	}
	reqs := d.c.Oracle.ParseInferenceRequested(rcpt)
	if len(reqs) != 1 {
		return nil, fmt.Errorf("classify emitted %d requests", len(reqs))
	}
	req := reqs[0]
	id := common.BigToHash(req.RequestID)
	d.rep.say(step{Actor: "oracle", Action: "InferenceRequested", Detail: fmt.Sprintf("request %s, %d input bytes", shortID(req.RequestID), len(req.Input))})

	// The node discovers the request, runs the engine and proposes.
	rec, err := d.waitNode(ctx, id, func(r store.Request) bool { return r.ProposalTx != (common.Hash{}) })
	if err != nil {
		return nil, fmt.Errorf("waiting for the node's proposal: %w", err)
	}
	prcpt, err := d.c.Client.TransactionReceipt(ctx, rec.ProposalTx)
	if err != nil {
		return nil, err
	}
	art := d.arts["mnist-8"]
	maxDiff := logitDiff(art.Program, rec.Output, ref)
	d.rep.say(step{Actor: devchain.Operator, Action: fmt.Sprintf("node ran the engine and proposed the result with its bond locked (%d blocks after the request)", prcpt.BlockNumber.Uint64()-req.Log.BlockNumber),
		Tx: rec.ProposalTx.Hex(), Gas: prcpt.GasUsed,
		Detail: fmt.Sprintf("%d steps, no trace committed unless challenged; logits within %.2g of onnxruntime's", len(art.Program.Steps), maxDiff)})

	window := d.cfg.Devnet.Models[0].ChallengeWindow
	for _, m := range d.cfg.Devnet.Models {
		if m.Name == "mnist-8" {
			window = m.ChallengeWindow
		}
	}
	if err := d.c.Advance(time.Duration(window) * time.Second); err != nil {
		return nil, err
	}
	d.rep.say(step{Actor: "chain", Action: fmt.Sprintf("challenge window of %d s passed (devnet time travel)", window)})

	rec, err = d.waitNode(ctx, id, func(r store.Request) bool { return r.FinalizeTx != (common.Hash{}) })
	if err != nil {
		return nil, fmt.Errorf("waiting for the node to finalize: %w", err)
	}
	frcpt, err := d.c.Client.TransactionReceipt(ctx, rec.FinalizeTx)
	if err != nil {
		return nil, err
	}
	fin, err := d.c.Oracle.ParseInferenceFinalized(frcpt)
	if err != nil {
		return nil, err
	}
	d.rep.say(step{Actor: devchain.Operator, Action: "node finalized: callback ran, fees split", Tx: rec.FinalizeTx.Hex(), Gas: frcpt.GasUsed})
	cls, err := d.app.CallClassification(ctx, req.RequestID)
	if err != nil {
		return nil, err
	}
	if !fin.CallbackSucceeded || !cls.Done {
		return nil, fmt.Errorf("callback did not store a digit (succeeded=%v)", fin.CallbackSucceeded)
	}
	d.rep.say(step{Actor: "dApp", Action: fmt.Sprintf("DigitClassifier stored digit %d (label %d)", cls.Digit, label)})
	d.rep.say(step{Actor: "fees", Action: "split", Detail: fmt.Sprintf("operator %s wei, keeper (the finalizer: here the operator too) %s wei, model receiver %s wei, protocol treasury %s wei", fin.OperatorShare, fin.KeeperShare, fin.ModelShare, fin.ProtocolShare)})

	wrcpt, err := d.waitWithdrawn(ctx, d.node.Operator(), frcpt.BlockNumber)
	if err != nil {
		return nil, err
	}
	d.rep.say(step{Actor: devchain.Operator, Action: "node withdrew its earnings", Tx: wrcpt.TxHash.Hex(), Gas: wrcpt.GasUsed})
	if _, err := d.send(devchain.Creator, "withdrew the model's revenue", d.c.Oracle.WithdrawTx(), ""); err != nil {
		return nil, err
	}
	if _, err := d.send(devchain.Treasury, "collected the protocol fees", d.c.Oracle.WithdrawProtocolFeesTx(), ""); err != nil {
		return nil, err
	}
	held, err := d.c.Client.BalanceAt(ctx, d.c.Oracle.Address(), nil)
	if err != nil {
		return nil, err
	}
	acct, err := d.c.Oracle.CallOperator(ctx, d.node.Operator())
	if err != nil {
		return nil, err
	}
	if held.Cmp(acct.Bonded) != 0 {
		return nil, fmt.Errorf("oracle holds %s wei, the operator's bond is %s", held, acct.Bonded)
	}
	d.rep.say(step{Actor: "oracle", Action: fmt.Sprintf("holds %s wei: exactly the operator's bond, nothing else", held)})
	zks, err := d.zkStory(ctx)
	if err != nil {
		return nil, fmt.Errorf("zk story: %w", err)
	}
	if err := d.fraudStory(ctx); err != nil {
		return nil, fmt.Errorf("fraud story: %w", err)
	}
	imo, err := d.imoStory(ctx)
	if err != nil {
		return nil, fmt.Errorf("IMO story: %w", err)
	}
	return &storyResult{Steps: d.rep.steps, Digit: cls.Digit, Label: label, RequestID: req.RequestID.String(), IMO: imo, ZK: zks}, nil
}

// waitNode polls the node's record of a request until cond holds.
func (d *devnet) waitNode(ctx context.Context, id common.Hash, cond func(store.Request) bool) (store.Request, error) {
	ctx, cancel := context.WithTimeout(ctx, time.Minute)
	defer cancel()
	for {
		if r, err := d.node.Request(id); err == nil && cond(r) {
			return r, nil
		}
		select {
		case <-ctx.Done():
			return store.Request{}, ctx.Err()
		case <-time.After(50 * time.Millisecond):
		}
	}
}

// waitWithdrawn finds the operator's Withdrawn event after block from.
func (d *devnet) waitWithdrawn(ctx context.Context, account common.Address, from *big.Int) (*types.Receipt, error) {
	ctx, cancel := context.WithTimeout(ctx, time.Minute)
	defer cancel()
	topic := d.c.Oracle.EventTopic("Withdrawn")
	for {
		logs, err := d.c.Client.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: from, Addresses: []common.Address{d.c.Oracle.Address()},
			Topics: [][]common.Hash{{topic}, {common.BytesToHash(account.Bytes())}}})
		if err == nil && len(logs) > 0 {
			return d.c.Client.TransactionReceipt(ctx, logs[0].TxHash)
		}
		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("waiting for the node's withdrawal: %w", ctx.Err())
		case <-time.After(50 * time.Millisecond):
		}
	}
}

// logitDiff is the largest difference between the proposed logits and onnxruntime's.
func logitDiff(p *inference.Program, out []byte, ref []float32) float64 {
	scale := p.Values[p.Outputs[0]].Scale
	var m float64
	for i := 0; i+8 <= len(out) && i/8 < len(ref); i += 8 {
		v := int64(binary.BigEndian.Uint64(out[i:]))
		m = math.Max(m, math.Abs(inference.Dequantize(v, scale)-float64(ref[i/8])))
	}
	return m
}

// loadDigit reads one image, its label and onnxruntime's reference logits for it.
// demoConfig is the demo's configuration with its files found: in the working directory, or the
// copies shipped in the binary (a devnet run outside a checkout).
func (d *devnet) demoConfig() (DemoConfig, error) {
	dir, err := d.dataDir()
	if err != nil {
		return DemoConfig{}, err
	}
	demo := d.cfg.Demo
	for _, p := range []*string{&demo.Images, &demo.Labels, &demo.ReferenceLogits} {
		if *p, err = shippedFile(*p, dir); err != nil {
			return DemoConfig{}, err
		}
	}
	return demo, nil
}

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

func shortID(id *big.Int) string {
	h := common.BigToHash(id).Hex()
	return h[:10] + "…" + h[len(h)-6:]
}

func printJSON(w interface{ Write([]byte) (int, error) }, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}
