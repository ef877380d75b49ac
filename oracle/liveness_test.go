package oracle_test

import (
	"bytes"
	"context"
	"math/big"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/auspex-labs/auspex/fraudproof"
	"github.com/auspex-labs/auspex/inference"
	"github.com/auspex-labs/auspex/inference/onnx"
	"github.com/auspex-labs/auspex/inference/onnx/onnxbuild"
	"github.com/auspex-labs/auspex/internal/contracts"
	"github.com/auspex-labs/auspex/internal/devchain"
	"github.com/auspex-labs/auspex/modelregistry"
	"github.com/auspex-labs/auspex/oracle"
	"github.com/auspex-labs/auspex/oracle/liar"
	"github.com/auspex-labs/auspex/oracle/verifier"
)

// Liveness: every request ends in exactly one callback within a bounded (chain) time with only
// the services acting for the honest side — no manual finalize, timeout, refund or withdraw —
// whatever the other side does, and every honest party ends with what it is owed withdrawn.
// The adversary's moves are transactions the test sends; time is warped so that clocks and
// windows run out in seconds.

const (
	liveWindow      = 600  // s: the model's challenge window
	liveClock       = 300  // s: each side's clock in a dispute game
	liveTimeout     = 1200 // s: the request timeout
	liveKeeperDelay = 10   // s: how long a keeper leaves work to its owner
	liveSlack       = 300  // s: blocks, polling and transactions on top of the protocol's times
)

var liveBond = big.NewInt(1e17) // the challenge bond

type liveNet struct {
	*testNet
	game    *contracts.DisputeGame
	model   testModel // mnist-8, with liveWindow, its file served from dir
	file    string    // the model file's URI path
	digits  []byte
	started uint64 // chain time when the request was made
}

func newLiveNet(t *testing.T) *liveNet {
	t.Helper()
	ctx := context.Background()
	c, err := devchain.New(ctx, devchain.WithBlockInterval(50*time.Millisecond))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	p := devchain.DefaultParams()
	p.MinChallengeWindow = 1
	p.Config.RequestTimeout = liveTimeout
	if err := c.Deploy(ctx, p); err != nil {
		t.Fatal(err)
	}
	n := &liveNet{testNet: &testNet{t: t, c: c}}
	if n.store, _, err = contracts.DeployResultStore(ctx, c.Sender(devchain.User), c.Client, c.Oracle.Address()); err != nil {
		t.Fatal(err)
	}
	v, err := contracts.DeployOneStepVerifier(ctx, c.Sender(devchain.Deployer), c.Client)
	if err != nil {
		t.Fatal(err)
	}
	if n.game, err = contracts.DeployDisputeGame(ctx, c.Sender(devchain.Deployer), c.Client, c.Oracle, v.Address(), liveBond, liveClock); err != nil {
		t.Fatal(err)
	}
	// The model file is served from a directory of its own, so a test can make it vanish.
	src, _ := filepath.Abs(filepath.Join("..", "models", "mnist-8", "model.onnx"))
	data, err := os.ReadFile(src)
	if err != nil {
		t.Fatal(err)
	}
	n.file = filepath.Join(t.TempDir(), "model.onnx")
	if err := os.WriteFile(n.file, data, 0o644); err != nil {
		t.Fatal(err)
	}
	n.model = n.register(n.file, data, common.Hash{})
	if n.digits, err = os.ReadFile(filepath.Join("..", "examples", "mnist", "digits-784x4.u8")); err != nil {
		t.Fatal(err)
	}
	return n
}

// register registers the model file with liveWindow and publishes its bytes; a non-zero
// programHash replaces the real one (a model no node can serve).
func (n *liveNet) register(path string, data []byte, programHash common.Hash) testModel {
	n.t.Helper()
	ctx := context.Background()
	art, err := modelregistry.BuildFile(path)
	if err != nil {
		n.t.Fatal(err)
	}
	spec := contracts.ModelSpec{OnnxHash: art.OnnxHash, ProgramHash: art.ProgramHash, LayoutRoot: art.LayoutRoot,
		URI: "file://" + path, Fee: big.NewInt(1e15), Mode: contracts.ModeOPML, ChallengeWindow: liveWindow}
	if programHash != (common.Hash{}) {
		spec.ProgramHash = programHash
	}
	rcpt, err := n.c.Sender(devchain.Creator).Send(ctx, n.c.Registry.RegisterModelTx(spec))
	if err != nil {
		n.t.Fatal(err)
	}
	id, err := n.c.Registry.ParseModelRegistered(rcpt)
	if err != nil {
		n.t.Fatal(err)
	}
	publishModel(n.t, n.c, id, data)
	return testModel{id: id, name: "mnist-8", art: art}
}

