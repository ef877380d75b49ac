package inference

import (
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"testing"
)

// oneStep is a program of one step over fresh input slots.
func oneStep(op OpCode, ins []Value, out Value, args []int64) *Program {
	p := &Program{Values: slices.Clone(ins)}
	s := Step{Op: op, Out: int32(len(ins)), Args: args, Node: "under-test"}
	for i := range ins {
		p.Inputs = append(p.Inputs, int32(i))
		s.In = append(s.In, int32(i))
	}
	p.Values = append(p.Values, out)
	p.Outputs = []int32{s.Out}
	p.Steps = []Step{s}
	return p
}

// kernelMatchesRule runs the step's whole-tensor kernel and, independently, its per-element rule
// over every output element: the values and whether it overflows must agree.
func kernelMatchesRule(t *testing.T, p *Program, inputs [][]int64) (overflowed bool) {
	t.Helper()
	s := &p.Steps[0]
	vals := make([][]int64, len(p.Values))
	copy(vals, inputs)
	got, kerr := runStep(p, s, vals)
	// Parts run in reverse order (as a Fork's goroutines may) give the same integers and outcome.
	rev, rerrFork := Runner{Fork: reverseFork}.runStep(p, s, vals)
	if (kerr == nil) != (rerrFork == nil) || kerr == nil && !slices.Equal(got, rev) ||
		kerr != nil && kerr.Error() != rerrFork.Error() {
		t.Fatalf("%s %v: parts in reverse order give %v (%v), in order %v (%v)", s.Op, s.Args, rerrFork, len(rev), kerr, len(got))
	}
	want := make([]int64, p.Values[s.Out].Len())
	var a arith
	rerr := elementwiseKernel(p, s, inputs, want, &a)
	if rerr == nil && a.overflow {
		rerr = ErrOverflow
	}
	if (kerr != nil) != (rerr != nil) {
		t.Fatalf("%s %v: kernel error %v, per-element rule %v", s.Op, s.Args, kerr, rerr)
	}
	if kerr != nil {
		return true
	}
	for j := range want {
		if got[j] != want[j] {
			t.Fatalf("%s %v: element %d is %d by the kernel, %d by the rule", s.Op, s.Args, j, got[j], want[j])
		}
	}
	return false
}

// reverseFork runs the parts last to first.
func reverseFork(n int, body func(int)) {
	for i := n - 1; i >= 0; i-- {
		body(i)
	}
}

// randValues draws n values of one magnitude class: small (the fast lanes), large (products past
// 2^63, summed in 128 bits), extreme (results that overflow int64), or (3, 4) activations and
// weights near the int64 lanes' bound: a few channels fit, more must be flushed into 128 bits.
func randValues(rng *rand.Rand, n int64, class int) []int64 {
	bits := []int{20, 36, 61, 32, 27}[class]
	vs := make([]int64, n)
	for i := range vs {
		switch rng.IntN(8) {
		case 0:
			vs[i] = 0
		default:
			vs[i] = rng.Int64N(int64(1)<<bits) - int64(1)<<(bits-1)
		}
	}
	return vs
}

// The fast kernels (MatMul, Conv, ConvTranspose, the broadcast binary ops, Cast) give exactly what their
// per-element rules (the semantics the one-step verifier proves) give, on random shapes, strides,
// dilations, pads, groups, biases and magnitudes, overflow included.
func TestFastKernelsMatchTheirRules(t *testing.T) {
	rng := rand.New(rand.NewPCG(18, 1))
	cases := 300
	if testing.Short() {
		cases = 60
	}
	overflowed := map[string]int{}
	for i := 0; i < cases; i++ {
		class := []int{0, 0, 1, 2, 3, 3}[rng.IntN(6)]
		for _, mk := range []func(*rand.Rand, int) (*Program, [][]int64){randMatMul, randConv, randConvTranspose, randBinary, randCast} {
			p, in := mk(rng, class)
			t.Run(fmt.Sprintf("%d/%s", i, p.Steps[0].Op), func(t *testing.T) {
				if kernelMatchesRule(t, p, in) {
					overflowed[p.Steps[0].Op.String()]++
				}
			})
		}
	}
	t.Logf("cases that overflowed in both: %v", overflowed)
}

