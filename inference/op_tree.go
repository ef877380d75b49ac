package inference

import (
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/auspex-labs/auspex/inference/onnx"
)

// Tree ensembles (ai.onnx.ml TreeEnsembleClassifier and TreeEnsembleRegressor v1/v3, TreeEnsemble
// v5), lowered to existing program ops with no branching:
//
//  1. Every split is a condition column c_j ∈ {0, 1}: the input feature gathered (Gather) and
//     compared with an integer threshold (Compare), x ≤ K or x = K. A node's truth is a linear
//     form of columns: LEQ c, LT c (with K one lower), GTE 1 − c, GT 1 − c, EQ c, NEQ 1 − c,
//     MEMBER Σ_k c_k over its (distinct) set values.
//  2. A leaf is reached iff every node on its path took the branch that leads to it. Each step
//     contributes truth or 1 − truth, each 0 or 1, so the contributions sum to the path length L
//     exactly when the leaf is reached and to at most L − 1 otherwise: Relu(Σ contributions −
//     L + 1) is the leaf's 0/1 indicator. That sum is one MatMul of the condition columns with a
//     constant matrix of ±1 (its constant part in the bias), all at scale 0: exact integers.
//     Trees are independent, so the matrix is block diagonal; it is stored as one block or as
//     one block per tree (a batched MatMul), or, for deep trees where both are large (a full
//     tree of depth d has a 2^d × 2^d block), replaced by a sparse form: each leaf's terms
//     gathered from the columns (Gather), signed (Mul) and summed (ReduceSum over the path),
//     d·2^d elements a tree. The layout with the fewest elements is used.
//  3. SUM and AVERAGE are one more MatMul of the indicators with the leaves' weights (AVERAGE
//     folds 1/n_trees into them); MIN and MAX select the reached leaves' weights (Where) and
//     reduce over the leaves (ReduceMin/ReduceMax).
//  4. base_values, the classifier's label (ArgMax, Gather of the labels) and post_transform
//     (Sigmoid table, Softmax pieces) follow onnxruntime's TreeEnsembleCommon, which
//     the real models are checked against, case by case (see treeFinish).
//
// Thresholds. A real input x arrives as q = round(x·2^s) (Quantize), so the threshold is rounded
// the same way, R = round(t·2^s): x ≤ t ⇔ q ≤ R, x < t ⇔ q ≤ R − 1, GTE and GT their negations,
// x = t ⇔ q = R. Rounding is monotone, so this reproduces float32's comparison for every float32
// input wherever float32's spacing at t exceeds the quantum (|t| ≥ 1 at scale 24), and for x = t
// everywhere (learned thresholds often equal data values). Only a float32 input within half a
// quantum of a small threshold (|t| < 1) can be judged on the wrong side. Integer inputs compare
// the same way at scale 0, exactly.
//
// Missing values: fixed point has no NaN, so nodes_missing_value_tracks_true never applies (a NaN
// input is refused when it is quantized).

// treeNode is one node of an ensemble in a common form for all three ops.
type treeNode struct {
	tree    int
	mode    string // BRANCH_LEQ, BRANCH_LT, BRANCH_GTE, BRANCH_GT, BRANCH_EQ, BRANCH_NEQ, BRANCH_MEMBER, LEAF
	feature int64
	value   float64
	set     []float64 // BRANCH_MEMBER
	t, f    int       // children (indices into nodes)
	weights []leafWeight
}

type leafWeight struct {
	target int
	w      float64
}

type treeEnsemble struct {
	nodes    []treeNode
	roots    []int
	nTargets int
	agg      string // SUM, AVERAGE, MIN, MAX
	post     string // NONE, LOGISTIC, SOFTMAX, SOFTMAX_ZERO, PROBIT
	base     []float64
}

// attrFloatsOrTensor reads a float list attribute or its *_as_tensor twin.
func attrFloatsOrTensor(n *onnx.Node, name string) []float64 {
	if a, ok := n.Attr(name); ok {
		return a.Floats
	}
	if a, ok := n.Attr(name + "_as_tensor"); ok && a.T != nil {
		return a.T.Floats
	}
	return nil
}

func attrTensor(n *onnx.Node, name string) *onnx.Tensor {
	if a, ok := n.Attr(name); ok {
		return a.T
	}
	return nil
}

// parseTreesV3 reads the nodes_* / target_* (class_*) attributes of TreeEnsembleRegressor and
// TreeEnsembleClassifier.
func parseTreesV3(n *onnx.Node, prefix string, nTargets int) (*treeEnsemble, error) {
	treeIDs := attrInts(n, "nodes_treeids", nil)
	nodeIDs := attrInts(n, "nodes_nodeids", nil)
	feats := attrInts(n, "nodes_featureids", nil)
	modes := attrStrings(n, "nodes_modes")
	vals := attrFloatsOrTensor(n, "nodes_values")
	trues := attrInts(n, "nodes_truenodeids", nil)
	falses := attrInts(n, "nodes_falsenodeids", nil)
	m := len(treeIDs)
	if m == 0 {
		return nil, fmt.Errorf("no nodes")
	}
	for name, l := range map[string]int{"nodes_nodeids": len(nodeIDs), "nodes_featureids": len(feats),
		"nodes_modes": len(modes), "nodes_truenodeids": len(trues), "nodes_falsenodeids": len(falses)} {
		if l != m {
			return nil, fmt.Errorf("%s has %d entries for %d nodes", name, l, m)
		}
	}
	if vals == nil {
		vals = make([]float64, m)
	}
	if len(vals) != m {
		return nil, fmt.Errorf("nodes_values has %d entries for %d nodes", len(vals), m)
	}
	type key struct{ tree, node int64 }
	index := make(map[key]int, m)
	treeOf := map[int64]int{}
	var treeOrder []int64
	te := &treeEnsemble{nTargets: nTargets, nodes: make([]treeNode, m)}
	for i := 0; i < m; i++ {
		k := key{treeIDs[i], nodeIDs[i]}
		if _, dup := index[k]; dup {
			return nil, fmt.Errorf("node %d of tree %d given twice", nodeIDs[i], treeIDs[i])
		}
		index[k] = i
		if _, ok := treeOf[treeIDs[i]]; !ok {
			treeOf[treeIDs[i]] = len(treeOrder)
			treeOrder = append(treeOrder, treeIDs[i])
		}
		te.nodes[i] = treeNode{tree: treeOf[treeIDs[i]], mode: modes[i], feature: feats[i], value: vals[i]}
	}
	child := make([]bool, m)
	for i := 0; i < m; i++ {
		nd := &te.nodes[i]
		if nd.mode == "LEAF" {
			continue
		}
		t, ok1 := index[key{treeIDs[i], trues[i]}]
		f, ok2 := index[key{treeIDs[i], falses[i]}]
		if !ok1 || !ok2 {
			return nil, fmt.Errorf("node %d of tree %d: a child is not a node of the tree", nodeIDs[i], treeIDs[i])
		}
		nd.t, nd.f = t, f
		child[t], child[f] = true, true
	}
	te.roots = make([]int, len(treeOrder))
	for t := range te.roots {
		te.roots[t] = -1
	}
	for i := 0; i < m; i++ {
		if child[i] {
			continue
		}
		t := te.nodes[i].tree
		if te.roots[t] >= 0 {
			return nil, fmt.Errorf("tree %d has more than one root", treeOrder[t])
		}
		te.roots[t] = i
	}
	for t, r := range te.roots {
		if r < 0 {
			return nil, fmt.Errorf("tree %d has no root (a cycle)", treeOrder[t])
		}
	}
	ids := attrInts(n, prefix+"_ids", nil)
	wNodes := attrInts(n, prefix+"_nodeids", nil)
	wTrees := attrInts(n, prefix+"_treeids", nil)
	ws := attrFloatsOrTensor(n, prefix+"_weights")
	if len(wNodes) != len(ids) || len(wTrees) != len(ids) || len(ws) != len(ids) {
		return nil, fmt.Errorf("%s_ids, _nodeids, _treeids and _weights differ in length", prefix)
	}
	for i := range ids {
		j, ok := index[key{wTrees[i], wNodes[i]}]
		if !ok {
			return nil, fmt.Errorf("weight %d names node %d of tree %d, which does not exist", i, wNodes[i], wTrees[i])
		}
		if ids[i] < 0 || ids[i] >= int64(nTargets) {
			return nil, fmt.Errorf("weight %d is for target/class %d of %d", i, ids[i], nTargets)
		}
		if te.nodes[j].mode != "LEAF" {
			return nil, fmt.Errorf("weight %d is on node %d of tree %d, which is not a leaf", i, wNodes[i], wTrees[i])
		}
		te.nodes[j].weights = append(te.nodes[j].weights, leafWeight{int(ids[i]), ws[i]})
	}
	te.base = attrFloatsOrTensor(n, "base_values")
	te.post = attrString(n, "post_transform", "NONE")
	te.agg = attrString(n, "aggregate_function", "SUM")
	return te, nil
}