// request asks for digit k of the examples with the ResultStore as callback.
func (n *liveNet) request(modelID uint64, k int) *big.Int {
	n.t.Helper()
	ctx := context.Background()
	fee, err := n.c.Oracle.CallEstimateFee(ctx, modelID, 300_000)
	if err != nil {
		n.t.Fatal(err)
	}
	fee.Mul(fee, big.NewInt(2)) // the callback's price follows the base fee: pay a margin, the rest is credited
	rcpt, err := n.c.Sender(devchain.User).Send(ctx, n.c.Oracle.RequestTx(contracts.NewRequest{
		ModelID: modelID, Input: n.digits[k*784 : (k+1)*784], Callback: n.store.Address(), CallbackGasLimit: 300_000}, fee))
	if err != nil {
		n.t.Fatal(err)
	}
	if n.started, err = n.c.Now(ctx); err != nil {
		n.t.Fatal(err)
	}
	return n.c.Oracle.ParseInferenceRequested(rcpt)[0].RequestID
}

// truth is the engine's output for digit k.
func (n *liveNet) truth(k int) []byte {
	in, err := inference.DecodeInput(n.model.art.Program, n.digits[k*784:(k+1)*784])
	if err != nil {
		n.t.Fatal(err)
	}
	outs, err := inference.Run(n.model.art.Program, in)
	if err != nil {
		n.t.Fatal(err)
	}
	return inference.EncodeOutput(outs)
}

// warp moves chain time forward by step every 100 ms (on top of the blocks' own seconds) until
// the returned stop is called. Honest players move within a few blocks, far inside their clocks.
func (n *liveNet) warp(step time.Duration) (stop func()) {
	done := make(chan struct{})
	finished := make(chan struct{})
	go func() {
		defer close(finished)
		tk := time.NewTicker(100 * time.Millisecond)
		defer tk.Stop()
		for {
			select {
			case <-done:
				return
			case <-tk.C:
				_ = n.c.Advance(step)
			}
		}
	}()
	return func() { close(done); <-finished }
}

func (n *liveNet) honestNode(account string) *oracle.Service {
	n.t.Helper()
	cfg := n.nodeConfig(n.t.TempDir())
	cfg.DisputeGame = n.game.Address()
	cfg.WithdrawAbove = new(big.Int)
	cfg.KeeperDelay = liveKeeperDelay * time.Second
	s := n.startNodeAs(cfg, account)
	n.t.Cleanup(func() { s.Stop(context.Background()) })
	return s
}

func (n *liveNet) liarNode(account string) *oracle.Service {
	n.t.Helper()
	cfg := n.nodeConfig(n.t.TempDir())
	cfg.DisputeGame = n.game.Address()
	return n.startNodeAs(cfg, account, oracle.WithClaimHook(liar.Claim))
}

func (n *liveNet) verifier(account string) *verifier.Service {
	n.t.Helper()
	v := n.startVerifier(n.game.Address(), account)
	n.t.Cleanup(func() { v.Stop(context.Background()) })
	return v
}

// waitStatus waits (wall time) for the request to reach status.
func (n *liveNet) waitStatus(req *big.Int, status contracts.RequestStatus) {
	n.t.Helper()
	waitFor(n.t, "request "+status.String(), 3*time.Minute, func() bool {
		r, _ := n.c.Oracle.CallRequest(context.Background(), req)
		return r.Status == status
	})
}

// ended waits for the request's callback and checks it came once, within bound seconds of chain
// time from the request; it returns what was delivered.
func (n *liveNet) ended(req *big.Int, bound uint64) contracts.Delivery {
	n.t.Helper()
	ctx := context.Background()
	waitFor(n.t, "the request's callback", 4*time.Minute, func() bool {
		d, err := n.store.CallResultOf(ctx, req)
		return err == nil && d.Count > 0
	})
	now, _ := n.c.Now(ctx)
	if took := now - n.started; took > bound {
		n.t.Errorf("the request ended %d s (chain time) after it was made; the bound is %d s", took, bound)
	} else {
		n.t.Logf("the request ended %d s (chain time) after it was made; bound %d s", took, bound)
	}
	// A second callback would come from a second finalize or refund: give it a few blocks.
	time.Sleep(time.Second)
	d, _ := n.store.CallResultOf(ctx, req)
	if d.Count != 1 {
		n.t.Fatalf("%d callbacks for one request", d.Count)
	}
	return d
}

