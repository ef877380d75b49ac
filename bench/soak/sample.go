package main

import (
	"bufio"
	"context"
	"encoding/csv"
	"fmt"
	"io"
	"math"
	"net/http"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
)

// hist is a cumulative Prometheus histogram as scraped.
type hist struct {
	le    []float64 // finite upper bounds, ascending
	cum   []float64 // cumulative counts at each bound
	count float64   // all observations (the +Inf bucket)
	sum   float64
}

// sub is the histogram of the observations between o (earlier) and h.
func (h hist) sub(o hist) hist {
	d := hist{le: h.le, cum: make([]float64, len(h.cum)), count: h.count - o.count, sum: h.sum - o.sum}
	for i := range h.cum {
		d.cum[i] = h.cum[i]
		if i < len(o.cum) {
			d.cum[i] -= o.cum[i]
		}
	}
	return d
}

// quantile is the q-quantile: ub, the upper bound of the bucket holding it (+Inf past the last
// bound), and est, interpolated linearly in that bucket (as Prometheus's histogram_quantile).
func (h hist) quantile(q float64) (ub, est float64, ok bool) {
	if h.count <= 0 {
		return 0, 0, false
	}
	target := q * h.count
	lo, prev := 0.0, 0.0
	for i, c := range h.cum {
		if c >= target {
			if c == prev {
				return h.le[i], h.le[i], true
			}
			return h.le[i], lo + (h.le[i]-lo)*(target-prev)/(c-prev), true
		}
		lo, prev = h.le[i], c
	}
	return math.Inf(1), lo, true
}

func (h hist) mean() float64 {
	if h.count <= 0 {
		return 0
	}
	return h.sum / h.count
}

// scrape reads a /metrics page into series → value (name with its labels, as printed).
func scrape(addr string) (map[string]float64, error) {
	cl := &http.Client{Timeout: 5 * time.Second}
	resp, err := cl.Get("http://" + addr + "/metrics")
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		_, _ = io.Copy(io.Discard, resp.Body)
		return nil, fmt.Errorf("%s/metrics: %s", addr, resp.Status)
	}
	out := map[string]float64{}
	sc := bufio.NewScanner(resp.Body)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || line[0] == '#' {
			continue
		}
		i := strings.LastIndexByte(line, ' ')
		if i < 0 {
			continue
		}
		v, err := strconv.ParseFloat(line[i+1:], 64)
		if err != nil {
			continue
		}
		out[line[:i]] = v
	}
	return out, sc.Err()
}

// histOf extracts histogram name from scraped series.
func histOf(series map[string]float64, name string) hist {
	h := hist{count: series[name+"_count"], sum: series[name+"_sum"]}
	prefix := name + `_bucket{le="`
	type b struct{ le, c float64 }
	var bs []b
	for k, v := range series {
		if !strings.HasPrefix(k, prefix) {
			continue
		}
		s := strings.TrimSuffix(k[len(prefix):], `"}`)
		if s == "+Inf" {
			continue
		}
		le, err := strconv.ParseFloat(s, 64)
		if err == nil {
			bs = append(bs, b{le, v})
		}
	}
	sort.Slice(bs, func(i, j int) bool { return bs[i].le < bs[j].le })
	for _, x := range bs {
		h.le, h.cum = append(h.le, x.le), append(h.cum, x.c)
	}
	return h
}

// sumOf adds every series of a metric (all its label values).
func sumOf(series map[string]float64, name string) float64 {
	t := 0.0
	for k, v := range series {
		if k == name || strings.HasPrefix(k, name+"{") {
			t += v
		}
	}
	return t
}

// rss is a process's resident set in MiB: VmRSS, and its anonymous (heap, stacks) and
// file-backed parts (RssFile: mapped files, among them the bbolt database's mmap).
type rss struct{ total, anon, file float64 }

// rssOf reads /proc/<pid>/status (-1s when the process is gone).
func rssOf(pid int) rss {
	r := rss{-1, -1, -1}
	if pid <= 0 {
		return r
	}
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return r
	}
	for _, line := range strings.Split(string(b), "\n") {
		f := strings.Fields(line)
		if len(f) < 2 {
			continue
		}
		kb, _ := strconv.ParseFloat(f[1], 64)
		switch f[0] {
		case "VmRSS:":
			r.total = kb / 1024
		case "RssAnon:":
			r.anon = kb / 1024
		case "RssFile:":
			r.file = kb / 1024
		}
	}
	return r
}

