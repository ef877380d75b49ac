// Package kit is the service kit the oracle node (package oracle) and the verifier (package
// oracle/verifier) are both built from: the store, the transaction manager, the chain watcher,
// request intake, a keyed bounded scheduler with an engine pool, a claim cache, a dispute-game
// tracker parameterised by side, and health and metrics. The two services are two configurations
// of it: what differs is only what each does with an open request (docs/DESIGN.md §6).
package kit