// collected waits until account is owed nothing by the oracle or the game, and its proposal
// bonds are released (none locked).
func (n *liveNet) collected(account string) {
	n.t.Helper()
	ctx := context.Background()
	a := n.c.Addr(account)
	waitFor(n.t, account+" to collect what it is owed", 2*time.Minute, func() bool {
		b, err1 := n.c.Oracle.CallBalance(ctx, a)
		g, err2 := n.game.CallBalance(ctx, a)
		o, err3 := n.c.Oracle.CallOperator(ctx, a)
		return err1 == nil && err2 == nil && err3 == nil && b.Sign() == 0 && g.Sign() == 0 &&
			o.Earnings.Sign() == 0 && o.Locked.Sign() == 0
	})
}

// won checks that account ended with more ether than it had at before (its winnings, withdrawn,
// exceed its gas).
func (n *liveNet) won(account string, before *big.Int) {
	n.t.Helper()
	after, err := n.c.Client.BalanceAt(context.Background(), n.c.Addr(account), nil)
	if err != nil {
		n.t.Fatal(err)
	}
	if after.Cmp(before) <= 0 {
		n.t.Fatalf("%s ended with %s wei, started with %s: its winnings were not withdrawn", account, after, before)
	}
}

func (n *liveNet) balance(account string) *big.Int {
	b, err := n.c.Client.BalanceAt(context.Background(), n.c.Addr(account), nil)
	if err != nil {
		n.t.Fatal(err)
	}
	return b
}

// delivered checks that the request ended in one callback carrying the engine's output for digit
// k within bound (chain seconds), that the honest node and every winner collected what they were
// owed, and that each winner ended with more ether than it had before (its balance then).
func (n *liveNet) delivered(req *big.Int, k int, bound uint64, before map[string]*big.Int) {
	n.t.Helper()
	d := n.ended(req, bound)
	if string(d.Output) != string(n.truth(k)) {
		n.t.Fatal("the delivered output is not the engine's")
	}
	n.collected(devchain.Operator2)
	for who, b := range before {
		n.collected(who)
		n.won(who, b)
	}
}

// propose sends a proposal as an adversary would: from account, with its own bond.
func (n *liveNet) propose(account string, req *big.Int, output []byte) {
	n.t.Helper()
	ctx := context.Background()
	s := n.c.Sender(account)
	if _, err := s.Send(ctx, n.c.Oracle.DepositBondTx(big.NewInt(1e18))); err != nil {
		n.t.Fatal(err)
	}
	if _, err := s.Send(ctx, n.c.Oracle.ProposeResultTx(req, output)); err != nil {
		n.t.Fatal(err)
	}
}

// proposeTruth proposes the engine's answer for digit k from account, bypassing any node, and
// returns its claim.
func (n *liveNet) proposeTruth(account string, req *big.Int, k int) *fraudproof.Claim {
	n.t.Helper()
	cl, err := fraudproof.NewClaim(n.model.art.Program, n.digits[k*784:(k+1)*784], 1)
	if err != nil {
		n.t.Fatal(err)
	}
	out, err := cl.Output()
	if err != nil {
		n.t.Fatal(err)
	}
	n.propose(account, req, out)
	return cl
}

// The liar proposes a wrong result and goes silent; the verifier challenges and, when the liar's
// clock runs out, times it out; the honest node re-proposes and finalizes.
func TestLivenessSilentLiar(t *testing.T) {
	n := newLiveNet(t)
	lying := n.liarNode(devchain.Operator)
	req := n.request(n.model.id, 0)
	n.waitStatus(req, contracts.StatusProposed)
	if err := lying.Stop(context.Background()); err != nil {
		t.Fatal(err)
	}
	before := map[string]*big.Int{devchain.Challenger: n.balance(devchain.Challenger)}
	n.verifier(devchain.Challenger)
	n.honestNode(devchain.Operator2)
	defer n.warp(5 * time.Second)()
	n.delivered(req, 0, liveWindow+liveClock+liveWindow+liveSlack, before)
}

