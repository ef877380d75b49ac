// Package contracts is the typed Go face of the Auspex contracts: CallX reads contract state, XTx
// builds a transaction for a sender, ParseX decodes an event, Deploy puts a fresh set on a chain.
// It is the only package (with its tests) that imports the abigen bindings; everything above it
// works with the plain types declared here.
package contracts
