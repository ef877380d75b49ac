package onnx

import (
	"encoding/binary"
	"fmt"
	"math"

	"google.golang.org/protobuf/proto"

	"github.com/auspex-labs/auspex/inference/onnxpb"
)

// DataType is an ONNX tensor element type (TensorProto.DataType).
type DataType int32

// The ONNX element types.
const (
	Undefined  DataType = 0
	Float      DataType = 1
	Uint8      DataType = 2
	Int8       DataType = 3
	Uint16     DataType = 4
	Int16      DataType = 5
	Int32      DataType = 6
	Int64      DataType = 7
	String     DataType = 8
	Bool       DataType = 9
	Float16    DataType = 10
	Double     DataType = 11
	Uint32     DataType = 12
	Uint64     DataType = 13
	Complex64  DataType = 14
	Complex128 DataType = 15
	BFloat16   DataType = 16
	// The small float formats (real values) and the packed sub-byte integers.
	Float8E4M3FN   DataType = 17
	Float8E4M3FNUZ DataType = 18
	Float8E5M2     DataType = 19
	Float8E5M2FNUZ DataType = 20
	Uint4          DataType = 21
	Int4           DataType = 22
	Float4E2M1     DataType = 23
	Float8E8M0     DataType = 24
	Uint2          DataType = 25
	Int2           DataType = 26
)

var dataTypeNames = map[DataType]string{
	Undefined: "UNDEFINED", Float: "FLOAT", Uint8: "UINT8", Int8: "INT8", Uint16: "UINT16", Int16: "INT16",
	Int32: "INT32", Int64: "INT64", String: "STRING", Bool: "BOOL", Float16: "FLOAT16", Double: "DOUBLE",
	Uint32: "UINT32", Uint64: "UINT64", Complex64: "COMPLEX64", Complex128: "COMPLEX128", BFloat16: "BFLOAT16",
	Float8E4M3FN: "FLOAT8E4M3FN", Float8E4M3FNUZ: "FLOAT8E4M3FNUZ", Float8E5M2: "FLOAT8E5M2", Float8E5M2FNUZ: "FLOAT8E5M2FNUZ",
	Uint4: "UINT4", Int4: "INT4", Float4E2M1: "FLOAT4E2M1", Float8E8M0: "FLOAT8E8M0", Uint2: "UINT2", Int2: "INT2",
}

func (d DataType) String() string {
	if n, ok := dataTypeNames[d]; ok {
		return n
	}
	return fmt.Sprintf("DataType(%d)", int32(d))
}

// IsFloat reports whether values of d are floating point.
func (d DataType) IsFloat() bool {
	return d == Float || d == Double || d == Float16 || d == BFloat16 || d.IsSmallFloat()
}

// IsSmallFloat reports whether d is one of the 8- and 4-bit float formats (FLOAT8*, FLOAT4E2M1).
func (d DataType) IsSmallFloat() bool {
	_, ok := smallFloats[d]
	return ok
}

// SmallFloat describes an 8- or 4-bit float format: its bits, bias, and which encodings are
// special. Values are sign · 2^(e − Bias) · (1 + m/2^Mant), subnormal for e = 0 (except E8M0,
// which has no sign or mantissa: 2^(e − 127)).
type SmallFloat struct {
	Exp, Mant, Bias int
	// Inf: the all-ones exponent with a zero mantissa is ±Inf and the others NaN (IEEE, E5M2).
	// NaNAllOnes: only the all-ones pattern (exponent and mantissa) is NaN (E4M3FN, E8M0).
	// NaNNegZero: the negative-zero pattern is NaN, there is no −0 and no Inf (the FNUZ formats).
	Inf, NaNAllOnes, NaNNegZero bool
	// Max is the largest finite value.
	Max float64
}

var smallFloats = map[DataType]SmallFloat{
	Float8E4M3FN:   {Exp: 4, Mant: 3, Bias: 7, NaNAllOnes: true, Max: 448},
	Float8E4M3FNUZ: {Exp: 4, Mant: 3, Bias: 8, NaNNegZero: true, Max: 240},
	Float8E5M2:     {Exp: 5, Mant: 2, Bias: 15, Inf: true, Max: 57344},
	Float8E5M2FNUZ: {Exp: 5, Mant: 2, Bias: 16, NaNNegZero: true, Max: 57344},
	Float4E2M1:     {Exp: 2, Mant: 1, Bias: 1, Max: 6},
	Float8E8M0:     {Exp: 8, Mant: 0, Bias: 127, NaNAllOnes: true, Max: 0x1p127},
}

