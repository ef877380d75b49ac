package inference

import (
	"fmt"
	"math"

	"github.com/auspex-labs/auspex/inference/onnx"
)

// Seeded sampling inside a generation program, from program ops only and in integers throughout
// (docs/NUMERICS.md, "Text generation"):
//
//  1. p = Softmax(logits · (1/T)) at the program scale s (the engine's Softmax: max, subtract,
//     exp table, sum, divide), so Σp ≈ 2^s quanta.
//  2. The inclusive prefix sums cum_i = p_0 + … + p_i, exactly, as two MatMuls with 0/1 triangular
//     constants: p padded to B·C (C = ⌈√V⌉) and read as B rows of C; within-row sums by one
//     [C, C] triangle, row offsets by a strict [B, B] one (O(V^1.5) work instead of a [V, V]
//     triangle). total = cum_{V−1}.
//  3. A uniform u in [0, 1) with s bits from the seed and the step number k alone (a counter-based
//     hash, mod 2^32, of additions, products below 2^63, integer divisions and remainders):
//     lo = seed mod 2^32, hi = ⌊seed / 2^32⌋ mod 2^32 (truncating division),
//     x = mix((lo + (k+1)·0x9E3779B9) mod 2^32), x = mix((x + hi) mod 2^32),
//     mix(x) = three rounds of x ← (x + ⌊x / 2^16⌋) mod 2^32 separated by x ← x·0x45D9F3B mod 2^32
//     (the well-known integer hash with + for xor; not cryptographic), u = ⌊x / 2^(32−s)⌋ / 2^s.
//  4. t = u · total (a real product, rounded), and the token is #{i : cum_i ≤ t}, clamped to V − 1:
//     the first i with cum_i > t, so a token of probability 0 is never drawn.
//
// The program's second input is the seed (int64 [1]); the same seed and prompt give the same
// tokens on every machine.

const (
	sampleStepMul = 0x9E3779B9
	sampleMixMul  = 0x45D9F3B
)

// sampleMixRef is the hash of step 3 in Go, for tests and for reading the spec.
func sampleMixRef(seed int64, k int, s uint8) int64 {
	mod := func(a, m int64) int64 { return ((a % m) + m) % m }
	const m32 = int64(1) << 32
	mix := func(x int64) int64 {
		x = mod(x+x/(1<<16), m32)
		x = mod(x*sampleMixMul, m32)
		x = mod(x+x/(1<<16), m32)
		x = mod(x*sampleMixMul, m32)
		return mod(x+x/(1<<16), m32)
	}
	lo, hi := mod(seed, m32), mod(seed/m32, m32)
	x := mix(mod(lo+mod(int64(k+1)*sampleStepMul, m32), m32))
	x = mix(mod(x+hi, m32))
	return x >> (32 - s)
}