// parseTreesV5 reads TreeEnsemble (ai.onnx.ml 5): leaves live in their own arrays, addressed by
// nodes_trueleafs / nodes_falseleafs.
func parseTreesV5(n *onnx.Node) (*treeEnsemble, error) {
	roots := attrInts(n, "tree_roots", nil)
	feats := attrInts(n, "nodes_featureids", nil)
	trues := attrInts(n, "nodes_truenodeids", nil)
	falses := attrInts(n, "nodes_falsenodeids", nil)
	tl := attrInts(n, "nodes_trueleafs", nil)
	fl := attrInts(n, "nodes_falseleafs", nil)
	modesT, splitsT := attrTensor(n, "nodes_modes"), attrTensor(n, "nodes_splits")
	leafT, leafW := attrInts(n, "leaf_targetids", nil), attrTensor(n, "leaf_weights")
	if modesT == nil || splitsT == nil || leafW == nil {
		return nil, fmt.Errorf("nodes_modes, nodes_splits and leaf_weights are required")
	}
	modes, splits := modesT.Ints, splitsT.Floats
	m := len(feats)
	if len(trues) != m || len(falses) != m || len(tl) != m || len(fl) != m || len(modes) != m || len(splits) != m {
		return nil, fmt.Errorf("the nodes_* attributes differ in length")
	}
	if len(leafT) != len(leafW.Floats) {
		return nil, fmt.Errorf("leaf_targetids and leaf_weights differ in length")
	}
	nTargets := int(attrInt(n, "n_targets", 0))
	if nTargets < 1 {
		return nil, fmt.Errorf("n_targets %d", nTargets)
	}
	modeNames := []string{"BRANCH_LEQ", "BRANCH_LT", "BRANCH_GTE", "BRANCH_GT", "BRANCH_EQ", "BRANCH_NEQ", "BRANCH_MEMBER"}
	var members []float64
	if mv := attrTensor(n, "membership_values"); mv != nil {
		members = mv.Floats
	}
	// Branch nodes first (indices 0..m-1), then one LEAF node per leaf entry (m + j).
	te := &treeEnsemble{nTargets: nTargets, nodes: make([]treeNode, m+len(leafT))}
	for j := range leafT {
		if leafT[j] < 0 || leafT[j] >= int64(nTargets) {
			return nil, fmt.Errorf("leaf %d is for target %d of %d", j, leafT[j], nTargets)
		}
		te.nodes[m+j] = treeNode{tree: -1, mode: "LEAF", weights: []leafWeight{{int(leafT[j]), leafW.Floats[j]}}}
	}
	childOf := func(id, isLeaf int64) (int, error) {
		if isLeaf == 1 {
			if id < 0 || id >= int64(len(leafT)) {
				return 0, fmt.Errorf("leaf %d does not exist", id)
			}
			return m + int(id), nil
		}
		if id < 0 || id >= int64(m) {
			return 0, fmt.Errorf("node %d does not exist", id)
		}
		return int(id), nil
	}
	for i := 0; i < m; i++ {
		if modes[i] < 0 || modes[i] >= int64(len(modeNames)) {
			return nil, fmt.Errorf("node %d: mode %d", i, modes[i])
		}
		nd := treeNode{tree: -1, mode: modeNames[modes[i]], feature: feats[i], value: splits[i]}
		if nd.mode == "BRANCH_MEMBER" {
			// membership_values holds one NaN-terminated set per MEMBER node, in node order.
			k := slices.IndexFunc(members, math.IsNaN)
			if k < 0 {
				k = len(members)
			}
			nd.set, members = members[:k], members[min(k+1, len(members)):]
		}
		var err error
		if nd.t, err = childOf(trues[i], tl[i]); err != nil {
			return nil, err
		}
		if nd.f, err = childOf(falses[i], fl[i]); err != nil {
			return nil, err
		}
		te.nodes[i] = nd
	}
	for _, r := range roots {
		if r < 0 || r >= int64(m) {
			return nil, fmt.Errorf("tree root %d does not exist", r)
		}
		te.roots = append(te.roots, int(r))
	}
	if len(te.roots) == 0 {
		return nil, fmt.Errorf("no trees")
	}
	te.agg = map[int64]string{0: "AVERAGE", 1: "SUM", 2: "MIN", 3: "MAX"}[attrInt(n, "aggregate_function", 1)]
	te.post = map[int64]string{0: "NONE", 1: "SOFTMAX", 2: "LOGISTIC", 3: "SOFTMAX_ZERO", 4: "PROBIT"}[attrInt(n, "post_transform", 0)]
	if te.agg == "" || te.post == "" {
		return nil, fmt.Errorf("aggregate_function or post_transform out of range")
	}
	return te, nil
}

// treeCond is one condition column: x[feature] ≤ k, or x[feature] = k.
type treeCond struct {
	feature int64
	eq      bool
	k       int64
}

