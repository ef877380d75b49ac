package modelregistry

import (
	"fmt"
	"os"

	"github.com/ethereum/go-ethereum/common"

	"github.com/auspex-labs/auspex/inference"
	"github.com/auspex-labs/auspex/inference/onnx"
)

// Artifact is a model file and what the registry records about it.
type Artifact struct {
	OnnxHash    common.Hash // the file's data commitment (ContentHash)
	ProgramHash common.Hash // keccak256 of the compiled program's canonical encoding
	LayoutRoot  common.Hash // the program's layout commitment (docs/DISPUTE.md)
	// InputShapes is the input-shape binding the program was compiled with, in its canonical
	// encoding (inference.EncodeInputShapes; empty: none), registered with the model so that every
	// node compiles the file to the same program (CompileOptions).
	InputShapes []byte
	Program     *inference.Program
	Resources   inference.Resources // what one inference costs, within the protocol bounds
}

// CompileOptions are the options every node compiles a registered model with: the defaults (scale
// inference.DefaultScale, batch size 1) and the input shapes its registration records, in their
// canonical encoding. Bytes that are not one (no registration through Build records them) make
// the model unservable: ErrProgramMismatch, as no program can match.
func CompileOptions(inputShapes []byte) (inference.Options, error) {
	bind, err := inference.DecodeInputBindings(inputShapes)
	if err != nil {
		return inference.DefaultOptions, fmt.Errorf("%w: registered input shapes: %w", ErrProgramMismatch, err)
	}
	return bind.Options(), nil
}

// Build compiles model bytes with the options every node uses and no input-shape binding (for a
// model whose inputs need none): BuildWithShapes(data, nil).
func Build(data []byte) (*Artifact, error) { return BuildWithShapes(data, nil) }

// BuildWithShapes compiles model bytes with the options every node uses (CompileOptions) for the
// given input shapes (nil for none: then every input dimension must be fixed by the file, or be a
// leading batch dimension, which is 1), giving the hashes and the shape encoding a model creator
// registers. It refuses a model over the protocol bounds (CheckResources: ErrModelTooLarge), before
// hashing the program: no node would serve it.
func BuildWithShapes(data []byte, shapes map[string][]int64) (*Artifact, error) {
	return BuildWithBindings(data, inference.InputBindings{Shapes: shapes})
}

// BuildWithBindings is BuildWithShapes with declared input ranges too (Options.InputRanges): the
// encoding registered then records both.
func BuildWithBindings(data []byte, bind inference.InputBindings) (*Artifact, error) {
	enc, err := bind.Encode()
	if err != nil {
		return nil, fmt.Errorf("input shapes: %w", err)
	}
	opt, err := CompileOptions(enc)
	if err != nil {
		return nil, err
	}
	m, err := onnx.Decode(data, onnx.DefaultLimits)
	if err != nil {
		return nil, fmt.Errorf("decode model: %w", err)
	}
	p, err := inference.Compile(m, opt)
	if err != nil {
		return nil, fmt.Errorf("compile model: %w", err)
	}
	res, err := CheckResources(p, MaxInferenceBytes)
	if err != nil {
		return nil, err
	}
	h, err := contentHash(data)
	if err != nil {
		return nil, err
	}
	return &Artifact{OnnxHash: h, ProgramHash: p.Hash(), LayoutRoot: p.Layout().Root(), InputShapes: enc, Program: p, Resources: res}, nil
}

// BuildFile is Build of the file at path.
func BuildFile(path string) (*Artifact, error) { return BuildFileWithShapes(path, nil) }

// BuildFileWithShapes is BuildWithShapes of the file at path.
func BuildFileWithShapes(path string, shapes map[string][]int64) (*Artifact, error) {
	return BuildFileWithBindings(path, inference.InputBindings{Shapes: shapes})
}

// BuildFileWithBindings is BuildWithBindings on a file.
func BuildFileWithBindings(path string, bind inference.InputBindings) (*Artifact, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read model: %w", err)
	}
	a, err := BuildWithBindings(data, bind)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return a, nil
}