// cpuSeconds is a process's user + system CPU time so far, or -1.
func cpuSeconds(pid int) float64 {
	if pid <= 0 {
		return -1
	}
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return -1
	}
	// Fields after the command name (which may hold spaces) in parentheses.
	i := strings.LastIndexByte(string(b), ')')
	f := strings.Fields(string(b[i+1:]))
	if len(f) < 13 {
		return -1
	}
	ut, _ := strconv.ParseFloat(f[11], 64)
	st, _ := strconv.ParseFloat(f[12], 64)
	return (ut + st) / 100 // USER_HZ is 100 on Linux
}

// snap is the two processes' head-time histograms at one moment.
type snap struct {
	t         time.Time
	node, ver hist
	rpc       map[string]map[string]callStat // -rpc-proxy: calls so far, by process and method
}

// row is one line of samples.csv.
type row struct {
	t                                     time.Time
	sent                                  int64
	c                                     counts
	rssNode, rssVer                       rss
	rssSelf                               float64
	cpuNode, cpuVer, cpuSelf              float64 // share of one core over the window, percent
	nodeHeads, verHeads                   float64
	nodeP99, nodeP99Est, nodeMean         float64
	verP99, verP99Est, verMean            float64
	nodeQueue, nodeOpen, nodeDeferred     float64
	nodeTxFail, nodeCursorLag, verChecked float64
	blocks                                uint64
	avgGas, maxGas                        float64
	baseFee                               float64
}

// sampler takes a row every o.sample and the head-time snapshots the summary needs.
type sampler struct {
	o         options
	f         *follower
	node, ver *process
	w         *csv.Writer
	file      *os.File
	proxy     *rpcProxy
	rpcLog    *rpcLog

	mu                          sync.Mutex
	sent                        int64
	loadStart, loadEnd, drained time.Time
	snaps                       []snap
	rows                        []row
	prev                        snap
	prevBlocks, prevGas         uint64
	prevCPU                     [3]float64
	prevT                       time.Time
}

func newSampler(o options, d *devnet, f *follower, node, ver *process, proxy *rpcProxy) (*sampler, error) {
	file, err := os.Create(filepath.Join(o.out, "samples.csv"))
	if err != nil {
		return nil, err
	}
	s := &sampler{o: o, f: f, node: node, ver: ver, w: csv.NewWriter(file), file: file, proxy: proxy}
	if proxy != nil {
		if s.rpcLog, err = newRPCLog(proxy, o.out); err != nil {
			return nil, err
		}
	}
	_ = s.w.Write([]string{"t_s", "sent", "requested", "proposed", "ended", "finalized_result", "finalized_error", "refunded",
		"games_started", "games_resolved", "slashed", "rss_oracled_mb", "rss_oracled_anon_mb", "rss_oracled_file_mb",
		"rss_verifier_mb", "rss_verifier_anon_mb", "rss_verifier_file_mb", "rss_harness_mb", "cpu_oracled_pct", "cpu_verifier_pct", "cpu_harness_pct", "oracled_heads", "oracled_head_p99_ms", "oracled_head_p99_est_ms", "oracled_head_mean_ms",
		"verifier_heads", "verifier_head_p99_ms", "verifier_head_p99_est_ms", "verifier_head_mean_ms",
		"oracled_queue_depth", "oracled_open_proposals", "oracled_proposals_deferred", "oracled_tx_failures", "oracled_cursor_lag",
		"verifier_checked", "blocks", "block_gas_avg", "block_gas_max_so_far", "base_fee_wei"})
	s.w.Flush()
	return s, nil
}

func (s *sampler) progress() {
	s.mu.Lock()
	s.sent++
	s.mu.Unlock()
}

