package main

import (
	"fmt"
	"math"
	"os"
	"slices"
	"sort"
	"strings"

	"google.golang.org/protobuf/proto"

	"github.com/auspex-labs/auspex/inference"
	"github.com/auspex-labs/auspex/inference/onnx"
	"github.com/auspex-labs/auspex/inference/onnxpb"
)

// Static is what the ONNX file itself says, whatever the engine makes of it: every op (in
// subgraphs of If/Loop/Scan too, with its domain), the constants, the element types.
type Static struct {
	Bytes    int64
	Producer string
	Opsets   string
	Params   int64          // elements of initializers and Constant tensors, subgraphs included
	Nodes    int            // nodes, subgraphs included
	SubNodes int            // of which inside subgraphs
	Ops      map[string]int // op key (see opKey) -> node count
	// Unsupported: op keys the engine has no lowering for (inference.SupportedOps, which names
	// the ops of other domains it lowers as domain.Op).
	Unsupported map[string]int
	ElemTypes   []string // element types of initializers, constants, graph inputs/outputs, Cast targets
	OddTypes    []string // of those, the ones that are neither float nor integer (STRING, ...)
	Inf, NaN    int      // ±Inf and NaN elements among float constants
	// Huge: float constants beyond the int64 range at the scale; Tiny: non-zero ones that quantize
	// to 0 at the scale (|x| < 2^-(scale+1)), e.g. LayerNormalization epsilons.
	Huge, Tiny int
	MaxAbs     float64 // the largest finite |float constant|
	Symbolic   []string
	Decode     string // "" or the reason the float constants could not be read
}

// opKey is "Op" for the default domain and "domain.Op" for others, as inference.SupportedOps
// and Compile's errors name them.
func opKey(domain, op string) string {
	if domain == "" || domain == "ai.onnx" {
		return op
	}
	return domain + "." + op
}

func analyze(path string, scale uint8, supported map[string]bool) (*Static, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var mp onnxpb.ModelProto
	if err := proto.Unmarshal(data, &mp); err != nil {
		return nil, fmt.Errorf("%s: not an ONNX ModelProto: %v", path, err)
	}
	s := &Static{Bytes: int64(len(data)), Ops: map[string]int{}, Unsupported: map[string]int{}}
	s.Producer = strings.TrimSpace(mp.GetProducerName() + " " + mp.GetProducerVersion())
	var opsets []string
	for _, o := range mp.GetOpsetImport() {
		d := o.GetDomain()
		if d == "" {
			d = "ai.onnx"
		}
		if o := fmt.Sprintf("%s %d", d, o.GetVersion()); !slices.Contains(opsets, o) {
			opsets = append(opsets, o)
		}
	}
	sort.Strings(opsets)
	s.Opsets = strings.Join(opsets, ", ")
	types := map[string]bool{}
	g := mp.GetGraph()
	inits := map[string]bool{}
	for _, t := range g.GetInitializer() {
		inits[t.GetName()] = true
	}
	for _, vi := range g.GetInput() {
		if inits[vi.GetName()] {
			continue
		}
		s.noteValueInfo("input", vi, types)
	}
	for _, vi := range g.GetOutput() {
		s.noteValueInfo("output", vi, types)
	}
	s.walk(g, false, scale, types)
	for op, n := range s.Ops {
		if !supported[op] {
			s.Unsupported[op] = n
		}
	}
	for t := range types {
		s.ElemTypes = append(s.ElemTypes, t)
		dt := dtypeByName[t]
		if !dt.IsFloat() && !dt.IsInt() {
			s.OddTypes = append(s.OddTypes, t)
		}
	}
	sort.Strings(s.ElemTypes)
	sort.Strings(s.OddTypes)
	return s, nil
}

var dtypeByName = func() map[string]onnx.DataType {
	m := map[string]onnx.DataType{}
	for d := onnx.DataType(0); d <= 23; d++ {
		m[d.String()] = d
	}
	return m
}()

