package main

import (
	"context"
	"encoding/binary"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/auspex-labs/auspex/internal/devchain"
)

// fraudStory is the second half of `devnet --demo`: a lying node (oracle/liar, a demonstration hook) answers the
// next classification with a wrong digit; the verifier re-executes it, challenges, and wins the
// game and the liar's bond; the honest node proposes the correct result and the dApp gets it.
func (d *devnet) fraudStory(ctx context.Context) error {
	idx := (d.cfg.Demo.ImageIndex + 1) % 4
	dc, err := d.demoConfig()
	if err != nil {
		return err
	}
	dc.ImageIndex = idx
	image, label, _, err := loadDigit(dc)
	if err != nil {
		return err
	}
	d.rep.say(step{Actor: "chain", Action: "fraud story: the honest node pauses; operator2 runs a lying node (a demonstration hook)"})
	d.stopNode()
	liar, stopLiar, err := d.runNode(ctx, devchain.Operator2, true)
	if err != nil {
		return err
	}
	fee, err := d.app.CallFee(ctx)
	if err != nil {
		stopLiar()
		return err
	}
	rcpt, err := d.send(devchain.User, fmt.Sprintf("asked DigitClassifier to classify MNIST test image #%d (label %d)", idx, label), d.app.ClassifyTx(image, fee), "")
	if err != nil {
		stopLiar()
		return err
	}
	req := d.c.Oracle.ParseInferenceRequested(rcpt)[0].RequestID
	id := common.BigToHash(req)

	l, err := d.waitLog(ctx, d.c.Oracle.Address(), d.c.Oracle.EventTopic("ResultProposed"), id)
	if err != nil {
		stopLiar()
		return fmt.Errorf("waiting for the dishonest proposal: %w", err)
	}
	p, _ := d.c.Oracle.CallProposal(ctx, req)
	d.sayTx(ctx, devchain.Operator2, fmt.Sprintf("DISHONEST node proposed digit %d (label %d) with a trace committing to it", argmax(p.Output), label), l.TxHash, "")

	l, err = d.waitLog(ctx, d.game.Address(), d.game.EventTopic("GameStarted"), common.Hash{}, id)
	if err != nil {
		stopLiar()
		return fmt.Errorf("waiting for the challenge: %w", err)
	}
	gameID := l.Topics[1]
	d.sayTx(ctx, devchain.Challenger, "verifier re-executed the request, found a different trace, and challenged with its bond", l.TxHash, "game "+gameID.Big().String())
	l, err = d.waitLog(ctx, d.game.Address(), d.game.EventTopic("GameResolved"), gameID)
	if err != nil {
		stopLiar()
		return fmt.Errorf("waiting for the game to end: %w", err)
	}
	moves, _ := d.c.Client.FilterLogs(ctx, ethereum.FilterQuery{Addresses: []common.Address{d.game.Address()}, Topics: [][]common.Hash{nil, {gameID}}})
	g, _ := d.game.CallGame(ctx, gameID.Big())
	d.sayTx(ctx, devchain.Challenger, fmt.Sprintf("won the game at step %d after %d on-chain moves: OneStepVerifier recomputed the disputed element", g.Step, len(moves)-1), l.TxHash, "")
	if g.ProposerWon {
		stopLiar()
		return fmt.Errorf("the dishonest proposer won the game")
	}
	l, err = d.waitLog(ctx, d.c.Oracle.Address(), d.c.Oracle.EventTopic("ProposalSlashed"), id)
	if err != nil {
		stopLiar()
		return err
	}
	bond, _ := d.c.Oracle.CallProposalBond(ctx)
	d.sayTx(ctx, "oracle", fmt.Sprintf("slashed operator2's proposal bond (%s wei) in the same transaction: half to the verifier's game as its reward, half to the treasury (a liar's own sock challenger cannot win it all back); the request is open again", bond), l.TxHash, "")
	stopLiar()
	_ = liar

	node, stop, err := d.runNode(ctx, devchain.Operator, false)
	if err != nil {
		return err
	}
	d.node, d.stopNode = node, stop
	l, err = d.waitLogFrom(ctx, d.c.Oracle.Address(), d.c.Oracle.EventTopic("ResultProposed"), l.BlockNumber, id)
	if err != nil {
		return fmt.Errorf("waiting for the honest proposal: %w", err)
	}
	d.sayTx(ctx, devchain.Operator, "honest node proposed the engine's result", l.TxHash, "")
	window := uint32(600)
	for _, m := range d.cfg.Devnet.Models {
		if m.Name == "mnist-8" {
			window = m.ChallengeWindow
		}
	}
	if err := d.c.Advance(time.Duration(window) * time.Second); err != nil {
		return err
	}
	d.rep.say(step{Actor: "chain", Action: fmt.Sprintf("challenge window of %d s passed (devnet time travel)", window)})
	l, err = d.waitLog(ctx, d.c.Oracle.Address(), d.c.Oracle.EventTopic("InferenceFinalized"), id)
	if err != nil {
		return err
	}
	d.sayTx(ctx, devchain.Operator, "node finalized: callback ran", l.TxHash, "")
	cls, err := d.app.CallClassification(ctx, req)
	if err != nil {
		return err
	}
	if !cls.Done || cls.Digit != label {
		return fmt.Errorf("the dApp stored digit %d (done %v), label %d", cls.Digit, cls.Done, label)
	}
	d.rep.say(step{Actor: "dApp", Action: fmt.Sprintf("DigitClassifier stored digit %d (label %d): the truth, despite the lie", cls.Digit, label)})
	// The verifier withdraws its challenge bond and reward from the game on a later head.
	for range 60 {
		if b, err := d.game.CallBalance(ctx, d.ver.Address()); err == nil && b.Sign() == 0 {
			d.rep.say(step{Actor: devchain.Challenger, Action: "verifier withdrew its challenge bond and its reward from the dispute game"})
			break
		}
		time.Sleep(500 * time.Millisecond)
	}
	return nil
}

