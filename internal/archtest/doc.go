// Package archtest holds the architecture test: it reads the module's import graph with
// `go list` and fails when a package imports against the direction docs/DESIGN.md §2 fixes.
package archtest
