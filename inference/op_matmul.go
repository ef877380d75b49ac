package inference

import (
	"fmt"
	"math/bits"
	"slices"
	"strings"
	"unicode"

	"github.com/auspex-labs/auspex/inference/onnx"
)

// matmul emits a (batched) product at the program scale with an optional bias at scale sa+sb.
func (c *compiler) matmul(n *onnx.Node, a, b int32, bias int32) (int32, error) {
	if err := c.sameKind(a, b); err != nil {
		return 0, err
	}
	va, vb := c.v(a), c.v(b)
	if va.Int {
		return 0, &UnsupportedError{Op: "MatMul", Detail: "integer operands (use MatMulInteger)"}
	}
	as, bs := va.Shape, vb.Shape
	// 1-D operands are promoted and the added axis removed afterwards, as numpy does.
	if len(as) == 1 {
		as = []int64{1, as[0]}
	}
	if len(bs) == 1 {
		bs = []int64{bs[0], 1}
	}
	if as[len(as)-1] != bs[len(bs)-2] {
		return 0, fmt.Errorf("shapes %v and %v do not multiply", va.Shape, vb.Shape)
	}
	batch, err := broadcastShape(as[:len(as)-2], bs[:len(bs)-2])
	if err != nil {
		return 0, err
	}
	var err2 error
	if len(va.Shape) == 1 {
		a, err2 = c.reshapeTo(n, a, as)
	}
	if err2 == nil && len(vb.Shape) == 1 {
		b, err2 = c.reshapeTo(n, b, bs)
	}
	if err2 != nil {
		return 0, err2
	}
	shape := append(append([]int64{}, batch...), as[len(as)-2], bs[len(bs)-1])
	out := Value{Scale: c.productScale(OpMatMul, []int32{a, b}, nil), Shape: shape}
	ins := []int32{a, b}
	if bias >= 0 {
		if bs, err := broadcastShape(c.v(bias).Shape, shape); err != nil || !sameShape(bs, shape) {
			return 0, fmt.Errorf("bias of shape %v does not broadcast to %v", c.v(bias).Shape, shape)
		}
		ins = append(ins, bias)
	}
	var args []int64
	if vb := c.v(b); vb.Const != nil && !vb.Int {
		// A bound the kernel uses to skip overflow checks; the values it computes are the same.
		if m, ok := c.columnAbsSum(b); ok {
			args = []int64{int64(m)}
		}
	}
	id, err := c.emit(n, OpMatMul, ins, out, args)
	if err != nil {
		return 0, err
	}
	final := shape
	if len(c.v(ins[0]).Shape) != len(va.Shape) || len(c.v(ins[1]).Shape) != len(vb.Shape) {
		final = append([]int64{}, batch...)
		if len(va.Shape) > 1 {
			final = append(final, as[len(as)-2])
		}
		if len(vb.Shape) > 1 {
			final = append(final, bs[len(bs)-1])
		}
		return c.reshapeTo(n, id, final)
	}
	return id, nil
}

func lowerMatMul(c *compiler, n *onnx.Node) error {
	a, err := c.in(n, 0)
	if err != nil {
		return err
	}
	b, err := c.in(n, 1)
	if err != nil {
		return err
	}
	return c.bindTo(n)(c.matmul(n, a, b, -1))
}

// lowerGemm: Y = alpha·A'·B' + beta·C with the transposes folded; alpha and beta other than 1 are
// folded into constant operands when possible.
func lowerGemm(c *compiler, n *onnx.Node) error {
	a, err := c.in(n, 0)
	if err != nil {
		return err
	}
	b, err := c.in(n, 1)
	if err != nil {
		return err
	}
	if attrInt(n, "transA", 0) == 1 {
		if a, err = c.transpose(n, a, []int64{1, 0}); err != nil {
			return err
		}
	}
	if attrInt(n, "transB", 0) == 1 {
		if b, err = c.transpose(n, b, []int64{1, 0}); err != nil {
			return err
		}
	}
	alpha, beta := attrFloat(n, "alpha", 1), attrFloat(n, "beta", 1)
	if alpha != 1 {
		if b, err = c.scaleBy(n, b, alpha); err != nil {
			return err
		}
	}
	bias := int32(-1)
	if c.has(n, 2) && beta != 0 {
		cid, err := c.in(n, 2)
		if err != nil {
			return err
		}
		// The bias joins the accumulator at scale sa+sb: exact when it is a constant.
		if bias, err = c.rescaleConst(n, cid, c.v(a).Scale+c.v(b).Scale, beta); err != nil {
			return err
		}
	}
	return c.bindTo(n)(c.matmul(n, a, b, bias))
}

