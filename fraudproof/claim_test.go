package fraudproof

import (
	"bytes"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

// TestClaimsAndAgreement: the verifier agrees with exactly the proposal the node makes from the same
// claim — results, execution errors (with their trace root) and invalid inputs, single and batch —
// and with nothing else.
func TestClaimsAndAgreement(t *testing.T) {
	p := doublingProgram(60)
	big, zero := []byte{255, 255, 255, 255}, make([]byte, 4)
	batch := mustPack(t, [][]byte{zero, big, zero})
	cases := []struct {
		name  string
		input []byte
		size  uint16
		code  uint16
	}{
		{"result", zero, 1, 0},
		{"execution error", big, 1, CodeExecution},
		{"invalid input", []byte{1, 2}, 1, CodeInvalidInput},
		{"batch result", mustPack(t, [][]byte{zero, zero}), 2, 0},
		{"batch with a failing item", batch, 3, CodeExecution},
		{"batch with an invalid item", mustPack(t, [][]byte{zero, {1}}), 2, CodeInvalidInput},
		{"batch of the wrong size", batch, 2, CodeInvalidInput},
	}
	for _, tc := range cases {
		c, err := NewClaim(p, tc.input, tc.size)
		if err != nil {
			t.Fatal(tc.name, err)
		}
		if c.Code() != tc.code {
			t.Fatalf("%s: code %d, want %d (%s)", tc.name, c.Code(), tc.code, c.Reason())
		}
		// The answer a node proposes (runs only) is the claim's, which it defends (with traces).
		a, err := c.Answer()
		if err != nil {
			t.Fatal(tc.name, err)
		}
		light, err := NewAnswer(p, tc.input, tc.size)
		if err != nil || !bytes.Equal(light.Output, a.Output) || light.Code != a.Code || light.Reason != a.Reason {
			t.Fatalf("%s: answer %+v (%v), claim's %+v", tc.name, light, err, a)
		}
		r := Proposed{Output: a.Output, IsError: a.Code != 0, ErrorCode: a.Code}
		if !a.Agrees(r) {
			t.Fatalf("%s: disagrees with its own proposal", tc.name)
		}
		if a.Code == 0 {
			wrong := r
			wrong.Output = append([]byte{}, r.Output...)
			wrong.Output[len(wrong.Output)-1] ^= 1
			if a.Agrees(wrong) {
				t.Fatalf("%s: agrees with other output bytes", tc.name)
			}
		}
		other := r
		other.IsError, other.ErrorCode = true, 3-max(a.Code, 1)
		if a.Agrees(other) {
			t.Fatalf("%s: agrees with another error code", tc.name)
		}
	}
	// A failing batch commits to the items up to the failing one, zero after it.
	c, _ := NewClaim(p, batch, 3)
	roots := c.ItemRoots()
	if len(c.Items) != 2 || roots[0] == (common.Hash{}) || roots[1] == (common.Hash{}) || roots[2] != (common.Hash{}) {
		t.Fatalf("failing batch: %d items, roots %v", len(c.Items), roots)
	}
}
