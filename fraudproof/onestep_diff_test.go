package fraudproof

import (
	"context"
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/auspex-labs/auspex/inference"
	"github.com/auspex-labs/auspex/internal/contracts"
)

// diffCases is how many random cases each op gets: AUSPEX_DIFF_CASES (10000 for the measurement
// in docs/BENCHMARKS.md), a reduced count in CI.
func diffCases() int {
	if n, err := strconv.Atoi(os.Getenv("AUSPEX_DIFF_CASES")); err == nil && n > 0 {
		return n
	}
	return 150
}

// randVal draws int64 values: moderate ones, or (wild) a mix with extremes that reaches every
// overflow check.
func randVal(rng *rand.Rand, wild bool) int64 {
	if !wild {
		return rng.Int64N(1<<40) - 1<<39
	}
	switch rng.IntN(10) {
	case 0:
		return math.MaxInt64 - rng.Int64N(1<<20)
	case 1:
		return math.MinInt64 + rng.Int64N(1<<20)
	case 2:
		return rng.Int64N(1<<62) - 1<<61
	case 3:
		return rng.Int64N(7) - 3
	default:
		return rng.Int64N(1<<40) - 1<<39
	}
}

func randShape(rng *rand.Rand, rank, maxDim int) []int64 {
	s := make([]int64, rank)
	for i := range s {
		s[i] = 1 + rng.Int64N(int64(maxDim))
	}
	return s
}

func numel(s []int64) int64 {
	n := int64(1)
	for _, d := range s {
		n *= d
	}
	return n
}

// bcastOf returns a shape that broadcasts to out: a suffix of it, with some dims set to 1.
func bcastOf(rng *rand.Rand, out []int64) []int64 {
	r := rng.IntN(len(out) + 1)
	s := append([]int64{}, out[len(out)-r:]...)
	for i := range s {
		if rng.IntN(3) == 0 {
			s[i] = 1
		}
	}
	return s
}