// take scrapes both processes now.
func (s *sampler) take() (snap, map[string]float64, map[string]float64) {
	sn := snap{t: time.Now()}
	ns, err := scrape(s.node.metrics)
	if err != nil {
		say("scrape oracled: %v", err)
	}
	vs, err := scrape(s.ver.metrics)
	if err != nil {
		say("scrape verifier: %v", err)
	}
	sn.node, sn.ver = histOf(ns, "auspex_oracle_head_seconds"), histOf(vs, "auspex_verifier_head_seconds")
	if s.proxy != nil {
		sn.rpc = s.proxy.snapshot()
	}
	return sn, ns, vs
}

func (s *sampler) mark(at *time.Time) {
	sn, _, _ := s.take()
	s.mu.Lock()
	*at = sn.t
	s.snaps = append(s.snaps, sn)
	s.mu.Unlock()
}

// markLoadStart snapshots the histograms as the load begins, and again when 10% and 90% of the
// load's expected duration have passed (the summary's first and last 10%).
func (s *sampler) markLoadStart() {
	s.mark(&s.loadStart)
	s.mu.Lock()
	s.prev = s.snaps[len(s.snaps)-1]
	s.prevT = s.loadStart
	s.prevCPU = [3]float64{cpuSeconds(s.node.pid()), cpuSeconds(s.ver.pid()), cpuSeconds(os.Getpid())}
	s.mu.Unlock()
	expected := time.Duration(float64(s.o.n) / s.o.rate * float64(time.Second))
	for _, at := range []time.Duration{expected / 10, expected - expected/10} {
		time.AfterFunc(at, func() {
			var t time.Time
			s.mark(&t)
		})
	}
}
func (s *sampler) markLoadEnd() { s.mark(&s.loadEnd) }
func (s *sampler) markDrained() { s.mark(&s.drained) }

func (s *sampler) run(ctx context.Context) {
	defer s.file.Close()
	t := time.NewTicker(s.o.sample)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		s.mu.Lock()
		started := !s.loadStart.IsZero()
		s.mu.Unlock()
		if started {
			s.row()
		}
	}
}

