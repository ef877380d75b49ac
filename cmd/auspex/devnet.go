package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net"
	"os"
	"path/filepath"
	"strconv"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/rs/zerolog"

	"github.com/auspex-labs/auspex/cmd/internal/nodeconf"
	"github.com/auspex-labs/auspex/fraudproof"
	"github.com/auspex-labs/auspex/fraudproof/zk"
	"github.com/auspex-labs/auspex/inference"
	"github.com/auspex-labs/auspex/internal/chain"
	"github.com/auspex-labs/auspex/internal/contracts"
	"github.com/auspex-labs/auspex/internal/devchain"
	"github.com/auspex-labs/auspex/internal/solc"
	"github.com/auspex-labs/auspex/modelregistry"
	"github.com/auspex-labs/auspex/oracle"
	"github.com/auspex-labs/auspex/oracle/liar"
	"github.com/auspex-labs/auspex/oracle/verifier"
)

// step is one line of the devnet's story.
type step struct {
	Actor  string `json:"actor"`
	Action string `json:"action"`
	Tx     string `json:"tx,omitempty"`
	Gas    uint64 `json:"gas,omitempty"`
	Detail string `json:"detail,omitempty"`
}

// reporter prints steps for humans, or collects them for --json.
type reporter struct {
	out   io.Writer
	json  bool
	steps []step
}

func (r *reporter) say(s step) {
	r.steps = append(r.steps, s)
	if r.json {
		return
	}
	line := fmt.Sprintf("%-10s %s", s.Actor, s.Action)
	switch {
	case s.Tx != "":
		line += fmt.Sprintf("\n           tx %s  gas %d", s.Tx, s.Gas)
	case s.Gas != 0:
		line += fmt.Sprintf("\n           gas %d", s.Gas)
	}
	if s.Detail != "" {
		line += "\n           " + s.Detail
	}
	fmt.Fprintln(r.out, line)
}

// Deployment is what a devnet writes for the other commands (and any script) to find it.
type Deployment = nodeconf.Deployment

// DevAccount is a funded devnet account (nodeconf.DevAccount).
type DevAccount = nodeconf.DevAccount

// devnet is a running in-process chain with the contracts, the models and a node.
type devnet struct {
	cfg  Config
	log  zerolog.Logger
	rep  *reporter
	c    *devchain.Chain
	node *oracle.Service
	dep  Deployment
	arts map[string]*modelregistry.Artifact
	app  *contracts.DigitClassifier
	rs   *contracts.ResultStore
	game *contracts.DisputeGame
	ver  *verifier.Service
	dir  string
	// stopNode stops the honest node (the fraud story pauses it).
	stopNode func()

	cleanup []func()
}

func (d *devnet) send(who, action string, c chain.TxCandidate, detail string) (*types.Receipt, error) {
	rcpt, err := d.c.Sender(who).Send(context.Background(), c)
	if err != nil {
		return nil, fmt.Errorf("%s: %s: %w", who, action, err)
	}
	d.rep.say(step{Actor: who, Action: action, Tx: rcpt.TxHash.Hex(), Gas: rcpt.GasUsed, Detail: detail})
	return rcpt, nil
}

// publish puts a registered model's file on-chain, a reported step per chunk.
func (d *devnet) publish(ctx context.Context, name string, id uint64, path string) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("devnet model %s: %w", name, err)
	}
	err = modelregistry.Publish(ctx, d.c.Sender(devchain.Creator), d.c.Registry, id, data, func(p modelregistry.PublishedChunk) {
		d.rep.say(step{Actor: devchain.Creator, Action: fmt.Sprintf("published %s's file on-chain (chunk %d/%d)", name, p.Index+1, p.Total),
			Tx: p.Receipt.TxHash.Hex(), Gas: p.Receipt.GasUsed, Detail: fmt.Sprintf("%d bytes; the model is available once every chunk is in", p.Bytes)})
	})
	if err != nil {
		return fmt.Errorf("devnet model %s: %w", name, err)
	}
	return nil
}