// scaleBy multiplies a real value by a real constant factor.
func (c *compiler) scaleBy(n *onnx.Node, x int32, f float64) (int32, error) {
	q, err := Quantize(f, c.opt.Scale)
	if err != nil {
		return 0, err
	}
	k := c.add(Value{Scale: c.opt.Scale, Shape: []int64{}, Const: []int64{q}})
	return c.binary(n, OpMul, x, k)
}

// rescaleConst brings a bias to scale s (times factor): re-quantized from the original float when
// it is a constant (no double rounding), otherwise by an exact shift of a computed value.
func (c *compiler) rescaleConst(n *onnx.Node, id int32, s uint8, factor float64) (int32, error) {
	v := c.v(id)
	if v.Int {
		return 0, fmt.Errorf("integer bias")
	}
	if t, ok := c.m.Initializer(v.Name); ok && v.Const != nil && t.DType.IsFloat() {
		out := Value{Name: v.Name, Scale: s, Shape: v.Shape, Const: make([]int64, len(t.Floats))}
		for i, f := range t.Floats {
			q, err := Quantize(f*factor, s)
			if err != nil {
				return 0, err
			}
			out.Const[i] = q
		}
		return c.add(out), nil
	}
	if factor != 1 {
		var err error
		if id, err = c.scaleBy(n, id, factor); err != nil {
			return 0, err
		}
	}
	return c.emit(n, OpCast, []int32{id}, Value{Scale: s, Shape: c.v(id).Shape}, nil)
}