// A griefer challenges a correct proposal and goes silent; the node defends and, when the
// griefer's clock runs out, times it out, takes its bond and finalizes.
func TestLivenessSilentChallenger(t *testing.T) {
	n := newLiveNet(t)
	ctx := context.Background()
	n.honestNode(devchain.Operator2)
	req := n.request(n.model.id, 1)
	n.waitStatus(req, contracts.StatusProposed)
	cl, err := fraudproof.NewClaim(n.model.art.Program, n.digits[784:2*784], 1)
	if err != nil {
		t.Fatal(err)
	}
	before := map[string]*big.Int{devchain.Operator2: n.balance(devchain.Operator2)}
	if _, err := n.c.Sender(devchain.User2).Send(ctx, n.game.ChallengeTx(req, liveBond, cl.Layout())); err != nil {
		t.Fatal(err)
	}
	defer n.warp(5 * time.Second)()
	n.delivered(req, 1, liveWindow+2*liveClock+liveSlack, before)
}

// A liar posts a wrong result with no node behind it, so no trace is ever committed; the verifier
// challenges and times it out at its first move (the commitment); the honest node re-proposes and
// finalizes.
func TestLivenessLieWithNoTraceBehindIt(t *testing.T) {
	n := newLiveNet(t)
	req := n.request(n.model.id, 2)
	lie := n.truth(3)
	n.propose(devchain.Operator, req, lie)
	before := map[string]*big.Int{devchain.Challenger: n.balance(devchain.Challenger)}
	n.verifier(devchain.Challenger)
	n.honestNode(devchain.Operator2)
	defer n.warp(5 * time.Second)()
	n.delivered(req, 2, liveWindow+liveClock+liveWindow+liveSlack, before)
}

// Two verifiers challenge one lie, which its liar defends; one game slashes it, the other goes
// stale and is closed by its challenger with its bond and share; the honest re-proposal finalizes.
func TestLivenessTwoGamesOnOneLie(t *testing.T) {
	n := newLiveNet(t)
	lying := n.liarNode(devchain.Operator)
	defer lying.Stop(context.Background())
	req := n.request(n.model.id, 0)
	n.waitStatus(req, contracts.StatusProposed)
	before := map[string]*big.Int{devchain.Challenger: n.balance(devchain.Challenger), devchain.User2: n.balance(devchain.User2)}
	n.verifier(devchain.Challenger)
	n.verifier(devchain.User2)
	waitFor(t, "two games", 2*time.Minute, func() bool {
		g, err := n.game.CallGame(context.Background(), big.NewInt(2))
		return err == nil && g.Phase != contracts.PhaseNone
	})
	n.honestNode(devchain.Operator2)
	defer n.warp(5 * time.Second)()
	n.delivered(req, 0, liveWindow+2*liveClock+liveWindow+liveSlack, before)
}

// An operator proposes the correct result and never finalizes; another node's keeper does, once
// the keeper delay has passed, and is paid for it.
func TestLivenessProposerNeverFinalizes(t *testing.T) {
	n := newLiveNet(t)
	req := n.request(n.model.id, 1)
	n.proposeTruth(devchain.Operator, req, 1)
	n.verifier(devchain.Challenger)
	n.honestNode(devchain.Operator2)
	defer n.warp(5 * time.Second)()
	n.delivered(req, 1, liveWindow+liveKeeperDelay+liveSlack, nil)
}

// A model no node can serve (its registered program is not what its file compiles to): the
// request is refunded by a keeper once its deadline has passed, with one refund callback.
func TestLivenessModelNoNodeServes(t *testing.T) {
	n := newLiveNet(t)
	data, _ := os.ReadFile(n.file)
	bad := n.register(n.file, data, common.HexToHash("0xbad"))
	n.honestNode(devchain.Operator2)
	n.verifier(devchain.Challenger)
	req := n.request(bad.id, 0)
	defer n.warp(10 * time.Second)()
	d := n.ended(req, liveTimeout+liveKeeperDelay+liveSlack)
	if !d.Refunded || d.Refund.Sign() == 0 {
		t.Fatalf("delivered %+v, want a refund", d)
	}
	n.collected(devchain.Operator2)
}

// The model's file vanishes after a lie about it was proposed: the verifier and the honest node
// obtain the model from its on-chain publication, the lie is caught and the truth delivered.
func TestLivenessModelFileVanishes(t *testing.T) {
	n := newLiveNet(t)
	lying := n.liarNode(devchain.Operator)
	defer lying.Stop(context.Background())
	req := n.request(n.model.id, 0)
	n.waitStatus(req, contracts.StatusProposed)
	if err := os.Remove(n.file); err != nil {
		t.Fatal(err)
	}
	before := map[string]*big.Int{devchain.Challenger: n.balance(devchain.Challenger)}
	n.verifier(devchain.Challenger)
	n.honestNode(devchain.Operator2)
	defer n.warp(5 * time.Second)()
	n.delivered(req, 0, liveWindow+2*liveClock+liveWindow+liveSlack, before)
}

