// Package solc compiles a Solidity file outside contracts/src (e.g. a verifier gnark exported for a
// model's circuit) with the project's npm-pinned solc and the settings of contracts/out
// (contracts/scripts/compile-file.js). It needs Node.js: in a checkout, scripts/npm-setup.sh's
// install; elsewhere, a copy of the script in the user's cache with the same solc from npm.
package solc

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"

	"github.com/ethereum/go-ethereum/common"

	"github.com/auspex-labs/auspex"
)

// Contract is a compiled contract.
type Contract struct {
	ABI json.RawMessage
	Bin []byte
}

const script = "contracts/scripts/compile-file.js"

// FindRoot is the project checkout at or above dir (where contracts/scripts lives).
func FindRoot(dir string) (string, error) {
	dir, err := filepath.Abs(dir)
	if err != nil {
		return "", err
	}
	for d := dir; ; d = filepath.Dir(d) {
		if _, err := os.Stat(filepath.Join(d, script)); err == nil {
			return d, nil
		}
		if filepath.Dir(d) == d {
			return "", fmt.Errorf("no %s at or above %s: run from an Auspex checkout", script, dir)
		}
	}
}

// CompileFile compiles contract name of file with the pinned solc of the checkout at root, with
// the settings of contracts/out (via-IR), or without via-IR when viaIR is false (third-party
// verifiers that hit its stack limits).
func CompileFile(ctx context.Context, root, file, name string, viaIR bool) (Contract, error) {
	if _, err := os.Stat(filepath.Join(root, "contracts", "node_modules", "solc")); err != nil {
		return Contract{}, errors.New("the pinned solc is not installed: run scripts/npm-setup.sh")
	}
	file, err := filepath.Abs(file)
	if err != nil {
		return Contract{}, err
	}
	args := []string{filepath.Join(root, script), file, name}
	if !viaIR {
		args = append(args, "--no-via-ir")
	}
	cmd := exec.CommandContext(ctx, "node", args...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return Contract{}, fmt.Errorf("solc %s: %w: %s", filepath.Base(file), err, stderr.String())
	}
	var c struct {
		ABI json.RawMessage `json:"abi"`
		Bin string          `json:"bin"`
	}
	if err := json.Unmarshal(out, &c); err != nil {
		return Contract{}, fmt.Errorf("solc output: %w", err)
	}
	if len(c.Bin) == 0 {
		return Contract{}, fmt.Errorf("solc: %s has no bytecode", name)
	}
	return Contract{ABI: c.ABI, Bin: common.FromHex(c.Bin)}, nil
}

// Install runs the checkout's scripts/npm-setup.sh (npm ci of the pinned solc, once).
func Install(ctx context.Context, root string) error {
	if _, err := os.Stat(filepath.Join(root, "contracts", "node_modules", "solc")); err == nil {
		return nil
	}
	cmd := exec.CommandContext(ctx, filepath.Join(root, "scripts", "npm-setup.sh"))
	if out, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("install the pinned solc (scripts/npm-setup.sh; needs Node.js and npm): %w: %s", err, out)
	}
	return nil
}

// Toolchain is a root whose contracts/ holds the pinned solc and compile-file.js: the checkout at
// or above dir (installed by scripts/npm-setup.sh if needed), or, outside one, a toolchain made in
// the user's cache from what the binary ships: the script and the exact solc version of
// contracts/package.json, installed from npm on first use. The same solc compiles the same bytes.
func Toolchain(ctx context.Context, dir string) (string, error) {
	if root, err := FindRoot(dir); err == nil {
		return root, Install(ctx, root)
	}
	return cachedToolchain(ctx)
}

func cachedToolchain(ctx context.Context) (string, error) {
	var pkg struct {
		DevDependencies map[string]string `json:"devDependencies"`
	}
	b, err := auspex.Shipped.ReadFile("contracts/package.json")
	if err != nil {
		return "", err
	}
	if err := json.Unmarshal(b, &pkg); err != nil || pkg.DevDependencies["solc"] == "" {
		return "", fmt.Errorf("the shipped contracts/package.json pins no solc: %v", err)
	}
	version := pkg.DevDependencies["solc"]
	cache, err := os.UserCacheDir()
	if err != nil {
		return "", fmt.Errorf("no cache directory for the pinned solc: %w", err)
	}
	root := filepath.Join(cache, "auspex", "solc-"+version)
	if _, err := os.Stat(filepath.Join(root, "contracts", "node_modules", "solc")); err == nil {
		return root, nil
	}
	// Built aside and renamed into place: a toolchain half installed is never used.
	if err := os.MkdirAll(filepath.Dir(root), 0o755); err != nil {
		return "", err
	}
	tmp, err := os.MkdirTemp(filepath.Dir(root), "solc-*.tmp")
	if err != nil {
		return "", err
	}
	defer os.RemoveAll(tmp)
	js, err := auspex.Shipped.ReadFile(script)
	if err != nil {
		return "", err
	}
	if err := os.MkdirAll(filepath.Join(tmp, "contracts", "scripts"), 0o755); err != nil {
		return "", err
	}
	manifest := fmt.Sprintf(`{"private": true, "dependencies": {"solc": %q}}`, version)
	if err := errors.Join(os.WriteFile(filepath.Join(tmp, script), js, 0o644),
		os.WriteFile(filepath.Join(tmp, "contracts", "package.json"), []byte(manifest), 0o644)); err != nil {
		return "", err
	}
	cmd := exec.CommandContext(ctx, "npm", "install", "--ignore-scripts", "--no-audit", "--no-fund", "--loglevel=error")
	cmd.Dir = filepath.Join(tmp, "contracts")
	if out, err := cmd.CombinedOutput(); err != nil {
		return "", fmt.Errorf("install solc %s from npm into %s (needs Node.js and npm): %w: %s", version, root, err, out)
	}
	if err := os.Rename(tmp, root); err != nil && !os.IsExist(err) {
		if _, statErr := os.Stat(filepath.Join(root, "contracts", "node_modules", "solc")); statErr != nil {
			return "", err
		}
	}
	return root, nil
}
