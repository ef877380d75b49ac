package inference

import (
	"fmt"
	"math/big"
)

// Tables are computed with math/big at 128 bits, not with package math: math's functions may use
// assembly or fused multiply-adds that differ in the last bit between architectures, and a table
// is part of the program hash. Series in big.Float are plain software arithmetic: the same bits
// everywhere.
const tablePrec = 128

var (
	bigPi  = mustBig("3.14159265358979323846264338327950288419716939937510582097494459230781640628620899")
	bigLn2 = bigLogSeries(big.NewFloat(2).SetPrec(tablePrec))
)

func mustBig(s string) *big.Float {
	f, _, err := big.ParseFloat(s, 10, tablePrec, big.ToNearestEven)
	if err != nil {
		panic(err)
	}
	return f
}

func bf(x float64) *big.Float { return new(big.Float).SetPrec(tablePrec).SetFloat64(x) }

func newF() *big.Float { return new(big.Float).SetPrec(tablePrec) }

// bigExp: exp(x) = exp(x/2^k)^(2^k) with |x/2^k| < 1/16, Taylor series for the reduced argument.
func bigExp(x *big.Float) *big.Float {
	k := 0
	r := newF().Set(x)
	for r.Sign() != 0 && r.MantExp(nil) > -4 {
		r.SetMantExp(r, -1)
		k++
	}
	sum, term := newF().SetInt64(1), newF().SetInt64(1)
	for n := int64(1); n < 40 && !negligible(term, sum); n++ {
		term.Mul(term, r)
		term.Quo(term, newF().SetInt64(n))
		sum.Add(sum, term)
	}
	for ; k > 0; k-- {
		sum.Mul(sum, sum)
	}
	return sum
}

// bigLogSeries: ln(m) = 2·atanh((m−1)/(m+1)), for m of moderate size.
func bigLogSeries(m *big.Float) *big.Float {
	one := newF().SetInt64(1)
	z := newF().Quo(newF().Sub(m, one), newF().Add(m, one))
	z2 := newF().Mul(z, z)
	sum, term := newF(), newF().Set(z)
	for n := int64(0); n < 2000 && (n == 0 || !negligible(term, sum)); n++ {
		sum.Add(sum, newF().Quo(term, newF().SetInt64(2*n+1)))
		term.Mul(term, z2)
	}
	return sum.Mul(sum, newF().SetInt64(2))
}

// bigLog: ln(x) = e·ln2 + ln(m) with x = m·2^e, m in [0.5, 1).
func bigLog(x *big.Float) *big.Float {
	m := newF()
	e := x.MantExp(m)
	r := bigLogSeries(m)
	return r.Add(r, newF().Mul(newF().SetInt64(int64(e)), bigLn2))
}

// bigErf: Taylor series 2/√π Σ (−1)^n x^(2n+1) / (n!(2n+1)); ±1 beyond |x| = 6, where
// 1 − erf(6) ≈ 2e−17 is far below a quantum.
func bigErf(x *big.Float) *big.Float {
	if x.Cmp(bf(6)) > 0 {
		return newF().SetInt64(1)
	}
	if x.Cmp(bf(-6)) < 0 {
		return newF().SetInt64(-1)
	}
	if x.Sign() < 0 { // odd: compute the positive half only
		return newF().Neg(bigErf(newF().Neg(x)))
	}
	x2 := newF().Mul(x, x)
	sum, term := newF(), newF().Set(x) // term = (−1)^n x^(2n+1)/n!
	for n := int64(0); n < 400 && (n < 4 || !negligible(term, sum)); n++ {
		sum.Add(sum, newF().Quo(term, newF().SetInt64(2*n+1)))
		term.Mul(term, x2)
		term.Quo(term, newF().SetInt64(n+1))
		term.Neg(term)
	}
	twoOverSqrtPi := newF().Quo(newF().SetInt64(2), newF().Sqrt(bigPi))
	return sum.Mul(sum, twoOverSqrtPi)
}

// negligible: |term| < |sum| · 2^-(prec+8), so adding it changes nothing.
func negligible(term, sum *big.Float) bool {
	if term.Sign() == 0 {
		return true
	}
	if sum.Sign() == 0 {
		return false
	}
	return term.MantExp(nil) < sum.MantExp(nil)-tablePrec-8
}

func bigSigmoid(x *big.Float) *big.Float {
	one := newF().SetInt64(1)
	return newF().Quo(one, newF().Add(one, bigExp(newF().Neg(x))))
}

func bigTanh(x *big.Float) *big.Float {
	e := bigExp(newF().Mul(x, newF().SetInt64(2)))
	one := newF().SetInt64(1)
	return newF().Quo(newF().Sub(e, one), newF().Add(e, one))
}

