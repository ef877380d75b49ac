package inference

import (
	"fmt"
	"math"

	"github.com/auspex-labs/auspex/inference/onnx"
)

// The rest of the ai.onnx.ml ops scikit-learn, XGBoost and LightGBM pipelines export (the tree
// ensembles are in op_tree.go), lowered to existing program ops and following onnxruntime where
// the specification leaves a case open. Fixed point has no NaN, so nothing here ever sees one:
// an Imputer replacing NaN passes its input through, and a NaN input is refused when quantized.

// realInput returns input i as a real value, casting an integer tensor to the program scale
// (onnxruntime casts these ops' integer inputs to float).
func (c *compiler) realInput(n *onnx.Node, i int) (int32, error) {
	x, err := c.in(n, i)
	if err != nil {
		return 0, err
	}
	if c.v(x).Int {
		return c.emit(n, OpCast, []int32{x}, Value{Scale: c.opt.Scale, Shape: c.v(x).Shape}, nil)
	}
	return x, nil
}

// asRows returns x as [N, C]: a 1-D input is one row.
func (c *compiler) asRows(n *onnx.Node, x int32) (int32, error) {
	sh := c.v(x).Shape
	switch len(sh) {
	case 1:
		return c.reshapeTo(n, x, []int64{1, sh[0]})
	case 2:
		return x, nil
	}
	return 0, &UnsupportedError{Op: n.OpType, Detail: fmt.Sprintf("input of rank %d (the op takes [N, C])", len(sh))}
}

// linear is x·Wᵀ + b for W of shape [T, C] given row-major in coefs, at the program scale.
func (c *compiler) linear(n *onnx.Node, x int32, coefs, intercepts []float64, T int64) (int32, error) {
	C := c.v(x).Shape[1]
	if int64(len(coefs)) != T*C {
		return 0, fmt.Errorf("%d coefficients for %d targets of %d features", len(coefs), T, C)
	}
	wt := make([]float64, C*T)
	for t := int64(0); t < T; t++ {
		for k := int64(0); k < C; k++ {
			wt[k*T+t] = coefs[t*C+k]
		}
	}
	w, err := c.realVector(wt, C, T)
	if err != nil {
		return 0, err
	}
	bias := int32(-1)
	if len(intercepts) > 0 {
		if int64(len(intercepts)) != T {
			return 0, fmt.Errorf("%d intercepts for %d targets", len(intercepts), T)
		}
		s := c.v(x).Scale + c.v(w).Scale
		bv := Value{Scale: s, Shape: []int64{T}, Const: make([]int64, T)}
		for i, f := range intercepts {
			if bv.Const[i], err = Quantize(f, s); err != nil {
				return 0, err
			}
		}
		bias = c.add(bv)
	}
	return c.matmul(n, x, w, bias)
}

// lowerLinearRegressor: Y = X·coefficientsᵀ + intercepts, [N, targets]; post_transform as for
// tree regressors (one target: only PROBIT applies in onnxruntime, and it is refused).
func lowerLinearRegressor(c *compiler, n *onnx.Node) error {
	x, err := c.realInput(n, 0)
	if err != nil {
		return err
	}
	if x, err = c.asRows(n, x); err != nil {
		return err
	}
	T := attrInt(n, "targets", 1)
	y, err := c.linear(n, x, attrFloats(n, "coefficients"), attrFloats(n, "intercepts"), T)
	if err != nil {
		return err
	}
	post := attrString(n, "post_transform", "NONE")
	if T == 1 && post != "PROBIT" {
		post = "NONE"
	}
	return c.bindTo(n)(c.postTransform(n, y, post))
}