// oneStep builds a program with one step and random input data: the values of every slot.
func oneStep(rng *rand.Rand, op inference.OpCode) (*inference.Program, [][]int64) {
	p := &inference.Program{}
	add := func(shape []int64, scale uint8) int32 {
		p.Values = append(p.Values, inference.Value{Name: fmt.Sprint("v", len(p.Values)), Shape: shape, Scale: scale})
		return int32(len(p.Values) - 1)
	}
	sc := func() uint8 { return uint8(rng.IntN(31)) }
	var ins []int32
	var out int32
	var args []int64
	switch op {
	case inference.OpCopy, inference.OpRelu, inference.OpNeg, inference.OpAbs:
		shape := randShape(rng, 1+rng.IntN(4), 5)
		ins = []int32{add(shape, 24)}
		out = add(shape, 24)
	case inference.OpLeakyRelu, inference.OpClip:
		shape := randShape(rng, 1+rng.IntN(4), 5)
		ins = []int32{add(shape, 24)}
		out = add(shape, sc())
		if op == inference.OpLeakyRelu {
			args = []int64{randVal(rng, rng.IntN(4) == 0)}
		} else {
			args = []int64{rng.Int64N(1<<40) - 1<<39, rng.Int64N(1<<40) - 1<<38}
		}
	case inference.OpExpand:
		o := randShape(rng, 1+rng.IntN(4), 4)
		ins = []int32{add(bcastOf(rng, o), 24)}
		out = add(o, 24)
	case inference.OpDiv, inference.OpCompare, inference.OpMod:
		o := randShape(rng, 1+rng.IntN(4), 4)
		isInt := op == inference.OpMod || (op == inference.OpDiv && rng.IntN(2) == 0)
		if isInt {
			ins = []int32{addInt(p, bcastOf(rng, o)), addInt(p, bcastOf(rng, o))}
			out = addInt(p, o)
		} else {
			s0 := sc()
			ins = []int32{add(bcastOf(rng, o), s0), add(bcastOf(rng, o), sc())}
			out = add(o, sc())
		}
		switch op {
		case inference.OpCompare:
			args = []int64{rng.Int64N(6)}
			p.Values[out].Int, p.Values[out].DType, p.Values[out].Scale = true, 9, 0
		case inference.OpMod:
			args = []int64{rng.Int64N(2)}
		}
	case inference.OpBitwise:
		o := randShape(rng, 1+rng.IntN(4), 4)
		dt := []uint8{2, 3, 4, 5, 6, 7, 12, 13}[rng.IntN(8)]
		ins = []int32{addInt(p, bcastOf(rng, o)), addInt(p, bcastOf(rng, o))}
		out = addInt(p, o)
		for _, id := range append(ins, out) {
			p.Values[id].DType = dt
		}
		args = []int64{rng.Int64N(5)}
	case inference.OpTranspose:
		x := randShape(rng, 1+rng.IntN(4), 4)
		perm := rng.Perm(len(x))
		o := make([]int64, len(x))
		for d, pd := range perm {
			o[d] = x[pd]
			args = append(args, int64(pd))
		}
		ins = []int32{add(x, 24)}
		out = add(o, 24)
	case inference.OpSlice:
		x := randShape(rng, 1+rng.IntN(4), 6)
		o := make([]int64, len(x))
		for d, n := range x {
			step := []int64{1, 2, -1, 3}[rng.IntN(4)]
			start := rng.Int64N(n)
			maxLen := (n-1-start)/step + 1
			if step < 0 {
				maxLen = start/(-step) + 1
			}
			o[d] = 1 + rng.Int64N(maxLen)
			args = append(args, start, step)
		}
		ins = []int32{add(x, 24)}
		out = add(o, 24)
	case inference.OpPad:
		x := randShape(rng, 1+rng.IntN(4), 5)
		mode := rng.Int64N(4) // constant, reflect, edge, wrap
		args = []int64{mode, randVal(rng, false)}
		o := make([]int64, len(x))
		for d, n := range x {
			lim := int64(3)
			if mode == 1 && n > 1 {
				lim = min(lim, n) // reflect pads stay below the dimension (any pad on a size-1 axis)
			}
			pb, pe := rng.Int64N(lim), rng.Int64N(lim)
			o[d] = n + pb + pe
			args = append(args, pb)
		}
		ins = []int32{add(x, 24)}
		out = add(o, 24)
	case inference.OpConcat:
		x := randShape(rng, 1+rng.IntN(3), 4)
		axis := rng.IntN(len(x))
		o := append([]int64{}, x...)
		o[axis] = 0
		for k := 0; k < 2+rng.IntN(2); k++ {
			sh := append([]int64{}, x...)
			sh[axis] = 1 + rng.Int64N(3)
			o[axis] += sh[axis]
			ins = append(ins, add(sh, 24))
		}
		args = []int64{int64(axis)}
		out = add(o, 24)
	case inference.OpGather:
		x := randShape(rng, 1+rng.IntN(3), 4)
		axis := rng.IntN(len(x))
		ish := randShape(rng, rng.IntN(3), 3)
		o := append(append(append([]int64{}, x[:axis]...), ish...), x[axis+1:]...)
		ind := addInt(p, ish)
		ins = []int32{add(x, 24), ind}
		args = []int64{int64(axis)}
		out = add(o, 24)
	case inference.OpSqrt, inference.OpRound:
		shape := randShape(rng, 1+rng.IntN(3), 5)
		s0 := sc()
		ins = []int32{add(shape, s0)}
		if op == inference.OpRound {
			args = []int64{rng.Int64N(3)}
			out = add(shape, s0)
		} else {
			out = add(shape, uint8(int(s0)/2+rng.IntN(34)))
		}
	case inference.OpCast:
		shape := randShape(rng, 1+rng.IntN(3), 5)
		dts := []uint8{2, 3, 4, 5, 6, 7, 9, 12}
		var in int32
		if rng.IntN(2) == 0 {
			in = addInt(p, shape)
			p.Values[in].DType = dts[rng.IntN(len(dts))]
		} else {
			in = add(shape, sc())
		}
		ins = []int32{in}
		if rng.IntN(2) == 0 {
			out = addInt(p, shape)
			p.Values[out].DType = dts[rng.IntN(len(dts))]
		} else {
			out = add(shape, sc())
		}
	case inference.OpArgMax:
		x := randShape(rng, 1+rng.IntN(3), 5)
		axis := rng.IntN(len(x))
		o := append([]int64{}, x...)
		o[axis] = 1
		ins = []int32{add(x, 24)}
		out = addInt(p, o)
		args = []int64{int64(axis), rng.Int64N(2), rng.Int64N(2)}
	case inference.OpTile:
		x := randShape(rng, 1+rng.IntN(3), 4)
		o := make([]int64, len(x))
		for d := range x {
			o[d] = x[d] * (1 + rng.Int64N(3))
		}
		ins = []int32{add(x, 24)}
		out = add(o, 24)
	case inference.OpGatherElements:
		x := randShape(rng, 1+rng.IntN(3), 4)
		axis := rng.IntN(len(x))
		ish := make([]int64, len(x))
		for d := range x {
			ish[d] = 1 + rng.Int64N(x[d])
		}
		ish[axis] = 1 + rng.Int64N(5)
		ins = []int32{add(x, 24), addInt(p, ish)}
		args = []int64{int64(axis)}
		out = add(ish, 24)
	case inference.OpConvTranspose:
		nsp := 1 + rng.IntN(2)
		group := int64(1 + rng.IntN(2))
		C, mg := group*(1+rng.Int64N(3)), 1+rng.Int64N(3)
		x := []int64{1 + rng.Int64N(2), C}
		w := []int64{C, mg}
		o := []int64{x[0], mg * group}
		args = []int64{group, int64(nsp)}
		for d := 0; d < nsp; d++ {
			in, k := 1+rng.Int64N(5), 1+rng.Int64N(3)
			stride, dil, pb := 1+rng.Int64N(3), 1+rng.Int64N(2), rng.Int64N(2)
			x, w = append(x, in), append(w, k)
			o = append(o, max(1, (in-1)*stride+dil*(k-1)+1-pb))
			args = append(args, stride, dil, pb)
		}
		ins = []int32{add(x, sc()), add(w, sc())}
		if rng.IntN(2) == 0 {
			ins = append(ins, add([]int64{mg * group}, sc()))
		}
		out = add(o, sc())
	case inference.OpRequant:
		x := randShape(rng, 1+rng.IntN(3), 4)
		in := addInt(p, x)
		p.Values[in].DType = []uint8{2, 3, 6, 7}[rng.IntN(4)]
		axis, C := int64(-1), int64(1)
		if rng.IntN(2) == 0 {
			axis = rng.Int64N(int64(len(x)))
			C = x[axis]
		}
		args = []int64{axis, rng.Int64N(40), C}
		for k := int64(0); k < C; k++ {
			args = append(args, rng.Int64N(256)-128)
		}
		for k := int64(0); k < C; k++ {
			args = append(args, rng.Int64N(1<<31))
		}
		for k := int64(0); k < C; k++ {
			args = append(args, rng.Int64N(256)-128)
		}
		args = append(args, -128, 127)
		ins = []int32{in}
		out = addInt(p, x)
		p.Values[out].DType = 3
	case inference.OpWeightedGather:
		x := randShape(rng, 1+rng.IntN(2), 5)
		K, m := 1+rng.Int64N(4), 1+rng.Int64N(5)
		ins = []int32{add(x, sc()), addInt(p, []int64{m * K}), add([]int64{m * K}, sc())}
		args = []int64{K}
		out = add([]int64{m}, sc())
	case inference.OpWhere:
		o := randShape(rng, 1+rng.IntN(4), 4)
		cond := addInt(p, bcastOf(rng, o))
		p.Values[cond].DType = 9
		ins = []int32{cond, add(bcastOf(rng, o), 24), add(bcastOf(rng, o), 24)}
		out = add(o, 24)
	case inference.OpAdd, inference.OpSub, inference.OpMul, inference.OpMax, inference.OpMin:
		o := randShape(rng, 1+rng.IntN(4), 4)
		ins = []int32{add(bcastOf(rng, o), sc()), add(bcastOf(rng, o), sc())}
		out = add(o, sc())
	case inference.OpMatMul:
		batch := randShape(rng, rng.IntN(3), 3)
		M, K, N := 1+rng.Int64N(4), 1+rng.Int64N(40), 1+rng.Int64N(4)
		a := append(bcastOf(rng, batch), M, K)
		b := append(bcastOf(rng, batch), K, N)
		o := append(append([]int64{}, batch...), M, N)
		ins = []int32{add(a, sc()), add(b, sc())}
		if rng.IntN(2) == 0 {
			ins = append(ins, add(bcastOf(rng, o), sc()))
		}
		out = add(o, sc())
	case inference.OpConv:
		nsp := 1 + rng.IntN(2)
		group := int64(1 + rng.IntN(2))
		C, M := group*(1+rng.Int64N(3)), group*(1+rng.Int64N(3))
		x := []int64{1 + rng.Int64N(2), C}
		w := []int64{M, C / group}
		o := []int64{x[0], M}
		args = []int64{group, int64(nsp)}
		for d := 0; d < nsp; d++ {
			in, k := 1+rng.Int64N(7), 1+rng.Int64N(3)
			stride, dil, pb, pe := 1+rng.Int64N(2), 1+rng.Int64N(2), rng.Int64N(3), rng.Int64N(3)
			span := dil*(k-1) + 1
			for in+pb+pe < span {
				in++
			}
			x, w = append(x, in), append(w, k)
			o = append(o, (in+pb+pe-span)/stride+1)
			args = append(args, stride, dil, pb)
		}
		ins = []int32{add(x, sc()), add(w, sc())}
		if rng.IntN(2) == 0 {
			ins = append(ins, add([]int64{M}, sc()))
		}
		out = add(o, sc())
	case inference.OpMaxPool, inference.OpAvgPool:
		nsp := 1 + rng.IntN(2)
		x := []int64{1 + rng.Int64N(2), 1 + rng.Int64N(3)}
		o := append([]int64{}, x...)
		args = []int64{rng.Int64N(2), int64(nsp)}
		for d := 0; d < nsp; d++ {
			in, k := 1+rng.Int64N(7), 1+rng.Int64N(3)
			stride, dil := 1+rng.Int64N(2), 1+rng.Int64N(2)
			pb, pe := rng.Int64N(k), rng.Int64N(k)
			span := dil*(k-1) + 1
			for in+pb+pe < span {
				in++
			}
			x = append(x, in)
			o = append(o, (in+pb+pe-span)/stride+1)
			args = append(args, k, stride, dil, pb, pe)
		}
		ins = []int32{add(x, 24)}
		out = add(o, 24)
	case inference.OpReduce:
		x := randShape(rng, 1+rng.IntN(4), 4)
		kind, keep := rng.Int64N(4), rng.Int64N(2)
		mask := make([]int64, len(x))
		mask[rng.IntN(len(x))] = 1
		for d := range mask {
			if rng.IntN(3) == 0 {
				mask[d] = 1
			}
		}
		var o []int64
		for d, m := range mask {
			switch {
			case m == 0:
				o = append(o, x[d])
			case keep == 1:
				o = append(o, 1)
			}
		}
		args = append([]int64{kind, keep}, mask...)
		sc := sc()
		ins = []int32{add(x, sc)}
		out = add(o, sc)
	default:
		panic("no generator for " + op.String())
	}
	p.Steps = []inference.Step{{Op: op, In: ins, Out: out, Args: args, Node: "diff"}}
	vals := make([][]int64, len(p.Values))
	wild := rng.IntN(10) < 3
	for _, id := range ins {
		if vals[id] != nil {
			continue
		}
		vals[id] = make([]int64, numel(p.Values[id].Shape))
		for i := range vals[id] {
			switch {
			case p.Values[id].DType == 9:
				vals[id][i] = rng.Int64N(2)
			case p.Values[id].Int && !wild:
				vals[id][i] = rng.Int64N(41) - 20 // small integers, zero divisors included
			default:
				vals[id][i] = randVal(rng, wild)
			}
		}
	}
	if op == inference.OpWeightedGather {
		n := numel(p.Values[ins[0]].Shape)
		for i := range vals[ins[1]] {
			vals[ins[1]][i] = rng.Int64N(n)
		}
	}
	if op == inference.OpBitwise && args[0] >= inference.BitShiftLeft {
		for i := range vals[ins[1]] {
			vals[ins[1]][i] = rng.Int64N(69) - 2 // shift counts around [0, 63]
		}
	}
	if op == inference.OpRequant && !wild {
		for i := range vals[ins[0]] {
			vals[ins[0]][i] = rng.Int64N(256) - 128
		}
	}
	if op == inference.OpGather || op == inference.OpGatherElements {
		n := p.Values[ins[0]].Shape[args[0]]
		for i := range vals[ins[1]] {
			vals[ins[1]][i] = rng.Int64N(2*n) - n
			if rng.IntN(50) == 0 {
				vals[ins[1]][i] = n + rng.Int64N(3) // out of range
			}
		}
	}
	return p, vals
}