// matmulSplit: out[b,i,j] = rshr(bias[b,i,j] + Σ_k A[b,i,k]·B[b,k,j], sa+sb−so), summed exactly
// (acc128) in k order, batch dims broadcast; the bias (optional third input) is at scale sa+sb.
// The parts are ranges of output rows (b, i).
func matmulSplit(p *Program, s *Step, in [][]int64, out []int64) (int, func(int, *arith) error) {
	va, vb, vo := &p.Values[s.In[0]], &p.Values[s.In[1]], &p.Values[s.Out]
	ra, rb, ro := len(va.Shape), len(vb.Shape), len(vo.Shape)
	M, K, N := va.Shape[ra-2], va.Shape[ra-1], vb.Shape[rb-1]
	shift := uint(int(va.Scale) + int(vb.Scale) - int(vo.Scale))
	batch := vo.Shape[:ro-2]
	aSt, bSt := broadcastStrides(va.Shape[:ra-2], batch), broadcastStrides(vb.Shape[:rb-2], batch)
	var bias []int64
	var cSt []int64
	if len(s.In) == 3 {
		bias = in[2]
		cSt = broadcastStrides(p.Values[s.In[2]].Shape, vo.Shape)
	}
	A, B := in[0], in[1]
	rows := numel(batch) * M
	// If max|A| · max_j Σ_k |B[k,j]| < 2^62 no partial sum can leave int64: the checks go. For a
	// constant B the compiler stores the column bound in Args[0].
	var safe bool
	if len(s.Args) == 1 && s.Args[0] >= 0 {
		hi, lo := bits.Mul64(maxAbs(A), uint64(s.Args[0]))
		safe = hi == 0 && lo < 1<<62
	} else {
		safe = noOverflowMatMul(maxAbs(A), B, K, N)
	}
	// Parts are ranges of rows; a matrix of few rows (a batch-1 Gemm) splits its columns too.
	rowParts, colParts := partsFor(rows), 1
	if rows < 8 && N >= 512 {
		colParts = int(min(N/256, 16))
	}
	parts := rowParts * colParts
	// A constant B whose column sums are below 2^31 has every entry below 2^31.
	bSmall := len(s.Args) == 1 && s.Args[0] >= 0 && s.Args[0] < 1<<31
	// Without a bias, safe sums tile on a vector path (the bias is a broadcast tensor).
	tiled := safe && bias == nil && hasGemmTile()
	return parts, func(part int, a *arith) error {
		lo, hi := span(part/colParts, rowParts, rows)
		c0, c1 := span(part%colParts, colParts, N)
		fast := make([]int64, c1-c0)
		big := make([]acc128, c1-c0)
		bidx := make([]int64, len(batch))
		oidx := make([]int64, ro)
		for r := lo; r < hi; r++ {
			bi, i := r/M, r%M
			if tiled && i+tileM <= M && r+tileM <= hi {
				// tileM rows of one matrix at once, the accumulators in registers (gemmTile).
				aoff, boff := matmulOffsets(bi, batch, bidx, aSt, bSt)
				matmulRows(out[r*N:(r+tileM)*N], A[aoff*M*K+i*K:], B[boff*K*N:], K, N, c0, c1, shift, a)
				r += tileM - 1
				continue
			}
			unflatten(bi, batch, bidx)
			var aoff, boff int64
			for d, x := range bidx {
				aoff += x * aSt[d]
				boff += x * bSt[d]
			}
			aoff, boff = aoff*M*K, boff*K*N
			var cBase, cStep int64
			if bias != nil {
				copy(oidx, bidx)
				oidx[ro-2], oidx[ro-1] = i, 0
				for d, x := range oidx {
					cBase += x * cSt[d]
				}
				cStep = cSt[ro-1]
			}
			for j := range fast {
				fast[j], big[j] = 0, acc128{}
				if bias != nil {
					big[j] = from64(bias[cBase+(c0+int64(j))*cStep])
				}
			}
			ar := A[aoff+i*K : aoff+i*K+K]
			o := out[r*N+c0 : r*N+c1]
			boff += c0 // column c0 of every row of B
			// k outer and j inner, so B is read contiguously: the sums are exact, so their order
			// does not change the result.
			if safe {
				for k, x := range ar {
					brow := B[boff+int64(k)*N : boff+int64(k)*N+int64(len(fast))]
					if bSmall && small(x) {
						axpySmall(fast, brow, x)
						continue
					}
					axpy(fast, brow, x)
				}
				if bias == nil {
					rescale(o, fast, 0, shift, a)
					continue
				}
				for j := range fast {
					o[j] = big[j].add64(fast[j]).rshr(shift).int64(a)
				}
				continue
			}
			for k, x := range ar {
				brow := B[boff+int64(k)*N : boff+int64(k)*N+int64(len(fast))]
				if !small(x) {
					for j, y := range brow {
						big[j] = big[j].addProd(x, y)
					}
					continue
				}
				// The exactSum fast lane, inlined: both operands below 2^31, the product is exact.
				for j, y := range brow {
					if !small(y) {
						big[j] = big[j].addProd(x, y)
						continue
					}
					p := x * y
					f := fast[j]
					s := f + p
					if (f >= 0) == (p >= 0) && (s >= 0) != (p >= 0) {
						big[j] = big[j].add64(f)
						s = p
					}
					fast[j] = s
				}
			}
			for j := range fast {
				o[j] = big[j].add64(fast[j]).rshr(shift).int64(a)
			}
		}
		return nil
	}
}

func matmulElem(p *Program, s *Step, j int64, idx []int64, get Getter, a *arith) (int64, error) {
	va, vb, vo := &p.Values[s.In[0]], &p.Values[s.In[1]], &p.Values[s.Out]
	ra, rb, ro := len(va.Shape), len(vb.Shape), len(vo.Shape)
	K, N := va.Shape[ra-1], vb.Shape[rb-1]
	M := va.Shape[ra-2]
	batch := idx[:ro-2]
	i, jj := idx[ro-2], idx[ro-1]
	aoff := bcastIndex(va.Shape[:ra-2], vo.Shape[:ro-2], batch) * M * K
	boff := bcastIndex(vb.Shape[:rb-2], vo.Shape[:ro-2], batch) * K * N
	var acc acc128
	if len(s.In) == 3 {
		v, err := get(s.In[2], bcastIndex(p.Values[s.In[2]].Shape, vo.Shape, idx))
		if err != nil {
			return 0, err
		}
		acc = from64(v)
	}
	for k := int64(0); k < K; k++ {
		x, err := get(s.In[0], aoff+i*K+k)
		if err != nil {
			return 0, err
		}
		y, err := get(s.In[1], boff+k*N+jj)
		if err != nil {
			return 0, err
		}
		acc = acc.addProd(x, y)
	}
	return acc.rshr(uint(int(va.Scale) + int(vb.Scale) - int(vo.Scale))).int64(a), nil
}

