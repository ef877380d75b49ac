package fraudproof

import (
	"context"
	"errors"
	"math/big"
	"math/rand/v2"
	"os"
	"reflect"
	"slices"
	"strconv"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/auspex-labs/auspex/bindings"
	"github.com/auspex-labs/auspex/inference"
	"github.com/auspex-labs/auspex/inference/trace"
	"github.com/auspex-labs/auspex/internal/chain"
	"github.com/auspex-labs/auspex/internal/contracts"
	"github.com/auspex-labs/auspex/internal/devchain"
	"github.com/auspex-labs/auspex/modelregistry"
)

// The adversarial harness (issue #14): an adversary that chooses every argument of every move plays
// against the honest Player on real programs, and the protocol's invariants are checked after
// every game and every request:
//
//	I1 the honest side never loses a game (a stale game is not a loss: its bond comes back);
//	I2 the honest side never loses a bond: the honest operator's bond never shrinks, the honest
//	   challenger gets at least its bond back from every game it opened;
//	I3 what finalizes is the engine's answer (result bytes or error code);
//	I4 every request ends exactly once (InferenceFinalized or RequestRefunded);
//	I5 AIOracle and DisputeGame each hold exactly what they owe, to the wei.
//
// The adversary proposes lies (a wrong step, consistent or not, wrong output bytes, a wrong s_0,
// a false execution-error or invalid-input claim, a garbage trace root) or challenges the truth with
// a wrong claim; each turn it starts from the move its own claim gives and sends it, a mutation of it
// (proofs cut, lengthened, swapped, emptied; internal nodes as leaves; other indices, values, games),
// or nothing (its clock then runs out), sometimes only in the last second of its clock. It opens
// several games on one proposal, challenges itself from a sock account and lets the sock win first,
// and re-proposes after a slash. AUSPEX_ADVERSARY_GAMES sets how many requests (CI: a few per
// program; the long run in docs/BENCHMARKS.md: 10,000), AUSPEX_ADVERSARY_SEED the seed.

const (
	honestOp  = devchain.Operator
	liarOp    = devchain.Operator2
	honestCh  = devchain.Challenger
	advCh     = devchain.User2 // an adversarial challenger, or the liar's sock
	advCh2    = devchain.Creator
	maxPasses = 200
)

// scenario is one program and how its requests are made.
type scenario struct {
	name  string
	art   *modelregistry.Artifact
	input func(rng *rand.Rand) []byte // one input (items of a batch come from it too)
	batch int
}

// advWorld is one chain with one program registered, played on request after request.
type advWorld struct {
	t        *testing.T
	a        *arena
	sc       scenario
	rng      *rand.Rand
	dg       abi.ABI
	model    uint64
	requests []*big.Int // requests not yet ended (ended ones owe nothing)
	games    []*big.Int // open games (all games of resolved requests are resolved)
	stats    map[string]int
}

func TestAdversarialGames(t *testing.T) {
	n := 2
	if s := os.Getenv("AUSPEX_ADVERSARY_GAMES"); s != "" {
		n, _ = strconv.Atoi(s)
	}
	seed := uint64(time.Now().UnixNano())
	if s := os.Getenv("AUSPEX_ADVERSARY_SEED"); s != "" {
		seed, _ = strconv.ParseUint(s, 10, 64)
	}
	t.Logf("seed %d (AUSPEX_ADVERSARY_SEED reruns it)", seed)
	scs := adversaryScenarios(t)
	total := map[string]int{}
	for k, sc := range scs {
		// Requests are shared out by weight: the small programs play most of the games.
		games := n * sc.batch
		if sc.name == "mnist-8" {
			games = max(1, n/4)
		}
		if sc.batch > 1 {
			games = max(1, n/2)
		}
		t.Run(sc.name, func(t *testing.T) {
			w := newAdvWorld(t, sc, seed+uint64(k))
			for i := 0; i < games; i++ {
				w.playRequest(i)
			}
			t.Logf("%s: %d requests; %v", sc.name, games, w.stats)
			for key, v := range w.stats {
				total[key] += v
			}
		})
	}
	t.Logf("all: %v", total)
}

