package inference

import (
	"fmt"
	"slices"

	"github.com/auspex-labs/auspex/inference/onnx"
)

// OpCode names a program op. Each op's integer semantics is defined per output element (so the
// on-chain one-step verifier can recompute one element); the comment on each kernel states it.
type OpCode uint16

// The program's ops. Composite ONNX ops (Gemm, Softmax, BatchNormalization, …) are lowered to
// these at compile time.
const (
	OpCopy           OpCode = iota + 1 // out[i] = in[i] (Identity, Reshape, Flatten, Squeeze, Unsqueeze)
	OpAdd                              // broadcast a + b
	OpSub                              // broadcast a - b
	OpMul                              // broadcast a · b, rescaled
	OpDiv                              // broadcast a / b, rounded
	OpMax                              // broadcast max(a, b)
	OpMin                              // broadcast min(a, b)
	OpRelu                             // max(x, 0)
	OpLeakyRelu                        // x < 0 ? x·alpha : x; Args [alphaQ]
	OpClip                             // min(max(x, lo), hi); Args [lo, hi]
	OpNeg                              // -x
	OpAbs                              // |x|
	OpTable                            // interpolated table lookup; Args [table]
	OpSqrt                             // rounded sqrt
	OpMatMul                           // batched a @ b (+ bias), rescaled
	OpConv                             // N-d convolution (+ bias), rescaled; Args [group, (stride, dilation, padBegin) per axis]
	OpMaxPool                          // Args [(kernel, stride, dilation, padBegin) per axis]
	OpAvgPool                          // Args [countIncludePad, (kernel, stride, dilation, padBegin, padEnd) per axis]
	OpReduce                           // Args [kind, axis mask bits per axis]
	OpTranspose                        // Args perm
	OpConcat                           // Args [axis]
	OpSlice                            // Args [(start, step) per axis]
	OpPad                              // constant pad; Args [valueQ, (padBegin) per axis]
	OpGather                           // Args [axis]; In [data, indices(Int)]
	OpCast                             // scale/int conversions, see castKernel
	OpLog                              // natural log; Args [table, ln2Q]
	OpCompare                          // broadcast a ? b → bool; Args [kind]
	OpWhere                            // broadcast cond ? a : b
	OpRequant                          // per-channel integer rescale; Args [axis, K, C, inZp×C, M×C, outZp×C, lo, hi]
	OpExpand                           // broadcast copy to the output shape
	OpArgMax                           // index of the max along an axis; Args [axis, selectLast, min?]
	OpRound                            // to an integer value, kept at the input's scale; Args [mode]
	OpTile                             // out[i] = in[i mod shape], per axis
	OpConvTranspose                    // N-d transposed convolution (+ bias), rescaled; Args like OpConv
	OpWeightedGather                   // out[i] = rshr(Σ_k x[idx[i·K+k]]·w[i·K+k], sx+sw−so); Args [K]; In [x, idx, w]
	OpGatherElements                   // out[i…] = data[i… with axis replaced by idx[i…]]; Args [axis]
	OpMod                              // integer remainder: sign of the divisor (fmod = 0) or of the dividend (1); Args [fmod]
	OpBitwise                          // broadcast integer a & b, a | b, a ^ b, a << b, a >> b, wrapped to the type; Args [kind]
)

// opSpec is one op as the engine defines it: its whole-tensor kernel and its per-element rule,
// which is the semantics the one-step verifier (contracts/src/OneStepVerifier.sol) and the
// circuits (fraudproof/zk) mirror. Both live in the op family's file (op_*.go) beside its
// lowerings; TestEveryOpHasItsTwins checks the twins.
type opSpec struct {
	name string
	// kernel computes a whole step; nil runs split's parts in order, or without split elem over
	// every output element.
	kernel kernel
	elem   elemRule
	// split divides a heavy step into parts a Runner's Fork may run at once.
	split splitter
}

// splitter divides step s into parts that write disjoint elements of out: part i computes its
// elements with its own arith. Every output element is computed by the same integer operations
// whichever part holds it, so the result does not depend on how parts are scheduled.
type splitter func(p *Program, s *Step, in [][]int64, out []int64) (parts int, part func(i int, a *arith) error)

// span is part i of n equal shares of units [0, total).
func span(i, n int, total int64) (lo, hi int64) {
	return total * int64(i) / int64(n), total * int64(i+1) / int64(n)
}

