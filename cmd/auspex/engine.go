package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"slices"
	"sort"
	"strings"

	"github.com/spf13/cobra"

	"github.com/auspex-labs/auspex/inference"
	"github.com/auspex-labs/auspex/inference/conformance"
	"github.com/auspex-labs/auspex/inference/onnx"
	"github.com/auspex-labs/auspex/inference/parallel"
	"github.com/auspex-labs/auspex/modelregistry"
)

// loadModel reads and decodes an ONNX file.
func loadModel(path string) (*onnx.Model, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read model: %w", err)
	}
	m, err := onnx.Decode(data, onnx.DefaultLimits)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return m, nil
}

func compileModel(path string, m *onnx.Model, opt inference.Options) (*inference.Program, error) {
	p, err := inference.Compile(m, opt)
	if err != nil {
		return nil, fmt.Errorf("compile %s: %w", path, err)
	}
	return p, nil
}

func loadProgram(path string, opt inference.Options) (*inference.Program, *onnx.Model, error) {
	m, err := loadModel(path)
	if err != nil {
		return nil, nil, err
	}
	p, err := compileModel(path, m, opt)
	if err != nil {
		return nil, nil, err
	}
	return p, m, nil
}

// shapeFlagHelp is the --shape flag's help, shared by every command that compiles a model.
const shapeFlagHelp = "shape of an input the model leaves open (symbolic or unknown dimensions), NAME=1x3x320x320 or NAME=1,3,320,320; once per input. " +
	"Part of the program and its hash, and recorded at registration"

// rangeFlagHelp is the --range flag's help.
const rangeFlagHelp = "declared interval of a real input's values, NAME=LO:HI (e.g. audio=-32768:32767); once per input. " +
	"Lets the compiler give a product that would overflow the default scale a scale of its own (docs/NUMERICS.md); " +
	"part of the program and its hash, and recorded at registration"

// bindingFlags are the --shape and --range flags of a command that compiles a model.
type bindingFlags struct{ shapes, ranges []string }

// addShapeFlag adds the repeatable --shape and --range flags (array flags: a comma is part of one
// value).
func addShapeFlag(cmd *cobra.Command, b *bindingFlags) {
	cmd.Flags().StringArrayVar(&b.shapes, "shape", nil, shapeFlagHelp)
	cmd.Flags().StringArrayVar(&b.ranges, "range", nil, rangeFlagHelp)
}

// bindings parses the flags.
func (b bindingFlags) bindings() (inference.InputBindings, error) {
	shapes, err := inference.ParseShapes(b.shapes)
	if err != nil {
		return inference.InputBindings{}, fmt.Errorf("--shape: %w", err)
	}
	ranges, err := inference.ParseRanges(b.ranges)
	if err != nil {
		return inference.InputBindings{}, fmt.Errorf("--range: %w", err)
	}
	return inference.InputBindings{Shapes: shapes, Ranges: ranges}, nil
}

// shapeOptions is the default compile options (what registration and nodes use) with the --shape
// and --range bindings.
func shapeOptions(b bindingFlags) (inference.Options, error) {
	bind, err := b.bindings()
	if err != nil {
		return inference.DefaultOptions, err
	}
	return bind.Options(), nil
}

// boundShapes are the shapes of a program's inputs that the model leaves open (a dimension it
// does not fix): the bindings it was compiled with, as --shape flags would give them.
func boundShapes(m *onnx.Model, p *inference.Program) map[string][]int64 {
	out := map[string][]int64{}
	for i, in := range m.Inputs {
		if i >= len(p.Inputs) {
			break
		}
		if slices.ContainsFunc(in.Shape, func(d onnx.Dim) bool { return !d.Fixed() }) {
			out[in.Name] = p.Values[p.Inputs[i]].Shape
		}
	}
	return out
}

