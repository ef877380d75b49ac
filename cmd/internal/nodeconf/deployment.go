package nodeconf

import (
	"encoding/json"
	"fmt"
	"os"

	"github.com/ethereum/go-ethereum/common"
)

// Deployment is what a devnet writes for the other commands (and any script) to find it.
type Deployment struct {
	ChainID         uint64         `json:"chain_id"`
	HTTP            string         `json:"http"`
	WS              string         `json:"ws"`
	Registry        common.Address `json:"registry"`
	Oracle          common.Address `json:"oracle"`
	DigitClassifier common.Address `json:"digit_classifier"`
	ResultStore     common.Address `json:"result_store"`
	DisputeGame     common.Address `json:"dispute_game"`
	OneStepVerifier common.Address `json:"one_step_verifier"`
	IMOFactory      common.Address `json:"imo_factory"`
	DigitNFT        common.Address `json:"digit_nft,omitempty"` // ERC-7007 collection of mnist-8 outputs
	// StartBlock is the head before the first deployment: where a node or verifier configured
	// against this devnet starts scanning (contracts.start_block).
	StartBlock uint64            `json:"start_block"`
	Models     map[string]uint64 `json:"models"`
	Accounts   []DevAccount      `json:"accounts"`
}

// DevAccount is a funded devnet account. Its key is derived from its public name: devnet only.
type DevAccount struct {
	Name       string         `json:"name"`
	Address    common.Address `json:"address"`
	PrivateKey string         `json:"private_key"`
}

// ReadDeployment reads a deployment file written by `auspex devnet`.
func ReadDeployment(path string) (Deployment, error) {
	var d Deployment
	b, err := os.ReadFile(path)
	if err != nil {
		return d, fmt.Errorf("deployment file: %w", err)
	}
	if err := json.Unmarshal(b, &d); err != nil {
		return d, fmt.Errorf("deployment file %s: %w", path, err)
	}
	return d, nil
}
