package main

import (
	"fmt"
	"io"
	"os"
	"time"

	"github.com/spf13/cobra"

	"github.com/auspex-labs/auspex/fraudproof/zk"
	"github.com/auspex-labs/auspex/inference"
	"github.com/auspex-labs/auspex/modelregistry"
)

// progress runs f while showing what it does and for how long (setup and proving take minutes on
// large models); the final line stays.
func progress(w io.Writer, what string, f func() error) error {
	done := make(chan error, 1)
	start := time.Now()
	go func() { done <- f() }()
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
	var model, keys string

	setup := &cobra.Command{
		Use:   "setup --model model.onnx --keys DIR",
		Short: "Compile the model's circuit, run a local Groth16 setup (devnets: production keys come from a ceremony), export the Solidity verifier",
		RunE: func(cmd *cobra.Command, _ []string) error {
			art, err := modelregistry.BuildFile(model)
			if err != nil {
				return err
			}
			var k *zk.Keys
			if err := progress(cmd.ErrOrStderr(), "circuit and Groth16 setup", func() error {
				k, err = zk.Setup(art.Program)
				return err
			}); err != nil {
				return err
			}
			if err := k.Write(keys); err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "%d constraints; keys and Verifier.sol in %s\n", k.CCS.GetNbConstraints(), keys)
			return nil
		},
	}
	var input, out, proofFile string
	prove := &cobra.Command{
		Use:   "prove --model model.onnx --keys DIR --input FILE --out proof.json",
		Short: "Run the model on an input and prove the run",
		RunE: func(cmd *cobra.Command, _ []string) error {
			art, err := modelregistry.BuildFile(model)
			if err != nil {
				return err
			}
			in, err := os.ReadFile(input)
			if err != nil {
				return err
			}
			tr, err := inference.TraceInput(art.Program, in)
			if err != nil {
				return err
			}
			k, err := zk.LoadKeys(keys, art.Program)
			if err != nil {
				return err
			}
			var pf zk.ProofFile
			if err := progress(cmd.ErrOrStderr(), "proving", func() error {
				pf, err = k.Prove(tr)
				return err
			}); err != nil {
				return err
			}
			if err := zk.WriteProof(out, pf); err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "proof of %d-byte output written to %s (%d public inputs)\n", len(tr.Output()), out, len(pf.Public))
			return nil
		},
	}
	verify := &cobra.Command{
		Use:   "verify --model model.onnx --keys DIR --proof proof.json",
		Short: "Verify a proof against the model's verifying key",
		RunE: func(cmd *cobra.Command, _ []string) error {
			art, err := modelregistry.BuildFile(model)
			if err != nil {
				return err
			}
			k, err := zk.LoadKeys(keys, art.Program)
			if err != nil {
				return err
			}
			pf, err := zk.ReadProof(proofFile)
			if err != nil {
				return err
			}
			if err := k.Verify(pf); err != nil {
				return fmt.Errorf("the proof does not verify: %w", err)
			}
			fmt.Fprintln(cmd.OutOrStdout(), "proof verified")
			return nil
		},
	}
	for _, c := range []*cobra.Command{setup, prove, verify} {
		c.Flags().StringVar(&model, "model", "", "ONNX model file")
		c.Flags().StringVar(&keys, "keys", "", "directory of the circuit, keys and Verifier.sol")
		_ = c.MarkFlagRequired("model")
		_ = c.MarkFlagRequired("keys")
	}
	prove.Flags().StringVar(&input, "input", "", "input bytes (docs/ENCODING.md)")
	prove.Flags().StringVar(&out, "out", "proof.json", "where to write the proof")
	verify.Flags().StringVar(&proofFile, "proof", "proof.json", "the proof file")
	_ = prove.MarkFlagRequired("input")
	cmd.AddCommand(setup, prove, verify)
	return cmd
}
