package main

import (
	"encoding/hex"
	"fmt"
	"math/big"
	"os"
	"path"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"

	"github.com/auspex-labs/auspex/fraudproof"
	"github.com/auspex-labs/auspex/fraudproof/zk"
	"github.com/auspex-labs/auspex/inference"
	"github.com/auspex-labs/auspex/internal/chain"
	"github.com/auspex-labs/auspex/internal/contracts"
	"github.com/auspex-labs/auspex/modelregistry"
)

// modelView is a registered model as the CLI prints it.
type modelView struct {
	ID              uint64 `json:"id"`
	Name            string `json:"name"` // from its URI: the file's folder, or the file's name
	Owner           string `json:"owner"`
	Receiver        string `json:"receiver"`
	OnnxHash        string `json:"onnx_hash"`
	ProgramHash     string `json:"program_hash"`
	LayoutRoot      string `json:"layout_root"`
	URI             string `json:"uri"`
	InputShapes     string `json:"input_shapes"` // as --shape flags give it ("x=1x3x320x320"; "" for none)
	FeeWei          string `json:"fee_wei"`
	Mode            string `json:"mode"`
	ChallengeWindow uint32 `json:"challenge_window"`
	Deprecated      bool   `json:"deprecated"`
	Tokenized       bool   `json:"tokenized"` // receiver locked to the model's ERC-7641 token
	Available       bool   `json:"available"` // its file is published on-chain (docs/AVAILABILITY.md)
	// ZkVerifier, ZkKeysHash and ZkKeysURI: a ZK mode's verifier and its published proving keys.
	ZkVerifier string `json:"zk_verifier,omitempty"`
	ZkKeysHash string `json:"zk_keys_hash,omitempty"`
	ZkKeysURI  string `json:"zk_keys_uri,omitempty"`
	// Inputs and Outputs are the compiled program's (show only; empty when the file cannot be read).
	Inputs  []tensorView `json:"inputs,omitempty"`
	Outputs []tensorView `json:"outputs,omitempty"`
}

// tensorView is a program input or output as a dApp encodes or decodes it (docs/ENCODING.md).
type tensorView struct {
	Name  string  `json:"name"`
	Shape []int64 `json:"shape"`
	Type  string  `json:"type"`            // "real" (fixed point at Scale) or "int"
	Scale uint8   `json:"scale,omitempty"` // a real value v is encoded as v · 2^scale
}

// modelName names a model by its URI: the folder of a file called model.onnx or network.onnx
// (models/mnist-8/model.onnx is mnist-8), else the file's name without its extension.
func modelName(uri string) string {
	u := strings.TrimRight(uri, "/")
	base := path.Base(u)
	if base == "model.onnx" || base == "network.onnx" {
		if dir := path.Base(path.Dir(u)); dir != "." && dir != "/" && !strings.Contains(dir, ":") {
			return dir
		}
	}
	return strings.TrimSuffix(base, path.Ext(base))
}

func tensorViews(p *inference.Program, ids []int32) []tensorView {
	var out []tensorView
	for _, id := range ids {
		v := p.Values[id]
		t := tensorView{Name: v.Name, Shape: v.Shape, Type: "real", Scale: v.Scale}
		if v.Int {
			t.Type, t.Scale = "int", 0
		}
		out = append(out, t)
	}
	return out
}

func (t tensorView) text() string {
	if t.Type == "int" {
		return fmt.Sprintf("%s %v int", t.Name, t.Shape)
	}
	return fmt.Sprintf("%s %v real (fixed point, scale %d)", t.Name, t.Shape, t.Scale)
}

func viewModel(m contracts.Model) modelView {
	v := modelView{ID: m.ID, Name: modelName(m.URI), Owner: m.Owner.Hex(), Receiver: m.Receiver.Hex(), OnnxHash: m.OnnxHash.Hex(),
		ProgramHash: m.ProgramHash.Hex(), LayoutRoot: m.LayoutRoot.Hex(), URI: m.URI, InputShapes: shapesText(m.InputShapes),
		FeeWei: m.Fee.String(), Mode: m.Mode.String(),
		ChallengeWindow: m.ChallengeWindow, Deprecated: m.Deprecated, Tokenized: m.Tokenized, Available: m.Available}
	if m.Mode != contracts.ModeOPML {
		v.ZkVerifier, v.ZkKeysHash, v.ZkKeysURI = m.ZkVerifier.Hex(), m.ZkKeysHash.Hex(), m.ZkKeysURI
	}
	return v
}

