package inference

import (
	"os"
	"path/filepath"
	"testing"

	"google.golang.org/protobuf/proto"

	"github.com/auspex-labs/auspex/inference/onnx"
	"github.com/auspex-labs/auspex/inference/onnxpb"
)

// FuzzCompileRun: any bytes that decode as a model either compile or give an error, and a
// compiled program runs on zero inputs or gives an error: never a panic.
func FuzzCompileRun(f *testing.F) {
	for _, p := range []string{
		"models/mnist-8/model.onnx",
		"ezkl/1l_conv/network.onnx", "ezkl/1l_softmax/network.onnx", "ezkl/layernorm/network.onnx",
		"ezkl/1l_max_pool/network.onnx", "ezkl/quantize_dequantize/network.onnx",
		"onnx-node/test_slice/model.onnx", "onnx-node/test_gather_0/model.onnx",
		"onnx-node/test_transpose_default/model.onnx", "onnx-node/test_pad/model.onnx",
		"onnx-node/test_qlinearconv/model.onnx", "onnx-node/test_averagepool_2d_pads/model.onnx",
		// control flow and recurrence (issue 17)
		"ezkl/lstm/network.onnx", "onnx-node/test_loop11/model.onnx", "onnx-node/test_scan9_multi_state/model.onnx",
		"onnx-node/test_gru_seq_length/model.onnx", "onnx-node/test_affine_grid_2d_expanded/model.onnx",
	} {
		if b, err := os.ReadFile(filepath.Join("..", "..", "shared", "data", p)); err == nil {
			f.Add(b)
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		lim := onnx.DefaultLimits
		lim.MaxTensorElements, lim.MaxTotalElements = 1<<16, 1<<18
		m, err := onnx.Decode(data, lim)
		if err != nil {
			return
		}
		for _, in := range m.Inputs {
			for _, d := range in.Shape {
				if d.Value > 64 {
					return // keep runs small
				}
			}
		}
		p, err := Compile(m, DefaultOptions)
		if err != nil {
			return
		}
		inputs := make([][]int64, len(p.Inputs))
		total := int64(0)
		for i, id := range p.Inputs {
			total += p.Values[id].Len()
			inputs[i] = make([]int64, p.Values[id].Len())
		}
		for _, v := range p.Values {
			total += v.Len()
		}
		if total > 1<<20 {
			return
		}
		_, _ = Run(p, inputs)
	})
}

func TestCompileRefusesMemoryBombs(t *testing.T) {
	// ConstantOfShape to 2^40 elements must fail at compile, not allocate.
	data := onnxbuildBomb()
	m, err := onnx.Decode(data, onnx.DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Compile(m, DefaultOptions); err == nil {
		t.Fatal("compiled a 2^40-element tensor")
	}
}

func onnxbuildBomb() []byte {
	shape := &onnxpb.TensorProto{Name: proto.String("s"), DataType: proto.Int32(int32(onnxpb.TensorProto_INT64)), Dims: []int64{2}, Int64Data: []int64{1 << 20, 1 << 20}}
	out := &onnxpb.ValueInfoProto{Name: proto.String("y"), Type: &onnxpb.TypeProto{Value: &onnxpb.TypeProto_TensorType{TensorType: &onnxpb.TypeProto_Tensor{ElemType: proto.Int32(int32(onnxpb.TensorProto_FLOAT))}}}}
	g := &onnxpb.GraphProto{
		Node:        []*onnxpb.NodeProto{{OpType: proto.String("ConstantOfShape"), Input: []string{"s"}, Output: []string{"y"}}},
		Initializer: []*onnxpb.TensorProto{shape},
		Output:      []*onnxpb.ValueInfoProto{out},
	}
	b, err := proto.Marshal(&onnxpb.ModelProto{IrVersion: proto.Int64(8), OpsetImport: []*onnxpb.OperatorSetIdProto{{Version: proto.Int64(13)}}, Graph: g})
	if err != nil {
		panic(err)
	}
	return b
}
