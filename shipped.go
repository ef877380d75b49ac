// Package auspex holds what the binaries ship with: the devnet's default configuration, the models
// it registers and the demo's MNIST digits, embedded so that `auspex devnet` runs from any
// directory, not only from a checkout.
package auspex

import "embed"

// Shipped holds configs/devnet.yaml, models/*/model.onnx and examples/mnist's digits, at those paths.
//
//go:embed configs/devnet.yaml models/*/model.onnx examples/mnist/*.u8 examples/mnist/*.f32
var Shipped embed.FS

// DevnetConfig is the path of the devnet's default configuration in Shipped.
const DevnetConfig = "configs/devnet.yaml"
