// Package zk proves the engine's programs with gnark (zkML mode, docs/DESIGN.md §5): a circuit built from a
// compiled program with the engine's integer semantics — int64 values as field elements, products
// and sums exact (they fit the BN254 scalar field), rescaling by a hinted quotient and remainder with
// range checks (round half up, as the engine's arithmetic shift), every stored value range-checked
// to int64 (an overflow has no proof, as it has no result), ReLU and max by hinted signs with range
// checks. Weights are circuit constants, so a dense layer costs no constraints until its rescale and
// the verifying key identifies the model.
//
// The one public input is a MiMC digest of the request's input bytes and the output bytes (digest.go),
// which ZkModelVerifier recomputes on-chain from calldata; docs/ZK.md has the ops covered.
package zk

import (
	"errors"
	"fmt"
	"math/big"
	"slices"

	"github.com/consensys/gnark/constraint/solver"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/std/lookup/logderivlookup"
	"github.com/consensys/gnark/std/math/bits"
	"github.com/consensys/gnark/std/rangecheck"
	"github.com/ethereum/go-ethereum/common"

	"github.com/auspex-labs/auspex/inference"
	"github.com/auspex-labs/auspex/inference/trace"
)

// Supported are the ops a circuit can be built for.
var Supported = []inference.OpCode{
	inference.OpCopy, inference.OpAdd, inference.OpSub, inference.OpMul, inference.OpMatMul, inference.OpConv, inference.OpConvTranspose,
	inference.OpRelu, inference.OpMaxPool, inference.OpMax, inference.OpMin, inference.OpTable,
	inference.OpTranspose, inference.OpConcat, inference.OpSlice, inference.OpPad, inference.OpGather,
	inference.OpExpand, inference.OpTile, inference.OpGatherElements,
	inference.OpNeg, inference.OpAbs, inference.OpClip, inference.OpLeakyRelu, inference.OpCompare, inference.OpWhere,
	inference.OpReduce, inference.OpAvgPool, inference.OpDiv, inference.OpSqrt, inference.OpCast,
}

// movement ops only move elements: each output element is one input element, or a constant.
var movement = []inference.OpCode{inference.OpTranspose, inference.OpConcat, inference.OpSlice, inference.OpPad,
	inference.OpGather, inference.OpExpand, inference.OpTile, inference.OpGatherElements}

// ErrUnsupported: the program uses an op with no circuit yet.
var ErrUnsupported = errors.New("no circuit for this op yet")

func init() { solver.RegisterHint(rshrHint, signHint, regionHint, divHint, isqrtHint) }

// Checks is how a circuit range-checks values: by gnark's commitment-based std/rangecheck (fewer
// constraints; the proof carries a Pedersen commitment that costs ~120k gas more to verify) or by
// bit decomposition (no commitment: the cheapest on-chain verification, more constraints).
type Checks uint8

const (
	// ChecksLookup uses std/rangecheck (log-derivative lookups, one commitment).
	ChecksLookup Checks = iota
	// ChecksBits decomposes into bits; circuits with Table steps still commit for their lookups.
	ChecksBits
	// ChecksAuto picks bits for table-free circuits up to AutoBitsLimit constraints, else lookup.
	ChecksAuto
)

// AutoBitsLimit is the size up to which ChecksAuto keeps a bit-checked circuit: its ~120k gas saving
// on-chain against more proving time (measured in docs/BENCHMARKS.md).
const AutoBitsLimit = 1 << 17

func (c Checks) String() string {
	switch c {
	case ChecksBits:
		return "bits"
	case ChecksAuto:
		return "auto"
	}
	return "lookup"
}

// ParseChecks reads a Checks' name.
func ParseChecks(s string) (Checks, error) {
	switch s {
	case "lookup":
		return ChecksLookup, nil
	case "bits":
		return ChecksBits, nil
	case "auto", "":
		return ChecksAuto, nil
	}
	return 0, fmt.Errorf("range checks %q: want lookup, bits or auto", s)
}

// Circuit proves that Out is the program's output for the request input In and that Digest binds
// both to Prover: Digest (the one public input) is zk.Digest of the prover, the input bytes and the
// output bytes.
type Circuit struct {
	P *inference.Program `gnark:"-"`
	// Binding is the input form and the domains the digest packs by. InputBits, when set, is the
	// int64 form's real inputs' domain, |q| < 2^InputBits at the input's scale: inputs outside it
	// have no proof, inside it bounds flow from it. OutputBits, when set, packs the outputs by value,
	// each range-checked to ±2^OutputBits; AutoOutputBits lets Define take the outputs' bound (the
	// narrowest sound domain, or whole words for unbounded outputs) and record it, as Compile does.
	Binding `gnark:"-"`
	Checks  Checks `gnark:"-"` // ChecksLookup or ChecksBits
	// LookupBase is the lookup range checks' limb width (0: gnark's choice); Compile picks it.
	LookupBase int               `gnark:"-"`
	Digest     frontend.Variable `gnark:",public"`
	// Prover is the account the proof is for (private): the verifier puts the submitter's address
	// in the digest, so the proof verifies for this account only.
	Prover frontend.Variable
	// In is the input as the request carries it: its bytes (FormatBytes) or int64 values (FormatInt64).
	In  []frontend.Variable
	Out []frontend.Variable // the output values
}