// bigPhi is the standard normal CDF, 0.5·(1 + erf(x/√2)): Gelu(x) = x·Phi(x).
func bigPhi(x *big.Float) *big.Float {
	r := bigErf(newF().Quo(x, newF().Sqrt(newF().SetInt64(2))))
	r.Add(r, newF().SetInt64(1))
	return r.Quo(r, newF().SetInt64(2))
}

// bigGeluTanhFactor is 0.5·(1 + tanh(√(2/π)·(x + 0.044715·x³))): Gelu's tanh approximation / x.
func bigGeluTanhFactor(x *big.Float) *big.Float {
	c := newF().Sqrt(newF().Quo(newF().SetInt64(2), bigPi))
	x3 := newF().Mul(newF().Mul(x, x), x)
	u := newF().Add(x, newF().Mul(mustBig("0.044715"), x3))
	t := bigTanh(newF().Mul(c, u))
	t.Add(t, newF().SetInt64(1))
	return t.Quo(t, newF().SetInt64(2))
}

// bigQuantize is roundHalfEven(v · 2^s) as an int64.
func bigQuantize(v *big.Float, s uint8) (int64, error) {
	x := newF().SetMantExp(v, int(s))
	fl, _ := x.Int(nil) // truncates toward zero
	frac := newF().Sub(x, newF().SetInt(fl))
	half := big.NewFloat(0.5)
	switch c := frac.Abs(frac).Cmp(half); {
	case c > 0 || (c == 0 && fl.Bit(0) == 1):
		if x.Sign() >= 0 {
			fl.Add(fl, big.NewInt(1))
		} else {
			fl.Sub(fl, big.NewInt(1))
		}
	}
	if !fl.IsInt64() {
		return 0, fmt.Errorf("table value %s does not fit int64 at scale %d", v.Text('g', 10), s)
	}
	return fl.Int64(), nil
}

// tableSpec is a function sampled over [lo, hi] on a grid of 2^-gridBits real units (whatever the
// input scale). gen, if set, computes all grid values at once (x_k = x0 + k·h) faster than f point
// by point.
type tableSpec struct {
	name     string
	f        func(*big.Float) *big.Float
	lo, hi   int64 // domain in real units
	gridBits uint8
	gen      func(x0, h *big.Float, n int64) []*big.Float
}

// expProgression: exp(c·x_k) for the grid as a geometric progression exp(c·x0)·exp(c·h)^k; at 128
// bits the accumulated rounding over 10^5 steps stays below 2^-110.
func expProgression(c int64, x0, h *big.Float, n int64) []*big.Float {
	cf := newF().SetInt64(c)
	e := bigExp(newF().Mul(cf, x0))
	r := bigExp(newF().Mul(cf, h))
	out := make([]*big.Float, n)
	for k := int64(0); k < n; k++ {
		out[k] = newF().Set(e)
		e.Mul(e, r)
	}
	return out
}

func genExp(x0, h *big.Float, n int64) []*big.Float { return expProgression(1, x0, h, n) }

func genSigmoid(x0, h *big.Float, n int64) []*big.Float {
	out := expProgression(-1, x0, h, n)
	one := newF().SetInt64(1)
	for k, e := range out {
		out[k] = newF().Quo(one, newF().Add(one, e))
	}
	return out
}

func genTanh(x0, h *big.Float, n int64) []*big.Float {
	out := expProgression(2, x0, h, n)
	one := newF().SetInt64(1)
	for k, e := range out {
		out[k] = newF().Quo(newF().Sub(e, one), newF().Add(e, one))
	}
	return out
}

// genMish is tanh(softplus(x)) = ((1+e)² − 1)/((1+e)² + 1) = (e² + 2e)/(e² + 2e + 2), e = exp(x).
func genMish(x0, h *big.Float, n int64) []*big.Float {
	out := expProgression(1, x0, h, n)
	two := newF().SetInt64(2)
	for k, e := range out {
		num := newF().Mul(e, newF().Add(e, two))
		out[k] = newF().Quo(num, newF().Add(num, two))
	}
	return out
}

func bigMish(x *big.Float) *big.Float { return genMish(x, newF(), 1)[0] }

// bigSinCos is sin(x) (cos false) or cos(x) by the Taylor series, for the moderate |x| of the
// tables (|x| ≤ 4: the largest term, 4⁴/4! < 11, costs 4 of the 128 bits).
func bigSinCos(x *big.Float, cos bool) *big.Float {
	x2 := newF().Mul(x, x)
	term := newF().Set(x)
	n := int64(1)
	if cos {
		term.SetInt64(1)
		n = 0
	}
	sum := newF()
	for i := 0; i < 200 && (i < 4 || !negligible(term, sum)); i++ {
		sum.Add(sum, term)
		term.Mul(term, x2)
		term.Quo(term, newF().SetInt64((n+1)*(n+2)))
		term.Neg(term)
		n += 2
	}
	return sum
}

func bigSin(x *big.Float) *big.Float { return bigSinCos(x, false) }
func bigCos(x *big.Float) *big.Float { return bigSinCos(x, true) }

