package devchain

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net"
	"net/http"
	"strings"
	"time"
)

// ServeRPC serves JSON-RPC on addr (a loopback address) in front of the chain's own endpoint
// upstream: the methods Foundry, Hardhat and anvil tooling call to drive a dev chain's clock —
// evm_increaseTime (seconds; moves the clock and mines a block) and evm_mine — are answered here,
// and every other request is passed on unchanged. Requests within a batch are passed on as they
// are (a batch gets no evm_ methods). It returns once the address is bound; close stops it.
func (c *Chain) ServeRPC(addr, upstream string) (closeFn func() error, err error) {
	l, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, err
	}
	srv := &http.Server{Handler: &rpcFront{c: c, upstream: upstream, client: &http.Client{Timeout: 5 * time.Minute}},
		ReadHeaderTimeout: 10 * time.Second}
	go func() { _ = srv.Serve(l) }()
	return func() error {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		return srv.Shutdown(ctx)
	}, nil
}

type rpcFront struct {
	c        *Chain
	upstream string
	client   *http.Client
}

type rpcRequest struct {
	ID     json.RawMessage   `json:"id"`
	Method string            `json:"method"`
	Params []json.RawMessage `json:"params"`
}

// maxRPCBody bounds a request: a 16 MiB contract deployment fits with room.
const maxRPCBody = 64 << 20

func (f *rpcFront) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(io.LimitReader(r.Body, maxRPCBody))
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	var req rpcRequest
	if r.Method == http.MethodPost && json.Unmarshal(body, &req) == nil && strings.HasPrefix(req.Method, "evm_") {
		f.answer(w, req)
		return
	}
	up, err := http.NewRequestWithContext(r.Context(), r.Method, f.upstream+r.URL.RequestURI(), bytes.NewReader(body))
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	up.Header = r.Header.Clone()
	resp, err := f.client.Do(up)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	for k, vs := range resp.Header {
		for _, v := range vs {
			w.Header().Add(k, v)
		}
	}
	w.WriteHeader(resp.StatusCode)
	_, _ = io.Copy(w, resp.Body)
}

// answer handles one evm_ request.
func (f *rpcFront) answer(w http.ResponseWriter, req rpcRequest) {
	type rpcError struct {
		Code    int    `json:"code"`
		Message string `json:"message"`
	}
	out := struct {
		JSONRPC string          `json:"jsonrpc"`
		ID      json.RawMessage `json:"id"`
		Result  any             `json:"result,omitempty"`
		Error   *rpcError       `json:"error,omitempty"`
	}{JSONRPC: "2.0", ID: req.ID}
	switch req.Method {
	case "evm_increaseTime":
		secs, err := seconds(req.Params)
		if err == nil {
			err = f.c.Advance(time.Duration(secs) * time.Second)
		}
		if err != nil {
			out.Error = &rpcError{-32602, err.Error()}
		} else {
			out.Result = secs
		}
	case "evm_mine":
		f.c.Mine()
		out.Result = "0x0"
	default:
		out.Error = &rpcError{-32601, fmt.Sprintf("the method %s does not exist/is not available (this devnet has evm_increaseTime and evm_mine)", req.Method)}
	}
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(out)
}

// seconds reads evm_increaseTime's one parameter: a number, or a decimal or 0x-hex string.
func seconds(params []json.RawMessage) (int64, error) {
	if len(params) != 1 {
		return 0, errors.New("evm_increaseTime takes one parameter: the seconds to add")
	}
	var n json.Number
	var s string
	switch {
	case json.Unmarshal(params[0], &n) == nil:
		s = n.String()
	case json.Unmarshal(params[0], &s) == nil:
	default:
		return 0, fmt.Errorf("evm_increaseTime: %s is not a number of seconds", params[0])
	}
	v, ok := new(big.Int).SetString(s, 0)
	if !ok || v.Sign() < 0 || !v.IsInt64() || v.Int64() > 100*365*24*3600 {
		return 0, fmt.Errorf("evm_increaseTime: %q is not a number of seconds (0 to 100 years)", s)
	}
	return v.Int64(), nil
}
