// Package auspex holds what the binaries ship with: the devnet's default configuration, the models
// it registers, the demo's MNIST digits, and the pinned solc's version and the script that compiles
// a ZK model's verifier with it, embedded so that `auspex devnet` and `zk setup --register` run
// from any directory, not only from a checkout.
package auspex

import "embed"

// Shipped holds configs/devnet.yaml, models/*/model.onnx, examples/mnist's digits,
// contracts/package.json and contracts/scripts/compile-file.js, at those paths.
//
//go:embed configs/devnet.yaml models/*/model.onnx examples/mnist/*.u8 examples/mnist/*.f32
//go:embed contracts/package.json contracts/scripts/compile-file.js
var Shipped embed.FS

// DevnetConfig is the path of the devnet's default configuration in Shipped.
const DevnetConfig = "configs/devnet.yaml"
