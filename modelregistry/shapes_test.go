package modelregistry

import (
	"bytes"
	"context"
	"errors"
	"math/big"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"github.com/auspex-labs/auspex/inference"
	"github.com/auspex-labs/auspex/inference/onnx/onnxbuild"
	"github.com/auspex-labs/auspex/internal/contracts"
	"github.com/auspex-labs/auspex/internal/devchain"
)

// The models registered so far (the devnet's, the shared test models) need no input shapes: they
// compile as before issue 17, to the same program hashes, and record none.
func TestRegisteredModelsKeepTheirProgramHash(t *testing.T) {
	pinned := map[string]string{
		"mnist-8":                   "0x9fd7f32589872d04381ddb8f0a192b70919658a9306cc740dfffdba133474914",
		"gonnx-mlp":                 "0xa52f32e6f1a52b0316ba5407d2a20482829023256079a3040b6e361c6c301d32", // [batch_size, 3]
		"velardo-sum-mlp-sigmoid":   "0x2abffc63e6038e2bb2de05db36bb8c7ebf9b6c078460aee8b43a0c1b7816214d", // [N, 2]
		"burn-mnist-cnn":            "0x2048c02d3f99a2c0294bbe9f307563705c42c3707689f79b4b416d84313711b5",
		"mnist-8-uint8-integer-ops": "0x44da5a97b15a2f32c23162a49cf058466445f02d705842b521fcc6a8ebd5b8f1",
	}
	for name, want := range pinned {
		path := filepath.Join("..", "models", name, "model.onnx")
		if _, err := os.Stat(path); err != nil {
			path = filepath.Join("..", "..", "shared", "data", "models", name, "model.onnx")
			if _, err := os.Stat(path); err != nil {
				t.Logf("%s: skipped, no file (../shared/data absent)", name)
				continue
			}
		}
		art, err := BuildFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if art.ProgramHash.Hex() != want || len(art.InputShapes) != 0 {
			t.Errorf("%s: program %s with shapes %x, want %s and none", name, art.ProgramHash.Hex(), art.InputShapes, want)
		}
	}
}

// symbolicModel is an image model whose input x is [1, 3, height, width].
func symbolicModel() []byte {
	return onnxbuild.SymbolicConv(onnxbuild.Dim{Size: 1}, onnxbuild.Dim{Size: 3}, onnxbuild.Sym("height"), onnxbuild.Sym("width"))
}

func TestBuildWithShapes(t *testing.T) {
	data := symbolicModel()
	var ue *inference.UnboundDimError
	if _, err := Build(data); !errors.As(err, &ue) || !strings.Contains(err.Error(), `input "x" dimension 2 ("height") is symbolic`) {
		t.Fatalf("build without shapes: %v", err)
	}
	a, err := BuildWithShapes(data, map[string][]int64{"x": {1, 3, 16, 16}})
	if err != nil {
		t.Fatal(err)
	}
	b, err := BuildWithShapes(data, map[string][]int64{"x": {1, 3, 16, 24}})
	if err != nil {
		t.Fatal(err)
	}
	if a.ProgramHash == b.ProgramHash || a.LayoutRoot == b.LayoutRoot || a.OnnxHash != b.OnnxHash {
		t.Fatal("two shapes of one file: want two programs and layouts, one file hash")
	}
	if want, _ := inference.EncodeInputShapes(map[string][]int64{"x": {1, 3, 16, 16}}); !bytes.Equal(a.InputShapes, want) {
		t.Fatalf("recorded shapes %x, want %x", a.InputShapes, want)
	}
	// The options every node derives from the recorded bytes give the same program.
	opt, err := CompileOptions(a.InputShapes)
	if err != nil {
		t.Fatal(err)
	}
	p, err := Compile(data, a.ProgramHash, opt)
	if err != nil || !reflect.DeepEqual(p.Values[p.Inputs[0]].Shape, []int64{1, 3, 16, 16}) {
		t.Fatalf("node compile: %v", err)
	}
	if _, err := BuildWithShapes(data, map[string][]int64{"x": {1, 4, 16, 16}}); err == nil || !strings.Contains(err.Error(), "conflicts with the declared size 3") {
		t.Fatalf("contradicting shape: %v", err)
	}
	if _, err := CompileOptions([]byte{0, 1, 'x', 0}); !errors.Is(err, ErrProgramMismatch) || !errors.Is(err, inference.ErrInputShapesEncoding) {
		t.Fatalf("malformed shapes: %v", err)
	}
}

