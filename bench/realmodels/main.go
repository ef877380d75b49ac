// Command realmodels measures the fixed-point engine on real ONNX models from public packages
// (issue 17): for each model folder bench/realmodels.sh fetched (model.onnx, input.json, ort.json,
// info.json, SOURCE.txt), it reads the graph (every op, subgraphs included; constants; element
// types), compiles it with inference.Compile binding the input shapes of input.json, runs it on
// that input and compares the outputs with onnxruntime's. It prints Markdown: the inventory table,
// each model's blocking reasons, and op frequencies — docs/REALMODELS-INVENTORY.md is one run.
//
//	go run ./bench/realmodels [-dir DIR] [-only a,b] [-timeout 10m] [-max-run-bytes N] [-python PY] [-ort-script PATH]
//
// Each model is compiled and run in a child process (this binary again, -child), so a model that
// exhausts memory, panics or runs past -timeout costs its own row only; its peak RSS is the child's
// (rusage of the whole process: decode, compile, one run, comparison). Then, one at a time,
// ortbench.py times onnxruntime on the same model folder and input in its own Python process
// (1 intra-op and 1 inter-op thread, default graph optimizations), and the first table sets the two
// side by side.
package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"sort"
	"strings"
	"syscall"
	"time"

	"github.com/auspex-labs/auspex/inference"
	"github.com/auspex-labs/auspex/inference/parallel"
	"github.com/auspex-labs/auspex/modelregistry"
)

func defaultDir() string {
	if c := os.Getenv("AUSPEX_CACHE"); c != "" {
		return filepath.Join(c, "realmodels")
	}
	home, _ := os.UserHomeDir()
	return filepath.Join(home, ".cache", "auspex", "realmodels")
}

type row struct {
	Name   string
	Class  string
	Static *Static
	M      *Measured
	Err    string // the child failed (timeout, killed, crashed)
	RSS    int64  // the child's peak resident set, bytes (0: unknown)
	ORT    *ortResult
	ORTErr string
	// M2, RSS2, Err2: the same model with 2 engine threads (-speed).
	M2   *Measured
	RSS2 int64
	Err2 string
}

// ortResult is what ortbench.py prints.
type ortResult struct {
	LoadS      float64 `json:"load_s"`
	RunS       float64 `json:"run_s"`
	Runs       int     `json:"runs"`
	PeakRSS    int64   `json:"peak_rss_bytes"`
	MaxAbsDiff float64 `json:"max_abs_diff"`
	Version    string  `json:"version"`
}

func main() {
	dir := flag.String("dir", defaultDir(), "folder of fetched models (bench/realmodels.sh)")
	only := flag.String("only", "", "comma-separated model names")
	scale := flag.Uint("scale", uint(inference.DefaultScale), "fixed-point scale")
	timeout := flag.Duration("timeout", 10*time.Minute, "per model: compile + run")
	maxRun := flag.Int64("max-run-bytes", 8<<30, "do not run a program whose value slots need more memory")
	child := flag.String("child", "", "internal: measure this one model folder and print JSON")
	python := flag.String("python", "", "Python with onnxruntime for ortbench.py (default DIR/venv/bin/python; \"none\" skips onnxruntime)")
	ortScript := flag.String("ort-script", filepath.Join("bench", "realmodels", "ortbench.py"), "path of ortbench.py")
	cpuprofile := flag.String("cpuprofile", "", "with -child: write a CPU profile of the measurement here")
	threads := flag.Int("threads", 1, "goroutines one engine run may use (inference/parallel; 0: every core)")
	runs := flag.Int("runs", 1, "engine runs timed per model (the median is reported; the first is checked)")
	speed := flag.Bool("speed", false, "print the speed table instead (issue 18): each model at 1 and 2 threads beside onnxruntime")
	flag.Parse()
	co := childOpts{scale: *scale, maxRun: *maxRun, threads: *threads, runs: *runs}
	if *child != "" {
		if *cpuprofile != "" {
			f, err := os.Create(*cpuprofile)
			if err == nil {
				err = pprof.StartCPUProfile(f)
			}
			if err != nil {
				fmt.Fprintln(os.Stderr, "realmodels:", err)
				os.Exit(1)
			}
			defer pprof.StopCPUProfile()
		}
		m := measure(*child, uint8(*scale), *maxRun, parallel.Runner(*threads), *runs)
		m.PeakRSS = vmHWM()
		if err := json.NewEncoder(os.Stdout).Encode(m); err != nil {
			fmt.Fprintln(os.Stderr, "realmodels:", err)
		}
		return
	}
	names, err := modelDirs(*dir, *only)
	if err != nil {
		fmt.Fprintln(os.Stderr, "realmodels:", err)
		os.Exit(1)
	}
	supported := map[string]bool{}
	for _, op := range inference.SupportedOps() {
		supported[op] = true
	}
	self, err := os.Executable()
	if err != nil {
		fmt.Fprintln(os.Stderr, "realmodels:", err)
		os.Exit(1)
	}
	if *python == "" {
		*python = filepath.Join(*dir, "venv", "bin", "python")
	}
	var rows []*row
	for _, name := range names {
		d := filepath.Join(*dir, name)
		r := &row{Name: name}
		var info modelInfo
		if err := readJSON(filepath.Join(d, "info.json"), &info); err == nil {
			r.Class = info.Class
		}
		if r.Static, err = analyze(filepath.Join(d, "model.onnx"), uint8(*scale), supported); err != nil {
			r.Err = err.Error()
			rows = append(rows, r)
			continue
		}
		fmt.Fprintf(os.Stderr, "realmodels: %s ...", name)
		start := time.Now()
		if *speed {
			r.M, r.RSS, r.Err = runChild(self, d, co.with(1), *timeout)
			r.M2, r.RSS2, r.Err2 = runChild(self, d, co.with(2), *timeout)
		} else {
			r.M, r.RSS, r.Err = runChild(self, d, co, *timeout)
		}
		fmt.Fprintf(os.Stderr, " engine %.1fs", time.Since(start).Seconds())
		if *python != "none" {
			start = time.Now()
			r.ORT, r.ORTErr = runORT(*python, *ortScript, d, *timeout)
			fmt.Fprintf(os.Stderr, ", onnxruntime %.1fs", time.Since(start).Seconds())
		}
		fmt.Fprintln(os.Stderr)
		rows = append(rows, r)
	}
	if *speed {
		speedReport(os.Stdout, rows, co)
		return
	}
	report(os.Stdout, rows, *dir, uint8(*scale))
}

