package zk

import (
	"archive/tar"
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/ethereum/go-ethereum/common"

	"github.com/auspex-labs/auspex/inference"
)

// BundleFile is the proving-key bundle `zk setup` writes into a keys directory: what a ZK model
// publishes at its zkKeysUri, with its sha256 registered as zkKeysHash, so that any operator can
// prove the model's runs (docs/ZK.md "Publishing the keys").
const BundleFile = "keys.tar"

// bundled are a bundle's files in their order: what the keys prove first, so that a reader refuses
// keys for another program before it reads hundreds of megabytes; the Solidity verifier last, for
// anyone who wants to check the deployed one against it.
var bundled = []string{metaFile, vkFile, ccsFile, pkFile, verifierFile}

// epoch is every bundle entry's modification time: the same keys always pack to the same bytes.
var epoch = time.Unix(0, 0).UTC()

// WriteBundle packs the keys in dir (as Write leaves them) into dir/keys.tar, a plain tar with fixed
// order, times and modes, and returns its path and sha256.
func WriteBundle(dir string) (string, common.Hash, error) {
	if _, err := ReadMeta(dir); err != nil {
		return "", common.Hash{}, err
	}
	path := filepath.Join(dir, BundleFile)
	tmp, err := os.CreateTemp(dir, "keys-*.tmp")
	if err != nil {
		return "", common.Hash{}, err
	}
	defer os.Remove(tmp.Name()) // after the rename, a no-op
	h := sha256.New()
	err = writeTar(dir, io.MultiWriter(tmp, h))
	if err = errors.Join(err, tmp.Close()); err != nil {
		return "", common.Hash{}, fmt.Errorf("bundle %s: %w", dir, err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return "", common.Hash{}, err
	}
	return path, common.BytesToHash(h.Sum(nil)), nil
}

// BundleHash is the sha256 of the bundle WriteBundle would write for the keys in dir, computed
// without writing it: how a node matches a directory of keys it holds to a model's zkKeysHash.
func BundleHash(dir string) (common.Hash, error) {
	if _, err := ReadMeta(dir); err != nil {
		return common.Hash{}, err
	}
	h := sha256.New()
	if err := writeTar(dir, h); err != nil {
		return common.Hash{}, fmt.Errorf("bundle %s: %w", dir, err)
	}
	return common.BytesToHash(h.Sum(nil)), nil
}

func writeTar(dir string, w io.Writer) error {
	tw := tar.NewWriter(w)
	for _, name := range bundled {
		if err := addFile(tw, dir, name); err != nil {
			return err
		}
	}
	return tw.Close()
}

func addFile(tw *tar.Writer, dir, name string) error {
	f, err := os.Open(filepath.Join(dir, name))
	if err != nil {
		return err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return err
	}
	hdr := &tar.Header{Typeflag: tar.TypeReg, Name: name, Size: st.Size(), Mode: 0o644, ModTime: epoch, Format: tar.FormatUSTAR}
	if err := tw.WriteHeader(hdr); err != nil {
		return err
	}
	_, err = io.Copy(tw, f)
	return err
}

// LoadBundle reads proving keys for program p from a bundle (WriteBundle), streaming each key into
// gnark without unpacking it to disk. It refuses a bundle for another program or input form, one
// with a file missing, repeated or out of place, and anything after the last file. It trusts the
// keys' headers: for a bundle from anyone else, use LoadBundleFile, which checks it isolated first.
func LoadBundle(r io.Reader, p *inference.Program) (*Keys, error) {
	if p == nil {
		return nil, errors.New("zk keys bundle: no program to load it for")
	}
	return decodeBundle(r, p)
}

// decodeBundle is LoadBundle; with p nil it decodes the keys of any program (the isolated check).
func decodeBundle(r io.Reader, p *inference.Program) (k *Keys, err error) {
	// The bundle is the model creator's, who may be hostile: a decoder that panics on crafted
	// keys must not take the node down with it.
	defer func() {
		if v := recover(); v != nil {
			k, err = nil, fmt.Errorf("zk keys bundle: malformed keys: %v", v)
		}
	}()
	tr := tar.NewReader(r)
	k = &Keys{P: p, VK: groth16.NewVerifyingKey(ecc.BN254), CCS: groth16.NewCS(ecc.BN254), PK: groth16.NewProvingKey(ecc.BN254)}
	readers := map[string]io.ReaderFrom{vkFile: k.VK, ccsFile: k.CCS, pkFile: k.PK}
	for _, want := range bundled {
		hdr, err := tr.Next()
		if err != nil {
			return nil, fmt.Errorf("zk keys bundle: reading %s: %w", want, err)
		}
		if hdr.Name != want || hdr.Typeflag != tar.TypeReg {
			return nil, fmt.Errorf("zk keys bundle: entry %q where %s belongs", hdr.Name, want)
		}
		switch want {
		case metaFile:
			b, err := io.ReadAll(io.LimitReader(tr, 1<<16))
			if err != nil {
				return nil, fmt.Errorf("zk keys bundle: %w", err)
			}
			info, err := parseMeta(b, "zk keys bundle")
			if err != nil {
				return nil, err
			}
			if p != nil && info.ProgramHash != p.Hash() {
				return nil, fmt.Errorf("zk keys bundle is for program %s, not %s", info.ProgramHash.Hex(), p.Hash().Hex())
			}
			k.Binding, k.Checks = info.Binding, info.Checks
		case verifierFile:
			// Not needed to prove; kept in the bundle for anyone checking the deployed verifier.
		default:
			if _, err := readers[want].ReadFrom(tr); err != nil {
				return nil, fmt.Errorf("zk keys bundle: read %s: %w", want, err)
			}
		}
	}
	if _, err := tr.Next(); err != io.EOF {
		return nil, fmt.Errorf("zk keys bundle: unexpected data after %s", verifierFile)
	}
	return k, nil
}

// LoadBundleFile loads a published bundle, which may be hostile: its circuit.json must be for p
// (read alone), its keys must decode in an isolated, capped process (CheckBundleIsolated), and only
// then are they decoded here.
func LoadBundleFile(ctx context.Context, path string, p *inference.Program) (*Keys, error) {
	if err := CheckBundleFor(path, p.Hash()); err != nil {
		return nil, err
	}
	if err := CheckBundleIsolated(ctx, path); err != nil {
		return nil, err
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return LoadBundle(f, p)
}

// BundleInfo reads what a bundle's keys prove (its first entry) without loading the keys.
func BundleInfo(path string) (Info, error) {
	f, err := os.Open(path)
	if err != nil {
		return Info{}, err
	}
	defer f.Close()
	tr := tar.NewReader(f)
	hdr, err := tr.Next()
	if err != nil || hdr.Name != metaFile {
		return Info{}, fmt.Errorf("%s is not a zk keys bundle (no %s first)", path, metaFile)
	}
	b, err := io.ReadAll(io.LimitReader(tr, 1<<16))
	if err != nil {
		return Info{}, fmt.Errorf("%s: %w", path, err)
	}
	return parseMeta(b, path)
}

// CheckBundleFor refuses a bundle whose keys (its circuit.json, read alone) are not for program.
func CheckBundleFor(path string, program common.Hash) error {
	info, err := BundleInfo(path)
	if err != nil {
		return err
	}
	if info.ProgramHash != program {
		return fmt.Errorf("zk keys bundle %s is for program %s, not %s", path, info.ProgramHash.Hex(), program.Hex())
	}
	return nil
}