// startDevnet starts the chain serving JSON-RPC on loopback, deploys, registers the configured
// models, deploys the example dApps and starts a node.
func startDevnet(ctx context.Context, cfg Config, log zerolog.Logger, rep *reporter) (_ *devnet, err error) {
	dc := cfg.Devnet
	d := &devnet{cfg: cfg, log: log, rep: rep, arts: map[string]*modelregistry.Artifact{}}
	defer func() {
		if err != nil {
			d.Close()
		}
	}()
	if err := portsFree(dc.Host, dc.HTTPPort, dc.WSPort); err != nil {
		return nil, err
	}
	// The chain serves its own JSON-RPC on an inner port; the devnet's port is a front that adds the
	// time-travel methods (evm_increaseTime, evm_mine) Foundry and Hardhat tooling call.
	inner, err := freePort(dc.Host)
	if err != nil {
		return nil, err
	}
	c, err := devchain.New(ctx, devchain.WithBlockInterval(dc.BlockTime), devchain.RPC(dc.Host, inner, dc.WSPort))
	if err != nil {
		return nil, fmt.Errorf("start chain: %w", err)
	}
	d.c = c
	d.cleanup = append(d.cleanup, func() { c.Close() })
	stopFront, err := c.ServeRPC(net.JoinHostPort(dc.Host, strconv.Itoa(dc.HTTPPort)), "http://"+net.JoinHostPort(dc.Host, strconv.Itoa(inner)))
	if err != nil {
		return nil, fmt.Errorf("serve JSON-RPC on port %d: %w", dc.HTTPPort, err)
	}
	d.cleanup = append(d.cleanup, func() { _ = stopFront() })
	chainID, err := c.Client.ChainID(ctx)
	if err != nil {
		return nil, err
	}
	d.dep = Deployment{
		ChainID: chainID.Uint64(), Models: map[string]uint64{},
		HTTP: fmt.Sprintf("http://%s:%d", dc.Host, dc.HTTPPort), WS: fmt.Sprintf("ws://%s:%d", dc.Host, dc.WSPort),
	}
	rep.say(step{Actor: "chain", Action: fmt.Sprintf("in-process EVM (go-ethereum simulated backend, chain id %s), a block every %s", chainID, dc.BlockTime),
		Detail: fmt.Sprintf("JSON-RPC %s  WebSocket %s", d.dep.HTTP, d.dep.WS)})

	head, err := c.Client.BlockNumber(ctx)
	if err != nil {
		return nil, err
	}
	d.dep.StartBlock = head
	p := cfg.Protocol.DeployParams(c.Addr(devchain.Deployer), c.Addr(devchain.Treasury))
	if err := c.Deploy(ctx, p); err != nil {
		return nil, err
	}
	d.dep.Registry, d.dep.Oracle = c.Registry.Address(), c.Oracle.Address()
	for _, name := range []string{"ModelRegistry", "AIOracle"} {
		rep.say(step{Actor: devchain.Deployer, Action: "deployed " + name, Tx: c.TxHash[name].Hex(), Gas: c.GasUsed[name],
			Detail: map[string]common.Address{"ModelRegistry": d.dep.Registry, "AIOracle": d.dep.Oracle}[name].Hex()})
	}

	dir, err := d.dataDir()
	if err != nil {
		return nil, err
	}
	for _, m := range dc.Models {
		path, err := shippedFile(m.Path, dir)
		if err != nil {
			return nil, fmt.Errorf("devnet model %s: %w", m.Name, err)
		}
		shapes, _ := inference.ParseShapes(m.Shapes) // checked with the config
		art, err := modelregistry.BuildFileWithShapes(path, shapes)
		if err != nil {
			return nil, err
		}
		mode, _ := m.mode()
		if mode != contracts.ModeZK {
			if err := fraudproof.CheckDisputable(art.Program); err != nil {
				return nil, fmt.Errorf("devnet model %s: %w", m.Name, err)
			}
		}
		var verifier common.Address
		var keys zkKeys
		if mode != contracts.ModeOPML {
			if verifier, keys, err = d.zkSetup(ctx, m.Name, art); errors.Is(err, errNoSolc) {
				// Without Node.js and npm (or offline) the devnet still runs, without its ZK models.
				log.Warn().Err(err).Str("model", m.Name).Msg("ZK model not registered")
				continue
			} else if err != nil {
				return nil, fmt.Errorf("devnet model %s: %w", m.Name, err)
			}
		}
		fee, _ := parseWei(m.FeeWei)
		rcpt, err := d.send(devchain.Creator, fmt.Sprintf("registered %s (%s)", m.Name, mode), c.Registry.RegisterModelTx(contracts.ModelSpec{
			OnnxHash: art.OnnxHash, ProgramHash: art.ProgramHash, LayoutRoot: art.LayoutRoot, InputShapes: art.InputShapes, URI: "file://" + path, Fee: fee,
			Mode: mode, ChallengeWindow: m.ChallengeWindow, ZkVerifier: verifier, ZkKeysHash: keys.hash, ZkKeysURI: keys.uri,
		}), fmt.Sprintf("onnxHash %s (the chunked keccak256 commitment of %s), programHash %s (the compiled fixed-point program)", art.OnnxHash.Hex(), m.Path, art.ProgramHash.Hex()))
		if err != nil {
			return nil, err
		}
		id, err := c.Registry.ParseModelRegistered(rcpt)
		if err != nil {
			return nil, err
		}
		// Requests for a model that is not ZK-only wait for its file on-chain (docs/AVAILABILITY.md).
		if mode != contracts.ModeZK {
			if err := d.publish(ctx, m.Name, id, path); err != nil {
				return nil, err
			}
		}
		d.dep.Models[m.Name] = id
		d.arts[m.Name] = art
	}
	if id, ok := d.dep.Models["mnist-8"]; ok {
		app, rcpt, err := contracts.DeployDigitClassifier(ctx, c.Sender(devchain.User), c.Client, c.Oracle.Address(), id)
		if err != nil {
			return nil, err
		}
		d.app, d.dep.DigitClassifier = app, app.Address()
		rep.say(step{Actor: devchain.User, Action: "deployed the example dApp DigitClassifier (mnist-8)", Tx: rcpt.TxHash.Hex(), Gas: rcpt.GasUsed, Detail: app.Address().Hex()})
	}
	rs, rcpt, err := contracts.DeployResultStore(ctx, c.Sender(devchain.User), c.Client, c.Oracle.Address())
	if err != nil {
		return nil, err
	}
	d.rs, d.dep.ResultStore = rs, rs.Address()
	rep.say(step{Actor: devchain.User, Action: "deployed the example consumer ResultStore (any model)", Tx: rcpt.TxHash.Hex(), Gas: rcpt.GasUsed, Detail: rs.Address().Hex()})

	// The dispute game, and a verifier that re-executes every result.
	v, err := contracts.DeployOneStepVerifier(ctx, c.Sender(devchain.Deployer), c.Client)
	if err != nil {
		return nil, err
	}
	bond, _ := c.Oracle.CallProposalBond(ctx)
	d.game, err = contracts.DeployDisputeGame(ctx, c.Sender(devchain.Deployer), c.Client, c.Oracle, v.Address(), bond, 3600)
	if err != nil {
		return nil, err
	}
	d.dep.DisputeGame, d.dep.OneStepVerifier = d.game.Address(), v.Address()
	rep.say(step{Actor: devchain.Deployer, Action: "deployed OneStepVerifier and DisputeGame (challenge bond = proposal bond, 1 h clock per side)",
		Detail: d.game.Address().Hex()})

	// Initial Model Offerings: the factory, and an ERC-7007 collection of mnist-8's outputs.
	fac, err := contracts.DeployIMOFactory(ctx, c.Sender(devchain.Deployer), c.Client, c.Registry.Address(), c.Oracle.Address())
	if err != nil {
		return nil, err
	}
	d.dep.IMOFactory = fac.Address()
	rep.say(step{Actor: devchain.Deployer, Action: "deployed IMOFactory (ERC-7641 revenue-share tokens and their offerings)", Detail: fac.Address().Hex()})
	if id, ok := d.dep.Models["mnist-8"]; ok {
		nft, err := contracts.DeployAIGCNFT(ctx, c.Sender(devchain.Creator), c.Client, "MNIST-8 digits", "DIGIT", c.Oracle.Address(), id)
		if err != nil {
			return nil, err
		}
		d.dep.DigitNFT = nft.Address()
		rep.say(step{Actor: devchain.Creator, Action: "deployed AIGCNFT, an ERC-7007 collection of mnist-8 outputs", Detail: nft.Address().Hex()})
	}

	if !dc.NoNode {
		if err := d.startNode(ctx); err != nil {
			return nil, err
		}
	}
	if !dc.NoVerifier {
		if err := d.startVerifier(ctx); err != nil {
			return nil, err
		}
	}
	for _, n := range devchain.AccountNames {
		d.dep.Accounts = append(d.dep.Accounts, DevAccount{Name: n, Address: c.Addr(n),
			PrivateKey: "0x" + common.Bytes2Hex(crypto.FromECDSA(devchain.DevKey(n)))})
	}
	if dc.DeploymentFile != "" {
		if err := writeJSON(dc.DeploymentFile, d.dep); err != nil {
			return nil, err
		}
	}
	return d, nil
}

