// Package fraudproof holds the opML dispute machinery: the trace provider over the engine, the pure
// dispute solver, the one-step proof builder, and the challenger and defender services that play
// the on-chain bisection game (docs/DESIGN.md §4). Both the node (oracle) and the verifier binary use it; it
// never imports oracle.
package fraudproof