// lowerLinearClassifier follows onnxruntime (1.32): with one score column the label is the second
// label (or 1) iff the score s is > 0, and with two labels the scores become [1 − p, p] with
// p = σ(s) for LOGISTIC and p = s for every other post_transform; with several the label is that of the first highest score and
// post_transform applies. String labels: the label output is the index into
// classlabels_strings.
func lowerLinearClassifier(c *compiler, n *onnx.Node) error {
	x, err := c.realInput(n, 0)
	if err != nil {
		return err
	}
	if x, err = c.asRows(n, x); err != nil {
		return err
	}
	intercepts := attrFloats(n, "intercepts")
	E := int64(len(intercepts))
	if E == 0 {
		return fmt.Errorf("no intercepts")
	}
	labels := attrInts(n, "classlabels_ints", nil)
	strs := attrStrings(n, "classlabels_strings")
	nl := len(labels)
	if len(strs) > 0 {
		nl = len(strs)
		labels = make([]int64, nl)
		for i := range labels {
			labels[i] = int64(i)
		}
	}
	scores, err := c.linear(n, x, attrFloats(n, "coefficients"), intercepts, E)
	if err != nil {
		return err
	}
	post := attrString(n, "post_transform", "NONE")
	N := c.v(scores).Shape[0]
	var label, z int32
	if E == 1 {
		pair := []int64{0, 1}
		if nl == 2 {
			pair = labels
		}
		zero := c.add(Value{Scale: c.v(scores).Scale, Shape: []int64{}, Const: []int64{0}})
		gt, err := c.emit(n, OpCompare, []int32{scores, zero}, Value{Int: true, DType: dtBool, Shape: []int64{N, 1}}, []int64{CmpGreater})
		if err != nil {
			return err
		}
		if gt, err = c.reshapeTo(n, gt, []int64{N}); err != nil {
			return err
		}
		if label, err = c.pickLabel(n, gt, pair); err != nil {
			return err
		}
		if post == "PROBIT" {
			_, err := c.postTransform(n, scores, post)
			return err
		}
		z = scores
		if nl == 2 {
			p := scores
			if post == "LOGISTIC" {
				if p, err = c.applyTable(n, scores, "sigmoid"); err != nil {
					return err
				}
			}
			one, err := c.scalarConst(1, c.v(p).Scale)
			if err != nil {
				return err
			}
			neg, err := c.binary(n, OpSub, one, p)
			if err != nil {
				return err
			}
			if z, err = c.emit(n, OpConcat, []int32{neg, p}, c.like(p, []int64{N, 2}), []int64{1}); err != nil {
				return err
			}
		}
	} else {
		if int64(nl) < E {
			return fmt.Errorf("%d class labels for %d score columns", nl, E)
		}
		if label, err = c.argmaxLabel(n, scores, labels); err != nil {
			return err
		}
		if z, err = c.postTransform(n, scores, post); err != nil {
			return err
		}
	}
	if len(strs) > 0 {
		c.v(label).Name = n.Outputs[0] + " (index into classlabels_strings)"
	}
	c.bind(n, 0, label)
	c.bind(n, 1, z)
	return nil
}

// perFeature returns a constant of 1 or C values as a broadcastable real vector.
func (c *compiler) perFeature(n *onnx.Node, name string, vals []float64, C int64) (int32, error) {
	switch int64(len(vals)) {
	case 1:
		return c.realVector(vals)
	case C:
		return c.realVector(vals, C)
	}
	return 0, fmt.Errorf("%s has %d values for %d features", name, len(vals), C)
}

// lowerScaler: Y = (X − offset)·scale, each of one value or one per feature.
func lowerScaler(c *compiler, n *onnx.Node) error {
	x, err := c.realInput(n, 0)
	if err != nil {
		return err
	}
	sh := c.v(x).Shape
	C := int64(1)
	if len(sh) > 0 {
		C = sh[len(sh)-1]
	}
	if off := attrFloats(n, "offset"); len(off) > 0 {
		o, err := c.perFeature(n, "offset", off, C)
		if err != nil {
			return err
		}
		if x, err = c.binary(n, OpSub, x, o); err != nil {
			return err
		}
	}
	if sc := attrFloats(n, "scale"); len(sc) > 0 {
		s, err := c.perFeature(n, "scale", sc, C)
		if err != nil {
			return err
		}
		if x, err = c.binary(n, OpMul, x, s); err != nil {
			return err
		}
	}
	c.bind(n, 0, x)
	return nil
}

