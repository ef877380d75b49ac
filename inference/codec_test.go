package inference

import (
	"errors"
	"math"
	"testing"
)

func TestDecodeInputForms(t *testing.T) {
	p := &Program{Values: []Value{{Name: "x", Shape: []int64{1, 3}, Scale: 24}}, Inputs: []int32{0}}
	// uint8 form: b/255 rounded exactly; matches float quantization of b/255.
	got, err := DecodeInput(p, []byte{0, 128, 255})
	if err != nil {
		t.Fatal(err)
	}
	for i, b := range []byte{0, 128, 255} {
		want, _ := Quantize(float64(b)/255, 24)
		if got[0][i] != want {
			t.Fatalf("byte %d: %d, want %d", b, got[0][i], want)
		}
	}
	for b := 0; b < 256; b++ {
		q, _ := DecodeInput(p, []byte{byte(b), 0, 0})
		want := int64(math.RoundToEven(float64(b) * (1 << 24) / 255))
		if q[0][0] != want {
			t.Fatalf("byte %d: %d, want %d", b, q[0][0], want)
		}
	}
	// int64 form round-trips with the output encoding.
	raw := EncodeOutput([][]int64{{-5, 0, 1 << 40}})
	got, err = DecodeInput(p, raw)
	if err != nil || got[0][0] != -5 || got[0][2] != 1<<40 {
		t.Fatalf("int64 form: %v %v", got, err)
	}
	// Anything else is invalid input.
	if _, err := DecodeInput(p, make([]byte, 5)); !errors.Is(err, ErrInvalidInput) {
		t.Fatalf("5 bytes: %v", err)
	}
	pi := &Program{Values: []Value{{Name: "i", Shape: []int64{2}, Int: true, DType: 3 /* int8 */}}, Inputs: []int32{0}}
	if _, err := DecodeInput(pi, EncodeOutput([][]int64{{1, 300}})); !errors.Is(err, ErrInvalidInput) {
		t.Fatalf("int8 out of range: %v", err)
	}
}

// A divisor whose double leaves int64 is an overflow error, never a panic (found by the
// Go ↔ Solidity differential test).
func TestDivByHugeDivisorIsAnError(t *testing.T) {
	var a arith
	if v := a.div(5, 1<<62); v != 0 || !a.overflow {
		t.Fatalf("div by 2^62: %d, overflow %v", v, a.overflow)
	}
}
