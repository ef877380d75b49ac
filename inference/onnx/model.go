package onnx

import (
	"container/heap"
	"errors"
	"fmt"
	"slices"
	"strconv"

	"google.golang.org/protobuf/proto"

	"github.com/auspex-labs/auspex/inference/onnxpb"
)

// Limits bound what Decode accepts, so a hostile file cannot make it allocate without bound.
type Limits struct {
	MaxFileBytes      int   // the serialized model
	MaxTensorElements int64 // one constant tensor, and one declared input/output shape
	MaxTotalElements  int64 // all constant tensors together (initializers and tensor attributes)
	MaxNodes          int   // all nodes, those of subgraphs included
	// MaxGraphDepth bounds the nesting of subgraphs (an If branch is depth 1, a Loop inside it 2).
	MaxGraphDepth int
}

// DefaultLimits admit a GPT-2-class model (hundreds of millions of weights) and stop where the
// protocol's own bound on one inference's memory (4 GiB, modelregistry.MaxInferenceBytes) would
// refuse the model anyway: a file up to protobuf's own 2 GiB, 512M constant elements in all. A
// small file still cannot make the decoder allocate more than its declared tensors hold.
var DefaultLimits = Limits{
	MaxFileBytes:      2<<30 - 1,
	MaxTensorElements: 256 << 20,
	MaxTotalElements:  512 << 20,
	MaxNodes:          100_000,
	MaxGraphDepth:     16,
}

// Dim is one dimension of a declared shape: a fixed size, a symbolic name (e.g. a batch "N"), or
// unknown (no dim_value, or a dim_value of -1 or 0 as some exporters write for "any size").
type Dim struct {
	Value int64  // the declared dim_value when Param is empty (≤ 0 or unset: unknown)
	Param string // the symbolic name, if the size is not fixed
}

// Fixed reports whether the file fixes the dimension's size (a positive dim_value).
func (d Dim) Fixed() bool { return d.Param == "" && d.Value > 0 }

// String is the size, the symbolic name, or "?" for an unknown dimension.
func (d Dim) String() string {
	switch {
	case d.Fixed():
		return strconv.FormatInt(d.Value, 10)
	case d.Param != "":
		return d.Param
	}
	return "?"
}

// ValueInfo is a declared graph input or output.
type ValueInfo struct {
	Name  string
	DType DataType
	Shape []Dim // nil when the file declares no shape
}

// AttrType mirrors AttributeProto.AttributeType.
type AttrType int32

// Attribute types the engine can use; sparse tensors and type protos are kept as AttrUnsupported so
// the compiler can name them.
const (
	AttrUndefined   AttrType = 0
	AttrFloat       AttrType = 1
	AttrInt         AttrType = 2
	AttrString      AttrType = 3
	AttrTensor      AttrType = 4
	AttrGraph       AttrType = 5
	AttrFloats      AttrType = 6
	AttrInts        AttrType = 7
	AttrStrings     AttrType = 8
	AttrGraphs      AttrType = 10
	AttrUnsupported AttrType = -1
)

// Attr is one node attribute.
type Attr struct {
	Name    string
	Type    AttrType
	F       float64 // float32 widened exactly
	I       int64
	S       string
	T       *Tensor
	G       *Graph // a subgraph: an If branch, a Loop or Scan body
	Floats  []float64
	Ints    []int64
	Strings []string
	Graphs  []*Graph
	// Unsupported names the kind of an AttrUnsupported attribute (e.g. "GRAPH").
	Unsupported string
}

// Node is one operator application.
type Node struct {
	Name    string
	OpType  string
	Domain  string   // "" for the default ai.onnx domain
	Inputs  []string // "" marks an omitted optional input
	Outputs []string // "" marks an omitted optional output
	Attrs   []Attr   // in file order
	// implicit lists the names its subgraphs read from the scope of the node (or further out),
	// which order the node like inputs do.
	implicit []string
}