// A node whose free bond covers three proposals, facing five requests at once, never sends a
// proposal its bond cannot cover (each would revert and cost gas): it answers three, and the rest
// as finalizations free its bond, all before their deadlines.
func TestProposalsPacedByFreeBond(t *testing.T) {
	n := newLiveNet(t)
	ctx := context.Background()
	cfg := n.nodeConfig(t.TempDir())
	bond, err := n.c.Oracle.CallProposalBond(ctx)
	if err != nil {
		t.Fatal(err)
	}
	cfg.BondTarget = new(big.Int).Mul(bond, big.NewInt(3))
	cfg.WithdrawAbove = new(big.Int)
	node := n.startNodeAs(cfg, devchain.Operator2)
	defer node.Stop(ctx)
	var reqs []*big.Int
	for k := range 5 {
		reqs = append(reqs, n.request(n.model.id, k%4))
	}
	defer n.warp(5 * time.Second)()
	for _, r := range reqs {
		n.waitStatus(r, contracts.StatusFinalized)
	}
	head, err := n.c.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	op := n.c.Addr(devchain.Operator2)
	sent, reverted := 0, 0
	for b := uint64(1); b <= head.Number.Uint64(); b++ {
		blk, err := n.c.Client.BlockByNumber(ctx, new(big.Int).SetUint64(b))
		if err != nil {
			t.Fatal(err)
		}
		for _, tx := range blk.Transactions() {
			from, err := types.Sender(types.LatestSignerForChainID(tx.ChainId()), tx)
			if err != nil || from != op {
				continue
			}
			sent++
			rcpt, err := n.c.Client.TransactionReceipt(ctx, tx.Hash())
			if err != nil {
				t.Fatal(err)
			}
			if rcpt.Status != types.ReceiptStatusSuccessful {
				reverted++
			}
		}
	}
	if reverted != 0 {
		t.Fatalf("%d of the node's %d transactions reverted", reverted, sent)
	}
	t.Logf("5 requests answered with a bond for 3 proposals; %d transactions, none reverted", sent)
}

// registerRaw registers model bytes on-chain as someone bypassing the CLI would (no resource
// check), with the program's real hashes, and publishes them.
func (n *liveNet) registerRaw(data []byte) uint64 {
	n.t.Helper()
	ctx := context.Background()
	m, err := onnx.Decode(data, onnx.DefaultLimits)
	if err != nil {
		n.t.Fatal(err)
	}
	p, err := inference.Compile(m, inference.DefaultOptions)
	if err != nil {
		n.t.Fatal(err)
	}
	h, err := modelregistry.ContentHash(bytes.NewReader(data))
	if err != nil {
		n.t.Fatal(err)
	}
	path := filepath.Join(n.t.TempDir(), "bomb.onnx")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		n.t.Fatal(err)
	}
	rcpt, err := n.c.Sender(devchain.Creator).Send(ctx, n.c.Registry.RegisterModelTx(contracts.ModelSpec{
		OnnxHash: h, ProgramHash: p.Hash(), LayoutRoot: p.Layout().Root(), URI: "file://" + path,
		Fee: big.NewInt(1e15), Mode: contracts.ModeOPML, ChallengeWindow: liveWindow}))
	if err != nil {
		n.t.Fatal(err)
	}
	id, err := n.c.Registry.ParseModelRegistered(rcpt)
	if err != nil {
		n.t.Fatal(err)
	}
	publishModel(n.t, n.c, id, data)
	return id
}