func adversaryScenarios(t *testing.T) []scenario {
	toy := toyProgram()
	mnist, err := modelregistry.BuildFile("../models/mnist-8/model.onnx")
	if err != nil {
		t.Fatal(err)
	}
	sigmoid, err := modelregistry.BuildFile("../models/velardo-sum-mlp-sigmoid/model.onnx")
	if err != nil {
		t.Fatal(err)
	}
	digits, err := os.ReadFile("../examples/mnist/digits-784x4.u8")
	if err != nil {
		t.Fatal(err)
	}
	randBytes := func(n int) func(*rand.Rand) []byte {
		return func(rng *rand.Rand) []byte {
			b := make([]byte, n)
			for i := range b {
				b[i] = byte(rng.IntN(256))
			}
			// Half the inputs are large: they overflow the programs that can (execution errors).
			if rng.IntN(2) == 0 {
				for i := range b {
					b[i] |= 0xf0
				}
			}
			return b
		}
	}
	return []scenario{
		{name: "toy", art: artifactOf(toy, "toy"), input: randBytes(8), batch: 1},
		{name: "square", art: artifactOf(squareProgram(), "square"), input: randBytes(8), batch: 1},
		{name: "doubling (execution errors)", art: artifactOf(doublingProgram(40), "doubling"), input: randBytes(4), batch: 1},
		{name: "wide MatMul then doubling", art: artifactOf(wideThenDoubling(36), "wide-doubling"), input: randBytes(64), batch: 1},
		{name: "batch of 3 (doubling)", art: artifactOf(doublingProgram(40), "doubling-batch"), input: randBytes(4), batch: 3},
		{name: "sigmoid MLP (Table steps)", art: sigmoid, input: func(rng *rand.Rand) []byte {
			return inference.EncodeOutput([][]int64{{rng.Int64N(1<<26) - 1<<25, rng.Int64N(1<<26) - 1<<25}})
		}, batch: 1},
		{name: "mnist-8", art: mnist, input: func(rng *rand.Rand) []byte {
			k := rng.IntN(4)
			return digits[784*k : 784*(k+1)]
		}, batch: 1},
	}
}

func newAdvWorld(t *testing.T, sc scenario, seed uint64) *advWorld {
	first := sc.input(rand.New(rand.NewPCG(seed, 1)))
	a := newArenaWith(t, sc.art, "file:///"+sc.name, first)
	parsed, err := bindings.DisputeGameMetaData.ParseABI()
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	r, _ := a.c.Oracle.CallRequest(ctx, a.req)
	w := &advWorld{t: t, a: a, sc: sc, rng: rand.New(rand.NewPCG(seed, 2)), dg: *parsed, model: r.ModelID,
		requests: []*big.Int{a.req}, stats: map[string]int{}}
	// The liar can afford many slashes.
	w.send(liarOp, a.c.Oracle.DepositBondTx(new(big.Int).Mul(big.NewInt(4000), big.NewInt(1e18))))
	return w
}

func (w *advWorld) send(who string, c chain.TxCandidate) error {
	_, err := w.a.c.Sender(who).Send(context.Background(), c)
	return err
}

func (w *advWorld) fatalf(format string, args ...any) {
	w.t.Helper()
	w.t.Fatalf("seed world %s: "+format, append([]any{w.sc.name}, args...)...)
}

// ---------------------------------------------------------------- one request

// side is who plays one side of one game.
type side struct {
	who    string
	honest bool
	claim  *Claim
	silent bool // a sock that never moves
}

type game struct {
	id                    *big.Int
	proposer, challenger  side
	honestChallengerStart *big.Int
}

