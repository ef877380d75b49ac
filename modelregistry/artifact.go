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
	Program     *inference.Program
	Resources   inference.Resources // what one inference costs, within the protocol bounds
}

// Build compiles model bytes with the options every node uses (inference.DefaultOptions), giving
// the hashes a model creator registers. It refuses a model over the protocol bounds
// (CheckResources: ErrModelTooLarge), before hashing the program: no node would serve it.
func Build(data []byte) (*Artifact, error) {
	m, err := onnx.Decode(data, onnx.DefaultLimits)
	if err != nil {
		return nil, fmt.Errorf("decode model: %w", err)
	}
	p, err := inference.Compile(m, inference.DefaultOptions)
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
	return &Artifact{OnnxHash: h, ProgramHash: p.Hash(), LayoutRoot: p.Layout().Root(), Program: p, Resources: res}, nil
}

// BuildFile is Build of the file at path.
func BuildFile(path string) (*Artifact, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read model: %w", err)
	}
	a, err := Build(data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return a, nil
}