// treeLeaf is one root-to-leaf path: the signed condition columns of its nodes, the constant
// part of its contributions, its length and its weights.
type treeLeaf struct {
	terms   map[int]int64 // condition column -> coefficient
	konst   int64
	length  int64
	weights []leafWeight
}

// treeBlock is a group of trees sharing condition columns and one block of the path matrix.
type treeBlock struct {
	conds  []treeCond
	index  map[treeCond]int
	leaves []treeLeaf
}

// forceTreeLayout, set by tests, picks the path layout: "one", "per-tree" or "sparse" ("" picks
// the one with the fewest elements).
var forceTreeLayout string

// maxTreePaths bounds the paths enumerated (a malformed ensemble may share subtrees).
const maxTreePaths = 1 << 21

// leThreshold returns the integer K of a ≤ test equivalent to mode at a real threshold t for
// inputs at scale s, and whether the test is negated (GTE, GT): see the file comment.
func leThreshold(mode string, t float64, s uint8) (k int64, negate bool) {
	r := math.RoundToEven(math.Ldexp(t, int(s))) // the q that x = t arrives as
	clamp := func(f float64) int64 {
		switch {
		case f >= float64(InfQ):
			return InfQ
		case f <= -float64(InfQ):
			return -InfQ
		}
		return int64(f)
	}
	switch mode {
	case "BRANCH_LEQ":
		return clamp(r), false
	case "BRANCH_LT":
		return clamp(r - 1), false
	case "BRANCH_GTE":
		return clamp(r - 1), true
	}
	return clamp(r), false != (mode == "BRANCH_GT")
}

// eqThreshold is the q that x = t arrives as (false when t is beyond the finite range).
func eqThreshold(t float64, s uint8) (int64, bool) {
	v := math.RoundToEven(math.Ldexp(t, int(s)))
	if math.IsNaN(v) || math.Abs(v) >= float64(InfQ/2) {
		return 0, false
	}
	return int64(v), true
}

// buildBlocks enumerates every tree's paths into blocks: perTree puts each tree in its own
// block, otherwise all trees share one.
func (te *treeEnsemble) buildBlocks(s uint8, nFeatures int64, perTree bool) ([]*treeBlock, error) {
	var blocks []*treeBlock
	paths := 0
	for t, root := range te.roots {
		if t == 0 || perTree {
			blocks = append(blocks, &treeBlock{index: map[treeCond]int{}})
		}
		b := blocks[len(blocks)-1]
		col := func(c treeCond) int {
			if j, ok := b.index[c]; ok {
				return j
			}
			b.index[c] = len(b.conds)
			b.conds = append(b.conds, c)
			return len(b.conds) - 1
		}
		// truth returns node i's truth as a linear form: coefficients over columns and a constant.
		truth := func(nd *treeNode) (map[int]int64, int64, error) {
			if nd.feature < 0 || nd.feature >= nFeatures {
				return nil, 0, fmt.Errorf("a node reads feature %d of %d", nd.feature, nFeatures)
			}
			switch nd.mode {
			case "BRANCH_LEQ", "BRANCH_LT", "BRANCH_GTE", "BRANCH_GT":
				if math.IsNaN(nd.value) {
					return nil, 0, nil // every comparison with NaN is false
				}
				k, neg := leThreshold(nd.mode, nd.value, s)
				j := col(treeCond{feature: nd.feature, k: k})
				if neg {
					return map[int]int64{j: -1}, 1, nil
				}
				return map[int]int64{j: 1}, 0, nil
			case "BRANCH_EQ", "BRANCH_NEQ":
				terms := map[int]int64{}
				if k, ok := eqThreshold(nd.value, s); ok {
					terms[col(treeCond{feature: nd.feature, eq: true, k: k})] = 1
				}
				if nd.mode == "BRANCH_NEQ" {
					for j := range terms {
						terms[j] = -1
					}
					return terms, 1, nil
				}
				return terms, 0, nil
			case "BRANCH_MEMBER":
				terms := map[int]int64{}
				for _, v := range nd.set {
					if k, ok := eqThreshold(v, s); ok {
						terms[col(treeCond{feature: nd.feature, eq: true, k: k})] = 1 // distinct values: at most one holds
					}
				}
				return terms, 0, nil
			}
			return nil, 0, fmt.Errorf("node mode %q", nd.mode)
		}
		type frame struct {
			node  int
			terms map[int]int64
			konst int64
			depth int64
		}
		stack := []frame{{node: root, terms: map[int]int64{}}}
		for len(stack) > 0 {
			fr := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			nd := &te.nodes[fr.node]
			if nd.tree >= 0 && nd.tree != t && nd.mode != "LEAF" {
				return nil, fmt.Errorf("tree %d reaches a node of another tree", t)
			}
			if nd.mode == "LEAF" {
				if paths++; paths > maxTreePaths {
					return nil, fmt.Errorf("%w: more than %d root-to-leaf paths", ErrTooLarge, maxTreePaths)
				}
				b.leaves = append(b.leaves, treeLeaf{terms: fr.terms, konst: fr.konst, length: fr.depth, weights: nd.weights})
				continue
			}
			if fr.depth >= int64(len(te.nodes)) {
				return nil, fmt.Errorf("tree %d has a cycle", t)
			}
			terms, konst, err := truth(nd)
			if err != nil {
				return nil, err
			}
			// True branch: + truth; false branch: + (1 − truth).
			for _, side := range []int64{1, -1} {
				next := make(map[int]int64, len(fr.terms)+len(terms))
				for j, v := range fr.terms {
					next[j] = v
				}
				for j, v := range terms {
					next[j] += side * v
				}
				child, k := nd.t, fr.konst+konst
				if side < 0 {
					child, k = nd.f, fr.konst+1-konst
				}
				stack = append(stack, frame{node: child, terms: next, konst: k, depth: fr.depth + 1})
			}
		}
	}
	return blocks, nil
}

// hasScore: per target, whether some reached leaf always (1), never (0) or only for some inputs
// (−1) carries a weight for it; onnxruntime writes 0 for a target without one.
func (te *treeEnsemble) hasScore() []int {
	h := make([]int, te.nTargets)
	anyLeaf := make([]bool, te.nTargets)
	always := make([]bool, te.nTargets)
	for _, root := range te.roots {
		every := make([]bool, te.nTargets)
		for k := range every {
			every[k] = true
		}
		seen := map[int]bool{}
		stack := []int{root}
		for len(stack) > 0 {
			i := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			if seen[i] {
				continue
			}
			seen[i] = true
			nd := &te.nodes[i]
			if nd.mode != "LEAF" {
				stack = append(stack, nd.t, nd.f)
				continue
			}
			got := make([]bool, te.nTargets)
			for _, w := range nd.weights {
				got[w.target] = true
				anyLeaf[w.target] = true
			}
			for k := range every {
				every[k] = every[k] && got[k]
			}
		}
		for k := range always {
			always[k] = always[k] || every[k]
		}
	}
	for k := range h {
		switch {
		case always[k]:
			h[k] = 1
		case !anyLeaf[k]:
			h[k] = 0
		default:
			h[k] = -1
		}
	}
	return h
}

