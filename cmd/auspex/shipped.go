package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/auspex-labs/auspex"
)

// shippedFile is path itself when it exists; else, for a file the binary ships with (a relative
// path such as models/mnist-8/model.onnx, run outside a checkout), its embedded copy written once
// under dir/shipped.
func shippedFile(path, dir string) (string, error) {
	if _, err := os.Stat(path); err == nil || filepath.IsAbs(path) {
		return filepath.Abs(path)
	}
	data, err := fs.ReadFile(auspex.Shipped, filepath.ToSlash(filepath.Clean(path)))
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return "", fmt.Errorf("%s: no such file here, and not one auspex ships with", path)
		}
		return "", err
	}
	out := filepath.Join(dir, "shipped", filepath.Clean(path))
	if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
		return "", err
	}
	if err := os.WriteFile(out, data, 0o644); err != nil {
		return "", err
	}
	return out, nil
}
