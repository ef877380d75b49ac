package inference

import (
	"fmt"
	"math"

	"github.com/auspex-labs/auspex/inference/onnx"
)

// dftBasis is the real matrix [m·c, M·co] of a DFT of length nl on m input points of c
// components (1 real, 2 complex) giving M output points of co components: forward
// (X_k = Σ_j x_j e^(−2πi·jk/nl), k < M), inverse (x_t = Σ_k X_k e^(2πi·kt/nl) / nl) or, inverse
// and onesided, numpy's irfft (the first nl/2+1 points a Hermitian half spectrum, real output).
// Input points at or past nl (or past nl/2 for irfft) have zero rows: the signal is cut or padded
// to nl as numpy does.
func dftBasis(m, c, nl, M, co int64, inverse, onesided bool) []float64 {
	w := make([]float64, m*c*M*co)
	at := func(j, p, k, q int64) *float64 { return &w[(j*c+p)*M*co+k*co+q] }
	angle := func(j, k int64) (float64, float64) {
		th := 2 * math.Pi * float64(j*k%nl) / float64(nl)
		return math.Cos(th), math.Sin(th)
	}
	for j := int64(0); j < m; j++ {
		for k := int64(0); k < M; k++ {
			cs, sn := angle(j, k)
			switch {
			case !inverse:
				if j >= nl {
					continue
				}
				*at(j, 0, k, 0), *at(j, 0, k, 1) = cs, -sn
				if c == 2 {
					*at(j, 1, k, 0), *at(j, 1, k, 1) = sn, cs
				}
			case !onesided:
				if j >= nl {
					continue
				}
				f := 1 / float64(nl)
				*at(j, 0, k, 0), *at(j, 0, k, 1) = cs*f, sn*f
				if c == 2 {
					*at(j, 1, k, 0), *at(j, 1, k, 1) = -sn*f, cs*f
				}
			default: // irfft: j is the frequency, k the output point
				if j > nl/2 {
					continue
				}
				f := 2 / float64(nl)
				if j == 0 || 2*j == nl {
					f /= 2
					sn = 0 // the imaginary part of X_0 and X_(nl/2) is ignored
				}
				*at(j, 0, k, 0) = cs * f
				if c == 2 {
					*at(j, 1, k, 0) = -sn * f
				}
			}
		}
	}
	return w
}

// dft lowers a DFT of x [… , m, …, c] along axis (not the last) as one MatMul with a constant
// basis: the axis moved next to the component axis, the two flattened, multiplied by dftBasis, and
// moved back.
func (c *compiler) dft(n *onnx.Node, x int32, axis int, nl int64, inverse, onesided bool) (int32, error) {
	xs := c.v(x).Shape
	R := len(xs)
	comp := xs[R-1]
	if R < 2 || axis < 0 || axis >= R-1 || (comp != 1 && comp != 2) || nl < 1 {
		return 0, fmt.Errorf("DFT of a tensor %v on axis %d, length %d", xs, axis, nl)
	}
	m := xs[axis]
	M, co := nl, int64(2)
	switch {
	case inverse && onesided:
		co = 1
	case onesided:
		M = nl/2 + 1
	}
	perm := make([]int64, 0, R)
	for d := 0; d < R-1; d++ {
		if d != axis {
			perm = append(perm, int64(d))
		}
	}
	perm = append(perm, int64(axis), int64(R-1))
	y, err := c.transpose(n, x, perm)
	if err != nil {
		return 0, err
	}
	ts := c.v(y).Shape
	flat := append(append([]int64{}, ts[:R-2]...), m*comp)
	if y, err = c.reshapeTo(n, y, flat); err != nil {
		return 0, err
	}
	basis, err := c.constReal([]int64{m * comp, M * co}, dftBasis(m, comp, nl, M, co, inverse, onesided), c.opt.Scale)
	if err != nil {
		return 0, err
	}
	if y, err = c.matmul(n, y, basis, -1); err != nil {
		return 0, err
	}
	if y, err = c.reshapeTo(n, y, append(append([]int64{}, ts[:R-2]...), M, co)); err != nil {
		return 0, err
	}
	inv := make([]int64, R)
	for i, p := range perm {
		inv[p] = int64(i)
	}
	return c.transpose(n, y, inv)
}