// byElements splits a kernel whose output element i depends on input element i alone (the
// unary ops, tables, casts) into ranges of elements.
func byElements(k kernel) splitter {
	return func(p *Program, s *Step, in [][]int64, out []int64) (int, func(int, *arith) error) {
		n := int64(len(out))
		parts := int(min(64, (n+elementsPerPart-1)/elementsPerPart))
		return parts, func(part int, a *arith) error {
			lo, hi := span(part, parts, n)
			return k(p, s, [][]int64{in[0][lo:hi]}, out[lo:hi], a)
		}
	}
}

// elementsPerPart is the smallest share worth a part of an elementwise step.
const elementsPerPart = 1 << 14

// partsFor is how many parts a step of `units` independent output units splits into: enough for
// any core count this engine runs on, not so many that per-part setup shows.
func partsFor(units int64) int { return int(min(units, 64)) }

// elemRule computes output element j (multi-index idx) of step s from its inputs alone, with the
// same checked integer operations, in the same order, as the kernel.
type elemRule func(p *Program, s *Step, j int64, idx []int64, get Getter, a *arith) (int64, error)

// opSpecs is the registry of program ops.
var opSpecs = map[OpCode]opSpec{
	OpCopy:           {"Copy", copyKernel, copyElem, nil},
	OpExpand:         {"Expand", expandKernel, expandElem, nil},
	OpAdd:            {"Add", nil, binaryRule, binarySplit},
	OpSub:            {"Sub", nil, binaryRule, binarySplit},
	OpMul:            {"Mul", nil, binaryRule, binarySplit},
	OpDiv:            {"Div", nil, binaryRule, binarySplit},
	OpMax:            {"Max", nil, binaryRule, binarySplit},
	OpMin:            {"Min", nil, binaryRule, binarySplit},
	OpCompare:        {"Compare", compareKernel, binaryRule, nil},
	OpWhere:          {"Where", whereKernel, whereElem, nil},
	OpMod:            {"Mod", nil, modElem, nil},
	OpBitwise:        {"Bitwise", nil, bitwiseElem, nil},
	OpRelu:           {"Relu", nil, unaryRule, byElements(unaryKernel)},
	OpLeakyRelu:      {"LeakyRelu", nil, unaryRule, byElements(unaryKernel)},
	OpClip:           {"Clip", nil, unaryRule, byElements(unaryKernel)},
	OpNeg:            {"Neg", nil, unaryRule, byElements(unaryKernel)},
	OpAbs:            {"Abs", nil, unaryRule, byElements(unaryKernel)},
	OpRound:          {"Round", nil, roundRule, byElements(roundKernel)},
	OpTable:          {"Table", nil, tableElem, byElements(tableKernel)},
	OpSqrt:           {"Sqrt", nil, sqrtElem, byElements(sqrtKernel)},
	OpLog:            {"Log", nil, logRule, byElements(logKernel)},
	OpMatMul:         {"MatMul", nil, matmulElem, matmulSplit},
	OpConv:           {"Conv", nil, convElem, convSplit},
	OpConvTranspose:  {"ConvTranspose", nil, convTransposeElem, convTransposeSplit},
	OpMaxPool:        {"MaxPool", nil, poolElem, poolSplit},
	OpAvgPool:        {"AvgPool", nil, poolElem, poolSplit},
	OpReduce:         {"Reduce", reduceKernel, reduceElem, nil},
	OpArgMax:         {"ArgMax", nil, argElem, nil},
	OpTranspose:      {"Transpose", nil, transposeElem, transposeSplit},
	OpConcat:         {"Concat", concatKernel, concatElem, nil},
	OpSlice:          {"Slice", sliceKernel, sliceElem, nil},
	OpPad:            {"Pad", padKernel, padElem, nil},
	OpTile:           {"Tile", nil, tileElem, nil},
	OpGather:         {"Gather", gatherKernel, gatherElem, nil},
	OpGatherElements: {"GatherElements", nil, gatherElementsElem, nil},
	OpWeightedGather: {"WeightedGather", nil, weightedGatherElem, nil},
	OpCast:           {"Cast", nil, castRule, byElements(castKernel)},
	OpRequant:        {"Requant", requantKernel, requantRule, nil},
}

// Ops lists every program op, in code order.
func Ops() []OpCode {
	ops := make([]OpCode, 0, len(opSpecs))
	for op := range opSpecs {
		ops = append(ops, op)
	}
	slices.Sort(ops)
	return ops
}

func (o OpCode) String() string {
	if s, ok := opSpecs[o]; ok {
		return s.name
	}
	return fmt.Sprintf("Op(%d)", uint16(o))
}