// treeScores emits the aggregated per-target scores [N, nTargets] at the program scale, before
// base values: SUM and AVERAGE (already divided by the number of trees), or MIN/MAX with
// targets no reached leaf scores set to 0. It also returns, for MIN/MAX or when hasScore is
// not constant, a boolean [N, nTargets] value telling which targets were scored (−1 if static).
func (c *compiler) treeScores(n *onnx.Node, te *treeEnsemble, x int32) (scores, has int32, err error) {
	vx := c.v(x)
	if len(vx.Shape) == 1 {
		if x, err = c.reshapeTo(n, x, []int64{1, vx.Shape[0]}); err != nil {
			return 0, 0, err
		}
		vx = c.v(x)
	}
	if len(vx.Shape) != 2 {
		return 0, 0, &UnsupportedError{Op: n.OpType, Detail: fmt.Sprintf("input of rank %d (the op takes [N, features])", len(vx.Shape))}
	}
	N, F := vx.Shape[0], vx.Shape[1]
	s := vx.Scale
	if vx.Int {
		s = 0
	}
	switch te.agg {
	case "SUM", "AVERAGE", "MIN", "MAX":
	default:
		return 0, 0, &UnsupportedError{Op: n.OpType, Detail: "aggregate_function " + te.agg}
	}
	// Layout: the path matrix as one block or one block per tree, or (sparse) each leaf's path
	// gathered from the columns, whichever makes the fewest elements.
	one, err := te.buildBlocks(s, F, false)
	if err != nil {
		return 0, 0, err
	}
	dims := func(bs []*treeBlock) (mb, lb int64) {
		mb, lb = 1, 1
		for _, b := range bs {
			mb, lb = max(mb, int64(len(b.conds))), max(lb, int64(len(b.leaves)))
		}
		return mb, lb
	}
	dense := func(bs []*treeBlock) float64 {
		mb, lb := dims(bs)
		return float64(len(bs)) * float64(mb) * float64(lb) * float64(1+N)
	}
	D := int64(1) // the most terms on one path
	for _, lf := range one[0].leaves {
		D = max(D, int64(len(lf.terms)))
	}
	L1 := int64(len(one[0].leaves))
	sparseCost := float64(L1) * float64(D) * float64(2+2*N)
	blocks, best := one, dense(one)
	if len(te.roots) > 1 {
		per, err := te.buildBlocks(s, F, true)
		if err != nil {
			return 0, 0, err
		}
		if c := dense(per); c < best {
			blocks, best = per, c
		}
	}
	sparse := sparseCost < best
	switch forceTreeLayout {
	case "one":
		blocks, sparse = one, false
	case "per-tree":
		if len(te.roots) > 1 {
			if blocks, err = te.buildBlocks(s, F, true); err != nil {
				return 0, 0, err
			}
		}
		sparse = false
	case "sparse":
		sparse = true
	}
	if sparse {
		blocks = one
	}
	B := int64(len(blocks))
	Mb, Lb := dims(blocks)
	anyEq := false
	for _, b := range blocks {
		for _, cd := range b.conds {
			anyEq = anyEq || cd.eq
		}
	}
	if !sparse && float64(B)*float64(Mb)*float64(Lb) > MaxTensorElements {
		return 0, 0, fmt.Errorf("%w: the ensemble's path matrix (%d blocks of %d conditions × %d leaves) exceeds the engine's limit of %d elements",
			ErrTooLarge, B, Mb, Lb, MaxTensorElements)
	}
	feat := make([]int64, B*Mb)
	ks := make([]int64, B*Mb)
	isEq := make([]int64, B*Mb)
	bias := make([]int64, B*Lb)
	var W []int64
	if !sparse {
		W = make([]int64, B*Mb*Lb)
	}
	for bi, b := range blocks {
		for j, cd := range b.conds {
			o := int64(bi)*Mb + int64(j)
			feat[o], ks[o], isEq[o] = cd.feature, cd.k, boolToInt(cd.eq)
		}
		for l, lf := range b.leaves {
			if !sparse {
				for j, v := range lf.terms {
					W[(int64(bi)*Mb+int64(j))*Lb+int64(l)] = v
				}
			}
			bias[int64(bi)*Lb+int64(l)] = lf.konst - lf.length + 1
		}
	}
	intVal := func(vals []int64, shape ...int64) int32 {
		return c.add(Value{Int: true, DType: dtInt64, Shape: shape, Const: vals})
	}
	g, err := c.emit(n, OpGather, []int32{x, intVal(feat, B*Mb)}, c.like(x, []int64{N, B * Mb}), []int64{1})
	if err != nil {
		return 0, 0, err
	}
	kv := Value{Int: vx.Int, DType: vx.DType, Scale: vx.Scale, Shape: []int64{B * Mb}, Const: ks}
	kid := c.add(kv)
	boolShape := Value{Int: true, DType: dtBool, Shape: []int64{N, B * Mb}}
	cond, err := c.emit(n, OpCompare, []int32{g, kid}, boolShape, []int64{CmpLessOrEqual})
	if err != nil {
		return 0, 0, err
	}
	if anyEq {
		eq, err := c.emit(n, OpCompare, []int32{g, kid}, boolShape, []int64{CmpEqual})
		if err != nil {
			return 0, 0, err
		}
		sel := c.add(Value{Int: true, DType: dtBool, Shape: []int64{B * Mb}, Const: isEq})
		if cond, err = c.emit(n, OpWhere, []int32{sel, eq, cond}, boolShape, nil); err != nil {
			return 0, 0, err
		}
	}
	// Scale-0 reals: exact small integers through the MatMul.
	cf, err := c.emit(n, OpCast, []int32{cond}, Value{Scale: 0, Shape: []int64{N, B * Mb}}, nil)
	if err != nil {
		return 0, 0, err
	}
	var reach int32
	switch {
	case sparse:
		// Leaf l's terms are the columns idx[l·D + k] times sign[l·D + k] (0 where its path is
		// shorter than D): gathered, multiplied, summed over k, plus the constant part.
		idx := make([]int64, Lb*D)
		sign := make([]int64, Lb*D)
		for l, lf := range blocks[0].leaves {
			cols := make([]int, 0, len(lf.terms))
			for j := range lf.terms {
				cols = append(cols, j)
			}
			slices.Sort(cols)
			for k, j := range cols {
				idx[int64(l)*D+int64(k)], sign[int64(l)*D+int64(k)] = int64(j), lf.terms[j]
			}
		}
		gv, err := c.emit(n, OpGather, []int32{cf, intVal(idx, Lb*D)}, Value{Scale: 0, Shape: []int64{N, Lb * D}}, []int64{1})
		if err != nil {
			return 0, 0, err
		}
		sv := c.add(Value{Scale: 0, Shape: []int64{Lb * D}, Const: sign})
		if gv, err = c.emit(n, OpMul, []int32{gv, sv}, Value{Scale: 0, Shape: []int64{N, Lb * D}}, nil); err != nil {
			return 0, 0, err
		}
		if gv, err = c.reshapeTo(n, gv, []int64{N, Lb, D}); err != nil {
			return 0, 0, err
		}
		if gv, err = c.emit(n, OpReduce, []int32{gv}, Value{Scale: 0, Shape: []int64{N, Lb}}, []int64{ReduceSum, 0, 0, 0, 1}); err != nil {
			return 0, 0, err
		}
		bid := c.add(Value{Scale: 0, Shape: []int64{Lb}, Const: bias})
		if reach, err = c.emit(n, OpAdd, []int32{gv, bid}, Value{Scale: 0, Shape: []int64{N, Lb}}, nil); err != nil {
			return 0, 0, err
		}
	case B == 1:
		wid := c.add(Value{Scale: 0, Shape: []int64{Mb, Lb}, Const: W})
		bid := c.add(Value{Scale: 0, Shape: []int64{Lb}, Const: bias})
		if reach, err = c.emit(n, OpMatMul, []int32{cf, wid, bid}, Value{Scale: 0, Shape: []int64{N, Lb}}, nil); err != nil {
			return 0, 0, err
		}
	default:
		if cf, err = c.reshapeTo(n, cf, []int64{N, B, 1, Mb}); err != nil {
			return 0, 0, err
		}
		wid := c.add(Value{Scale: 0, Shape: []int64{B, Mb, Lb}, Const: W})
		bid := c.add(Value{Scale: 0, Shape: []int64{B, 1, Lb}, Const: bias})
		if reach, err = c.emit(n, OpMatMul, []int32{cf, wid, bid}, Value{Scale: 0, Shape: []int64{N, B, 1, Lb}}, nil); err != nil {
			return 0, 0, err
		}
	}
	if reach, err = c.emit(n, OpRelu, []int32{reach}, c.like(reach, c.v(reach).Shape), nil); err != nil {
		return 0, 0, err
	}
	if B > 1 {
		if reach, err = c.reshapeTo(n, reach, []int64{N, B * Lb}); err != nil {
			return 0, 0, err
		}
	}
	// reach: [N, B·Lb], 1 where the leaf is reached.
	T := int64(te.nTargets)
	so := c.opt.Scale
	div := 1.0
	if te.agg == "AVERAGE" {
		div = float64(len(te.roots))
	}
	leafAt := func(fn func(bi, l int64, lf *treeLeaf)) {
		for bi, b := range blocks {
			for l := range b.leaves {
				fn(int64(bi), int64(l), &b.leaves[l])
			}
		}
	}
	has = -1
	if te.agg == "SUM" || te.agg == "AVERAGE" {
		sum := make([]float64, B*Lb*T)
		leafAt(func(bi, l int64, lf *treeLeaf) {
			for _, w := range lf.weights {
				sum[(bi*Lb+l)*T+int64(w.target)] += w.w / div
			}
		})
		lw := Value{Scale: so, Shape: []int64{B * Lb, T}, Const: make([]int64, len(sum))}
		for i, f := range sum {
			if lw.Const[i], err = Quantize(f, so); err != nil {
				return 0, 0, err
			}
		}
		if scores, err = c.emit(n, OpMatMul, []int32{reach, c.add(lw)}, Value{Scale: so, Shape: []int64{N, T}}, nil); err != nil {
			return 0, 0, err
		}
		if slices.Contains(te.hasScore(), -1) {
			hm := make([]int64, B*Lb*T)
			leafAt(func(bi, l int64, lf *treeLeaf) {
				for _, w := range lf.weights {
					hm[(bi*Lb+l)*T+int64(w.target)] = 1
				}
			})
			cnt, err := c.emit(n, OpMatMul, []int32{reach, c.add(Value{Scale: 0, Shape: []int64{B * Lb, T}, Const: hm})}, Value{Scale: 0, Shape: []int64{N, T}}, nil)
			if err != nil {
				return 0, 0, err
			}
			zero := c.add(Value{Scale: 0, Shape: []int64{}, Const: []int64{0}})
			if has, err = c.emit(n, OpCompare, []int32{cnt, zero}, Value{Int: true, DType: dtBool, Shape: []int64{N, T}}, []int64{CmpGreater}); err != nil {
				return 0, 0, err
			}
		}
		return scores, has, nil
	}
	// MIN / MAX: the reached leaves' weights, +Inf (MIN) or −Inf (MAX) elsewhere, reduced over
	// the leaves; a target no reached leaf scores stays ±Inf and becomes 0.
	isMin := te.agg == "MIN"
	none := InfQ
	if !isMin {
		none = -InfQ
	}
	ext := make([]int64, B*Lb*T)
	for i := range ext {
		ext[i] = none
	}
	var qerr error
	leafAt(func(bi, l int64, lf *treeLeaf) {
		for _, w := range lf.weights {
			q, err := Quantize(w.w, so)
			if err != nil {
				qerr = err
			}
			o := (bi*Lb+l)*T + int64(w.target)
			if (isMin && q < ext[o]) || (!isMin && q > ext[o]) {
				ext[o] = q
			}
		}
	})
	if qerr != nil {
		return 0, 0, qerr
	}
	zero0 := c.add(Value{Scale: 0, Shape: []int64{}, Const: []int64{0}})
	rb, err := c.emit(n, OpCompare, []int32{reach, zero0}, Value{Int: true, DType: dtBool, Shape: []int64{N, B * Lb}}, []int64{CmpGreater})
	if err != nil {
		return 0, 0, err
	}
	if rb, err = c.reshapeTo(n, rb, []int64{N, B * Lb, 1}); err != nil {
		return 0, 0, err
	}
	ev := c.add(Value{Scale: so, Shape: []int64{B * Lb, T}, Const: ext})
	nv := c.add(Value{Scale: so, Shape: []int64{}, Const: []int64{none}})
	sel, err := c.emit(n, OpWhere, []int32{rb, ev, nv}, Value{Scale: so, Shape: []int64{N, B * Lb, T}}, nil)
	if err != nil {
		return 0, 0, err
	}
	kind := int64(ReduceMax)
	if isMin {
		kind = ReduceMin
	}
	// Over each tree's leaves, then over the trees: a one-step proof of either opens few leaves.
	red := sel
	if B > 1 {
		if red, err = c.reshapeTo(n, sel, []int64{N, B, Lb, T}); err != nil {
			return 0, 0, err
		}
		if red, err = c.emit(n, OpReduce, []int32{red}, Value{Scale: so, Shape: []int64{N, B, T}}, []int64{kind, 0, 0, 0, 1, 0}); err != nil {
			return 0, 0, err
		}
	}
	if red, err = c.emit(n, OpReduce, []int32{red}, Value{Scale: so, Shape: []int64{N, T}}, []int64{kind, 0, 0, 1, 0}); err != nil {
		return 0, 0, err
	}
	if has, err = c.emit(n, OpCompare, []int32{red, nv}, Value{Int: true, DType: dtBool, Shape: []int64{N, T}}, []int64{CmpNotEqual}); err != nil {
		return 0, 0, err
	}
	zero := c.add(Value{Scale: so, Shape: []int64{}, Const: []int64{0}})
	if scores, err = c.emit(n, OpWhere, []int32{has, red, zero}, Value{Scale: so, Shape: []int64{N, T}}, nil); err != nil {
		return 0, 0, err
	}
	return scores, has, nil
}