func randMatMul(rng *rand.Rand, class int) (*Program, [][]int64) {
	M, K, N := 1+rng.Int64N(5), 1+rng.Int64N(9), 1+rng.Int64N(7)
	if rng.IntN(3) == 0 {
		N = 16 + rng.Int64N(200) // rows long enough for the vector path and column parts
	}
	batch := [][]int64{{}, {2}, {3, 2}}[rng.IntN(3)]
	aSh := append(slices.Clone(batch), M, K)
	bSh := append(slices.Clone(batch), K, N)
	if len(batch) > 0 && rng.IntN(2) == 0 {
		bSh = []int64{K, N} // broadcast over the batch
	}
	oSh := append(slices.Clone(batch), M, N)
	sa, sb := uint8(rng.IntN(13)), uint8(rng.IntN(13))
	so := uint8(rng.IntN(int(sa+sb) + 1))
	ins := []Value{{Shape: aSh, Scale: sa}, {Shape: bSh, Scale: sb}}
	vals := [][]int64{randValues(rng, numel(aSh), class), randValues(rng, numel(bSh), class)}
	if rng.IntN(2) == 0 {
		ins = append(ins, Value{Shape: []int64{N}, Scale: sa + sb})
		vals = append(vals, randValues(rng, N, class))
	}
	var args []int64
	if w, ok := maxColumnAbsSum(vals[1], K, N); ok && rng.IntN(2) == 0 && len(bSh) == 2 {
		args = []int64{int64(w)} // the bound the compiler records for a constant B
	}
	return oneStep(OpMatMul, ins, Value{Shape: oSh, Scale: so}, args), vals
}

// randWindow draws a 1-, 2- or 3-D window: input size, kernel, stride, dilation and pads per axis.
func randWindow(rng *rand.Rand) (in, k, st, dil, pb, pe []int64) {
	nsp := 1 + rng.IntN(3)
	for d := 0; d < nsp; d++ {
		kd := 1 + rng.Int64N(3)
		dd := 1 + rng.Int64N(2)
		ext := dd*(kd-1) + 1
		in = append(in, max(1, ext-2)+rng.Int64N(5))
		if d == nsp-1 && rng.IntN(3) == 0 {
			in[d] += 16 + rng.Int64N(24) // rows long enough for the vector path
		}
		k, dil = append(k, kd), append(dil, dd)
		st = append(st, 1+rng.Int64N(3))
		pb, pe = append(pb, rng.Int64N(kd)), append(pe, rng.Int64N(kd))
	}
	return
}

func randConv(rng *rand.Rand, class int) (*Program, [][]int64) {
	for {
		in, k, st, dil, pb, pe := randWindow(rng)
		group := []int64{1, 1, 2}[rng.IntN(3)]
		N, cg, mg := 1+rng.Int64N(2), 1+rng.Int64N(3), 1+rng.Int64N(3)
		if class == 3 {
			cg = 4 + rng.Int64N(12) // enough channels to pass the lanes' bound between flushes
		}
		C, M := cg*group, mg*group
		var out []int64
		ok := true
		args := []int64{group, int64(len(in))}
		for d := range in {
			o := (in[d]+pb[d]+pe[d]-dil[d]*(k[d]-1)-1)/st[d] + 1
			if in[d]+pb[d]+pe[d] < dil[d]*(k[d]-1)+1 {
				ok = false
			}
			out = append(out, o)
			args = append(args, st[d], dil[d], pb[d])
		}
		if !ok {
			continue
		}
		return convStep(rng, class, OpConv, append([]int64{N, C}, in...), append([]int64{M, cg}, k...), append([]int64{N, M}, out...), args)
	}
}

func randConvTranspose(rng *rand.Rand, class int) (*Program, [][]int64) {
	for {
		in, k, st, dil, pb, pe := randWindow(rng)
		group := []int64{1, 1, 2}[rng.IntN(3)]
		N, cg, mg := 1+rng.Int64N(2), 1+rng.Int64N(3), 1+rng.Int64N(3)
		C, M := cg*group, mg*group
		var out []int64
		ok := true
		args := []int64{group, int64(len(in))}
		for d := range in {
			op := rng.Int64N(st[d])
			o := st[d]*(in[d]-1) + op + dil[d]*(k[d]-1) + 1 - pb[d] - pe[d]
			if o < 1 {
				ok = false
			}
			out = append(out, o)
			args = append(args, st[d], dil[d], pb[d])
		}
		if !ok {
			continue
		}
		return convStep(rng, class, OpConvTranspose, append([]int64{N, C}, in...), append([]int64{C, mg}, k...), append([]int64{N, M}, out...), args)
	}
}

