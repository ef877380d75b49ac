package kit

import (
	"math/big"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/rs/zerolog"

	"github.com/auspex-labs/auspex/bindings"
	"github.com/auspex-labs/auspex/internal/contracts"
	"github.com/auspex-labs/auspex/internal/store"
)

// requestLog builds an InferenceRequested log as the oracle emits it.
func requestLog(t *testing.T, oracle common.Address, id int64, block uint64, blockHash common.Hash) types.Log {
	ev := bindings.NewAIOracle().GetABI().Events["InferenceRequested"]
	data, err := abi.Arguments(ev.Inputs.NonIndexed()).Pack(big.NewInt(0), common.Address{}, uint32(0), uint16(1), big.NewInt(99), big.NewInt(1), []byte{1}, []byte{})
	if err != nil {
		t.Fatal(err)
	}
	return types.Log{Address: oracle, Topics: []common.Hash{ev.ID, common.BigToHash(big.NewInt(id)), common.BigToHash(big.NewInt(1)), {}},
		Data: data, BlockNumber: block, BlockHash: blockHash}
}

func TestIntakeHonoursRemoved(t *testing.T) {
	st, err := store.Open(filepath.Join(t.TempDir(), "db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	addr := common.HexToAddress("0xabc")
	in := newIntake(st, contracts.NewOracle(addr, nil), zerolog.Nop(), "test", prometheus.NewRegistry())
	handle := func(logs ...types.Log) error {
		for i := range logs {
			if _, err := in.Handle(&logs[i]); err != nil {
				return err
			}
		}
		return nil
	}
	a, b := requestLog(t, addr, 1, 10, common.HexToHash("0x10")), requestLog(t, addr, 2, 10, common.HexToHash("0x10"))
	if err := handle(a, b, a); err != nil {
		t.Fatal(err)
	}
	if rs, _ := st.Requests(nil); len(rs) != 2 {
		t.Fatalf("%d requests stored", len(rs))
	}
	a.Removed = true
	if err := handle(a); err != nil {
		t.Fatal(err)
	}
	rs, _ := st.Requests(nil)
	if len(rs) != 1 || rs[0].ID != common.BigToHash(big.NewInt(2)) {
		t.Fatalf("after the removed log: %+v", rs)
	}
	// Logs of other contracts or events are ignored.
	other := requestLog(t, common.HexToAddress("0xdef"), 3, 11, common.HexToHash("0x11"))
	if err := handle(other); err != nil {
		t.Fatal(err)
	}
	if rs, _ := st.Requests(nil); len(rs) != 1 {
		t.Fatal("a foreign log was stored")
	}
}