func (s *sampler) row() {
	sn, ns, vs := s.take()
	c, blocks, gas, maxGas, base := s.f.snapshot()
	s.mu.Lock()
	defer s.mu.Unlock()
	r := row{t: sn.t, sent: s.sent, c: c, rssNode: rssOf(s.node.pid()), rssVer: rssOf(s.ver.pid()), rssSelf: rssOf(os.Getpid()).total}
	cpu := [3]float64{cpuSeconds(s.node.pid()), cpuSeconds(s.ver.pid()), cpuSeconds(os.Getpid())}
	if dt := sn.t.Sub(s.prevT).Seconds(); !s.prevT.IsZero() && dt > 0 {
		pct := func(k int) float64 { return 100 * (cpu[k] - s.prevCPU[k]) / dt }
		r.cpuNode, r.cpuVer, r.cpuSelf = pct(0), pct(1), pct(2)
	}
	s.prevCPU, s.prevT = cpu, sn.t
	dn, dv := sn.node.sub(s.prev.node), sn.ver.sub(s.prev.ver)
	r.nodeHeads, r.verHeads = dn.count, dv.count
	r.nodeP99, r.nodeP99Est, _ = dn.quantile(0.99)
	r.verP99, r.verP99Est, _ = dv.quantile(0.99)
	if math.IsInf(r.nodeP99, 1) {
		r.nodeP99Est = r.nodeP99
	}
	if math.IsInf(r.verP99, 1) {
		r.verP99Est = r.verP99
	}
	r.nodeMean, r.verMean = dn.mean(), dv.mean()
	r.nodeQueue, r.nodeOpen = ns["auspex_oracle_queue_depth"], ns["auspex_oracle_open_proposals"]
	r.nodeDeferred, r.nodeTxFail = ns["auspex_oracle_proposals_deferred_total"], sumOf(ns, "auspex_oracle_tx_failures_total")
	r.nodeCursorLag = ns["auspex_oracle_head_block"] - ns["auspex_oracle_cursor_block"]
	r.verChecked = vs["auspex_verifier_proposals_checked_total"]
	r.blocks = blocks - s.prevBlocks
	if r.blocks > 0 {
		r.avgGas = float64(gas-s.prevGas) / float64(r.blocks)
	}
	r.maxGas = float64(maxGas) // the largest block so far
	r.baseFee, _ = base.Float64()
	s.prev, s.prevBlocks, s.prevGas = sn, blocks, gas
	s.snaps = append(s.snaps, sn)
	s.rows = append(s.rows, r)
	ms := func(x float64) string {
		if math.IsInf(x, 1) {
			return "inf"
		}
		return strconv.FormatFloat(1000*x, 'f', 2, 64)
	}
	f0 := func(x float64) string { return strconv.FormatFloat(x, 'f', 0, 64) }
	f1 := func(x float64) string { return strconv.FormatFloat(x, 'f', 1, 64) }
	itoa := strconv.Itoa
	_ = s.w.Write([]string{f1(r.t.Sub(s.loadStart).Seconds()), strconv.FormatInt(r.sent, 10), itoa(c.requested), itoa(c.proposedResult + c.proposedError),
		itoa(c.ended), itoa(c.finalizedResult), itoa(c.finalizedError), itoa(c.refunded), itoa(c.gamesStarted), itoa(c.gamesResolved), itoa(c.slashed),
		f1(r.rssNode.total), f1(r.rssNode.anon), f1(r.rssNode.file), f1(r.rssVer.total), f1(r.rssVer.anon), f1(r.rssVer.file), f1(r.rssSelf), f0(r.cpuNode), f0(r.cpuVer), f0(r.cpuSelf), f0(r.nodeHeads), ms(r.nodeP99), ms(r.nodeP99Est), ms(r.nodeMean),
		f0(r.verHeads), ms(r.verP99), ms(r.verP99Est), ms(r.verMean), f0(r.nodeQueue), f0(r.nodeOpen), f0(r.nodeDeferred), f0(r.nodeTxFail),
		f0(r.nodeCursorLag), f0(r.verChecked), strconv.FormatUint(r.blocks, 10), f0(r.avgGas), f0(r.maxGas), f0(r.baseFee)})
	s.w.Flush()
	if s.rpcLog != nil {
		d := s.rpcLog.window(r.t.Sub(s.loadStart).Seconds())
		var top []string
		for _, meth := range sortedMethods(d["oracled"]) {
			if len(top) < 5 {
				top = append(top, fmt.Sprintf("%s %d (%.2f ms)", meth, d["oracled"][meth].n, meanMs(d["oracled"][meth])))
			}
		}
		say("oracled RPC in the window: %s", strings.Join(top, ", "))
	}
	say("t=%4.0fs sent %d, ended %d (games %d); RSS oracled %.0f MB, verifier %.0f MB; CPU %.0f%%/%.0f%%/%.0f%% (oracled/verifier/harness); head p99 oracled %s ms (%.0f heads), verifier %s ms; open %.0f, gas/block %.1fM",
		r.t.Sub(s.loadStart).Seconds(), r.sent, c.ended, c.gamesStarted, r.rssNode.total, r.rssVer.total, r.cpuNode, r.cpuVer, r.cpuSelf, ms(r.nodeP99Est), r.nodeHeads, ms(r.verP99Est),
		r.nodeOpen, r.avgGas/1e6)
}

// rpcBetween is the calls (-rpc-proxy) between the snapshots nearest to a and b.
func (s *sampler) rpcBetween(a, b time.Time) map[string]map[string]callStat {
	x, y := s.near(a), s.near(b)
	return diffCalls(y.rpc, x.rpc)
}

func (s *sampler) near(t time.Time) snap {
	best := s.snaps[0]
	for _, sn := range s.snaps {
		if math.Abs(float64(sn.t.Sub(t))) < math.Abs(float64(best.t.Sub(t))) {
			best = sn
		}
	}
	return best
}

// between is the head-time histograms between the snapshots nearest to a and b.
func (s *sampler) between(a, b time.Time) (node, ver hist, from, to time.Time) {
	x, y := s.near(a), s.near(b)
	return y.node.sub(x.node), y.ver.sub(x.ver), x.t, y.t
}

// rowsIn are the rows taken within [a, b].
func (s *sampler) rowsIn(a, b time.Time) []row {
	var out []row
	for _, r := range s.rows {
		if !r.t.Before(a) && !r.t.After(b) {
			out = append(out, r)
		}
	}
	return out
}
