package main

import (
	"context"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"io"
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

// requestView is a request's on-chain state as the CLI prints it: outputs in the model's units
// (raw fixed-point values beside them), error codes named, times as dates.
type requestView struct {
	RequestID     string    `json:"request_id"`
	ModelID       uint64    `json:"model_id"`
	Status        string    `json:"status"`
	Requester     string    `json:"requester"`
	Deadline      string    `json:"deadline"` // RFC 3339, UTC
	Callback      string    `json:"callback,omitempty"`
	Proposer      string    `json:"proposer,omitempty"`
	Proposal      uint32    `json:"proposal,omitempty"` // the proposal's number for the request
	FinalizableAt string    `json:"finalizable_at,omitempty"`
	IsError       bool      `json:"is_error,omitempty"`
	ErrorCode     uint16    `json:"error_code,omitempty"`
	Error         string    `json:"error,omitempty"` // what the error code means
	Output        string    `json:"output,omitempty"`
	Values        []float64 `json:"values,omitempty"`        // the output in real units
	RawValues     []int64   `json:"raw_values,omitempty"`    // the output's int64 fixed-point values
	ScaleAssumed  bool      `json:"scale_assumed,omitempty"` // the model could not be read: scale 24 assumed
	Tx            string    `json:"tx,omitempty"`
	Gas           uint64    `json:"gas,omitempty"`
	// finalIn is how many seconds of chain time a proposal has left to become final (--warp).
	finalIn int64
}

// errorNames are the error codes' meanings (docs/ENCODING.md).
var errorNames = map[uint16]string{
	1: "invalid input: the input is not one the model takes",
	2: "execution error: the engine gives no result for this input",
}

func errorName(code uint16) string {
	if n, ok := errorNames[code]; ok {
		return n
	}
	return fmt.Sprintf("unknown error code %d", code)
}

// when prints a chain time as a date with how far it is from the chain's now (a devnet's clock may
// be ahead of the wall clock).
func when(unix, now uint64) string {
	t := time.Unix(int64(unix), 0).UTC()
	d := time.Duration(int64(unix)-int64(now)) * time.Second
	if d >= 0 {
		return fmt.Sprintf("%s (in %s)", t.Format(time.RFC3339), d)
	}
	return fmt.Sprintf("%s (%s ago)", t.Format(time.RFC3339), -d)
}

func (r requestView) text(raw bool) string {
	s := fmt.Sprintf("request %s\n  model #%d  status %s  requester %s\n  deadline %s", r.RequestID, r.ModelID, r.Status, r.Requester, r.Deadline)
	if r.Tx != "" {
		s += fmt.Sprintf("\n  tx %s  gas %d", r.Tx, r.Gas)
	}
	if r.Proposer != "" {
		s += fmt.Sprintf("\n  proposer %s  proposal #%d", r.Proposer, r.Proposal)
	}
	if r.FinalizableAt != "" && r.Status == "proposed" {
		s += "\n  final after " + r.FinalizableAt
	}
	switch {
	case r.IsError:
		s += fmt.Sprintf("\n  error %d: %s", r.ErrorCode, r.Error)
	case raw:
		s += fmt.Sprintf("\n  raw values %v", r.RawValues)
	case r.Values != nil:
		s += fmt.Sprintf("\n  values %s", formatValues(r.Values))
		if r.ScaleAssumed {
			s += "  (scale 24 assumed: the model could not be read; --raw for the raw values)"
		}
	}
	return s
}

func formatValues(vs []float64) string {
	parts := make([]string, len(vs))
	for i, v := range vs {
		parts[i] = strconv.FormatFloat(v, 'g', 6, 64)
	}
	return "[" + strings.Join(parts, " ") + "]"
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

// realValues reads raw output values in the model's units: each output at its scale (integer
// outputs as they are); without the program, every value at the default scale.
func realValues(p *inference.Program, raw []int64) ([]float64, bool) {
	out := make([]float64, len(raw))
	scales := make([]uint8, len(raw))
	assumed := true
	if p != nil {
		k := 0
		for _, id := range p.Outputs {
			v := p.Values[id]
			for range v.Len() {
				if k < len(scales) && !v.Int {
					scales[k] = v.Scale
				}
				k++
			}
		}
		assumed = k != len(raw)
	}
	for i, q := range raw {
		sc := scales[i]
		if assumed {
			sc = inference.DefaultScale
		}
		out[i] = inference.Dequantize(q, sc)
	}
	return out, assumed
}

// lookup reads a request and its proposal; prog, when it gives one, is the model's program (for
// the output's units).
func lookup(ctx context.Context, c *conn, id *big.Int, prog func(uint64) *inference.Program) (requestView, error) {
	r, err := c.orc.CallRequest(ctx, id)
	if err != nil {
		return requestView{}, err
	}
	if r.Status == contracts.StatusNone {
		return requestView{}, fmt.Errorf("request %s not found on oracle %s", common.BigToHash(id).Hex(), c.dep.Oracle.Hex())
	}
	head, err := c.client.HeaderByNumber(ctx, nil)
	if err != nil {
		return requestView{}, err
	}
	v := requestView{RequestID: common.BigToHash(id).Hex(), ModelID: r.ModelID, Status: r.Status.String(),
		Requester: r.Requester.Hex(), Deadline: when(r.Deadline, head.Time)}
	if r.Callback != (common.Address{}) {
		v.Callback = r.Callback.Hex()
	}
	if r.Status == contracts.StatusProposed || r.Status == contracts.StatusFinalized {
		p, err := c.orc.CallProposal(ctx, id)
		if err != nil {
			return v, err
		}
		v.Proposer, v.IsError, v.ErrorCode, v.Proposal = p.Proposer.Hex(), p.IsError, p.ErrorCode, p.Nonce
		if r.Status == contracts.StatusProposed {
			v.FinalizableAt = when(p.ProposedAt+uint64(r.ChallengeWindow), head.Time)
			v.finalIn = int64(p.ProposedAt+uint64(r.ChallengeWindow)) - int64(head.Time)
		}
		if p.IsError {
			v.Error = errorName(p.ErrorCode)
		} else {
			v.Output, v.RawValues = "0x"+hex.EncodeToString(p.Output), int64s(p.Output)
			var program *inference.Program
			if prog != nil {
				program = prog(r.ModelID)
			}
			v.Values, v.ScaleAssumed = realValues(program, v.RawValues)
		}
	}
	return v, nil
}

// programs loads a model's program once per command (nil when it cannot be read).
func programs(ctx context.Context, c *conn) func(uint64) *inference.Program {
	cache := map[uint64]*inference.Program{}
	return func(id uint64) *inference.Program {
		if p, ok := cache[id]; ok {
			return p
		}
		p, err := fetchProgram(ctx, c, id)
		if err != nil {
			p = nil
		}
		cache[id] = p
		return p
	}
}

func newStatusCmd() *cobra.Command {
	var f clientFlags
	var raw bool
	cmd := &cobra.Command{
		Use:   "status REQUEST_ID",
		Short: "Show a request's status, proposal and result",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			id, err := parseRequestID(args[0])
			if err != nil {
				return err
			}
			c, err := f.connect(cmd.Context())
			if err != nil {
				return err
			}
			defer c.client.Close()
			v, err := lookup(cmd.Context(), c, id, programs(cmd.Context(), c))
			if err != nil {
				return err
			}
			return f.print(cmd, v, func() { fmt.Fprintln(cmd.OutOrStdout(), v.text(raw)) })
		},
	}
	f.add(cmd, false)
	cmd.Flags().BoolVar(&raw, "raw", false, "print the output's raw int64 fixed-point values")
	return cmd
}

func parseRequestID(s string) (*big.Int, error) {
	id, ok := new(big.Int).SetString(strings.TrimPrefix(s, "0x"), 16)
	if !ok || id.BitLen() > 256 {
		return nil, fmt.Errorf("request id %q is not a 32-byte hex number", s)
	}
	return id, nil
}

// newRefundCmd ends a request that can have no answer any more, as the oracle's keepers do.
func newRefundCmd() *cobra.Command {
	var f clientFlags
	cmd := &cobra.Command{
		Use:   "refund REQUEST_ID",
		Short: "Refund a request past its deadline with no answer (the requester gets its fee back)",
		Long: `refund calls AIOracle.refund: once a request's deadline has passed with no proposal (or after
its last allowed proposal was slashed), its fee goes back to the requester's oracle balance, less the
keeper pay when someone else refunds it; the requester's callback gets onInferenceRefunded.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			id, err := parseRequestID(args[0])
			if err != nil {
				return err
			}
			ctx := cmd.Context()
			c, s, err := f.connectSender(ctx)
			if err != nil {
				return err
			}
			defer c.client.Close()
			rcpt, err := s.Send(ctx, c.orc.RefundTx(id))
			if err != nil {
				if contracts.IsRevert(err, "NotRefundable") || contracts.IsRevert(err, "DeadlineNotReached") {
					if v, lerr := lookup(ctx, c, id, nil); lerr == nil {
						return fmt.Errorf("request %s is %s with deadline %s: not refundable (only a request that got no answer by its deadline is)", v.RequestID, v.Status, v.Deadline)
					}
				}
				return fmt.Errorf("refund: %w", err)
			}
			ev, err := c.orc.ParseRequestRefunded(rcpt)
			if err != nil {
				return err
			}
			v := struct {
				RequestID      string `json:"request_id"`
				Requester      string `json:"requester"`
				AmountWei      string `json:"amount_wei"`
				KeeperShareWei string `json:"keeper_share_wei"`
				Tx             string `json:"tx"`
			}{common.BigToHash(id).Hex(), ev.Requester.Hex(), ev.Amount.String(), ev.KeeperShare.String(), rcpt.TxHash.Hex()}
			return f.print(cmd, v, func() {
				fmt.Fprintf(cmd.OutOrStdout(), "refunded %s: %s ETH to the requester %s (its oracle balance), %s ETH keeper pay to you\n  tx %s\n",
					v.RequestID, weiToEther(ev.Amount), v.Requester, weiToEther(ev.KeeperShare), v.Tx)
			})
		},
	}
	f.add(cmd, true)
	return cmd
}

func newRequestCmd() *cobra.Command {
	var f clientFlags
	var modelID uint64
	var inputFile, inputHex, values, callback string
	var gasLimit uint32
	var wait time.Duration
	var raw, warp, quiet bool
	cmd := &cobra.Command{
		Use:   "request --model ID (--values 0.1,0.2 | --input FILE | --input-hex HEX)",
		Short: "Request an inference, pay its fee, and wait for the callback",
		Long: `request sends requestInference with the exact fee and waits until the result is final and
delivered to the callback (by default the devnet's ResultStore), telling each step on stderr. Inputs
follow docs/ENCODING.md: --values quantizes real numbers for the model (fetched and checked against
the registry), --input/--input-hex send bytes as they are (e.g. 784 uint8 pixels for mnist-8).
Outputs print in the model's units (--raw: the int64 fixed-point values). The exit status is 1 when
the request ends in an error or a refund. A result is final after the model's challenge window: on
a devnet, ` + "`auspex devnet warp`" + ` moves the clock past it, or --warp does once the result is
proposed.`,
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
			if !f.json && !quiet {
				fmt.Fprintf(cmd.OutOrStdout(), "requested %s (fee %s wei)\n  tx %s  gas %d\n", common.BigToHash(id).Hex(), fee, rcpt.TxHash.Hex(), rcpt.GasUsed)
			}
			v := requestView{RequestID: common.BigToHash(id).Hex()}
			if wait > 0 {
				progress := cmd.ErrOrStderr()
				if f.json {
					progress = io.Discard
				}
				if v, err = waitFinal(ctx, c, id, cb, wait, warp, progress); err != nil {
					return err
				}
			}
			v.Tx, v.Gas = rcpt.TxHash.Hex(), rcpt.GasUsed
			if err := f.print(cmd, v, func() {
				switch {
				case quiet:
					fmt.Fprintln(cmd.OutOrStdout(), v.RequestID)
				case wait > 0:
					fmt.Fprintln(cmd.OutOrStdout(), v.text(raw))
				}
			}); err != nil {
				return err
			}
			switch {
			case v.IsError:
				return fmt.Errorf("request %s ended with error %d (%s)", v.RequestID, v.ErrorCode, v.Error)
			case v.Status == "refunded":
				return fmt.Errorf("request %s was refunded: it got no answer before its deadline", v.RequestID)
			}
			return nil
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
	fl.DurationVar(&wait, "wait", 15*time.Minute, "how long to wait for the final result (0: do not wait)")
	fl.BoolVar(&raw, "raw", false, "print the output's raw int64 fixed-point values")
	fl.BoolVar(&warp, "warp", false, "devnet: once the result is proposed, move the clock past its challenge window (evm_increaseTime) instead of waiting")
	fl.BoolVarP(&quiet, "quiet", "q", false, "print only the request id (for scripts: REQ=$(auspex request … -q))")
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
	p, err := fetchProgram(ctx, c, modelID)
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

// fetchProgram fetches a registered model (its URI or its on-chain publication), checks it against
// the registry and compiles it.
func fetchProgram(ctx context.Context, c *conn, modelID uint64) (*inference.Program, error) {
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
	return modelregistry.Compile(data, m.ProgramHash, opt)
}

// waitFinal waits for the request to end and, with a ResultStore callback, for its delivery,
// telling each step on progress.
// With warp, a proposal's challenge window is passed by moving the devnet's clock (evm_increaseTime)
// instead of waiting it out.
func waitFinal(ctx context.Context, c *conn, id *big.Int, cb common.Address, d time.Duration, warp bool, progress io.Writer) (requestView, error) {
	ctx, cancel := context.WithTimeout(ctx, d)
	defer cancel()
	var rs *contracts.ResultStore
	if cb != (common.Address{}) && cb == c.dep.ResultStore {
		rs = contracts.NewResultStore(cb, c.client)
	}
	prog := programs(ctx, c)
	said := ""
	fmt.Fprintf(progress, "waiting up to %s for the answer to be final…\n", d)
	for {
		v, err := lookup(ctx, c, id, prog)
		if err == nil {
			step := v.Status
			if v.Status == "proposed" {
				kind := "a result"
				if v.IsError {
					kind = fmt.Sprintf("error %d", v.ErrorCode)
				}
				step = fmt.Sprintf("proposed %s by %s; final after %s (on a devnet: auspex devnet warp moves the clock)", kind, v.Proposer, v.FinalizableAt)
			}
			// Once per step: the countdown in the text changes on every poll.
			key := fmt.Sprint(v.Status, v.Proposer, v.Proposal, v.IsError)
			if key != said && v.Status != "finalized" && v.Status != "refunded" {
				fmt.Fprintf(progress, "  %s: %s\n", time.Now().Format(time.TimeOnly), step)
				said = key
			}
			if warp && v.Status == "proposed" && v.finalIn >= 0 {
				var secs int64
				if err := c.client.Client().CallContext(ctx, &secs, "evm_increaseTime", v.finalIn+1); err != nil {
					return v, fmt.Errorf("--warp: evm_increaseTime (is this an auspex devnet?): %w", err)
				}
				fmt.Fprintf(progress, "  %s: moved the devnet's clock %s, past the challenge window (--warp)\n", time.Now().Format(time.TimeOnly), time.Duration(v.finalIn+1)*time.Second)
			}
		}
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