func (d *devnet) dataDir() (string, error) {
	if d.dir != "" {
		return d.dir, nil
	}
	d.dir = d.cfg.Devnet.DataDir
	if d.dir == "" {
		tmp, err := os.MkdirTemp("", "auspex-devnet-")
		if err != nil {
			return "", err
		}
		d.dir = tmp
		d.cleanup = append(d.cleanup, func() { os.RemoveAll(tmp) })
	}
	return d.dir, nil
}

// errNoSolc: the pinned solc cannot be had here, so gnark's verifiers cannot be compiled.
var errNoSolc = errors.New("no Solidity compiler for the zk verifier")

// zkSetup runs a local Groth16 setup for a ZK-mode devnet model (keys in the data directory),
// compiles its exported verifier with the pinned solc (installed from npm if missing) and deploys
// it, and packs the keys into the bundle the model publishes: the devnet's node is not given the
// keys, it fetches them from the registration as any operator's would. Production keys come from a
// ceremony (docs/ZK.md).
func (d *devnet) zkSetup(ctx context.Context, name string, art *modelregistry.Artifact) (common.Address, zkKeys, error) {
	dir, err := d.dataDir()
	if err != nil {
		return common.Address{}, zkKeys{}, err
	}
	root, err := solc.Toolchain(ctx, ".")
	if err != nil {
		return common.Address{}, zkKeys{}, fmt.Errorf("%w: %w", errNoSolc, err)
	}
	start := time.Now()
	k, err := zk.Setup(art.Program, zk.FormatInt64, zk.ChecksAuto)
	if err != nil {
		return common.Address{}, zkKeys{}, err
	}
	dirKeys := filepath.Join(dir, "zk", name)
	if err := k.Write(dirKeys); err != nil {
		return common.Address{}, zkKeys{}, err
	}
	keys, err := bundleKeys(dirKeys, "")
	if err != nil {
		return common.Address{}, zkKeys{}, err
	}
	v, err := zk.DeployVerifier(ctx, d.c.Sender(devchain.Creator), d.c.Client, root, dirKeys)
	if err != nil {
		return common.Address{}, zkKeys{}, err
	}
	d.rep.say(step{Actor: devchain.Creator, Action: fmt.Sprintf("zk setup of %s: %d-constraint circuit (%s range checks), local Groth16 keys published as %s, its Solidity verifier compiled and deployed (%s)",
		name, k.CCS.GetNbConstraints(), k.Checks, keys.uri, time.Since(start).Round(time.Millisecond)), Detail: v.Address().Hex()})
	return v.Address(), keys, nil
}