// New is an empty circuit for p taking inputs in form f (for compilation), or an error naming the
// first unsupported op.
func New(p *inference.Program, f Format, checks Checks) (*Circuit, error) {
	for _, s := range p.Steps {
		if !slices.Contains(Supported, s.Op) {
			return nil, fmt.Errorf("step %s (%s): %w", s.Node, s.Op, ErrUnsupported)
		}
	}
	if checks == ChecksAuto {
		return nil, errors.New("zk.New: resolve ChecksAuto first (Setup does)")
	}
	if _, err := f.InputLen(p); err != nil {
		return nil, err
	}
	n := 0
	for _, id := range p.Inputs {
		n += int(p.Values[id].Len())
	}
	m := 0
	for _, id := range p.Outputs {
		m += int(p.Values[id].Len())
	}
	return &Circuit{P: p, Binding: Binding{Format: f}, Checks: checks, In: make([]frontend.Variable, n), Out: make([]frontend.Variable, m)}, nil
}

// Witness is the full assignment for a run of the request input input (in c's form) proven for the
// account prover: the input, the run's outputs and their digest.
func (c *Circuit) Witness(prover common.Address, input []byte, tr *trace.Trace) (*Circuit, error) {
	want, _ := c.Format.InputLen(c.P)
	if len(input) != want {
		return nil, fmt.Errorf("%w: %d input bytes; the circuit takes the %s form, %d bytes", inference.ErrInvalidInput, len(input), c.Format, want)
	}
	if c.OutputBits < 0 {
		return nil, errors.New("zk: the circuit's output domain is chosen when it is compiled (Compile)")
	}
	a := &Circuit{P: c.P, Binding: c.Binding, Checks: c.Checks, Prover: new(big.Int).SetBytes(prover.Bytes()), In: make([]frontend.Variable, 0, len(c.In)), Out: make([]frontend.Variable, 0, len(c.Out))}
	if c.Format == FormatBytes {
		for _, x := range input {
			a.In = append(a.In, x)
		}
	} else {
		for _, id := range c.P.Inputs {
			for _, v := range tr.Values[id] {
				a.In = append(a.In, v)
			}
		}
	}
	for _, id := range c.P.Outputs {
		for _, v := range tr.Values[id] {
			a.Out = append(a.Out, v)
		}
	}
	d, err := c.Binding.Digest(prover, input, tr.Output()) // a value outside a domain has none
	if err != nil {
		return nil, err
	}
	a.Digest = d
	return a, nil
}

// Int64Input is a trace's input in the int64 form (docs/ENCODING.md).
func Int64Input(tr *trace.Trace) []byte {
	ins := make([][]int64, len(tr.Program.Inputs))
	for i, id := range tr.Program.Inputs {
		ins[i] = tr.Values[id]
	}
	return inference.EncodeOutput(ins)
}

// Define builds the constraints: the input decoded as the engine decodes it, every step's outputs
// from its inputs as the engine computes them, and the digest of the input and output bytes.
func (c *Circuit) Define(api frontend.API) error {
	p := poolFirst(c.P) // same outputs, fewer checks
	b := &builder{api: api, p: p, vals: make([][]frontend.Variable, len(p.Values)), bound: make([]*big.Int, len(p.Values)),
		deferred: deferredChecks(p)}
	if c.Checks == ChecksBits {
		b.rc = bitsChecker{api}
	} else {
		if c.LookupBase == 0 {
			b.rc = rangecheck.New(api)
		} else {
			b.rc = rangecheck.New(api, rangecheck.WithBaseLength(c.LookupBase))
			b.base = c.LookupBase
		}
	}
	groups, err := c.inputs(b)
	if err != nil {
		return err
	}
	for i := range p.Steps {
		if err := b.step(&p.Steps[i]); err != nil {
			return err
		}
	}
	if c.OutputBits < 0 {
		c.OutputBits = b.outputBits()
	}
	outs := make([]frontend.Variable, 0, len(c.Out))
	k := 0
	for _, id := range c.P.Outputs {
		for _, y := range b.value(id) {
			api.AssertIsEqual(y, c.Out[k])
			var u frontend.Variable
			if c.OutputBits > 0 {
				// Checked even though the bound holds it: the digest's packing is one-to-one only
				// within the domain, and this keeps that from resting on the bound analysis.
				u = api.Add(y, new(big.Int).Lsh(big.NewInt(1), uint(c.OutputBits)))
				b.rc.Check(u, c.OutputBits+1)
			} else if u, err = b.unsignedB(y, b.boundOf(id)); err != nil {
				return err
			}
			outs = append(outs, u)
			k++
		}
	}
	inLen, err := c.Format.InputLen(c.P)
	if err != nil {
		return err
	}
	d, err := digestCircuit(api, c.Binding, c.Prover, inLen, 8*len(c.Out), groups, outs)
	if err != nil {
		return err
	}
	api.AssertIsEqual(d, c.Digest)
	return nil
}