// Attr returns the attribute called name.
func (n *Node) Attr(name string) (*Attr, bool) {
	for i := range n.Attrs {
		if n.Attrs[i].Name == name {
			return &n.Attrs[i], true
		}
	}
	return nil, false
}

// Label names the node in errors: its name, or its op and first output.
func (n *Node) Label() string {
	out := ""
	if len(n.Outputs) > 0 {
		out = n.Outputs[0]
	}
	if n.Name != "" {
		return fmt.Sprintf("%s (%s)", n.Name, n.OpType)
	}
	return fmt.Sprintf("%s -> %q", n.OpType, out)
}

// Graph is a subgraph (the value of a GRAPH attribute: an If branch, a Loop or Scan body),
// validated like the main graph. Its nodes may read values of the enclosing graphs by name
// (Outer); its own names shadow theirs.
type Graph struct {
	Name         string
	Inputs       []ValueInfo // the formal inputs, in order (Loop: iteration number, condition, carried values)
	Outputs      []ValueInfo
	Initializers []*Tensor
	Nodes        []*Node  // topologically sorted; ties keep file order
	Outer        []string // names read from enclosing scopes, sorted
}

// Model is a decoded, validated ONNX model.
type Model struct {
	IRVersion    int64
	Opsets       map[string]int64 // domain ("" = ai.onnx) -> version
	Producer     string
	Inputs       []ValueInfo // graph inputs that are not initializers: what a request supplies
	Outputs      []ValueInfo
	Initializers []*Tensor // in file order
	Nodes        []*Node   // topologically sorted; ties keep file order
	// Metadata holds the file's metadata_props (key → value; a repeated key keeps its last value).
	Metadata map[string]string
}

// Opset is the model's ai.onnx opset version.
func (m *Model) Opset() int64 { return m.Opsets[""] }

// Initializer returns the initializer called name.
func (m *Model) Initializer(name string) (*Tensor, bool) {
	for _, t := range m.Initializers {
		if t.Name == name {
			return t, true
		}
	}
	return nil, false
}

// ErrInvalidModel wraps every decoding and validation failure.
var ErrInvalidModel = errors.New("invalid ONNX model")

func invalid(format string, args ...any) error {
	return fmt.Errorf("%w: %s", ErrInvalidModel, fmt.Sprintf(format, args...))
}

// Decode parses and validates a serialized ONNX model.
func Decode(data []byte, lim Limits) (*Model, error) {
	if len(data) > lim.MaxFileBytes {
		return nil, invalid("file of %d bytes exceeds the limit of %d", len(data), lim.MaxFileBytes)
	}
	var mp onnxpb.ModelProto
	if err := proto.Unmarshal(data, &mp); err != nil {
		return nil, invalid("not a protobuf ModelProto: %v", err)
	}
	g := mp.GetGraph()
	if g == nil {
		return nil, invalid("no graph")
	}
	m := &Model{IRVersion: mp.GetIrVersion(), Opsets: map[string]int64{}, Producer: mp.GetProducerName()}
	for _, o := range mp.GetOpsetImport() {
		d := o.GetDomain()
		if d == "ai.onnx" {
			d = ""
		}
		m.Opsets[d] = o.GetVersion()
	}
	for _, kv := range mp.GetMetadataProps() {
		if m.Metadata == nil {
			m.Metadata = map[string]string{}
		}
		m.Metadata[kv.GetKey()] = kv.GetValue()
	}
	d := &decoder{lim: lim}
	sg, err := d.graph(g, 0)
	if err != nil {
		return nil, err
	}
	if len(sg.Outer) > 0 {
		// The main graph has no enclosing scope.
		return nil, invalid("value %q is not produced by any node, initializer or graph input", sg.Outer[0])
	}
	m.Inputs, m.Outputs, m.Initializers, m.Nodes = sg.Inputs, sg.Outputs, sg.Initializers, sg.Nodes
	if len(m.Outputs) == 0 {
		return nil, invalid("graph has no outputs")
	}
	return m, nil
}

