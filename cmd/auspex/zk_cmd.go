package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"slices"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/spf13/cobra"

	"github.com/auspex-labs/auspex/cmd/internal/nodeconf"
	"github.com/auspex-labs/auspex/fraudproof/zk"
	"github.com/auspex-labs/auspex/inference"
	"github.com/auspex-labs/auspex/inference/trace"
	"github.com/auspex-labs/auspex/internal/chain"
	"github.com/auspex-labs/auspex/internal/contracts"
	"github.com/auspex-labs/auspex/internal/devchain"
	"github.com/auspex-labs/auspex/internal/solc"
	"github.com/auspex-labs/auspex/modelregistry"
)

// progress runs f while showing what it does and for how long (setup and proving take minutes on
// large models); the final line stays. The spinner is for a terminal: elsewhere (a file, a pipe, a
// CI log) only the start and the end are written.
func progress(w io.Writer, what string, f func() error) error {
	done := make(chan error, 1)
	start := time.Now()
	go func() { done <- f() }()
	if !nodeconf.IsTerminal(w) {
		fmt.Fprintf(w, "%s…\n", what)
		err := <-done
		status := "done"
		if err != nil {
			status = "failed"
		}
		fmt.Fprintf(w, "%s: %s in %s\n", what, status, time.Since(start).Round(time.Millisecond))
		return err
	}
	spin := []string{"|", "/", "-", `\`}
	t := time.NewTicker(250 * time.Millisecond)
	defer t.Stop()
	for i := 0; ; i++ {
		select {
		case err := <-done:
			status := "done"
			if err != nil {
				status = "failed"
			}
			fmt.Fprintf(w, "\r%s: %s in %s\n", what, status, time.Since(start).Round(time.Millisecond))
			return err
		case <-t.C:
			fmt.Fprintf(w, "\r%s %s %s", spin[i%len(spin)], what, time.Since(start).Round(time.Second))
		}
	}
}

func newZKCmd() *cobra.Command {
	cmd := &cobra.Command{Use: "zk", Short: "zkML: set up a model's circuit, prove a run, verify a proof (docs/ZK.md)"}
	var model, keys, keysURI string
	var input, out, proofFile, format, checks, mode string
	var prover, proverAccount, proverKeystore string
	var register bool
	var inputMax float64
	var rf clientFlags
	var feeWei string
	var window uint32
	var shapes bindingFlags

	setup := &cobra.Command{
		Use:   "setup --model model.onnx --keys DIR",
		Short: "Compile the model's circuit, run a local Groth16 setup (devnets: production keys come from a ceremony), export the Solidity verifier",
		RunE: func(cmd *cobra.Command, _ []string) error {
			art, err := buildWithShapes(model, shapes)
			if err != nil {
				return err
			}
			f, err := zk.ParseFormat(format)
			if err != nil {
				return err
			}
			ch, err := zk.ParseChecks(checks)
			if err != nil {
				return err
			}
			var opts []zk.Option
			if inputMax > 0 {
				bits, err := inputDomain(art.Program, inputMax)
				if err != nil {
					return err
				}
				opts = append(opts, zk.WithInputDomain(bits))
			}
			var k *zk.Keys
			if err := progress(cmd.ErrOrStderr(), "circuit and Groth16 setup", func() error {
				k, err = zk.Setup(art.Program, f, ch, opts...)
				return err
			}); err != nil {
				return err
			}
			if err := k.Write(keys); err != nil {
				return err
			}
			bundle, err := bundleKeys(keys, keysURI)
			if err != nil {
				return err
			}
			// With --register --json, stdout is the registration's JSON alone.
			w := cmd.OutOrStdout()
			if register && rf.json {
				w = cmd.ErrOrStderr()
			}
			fmt.Fprintf(w, "%d constraints (%s input, %s range checks); keys and Verifier.sol in %s\n",
				k.CCS.GetNbConstraints(), k.Format, k.Checks, keys)
			fmt.Fprintf(w, "proving-key bundle to publish: %s (sha256 %s)\n", bundle.path, bundle.hash.Hex())
			if !register {
				return nil
			}
			m, err := parseMode(mode)
			if err != nil || m == contracts.ModeOPML {
				return fmt.Errorf("--mode %q: want zk or opml+zk", mode)
			}
			fee, err := parseWei(feeWei)
			if err != nil {
				return fmt.Errorf("--fee-wei: %w", err)
			}
			root, err := solc.Toolchain(cmd.Context(), ".")
			if err != nil {
				return err
			}
			return registerArtifact(cmd, &rf, art, model, "", fee, m, window, common.Address{}, bundle, func(c *conn, s *chain.Sender) (common.Address, error) {
				var v *contracts.ZkModelVerifier
				err := progress(cmd.ErrOrStderr(), "compile and deploy the verifier", func() (err error) {
					v, err = zk.DeployVerifier(cmd.Context(), s, c.client, root, keys)
					return err
				})
				if err != nil {
					return common.Address{}, err
				}
				return v.Address(), nil
			})
		},
	}
	prove := &cobra.Command{
		Use:   "prove --model model.onnx --keys DIR --input FILE (--prover 0x… | --account NAME | --keystore FILE) --out proof.json",
		Short: "Run the model on an input and prove the run for the account that will submit it",
		RunE: func(cmd *cobra.Command, _ []string) error {
			who, err := proverAddress(prover, proverAccount, proverKeystore)
			if err != nil {
				return err
			}
			art, err := buildWithShapes(model, shapes)
			if err != nil {
				return err
			}
			in, err := os.ReadFile(input)
			if err != nil {
				return err
			}
			tr, err := trace.NewFromInput(art.Program, in)
			if err != nil {
				return err
			}
			k, err := zk.LoadKeys(keys, art.Program)
			if err != nil {
				return err
			}
			var pf zk.ProofFile
			if err := progress(cmd.ErrOrStderr(), "proving", func() error {
				pf, err = k.Prove(who, in, tr)
				return err
			}); err != nil {
				return err
			}
			if err := zk.WriteProof(out, pf); err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "proof of %d-byte output for prover %s written to %s (public digest %s)\n", len(tr.Output()), who.Hex(), out, pf.Digest)
			return nil
		},
	}
	verify := &cobra.Command{
		Use:   "verify --model model.onnx --keys DIR --proof proof.json [--input FILE [--prover 0x…]]",
		Short: "Verify a proof against the model's verifying key (with --input: for its prover, that input and its output)",
		RunE: func(cmd *cobra.Command, _ []string) error {
			art, err := buildWithShapes(model, shapes)
			if err != nil {
				return err
			}
			k, err := zk.LoadVerifier(keys, art.Program)
			if err != nil {
				return err
			}
			pf, err := zk.ReadProof(proofFile)
			if err != nil {
				return err
			}
			var in []byte
			var who common.Address
			if input != "" {
				if in, err = os.ReadFile(input); err != nil {
					return err
				}
				if prover != "" {
					who, err = proverAddress(prover, "", "")
				} else {
					who, err = pf.ProverAddress()
				}
				if err != nil {
					return err
				}
			}
			if err := k.Verify(pf, who, in); err != nil {
				return fmt.Errorf("the proof does not verify: %w", err)
			}
			if in == nil {
				fmt.Fprintln(cmd.OutOrStdout(), "proof verified against the digest in the proof file only: the input, the output and the prover it binds were NOT checked (give --input to check them)")
				return nil
			}
			fmt.Fprintf(cmd.OutOrStdout(), "proof verified: it binds this input, the output in the proof file and the prover %s\n", who.Hex())
			return nil
		},
	}
	for _, c := range []*cobra.Command{setup, prove, verify} {
		c.Flags().StringVar(&model, "model", "", "ONNX model file")
		c.Flags().StringVar(&keys, "keys", "", "directory of the circuit, keys and Verifier.sol")
		_ = c.MarkFlagRequired("model")
		_ = c.MarkFlagRequired("keys")
		addShapeFlag(c, &shapes)
	}
	prove.Flags().StringVar(&input, "input", "", "input bytes (docs/ENCODING.md)")
	prove.Flags().StringVar(&out, "out", "proof.json", "where to write the proof")
	verify.Flags().StringVar(&proofFile, "proof", "proof.json", "the proof file")
	_ = prove.MarkFlagRequired("input")
	prove.Flags().StringVar(&prover, "prover", "", "address of the account that will send proveResult: the proof verifies for it alone")
	prove.Flags().StringVar(&proverAccount, "account", "", "prove for this devnet account (deployer, creator, operator, ...)")
	prove.Flags().StringVar(&proverKeystore, "keystore", "", "prove for the account of this keystore file (its address only: no password)")
	prove.MarkFlagsMutuallyExclusive("prover", "account", "keystore")
	prove.MarkFlagsOneRequired("prover", "account", "keystore")
	verify.Flags().StringVar(&prover, "prover", "", "with --input: the account the proof must be for (default: the proof file's prover)")
	verify.Flags().StringVar(&input, "input", "", "the request's input bytes: also check the proof's digest binds them and its output")
	setup.Flags().StringVar(&format, "format", "int64", "input form the circuit takes: int64 (8 bytes per element) or bytes (1 per element, one-input models)")
	setup.Flags().StringVar(&checks, "checks", "auto", "range checks: lookup (fewer constraints, ~120k more verify gas), bits, or auto")
	setup.Flags().Float64Var(&inputMax, "input-max", 0, "int64 form: the real inputs' domain, |x| < this (rounded up to a power of two); smaller circuits, no proof outside it (default: any int64)")
	setup.Flags().BoolVar(&register, "register", false, "compile and deploy the verifier with the pinned solc and register the model (needs --rpc-url and a key)")
	setup.Flags().StringVar(&mode, "mode", "zk", "with --register: zk or opml+zk")
	setup.Flags().StringVar(&feeWei, "fee-wei", "0", "with --register: model fee per inference, in wei")
	setup.Flags().Uint32Var(&window, "window", 600, "with --register and opml+zk: challenge window in seconds")
	setup.Flags().StringVar(&keysURI, "zk-keys-uri", "", "with --register: where nodes fetch the keys bundle (file://, http(s)://, ipfs://; default: file:// of DIR/keys.tar)")
	rf.add(setup, true)
	cmd.AddCommand(setup, prove, verify)
	return cmd
}

// buildWithShapes is modelregistry.BuildFileWithBindings with --shape and --range flags.
func buildWithShapes(model string, flags bindingFlags) (*modelregistry.Artifact, error) {
	bind, err := flags.bindings()
	if err != nil {
		return nil, err
	}
	return modelregistry.BuildFileWithBindings(model, bind)
}

// inputDomain turns --input-max into the circuit's input domain in bits at the largest input scale.
func inputDomain(p *inference.Program, inputMax float64) (int, error) {
	scale := 0
	for _, id := range p.Inputs {
		if v := p.Values[id]; !v.Int {
			scale = max(scale, int(v.Scale))
		}
	}
	bits := scale + max(0, int(math.Ceil(math.Log2(inputMax))))
	if scale == 0 || bits > 62 {
		return 0, fmt.Errorf("--input-max %g: the model has no real inputs, or the domain exceeds int64", inputMax)
	}
	return bits, nil
}

// proverAddress is the account a proof is made for: an address, a devnet account's or a keystore
// file's (read from the file's address field, no password needed).
func proverAddress(addr, account, keystore string) (common.Address, error) {
	switch {
	case addr != "":
		if !common.IsHexAddress(addr) {
			return common.Address{}, fmt.Errorf("--prover %q is not an address", addr)
		}
		return common.HexToAddress(addr), nil
	case account != "":
		if !slices.Contains(devchain.AccountNames, account) {
			return common.Address{}, fmt.Errorf("no devnet account %q (have %v)", account, devchain.AccountNames)
		}
		return crypto.PubkeyToAddress(devchain.DevKey(account).PublicKey), nil
	case keystore != "":
		b, err := os.ReadFile(keystore)
		if err != nil {
			return common.Address{}, err
		}
		var ks struct {
			Address string `json:"address"`
		}
		if err := json.Unmarshal(b, &ks); err != nil || !common.IsHexAddress(ks.Address) {
			return common.Address{}, fmt.Errorf("keystore %s: no address (%v)", keystore, err)
		}
		return common.HexToAddress(ks.Address), nil
	}
	return common.Address{}, errors.New("choose the prover: --prover ADDRESS, --account NAME (devnet) or --keystore FILE")
}

// zkKeys is a ZK model's published proving-key bundle: the file, its sha256 (registered as
// zkKeysHash) and where nodes fetch it (zkKeysUri).
type zkKeys struct {
	path string
	hash common.Hash
	uri  string
}

// newZKKeys is the bundle at path with sha256 h, published at uri (default: its file://).
func newZKKeys(path string, h common.Hash, uri string) (zkKeys, error) {
	if uri == "" {
		var err error
		if uri, err = fileURI(path); err != nil {
			return zkKeys{}, err
		}
	}
	return zkKeys{path: path, hash: h, uri: uri}, nil
}

// fileURI is the file:// URI of path, the default a model creator publishes a file at.
func fileURI(path string) (string, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return "", err
	}
	return "file://" + abs, nil
}

// bundleKeys packs the keys in dir into dir/keys.tar (zk.WriteBundle); uri defaults to its file://.
func bundleKeys(dir, uri string) (zkKeys, error) {
	path, h, err := zk.WriteBundle(dir)
	if err != nil {
		return zkKeys{}, err
	}
	return newZKKeys(path, h, uri)
}

// publishedKeys is a bundle a model creator registers with model register: it must be for the
// model's program (its circuit.json, read without loading the keys).
func publishedKeys(path, uri string, art *modelregistry.Artifact) (zkKeys, error) {
	if err := zk.CheckBundleFor(path, art.ProgramHash); err != nil {
		return zkKeys{}, fmt.Errorf("--zk-keys: %w", err)
	}
	h, err := modelregistry.FileSHA256(path)
	if err != nil {
		return zkKeys{}, err
	}
	return newZKKeys(path, h, uri)
}

// addressOf is an address given as hex, as a devnet account's name, or as a keystore file (its
// address field: no password needed).
func addressOf(s string) (common.Address, error) {
	if common.IsHexAddress(s) {
		return common.HexToAddress(s), nil
	}
	if slices.Contains(devchain.AccountNames, s) {
		return crypto.PubkeyToAddress(devchain.DevKey(s).PublicKey), nil
	}
	if _, err := os.Stat(s); err == nil {
		return proverAddress("", "", s)
	}
	return common.Address{}, fmt.Errorf("%q is neither an address, a devnet account (%v) nor a keystore file", s, devchain.AccountNames)
}
