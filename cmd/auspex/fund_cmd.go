package main

import (
	"fmt"
	"math/big"
	"strings"

	"github.com/auspex-labs/auspex/internal/chain"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/params"
	"github.com/spf13/cobra"
)

// newFundCmd is the devnet's faucet: a keystore made for the walkthroughs starts empty.
func newFundCmd() *cobra.Command {
	var f clientFlags
	var eth int64
	cmd := &cobra.Command{
		Use:   "fund ADDRESS|KEYSTORE_FILE",
		Short: "Send devnet ETH to an address (the devnet's faucet)",
		Long: `fund sends --eth ETH to ADDRESS (or a keystore file's address) from a funded devnet account
(--account, default deployer). It uses the devnet's public keys, so it works on the devnet's chain id
only.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			to, err := addressOf(args[0])
			if err != nil {
				return err
			}
			if eth <= 0 {
				return fmt.Errorf("--eth %d: give a positive amount", eth)
			}
			if f.account == "" && f.keystore == "" {
				f.account = "deployer"
			}
			ctx := cmd.Context()
			c, s, err := f.connectSender(ctx)
			if err != nil {
				return err
			}
			defer c.client.Close()
			amount := new(big.Int).Mul(big.NewInt(eth), big.NewInt(params.Ether))
			rcpt, err := s.Send(ctx, chainTransfer(to, amount))
			if err != nil {
				return fmt.Errorf("fund %s: %w", to.Hex(), err)
			}
			bal, err := c.client.BalanceAt(ctx, to, nil)
			if err != nil {
				return err
			}
			v := struct {
				To         string `json:"to"`
				AmountWei  string `json:"amount_wei"`
				BalanceWei string `json:"balance_wei"`
				Tx         string `json:"tx"`
			}{to.Hex(), amount.String(), bal.String(), rcpt.TxHash.Hex()}
			return f.print(cmd, v, func() {
				fmt.Fprintf(cmd.OutOrStdout(), "sent %d ETH to %s (balance now %s ETH), tx %s\n", eth, to.Hex(), weiToEther(bal), rcpt.TxHash.Hex())
			})
		},
	}
	f.add(cmd, true)
	cmd.Flags().Int64Var(&eth, "eth", 10, "ETH to send")
	return cmd
}

// chainTransfer is a plain value transfer.
func chainTransfer(to common.Address, wei *big.Int) chain.TxCandidate {
	return chain.TxCandidate{To: &to, Value: wei}
}

// weiToEther prints wei as ETH with up to 18 decimals, trailing zeros dropped.
func weiToEther(wei *big.Int) string {
	s := new(big.Rat).SetFrac(wei, big.NewInt(params.Ether)).FloatString(18)
	s = strings.TrimRight(s, "0")
	return strings.TrimSuffix(s, ".")
}