// SmallFloatFormat returns d's format, if d is a small float type.
func SmallFloatFormat(d DataType) (SmallFloat, bool) {
	f, ok := smallFloats[d]
	return f, ok
}

// Decode reads one value from its bit pattern (the low Exp+Mant+1 bits; E8M0 has no sign bit).
func (f SmallFloat) Decode(bits uint8) float64 {
	sign := 1.0
	width := f.Exp + f.Mant
	if f.Exp != 8 || f.Mant != 0 { // E8M0 is unsigned
		if bits>>width&1 != 0 {
			sign = -1
		}
		width++
	}
	bits &= uint8(1<<width - 1)
	body := bits
	if sign < 0 {
		body = bits &^ (1 << (width - 1))
	}
	e := int(body >> f.Mant)
	m := int(body) & (1<<f.Mant - 1)
	eMax := 1<<f.Exp - 1
	switch {
	case f.NaNNegZero && sign < 0 && body == 0:
		return math.NaN()
	case f.NaNAllOnes && e == eMax && m == 1<<f.Mant-1:
		return math.NaN()
	case f.Inf && e == eMax:
		if m == 0 {
			return math.Inf(int(sign))
		}
		return math.NaN()
	}
	if f.Mant == 0 { // E8M0
		return math.Ldexp(1, e-f.Bias)
	}
	if e == 0 {
		return sign * math.Ldexp(float64(m), 1-f.Bias-f.Mant)
	}
	return sign * math.Ldexp(float64(m+1<<f.Mant), e-f.Bias-f.Mant)
}

// IsInt reports whether values of d are integers or booleans (held exactly in int64).
func (d DataType) IsInt() bool {
	switch d {
	case Uint8, Int8, Uint16, Int16, Int32, Int64, Bool, Uint32, Uint64, Uint4, Int4, Uint2, Int2:
		return true
	}
	return false
}

// IsSubByte reports whether d is a packed sub-byte integer type (INT4, UINT4, INT2, UINT2).
func (d DataType) IsSubByte() bool { return d.IsInt() && d.subByteBits() != 0 }

// subByteBits is the width of a packed sub-byte element type (4 or 2), 0 for the others.
func (d DataType) subByteBits() int {
	switch d {
	case Uint4, Int4, Float4E2M1:
		return 4
	case Uint2, Int2:
		return 2
	}
	return 0
}

// fromBits widens one element of a packed sub-byte type from its low bits.
func (d DataType) fromBits(b uint8) (int64, float64) {
	switch d {
	case Uint4, Uint2:
		return int64(b), 0
	case Int4:
		return int64(int8(b<<4) >> 4), 0
	case Int2:
		return int64(int8(b<<6) >> 6), 0
	}
	return 0, smallFloats[d].Decode(b)
}

// size is the byte width of one element in raw_data, 0 for unsupported types.
func (d DataType) size() int {
	switch d {
	case Uint8, Int8, Bool, Float8E4M3FN, Float8E4M3FNUZ, Float8E5M2, Float8E5M2FNUZ, Float8E8M0:
		return 1
	case Uint16, Int16, Float16, BFloat16:
		return 2
	case Float, Int32, Uint32:
		return 4
	case Int64, Double, Uint64:
		return 8
	}
	return 0
}

// Tensor is a constant tensor (an initializer or a tensor attribute) with its values widened
// exactly: Floats for float types, Ints for integer and bool types.
type Tensor struct {
	Name   string
	DType  DataType
	Shape  []int64
	Floats []float64
	Ints   []int64
}

// Len is the number of elements.
func (t *Tensor) Len() int {
	if t.DType.IsFloat() {
		return len(t.Floats)
	}
	return len(t.Ints)
}

// numElements multiplies dims, refusing negative dims and products above limit.
func numElements(dims []int64, limit int64) (int64, error) {
	n := int64(1)
	for _, d := range dims {
		if d < 0 {
			return 0, fmt.Errorf("negative dimension %d in %v", d, dims)
		}
		if d != 0 && n > limit/d {
			return 0, fmt.Errorf("shape %v has more than %d elements", dims, limit)
		}
		n *= d
	}
	if n > limit {
		return 0, fmt.Errorf("shape %v has more than %d elements", dims, limit)
	}
	return n, nil
}

