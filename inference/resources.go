package inference

import "github.com/auspex-labs/auspex/inference/merkle"

// Resources is what serving one inference of a program costs, computed from its static shapes
// alone (nothing is run or allocated): what a registry refuses and a node checks before it
// runs a model (issue 15: a 243-byte model expanding to 2048×2048 burned every node).
//
// The memory figures model the engine's allocations for one run with its trace commitment
// (Execute, then Trace.commit: every slot's tensor, its packed leaves and Merkle tree, the slot
// snapshots per step, the state and trace trees) and for the program the node keeps loaded
// (constants with the roots PrecomputeCommitments keeps, the layout). They are an upper bound
// on the bytes allocated, calibrated against runtime.MemStats in resources_test.go and
// docs/BENCHMARKS.md: within 2x of the measured allocation on mnist-8 and the Gemm MLPs.
type Resources struct {
	// InputBytes is the request input in its int64 form (8 bytes per input element).
	InputBytes int64
	// OutputBytes is the output of one inference as a proposal carries it: 8 bytes per element of
	// every program output (docs/ENCODING.md, EncodeOutput).
	OutputBytes int64
	// Elements counts the elements of every value slot: constants, inputs and computed tensors.
	Elements int64
	// ProgramBytes is what the loaded program holds: constants and their Merkle trees, the
	// layout trees, tables, the step and value descriptions.
	ProgramBytes int64
	// TraceBytes is one run with its trace commitment: every computed tensor (and the inputs) with
	// its leaves and tree, the per-step slot snapshots, the state and trace trees, kernel scratch.
	TraceBytes int64
	// PeakBytes = ProgramBytes + TraceBytes: the memory one inference needs on a node or verifier.
	PeakBytes int64
}

// BatchPeakBytes is the memory of a batch of n inferences: a batch claim keeps every item's trace.
func (r Resources) BatchPeakBytes(n int) int64 {
	return satAdd(r.ProgramBytes, satMul(r.TraceBytes, int64(max(n, 1))))
}

// Sizes of the engine's structures, in bytes; see Resources for what they bound.
const (
	hashBytes = 32
	// hashPairAlloc is what one Merkle.set level allocates (crypto.Keccak256Hash's fresh state).
	hashPairAlloc = 512
	// valueOverhead and stepOverhead bound one Value / Step with their slice headers.
	valueOverhead = 128
	stepOverhead  = 160
	// traceOverhead and programOverhead cover per-run and per-program constants (the hasher,
	// closures, small slices; the program and layout headers).
	traceOverhead   = 2 << 10
	programOverhead = 2 << 10
)

// Resources computes p's resource bounds.
func (p *Program) Resources() Resources {
	var r Resources
	for _, id := range p.Inputs {
		r.InputBytes = satAdd(r.InputBytes, satMul(8, p.Values[id].Len()))
	}
	for _, id := range p.Outputs {
		r.OutputBytes = satAdd(r.OutputBytes, satMul(8, p.Values[id].Len()))
	}

	nV, nS := int64(len(p.Values)), int64(len(p.Steps))
	prog := satAdd(programOverhead, satMul(nV, valueOverhead))
	prog = satAdd(prog, satMul(nS, stepOverhead))
	var trace int64
	for i := range p.Values {
		v := &p.Values[i]
		n := v.Len()
		r.Elements = satAdd(r.Elements, n)
		prog = satAdd(prog, satMul(8, int64(len(v.Shape)))+int64(len(v.Name)))
		if v.Const != nil {
			// Resident: the data and its root (a tree is built only to open a leaf in a dispute).
			prog = satAdd(prog, satAdd(alloc(satMul(8, n)), hashBytes))
			continue
		}
		// Per run: the data, the packed leaves (copied into the tree), the tree, and the 32 bytes
		// hasher.pair's result escapes to per inner node hashed (zero padding is not hashed).
		trace = satAdd(trace, satAdd(alloc(satMul(8, n)), satAdd(alloc(satMul(hashBytes, leafCount(n))), tensorTreeBytes(n))))
		trace = satAdd(trace, hashedBytes(leafCount(n)))
	}
	for i := range p.Steps {
		s := &p.Steps[i]
		prog = satAdd(prog, satMul(8, int64(len(s.Args)))+satMul(4, int64(len(s.In)))+int64(len(s.Node)))
		trace = satAdd(trace, p.scratchBytes(s))
	}
	// The layout: step and slot leaves and trees, constant commitments, tables with their trees.
	prog = satAdd(prog, satAdd(satMul(2*hashBytes, nS), treeBytes(nS)))
	prog = satAdd(prog, satAdd(satMul(2*hashBytes, nV), treeBytes(nV)))
	for i := range p.Tables {
		n := int64(len(p.Tables[i].Values))
		prog = satAdd(prog, satAdd(alloc(satMul(8, n)), tensorTreeBytes(n))+hashBytes+64)
	}
	prog = satAdd(prog, treeBytes(int64(len(p.Tables))))

	// Trace.commit: per slot a tree pointer, a data slice, a leaf, the state it is written in and
	// two flags; the state tree over the slots; the state roots grown by append; the per-step leaf
	// update; the trace tree over the n+1 states. (No snapshot of the slots per state: a proof
	// rebuilds the one it opens, so nothing grows as steps × slots.)
	trace = satAdd(trace, satMul(nV, 8+24+hashBytes+8+2))
	trace = satAdd(trace, treeBytes(nV)+hashedBytes(nV))
	trace = satAdd(trace, satMul(nS+1, 2*hashBytes))
	trace = satAdd(trace, satMul(nS, satMul(int64(log2Ceil(nV)), hashPairAlloc)))
	trace = satAdd(trace, treeBytes(nS+1)+hashedBytes(nS+1))
	// The proposal's output bytes, encoded once per use.
	trace = satAdd(trace, alloc(r.OutputBytes))
	trace = satAdd(trace, traceOverhead)

	// A margin of 1/8 for what the model leaves out (runtime bookkeeping, allocator changes): on
	// large tensors it is otherwise exact.
	prog, trace = satAdd(prog, prog/8), satAdd(trace, trace/8)
	r.ProgramBytes, r.TraceBytes = prog, trace
	r.PeakBytes = satAdd(prog, trace)
	return r
}

