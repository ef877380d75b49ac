package inference

import (
	"math"
	"testing"
)

// Tables agree with float64 math to within a quantum plus interpolation error, and build fast.
func TestTablesMatchFloatMath(t *testing.T) {
	c := &compiler{p: &Program{}, tables: map[string]int{}}
	funcs := map[string]func(float64) float64{
		"sigmoid": func(x float64) float64 { return 1 / (1 + math.Exp(-x)) },
		"tanh":    math.Tanh, "erf": math.Erf, "exp": math.Exp,
		"phi":     func(x float64) float64 { return 0.5 * (1 + math.Erf(x/math.Sqrt2)) },
		"log1to2": math.Log,
		"mish":    func(x float64) float64 { return math.Tanh(math.Log1p(math.Exp(x))) },
		"sin":     math.Sin, "cos": math.Cos, "atan": math.Atan,
	}
	for name, f := range funcs {
		idx, err := c.table(name, 16, 16)
		if err != nil {
			t.Fatal(err)
		}
		tb := &c.p.Tables[idx]
		var a arith
		var worst float64
		for x := -6.0; x <= 6; x += 0.0137 {
			if name == "log1to2" && (x < 1 || x > 2) || (name == "sin" || name == "cos") && math.Abs(x) > 4 ||
				name == "atan" && math.Abs(x) > 2 {
				continue
			}
			q, _ := Quantize(x, 16)
			got := Dequantize(tb.eval(q, &a), 16)
			want := f(Dequantize(q, 16))
			worst = math.Max(worst, math.Abs(got-want)/math.Max(1, math.Abs(want)))
		}
		t.Logf("%s: %d entries, worst error %.2g", name, len(tb.Values), worst)
		if worst > 4.0/65536 {
			t.Errorf("%s: error %g", name, worst)
		}
	}
}