// addInt appends an int64 value slot.
func addInt(p *inference.Program, shape []int64) int32 {
	p.Values = append(p.Values, inference.Value{Name: fmt.Sprint("i", len(p.Values)), Shape: shape, Int: true, DType: 7})
	return int32(len(p.Values) - 1)
}

// TestOneStepVerifierMatchesEngine is the differential test Go engine ↔ Solidity OneStepVerifier:
// random shapes, attributes and extreme values per op; values and errors must agree exactly.
func TestOneStepVerifierMatchesEngine(t *testing.T) {
	ctx := context.Background()
	_, v := deployVerifier(t)
	n := diffCases()
	for _, op := range elementOps() {
		if only := os.Getenv("AUSPEX_DIFF_OPS"); only != "" && !strings.Contains(","+only+",", ","+op.String()+",") {
			continue
		}
		if ok, err := v.CallIsSupported(ctx, uint16(op)); err != nil || !ok {
			t.Fatalf("%s not supported on-chain: %v", op, err)
		}
		rng := rand.New(rand.NewPCG(uint64(op), 2026))
		errs, oks := 0, 0
		for k := 0; k < n; k++ {
			p, vals := oneStep(rng, op)
			s := &p.Steps[0]
			j := rng.Int64N(numel(p.Values[s.Out].Shape))
			leaves, want, goErr := ElementLeaves(p, 0, j, vals)
			got, solErr := v.CallElementValue(ctx, inference.EncodeStepDesc(p.StepDesc(0)), uint64(j), leaves)
			switch {
			case goErr == nil && solErr == nil:
				if got != want {
					t.Fatalf("%s case %d element %d: Solidity %d, Go %d\nstep %+v\nshapes %v", op, k, j, got, want, p.Steps[0], shapes(p))
				}
				oks++
			case goErr != nil && solErr != nil:
				if !sameError(goErr, solErr) {
					t.Fatalf("%s case %d: Go error %v, Solidity error %v", op, k, goErr, solErr)
				}
				errs++
			default:
				t.Fatalf("%s case %d element %d: Go (%d, %v), Solidity (%d, %v)\nstep %+v\nshapes %v", op, k, j, want, goErr, got, solErr, p.Steps[0], shapes(p))
			}
		}
		t.Logf("%-8s %d cases: %d values equal, %d errors equal (overflow or empty window), 0 divergences", op, n, oks, errs)
	}
}