// inputs decodes In as DecodeInput does and sets the input slots' values and bounds; it returns
// what the digest packs for them: the input bytes, or the int64 values' two's complements.
func (c *Circuit) inputs(b *builder) ([]frontend.Variable, error) {
	var groups []frontend.Variable
	k := 0
	for _, id := range c.P.Inputs {
		v := &c.P.Values[id]
		xs := make([]frontend.Variable, v.Len())
		// An integer input narrower than a byte (int8, bool) refuses the larger bytes, as
		// DecodeInput does.
		byteMax := int64(255)
		if _, hi, ok := dtypeRange(v.DType); v.Int && ok && hi < byteMax {
			byteMax = hi
		}
		if c.Format == FormatBytes {
			// A byte b means b (integer input) or round(b·2^s/255) ≤ 2^s.
			b.bound[id] = big.NewInt(byteMax)
			if !v.Int {
				b.bound[id] = new(big.Int).Lsh(big.NewInt(1), uint(v.Scale))
			}
		}
		for i := range xs {
			x := c.In[k+i]
			if c.Format == FormatBytes {
				b.rc.Check(x, 8)
				if byteMax < 255 {
					b.rc.Check(b.api.Sub(byteMax, x), 8)
				}
				groups = append(groups, x)
				q, err := b.decodeByte(v, x)
				if err != nil {
					return nil, err
				}
				xs[i] = q
				continue
			}
			var u frontend.Variable
			var err error
			if c.InputBits > 0 {
				// The declared domain: x + 2^n in [0, 2^(n+1)), exactly n+1 bits (this check is
				// the domain), is also what the digest packs (Binding.Digest).
				lim := new(big.Int).Lsh(big.NewInt(1), uint(c.InputBits))
				u = b.api.Add(x, lim)
				b.rc.Check(u, c.InputBits+1)
				b.bound[id] = lim
				if bnd := b.inputRange(v, x); bounded(bnd) {
					b.bound[id] = minBig(lim, bnd)
				}
			} else if bnd := b.inputRange(v, x); bounded(bnd) {
				b.bound[id] = bnd
				u, err = b.unsigned(x)
			} else {
				b.int64(x)
				u, err = b.unsigned(x)
			}
			if err != nil {
				return nil, err
			}
			groups = append(groups, u)
			xs[i] = x
		}
		b.vals[id] = xs
		k += int(v.Len())
	}
	return groups, nil
}

// bitsChecker range-checks by bit decomposition: no commitment in the proof.
type bitsChecker struct{ api frontend.API }

func (c bitsChecker) Check(v frontend.Variable, n int) {
	bits.ToBinary(c.api, v, bits.WithNbDigits(n))
}

// decodeByte is DecodeInput of one byte x of a real input: round(x·2^s/255) =
// floor((2·x·2^s + 255) / 510), the quotient hinted with its remainder checked to [0, 510); an
// integer input takes the byte as it is.
func (b *builder) decodeByte(v *inference.Value, x frontend.Variable) (frontend.Variable, error) {
	if v.Int {
		return x, nil
	}
	num := b.api.Add(b.api.Mul(x, new(big.Int).Lsh(big.NewInt(2), uint(v.Scale))), 255)
	out, err := b.api.Compiler().NewHint(divHint, 2, num, 510)
	if err != nil {
		return nil, err
	}
	q, r := out[0], out[1]
	b.rc.Check(r, 9)
	b.rc.Check(b.api.Sub(509, r), 9)
	b.api.AssertIsEqual(num, b.api.Add(b.api.Mul(q, 510), r))
	return q, nil
}

// unsigned is an int64 x's two's-complement bits as an unsigned value: x + 2^64 when x < 0. The
// hinted sign s is unique for an int64 x: a wrong one puts u outside [0, 2^64).
func (b *builder) unsigned(x frontend.Variable) (frontend.Variable, error) {
	out, err := b.api.Compiler().NewHint(signHint, 1, x)
	if err != nil {
		return nil, err
	}
	nn := out[0]
	b.api.AssertIsBoolean(nn)
	u := b.api.Add(x, b.api.Mul(b.api.Sub(1, nn), new(big.Int).Lsh(big.NewInt(1), 64)))
	b.rc.Check(u, 64)
	return u, nil
}

// unsignedB is unsigned for |x| ≤ xb: when bounded, the checked sign of x decides the two's
// complement and no 64-bit check is needed.
func (b *builder) unsignedB(x frontend.Variable, xb *big.Int) (frontend.Variable, error) {
	if !bounded(xb) {
		return b.unsigned(x)
	}
	nn, err := b.nonNegB(x, xb)
	if err != nil {
		return nil, err
	}
	return b.api.Add(x, b.api.Mul(b.api.Sub(1, nn), new(big.Int).Lsh(big.NewInt(1), 64))), nil
}

type builder struct {
	api   frontend.API
	bound []*big.Int // per value slot, bounds.go (nil: not known yet)
	// base is the lookup range checker's limb width (0: bits): widths that may grow are rounded up
	// to whole limbs, which costs nothing more than the partial top limb's extra lookup.
	base int
	// deferred marks rescaled slots whose quotient check a ReLU's sign check does (deferredChecks).
	deferred []bool
	rc       frontend.Rangechecker
	p        *inference.Program
	vals     [][]frontend.Variable
	tables   map[int64]logderivlookup.Table
}

