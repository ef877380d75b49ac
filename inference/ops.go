package inference

import (
	"fmt"
	"math/bits"
)

// OpCode names a program op. Each op's integer semantics is defined per output element (so the
// on-chain one-step verifier can recompute one element); the comment on each kernel states it.
type OpCode uint16

// The program's ops. Composite ONNX ops (Gemm, Softmax, BatchNormalization, …) are lowered to
// these at compile time.
const (
	OpCopy           OpCode = iota + 1 // out[i] = in[i] (Identity, Reshape, Flatten, Squeeze, Unsqueeze)
	OpAdd                              // broadcast a + b
	OpSub                              // broadcast a - b
	OpMul                              // broadcast a · b, rescaled
	OpDiv                              // broadcast a / b, rounded
	OpMax                              // broadcast max(a, b)
	OpMin                              // broadcast min(a, b)
	OpRelu                             // max(x, 0)
	OpLeakyRelu                        // x < 0 ? x·alpha : x; Args [alphaQ]
	OpClip                             // min(max(x, lo), hi); Args [lo, hi]
	OpNeg                              // -x
	OpAbs                              // |x|
	OpTable                            // interpolated table lookup; Args [table]
	OpSqrt                             // rounded sqrt
	OpMatMul                           // batched a @ b (+ bias), rescaled
	OpConv                             // N-d convolution (+ bias), rescaled; Args [group, (stride, dilation, padBegin) per axis]
	OpMaxPool                          // Args [(kernel, stride, dilation, padBegin) per axis]
	OpAvgPool                          // Args [countIncludePad, (kernel, stride, dilation, padBegin, padEnd) per axis]
	OpReduce                           // Args [kind, axis mask bits per axis]
	OpTranspose                        // Args perm
	OpConcat                           // Args [axis]
	OpSlice                            // Args [(start, step) per axis]
	OpPad                              // constant pad; Args [valueQ, (padBegin) per axis]
	OpGather                           // Args [axis]; In [data, indices(Int)]
	OpCast                             // scale/int conversions, see castKernel
	OpLog                              // natural log; Args [table, ln2Q]
	OpCompare                          // broadcast a ? b → bool; Args [kind]
	OpWhere                            // broadcast cond ? a : b
	OpRequant                          // per-channel integer rescale; Args [axis, K, C, inZp×C, M×C, outZp×C, lo, hi]
	OpExpand                           // broadcast copy to the output shape
	OpArgMax                           // index of the max along an axis; Args [axis, selectLast, min?]
	OpRound                            // to an integer value, kept at the input's scale; Args [mode]
	OpTile                             // out[i] = in[i mod shape], per axis
	OpConvTranspose                    // N-d transposed convolution (+ bias), rescaled; Args like OpConv
	OpWeightedGather                   // out[i] = rshr(Σ_k x[idx[i·K+k]]·w[i·K+k], sx+sw−so); Args [K]; In [x, idx, w]
	OpGatherElements                   // out[i…] = data[i… with axis replaced by idx[i…]]; Args [axis]
	OpMod                              // integer remainder: sign of the divisor (fmod = 0) or of the dividend (1); Args [fmod]
)

var opNames = map[OpCode]string{
	OpCopy: "Copy", OpAdd: "Add", OpSub: "Sub", OpMul: "Mul", OpDiv: "Div", OpMax: "Max", OpMin: "Min",
	OpRelu: "Relu", OpLeakyRelu: "LeakyRelu", OpClip: "Clip", OpNeg: "Neg", OpAbs: "Abs", OpTable: "Table",
	OpSqrt: "Sqrt", OpMatMul: "MatMul", OpConv: "Conv", OpMaxPool: "MaxPool", OpAvgPool: "AvgPool",
	OpReduce: "Reduce", OpTranspose: "Transpose", OpConcat: "Concat", OpSlice: "Slice", OpPad: "Pad",
	OpGather: "Gather", OpCast: "Cast", OpLog: "Log", OpCompare: "Compare", OpWhere: "Where",
	OpRequant: "Requant", OpExpand: "Expand", OpArgMax: "ArgMax",
	OpRound: "Round", OpTile: "Tile", OpConvTranspose: "ConvTranspose",
	OpWeightedGather: "WeightedGather", OpGatherElements: "GatherElements", OpMod: "Mod",
}

