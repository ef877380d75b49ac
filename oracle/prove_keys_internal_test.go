package oracle

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/rs/zerolog"

	"github.com/auspex-labs/auspex/fraudproof/zk"
	"github.com/auspex-labs/auspex/internal/contracts"
	"github.com/auspex-labs/auspex/modelregistry"
)

func keysTestModel(t *testing.T, name string, id uint64, kh common.Hash) *modelregistry.Model {
	t.Helper()
	art, err := modelregistry.BuildFile(filepath.Join("..", "models", name, "model.onnx"))
	if err != nil {
		t.Fatal(err)
	}
	return &modelregistry.Model{Info: contracts.Model{ID: id, ModelSpec: contracts.ModelSpec{ZkKeysHash: kh}}, Program: art.Program}
}

// TestSlowKeysURIHoldsUpNoOtherModel: provers.get holds p.mu for the whole download of a
// hostile model's keys (up to models.keys_fetch_timeout, 30 min by default). Every other ZK model's
// request, even one whose keys are already loaded, waits on that mutex, and its context is ignored.
func TestSlowKeysURIHoldsUpNoOtherModel(t *testing.T) {
	const fetchTimeout = 4 * time.Second // the default is 30 minutes
	slow := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		for { // a trickle, never the end
			if _, err := w.Write([]byte{0}); err != nil {
				return
			}
			w.(http.Flusher).Flush()
			select {
			case <-r.Context().Done():
				return
			case <-time.After(100 * time.Millisecond):
			}
		}
	}))
	defer slow.Close()
	st, err := modelregistry.NewStore(modelregistry.StoreConfig{Dir: t.TempDir(), MaxModelBytes: 1 << 20, FetchTimeout: time.Minute,
		KeysFetchTimeout: fetchTimeout}, zerolog.Nop())
	if err != nil {
		t.Fatal(err)
	}
	hostile := keysTestModel(t, "gonnx-mlp", 1, common.HexToHash("0x66"))
	honest := keysTestModel(t, "velardo-sum-mlp-sigmoid", 2, common.HexToHash("0x77"))
	p, err := newProvers(nil, st, func(_ context.Context, id uint64) (string, error) { return slow.URL + "/keys.tar", nil }, time.Minute)
	if err != nil {
		t.Fatal(err)
	}
	p.keys[keysKey{honest.Info.ZkKeysHash, honest.Program.Hash()}] = &zk.Keys{P: honest.Program} // loaded earlier: nothing to fetch

	go p.get(context.Background(), hostile) //nolint:errcheck
	time.Sleep(300 * time.Millisecond)
	ctx, cancel := context.WithTimeout(context.Background(), 500*time.Millisecond)
	defer cancel()
	start := time.Now()
	k, err := p.get(ctx, honest)
	took := time.Since(start)
	t.Logf("honest model's already-loaded keys returned after %s (err %v)", took, err)
	if k == nil || took > time.Second {
		t.Fatalf("a hostile model's slow keys URI stalled another model's ZK request for %s (its context allowed 500ms); "+
			"with the default keys_fetch_timeout this is 30 minutes out of every 31", took)
	}
}

// TestKeysFailureStaysWithItsModel: a hostile model registers another program with an honest
// ZK model's zkKeysHash and zkKeysUri (both public). Its request makes the node fetch the honest
// bundle, refuse it for the hostile program, and remember the failure by hash and URI only: the
// honest model's requests are then refused with errKeysBackoff for zk_keys_retry, though the node
// holds the right bundle in its cache.
func TestKeysFailureStaysWithItsModel(t *testing.T) {
	honest := keysTestModel(t, "gonnx-mlp", 1, common.Hash{})
	k, err := zk.Setup(honest.Program, zk.FormatInt64, zk.ChecksAuto)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if err := k.Write(dir); err != nil {
		t.Fatal(err)
	}
	bundle, kh, err := zk.WriteBundle(dir)
	if err != nil {
		t.Fatal(err)
	}
	honest.Info.ZkKeysHash = kh
	hostile := keysTestModel(t, "velardo-sum-mlp-sigmoid", 2, kh) // another program, the honest keys hash
	uri := "file://" + bundle                                     // the honest model's published URI, copied
	newP := func() *provers {
		st, err := modelregistry.NewStore(modelregistry.StoreConfig{Dir: t.TempDir(), MaxModelBytes: 1 << 20, FetchTimeout: time.Minute}, zerolog.Nop())
		if err != nil {
			t.Fatal(err)
		}
		p, err := newProvers(nil, st, func(context.Context, uint64) (string, error) { return uri, nil }, time.Hour)
		if err != nil {
			t.Fatal(err)
		}
		return p
	}
	ctx := context.Background()
	if _, err := newP().get(ctx, honest); err != nil {
		t.Fatalf("control: the honest model's keys do not load: %v", err)
	}
	p := newP()
	_, err = p.get(ctx, hostile)
	t.Logf("hostile model: %v", err)
	_, err = p.get(ctx, honest)
	if errors.Is(err, errKeysBackoff) {
		t.Fatalf("the honest model's ZK requests are refused for zk_keys_retry because of another model's failure: %v", err)
	}
	if err != nil {
		t.Fatal(err)
	}
}