// value is slot id's elements: computed, an input, or the constants.
func (b *builder) value(id int32) []frontend.Variable {
	if b.vals[id] == nil {
		c := b.p.Values[id].Const
		xs := make([]frontend.Variable, len(c))
		for i, v := range c {
			xs[i] = v
		}
		b.vals[id] = xs
	}
	return b.vals[id]
}

func isConst(x frontend.Variable) bool {
	_, ok := x.(int64)
	return ok
}

const two63 = uint64(1) << 63

// int64 constrains x to [-2^63, 2^63).
func (b *builder) int64(x frontend.Variable) {
	if isConst(x) {
		return
	}
	b.rc.Check(b.api.Add(x, two63), 64)
}

// rshr is the engine's rounding arithmetic shift: floor((x + 2^(k-1)) / 2^k), checked to int64.
func (b *builder) rshr(x frontend.Variable, k int) (frontend.Variable, error) {
	q, _, err := b.rshrQ(x, k, unbounded, false)
	return q, err
}

// rshrQ is rshr of x with |x| ≤ xb: the quotient is checked only to its bound qb, which it
// returns. The check makes q unique: another remainder would put (x - r)/2^k outside any window
// narrower than p/2^k. With deferQ (bounded quotients only) the check is left to the reader's
// sign check, which holds q in a window as narrow as its own check would.
func (b *builder) rshrQ(x frontend.Variable, k int, xb *big.Int, deferQ bool) (frontend.Variable, *big.Int, error) {
	if k == 0 {
		b.signed(x, xb)
		return x, minBig(xb, unbounded), nil
	}
	if k < 0 || k > 120 {
		return nil, nil, fmt.Errorf("rescale by %d bits: %w", k, ErrUnsupported)
	}
	qb := unbounded
	if xb.BitLen() <= 126 {
		// Past int64, x is still exact both in the field and in the engine's 128-bit accumulators
		// (its products and sums, each within xb): the quotient's bound holds.
		qb = minBig(new(big.Int).Add(new(big.Int).Rsh(xb, uint(k)), big.NewInt(1)), unbounded)
	}
	half := new(big.Int).Lsh(big.NewInt(1), uint(k-1))
	t := b.api.Add(x, half)
	out, err := b.api.Compiler().NewHint(rshrHint, 2, t, k)
	if err != nil {
		return nil, nil, err
	}
	q, r := out[0], out[1]
	b.rc.Check(r, k)
	if !deferQ || !bounded(qb) {
		b.signed(q, qb)
	}
	b.api.AssertIsEqual(t, b.api.Add(b.api.Mul(q, new(big.Int).Lsh(big.NewInt(1), uint(k))), r))
	return q, qb, nil
}

// nonNeg is 1 when the int64 x is ≥ 0, else 0 (hinted, then checked by ranges).
func (b *builder) nonNeg(x frontend.Variable) (frontend.Variable, error) {
	return b.nonNegB(x, unbounded)
}

// nonNegB is nonNeg of x with |x| ≤ xb: the sign is checked only over the bound's width.
func (b *builder) nonNegB(x frontend.Variable, xb *big.Int) (frontend.Variable, error) {
	n := 63
	if bounded(xb) {
		n = b.widen(xb.BitLen())
	}
	out, err := b.api.Compiler().NewHint(signHint, 1, x)
	if err != nil {
		return nil, err
	}
	s := out[0]
	b.api.AssertIsBoolean(s)
	// s = 1: x ∈ [0, 2^63); s = 0: -x-1 ∈ [0, 2^63).
	t := b.api.Sub(b.api.Mul(b.api.Sub(b.api.Mul(s, 2), 1), x), b.api.Sub(1, s))
	b.rc.Check(t, n)
	return s, nil
}

func (b *builder) max(u, v frontend.Variable) (frontend.Variable, error) {
	return b.maxB(u, v, unbounded)
}

// maxB is max(u, v) with |u - v| ≤ db.
func (b *builder) maxB(u, v frontend.Variable, db *big.Int) (frontend.Variable, error) {
	s, err := b.nonNegB(b.api.Sub(u, v), db) // unbounded: u - v of two int64 fits 65 bits; checked to 63
	if err != nil {
		return nil, err
	}
	return b.api.Select(s, u, v), nil
}

func (b *builder) min(u, v frontend.Variable) (frontend.Variable, error) {
	return b.minB(u, v, unbounded)
}

// minB is min(u, v) with |u - v| ≤ db.
func (b *builder) minB(u, v frontend.Variable, db *big.Int) (frontend.Variable, error) {
	s, err := b.nonNegB(b.api.Sub(u, v), db)
	if err != nil {
		return nil, err
	}
	return b.api.Select(s, v, u), nil
}

// reads records which input elements an element reads, in order (the program's structure, no values).
type reads struct {
	slots []int32
	idx   []int64
}

func (b *builder) readsOf(s *inference.Step, j int64) (reads, error) {
	var r reads
	// Any non-zero value will do (a zero divisor would stop the engine before its reads end).
	_, err := inference.ElementValue(b.p, s, j, func(slot int32, idx int64) (int64, error) {
		r.slots, r.idx = append(r.slots, slot), append(r.idx, idx)
		return 1, nil
	})
	if err != nil && !errors.Is(err, inference.ErrOverflow) {
		return r, err
	}
	return r, nil
}

