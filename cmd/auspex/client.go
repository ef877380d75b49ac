package main

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"os"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/spf13/cobra"

	"github.com/auspex-labs/auspex/cmd/internal/nodeconf"
	"github.com/auspex-labs/auspex/internal/chain"
	"github.com/auspex-labs/auspex/internal/contracts"
	"github.com/auspex-labs/auspex/internal/devchain"
)

// clientFlags are the connection flags of the commands that talk to a deployment.
type clientFlags struct {
	rpc, deployment, registry, oracle string
	account, keystore, passwordFile   string
	json                              bool
}

func (f *clientFlags) add(cmd *cobra.Command, signs bool) {
	fl := cmd.Flags()
	fl.StringVar(&f.rpc, "rpc-url", "", "JSON-RPC endpoint (default: the deployment file's)")
	// The name oracled, verifier and Foundry's cast use; --rpc was this CLI's before.
	fl.StringVar(&f.rpc, "rpc", "", "")
	_ = fl.MarkDeprecated("rpc", "use --rpc-url")
	fl.StringVar(&f.deployment, "deployment", ".auspex/devnet.json", "deployment file written by `auspex devnet`")
	fl.StringVar(&f.registry, "registry", "", "ModelRegistry address (overrides the deployment file)")
	fl.StringVar(&f.oracle, "oracle", "", "AIOracle address (overrides the deployment file)")
	fl.BoolVar(&f.json, "json", false, "print JSON")
	if signs {
		fl.StringVar(&f.account, "account", "", "devnet account name (deployer, creator, user, ...); devnet only")
		fl.StringVar(&f.keystore, "keystore", "", "keystore file of the sending account")
		fl.StringVar(&f.passwordFile, "password-file", "", "file holding the keystore password (or set "+nodeconf.PasswordEnv+")")
	}
}

// conn is a connection to a deployment.
type conn struct {
	client *ethclient.Client
	dep    Deployment
	reg    *contracts.Registry
	orc    *contracts.Oracle
}

func (f *clientFlags) connect(ctx context.Context) (*conn, error) {
	var dep Deployment
	if b, err := os.ReadFile(f.deployment); err == nil {
		if err := json.Unmarshal(b, &dep); err != nil {
			return nil, fmt.Errorf("deployment file %s: %w", f.deployment, err)
		}
	} else if f.registry == "" || f.oracle == "" || f.rpc == "" {
		return nil, fmt.Errorf("no deployment file %s (start `auspex devnet`, or pass --rpc-url, --registry and --oracle)", f.deployment)
	}
	for _, o := range []struct {
		flag string
		dst  *common.Address
	}{{f.registry, &dep.Registry}, {f.oracle, &dep.Oracle}} {
		if o.flag == "" {
			continue
		}
		if !common.IsHexAddress(o.flag) {
			return nil, fmt.Errorf("%q is not an address", o.flag)
		}
		*o.dst = common.HexToAddress(o.flag)
	}
	url := f.rpc
	if url == "" {
		url = dep.HTTP
	}
	client, err := ethclient.DialContext(ctx, url)
	if err != nil {
		return nil, fmt.Errorf("connect to %s: %w", url, err)
	}
	if _, err := client.ChainID(ctx); err != nil {
		client.Close()
		return nil, fmt.Errorf("connect to %s: %w", url, err)
	}
	return &conn{client: client, dep: dep, reg: contracts.NewRegistry(dep.Registry, client), orc: contracts.NewOracle(dep.Oracle, client)}, nil
}

// sender signs as --account (devnet names, only on the simulated chain id) or --keystore.
func (f *clientFlags) sender(ctx context.Context, c *conn) (*chain.Sender, error) {
	var key *ecdsa.PrivateKey
	switch {
	case f.keystore != "":
		var nf nodeconf.File
		nf.Keystore.Path, nf.Keystore.PasswordFile = f.keystore, f.passwordFile
		k, err := nf.LoadKey()
		if err != nil {
			return nil, err
		}
		key = k
	case f.account != "":
		id, err := c.client.ChainID(ctx)
		if err != nil {
			return nil, err
		}
		if id.Cmp(chain.SimChainID) != 0 {
			return nil, fmt.Errorf("--account uses public devnet keys: refused on chain id %s", id)
		}
		found := false
		for _, n := range devchain.AccountNames {
			found = found || n == f.account
		}
		if !found {
			return nil, fmt.Errorf("no devnet account %q (have %v)", f.account, devchain.AccountNames)
		}
		key = devchain.DevKey(f.account)
	default:
		return nil, errors.New("choose the sending account: --account NAME (devnet) or --keystore FILE")
	}
	return chain.NewSender(ctx, c.client, key, chain.WithRevertDecoder(contracts.DecodeRevert))
}

// connectSender is connect and sender for a command that sends: the caller closes c.client.
func (f *clientFlags) connectSender(ctx context.Context) (*conn, *chain.Sender, error) {
	c, err := f.connect(ctx)
	if err != nil {
		return nil, nil, err
	}
	s, err := f.sender(ctx, c)
	if err != nil {
		c.client.Close()
		return nil, nil, err
	}
	return c, s, nil
}

func (f *clientFlags) print(cmd *cobra.Command, v any, text func()) error {
	if f.json {
		return printJSON(cmd.OutOrStdout(), v)
	}
	text()
	return nil
}
