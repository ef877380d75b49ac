package main

import (
	"bytes"
	"context"
	"encoding/json"
	"strings"
	"testing"

	"github.com/rs/zerolog"
	"github.com/spf13/viper"
)

// The README's main command, run as a test from the repository root on every shipped digit.
func TestDemoClassifiesEveryShippedDigit(t *testing.T) {
	t.Chdir("../..")
	for i := 0; i < 4; i++ {
		v := viper.New()
		v.Set("demo.image_index", i)
		cfg, err := loadConfig(v, "configs/devnet.yaml")
		if err != nil {
			t.Fatal(err)
		}
		var out bytes.Buffer
		d := &demo{cfg: cfg, log: zerolog.Nop(), out: &out, json: true}
		if err := d.run(context.Background()); err != nil {
			t.Fatalf("image %d: %v", i, err)
		}
		var res struct {
			Digit, Label int
			Steps        []step
		}
		if err := json.Unmarshal(out.Bytes(), &res); err != nil {
			t.Fatal(err)
		}
		if res.Digit != res.Label {
			t.Fatalf("image %d: stored digit %d, label %d", i, res.Digit, res.Label)
		}
		last := res.Steps[len(res.Steps)-1].Action
		if !strings.Contains(last, "exactly the operator's bond") {
			t.Fatalf("image %d: last step %q", i, last)
		}
	}
}

func TestConfigCheckRejectsBadValues(t *testing.T) {
	t.Chdir("../..")
	v := viper.New()
	v.Set("protocol.operator_fee_wei", "-1")
	v.Set("demo.challenge_window", 10)
	_, err := loadConfig(v, "configs/devnet.yaml")
	if err == nil || !strings.Contains(err.Error(), "operator_fee_wei") || !strings.Contains(err.Error(), "challenge_window") {
		t.Fatalf("bad config accepted or error unclear: %v", err)
	}
	if _, err := loadConfig(viper.New(), "configs/missing.yaml"); err == nil {
		t.Fatal("missing config file accepted")
	}
}