func (b *builder) step(s *inference.Step) error {
	build, ok := circuitSteps[s.Op]
	if !ok {
		reason := circuitRefusals[s.Op]
		if reason == "" {
			reason = "no circuit"
		}
		return fmt.Errorf("step %s (%s): %s: %w", s.Node, s.Op, reason, ErrUnsupported)
	}
	out := make([]frontend.Variable, b.p.Values[s.Out].Len())
	ob, err := build(b, s, out) // ob: the output's bound, when the op computes one (bounds.go)
	if err != nil {
		return err
	}
	b.vals[s.Out] = out
	if ob != nil {
		b.bound[s.Out] = minBig(ob, unbounded)
	}
	return nil
}

// div is the engine's arith.div(n, d) of |n| ≤ bn and |d| ≤ bd: with d > 0 (the signs moved to
// n), floor((2n + d) / 2d) — round half up — every intermediate an int64, d = 0 with no proof. An
// intermediate whose bound stays below 2^62 cannot overflow and is not checked; the quotient and
// remainder are checked as wide as their bounds. It returns the quotient's bound.
func (b *builder) div(n, d frontend.Variable, bn, bd *big.Int) (frontend.Variable, *big.Int, error) {
	api := b.api
	if !isConst(d) {
		pos, err := b.nonNegB(d, bd)
		if err != nil {
			return nil, nil, err
		}
		n = api.Select(pos, n, api.Neg(n))
		d = api.Select(pos, d, api.Neg(d))
		b.checkUnless(n, bn)
		b.rc.Check(api.Sub(d, 1), widthOf(bd)) // 1 ≤ d ≤ bd
	} else if c := d.(int64); c <= 0 {
		if c == 0 {
			return nil, nil, errors.New("division by the constant zero")
		}
		n, d = api.Neg(n), -c
		b.checkUnless(n, bn)
	}
	if c, ok := d.(int64); ok {
		bd = big.NewInt(c)
	}
	two := api.Mul(n, 2)
	tb := b.checkUnless(two, new(big.Int).Lsh(bn, 1))
	num := api.Add(two, d)
	nb := b.checkUnless(num, new(big.Int).Add(tb, bd))
	den := api.Mul(d, 2)
	db := b.checkUnless(den, new(big.Int).Lsh(bd, 1))
	o, err := api.Compiler().NewHint(divHint, 2, num, den)
	if err != nil {
		return nil, nil, err
	}
	q, r := o[0], o[1]
	qb := minBig(new(big.Int).Add(new(big.Int).Rsh(nb, 1), big.NewInt(1)), unbounded) // den ≥ 2
	b.signed(q, qb)
	b.rc.Check(r, widthOf(db))
	b.rc.Check(api.Sub(api.Sub(den, 1), r), widthOf(db)) // r < den
	api.AssertIsEqual(num, api.Add(api.Mul(q, den), r))
	return q, qb, nil
}

// divWide is the engine's divScaled on a dividend n = u·2^k exact in the field (|n| < 2^125): with
// d > 0 (signs moved to n), floor((2n + d) / 2d); only the quotient must be an int64.
func (b *builder) divWide(n, d frontend.Variable, bn, bd *big.Int) (frontend.Variable, *big.Int, error) {
	api := b.api
	if !isConst(d) {
		pos, err := b.nonNegB(d, bd)
		if err != nil {
			return nil, nil, err
		}
		n = api.Select(pos, n, api.Neg(n))
		d = api.Select(pos, d, api.Neg(d))
		b.rc.Check(api.Sub(d, 1), widthOf(bd)) // 1 ≤ d ≤ bd
	} else if c := d.(int64); c <= 0 {
		if c == 0 {
			return nil, nil, errors.New("division by the constant zero")
		}
		n, d = api.Neg(n), -c
	}
	if c, ok := d.(int64); ok {
		bd = big.NewInt(c)
	}
	num := api.Add(api.Mul(n, 2), d)
	den := api.Mul(d, 2)
	db := new(big.Int).Lsh(minBig(bd, unbounded), 1)
	o, err := api.Compiler().NewHint(divHint, 2, num, den)
	if err != nil {
		return nil, nil, err
	}
	q, r := o[0], o[1]
	qb := minBig(new(big.Int).Add(new(big.Int).Rsh(new(big.Int).Add(new(big.Int).Lsh(bn, 1), bd), 1), big.NewInt(1)), unbounded)
	b.signed(q, qb) // an int64 (the engine's overflow check) within its bound
	b.rc.Check(r, widthOf(db))
	b.rc.Check(api.Sub(api.Sub(den, 1), r), widthOf(db)) // r < den
	api.AssertIsEqual(num, api.Add(api.Mul(q, den), r))
	return q, qb, nil
}

// checkUnless checks x to int64 unless its bound xb shows it cannot overflow; it returns x's
// bound (unbounded after a check).
func (b *builder) checkUnless(x frontend.Variable, xb *big.Int) *big.Int {
	if bounded(xb) {
		return xb
	}
	b.int64(x)
	return unbounded
}

// widthOf is the bits of a non-negative value ≤ B (B unbounded: 64).
func widthOf(bnd *big.Int) int {
	if !bounded(bnd) {
		return 64
	}
	return max(bnd.BitLen(), 1)
}

