package onnxbuild

import (
	"fmt"

	"google.golang.org/protobuf/proto"

	"github.com/auspex-labs/auspex/inference/onnxpb"
)

// Graph builds a one-graph ONNX model node by node: the engine's op tests write the graphs they
// need in Go instead of depending on files. Methods return the Graph for chaining; Bytes encodes.
type Graph struct {
	g       *onnxpb.GraphProto
	opsets  map[string]int64
	domains []string
	meta    []*onnxpb.StringStringEntryProto
}

// NewGraph starts a graph importing the default domain at opset.
func NewGraph(opset int64) *Graph {
	return &Graph{g: &onnxpb.GraphProto{Name: proto.String("g")}, opsets: map[string]int64{"": opset}, domains: []string{""}}
}

// Subgraph starts a graph to pass as a GRAPH attribute (an If branch, a Loop or Scan body): its
// Inputs are the body's formal inputs, its Outputs what it returns, and its nodes may read the
// enclosing graphs' values by name.
func Subgraph(name string) *Graph {
	return &Graph{g: &onnxpb.GraphProto{Name: proto.String(name)}, opsets: map[string]int64{}}
}

// Import adds a domain (e.g. "ai.onnx.ml", "com.microsoft") at version.
func (b *Graph) Import(domain string, version int64) *Graph {
	if _, ok := b.opsets[domain]; !ok {
		b.domains = append(b.domains, domain)
	}
	b.opsets[domain] = version
	return b
}

// Dim is one dimension of a declared shape: a size, or a symbolic name (Sym).
type Dim struct {
	Size  int64
	Param string
}

// Sym is a symbolic dimension.
func Sym(name string) Dim { return Dim{Param: name} }

func typeProto(elem onnxpb.TensorProto_DataType, dims []any) *onnxpb.TypeProto {
	sh := &onnxpb.TensorShapeProto{}
	for _, d := range dims {
		var dim *onnxpb.TensorShapeProto_Dimension
		switch d := d.(type) {
		case int:
			dim = &onnxpb.TensorShapeProto_Dimension{Value: &onnxpb.TensorShapeProto_Dimension_DimValue{DimValue: int64(d)}}
		case int64:
			dim = &onnxpb.TensorShapeProto_Dimension{Value: &onnxpb.TensorShapeProto_Dimension_DimValue{DimValue: d}}
		case Dim:
			if d.Param != "" {
				dim = &onnxpb.TensorShapeProto_Dimension{Value: &onnxpb.TensorShapeProto_Dimension_DimParam{DimParam: d.Param}}
			} else {
				dim = &onnxpb.TensorShapeProto_Dimension{Value: &onnxpb.TensorShapeProto_Dimension_DimValue{DimValue: d.Size}}
			}
		default:
			panic(fmt.Sprintf("onnxbuild: dimension %v (%T)", d, d))
		}
		sh.Dim = append(sh.Dim, dim)
	}
	return &onnxpb.TypeProto{Value: &onnxpb.TypeProto_TensorType{TensorType: &onnxpb.TypeProto_Tensor{ElemType: proto.Int32(int32(elem)), Shape: sh}}}
}

// Input declares a graph input; dims are ints or Dims.
func (b *Graph) Input(name string, elem onnxpb.TensorProto_DataType, dims ...any) *Graph {
	b.g.Input = append(b.g.Input, &onnxpb.ValueInfoProto{Name: proto.String(name), Type: typeProto(elem, dims)})
	return b
}

// UntypedInput declares an input by name alone, as exporters often do in subgraphs.
func (b *Graph) UntypedInput(name string) *Graph {
	b.g.Input = append(b.g.Input, &onnxpb.ValueInfoProto{Name: proto.String(name)})
	return b
}

// UntypedOutput declares an output by name alone.
func (b *Graph) UntypedOutput(name string) *Graph {
	b.g.Output = append(b.g.Output, &onnxpb.ValueInfoProto{Name: proto.String(name)})
	return b
}

// RawOutput declares an output of any type (a sequence, an optional), for tests of refusals.
func (b *Graph) RawOutput(vi *onnxpb.ValueInfoProto) *Graph {
	b.g.Output = append(b.g.Output, vi)
	return b
}

// Output declares a graph output.
func (b *Graph) Output(name string, elem onnxpb.TensorProto_DataType, dims ...any) *Graph {
	b.g.Output = append(b.g.Output, &onnxpb.ValueInfoProto{Name: proto.String(name), Type: typeProto(elem, dims)})
	return b
}

// Floats is a FLOAT tensor.
func Floats(dims []int64, v ...float32) *onnxpb.TensorProto {
	return &onnxpb.TensorProto{DataType: proto.Int32(int32(onnxpb.TensorProto_FLOAT)), Dims: dims, FloatData: v}
}

// Ints is an INT64 tensor.
func Ints(dims []int64, v ...int64) *onnxpb.TensorProto {
	return &onnxpb.TensorProto{DataType: proto.Int32(int32(onnxpb.TensorProto_INT64)), Dims: dims, Int64Data: v}
}