// decoder holds the limits and the running totals over the main graph and all its subgraphs.
type decoder struct {
	lim   Limits
	nodes int   // nodes decoded so far
	total int64 // elements of the constant tensors decoded so far
}

// count adds a constant tensor to the running total.
func (d *decoder) count(t *Tensor) error {
	if d.total += int64(t.Len()); d.total > d.lim.MaxTotalElements {
		return fmt.Errorf("constant tensors hold more than %d elements", d.lim.MaxTotalElements)
	}
	return nil
}

// graph decodes the main graph (depth 0) or a subgraph. Names a subgraph reads but does not
// define become its Outer names (the enclosing graph checks them); the main graph has none.
func (d *decoder) graph(g *onnxpb.GraphProto, depth int) (*Graph, error) {
	// The main graph's errors are ErrInvalidModel; a subgraph's are wrapped by its node's.
	bad := func(format string, args ...any) error {
		if depth == 0 {
			return invalid(format, args...)
		}
		return fmt.Errorf("subgraph %q: %s", g.GetName(), fmt.Sprintf(format, args...))
	}
	if d.nodes += len(g.GetNode()); d.nodes > d.lim.MaxNodes {
		return nil, bad("%d nodes exceed the limit of %d", d.nodes, d.lim.MaxNodes)
	}
	if len(g.GetSparseInitializer()) > 0 {
		return nil, bad("sparse initializers are not supported")
	}
	sg := &Graph{Name: g.GetName()}
	defined := map[string]string{} // value name -> what defines it, for duplicate checks
	for _, tp := range g.GetInitializer() {
		t, err := decodeTensor(tp, d.lim)
		if err != nil {
			return nil, bad("initializer: %v", err)
		}
		if t.Name == "" {
			return nil, bad("initializer without a name")
		}
		if prev, dup := defined[t.Name]; dup {
			return nil, bad("initializer %q defined twice (%s)", t.Name, prev)
		}
		if err := d.count(t); err != nil {
			return nil, bad("%v", err)
		}
		defined[t.Name] = "initializer"
		sg.Initializers = append(sg.Initializers, t)
	}
	for _, vi := range g.GetInput() {
		v, err := decodeValueInfo(vi, d.lim)
		if err != nil {
			return nil, bad("graph input: %v", err)
		}
		if defined[v.Name] == "initializer" {
			if depth > 0 {
				// A subgraph's inputs are positional: one with a default is not supported.
				return nil, bad("input %q is also an initializer: not supported", v.Name)
			}
			continue // IR < 4 lists initializers among the inputs too
		}
		if _, dup := defined[v.Name]; dup {
			return nil, bad("graph input %q declared twice", v.Name)
		}
		defined[v.Name] = "graph input"
		sg.Inputs = append(sg.Inputs, v)
	}
	nodes := make([]*Node, 0, len(g.GetNode()))
	for i, np := range g.GetNode() {
		n, err := d.node(np, depth)
		if err != nil {
			return nil, bad("node %d: %v", i, err)
		}
		for _, out := range n.Outputs {
			if out == "" {
				continue
			}
			if prev, dup := defined[out]; dup {
				return nil, bad("node %s: output %q is already defined by %s", n.Label(), out, prev)
			}
			defined[out] = "node " + n.Label()
		}
		nodes = append(nodes, n)
	}
	outer := map[string]bool{}
	if depth == 0 {
		outer = nil
	}
	sorted, err := topoSort(nodes, defined, outer)
	if err != nil {
		return nil, bad("%v", err)
	}
	sg.Nodes = sorted
	for _, vi := range g.GetOutput() {
		v, err := decodeValueInfo(vi, d.lim)
		if err != nil {
			return nil, bad("graph output: %v", err)
		}
		if _, ok := defined[v.Name]; !ok {
			if depth == 0 {
				return nil, invalid("graph output %q is not produced by any node, initializer or input", v.Name)
			}
			outer[v.Name] = true // an enclosing scope's value, returned as it is
		}
		sg.Outputs = append(sg.Outputs, v)
	}
	for name := range outer {
		sg.Outer = append(sg.Outer, name)
	}
	slices.Sort(sg.Outer)
	return sg, nil
}

