package oracle_test

import (
	"bytes"
	"context"
	"math/big"
	"math/rand/v2"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/auspex-labs/auspex/internal/contracts"
	"github.com/auspex-labs/auspex/internal/devchain"
)

type sent struct {
	id      *big.Int
	model   testModel
	input   []byte
	account string
}

// TestNodeAnswersEveryRequestOnce: 200 requests from 4 accounts across 3 models; each is
// finalized exactly once and its callback carries exactly the engine's output (or error code).
func TestNodeAnswersEveryRequestOnce(t *testing.T) {
	n := newNet(t, 50*time.Millisecond)
	svc := n.startNode(n.nodeConfig(t.TempDir()))
	defer svc.Stop(context.Background())

	digits, err := os.ReadFile(filepath.Join("..", "examples", "mnist", "digits-784x4.u8"))
	if err != nil {
		t.Fatal(err)
	}
	const perAccount = 50
	accounts := []string{devchain.User, devchain.User2, devchain.Creator, devchain.Treasury}
	var mu sync.Mutex
	var all []sent
	var wg sync.WaitGroup
	errs := make(chan error, len(accounts))
	for ai, acct := range accounts {
		wg.Add(1)
		go func() {
			defer wg.Done()
			rng := rand.New(rand.NewPCG(uint64(ai), 7))
			ctx := context.Background()
			for k := 0; k < perAccount; k++ {
				m := n.models[(ai+k)%len(n.models)]
				in := input(rng, m, digits, k%17 == 5)
				fee, err := n.c.Oracle.CallEstimateFee(ctx, m.id, 300_000)
				if err != nil {
					errs <- err
					return
				}
				rcpt, err := n.c.Sender(acct).Send(ctx, n.c.Oracle.RequestTx(contracts.NewRequest{
					ModelID: m.id, Input: in, Callback: n.store.Address(), CallbackGasLimit: 300_000,
				}, fee))
				if err != nil {
					errs <- err
					return
				}
				ev := n.c.Oracle.ParseInferenceRequested(rcpt)
				mu.Lock()
				all = append(all, sent{id: ev[0].RequestID, model: m, input: in, account: acct})
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	ctx := context.Background()
	waitFor(t, "200 callbacks", 3*time.Minute, func() bool {
		d, err := n.store.CallDeliveries(ctx)
		return err == nil && d >= uint64(len(all))
	})
	// A little longer: a duplicate would show up now.
	time.Sleep(500 * time.Millisecond)

	counts := n.eventCounts("InferenceFinalized", "ResultProposed", "ErrorProposed")
	errorsSeen := 0
	for _, s := range all {
		key := common.BigToHash(s.id)
		if c := counts["InferenceFinalized"][key]; c != 1 {
			t.Fatalf("request %s finalized %d times", key, c)
		}
		if c := counts["ResultProposed"][key] + counts["ErrorProposed"][key]; c != 1 {
			t.Fatalf("request %s proposed %d times", key, c)
		}
		d, err := n.store.CallResultOf(ctx, s.id)
		if err != nil {
			t.Fatal(err)
		}
		want, code := expected(t, s.model.art.Program, s.input)
		if d.Count != 1 {
			t.Fatalf("request %s: %d callbacks", key, d.Count)
		}
		if code != 0 {
			errorsSeen++
			if !d.Failed || d.ErrorCode != code {
				t.Fatalf("request %s (%s, %d bytes): delivered failed=%v code=%d, want error %d", key, s.model.name, len(s.input), d.Failed, d.ErrorCode, code)
			}
			continue
		}
		if d.Failed || !bytes.Equal(d.Output, want) {
			t.Fatalf("request %s (%s): callback output differs from the engine's", key, s.model.name)
		}
	}
	if errorsSeen == 0 {
		t.Fatal("no invalid input exercised the error path")
	}
	if d, _ := n.store.CallDeliveries(ctx); d != uint64(len(all)) {
		t.Fatalf("%d deliveries for %d requests", d, len(all))
	}
	t.Logf("%d requests (%d invalid inputs answered with an error) finalized once each", len(all), errorsSeen)
}
