package zk

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"strconv"
	"strings"
)

// A bundle is the model creator's, who may be hostile, and gnark allocates what a key's header
// says before reading the data behind it: 169 bytes claiming a 2^40-element FFT domain make the
// runtime die of out-of-memory, which no recover catches. So a published bundle is decoded first
// in a child process (this executable, re-run with bundleCheckEnv set: the init below) whose
// address space is capped; only a bundle that decodes there within the cap is decoded in the
// node. Decoding is deterministic, so the node's decode needs no more than the child's did.
const (
	bundleCheckEnv = "AUSPEX_ZK_BUNDLE_CHECK"
	bundleLimitEnv = "AUSPEX_ZK_BUNDLE_LIMIT"
)

func init() {
	path := os.Getenv(bundleCheckEnv)
	if path == "" {
		return
	}
	limit, _ := strconv.ParseUint(os.Getenv(bundleLimitEnv), 10, 64)
	os.Exit(checkChild(path, limit))
}

// checkChild decodes every key of the bundle at path under an address-space cap of limit bytes
// more than the process uses now: 0 when they decode, 3 when they do not; a cap exceeded is the
// runtime's own fatal error (exit status 2).
func checkChild(path string, limit uint64) int {
	if err := limitAddressSpace(limit); err != nil {
		fmt.Fprintln(os.Stderr, "limit the address space:", err)
		return 3
	}
	f, err := os.Open(path)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 3
	}
	defer f.Close()
	if _, err := decodeBundle(f, nil); err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 3
	}
	return 0
}

// CheckBundleIsolated decodes the bundle at path in a child process capped at 2 GiB plus 16 times
// the bundle's size of address space, and returns why it failed: an error, a crash, or the cap.
func CheckBundleIsolated(ctx context.Context, path string) error {
	st, err := os.Stat(path)
	if err != nil {
		return err
	}
	exe, err := os.Executable()
	if err != nil {
		return fmt.Errorf("zk keys bundle: cannot re-run this executable to check it: %w", err)
	}
	limit := uint64(2<<30) + 16*uint64(st.Size())
	cmd := exec.CommandContext(ctx, exe)
	cmd.Env = append(os.Environ(), bundleCheckEnv+"="+path, bundleLimitEnv+"="+strconv.FormatUint(limit, 10))
	out, err := cmd.CombinedOutput()
	if err == nil {
		return nil
	}
	if ctx.Err() != nil {
		return ctx.Err()
	}
	msg := strings.TrimSpace(string(out))
	if i := strings.IndexByte(msg, '\n'); i >= 0 && strings.HasPrefix(msg, "fatal error") {
		msg = msg[:i] // the runtime's first line says it; its goroutine dump does not help
	}
	var ee *exec.ExitError
	if errors.As(err, &ee) && ee.ExitCode() == 3 {
		return fmt.Errorf("zk keys bundle does not decode: %s", msg)
	}
	return fmt.Errorf("zk keys bundle refused: decoding it in a process capped at %d MiB of address space failed (%v): %s", limit>>20, err, msg)
}