func modelDirs(dir, only string) ([]string, error) {
	want := map[string]bool{}
	for _, n := range strings.Split(only, ",") {
		if n != "" {
			want[n] = true
		}
	}
	ents, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("%v (run bench/realmodels.sh fetch first)", err)
	}
	var names []string
	for _, e := range ents {
		if !e.IsDir() || (len(want) > 0 && !want[e.Name()]) {
			continue
		}
		if _, err := os.Stat(filepath.Join(dir, e.Name(), "info.json")); err == nil {
			names = append(names, e.Name())
		}
	}
	if len(names) == 0 {
		return nil, fmt.Errorf("no fetched models in %s (run bench/realmodels.sh fetch first)", dir)
	}
	return names, nil
}

// childOpts are the measurement settings a child process gets.
type childOpts struct {
	scale         uint
	maxRun        int64
	threads, runs int
}

func (o childOpts) with(threads int) childOpts { o.threads = threads; return o }

func runChild(self, dir string, o childOpts, timeout time.Duration) (*Measured, int64, string) {
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, self, "-child", dir, "-scale", fmt.Sprint(o.scale), "-max-run-bytes", fmt.Sprint(o.maxRun),
		"-threads", fmt.Sprint(o.threads), "-runs", fmt.Sprint(o.runs))
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	rss := peakRSS(cmd.ProcessState)
	if errors.Is(ctx.Err(), context.DeadlineExceeded) {
		return nil, rss, fmt.Sprintf("did not finish within %v (compile + run)", timeout)
	}
	if err != nil {
		return nil, rss, fmt.Sprintf("child process: %v %s", err, firstLines(strings.TrimSpace(stderr.String()), 6))
	}
	var m Measured
	if err := json.Unmarshal(out, &m); err != nil {
		return nil, rss, fmt.Sprintf("child output: %v", err)
	}
	if m.PeakRSS > 0 {
		rss = m.PeakRSS
	}
	return &m, rss, ""
}

// vmHWM is this process's peak resident set in bytes from /proc/self/status (Linux), 0 elsewhere.
// It is preferred to the parent's view of ru_maxrss: Go starts a child with vfork, and Linux
// carries the parent's high-water mark into the child's ru_maxrss at exec, so every child would
// report at least the parent's peak. VmHWM belongs to the child's own address space.
func vmHWM() int64 {
	data, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(data), "\n") {
		if rest, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			var kb int64
			if _, err := fmt.Sscanf(strings.TrimSpace(rest), "%d kB", &kb); err == nil {
				return kb * 1024
			}
		}
	}
	return 0
}