// elementOps are the ops OneStepVerifier.elementValue settles: every on-chain op but those proven
// against their tables (Table, Log: table_diff_test.go).
func elementOps() []inference.OpCode {
	var ops []inference.OpCode
	for _, op := range OnChainOps {
		if op != inference.OpTable && op != inference.OpLog {
			ops = append(ops, op)
		}
	}
	return ops
}

func shapes(p *inference.Program) [][]int64 {
	var s [][]int64
	for _, v := range p.Values {
		s = append(s, v.Shape)
	}
	return s
}

func sameError(goErr, solErr error) bool {
	switch {
	case errors.Is(goErr, inference.ErrOverflow):
		return contracts.IsRevert(solErr, "Overflow")
	case strings.Contains(goErr.Error(), "window without any"):
		return contracts.IsRevert(solErr, "EmptyWindow")
	case strings.Contains(goErr.Error(), "log of a non-positive value"):
		return contracts.IsRevert(solErr, "NonPositiveLog")
	case strings.Contains(goErr.Error(), "division by zero") || strings.Contains(goErr.Error(), "modulo by zero"):
		return contracts.IsRevert(solErr, "DivisionByZero")
	case strings.Contains(goErr.Error(), "out of range ["), strings.Contains(goErr.Error(), "concat index out of range"):
		return contracts.IsRevert(solErr, "IndexOutOfRange")
	case strings.Contains(goErr.Error(), "out of range"):
		return contracts.IsRevert(solErr, "IndexOutOfRange")
	case strings.Contains(goErr.Error(), "sqrt of a negative value"):
		return contracts.IsRevert(solErr, "NegativeSqrt")
	}
	return false
}

