package inference

import (
	"fmt"

	"github.com/auspex-labs/auspex/inference/onnx"
)

// Losses lower to existing ops. The target is a run-time integer tensor, so the element it picks
// along the class axis is selected with a comparison: pick[n,c,d…] = (target[n,d…] = c) and
// (target[n,d…] ≠ ignore_index); the picked value is Σ_c Where(pick, x, 0), an exact sum with one
// term at most. An out-of-range target therefore picks nothing (loss 0) instead of failing.

// lowerNLLLoss: NegativeLogLikelihoodLoss(input [N,C,d…], target [N,d…], weight [C]?).
func lowerNLLLoss(c *compiler, n *onnx.Node) error {
	x, err := c.real(n, 0)
	if err != nil {
		return err
	}
	return c.bindTo(n)(c.nllLoss(n, x))
}

// lowerSoftmaxCrossEntropy: log_prob = LogSoftmax(scores, axis 1) (second output), then the
// negative log-likelihood of it.
func lowerSoftmaxCrossEntropy(c *compiler, n *onnx.Node) error {
	x, err := c.real(n, 0)
	if err != nil {
		return err
	}
	rank := len(c.v(x).Shape)
	if rank < 2 {
		return fmt.Errorf("scores of rank %d", rank)
	}
	mask := make([]int64, rank)
	mask[1] = 1
	lp, err := c.softmax(n, x, mask, true)
	if err != nil {
		return err
	}
	c.bind(n, 1, lp)
	return c.bindTo(n)(c.nllLoss(n, lp))
}

// nllLoss is loss[n,d…] = −x[n,t,d…]·w[t] with t = target[n,d…] (0 where t = ignore_index), then
// reduced: none, sum, or mean = Σ loss / Σ w[t] over the targets not ignored.
func (c *compiler) nllLoss(n *onnx.Node, x int32) (int32, error) {
	xs := c.v(x).Shape
	if len(xs) < 2 {
		return 0, fmt.Errorf("input of rank %d", len(xs))
	}
	t, err := c.in(n, 1)
	if err != nil {
		return 0, err
	}
	vt := c.v(t)
	ts := append([]int64{xs[0]}, xs[2:]...)
	if !vt.Int || !sameShape(vt.Shape, ts) {
		return 0, fmt.Errorf("target %v for input %v", vt.Shape, xs)
	}
	C := xs[1]
	// target as [N,1,d…] against the classes 0…C−1 as [1,C,1…]
	tu, err := c.reshapeTo(n, t, append([]int64{xs[0], 1}, xs[2:]...))
	if err != nil {
		return 0, err
	}
	cls := make([]int64, C)
	for i := range cls {
		cls[i] = int64(i)
	}
	clsShape := append([]int64{1, C}, ones(len(xs)-2)...)
	classes := c.constInt(vt.DType, clsShape, cls)
	pick, err := c.compare(n, CmpEqual, tu, classes)
	if err != nil {
		return 0, err
	}
	if ii, ok := n.Attr("ignore_index"); ok {
		iv := c.constInt(vt.DType, []int64{}, []int64{ii.I})
		keep, err := c.compare(n, CmpNotEqual, tu, iv)
		if err != nil {
			return 0, err
		}
		if pick, err = c.emit(n, OpMin, []int32{pick, keep}, Value{Int: true, DType: dtBool, Shape: c.v(pick).Shape}, nil); err != nil {
			return 0, err
		}
	}
	zero, err := c.scalarConst(0, c.v(x).Scale)
	if err != nil {
		return 0, err
	}
	// w: the weight of each picked class (1 without weights), 0 elsewhere; shape [N,C,d…].
	var wfull int32
	if c.has(n, 2) {
		w, err := c.real(n, 2)
		if err != nil {
			return 0, err
		}
		if !sameShape(c.v(w).Shape, []int64{C}) {
			return 0, fmt.Errorf("weight %v for %d classes", c.v(w).Shape, C)
		}
		if w, err = c.reshapeTo(n, w, clsShape); err != nil {
			return 0, err
		}
		wz, err := c.scalarConst(0, c.v(w).Scale)
		if err != nil {
			return 0, err
		}
		if wfull, err = c.where(n, pick, w, wz); err != nil {
			return 0, err
		}
	} else {
		one, err := c.scalarConst(1, c.opt.Scale)
		if err != nil {
			return 0, err
		}
		zs, err := c.scalarConst(0, c.opt.Scale)
		if err != nil {
			return 0, err
		}
		if wfull, err = c.where(n, pick, one, zs); err != nil {
			return 0, err
		}
	}
	var picked int32
	if c.has(n, 2) {
		if picked, err = c.binary(n, OpMul, x, wfull); err != nil {
			return 0, err
		}
	} else if picked, err = c.where(n, pick, x, zero); err != nil {
		return 0, err
	}
	// loss[n,d…] = −Σ_c picked[n,c,d…]
	s, err := c.reduceAxes(n, picked, ReduceSum, false, 1)
	if err != nil {
		return 0, err
	}
	loss, err := c.unary(n, OpNeg, s)
	if err != nil {
		return 0, err
	}
	switch red := attrString(n, "reduction", "mean"); red {
	case "none":
		return loss, nil
	case "sum":
		return c.reduceAxes(n, loss, ReduceSum, false, allAxes(len(c.v(loss).Shape))...)
	case "mean":
		total, err := c.reduceAxes(n, loss, ReduceSum, false, allAxes(len(c.v(loss).Shape))...)
		if err != nil {
			return 0, err
		}
		den, err := c.reduceAxes(n, wfull, ReduceSum, false, allAxes(len(xs))...)
		if err != nil {
			return 0, err
		}
		return c.binary(n, OpDiv, total, den)
	default:
		return 0, &UnsupportedError{Op: n.OpType, Detail: "reduction " + red}
	}
}