// lowerNormalizer divides each row by its maximum (MAX, signed), Σ|x| (L1) or sqrt(Σx²) (L2),
// leaving a row whose divisor is 0 as it is (as onnxruntime does).
func lowerNormalizer(c *compiler, n *onnx.Node) error {
	x, err := c.realInput(n, 0)
	if err != nil {
		return err
	}
	if x, err = c.asRows(n, x); err != nil {
		return err
	}
	sh := c.v(x).Shape
	mask := []int64{0, 1}
	var d int32
	switch norm := attrString(n, "norm", "MAX"); norm {
	case "MAX":
		d, err = c.reduceKeep(n, x, ReduceMax, mask)
	case "L1":
		ab, err2 := c.emit(n, OpAbs, []int32{x}, c.like(x, sh), nil)
		if err2 != nil {
			return err2
		}
		d, err = c.reduceKeep(n, ab, ReduceSum, mask)
	case "L2":
		// Σx² per row as one exact MatMul of the row with itself.
		row, err2 := c.reshapeTo(n, x, []int64{sh[0], 1, sh[1]})
		if err2 != nil {
			return err2
		}
		col, err2 := c.reshapeTo(n, x, []int64{sh[0], sh[1], 1})
		if err2 != nil {
			return err2
		}
		sq, err2 := c.matmul(n, row, col, -1)
		if err2 != nil {
			return err2
		}
		if sq, err2 = c.reshapeTo(n, sq, []int64{sh[0], 1}); err2 != nil {
			return err2
		}
		d, err = c.sqrt(n, sq)
	default:
		return &UnsupportedError{Op: n.OpType, Detail: "norm " + norm}
	}
	if err != nil {
		return err
	}
	zero, err := c.scalarConst(0, c.v(d).Scale)
	if err != nil {
		return err
	}
	one, err := c.scalarConst(1, c.v(d).Scale)
	if err != nil {
		return err
	}
	isZero, err := c.emit(n, OpCompare, []int32{d, zero}, Value{Int: true, DType: dtBool, Shape: c.v(d).Shape}, []int64{CmpEqual})
	if err != nil {
		return err
	}
	if d, err = c.emit(n, OpWhere, []int32{isZero, one, d}, c.like(d, c.v(d).Shape), nil); err != nil {
		return err
	}
	return c.bindTo(n)(c.binary(n, OpDiv, x, d))
}

// lowerBinarizer: 1 where x > threshold, else 0, in the input's type (the comparison is exact
// for every input representable at its scale, as the trees' are).
func lowerBinarizer(c *compiler, n *onnx.Node) error {
	x, err := c.in(n, 0)
	if err != nil {
		return err
	}
	v := c.v(x)
	s := v.Scale
	if v.Int {
		s = 0
	}
	k, _ := leThreshold("BRANCH_GT", attrFloat(n, "threshold", 0), s)
	kid := c.add(Value{Int: v.Int, DType: v.DType, Scale: v.Scale, Shape: []int64{}, Const: []int64{k}})
	gt, err := c.emit(n, OpCompare, []int32{x, kid}, Value{Int: true, DType: dtBool, Shape: v.Shape}, []int64{CmpGreater})
	if err != nil {
		return err
	}
	return c.bindTo(n)(c.emit(n, OpCast, []int32{gt}, c.like(x, v.Shape), nil))
}

// lowerArrayFeatureExtractor gathers the indices Y along the last axis of X; a 1-D X gives
// [1, len(Y)], as onnxruntime does.
func lowerArrayFeatureExtractor(c *compiler, n *onnx.Node) error {
	x, err := c.in(n, 0)
	if err != nil {
		return err
	}
	idx, err := c.in(n, 1)
	if err != nil {
		return err
	}
	if !c.v(idx).Int {
		return fmt.Errorf("indices must be integers")
	}
	k := c.v(idx).Len()
	if len(c.v(idx).Shape) != 1 {
		if idx, err = c.reshapeTo(n, idx, []int64{k}); err != nil {
			return err
		}
	}
	sh := c.v(x).Shape
	if len(sh) == 0 {
		return fmt.Errorf("scalar input")
	}
	if len(sh) == 1 {
		if x, err = c.reshapeTo(n, x, []int64{1, sh[0]}); err != nil {
			return err
		}
		sh = c.v(x).Shape
	}
	out := append(append([]int64{}, sh[:len(sh)-1]...), k)
	return c.bindTo(n)(c.emit(n, OpGather, []int32{x, idx}, c.like(x, out), []int64{int64(len(sh) - 1)}))
}

// lowerImputer replaces elements equal to replaced_value_float (replaced_value_int64) by the
// imputed value of their feature. Replacing NaN (scikit-learn's SimpleImputer) is the identity:
// fixed point has no NaN. A replaced value not representable at the input's scale never
// matches a representable input, so it is the identity too.
func lowerImputer(c *compiler, n *onnx.Node) error {
	x, err := c.in(n, 0)
	if err != nil {
		return err
	}
	v := c.v(x)
	sh := v.Shape
	C := int64(1)
	if len(sh) > 0 {
		C = sh[len(sh)-1]
	}
	var rq int64
	var imp int32
	if v.Int {
		rq = attrInt(n, "replaced_value_int64", 0)
		vals := attrInts(n, "imputed_value_int64s", nil)
		if int64(len(vals)) != 1 && int64(len(vals)) != C {
			return fmt.Errorf("%d imputed values for %d features", len(vals), C)
		}
		imp = c.add(Value{Int: true, DType: v.DType, Shape: []int64{int64(len(vals))}, Const: vals})
	} else {
		rv := attrFloat(n, "replaced_value_float", 0)
		q, ok := eqThreshold(rv, v.Scale)
		if math.IsNaN(rv) || !ok {
			c.bind(n, 0, x)
			return nil
		}
		rq = q
		vals := attrFloats(n, "imputed_value_floats")
		if imp, err = c.perFeature(n, "imputed_value_floats", vals, C); err != nil {
			return err
		}
		if c.v(imp).Scale != v.Scale {
			return fmt.Errorf("input at scale %d", v.Scale)
		}
	}
	rid := c.add(Value{Int: v.Int, DType: v.DType, Scale: v.Scale, Shape: []int64{}, Const: []int64{rq}})
	eq, err := c.emit(n, OpCompare, []int32{x, rid}, Value{Int: true, DType: dtBool, Shape: sh}, []int64{CmpEqual})
	if err != nil {
		return err
	}
	return c.bindTo(n)(c.emit(n, OpWhere, []int32{eq, imp, x}, c.like(x, sh), nil))
}

