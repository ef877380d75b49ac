package onnx

import (
	"encoding/binary"
	"errors"
	"math"
	"os"
	"strings"
	"testing"

	"google.golang.org/protobuf/proto"

	"github.com/auspex-labs/auspex/inference/onnxpb"
)

func tensorType(dt DataType, dims ...int64) *onnxpb.TypeProto {
	sh := &onnxpb.TensorShapeProto{}
	for _, d := range dims {
		sh.Dim = append(sh.Dim, &onnxpb.TensorShapeProto_Dimension{Value: &onnxpb.TensorShapeProto_Dimension_DimValue{DimValue: d}})
	}
	return &onnxpb.TypeProto{Value: &onnxpb.TypeProto_TensorType{TensorType: &onnxpb.TypeProto_Tensor{ElemType: proto.Int32(int32(dt)), Shape: sh}}}
}

func vi(name string, dims ...int64) *onnxpb.ValueInfoProto {
	return &onnxpb.ValueInfoProto{Name: proto.String(name), Type: tensorType(Float, dims...)}
}

func node(op string, in []string, out ...string) *onnxpb.NodeProto {
	return &onnxpb.NodeProto{OpType: proto.String(op), Input: in, Output: out}
}

func model(g *onnxpb.GraphProto) []byte {
	m := &onnxpb.ModelProto{
		IrVersion:   proto.Int64(8),
		OpsetImport: []*onnxpb.OperatorSetIdProto{{Domain: proto.String(""), Version: proto.Int64(17)}},
		Graph:       g,
	}
	b, err := proto.Marshal(m)
	if err != nil {
		panic(err)
	}
	return b
}

// x -> Relu -> a -> Add(a, W) -> y, with the nodes stored out of order.
func smallGraph() *onnxpb.GraphProto {
	w := &onnxpb.TensorProto{Name: proto.String("W"), DataType: proto.Int32(int32(Float)), Dims: []int64{2}, FloatData: []float32{1.5, -2}}
	return &onnxpb.GraphProto{
		Node:        []*onnxpb.NodeProto{node("Add", []string{"a", "W"}, "y"), node("Relu", []string{"x"}, "a")},
		Initializer: []*onnxpb.TensorProto{w},
		Input:       []*onnxpb.ValueInfoProto{vi("x", 2), vi("W", 2)},
		Output:      []*onnxpb.ValueInfoProto{vi("y", 2)},
	}
}