// treeInput returns the node's input, checked.
func (c *compiler) treeInput(n *onnx.Node) (int32, error) {
	x, err := c.in(n, 0)
	if err != nil {
		return 0, err
	}
	if v := c.v(x); v.Int && v.DType == dtBool {
		return 0, &UnsupportedError{Op: n.OpType, Detail: "boolean input"}
	}
	return x, nil
}

// realVector is a constant real vector at the program scale.
func (c *compiler) realVector(fs []float64, shape ...int64) (int32, error) {
	v := Value{Scale: c.opt.Scale, Shape: shape, Const: make([]int64, len(fs))}
	for i, f := range fs {
		q, err := Quantize(f, c.opt.Scale)
		if err != nil {
			return 0, err
		}
		v.Const[i] = q
	}
	id := c.add(v)
	c.floats[id] = fs
	return id, nil
}

// maskScores keeps scores where has (a constant per-target mask or a computed boolean) and
// writes other elsewhere.
func (c *compiler) maskScores(n *onnx.Node, scores int32, static []int, dyn int32, other int64) (int32, error) {
	sh := c.v(scores).Shape
	otherV := c.add(Value{Scale: c.v(scores).Scale, Shape: []int64{}, Const: []int64{other}})
	if dyn >= 0 {
		return c.emit(n, OpWhere, []int32{dyn, scores, otherV}, c.like(scores, sh), nil)
	}
	all := true
	mask := make([]int64, len(static))
	for k, h := range static {
		mask[k] = boolToInt(h == 1)
		all = all && h == 1
	}
	if all {
		return scores, nil
	}
	m := c.add(Value{Int: true, DType: dtBool, Shape: []int64{int64(len(mask))}, Const: mask})
	return c.emit(n, OpWhere, []int32{m, scores, otherV}, c.like(scores, sh), nil)
}