// lowerOneHotEncoder: out[…, j] = 1 where the input equals cats_int64s[j] (a real input is
// truncated toward zero first, as onnxruntime casts it to int64), shape input + [categories].
// With zeros = 0 onnxruntime rejects an input outside the categories; here its row is all 0.
func lowerOneHotEncoder(c *compiler, n *onnx.Node) error {
	x, err := c.in(n, 0)
	if err != nil {
		return err
	}
	cats := attrInts(n, "cats_int64s", nil)
	if len(cats) == 0 {
		if len(attrStrings(n, "cats_strings")) > 0 {
			return &UnsupportedError{Op: n.OpType, Detail: "string categories (the engine has no string tensors)"}
		}
		return fmt.Errorf("no categories")
	}
	sh := c.v(x).Shape
	if !c.v(x).Int {
		if x, err = c.emit(n, OpCast, []int32{x}, Value{Int: true, DType: dtInt64, Shape: sh}, nil); err != nil {
			return err
		}
	}
	x1, err := c.reshapeTo(n, x, append(append([]int64{}, sh...), 1))
	if err != nil {
		return err
	}
	K := int64(len(cats))
	cv := c.add(Value{Int: true, DType: c.v(x).DType, Shape: []int64{K}, Const: cats})
	out := append(append([]int64{}, sh...), K)
	eq, err := c.emit(n, OpCompare, []int32{x1, cv}, Value{Int: true, DType: dtBool, Shape: out}, []int64{CmpEqual})
	if err != nil {
		return err
	}
	return c.bindTo(n)(c.emit(n, OpCast, []int32{eq}, Value{Scale: c.opt.Scale, Shape: out}, nil))
}

// labelMap reads LabelEncoder's keys or values of one kind: int64s, floats (or a v4 tensor).
func labelMap(n *onnx.Node, kind string) (ints []int64, floats []float64, isFloat, ok bool, err error) {
	if a, has := n.Attr(kind + "_int64s"); has {
		return a.Ints, nil, false, true, nil
	}
	if a, has := n.Attr(kind + "_floats"); has {
		return nil, a.Floats, true, true, nil
	}
	if _, has := n.Attr(kind + "_strings"); has {
		return nil, nil, false, false, &UnsupportedError{Op: n.OpType, Detail: "string " + kind + " (the engine has no string tensors)"}
	}
	if t := attrTensor(n, kind+"_tensor"); t != nil {
		return t.Ints, t.Floats, t.DType.IsFloat(), true, nil
	}
	return nil, nil, false, false, nil
}