// decodeTensor widens a TensorProto's values, checking the declared shape against the data and
// against lim before allocating.
func decodeTensor(tp *onnxpb.TensorProto, lim Limits) (*Tensor, error) {
	t := &Tensor{Name: tp.GetName(), DType: DataType(tp.GetDataType()), Shape: append([]int64{}, tp.GetDims()...)}
	if tp.GetSegment() != nil {
		return nil, fmt.Errorf("tensor %q: segmented tensors are not supported", t.Name)
	}
	if tp.GetDataLocation() == onnxpb.TensorProto_EXTERNAL || len(tp.GetExternalData()) > 0 {
		return nil, fmt.Errorf("tensor %q: external data is not supported (embed the weights in the model file)", t.Name)
	}
	n64, err := numElements(t.Shape, lim.MaxTensorElements)
	if err != nil {
		return nil, fmt.Errorf("tensor %q: %w", t.Name, err)
	}
	n := int(n64)
	if !t.DType.IsFloat() && !t.DType.IsInt() {
		return nil, fmt.Errorf("tensor %q: element type %s is not supported", t.Name, t.DType)
	}
	if w := t.DType.subByteBits(); w != 0 {
		return t, t.unpack(tp, n, w)
	}
	if raw := tp.GetRawData(); raw != nil {
		if want := n * t.DType.size(); len(raw) != want {
			return nil, fmt.Errorf("tensor %q: raw_data has %d bytes, shape %v of %s needs %d", t.Name, len(raw), t.Shape, t.DType, want)
		}
		return t, t.fromRaw(raw, n)
	}
	return t, t.fromTyped(tp, n)
}

// unpack reads a packed sub-byte tensor: 8/w elements per byte, the first in the lowest bits, in
// raw_data or one byte per int32_data entry.
func (t *Tensor) unpack(tp *onnxpb.TensorProto, n, w int) error {
	per := 8 / w
	nb := (n + per - 1) / per
	raw := tp.GetRawData()
	if raw == nil {
		ints := tp.GetInt32Data()
		if len(ints) != nb {
			return fmt.Errorf("tensor %q: int32_data has %d values, shape %v of %s needs %d packed bytes", t.Name, len(ints), t.Shape, t.DType, nb)
		}
		raw = make([]byte, nb)
		for i, v := range ints {
			if v < 0 || v > 255 {
				return fmt.Errorf("tensor %q: int32_data value %d is not a packed byte", t.Name, v)
			}
			raw[i] = byte(v)
		}
	} else if len(raw) != nb {
		return fmt.Errorf("tensor %q: raw_data has %d bytes, shape %v of %s needs %d", t.Name, len(raw), t.Shape, t.DType, nb)
	}
	if t.DType.IsFloat() {
		t.Floats = make([]float64, n)
	} else {
		t.Ints = make([]int64, n)
	}
	for i := 0; i < n; i++ {
		b := raw[i/per] >> (w * (i % per)) & (1<<w - 1)
		iv, fv := t.DType.fromBits(b)
		if t.DType.IsFloat() {
			t.Floats[i] = fv
		} else {
			t.Ints[i] = iv
		}
	}
	return nil
}

func (t *Tensor) fromRaw(raw []byte, n int) error {
	le := binary.LittleEndian
	if t.DType.IsFloat() {
		t.Floats = make([]float64, n)
	} else {
		t.Ints = make([]int64, n)
	}
	for i := 0; i < n; i++ {
		switch t.DType {
		case Float:
			t.Floats[i] = float64(math.Float32frombits(le.Uint32(raw[4*i:])))
		case Double:
			t.Floats[i] = math.Float64frombits(le.Uint64(raw[8*i:]))
		case Float16:
			t.Floats[i] = halfToFloat64(le.Uint16(raw[2*i:]))
		case BFloat16:
			t.Floats[i] = float64(math.Float32frombits(uint32(le.Uint16(raw[2*i:])) << 16))
		case Float8E4M3FN, Float8E4M3FNUZ, Float8E5M2, Float8E5M2FNUZ, Float8E8M0:
			t.Floats[i] = smallFloats[t.DType].Decode(raw[i])
		case Uint8:
			t.Ints[i] = int64(raw[i])
		case Int8:
			t.Ints[i] = int64(int8(raw[i]))
		case Bool:
			t.Ints[i] = boolInt(raw[i] != 0)
		case Uint16:
			t.Ints[i] = int64(le.Uint16(raw[2*i:]))
		case Int16:
			t.Ints[i] = int64(int16(le.Uint16(raw[2*i:])))
		case Int32:
			t.Ints[i] = int64(int32(le.Uint32(raw[4*i:])))
		case Uint32:
			t.Ints[i] = int64(le.Uint32(raw[4*i:]))
		case Int64:
			t.Ints[i] = int64(le.Uint64(raw[8*i:]))
		case Uint64:
			v := le.Uint64(raw[8*i:])
			if v > math.MaxInt64 {
				return fmt.Errorf("tensor %q: uint64 value %d does not fit the engine's int64", t.Name, v)
			}
			t.Ints[i] = int64(v)
		}
	}
	return nil
}