// The vector axpy gives the portable loop's integers, wrapping included, at every length and
// offset (skipped, with a note, when this build or CPU has no vector path).
func TestAxpyPathsAgree(t *testing.T) {
	if VectorPath() == "" {
		t.Skip("no vector path in this build (GOEXPERIMENT=simd on an AVX-512 CPU has one)")
	}
	rng := rand.New(rand.NewPCG(18, 2))
	for n := 0; n < 70; n++ {
		for _, class := range []int{0, 1, 2} {
			src := randValues(rng, int64(n+3), class)
			dst := randValues(rng, int64(n), class)
			w := randValues(rng, 1, class)[0]
			want := slices.Clone(dst)
			axpyPortable(want, src[3:], w)
			got := slices.Clone(dst)
			if !vectorAxpy(got, src[3:], w) {
				t.Fatal("vector path refused")
			}
			if !slices.Equal(got, want) {
				t.Fatalf("n=%d class %d: vector %v, portable %v", n, class, got, want)
			}
			// The 32-bit path, for operands within 32 bits (class 0 and 32-bit extremes).
			src32 := randValues(rng, int64(n+3), 0)
			if n%3 == 0 {
				for i := range src32 {
					src32[i] = []int64{-1 << 31, 1<<31 - 1, 0, -1}[i%4]
				}
			}
			w32 := []int64{-1 << 31, 1<<31 - 1, 12345, -7}[n%4]
			want = slices.Clone(dst)
			axpyPortable(want, src32[3:], w32)
			got = slices.Clone(dst)
			if !vectorAxpySmall(got, src32[3:], w32) {
				t.Fatal("32-bit vector path refused")
			}
			if !slices.Equal(got, want) {
				t.Fatalf("n=%d class %d, 32-bit path: vector %v, portable %v", n, class, got, want)
			}
		}
	}
}

// convStep is a Conv or ConvTranspose step over random X and W of the given shapes, with a random
// bias half the time, and random scales.
func convStep(rng *rand.Rand, class int, op OpCode, xSh, wSh, oSh, args []int64) (*Program, [][]int64) {
	sx, sw := uint8(rng.IntN(13)), uint8(rng.IntN(13))
	ins := []Value{{Shape: xSh, Scale: sx}, {Shape: wSh, Scale: sw}}
	wClass := class
	if class == 3 {
		wClass = 4
	}
	vals := [][]int64{randValues(rng, numel(xSh), class), randValues(rng, numel(wSh), wClass)}
	if M := oSh[1]; rng.IntN(2) == 0 {
		ins = append(ins, Value{Shape: []int64{M}, Scale: sx + sw})
		vals = append(vals, randValues(rng, M, class))
	}
	so := uint8(rng.IntN(int(sx+sw) + 1))
	return oneStep(op, ins, Value{Shape: oSh, Scale: so}, args), vals
}

// randBinary is a broadcast Add, Sub, Mul, Div, Max or Min: each operand has the output's shape
// with some axes 1 (or leading axes dropped).
func randBinary(rng *rand.Rand, class int) (*Program, [][]int64) {
	op := []OpCode{OpAdd, OpSub, OpMul, OpDiv, OpMax, OpMin}[rng.IntN(6)]
	rank := rng.IntN(5)
	oSh := make([]int64, rank)
	for d := range oSh {
		oSh[d] = 1 + rng.Int64N(5)
	}
	operand := func() []int64 {
		sh := slices.Clone(oSh[rng.IntN(rank+1):])
		for d := range sh {
			if rng.IntN(3) == 0 {
				sh[d] = 1
			}
		}
		return sh
	}
	aSh, bSh := operand(), operand()
	sa, sb := uint8(rng.IntN(13)), uint8(rng.IntN(13))
	so := uint8(rng.IntN(int(sa+sb) + 1))
	if op != OpMul {
		sb, so = sa, sa // the compiler aligns these ops' scales
	}
	ins := []Value{{Shape: aSh, Scale: sa}, {Shape: bSh, Scale: sb}}
	return oneStep(op, ins, Value{Shape: oSh, Scale: so}, nil), [][]int64{randValues(rng, numel(aSh), class), randValues(rng, numel(bSh), class)}
}

