package inference

import (
	"math"
	"strings"
	"testing"

	"github.com/auspex-labs/auspex/inference/onnx/onnxbuild"
	"github.com/auspex-labs/auspex/inference/onnxpb"
)

// TestLinearModels: LinearRegressor with two targets; LinearClassifier with one score column and
// two labels (label by s > 0, scores [1 − σ(s), σ(s)] under LOGISTIC, as onnxruntime 1.32
// writes them) and with three (label of the first highest score, SOFTMAX).
func TestLinearModels(t *testing.T) {
	x := []float64{1, 2, -1, 0.5}
	g := onnxbuild.NewGraph(17).Import(ml, 1).Input("X", f32, 2, 2).
		DomainNode(ml, "LinearRegressor", []string{"X"}, []string{"Y"},
			onnxbuild.A("coefficients", []float32{1, -1, 0.5, 2}), onnxbuild.A("intercepts", []float32{0.25, -1}), onnxbuild.A("targets", 2)).
		DomainNode(ml, "LinearClassifier", []string{"X"}, []string{"L1", "Z1"},
			onnxbuild.A("coefficients", []float32{1, 1}), onnxbuild.A("intercepts", []float32{0.5}),
			onnxbuild.A("classlabels_ints", []int64{3, 8}), onnxbuild.A("post_transform", "LOGISTIC")).
		DomainNode(ml, "LinearClassifier", []string{"X"}, []string{"L3", "Z3"},
			onnxbuild.A("coefficients", []float32{1, 0, 0, 1, -1, -1}), onnxbuild.A("intercepts", []float32{0, 0, 0}),
			onnxbuild.A("classlabels_ints", []int64{5, 6, 7}), onnxbuild.A("post_transform", "SOFTMAX")).
		Output("Y", f32, 2, 2).Output("L1", i64, 2).Output("Z1", f32, 2, 2).Output("L3", i64, 2).Output("Z3", f32, 2, 3)
	out := runReal(t, compileGraph(t, g), x)
	near(t, "LinearRegressor", out[0], []float64{1 - 2 + 0.25, 0.5 + 4 - 1, -1 - 0.5 + 0.25, -0.5 + 1 - 1}, 1e-6)
	near(t, "binary labels", out[1], []float64{8, 3}, 0) // s = 3.5, 0
	near(t, "binary scores", out[2], []float64{1 - sigmoid(3.5), sigmoid(3.5), 0.5, 0.5}, 1e-5)
	near(t, "labels", out[3], []float64{6, 6}, 0) // scores (1, 2, −3), (−1, 0.5, 0.5): the first highest
	softmax := func(v ...float64) []float64 {
		var s float64
		for _, e := range v {
			s += math.Exp(e)
		}
		for i, e := range v {
			v[i] = math.Exp(e) / s
		}
		return v
	}
	near(t, "softmax", out[4], append(softmax(1, 2, -3), softmax(-1, 0.5, 0.5)...), 1e-5)
}

// TestPreprocessingOps: Scaler, Normalizer (MAX, L1, L2; a zero row stays as it is), Binarizer,
// ArrayFeatureExtractor, Imputer (NaN: the identity; 0: replaced), FeatureVectorizer.
func TestPreprocessingOps(t *testing.T) {
	x := []float64{0, 0, 0, 3, -4, 1}
	g := onnxbuild.NewGraph(17).Import(ml, 1).Input("X", f32, 2, 3).Init("I", onnxbuild.Ints([]int64{2}, 2, 0)).
		DomainNode(ml, "Scaler", []string{"X"}, []string{"S"}, onnxbuild.A("offset", []float32{1, 0, -1}), onnxbuild.A("scale", []float32{2})).
		DomainNode(ml, "Normalizer", []string{"X"}, []string{"NM"}, onnxbuild.A("norm", "MAX")).
		DomainNode(ml, "Normalizer", []string{"X"}, []string{"N1"}, onnxbuild.A("norm", "L1")).
		DomainNode(ml, "Normalizer", []string{"X"}, []string{"N2"}, onnxbuild.A("norm", "L2")).
		DomainNode(ml, "Binarizer", []string{"X"}, []string{"B"}, onnxbuild.A("threshold", float32(0.5))).
		DomainNode(ml, "ArrayFeatureExtractor", []string{"X", "I"}, []string{"A"}).
		DomainNode(ml, "Imputer", []string{"X"}, []string{"IN"}, onnxbuild.A("imputed_value_floats", []float32{9}), onnxbuild.A("replaced_value_float", float32(math.NaN()))).
		DomainNode(ml, "Imputer", []string{"X"}, []string{"IZ"}, onnxbuild.A("imputed_value_floats", []float32{7, 8, 9}), onnxbuild.A("replaced_value_float", float32(0))).
		DomainNode(ml, "FeatureVectorizer", []string{"X", "A"}, []string{"F"}, onnxbuild.A("inputdimensions", []int64{3, 2})).
		Output("S", f32, 2, 3).Output("NM", f32, 2, 3).Output("N1", f32, 2, 3).Output("N2", f32, 2, 3).Output("B", f32, 2, 3).
		Output("A", f32, 2, 2).Output("IN", f32, 2, 3).Output("IZ", f32, 2, 3).Output("F", f32, 2, 5)
	out := runReal(t, compileGraph(t, g), x)
	near(t, "Scaler", out[0], []float64{-2, 0, 2, 4, -8, 4}, 1e-6)
	near(t, "Normalizer MAX", out[1], []float64{0, 0, 0, 1, -4.0 / 3, 1.0 / 3}, 1e-6)
	near(t, "Normalizer L1", out[2], []float64{0, 0, 0, 3.0 / 8, -4.0 / 8, 1.0 / 8}, 1e-6)
	r := math.Sqrt(26)
	near(t, "Normalizer L2", out[3], []float64{0, 0, 0, 3 / r, -4 / r, 1 / r}, 1e-6)
	near(t, "Binarizer", out[4], []float64{0, 0, 0, 1, 0, 1}, 0)
	near(t, "ArrayFeatureExtractor", out[5], []float64{0, 0, 1, 3}, 0)
	near(t, "Imputer NaN", out[6], x, 0)
	near(t, "Imputer 0", out[7], []float64{7, 8, 9, 3, -4, 1}, 0)
	near(t, "FeatureVectorizer", out[8], []float64{0, 0, 0, 0, 0, 3, -4, 1, 1, 3}, 0)
}

