// Package testbindings is abigen v2 output for the test-only contracts (contracts/src/testing).
// Production code may not import it (internal/archtest).
package testbindings
