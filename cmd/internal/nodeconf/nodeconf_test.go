package nodeconf

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/google/uuid"
	"github.com/spf13/viper"
)

func TestExampleConfigLoads(t *testing.T) {
	t.Setenv("AUSPEX_CONTRACTS_ORACLE", "0x00000000000000000000000000000000000000aa")
	t.Setenv("AUSPEX_CONTRACTS_REGISTRY", "0x00000000000000000000000000000000000000bb")
	t.Setenv("AUSPEX_ENGINE_THREADS", "3")
	f, err := Load(viper.New(), filepath.Join("..", "..", "..", "configs", "node.example.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	c, err := f.NodeConfig()
	if err != nil {
		t.Fatal(err)
	}
	if c.Oracle != common.HexToAddress("0xaa") {
		t.Fatalf("env did not override the oracle address: %s", c.Oracle)
	}
	if c.ReorgDepth != 64 || c.Workers != 2 || c.Threads != 3 || c.Tx.FeeBumpPercent != 15 {
		t.Fatalf("values not read: %+v", c)
	}
	// The example's zero addresses must fail the check without the overrides.
	os.Unsetenv("AUSPEX_CONTRACTS_ORACLE")
	f, _ = Load(viper.New(), filepath.Join("..", "..", "..", "configs", "node.example.yaml"))
	if _, err := f.NodeConfig(); err == nil {
		t.Fatal("zero oracle address passed the check")
	}
}

func TestRawKeyRefused(t *testing.T) {
	p := filepath.Join(t.TempDir(), "c.yaml")
	os.WriteFile(p, []byte("private_key: \"0x1234\"\n"), 0o600)
	if _, err := Load(viper.New(), p); err == nil || !strings.Contains(err.Error(), "raw secrets") {
		t.Fatalf("raw key accepted: %v", err)
	}
}

func TestKeystore(t *testing.T) {
	dir := t.TempDir()
	pk, _ := crypto.GenerateKey()
	k := &keystore.Key{Id: uuid.New(), Address: crypto.PubkeyToAddress(pk.PublicKey), PrivateKey: pk}
	blob, err := keystore.EncryptKey(k, "s3cret", keystore.LightScryptN, keystore.LightScryptP)
	if err != nil {
		t.Fatal(err)
	}
	kf := filepath.Join(dir, "UTC--x--"+strings.ToLower(k.Address.Hex()[2:]))
	os.WriteFile(kf, blob, 0o600)
	pw := filepath.Join(dir, "..", "pw")
	os.WriteFile(pw, []byte("s3cret\n"), 0o600)

	var f File
	f.Keystore.Path, f.Keystore.PasswordFile = kf, pw
	got, err := f.LoadKey()
	if err != nil || crypto.PubkeyToAddress(got.PublicKey) != k.Address {
		t.Fatalf("file + password file: %v", err)
	}
	f.Keystore.Path, f.Keystore.Address, f.Keystore.PasswordFile = dir, k.Address.Hex(), ""
	t.Setenv(PasswordEnv, "s3cret")
	if _, err := f.LoadKey(); err != nil {
		t.Fatalf("directory + env password: %v", err)
	}
	t.Setenv(PasswordEnv, "wrong")
	if _, err := f.LoadKey(); err == nil {
		t.Fatal("wrong password accepted")
	}
}

func TestVerifierExampleConfigLoads(t *testing.T) {
	t.Setenv("AUSPEX_CONTRACTS_ORACLE", "0x00000000000000000000000000000000000000aa")
	t.Setenv("AUSPEX_CONTRACTS_REGISTRY", "0x00000000000000000000000000000000000000bb")
	t.Setenv("AUSPEX_CONTRACTS_DISPUTE_GAME", "0x00000000000000000000000000000000000000cc")
	f, err := Load(viper.New(), filepath.Join("..", "..", "..", "configs", "verifier.example.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	c, err := f.VerifierConfig()
	if err != nil {
		t.Fatal(err)
	}
	if c.Game != common.HexToAddress("0xcc") || c.MetricsAddr != "127.0.0.1:9465" || c.Threads != 0 {
		t.Fatalf("verifier config: %+v", c)
	}
	os.Unsetenv("AUSPEX_CONTRACTS_DISPUTE_GAME")
	f, _ = Load(viper.New(), filepath.Join("..", "..", "..", "configs", "verifier.example.yaml"))
	if _, err := f.VerifierConfig(); err == nil {
		t.Fatal("a zero dispute game passed the check")
	}
}