// peakRSS is a finished process's maximum resident set in bytes (getrusage ru_maxrss: KiB on
// Linux, bytes on macOS), 0 where the platform does not say. On Linux it is at least the parent's
// peak (see vmHWM), so it is only the fallback for a child that printed no VmHWM (a crash, a
// timeout, no /proc).
func peakRSS(ps *os.ProcessState) int64 {
	if ps == nil {
		return 0
	}
	ru, ok := ps.SysUsage().(*syscall.Rusage)
	if !ok || ru == nil {
		return 0
	}
	if runtime.GOOS == "darwin" {
		return int64(ru.Maxrss)
	}
	return int64(ru.Maxrss) * 1024
}

// runORT times onnxruntime on one model folder with ortbench.py, in its own process.
func runORT(python, script, dir string, timeout time.Duration) (*ortResult, string) {
	if _, err := os.Stat(python); err != nil {
		return nil, "no python: " + err.Error()
	}
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, python, script, dir)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if errors.Is(ctx.Err(), context.DeadlineExceeded) {
		return nil, fmt.Sprintf("onnxruntime did not finish within %v", timeout)
	}
	if err != nil {
		return nil, fmt.Sprintf("ortbench.py: %v %s", err, firstLines(strings.TrimSpace(stderr.String()), 6))
	}
	var o ortResult
	if err := json.Unmarshal(out, &o); err != nil {
		return nil, fmt.Sprintf("ortbench.py output: %v", err)
	}
	return &o, ""
}

// ---- report

func cell(s string) string {
	s = strings.ReplaceAll(s, "|", `\|`)
	return strings.ReplaceAll(s, "\n", " ")
}

func human(n int64) string {
	switch {
	case n >= 1_000_000:
		return fmt.Sprintf("%.1fM", float64(n)/1e6)
	case n >= 1_000:
		return fmt.Sprintf("%.1fk", float64(n)/1e3)
	}
	return fmt.Sprint(n)
}

func sortedKeys(m map[string]int) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if m[keys[i]] != m[keys[j]] {
			return m[keys[i]] > m[keys[j]]
		}
		return keys[i] < keys[j]
	})
	return keys
}

func secs(s float64) string {
	switch {
	case s >= 10:
		return fmt.Sprintf("%.1f", s)
	case s >= 0.01:
		return fmt.Sprintf("%.3f", s)
	}
	return fmt.Sprintf("%.2g", s)
}

func mb(b int64) string {
	if b <= 0 {
		return ""
	}
	return fmt.Sprintf("%.0f", float64(b)/1e6)
}

// timing prints the engine beside onnxruntime, one row per model.
func timing(w io.Writer, rows []*row, scale uint8) {
	ver := ""
	for _, r := range rows {
		if r.ORT != nil {
			ver = " " + r.ORT.Version
			break
		}
	}
	fmt.Fprintf(w, "### The engine beside onnxruntime%s\n\n", ver)
	fmt.Fprintf(w, "Engine: scale %d, single-threaded; compile = inference.Compile (after the ONNX decode), run = one inference.Run (no trace) on input.json; peak MB = the child process's VmHWM from /proc/self/status (decode, compile, one run, comparison; 10^6 bytes). onnxruntime%s: 1 intra-op and 1 inter-op thread, default graph optimizations, same model file and input; load = InferenceSession creation, run = median of the timed runs after one warm-up run (at least 5, up to 50 or 3 s), peak MB = VmHWM of its own Python process (interpreter, numpy and onnxruntime included: about 60 MB with a tiny model). Ratio = engine run / onnxruntime run. MACs: the compiled program's MatMul steps (output elements × inner dimension), Conv steps (output elements × C/group × kernel size) and ConvTranspose steps (input elements × M/group × kernel size); nothing else is counted. Agreement and max abs error compare the engine's outputs with ort.json.\n\n", scale, ver)
	fmt.Fprintln(w, "| model | params | MACs | engine compile s | engine run s | engine peak MB | ORT load s | ORT run s | ORT peak MB | run ratio | agreement with onnxruntime | max abs err |")
	fmt.Fprintln(w, "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|")
	for _, r := range rows {
		params := ""
		if r.Static != nil {
			params = human(r.Static.Params)
		}
		macsS, compile, run, agree, maxErr, ratio := "", "", "", "", "", ""
		switch {
		case r.Err != "":
			compile = r.Err
		case r.M != nil:
			if r.M.CompileOK {
				compile = secs(r.M.CompileSeconds)
				macsS = human(r.M.MACs)
			} else {
				compile = "fails: " + firstLines(r.M.Compile, 1)
			}
			if r.M.Ran {
				run = secs(r.M.RunSeconds)
				agree = strings.Join(append(append([]string{}, r.M.Agreement...), r.M.OutputErrs...), "; ")
				maxErr = fmt.Sprintf("%.3g", r.M.MaxAbsErr)
			} else if r.M.CompileOK {
				run = r.M.Run
			}
		}
		load, orun, opeak := "", "", ""
		if r.ORT != nil {
			load, orun, opeak = secs(r.ORT.LoadS), secs(r.ORT.RunS), mb(r.ORT.PeakRSS)
			if r.M != nil && r.M.Ran && r.ORT.RunS > 0 {
				ratio = fmt.Sprintf("%.3g×", r.M.RunSeconds/r.ORT.RunS)
			}
		} else if r.ORTErr != "" {
			load = r.ORTErr
		}
		fmt.Fprintf(w, "| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n", r.Name, params, macsS, cell(compile), cell(run), mb(r.RSS), cell(load), orun, opeak, ratio, cell(agree), maxErr)
	}
	fmt.Fprintln(w)
}