func (o OpCode) String() string {
	if n, ok := opNames[o]; ok {
		return n
	}
	return fmt.Sprintf("Op(%d)", uint16(o))
}

// Reduce kinds (Args[0] of OpReduce).
const (
	ReduceSum  = 0
	ReduceMax  = 1
	ReduceMin  = 2
	ReduceMean = 3
)

// kernel computes out from in for one step. p gives shapes and scales; a records overflow.
type kernel func(p *Program, s *Step, in [][]int64, out []int64, a *arith) error

var kernels map[OpCode]kernel

func init() {
	kernels = map[OpCode]kernel{
		OpCopy: copyKernel, OpAdd: binaryKernel, OpSub: binaryKernel, OpMul: binaryKernel, OpDiv: binaryKernel,
		OpMax: binaryKernel, OpMin: binaryKernel, OpRelu: unaryKernel, OpLeakyRelu: unaryKernel, OpClip: unaryKernel,
		OpNeg: unaryKernel, OpAbs: unaryKernel, OpTable: tableKernel, OpSqrt: sqrtKernel, OpMatMul: matmulKernel,
		OpConv: convKernel, OpMaxPool: poolKernel, OpAvgPool: poolKernel, OpReduce: reduceKernel,
		OpTranspose: transposeKernel, OpConcat: concatKernel, OpSlice: sliceKernel, OpPad: padKernel,
		OpGather: gatherKernel, OpCast: castKernel, OpLog: logKernel, OpCompare: compareKernel,
		OpWhere: whereKernel, OpRequant: requantKernel, OpExpand: expandKernel,
		OpArgMax: elementwiseKernel, OpRound: roundKernel, OpTile: elementwiseKernel,
		OpConvTranspose: elementwiseKernel, OpWeightedGather: elementwiseKernel,
		OpGatherElements: elementwiseKernel, OpMod: elementwiseKernel,
	}
}

// Round modes (Args[0] of OpRound).
const (
	RoundFloor = iota
	RoundCeil
	RoundHalfEven
)

// roundKernel: the nearest integer value below (floor), above (ceil) or nearest with ties to even,
// as a real at the input's scale.
func roundKernel(p *Program, s *Step, in [][]int64, out []int64, a *arith) error {
	sc := uint(p.Values[s.In[0]].Scale)
	for i, x := range in[0] {
		out[i] = roundElem(s.Args[0], x, sc, a)
	}
	return nil
}

func roundElem(mode, x int64, sc uint, a *arith) int64 {
	if sc == 0 {
		return x
	}
	one := int64(1) << sc
	fl := x >> sc // floor
	frac := x - fl<<sc
	switch mode {
	case RoundCeil:
		if frac != 0 {
			fl++
		}
	case RoundHalfEven:
		half := one >> 1
		if frac > half || (frac == half && fl&1 == 1) {
			fl++
		}
	}
	return a.shl(fl, sc)
}

