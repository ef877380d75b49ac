package conformance

import (
	"fmt"
	"sort"
	"strings"
)

// Report renders per-op counts as Markdown: for each ONNX op, how many tests using it passed,
// failed or were skipped, and the skip reasons that name it.
func Report(results []Result, roots []string, file string) string {
	type counts struct{ pass, fail, skip int }
	byOp := map[string]*counts{}
	reasons := map[string]int{}
	var total counts
	for _, r := range results {
		for _, op := range r.Ops {
			c := byOp[op]
			if c == nil {
				c = &counts{}
				byOp[op] = c
			}
			switch r.Status {
			case Pass:
				c.pass++
			case Fail:
				c.fail++
			default:
				c.skip++
			}
		}
		switch r.Status {
		case Pass:
			total.pass++
		case Fail:
			total.fail++
		default:
			total.skip++
			reasons[skipReason(r.Detail)]++
		}
	}
	var b strings.Builder
	b.WriteString("# Conformance\n\n")
	fmt.Fprintf(&b, "Produced by `go run ./cmd/auspex conformance --report %s %s`.\n\n", file, strings.Join(roots, " "))
	fmt.Fprintf(&b, "**%d passed, %d failed, %d skipped** of %d tests. A test passes when every output is within\n", total.pass, total.fail, total.skip, len(results))
	fmt.Fprintf(&b, "%.3g + %.0e·|expected| of the expected value (integers: exactly) and the per-element semantics\n", DefaultTolerance.ATol, DefaultTolerance.RTol)
	b.WriteString("agree with the kernels on up to 64 elements of every step. Skipped: an op, element type or\n")
	b.WriteString("value (NaN, or a finite value beyond the fixed-point range) the engine does not support, named below.\n\n")
	b.WriteString("| op | passed | failed | skipped |\n|---|---:|---:|---:|\n")
	ops := make([]string, 0, len(byOp))
	for op := range byOp {
		ops = append(ops, op)
	}
	sort.Strings(ops)
	for _, op := range ops {
		c := byOp[op]
		fmt.Fprintf(&b, "| %s | %d | %d | %d |\n", op, c.pass, c.fail, c.skip)
	}
	b.WriteString("\n### Why tests were skipped\n\n| reason | tests |\n|---|---:|\n")
	keys := make([]string, 0, len(reasons))
	for k := range reasons {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if reasons[keys[i]] != reasons[keys[j]] {
			return reasons[keys[i]] > reasons[keys[j]]
		}
		return keys[i] < keys[j]
	})
	for _, k := range keys {
		fmt.Fprintf(&b, "| %s | %d |\n", k, reasons[k])
	}
	return b.String()
}

// skipReason drops test-specific names from a skip detail.
func skipReason(d string) string {
	if i := strings.Index(d, " (ops "); i >= 0 {
		d = d[:i]
	}
	if strings.HasPrefix(d, "unsupported: a value the engine needs at compile time") {
		return "a shape or quantization parameter computed at run time (dynamic shapes / dynamic quantization)"
	}
	if strings.HasPrefix(d, "values beyond the fixed-point range") {
		return "values beyond the fixed-point range (int64 overflow is an error, never a wrap)"
	}
	if strings.HasPrefix(d, "test_data_set_") {
		if i := strings.Index(d, ": "); i >= 0 {
			d = d[i+2:]
		}
	}
	for _, cut := range []string{`tensor "`, `graph input: "`, `graph output: "`, `initializer: "`} {
		if i := strings.Index(d, cut); i >= 0 {
			if j := strings.Index(d[i+len(cut):], `"`); j >= 0 {
				d = d[:i] + strings.TrimSuffix(cut, `"`) + "…" + d[i+len(cut)+j+1:]
			}
		}
	}
	d = strings.TrimPrefix(d, "input_0.pb: ")
	d = strings.TrimPrefix(d, "input_1.pb: ")
	d = strings.TrimPrefix(d, "input_2.pb: ")
	d = strings.TrimPrefix(d, "output_0.pb: ")
	return strings.ReplaceAll(d, "|", "/")
}
