package main

import (
	"context"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/rs/zerolog"
	"github.com/spf13/cobra"

	"github.com/auspex-labs/auspex/inference"
	"github.com/auspex-labs/auspex/internal/contracts"
	"github.com/auspex-labs/auspex/modelregistry"
)

// requestView is a request's on-chain state as the CLI prints it.
type requestView struct {
	RequestID string  `json:"request_id"`
	ModelID   uint64  `json:"model_id"`
	Status    string  `json:"status"`
	Requester string  `json:"requester"`
	Deadline  uint64  `json:"deadline"`
	Callback  string  `json:"callback,omitempty"`
	Proposer  string  `json:"proposer,omitempty"`
	IsError   bool    `json:"is_error,omitempty"`
	ErrorCode uint16  `json:"error_code,omitempty"`
	Proposal  uint32  `json:"proposal,omitempty"` // the proposal's number for the request
	Output    string  `json:"output,omitempty"`
	Values    []int64 `json:"values,omitempty"` // the output as int64 fixed-point values
	Tx        string  `json:"tx,omitempty"`
	Gas       uint64  `json:"gas,omitempty"`
}

func (r requestView) text() string {
	s := fmt.Sprintf("request %s\n  model #%d  status %s  requester %s  deadline %d", r.RequestID, r.ModelID, r.Status, r.Requester, r.Deadline)
	if r.Tx != "" {
		s += fmt.Sprintf("\n  tx %s  gas %d", r.Tx, r.Gas)
	}
	if r.Proposer != "" {
		s += fmt.Sprintf("\n  proposer %s  proposal #%d", r.Proposer, r.Proposal)
	}
	if r.IsError {
		s += fmt.Sprintf("\n  error code %d", r.ErrorCode)
	} else if r.Output != "" {
		s += fmt.Sprintf("\n  output %s\n  values %v", r.Output, r.Values)
	}
	return s
}

func int64s(b []byte) []int64 {
	if len(b)%8 != 0 {
		return nil
	}
	out := make([]int64, len(b)/8)
	for i := range out {
		out[i] = int64(binary.BigEndian.Uint64(b[8*i:]))
	}
	return out
}

// lookup reads a request and its proposal.
func lookup(ctx context.Context, c *conn, id *big.Int) (requestView, error) {
	r, err := c.orc.CallRequest(ctx, id)
	if err != nil {
		return requestView{}, err
	}
	if r.Status == contracts.StatusNone {
		return requestView{}, fmt.Errorf("request %s not found on oracle %s", common.BigToHash(id).Hex(), c.dep.Oracle.Hex())
	}
	v := requestView{RequestID: common.BigToHash(id).Hex(), ModelID: r.ModelID, Status: r.Status.String(),
		Requester: r.Requester.Hex(), Deadline: r.Deadline}
	if r.Callback != (common.Address{}) {
		v.Callback = r.Callback.Hex()
	}
	if r.Status == contracts.StatusProposed || r.Status == contracts.StatusFinalized {
		p, err := c.orc.CallProposal(ctx, id)
		if err != nil {
			return v, err
		}
		v.Proposer, v.IsError, v.ErrorCode, v.Proposal = p.Proposer.Hex(), p.IsError, p.ErrorCode, p.Nonce
		if !p.IsError {
			v.Output, v.Values = "0x"+hex.EncodeToString(p.Output), int64s(p.Output)
		}
	}
	return v, nil
}

func newStatusCmd() *cobra.Command {
	var f clientFlags
	cmd := &cobra.Command{
		Use:   "status REQUEST_ID",
		Short: "Show a request's status, proposal and result",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			id, ok := new(big.Int).SetString(strings.TrimPrefix(args[0], "0x"), 16)
			if !ok {
				return fmt.Errorf("request id %q is not hex", args[0])
			}
			c, err := f.connect(cmd.Context())
			if err != nil {
				return err
			}
			defer c.client.Close()
			v, err := lookup(cmd.Context(), c, id)
			if err != nil {
				return err
			}
			return f.print(cmd, v, func() { fmt.Fprintln(cmd.OutOrStdout(), v.text()) })
		},
	}
	f.add(cmd, false)
	return cmd
}