func TestDecodeSortsAndSeparatesInitializers(t *testing.T) {
	m, err := Decode(model(smallGraph()), DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	if m.Nodes[0].OpType != "Relu" || m.Nodes[1].OpType != "Add" {
		t.Fatalf("order %s, %s", m.Nodes[0].OpType, m.Nodes[1].OpType)
	}
	if len(m.Inputs) != 1 || m.Inputs[0].Name != "x" || m.Inputs[0].Shape[0].Value != 2 {
		t.Fatalf("inputs %+v", m.Inputs)
	}
	w, ok := m.Initializer("W")
	if !ok || w.Floats[0] != 1.5 || w.Floats[1] != -2 || m.Opset() != 17 {
		t.Fatalf("initializer %+v opset %d", w, m.Opset())
	}
}

func TestDecodeRefusesBrokenGraphs(t *testing.T) {
	cases := map[string]struct {
		edit func(*onnxpb.GraphProto)
		want string
	}{
		"cycle": {func(g *onnxpb.GraphProto) {
			g.Node = []*onnxpb.NodeProto{node("Relu", []string{"b"}, "a"), node("Relu", []string{"a"}, "b"), node("Add", []string{"a", "W"}, "y")}
		}, "cycle"},
		"missing input":         {func(g *onnxpb.GraphProto) { g.Node[0].Input[1] = "nope" }, `input "nope" is not produced`},
		"duplicate output":      {func(g *onnxpb.GraphProto) { g.Node[1].Output[0] = "x" }, `output "x" is already defined`},
		"output never produced": {func(g *onnxpb.GraphProto) { g.Output[0].Name = proto.String("z") }, `graph output "z"`},
		"no outputs":            {func(g *onnxpb.GraphProto) { g.Output = nil }, "no outputs"},
		"no op type":            {func(g *onnxpb.GraphProto) { g.Node[0].OpType = proto.String("") }, "without an op_type"},
		"raw size mismatch": {func(g *onnxpb.GraphProto) {
			g.Initializer[0].FloatData = nil
			g.Initializer[0].RawData = []byte{1, 2, 3}
		}, "raw_data has 3 bytes"},
		"typed count mismatch": {func(g *onnxpb.GraphProto) { g.Initializer[0].FloatData = []float32{1} }, "float_data has 1 values"},
		"memory bomb": {func(g *onnxpb.GraphProto) {
			g.Initializer[0].Dims = []int64{1 << 40, 1 << 40}
		}, "more than"},
		"negative dim":  {func(g *onnxpb.GraphProto) { g.Initializer[0].Dims = []int64{-2} }, "negative dimension"},
		"huge input":    {func(g *onnxpb.GraphProto) { g.Input[0] = vi("x", 1<<31, 1<<31) }, "more than"},
		"external data": {func(g *onnxpb.GraphProto) { g.Initializer[0].DataLocation = onnxpb.TensorProto_EXTERNAL.Enum() }, "external data"},
		"string tensor": {func(g *onnxpb.GraphProto) { g.Initializer[0].DataType = proto.Int32(int32(String)) }, "STRING is not supported"},
		"duplicate attribute": {func(g *onnxpb.GraphProto) {
			a := &onnxpb.AttributeProto{Name: proto.String("alpha"), Type: onnxpb.AttributeProto_FLOAT.Enum(), F: proto.Float32(1)}
			g.Node[1].Attribute = []*onnxpb.AttributeProto{a, a}
		}, "given twice"},
	}
	for name, c := range cases {
		g := smallGraph()
		c.edit(g)
		_, err := Decode(model(g), DefaultLimits)
		if !errors.Is(err, ErrInvalidModel) || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: got %v, want an ErrInvalidModel mentioning %q", name, err, c.want)
		}
	}
}

func TestDecodeRefusesGarbage(t *testing.T) {
	good := model(smallGraph())
	for name, data := range map[string][]byte{
		"empty":     {},
		"garbage":   []byte("this is not a protobuf at all, it is text \xff\xfe"),
		"truncated": good[:len(good)/2],
	} {
		if _, err := Decode(data, DefaultLimits); !errors.Is(err, ErrInvalidModel) {
			t.Errorf("%s: %v", name, err)
		}
	}
	lim := DefaultLimits
	lim.MaxFileBytes = 10
	if _, err := Decode(good, lim); err == nil || !strings.Contains(err.Error(), "exceeds the limit") {
		t.Errorf("file limit: %v", err)
	}
}