func (d *devnet) sayTx(ctx context.Context, who, action string, tx common.Hash, detail string) {
	var gas uint64
	if r, err := d.c.Client.TransactionReceipt(ctx, tx); err == nil {
		gas = r.GasUsed
	}
	d.rep.say(step{Actor: who, Action: action, Tx: tx.Hex(), Gas: gas, Detail: detail})
}

// waitLog waits for the first log of an event at addr whose indexed topics match (zero = any).
func (d *devnet) waitLog(ctx context.Context, addr common.Address, topic common.Hash, indexed ...common.Hash) (*types.Log, error) {
	return d.waitLogFrom(ctx, addr, topic, 0, indexed...)
}

func (d *devnet) waitLogFrom(ctx context.Context, addr common.Address, topic common.Hash, from uint64, indexed ...common.Hash) (*types.Log, error) {
	ctx, cancel := context.WithTimeout(ctx, 2*time.Minute)
	defer cancel()
	topics := [][]common.Hash{{topic}}
	for _, t := range indexed {
		if t == (common.Hash{}) {
			topics = append(topics, nil)
		} else {
			topics = append(topics, []common.Hash{t})
		}
	}
	for {
		logs, err := d.c.Client.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(from), Addresses: []common.Address{addr}, Topics: topics})
		if err == nil {
			for i := range logs {
				if logs[i].BlockNumber > from || from == 0 {
					return &logs[i], nil
				}
			}
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(50 * time.Millisecond):
		}
	}
}

// argmax is the digit a logits output names.
func argmax(out []byte) int {
	best, bi := int64(-1<<63), 0
	for i := 0; i+8 <= len(out); i += 8 {
		if v := int64(binary.BigEndian.Uint64(out[i:])); v > best {
			best, bi = v, i/8
		}
	}
	return bi
}