// constScalarInt reads input i of n as a constant integer scalar.
func (c *compiler) constScalarInt(n *onnx.Node, i int) (int64, error) {
	id, err := c.in(n, i)
	if err != nil {
		return 0, err
	}
	vs, err := c.constInts(id)
	if err != nil {
		return 0, err
	}
	if len(vs) != 1 {
		return 0, fmt.Errorf("input %d must hold one value, has %d", i, len(vs))
	}
	return vs[0], nil
}

// constScalarFloat reads input i of n as a constant scalar, integer or real (its original float).
func (c *compiler) constScalarFloat(n *onnx.Node, i int) (float64, error) {
	id, err := c.in(n, i)
	if err != nil {
		return 0, err
	}
	v := c.v(id)
	if v.Const == nil {
		return 0, &NeedsConstantError{Name: v.Name}
	}
	if v.Len() != 1 {
		return 0, fmt.Errorf("input %d must hold one value", i)
	}
	if v.Int {
		return float64(v.Const[0]), nil
	}
	if fs, ok := c.floats[id]; ok {
		return fs[0], nil
	}
	return Dequantize(v.Const[0], v.Scale), nil
}

// lowerDFT (opset 17: axis attribute, default 1; opset 20: axis input, default −2): a MatMul by a
// constant cos/sin basis (dft).
func lowerDFT(c *compiler, n *onnx.Node) error {
	x, err := c.real(n, 0)
	if err != nil {
		return err
	}
	R := int64(len(c.v(x).Shape))
	axis := attrInt(n, "axis", 1)
	if c.m.Opset() >= 20 {
		axis = -2
		if c.has(n, 2) {
			if axis, err = c.constScalarInt(n, 2); err != nil {
				return err
			}
		}
	}
	if axis < -R || axis >= R {
		return fmt.Errorf("axis %d of a rank-%d tensor", axis, R)
	}
	axis = (axis + R) % R
	inverse, onesided := attrInt(n, "inverse", 0) != 0, attrInt(n, "onesided", 0) != 0
	m := c.v(x).Shape[axis]
	nl := m
	if inverse && onesided {
		nl = 2 * (m - 1)
	}
	if c.has(n, 1) {
		if nl, err = c.constScalarInt(n, 1); err != nil {
			return err
		}
	}
	return c.bindTo(n)(c.dft(n, x, int(axis), nl, inverse, onesided))
}

// lowerSTFT (opset 17): frames of frame_length points every frame_step gathered with constant
// indices, times the window, then a DFT of each frame (dft).
func lowerSTFT(c *compiler, n *onnx.Node) error {
	x, err := c.real(n, 0)
	if err != nil {
		return err
	}
	xs := c.v(x).Shape
	if len(xs) != 3 {
		return fmt.Errorf("signal of shape %v: want [batch, length, 1 or 2]", xs)
	}
	step, err := c.constScalarInt(n, 1)
	if err != nil {
		return err
	}
	window := int32(-1)
	fl := xs[1]
	if c.has(n, 2) {
		if window, err = c.real(n, 2); err != nil {
			return err
		}
		fl = c.v(window).Len()
	}
	if c.has(n, 3) {
		if fl, err = c.constScalarInt(n, 3); err != nil {
			return err
		}
	}
	if step < 1 || fl < 1 || fl > xs[1] || (window >= 0 && c.v(window).Len() != fl) {
		return fmt.Errorf("frame_step %d, frame_length %d, window %v for a signal of %d points", step, fl, c.v(max(window, 0)).Shape, xs[1])
	}
	frames := 1 + (xs[1]-fl)/step
	idx := make([]int64, frames*fl)
	for f := int64(0); f < frames; f++ {
		for i := int64(0); i < fl; i++ {
			idx[f*fl+i] = f*step + i
		}
	}
	ic := c.constInt(dtInt64, []int64{frames, fl}, idx)
	y, err := c.emit(n, OpGather, []int32{x, ic}, c.like(x, []int64{xs[0], frames, fl, xs[2]}), []int64{1})
	if err != nil {
		return err
	}
	if window >= 0 {
		wc, err := c.reshapeTo(n, window, []int64{fl, 1})
		if err != nil {
			return err
		}
		if y, err = c.binary(n, OpMul, y, wc); err != nil {
			return err
		}
	}
	return c.bindTo(n)(c.dft(n, y, 2, fl, false, attrInt(n, "onesided", 1) != 0))
}

