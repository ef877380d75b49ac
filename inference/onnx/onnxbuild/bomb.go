package onnxbuild

import (
	"fmt"

	"google.golang.org/protobuf/proto"

	"github.com/auspex-labs/auspex/inference/onnxpb"
)

// ExpandBomb is issue 15's model bomb: a few hundred bytes that Expand a 1×1 tensor to dim×dim
// and apply Relu `relus` times, so one inference computes relus+1 tensors of dim² elements and
// outputs dim² of them. The 1×1 source is the graph input x, or, with constSource, a constant
// (then the compiler folds the whole graph and the program holds the tensors as constants).
func ExpandBomb(dim int64, relus int, constSource bool) []byte {
	shape := &onnxpb.TensorProto{Name: proto.String("shape"), DataType: proto.Int32(int32(onnxpb.TensorProto_INT64)),
		Dims: []int64{2}, Int64Data: []int64{dim, dim}}
	g := &onnxpb.GraphProto{Name: proto.String("bomb"), Initializer: []*onnxpb.TensorProto{shape}}
	if constSource {
		g.Initializer = append(g.Initializer, &onnxpb.TensorProto{Name: proto.String("x"), DataType: proto.Int32(float),
			Dims: []int64{1, 1}, FloatData: []float32{1}})
	} else {
		g.Input = []*onnxpb.ValueInfoProto{valueInfo("x", 1, 1)}
	}
	g.Node = append(g.Node, &onnxpb.NodeProto{OpType: proto.String("Expand"), Input: []string{"x", "shape"}, Output: []string{"e"}})
	prev := "e"
	for i := 1; i <= relus; i++ {
		y := fmt.Sprintf("r%d", i)
		g.Node = append(g.Node, &onnxpb.NodeProto{OpType: proto.String("Relu"), Input: []string{prev}, Output: []string{y}})
		prev = y
	}
	g.Output = []*onnxpb.ValueInfoProto{valueInfo(prev, dim, dim)}
	data, err := proto.Marshal(&onnxpb.ModelProto{IrVersion: proto.Int64(8),
		OpsetImport: []*onnxpb.OperatorSetIdProto{{Domain: proto.String(""), Version: proto.Int64(13)}}, Graph: g})
	if err != nil {
		panic(err) // a fixed, valid message
	}
	return data
}
