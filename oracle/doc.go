// Package oracle is the Auspex node: it discovers inference requests on-chain, runs them in the
// engine, proposes results with a bond, finalizes them after the challenge window and defends its
// proposals in disputes. Its composition root is what cmd/oracled runs.
package oracle