// matmulOffsets is the broadcast offsets (in matrices) of batch index bi into A and B.
func matmulOffsets(bi int64, batch, bidx, aSt, bSt []int64) (aoff, boff int64) {
	unflatten(bi, batch, bidx)
	for d, x := range bidx {
		aoff += x * aSt[d]
		boff += x * bSt[d]
	}
	return aoff, boff
}

// matmulRows computes columns [c0, c1) of tileM output rows o ([tileM][N]) from the rows of A
// starting at a ([tileM][K]) and B ([K][N]): the rows packed once as gemmTile's w, then 16-column
// strips of B by gemmTile, the rest by dot products. Only for safe sums: every partial sum is
// exact in int64, so the order gives the value.
func matmulRows(o, a, B []int64, K, N, c0, c1 int64, shift uint, ar *arith) {
	w := make([]int64, K*tileM)
	for j := int64(0); j < tileM; j++ {
		for k, x := range a[j*K : (j+1)*K] {
			w[int64(k)*tileM+j] = x
		}
	}
	var acc [tileM][tileP]int64
	j0 := c0
	for ; j0+tileP <= c1; j0 += tileP {
		gemmTile(&acc, B[j0:], N, w)
		for j := int64(0); j < tileM; j++ {
			rescale(o[j*N+j0:j*N+j0+tileP], acc[j][:], 0, shift, ar)
		}
	}
	for j := int64(0); j < tileM; j++ {
		for c := j0; c < c1; c++ {
			var sum int64
			for k, x := range a[j*K : (j+1)*K] {
				sum += x * B[int64(k)*N+c]
			}
			rescale(o[j*N+c:j*N+c+1], []int64{sum}, 0, shift, ar)
		}
	}
}

// noOverflowMatMul: max|a| · (the largest column sum of |B| over every K×N block) < 2^62.
func noOverflowMatMul(maxA uint64, B []int64, K, N int64) bool {
	worst, ok := maxColumnAbsSum(B, K, N)
	if !ok {
		return false
	}
	hi, lo := bits.Mul64(maxA, worst)
	return hi == 0 && lo < 1<<62
}

// columnAbsSum is maxColumnAbsSum of the constant matrix (or batch of matrices) id, computed once
// per compilation: a weight is read by every unrolled step of a loop or a generation.
func (c *compiler) columnAbsSum(id int32) (uint64, bool) {
	if r, ok := c.colSums[id]; ok {
		return r.max, r.ok
	}
	v := c.v(id)
	m, ok := maxColumnAbsSum(v.Const, v.Shape[len(v.Shape)-2], v.Shape[len(v.Shape)-1])
	c.colSums[id] = colSum{m, ok}
	return m, ok
}

type colSum struct {
	max uint64
	ok  bool
}

// maxColumnAbsSum is the largest Σ_k |B[k,j]| over the K×N blocks of B (false if it passes 2^63).
func maxColumnAbsSum(B []int64, K, N int64) (uint64, bool) {
	var worst uint64
	for base := int64(0); K*N > 0 && base+K*N <= int64(len(B)); base += K * N {
		for j := int64(0); j < N; j++ {
			var sum uint64
			for k := int64(0); k < K; k++ {
				sum += uabs(B[base+k*N+j])
				if sum >= 1<<63 {
					return 0, false
				}
			}
			worst = max(worst, sum)
		}
	}
	return worst, true
}

// einsumTerm is one operand of an Einsum: its value and one label per axis.
type einsumTerm struct {
	id     int32
	labels []rune
}