func tileElem(p *Program, s *Step, j int64, get Getter) (int64, error) {
	vx, vo := &p.Values[s.In[0]], &p.Values[s.Out]
	idx := make([]int64, len(vo.Shape))
	unflatten(j, vo.Shape, idx)
	st := strides(vx.Shape)
	var off int64
	for d := range idx {
		off += (idx[d] % vx.Shape[d]) * st[d]
	}
	return get(s.In[0], off)
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

// elementwiseKernel computes each output element with its per-element semantics: the kernel of
// the ops without a faster whole-tensor path (ArgMax, Tile, ConvTranspose, WeightedGather,
// GatherElements, Mod).
func elementwiseKernel(p *Program, s *Step, in [][]int64, out []int64, a *arith) error {
	get := func(slot int32, i int64) (int64, error) {
		for k, id := range s.In {
			if id == slot {
				if i < 0 || i >= int64(len(in[k])) {
					return 0, fmt.Errorf("index %d out of range", i)
				}
				return in[k][i], nil
			}
		}
		return 0, fmt.Errorf("slot %d is not an input", slot)
	}
	for j := range out {
		v, err := elementValue(p, s, int64(j), get, a)
		if err != nil {
			return err
		}
		out[j] = v
	}
	return nil
}

// weightedGatherElem: out[i] = rshr(Σ_k x[idx[i·K+k]]·w[i·K+k], sx+sw−so), summed exactly. Resize
// (nearest, linear, cubic) compiles to it with constant indices and weights.
func weightedGatherElem(p *Program, s *Step, j int64, get Getter, a *arith) (int64, error) {
	K := s.Args[0]
	vx, vw, vo := &p.Values[s.In[0]], &p.Values[s.In[2]], &p.Values[s.Out]
	var acc acc128
	for k := int64(0); k < K; k++ {
		ix, err := get(s.In[1], j*K+k)
		if err != nil {
			return 0, err
		}
		w, err := get(s.In[2], j*K+k)
		if err != nil {
			return 0, err
		}
		x, err := get(s.In[0], ix)
		if err != nil {
			return 0, err
		}
		acc = acc.addProd(x, w)
	}
	return acc.rshr(uint(int(vx.Scale) + int(vw.Scale) - int(vo.Scale))).int64(a), nil
}

// expandKernel: out[i] = in[broadcast(i)].
func expandKernel(p *Program, s *Step, in [][]int64, out []int64, _ *arith) error {
	vo := &p.Values[s.Out]
	it := newIndexer(vo.Shape, broadcastStrides(p.Values[s.In[0]].Shape, vo.Shape))
	for i := range out {
		out[i] = in[0][it.off]
		it.next()
	}
	return nil
}

func copyKernel(_ *Program, _ *Step, in [][]int64, out []int64, _ *arith) error {
	copy(out, in[0])
	return nil
}

// binaryKernel: numpy broadcasting. Real operands: Add/Sub/Max/Min need equal scales (the compiler
// aligns them); Mul gives rshr(a·b, sa+sb−so); Div gives div(a·2^(so+sb−sa), b). Int operands:
// exact, Div truncates toward zero as integer ONNX Div does.
func binaryKernel(p *Program, s *Step, in [][]int64, out []int64, a *arith) error {
	va, vb, vo := &p.Values[s.In[0]], &p.Values[s.In[1]], &p.Values[s.Out]
	ia := newIndexer(vo.Shape, broadcastStrides(va.Shape, vo.Shape))
	ib := newIndexer(vo.Shape, broadcastStrides(vb.Shape, vo.Shape))
	x, y := in[0], in[1]
	for i := range out {
		r, err := binaryElem(s.Op, x[ia.off], y[ib.off], va, vb, vo, a)
		if err != nil {
			return err
		}
		out[i] = r
		ia.next()
		ib.next()
	}
	return nil
}

// unaryKernel: Relu max(x,0); LeakyRelu x<0 ? rshr(x·alphaQ, scale) : x; Clip clamp(x, lo, hi);
// Neg −x; Abs |x|.
func unaryKernel(p *Program, s *Step, in [][]int64, out []int64, a *arith) error {
	sc := uint(p.Values[s.Out].Scale)
	for i, u := range in[0] {
		out[i] = unaryElem(s, u, sc, a)
	}
	return nil
}

// tableKernel: out = evalTable(table, x).
func tableKernel(p *Program, s *Step, in [][]int64, out []int64, a *arith) error {
	t := &p.Tables[s.Args[0]]
	top := (t.Lo + int64(len(t.Values)) - 1) << t.Shift
	for i, u := range in[0] {
		if t.OverflowAbove && u > top {
			return fmt.Errorf("%w: %s of a value above its table", ErrOverflow, t.Func)
		}
		out[i] = t.eval(u, a)
	}
	return nil
}

// eval interpolates: i = (x >> Shift) − Lo, f = x mod 2^Shift;
// below the table Values[0], above it the last value, else v_i + rshr((v_{i+1} − v_i)·f, Shift).
func (t *Table) eval(x int64, a *arith) int64 {
	i := (x >> t.Shift) - t.Lo
	if i < 0 {
		return t.Values[0]
	}
	if i >= int64(len(t.Values))-1 {
		return t.Values[len(t.Values)-1]
	}
	f := x - (x>>t.Shift)<<t.Shift
	v0, v1 := t.Values[i], t.Values[i+1]
	return a.add(v0, a.rshr(a.mul(a.sub(v1, v0), f), uint(t.Shift)))
}

// sqrtKernel: out = round(sqrt(x · 2^(2·so − sx))), x ≥ 0.
func sqrtKernel(p *Program, s *Step, in [][]int64, out []int64, a *arith) error {
	sx, so := int(p.Values[s.In[0]].Scale), int(p.Values[s.Out].Scale)
	for i, u := range in[0] {
		if u < 0 {
			return fmt.Errorf("sqrt of a negative value")
		}
		n := a.shl(u, uint(2*so-sx))
		out[i] = isqrtRound(n)
	}
	return nil
}

// isqrtRound is the integer nearest to sqrt(n) (n ≥ 0): r = floor(sqrt(n)), +1 if n − r² > r.
func isqrtRound(n int64) int64 {
	if n < 2 {
		return n
	}
	// Newton from above on uint64; converges to floor(sqrt(n)).
	x := uint64(n)
	r := x
	y := (r + 1) / 2
	for y < r {
		r = y
		y = (r + x/r) / 2
	}
	if x-r*r > r {
		r++
	}
	return int64(r)
}

// matmulKernel: out[b,i,j] = rshr(bias[b,i,j] + Σ_k A[b,i,k]·B[b,k,j], sa+sb−so), summed exactly
// (acc128) in k order, batch dims broadcast; the bias (optional third input) is at scale sa+sb.
func matmulKernel(p *Program, s *Step, in [][]int64, out []int64, a *arith) error {
	va, vb, vo := &p.Values[s.In[0]], &p.Values[s.In[1]], &p.Values[s.Out]
	ra, rb, ro := len(va.Shape), len(vb.Shape), len(vo.Shape)
	M, K, N := va.Shape[ra-2], va.Shape[ra-1], vb.Shape[rb-1]
	shift := uint(int(va.Scale) + int(vb.Scale) - int(vo.Scale))
	batch := vo.Shape[:ro-2]
	ia := newIndexer(batch, broadcastStrides(va.Shape[:ra-2], batch))
	ib := newIndexer(batch, broadcastStrides(vb.Shape[:rb-2], batch))
	var bias []int64
	var ic *indexer
	if len(s.In) == 3 {
		bias = in[2]
		ic = newIndexer(vo.Shape, broadcastStrides(p.Values[s.In[2]].Shape, vo.Shape))
	}
	A, B := in[0], in[1]
	nb := numel(batch)
	// Row by row, k outer and j inner, so B is read contiguously: the sums are exact, so their
	// order does not change the result.
	fast := make([]int64, N)
	big := make([]acc128, N)
	// If max|A| · max_j Σ_k |B[k,j]| < 2^62 no partial sum can leave int64: the checks go. For a
	// constant B the compiler stores the column bound in Args[0].
	var safe bool
	if len(s.Args) == 1 && s.Args[0] >= 0 {
		hi, lo := bits.Mul64(maxAbs(A), uint64(s.Args[0]))
		safe = hi == 0 && lo < 1<<62
	} else {
		safe = noOverflowMatMul(maxAbs(A), B, K, N)
	}
	o := 0
	for bi := int64(0); bi < nb; bi++ {
		aoff, boff := ia.off*M*K, ib.off*K*N
		for i := int64(0); i < M; i++ {
			for j := range fast {
				fast[j], big[j] = 0, acc128{}
				if bias != nil {
					big[j] = from64(bias[ic.off])
					ic.next()
				}
			}
			ar := A[aoff+i*K : aoff+i*K+K]
			if safe {
				for k, x := range ar {
					brow := B[boff+int64(k)*N : boff+int64(k)*N+N]
					brow = brow[:len(fast)]
					for j, y := range brow {
						fast[j] += x * y
					}
				}
				for j := range fast {
					out[o] = big[j].add64(fast[j]).rshr(shift).int64(a)
					o++
				}
				continue
			}
			for k, x := range ar {
				brow := B[boff+int64(k)*N : boff+int64(k)*N+N]
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
				out[o] = big[j].add64(fast[j]).rshr(shift).int64(a)
				o++
			}
		}
		ia.next()
		ib.next()
	}
	return nil
}

// Reads lists the indices of Values that eval(x) reads (the entries a one-step proof opens).
func (t *Table) Reads(x int64) []int64 {
	i := (x >> t.Shift) - t.Lo
	switch {
	case i < 0:
		return []int64{0}
	case i >= int64(len(t.Values))-1:
		return []int64{int64(len(t.Values)) - 1}
	}
	return []int64{i, i + 1}
}

// LogMantissa is the table input logElem looks up for x > 0 (the 17-bit mantissa of x).
func LogMantissa(x int64) int64 {
	k := int64(63 - leadingZeros(uint64(x)))
	if k >= 16 {
		var a arith
		return a.rshr(x, uint(k-16))
	}
	return x << uint(16-k)
}