// The model bomb (a few hundred bytes that Expand to 2048×2048 and Relu it 8 times: a 32 MiB
// output no proposal can carry), registered on-chain past the CLI: nodes refuse it at load
// without running it, and its request is refunded by a keeper at the deadline.
func TestLivenessModelBomb(t *testing.T) {
	n := newLiveNet(t)
	ctx := context.Background()
	id := n.registerRaw(onnxbuild.ExpandBomb(2048, 8, false))
	n.honestNode(devchain.Operator2)
	fee, err := n.c.Oracle.CallEstimateFee(ctx, id, 300_000)
	if err != nil {
		t.Fatal(err)
	}
	fee.Mul(fee, big.NewInt(2))
	rcpt, err := n.c.Sender(devchain.User).Send(ctx, n.c.Oracle.RequestTx(contracts.NewRequest{
		ModelID: id, Input: make([]byte, 8), Callback: n.store.Address(), CallbackGasLimit: 300_000}, fee))
	if err != nil {
		t.Fatal(err)
	}
	req := n.c.Oracle.ParseInferenceRequested(rcpt)[0].RequestID
	n.started, _ = n.c.Now(ctx)
	var before runtime.MemStats
	runtime.ReadMemStats(&before)
	defer n.warp(10 * time.Second)()
	d := n.ended(req, liveTimeout+liveKeeperDelay+liveSlack)
	if !d.Refunded {
		t.Fatalf("delivered %+v, want a refund", d)
	}
	var after runtime.MemStats
	runtime.ReadMemStats(&after)
	// One run of the bomb allocates ~1.7 GB; the node must not have run it.
	if grew := after.TotalAlloc - before.TotalAlloc; grew > 512<<20 {
		t.Fatalf("the test process allocated %d MiB while the node held the bomb: it ran it", grew>>20)
	}
	n.collected(devchain.Operator2)
}

// A proposal on a model the verifier cannot re-execute (registered past the CLI with a program
// hash its file does not compile to, so no honest node serves it) is reported — health fails and
// names the request — while it can be challenged, and once its window closes the report clears.
func TestVerifierReportsUnverifiable(t *testing.T) {
	n := newLiveNet(t)
	data, _ := os.ReadFile(n.file)
	bad := n.register(n.file, data, common.HexToHash("0xbad"))
	ver := n.verifier(devchain.Challenger)
	req := n.request(bad.id, 0)
	n.propose(devchain.Operator, req, n.truth(0))
	waitFor(t, "the verifier to report the unverifiable proposal", time.Minute, func() bool {
		err := ver.Healthy()
		return err != nil && strings.Contains(err.Error(), common.BigToHash(req).Hex())
	})
	t.Logf("health while the proposal is challengeable: %v", ver.Healthy())
	defer n.warp(10 * time.Second)()
	waitFor(t, "the report to clear once the window closed", 2*time.Minute, func() bool { return ver.Healthy() == nil })
}

// An operator proposes and a second account challenges it, and both go silent: neither side will
// end the game. Once it blocks the request past its window, another node's keeper times it out
// (the silent proposer loses), re-proposes and finalizes.
func TestLivenessBothSidesSilent(t *testing.T) {
	n := newLiveNet(t)
	ctx := context.Background()
	req := n.request(n.model.id, 1)
	cl := n.proposeTruth(devchain.Operator, req, 1)
	if _, err := n.c.Sender(devchain.User2).Send(ctx, n.game.ChallengeTx(req, liveBond, cl.Layout())); err != nil {
		t.Fatal(err)
	}
	n.honestNode(devchain.Operator2)
	defer n.warp(5 * time.Second)()
	n.delivered(req, 1, liveWindow+liveKeeperDelay+liveWindow+liveSlack, nil)
	g, err := n.game.CallGame(ctx, big.NewInt(1))
	if err != nil || g.Phase != contracts.PhaseResolved || g.ProposerWon {
		t.Fatalf("game %+v (%v): want the silent proposer timed out", g, err)
	}
}

// Under load — requests arriving, proposals being re-executed, transactions in flight — the node
// and the verifier stop within their deadline: every task runs under the service's context.
func TestServicesStopUnderLoad(t *testing.T) {
	n := newLiveNet(t)
	ctx := context.Background()
	cfg := n.nodeConfig(t.TempDir())
	node := n.startNodeAs(cfg, devchain.Operator2)
	ver := n.startVerifier(n.game.Address(), devchain.Challenger)
	for k := range 12 {
		n.request(n.model.id, k%4)
	}
	time.Sleep(500 * time.Millisecond) // mid-flight: proposals out, re-executions running
	for name, stop := range map[string]func(context.Context) error{"node": node.Stop, "verifier": ver.Stop} {
		sctx, cancel := context.WithTimeout(ctx, 5*time.Second)
		start := time.Now()
		err := stop(sctx)
		cancel()
		if err != nil || time.Since(start) > 5*time.Second {
			t.Fatalf("%s stopped in %s: %v", name, time.Since(start), err)
		}
		t.Logf("%s stopped in %s", name, time.Since(start).Round(time.Millisecond))
	}
}
