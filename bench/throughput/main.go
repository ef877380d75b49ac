// Command throughput measures the oracle node on the devnet: a burst of requests for one model is
// sent at once, and the in-process node (2 engine workers) discovers, runs and proposes them.
// It reports requests proposed per second and request→proposal latency in blocks.
//
//	go run ./bench/throughput -model mnist-8 -n 500
package main

import (
	"context"
	"flag"
	"fmt"
	"math/big"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/rs/zerolog"

	"github.com/auspex-labs/auspex/internal/contracts"
	"github.com/auspex-labs/auspex/internal/devchain"
	"github.com/auspex-labs/auspex/modelregistry"
	"github.com/auspex-labs/auspex/oracle"
)

func main() {
	model := flag.String("model", "mnist-8", "model directory under models/")
	n := flag.Int("n", 500, "requests")
	blockTime := flag.Duration("block-time", time.Second, "devnet block time")
	inFlight := flag.Int("max-in-flight", 256, "node: transactions in flight")
	workers := flag.Int("workers", runtime.NumCPU(), "node: engine workers")
	flag.Parse()
	if err := run(*model, *n, *blockTime, *inFlight, *workers); err != nil {
		fmt.Fprintln(os.Stderr, "throughput:", err)
		os.Exit(1)
	}
}

func run(model string, n int, blockTime time.Duration, inFlight, workers int) error {
	ctx := context.Background()
	c, err := devchain.New(ctx, devchain.WithBlockInterval(blockTime))
	if err != nil {
		return err
	}
	defer c.Close()
	if err := c.Deploy(ctx, devchain.DefaultParams()); err != nil {
		return err
	}
	path, _ := filepath.Abs(filepath.Join("models", model, "model.onnx"))
	art, err := modelregistry.BuildFile(path)
	if err != nil {
		return err
	}
	rcpt, err := c.Sender(devchain.Creator).Send(ctx, c.Registry.RegisterModelTx(contracts.ModelSpec{
		OnnxHash: art.OnnxHash, ProgramHash: art.ProgramHash, LayoutRoot: art.LayoutRoot, URI: "file://" + path, Fee: big.NewInt(1e15),
		Mode: contracts.ModeOPML, ChallengeWindow: 3600,
	}))
	if err != nil {
		return err
	}
	modelID, err := c.Registry.ParseModelRegistered(rcpt)
	if err != nil {
		return err
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	if err := modelregistry.Publish(ctx, c.Sender(devchain.Creator), c.Registry, modelID, data, nil); err != nil {
		return err
	}

	dir, _ := os.MkdirTemp("", "auspex-throughput-")
	defer os.RemoveAll(dir)
	cfg := oracle.DefaultConfig()
	cfg.Oracle, cfg.Registry = c.Oracle.Address(), c.Registry.Address()
	cfg.DBPath, cfg.Models.Dir = filepath.Join(dir, "db"), filepath.Join(dir, "models")
	cfg.PollInterval, cfg.Tx.PollInterval = blockTime/10, blockTime/10
	cfg.Workers, cfg.Tx.MaxInFlight, cfg.QueueSize = workers, inFlight, 4096
	cfg.BondTarget = new(big.Int).Mul(big.NewInt(int64(n)+10), big.NewInt(1e17))
	node, err := oracle.NewService(ctx, cfg, c.Client, devchain.DevKey(devchain.Operator), zerolog.Nop())
	if err != nil {
		return err
	}
	if err := node.Start(ctx); err != nil {
		return err
	}
	defer node.Stop(ctx)
	for node.Healthy() != nil {
		time.Sleep(10 * time.Millisecond)
	}

	// Sign the burst up front, from 4 accounts, so the measurement is the node and not the sender.
	fee, err := c.Oracle.CallEstimateFee(ctx, modelID, 0)
	if err != nil {
		return err
	}
	in := art.Program.Values[art.Program.Inputs[0]]
	rng := rand.New(rand.NewPCG(1, 2))
	accounts := []string{devchain.User, devchain.User2, devchain.Treasury, devchain.Challenger}
	start, _ := c.Client.BlockNumber(ctx)
	t0 := time.Now()
	for i := 0; i < n; i++ {
		input := make([]byte, in.Len())
		if model != "mnist-8" {
			input = make([]byte, 8*in.Len())
		}
		for k := range input {
			if model == "mnist-8" || k%8 >= 6 {
				input[k] = byte(rng.IntN(256))
			}
		}
		if _, err := c.Sender(accounts[i%len(accounts)]).SendNoWait(ctx, c.Oracle.RequestTx(contracts.NewRequest{ModelID: modelID, Input: input}, fee)); err != nil {
			return fmt.Errorf("request %d: %w", i, err)
		}
	}
	sendTime := time.Since(t0)

	topic := func(name string) []common.Hash { return []common.Hash{c.Oracle.EventTopic(name)} }
	logs := func(name string) ([]uint64, map[common.Hash]uint64, error) {
		ls, err := c.Client.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(start + 1),
			Addresses: []common.Address{c.Oracle.Address()}, Topics: [][]common.Hash{topic(name)}})
		if err != nil {
			if head, herr := c.Client.BlockNumber(ctx); herr == nil && head <= start {
				return nil, map[common.Hash]uint64{}, nil // nothing mined yet
			}
			return nil, nil, err
		}
		blocks, byID := []uint64{}, map[common.Hash]uint64{}
		for _, l := range ls {
			blocks = append(blocks, l.BlockNumber)
			byID[l.Topics[1]] = l.BlockNumber
		}
		return blocks, byID, nil
	}
	var firstReq time.Time
	deadline := time.Now().Add(10 * time.Minute)
	for {
		reqBlocks, _, err := logs("InferenceRequested")
		if err != nil {
			return err
		}
		if firstReq.IsZero() && len(reqBlocks) > 0 {
			firstReq = time.Now()
		}
		props, _, err := logs("ResultProposed")
		if err != nil {
			return err
		}
		if len(props) >= n {
			break
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("%d of %d proposed after 10 min", len(props), n)
		}
		time.Sleep(20 * time.Millisecond)
	}
	elapsed := time.Since(firstReq)
	_, reqs, _ := logs("InferenceRequested")
	_, props, _ := logs("ResultProposed")
	var lat []int
	var firstBlock, lastBlock uint64 = ^uint64(0), 0
	for id, pb := range props {
		lat = append(lat, int(pb-reqs[id]))
		firstBlock = min(firstBlock, reqs[id])
		lastBlock = max(lastBlock, pb)
	}
	slices.Sort(lat)
	blocks := lastBlock - firstBlock + 1
	fmt.Printf("| %s | %d | %s | %d | %.1f | %.1f | %d / %d / %d | %d |\n", model, n, blockTime, workers,
		float64(n)/elapsed.Seconds(), float64(n)/(float64(blocks)*blockTime.Seconds()),
		lat[len(lat)/2], lat[len(lat)*95/100], lat[len(lat)-1], blocks)
	fmt.Fprintf(os.Stderr, "signed and sent %d requests in %s; first request mined → last proposal mined: %s over %d blocks\n",
		n, sendTime.Round(time.Millisecond), elapsed.Round(time.Millisecond), blocks)
	return nil
}