// TestOneStepVerifierNeedsEveryInput: a proof that leaves out one leaf the element reads reverts.
func TestOneStepVerifierNeedsEveryInput(t *testing.T) {
	ctx := context.Background()
	_, v := deployVerifier(t)
	rng := rand.New(rand.NewPCG(5, 5))
	for k := 0; k < 20; k++ {
		p, vals := oneStep(rng, inference.OpMatMul)
		leaves, _, _ := ElementLeaves(p, 0, 0, vals)
		drop := rng.IntN(len(leaves))
		short := append(append([]contracts.OpenedLeaf{}, leaves[:drop]...), leaves[drop+1:]...)
		if _, err := v.CallElementValue(ctx, inference.EncodeStepDesc(p.StepDesc(0)), 0, short); !contracts.IsRevert(err, "MissingInput") {
			t.Fatalf("case %d: a missing leaf gave %v", k, err)
		}
		if len(leaves) > 1 {
			leaves[0], leaves[1] = leaves[1], leaves[0]
			if _, err := v.CallElementValue(ctx, inference.EncodeStepDesc(p.StepDesc(0)), 0, leaves); !contracts.IsRevert(err, "LeavesNotSorted") {
				t.Fatalf("case %d: unsorted leaves gave %v", k, err)
			}
		}
	}
	d := inference.EncodeStepDesc(inference.StepDesc{Op: uint16(inference.OpTable), Out: inference.SlotDesc{Shape: []int64{1}}})
	if _, err := v.CallElementValue(ctx, d, 0, nil); !contracts.IsRevert(err, "UnsupportedOp") {
		t.Fatalf("unsupported op: %v", err)
	}
}
