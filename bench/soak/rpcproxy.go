package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"time"
)

// rpcProxy (-rpc-proxy, a diagnostic mode) stands between the processes and the chain's HTTP
// JSON-RPC endpoint and counts every call by process (the URL path) and method, with the time the
// chain took to answer. The processes then poll for heads (HTTP has no subscriptions) instead of
// being pushed them over WebSocket.
type rpcProxy struct {
	target string
	client *http.Client
	srv    *http.Server
	addr   string

	mu    sync.Mutex
	calls map[string]map[string]*callStat // process → method → totals
}

type callStat struct {
	n   int64
	dur time.Duration
}

func startRPCProxy(chainHTTPPort int) (*rpcProxy, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	p := &rpcProxy{target: fmt.Sprintf("http://127.0.0.1:%d", chainHTTPPort), addr: ln.Addr().String(),
		client: &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: 256}}, calls: map[string]map[string]*callStat{}}
	p.srv = &http.Server{Handler: p, ReadHeaderTimeout: 5 * time.Second}
	go func() { _ = p.srv.Serve(ln) }()
	return p, nil
}

// url is the endpoint a process named name is given.
func (p *rpcProxy) url(name string) string { return "http://" + p.addr + "/" + name }

func (p *rpcProxy) close() { _ = p.srv.Close() }

func (p *rpcProxy) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	name := strings.Trim(r.URL.Path, "/")
	body, err := io.ReadAll(r.Body)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	var methods []string
	var one struct {
		Method string `json:"method"`
	}
	var batch []struct {
		Method string `json:"method"`
	}
	if t := bytes.TrimSpace(body); len(t) > 0 && t[0] == '[' {
		if json.Unmarshal(t, &batch) == nil {
			for _, b := range batch {
				methods = append(methods, b.Method)
			}
		}
	} else if json.Unmarshal(t, &one) == nil {
		methods = append(methods, one.Method)
	}
	start := time.Now()
	req, err := http.NewRequestWithContext(r.Context(), http.MethodPost, p.target, bytes.NewReader(body))
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := p.client.Do(req)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	out, err := io.ReadAll(resp.Body)
	took := time.Since(start)
	p.mu.Lock()
	m := p.calls[name]
	if m == nil {
		m = map[string]*callStat{}
		p.calls[name] = m
	}
	for _, meth := range methods {
		st := m[meth]
		if st == nil {
			st = &callStat{}
			m[meth] = st
		}
		st.n++
		st.dur += took / time.Duration(len(methods))
	}
	p.mu.Unlock()
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	w.Header().Set("Content-Type", resp.Header.Get("Content-Type"))
	w.WriteHeader(resp.StatusCode)
	_, _ = w.Write(out)
}

// snapshot copies the totals.
func (p *rpcProxy) snapshot() map[string]map[string]callStat {
	p.mu.Lock()
	defer p.mu.Unlock()
	out := map[string]map[string]callStat{}
	for name, m := range p.calls {
		out[name] = map[string]callStat{}
		for meth, st := range m {
			out[name][meth] = *st
		}
	}
	return out
}

// rpcLog appends each window's calls to rpc.csv: t, process, method, calls, mean latency.
type rpcLog struct {
	p    *rpcProxy
	f    *os.File
	prev map[string]map[string]callStat
}

func newRPCLog(p *rpcProxy, dir string) (*rpcLog, error) {
	f, err := os.Create(filepath.Join(dir, "rpc.csv"))
	if err != nil {
		return nil, err
	}
	fmt.Fprintln(f, "t_s,process,method,calls,mean_ms")
	return &rpcLog{p: p, f: f, prev: p.snapshot()}, nil
}

// window writes the calls since the last window and returns them.
func (l *rpcLog) window(t float64) map[string]map[string]callStat {
	now := l.p.snapshot()
	d := diffCalls(now, l.prev)
	l.prev = now
	var names []string
	for name := range d {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		for _, meth := range sortedMethods(d[name]) {
			st := d[name][meth]
			fmt.Fprintf(l.f, "%.1f,%s,%s,%d,%.3f\n", t, name, meth, st.n, meanMs(st))
		}
	}
	return d
}

func diffCalls(now, prev map[string]map[string]callStat) map[string]map[string]callStat {
	d := map[string]map[string]callStat{}
	for name, m := range now {
		d[name] = map[string]callStat{}
		for meth, st := range m {
			p := prev[name][meth]
			if st.n > p.n {
				d[name][meth] = callStat{n: st.n - p.n, dur: st.dur - p.dur}
			}
		}
	}
	return d
}

func sortedMethods(m map[string]callStat) []string {
	var out []string
	for meth := range m {
		out = append(out, meth)
	}
	sort.Slice(out, func(i, j int) bool { return m[out[i]].n > m[out[j]].n })
	return out
}

func meanMs(st callStat) float64 {
	if st.n == 0 {
		return 0
	}
	return float64(st.dur) / float64(st.n) / 1e6
}
