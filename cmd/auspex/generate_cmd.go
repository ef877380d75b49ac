package main

import (
	"encoding/json"
	"fmt"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"
	"google.golang.org/protobuf/proto"

	"github.com/auspex-labs/auspex/inference"
	"github.com/auspex-labs/auspex/inference/onnx"
	"github.com/auspex-labs/auspex/inference/onnxpb"
	"github.com/auspex-labs/auspex/inference/trace"
	"github.com/auspex-labs/auspex/modelregistry"
)

// parseIDs reads comma-separated token ids.
func parseIDs(s string) ([]int64, error) {
	var ids []int64
	for _, f := range strings.Split(s, ",") {
		f = strings.TrimSpace(f)
		if f == "" {
			continue
		}
		v, err := strconv.ParseInt(f, 10, 64)
		if err != nil {
			return nil, fmt.Errorf("token id %q: %w", f, err)
		}
		ids = append(ids, v)
	}
	if len(ids) == 0 {
		return nil, fmt.Errorf("no token ids")
	}
	return ids, nil
}

// withGenerateMetadata returns the model file data with its metadata_props entry
// inference.GenerateMetadataKey set to g (replacing one it had): the file a model creator
// registers, whose onnxHash commits to the generation parameters.
func withGenerateMetadata(data []byte, g inference.Generate) ([]byte, error) {
	var mp onnxpb.ModelProto
	if err := proto.Unmarshal(data, &mp); err != nil {
		return nil, fmt.Errorf("not an ONNX model: %w", err)
	}
	var props []*onnxpb.StringStringEntryProto
	for _, kv := range mp.GetMetadataProps() {
		if kv.GetKey() != inference.GenerateMetadataKey {
			props = append(props, kv)
		}
	}
	mp.MetadataProps = append(props, &onnxpb.StringStringEntryProto{Key: proto.String(inference.GenerateMetadataKey), Value: proto.String(g.MarshalMetadata())})
	return proto.MarshalOptions{Deterministic: true}.Marshal(&mp)
}

type generateJSON struct {
	ProgramHash    string  `json:"program_hash"`
	Prompt         []int64 `json:"prompt"`
	Tokens         []int64 `json:"tokens"`
	Steps          int     `json:"steps"`
	Temperature    float64 `json:"temperature,omitempty"`
	Seed           *int64  `json:"seed,omitempty"`
	ProgramSteps   int     `json:"program_steps"`
	Params         int64   `json:"params"`
	CompileSeconds float64 `json:"compile_seconds"`
	RunSeconds     float64 `json:"run_seconds"`
	CommitSeconds  float64 `json:"commit_constants_seconds,omitempty"`
	TraceRoot      string  `json:"trace_root,omitempty"`
	PeakBytes      int64   `json:"resources_peak_bytes"`
	WithinBounds   bool    `json:"within_protocol_bounds"`
	Metadata       string  `json:"metadata"`
}