func (w *advWorld) playRequest(i int) {
	ctx := context.Background()
	a := w.a
	input := w.sc.input(w.rng)
	var req *big.Int
	var reqInput []byte
	if w.sc.batch > 1 {
		items := make([][]byte, w.sc.batch)
		for k := range items {
			items[k] = w.sc.input(w.rng)
		}
		reqInput = mustPack(w.t, items)
		fee, _ := a.c.Oracle.CallEstimateBatchFee(ctx, w.model, len(items), 0)
		rcpt, err := a.c.Sender(devchain.User).Send(ctx, a.c.Oracle.RequestTx(contracts.NewRequest{ModelID: w.model, Inputs: items}, fee))
		if err != nil {
			w.fatalf("request: %v", err)
		}
		ev := a.c.Oracle.ParseInferenceRequested(rcpt)[0]
		req, a.nonce = ev.RequestID, ev.Nonce.Uint64()
		reqInput = ev.Input
	} else {
		reqInput = input
		fee, _ := a.c.Oracle.CallEstimateFee(ctx, w.model, 0)
		rcpt, err := a.c.Sender(devchain.User).Send(ctx, a.c.Oracle.RequestTx(contracts.NewRequest{ModelID: w.model, Input: input}, fee))
		if err != nil {
			w.fatalf("request: %v", err)
		}
		ev := a.c.Oracle.ParseInferenceRequested(rcpt)[0]
		req, a.nonce = ev.RequestID, ev.Nonce.Uint64()
	}
	a.req, a.input = req, reqInput
	w.requests = append(w.requests, req)
	truth, err := NewClaim(a.p, reqInput, uint16(w.sc.batch))
	if err != nil {
		w.fatalf("claim: %v", err)
	}
	honestFirst := w.rng.IntN(3) == 0
	opBond := w.bonded(honestOp)
	for round := 0; ; round++ {
		r, _ := a.c.Oracle.CallRequest(ctx, req)
		if r.Status != contracts.StatusPending {
			break
		}
		p, _ := a.c.Oracle.CallProposal(ctx, req)
		if p.Nonce >= 4 {
			w.stats["refunded after the last slash"]++
			if err := w.send(devchain.User2, a.c.Oracle.RefundTx(req)); err != nil {
				w.fatalf("refund after the last slash: %v", err)
			}
			break
		}
		if honestFirst || round >= 1+w.rng.IntN(3) {
			w.proposeClaim(honestOp, truth)
			w.challengeTruth(truth)
		} else {
			lie := w.lieOf(truth)
			w.proposeClaim(liarOp, lie)
			w.challengeLie(truth, lie)
		}
		w.checkConservation()
	}
	// Finalize what stands; the answer must be the engine's.
	if r, _ := a.c.Oracle.CallRequest(ctx, req); r.Status == contracts.StatusProposed {
		if err := a.c.Advance(601 * time.Second); err != nil {
			w.fatalf("%v", err)
		}
		if err := w.send(devchain.User, a.c.Oracle.FinalizeTx(req)); err != nil {
			w.fatalf("I3: finalize: %v", err)
		}
		p, _ := a.c.Oracle.CallProposal(ctx, req)
		want, _ := truth.Output()
		if p.Proposer != a.c.Addr(honestOp) || p.IsError != (truth.Code() != 0) || (truth.Code() != 0 && p.ErrorCode != truth.Code()) ||
			(truth.Code() == 0 && string(p.Output) != string(want)) {
			w.fatalf("I3: request %d finalized %+v, the engine says code %d", i, p, truth.Code())
		}
		w.stats["finalized"]++
	}
	if w.bonded(honestOp).Cmp(opBond) < 0 {
		w.fatalf("I2: the honest operator's bond shrank %s → %s", opBond, w.bonded(honestOp))
	}
	w.checkEndedOnce(req)
	w.requests = slices.DeleteFunc(w.requests, func(id *big.Int) bool { return id.Cmp(req) == 0 })
	w.checkConservation()
}

func (w *advWorld) bonded(who string) *big.Int {
	o, _ := w.a.c.Oracle.CallOperator(context.Background(), w.a.c.Addr(who))
	return o.Bonded
}

func (w *advWorld) proposeClaim(who string, c *Claim) {
	a := w.a
	var tx chain.TxCandidate
	if code := c.Code(); code != 0 {
		tx = a.c.Oracle.ProposeErrorTx(a.req, code)
	} else {
		out, err := c.Output()
		if err != nil {
			w.fatalf("output: %v", err)
		}
		tx = a.c.Oracle.ProposeResultTx(a.req, out)
	}
	if err := w.send(who, tx); err != nil {
		w.fatalf("propose: %v", err)
	}
}

// challengeTruth: one to three adversarial challengers dispute the honest proposal with wrong claims.
func (w *advWorld) challengeTruth(truth *Claim) {
	var gs []*game
	for k, who := range []string{advCh, advCh2, advCh}[:1+w.rng.IntN(3)] {
		if k > 0 && w.rng.IntN(2) == 0 {
			continue
		}
		gs = append(gs, &game{id: w.open(who, truth), proposer: side{who: honestOp, honest: true, claim: truth},
			challenger: side{who: who, claim: w.lieOf(truth)}})
	}
	w.play(gs)
}