// parseEinsum splits the equation into input label lists and the output's, the ellipsis expanded
// into labels of its own (right-aligned across operands) and the implicit output (the ellipsis,
// then the labels used once, sorted) filled in.
func parseEinsum(eq string, ranks []int) ([][]rune, []rune, error) {
	eq = strings.ReplaceAll(eq, " ", "")
	lhs, rhs, explicit := strings.Cut(eq, "->")
	terms := strings.Split(lhs, ",")
	if len(terms) != len(ranks) {
		return nil, nil, fmt.Errorf("equation %q for %d inputs", eq, len(ranks))
	}
	ell := 0
	for i, t := range terms {
		if strings.Contains(t, "...") {
			ell = max(ell, ranks[i]-len([]rune(strings.Replace(t, "...", "", 1))))
		}
	}
	ellLabels := make([]rune, ell)
	for i := range ellLabels {
		ellLabels[i] = rune(0x100 + i) // outside the ASCII letters of the equation
	}
	expand := func(t string, rank int) ([]rune, error) {
		before, after, has := strings.Cut(t, "...")
		if !has {
			return []rune(t), nil
		}
		k := rank - len([]rune(before)) - len([]rune(after))
		if k < 0 || k > ell {
			return nil, fmt.Errorf("term %q for rank %d", t, rank)
		}
		return append(append(append([]rune{}, []rune(before)...), ellLabels[ell-k:]...), []rune(after)...), nil
	}
	ins := make([][]rune, len(terms))
	count := map[rune]int{}
	for i, t := range terms {
		l, err := expand(t, ranks[i])
		if err != nil {
			return nil, nil, err
		}
		if len(l) != ranks[i] {
			return nil, nil, fmt.Errorf("term %q for rank %d", t, ranks[i])
		}
		for _, r := range l {
			if r < 0x100 && !unicode.IsLetter(r) {
				return nil, nil, fmt.Errorf("label %q in %q", r, eq)
			}
			count[r]++
		}
		ins[i] = l
	}
	var out []rune
	if explicit {
		var err error
		if out, err = expand(rhs, ell+len([]rune(strings.Replace(rhs, "...", "", 1)))); err != nil {
			return nil, nil, err
		}
		for _, r := range out {
			if count[r] == 0 {
				return nil, nil, fmt.Errorf("output label %q not in any input", r)
			}
		}
	} else {
		out = append(out, ellLabels...)
		var once []rune
		for r, k := range count {
			if k == 1 && r < 0x100 {
				once = append(once, r)
			}
		}
		slices.Sort(once)
		out = append(out, once...)
	}
	return ins, out, nil
}

// lowerEinsum handles one or two real operands: repeated labels within an operand become a
// diagonal (a Gather on the flattened pair of axes), labels used nowhere else are summed
// (ReduceSum), and two operands are multiplied as one batched MatMul of [batch, kept-A,
// contracted] by [batch, contracted, kept-B], then transposed to the output's order.
func lowerEinsum(c *compiler, n *onnx.Node) error {
	if len(n.Inputs) < 1 || len(n.Inputs) > 2 {
		return &UnsupportedError{Op: "Einsum", Detail: fmt.Sprintf("%d operands", len(n.Inputs))}
	}
	var terms []einsumTerm
	var ranks []int
	for i := range n.Inputs {
		x, err := c.real(n, i)
		if err != nil {
			return err
		}
		terms = append(terms, einsumTerm{id: x})
		ranks = append(ranks, len(c.v(x).Shape))
	}
	ins, out, err := parseEinsum(attrString(n, "equation", ""), ranks)
	if err != nil {
		return err
	}
	size := map[rune]int64{}
	for i := range terms {
		terms[i].labels = ins[i]
		for d, r := range ins[i] {
			s := c.v(terms[i].id).Shape[d]
			if old, ok := size[r]; ok && old != s {
				return &UnsupportedError{Op: "Einsum", Detail: fmt.Sprintf("label %q of sizes %d and %d (broadcasting)", r, old, s)}
			}
			size[r] = s
		}
	}
	inOut := map[rune]bool{}
	for _, r := range out {
		inOut[r] = true
	}
	for i := range terms {
		if terms[i], err = c.einsumDiagonals(n, terms[i]); err != nil {
			return err
		}
		// Sum the labels no other operand and not the output use.
		var axes []int
		var kept []rune
		for d, r := range terms[i].labels {
			used := inOut[r]
			for j := range terms {
				if j != i && slices.Contains(ins[j], r) {
					used = true
				}
			}
			if used {
				kept = append(kept, r)
			} else {
				axes = append(axes, d)
			}
		}
		if len(axes) > 0 {
			if terms[i].id, err = c.reduceAxes(n, terms[i].id, ReduceSum, false, axes...); err != nil {
				return err
			}
			terms[i].labels = kept
		}
	}
	res := terms[0]
	if len(terms) == 2 {
		if res, err = c.einsumProduct(n, terms[0], terms[1], inOut, size); err != nil {
			return err
		}
	}
	return c.bindTo(n)(c.permuteTo(n, res, out))
}