func TestTensorElementTypes(t *testing.T) {
	le := binary.LittleEndian
	raw := func(n int, put func([]byte)) []byte { b := make([]byte, n); put(b); return b }
	cases := []struct {
		tp     *onnxpb.TensorProto
		floats []float64
		ints   []int64
	}{
		{&onnxpb.TensorProto{DataType: proto.Int32(int32(Float16)), Dims: []int64{4}, Int32Data: []int32{0x3c00, 0xc000, 0x0001, 0x7bff}},
			[]float64{1, -2, math.Ldexp(1, -24), 65504}, nil},
		{&onnxpb.TensorProto{DataType: proto.Int32(int32(BFloat16)), Dims: []int64{1}, RawData: raw(2, func(b []byte) { le.PutUint16(b, 0x3fc0) })},
			[]float64{1.5}, nil},
		{&onnxpb.TensorProto{DataType: proto.Int32(int32(Int8)), Dims: []int64{2}, RawData: []byte{0xff, 0x7f}}, nil, []int64{-1, 127}},
		{&onnxpb.TensorProto{DataType: proto.Int32(int32(Uint8)), Dims: []int64{2}, Int32Data: []int32{255, 0}}, nil, []int64{255, 0}},
		{&onnxpb.TensorProto{DataType: proto.Int32(int32(Bool)), Dims: []int64{2}, RawData: []byte{0, 3}}, nil, []int64{0, 1}},
		{&onnxpb.TensorProto{DataType: proto.Int32(int32(Int64)), Dims: []int64{}, Int64Data: []int64{-7}}, nil, []int64{-7}},
		{&onnxpb.TensorProto{DataType: proto.Int32(int32(Double)), Dims: []int64{1}, RawData: raw(8, func(b []byte) { le.PutUint64(b, math.Float64bits(0.1)) })},
			[]float64{0.1}, nil},
		{&onnxpb.TensorProto{DataType: proto.Int32(int32(Uint32)), Dims: []int64{1}, Uint64Data: []uint64{math.MaxUint32}}, nil, []int64{math.MaxUint32}},
		// Packed sub-byte types: the first element in the lowest bits.
		{&onnxpb.TensorProto{DataType: proto.Int32(int32(Int4)), Dims: []int64{3}, RawData: []byte{0x8f, 0x07}}, nil, []int64{-1, -8, 7}},
		{&onnxpb.TensorProto{DataType: proto.Int32(int32(Uint4)), Dims: []int64{2}, Int32Data: []int32{0xf3}}, nil, []int64{3, 15}},
		{&onnxpb.TensorProto{DataType: proto.Int32(int32(Uint2)), Dims: []int64{4}, Int32Data: []int32{0xe4}}, nil, []int64{0, 1, 2, 3}},
		{&onnxpb.TensorProto{DataType: proto.Int32(int32(Int2)), Dims: []int64{5}, RawData: []byte{0xe4, 0x03}}, nil, []int64{0, 1, -2, -1, -1}},
		{&onnxpb.TensorProto{DataType: proto.Int32(int32(Float4E2M1)), Dims: []int64{3}, RawData: []byte{0x71, 0x0c}}, []float64{0.5, 6, -2}, nil},
		// Small floats: normal, largest, subnormal, infinity.
		{&onnxpb.TensorProto{DataType: proto.Int32(int32(Float8E4M3FN)), Dims: []int64{4}, RawData: []byte{0x38, 0x7e, 0x01, 0xfe}},
			[]float64{1, 448, math.Ldexp(1, -9), -448}, nil},
		{&onnxpb.TensorProto{DataType: proto.Int32(int32(Float8E4M3FNUZ)), Dims: []int64{2}, Int32Data: []int32{0x40, 0x7f}}, []float64{1, 240}, nil},
		{&onnxpb.TensorProto{DataType: proto.Int32(int32(Float8E5M2)), Dims: []int64{3}, RawData: []byte{0x3c, 0x7c, 0xfb}},
			[]float64{1, math.Inf(1), -57344}, nil},
		{&onnxpb.TensorProto{DataType: proto.Int32(int32(Float8E5M2FNUZ)), Dims: []int64{2}, RawData: []byte{0x40, 0x7f}}, []float64{1, 57344}, nil},
		{&onnxpb.TensorProto{DataType: proto.Int32(int32(Float8E8M0)), Dims: []int64{2}, Int32Data: []int32{127, 0}}, []float64{1, math.Ldexp(1, -127)}, nil},
	}
	for i, c := range cases {
		c.tp.Name = proto.String("t")
		got, err := decodeTensor(c.tp, DefaultLimits)
		if err != nil {
			t.Fatalf("case %d: %v", i, err)
		}
		for k, want := range c.floats {
			if got.Floats[k] != want {
				t.Errorf("case %d [%d]: %v, want %v", i, k, got.Floats[k], want)
			}
		}
		for k, want := range c.ints {
			if got.Ints[k] != want {
				t.Errorf("case %d [%d]: %v, want %v", i, k, got.Ints[k], want)
			}
		}
	}
	for dt, bits := range map[DataType]byte{Float8E4M3FN: 0x7f, Float8E4M3FNUZ: 0x80, Float8E5M2: 0x7d, Float8E5M2FNUZ: 0x80, Float8E8M0: 0xff} {
		f, _ := SmallFloatFormat(dt)
		if v := f.Decode(bits); !math.IsNaN(v) {
			t.Errorf("%s %#x: %v, want NaN", dt, bits, v)
		}
	}
	short := &onnxpb.TensorProto{Name: proto.String("p"), DataType: proto.Int32(int32(Int4)), Dims: []int64{3}, RawData: []byte{0x11}}
	if _, err := decodeTensor(short, DefaultLimits); err == nil {
		t.Error("3 INT4 values in 1 byte accepted")
	}
	big := &onnxpb.TensorProto{Name: proto.String("u"), DataType: proto.Int32(int32(Uint64)), Dims: []int64{1}, Uint64Data: []uint64{math.MaxUint64}}
	if _, err := decodeTensor(big, DefaultLimits); err == nil {
		t.Error("uint64 above int64 accepted")
	}
}