// challengeLie: the honest challenger disputes the lie; sometimes the liar's sock challenges too
// (and the liar lets the sock's game end first), sometimes another adversary joins.
func (w *advWorld) challengeLie(truth, lie *Claim) {
	var gs []*game
	sock := w.rng.IntN(2) == 0
	if sock {
		gs = append(gs, &game{id: w.open(advCh, truth), proposer: side{who: liarOp, claim: lie, silent: true},
			challenger: side{who: advCh, claim: truth}})
		w.stats["sock games"]++
	}
	ctx := context.Background()
	start, _ := w.a.game.CallBalance(ctx, w.a.c.Addr(honestCh))
	gs = append(gs, &game{id: w.open(honestCh, truth), proposer: side{who: liarOp, claim: lie},
		challenger: side{who: honestCh, honest: true, claim: truth}, honestChallengerStart: start})
	if w.rng.IntN(3) == 0 {
		gs = append(gs, &game{id: w.open(advCh2, truth), proposer: side{who: liarOp, claim: lie},
			challenger: side{who: advCh2, claim: w.lieOf(truth)}})
	}
	w.rng.Shuffle(len(gs), func(i, j int) { gs[i], gs[j] = gs[j], gs[i] })
	w.play(gs)
	end, _ := w.a.game.CallBalance(ctx, w.a.c.Addr(honestCh))
	if new(big.Int).Sub(end, start).Cmp(w.a.bond) < 0 {
		w.fatalf("I2: the honest challenger got %s back for a %s bond", new(big.Int).Sub(end, start), w.a.bond)
	}
}

func (w *advWorld) open(who string, c *Claim) *big.Int {
	rcpt, err := w.a.c.Sender(who).Send(context.Background(), w.a.game.ChallengeTx(w.a.req, w.a.bond, c.Layout()))
	if err != nil {
		w.fatalf("challenge: %v", err)
	}
	id, err := w.a.game.ParseGameStarted(rcpt)
	if err != nil {
		w.fatalf("%v", err)
	}
	w.games = append(w.games, id)
	w.stats["games"]++
	return id
}

// ---------------------------------------------------------------- playing

// play runs the games on one proposal to their ends. Honest sides move at once; an adversary's
// turn is one of its moves or silence. When only adversaries are left to move and all are silent,
// time passes beyond their clocks and anyone ends the games.
func (w *advWorld) play(gs []*game) {
	ctx := context.Background()
	for pass := 0; pass < maxPasses; pass++ {
		open, waiting := 0, 0
		for _, g := range gs {
			st, err := w.a.game.CallGame(ctx, g.id)
			if err != nil {
				w.fatalf("%v", err)
			}
			if st.Phase == contracts.PhaseResolved {
				continue
			}
			open++
			s := g.challenger
			if st.Phase.ProposerMoves() {
				s = g.proposer
			}
			if stale, _ := Stale(ctx, w.a.c.Oracle, st); stale {
				// Whoever notices closes it (the honest player does it in its Move too).
				if err := w.send(s.who, w.a.game.CloseStaleTx(g.id)); err != nil {
					w.fatalf("close stale: %v", err)
				}
				w.stats["stale closed"]++
				w.checkGame(g)
				continue
			}
			if s.honest {
				pl := &Player{Game: w.a.game, Oracle: w.a.c.Oracle, Logs: w.a.c.Client, Claim: s.claim, Defender: s == g.proposer,
					Input: func(context.Context, *big.Int) (uint64, []byte, error) { return w.a.nonce, w.a.input, nil },
					Send: func(ctx context.Context, c chain.TxCandidate) (*types.Receipt, error) {
						return w.a.c.Sender(s.who).Send(ctx, c)
					}}
				if _, err := pl.Move(ctx, g.id); err != nil {
					now, _ := w.a.c.Now(ctx)
					w.fatalf("I1: the honest %s has no move in phase %d (clocks: proposer %d s, challenger %d s left at the last move, %d s ago): %v",
						s.who, st.Phase, st.ProposerClock, st.ChallengerClock, now-st.LastMoveAt, err)
				}
			} else if !w.adversaryMove(g, s, st, w.honestToMove(gs, g)) {
				waiting++
			}
			w.checkGame(g)
		}
		if open == 0 {
			return
		}
		if waiting == open {
			// Everyone left to move is a silent adversary: their clocks run out.
			if err := w.a.c.Advance((gameClock + 1) * time.Second); err != nil {
				w.fatalf("%v", err)
			}
			for _, g := range gs {
				if st, _ := w.a.game.CallGame(ctx, g.id); st.Phase != contracts.PhaseResolved {
					if err := w.send(devchain.User, w.a.game.TimeoutTx(g.id)); err != nil {
						w.fatalf("timeout: %v", err)
					}
					w.stats["timeouts"]++
					w.checkGame(g)
				}
			}
		}
	}
	w.fatalf("games did not end in %d passes", maxPasses)
}