func decodeValueInfo(vi *onnxpb.ValueInfoProto, lim Limits) (ValueInfo, error) {
	v := ValueInfo{Name: vi.GetName()}
	if v.Name == "" {
		return v, errors.New("value without a name")
	}
	tt := vi.GetType().GetTensorType()
	if tt == nil {
		if vi.GetType().GetSequenceType().GetElemType().GetMapType() != nil {
			return v, fmt.Errorf("%q: a sequence of maps (a classifier's ZipMap output) is not supported (tensors only): "+
				"export the classifier without ZipMap (skl2onnx: options={id(model): {'zipmap': False}}; onnxmltools: zipmap=False) "+
				"and read its probabilities tensor", v.Name)
		}
		if vi.GetType() != nil && vi.GetType().GetValue() != nil {
			return v, fmt.Errorf("%q: sequence, map and optional values are not supported (tensors only)", v.Name)
		}
		return v, nil // untyped
	}
	v.DType = DataType(tt.GetElemType())
	if sh := tt.GetShape(); sh != nil {
		v.Shape = make([]Dim, 0, len(sh.GetDim()))
		fixed := make([]int64, 0, len(sh.GetDim()))
		for _, d := range sh.GetDim() {
			if _, fixedDim := d.GetValue().(*onnxpb.TensorShapeProto_Dimension_DimValue); !fixedDim {
				v.Shape = append(v.Shape, Dim{Param: d.GetDimParam()})
				continue
			}
			v.Shape = append(v.Shape, Dim{Value: d.GetDimValue()})
			if d.GetDimValue() < 0 {
				continue // -1: unknown, like a dimension without a value (a compile binds it)
			}
			fixed = append(fixed, d.GetDimValue())
		}
		if _, err := numElements(fixed, lim.MaxTensorElements); err != nil {
			return v, fmt.Errorf("%q: %w", v.Name, err)
		}
	}
	return v, nil
}

func (d *decoder) node(np *onnxpb.NodeProto, depth int) (*Node, error) {
	n := &Node{
		Name: np.GetName(), OpType: np.GetOpType(), Domain: np.GetDomain(),
		Inputs: append([]string{}, np.GetInput()...), Outputs: append([]string{}, np.GetOutput()...),
	}
	if n.Domain == "ai.onnx" {
		n.Domain = ""
	}
	if n.OpType == "" {
		return nil, errors.New("node without an op_type")
	}
	seen := map[string]bool{}
	for _, ap := range np.GetAttribute() {
		a, err := d.attr(ap, depth)
		if err != nil {
			return nil, fmt.Errorf("%s: attribute %q: %w", n.Label(), ap.GetName(), err)
		}
		if seen[a.Name] {
			return nil, fmt.Errorf("%s: attribute %q given twice", n.Label(), a.Name)
		}
		seen[a.Name] = true
		n.Attrs = append(n.Attrs, a)
		for _, g := range append([]*Graph{a.G}, a.Graphs...) {
			if g != nil {
				n.implicit = append(n.implicit, g.Outer...)
			}
		}
	}
	return n, nil
}