// kernel computes out from in for one step. p gives shapes and scales; a records overflow.
type kernel func(p *Program, s *Step, in [][]int64, out []int64, a *arith) error

// elementwiseKernel computes each output element with its per-element rule: the kernel of the
// ops without a faster whole-tensor path.
func elementwiseKernel(p *Program, s *Step, in [][]int64, out []int64, a *arith) error {
	_, part := elementRange(p, s, in, out, 1)
	return part(0, a)
}

// elementwiseSplit is elementwiseKernel in ranges of output elements.
func elementwiseSplit(p *Program, s *Step, in [][]int64, out []int64) (int, func(int, *arith) error) {
	n := int64(len(out))
	return elementRange(p, s, in, out, int(min(64, (n+elementsPerPart/16-1)/(elementsPerPart/16))))
}

// elementRange computes out's elements with their per-element rule, in `parts` ranges.
func elementRange(p *Program, s *Step, in [][]int64, out []int64, parts int) (int, func(int, *arith) error) {
	get := func(slot int32, i int64) (int64, error) {
		for k, id := range s.In {
			if id == slot {
				if i < 0 || i >= int64(len(in[k])) {
					return 0, fmt.Errorf("index %d out of range", i)
				}
				return in[k][i], nil
			}
		}
		return 0, fmt.Errorf("slot %d is not an input", slot)
	}
	return parts, func(part int, a *arith) error {
		lo, hi := span(part, parts, int64(len(out)))
		for j := lo; j < hi; j++ {
			v, err := elementValue(p, s, j, get, a)
			if err != nil {
				return err
			}
			out[j] = v
		}
		return nil
	}
}

// lowering compiles one ONNX node into program steps.
type lowering func(c *compiler, n *onnx.Node) error