// honestToMove reports whether an honest side is to move in an open game other than `except`.
func (w *advWorld) honestToMove(gs []*game, except *game) bool {
	for _, g := range gs {
		if g == except {
			continue
		}
		st, err := w.a.game.CallGame(context.Background(), g.id)
		if err != nil || st.Phase == contracts.PhaseResolved || st.Phase == contracts.PhaseNone {
			continue
		}
		if s := g.challenger; (st.Phase.ProposerMoves() && g.proposer.honest) || (!st.Phase.ProposerMoves() && s.honest) {
			return true
		}
	}
	return false
}

// checkGame: I1 once the game has ended.
func (w *advWorld) checkGame(g *game) {
	st, _ := w.a.game.CallGame(context.Background(), g.id)
	if st.Phase != contracts.PhaseResolved {
		return
	}
	switch {
	case g.proposer.honest && !st.ProposerWon:
		w.fatalf("I1: the honest proposer lost game %s (phase history: step %d, batch item %d)", g.id, st.Step, st.BatchIndex)
	case g.challenger.honest && st.ProposerWon:
		w.fatalf("I1: the honest challenger lost game %s at step %d", g.id, st.Step)
	}
	w.games = slices.DeleteFunc(w.games, func(id *big.Int) bool { return id.Cmp(g.id) == 0 })
}

// adversaryMove makes one adversarial move; false is silence.
func (w *advWorld) adversaryMove(g *game, s side, st contracts.Game, honestWaiting bool) bool {
	if s.silent || w.rng.IntN(12) == 0 {
		w.stats["silences"]++
		return false
	}
	ctx := context.Background()
	pl := &Player{Game: w.a.game, Oracle: w.a.c.Oracle, Logs: w.a.c.Client, Claim: s.claim, Defender: s == g.proposer,
		Input: func(context.Context, *big.Int) (uint64, []byte, error) { return w.a.nonce, w.a.input, nil }}
	state, err := pl.observe(ctx, st)
	if err != nil {
		return false
	}
	base, err := (&Solver{Claim: s.claim, Game: w.a.game}).Next(state)
	if err != nil {
		base = w.a.game.TimeoutTx(st.ID) // its claim has no move here: any well-formed call
	}
	if w.rng.IntN(8) == 0 && !honestWaiting {
		// The last second of its clock: only while no honest side is to move in another game (an
		// honest party moves at once; stalling here must not run its clock there).
		left := st.ChallengerClock
		if s == g.proposer {
			left = st.ProposerClock
		}
		if now, _ := w.a.c.Now(ctx); left > 2 && now == st.LastMoveAt {
			_ = w.a.c.Advance(time.Duration(left-2) * time.Second)
			w.stats["last-second moves"]++
		}
	}
	for try := 0; try < 4; try++ {
		c := base
		switch k := w.rng.IntN(10); {
		case k < 4:
			c = w.mutate(base, st)
		case k < 8:
			c = w.forge(base, st, s)
		}
		if err := w.send(s.who, c); err == nil {
			w.stats["adversary moves accepted"]++
			return true
		}
		w.stats["adversary moves refused"]++
	}
	return false
}

// ---------------------------------------------------------------- mutations

// mutate decodes a move's calldata and changes one argument.
func (w *advWorld) mutate(c chain.TxCandidate, st contracts.Game) chain.TxCandidate {
	m, args, ok := w.decode(c)
	if !ok || len(args) == 0 {
		return c
	}
	k := w.rng.IntN(len(args))
	if k == 0 && w.rng.IntN(4) != 0 {
		k = len(args) - 1 // the game id rarely
	}
	v := reflect.New(reflect.TypeOf(args[k])).Elem()
	v.Set(reflect.ValueOf(args[k]))
	w.mutateValue(v, 0)
	args[k] = v.Interface()
	return w.encode(c, m, args)
}

func (w *advWorld) decode(c chain.TxCandidate) (*abi.Method, []any, bool) {
	if len(c.Data) < 4 {
		return nil, nil, false
	}
	m, err := w.dg.MethodById(c.Data[:4])
	if err != nil {
		return nil, nil, false
	}
	args, err := m.Inputs.Unpack(c.Data[4:])
	if err != nil {
		return nil, nil, false
	}
	return m, args, true
}

