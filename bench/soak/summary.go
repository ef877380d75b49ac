package main

import (
	"fmt"
	"math"
	"runtime"
	"sort"
	"strings"
	"time"
)

// summarize writes the markdown summary: the bounds against what the run measured.
func summarize(o options, d *devnet, l *load, f *follower, s *sampler, v verification, rs []restart) string {
	var b strings.Builder
	p := func(format string, a ...any) { fmt.Fprintf(&b, format, a...) }
	s.mu.Lock()
	defer s.mu.Unlock()
	f.mu.Lock()
	firstEnd, lastEnd := f.firstEnd, f.lastEnd
	blocks, gas, maxGas := f.blocks, f.gas, f.maxGas
	f.mu.Unlock()

	D := s.loadEnd.Sub(s.loadStart)
	tenth := D / 10
	n1, v1, a1, b1 := s.between(s.loadStart, s.loadStart.Add(tenth))
	n2, v2, a2, b2 := s.between(s.loadEnd.Add(-tenth), s.loadEnd)
	nAll, vAll, _, _ := s.between(s.loadStart, s.loadEnd)
	nDrain, vDrain, _, _ := s.between(s.loadEnd, s.drained)
	// RSS is sampled every o.sample: its first and last 10% hold at least one sample.
	span := max(tenth, o.sample)
	first, last := s.rowsIn(s.loadStart, s.loadStart.Add(span+o.sample/2)), s.rowsIn(s.loadEnd.Add(-span-o.sample/2), s.loadEnd.Add(o.sample/2))
	loadRows := s.rowsIn(s.loadStart, s.loadEnd.Add(o.sample/2))

	var models []string
	for _, m := range d.models {
		models = append(models, fmt.Sprintf("%s (%d%%, %d sent)", m.name, 100*m.weight/l.total, l.byModel[m.id]))
	}
	p("### Soak: %d requests at %.0f/s (%s)\n\n", o.n, o.rate, time.Now().Format("2006-01-02"))
	p("Command: `%s` (%d cores, %s). ", o.command(), runtime.NumCPU(), runtime.Version())
	p("Devnet in the harness process (go-ethereum simulated backend, JSON-RPC/WebSocket on 127.0.0.1, a block every %s, gas limit %s); `oracled` (engine.workers %d, tx.max_in_flight %d, request_confirmations 2; tx.poll_interval %s, as the verifier's) and `verifier` as separate processes over WebSocket; ",
		o.blockTime, gasLimit(o.gasLimit), o.workers, o.maxInFlight, o.txPoll)
	p("models %s, challenge window %d s; %d invalid inputs (a byte too long: answered with an error code); ", strings.Join(models, ", "), o.window, l.invalid)
	if o.lieEvery > 0 {
		p("an in-process lying node (oracle/liar, operator2, one confirmation) answering the requests whose id hashes to 0 mod %d with a wrong result. ", o.lieEvery)
	}
	p("%d requester accounts, requests without callback, sent without waiting for receipts. Load phase %s; every request ended %s after the last was sent. Samples every %s: `samples.csv`.\n\n",
		o.accounts, D.Round(time.Second), s.drained.Sub(s.loadEnd).Round(time.Second), o.sample)

	p("| quantity | bound | first 10%% of the load | last 10%% of the load | whole load (worst %s window) | met |\n|---|---|---:|---:|---:|---|\n", o.sample)
	headRow := func(name string, h1, h2, all hist, worst float64) {
		e1, u1, ok1 := q99(h1)
		e2, u2, ok2 := q99(h2)
		ea, _, _ := q99(all)
		met := ok1 && ok2 && u1 <= 0.050 && u2 <= 0.050
		status := "yes"
		if !met {
			status = "no"
			if ok1 && ok2 && e1 <= 0.050 && e2 <= 0.050 {
				status = "yes by the interpolated p99 (bucket bound above 50 ms)"
			}
		}
		cell := func(h hist) string {
			e, u, ok := q99(h)
			if !ok {
				return "no heads"
			}
			if math.IsInf(u, 1) {
				return fmt.Sprintf("%s (past the last bucket; %.0f heads, mean %s)", fms(u), h.count, fms(h.mean()))
			}
			return fmt.Sprintf("%s (bucket ≤ %s; %.0f heads, mean %s)", fms(e), fms(u), h.count, fms(h.mean()))
		}
		_, ua, _ := q99(all)
		if math.IsInf(ua, 1) {
			ea = ua
		}
		p("| %s per-head handling time p99 | ≤ 50 ms at the end as at the start | %s | %s | %s (%s) | %s |\n",
			name, cell(h1), cell(h2), fms(ea), fms(worst), status)
	}
	worst := func(get func(row) float64) float64 {
		w := 0.0
		for _, r := range loadRows {
			w = max(w, get(r))
		}
		return w
	}
	headRow("`oracled`", n1, n2, nAll, worst(func(r row) float64 { return r.nodeP99Est }))
	headRow("`verifier`", v1, v2, vAll, worst(func(r row) float64 { return r.verP99Est }))
	maxRSS := func(rows []row, get func(row) float64) float64 {
		m := 0.0
		for _, r := range rows {
			m = max(m, get(r))
		}
		return m
	}
	allRows := s.rows
	rssRow := func(name string, get func(row) rss) {
		cell := func(rows []row) (float64, string) {
			t := maxRSS(rows, func(r row) float64 { return get(r).total })
			return t, fmt.Sprintf("%.0f MB (anon %.0f, file %.0f)", t, maxRSS(rows, func(r row) float64 { return get(r).anon }),
				maxRSS(rows, func(r row) float64 { return get(r).file }))
		}
		a, ca := cell(first)
		z, cz := cell(last)
		all, call := cell(allRows)
		status := "yes"
		if all > 500 {
			status = "no"
		}
		p("| %s RSS (max of the samples) | ≤ 500 MB, flat | %s | %s | %s; first → last 10%%: %+.0f MB | %s |\n", name, ca, cz, call, z-a, status)
	}
	rssRow("`oracled`", func(r row) rss { return r.rssNode })
	rssRow("`verifier`", func(r row) rss { return r.rssVer })
	sentRate := float64(l.sent.Load()) / l.last.Sub(l.first).Seconds()
	minSent := minRate(loadRows, 60*time.Second, func(r row) float64 { return float64(r.sent) })
	p("| requests sent per second | ≥ 50 sustained | — | — | %.1f (lowest over 60 s: %s; sender at most %s behind schedule) | %s |\n",
		sentRate, fRate(minSent), l.maxBehind.Round(time.Millisecond), yes(sentRate >= 50 && (math.IsNaN(minSent) || minSent >= 50)))
	endRate := math.NaN()
	if lastEnd.After(firstEnd) {
		endRate = float64(v.endedOnce) / lastEnd.Sub(firstEnd).Seconds()
	}
	minEnd := minRate(s.rowsIn(firstEnd.Add(o.sample), lastEnd.Add(-o.sample)), 60*time.Second, func(r row) float64 { return float64(r.c.ended) })
	p("| requests ended per second (finalized or refunded) | ≥ 50 sustained | — | — | %.1f first end → last end (lowest over 60 s: %s) | %s |\n",
		endRate, fRate(minEnd), yes(endRate >= 50 && (math.IsNaN(minEnd) || minEnd >= 50)))
	p("| requests ended exactly once (on-chain scan of %d blocks) | all | — | — | %d of %d | %s |\n\n", v.blocks, v.endedOnce, v.sent, yes(v.ok()))
	p("First 10%%: heads %s → %s after the load began; last 10%%: %s → %s. p99 is interpolated in the histogram's bucket (×2 from 0.1 ms to 25.6 ms, then 30, 40, 50, 60, 80, 100 ms, …), the bucket's upper bound beside it. RSS is VmRSS: anon (RssAnon: heap, stacks) and file (RssFile: mapped files, the binary and the bbolt database's mmap). ",
		a1.Sub(s.loadStart).Round(time.Second), b1.Sub(s.loadStart).Round(time.Second), a2.Sub(s.loadStart).Round(time.Second), b2.Sub(s.loadStart).Round(time.Second))
	e, u, _ := q99(nDrain)
	if math.IsInf(u, 1) {
		e = u
	}
	ev, uv, _ := q99(vDrain)
	if math.IsInf(uv, 1) {
		ev = uv
	}
	p("After the load, while the last requests finalized: p99 %s (`oracled`), %s (`verifier`).", fms(e), fms(ev))
	if blocks > 0 {
		p(" Blocks: %d, %.1fM gas on average, largest %.1fM.", blocks, float64(gas)/float64(blocks)/1e6, float64(maxGas)/1e6)
	}
	p("\n\n")

	p("| requests sent (invalid inputs) | on chain | ended exactly once | never ended | ended twice | finalized: result | finalized: error code | refunded | ended otherwise than the input asks | disputes (games / challenger won) | proposals slashed | liar's proposals |\n")
	p("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n")
	p("| %d (%d) | %d | %d | %d | %d | %d | %d | %d | %d | %d / %d | %d | %d |\n\n", v.sent, l.invalid, v.requested, v.endedOnce, v.neverEnded, v.endedTwice,
		v.finalizedResult, v.finalizedError, v.refunded, v.wrongKind, v.gamesStarted, v.challengerWon, v.slashed, v.liarProposals)
	for _, m := range v.missing {
		p("- sent but not on chain: %s\n", m)
	}
	if len(v.missing) > 0 {
		p("\n")
	}

	if s.proxy != nil {
		p("JSON-RPC calls per head over the load (`-rpc-proxy`: HTTP, heads polled), by method, with the chain's mean answer time:\n\n")
		p("| process | heads | calls per head | by method (per head, mean ms) |\n|---|---:|---:|---|\n")
		calls := s.rpcBetween(s.loadStart, s.loadEnd)
		for _, x := range []struct {
			name  string
			heads float64
		}{{"oracled", nAll.count}, {"verifier", vAll.count}} {
			total := 0.0
			var parts []string
			for _, meth := range sortedMethods(calls[x.name]) {
				st := calls[x.name][meth]
				total += float64(st.n)
				parts = append(parts, fmt.Sprintf("%s %.1f (%.2f ms)", meth, float64(st.n)/max(x.heads, 1), meanMs(st)))
			}
			p("| `%s` | %.0f | %.1f | %s |\n", x.name, x.heads, total/max(x.heads, 1), strings.Join(parts, ", "))
		}
		p("\n")
	}

	p("Restart on the full store (SIGTERM, then the same command; the chain kept running):\n\n")
	p("| process | request records in its store | store file | SIGTERM → exit | start → started (log) | start → `/healthz` 200 |\n|---|---:|---:|---:|---:|---:|\n")
	for _, r := range rs {
		var phases []string
		for ph, k := range r.byPhase {
			phases = append(phases, fmt.Sprintf("%s %d", ph, k))
		}
		sort.Strings(phases)
		p("| `%s` | %d (%s) | %.0f MB | %s | %s | %s |\n", r.name, r.records, strings.Join(phases, ", "), float64(r.dbBytes)/(1<<20),
			r.stop.Round(time.Millisecond), r.toLog.Round(time.Millisecond), r.toHealthy.Round(time.Millisecond))
	}
	return b.String()
}

