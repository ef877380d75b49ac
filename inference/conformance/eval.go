package conformance

import (
	"encoding/binary"
	"fmt"
	"math"
	"os"

	"github.com/auspex-labs/auspex/inference"
)

// Preprocess maps a pixel 0..255 to the model's input domain.
type Preprocess string

// The preprocessings of the shared MNIST models.
const (
	Raw  Preprocess = "raw"  // pixel value
	Unit Preprocess = "unit" // x/255
	Norm Preprocess = "norm" // (x/255 − 0.1307)/0.3081
)

func (p Preprocess) apply(px byte) (float64, error) {
	x := float64(px)
	switch p {
	case Raw:
		return x, nil
	case Unit:
		return x / 255, nil
	case Norm:
		return (x/255 - 0.1307) / 0.3081, nil
	}
	return 0, fmt.Errorf("unknown preprocessing %q (raw, unit, norm)", p)
}

// ReadIDX reads an IDX file (MNIST's format): its dimensions and bytes.
func ReadIDX(path string) ([]int, []byte, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, nil, err
	}
	if len(data) < 4 || data[0] != 0 || data[1] != 0 || data[2] != 0x08 {
		return nil, nil, fmt.Errorf("%s: not an unsigned-byte IDX file", path)
	}
	nd := int(data[3])
	if len(data) < 4+4*nd {
		return nil, nil, fmt.Errorf("%s: truncated header", path)
	}
	dims := make([]int, nd)
	total := 1
	for i := range dims {
		dims[i] = int(binary.BigEndian.Uint32(data[4+4*i:]))
		total *= dims[i]
	}
	body := data[4+4*nd:]
	if len(body) != total {
		return nil, nil, fmt.Errorf("%s: %d bytes for dimensions %v", path, len(body), dims)
	}
	return dims, body, nil
}

// EvalResult summarises a model on a labelled image set.
type EvalResult struct {
	N         int
	Correct   int     // program top-1 equals the label
	Agree     int     // program top-1 equals the reference's top-1
	MaxDiff   float64 // largest |program − reference| output
	Reference bool
}

func (e EvalResult) String() string {
	acc := float64(e.Correct) / float64(max(e.N, 1))
	agr, md := "n/a", "n/a"
	if e.Reference {
		agr = fmt.Sprintf("%.4f", float64(e.Agree)/float64(max(e.N, 1)))
		md = fmt.Sprintf("%.6g", e.MaxDiff)
	}
	return fmt.Sprintf("accuracy=%.4f agreement=%s maxdiff=%s n=%d", acc, agr, md, e.N)
}

// Eval runs p on the first limit images (all if limit ≤ 0), each preprocessed and quantized at
// the input's scale, and compares the top-1 class with the labels and with reference rows
// (float32 little-endian, one row of outputs per image; nil to skip).
func Eval(p *inference.Program, images, labels []byte, imageSize int, pre Preprocess, reference []float32, limit int) (EvalResult, error) {
	var r EvalResult
	n := len(labels)
	if limit > 0 {
		n = min(n, limit)
	}
	if len(images) < n*imageSize {
		return r, fmt.Errorf("%d image bytes for %d images of %d", len(images), n, imageSize)
	}
	if len(p.Inputs) != 1 {
		return r, fmt.Errorf("model takes %d inputs, eval feeds one image", len(p.Inputs))
	}
	in := p.Values[p.Inputs[0]]
	if in.Len() != int64(imageSize) || in.Int {
		return r, fmt.Errorf("model input %v (integer: %v) does not take a %d-pixel image", in.Shape, in.Int, imageSize)
	}
	outLen := int(p.Values[p.Outputs[0]].Len())
	if reference != nil && len(reference) < n*outLen {
		return r, fmt.Errorf("reference holds %d values, %d images of %d outputs need %d", len(reference), n, outLen, n*outLen)
	}
	r.Reference = reference != nil
	q := make([]int64, imageSize)
	for i := 0; i < n; i++ {
		for k := 0; k < imageSize; k++ {
			x, err := pre.apply(images[i*imageSize+k])
			if err != nil {
				return r, err
			}
			if q[k], err = inference.Quantize(x, in.Scale); err != nil {
				return r, err
			}
		}
		outs, err := inference.Run(p, [][]int64{q})
		if err != nil {
			return r, fmt.Errorf("image %d: %w", i, err)
		}
		out := outs[0]
		sc := p.Values[p.Outputs[0]].Scale
		best := argmax(out)
		r.N++
		if best == int(labels[i]) {
			r.Correct++
		}
		if reference != nil {
			row := reference[i*outLen : (i+1)*outLen]
			ref := make([]int64, outLen)
			for k, f := range row {
				ref[k] = int64(math.Round(float64(f) * 1e6)) // only for argmax
				r.MaxDiff = math.Max(r.MaxDiff, math.Abs(inference.Dequantize(out[k], sc)-float64(f)))
			}
			if argmax(ref) == best {
				r.Agree++
			}
		}
	}
	return r, nil
}

func argmax(xs []int64) int {
	best := 0
	for i, x := range xs {
		if x > xs[best] {
			best = i
		}
	}
	return best
}

// ReadF32 reads little-endian float32 values.
func ReadF32(path string) ([]float32, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	if len(data)%4 != 0 {
		return nil, fmt.Errorf("%s: %d bytes is not a float32 array", path, len(data))
	}
	out := make([]float32, len(data)/4)
	for i := range out {
		out[i] = math.Float32frombits(binary.LittleEndian.Uint32(data[4*i:]))
	}
	return out, nil
}