// reduce folds an element's reads: Sum, Mean (div by their count), Max or Min.
func (b *builder) reduce(kind int64, r reads) (frontend.Variable, *big.Int, error) {
	if len(r.slots) == 0 {
		return nil, nil, errors.New("an empty reduction")
	}
	first := b.value(r.slots[0])[r.idx[0]]
	switch kind {
	case inference.ReduceSum, inference.ReduceMean:
		var acc frontend.Variable = 0
		ab := new(big.Int)
		for k := range r.slots {
			x := b.value(r.slots[k])[r.idx[k]]
			acc = b.api.Add(acc, x)
			ab.Add(ab, b.elemBound(r.slots[k], x))
		}
		ab = b.checkUnless(acc, ab)
		if kind == inference.ReduceSum {
			return acc, ab, nil
		}
		return b.div(acc, int64(len(r.slots)), ab, nil)
	case inference.ReduceMax, inference.ReduceMin:
		m := first
		mb := b.elemBound(r.slots[0], first)
		var err error
		for k := 1; k < len(r.slots); k++ {
			x := b.value(r.slots[k])[r.idx[k]]
			xb := b.elemBound(r.slots[k], x)
			if kind == inference.ReduceMax {
				m, err = b.maxB(m, x, new(big.Int).Add(mb, xb))
			} else {
				m, err = b.minB(m, x, new(big.Int).Add(mb, xb))
			}
			if err != nil {
				return nil, nil, err
			}
			mb = maxBig(mb, xb)
		}
		return m, mb, nil
	}
	return nil, nil, fmt.Errorf("reduce kind %d: %w", kind, ErrUnsupported)
}

// avgPool is an AvgPool element: the window's sum divided by its count (which counts padding
// positions under count_include_pad: inference.AvgPoolCount, the engine's own window walk).
func (b *builder) avgPool(s *inference.Step, j int64) (frontend.Variable, *big.Int, error) {
	r, err := b.readsOf(s, j)
	if err != nil {
		return nil, nil, err
	}
	count, err := inference.AvgPoolCount(b.p, s, j)
	if err != nil || count <= 0 {
		return nil, nil, fmt.Errorf("step %s element %d: an empty window (%v)", s.Node, j, err)
	}
	var acc frontend.Variable = 0
	ab := new(big.Int)
	for k := range r.slots {
		x := b.value(r.slots[k])[r.idx[k]]
		acc = b.api.Add(acc, x)
		ab.Add(ab, b.elemBound(r.slots[k], x))
	}
	return b.div(acc, count, b.checkUnless(acc, ab), nil)
}

// sqrt is the engine's isqrtRound(u·2^k) for u ≥ 0 (a negative input has no value, so no proof):
// r = floor(sqrt(n)) hinted with r² ≤ n < (r+1)², plus one when n − r² > r.
func (b *builder) sqrt(u frontend.Variable, k int, ub *big.Int) (frontend.Variable, *big.Int, error) {
	api := b.api
	b.rc.Check(u, widthOf(ub)) // 0 ≤ u ≤ ub
	// n = u·2^k is exact, as the engine computes it in 128 bits: u < 2^63 and k ≤ 64 keep it far
	// below the field's modulus.
	n := api.Mul(u, new(big.Int).Lsh(big.NewInt(1), uint(k)))
	nb := new(big.Int).Lsh(minBig(ub, unbounded), uint(k))
	rw := max((nb.BitLen()+1)/2, 1) // r² ≤ n < 2^(2·rw)
	o, err := api.Compiler().NewHint(isqrtHint, 2, n)
	if err != nil {
		return nil, nil, err
	}
	r, inc := o[0], o[1]
	b.rc.Check(r, rw)
	api.AssertIsBoolean(inc)
	// Each of these lies in [0, 2r] when r = isqrt(n): rw+1 bits hold it.
	rest := api.Sub(n, api.Mul(r, r)) // n − r²
	b.rc.Check(rest, rw+1)
	b.rc.Check(api.Sub(api.Mul(2, r), rest), rw+1) // (r+1)² > n ⇔ 2r − (n − r²) ≥ 0
	// inc = 1 ⇔ rest − r − 1 ≥ 0; inc = 0 ⇔ r − rest ≥ 0.
	b.rc.Check(api.Select(inc, api.Sub(api.Sub(rest, r), 1), api.Sub(r, rest)), rw+1)
	out := api.Add(r, inc)
	ob := new(big.Int).Lsh(big.NewInt(1), uint(rw))
	if !bounded(ob) { // a root past int64 is the engine's overflow
		b.int64(out)
		ob = unbounded
	}
	return out, ob, nil
}

// cast is the engine's Cast between fixed-point and integer values (castElem).
func (b *builder) cast(vx, vo *inference.Value, u frontend.Variable) (frontend.Variable, error) {
	api := b.api
	switch {
	case !vx.Int && !vo.Int:
		if vo.Scale < vx.Scale {
			return b.rshr(u, int(vx.Scale-vo.Scale))
		}
		y := api.Mul(u, new(big.Int).Lsh(big.NewInt(1), uint(vo.Scale-vx.Scale)))
		b.int64(y)
		return y, nil
	case vx.Int && !vo.Int:
		y := api.Mul(u, new(big.Int).Lsh(big.NewInt(1), uint(vo.Scale)))
		b.int64(y)
		return y, nil
	case vo.DType == boolDType:
		return api.Sub(1, api.IsZero(u)), nil
	case vx.Int && vo.DType == int64DType:
		return u, nil
	}
	return nil, fmt.Errorf("cast to integer type %d: %w", vo.DType, ErrUnsupported)
}