func newCompileCmd() *cobra.Command {
	var model, out string
	var shapes bindingFlags
	cmd := &cobra.Command{
		Use:   "compile --model M.onnx [--shape NAME=1x3x320x320 ...] [--out P]",
		Short: "Compile an ONNX model into a fixed-point program; print its hash and a summary",
		Long: "Compiles the model as registration and every node do. Every input dimension the model does not fix\n" +
			"(symbolic, -1, 0 or missing) needs --shape, except a leading batch dimension named N, batch or batch_size,\n" +
			"which is 1; the shapes are part of the program (its hash) and `model register --shape` records them.",
		RunE: func(cmd *cobra.Command, _ []string) error {
			opt, err := shapeOptions(shapes)
			if err != nil {
				return err
			}
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
			for i, id := range p.Inputs {
				v := p.Values[id]
				fmt.Fprintf(w, "input       %s %v %s%s\n", v.Name, v.Shape, kindOf(v), declaredText(m, i))
			}
			for _, id := range p.Outputs {
				v := p.Values[id]
				fmt.Fprintf(w, "output      %s %v %s\n", v.Name, v.Shape, kindOf(v))
			}
			if len(opt.InputShapes) > 0 {
				fmt.Fprintf(w, "shapes      %s (recorded at registration with the same --shape flags)\n", inference.FormatInputShapes(opt.InputShapes))
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
	addShapeFlag(cmd, &shapes)
	_ = cmd.MarkFlagRequired("model")
	return cmd
}

// declaredText is input i's declared shape when the file leaves a dimension open: " (declared
// [1 3 height width])".
func declaredText(m *onnx.Model, i int) string {
	if i >= len(m.Inputs) || !slices.ContainsFunc(m.Inputs[i].Shape, func(d onnx.Dim) bool { return !d.Fixed() }) {
		return ""
	}
	parts := make([]string, len(m.Inputs[i].Shape))
	for k, d := range m.Inputs[i].Shape {
		parts[k] = d.String()
	}
	return " (declared [" + strings.Join(parts, " ") + "])"
}

func kindOf(v inference.Value) string {
	if v.Int {
		return "int " + onnx.DataType(v.DType).String()
	}
	return fmt.Sprintf("fixed s=%d", v.Scale)
}

// readInput reads a TensorProto (.pb) or JSON: a flat array of numbers, {"data": [...]}, or EZKL's
// input.json ({"input_data": [[...], ...], "input_shapes": [[...], ...]}), which holds every input of
// the model, one tensor each.
func readInput(path string) ([]*onnx.Tensor, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	if !strings.HasSuffix(path, ".json") {
		t, err := onnx.DecodeTensor(data, onnx.DefaultLimits)
		return []*onnx.Tensor{t}, err
	}
	flat := func(v []float64) *onnx.Tensor {
		return &onnx.Tensor{DType: onnx.Float, Floats: v, Shape: []int64{int64(len(v))}}
	}
	var arr []float64
	if err := json.Unmarshal(data, &arr); err == nil {
		return []*onnx.Tensor{flat(arr)}, nil
	}
	var obj struct {
		Data        []float64   `json:"data"`
		InputData   [][]float64 `json:"input_data"`
		InputShapes [][]int64   `json:"input_shapes"`
	}
	if err := json.Unmarshal(data, &obj); err != nil || (obj.Data == nil && obj.InputData == nil) {
		return nil, fmt.Errorf("%s: expected a JSON array of numbers, {\"data\": [...]} or EZKL's {\"input_data\": [[...]]}", path)
	}
	if obj.Data != nil {
		return []*onnx.Tensor{flat(obj.Data)}, nil
	}
	out := make([]*onnx.Tensor, len(obj.InputData))
	for i, v := range obj.InputData {
		out[i] = flat(v)
		if i < len(obj.InputShapes) {
			n := int64(1)
			for _, d := range obj.InputShapes[i] {
				n *= d
			}
			if n != int64(len(v)) {
				return nil, fmt.Errorf("%s: input %d has %d values, its input_shapes entry %v holds %d", path, i, len(v), obj.InputShapes[i], n)
			}
			out[i].Shape = obj.InputShapes[i]
		}
	}
	return out, nil
}

func newRunCmd() *cobra.Command {
	var model string
	var inputs []string
	var shapes bindingFlags
	var asJSON bool
	var threads int
	cmd := &cobra.Command{
		Use:   "run --model M.onnx --input X [--input Y ...] [--shape NAME=1x3x320x320 ...]",
		Short: "Run a model in the fixed-point engine and print its outputs",
		Long: "Runs the model on the given input tensors. An input the model leaves open (a symbolic or unknown\n" +
			"dimension) takes the shape of its .pb tensor unless --shape gives the shapes.",
		RunE: func(cmd *cobra.Command, _ []string) error {
			opt, err := shapeOptions(shapes)
			if err != nil {
				return err
			}
			m, err := loadModel(model)
			if err != nil {
				return err
			}
			var tensors []*onnx.Tensor
			for _, path := range inputs {
				ts, err := readInput(path)
				if err != nil {
					return fmt.Errorf("input %d: %w", len(tensors), err)
				}
				tensors = append(tensors, ts...)
			}
			if len(tensors) != len(m.Inputs) {
				return fmt.Errorf("the model takes %d inputs, %d given", len(m.Inputs), len(tensors))
			}
			if len(shapes.shapes) == 0 {
				opt.InputShapes = tensorShapes(m, tensors)
			}
			p, err := compileModel(model, m, opt)
			if err != nil {
				return err
			}
			// No node would run past the memory bound; neither does this (the output bound is the
			// chain's, not the engine's).
			res := p.Resources()
			if res.PeakBytes > modelregistry.MaxInferenceBytes {
				return fmt.Errorf("%s: %w", model, &modelregistry.TooLargeError{What: "one inference", Bytes: res.PeakBytes, Limit: modelregistry.MaxInferenceBytes})
			}
			qs := make([][]int64, len(tensors))
			for i, t := range tensors {
				v := p.Values[p.Inputs[i]]
				if int64(t.Len()) != v.Len() {
					return fmt.Errorf("input %d (%s): %d values, the model takes shape %v (%d values)", i, v.Name, t.Len(), v.Shape, v.Len())
				}
				if qs[i], err = quantizeTensor(t, v); err != nil {
					return fmt.Errorf("input %d (%s): %w", i, v.Name, err)
				}
			}
			outs, err := parallel.Runner(threads).Run(p, qs)
			if err != nil {
				return err
			}
			return printOutputs(cmd.OutOrStdout(), p, res, outs, boundShapes(m, p), asJSON)
		},
	}
	cmd.Flags().StringVar(&model, "model", "", "ONNX file")
	cmd.Flags().StringSliceVar(&inputs, "input", nil, "input tensor (.pb TensorProto or .json), once per model input; or EZKL's input.json, all inputs in one")
	cmd.Flags().IntVar(&threads, "threads", 0, "goroutines the run may use (0: every core; the outputs are the same for any value)")
	addShapeFlag(cmd, &shapes)
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	_ = cmd.MarkFlagRequired("model")
	return cmd
}

// tensorShapes binds each input the model leaves open (a dimension it does not fix) to the shape
// of the tensor given for it, when that tensor has the declared rank (a .pb TensorProto; a JSON
// array is flat): `run` without --shape.
func tensorShapes(m *onnx.Model, tensors []*onnx.Tensor) map[string][]int64 {
	out := map[string][]int64{}
	for i, in := range m.Inputs {
		if slices.ContainsFunc(in.Shape, func(d onnx.Dim) bool { return !d.Fixed() }) && len(tensors[i].Shape) == len(in.Shape) {
			out[in.Name] = tensors[i].Shape
		}
	}
	return out
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

func printOutputs(w io.Writer, p *inference.Program, r inference.Resources, outs [][]int64, shapes map[string][]int64, asJSON bool) error {
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
		doc := map[string]any{"program_hash": p.Hash().Hex(), "outputs": res, "resources": resourcesView{
			InputBytes: r.InputBytes, OutputBytes: r.OutputBytes, ProgramBytes: r.ProgramBytes, TraceBytes: r.TraceBytes, PeakBytes: r.PeakBytes}}
		if len(shapes) > 0 {
			doc["input_shapes"] = shapes
		}
		return enc.Encode(doc)
	}
	if len(shapes) > 0 {
		fmt.Fprintf(w, "shapes: %s (program %s)\n", inference.FormatInputShapes(shapes), p.Hash().Hex())
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
	var shapes bindingFlags
	cmd := &cobra.Command{
		Use:   "eval --model M.onnx --images IDX --labels IDX [--preprocess raw|unit|norm] [--reference F32] [--limit N]",
		Short: "Top-1 accuracy of the fixed-point program, and agreement with a float reference",
		RunE: func(cmd *cobra.Command, _ []string) error {
			opt, err := shapeOptions(shapes)
			if err != nil {
				return err
			}
			p, _, err := loadProgram(model, opt)
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
	addShapeFlag(cmd, &shapes)
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