func (w *advWorld) encode(c chain.TxCandidate, m *abi.Method, args []any) chain.TxCandidate {
	data, err := m.Inputs.Pack(args...)
	if err != nil {
		return c
	}
	out := c
	out.Data = append(slices.Clone(m.ID), data...)
	return out
}

// filledZero is t's zero value with every *big.Int set to 0: the ABI encoder
// cannot pack a nil pointer, and a zero is what a caller would actually send.
func filledZero(t reflect.Type) reflect.Value {
	if t == reflect.TypeFor[*big.Int]() {
		return reflect.ValueOf(new(big.Int))
	}
	v := reflect.New(t).Elem()
	switch t.Kind() {
	case reflect.Struct:
		for i := range t.NumField() {
			v.Field(i).Set(filledZero(t.Field(i).Type))
		}
	case reflect.Array:
		for i := range t.Len() {
			v.Index(i).Set(filledZero(t.Elem()))
		}
	}
	return v
}

func (w *advWorld) mutateValue(v reflect.Value, depth int) {
	r := w.rng
	switch v.Kind() {
	case reflect.Slice:
		if v.Type().Elem().Kind() == reflect.Uint8 { // bytes
			b := slices.Clone(v.Bytes())
			if len(b) > 0 && r.IntN(2) == 0 {
				b[r.IntN(len(b))] ^= byte(1 + r.IntN(255))
			} else if len(b) > 0 {
				b = b[:r.IntN(len(b))]
			}
			v.SetBytes(b)
			return
		}
		n := v.Len()
		s := reflect.MakeSlice(v.Type(), n, n+1)
		reflect.Copy(s, v)
		switch k := r.IntN(5); {
		case k == 0 && n > 0: // too short: drop the first or the last
			from := r.IntN(2)
			s = s.Slice(from, from+n-1)
		case k == 1: // too long: an extra element, a copy of the last or zeros
			extra := filledZero(v.Type().Elem())
			if n > 0 && r.IntN(2) == 0 {
				extra = s.Index(n - 1)
			}
			s = reflect.Append(s, extra)
		case k == 2 && n > 1: // siblings swapped
			i, j := r.IntN(n), r.IntN(n)
			a, b := reflect.ValueOf(s.Index(i).Interface()), reflect.ValueOf(s.Index(j).Interface())
			s.Index(i).Set(b)
			s.Index(j).Set(a)
		case k == 3 && n > 0 && depth < 3:
			w.mutateValue(s.Index(r.IntN(n)), depth+1)
		default:
			s = reflect.MakeSlice(v.Type(), 0, 0)
		}
		v.Set(s)
	case reflect.Array:
		if v.Type().Elem().Kind() == reflect.Uint8 { // bytes32
			var h common.Hash
			switch r.IntN(3) {
			case 0:
			case 1:
				h[r.IntN(32)] = byte(1 + r.IntN(255))
				for i := range h {
					h[i] ^= byte(v.Index(i).Uint())
				}
			default:
				for i := range h {
					h[i] = byte(r.IntN(256))
				}
			}
			for i := range h {
				v.Index(i).SetUint(uint64(h[i]))
			}
			return
		}
		if v.Len() > 0 {
			w.mutateValue(v.Index(r.IntN(v.Len())), depth+1)
		}
	case reflect.Struct:
		if v.NumField() > 0 && depth < 3 {
			w.mutateValue(v.Field(r.IntN(v.NumField())), depth+1)
		}
	case reflect.Pointer:
		if b, ok := v.Interface().(*big.Int); ok {
			nb := new(big.Int)
			if b != nil {
				nb.Set(b)
			}
			switch r.IntN(4) {
			case 0:
				nb.Add(nb, big.NewInt(1))
			case 1:
				nb.Sub(nb, big.NewInt(1))
			case 2:
				nb.SetInt64(0)
			default:
				nb.Lsh(big.NewInt(1), uint(r.IntN(70)))
			}
			if nb.Sign() < 0 && v.Type() == reflect.TypeOf((*big.Int)(nil)) {
				nb.Abs(nb)
			}
			v.Set(reflect.ValueOf(nb))
		}
	case reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		deltas := []uint64{v.Uint() + 1, v.Uint() - 1, 0, 1 << r.IntN(v.Type().Bits())}
		v.SetUint(deltas[r.IntN(len(deltas))] & (1<<v.Type().Bits() - 1 | 1<<(v.Type().Bits()-1)))
	case reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		deltas := []int64{v.Int() + 1, v.Int() - 1, 0, -v.Int(), 1 << r.IntN(v.Type().Bits()-1)}
		v.SetInt(deltas[r.IntN(len(deltas))])
	case reflect.Bool:
		v.SetBool(!v.Bool())
	}
}

