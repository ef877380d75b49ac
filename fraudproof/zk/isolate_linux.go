package zk

import (
	"os"
	"strconv"
	"strings"
	"syscall"
)

// limitAddressSpace caps the process's address space at what it maps now plus extra bytes.
func limitAddressSpace(extra uint64) error {
	if extra == 0 {
		return nil
	}
	var now uint64
	if b, err := os.ReadFile("/proc/self/statm"); err == nil {
		if f := strings.Fields(string(b)); len(f) > 0 {
			pages, _ := strconv.ParseUint(f[0], 10, 64)
			now = pages * uint64(os.Getpagesize())
		}
	}
	lim := &syscall.Rlimit{Cur: now + extra, Max: now + extra}
	return syscall.Setrlimit(syscall.RLIMIT_AS, lim)
}