// shapesText is a recorded input-binding encoding as the --shape and --range flags that give it.
func shapesText(enc []byte) string {
	bind, err := inference.DecodeInputBindings(enc)
	if err != nil {
		return "INVALID 0x" + hex.EncodeToString(enc)
	}
	return bind.Format()
}

func (m modelView) text() string {
	shapes := m.InputShapes
	if shapes == "" {
		shapes = "none (every input dimension fixed by the file)"
	}
	s := fmt.Sprintf("model #%d %s  mode %s  fee %s wei  window %s%s%s%s\n  owner %s  receiver %s\n  uri %s\n  onnxHash %s\n  programHash %s\n  inputShapes %s\n  layoutRoot %s",
		m.ID, m.Name, m.Mode, m.FeeWei, time.Duration(m.ChallengeWindow)*time.Second, map[bool]string{true: "  DEPRECATED"}[m.Deprecated], map[bool]string{true: "  TOKENIZED"}[m.Tokenized],
		map[bool]string{false: "  NOT PUBLISHED"}[m.Available],
		m.Owner, m.Receiver, m.URI, m.OnnxHash, m.ProgramHash, shapes, m.LayoutRoot)
	if m.ZkVerifier != "" {
		s += fmt.Sprintf("\n  zkVerifier %s\n  zkKeys %s (sha256 %s)", m.ZkVerifier, m.ZkKeysURI, m.ZkKeysHash)
	}
	for _, t := range m.Inputs {
		s += "\n  input  " + t.text()
	}
	for _, t := range m.Outputs {
		s += "\n  output " + t.text()
	}
	return s
}

func parseMode(s string) (contracts.VerificationMode, error) {
	switch strings.ToLower(s) {
	case "opml":
		return contracts.ModeOPML, nil
	case "zk":
		return contracts.ModeZK, nil
	case "opml+zk", "opml_and_zk":
		return contracts.ModeOPMLAndZK, nil
	}
	return 0, fmt.Errorf("mode %q: want opml, zk or opml+zk", s)
}