// Bools is a BOOL tensor.
func Bools(dims []int64, v ...bool) *onnxpb.TensorProto {
	raw := make([]byte, len(v))
	for i, b := range v {
		if b {
			raw[i] = 1
		}
	}
	return &onnxpb.TensorProto{DataType: proto.Int32(int32(onnxpb.TensorProto_BOOL)), Dims: dims, RawData: raw}
}

// Doubles is a DOUBLE tensor.
func Doubles(dims []int64, v ...float64) *onnxpb.TensorProto {
	return &onnxpb.TensorProto{DataType: proto.Int32(int32(onnxpb.TensorProto_DOUBLE)), Dims: dims, DoubleData: v}
}

// Uint8s is a UINT8 tensor (TreeEnsemble's nodes_modes).
func Uint8s(dims []int64, v ...int32) *onnxpb.TensorProto {
	return &onnxpb.TensorProto{DataType: proto.Int32(int32(onnxpb.TensorProto_UINT8)), Dims: dims, Int32Data: v}
}

// Init adds an initializer (a named constant).
func (b *Graph) Init(name string, t *onnxpb.TensorProto) *Graph {
	t = proto.Clone(t).(*onnxpb.TensorProto)
	t.Name = proto.String(name)
	b.g.Initializer = append(b.g.Initializer, t)
	return b
}

// Attr is a node attribute; its type follows the value: int/int64, float32/float64, string,
// []int64, []float32, []string, *onnxpb.TensorProto, *Graph (a subgraph) or []*Graph.
type Attr struct {
	Name  string
	Value any
}

// A is shorthand for an Attr.
func A(name string, v any) Attr { return Attr{name, v} }

func attrProto(a Attr) *onnxpb.AttributeProto {
	p := &onnxpb.AttributeProto{Name: proto.String(a.Name)}
	set := func(t onnxpb.AttributeProto_AttributeType) { p.Type = t.Enum() }
	switch v := a.Value.(type) {
	case int:
		p.I = proto.Int64(int64(v))
		set(onnxpb.AttributeProto_INT)
	case int64:
		p.I = proto.Int64(v)
		set(onnxpb.AttributeProto_INT)
	case float32:
		p.F = proto.Float32(v)
		set(onnxpb.AttributeProto_FLOAT)
	case float64:
		p.F = proto.Float32(float32(v))
		set(onnxpb.AttributeProto_FLOAT)
	case string:
		p.S = []byte(v)
		set(onnxpb.AttributeProto_STRING)
	case []int64:
		p.Ints = v
		set(onnxpb.AttributeProto_INTS)
	case []float32:
		p.Floats = v
		set(onnxpb.AttributeProto_FLOATS)
	case []string:
		for _, s := range v {
			p.Strings = append(p.Strings, []byte(s))
		}
		set(onnxpb.AttributeProto_STRINGS)
	case *onnxpb.TensorProto:
		p.T = v
		set(onnxpb.AttributeProto_TENSOR)
	case *Graph:
		p.G = v.g
		set(onnxpb.AttributeProto_GRAPH)
	case []*Graph:
		for _, g := range v {
			p.Graphs = append(p.Graphs, g.g)
		}
		set(onnxpb.AttributeProto_GRAPHS)
	default:
		panic(fmt.Sprintf("onnxbuild: attribute %s of type %T", a.Name, v))
	}
	return p
}

// Node appends a node of the default domain.
func (b *Graph) Node(op string, in, out []string, attrs ...Attr) *Graph {
	return b.DomainNode("", op, in, out, attrs...)
}

// DomainNode appends a node of a domain (imported with Import).
func (b *Graph) DomainNode(domain, op string, in, out []string, attrs ...Attr) *Graph {
	n := &onnxpb.NodeProto{OpType: proto.String(op), Input: in, Output: out, Name: proto.String(fmt.Sprintf("%s_%d", op, len(b.g.Node)))}
	if domain != "" {
		n.Domain = proto.String(domain)
	}
	for _, a := range attrs {
		n.Attribute = append(n.Attribute, attrProto(a))
	}
	b.g.Node = append(b.g.Node, n)
	return b
}

// Meta adds a metadata_props entry to the model.
func (b *Graph) Meta(key, value string) *Graph {
	b.meta = append(b.meta, &onnxpb.StringStringEntryProto{Key: proto.String(key), Value: proto.String(value)})
	return b
}

// Bytes is the encoded model.
func (b *Graph) Bytes() []byte {
	m := &onnxpb.ModelProto{IrVersion: proto.Int64(8), ProducerName: proto.String("auspex onnxbuild"), Graph: b.g, MetadataProps: b.meta}
	for _, d := range b.domains {
		m.OpsetImport = append(m.OpsetImport, &onnxpb.OperatorSetIdProto{Domain: proto.String(d), Version: proto.Int64(b.opsets[d])})
	}
	data, err := proto.Marshal(m)
	if err != nil {
		panic(err) // built from valid parts
	}
	return data
}
