package oracle

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/rs/zerolog"

	"github.com/auspex-labs/auspex/fraudproof"
	"github.com/auspex-labs/auspex/inference"
	"github.com/auspex-labs/auspex/inference/parallel"
	"github.com/auspex-labs/auspex/internal/contracts"
	"github.com/auspex-labs/auspex/internal/store"
	"github.com/auspex-labs/auspex/modelregistry"
	"github.com/auspex-labs/auspex/oracle/kit"
)

// Chain is what the node needs from an endpoint.
type Chain = kit.Chain

// Service is the node's composition root: the service kit configured as the proposer.
type Service struct {
	*kit.Service
	cfg Config
	n   *node
}

// ClaimHook replaces the claim a node proposes and defends for a request with what it returns
// (the honest one is c). Demonstrations and tests only — a lying node (oracle/liar); a node with
// a hook gives up on a request once its proposal was slashed.
type ClaimHook func(p *inference.Program, c *fraudproof.Claim) *fraudproof.Claim

// Option changes how NewService wires the node beyond its Config.
type Option func(*node)

// WithClaimHook makes the node propose and defend what h makes of each honest claim: for
// demonstrations and tests only; no production binary sets it.
func WithClaimHook(h ClaimHook) Option { return func(n *node) { n.hook = h } }

// WithRequestFilter makes the node answer only the requests f accepts (it still keeps, finalizes
// and refunds the rest): with a claim hook, a liar that lies on some requests only (benchmarks,
// tests).
func WithRequestFilter(f func(id common.Hash) bool) Option { return func(n *node) { n.filter = f } }

// NewService wires the node; nothing runs until Start.
func NewService(ctx context.Context, cfg Config, ch Chain, key *ecdsa.PrivateKey, log zerolog.Logger, opts ...Option) (*Service, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	src, err := modelregistry.NewStore(cfg.Models, log.With().Str("component", "models").Logger())
	if err != nil {
		return nil, err
	}
	reg := contracts.NewRegistry(cfg.Registry, ch)
	zkp, err := newProvers(cfg.ZKKeys, src, func(ctx context.Context, id uint64) (string, error) {
		m, err := reg.CallModel(ctx, id)
		return m.ZkKeysURI, err
	}, cfg.ZKKeysRetry)
	if err != nil {
		return nil, fmt.Errorf("zk keys: %w", err)
	}
	models := modelregistry.NewCache(reg, src)
	if err := models.SetMaxInferenceBytes(cfg.MaxInferenceBytes); err != nil {
		return nil, err
	}
	orc := contracts.NewOracle(cfg.Oracle, ch)
	kcfg := cfg.kitConfig()
	kcfg.Watch.Topics = [][]common.Hash{{orc.EventTopic("InferenceRequested"), orc.EventTopic("ProposalSlashed"),
		orc.EventTopic("ResultProposed"), orc.EventTopic("ErrorProposed")}}
	var game *contracts.DisputeGame
	if cfg.DisputeGame != (common.Address{}) {
		game = contracts.NewDisputeGame(cfg.DisputeGame, ch)
		kcfg.Watch.Topics[0] = append(kcfg.Watch.Topics[0], game.EventTopic("GameStarted"))
	}
	k, err := kit.New(ctx, kcfg, ch, key, log)
	if err != nil {
		return nil, err
	}
	m := newMetrics(k.Metrics)
	n := &node{
		cfg: cfg, log: log, st: k.Store, oracle: orc, models: models, tx: k.Tx, kit: k, sched: k.Sched, m: m, me: k.Account(), zk: zkp,
		intake:       kit.NewIntake(k, orc),
		turns:        newTurns(k.Account(), cfg.TurnBlocks),
		engine:       parallel.Runner(cfg.Threads),
		zkVerifierAt: func(a common.Address) zkVerifier { return contracts.NewZkModelVerifier(a, ch) },
	}
	for _, o := range opts {
		o(n)
	}
	n.claims = kit.NewClaims(k, cfg.ClaimCache, n.buildClaim)
	if game != nil {
		n.games = kit.NewGames(k, kit.Proposer, game, orc, ch)
		n.games.Keeper, n.games.MayTimeout, n.games.Claim, n.games.Event = cfg.Keeper, n.mayTimeout, n.defenseClaim, n.gameEvent
	}
	if err := k.Watch(ch, n); err != nil {
		k.Close()
		return nil, err
	}
	return &Service{Service: k, cfg: cfg, n: n}, nil
}

// Operator is the node's account.
func (s *Service) Operator() common.Address { return s.Account() }

// Start resumes journaled transactions, tops up the bond and starts the watcher and the tasks.
func (s *Service) Start(ctx context.Context) error {
	if err := s.Service.Start(ctx, s.topUpBond); err != nil {
		return err
	}
	s.Log.Info().Str("operator", s.Operator().Hex()).Str("oracle", s.cfg.Oracle.Hex()).Msg("oracle node started")
	return nil
}

func (s *Service) topUpBond(ctx context.Context) error {
	if s.cfg.BondTarget == nil || s.cfg.BondTarget.Sign() == 0 || s.Tx.InFlight("bond") {
		return nil
	}
	acct, err := s.n.oracle.CallOperator(ctx, s.Operator())
	if err != nil {
		return err
	}
	if acct.Bonded.Cmp(s.cfg.BondTarget) >= 0 {
		return nil
	}
	amount := new(big.Int).Sub(s.cfg.BondTarget, acct.Bonded)
	rcpt, err := s.Tx.Send(ctx, "bond", s.n.oracle.DepositBondTx(amount))
	if err != nil {
		return fmt.Errorf("deposit bond: %w", err)
	}
	s.Log.Info().Str("tx_hash", rcpt.TxHash.Hex()).Str("amount_wei", amount.String()).Msg("bond topped up")
	return nil
}

// Request reads what the node knows about a request (for status tooling and tests).
func (s *Service) Request(id common.Hash) (store.Request, error) { return s.Store.Request(id) }