// runNode starts an in-process node for a dev account (its own database); stop stops it.
func (d *devnet) runNode(ctx context.Context, account string, dishonest bool) (node *oracle.Service, stop func(), err error) {
	dir, err := d.dataDir()
	if err != nil {
		return nil, nil, err
	}
	cfg := oracle.DefaultConfig()
	cfg.Oracle, cfg.Registry, cfg.DisputeGame = d.dep.Oracle, d.dep.Registry, d.dep.DisputeGame
	cfg.DBPath = filepath.Join(dir, account+".db")
	cfg.Models.Dir = filepath.Join(dir, "models")
	cfg.PollInterval = max(d.cfg.Devnet.BlockTime/4, 20*time.Millisecond)
	cfg.Tx.PollInterval = cfg.PollInterval
	cfg.BondTarget, _ = parseWei(d.cfg.Devnet.BondTargetWei)
	cfg.WithdrawAbove = new(big.Int) // devnet nodes collect their fees at once
	var opts []oracle.Option
	if dishonest {
		opts = append(opts, oracle.WithClaimHook(liar.Claim)) // the fraud story's liar
	}
	node, err = oracle.NewService(ctx, cfg, d.c.Client, devchain.DevKey(account), d.log.With().Str("component", "oracled").Str("account", account).Logger(), opts...)
	if err != nil {
		return nil, nil, err
	}
	if err := node.Start(ctx); err != nil {
		_ = node.Stop(context.Background())
		return nil, nil, err
	}
	return node, func() {
		stopCtx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		_ = node.Stop(stopCtx)
	}, nil
}

func (d *devnet) startNode(ctx context.Context) error {
	node, stop, err := d.runNode(ctx, devchain.Operator, false)
	if err != nil {
		return err
	}
	d.node, d.stopNode = node, stop
	d.cleanup = append(d.cleanup, func() { d.stopNode() })
	acct, _ := d.c.Oracle.CallOperator(ctx, node.Operator())
	d.rep.say(step{Actor: devchain.Operator, Action: "oracle node running in-process (defends its proposals)", Detail: fmt.Sprintf("operator %s, bond %s wei", node.Operator().Hex(), acct.Bonded)})
	return nil
}