// ONNX element types the casts above name.
const (
	boolDType  = 9
	int64DType = 7
)

// unary is Neg, Abs, Clip or LeakyRelu of u (sc: the output scale, the LeakyRelu slope's).
func (b *builder) unary(s *inference.Step, u frontend.Variable, sc int) (frontend.Variable, error) {
	api := b.api
	switch s.Op {
	case inference.OpNeg:
		y := api.Neg(u)
		b.int64(y)
		return y, nil
	case inference.OpAbs:
		nn, err := b.nonNeg(u)
		if err != nil {
			return nil, err
		}
		y := api.Select(nn, u, api.Neg(u))
		b.int64(y)
		return y, nil
	case inference.OpClip:
		lo, err := b.max(u, s.Args[0])
		if err != nil {
			return nil, err
		}
		return b.min(lo, s.Args[1])
	case inference.OpLeakyRelu:
		nn, err := b.nonNeg(u)
		if err != nil {
			return nil, err
		}
		// Only a negative input is scaled (a positive one's product could overflow unused).
		prod := api.Mul(api.Sub(1, nn), u, s.Args[0])
		b.int64(prod)
		neg, err := b.rshr(prod, sc)
		if err != nil {
			return nil, err
		}
		return api.Select(nn, u, neg), nil
	}
	return nil, fmt.Errorf("step %s (%s): %w", s.Node, s.Op, ErrUnsupported)
}

// compare is the engine's Compare of kind on u and v: 1 or 0.
func (b *builder) compare(kind int64, u, v frontend.Variable) (frontend.Variable, error) {
	api := b.api
	d := api.Sub(u, v)
	switch kind {
	case inference.CmpLess, inference.CmpGreaterOrEqual:
		ge, err := b.nonNeg(d)
		if err != nil {
			return nil, err
		}
		if kind == inference.CmpLess {
			return api.Sub(1, ge), nil
		}
		return ge, nil
	case inference.CmpLessOrEqual, inference.CmpGreater:
		le, err := b.nonNeg(api.Neg(d))
		if err != nil {
			return nil, err
		}
		if kind == inference.CmpGreater {
			return api.Sub(1, le), nil
		}
		return le, nil
	case inference.CmpNotEqual:
		return api.Sub(1, api.IsZero(d)), nil
	}
	return api.IsZero(d), nil
}

// moved is output element j of a movement op: the one input element it copies, or (padding) the
// constant the engine gives it. Which element moves may depend only on constants (Gather indices,
// pads): the engine is run twice with different values for the computed elements it reads, and a
// read pattern that changes (a data-dependent gather) or an output that is not the read value has no
// circuit yet.
func (b *builder) moved(s *inference.Step, j int64) (frontend.Variable, error) {
	type read struct {
		slot int32
		idx  int64
	}
	run := func(probe int64) (int64, []read, error) {
		var rs []read
		v, err := inference.ElementValue(b.p, s, j, func(slot int32, idx int64) (int64, error) {
			if c := b.p.Values[slot].Const; c != nil {
				return c[idx], nil
			}
			rs = append(rs, read{slot, idx})
			return probe, nil
		})
		return v, rs, err
	}
	const p1, p2 = 123456789, 987654321
	v1, r1, err1 := run(p1)
	v2, r2, err2 := run(p2)
	unsupported := fmt.Errorf("step %s (%s) element %d moves data-dependently: %w", s.Node, s.Op, j, ErrUnsupported)
	switch {
	case err1 != nil || err2 != nil || !slices.Equal(r1, r2) || len(r1) > 1:
		return nil, unsupported
	case len(r1) == 0 && v1 == v2:
		return v1, nil
	case len(r1) == 1 && v1 == p1 && v2 == p2:
		return b.value(r1[0].slot)[r1[0].idx], nil
	}
	return nil, unsupported
}