func newModelCmd() *cobra.Command {
	cmd := &cobra.Command{Use: "model", Short: "Register, list and show models"}

	var rf clientFlags
	var file, uri, feeWei, mode, zkVerifier, keysFile, keysURI string
	var window uint32
	var shapes bindingFlags
	register := &cobra.Command{
		Use:   "register --file model.onnx [--shape NAME=1x3x320x320 ...]",
		Short: "Compile a model, compute its onnxHash and programHash, and register it",
		Long: "Compiles the model as every node will, registers its hashes and the --shape bindings (every input\n" +
			"dimension the file leaves open needs one; nodes compile the file with exactly these), then publishes the\n" +
			"file on-chain.",
		RunE: func(cmd *cobra.Command, _ []string) error {
			bind, err := shapes.bindings()
			if err != nil {
				return err
			}
			art, err := modelregistry.BuildFileWithBindings(file, bind)
			if err != nil {
				return err
			}
			fee, err := parseWei(feeWei)
			if err != nil {
				return fmt.Errorf("--fee-wei: %w", err)
			}
			m, err := parseMode(mode)
			if err != nil {
				return err
			}
			var verifier common.Address
			if zkVerifier != "" {
				if !common.IsHexAddress(zkVerifier) {
					return fmt.Errorf("--zk-verifier %q: not an address", zkVerifier)
				}
				verifier = common.HexToAddress(zkVerifier)
			}
			var keys zkKeys
			if keysFile != "" {
				if keys, err = publishedKeys(keysFile, keysURI, art); err != nil {
					return err
				}
			} else if m != contracts.ModeOPML {
				return fmt.Errorf("--mode %s needs --zk-keys: the keys bundle `auspex zk setup` wrote (DIR/%s), published so that any node can prove the model", m, zk.BundleFile)
			}
			return registerArtifact(cmd, &rf, art, file, uri, fee, m, window, verifier, keys, nil)
		},
	}
	rf.add(register, true)
	register.Flags().StringVar(&file, "file", "", "ONNX model file")
	register.Flags().StringVar(&uri, "uri", "", "where nodes fetch it: file://, http(s)://, ipfs:// (default: file:// of --file)")
	register.Flags().StringVar(&feeWei, "fee-wei", "0", "model fee per inference, in wei")
	register.Flags().StringVar(&mode, "mode", "opml", "verification mode: opml, zk, opml+zk")
	register.Flags().Uint32Var(&window, "window", 600, "challenge window in seconds (opml, opml+zk)")
	register.Flags().StringVar(&zkVerifier, "zk-verifier", "", "zk and opml+zk: the model's IZkVerifier (auspex zk setup --register deploys one)")
	register.Flags().StringVar(&keysFile, "zk-keys", "", "zk and opml+zk: the keys bundle zk setup wrote (DIR/keys.tar); its sha256 is registered")
	register.Flags().StringVar(&keysURI, "zk-keys-uri", "", "zk and opml+zk: where nodes fetch the bundle (default: file:// of --zk-keys)")
	addShapeFlag(register, &shapes)
	_ = register.MarkFlagRequired("file")

	var lf clientFlags
	list := &cobra.Command{
		Use:   "list",
		Short: "List registered models",
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			c, err := lf.connect(ctx)
			if err != nil {
				return err
			}
			defer c.client.Close()
			n, err := c.reg.CallModelCount(ctx)
			if err != nil {
				return err
			}
			var out []modelView
			for id := uint64(1); id <= n; id++ {
				m, err := c.reg.CallModel(ctx, id)
				if err != nil {
					return err
				}
				out = append(out, viewModel(m))
			}
			return lf.print(cmd, out, func() {
				for _, m := range out {
					shapes := ""
					if m.InputShapes != "" {
						shapes = "  shapes " + m.InputShapes
					}
					fmt.Fprintf(cmd.OutOrStdout(), "#%-3d %-24s %-11s fee %-20s window %-8s %s%s\n", m.ID, m.Name, m.Mode, m.FeeWei,
						time.Duration(m.ChallengeWindow)*time.Second, m.URI, shapes)
				}
				if len(out) == 0 {
					fmt.Fprintln(cmd.OutOrStdout(), "no models registered")
				}
			})
		},
	}
	lf.add(list, false)

	var sf clientFlags
	show := &cobra.Command{
		Use:   "show ID",
		Short: "Show one model",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			id, err := strconv.ParseUint(args[0], 10, 64)
			if err != nil {
				return fmt.Errorf("model id %q: %w", args[0], err)
			}
			c, err := sf.connect(cmd.Context())
			if err != nil {
				return err
			}
			defer c.client.Close()
			m, err := c.reg.CallModel(cmd.Context(), id)
			if err != nil {
				return err
			}
			v := viewModel(m)
			if p, err := fetchProgram(cmd.Context(), c, id); err == nil {
				v.Inputs, v.Outputs = tensorViews(p, p.Inputs), tensorViews(p, p.Outputs)
			} else {
				fmt.Fprintf(cmd.ErrOrStderr(), "model #%d's inputs and outputs are not shown: %v\n", id, err)
			}
			return sf.print(cmd, v, func() { fmt.Fprintln(cmd.OutOrStdout(), v.text()) })
		},
	}
	sf.add(show, false)

	var pf clientFlags
	publish := &cobra.Command{
		Use:   "publish ID FILE",
		Short: "Publish (or finish publishing) a registered model's file on-chain, which makes it available",
		Long: "Sends the chunks of FILE that the registry does not have yet, one transaction per 64 KiB chunk. Anyone may\n" +
			"publish; the file must be the one the model's onnxHash commits to. The oracle takes requests for a model\n" +
			"that is not ZK-only only once it is available (docs/AVAILABILITY.md).",
		Args: cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			id, err := strconv.ParseUint(args[0], 10, 64)
			if err != nil {
				return fmt.Errorf("model id %q: %w", args[0], err)
			}
			data, err := os.ReadFile(args[1])
			if err != nil {
				return err
			}
			ctx := cmd.Context()
			c, s, err := pf.connectSender(ctx)
			if err != nil {
				return err
			}
			defer c.client.Close()
			res, err := publishModel(cmd, &pf, c, s, id, data)
			if err != nil {
				return err
			}
			return pf.print(cmd, res, func() {
				fmt.Fprintf(cmd.OutOrStdout(), "model #%d available: %d chunks sent, gas %d\n", id, res.Chunks, res.Gas)
			})
		},
	}
	pf.add(publish, true)
	cmd.AddCommand(register, list, show, publish)
	return cmd
}

// published is what publishModel sent.
type published struct {
	Chunks int    `json:"chunks"` // chunks sent by this run (the rest were already published)
	Gas    uint64 `json:"gas"`
}

