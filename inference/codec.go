package inference

import (
	"encoding/binary"
	"errors"
	"fmt"
)

// ErrInvalidInput: request bytes that do not decode to the program's inputs. The node answers
// such a request with an error proposal (docs/ENCODING.md, code 1), never with a guess.
var ErrInvalidInput = errors.New("input does not match the model's inputs")

// DecodeInput turns a request's input bytes into the program's input tensors (docs/ENCODING.md):
//   - 8 bytes per element of every input, in input order: big-endian two's-complement int64, the
//     fixed-point q of a real input at its scale or the value of an integer input;
//   - for a one-input model, 1 byte per element: a uint8 b meaning b/255 for a real input (pixel
//     intensities: q = round(b·2^s/255), computed exactly in integers) and b for an integer input.
func DecodeInput(p *Program, data []byte) ([][]int64, error) {
	var total int64
	for _, id := range p.Inputs {
		total += p.Values[id].Len()
	}
	out := make([][]int64, len(p.Inputs))
	switch {
	case int64(len(data)) == 8*total:
		off := 0
		for k, id := range p.Inputs {
			n := p.Values[id].Len()
			q := make([]int64, n)
			for i := range q {
				q[i] = int64(binary.BigEndian.Uint64(data[off:]))
				off += 8
			}
			out[k] = q
		}
	case len(p.Inputs) == 1 && int64(len(data)) == total:
		v := &p.Values[p.Inputs[0]]
		q := make([]int64, total)
		for i, b := range data {
			if v.Int {
				q[i] = int64(b)
				continue
			}
			// round-half-even(b·2^s / 255); 255 is odd, so no exact ties occur.
			num := int64(b) << v.Scale
			q[i] = (2*num + 255) / 510
		}
		out[0] = q
	default:
		return nil, fmt.Errorf("%w: %d bytes; the model takes %d elements (%d bytes as int64, or %d uint8 bytes for a one-input model)",
			ErrInvalidInput, len(data), total, 8*total, total)
	}
	for k, id := range p.Inputs {
		v := &p.Values[id]
		if !v.Int {
			continue
		}
		for _, x := range out[k] {
			if !fitsType(v.DType, x) {
				return nil, fmt.Errorf("%w: input %q: value %d out of range of its integer type", ErrInvalidInput, v.Name, x)
			}
		}
	}
	return out, nil
}

// EncodeOutput is the proposal's output bytes: every output tensor in order, each element a
// big-endian int64 (docs/ENCODING.md).
func EncodeOutput(outs [][]int64) []byte {
	n := 0
	for _, o := range outs {
		n += len(o)
	}
	buf := make([]byte, 0, 8*n)
	for _, o := range outs {
		for _, v := range o {
			buf = binary.BigEndian.AppendUint64(buf, uint64(v))
		}
	}
	return buf
}