// startVerifier runs the challenger service for the challenger dev account.
func (d *devnet) startVerifier(ctx context.Context) error {
	dir, err := d.dataDir()
	if err != nil {
		return err
	}
	n := oracle.DefaultConfig()
	poll := max(d.cfg.Devnet.BlockTime/4, 20*time.Millisecond)
	cfg := verifier.Config{
		Oracle: d.dep.Oracle, Registry: d.dep.Registry, Game: d.dep.DisputeGame, DBPath: filepath.Join(dir, "verifier.db"),
		Models: n.Models, Tx: n.Tx, PollInterval: poll, ReorgDepth: 64, LogBatch: 1000, HealthStaleAfter: time.Minute,
	}
	cfg.Models.Dir = filepath.Join(dir, "models")
	cfg.Tx.PollInterval = poll
	v, err := verifier.New(ctx, cfg, d.c.Client, devchain.DevKey(devchain.Challenger), d.log.With().Str("component", "verifier").Logger())
	if err != nil {
		return err
	}
	if err := v.Start(ctx); err != nil {
		_ = v.Stop(context.Background())
		return err
	}
	d.ver = v
	d.cleanup = append(d.cleanup, func() {
		stopCtx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		_ = v.Stop(stopCtx)
	})
	d.rep.say(step{Actor: devchain.Challenger, Action: "verifier running in-process (re-executes every result, challenges wrong ones)", Detail: v.Address().Hex()})
	return nil
}

// Close stops the node and the chain.
func (d *devnet) Close() {
	for i := len(d.cleanup) - 1; i >= 0; i-- {
		d.cleanup[i]()
	}
	d.cleanup = nil
}

// printAccounts lists the funded dev accounts and where everything is.
func (d *devnet) printAccounts(w io.Writer) {
	fmt.Fprintf(w, "\nDev accounts (10,000 ETH each; keys derived from public names: never use them elsewhere)\n")
	for _, a := range d.dep.Accounts {
		fmt.Fprintf(w, "  %-10s %s  %s\n", a.Name, a.Address.Hex(), a.PrivateKey)
	}
	fmt.Fprintf(w, "\nContracts (deployed after block %d: contracts.start_block for your own node)\n", d.dep.StartBlock)
	for _, c := range []struct {
		name string
		addr common.Address
	}{{"ModelRegistry", d.dep.Registry}, {"AIOracle", d.dep.Oracle}, {"DisputeGame", d.dep.DisputeGame},
		{"OneStepVerifier", d.dep.OneStepVerifier}, {"IMOFactory", d.dep.IMOFactory}, {"DigitClassifier", d.dep.DigitClassifier},
		{"DigitNFT", d.dep.DigitNFT}, {"ResultStore", d.dep.ResultStore}} {
		if c.addr != (common.Address{}) {
			fmt.Fprintf(w, "  %-16s %s\n", c.name, c.addr.Hex())
		}
	}
	node, ver := "running in-process as "+devchain.Operator, "running in-process as "+devchain.Challenger
	if d.cfg.Devnet.NoNode {
		node = "none (--no-node)"
	}
	if d.cfg.Devnet.NoVerifier {
		ver = "none (--no-verifier)"
	}
	fmt.Fprintf(w, "\nOracle node: %s\nVerifier:    %s\n", node, ver)
	fmt.Fprintf(w, "\nModels\n")
	for _, m := range d.cfg.Devnet.Models {
		fmt.Fprintf(w, "  #%d %s\n", d.dep.Models[m.Name], m.Name)
	}
	fmt.Fprintf(w, "\nJSON-RPC %s  WebSocket %s  chain id %d\n", d.dep.HTTP, d.dep.WS, d.dep.ChainID)
	if f := d.cfg.Devnet.DeploymentFile; f != "" {
		fmt.Fprintf(w, "Addresses written to %s (read by auspex model|request|status)\n", f)
	}
}

// portsFree reports a port on host that is already taken, which would otherwise stop the chain's
// RPC server mid-start.
func portsFree(host string, ports ...int) error {
	for _, p := range ports {
		if p == 0 {
			continue
		}
		l, err := net.Listen("tcp", net.JoinHostPort(host, strconv.Itoa(p)))
		if err != nil {
			return fmt.Errorf("port %d on %s is taken (another devnet, anvil or hardhat?): stop it or choose another with --port / --ws-port: %w", p, host, err)
		}
		_ = l.Close()
	}
	return nil
}

// freePort is a port on host nothing listens on now.
func freePort(host string) (int, error) {
	l, err := net.Listen("tcp", net.JoinHostPort(host, "0"))
	if err != nil {
		return 0, err
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

func writeJSON(path string, v any) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return err
	}
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, append(b, '\n'), 0o644); err != nil {
		return err
	}
	return os.Rename(tmp, path)
}