// forge replaces an opening by an internal node of the same tree presented as the leaf, with the
// path cut to match — the attack a proof not bound to its tree's height lets through — or a state
// of another index with its own (valid) path.
func (w *advWorld) forge(c chain.TxCandidate, st contracts.Game, s side) chain.TxCandidate {
	m, args, ok := w.decode(c)
	if !ok {
		return c
	}
	lift := func(leaf common.Hash, index uint64, proof [][32]byte) (common.Hash, uint64, [][32]byte) {
		if len(proof) == 0 {
			return leaf, index, proof
		}
		k := 1 + w.rng.IntN(len(proof))
		ps := make([]common.Hash, len(proof))
		for i := range proof {
			ps[i] = proof[i]
		}
		node, idx, rest := nodeOnPath(leaf, int(index), ps, k)
		out := make([][32]byte, len(rest))
		for i := range rest {
			out[i] = rest[i]
		}
		w.stats["internal-node forgeries tried"]++
		return node, uint64(idx), out
	}
	switch m.Name {
	case "pickStep": // (id, step, pre, preProof, post, postProof, lay, desc, descProof)
		step := uint64(args[1].(uint32))
		if w.rng.IntN(2) == 0 {
			h, _, p := lift(args[4].([32]byte), step+1, args[5].([][32]byte))
			args[4], args[5] = [32]byte(h), p
		} else {
			h, _, p := lift(args[2].([32]byte), step, args[3].([][32]byte))
			args[2], args[3] = [32]byte(h), p
		}
	case "disputeInitialState": // (id, first, firstProof, ...)
		h, _, p := lift(args[1].([32]byte), 0, args[2].([][32]byte))
		args[1], args[2] = [32]byte(h), p
	case "disputeOutput": // (id, last, lastProof, ...)
		h, _, p := lift(args[1].([32]byte), uint64(st.NSteps), args[2].([][32]byte))
		args[1], args[2] = [32]byte(h), p
	case "disputeEnd": // (id, index, state, proof, gap, gapProof)
		idx := args[1].(*big.Int).Uint64()
		h, ni, p := lift(args[2].([32]byte), idx, args[3].([][32]byte))
		args[1], args[2], args[3] = new(big.Int).SetUint64(ni), [32]byte(h), p
	case "proveOneStep", "proveSegment", "disputeBias":
		// The last argument is the leaf openings: lift one of them.
		k := len(args) - 1
		lv := reflect.New(reflect.TypeOf(args[k])).Elem()
		lv.Set(reflect.ValueOf(args[k]))
		if lv.Len() == 0 {
			return c
		}
		l := lv.Index(w.rng.IntN(lv.Len()))
		vals := l.FieldByName("Values").Interface().([4]int64)
		var leaf common.Hash
		for e, x := range vals {
			new(big.Int).SetUint64(uint64(x)).FillBytes(leaf[8*e : 8*e+8])
		}
		h, idx, p := lift(leaf, l.FieldByName("Leaf").Uint(), l.FieldByName("Proof").Interface().([][32]byte))
		var nv [4]int64
		for e := range nv {
			nv[e] = int64(new(big.Int).SetBytes(h[8*e : 8*e+8]).Uint64())
		}
		l.FieldByName("Values").Set(reflect.ValueOf(nv))
		l.FieldByName("Leaf").SetUint(idx)
		l.FieldByName("Proof").Set(reflect.ValueOf(p))
		args[k] = lv.Interface()
	default:
		return w.mutate(c, st)
	}
	return w.encode(c, m, args)
}

// ---------------------------------------------------------------- lies

