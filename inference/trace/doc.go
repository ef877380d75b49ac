// Package trace commits to a run of a program (docs/DESIGN.md §4): every slot's tensor tree, the
// state root after every step, the trace root over the states, and the openings a one-step proof
// carries (ProveElement, VerifyElement). It is the seam between the engine (package inference,
// which compiles and runs) and the dispute game (package fraudproof), and like the engine it is
// pure.
package trace