// randCast rescales a real tensor up or down (the compiler's scale alignment).
func randCast(rng *rand.Rand, class int) (*Program, [][]int64) {
	sh := []int64{1 + rng.Int64N(40)}
	sx, so := uint8(rng.IntN(40)), uint8(rng.IntN(40))
	return oneStep(OpCast, []Value{{Shape: sh, Scale: sx}}, Value{Shape: sh, Scale: so}, nil), [][]int64{randValues(rng, sh[0], class)}
}

// Steps large enough to split into several parts (elementwise ops by ranges of elements, binary
// ops by ranges of rows) give their rules' values, parts in order or reversed.
func TestSplitElementwiseMatchesRule(t *testing.T) {
	rng := rand.New(rand.NewPCG(18, 3))
	for _, class := range []int{0, 1} {
		big := []int64{4, 3, 9000}
		for _, op := range []OpCode{OpAdd, OpSub, OpMul, OpMax} {
			ins := []Value{{Shape: big, Scale: 8}, {Shape: []int64{3, 1}, Scale: 8}}
			p := oneStep(op, ins, Value{Shape: big, Scale: 8}, nil)
			kernelMatchesRule(t, p, [][]int64{randValues(rng, numel(big), class), randValues(rng, 3, class)})
		}
		// A transpose and pools of enough planes to split.
		xSh := []int64{2, 64, 32, 32}
		x := randValues(rng, numel(xSh), class)
		kernelMatchesRule(t, oneStep(OpTranspose, []Value{{Shape: xSh, Scale: 8}}, Value{Shape: []int64{32, 64, 2, 32}, Scale: 8}, []int64{2, 1, 0, 3}), [][]int64{x})
		for _, op := range []OpCode{OpMaxPool, OpAvgPool} {
			args := []int64{0, 2, 2, 2, 1, 0, 0, 3, 2, 1, 1, 1} // 2×2 stride 2; 3×3 stride 2 padded 1
			kernelMatchesRule(t, oneStep(op, []Value{{Shape: xSh, Scale: 8}}, Value{Shape: []int64{2, 64, 16, 16}, Scale: 8}, args), [][]int64{x})
		}
		// An op with only its per-element rule (Tile) splits into ranges of elements.
		tx := randValues(rng, 150, class)
		kernelMatchesRule(t, oneStep(OpTile, []Value{{Shape: []int64{3, 50}, Scale: 8}}, Value{Shape: []int64{6, 1000}, Scale: 8}, nil), [][]int64{tx})
		for _, op := range []OpCode{OpRelu, OpNeg, OpAbs, OpCast} {
			out := Value{Shape: []int64{70001}, Scale: 8}
			if op == OpCast {
				out.Scale = 3
			}
			p := oneStep(op, []Value{{Shape: []int64{70001}, Scale: 8}}, out, nil)
			kernelMatchesRule(t, p, [][]int64{randValues(rng, 70001, class)})
		}
	}
}

// rshrWide rounds as the 128-bit rshr does, at every shift and at int64's ends.
func TestRshrWideMatches128(t *testing.T) {
	rng := rand.New(rand.NewPCG(18, 4))
	xs := []int64{0, 1, -1, 2, -2, 3, -3, math.MaxInt64, math.MinInt64, math.MaxInt64 - 1, math.MinInt64 + 1, 1 << 62, -1 << 62}
	for range 2000 {
		xs = append(xs, int64(rng.Uint64()))
	}
	for k := uint(1); k <= 63; k++ {
		for _, x := range xs {
			var a arith
			if got, want := rshrWide(x, k), from64(x).rshr(k).int64(&a); got != want || a.overflow {
				t.Fatalf("rshrWide(%d, %d) = %d, 128-bit rshr %d (overflow %v)", x, k, got, want, a.overflow)
			}
		}
	}
}

// gemmTile's vector path gives gemmTilePortable's integers, wrapping included.
func TestGemmTilePathsAgree(t *testing.T) {
	rng := rand.New(rand.NewPCG(18, 5))
	for _, K := range []int64{0, 1, 7, 64} {
		for _, ldb := range []int64{tileP, 37} {
			for class := range 3 {
				b := randValues(rng, max(K*ldb, tileP), class)
				w := randValues(rng, K*tileM, class)
				var got, want [tileM][tileP]int64
				gemmTile(&got, b, ldb, w)
				gemmTilePortable(&want, b, ldb, w)
				if got != want {
					t.Fatalf("K=%d ldb=%d class %d: vector %v, portable %v", K, ldb, class, got, want)
				}
			}
		}
	}
}