// lieOf is a wrong claim about the request: a wrong value at a random step of a random item
// (consistent after it or not), a false or misplaced execution error, a false invalid-input claim.
func (w *advWorld) lieOf(truth *Claim) *Claim {
	p, r := w.a.p, w.rng
	for {
		lie := &Claim{P: p, BatchSize: truth.BatchSize}
		b := r.IntN(max(len(truth.Items), 1))
		switch k := r.IntN(6); {
		case k == 0 || len(truth.Items) == 0:
			lie.Invalid = errors.New("invalid input (a lie)")
		case k == 1:
			lie.Items = w.completeItems(truth, b)
			lie.Items[b] = NewTraceProvider(p, trace.CommitFailure(p, lie.Items[b].T.Values, r.IntN(len(p.Steps))))
			lie.Items = lie.Items[:b+1]
		default:
			lie.Items = w.completeItems(truth, truth.BatchSize-1)
			vals := slices.Clone(lie.Items[b].T.Values)
			step := r.IntN(len(p.Steps))
			out := p.Steps[step].Out
			vals[out] = slices.Clone(vals[out])
			vals[out][r.IntN(len(vals[out]))] += int64(1+r.IntN(1000)) << r.IntN(20)
			if r.IntN(2) == 0 {
				next := slices.Clone(vals)
				if inference.Continue(p, next, step+1) == nil {
					vals = next
				}
			}
			lie.Items[b] = NewTraceProvider(p, trace.CommitValues(p, vals))
		}
		if lie.Code() != truth.Code() || !slices.Equal(lie.ItemRoots(), truth.ItemRoots()) {
			return lie
		}
	}
}

// completeItems are the truth's items up to `last`, each with a value for every step (a failing
// item's values past its failure are zeros; items past the failing one copy it).
func (w *advWorld) completeItems(truth *Claim, last int) []*TraceProvider {
	p := w.a.p
	out := make([]*TraceProvider, last+1)
	for b := range out {
		src := truth.Items[min(b, len(truth.Items)-1)]
		if src.T.Failure == nil {
			out[b] = src
			continue
		}
		vals := slices.Clone(src.T.Values)
		for i := range vals {
			if int64(len(vals[i])) != p.Values[i].Len() {
				vals[i] = make([]int64, p.Values[i].Len())
			}
		}
		out[b] = NewTraceProvider(p, trace.CommitValues(p, vals))
	}
	return out
}

// ---------------------------------------------------------------- invariants

// checkEndedOnce: I4.
func (w *advWorld) checkEndedOnce(req *big.Int) {
	ctx := context.Background()
	o := w.a.c.Oracle
	n := 0
	for _, ev := range []string{"InferenceFinalized", "RequestRefunded"} {
		logs, err := w.a.c.Client.FilterLogs(ctx, filterFor(o.Address(), o.EventTopic(ev), req))
		if err != nil {
			w.fatalf("%v", err)
		}
		n += len(logs)
	}
	if n != 1 {
		w.fatalf("I4: request %s ended %d times", req, n)
	}
}

// checkConservation: I5 for both contracts.
func (w *advWorld) checkConservation() {
	ctx := context.Background()
	a := w.a
	owed := new(big.Int)
	for _, id := range w.requests {
		r, _ := a.c.Oracle.CallRequest(ctx, id)
		if r.Status == contracts.StatusPending || r.Status == contracts.StatusProposed {
			owed.Add(owed, r.Paid)
		}
	}
	gameOwed := new(big.Int)
	for _, n := range devchain.AccountNames {
		addr := a.c.Addr(n)
		b, _ := a.c.Oracle.CallBalance(ctx, addr)
		owed.Add(owed, b)
		op, _ := a.c.Oracle.CallOperator(ctx, addr)
		owed.Add(owed, op.Bonded).Add(owed, op.Pending).Add(owed, op.Earnings)
		gb, _ := a.game.CallBalance(ctx, addr)
		gameOwed.Add(gameOwed, gb)
	}
	fees, _ := a.c.Oracle.CallProtocolFees(ctx)
	owed.Add(owed, fees)
	if held, _ := a.c.Client.BalanceAt(ctx, a.c.Oracle.Address(), nil); held.Cmp(owed) != 0 {
		w.fatalf("I5: AIOracle holds %s wei and owes %s", held, owed)
	}
	for _, id := range w.games {
		g, _ := a.game.CallGame(ctx, id)
		if g.Phase == contracts.PhaseResolved {
			continue
		}
		gameOwed.Add(gameOwed, a.bond)
		if t, _ := a.game.CallTally(ctx, g.RequestID, g.Proposal); t.Slashed {
			gameOwed.Add(gameOwed, t.Share)
		}
	}
	if held, _ := a.c.Client.BalanceAt(ctx, a.game.Address(), nil); held.Cmp(gameOwed) != 0 {
		w.fatalf("I5: DisputeGame holds %s wei and owes %s", held, gameOwed)
	}
}

func filterFor(addr common.Address, topic common.Hash, id *big.Int) ethereum.FilterQuery {
	return ethereum.FilterQuery{Addresses: []common.Address{addr}, Topics: [][]common.Hash{{topic}, {common.BigToHash(id)}}}
}