// permuteTo transposes t so its labels are in the order of out (the same set).
func (c *compiler) permuteTo(n *onnx.Node, t einsumTerm, out []rune) (int32, error) {
	if len(t.labels) != len(out) {
		return 0, fmt.Errorf("labels %q for output %q", string(t.labels), string(out))
	}
	perm := make([]int64, len(out))
	identity := true
	for d, r := range out {
		k := slices.Index(t.labels, r)
		if k < 0 {
			return 0, fmt.Errorf("labels %q for output %q", string(t.labels), string(out))
		}
		perm[d] = int64(k)
		identity = identity && k == d
	}
	if identity {
		return t.id, nil
	}
	return c.transpose(n, t.id, perm)
}

// einsumDiagonals takes the diagonal of every label repeated within t.
func (c *compiler) einsumDiagonals(n *onnx.Node, t einsumTerm) (einsumTerm, error) {
	for {
		p1, p2 := -1, -1
		for d, r := range t.labels {
			if k := slices.Index(t.labels[d+1:], r); k >= 0 {
				p1, p2 = d, d+1+k
				break
			}
		}
		if p1 < 0 {
			return t, nil
		}
		r := t.labels[p1]
		var rest []rune
		var perm []int64
		for d, l := range t.labels {
			if d != p1 && d != p2 {
				rest = append(rest, l)
				perm = append(perm, int64(d))
			}
		}
		perm = append(perm, int64(p1), int64(p2))
		x, err := c.transpose(n, t.id, perm)
		if err != nil {
			return t, err
		}
		s := c.v(x).Shape
		m := s[len(s)-1]
		if x, err = c.reshapeTo(n, x, append(append([]int64{}, s[:len(s)-2]...), m*m)); err != nil {
			return t, err
		}
		diag := make([]int64, m)
		for i := range diag {
			diag[i] = int64(i) * (m + 1)
		}
		idx := c.constInt(dtInt64, []int64{m}, diag)
		shape := append(append([]int64{}, s[:len(s)-2]...), m)
		if x, err = c.emit(n, OpGather, []int32{x, idx}, c.like(x, shape), []int64{int64(len(s) - 2)}); err != nil {
			return t, err
		}
		t = einsumTerm{id: x, labels: append(rest, r)}
	}
}

// einsumProduct multiplies two operands (no label repeated within either, every label of each
// used by the other or the output) as a batched MatMul.
func (c *compiler) einsumProduct(n *onnx.Node, a, b einsumTerm, inOut map[rune]bool, size map[rune]int64) (einsumTerm, error) {
	var batch, contract, aOnly, bOnly []rune
	for _, r := range a.labels {
		switch {
		case slices.Contains(b.labels, r) && inOut[r]:
			batch = append(batch, r)
		case slices.Contains(b.labels, r):
			contract = append(contract, r)
		default:
			aOnly = append(aOnly, r)
		}
	}
	for _, r := range b.labels {
		if !slices.Contains(a.labels, r) {
			bOnly = append(bOnly, r)
		}
	}
	prod := func(ls []rune) int64 {
		p := int64(1)
		for _, r := range ls {
			p *= size[r]
		}
		return p
	}
	arrange := func(t einsumTerm, order []rune, shape []int64) (int32, error) {
		x, err := c.permuteTo(n, t, order)
		if err != nil {
			return 0, err
		}
		return c.reshapeTo(n, x, shape)
	}
	cat := func(parts ...[]rune) []rune {
		var r []rune
		for _, p := range parts {
			r = append(r, p...)
		}
		return r
	}
	nb, na, nc, nbo := prod(batch), prod(aOnly), prod(contract), prod(bOnly)
	x, err := arrange(a, cat(batch, aOnly, contract), []int64{nb, na, nc})
	if err != nil {
		return a, err
	}
	y, err := arrange(b, cat(batch, contract, bOnly), []int64{nb, nc, nbo})
	if err != nil {
		return a, err
	}
	p, err := c.matmul(n, x, y, -1)
	if err != nil {
		return a, err
	}
	labels := cat(batch, aOnly, bOnly)
	shape := make([]int64, len(labels))
	for d, r := range labels {
		shape[d] = size[r]
	}
	if p, err = c.reshapeTo(n, p, shape); err != nil {
		return a, err
	}
	return einsumTerm{id: p, labels: labels}, nil
}