// table is the engine's Table.eval: the input's grid cell i = (x >> shift) − lo and offset f; below
// the grid the first value, above it the last (or no proof when the table overflows above), inside
// v_i + rshr((v_{i+1} − v_i)·f, shift), the two values looked up (logderivlookup). vb is the
// table's largest |value|, the output's bound.
func (b *builder) table(id int64, t *inference.Table, x frontend.Variable, vb *big.Int) (frontend.Variable, error) {
	api := b.api
	if b.tables == nil {
		b.tables = map[int64]logderivlookup.Table{}
	}
	lt, ok := b.tables[id]
	if !ok {
		lt = logderivlookup.New(api)
		for _, v := range t.Values {
			lt.Insert(v)
		}
		b.tables[id] = lt
	}
	sh := int(t.Shift)
	n := int64(len(t.Values))
	// x = g·2^shift + f, 0 ≤ f < 2^shift.
	g, f := frontend.Variable(x), frontend.Variable(0)
	if sh > 0 {
		o, err := api.Compiler().NewHint(rshrHint, 2, x, sh)
		if err != nil {
			return nil, err
		}
		g, f = o[0], o[1]
		b.rc.Check(f, sh)
		b.int64(g)
		api.AssertIsEqual(x, api.Add(api.Mul(g, new(big.Int).Lsh(big.NewInt(1), uint(sh))), f))
	}
	i := api.Sub(g, t.Lo)
	o, err := api.Compiler().NewHint(regionHint, 2, i, n)
	if err != nil {
		return nil, err
	}
	below, above := o[0], o[1]
	api.AssertIsBoolean(below)
	api.AssertIsBoolean(above)
	api.AssertIsEqual(api.Mul(below, above), 0)
	inside := api.Sub(1, api.Add(below, above))
	// below ⇒ i ≤ −1; above ⇒ i ≥ n−1; inside ⇒ 0 ≤ i ≤ n−2.
	b.rc.Check(api.Mul(below, api.Sub(api.Neg(i), 1)), 64)
	b.rc.Check(api.Mul(above, api.Sub(i, n-1)), 64)
	bits := 1
	for int64(1)<<bits < n {
		bits++
	}
	idx := api.Mul(inside, i)
	b.rc.Check(idx, bits)
	b.rc.Check(api.Mul(inside, api.Sub(n-2, i)), bits)
	if t.OverflowAbove {
		// Above the grid only its last point itself has a value.
		api.AssertIsEqual(api.Mul(above, api.Add(api.Mul(api.Sub(i, n-1), new(big.Int).Lsh(big.NewInt(1), uint(sh))), f)), 0)
	}
	vs := lt.Lookup(idx, api.Add(idx, 1))
	prod := api.Mul(api.Sub(vs[1], vs[0]), f)
	pb := b.checkUnless(prod, new(big.Int).Lsh(vb, uint(sh)+1)) // |v1 - v0| ≤ 2·vb, f < 2^shift
	step, _, err := b.rshrQ(prod, sh, pb, false)
	if err != nil {
		return nil, err
	}
	interp := api.Add(vs[0], step)
	y := api.Add(api.Add(api.Mul(below, t.Values[0]), api.Mul(above, t.Values[n-1])), api.Mul(inside, interp))
	b.checkUnless(y, vb)
	return y, nil
}

// isqrtHint: input n ≥ 0 → r = floor(sqrt(n)), and 1 when n − r² > r.
func isqrtHint(field *big.Int, in, out []*big.Int) error {
	n := signed(field, in[0])
	if n.Sign() < 0 {
		return errors.New("sqrt of a negative value")
	}
	r := new(big.Int).Sqrt(n)
	out[0].Set(r)
	rest := new(big.Int).Sub(n, new(big.Int).Mul(r, r))
	if rest.Cmp(r) > 0 {
		out[1].SetInt64(1)
	} else {
		out[1].SetInt64(0)
	}
	return nil
}

// divHint: inputs num, den (den > 0) → q = floor(num / den), r = num − q·den (num signed).
func divHint(field *big.Int, in, out []*big.Int) error {
	num, den := signed(field, in[0]), signed(field, in[1])
	if den.Sign() <= 0 {
		return errors.New("division by a non-positive number")
	}
	q, r := new(big.Int).DivMod(num, den, new(big.Int)) // Euclidean: r ≥ 0 for den > 0
	out[0].Mod(q, field)
	out[1].Set(r)
	return nil
}

// regionHint: inputs i, n → (i < 0, i ≥ n−1).
func regionHint(field *big.Int, in, out []*big.Int) error {
	i := signed(field, in[0])
	n := in[1].Int64()
	out[0].SetInt64(0)
	out[1].SetInt64(0)
	if i.Sign() < 0 {
		out[0].SetInt64(1)
	} else if i.Cmp(big.NewInt(n-1)) >= 0 {
		out[1].SetInt64(1)
	}
	return nil
}

// signed reads a field element as a signed integer (above half the modulus: negative).
func signed(field, x *big.Int) *big.Int {
	if x.Cmp(new(big.Int).Rsh(field, 1)) > 0 {
		return new(big.Int).Sub(x, field)
	}
	return new(big.Int).Set(x)
}

// rshrHint: inputs t, k → q = floor(t / 2^k), r = t - q·2^k (t signed).
func rshrHint(field *big.Int, in, out []*big.Int) error {
	t := signed(field, in[0])
	k := uint(in[1].Uint64())
	q := new(big.Int).Rsh(t, k) // arithmetic: floor for negatives
	r := new(big.Int).Sub(t, new(big.Int).Lsh(q, k))
	out[0].Mod(q, field)
	out[1].Set(r)
	if tamperRescale != nil {
		tamperRescale(field, k, out[0], out[1])
	}
	return nil
}

// tamperRescale, set by soundness tests only, lets a test play a dishonest prover's rescale hint.
var tamperRescale func(field *big.Int, k uint, q, r *big.Int)

// signHint: 1 when the signed input is ≥ 0.
func signHint(field *big.Int, in, out []*big.Int) error {
	if signed(field, in[0]).Sign() >= 0 {
		out[0].SetInt64(1)
	} else {
		out[0].SetInt64(0)
	}
	return nil
}
