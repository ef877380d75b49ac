package parallel

import (
	"slices"
	"testing"

	"github.com/auspex-labs/auspex/inference"
	"github.com/auspex-labs/auspex/inference/onnx"
	"github.com/auspex-labs/auspex/inference/onnx/onnxbuild"
)

// Every part runs exactly once, for any worker count.
func TestForkRunsEveryPartOnce(t *testing.T) {
	for _, w := range []int{0, 1, 2, 3, 8} {
		for _, n := range []int{0, 1, 2, 7, 100} {
			hits := make([]int32, n)
			f := Fork(w)
			if f == nil {
				for i := range n {
					hits[i]++
				}
			} else {
				f(n, func(i int) { hits[i]++ }) // each index is written by one goroutine only
			}
			for i, h := range hits {
				if h != 1 {
					t.Fatalf("workers %d, n %d: part %d ran %d times", w, n, i, h)
				}
			}
		}
	}
}

// A panicking part panics in the caller, as it would without workers.
func TestForkPanicsInTheCaller(t *testing.T) {
	defer func() {
		if r := recover(); r != "part 3" {
			t.Fatalf("recovered %v", r)
		}
	}()
	Fork(4)(8, func(i int) {
		if i == 3 {
			panic("part 3")
		}
	})
	t.Fatal("no panic")
}

// A model run with 1, 2 and 4 workers gives the same integers in every slot.
func TestWorkersDoNotChangeTheRun(t *testing.T) {
	m, err := onnx.Decode(onnxbuild.MLP([]int64{64, 96, 48, 10}, 7), onnx.DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	p, err := inference.Compile(m, inference.DefaultOptions)
	if err != nil {
		t.Fatal(err)
	}
	in := make([]int64, p.Values[p.Inputs[0]].Len())
	for i := range in {
		in[i] = int64(i*7919%2001-1000) << 14
	}
	want, err := inference.Execute(p, [][]int64{in})
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []int{2, 4} {
		got, err := Runner(w).Execute(p, [][]int64{in})
		if err != nil {
			t.Fatal(err)
		}
		for i := range want {
			if !slices.Equal(got[i], want[i]) {
				t.Fatalf("%d workers: slot %d differs", w, i)
			}
		}
	}
}
