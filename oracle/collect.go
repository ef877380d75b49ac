package oracle

import (
	"context"
	"math/big"
	"sync"

	"github.com/ethereum/go-ethereum/core/types"

	"github.com/auspex-labs/auspex/oracle/kit"
)

// bondBudget paces proposals by the operator's free bond: each proposal locks one proposal bond,
// and one sent without a free bond reverts (and costs gas). The account task sets how many
// proposals the free bond covers; a proposal holds a reservation until its transaction is mined
// (the lock is then on-chain, in the next read) or it fails.
type bondBudget struct {
	mu       sync.Mutex
	free     int64 // proposals the free bond covered at the last head, less those mined since
	reserved int64 // proposal jobs offered and not yet finished
}

// set records the free bond read at a head, in proposals.
func (b *bondBudget) set(free int64) {
	b.mu.Lock()
	b.free = free
	b.mu.Unlock()
}

// reserve takes one proposal's share of the free bond, if one is left.
func (b *bondBudget) reserve() bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.reserved >= b.free {
		return false
	}
	b.reserved++
	return true
}

// release returns a reservation; proposed reports that it became an on-chain proposal, whose
// bond stays locked.
func (b *bondBudget) release(proposed bool) {
	b.mu.Lock()
	b.reserved--
	if proposed {
		b.free--
	}
	b.mu.Unlock()
}

// account reads the operator's account once per head (a task, off the head): it exports the bond and earnings, sizes
// the proposal budget, and collects what the oracle and the dispute game owe the operator.
// Every collection is decided from the chain's state at the head, so a failed withdrawal is
// simply tried again kit.CollectEvery heads later, until it succeeds.
func (n *node) account(ctx context.Context, head *types.Header) {
	acct, err := n.oracle.CallOperator(ctx, n.me)
	if err != nil {
		n.log.Debug().Err(err).Msg("read operator account")
		return
	}
	n.m.bondedWei.Set(kit.Wei(acct.Bonded))
	n.m.earningsWei.Set(kit.Wei(acct.Earnings))
	if n.bond == nil { // immutable in the contract: read once
		if b, err := n.oracle.CallProposalBond(ctx); err == nil && b.Sign() > 0 {
			n.bond = b
		}
	}
	if n.bond != nil {
		n.m.openProposals.Set(kit.Wei(new(big.Int).Div(acct.Locked, n.bond)))
		free := new(big.Int).Sub(acct.Bonded, acct.Locked)
		n.bonds.set(new(big.Int).Div(free, n.bond).Int64())
	}

	// What is owed changes slowly: read the balances every kit.CollectEvery heads, not on every one.
	if head.Number.Uint64()%kit.CollectEvery != 0 {
		return
	}
	// The oracle: earnings and credited balance (keeper pay, refunds), above the threshold.
	if n.cfg.WithdrawAbove != nil {
		bal, err := n.oracle.CallBalance(ctx, n.me)
		if err == nil {
			owed := new(big.Int).Add(bal, acct.Earnings)
			if owed.Sign() > 0 && owed.Cmp(n.cfg.WithdrawAbove) >= 0 {
				n.collect("withdraw", "oracle", owed, func(ctx context.Context) (*types.Receipt, error) {
					return n.tx.Send(ctx, "withdraw", n.oracle.WithdrawTx())
				})
			}
		}
	}
	// A bond withdrawal the operator requested, once its delay has passed.
	if acct.Pending != nil && acct.Pending.Sign() > 0 && head.Time >= acct.PendingAvailableAt {
		amount := new(big.Int).Set(acct.Pending)
		n.collect("withdraw-bond", "bond", amount, func(ctx context.Context) (*types.Receipt, error) {
			return n.tx.Send(ctx, "withdraw-bond", n.oracle.WithdrawBondTx())
		})
	}
	// Challenge bonds won defending proposals (and rewards, if it ever challenged).
	if n.games != nil {
		game := n.games.Game()
		if bal, err := game.CallBalance(ctx, n.me); err == nil && bal.Sign() > 0 {
			n.collect("collect-game", "game", bal, func(ctx context.Context) (*types.Receipt, error) {
				return n.tx.Send(ctx, "collect-game", game.WithdrawTx())
			})
		}
	}
}

// collect offers one withdrawal under key unless one is already under way.
func (n *node) collect(key, from string, amount *big.Int, send func(context.Context) (*types.Receipt, error)) {
	if n.tx.InFlight(key) {
		return
	}
	n.sched.Offer(key, func(ctx context.Context) {
		rcpt, err := send(ctx)
		if err != nil {
			if ctx.Err() != nil {
				return // stopping: the journaled transaction resumes at the next start
			}
			n.m.txFailures.WithLabelValues(key).Inc()
			n.log.Warn().Err(err).Str("from", from).Msg("withdrawal failed; retried next head")
			return
		}
		n.m.collected.WithLabelValues(from).Add(kit.Wei(amount))
		n.log.Info().Str("tx_hash", rcpt.TxHash.Hex()).Str("from", from).Str("amount_wei", amount.String()).Msg("collected")
	})
}
