package main

import (
	"bytes"
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	"github.com/auspex-labs/auspex/inference"
	"github.com/auspex-labs/auspex/internal/contracts"
	"github.com/auspex-labs/auspex/internal/devchain"
	"github.com/auspex-labs/auspex/internal/store"
)

// zkSummary is the ZK part of the demo's --json summary.
type zkSummary struct {
	Model     string `json:"model"`
	RequestID string `json:"request_id"`
	Output    string `json:"output"`
	Blocks    uint64 `json:"blocks"`
	Gas       uint64 `json:"gas"`
}

// zkStory is the demo's zkML part: a request to the first ZK-mode model is proven by the node and
// final in the proof's own transaction — no bond, no challenge window.
func (d *devnet) zkStory(ctx context.Context) (*zkSummary, error) {
	var name string
	for _, m := range d.cfg.Devnet.Models {
		if mode, _ := m.mode(); mode == contracts.ModeZK && d.dep.Models[m.Name] != 0 {
			name = m.Name
			break
		}
	}
	if name == "" {
		return nil, nil
	}
	id, art := d.dep.Models[name], d.arts[name]
	// Every input 0.5, in the int64 form (docs/ENCODING.md).
	var ins [][]int64
	for _, in := range art.Program.Inputs {
		v := art.Program.Values[in]
		x := make([]int64, v.Len())
		for i := range x {
			x[i] = 1 << (v.Scale - 1)
		}
		ins = append(ins, x)
	}
	input := inference.EncodeOutput(ins)
	zreq := contracts.NewRequest{ModelID: id, Input: input, Callback: d.rs.Address(), CallbackGasLimit: 200_000}
	fee, err := d.c.Oracle.QuoteFee(ctx, zreq)
	if err != nil {
		return nil, err
	}
	rcpt, err := d.send(devchain.User, fmt.Sprintf("asked %s (ZK mode) for an inference, callback to ResultStore", name),
		d.c.Oracle.RequestTx(zreq, fee), "")
	if err != nil {
		return nil, err
	}
	req := d.c.Oracle.ParseInferenceRequested(rcpt)[0]
	rec, err := d.waitNode(ctx, common.BigToHash(req.RequestID), func(r store.Request) bool { return r.FinalizeTx != (common.Hash{}) })
	if err != nil {
		return nil, fmt.Errorf("waiting for the node's proof: %w", err)
	}
	prcpt, err := d.c.Client.TransactionReceipt(ctx, rec.FinalizeTx)
	if err != nil {
		return nil, err
	}
	blocks := prcpt.BlockNumber.Uint64() - req.Log.BlockNumber
	d.rep.say(step{Actor: devchain.Operator, Action: fmt.Sprintf("node proved the run (Groth16) and sent proveResult: verified on-chain and final at once, %d blocks after the request, no bond, no window", blocks),
		Tx: rec.FinalizeTx.Hex(), Gas: prcpt.GasUsed})
	got, err := d.rs.CallResultOf(ctx, req.RequestID)
	if err != nil {
		return nil, err
	}
	want, err := inference.Run(art.Program, ins)
	if err != nil {
		return nil, err
	}
	if !bytes.Equal(got.Output, inference.EncodeOutput(want)) {
		return nil, fmt.Errorf("ResultStore got %x, the engine gives %x", got.Output, inference.EncodeOutput(want))
	}
	d.rep.say(step{Actor: "dApp", Action: fmt.Sprintf("ResultStore received the proven output of %s in the same transaction", name), Detail: fmt.Sprintf("0x%x", got.Output)})
	return &zkSummary{Model: name, RequestID: req.RequestID.String(), Output: fmt.Sprintf("0x%x", got.Output), Blocks: blocks, Gas: prcpt.GasUsed}, nil
}