// TestEncoders: OneHotEncoder of integers (and of reals, truncated) and LabelEncoder int→int,
// int→float and float→int with their defaults.
func TestEncoders(t *testing.T) {
	g := onnxbuild.NewGraph(17).Import(ml, 2).Input("K", i64, 4).Input("X", f32, 3).
		DomainNode(ml, "OneHotEncoder", []string{"K"}, []string{"OK"}, onnxbuild.A("cats_int64s", []int64{3, 1})).
		DomainNode(ml, "OneHotEncoder", []string{"X"}, []string{"OX"}, onnxbuild.A("cats_int64s", []int64{-1, 0, 2})).
		DomainNode(ml, "LabelEncoder", []string{"K"}, []string{"LII"}, onnxbuild.A("keys_int64s", []int64{1, 3}), onnxbuild.A("values_int64s", []int64{10, 30}), onnxbuild.A("default_int64", -5)).
		DomainNode(ml, "LabelEncoder", []string{"K"}, []string{"LIF"}, onnxbuild.A("keys_int64s", []int64{1, 3}), onnxbuild.A("values_floats", []float32{0.5, 1.5}), onnxbuild.A("default_float", float32(-1))).
		DomainNode(ml, "LabelEncoder", []string{"X"}, []string{"LFI"}, onnxbuild.A("keys_floats", []float32{2.5, -1.25, 0.1}), onnxbuild.A("values_int64s", []int64{7, 8, 9})).
		Output("OK", f32, 4, 2).Output("OX", f32, 3, 3).Output("LII", i64, 4).Output("LIF", f32, 4).Output("LFI", i64, 3)
	p := compileGraph(t, g)
	out := runReal(t, p, []float64{1, 3, 2, 1}, []float64{-1.25, 0.75, 2.5})
	near(t, "OneHotEncoder int", out[0], []float64{0, 1, 1, 0, 0, 0, 0, 1}, 0)
	near(t, "OneHotEncoder real", out[1], []float64{1, 0, 0, 0, 1, 0, 0, 0, 1}, 0)
	near(t, "LabelEncoder int→int", out[2], []float64{10, 30, -5, 10}, 0)
	near(t, "LabelEncoder int→float", out[3], []float64{0.5, 1.5, -1, 0.5}, 0)
	// 0.1 is not a multiple of 2^-24: it matches no representable input.
	near(t, "LabelEncoder float→int", out[4], []float64{8, -1, 7}, 0)
}

// TestMLRefusals: ZipMap, string categories and string label maps are refused with their reason.
func TestMLRefusals(t *testing.T) {
	for name, g := range map[string]*onnxbuild.Graph{
		"ZipMap": onnxbuild.NewGraph(17).Import(ml, 1).Input("P", f32, 1, 2).
			DomainNode(ml, "ZipMap", []string{"P"}, []string{"Z"}, onnxbuild.A("classlabels_int64s", []int64{0, 1})).
			Node("Identity", []string{"P"}, []string{"Y"}).Output("Y", f32, 1, 2),
		"string categories": onnxbuild.NewGraph(17).Import(ml, 1).Input("K", i64, 2).
			DomainNode(ml, "OneHotEncoder", []string{"K"}, []string{"Y"}, onnxbuild.A("cats_strings", []string{"a", "b"})).Output("Y", f32, 2, 2),
		"string values": onnxbuild.NewGraph(17).Import(ml, 2).Input("K", i64, 2).
			DomainNode(ml, "LabelEncoder", []string{"K"}, []string{"Y"}, onnxbuild.A("keys_int64s", []int64{1}), onnxbuild.A("values_strings", []string{"a"})).
			Output("Y", onnxpb.TensorProto_STRING, 2),
	} {
		_, err := tryCompile(g)
		var ue *UnsupportedError
		if !errorsAs(err, &ue) {
			t.Errorf("%s: err = %v", name, err)
			continue
		}
		if name == "ZipMap" && !strings.Contains(err.Error(), "'zipmap': False") {
			t.Errorf("ZipMap: %v", err)
		}
	}
}
