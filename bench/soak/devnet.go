package main

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"net"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/auspex-labs/auspex/fraudproof"
	"github.com/auspex-labs/auspex/internal/chain"
	"github.com/auspex-labs/auspex/internal/contracts"
	"github.com/auspex-labs/auspex/internal/devchain"
	"github.com/auspex-labs/auspex/modelregistry"
)

// model is one registered model of the mix.
type model struct {
	name   string
	id     uint64
	weight int
	art    *modelregistry.Artifact
	// inputLen is the length of a valid uint8 input (the model's one input tensor, one byte an
	// element).
	inputLen int
}

// devnet is the in-process chain with the contracts, the models and the funded requesters.
type devnet struct {
	c          *devchain.Chain
	httpPort   int
	wsPort     int
	game       *contracts.DisputeGame
	startBlock uint64
	models     []*model
	requesters []*ecdsa.PrivateKey
	digits     []byte // examples/mnist: four 784-byte digits, when present
}

func (d *devnet) close() { _ = d.c.Close() }

// freePort asks the kernel for a free loopback port.
func freePort() (int, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer ln.Close()
	return ln.Addr().(*net.TCPAddr).Port, nil
}

func startDevnet(ctx context.Context, root string, o options) (_ *devnet, err error) {
	d := &devnet{}
	if d.httpPort, err = freePort(); err != nil {
		return nil, err
	}
	if d.wsPort, err = freePort(); err != nil {
		return nil, err
	}
	opts := []devchain.Option{devchain.WithBlockInterval(o.blockTime), devchain.RPC("127.0.0.1", d.httpPort, d.wsPort)}
	if o.gasLimit > 0 {
		opts = append(opts, devchain.WithBlockGasLimit(o.gasLimit))
	}
	c, err := devchain.New(ctx, opts...)
	if err != nil {
		return nil, fmt.Errorf("start chain: %w", err)
	}
	d.c = c
	defer func() {
		if err != nil {
			c.Close()
		}
	}()
	if err := c.Deploy(ctx, devchain.DefaultParams()); err != nil {
		return nil, err
	}
	if d.startBlock, err = c.Client.BlockNumber(ctx); err != nil {
		return nil, err
	}
	v, err := contracts.DeployOneStepVerifier(ctx, c.Sender(devchain.Deployer), c.Client)
	if err != nil {
		return nil, err
	}
	bond, err := c.Oracle.CallProposalBond(ctx)
	if err != nil {
		return nil, err
	}
	// The devnet's game: challenge bond = proposal bond, an hour a side.
	if d.game, err = contracts.DeployDisputeGame(ctx, c.Sender(devchain.Deployer), c.Client, c.Oracle, v.Address(), bond, 3600); err != nil {
		return nil, err
	}

	for _, spec := range strings.Split(o.models, ",") {
		name, w, _ := strings.Cut(strings.TrimSpace(spec), ":")
		weight := 1
		if w != "" {
			if weight, err = strconv.Atoi(w); err != nil || weight <= 0 {
				return nil, fmt.Errorf("-models %q: weight %q", spec, w)
			}
		}
		m, err := d.register(ctx, root, name, o.window)
		if err != nil {
			return nil, err
		}
		m.weight = weight
		d.models = append(d.models, m)
		say("registered and published %s as model #%d (input %d bytes, weight %d)", name, m.id, m.inputLen, weight)
	}
	if b, err := os.ReadFile(filepath.Join(root, "examples", "mnist", "digits-784x4.u8")); err == nil && len(b) == 4*784 {
		d.digits = b
	}

	// Requesters: fresh dev keys funded from the user account, so that the node's, the
	// verifier's and the liar's accounts send nothing but their own transactions.
	for i := 0; i < o.accounts; i++ {
		k := devchain.DevKey(fmt.Sprintf("soak requester %d", i))
		to := crypto.PubkeyToAddress(k.PublicKey)
		if _, err := c.Sender(devchain.User).Send(ctx, chain.TxCandidate{To: &to, Value: eth(int64(9000 / o.accounts))}); err != nil {
			return nil, fmt.Errorf("fund requester %d: %w", i, err)
		}
		d.requesters = append(d.requesters, k)
	}
	say("devnet: JSON-RPC http://127.0.0.1:%d, WebSocket ws://127.0.0.1:%d; AIOracle %s, DisputeGame %s; %d requesters funded",
		d.httpPort, d.wsPort, c.Oracle.Address().Hex(), d.game.Address().Hex(), len(d.requesters))
	return d, nil
}

// register builds, registers (OPML, the given window) and publishes models/<name>/model.onnx.
func (d *devnet) register(ctx context.Context, root, name string, window uint) (*model, error) {
	path := filepath.Join(root, "models", name, "model.onnx")
	art, err := modelregistry.BuildFile(path)
	if err != nil {
		return nil, err
	}
	if err := fraudproof.CheckDisputable(art.Program); err != nil {
		return nil, fmt.Errorf("model %s: %w", name, err)
	}
	if len(art.Program.Inputs) != 1 {
		return nil, fmt.Errorf("model %s: %d inputs; the soak sends one-input models (uint8 inputs)", name, len(art.Program.Inputs))
	}
	c := d.c
	rcpt, err := c.Sender(devchain.Creator).Send(ctx, c.Registry.RegisterModelTx(contracts.ModelSpec{
		OnnxHash: art.OnnxHash, ProgramHash: art.ProgramHash, LayoutRoot: art.LayoutRoot, URI: "file://" + path,
		Fee: big.NewInt(1e12), Mode: contracts.ModeOPML, ChallengeWindow: uint32(window),
	}))
	if err != nil {
		return nil, fmt.Errorf("register %s: %w", name, err)
	}
	id, err := c.Registry.ParseModelRegistered(rcpt)
	if err != nil {
		return nil, err
	}
	// Requests for a model wait for its file on-chain (docs/AVAILABILITY.md): the node refuses
	// them otherwise (ModelUnavailable).
	if err := modelregistry.PublishFile(ctx, c.Sender(devchain.Creator), c.Registry, id, path, nil); err != nil {
		return nil, err
	}
	return &model{name: name, id: id, art: art, inputLen: int(art.Program.Values[art.Program.Inputs[0]].Len())}, nil
}

func (d *devnet) oracleAddr() common.Address { return d.c.Oracle.Address() }
