// Package chain is the small layer every Auspex binary and test stands on to talk to an EVM chain:
// an in-process simulated chain with realistic gas (no unreleased forks), and a synchronous
// transaction sender that estimates, signs, sends and waits, turning reverts into errors.
//
// The sender is the simple path for tools, tests and the embedded demo; the node's production path
// (nonce management, fee bumps, resubmission, confirmation depth) is internal/txmgr.
package chain