// bigAtan halves the argument (atan x = 2·atan(x/(1 + √(1+x²)))) until |x| < 1/16, then sums
// the series x − x³/3 + x⁵/5 − ….
func bigAtan(x *big.Float) *big.Float {
	one := newF().SetInt64(1)
	r := newF().Set(x)
	k := 0
	for r.Sign() != 0 && r.MantExp(nil) > -4 {
		s := newF().Sqrt(newF().Add(one, newF().Mul(r, r)))
		r.Quo(r, s.Add(s, one))
		k++
	}
	r2 := newF().Mul(r, r)
	sum, term := newF(), newF().Set(r) // term = (−1)^n r^(2n+1)
	for n := int64(0); n < 400 && (n == 0 || !negligible(term, sum)); n++ {
		sum.Add(sum, newF().Quo(term, newF().SetInt64(2*n+1)))
		term.Mul(term, r2)
		term.Neg(term)
	}
	return sum.SetMantExp(sum, k)
}

var tableSpecs = map[string]tableSpec{
	// Domains end where the function is within a quantum of its limit (sigmoid(−12) < 2^-17).
	"sigmoid":   {name: "sigmoid", f: bigSigmoid, lo: -12, hi: 12, gridBits: 8, gen: genSigmoid},
	"tanh":      {name: "tanh", f: bigTanh, lo: -7, hi: 7, gridBits: 8, gen: genTanh},
	"erf":       {name: "erf", f: bigErf, lo: -5, hi: 5, gridBits: 8},
	"exp":       {name: "exp", f: bigExp, lo: -24, hi: 32, gridBits: 8, gen: genExp}, // hi shrinks so exp(hi)·2^so fits int64; above it overflows
	"phi":       {name: "phi", f: bigPhi, lo: -7, hi: 7, gridBits: 8},
	"gelu_tanh": {name: "gelu_tanh", f: bigGeluTanhFactor, lo: -7, hi: 7, gridBits: 8},
	"log1to2":   {name: "log1to2", f: bigLog, lo: 1, hi: 2, gridBits: 8},
	// mish: tanh(softplus(x)) is below half a quantum under −17 and within one of 1 above 9.
	"mish": {name: "mish", f: bigMish, lo: -20, hi: 10, gridBits: 8, gen: genMish},
	// sin, cos: inputs reduced to [−π, π] (or [−π/2, π/2]) first; atan: inputs reduced to [−1, 1].
	"sin":  {name: "sin", f: bigSin, lo: -4, hi: 4, gridBits: 8},
	"cos":  {name: "cos", f: bigCos, lo: -4, hi: 4, gridBits: 8},
	"atan": {name: "atan", f: bigAtan, lo: -2, hi: 2, gridBits: 8},
}

// table returns the index of the named table for input scale si and output scale so, building
// it once per program.
func (c *compiler) table(name string, si, so uint8) (int64, error) {
	key := fmt.Sprintf("%s/%d/%d", name, si, so)
	if i, ok := c.tables[key]; ok {
		return int64(i), nil
	}
	spec, ok := tableSpecs[name]
	if !ok {
		return 0, fmt.Errorf("no table %q", name)
	}
	if spec.gridBits > si {
		return 0, fmt.Errorf("table %s needs input scale ≥ %d", name, spec.gridBits)
	}
	if name == "exp" {
		// exp(hi)·2^so must fit int64: hi ≤ (62 − so)·ln 2.
		spec.hi = min(spec.hi, int64(float64(62-int(so))*0.6931471805599453))
	}
	// Grid points x_k = (Lo + k) · 2^-gridBits, k = 0 … n−1, covering [lo, hi]; in input quanta the
	// step is 2^Shift with Shift = si − gridBits.
	perUnit := int64(1) << spec.gridBits
	t := Table{Func: key, Lo: spec.lo * perUnit, Shift: si - spec.gridBits}
	n := (spec.hi-spec.lo)*perUnit + 1
	t.Values = make([]int64, n)
	step := newF().SetMantExp(newF().SetInt64(1), -int(spec.gridBits))
	var vals []*big.Float
	if spec.gen != nil {
		vals = spec.gen(newF().Mul(newF().SetInt64(t.Lo), step), step, n)
	} else {
		vals = make([]*big.Float, n)
		for k := int64(0); k < n; k++ {
			vals[k] = spec.f(newF().Mul(newF().SetInt64(t.Lo+k), step))
		}
	}
	for k, v := range vals {
		q, err := bigQuantize(v, so)
		if err != nil {
			return 0, err
		}
		t.Values[k] = q
	}
	t.OverflowAbove = name == "exp"
	c.p.Tables = append(c.p.Tables, t)
	c.tables[key] = len(c.p.Tables) - 1
	return int64(len(c.p.Tables) - 1), nil
}