// postTransform applies NONE, LOGISTIC, SOFTMAX or SOFTMAX_ZERO over the last axis.
func (c *compiler) postTransform(n *onnx.Node, x int32, post string) (int32, error) {
	switch post {
	case "NONE":
		return x, nil
	case "LOGISTIC":
		return c.applyTable(n, x, "sigmoid")
	case "SOFTMAX", "SOFTMAX_ZERO":
		return c.softmaxLast(n, x, post == "SOFTMAX_ZERO")
	case "PROBIT":
		return 0, &UnsupportedError{Op: n.OpType, Detail: "post_transform PROBIT: the inverse normal CDF has unbounded slope at 0 and 1, " +
			"which no interpolated table follows to a bounded error (and onnxruntime evaluates it with an approximate erfinv)"}
	}
	return 0, &UnsupportedError{Op: n.OpType, Detail: "post_transform " + post}
}

// softmaxLast is softmax over the last axis; zeroSkip gives onnxruntime's SOFTMAX_ZERO, where an
// entry within 1e-7 of 0 is left out of the sum and written as 0 (it is value·exp(−max), at most
// 1e-7, in onnxruntime).
func (c *compiler) softmaxLast(n *onnx.Node, x int32, zeroSkip bool) (int32, error) {
	sh := c.v(x).Shape
	mask := make([]int64, len(sh))
	mask[len(sh)-1] = 1
	m, err := c.reduceKeep(n, x, ReduceMax, mask)
	if err != nil {
		return 0, err
	}
	d, err := c.binary(n, OpSub, x, m)
	if err != nil {
		return 0, err
	}
	e, err := c.applyTable(n, d, "exp")
	if err != nil {
		return 0, err
	}
	if zeroSkip {
		ab, err := c.emit(n, OpAbs, []int32{x}, c.like(x, sh), nil)
		if err != nil {
			return 0, err
		}
		eps, err := c.scalarConst(1e-7, c.v(x).Scale)
		if err != nil {
			return 0, err
		}
		nz, err := c.emit(n, OpCompare, []int32{ab, eps}, Value{Int: true, DType: dtBool, Shape: sh}, []int64{CmpGreater})
		if err != nil {
			return 0, err
		}
		zero := c.add(Value{Scale: c.v(e).Scale, Shape: []int64{}, Const: []int64{0}})
		if e, err = c.emit(n, OpWhere, []int32{nz, e, zero}, c.like(e, sh), nil); err != nil {
			return 0, err
		}
	}
	s, err := c.reduceKeep(n, e, ReduceSum, mask)
	if err != nil {
		return 0, err
	}
	return c.binary(n, OpDiv, e, s)
}

func lowerTreeRegressor(c *compiler, n *onnx.Node) error {
	x, err := c.treeInput(n)
	if err != nil {
		return err
	}
	te, err := parseTreesV3(n, "target", int(attrInt(n, "n_targets", 1)))
	if err != nil {
		return err
	}
	return c.treeRegression(n, te, x)
}

func lowerTreeEnsembleV5(c *compiler, n *onnx.Node) error {
	x, err := c.treeInput(n)
	if err != nil {
		return err
	}
	te, err := parseTreesV5(n)
	if err != nil {
		return err
	}
	return c.treeRegression(n, te, x)
}

// treeRegression finishes a regressor as onnxruntime does: one target adds base_values[0] (if it
// is the only base value) and applies only PROBIT (LOGISTIC and SOFTMAX of a single score are
// the identity there); several add base_values when there is one per target, write 0 for a
// target no reached leaf scores, and apply post_transform.
func (c *compiler) treeRegression(n *onnx.Node, te *treeEnsemble, x int32) error {
	scores, has, err := c.treeScores(n, te, x)
	if err != nil {
		return err
	}
	static := te.hasScore()
	if te.nTargets == 1 {
		if te.post == "PROBIT" {
			_, err := c.postTransform(n, scores, "PROBIT")
			return err
		}
		if len(te.base) == 1 && te.base[0] != 0 {
			b, err := c.realVector(te.base)
			if err != nil {
				return err
			}
			if scores, err = c.binary(n, OpAdd, scores, b); err != nil {
				return err
			}
		}
		c.bind(n, 0, scores)
		return nil
	}
	if len(te.base) == te.nTargets {
		b, err := c.realVector(te.base, int64(len(te.base)))
		if err != nil {
			return err
		}
		if scores, err = c.binary(n, OpAdd, scores, b); err != nil {
			return err
		}
	}
	if scores, err = c.maskScores(n, scores, static, has, 0); err != nil {
		return err
	}
	return c.bindTo(n)(c.postTransform(n, scores, te.post))
}

