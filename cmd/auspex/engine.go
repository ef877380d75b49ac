package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"sort"
	"strings"

	"github.com/spf13/cobra"

	"github.com/auspex-labs/auspex/inference"
	"github.com/auspex-labs/auspex/inference/conformance"
	"github.com/auspex-labs/auspex/inference/onnx"
	"github.com/auspex-labs/auspex/modelregistry"
)

func loadProgram(path string, opt inference.Options) (*inference.Program, *onnx.Model, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, nil, fmt.Errorf("read model: %w", err)
	}
	m, err := onnx.Decode(data, onnx.DefaultLimits)
	if err != nil {
		return nil, nil, fmt.Errorf("%s: %w", path, err)
	}
	p, err := inference.Compile(m, opt)
	if err != nil {
		return nil, nil, fmt.Errorf("compile %s: %w", path, err)
	}
	return p, m, nil
}

func newCompileCmd() *cobra.Command {
	var model, out string
	var batch int64
	cmd := &cobra.Command{
		Use:   "compile --model M.onnx [--out P]",
		Short: "Compile an ONNX model into a fixed-point program; print its hash and a summary",
		RunE: func(cmd *cobra.Command, _ []string) error {
			opt := inference.DefaultOptions
			opt.BatchSize = batch
			p, m, err := loadProgram(model, opt)
			if err != nil {
				return err
			}
			size, err := writeProgram(p, out)
			if err != nil {
				return err
			}
			w := cmd.OutOrStdout()
			fmt.Fprintf(w, "programHash %s\n", p.Hash())
			fmt.Fprintf(w, "encoding    %d bytes\n", size)
			fmt.Fprintf(w, "opset       %d, producer %q\n", m.Opset(), m.Producer)
			for _, id := range p.Inputs {
				v := p.Values[id]
				fmt.Fprintf(w, "input       %s %v %s\n", v.Name, v.Shape, kindOf(v))
			}
			for _, id := range p.Outputs {
				v := p.Values[id]
				fmt.Fprintf(w, "output      %s %v %s\n", v.Name, v.Shape, kindOf(v))
			}
			ops, params := p.Summary()
			names := make([]string, 0, len(ops))
			for op := range ops {
				names = append(names, op)
			}
			sort.Strings(names)
			parts := make([]string, len(names))
			for i, op := range names {
				parts[i] = fmt.Sprintf("%s:%d", op, ops[op])
			}
			fmt.Fprintf(w, "steps       %d (%s)\n", len(p.Steps), strings.Join(parts, " "))
			fmt.Fprintf(w, "params      %d constants, %d tables\n", params, len(p.Tables))
			fmt.Fprintf(w, "resources   %s\n", resourcesText(p.Resources()))
			if _, err := modelregistry.CheckResources(p, 0); err != nil {
				fmt.Fprintf(w, "limits      REFUSED (registration and every node refuse it): %v\n", err)
			} else {
				fmt.Fprintf(w, "limits      within the protocol bounds (output ≤ %d bytes, memory ≤ %d bytes)\n",
					modelregistry.MaxOutputBytes, modelregistry.MaxInferenceBytes)
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&model, "model", "", "ONNX file")
	cmd.Flags().StringVar(&out, "out", "", "write the program's canonical encoding here")
	cmd.Flags().Int64Var(&batch, "batch", 1, "size of symbolic (batch) dimensions")
	_ = cmd.MarkFlagRequired("model")
	return cmd
}

func kindOf(v inference.Value) string {
	if v.Int {
		return "int " + onnx.DataType(v.DType).String()
	}
	return fmt.Sprintf("fixed s=%d", v.Scale)
}

// readInput reads a TensorProto (.pb) or JSON (a flat array of numbers, or {"data": [...]}).
func readInput(path string) (*onnx.Tensor, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	if strings.HasSuffix(path, ".json") {
		var flat []float64
		if err := json.Unmarshal(data, &flat); err != nil {
			var obj struct {
				Data []float64 `json:"data"`
			}
			if err2 := json.Unmarshal(data, &obj); err2 != nil || obj.Data == nil {
				return nil, fmt.Errorf("%s: expected a JSON array of numbers or {\"data\": [...]}: %v", path, err)
			}
			flat = obj.Data
		}
		return &onnx.Tensor{DType: onnx.Float, Floats: flat, Shape: []int64{int64(len(flat))}}, nil
	}
	return onnx.DecodeTensor(data, onnx.DefaultLimits)
}

func newRunCmd() *cobra.Command {
	var model string
	var inputs []string
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "run --model M.onnx --input X [--input Y ...]",
		Short: "Run a model in the fixed-point engine and print its outputs",
		RunE: func(cmd *cobra.Command, _ []string) error {
			p, _, err := loadProgram(model, inference.DefaultOptions)
			if err != nil {
				return err
			}
			// No node would run past the memory bound; neither does this (the output bound is the
			// chain's, not the engine's).
			res := p.Resources()
			if res.PeakBytes > modelregistry.MaxInferenceBytes {
				return fmt.Errorf("%s: %w", model, &modelregistry.TooLargeError{What: "one inference", Bytes: res.PeakBytes, Limit: modelregistry.MaxInferenceBytes})
			}
			if len(inputs) != len(p.Inputs) {
				return fmt.Errorf("the model takes %d inputs, %d given", len(p.Inputs), len(inputs))
			}
			qs := make([][]int64, len(inputs))
			for i, path := range inputs {
				t, err := readInput(path)
				if err != nil {
					return fmt.Errorf("input %d: %w", i, err)
				}
				v := p.Values[p.Inputs[i]]
				if int64(t.Len()) != v.Len() {
					return fmt.Errorf("input %d (%s): %d values, the model takes shape %v (%d values)", i, v.Name, t.Len(), v.Shape, v.Len())
				}
				if qs[i], err = quantizeTensor(t, v); err != nil {
					return fmt.Errorf("input %d (%s): %w", i, v.Name, err)
				}
			}
			outs, err := inference.Run(p, qs)
			if err != nil {
				return err
			}
			return printOutputs(cmd.OutOrStdout(), p, res, outs, asJSON)
		},
	}
	cmd.Flags().StringVar(&model, "model", "", "ONNX file")
	cmd.Flags().StringSliceVar(&inputs, "input", nil, "input tensor (.pb TensorProto or .json), once per model input")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	_ = cmd.MarkFlagRequired("model")
	return cmd
}

func quantizeTensor(t *onnx.Tensor, v inference.Value) ([]int64, error) {
	if v.Int {
		if t.DType.IsInt() {
			return t.Ints, nil
		}
		// JSON numbers carry no type: accept integral values for an integer input.
		q := make([]int64, len(t.Floats))
		for i, f := range t.Floats {
			if f != math.Trunc(f) || math.Abs(f) > 1<<53 {
				return nil, fmt.Errorf("integer input given the non-integral value %v", f)
			}
			q[i] = int64(f)
		}
		return q, nil
	}
	vals := t.Floats
	if t.DType.IsInt() {
		vals = make([]float64, len(t.Ints))
		for i, x := range t.Ints {
			vals[i] = float64(x)
		}
	}
	q := make([]int64, len(vals))
	for i, f := range vals {
		var err error
		if q[i], err = inference.Quantize(f, v.Scale); err != nil {
			return nil, fmt.Errorf("value %d: %w", i, err)
		}
	}
	return q, nil
}

type outputJSON struct {
	Name   string    `json:"name"`
	Shape  []int64   `json:"shape"`
	Scale  uint8     `json:"scale"`
	Q      []int64   `json:"q"`
	Values []float64 `json:"values"`
}

// resourcesView is inference.Resources as `run --json` prints it.
type resourcesView struct {
	InputBytes   int64 `json:"input_bytes"`
	OutputBytes  int64 `json:"output_bytes"`
	ProgramBytes int64 `json:"program_bytes"`
	TraceBytes   int64 `json:"trace_bytes"`
	PeakBytes    int64 `json:"peak_bytes"`
}

func resourcesText(r inference.Resources) string {
	return fmt.Sprintf("output %d bytes; memory %d bytes per inference (program %d + trace %d)", r.OutputBytes, r.PeakBytes, r.ProgramBytes, r.TraceBytes)
}

func printOutputs(w io.Writer, p *inference.Program, r inference.Resources, outs [][]int64, asJSON bool) error {
	res := make([]outputJSON, len(outs))
	for i, id := range p.Outputs {
		v := p.Values[id]
		o := outputJSON{Name: v.Name, Shape: v.Shape, Q: outs[i]}
		if !v.Int {
			o.Scale = v.Scale
		}
		for _, q := range outs[i] {
			o.Values = append(o.Values, inference.Dequantize(q, o.Scale))
		}
		res[i] = o
	}
	if asJSON {
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(map[string]any{"programHash": p.Hash().Hex(), "outputs": res, "resources": resourcesView{
			InputBytes: r.InputBytes, OutputBytes: r.OutputBytes, ProgramBytes: r.ProgramBytes, TraceBytes: r.TraceBytes, PeakBytes: r.PeakBytes}})
	}
	for _, o := range res {
		fmt.Fprintf(w, "%s %v (scale %d): %v\n", o.Name, o.Shape, o.Scale, o.Values)
	}
	fmt.Fprintf(w, "resources: %s\n", resourcesText(r))
	return nil
}

func newConformanceCmd() *cobra.Command {
	var verbose bool
	var report string
	cmd := &cobra.Command{
		Use:   "conformance DIR... [--report FILE.md]",
		Short: "Run ONNX backend test folders; one line per test, then `N passed, N failed, N skipped`",
		Args:  cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			dirs, err := conformance.Dirs(args...)
			if err != nil {
				return err
			}
			w := cmd.OutOrStdout()
			var pass, fail, skip int
			var results []conformance.Result
			for _, d := range dirs {
				r := conformance.RunDirChecked(d, conformance.DefaultTolerance, 64)
				results = append(results, r)
				switch r.Status {
				case conformance.Pass:
					pass++
					if verbose {
						fmt.Fprintf(w, "PASS %s (max |diff| %.3g)\n", r.Name, r.MaxDiff)
					} else {
						fmt.Fprintf(w, "PASS %s\n", r.Name)
					}
				case conformance.Fail:
					fail++
					fmt.Fprintf(w, "FAIL %s: %s\n", r.Name, r.Detail)
				default:
					skip++
					fmt.Fprintf(w, "SKIP %s: %s\n", r.Name, r.Detail)
				}
			}
			if report != "" {
				if err := os.WriteFile(report, []byte(conformance.Report(results, args, report)), 0o644); err != nil {
					return fmt.Errorf("write report: %w", err)
				}
			}
			fmt.Fprintf(w, "%d passed, %d failed, %d skipped\n", pass, fail, skip)
			if fail > 0 {
				return errors.New("conformance failures")
			}
			return nil
		},
	}
	cmd.Flags().BoolVar(&verbose, "verbose", false, "print each passing test's largest difference")
	cmd.Flags().StringVar(&report, "report", "", "also write per-op counts as Markdown to this file")
	return cmd
}