// lowerLabelEncoder maps integer or real keys to integer or real values (v2–v4 attributes):
// each element is compared with every key (Compare), the first match picked (ArgMax) and its
// value gathered, the default where none matches. Real keys match exactly, so a key not
// representable at the input's scale matches no representable input. String maps are refused.
func lowerLabelEncoder(c *compiler, n *onnx.Node) error {
	x, err := c.in(n, 0)
	if err != nil {
		return err
	}
	kInts, kFloats, kReal, okK, err := labelMap(n, "keys")
	if err != nil {
		return err
	}
	vInts, vFloats, vReal, okV, err := labelMap(n, "values")
	if err != nil {
		return err
	}
	if !okK || !okV {
		return &UnsupportedError{Op: n.OpType, Detail: "no integer or float keys and values (LabelEncoder 1 maps strings)"}
	}
	v := c.v(x)
	if kReal == v.Int {
		return fmt.Errorf("keys and input differ in kind")
	}
	K := len(kInts)
	if kReal {
		K = len(kFloats)
	}
	if nv := max(len(vInts), len(vFloats)); nv != K || K == 0 {
		return fmt.Errorf("%d keys for %d values", K, nv)
	}
	keys := Value{Int: v.Int, DType: v.DType, Scale: v.Scale, Shape: []int64{int64(K)}, Const: make([]int64, K)}
	never := make([]bool, K)
	for i := 0; i < K; i++ {
		if !kReal {
			keys.Const[i] = kInts[i]
			continue
		}
		q, ok := eqThreshold(kFloats[i], v.Scale)
		keys.Const[i], never[i] = q, !ok
	}
	sh := v.Shape
	x1, err := c.reshapeTo(n, x, append(append([]int64{}, sh...), 1))
	if err != nil {
		return err
	}
	full := append(append([]int64{}, sh...), int64(K))
	eq, err := c.emit(n, OpCompare, []int32{x1, c.add(keys)}, Value{Int: true, DType: dtBool, Shape: full}, []int64{CmpEqual})
	if err != nil {
		return err
	}
	for _, nv := range never {
		if nv {
			m := make([]int64, K)
			for i := range m {
				m[i] = boolToInt(!never[i])
			}
			mv := c.add(Value{Int: true, DType: dtBool, Shape: []int64{int64(K)}, Const: m})
			if eq, err = c.emit(n, OpMin, []int32{eq, mv}, c.like(eq, full), nil); err != nil {
				return err
			}
			break
		}
	}
	axis := int64(len(sh))
	idx, err := c.emit(n, OpArgMax, []int32{eq}, Value{Int: true, DType: dtInt64, Shape: sh}, []int64{axis, 0, 0})
	if err != nil {
		return err
	}
	mask := make([]int64, len(full))
	mask[axis] = 1
	hit, err := c.emit(n, OpReduce, []int32{eq}, c.like(eq, sh), append([]int64{ReduceMax, 0}, mask...))
	if err != nil {
		return err
	}
	var vals, def int32
	if vReal {
		if vals, err = c.realVector(vFloats, int64(K)); err != nil {
			return err
		}
		df := attrFloat(n, "default_float", 0)
		if t := attrTensor(n, "default_tensor"); t != nil && len(t.Floats) == 1 {
			df = t.Floats[0]
		}
		if def, err = c.scalarConst(df, c.opt.Scale); err != nil {
			return err
		}
	} else {
		vals = c.add(Value{Int: true, DType: dtInt64, Shape: []int64{int64(K)}, Const: vInts})
		di := attrInt(n, "default_int64", -1)
		if t := attrTensor(n, "default_tensor"); t != nil && len(t.Ints) == 1 {
			di = t.Ints[0]
		}
		def = c.add(Value{Int: true, DType: dtInt64, Shape: []int64{}, Const: []int64{di}})
	}
	got, err := c.emit(n, OpGather, []int32{vals, idx}, c.like(vals, sh), []int64{0})
	if err != nil {
		return err
	}
	return c.bindTo(n)(c.emit(n, OpWhere, []int32{hit, got, def}, c.like(vals, sh), nil))
}

// lowerFeatureVectorizer concatenates its inputs' columns (each [N, inputdimensions[i]], cast to
// real) into [N, Σ].
func lowerFeatureVectorizer(c *compiler, n *onnx.Node) error {
	dims := attrInts(n, "inputdimensions", nil)
	if len(dims) != len(n.Inputs) {
		return fmt.Errorf("%d inputdimensions for %d inputs", len(dims), len(n.Inputs))
	}
	var cols []int32
	var N, total int64 = -1, 0
	for i := range n.Inputs {
		x, err := c.realInput(n, i)
		if err != nil {
			return err
		}
		if x, err = c.asRows(n, x); err != nil {
			return err
		}
		sh := c.v(x).Shape
		if sh[1] != dims[i] || (N >= 0 && sh[0] != N) {
			return &UnsupportedError{Op: n.OpType, Detail: fmt.Sprintf("input %d of shape %v for inputdimensions %d", i, sh, dims[i])}
		}
		N, total = sh[0], total+sh[1]
		cols = append(cols, x)
	}
	if len(cols) == 1 {
		c.bind(n, 0, cols[0])
		return nil
	}
	return c.bindTo(n)(c.emit(n, OpConcat, cols, c.like(cols[0], []int64{N, total}), []int64{1}))
}

// zipMapAdvice is why ZipMap is refused and how to export a classifier without it.
const zipMapAdvice = "ZipMap turns probabilities into a sequence of maps, which the engine (tensors only) cannot represent; " +
	"export the classifier without it (skl2onnx: options={id(model): {'zipmap': False}}; onnxmltools: zipmap=False) " +
	"and read the probabilities tensor"

func lowerZipMap(c *compiler, n *onnx.Node) error {
	return &UnsupportedError{Op: n.OpType, Detail: zipMapAdvice}
}
