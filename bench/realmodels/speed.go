package main

import (
	"fmt"
	"io"
	"strings"
)

// speedReport prints issue 18's table: each model's engine run at 1 and 2 threads (median of the
// child's runs), onnxruntime's at 1 thread (ortbench.py), the ratios and both peak memories.
func speedReport(w io.Writer, rows []*row, o childOpts) {
	fmt.Fprintf(w, "| model | MACs | engine 1 thread s | engine 2 threads s | 2-thread speed-up | onnxruntime 1 thread s | engine / onnxruntime | engine peak MB | onnxruntime peak MB | memory ratio | agreement |\n")
	fmt.Fprintf(w, "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n")
	for _, r := range rows {
		if r.M == nil || !r.M.Ran {
			why := r.Err
			if r.M != nil {
				why = r.M.Compile + " " + r.M.Run
			}
			fmt.Fprintf(w, "| %s | | | | | | | | | | not run: %s |\n", r.Name, firstLines(why, 1))
			continue
		}
		t1 := r.M.RunSeconds
		t2, up := "–", "–"
		if r.M2 != nil && r.M2.Ran {
			t2, up = fmt.Sprintf("%.4g", r.M2.RunSeconds), fmt.Sprintf("%.2f×", t1/r.M2.RunSeconds)
		}
		ort, ratio, ortMB, memRatio := "–", "–", "–", "–"
		if r.ORT != nil {
			ort, ratio = fmt.Sprintf("%.4g", r.ORT.RunS), fmt.Sprintf("%.1f×", t1/r.ORT.RunS)
			ortMB, memRatio = fmt.Sprintf("%d", r.ORT.PeakRSS>>20), fmt.Sprintf("%.1f×", float64(r.RSS)/float64(r.ORT.PeakRSS))
		}
		fmt.Fprintf(w, "| %s | %s | %.4g | %s | %s | %s | %s | %d | %s | %s | %s |\n", r.Name, human(r.M.MACs),
			t1, t2, up, ort, ratio, r.RSS>>20, ortMB, memRatio, cell(strings.Join(append(append([]string{}, r.M.Agreement...), r.M.OutputErrs...), "; ")))
	}
	fmt.Fprintf(w, "\nEngine: median of up to %d runs (at least 3, or 3 s of runs), scale %d, in a child process per model and thread count; peak MB is the child's (decode, compile, runs). onnxruntime: ortbench.py, 1 intra-op and 1 inter-op thread, default graph optimizations, median of its runs.\n", o.runs, o.scale)
}
