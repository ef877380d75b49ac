#!/usr/bin/env bash
# Regenerates inference/onnxpb/onnx.pb.go from Debian's onnx.proto (package libonnx-dev) with
# Debian's protoc (protobuf-compiler) and protoc-gen-go pinned in go.mod. The output is committed,
# so builds and CI need neither protoc nor the .proto; run this only to move to a newer onnx.proto.
set -euo pipefail
cd "$(dirname "$0")/.."
proto=${ONNX_PROTO:-/usr/include/onnx/onnx.proto}
command -v protoc >/dev/null || { echo "gen-onnx.sh: protoc missing (apt install protobuf-compiler)" >&2; exit 1; }
[ -f "$proto" ] || { echo "gen-onnx.sh: $proto missing (apt install libonnx-dev)" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp "$proto" "$tmp/onnx.proto"
plugin=$(go tool -n protoc-gen-go)
protoc --plugin=protoc-gen-go="$plugin" -I "$tmp" --go_out="$tmp" \
  --go_opt=Monnx.proto=github.com/auspex-labs/auspex/inference/onnxpb --go_opt=paths=source_relative \
  "$tmp/onnx.proto"
cp "$tmp/onnx.pb.go" inference/onnxpb/onnx.pb.go
echo "generated inference/onnxpb/onnx.pb.go from $proto ($(dpkg-query -W -f '${Version}' libonnx-dev 2>/dev/null || echo unknown version))"