func (d *decoder) attr(ap *onnxpb.AttributeProto, depth int) (Attr, error) {
	a := Attr{Name: ap.GetName(), Type: AttrType(ap.GetType())}
	if a.Name == "" {
		return a, errors.New("attribute without a name")
	}
	if ap.GetRefAttrName() != "" {
		return a, errors.New("attribute references (functions) are not supported")
	}
	switch a.Type {
	case AttrFloat:
		a.F = float64(ap.GetF())
	case AttrInt:
		a.I = ap.GetI()
	case AttrString:
		a.S = string(ap.GetS())
	case AttrTensor:
		t, err := decodeTensor(ap.GetT(), d.lim)
		if err != nil {
			return a, err
		}
		if err := d.count(t); err != nil {
			return a, err
		}
		a.T = t
	case AttrGraph, AttrGraphs:
		gps := ap.GetGraphs()
		if a.Type == AttrGraph {
			if ap.GetG() == nil {
				return a, errors.New("GRAPH attribute without a graph")
			}
			gps = []*onnxpb.GraphProto{ap.GetG()}
		}
		if depth+1 > d.lim.MaxGraphDepth {
			return a, fmt.Errorf("subgraphs nested deeper than %d", d.lim.MaxGraphDepth)
		}
		for _, gp := range gps {
			g, err := d.graph(gp, depth+1)
			if err != nil {
				return a, err
			}
			a.Graphs = append(a.Graphs, g)
		}
		if a.Type == AttrGraph {
			a.G, a.Graphs = a.Graphs[0], nil
		}
	case AttrFloats:
		a.Floats = make([]float64, len(ap.GetFloats()))
		for i, f := range ap.GetFloats() {
			a.Floats[i] = float64(f)
		}
	case AttrInts:
		a.Ints = append([]int64{}, ap.GetInts()...)
	case AttrStrings:
		for _, s := range ap.GetStrings() {
			a.Strings = append(a.Strings, string(s))
		}
	default:
		a.Unsupported = onnxpb.AttributeProto_AttributeType(ap.GetType()).String()
		a.Type = AttrUnsupported
	}
	return a, nil
}

// topoSort orders nodes so every input (and every name their subgraphs read) is defined before
// use, breaking ties by file order, and names the node when the graph has a cycle or an input is
// never defined. In a subgraph (outer non-nil) a name defined nowhere in it is collected in outer,
// for the enclosing graph to resolve.
func topoSort(nodes []*Node, defined map[string]string, outer map[string]bool) ([]*Node, error) {
	producer := map[string]int{}
	for i, n := range nodes {
		for _, out := range n.Outputs {
			if out != "" {
				producer[out] = i
			}
		}
	}
	indeg := make([]int, len(nodes))
	users := make([][]int, len(nodes))
	for i, n := range nodes {
		seen := map[string]bool{}
		for k, in := range append(append([]string{}, n.Inputs...), n.implicit...) {
			if in == "" {
				continue
			}
			if _, ok := defined[in]; !ok {
				if outer == nil {
					if k >= len(n.Inputs) {
						return nil, fmt.Errorf("node %s: a subgraph reads %q, which is not produced by any node, initializer or graph input", n.Label(), in)
					}
					return nil, fmt.Errorf("node %s: input %q is not produced by any node, initializer or graph input", n.Label(), in)
				}
				outer[in] = true
				continue
			}
			if p, ok := producer[in]; ok && !seen[in] {
				seen[in] = true
				indeg[i]++
				users[p] = append(users[p], i)
			}
		}
	}
	ready := &intHeap{}
	for i, d := range indeg {
		if d == 0 {
			heap.Push(ready, i)
		}
	}
	out := make([]*Node, 0, len(nodes))
	for ready.Len() > 0 {
		i := heap.Pop(ready).(int)
		out = append(out, nodes[i])
		for _, u := range users[i] {
			if indeg[u]--; indeg[u] == 0 {
				heap.Push(ready, u)
			}
		}
	}
	if len(out) != len(nodes) {
		for i, d := range indeg {
			if d > 0 {
				return nil, fmt.Errorf("graph has a cycle through node %s", nodes[i].Label())
			}
		}
	}
	return out, nil
}

type intHeap []int

func (h intHeap) Len() int           { return len(h) }
func (h intHeap) Less(i, j int) bool { return h[i] < h[j] }
func (h intHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *intHeap) Push(x any)        { *h = append(*h, x.(int)) }
func (h *intHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}