// Registration round-trips the shapes through the contract, and a node's cache compiles the file
// with exactly them to the registered program; recorded shapes that are missing, other or
// malformed make the model unservable, never a program at some default shape.
func TestCacheCompilesWithRegisteredShapes(t *testing.T) {
	c := newChain(t)
	ctx := context.Background()
	data := symbolicModel()
	path := filepath.Join(t.TempDir(), "model.onnx")
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
	art, err := BuildWithShapes(data, map[string][]int64{"x": {1, 3, 20, 12}})
	if err != nil {
		t.Fatal(err)
	}
	other, err := inference.EncodeInputShapes(map[string][]int64{"x": {1, 3, 12, 20}})
	if err != nil {
		t.Fatal(err)
	}
	register := func(shapes []byte) uint64 {
		t.Helper()
		rcpt, err := c.Sender(devchain.Creator).Send(ctx, c.Registry.RegisterModelTx(contracts.ModelSpec{
			OnnxHash: art.OnnxHash, ProgramHash: art.ProgramHash, LayoutRoot: art.LayoutRoot, InputShapes: shapes,
			URI: "file://" + path, Fee: big.NewInt(0), Mode: contracts.ModeOPML, ChallengeWindow: 600,
		}))
		if err != nil {
			t.Fatal(err)
		}
		reg, err := c.Registry.ParseRegistration(rcpt)
		if err != nil || !bytes.Equal(reg.InputShapes, shapes) {
			t.Fatalf("ModelRegistered shapes %x (%v), want %x", reg.InputShapes, err, shapes)
		}
		if err := Publish(ctx, c.Sender(devchain.Creator), c.Registry, reg.ID, data, nil); err != nil {
			t.Fatal(err)
		}
		return reg.ID
	}
	good := register(art.InputShapes)
	none := register(nil)
	swapped := register(other)
	malformed := register([]byte{0, 1, 'x', 1, 0, 0, 0, 0})

	s, err := NewStore(StoreConfig{Dir: t.TempDir(), MaxModelBytes: 1 << 20, FetchTimeout: 5 * time.Second}, zerolog.Nop())
	if err != nil {
		t.Fatal(err)
	}
	cache := NewCache(c.Registry, s)
	m, err := cache.Get(ctx, good)
	if err != nil {
		t.Fatal(err)
	}
	if m.Program.Hash() != art.ProgramHash || !bytes.Equal(m.Info.InputShapes, art.InputShapes) ||
		!reflect.DeepEqual(m.Program.Values[m.Program.Inputs[0]].Shape, []int64{1, 3, 20, 12}) {
		t.Fatalf("cached program %s, shapes %x", m.Program.Hash(), m.Info.InputShapes)
	}
	var ue *inference.UnboundDimError
	if _, err := cache.Get(ctx, none); !errors.As(err, &ue) {
		t.Fatalf("registered without shapes: %v", err)
	}
	if _, err := cache.Get(ctx, swapped); !errors.Is(err, ErrProgramMismatch) {
		t.Fatalf("registered with other shapes: %v", err)
	}
	if _, err := cache.Get(ctx, malformed); !errors.Is(err, ErrProgramMismatch) || !errors.Is(err, inference.ErrInputShapesEncoding) {
		t.Fatalf("registered with malformed shapes: %v", err)
	}
}

// TestBuildWithRanges: a declared range is recorded with the shapes, the options a node derives
// from the record compile the same program, and that program differs from the one without it
// (its products get scales of their own).
func TestBuildWithRanges(t *testing.T) {
	// x·x of an int16-range input: at the default scale x² reaches 2^54 of 2^63, in range; of
	// a range to 2^20 it would not, so the product's scale drops.
	data := onnxbuild.NewGraph(13).Input("x", 1, 4).Node("Mul", []string{"x", "x"}, []string{"y"}).Output("y", 1, 4).Bytes()
	plain, err := Build(data)
	if err != nil {
		t.Fatal(err)
	}
	bind := inference.InputBindings{Ranges: map[string]inference.Range{"x": {Lo: -(1 << 20), Hi: 1 << 20}}}
	art, err := BuildWithBindings(data, bind)
	if err != nil {
		t.Fatal(err)
	}
	if art.ProgramHash == plain.ProgramHash || len(art.InputShapes) == 0 {
		t.Fatalf("the range changed nothing: %s, record %x", art.ProgramHash, art.InputShapes)
	}
	opt, err := CompileOptions(art.InputShapes)
	if err != nil || !reflect.DeepEqual(opt.InputRanges, bind.Ranges) {
		t.Fatalf("options from the record: %+v, %v", opt.InputRanges, err)
	}
	p, err := Compile(data, art.ProgramHash, opt)
	if err != nil || p.Hash() != art.ProgramHash {
		t.Fatalf("a node's compile: %v", err)
	}
}

// A registered model whose file needs shapes the registration does not record can never compile to
// its program: a mismatch (the node skips its requests for good), with the engine's reason kept.
func TestUnboundShapesAreAMismatch(t *testing.T) {
	art, err := BuildWithShapes(symbolicModel(), map[string][]int64{"x": {1, 3, 8, 8}})
	if err != nil {
		t.Fatal(err)
	}
	_, err = Compile(symbolicModel(), art.ProgramHash, inference.DefaultOptions)
	var ue *inference.UnboundDimError
	if !errors.Is(err, ErrProgramMismatch) || !errors.As(err, &ue) {
		t.Fatalf("compiled without its shapes: %v", err)
	}
}