func newEvalCmd() *cobra.Command {
	var model, images, labels, pre, reference string
	var limit int
	cmd := &cobra.Command{
		Use:   "eval --model M.onnx --images IDX --labels IDX [--preprocess raw|unit|norm] [--reference F32] [--limit N]",
		Short: "Top-1 accuracy of the fixed-point program, and agreement with a float reference",
		RunE: func(cmd *cobra.Command, _ []string) error {
			p, _, err := loadProgram(model, inference.DefaultOptions)
			if err != nil {
				return err
			}
			idims, img, err := conformance.ReadIDX(images)
			if err != nil {
				return err
			}
			_, lab, err := conformance.ReadIDX(labels)
			if err != nil {
				return err
			}
			if len(idims) < 2 {
				return fmt.Errorf("%s: images need at least 2 dimensions", images)
			}
			size := 1
			for _, d := range idims[1:] {
				size *= d
			}
			var ref []float32
			if reference != "" {
				if ref, err = conformance.ReadF32(reference); err != nil {
					return err
				}
			}
			r, err := conformance.Eval(p, img, lab, size, conformance.Preprocess(pre), ref, limit)
			if err != nil {
				return err
			}
			fmt.Fprintln(cmd.OutOrStdout(), r)
			return nil
		},
	}
	cmd.Flags().StringVar(&model, "model", "", "ONNX file")
	cmd.Flags().StringVar(&images, "images", "", "IDX images (uint8)")
	cmd.Flags().StringVar(&labels, "labels", "", "IDX labels")
	cmd.Flags().StringVar(&pre, "preprocess", "unit", "raw (0..255), unit (x/255) or norm ((x/255−0.1307)/0.3081)")
	cmd.Flags().StringVar(&reference, "reference", "", "float32 reference outputs, one row per image")
	cmd.Flags().IntVar(&limit, "limit", 0, "evaluate the first N images only")
	for _, f := range []string{"model", "images", "labels"} {
		_ = cmd.MarkFlagRequired(f)
	}
	return cmd
}

// writeProgram streams p's canonical encoding to path (or only counts it when path is empty): a
// large model's encoding is never held whole.
func writeProgram(p *inference.Program, path string) (int64, error) {
	if path == "" {
		return p.WriteTo(io.Discard)
	}
	f, err := os.Create(path)
	if err != nil {
		return 0, fmt.Errorf("write program: %w", err)
	}
	bw := bufio.NewWriter(f)
	n, err := p.WriteTo(bw)
	if err == nil {
		err = bw.Flush()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return n, fmt.Errorf("write program %s: %w", path, err)
	}
	return n, nil
}
