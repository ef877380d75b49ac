package onnx

import (
	"errors"
	"strings"
	"testing"

	"github.com/auspex-labs/auspex/inference/onnx/onnxbuild"
	"github.com/auspex-labs/auspex/inference/onnxpb"
)

const f32 = onnxpb.TensorProto_FLOAT

// ifModel: y = If(c) then Add(x, k) else Neg(x), where k = Relu(x) comes after the If in file
// order (so only the branch's outer-scope read orders the two).
func ifModel() *onnxbuild.Graph {
	then := onnxbuild.Subgraph("then").Node("Add", []string{"x", "k"}, []string{"t"}).Output("t", f32, 2)
	els := onnxbuild.Subgraph("else").Node("Neg", []string{"x"}, []string{"e"}).Output("e", f32, 2)
	return onnxbuild.NewGraph(16).Input("x", f32, 2).Input("c", onnxpb.TensorProto_BOOL).
		Node("If", []string{"c"}, []string{"y"}, onnxbuild.A("then_branch", then), onnxbuild.A("else_branch", els)).
		Node("Relu", []string{"x"}, []string{"k"}).
		Output("y", f32, 2)
}

func TestDecodeSubgraphs(t *testing.T) {
	m, err := Decode(ifModel().Bytes(), DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	if m.Nodes[0].OpType != "Relu" || m.Nodes[1].OpType != "If" {
		t.Fatalf("order %s, %s: the If reads k in its branch and must come after Relu", m.Nodes[0].OpType, m.Nodes[1].OpType)
	}
	a, ok := m.Nodes[1].Attr("then_branch")
	if !ok || a.Type != AttrGraph || a.G == nil {
		t.Fatalf("then_branch %+v", a)
	}
	g := a.G
	if g.Name != "then" || len(g.Nodes) != 1 || g.Nodes[0].OpType != "Add" || len(g.Outputs) != 1 || g.Outputs[0].Name != "t" {
		t.Fatalf("then_branch %+v", g)
	}
	if strings.Join(g.Outer, ",") != "k,x" {
		t.Errorf("outer names %v, want [k x]", g.Outer)
	}

	// GRAPHS attributes decode too; subgraph inputs may be untyped.
	body := onnxbuild.Subgraph("b").UntypedInput("u").Node("Relu", []string{"u"}, []string{"v"}).UntypedOutput("v")
	gs := onnxbuild.NewGraph(16).Input("x", f32, 2).
		Node("Custom", []string{"x"}, []string{"y"}, onnxbuild.A("bodies", []*onnxbuild.Graph{body, body})).Output("y", f32, 2)
	m, err = Decode(gs.Bytes(), DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	if a, _ := m.Nodes[0].Attr("bodies"); a.Type != AttrGraphs || len(a.Graphs) != 2 || a.Graphs[1].Inputs[0].Name != "u" {
		t.Fatalf("GRAPHS attribute %+v", a)
	}
}

// A subgraph's own names shadow the enclosing graph's, and a name it defines itself is no outer read.
func TestDecodeSubgraphShadowing(t *testing.T) {
	then := onnxbuild.Subgraph("then").Node("Relu", []string{"x"}, []string{"k"}).Node("Add", []string{"k", "k"}, []string{"t"}).Output("t", f32, 2)
	els := onnxbuild.Subgraph("else").Node("Neg", []string{"x"}, []string{"e"}).Output("e", f32, 2)
	g := onnxbuild.NewGraph(16).Input("x", f32, 2).Input("c", onnxpb.TensorProto_BOOL).
		Node("If", []string{"c"}, []string{"y"}, onnxbuild.A("then_branch", then), onnxbuild.A("else_branch", els)).
		Node("Relu", []string{"x"}, []string{"k"}).
		Output("y", f32, 2).Output("k", f32, 2)
	m, err := Decode(g.Bytes(), DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	a, _ := m.Nodes[0].Attr("then_branch")
	if m.Nodes[0].OpType != "If" || strings.Join(a.G.Outer, ",") != "x" {
		t.Fatalf("first node %s, outer %v: the branch defines its own k", m.Nodes[0].OpType, a.G.Outer)
	}
}

func TestDecodeRefusesBrokenSubgraphs(t *testing.T) {
	leaf := func() *onnxbuild.Graph {
		return onnxbuild.Subgraph("leaf").Node("Neg", []string{"x"}, []string{"l"}).Output("l", f32, 2)
	}
	// depth nested Ifs, each nesting in its then_branch.
	nest := func(depth int) *onnxbuild.Graph {
		inner := leaf()
		for i := 0; i < depth-1; i++ {
			inner = onnxbuild.Subgraph("level").
				Node("If", []string{"c"}, []string{"o"}, onnxbuild.A("then_branch", inner), onnxbuild.A("else_branch", leaf())).
				Output("o", f32, 2)
		}
		return onnxbuild.NewGraph(16).Input("x", f32, 2).Input("c", onnxpb.TensorProto_BOOL).
			Node("If", []string{"c"}, []string{"y"}, onnxbuild.A("then_branch", inner), onnxbuild.A("else_branch", leaf())).
			Output("y", f32, 2)
	}
	if _, err := Decode(nest(DefaultLimits.MaxGraphDepth).Bytes(), DefaultLimits); err != nil {
		t.Fatalf("nesting at the depth limit: %v", err)
	}
	selfRead := onnxbuild.Subgraph("then").Node("Identity", []string{"y"}, []string{"t"}).Output("t", f32, 2)
	cases := map[string]struct {
		g    *onnxbuild.Graph
		lim  func(*Limits)
		want string
	}{
		"undefined outer name": {onnxbuild.NewGraph(16).Input("x", f32, 2).Input("c", onnxpb.TensorProto_BOOL).
			Node("If", []string{"c"}, []string{"y"},
				onnxbuild.A("then_branch", onnxbuild.Subgraph("then").Node("Neg", []string{"nope"}, []string{"t"}).Output("t", f32, 2)),
				onnxbuild.A("else_branch", onnxbuild.Subgraph("else").Node("Neg", []string{"x"}, []string{"e"}).Output("e", f32, 2))).
			Output("y", f32, 2), nil, `a subgraph reads "nope"`},
		"cycle through a branch": {onnxbuild.NewGraph(16).Input("x", f32, 2).Input("c", onnxpb.TensorProto_BOOL).
			Node("If", []string{"c"}, []string{"y"}, onnxbuild.A("then_branch", selfRead), onnxbuild.A("else_branch", selfRead)).
			Output("y", f32, 2), nil, "cycle"},
		"too deep":                  {nest(DefaultLimits.MaxGraphDepth + 1), nil, "nested deeper than 16"},
		"nodes counted in branches": {ifModel(), func(l *Limits) { l.MaxNodes = 3 }, "4 nodes exceed the limit of 3"},
		"constants counted in branches": {onnxbuild.NewGraph(16).Input("x", f32, 2).Input("c", onnxpb.TensorProto_BOOL).
			Node("If", []string{"c"}, []string{"y"},
				onnxbuild.A("then_branch", onnxbuild.Subgraph("then").Init("w", onnxbuild.Floats([]int64{2}, 1, 2)).Node("Add", []string{"x", "w"}, []string{"t"}).Output("t", f32, 2)),
				onnxbuild.A("else_branch", onnxbuild.Subgraph("else").Node("Constant", nil, []string{"e"}, onnxbuild.A("value", onnxbuild.Floats([]int64{2}, 3, 4))).Output("e", f32, 2))).
			Output("y", f32, 2), func(l *Limits) { l.MaxTotalElements = 3 }, "more than 3 elements"},
		"sequence output": {onnxbuild.NewGraph(16).Input("x", f32, 2).Input("c", onnxpb.TensorProto_BOOL).
			Node("If", []string{"c"}, []string{"y"},
				onnxbuild.A("then_branch", seqOutput()), onnxbuild.A("else_branch", seqOutput())).
			Output("y", f32, 2), nil, "sequence, map and optional values are not supported"},
		"input that is an initializer": {onnxbuild.NewGraph(16).Input("x", f32, 2).
			Node("Loop", []string{"", "", "x"}, []string{"y"}, onnxbuild.A("body", onnxbuild.Subgraph("body").
				Input("i", onnxpb.TensorProto_INT64).Input("c", onnxpb.TensorProto_BOOL).Input("v", f32, 2).
				Init("v", onnxbuild.Floats([]int64{2}, 1, 2)).Output("c", onnxpb.TensorProto_BOOL).Output("v", f32, 2))).
			Output("y", f32, 2), nil, `input "v" is also an initializer`},
	}
	for name, c := range cases {
		lim := DefaultLimits
		if c.lim != nil {
			c.lim(&lim)
		}
		_, err := Decode(c.g.Bytes(), lim)
		if !errors.Is(err, ErrInvalidModel) || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: got %v, want an ErrInvalidModel mentioning %q", name, err, c.want)
		}
		if err != nil && strings.Count(err.Error(), ErrInvalidModel.Error()) != 1 {
			t.Errorf("%s: %q repeats %q", name, err, ErrInvalidModel)
		}
	}
}

func seqOutput() *onnxbuild.Graph {
	g := onnxbuild.Subgraph("seq").Node("SequenceConstruct", []string{"x"}, []string{"s"})
	return g.RawOutput(&onnxpb.ValueInfoProto{Name: strPtr("s"), Type: &onnxpb.TypeProto{Value: &onnxpb.TypeProto_SequenceType{
		SequenceType: &onnxpb.TypeProto_Sequence{ElemType: &onnxpb.TypeProto{Value: &onnxpb.TypeProto_TensorType{TensorType: &onnxpb.TypeProto_Tensor{}}}}}}})
}

func strPtr(s string) *string { return &s }