func lowerTreeClassifier(c *compiler, n *onnx.Node) error {
	x, err := c.treeInput(n)
	if err != nil {
		return err
	}
	labels := attrInts(n, "classlabels_int64s", nil)
	strLabels := attrStrings(n, "classlabels_strings")
	nc := len(labels)
	if len(strLabels) > 0 {
		if nc > 0 {
			return fmt.Errorf("both classlabels_int64s and classlabels_strings")
		}
		nc = len(strLabels)
		labels = make([]int64, nc)
		for i := range labels {
			labels[i] = int64(i)
		}
	}
	if nc < 2 {
		return &UnsupportedError{Op: n.OpType, Detail: fmt.Sprintf("%d class labels", nc)}
	}
	te, err := parseTreesV3(n, "class", nc)
	if err != nil {
		return err
	}
	if te.agg != "SUM" {
		te.agg = "SUM" // the classifier has no aggregate_function: onnxruntime sums
	}
	scores, has, err := c.treeScores(n, te, x)
	if err != nil {
		return err
	}
	h := te.hasScore()
	var label, probs int32
	if nc > 2 {
		label, probs, err = c.treeMulticlass(n, te, scores, h, has, labels)
	} else {
		label, probs, err = c.treeBinary(n, te, scores, h, labels)
	}
	if err != nil {
		return err
	}
	if len(strLabels) > 0 {
		// The engine has no string tensors: the label is the index into classlabels_strings.
		c.v(label).Name = n.Outputs[0] + " (index into classlabels_strings " + strings.Join(strLabels, ",") + ")"
	}
	c.bind(n, 0, label)
	c.bind(n, 1, probs)
	return nil
}

// treeMulticlass: base_values are added to the first len(base_values) classes (which counts
// them as scored); the label is that of the first highest scored class; unscored classes are
// written as 0, then post_transform.
func (c *compiler) treeMulticlass(n *onnx.Node, te *treeEnsemble, scores int32, h []int, has int32, labels []int64) (int32, int32, error) {
	nc := len(labels)
	if len(te.base) > nc {
		return 0, 0, fmt.Errorf("%d base_values for %d classes", len(te.base), nc)
	}
	var err error
	if len(te.base) > 0 {
		b := make([]float64, nc)
		copy(b, te.base)
		bid, err := c.realVector(b, int64(nc))
		if err != nil {
			return 0, 0, err
		}
		if scores, err = c.binary(n, OpAdd, scores, bid); err != nil {
			return 0, 0, err
		}
		for k := range te.base {
			h[k] = 1
		}
		if has >= 0 {
			m := make([]int64, nc)
			for k := range te.base {
				m[k] = 1
			}
			mv := c.add(Value{Int: true, DType: dtBool, Shape: []int64{int64(nc)}, Const: m})
			if has, err = c.emit(n, OpMax, []int32{has, mv}, c.like(has, c.v(has).Shape), nil); err != nil {
				return 0, 0, err
			}
		}
	}
	if !slices.Contains(h, 1) && !slices.Contains(h, -1) {
		return 0, 0, fmt.Errorf("no class is ever scored")
	}
	forArg, err := c.maskScores(n, scores, h, has, -InfQ)
	if err != nil {
		return 0, 0, err
	}
	label, err := c.argmaxLabel(n, forArg, labels)
	if err != nil {
		return 0, 0, err
	}
	written, err := c.maskScores(n, scores, h, has, 0)
	if err != nil {
		return 0, 0, err
	}
	probs, err := c.postTransform(n, written, te.post)
	return label, probs, err
}

// argmaxLabel is the label of the first highest score of each row of scores [N, C]. It is
// computed with reductions and selections rather than ArgMax and a Gather of the labels, which
// the circuits cannot prove: m = max, first = min of (k where s_k = m, else C), then the label
// selected by first = k and summed.
func (c *compiler) argmaxLabel(n *onnx.Node, scores int32, labels []int64) (int32, error) {
	sh := c.v(scores).Shape
	N, C := sh[0], sh[1]
	m, err := c.reduceKeep(n, scores, ReduceMax, []int64{0, 1})
	if err != nil {
		return 0, err
	}
	eq, err := c.emit(n, OpCompare, []int32{scores, m}, Value{Int: true, DType: dtBool, Shape: sh}, []int64{CmpEqual})
	if err != nil {
		return 0, err
	}
	ks := make([]int64, C)
	identity := int64(len(labels)) == C
	for k := range ks {
		ks[k] = int64(k)
		identity = identity && labels[k] == int64(k)
	}
	kv := c.add(Value{Int: true, DType: dtInt64, Shape: []int64{C}, Const: ks})
	cv := c.add(Value{Int: true, DType: dtInt64, Shape: []int64{}, Const: []int64{C}})
	w, err := c.emit(n, OpWhere, []int32{eq, kv, cv}, Value{Int: true, DType: dtInt64, Shape: sh}, nil)
	if err != nil {
		return 0, err
	}
	first, err := c.emit(n, OpReduce, []int32{w}, Value{Int: true, DType: dtInt64, Shape: []int64{N, 1}}, []int64{ReduceMin, 1, 0, 1})
	if err != nil {
		return 0, err
	}
	if identity {
		return c.reshapeTo(n, first, []int64{N})
	}
	oh, err := c.emit(n, OpCompare, []int32{first, kv}, Value{Int: true, DType: dtBool, Shape: sh}, []int64{CmpEqual})
	if err != nil {
		return 0, err
	}
	lv := c.add(Value{Int: true, DType: dtInt64, Shape: []int64{C}, Const: labels[:C]})
	zero := c.add(Value{Int: true, DType: dtInt64, Shape: []int64{}, Const: []int64{0}})
	sel, err := c.emit(n, OpWhere, []int32{oh, lv, zero}, Value{Int: true, DType: dtInt64, Shape: sh}, nil)
	if err != nil {
		return 0, err
	}
	return c.emit(n, OpReduce, []int32{sel}, Value{Int: true, DType: dtInt64, Shape: []int64{N}}, []int64{ReduceSum, 0, 0, 1})
}

// pickLabel is labels[1] where cond, else labels[0] (a Where of two constants: no data-dependent
// Gather, which the circuits cannot prove).
func (c *compiler) pickLabel(n *onnx.Node, cond int32, labels []int64) (int32, error) {
	l0 := c.add(Value{Int: true, DType: dtInt64, Shape: []int64{}, Const: []int64{labels[0]}})
	l1 := c.add(Value{Int: true, DType: dtInt64, Shape: []int64{}, Const: []int64{labels[1]}})
	return c.emit(n, OpWhere, []int32{cond, l1, l0}, Value{Int: true, DType: dtInt64, Shape: c.v(cond).Shape}, nil)
}