// scratchBytes is what a step's kernel allocates besides its output (freed after the step, but
// summed over steps: a bound on allocation). The per-element kernels (Tile, ArgMax, ConvTranspose,
// ...) allocate a few index words per element, garbage at once, which is not counted.
func (p *Program) scratchBytes(s *Step) int64 {
	out := &p.Values[s.Out]
	switch s.Op {
	case OpMatMul:
		// One row of int64 partial sums and one of 128-bit accumulators.
		if k := len(out.Shape); k > 0 {
			return satAdd(alloc(satMul(8, out.Shape[k-1])), alloc(satMul(16, out.Shape[k-1])))
		}
	case OpConv:
		// 2-d: a plane of int64 and 128-bit accumulators; other ranks: every kernel position.
		if len(out.Shape) > 2 {
			w := &p.Values[s.In[1]]
			plane := numelSat(out.Shape[2:])
			return satAdd(satAdd(alloc(satMul(8, plane)), alloc(satMul(16, plane))), kernelPositionBytes(w.Shape[2:]))
		}
	case OpMaxPool, OpAvgPool:
		if len(s.Args) > 1 {
			nsp := s.Args[1]
			kernel := make([]int64, 0, nsp)
			for d := int64(0); d < nsp && 2+5*d < int64(len(s.Args)); d++ {
				kernel = append(kernel, s.Args[2+5*d])
			}
			return kernelPositionBytes(kernel)
		}
	case OpReduce:
		return satAdd(alloc(out.Len()), alloc(satMul(16, out.Len()))) // a seen flag and a 128-bit sum per output element
	}
	return 0
}

// kernelPositionBytes is kernelPositions' table: one index slice per kernel position.
func kernelPositionBytes(kernel []int64) int64 {
	n := numelSat(kernel)
	return satAdd(alloc(satMul(24, n)), satMul(n, alloc(8*int64(len(kernel)))))
}

// leafCount is the number of packed leaves of an n-element tensor (at least one).
func leafCount(n int64) int64 { return max(1, (n+merkle.ElemsPerLeaf-1)/merkle.ElemsPerLeaf) }

// tensorTreeBytes is the Merkle tree over an n-element tensor's leaves.
func tensorTreeBytes(n int64) int64 { return treeBytes(leafCount(n)) }

// treeBytes is newMerkle over `leaves` leaves: padded to a power of two P, one allocation per
// level (P, P/2, …, 1 hashes).
func treeBytes(leaves int64) int64 {
	var b int64
	for pw := pow2(leaves); pw >= 1; pw /= 2 {
		b = satAdd(b, alloc(satMul(hashBytes, pw)))
	}
	return b + 24*int64(log2Ceil(leaves)+1) // the slice of levels
}

// alloc is the heap the Go allocator takes for a b-byte object: small objects are rounded up to a
// size class (at most 1/8 more), large ones to whole 8 KiB pages.
func alloc(b int64) int64 {
	if b <= 32<<10 {
		return satAdd(b, b/8+16)
	}
	return satMul((b+8191)/8192, 8192)
}

// hashedBytes bounds what hashing a tree over `leaves` leaves allocates: the inner nodes over
// real leaves (fewer than leaves + height), 32 bytes each.
func hashedBytes(leaves int64) int64 {
	return satMul(hashBytes, leaves+int64(log2Ceil(leaves)))
}

// pow2 is the least power of two ≥ n (and ≥ 1), saturating.
func pow2(n int64) int64 {
	pw := int64(1)
	for pw < n && pw <= 1<<56 {
		pw *= 2
	}
	return pw
}

func log2Ceil(n int64) int {
	k := 0
	for int64(1)<<k < n {
		k++
	}
	return k
}

func numelSat(shape []int64) int64 {
	n := int64(1)
	for _, d := range shape {
		n = satMul(n, d)
	}
	return n
}

// satAdd and satMul saturate at 2^62 (inputs are non-negative): a bound far past every limit
// stays far past it instead of wrapping.
func satAdd(a, b int64) int64 {
	if a >= 1<<62-b {
		return 1 << 62
	}
	return a + b
}

func satMul(a, b int64) int64 {
	if a == 0 || b == 0 {
		return 0
	}
	if a > (1<<62)/b {
		return 1 << 62
	}
	return a * b
}