// lowerings maps each supported ONNX op type to its lowering. Composite ops (Gemm, Softmax,
// LayerNormalization, …) lower to several program ops; each lowering lives in the file of the
// op family it belongs to.
var lowerings = map[string]lowering{
	// op_shape.go: shape-only and folded ops
	"Identity": lowerIdentity, "Reshape": lowerReshape, "Flatten": lowerFlatten,
	"Squeeze": lowerSqueeze, "Unsqueeze": lowerUnsqueeze, "Constant": lowerConstant, "Shape": lowerShape,
	"Size": lowerSize, "ConstantOfShape": lowerConstantOfShape, "Range": lowerRange,
	"NonZero": lowerNonZero, "Dropout": lowerDropout,
	// op_elementwise.go
	"Add": lowerBinary(OpAdd), "Sub": lowerBinary(OpSub), "Mul": lowerBinary(OpMul), "Div": lowerBinary(OpDiv),
	"Max": lowerVariadic(OpMax), "Min": lowerVariadic(OpMin), "Sum": lowerVariadic(OpAdd),
	"Less": lowerCompare(CmpLess), "LessOrEqual": lowerCompare(CmpLessOrEqual),
	"Greater": lowerCompare(CmpGreater), "GreaterOrEqual": lowerCompare(CmpGreaterOrEqual),
	"Equal": lowerCompare(CmpEqual), "Where": lowerWhere, "Mod": lowerMod, "Expand": lowerExpand,
	"Mean": lowerMean,
	"And":  lowerLogic("and"), "Or": lowerLogic("or"), "Xor": lowerLogic("xor"), "Not": lowerNot,
	// op_bitwise.go
	"BitwiseAnd": lowerBitwise(BitAnd), "BitwiseOr": lowerBitwise(BitOr), "BitwiseXor": lowerBitwise(BitXor),
	"BitwiseNot": lowerBitwiseNot, "BitShift": lowerBitShift,
	// op_unary.go
	"Relu": lowerUnary(OpRelu), "Neg": lowerUnary(OpNeg), "Abs": lowerUnary(OpAbs),
	"LeakyRelu": lowerLeakyRelu, "Clip": lowerClip, "PRelu": lowerPRelu, "HardSigmoid": lowerHardSigmoid,
	"HardSwish": lowerHardSwish, "ThresholdedRelu": lowerThresholdedRelu, "Sign": lowerSign,
	"Softsign": lowerSoftsign,
	"Shrink":   lowerShrink, "IsInf": lowerIsInf, "IsNaN": lowerIsNaN,
	"Floor": lowerRound(RoundFloor), "Ceil": lowerRound(RoundCeil), "Round": lowerRound(RoundHalfEven),
	// op_table.go: nonlinear functions
	"Sigmoid": lowerTable("sigmoid"), "Tanh": lowerTable("tanh"), "Erf": lowerTable("erf"),
	"Exp": lowerTable("exp"), "Gelu": lowerGelu, "Elu": lowerElu, "Softplus": lowerSoftplus,
	"Sqrt": lowerSqrt, "Log": lowerLog, "Pow": lowerPow, "Reciprocal": lowerReciprocal,
	"Swish": lowerSwish, "SwiGLU": lowerSwiGLU, "Selu": lowerSelu, "Celu": lowerCelu, "Mish": lowerMish,
	"Sin": lowerTrig("sin"), "Cos": lowerTrig("cos"), "Tan": lowerTrig("tan"), "Asin": lowerTrig("asin"),
	"Acos": lowerTrig("acos"), "Atan": lowerTrig("atan"), "Sinh": lowerTrig("sinh"), "Cosh": lowerTrig("cosh"),
	"Asinh": lowerTrig("asinh"), "Acosh": lowerTrig("acosh"), "Atanh": lowerTrig("atanh"),
	// op_norm.go
	"Softmax": lowerSoftmax(false), "LogSoftmax": lowerSoftmax(true),
	"LayerNormalization": lowerLayerNorm, "BatchNormalization": lowerBatchNorm, "RMSNormalization": lowerRMSNorm,
	"InstanceNormalization": lowerInstanceNorm, "GroupNormalization": lowerGroupNorm,
	"MeanVarianceNormalization": lowerMVN, "LpNormalization": lowerLpNorm, "LRN": lowerLRN,
	// op_attention.go
	"Attention": lowerAttention, "RotaryEmbedding": lowerRotaryEmbedding,
	// op_flex.go
	"ai.onnx.preview.FlexAttention": lowerFlexAttention, "CausalConvWithState": lowerCausalConvWithState,
	"LinearAttention": lowerLinearAttention,
	// op_loss.go
	"NegativeLogLikelihoodLoss": lowerNLLLoss, "SoftmaxCrossEntropyLoss": lowerSoftmaxCrossEntropy,
	// op_dft.go: spectral ops
	"DFT": lowerDFT, "STFT": lowerSTFT, "MelWeightMatrix": lowerMelWeightMatrix,
	"HannWindow": lowerWindow(0.5, -0.5), "HammingWindow": lowerWindow(25.0/46, -21.0/46),
	"BlackmanWindow": lowerWindow(0.42, -0.5, 0.08),
	// op_matmul.go, op_conv.go, op_pool.go
	"MatMul": lowerMatMul, "Gemm": lowerGemm, "Einsum": lowerEinsum, "Conv": lowerConv, "ConvTranspose": lowerConvTranspose,
	"Col2Im": lowerCol2Im, "DeformConv": lowerDeformConv,
	"MaxPool": lowerPool(OpMaxPool), "AveragePool": lowerPool(OpAvgPool),
	"GlobalAveragePool": lowerGlobalPool(OpAvgPool), "GlobalMaxPool": lowerGlobalPool(OpMaxPool),
	"LpPool": lowerLpPool, "MaxUnpool": lowerMaxUnpool,
	// op_reduce.go
	"ReduceSum": lowerReduce(ReduceSum), "ReduceMean": lowerReduce(ReduceMean),
	"ReduceMax": lowerReduce(ReduceMax), "ReduceMin": lowerReduce(ReduceMin),
	"ReduceSumSquare": lowerReduceComposite("sumsquare"), "ReduceL1": lowerReduceComposite("l1"),
	"ReduceL2": lowerReduceComposite("l2"), "ReduceLogSumExp": lowerReduceComposite("logsumexp"),
	"ReduceLogSum": lowerReduceComposite("logsum"), "ArgMax": lowerArg(false), "ArgMin": lowerArg(true),
	"Hardmax": lowerHardmax, "CumSum": lowerCumSum, "CumProd": lowerCumProd, "ReduceProd": lowerReduceProd,
	// op_move.go, op_gather.go, op_resize.go: data movement
	"Transpose": lowerTranspose, "Concat": lowerConcat, "Slice": lowerSlice, "Pad": lowerPad,
	"Tile": lowerTile, "Split": lowerSplit, "Trilu": lowerTrilu, "EyeLike": lowerEyeLike,
	"DepthToSpace": lowerDepthToSpace, "SpaceToDepth": lowerSpaceToDepth,
	"CenterCropPad": lowerCenterCropPad, "Compress": lowerCompress, "ReverseSequence": lowerReverseSequence,
	"Gather": lowerGather, "GatherElements": lowerGatherElements, "GatherND": lowerGatherND, "OneHot": lowerOneHot,
	"Resize": lowerResize, "Upsample": lowerResize, "GridSample": lowerGridSample,
	"AffineGrid": lowerAffineGrid, "RoiAlign": lowerRoiAlign,
	// op_scatter.go: scatters and TopK with run-time indices compared against every position
	"ScatterElements": lowerScatterElements, "Scatter": lowerScatterElements, "ScatterND": lowerScatterND,
	"TopK": lowerTopK, "TensorScatter": lowerTensorScatter,
	// op_quant.go: casts and quantized integer ops
	"Cast": lowerCast, "CastLike": lowerCastLike, "BitCast": lowerBitCast,
	"QuantizeLinear": lowerQuantize, "DequantizeLinear": lowerDequantize,
	"MatMulInteger": lowerIntegerProduct(false), "ConvInteger": lowerIntegerProduct(true),
	"QLinearMatMul": lowerQLinear(false), "QLinearConv": lowerQLinear(true),
	// op_sequence.go: sequences as compile-time lists of tensors
	"SequenceEmpty": lowerSequenceEmpty, "SequenceConstruct": lowerSequenceConstruct,
	"SequenceInsert": lowerSequenceInsert, "SequenceErase": lowerSequenceErase, "SequenceAt": lowerSequenceAt,
	"SequenceLength": lowerSequenceLength, "ConcatFromSequence": lowerConcatFromSequence,
	"SplitToSequence": lowerSplitToSequence,
	// op_control.go: control flow, inlined and unrolled at compile time
	"If": lowerIf, "Loop": lowerLoop, "Scan": lowerScan,
	// op_rnn.go: recurrent layers, unrolled over the sequence
	"RNN": lowerRecurrent, "GRU": lowerRecurrent, "LSTM": lowerRecurrent,
	// op_qlinear_ms.go: onnxruntime's quantized contrib ops (QOperator format)
	"com.microsoft.QLinearAdd": lowerQLinearBinary("Add"), "com.microsoft.QLinearMul": lowerQLinearBinary("Mul"),
	"com.microsoft.QLinearConcat": lowerQLinearConcat, "com.microsoft.QLinearSigmoid": lowerQLinearUnary("Sigmoid"),
	"com.microsoft.QLinearLeakyRelu":         lowerQLinearUnary("LeakyRelu", "alpha"),
	"com.microsoft.QLinearSoftmax":           lowerQLinearUnary("Softmax", "axis"),
	"com.microsoft.QLinearGlobalAveragePool": lowerQLinearUnary("GlobalAveragePool"),
	"com.microsoft.QLinearAveragePool": lowerQLinearUnary("AveragePool", "kernel_shape", "pads", "strides",
		"count_include_pad", "ceil_mode", "auto_pad", "dilations"),
	// op_tree.go, op_ml.go: the ai.onnx.ml domain (keys carry the domain)
	"ai.onnx.ml.TreeEnsembleClassifier": lowerTreeClassifier, "ai.onnx.ml.TreeEnsembleRegressor": lowerTreeRegressor,
	"ai.onnx.ml.TreeEnsemble":     lowerTreeEnsembleV5,
	"ai.onnx.ml.LinearClassifier": lowerLinearClassifier, "ai.onnx.ml.LinearRegressor": lowerLinearRegressor,
	"ai.onnx.ml.Scaler": lowerScaler, "ai.onnx.ml.Normalizer": lowerNormalizer, "ai.onnx.ml.Binarizer": lowerBinarizer,
	"ai.onnx.ml.ArrayFeatureExtractor": lowerArrayFeatureExtractor, "ai.onnx.ml.Imputer": lowerImputer,
	"ai.onnx.ml.OneHotEncoder": lowerOneHotEncoder, "ai.onnx.ml.LabelEncoder": lowerLabelEncoder,
	"ai.onnx.ml.FeatureVectorizer": lowerFeatureVectorizer, "ai.onnx.ml.ZipMap": lowerZipMap,
	// op_training.go: ai.onnx.preview.training optimizers, plain arithmetic
	"ai.onnx.preview.training.Adagrad": lowerAdagrad, "ai.onnx.preview.training.Momentum": lowerMomentum,
	"ai.onnx.preview.training.Adam": lowerAdam,
}

// refusals gives the reason an op outside lowerings is refused, where there is one to give.
var refusals = map[string]string{
	"NonMaxSuppression": dataDependent, "Unique": dataDependent,
}

const dataDependent = "its output shape depends on the input values, and programs have static shapes " +
	"(no static bound reproduces the ONNX output, whose shape consumers read)"