// lowerWindow folds HannWindow, HammingWindow and BlackmanWindow (opset 17) of a constant size
// into a constant: Σ_i a_i·cos(2π·i·k / N), N = size (periodic) or size − 1.
func lowerWindow(as ...float64) lowering {
	return func(c *compiler, n *onnx.Node) error {
		size, err := c.constScalarInt(n, 0)
		if err != nil {
			return err
		}
		if size < 0 || size > MaxTensorElements {
			return fmt.Errorf("window size %d", size)
		}
		if dt := onnx.DataType(attrInt(n, "output_datatype", 1)); !dt.IsFloat() {
			return &UnsupportedError{Op: n.OpType, Detail: fmt.Sprintf("output_datatype %s", dt)}
		}
		N := float64(size)
		if attrInt(n, "periodic", 1) == 0 {
			N--
		}
		fs := make([]float64, size)
		for k := range fs {
			for i, a := range as {
				th := 0.0 // a window of one point (size 1, symmetric) is 1
				if N > 0 {
					th = 2 * math.Pi * float64(i) * float64(k) / N
				}
				fs[k] += a * math.Cos(th)
			}
		}
		return c.bindTo(n)(c.constReal([]int64{size}, fs, c.opt.Scale))
	}
}

// lowerMelWeightMatrix (opset 17) folds the [dft_length/2 + 1, num_mel_bins] triangular filter
// bank of constant inputs into a constant, as the ONNX reference computes it.
func lowerMelWeightMatrix(c *compiler, n *onnx.Node) error {
	bins, err := c.constScalarInt(n, 0)
	if err != nil {
		return err
	}
	dftLen, err := c.constScalarInt(n, 1)
	if err != nil {
		return err
	}
	var f [3]float64 // sample_rate, lower_edge_hertz, upper_edge_hertz
	for i := range f {
		if f[i], err = c.constScalarFloat(n, 2+i); err != nil {
			return err
		}
	}
	if dt := onnx.DataType(attrInt(n, "output_datatype", 1)); !dt.IsFloat() {
		return &UnsupportedError{Op: "MelWeightMatrix", Detail: fmt.Sprintf("output_datatype %s", dt)}
	}
	if bins < 1 || dftLen < 1 || f[0] <= 0 || bins*(dftLen/2+1) > MaxTensorElements {
		return fmt.Errorf("num_mel_bins %d, dft_length %d, sample_rate %g", bins, dftLen, f[0])
	}
	spec := dftLen/2 + 1
	mel := func(hz float64) float64 { return 2595 * math.Log1p(hz/700) / math.Ln10 }
	lo, hi := mel(f[1]), mel(f[2])
	stepMel := (hi - lo) / float64(bins+2)
	pts := make([]int64, bins+2)
	for i := range pts {
		hz := 700 * math.Expm1((float64(i)*stepMel+lo)/2595*math.Ln10)
		pts[i] = int64(math.Floor(float64(dftLen+1) * hz / f[0]))
	}
	out := make([]float64, spec*bins)
	set := func(j, i int64, v float64) error {
		if j < 0 || j >= spec {
			return fmt.Errorf("mel filter %d reaches bin %d of %d", i, j, spec)
		}
		out[j*bins+i] = v
		return nil
	}
	for i := int64(0); i < bins; i++ {
		l, m, h := pts[i], pts[i+1], pts[i+2]
		if m == l {
			if err := set(m, i, 1); err != nil {
				return err
			}
		} else {
			for j := l; j <= m; j++ {
				if err := set(j, i, float64(j-l)/float64(m-l)); err != nil {
					return err
				}
			}
		}
		for j := m; j < h; j++ {
			if err := set(j, i, float64(h-j)/float64(h-m)); err != nil {
				return err
			}
		}
	}
	return c.bindTo(n)(c.constReal([]int64{spec, bins}, out, c.opt.Scale))
}
