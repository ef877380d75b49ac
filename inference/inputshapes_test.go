package inference

import (
	"bytes"
	"encoding/binary"
	"errors"
	"math"
	"reflect"
	"strings"
	"testing"

	"github.com/auspex-labs/auspex/inference/onnx"
	"github.com/auspex-labs/auspex/inference/onnx/onnxbuild"
)

func decodeBuilt(t *testing.T, data []byte) *onnx.Model {
	t.Helper()
	m, err := onnx.Decode(data, onnx.DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func withShapes(shapes map[string][]int64) Options {
	opt := DefaultOptions
	opt.InputShapes = shapes
	return opt
}

// A symbolic input dimension is never silently 1: compiling without a binding names the input and
// the dimension; with one, the shape is the program's, so two shapes are two program hashes.
func TestSymbolicInputNeedsAShape(t *testing.T) {
	m := decodeBuilt(t, onnxbuild.SymbolicConv(onnxbuild.Dim{Size: 1}, onnxbuild.Dim{Size: 3}, onnxbuild.Sym("height"), onnxbuild.Sym("width")))
	_, err := Compile(m, DefaultOptions)
	var ue *UnboundDimError
	if !errors.As(err, &ue) || ue.Input != "x" || ue.Axis != 2 || ue.Dim.Param != "height" {
		t.Fatalf("compile without shapes: %v", err)
	}
	want := `input "x" dimension 2 ("height") is symbolic: give its size with --shape x=1x3x<height>x<width>`
	if err.Error() != want {
		t.Fatalf("error\n got %s\nwant %s", err, want)
	}

	p1, err := Compile(m, withShapes(map[string][]int64{"x": {1, 3, 8, 8}}))
	if err != nil {
		t.Fatal(err)
	}
	p2, err := Compile(m, withShapes(map[string][]int64{"x": {1, 3, 8, 12}}))
	if err != nil {
		t.Fatal(err)
	}
	if got := p1.Values[p1.Inputs[0]].Shape; !reflect.DeepEqual(got, []int64{1, 3, 8, 8}) {
		t.Fatalf("input shape %v", got)
	}
	if got := p2.Values[p2.Outputs[0]].Shape; !reflect.DeepEqual(got, []int64{1, 2, 8, 12}) {
		t.Fatalf("output shape %v", got)
	}
	if p1.Hash() == p2.Hash() {
		t.Fatal("two input shapes, one program hash")
	}
	again, _ := Compile(m, withShapes(map[string][]int64{"x": {1, 3, 8, 8}}))
	if again.Hash() != p1.Hash() {
		t.Fatal("the same shape compiled to two hashes")
	}
	// It runs at the bound shape.
	x := make([]int64, 3*8*8)
	for i := range x {
		x[i] = int64(i%5) << 20
	}
	if _, err := Run(p1, [][]int64{x}); err != nil {
		t.Fatal(err)
	}
}

func TestInputShapeBindingErrors(t *testing.T) {
	m := decodeBuilt(t, onnxbuild.SymbolicConv(onnxbuild.Sym("batch_size"), onnxbuild.Dim{Size: 3}, onnxbuild.Sym("h"), onnxbuild.Dim{Size: 16}))
	cases := map[string]struct {
		shapes map[string][]int64
		want   string
	}{
		"none":                {nil, `input "x" dimension 2 ("h") is symbolic: give its size with --shape x=1x3x<h>x16`},
		"contradicts a fixed": {map[string][]int64{"x": {1, 4, 8, 16}}, "conflicts with the declared size 3 of axis 1"},
		"contradicts fixed W": {map[string][]int64{"x": {1, 3, 8, 15}}, "conflicts with the declared size 16 of axis 3"},
		"wrong rank":          {map[string][]int64{"x": {1, 3, 8}}, "for a declared rank 4"},
		"negative":            {map[string][]int64{"x": {1, 3, -8, 16}}, "negative dimension"},
		"unknown input":       {map[string][]int64{"x": {1, 3, 8, 16}, "images": {1, 3, 8, 16}}, `"images", which is not an input of the model (its inputs: "x")`},
	}
	for name, c := range cases {
		_, err := Compile(m, withShapes(c.shapes))
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: got %v, want %q", name, err, c.want)
		}
	}
	// A binding may also set the batch dimension.
	p, err := Compile(m, withShapes(map[string][]int64{"x": {2, 3, 8, 16}}))
	if err != nil || p.Values[p.Inputs[0]].Shape[0] != 2 {
		t.Fatalf("batch 2: %v", err)
	}
}

// Unknown sizes as exporters write them: -1 (refused at load before issue 17), 0 or no dim_value.
func TestUnknownInputDimensions(t *testing.T) {
	for _, c := range []struct {
		dim  onnxbuild.Dim
		want string
	}{
		{onnxbuild.Dim{Size: -1}, `input "x" dimension 3 is declared -1 (any size): give its size with --shape x=1x3x5x<dim3>`},
		{onnxbuild.Dim{}, `input "x" dimension 3 has no declared size: give its size with --shape x=1x3x5x<dim3>`},
	} {
		m := decodeBuilt(t, onnxbuild.SymbolicConv(onnxbuild.Dim{Size: 1}, onnxbuild.Dim{Size: 3}, onnxbuild.Dim{Size: 5}, c.dim))
		if _, err := Compile(m, DefaultOptions); err == nil || err.Error() != c.want {
			t.Errorf("%+v: got %v\nwant %s", c.dim, err, c.want)
		}
		p, err := Compile(m, withShapes(map[string][]int64{"x": {1, 3, 5, 7}}))
		if err != nil {
			t.Fatalf("%+v with a shape: %v", c.dim, err)
		}
		if got := p.Values[p.Outputs[0]].Shape; !reflect.DeepEqual(got, []int64{1, 2, 5, 7}) {
			t.Fatalf("output %v", got)
		}
	}
}

// BatchSize binds only a leading dimension named N, batch or batch_size: what the registered MLPs
// (gonnx-mlp's batch_size, velardo-sum's N) and the EZKL examples rely on.
func TestBatchDimension(t *testing.T) {
	for _, name := range []string{"N", "batch", "batch_size", "Batch_Size"} {
		m := decodeBuilt(t, onnxbuild.SymbolicConv(onnxbuild.Dim{Param: name}, onnxbuild.Dim{Size: 3}, onnxbuild.Dim{Size: 4}, onnxbuild.Dim{Size: 4}))
		p, err := Compile(m, DefaultOptions)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if got := p.Values[p.Inputs[0]].Shape; !reflect.DeepEqual(got, []int64{1, 3, 4, 4}) {
			t.Fatalf("%s: shape %v", name, got)
		}
		opt := DefaultOptions
		opt.BatchSize = 3
		if p, err = Compile(m, opt); err != nil || p.Values[p.Inputs[0]].Shape[0] != 3 {
			t.Fatalf("%s, batch 3: %v", name, err)
		}
	}
	// Not leading, or not a batch name: a binding is needed.
	for _, dims := range [][]onnxbuild.Dim{
		{{Size: 1}, {Size: 3}, {Param: "N"}, {Size: 4}},
		{{Param: "seq"}, {Size: 3}, {Size: 4}, {Size: 4}},
		{{Size: -1}, {Size: 3}, {Size: 4}, {Size: 4}},
	} {
		m := decodeBuilt(t, onnxbuild.SymbolicConv(dims...))
		var ue *UnboundDimError
		if _, err := Compile(m, DefaultOptions); !errors.As(err, &ue) {
			t.Fatalf("%+v: %v", dims, err)
		}
	}
}

func TestParseShape(t *testing.T) {
	for in, want := range map[string][]int64{"x=1x3x320x320": {1, 3, 320, 320}, "x=1,3,320,320": {1, 3, 320, 320}, "x=7": {7}, "x= 2 , 3": {2, 3}} {
		name, got, err := ParseShape(in)
		if err != nil || name != "x" || !reflect.DeepEqual(got, want) {
			t.Errorf("%q: %s %v %v", in, name, got, err)
		}
	}
	if name, _, err := ParseShape("onnx::Input=1x2"); err != nil || name != "onnx::Input" {
		t.Errorf("name with colons: %q %v", name, err)
	}
	for _, in := range []string{"x", "=1x3", "x=", "x=1x0", "x=1x-1", "x=1xHx3", "x=1x3,4", "x=4294967296", "x=1xx3"} {
		if _, _, err := ParseShape(in); err == nil {
			t.Errorf("%q parsed", in)
		}
	}
	if _, err := ParseShapes([]string{"x=1x3", "x=1x4"}); err == nil {
		t.Error("an input given twice parsed")
	}
	got, err := ParseShapes([]string{"b=2", "a=1x3"})
	if err != nil || FormatInputShapes(got) != "a=1x3 b=2" {
		t.Errorf("%v %v", FormatInputShapes(got), err)
	}
}

func TestInputShapesEncoding(t *testing.T) {
	shapes := map[string][]int64{"x": {1, 3, 320, 320}, "a": {7}}
	enc, err := EncodeInputShapes(shapes)
	if err != nil {
		t.Fatal(err)
	}
	want := []byte{0, 1, 'a', 1, 0, 0, 0, 7, 0, 1, 'x', 4, 0, 0, 0, 1, 0, 0, 0, 3, 0, 0, 1, 0x40, 0, 0, 1, 0x40}
	if !bytes.Equal(enc, want) {
		t.Fatalf("encoding %x, want %x", enc, want)
	}
	back, err := DecodeInputShapes(enc)
	if err != nil || !reflect.DeepEqual(back, shapes) {
		t.Fatalf("decoded %v %v", back, err)
	}
	if enc, err := EncodeInputShapes(nil); err != nil || len(enc) != 0 {
		t.Fatalf("no shapes: %x %v", enc, err)
	}
	if back, err := DecodeInputShapes(nil); err != nil || back != nil {
		t.Fatalf("no bytes: %v %v", back, err)
	}
	for _, bad := range map[string]map[string][]int64{
		"empty name": {"": {1}}, "rank 0": {"x": {}}, "zero dim": {"x": {1, 0}}, "huge dim": {"x": {1 << 32}},
	} {
		if _, err := EncodeInputShapes(bad); err == nil {
			t.Errorf("%v encoded", bad)
		}
	}
	for name, b := range map[string][]byte{
		"truncated length": {0},
		"empty name":       {0, 0, 1, 0, 0, 0, 1},
		"truncated name":   {0, 5, 'x'},
		"rank 0":           {0, 1, 'x', 0},
		"truncated dims":   {0, 1, 'x', 2, 0, 0, 0, 1},
		"zero dimension":   {0, 1, 'x', 1, 0, 0, 0, 0},
		"trailing":         append(append([]byte{}, want...), 0),
		"out of order":     append(append([]byte{}, want[8:]...), want[:8]...),
		"repeated":         append(append([]byte{}, want[:8]...), want[:8]...),
	} {
		if _, err := DecodeInputShapes(b); !errors.Is(err, ErrInputShapesEncoding) {
			t.Errorf("%s: %v", name, err)
		}
	}
}

// TestInputBindingsWithRanges: declared ranges travel in the same canonical encoding as shapes (a
// flag bit in the rank byte, the range after the dimensions), a range alone is rank 0 with the
// flag, shapes alone keep their bytes, and every malformed range is refused.
func TestInputBindingsWithRanges(t *testing.T) {
	bind := InputBindings{
		Shapes: map[string][]int64{"x": {1, 3}, "y": {2}},
		Ranges: map[string]Range{"x": {-32768, 32767}, "a": {0, 1}},
	}
	enc, err := bind.Encode()
	if err != nil {
		t.Fatal(err)
	}
	back, err := DecodeInputBindings(enc)
	if err != nil || !reflect.DeepEqual(back, bind) {
		t.Fatalf("round trip: %+v, %v", back, err)
	}
	if again, _ := back.Encode(); !bytes.Equal(again, enc) {
		t.Fatal("not canonical")
	}
	if got := bind.Format(); got != "x=1x3 y=2 range a=0:1 range x=-32768:32767" {
		t.Fatalf("format %q", got)
	}
	shapesOnly, _ := EncodeInputShapes(bind.Shapes)
	if withNone, _ := (InputBindings{Shapes: bind.Shapes}).Encode(); !bytes.Equal(shapesOnly, withNone) {
		t.Fatal("shapes alone changed encoding")
	}
	if s, err := DecodeInputShapes(enc); err != nil || !reflect.DeepEqual(s, bind.Shapes) {
		t.Fatalf("shapes of a binding with ranges: %v, %v", s, err)
	}
	for _, r := range []Range{{1, -1}, {math.Inf(-1), 0}, {0, math.NaN()}} {
		if _, err := (InputBindings{Ranges: map[string]Range{"x": r}}).Encode(); err == nil {
			t.Errorf("range %v encoded", r)
		}
	}
	bad := append([]byte{}, enc...)
	bad = bad[:len(bad)-3] // truncated range
	if _, err := DecodeInputBindings(bad); !errors.Is(err, ErrInputShapesEncoding) {
		t.Errorf("truncated: %v", err)
	}
	// A reversed range written by hand is refused on decode too.
	rev, _ := (InputBindings{Ranges: map[string]Range{"x": {-1, 1}}}).Encode()
	binary.BigEndian.PutUint64(rev[len(rev)-16:], math.Float64bits(2))
	if _, err := DecodeInputBindings(rev); !errors.Is(err, ErrInputShapesEncoding) {
		t.Errorf("reversed: %v", err)
	}
	for _, f := range []string{"x", "x=1", "x=a:b", "=0:1", "x=2:1", "x=-Inf:0"} {
		if _, _, err := ParseRange(f); err == nil {
			t.Errorf("--range %q parsed", f)
		}
	}
	if name, r, err := ParseRange("audio=-32768:32767"); err != nil || name != "audio" || r != (Range{-32768, 32767}) {
		t.Errorf("--range audio=-32768:32767: %s %v %v", name, r, err)
	}
}
