// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @title AuspexOutputs
/// @notice Decodes an Auspex model output (docs/ENCODING.md): big-endian two's-complement int64
/// fixed-point values, `value / 2^scale` in real units (scale 24 unless the compiled program says
/// otherwise: `auspex model show`). A batch result is abi.encode(bytes[]), one such output per input.
library AuspexOutputs {
    /// @notice The default fixed-point scale: a raw value v means v / 2^24.
    uint8 internal constant DEFAULT_SCALE = 24;

    error OutputNotInt64s(uint256 length);
    error IndexOutOfRange(uint256 index, uint256 count);

    /// @notice How many int64 values `output` holds (reverts unless it is a whole number of them).
    function count(bytes memory output) internal pure returns (uint256) {
        if (output.length % 8 != 0) revert OutputNotInt64s(output.length);
        return output.length / 8;
    }

    /// @notice Raw value `i`: the fixed-point integer as the engine computed it.
    function rawAt(bytes memory output, uint256 i) internal pure returns (int64 v) {
        uint256 n = count(output);
        if (i >= n) revert IndexOutOfRange(i, n);
        assembly ("memory-safe") {
            // The 8 bytes at offset 32 + 8i, as the top of a word: shift them down, sign-extend.
            v := signextend(7, shr(192, mload(add(add(output, 32), mul(i, 8)))))
        }
    }

    /// @notice Every raw value.
    function raw(bytes memory output) internal pure returns (int64[] memory vs) {
        vs = new int64[](count(output));
        for (uint256 i; i < vs.length; ++i) {
            vs[i] = rawAt(output, i);
        }
    }

    /// @notice Value `i` as an 18-decimal fixed-point number (1e18 = 1.0, as ERC-20 amounts and
    /// most DeFi math use), from the engine's `scale`: v · 10^18 / 2^scale, rounded toward zero.
    /// Exact for scale ≤ 18; no int64 value can overflow it.
    function wadAt(bytes memory output, uint256 i, uint8 scale) internal pure returns (int256) {
        return (int256(rawAt(output, i)) * 1e18) / int256(uint256(1) << scale);
    }

    /// @notice Every value as an 18-decimal fixed-point number.
    function wad(bytes memory output, uint8 scale) internal pure returns (int256[] memory vs) {
        vs = new int256[](count(output));
        for (uint256 i; i < vs.length; ++i) {
            vs[i] = wadAt(output, i, scale);
        }
    }

    /// @notice The index of the largest value (the first one on a tie): a classifier's class.
    function argmax(bytes memory output) internal pure returns (uint256 best) {
        uint256 n = count(output);
        if (n == 0) revert IndexOutOfRange(0, 0);
        int64 top = rawAt(output, 0);
        for (uint256 i = 1; i < n; ++i) {
            int64 v = rawAt(output, i);
            if (v > top) (top, best) = (v, i);
        }
    }

    /// @notice The outputs of a batch result, one per input, in input order.
    function batchItems(bytes memory output) internal pure returns (bytes[] memory) {
        return abi.decode(output, (bytes[]));
    }
}