func (s *Static) noteValueInfo(what string, vi *onnxpb.ValueInfoProto, types map[string]bool) {
	tt := vi.GetType().GetTensorType()
	if tt == nil {
		types["(non-tensor "+what+")"] = true
		s.Symbolic = append(s.Symbolic, fmt.Sprintf("%s %q is not a tensor", what, vi.GetName()))
		return
	}
	types[onnx.DataType(tt.GetElemType()).String()] = true
	if tt.GetShape() == nil {
		s.Symbolic = append(s.Symbolic, fmt.Sprintf("%s %q: no shape", what, vi.GetName()))
		return
	}
	var dims []string
	sym := false
	for _, d := range tt.GetShape().GetDim() {
		switch {
		case d.GetDimParam() != "":
			dims = append(dims, d.GetDimParam())
			sym = true
		case d.GetDimValue() > 0:
			dims = append(dims, fmt.Sprint(d.GetDimValue()))
		default:
			dims = append(dims, "?")
			sym = true
		}
	}
	if sym {
		s.Symbolic = append(s.Symbolic, fmt.Sprintf("%s %s [%s]", what, vi.GetName(), strings.Join(dims, ", ")))
	}
}

func (s *Static) walk(g *onnxpb.GraphProto, sub bool, scale uint8, types map[string]bool) {
	for _, t := range g.GetInitializer() {
		s.tensor(t, scale, types)
	}
	for _, n := range g.GetNode() {
		s.Nodes++
		if sub {
			s.SubNodes++
		}
		s.Ops[opKey(n.GetDomain(), n.GetOpType())]++
		for _, a := range n.GetAttribute() {
			switch {
			case a.GetT() != nil:
				s.tensor(a.GetT(), scale, types)
			case a.GetType() == onnxpb.AttributeProto_FLOAT && n.GetOpType() == "Constant":
				s.Params++
				s.float(float64(a.GetF()), scale)
			case a.GetType() == onnxpb.AttributeProto_FLOATS && n.GetOpType() == "Constant":
				for _, f := range a.GetFloats() {
					s.Params++
					s.float(float64(f), scale)
				}
			case a.GetType() == onnxpb.AttributeProto_INTS && n.GetOpType() == "Constant":
				s.Params += int64(len(a.GetInts()))
			case n.GetDomain() != "" && n.GetDomain() != "ai.onnx":
				// ai.onnx.ml tree ensembles keep their trees in attributes
				s.Params += int64(len(a.GetFloats()) + len(a.GetInts()))
			}
			for _, t := range a.GetTensors() {
				s.tensor(t, scale, types)
			}
			if a.GetName() == "to" && n.GetOpType() == "Cast" {
				types[onnx.DataType(a.GetI()).String()] = true
			}
			if a.GetG() != nil {
				s.walk(a.GetG(), true, scale, types)
			}
			for _, sg := range a.GetGraphs() {
				s.walk(sg, true, scale, types)
			}
		}
	}
}

func (s *Static) tensor(t *onnxpb.TensorProto, scale uint8, types map[string]bool) {
	dt := onnx.DataType(t.GetDataType())
	types[dt.String()] = true
	n := int64(1)
	for _, d := range t.GetDims() {
		n *= d
	}
	s.Params += n
	if !dt.IsFloat() {
		return
	}
	raw, err := proto.Marshal(t)
	if err == nil {
		var dec *onnx.Tensor
		lim := onnx.DefaultLimits
		lim.MaxFileBytes = len(raw) + 1
		if dec, err = onnx.DecodeTensor(raw, lim); err == nil {
			for _, f := range dec.Floats {
				s.float(f, scale)
			}
			return
		}
	}
	if s.Decode == "" {
		s.Decode = fmt.Sprintf("constant %q: %v", t.GetName(), err)
	}
}

func (s *Static) float(f float64, scale uint8) {
	switch {
	case math.IsNaN(f):
		s.NaN++
	case math.IsInf(f, 0):
		s.Inf++
	default:
		a := math.Abs(f)
		s.MaxAbs = max(s.MaxAbs, a)
		if _, err := inference.Quantize(f, scale); err != nil {
			s.Huge++
		} else if a != 0 && a < math.Ldexp(1, -int(scale)-1) {
			s.Tiny++
		}
	}
}
