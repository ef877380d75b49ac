package oracle_test

import (
	"context"
	"fmt"
	"io"
	"math/big"
	"net"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/auspex-labs/auspex/internal/contracts"
	"github.com/auspex-labs/auspex/internal/devchain"
	"github.com/auspex-labs/auspex/internal/testutil"
	"github.com/auspex-labs/auspex/oracle"
)

// proxy forwards a loopback port to the chain's RPC and can be cut: the endpoint "goes away".
type proxy struct {
	addr, target string
	mu           sync.Mutex
	ln           net.Listener
	closed       bool // stopped: a connection accepted just before stop must not survive it
	conns        map[net.Conn]bool
}

func newProxy(t *testing.T, target string) *proxy {
	p := &proxy{target: target, conns: map[net.Conn]bool{}}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	p.addr = ln.Addr().String()
	p.serve(ln)
	return p
}

func (p *proxy) serve(ln net.Listener) {
	p.mu.Lock()
	p.ln, p.closed = ln, false
	p.mu.Unlock()
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			up, err := net.Dial("tcp", p.target)
			if err != nil {
				c.Close()
				continue
			}
			p.mu.Lock()
			if p.closed || p.ln != ln {
				// Accepted before stop, dialled after it: the outage must cut it too.
				p.mu.Unlock()
				c.Close()
				up.Close()
				continue
			}
			p.conns[c], p.conns[up] = true, true
			p.mu.Unlock()
			go func() { io.Copy(up, c); up.Close() }()
			go func() { io.Copy(c, up); c.Close() }()
		}
	}()
}

func (p *proxy) stop() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.ln.Close()
	p.closed = true
	for c := range p.conns {
		c.Close()
	}
	p.conns = map[net.Conn]bool{}
}

func (p *proxy) start(t *testing.T) {
	ln, err := net.Listen("tcp", p.addr)
	if err != nil {
		t.Fatal(err)
	}
	p.serve(ln)
}

// TestNodeSurvivesRPCOutage: the node's endpoint disappears for 30 s while requests keep coming;
// the node reports itself unhealthy, then recovers by itself and answers every request once.
func TestNodeSurvivesRPCOutage(t *testing.T) {
	if testing.Short() {
		t.Skip("30 s outage")
	}
	port := testutil.FreePort(t)
	n := newNet(t, 50*time.Millisecond, devchain.RPC("127.0.0.1", port, 0))
	px := newProxy(t, fmt.Sprintf("127.0.0.1:%d", port))
	ctx := context.Background()
	client, err := ethclient.Dial("http://" + px.addr)
	if err != nil {
		t.Fatal(err)
	}
	defer client.Close()
	cfg := n.nodeConfig(t.TempDir())
	cfg.MetricsAddr = "127.0.0.1:0"
	svc, err := oracle.NewService(ctx, cfg, client, n.c.Key(devchain.Operator), testLogger(t))
	if err != nil {
		t.Fatal(err)
	}
	if err := svc.Start(ctx); err != nil {
		t.Fatal(err)
	}
	defer svc.Stop(ctx)

	m := n.models[2]
	fee, _ := n.c.Oracle.CallEstimateFee(ctx, m.id, 300_000)
	var ids []*big.Int
	send := func(k int) {
		in := make([]byte, 16)
		in[7], in[15] = byte(k), byte(k*3)
		rcpt, err := n.c.Sender(devchain.User).Send(ctx, n.c.Oracle.RequestTx(contracts.NewRequest{
			ModelID: m.id, Input: in, Callback: n.store.Address(), CallbackGasLimit: 300_000}, fee))
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, n.c.Oracle.ParseInferenceRequested(rcpt)[0].RequestID)
	}
	for k := 0; k < 5; k++ {
		send(k)
	}
	waitFor(t, "first requests answered", time.Minute, func() bool {
		d, _ := n.store.CallDeliveries(ctx)
		return d == 5
	})

	health := func() int {
		resp, err := http.Get("http://" + svc.MetricsAddr().String() + "/healthz")
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return resp.StatusCode
	}
	if code := health(); code != http.StatusOK {
		t.Fatalf("/healthz %d before the outage", code)
	}
	px.stop()
	outage := time.Now()
	for k := 5; k < 25; k++ {
		send(k)
	}
	waitFor(t, "the node to report the outage", 20*time.Second, func() bool { return health() == http.StatusServiceUnavailable })
	time.Sleep(30*time.Second - time.Since(outage))
	px.start(t)
	t.Logf("endpoint back after %s", time.Since(outage).Round(time.Second))

	waitFor(t, "every request answered after the outage", 2*time.Minute, func() bool {
		d, _ := n.store.CallDeliveries(ctx)
		return d == uint64(len(ids))
	})
	waitFor(t, "healthy again", 20*time.Second, func() bool { return health() == http.StatusOK })
	resp, err := http.Get("http://" + svc.MetricsAddr().String() + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	// Discovery is counted once per request; a proposal or finalization whose send was cut by the
	// outage but mined anyway is counted as a failed send, so those series are only checked present.
	for _, series := range []string{"auspex_oracle_requests_discovered_total 25", `auspex_oracle_proposals_total{kind="result"}`,
		"auspex_oracle_finalizations_total", "auspex_oracle_engine_seconds_count", "auspex_oracle_watcher_healthy"} {
		if !strings.Contains(string(body), series) {
			t.Fatalf("/metrics lacks %q", series)
		}
	}
	counts := n.eventCounts("InferenceFinalized", "ResultProposed")
	for _, id := range ids {
		k := common.BigToHash(id)
		if counts["ResultProposed"][k] != 1 || counts["InferenceFinalized"][k] != 1 {
			t.Fatalf("request %s: %d proposals, %d finalizations", k, counts["ResultProposed"][k], counts["InferenceFinalized"][k])
		}
	}
}
