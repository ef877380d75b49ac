// Package onnxbuild writes small ONNX models from Go: fixtures for tests, fuzz seeds and
// benchmarks that need a model the shared data does not have.
package onnxbuild

import (
	"math/rand/v2"

	"google.golang.org/protobuf/proto"

	"github.com/auspex-labs/auspex/inference/onnxpb"
)

const float = int32(onnxpb.TensorProto_FLOAT)

func valueInfo(name string, dims ...int64) *onnxpb.ValueInfoProto {
	sh := &onnxpb.TensorShapeProto{}
	for _, d := range dims {
		sh.Dim = append(sh.Dim, &onnxpb.TensorShapeProto_Dimension{Value: &onnxpb.TensorShapeProto_Dimension_DimValue{DimValue: d}})
	}
	return &onnxpb.ValueInfoProto{Name: proto.String(name), Type: &onnxpb.TypeProto{
		Value: &onnxpb.TypeProto_TensorType{TensorType: &onnxpb.TypeProto_Tensor{ElemType: proto.Int32(float), Shape: sh}},
	}}
}

// MLP is a Gemm-heavy network: input [1, sizes[0]], then Gemm (+ Relu between layers) through
// sizes[1:], weights drawn deterministically from seed with He-style scaling.
func MLP(sizes []int64, seed uint64) []byte {
	rng := rand.New(rand.NewPCG(seed, 7))
	g := &onnxpb.GraphProto{Name: proto.String("mlp"), Input: []*onnxpb.ValueInfoProto{valueInfo("x", 1, sizes[0])}}
	prev := "x"
	for l := 1; l < len(sizes); l++ {
		in, out := sizes[l-1], sizes[l]
		w := make([]float32, in*out)
		for i := range w {
			w[i] = float32(rng.NormFloat64() * 1.4 / float64(in))
		}
		b := make([]float32, out)
		for i := range b {
			b[i] = float32(rng.NormFloat64() * 0.01)
		}
		wn, bn, y := name("W", l), name("B", l), name("gemm", l)
		g.Initializer = append(g.Initializer,
			&onnxpb.TensorProto{Name: proto.String(wn), DataType: proto.Int32(float), Dims: []int64{in, out}, FloatData: w},
			&onnxpb.TensorProto{Name: proto.String(bn), DataType: proto.Int32(float), Dims: []int64{out}, FloatData: b})
		g.Node = append(g.Node, &onnxpb.NodeProto{OpType: proto.String("Gemm"), Input: []string{prev, wn, bn}, Output: []string{y}})
		prev = y
		if l < len(sizes)-1 {
			r := name("relu", l)
			g.Node = append(g.Node, &onnxpb.NodeProto{OpType: proto.String("Relu"), Input: []string{prev}, Output: []string{r}})
			prev = r
		}
	}
	g.Output = []*onnxpb.ValueInfoProto{valueInfo(prev, 1, sizes[len(sizes)-1])}
	m := &onnxpb.ModelProto{
		IrVersion:    proto.Int64(8),
		ProducerName: proto.String("auspex onnxbuild"),
		OpsetImport:  []*onnxpb.OperatorSetIdProto{{Domain: proto.String(""), Version: proto.Int64(13)}},
		Graph:        g,
	}
	data, err := proto.Marshal(m)
	if err != nil {
		panic(err) // a fixed, valid message
	}
	return data
}

func name(p string, l int) string { return p + string(rune('0'+l)) }