// q99 is the interpolated p99 and its bucket's upper bound (seconds).
func q99(h hist) (est, ub float64, ok bool) {
	ub, est, ok = h.quantile(0.99)
	return est, ub, ok
}

// minRate is the lowest rate of get over windows of length w between rows.
func minRate(rows []row, w time.Duration, get func(row) float64) float64 {
	m := math.NaN()
	for i := range rows {
		for j := i + 1; j < len(rows); j++ {
			dt := rows[j].t.Sub(rows[i].t)
			if dt < w {
				continue
			}
			r := (get(rows[j]) - get(rows[i])) / dt.Seconds()
			if math.IsNaN(m) || r < m {
				m = r
			}
			break
		}
	}
	return m
}

func fms(s float64) string {
	if math.IsInf(s, 1) {
		return "> 3.28 s"
	}
	ms := 1000 * s
	if ms < 10 {
		return fmt.Sprintf("%.2f ms", ms)
	}
	return fmt.Sprintf("%.1f ms", ms)
}

func fRate(r float64) string {
	if math.IsNaN(r) {
		return "run shorter than 60 s"
	}
	return fmt.Sprintf("%.1f/s", r)
}

func yes(ok bool) string {
	if ok {
		return "yes"
	}
	return "no"
}

func gasLimit(g uint64) string {
	if g == 0 {
		return "60M (default)"
	}
	return fmt.Sprintf("%dM", g/1_000_000)
}
