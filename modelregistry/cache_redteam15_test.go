package modelregistry

import (
	"context"
	"runtime"
	"testing"
	"time"

	"github.com/rs/zerolog"
	"google.golang.org/protobuf/proto"

	"github.com/auspex-labs/auspex/inference/onnxpb"
	"github.com/auspex-labs/auspex/internal/devchain"
)

// rt15ConstBomb is a ~200-byte model whose compiler folds a [dim, dim] constant (Expand of a
// 1×1 initializer) that stays resident because a MatMul uses it; its output is [1, dim] (dim×8
// bytes, under MaxOutputBytes) and one inference needs well under the protocol bound. salt makes
// each file (and so each registered model) distinct.
func rt15ConstBomb(dim int64, salt float32) []byte {
	vi := func(name string, dims ...int64) *onnxpb.ValueInfoProto {
		sh := &onnxpb.TensorShapeProto{}
		for _, d := range dims {
			sh.Dim = append(sh.Dim, &onnxpb.TensorShapeProto_Dimension{Value: &onnxpb.TensorShapeProto_Dimension_DimValue{DimValue: d}})
		}
		return &onnxpb.ValueInfoProto{Name: proto.String(name), Type: &onnxpb.TypeProto{
			Value: &onnxpb.TypeProto_TensorType{TensorType: &onnxpb.TypeProto_Tensor{ElemType: proto.Int32(int32(onnxpb.TensorProto_FLOAT)), Shape: sh}}}}
	}
	g := &onnxpb.GraphProto{Name: proto.String("constbomb"),
		Initializer: []*onnxpb.TensorProto{
			{Name: proto.String("shape"), DataType: proto.Int32(int32(onnxpb.TensorProto_INT64)), Dims: []int64{2}, Int64Data: []int64{dim, dim}},
			{Name: proto.String("x"), DataType: proto.Int32(int32(onnxpb.TensorProto_FLOAT)), Dims: []int64{1, 1}, FloatData: []float32{salt}},
		},
		Input:  []*onnxpb.ValueInfoProto{vi("y", 1, dim)},
		Output: []*onnxpb.ValueInfoProto{vi("out", 1, dim)},
		Node: []*onnxpb.NodeProto{
			{OpType: proto.String("Expand"), Input: []string{"x", "shape"}, Output: []string{"e"}},
			{OpType: proto.String("MatMul"), Input: []string{"y", "e"}, Output: []string{"out"}},
		},
	}
	data, err := proto.Marshal(&onnxpb.ModelProto{IrVersion: proto.Int64(8),
		OpsetImport: []*onnxpb.OperatorSetIdProto{{Domain: proto.String(""), Version: proto.Int64(13)}}, Graph: g})
	if err != nil {
		panic(err)
	}
	return data
}

// Red team, issue 15: "a model that passes the resource bounds but still exhausts memory".
//
// CheckResources bounds ONE model's memory (ProgramBytes resident + TraceBytes per run) by the
// node's max_inference_bytes (default and ceiling 4 GiB). But the Cache keeps every compiled model
// for good (no eviction, no node-wide budget), and the resident part of a program is chosen by its
// creator: a few hundred bytes of ONNX fold into a constant of up to MaxTensorElements that stays
// loaded. Registering k such models (gas only: a one-chunk publication and one request each, which
// every node and verifier then loads) makes every node hold k × ProgramBytes: with the protocol's
// numbers, four or five ~200-byte models are past a 16 GiB machine. The test shows it at a small
// scale: a node capped at capBytes accepts each model, and together they hold more than the cap.
//
// Suggested fix: account resident ProgramBytes against a node-wide budget in the Cache (evict
// least-recently-used programs, or refuse to load past the budget and skip like ErrModelTooLarge),
// and/or count folded constants against the per-model bound at a much lower limit (a file that
// is 10^6 times smaller than its resident program is a bomb).
func TestRedTeam15CacheHoldsUnboundedResidentPrograms(t *testing.T) {
	ctx := context.Background()
	ch, err := devchain.New(ctx)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ch.Close() })
	if err := ch.Deploy(ctx, devchain.DefaultParams()); err != nil {
		t.Fatal(err)
	}
	const dim = 1024
	const capBytes = 64 << 20 // this node's max_inference_bytes
	dir := t.TempDir()
	var ids []uint64
	var fileBytes int
	for i := range 3 {
		data := rt15ConstBomb(dim, float32(i+1))
		fileBytes += len(data)
		ids = append(ids, registerRaw(t, ch, dir, data))
	}
	st, err := NewStore(StoreConfig{Dir: t.TempDir(), MaxModelBytes: 1 << 20, FetchTimeout: time.Second}, zerolog.Nop())
	if err != nil {
		t.Fatal(err)
	}
	c := NewCache(ch.Registry, st)
	if err := c.SetMaxInferenceBytes(capBytes); err != nil {
		t.Fatal(err)
	}
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	for range 2 {
		for _, id := range ids {
			m, err := c.Get(ctx, id)
			if err != nil {
				t.Fatalf("model %d refused: %v", id, err)
			}
			if m.Resources.PeakBytes > capBytes {
				t.Fatalf("model %d over the cap yet loaded", id)
			}
		}
	}
	runtime.GC()
	runtime.ReadMemStats(&after)
	runtime.KeepAlive(c) // the node's cache lives as long as the node
	live := int64(after.HeapAlloc) - int64(before.HeapAlloc)
	t.Logf("%d models from %d bytes of ONNX, each served twice: live heap +%d; node cap %d", len(ids), fileBytes, live, capBytes)
	if live > capBytes {
		t.Fatalf("the node holds %d bytes of programs from %d bytes of ONNX, past its max_inference_bytes of %d: "+
			"each model passes CheckResources alone and the Cache never evicts", live, fileBytes, capBytes)
	}
}