func newRequestCmd() *cobra.Command {
	var f clientFlags
	var modelID uint64
	var inputFile, inputHex, values, callback string
	var gasLimit uint32
	var wait time.Duration
	cmd := &cobra.Command{
		Use:   "request --model ID (--values 0.1,0.2 | --input FILE | --input-hex HEX)",
		Short: "Request an inference, pay its fee, and wait for the callback",
		Long: `request sends requestInference with the exact fee and waits until the result is final and
delivered to the callback (by default the devnet's ResultStore). Inputs follow docs/ENCODING.md:
--values quantizes real numbers for the model (fetched and checked against the registry),
--input/--input-hex send bytes as they are (e.g. 784 uint8 pixels for mnist-8).`,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			c, err := f.connect(ctx)
			if err != nil {
				return err
			}
			defer c.client.Close()
			input, err := requestInput(ctx, c, modelID, inputFile, inputHex, values)
			if err != nil {
				return err
			}
			cb := c.dep.ResultStore
			if callback != "" {
				if !common.IsHexAddress(callback) {
					return fmt.Errorf("--callback %q is not an address", callback)
				}
				cb = common.HexToAddress(callback)
			}
			limit := gasLimit
			if cb == (common.Address{}) {
				limit = 0
			}
			req := contracts.NewRequest{ModelID: modelID, Input: input, Callback: cb, CallbackGasLimit: limit}
			// The callback's gas follows the base fee: the quote has a margin, credited back as balance.
			fee, err := c.orc.QuoteFee(ctx, req)
			if err != nil {
				return err
			}
			s, err := f.sender(ctx, c)
			if err != nil {
				return err
			}
			rcpt, err := s.Send(ctx, c.orc.RequestTx(req, fee))
			if err != nil {
				return fmt.Errorf("request: %w", err)
			}
			evs := c.orc.ParseInferenceRequested(rcpt)
			if len(evs) != 1 {
				return fmt.Errorf("tx %s emitted %d requests", rcpt.TxHash, len(evs))
			}
			id := evs[0].RequestID
			if !f.json {
				fmt.Fprintf(cmd.OutOrStdout(), "requested %s (fee %s wei)\n  tx %s  gas %d\n", common.BigToHash(id).Hex(), fee, rcpt.TxHash.Hex(), rcpt.GasUsed)
			}
			v := requestView{RequestID: common.BigToHash(id).Hex()}
			if wait > 0 {
				if !f.json {
					fmt.Fprintln(cmd.OutOrStdout(), "waiting for the result to be final and called back…")
				}
				if v, err = waitFinal(ctx, c, id, cb, wait); err != nil {
					return err
				}
			}
			v.Tx, v.Gas = rcpt.TxHash.Hex(), rcpt.GasUsed
			return f.print(cmd, v, func() {
				if wait > 0 {
					fmt.Fprintln(cmd.OutOrStdout(), v.text())
				}
			})
		},
	}
	f.add(cmd, true)
	fl := cmd.Flags()
	fl.Uint64Var(&modelID, "model", 0, "model id")
	fl.StringVar(&inputFile, "input", "", "file with the input bytes")
	fl.StringVar(&inputHex, "input-hex", "", "input bytes as hex")
	fl.StringVar(&values, "values", "", "comma-separated real input values (quantized for the model)")
	fl.StringVar(&callback, "callback", "", "callback contract (default: the deployment's ResultStore; 0x0… for none)")
	fl.Uint32Var(&gasLimit, "gas-limit", 300_000, "callback gas limit")
	fl.DurationVar(&wait, "wait", 10*time.Minute, "how long to wait for the final result (0: do not wait)")
	_ = cmd.MarkFlagRequired("model")
	return cmd
}

func requestInput(ctx context.Context, c *conn, modelID uint64, file, hexIn, values string) ([]byte, error) {
	set := 0
	for _, s := range []string{file, hexIn, values} {
		if s != "" {
			set++
		}
	}
	if set != 1 {
		return nil, fmt.Errorf("give exactly one of --input, --input-hex, --values")
	}
	switch {
	case file != "":
		return os.ReadFile(file)
	case hexIn != "":
		return hex.DecodeString(strings.TrimPrefix(hexIn, "0x"))
	}
	m, err := c.reg.CallModel(ctx, modelID)
	if err != nil {
		return nil, err
	}
	cache, err := os.MkdirTemp("", "auspex-cli-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(cache)
	st, err := modelregistry.NewStore(modelregistry.StoreConfig{Dir: filepath.Join(cache, "m"), MaxModelBytes: 512 << 20, FetchTimeout: time.Minute}, zerolog.Nop())
	if err != nil {
		return nil, err
	}
	data, err := st.Fetch(ctx, m.URI, m.OnnxHash, func(ctx context.Context) ([]byte, error) { return c.reg.ModelData(ctx, m.ID) })
	if err != nil {
		return nil, err
	}
	opt, err := modelregistry.CompileOptions(m.InputShapes)
	if err != nil {
		return nil, err
	}
	p, err := modelregistry.Compile(data, m.ProgramHash, opt)
	if err != nil {
		return nil, err
	}
	if len(p.Inputs) != 1 {
		return nil, fmt.Errorf("--values needs a one-input model; model #%d has %d inputs (use --input)", modelID, len(p.Inputs))
	}
	in := p.Values[p.Inputs[0]]
	parts := strings.Split(values, ",")
	if int64(len(parts)) != in.Len() {
		return nil, fmt.Errorf("model #%d takes %d values (shape %v), got %d", modelID, in.Len(), in.Shape, len(parts))
	}
	q := make([]int64, len(parts))
	for i, s := range parts {
		x, err := strconv.ParseFloat(strings.TrimSpace(s), 64)
		if err != nil {
			return nil, fmt.Errorf("value %d: %w", i, err)
		}
		if in.Int {
			q[i] = int64(x)
		} else if q[i], err = inference.Quantize(x, in.Scale); err != nil {
			return nil, fmt.Errorf("value %d: %w", i, err)
		}
	}
	return inference.EncodeOutput([][]int64{q}), nil
}

// waitFinal waits for finalization and, with a ResultStore callback, for its delivery.
func waitFinal(ctx context.Context, c *conn, id *big.Int, cb common.Address, d time.Duration) (requestView, error) {
	ctx, cancel := context.WithTimeout(ctx, d)
	defer cancel()
	var rs *contracts.ResultStore
	if cb != (common.Address{}) && cb == c.dep.ResultStore {
		rs = contracts.NewResultStore(cb, c.client)
	}
	for {
		v, err := lookup(ctx, c, id)
		if err == nil && (v.Status == "finalized" || v.Status == "refunded") {
			if rs != nil {
				if dl, err := rs.CallResultOf(ctx, id); err == nil && dl.Count > 0 {
					return v, nil
				}
			} else {
				return v, nil
			}
		}
		select {
		case <-ctx.Done():
			return v, fmt.Errorf("request %s not final after %s (status %s): %w", common.BigToHash(id).Hex(), d, v.Status, ctx.Err())
		case <-time.After(500 * time.Millisecond):
		}
	}
}