func report(w io.Writer, rows []*row, dir string, scale uint8) {
	timing(w, rows, scale)
	fmt.Fprintln(w, "### Inventory")
	fmt.Fprintln(w)
	fmt.Fprintf(w, "Engine: inference.Compile at scale %d, batch 1, input shapes from input.json; %d ops supported (inference.SupportedOps).\n\n", scale, len(inference.SupportedOps()))
	fmt.Fprintln(w, "| model | class | params | nodes (op types) | compile | run | agreement with onnxruntime | max abs err |")
	fmt.Fprintln(w, "|---|---|---:|---:|---|---:|---|---:|")
	for _, r := range rows {
		params, nodes := "", ""
		if r.Static != nil {
			params = human(r.Static.Params)
			nodes = fmt.Sprintf("%d (%d)", r.Static.Nodes, len(r.Static.Ops))
		}
		compile, run, agree, maxErr := "", "", "", ""
		switch {
		case r.Err != "":
			compile = r.Err
		case r.M != nil:
			compile = r.M.Compile
			if r.M.CompileOK {
				compile = fmt.Sprintf("ok: %d steps", r.M.Steps)
			}
			if r.M.Ran {
				run = fmt.Sprintf("%.3f s", r.M.RunSeconds)
				agree = strings.Join(append(append([]string{}, r.M.Agreement...), r.M.OutputErrs...), "; ")
				maxErr = fmt.Sprintf("%.3g", r.M.MaxAbsErr)
			} else if r.M.CompileOK {
				run = r.M.Run
			}
		}
		fmt.Fprintf(w, "| %s | %s | %s | %s | %s | %s | %s | %s |\n", r.Name, cell(r.Class), params, nodes, cell(compile), cell(run), cell(agree), maxErr)
	}

	fmt.Fprintln(w, "\n### Blocking reasons per model")
	fmt.Fprintf(w, "\nUnsupported ops are every op type in the graph (subgraphs included) with no lowering in the engine (ops of other domains are named domain.Op); compile stops at the first, so the list is what stands between each model and a compile, not only the error it printed. \"Tiny\" constants are non-zero float constants that round to 0 at scale %d.\n\n", scale)
	for _, r := range rows {
		fmt.Fprintf(w, "- **%s**", r.Name)
		s := r.Static
		if s == nil {
			fmt.Fprintf(w, ": %s\n", r.Err)
			continue
		}
		var reasons []string
		if len(s.Unsupported) > 0 {
			var parts []string
			for _, op := range sortedKeys(s.Unsupported) {
				parts = append(parts, fmt.Sprintf("%s×%d", op, s.Unsupported[op]))
			}
			reasons = append(reasons, "unsupported ops: "+strings.Join(parts, ", "))
		}
		if len(s.OddTypes) > 0 {
			reasons = append(reasons, "element types neither float nor integer: "+strings.Join(s.OddTypes, ", "))
		}
		if s.Inf+s.NaN > 0 {
			reasons = append(reasons, fmt.Sprintf("non-finite constants: %d ±Inf, %d NaN", s.Inf, s.NaN))
		}
		if s.Huge > 0 {
			reasons = append(reasons, fmt.Sprintf("%d constants beyond int64 at scale %d (max |x| %.3g)", s.Huge, scale, s.MaxAbs))
		}
		if s.Tiny > 0 {
			reasons = append(reasons, fmt.Sprintf("%d tiny constants (round to 0)", s.Tiny))
		}
		if s.Decode != "" {
			reasons = append(reasons, "constants unreadable: "+s.Decode)
		}
		if s.SubNodes > 0 {
			reasons = append(reasons, fmt.Sprintf("%d of %d nodes are inside If/Loop/Scan subgraphs", s.SubNodes, s.Nodes))
		}
		if len(s.Symbolic) > 0 {
			reasons = append(reasons, "symbolic dims (bound from input.json): "+strings.Join(s.Symbolic, "; "))
		}
		switch {
		case r.Err != "":
			reasons = append(reasons, "engine: "+r.Err)
		case r.M != nil && !r.M.CompileOK:
			reasons = append(reasons, "compile error: `"+strings.ReplaceAll(r.M.Compile, "`", "'")+"`")
		case r.M != nil:
			res := r.M.Resources
			reasons = append(reasons, fmt.Sprintf("compiled: %d steps (%s); memory per inference %.2f GiB (program %.2f + trace %.2f), output %d bytes",
				r.M.Steps, r.M.StepOps, gib(res.PeakBytes), gib(res.ProgramBytes), gib(res.TraceBytes), res.OutputBytes))
			if r.M.Limits != "" {
				reasons = append(reasons, "size: "+r.M.Limits)
			} else {
				reasons = append(reasons, fmt.Sprintf("within the protocol bounds (memory ≤ %.0f GiB, output ≤ %d bytes)", gib(modelregistry.MaxInferenceBytes), modelregistry.MaxOutputBytes))
			}
			if !r.M.Ran {
				reasons = append(reasons, "run: "+r.M.Run)
			}
		}
		if len(reasons) == 0 {
			reasons = []string{"none found"}
		}
		fmt.Fprintf(w, ": %s; opsets %s; producer %q\n", s.Class(), s.Opsets, s.Producer)
		for _, x := range reasons {
			fmt.Fprintf(w, "  - %s\n", x)
		}
	}

	// op frequencies over all models
	total, models := map[string]int{}, map[string][]string{}
	supported := map[string]bool{}
	for _, op := range inference.SupportedOps() {
		supported[op] = true
	}
	for _, r := range rows {
		if r.Static == nil {
			continue
		}
		for op, n := range r.Static.Ops {
			total[op] += n
			models[op] = append(models[op], r.Name)
		}
	}
	byModels := func(ops []string) {
		sort.SliceStable(ops, func(i, j int) bool {
			if len(models[ops[i]]) != len(models[ops[j]]) {
				return len(models[ops[i]]) > len(models[ops[j]])
			}
			if total[ops[i]] != total[ops[j]] {
				return total[ops[i]] > total[ops[j]]
			}
			return ops[i] < ops[j]
		})
	}
	var unsup, all []string
	for op := range total {
		all = append(all, op)
		if !supported[op] {
			unsup = append(unsup, op)
		}
	}
	byModels(unsup)
	byModels(all)
	fmt.Fprintln(w, "\n### Unsupported ops across all models (what to implement first)")
	fmt.Fprint(w, "\nSorted by the number of models that use the op, then by node count.\n\n")
	fmt.Fprintln(w, "| op | models | nodes | used by |")
	fmt.Fprintln(w, "|---|---:|---:|---|")
	for _, op := range unsup {
		fmt.Fprintf(w, "| %s | %d | %d | %s |\n", op, len(models[op]), total[op], strings.Join(models[op], ", "))
	}
	fmt.Fprintln(w, "\n### Every op type, all models")
	fmt.Fprintln(w, "\n| op | engine | models | nodes |")
	fmt.Fprintln(w, "|---|---|---:|---:|")
	for _, op := range all {
		sup := "yes"
		if !supported[op] {
			sup = "**no**"
		}
		fmt.Fprintf(w, "| %s | %s | %d | %d |\n", op, sup, len(models[op]), total[op])
	}
	fmt.Fprintln(w, "\n### Op types per model")
	fmt.Fprint(w, "\nNode counts; *italic* = no engine lowering (ops of other domains are named domain.Op).\n\n")
	for _, r := range rows {
		if r.Static == nil {
			continue
		}
		var parts []string
		for _, op := range sortedKeys(r.Static.Ops) {
			p := fmt.Sprintf("%s %d", op, r.Static.Ops[op])
			if !supported[op] {
				p = "*" + p + "*"
			}
			parts = append(parts, p)
		}
		fmt.Fprintf(w, "- **%s** (%d nodes, %d types): %s\n", r.Name, r.Static.Nodes, len(r.Static.Ops), strings.Join(parts, ", "))
	}
}

// Class is the element-type summary of a model.
func (s *Static) Class() string {
	return fmt.Sprintf("%.1f MB, %s params, element types %s", float64(s.Bytes)/1e6, human(s.Params), strings.Join(s.ElemTypes, "/"))
}