func newGenerateCmd() *cobra.Command {
	var model, prompt, writeModel, program string
	var steps int
	var temperature float64
	var seed int64
	var asJSON, compileOnly, withTrace bool
	cmd := &cobra.Command{
		Use:   "generate --model M.onnx --prompt-ids 1,2,3 --steps N [--temperature T --seed S] [--write-model G.onnx]",
		Short: "Generate tokens with a decoder (KV-cache interface) as one program: prompt ids in, generated ids out",
		Long: "Compiles the decoder into one generation program (inference.Generate: the model inlined once per token,\n" +
			"its key/value cache carried from step to step) and runs it on the prompt. Greedy by default; with\n" +
			"--temperature > 0 it samples, seeded by --seed, in integer arithmetic inside the program.\n\n" +
			"The generation parameters (steps, prompt length, temperature) are part of the program and of its hash. A\n" +
			"node learns them from the model file: --write-model writes a copy of the file carrying them in its\n" +
			"metadata (" + inference.GenerateMetadataKey + "), which every compile of that file (auspex model register,\n" +
			"nodes, verifiers) reads; register that file. Given such a file, --steps and --temperature may be left out.",
		RunE: func(cmd *cobra.Command, _ []string) error {
			ids, err := parseIDs(prompt)
			if err != nil {
				return fmt.Errorf("--prompt-ids: %w", err)
			}
			data, err := os.ReadFile(model)
			if err != nil {
				return fmt.Errorf("read model: %w", err)
			}
			m, err := onnx.Decode(data, onnx.DefaultLimits)
			if err != nil {
				return fmt.Errorf("%s: %w", model, err)
			}
			g, inFile, err := inference.GenerateFromMetadata(m)
			if err != nil {
				return fmt.Errorf("%s: %w", model, err)
			}
			flags := cmd.Flags()
			if !inFile {
				if steps < 1 {
					return fmt.Errorf("--steps: give the number of tokens to generate (the file carries no %s metadata)", inference.GenerateMetadataKey)
				}
				g = &inference.Generate{Steps: steps, PromptLen: len(ids), Temperature: temperature}
			} else {
				if flags.Changed("steps") && steps != g.Steps || flags.Changed("temperature") && temperature != g.Temperature {
					return fmt.Errorf("%s carries %s %s: its steps and temperature are part of the registered program; --steps/--temperature differ",
						model, inference.GenerateMetadataKey, g.MarshalMetadata())
				}
				if g.PromptLen != len(ids) {
					return fmt.Errorf("%s is compiled for prompts of %d tokens, given %d", model, g.PromptLen, len(ids))
				}
			}
			if writeModel != "" {
				out, err := withGenerateMetadata(data, *g)
				if err != nil {
					return err
				}
				if err := os.WriteFile(writeModel, out, 0o644); err != nil {
					return err
				}
			}
			data = nil // a large model's file need not stay resident while it compiles
			opt := inference.DefaultOptions
			opt.Generate = g
			t0 := time.Now()
			p, err := inference.Compile(m, opt)
			if err != nil {
				return fmt.Errorf("compile %s: %w", model, err)
			}
			compileTime := time.Since(t0)
			if _, err := writeProgram(p, program); err != nil {
				return err
			}
			res := p.Resources()
			_, boundsErr := modelregistry.CheckResources(p, 0)
			_, params := p.Summary()
			out := generateJSON{ProgramHash: p.Hash().Hex(), Prompt: ids, Steps: g.Steps, Temperature: g.Temperature, ProgramSteps: len(p.Steps),
				Params: params, CompileSeconds: compileTime.Seconds(), PeakBytes: res.PeakBytes, WithinBounds: boundsErr == nil, Metadata: g.MarshalMetadata()}
			w := cmd.OutOrStdout()
			if !compileOnly {
				if res.PeakBytes > modelregistry.MaxInferenceBytes {
					return fmt.Errorf("%s: %w", model, &modelregistry.TooLargeError{What: "one inference", Bytes: res.PeakBytes, Limit: modelregistry.MaxInferenceBytes})
				}
				ins := [][]int64{ids}
				if g.Temperature > 0 {
					ins = append(ins, []int64{seed})
					out.Seed = &seed
				} else if flags.Changed("seed") {
					return fmt.Errorf("--seed is for sampling (--temperature > 0)")
				}
				if withTrace {
					// As a node serves it: the constants committed once at load, then each run
					// with its trace commitment.
					t0 = time.Now()
					p.PrecomputeCommitments()
					out.CommitSeconds = time.Since(t0).Seconds()
					t0 = time.Now()
					tr, err := trace.NewRun(p, ins)
					if err != nil {
						return err
					}
					if tr.Failure != nil {
						return fmt.Errorf("step %d failed: %w", tr.Failure.Step, tr.Failure.Err)
					}
					out.RunSeconds = time.Since(t0).Seconds()
					out.TraceRoot = tr.Root.Hex()
					out.Tokens = tr.Values[p.Outputs[0]]
				} else {
					t0 = time.Now()
					outs, err := inference.Run(p, ins)
					if err != nil {
						return err
					}
					out.RunSeconds = time.Since(t0).Seconds()
					out.Tokens = outs[0]
				}
			}
			if asJSON {
				enc := json.NewEncoder(w)
				enc.SetIndent("", "  ")
				return enc.Encode(out)
			}
			if !compileOnly {
				parts := make([]string, len(out.Tokens))
				for i, t := range out.Tokens {
					parts[i] = strconv.FormatInt(t, 10)
				}
				fmt.Fprintln(w, strings.Join(parts, ","))
			}
			fmt.Fprintf(cmd.ErrOrStderr(), "programHash %s (%s)\n", out.ProgramHash, out.Metadata)
			fmt.Fprintf(cmd.ErrOrStderr(), "program     %d steps, %d constant params; %s\n", out.ProgramSteps, params, resourcesText(res))
			fmt.Fprintf(cmd.ErrOrStderr(), "compile     %.2f s; run %.2f s (%.3f s a token)\n", out.CompileSeconds, out.RunSeconds, out.RunSeconds/float64(g.Steps))
			if withTrace {
				fmt.Fprintf(cmd.ErrOrStderr(), "trace       root %s (constants committed in %.2f s, before the run)\n", out.TraceRoot, out.CommitSeconds)
			}
			if boundsErr != nil {
				fmt.Fprintf(cmd.ErrOrStderr(), "limits      REFUSED (registration and every node refuse it): %v\n", boundsErr)
			}
			if writeModel != "" {
				fmt.Fprintf(cmd.ErrOrStderr(), "wrote       %s: register it (auspex model register --file %s); requests send the prompt's %d ids as int64\n", writeModel, writeModel, g.PromptLen)
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&model, "model", "", "ONNX decoder with a KV-cache interface (input_ids, past_key_values.{i}.key/value → logits, present.{i}.key/value)")
	cmd.Flags().StringVar(&prompt, "prompt-ids", "", "the prompt's token ids, comma-separated")
	cmd.Flags().IntVar(&steps, "steps", 0, "tokens to generate")
	cmd.Flags().Float64Var(&temperature, "temperature", 0, "0: greedy; above 0: seeded sampling from softmax(logits/T)")
	cmd.Flags().Int64Var(&seed, "seed", 0, "the sampling seed (the program's second input)")
	cmd.Flags().StringVar(&writeModel, "write-model", "", "write the model file with the generation parameters in its metadata, for registration")
	cmd.Flags().StringVar(&program, "out", "", "write the program's canonical encoding here")
	cmd.Flags().BoolVar(&compileOnly, "compile-only", false, "compile (and write) only, do not run")
	cmd.Flags().BoolVar(&withTrace, "trace", false, "run with the trace commitment a node makes (constants committed first), print its root")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	_ = cmd.MarkFlagRequired("model")
	_ = cmd.MarkFlagRequired("prompt-ids")
	return cmd
}