func (g *Generate) sampleToken(c *compiler, last int32, V int64, seed int32, k int) (int32, error) {
	s := c.opt.Scale
	op := func(label, op string, ins []int32, attrs ...onnx.Attr) (int32, error) {
		id, err := c.apply("sample/"+label, op, ins, attrs...)
		if err != nil {
			return 0, fmt.Errorf("sampling, %s: %w", label, err)
		}
		return id, nil
	}
	i64 := func(v int64) int32 { return c.intConst(dtInt64, []int64{1}, v) }
	nd := func(label string) *onnx.Node { return &onnx.Node{Name: "sample/" + label, OpType: "Generate"} }
	axis := func(a int64) onnx.Attr { return onnx.Attr{Name: "axis", Type: onnx.AttrInt, I: a} }

	// 1. probabilities
	x := last
	if g.Temperature != 1 {
		inv, err := c.constTensor(&onnx.Tensor{DType: onnx.Float, Shape: []int64{}, Floats: []float64{1 / g.Temperature}})
		if err != nil {
			return 0, fmt.Errorf("temperature %g: %w", g.Temperature, err)
		}
		if x, err = op("scaled", "Mul", []int32{x, inv}); err != nil {
			return 0, err
		}
	}
	p, err := op("probs", "Softmax", []int32{x}, axis(-1))
	if err != nil {
		return 0, err
	}
	// 2. prefix sums
	C := int64(math.Ceil(math.Sqrt(float64(V))))
	for C*C < V {
		C++
	}
	B := (V + C - 1) / C
	if B*C > V {
		if p, err = c.emit(nd("padded"), OpPad, []int32{p}, c.like(p, []int64{1, B * C}), []int64{0, 0, 0, 0}); err != nil { // constant mode, value 0
			return 0, err
		}
	}
	rows, err := c.reshapeTo(nd("rows"), p, []int64{B, C})
	if err != nil {
		return 0, err
	}
	tri := func(n int64, strict bool) int32 {
		one := int64(1) << s
		t := make([]int64, n*n)
		for j := range n {
			for i := range n {
				if j < i || (j == i && !strict) {
					t[j*n+i] = one
				}
			}
		}
		return c.add(Value{Scale: s, Shape: []int64{n, n}, Const: t})
	}
	within, err := op("within", "MatMul", []int32{rows, tri(C, false)})
	if err != nil {
		return 0, err
	}
	rowSum, err := c.emit(nd("row_sums"), OpSlice, []int32{within}, c.like(within, []int64{B, 1}), []int64{0, 1, C - 1, 1})
	if err != nil {
		return 0, err
	}
	if rowSum, err = c.reshapeTo(nd("row_sums"), rowSum, []int64{1, B}); err != nil {
		return 0, err
	}
	offsets, err := op("offsets", "MatMul", []int32{rowSum, tri(B, true)})
	if err != nil {
		return 0, err
	}
	if offsets, err = c.reshapeTo(nd("offsets"), offsets, []int64{B, 1}); err != nil {
		return 0, err
	}
	cum, err := op("cum", "Add", []int32{within, offsets})
	if err != nil {
		return 0, err
	}
	if cum, err = c.reshapeTo(nd("cum"), cum, []int64{1, B * C}); err != nil {
		return 0, err
	}
	total, err := c.emit(nd("total"), OpGather, []int32{cum, c.intConst(dtInt64, []int64{1}, V-1)}, c.like(cum, []int64{1, 1}), []int64{1})
	if err != nil {
		return 0, err
	}
	// 3. the uniform
	m32 := i64(1 << 32)
	lo, err := op("lo", "Mod", []int32{seed, m32})
	if err != nil {
		return 0, err
	}
	hi, err := op("hi", "Div", []int32{seed, m32})
	if err != nil {
		return 0, err
	}
	if hi, err = op("hi", "Mod", []int32{hi, m32}); err != nil {
		return 0, err
	}
	mix := func(x int32) (int32, error) {
		var err error
		for r := range 5 {
			if r%2 == 1 {
				if x, err = op("mix", "Mul", []int32{x, i64(sampleMixMul)}); err != nil {
					return 0, err
				}
			} else {
				var sh int32
				if sh, err = op("mix", "Div", []int32{x, i64(1 << 16)}); err != nil {
					return 0, err
				}
				if x, err = op("mix", "Add", []int32{x, sh}); err != nil {
					return 0, err
				}
			}
			if x, err = op("mix", "Mod", []int32{x, m32}); err != nil {
				return 0, err
			}
		}
		return x, nil
	}
	h, err := op("h", "Add", []int32{lo, i64(int64(k+1) * sampleStepMul % (1 << 32))})
	if err != nil {
		return 0, err
	}
	if h, err = op("h", "Mod", []int32{h, m32}); err != nil {
		return 0, err
	}
	if h, err = mix(h); err != nil {
		return 0, err
	}
	if h, err = op("h", "Add", []int32{h, hi}); err != nil {
		return 0, err
	}
	if h, err = op("h", "Mod", []int32{h, m32}); err != nil {
		return 0, err
	}
	if h, err = mix(h); err != nil {
		return 0, err
	}
	if h, err = op("u", "Div", []int32{h, i64(1 << (32 - s))}); err != nil {
		return 0, err
	}
	u, err := op("u", "Cast", []int32{h}, onnx.Attr{Name: "to", Type: onnx.AttrInt, I: int64(onnx.Float)})
	if err != nil {
		return 0, err
	}
	ulp, err := c.constTensor(&onnx.Tensor{DType: onnx.Float, Shape: []int64{}, Floats: []float64{math.Ldexp(1, -int(s))}})
	if err != nil {
		return 0, err
	}
	if u, err = op("u", "Mul", []int32{u, ulp}); err != nil {
		return 0, err
	}
	// 4. the token
	t, err := op("threshold", "Mul", []int32{u, total})
	if err != nil {
		return 0, err
	}
	le, err := op("below", "LessOrEqual", []int32{cum, t})
	if err != nil {
		return 0, err
	}
	if le, err = op("below", "Cast", []int32{le}, onnx.Attr{Name: "to", Type: onnx.AttrInt, I: int64(onnx.Int64)}); err != nil {
		return 0, err
	}
	n, err := c.reduce(nd("count"), le, ReduceSum, []int64{0, 1}, []int64{1, 1}, true)
	if err != nil {
		return 0, err
	}
	return op("next_token", "Min", []int32{n, c.intConst(dtInt64, []int64{1, 1}, V-1)})
}