// FuzzDecode: whatever the bytes, Decode returns a model or an ErrInvalidModel, never panics.
// Seeds: a small synthetic graph and, when present, real models from the shared data.
func FuzzDecode(f *testing.F) {
	f.Add(model(smallGraph()))
	f.Add(ifModel().Bytes())
	for _, p := range []string{
		"../../../shared/data/models/mnist-8/model.onnx",
		"../../../shared/data/ezkl/1l_conv/network.onnx",
		"../../../shared/data/onnx-node/test_gemm_default_no_bias/model.onnx",
	} {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(b)
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		lim := DefaultLimits
		lim.MaxTensorElements, lim.MaxTotalElements = 1<<20, 1<<21 // keep the fuzzer's memory small
		m, err := Decode(data, lim)
		if err != nil {
			if !errors.Is(err, ErrInvalidModel) {
				t.Fatalf("error without ErrInvalidModel: %v", err)
			}
			return
		}
		if len(m.Outputs) == 0 {
			t.Fatal("decoded a model without outputs")
		}
	})
}

// TestDecodeNamesZipMapOutputs: a classifier's ZipMap output (a sequence of maps) is refused with
// how to export the model without it.
func TestDecodeNamesZipMapOutputs(t *testing.T) {
	g := smallGraph()
	seqMap := &onnxpb.TypeProto{Value: &onnxpb.TypeProto_SequenceType{SequenceType: &onnxpb.TypeProto_Sequence{
		ElemType: &onnxpb.TypeProto{Value: &onnxpb.TypeProto_MapType{MapType: &onnxpb.TypeProto_Map{
			KeyType: proto.Int32(int32(Int64)), ValueType: tensorType(Float)}}}}}}
	g.Output = append(g.Output, &onnxpb.ValueInfoProto{Name: proto.String("output_probability"), Type: seqMap})
	_, err := Decode(model(g), DefaultLimits)
	if err == nil || !strings.Contains(err.Error(), "ZipMap") || !strings.Contains(err.Error(), "'zipmap': False") {
		t.Fatalf("err = %v", err)
	}
}

// A declared dimension of -1 ("any size", as some exporters write it) decodes as an unknown
// dimension for the compiler to bind (issue 17), not as an error; tensors still refuse it.
func TestDecodeUnknownDimensions(t *testing.T) {
	g := smallGraph()
	g.Input[0] = vi("x", -1)
	g.Output[0] = vi("y", -1)
	m, err := Decode(model(g), DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	d := m.Inputs[0].Shape[0]
	if d.Fixed() || d.Value != -1 || d.String() != "?" {
		t.Fatalf("dimension %+v", d)
	}
	if !(Dim{Value: 3}).Fixed() || (Dim{Param: "N"}).Fixed() || (Dim{}).Fixed() || (Dim{Param: "N"}).String() != "N" {
		t.Fatal("Dim.Fixed")
	}
}
