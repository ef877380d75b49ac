//go:build auspexdemo

package main

import (
	"github.com/spf13/pflag"

	"github.com/auspex-labs/auspex/oracle"
	"github.com/auspex-labs/auspex/oracle/liar"
)

// A demonstration build (`go build -tags auspexdemo ./cmd/oracled`) can lie on purpose: the
// fraud story run as separate processes (cmd/oracled/geth_fraud_test.go). Production builds do
// not have the flag, nor link the liar.
func init() {
	var dishonest bool
	demo.flags = func(fl *pflag.FlagSet) {
		fl.BoolVar(&dishonest, "dishonest", false, "DEMONSTRATION BUILD ONLY: propose wrong results (the fraud story)")
	}
	demo.options = func() []oracle.Option {
		if !dishonest {
			return nil
		}
		return []oracle.Option{oracle.WithClaimHook(liar.Claim)}
	}
}