// fromTyped reads the typed repeated fields, which ONNX assigns per element type.
func (t *Tensor) fromTyped(tp *onnxpb.TensorProto, n int) error {
	count := func(have int, field string) error {
		if have != n {
			return fmt.Errorf("tensor %q: %s has %d values, shape %v needs %d", t.Name, field, have, t.Shape, n)
		}
		return nil
	}
	switch t.DType {
	case Float:
		if err := count(len(tp.GetFloatData()), "float_data"); err != nil {
			return err
		}
		t.Floats = make([]float64, n)
		for i, v := range tp.GetFloatData() {
			t.Floats[i] = float64(v)
		}
	case Double:
		if err := count(len(tp.GetDoubleData()), "double_data"); err != nil {
			return err
		}
		t.Floats = append([]float64{}, tp.GetDoubleData()...)
	case Float16, BFloat16:
		// Stored as their 16-bit patterns in int32_data.
		if err := count(len(tp.GetInt32Data()), "int32_data"); err != nil {
			return err
		}
		t.Floats = make([]float64, n)
		for i, v := range tp.GetInt32Data() {
			if t.DType == Float16 {
				t.Floats[i] = halfToFloat64(uint16(v))
			} else {
				t.Floats[i] = float64(math.Float32frombits(uint32(uint16(v)) << 16))
			}
		}
	case Float8E4M3FN, Float8E4M3FNUZ, Float8E5M2, Float8E5M2FNUZ, Float8E8M0:
		// One bit pattern per int32_data entry.
		if err := count(len(tp.GetInt32Data()), "int32_data"); err != nil {
			return err
		}
		t.Floats = make([]float64, n)
		for i, v := range tp.GetInt32Data() {
			t.Floats[i] = smallFloats[t.DType].Decode(uint8(v))
		}
	case Int64:
		if err := count(len(tp.GetInt64Data()), "int64_data"); err != nil {
			return err
		}
		t.Ints = append([]int64{}, tp.GetInt64Data()...)
	case Uint32, Uint64:
		if err := count(len(tp.GetUint64Data()), "uint64_data"); err != nil {
			return err
		}
		t.Ints = make([]int64, n)
		for i, v := range tp.GetUint64Data() {
			if v > math.MaxInt64 || (t.DType == Uint32 && v > math.MaxUint32) {
				return fmt.Errorf("tensor %q: value %d out of range for %s", t.Name, v, t.DType)
			}
			t.Ints[i] = int64(v)
		}
	default: // INT32, INT16, INT8, UINT16, UINT8, BOOL live in int32_data
		if err := count(len(tp.GetInt32Data()), "int32_data"); err != nil {
			return err
		}
		t.Ints = make([]int64, n)
		for i, v := range tp.GetInt32Data() {
			t.Ints[i] = int64(v)
			if t.DType == Bool {
				t.Ints[i] = boolInt(v != 0)
			}
		}
	}
	return nil
}

func boolInt(b bool) int64 {
	if b {
		return 1
	}
	return 0
}

// halfToFloat64 converts IEEE 754 binary16 bits exactly.
func halfToFloat64(h uint16) float64 {
	sign := 1.0
	if h&0x8000 != 0 {
		sign = -1
	}
	exp := int(h>>10) & 0x1f
	frac := float64(h & 0x3ff)
	switch exp {
	case 0:
		return sign * math.Ldexp(frac, -24)
	case 0x1f:
		if frac == 0 {
			return math.Inf(int(sign))
		}
		return math.NaN()
	}
	return sign * math.Ldexp(1024+frac, exp-25)
}

// DecodeTensor parses a serialized TensorProto (the .pb files of ONNX test data).
func DecodeTensor(data []byte, lim Limits) (*Tensor, error) {
	var tp onnxpb.TensorProto
	if err := proto.Unmarshal(data, &tp); err != nil {
		return nil, invalid("not a protobuf TensorProto: %v", err)
	}
	t, err := decodeTensor(&tp, lim)
	if err != nil {
		return nil, invalid("%v", err)
	}
	return t, nil
}