// publishModel sends the chunks of model id's file the registry lacks, a progress line per chunk
// (on stderr with --json, so stdout stays one JSON document).
func publishModel(cmd *cobra.Command, rf *clientFlags, c *conn, s *chain.Sender, id uint64, data []byte) (published, error) {
	out := cmd.OutOrStdout()
	if rf.json {
		out = cmd.ErrOrStderr()
	}
	var res published
	err := modelregistry.Publish(cmd.Context(), s, c.reg, id, data, func(p modelregistry.PublishedChunk) {
		res.Chunks++
		res.Gas += p.Receipt.GasUsed
		fmt.Fprintf(out, "  published chunk %d/%d of model #%d (%d bytes)  tx %s  gas %d\n",
			p.Index+1, p.Total, id, p.Bytes, p.Receipt.TxHash.Hex(), p.Receipt.GasUsed)
	})
	if err != nil {
		return res, fmt.Errorf("%w (resume with `auspex model publish %d FILE`)", err, id)
	}
	return res, nil
}

// registerArtifact registers a compiled model (a ZK-only one without a window); deploy, if set,
// first deploys its zk verifier.
func registerArtifact(cmd *cobra.Command, rf *clientFlags, art *modelregistry.Artifact, file, uri string, fee *big.Int,
	m contracts.VerificationMode, window uint32, verifier common.Address, keys zkKeys, deploy func(*conn, *chain.Sender) (common.Address, error)) error {
	if m == contracts.ModeZK {
		window = 0
	} else {
		// A dispute at a step the chain cannot settle would go to the liar: refuse.
		if err := fraudproof.CheckDisputable(art.Program); err != nil {
			return fmt.Errorf("%s cannot be registered in %s mode: %w", file, m, err)
		}
	}
	if uri == "" {
		var err error
		if uri, err = fileURI(file); err != nil {
			return err
		}
	}
	ctx := cmd.Context()
	c, s, err := rf.connectSender(ctx)
	if err != nil {
		return err
	}
	defer c.client.Close()
	if deploy != nil {
		if verifier, err = deploy(c, s); err != nil {
			return err
		}
	}
	rcpt, err := s.Send(ctx, c.reg.RegisterModelTx(contracts.ModelSpec{OnnxHash: art.OnnxHash, ProgramHash: art.ProgramHash, LayoutRoot: art.LayoutRoot,
		InputShapes: art.InputShapes, URI: uri, Fee: fee, Mode: m, ChallengeWindow: window, ZkVerifier: verifier, ZkKeysHash: keys.hash, ZkKeysURI: keys.uri}))
	if err != nil {
		return fmt.Errorf("register: %w", err)
	}
	id, err := c.reg.ParseModelRegistered(rcpt)
	if err != nil {
		return err
	}
	res := map[string]any{"id": id, "onnx_hash": art.OnnxHash.Hex(), "program_hash": art.ProgramHash.Hex(), "layout_root": art.LayoutRoot.Hex(),
		"uri": uri, "zk_verifier": verifier.Hex(), "tx": rcpt.TxHash.Hex(), "gas": rcpt.GasUsed, "steps": len(art.Program.Steps),
		"input_shapes": shapesText(art.InputShapes)}
	if m != contracts.ModeOPML {
		res["zk_keys_hash"], res["zk_keys_uri"] = keys.hash.Hex(), keys.uri
	}
	text := func() {
		fmt.Fprintf(cmd.OutOrStdout(), "registered model #%d (%d program steps)\n  onnxHash %s\n  programHash %s\n  uri %s\n  tx %s  gas %d\n",
			id, len(art.Program.Steps), art.OnnxHash.Hex(), art.ProgramHash.Hex(), uri, rcpt.TxHash.Hex(), rcpt.GasUsed)
		if len(art.InputShapes) > 0 {
			fmt.Fprintf(cmd.OutOrStdout(), "  inputShapes %s\n", shapesText(art.InputShapes))
		}
		if verifier != (common.Address{}) {
			fmt.Fprintf(cmd.OutOrStdout(), "  mode %s, zk verifier %s\n  zk keys %s (sha256 %s)\n", m, verifier.Hex(), keys.uri, keys.hash.Hex())
		}
	}
	// A ZK-only model's results are proven, so it takes requests unpublished; every other mode needs
	// its file on-chain first, so a verifier can always re-execute it (docs/AVAILABILITY.md).
	if m == contracts.ModeZK {
		return rf.print(cmd, res, text)
	}
	if !rf.json {
		text()
	}
	data, err := os.ReadFile(file)
	if err != nil {
		return err
	}
	pub, err := publishModel(cmd, rf, c, s, id, data)
	if err != nil {
		return err
	}
	res["published_chunks"], res["publish_gas"] = pub.Chunks, pub.Gas
	return rf.print(cmd, res, func() {
		fmt.Fprintf(cmd.OutOrStdout(), "  available: %d chunks published, gas %d\n", pub.Chunks, pub.Gas)
	})
}