// column k of a [N, C] value, as [N, 1].
func (c *compiler) column(n *onnx.Node, x int32, k int64) (int32, error) {
	idx := c.add(Value{Int: true, DType: dtInt64, Shape: []int64{1}, Const: []int64{k}})
	return c.emit(n, OpGather, []int32{x, idx}, c.like(x, []int64{c.v(x).Shape[0], 1}), []int64{1})
}

// treeBinary follows onnxruntime's two-class case (TreeAggregatorClassifier::FinalizeScores):
//
//   - binary_case (one distinct class id): the label is labels[1] iff the positive score is
//     > 0.5 (all weights ≥ 0) or > 0 (some negative); otherwise it is 1 or 0 as an integer
//     (index 1 or 0 for string labels), by the positive score > 0.
//   - the positive score is class 1's if scored, else class 0's (0 if neither).
//   - with class 1 never scored the probabilities are [1 − v, v] (binary_case, weights ≥ 0),
//     [σ(−v), σ(v)] (LOGISTIC) or [−v, v] (otherwise), v the class-0 score.
//   - with class 1 scored they are both classes' scores, post_transform applied (with two
//     base_values, class 1's becomes base_values[1] + class 0's and class 0's its negation,
//     as onnxruntime does).
func (c *compiler) treeBinary(n *onnx.Node, te *treeEnsemble, scores int32, h []int, labels []int64) (int32, int32, error) {
	allPos := true
	var ids []int
	for _, nd := range te.nodes {
		for _, w := range nd.weights {
			if !slices.Contains(ids, w.target) {
				ids = append(ids, w.target)
			}
			allPos = allPos && w.w >= 0
		}
	}
	binaryCase := len(ids) == 1
	if h[0] == -1 || h[1] == -1 {
		return 0, 0, &UnsupportedError{Op: n.OpType, Detail: "two classes of which one is scored by some leaves only (onnxruntime's output layout then depends on the input)"}
	}
	if te.post == "PROBIT" {
		_, err := c.postTransform(n, scores, "PROBIT")
		return 0, 0, err
	}
	s0, err := c.column(n, scores, 0)
	if err != nil {
		return 0, 0, err
	}
	s1, err := c.column(n, scores, 1)
	if err != nil {
		return 0, 0, err
	}
	addConst := func(x int32, f float64) (int32, error) {
		if f == 0 {
			return x, nil
		}
		b, err := c.realVector([]float64{f})
		if err != nil {
			return 0, err
		}
		return c.binary(n, OpAdd, x, b)
	}
	h0, h1 := h[0] == 1, h[1] == 1
	p0, p1 := s0, s1
	pair := h1 // both scores are written, else one
	writeAdd := -1
	switch len(te.base) {
	case 2:
		if h1 {
			// onnxruntime: class 1 becomes base_values[1] + class 0's score, class 0 its negation.
			if p1, err = addConst(s0, te.base[1]); err != nil {
				return 0, 0, err
			}
			if p0, err = c.emit(n, OpNeg, []int32{p1}, c.like(p1, c.v(p1).Shape), nil); err != nil {
				return 0, 0, err
			}
		} else {
			if p0, err = addConst(s0, te.base[0]); err != nil {
				return 0, 0, err
			}
			pair = true // class 1 keeps no score: written as 0
		}
	case 1:
		if p0, err = addConst(s0, te.base[0]); err != nil {
			return 0, 0, err
		}
	case 0:
		writeAdd = 3
	default:
		return 0, 0, fmt.Errorf("%d base_values for 2 classes", len(te.base))
	}
	N := c.v(scores).Shape[0]
	zero := c.add(Value{Scale: c.v(scores).Scale, Shape: []int64{}, Const: []int64{0}})
	written := func(p int32, scored bool) (int32, error) {
		if scored {
			return p, nil
		}
		return c.emit(n, OpExpand, []int32{zero}, c.like(p, []int64{N, 1}), nil)
	}
	// The positive weight deciding the label.
	pos := p0
	if h1 {
		pos = p1
	} else if pos, err = written(p0, h0); err != nil {
		return 0, 0, err
	}
	thr := 0.0
	labelPair := []int64{0, 1}
	if binaryCase {
		labelPair = []int64{labels[0], labels[1]}
		if allPos {
			thr, writeAdd = 0.5, 0
		} else {
			writeAdd = 2
		}
	}
	tq, err := c.scalarConst(thr, c.v(pos).Scale)
	if err != nil {
		return 0, 0, err
	}
	gt, err := c.emit(n, OpCompare, []int32{pos, tq}, Value{Int: true, DType: dtBool, Shape: c.v(pos).Shape}, []int64{CmpGreater})
	if err != nil {
		return 0, 0, err
	}
	if gt, err = c.reshapeTo(n, gt, []int64{N}); err != nil {
		return 0, 0, err
	}
	label, err := c.pickLabel(n, gt, labelPair)
	if err != nil {
		return 0, 0, err
	}
	var cols []int32
	if pair {
		w0, err := written(p0, h0)
		if err != nil {
			return 0, 0, err
		}
		w1, err := written(p1, h1)
		if err != nil {
			return 0, 0, err
		}
		both, err := c.emit(n, OpConcat, []int32{w0, w1}, c.like(w0, []int64{N, 2}), []int64{1})
		if err != nil {
			return 0, 0, err
		}
		probs, err := c.postTransform(n, both, te.post)
		return label, probs, err
	}
	v, err := written(p0, h0)
	if err != nil {
		return 0, 0, err
	}
	switch {
	case writeAdd == 0 || writeAdd == 1:
		one, err := c.scalarConst(1, c.v(v).Scale)
		if err != nil {
			return 0, 0, err
		}
		neg, err := c.binary(n, OpSub, one, v)
		if err != nil {
			return 0, 0, err
		}
		cols = []int32{neg, v}
	case writeAdd >= 2 && te.post == "LOGISTIC":
		nv, err := c.emit(n, OpNeg, []int32{v}, c.like(v, c.v(v).Shape), nil)
		if err != nil {
			return 0, 0, err
		}
		a, err := c.applyTable(n, nv, "sigmoid")
		if err != nil {
			return 0, 0, err
		}
		b, err := c.applyTable(n, v, "sigmoid")
		if err != nil {
			return 0, 0, err
		}
		cols = []int32{a, b}
	case writeAdd >= 2:
		nv, err := c.emit(n, OpNeg, []int32{v}, c.like(v, c.v(v).Shape), nil)
		if err != nil {
			return 0, 0, err
		}
		cols = []int32{nv, v}
	default:
		return 0, 0, &UnsupportedError{Op: n.OpType, Detail: "two classes, one score and one base value: onnxruntime writes only the first probability column"}
	}
	probs, err := c.emit(n, OpConcat, cols, c.like(cols[0], []int64{N, 2}), []int64{1})
	return label, probs, err
}
