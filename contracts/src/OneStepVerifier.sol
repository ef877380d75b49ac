// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

/// @title OneStepVerifier
/// @notice Recomputes one output element of one program step from the input elements it reads: the
/// on-chain copy of the engine's per-element semantics (inference/element.go, docs/NUMERICS.md). The
/// dispute game verifies the opened input leaves against the agreed state before it calls this; here
/// they are taken as given. Every operation is checked exactly as the Go engine checks it: products
/// and sums are exact (int256 here, 128-bit with an overflow flag there), rescaling rounds half up
/// with an arithmetic shift, and any value that leaves int64 (or an accumulator that leaves int128)
/// is the error `Overflow`, as in the engine.
/// @dev Ops implemented so far: Copy, Add, Sub, Mul, Max, Min, Relu, MatMul, Conv, MaxPool (the ops of
/// mnist-8). Others revert `UnsupportedOp`; tooling refuses OPML registration of programs using them.
contract OneStepVerifier {
    struct SlotDesc {
        uint32 slot;
        uint8 scale;
        bool isInt;
        uint8 dtype;
        int64[] shape;
    }

    struct StepDesc {
        uint16 op;
        int64[] args;
        SlotDesc[] ins;
        SlotDesc out;
    }

    /// @notice One opened leaf of an input tensor: 4 consecutive elements (docs/DISPUTE.md).
    /// Leaves must be sorted by (input, leaf), strictly increasing.
    struct Leaf {
        uint8 input;
        uint64 leaf;
        int64[4] values;
    }

    uint16 internal constant OP_COPY = 1;
    uint16 internal constant OP_ADD = 2;
    uint16 internal constant OP_SUB = 3;
    uint16 internal constant OP_MUL = 4;
    uint16 internal constant OP_DIV = 5;
    uint16 internal constant OP_MAX = 6;
    uint16 internal constant OP_MIN = 7;
    uint16 internal constant OP_RELU = 8;
    uint16 internal constant OP_LEAKYRELU = 9;
    uint16 internal constant OP_CLIP = 10;
    uint16 internal constant OP_NEG = 11;
    uint16 internal constant OP_ABS = 12;
    uint16 internal constant OP_MATMUL = 15;
    uint16 internal constant OP_REDUCE = 19;
    uint16 internal constant OP_TRANSPOSE = 20;
    uint16 internal constant OP_CONCAT = 21;
    uint16 internal constant OP_SLICE = 22;
    uint16 internal constant OP_PAD = 23;
    uint16 internal constant OP_GATHER = 24;
    uint16 internal constant OP_SQRT = 14;
    uint16 internal constant OP_AVGPOOL = 18;
    uint16 internal constant OP_REQUANT = 29;
    uint16 internal constant OP_CONV_TRANSPOSE = 34;
    uint16 internal constant OP_WEIGHTED_GATHER = 35;
    uint16 internal constant OP_CAST = 25;
    uint16 internal constant OP_COMPARE = 27;
    uint16 internal constant OP_ARGMAX = 31;
    uint16 internal constant OP_ROUND = 32;
    uint16 internal constant OP_TILE = 33;
    uint16 internal constant OP_GATHER_ELEMENTS = 36;
    uint16 internal constant OP_WHERE = 28;
    uint16 internal constant OP_EXPAND = 30;
    uint16 internal constant OP_MOD = 37;
    uint16 internal constant OP_BITWISE = 38;
    uint16 internal constant OP_CONV = 16;
    uint16 internal constant OP_MAXPOOL = 17;

    int256 internal constant INT128_MAX = type(int128).max;
    int256 internal constant INT128_MIN = type(int128).min;

    error UnsupportedOp(uint16 op);
    error Overflow();
    error MissingInput(uint8 input, uint64 index);
    error LeavesNotSorted();
    error BadStep();
    error EmptyWindow();
    error NonPositiveLog();
    error DivisionByZero();
    error IndexOutOfRange();
    error NegativeSqrt();

    /// @notice Whether this verifier implements `op`.
    function isSupported(uint16 op) public pure returns (bool) {
        return op == OP_COPY || op == OP_ADD || op == OP_SUB || op == OP_MUL || op == OP_MAX || op == OP_MIN
            || op == OP_RELU || op == OP_MATMUL || op == OP_CONV || op == OP_MAXPOOL || op == OP_REDUCE || op == OP_DIV
            || op == OP_LEAKYRELU || op == OP_CLIP || op == OP_NEG || op == OP_ABS || op == OP_COMPARE || op == OP_WHERE
            || op == OP_EXPAND || op == OP_MOD || op == OP_BITWISE || (op >= OP_TRANSPOSE && op <= OP_GATHER) || op == OP_SQRT || op == OP_CAST
            || op == OP_ARGMAX || op == OP_ROUND || op == OP_TILE || op == OP_GATHER_ELEMENTS || op == OP_AVGPOOL
            || op == OP_REQUANT || op == OP_WEIGHTED_GATHER || op == OP_CONV_TRANSPOSE;
    }

    /// @notice Output element `j` of step `d`, computed from the opened input leaves.
    function elementValue(StepDesc calldata d, uint64 j, Leaf[] calldata leaves) external pure returns (int64) {
        _sorted(leaves);
        uint16 op = d.op;
        int64[] calldata oshape = d.out.shape;
        if (op == OP_COPY) return _get(leaves, 0, j);
        if (op >= OP_RELU && op <= OP_ABS) return _unary(op, _get(leaves, 0, j), d);
        if (op == OP_EXPAND) return _get(leaves, 0, _bcast(d.ins[0].shape, oshape, _unflatten(j, oshape)));
        if (
            op == OP_ADD || op == OP_SUB || op == OP_MUL || op == OP_MAX || op == OP_MIN || op == OP_DIV || op == OP_COMPARE
                || op == OP_MOD || op == OP_BITWISE
        ) {
            uint64[] memory idx = _unflatten(j, oshape);
            int64 u = _get(leaves, 0, _bcast(d.ins[0].shape, oshape, idx));
            int64 v = _get(leaves, 1, _bcast(d.ins[1].shape, oshape, idx));
            if (op == OP_COMPARE) return _compare(d.args[0], u, v);
            if (op == OP_MOD) return _mod(u, v, d.args[0]);
            if (op == OP_BITWISE) return _bitwise(u, v, d.args[0], d.out.dtype);
            return _binary(op, u, v, d);
        }
        if (op == OP_WHERE) {
            uint64[] memory idx = _unflatten(j, oshape);
            uint8 k = _get(leaves, 0, _bcast(d.ins[0].shape, oshape, idx)) != 0 ? 1 : 2;
            return _get(leaves, k, _bcast(d.ins[k].shape, oshape, idx));
        }
        if (op >= OP_TRANSPOSE && op <= OP_GATHER) return _index(d, _unflatten(j, oshape), leaves);
        if (op == OP_SQRT || op == OP_CAST || op == OP_ROUND) return _scalar(op, _get(leaves, 0, j), d);
        if (op == OP_ARGMAX) return _argmax(d, j, leaves);
        if (op == OP_AVGPOOL) return _avgpool(d, _unflatten(j, oshape), leaves);
        if (op == OP_REQUANT) return _requant(d, j, _get(leaves, 0, j));
        if (op == OP_WEIGHTED_GATHER) return _weightedGather(d, j, leaves);
        if (op == OP_CONV_TRANSPOSE) return _convTranspose(d, _unflatten(j, oshape), leaves);
        if (op == OP_TILE || op == OP_GATHER_ELEMENTS) return _tile(d, j, _unflatten(j, oshape), leaves);
        if (op == OP_MATMUL) return _matmul(d, _unflatten(j, oshape), leaves);
        if (op == OP_CONV) return _conv(d, _unflatten(j, oshape), leaves);
        if (op == OP_MAXPOOL) return _maxpool(d, _unflatten(j, oshape), leaves);
        if (op == OP_REDUCE) return _reduce(d, _unflatten(j, oshape), leaves);
        revert UnsupportedOp(op);
    }

    /// @notice How many terms each output element of a MatMul or Conv step sums (0 otherwise):
    /// MatMul: the inner dimension; Conv: input channels per group × kernel size.
    function reductionTerms(StepDesc calldata d) public pure returns (uint64) {
        if (d.op == OP_MATMUL) return uint64(d.ins[0].shape[d.ins[0].shape.length - 1]);
        if (d.op == OP_CONV) {
            uint64 k = uint64(d.ins[0].shape[1]) / uint64(d.args[0]);
            for (uint256 t = 2; t < d.ins[1].shape.length; ++t) {
                k *= uint64(d.ins[1].shape[t]);
            }
            return k;
        }
        return 0;
    }

    /// @notice The accumulator's start for element `j`: its bias element, or 0.
    function reductionBias(StepDesc calldata d, uint64 j, Leaf[] calldata leaves) external pure returns (int256) {
        _sorted(leaves);
        if (d.ins.length < 3) return 0;
        uint64[] memory idx = _unflatten(j, d.out.shape);
        if (d.op == OP_MATMUL) return _get(leaves, 2, _bcast(d.ins[2].shape, d.out.shape, idx));
        if (d.op == OP_CONV) return _get(leaves, 2, idx[1]);
        revert UnsupportedOp(d.op);
    }

    /// @notice `start` + Σ of terms [from, to) of element `j`, every running total checked in int128:
    /// the engine's accumulator after term `to` given its value after term `from` (inference/partial.go).
    function accumulate(StepDesc calldata d, uint64 j, uint64 from, uint64 to, int256 start, Leaf[] calldata leaves)
        external
        pure
        returns (int256)
    {
        _sorted(leaves);
        if (from > to || to > reductionTerms(d)) revert BadStep();
        if (start > INT128_MAX || start < INT128_MIN) revert Overflow();
        uint64[] memory idx = _unflatten(j, d.out.shape);
        if (d.op == OP_MATMUL) return _matmulSum(d, idx, from, to, leaves, start);
        if (d.op == OP_CONV) return _convSum(d, idx, from, to, leaves, start);
        revert UnsupportedOp(d.op);
    }

    /// @notice The stored element from a full accumulator: rescale and the int64 check.
    function finishReduction(StepDesc calldata d, int256 acc) external pure returns (int64) {
        if (acc > INT128_MAX || acc < INT128_MIN) revert Overflow();
        return _to64(_rshr(acc, _shift(d)));
    }

    /// @notice A Table step's element (inference Table.eval): `u` is the input element; the table's
    /// values come as leaves of input 0 (4 per leaf), with its grid `lo`, `shift`, length and
    /// whether inputs past the grid overflow. Interpolates between the two neighbouring values.
    function tableValue(int64 u, int64 lo, uint8 shift, bool overflowAbove, uint64 len, Leaf[] calldata entries)
        external
        pure
        returns (int64)
    {
        _sorted(entries);
        if (len == 0) revert BadStep();
        if (overflowAbove && int256(u) > (int256(lo) + int256(uint256(len)) - 1) << shift) revert Overflow();
        return _tableEval(u, lo, shift, len, entries);
    }

    /// @notice A Log step's element (inference logElem): log(u / 2^sx) = (k − sx)·ln2 + T(m), with
    /// k = ⌊log2 u⌋ and m the 17-bit mantissa; T is the program's log2-fraction table.
    function logValue(int64 u, int64 ln2, uint8 sx, int64 lo, uint8 shift, uint64 len, Leaf[] calldata entries)
        external
        pure
        returns (int64)
    {
        _sorted(entries);
        if (len == 0) revert BadStep();
        if (u <= 0) revert NonPositiveLog();
        int64 k = int64(uint64(_log2(uint64(u))));
        int64 m = k >= 16 ? _rshr64(u, uint8(uint64(k - 16))) : u << uint64(16 - k);
        int64 a = _to64(int256(k - int64(uint64(sx))) * int256(ln2));
        return _to64(int256(a) + int256(_tableEval(m, lo, shift, len, entries)));
    }

    /// @dev Table.eval: clamp to the ends, else interpolate between the two neighbours.
    function _tableEval(int64 u, int64 lo, uint8 shift, uint64 len, Leaf[] calldata entries) private pure returns (int64) {
        int256 i = int256(u >> shift) - int256(lo);
        if (i < 0) return _get(entries, 0, 0);
        if (i >= int256(uint256(len)) - 1) return _get(entries, 0, len - 1);
        int64 f = u - ((u >> shift) << shift);
        int64 v0 = _get(entries, 0, uint64(uint256(i)));
        int64 v1 = _get(entries, 0, uint64(uint256(i)) + 1);
        int64 m = _to64(int256(_to64(int256(v1) - int256(v0))) * int256(f));
        return _to64(int256(v0) + int256(_rshr64(m, shift)));
    }

    function _log2(uint64 x) private pure returns (uint256 k) {
        while (x > 1) {
            x >>= 1;
            ++k;
        }
    }

    // ---- arithmetic, as inference/fixed.go and int128.go ----

    function _to64(int256 x) private pure returns (int64) {
        if (x > type(int64).max || x < type(int64).min) revert Overflow();
        return int64(x);
    }

    /// @dev acc128.add: the accumulator must stay in int128.
    function _acc(int256 a, int256 b) private pure returns (int256 s) {
        s = a + b;
        if (s > INT128_MAX || s < INT128_MIN) revert Overflow();
    }

    /// @dev acc128.rshr(uint(k)): add 2^(k-1) when it fits 128 bits (as shl128), checked in int128,
    /// then shift right arithmetically (floor). A shift of 127 or more leaves the sign; a negative k is
    /// a huge unsigned shift in the engine (uint conversion), so it too leaves the sign.
    function _rshr(int256 a, int256 k) private pure returns (int256) {
        if (k == 0) return a;
        if (k > 0 && k < 128) a = _acc(a, int256(1) << uint256(k - 1));
        if (k < 0 || k > 127) return a < 0 ? int256(-1) : int256(0);
        return a >> uint256(k);
    }

    /// @dev arith.rshr: add 2^(k-1) checked in int64, then shift (floor); k ≥ 63 gives 0.
    function _rshr64(int64 x, uint8 k) private pure returns (int64) {
        if (k == 0) return x;
        if (k >= 63) return 0;
        return _to64(int256(x) + (int256(1) << (k - 1))) >> k;
    }

    /// @dev unaryElem: Relu, LeakyRelu (Args [alphaQ], rescaled at the output's scale), Clip (Args
    /// [lo, hi]), Neg, Abs — each checked as the engine checks it.
    function _unary(uint16 op, int64 u, StepDesc calldata d) private pure returns (int64) {
        if (op == OP_RELU) return u > 0 ? u : int64(0);
        if (op == OP_LEAKYRELU) {
            if (u >= 0) return u;
            return _rshr64(_to64(int256(u) * int256(d.args[0])), d.out.scale);
        }
        if (op == OP_CLIP) {
            int64 lo = d.args[0];
            int64 hi = d.args[1];
            int64 x = u > lo ? u : lo;
            return x < hi ? x : hi;
        }
        if (op == OP_NEG || u < 0) return _to64(-int256(u));
        return u; // Abs of a non-negative value
    }

    function _compare(int64 kind, int64 u, int64 v) private pure returns (int64) {
        bool r;
        if (kind == 0) r = u < v;
        else if (kind == 1) r = u <= v;
        else if (kind == 2) r = u > v;
        else if (kind == 3) r = u >= v;
        else if (kind == 5) r = u != v;
        else r = u == v;
        return r ? int64(1) : int64(0);
    }

    /// @dev Mod: sign of the divisor (Args[0] = 0, Python) or of the dividend (1, C fmod).
    function _mod(int64 u, int64 v, int64 fmod) private pure returns (int64) {
        if (v == 0) revert DivisionByZero();
        int256 r = int256(u) % int256(v);
        if (fmod == 0 && r != 0 && ((r < 0) != (v < 0))) r += v;
        return _to64(r);
    }

    /// @dev Bitwise: u & v, u | v, u ^ v (Args[0] = 0, 1, 2), or u as a uint64 shifted left (3) or
    /// right (4) by v bits, 0 for v outside [0, 63]; wrapped to the output type, and for UINT64 a
    /// result at or above 2^63 is an overflow.
    function _bitwise(int64 u, int64 v, int64 kind, uint8 dtype) private pure returns (int64) {
        int64 r;
        if (kind == 0) r = u & v;
        else if (kind == 1) r = u | v;
        else if (kind == 2) r = u ^ v;
        else if (kind != 3 && kind != 4) revert BadStep();
        else if (v < 0 || v > 63) r = 0;
        else if (kind == 3) r = int64(uint64(u) << uint64(v));
        else r = int64(uint64(u) >> uint64(v));
        r = _wrapTo(dtype, r);
        if (dtype == 13 && r < 0) revert Overflow();
        return r;
    }

    /// @dev arith.shl: x·2^k, overflow when it leaves int64 (k ≥ 63 included).
    function _shl64(int64 x, uint256 k) private pure returns (int64) {
        if (k == 0) return x;
        if (k >= 63) revert Overflow();
        return _to64(int256(x) << k);
    }

    function _binary(uint16 op, int64 u, int64 v, StepDesc calldata d) private pure returns (int64) {
        if (op == OP_ADD) return _to64(int256(u) + int256(v));
        if (op == OP_SUB) return _to64(int256(u) - int256(v));
        if (op == OP_MAX) return u > v ? u : v;
        if (op == OP_MIN) return u < v ? u : v;
        if (op == OP_DIV) {
            if (v == 0) revert DivisionByZero();
            if (d.out.isInt) return _to64(int256(u) / int256(v));
            int256 k = int256(uint256(d.out.scale)) + int256(uint256(d.ins[1].scale)) - int256(uint256(d.ins[0].scale));
            if (k < 0 || k > 62) revert Overflow();
            // divScaled: the dividend u·2^k exact (< 2^125), floor((2n + v) / 2v) with v > 0.
            int256 n = int256(u) << uint256(k);
            int256 dv = int256(v);
            if (dv < 0) {
                n = -n;
                dv = -dv;
            }
            int256 num = 2 * n + dv;
            int256 den = 2 * dv;
            int256 q = num / den;
            if (num % den != 0 && num < 0) q -= 1;
            return _to64(q);
        }
        // OP_MUL: exact product, rescaled when the scales ask for it.
        int256 r = int256(u) * int256(v);
        int256 shift = int256(uint256(d.ins[0].scale)) + int256(uint256(d.ins[1].scale)) - int256(uint256(d.out.scale));
        if (shift > 0) r = _rshr(r, shift);
        return _to64(r);
    }

    // ---- indexing ----

    function _sorted(Leaf[] calldata leaves) private pure {
        for (uint256 i = 1; i < leaves.length; ++i) {
            if (_key(leaves[i - 1]) >= _key(leaves[i])) revert LeavesNotSorted();
        }
    }

    function _shift(StepDesc calldata d) private pure returns (int256) {
        return int256(uint256(d.ins[0].scale)) + int256(uint256(d.ins[1].scale)) - int256(uint256(d.out.scale));
    }

    function _key(Leaf calldata l) private pure returns (uint256) {
        return (uint256(l.input) << 64) | uint256(l.leaf);
    }

    /// @dev Element `index` of input `input`, by binary search over the sorted leaves.
    function _get(Leaf[] calldata leaves, uint8 input, uint64 index) private pure returns (int64) {
        uint256 want = (uint256(input) << 64) | uint256(index / 4);
        uint256 lo;
        uint256 hi = leaves.length;
        while (lo < hi) {
            uint256 mid = (lo + hi) / 2;
            uint256 k = _key(leaves[mid]);
            if (k == want) return leaves[mid].values[index % 4];
            if (k < want) lo = mid + 1;
            else hi = mid;
        }
        revert MissingInput(input, index);
    }

    function _unflatten(uint64 j, int64[] calldata shape) private pure returns (uint64[] memory idx) {
        idx = new uint64[](shape.length);
        for (uint256 d = shape.length; d > 0; --d) {
            uint64 n = uint64(shape[d - 1]);
            if (n == 0) revert BadStep();
            idx[d - 1] = j % n;
            j /= n;
        }
    }

    /// @dev bcastIndex: the flat index of an input broadcast (numpy rules, right-aligned) to idx.
    function _bcast(int64[] calldata ishape, int64[] calldata oshape, uint64[] memory idx)
        private
        pure
        returns (uint64 off)
    {
        uint256 shift = oshape.length - ishape.length;
        for (uint256 d; d < ishape.length; ++d) {
            uint64 n = uint64(ishape[d]);
            uint64 i = n == 1 ? 0 : idx[d + shift];
            off = off * n + i;
        }
    }

    /// @dev _bcastPrefix: bcastIndex over the first `ri` dims of ishape against the output's first `ro`.
    function _bcastPrefix(int64[] calldata ishape, uint256 ri, uint256 ro, uint64[] memory idx)
        private
        pure
        returns (uint64 off)
    {
        uint256 shift = ro - ri;
        for (uint256 d; d < ri; ++d) {
            uint64 n = uint64(ishape[d]);
            uint64 i = n == 1 ? 0 : idx[d + shift];
            off = off * n + i;
        }
    }

    // ---- ops ----

    function _matmul(StepDesc calldata d, uint64[] memory idx, Leaf[] calldata leaves) private pure returns (int64) {
        int256 acc;
        if (d.ins.length == 3) acc = _get(leaves, 2, _bcast(d.ins[2].shape, d.out.shape, idx));
        acc = _matmulSum(d, idx, 0, reductionTerms(d), leaves, acc);
        return _to64(_rshr(acc, _shift(d)));
    }

    /// @dev acc + Σ_{k in [from, to)} A[.., i, k]·B[.., k, j], every prefix checked in int128.
    function _matmulSum(StepDesc calldata d, uint64[] memory idx, uint64 from, uint64 to, Leaf[] calldata leaves, int256 acc)
        private
        pure
        returns (int256)
    {
        int64[] calldata sa = d.ins[0].shape;
        int64[] calldata sb = d.ins[1].shape;
        uint256 ro = d.out.shape.length;
        uint64 K = uint64(sa[sa.length - 1]);
        uint64 N = uint64(sb[sb.length - 1]);
        uint64 aoff = _bcastPrefix(sa, sa.length - 2, ro - 2, idx) * uint64(sa[sa.length - 2]) * K + idx[ro - 2] * K;
        uint64 boff = _bcastPrefix(sb, sb.length - 2, ro - 2, idx) * K * N + idx[ro - 1];
        for (uint64 k = from; k < to; ++k) {
            int256 x = _get(leaves, 0, aoff + k);
            int256 y = _get(leaves, 1, boff + k * N);
            acc = _acc(acc, x * y);
        }
        return acc;
    }

    function _conv(StepDesc calldata d, uint64[] memory idx, Leaf[] calldata leaves) private pure returns (int64) {
        int256 acc;
        if (d.ins.length == 3) acc = _get(leaves, 2, idx[1]);
        acc = _convSum(d, idx, 0, reductionTerms(d), leaves, acc);
        return _to64(_rshr(acc, _shift(d)));
    }

    /// @dev acc + Σ of conv terms t in [from, to), t = c·kernelSize + kernelPosition.
    function _convSum(StepDesc calldata d, uint64[] memory idx, uint64 from, uint64 to, Leaf[] calldata leaves, int256 acc)
        private
        pure
        returns (int256)
    {
        int64[] calldata sx = d.ins[0].shape;
        int64[] calldata sw = d.ins[1].shape;
        int64[] calldata a = d.args;
        uint256 nsp = uint256(uint64(a[1]));
        if (sx.length != nsp + 2 || sw.length != nsp + 2 || a.length != 2 + 3 * nsp) revert BadStep();
        uint64 cg = uint64(sx[1]) / uint64(a[0]);
        uint64 inPlane = 1;
        uint64 kPlane = 1;
        for (uint256 t; t < nsp; ++t) {
            inPlane *= uint64(sx[2 + t]);
            kPlane *= uint64(sw[2 + t]);
        }
        uint64 m = idx[1];
        uint64 g = m / (uint64(sw[0]) / uint64(a[0]));
        for (uint64 t = from; t < to; ++t) {
            uint64 c = t / kPlane;
            uint64 kp = t % kPlane;
            (bool inside, uint64 off) = _convOffset(sx, sw, a, idx, kp, nsp);
            if (!inside) continue;
            int256 xv = _get(leaves, 0, (idx[0] * uint64(sx[1]) + g * cg + c) * inPlane + off);
            int256 wv = _get(leaves, 1, (m * cg + c) * kPlane + kp);
            acc = _acc(acc, xv * wv);
        }
        return acc;
    }

    /// @dev The input offset (within one channel plane) read by kernel position kp, if inside.
    function _convOffset(
        int64[] calldata sx,
        int64[] calldata sw,
        int64[] calldata a,
        uint64[] memory idx,
        uint64 kp,
        uint256 nsp
    ) private pure returns (bool, uint64) {
        // Unflatten kp over the kernel dims (row-major), and accumulate the input offset.
        uint64 off;
        uint64 inStride = 1;
        for (uint256 t = nsp; t > 0; --t) {
            uint256 dd = t - 1;
            uint64 kn = uint64(sw[2 + dd]);
            int256 kidx = int256(uint256(kp % kn));
            kp /= kn;
            int256 x = int256(uint256(idx[2 + dd])) * a[2 + 3 * dd] - a[4 + 3 * dd] + kidx * a[3 + 3 * dd];
            if (x < 0 || x >= sx[2 + dd]) return (false, 0);
            off += uint64(uint256(x)) * inStride;
            inStride *= uint64(sx[2 + dd]);
        }
        return (true, off);
    }

    /// @dev poolElem for AvgPool: Args [countIncludePad, nsp, (kernel, stride, dilation, padBegin,
    /// padEnd) per axis]; the window's exact sum divided (half up) by its count.
    function _avgpool(StepDesc calldata d, uint64[] memory idx, Leaf[] calldata leaves) private pure returns (int64) {
        int64[] calldata sx = d.ins[0].shape;
        int64[] calldata a = d.args;
        uint256 nsp = uint256(uint64(a[1]));
        if (sx.length != nsp + 2 || a.length != 2 + 5 * nsp) revert BadStep();
        uint64 inPlane = 1;
        uint64 kPlane = 1;
        for (uint256 t; t < nsp; ++t) {
            inPlane *= uint64(sx[2 + t]);
            kPlane *= uint64(a[2 + 5 * t]);
        }
        uint64 base = (idx[0] * uint64(sx[1]) + idx[1]) * inPlane;
        int256 sum;
        int64 count;
        for (uint64 kp; kp < kPlane; ++kp) {
            (bool inside, uint64 off) = _poolOffset(sx, a, idx, kp, nsp);
            if (inside) {
                sum = _acc(sum, _get(leaves, 0, base + off));
                ++count;
            } else if (a[0] == 1 && _inPadded(sx, a, idx, kp, nsp)) {
                ++count;
            }
        }
        if (count == 0) revert EmptyWindow();
        return _div(_to64(sum), count);
    }

    /// @dev Whether kernel position kp falls inside the padded extent on every axis.
    function _inPadded(int64[] calldata sx, int64[] calldata a, uint64[] memory idx, uint64 kp, uint256 nsp)
        private
        pure
        returns (bool)
    {
        for (uint256 t = nsp; t > 0; --t) {
            uint256 dd = t - 1;
            uint256 b = 2 + 5 * dd;
            uint64 kn = uint64(a[b]);
            int256 kidx = int256(uint256(kp % kn));
            kp /= kn;
            int256 x = int256(uint256(idx[2 + dd])) * a[b + 1] - a[b + 3] + kidx * a[b + 2];
            if (x < -int256(a[b + 3]) || x >= int256(sx[2 + dd]) + a[b + 4]) return false;
        }
        return true;
    }

    /// @dev requantElem: Args [axis, K, C, inZp×C, M×C, outZp×C, lo, hi]:
    /// clamp(outZp + mulShiftEven(x − inZp, M, K), lo, hi), per channel c of axis.
    function _requant(StepDesc calldata d, uint64 i, int64 x) private pure returns (int64) {
        int64[] calldata a = d.args;
        uint256 C = uint256(uint64(a[2]));
        uint256 c;
        if (a[0] >= 0) c = (uint256(i) / uint256(_stride(d.ins[0].shape, uint256(uint64(a[0]))))) % C;
        int64 y = _to64(
            int256(_mulShiftEven(_to64(int256(x) - int256(a[3 + c])), a[3 + C + c], uint64(a[1]))) + int256(a[3 + 2 * C + c])
        );
        int64 lo = a[3 + 3 * C];
        int64 hi = a[4 + 3 * C];
        y = y > lo ? y : lo;
        return y < hi ? y : hi;
    }

    /// @dev arith.mulShiftEven: |x|·m >> k rounding half to even on the magnitude, sign restored.
    function _mulShiftEven(int64 x, int64 m, uint64 k) private pure returns (int64) {
        bool neg = x < 0;
        uint256 p = uint256(x < 0 ? -int256(x) : int256(x)) * uint256(uint64(m));
        uint64 q;
        if (k >= 64) revert Overflow();
        if (k == 0) {
            if (p > uint256(uint64(type(int64).max))) revert Overflow();
            q = uint64(p);
        } else {
            if (p >> (64 + k) != 0) revert Overflow();
            q = uint64(p >> k);
            uint256 rem = p & ((uint256(1) << k) - 1);
            uint256 half = uint256(1) << (k - 1);
            if (rem > half || (rem == half && q & 1 == 1)) {
                unchecked {
                    q += 1; // wraps like the engine's uint64
                }
            }
        }
        if (q > uint64(type(int64).max)) revert Overflow();
        return neg ? -int64(q) : int64(q);
    }

    /// @dev convTransposeElem: rshr(bias[m] + Σ X[n, g·C/g + c, i…]·W[g·C/g + c, m mod M/g, k…]), over
    /// the c and kernel positions whose source i = (o + padBegin − k·dilation) / stride is an integer
    /// inside X. Args like Conv: [group, nsp, (stride, dilation, padBegin) per axis].
    function _convTranspose(StepDesc calldata d, uint64[] memory idx, Leaf[] calldata leaves) private pure returns (int64) {
        int64[] calldata sx = d.ins[0].shape;
        int64[] calldata sw = d.ins[1].shape;
        int64[] calldata a = d.args;
        uint256 nsp = uint256(uint64(a[1]));
        if (sx.length != nsp + 2 || sw.length != nsp + 2 || a.length != 2 + 3 * nsp) revert BadStep();
        uint64 C = uint64(sx[1]);
        uint64 mg = uint64(sw[1]);
        uint64 cg = C / uint64(a[0]);
        uint64 m = idx[1];
        uint64 inPlane = 1;
        uint64 kPlane = 1;
        for (uint256 t; t < nsp; ++t) {
            inPlane *= uint64(sx[2 + t]);
            kPlane *= uint64(sw[2 + t]);
        }
        int256 acc;
        if (d.ins.length == 3) acc = _get(leaves, 2, m);
        for (uint64 c; c < cg; ++c) {
            uint64 ci = (m / mg) * cg + c;
            for (uint64 kp; kp < kPlane; ++kp) {
                (bool inside, uint64 off) = _convTransposeOffset(sx, sw, a, idx, kp, nsp);
                if (!inside) continue;
                int256 xv = _get(leaves, 0, (idx[0] * C + ci) * inPlane + off);
                int256 wv = _get(leaves, 1, (ci * mg + m % mg) * kPlane + kp);
                acc = _acc(acc, xv * wv);
            }
        }
        return _to64(_rshr(acc, _shift(d)));
    }

    function _convTransposeOffset(
        int64[] calldata sx,
        int64[] calldata sw,
        int64[] calldata a,
        uint64[] memory idx,
        uint64 kp,
        uint256 nsp
    ) private pure returns (bool, uint64) {
        // Decompose kp row-major, but check axes in order (the engine breaks at the first outside).
        int256[] memory kidx = new int256[](nsp);
        for (uint256 t = nsp; t > 0; --t) {
            uint64 kn = uint64(sw[1 + t]);
            kidx[t - 1] = int256(uint256(kp % kn));
            kp /= kn;
        }
        uint64 off;
        for (uint256 dd; dd < nsp; ++dd) {
            int256 tt = int256(uint256(idx[2 + dd])) + a[4 + 3 * dd] - kidx[dd] * a[3 + 3 * dd];
            int256 st = a[2 + 3 * dd];
            if (tt < 0 || tt % st != 0 || tt / st >= sx[2 + dd]) return (false, 0);
            off += uint64(uint256(tt / st)) * uint64(uint256(_stride(sx, 2 + dd)));
        }
        return (true, off);
    }

    /// @dev weightedGatherElem: rshr(Σ_k x[idx[j·K+k]]·w[j·K+k], sx+sw−so); Args [K].
    function _weightedGather(StepDesc calldata d, uint64 j, Leaf[] calldata leaves) private pure returns (int64) {
        uint64 K = uint64(d.args[0]);
        uint64 n = 1;
        for (uint256 t; t < d.ins[0].shape.length; ++t) {
            n *= uint64(d.ins[0].shape[t]);
        }
        int256 acc;
        for (uint64 k; k < K; ++k) {
            int64 ix = _get(leaves, 1, j * K + k);
            int64 w = _get(leaves, 2, j * K + k);
            if (ix < 0 || uint64(ix) >= n) revert IndexOutOfRange();
            acc = _acc(acc, int256(_get(leaves, 0, uint64(ix))) * int256(w));
        }
        int256 shift = int256(uint256(d.ins[0].scale)) + int256(uint256(d.ins[2].scale)) - int256(uint256(d.out.scale));
        return _to64(_rshr(acc, shift));
    }

    /// @dev Sqrt, Cast and Round of one element (sqrtKernel, castElem, roundElem).
    function _scalar(uint16 op, int64 u, StepDesc calldata d) private pure returns (int64) {
        SlotDesc calldata vx = d.ins[0];
        SlotDesc calldata vo = d.out;
        if (op == OP_SQRT) {
            if (u < 0) revert NegativeSqrt();
            int256 k = 2 * int256(uint256(vo.scale)) - int256(uint256(vx.scale));
            if (k < 0 || k > 64) revert Overflow();
            // u · 2^k exactly (< 2^127): any int64 input has a root; one past int64 overflows.
            uint256 r = _isqrtRound(uint256(uint64(u)) << uint256(k));
            if (r > uint256(uint64(type(int64).max))) revert Overflow();
            return int64(uint64(r));
        }
        if (op == OP_ROUND) {
            uint256 sc = vx.scale;
            if (sc == 0) return u;
            int256 one = int256(1) << sc;
            int256 fl = int256(u) >> sc;
            int256 frac = int256(u) - (fl << sc);
            if (d.args[0] == 1 && frac != 0) fl += 1;
            if (d.args[0] == 2 && (frac > one >> 1 || (frac == one >> 1 && fl & 1 == 1))) fl += 1;
            return _shl64(_to64(fl), sc);
        }
        // Cast
        if (!vx.isInt && !vo.isInt) {
            if (vo.scale < vx.scale) return _rshr64(u, vx.scale - vo.scale);
            return _shl64(u, vo.scale - vx.scale);
        }
        if (!vx.isInt) {
            if (vo.dtype == 9) return u != 0 ? int64(1) : int64(0);
            return _wrapTo(vo.dtype, _to64(int256(u) / (int256(1) << vx.scale)));
        }
        if (!vo.isInt) return _shl64(u, vo.scale);
        return _wrapTo(vo.dtype, u);
    }

    /// @dev wrapTo: the value as the ONNX integer type stores it (two's complement wrap).
    function _wrapTo(uint8 dtype, int64 v) private pure returns (int64) {
        if (dtype == 2) return int64(uint64(uint8(uint64(v))));
        if (dtype == 3) return int64(int8(v));
        if (dtype == 4) return int64(uint64(uint16(uint64(v))));
        if (dtype == 5) return int64(int16(v));
        if (dtype == 6) return int64(int32(v));
        if (dtype == 12) return int64(uint64(uint32(uint64(v))));
        if (dtype == 9) return v != 0 ? int64(1) : int64(0);
        return v;
    }

    /// @dev The integer nearest to sqrt(n): r = floor(sqrt(n)) by Newton from above, +1 if n − r² > r.
    function _isqrtRound(uint256 n) private pure returns (uint256) {
        if (n < 2) return n;
        uint256 r = n;
        uint256 y = n / 2 + 1;
        while (y < r) {
            r = y;
            y = (r + n / r) / 2;
        }
        if (n - r * r > r) r += 1;
        return r;
    }

    /// @dev argElem: Args [axis, selectLast, min]: the index of the largest (smallest) along axis.
    function _argmax(StepDesc calldata d, uint64 j, Leaf[] calldata leaves) private pure returns (int64) {
        int64[] calldata sh = d.ins[0].shape;
        uint256 axis = uint256(uint64(d.args[0]));
        uint64 n = uint64(sh[axis]);
        uint64 inner = uint64(uint256(_stride(sh, axis)));
        uint64 base = (j / inner) * n * inner + j % inner;
        int64 best;
        int64 bestV;
        for (uint64 k; k < n; ++k) {
            int64 v = _get(leaves, 0, base + k * inner);
            bool better = d.args[2] == 1 ? v < bestV : v > bestV;
            if (k == 0 || better || (v == bestV && d.args[1] == 1)) {
                best = int64(k);
                bestV = v;
            }
        }
        return best;
    }

    /// @dev Tile (out[i] = in[i mod shape]) and GatherElements (the axis index from indices).
    function _tile(StepDesc calldata d, uint64 j, uint64[] memory idx, Leaf[] calldata leaves) private pure returns (int64) {
        int64[] calldata sh = d.ins[0].shape;
        int256 off;
        if (d.op == OP_TILE) {
            for (uint256 t; t < idx.length; ++t) {
                off += int256(uint256(idx[t] % uint64(sh[t]))) * _stride(sh, t);
            }
            return _get(leaves, 0, uint64(uint256(off)));
        }
        uint256 axis = uint256(uint64(d.args[0]));
        int256 ix = _get(leaves, 1, j);
        int256 n = sh[axis];
        if (ix < 0) ix += n;
        if (ix < 0 || ix >= n) revert IndexOutOfRange();
        for (uint256 t; t < idx.length; ++t) {
            int256 v = t == axis ? ix : int256(uint256(idx[t]));
            off += v * _stride(sh, t);
        }
        return _get(leaves, 0, uint64(uint256(off)));
    }

    /// @dev Row-major stride of axis t in shape.
    function _stride(int64[] calldata shape, uint256 t) private pure returns (int256 st) {
        st = 1;
        for (uint256 u = t + 1; u < shape.length; ++u) {
            st *= int256(shape[u]);
        }
    }

    /// @dev The index ops: one output element is one input element (or Pad's constant).
    function _index(StepDesc calldata d, uint64[] memory idx, Leaf[] calldata leaves) private pure returns (int64) {
        uint16 op = d.op;
        int64[] calldata a = d.args;
        int64[] calldata sh = d.ins[0].shape;
        int256 off;
        if (op == OP_TRANSPOSE) {
            for (uint256 t; t < a.length; ++t) {
                off += int256(uint256(idx[t])) * _stride(sh, uint256(uint64(a[t])));
            }
        } else if (op == OP_SLICE) {
            for (uint256 t; t < sh.length; ++t) {
                off += (int256(a[2 * t]) + int256(uint256(idx[t])) * int256(a[2 * t + 1])) * _stride(sh, t);
            }
        } else if (op == OP_PAD) {
            for (uint256 t; t < idx.length; ++t) {
                (int256 x, bool inside) = _padSource(a[0], int256(uint256(idx[t])) - int256(a[2 + t]), int256(sh[t]));
                if (!inside) return a[1];
                off += x * _stride(sh, t);
            }
        } else if (op == OP_CONCAT) {
            uint256 axis = uint256(uint64(a[0]));
            int256 pos = int256(uint256(idx[axis]));
            for (uint256 k; k < d.ins.length; ++k) {
                int64[] calldata s = d.ins[k].shape;
                if (pos < int256(s[axis])) {
                    for (uint256 t; t < s.length; ++t) {
                        int256 v = t == axis ? pos : int256(uint256(idx[t]));
                        off += v * _stride(s, t);
                    }
                    return _get(leaves, uint8(k), uint64(uint256(off)));
                }
                pos -= int256(s[axis]);
            }
            revert IndexOutOfRange();
        } else {
            // Gather: out idx = data[:axis] ++ indices idx ++ data[axis+1:].
            uint256 axis = uint256(uint64(a[0]));
            int64[] calldata ish = d.ins[1].shape;
            int256 iflat;
            for (uint256 t; t < ish.length; ++t) {
                iflat += int256(uint256(idx[axis + t])) * _stride(ish, t);
            }
            int256 ix = _get(leaves, 1, uint64(uint256(iflat)));
            int256 n = sh[axis];
            if (ix < 0) ix += n;
            if (ix < 0 || ix >= n) revert IndexOutOfRange();
            for (uint256 t; t < axis; ++t) {
                off += int256(uint256(idx[t])) * _stride(sh, t);
            }
            off += ix * _stride(sh, axis);
            for (uint256 t = axis + 1; t < sh.length; ++t) {
                off += int256(uint256(idx[t + ish.length - 1])) * _stride(sh, t);
            }
        }
        return _get(leaves, 0, uint64(uint256(off)));
    }

    /// @dev padSource: mode 0 constant (outside), 1 reflect, 2 edge, 3 wrap.
    function _padSource(int64 mode, int256 x, int256 n) private pure returns (int256, bool) {
        if (x >= 0 && x < n) return (x, true);
        if (mode == 1) {
            if (n == 1) return (0, true);
            while (x < 0 || x >= n) {
                if (x < 0) x = -x;
                if (x >= n) x = 2 * (n - 1) - x;
            }
            return (x, true);
        }
        if (mode == 2) return (x < 0 ? int256(0) : n - 1, true);
        if (mode == 3) {
            x %= n;
            return (x < 0 ? x + n : x, true);
        }
        return (0, false);
    }

    /// @dev arith.div: round half up, floor((2n + d) / 2d), signs normalised first; every step checked.
    function _div(int64 n, int64 dv) private pure returns (int64) {
        if (dv == 0) revert Overflow();
        if (dv < 0) {
            n = _to64(-int256(n));
            dv = _to64(-int256(dv));
        }
        int256 num = int256(_to64(int256(_to64(int256(n) * 2)) + int256(dv)));
        int256 den = int256(_to64(int256(dv) * 2));
        int256 q = num / den;
        if (num % den != 0 && ((num < 0) != (den < 0))) q -= 1;
        return _to64(q);
    }

    /// @dev reduceElem: Args [kind, keepdims, axis mask...]; sum and mean accumulate exactly.
    function _reduce(StepDesc calldata d, uint64[] memory idx, Leaf[] calldata leaves) private pure returns (int64) {
        int64[] calldata sx = d.ins[0].shape;
        int64[] calldata a = d.args;
        if (a.length != 2 + sx.length) revert BadStep();
        int64 kind = a[0];
        bool keep = a[1] == 1;
        uint64[] memory base = new uint64[](sx.length);
        uint256 nred;
        uint256 k;
        for (uint256 t; t < sx.length; ++t) {
            if (a[2 + t] == 1) {
                ++nred;
                if (keep) ++k;
                continue;
            }
            base[t] = idx[k];
            ++k;
        }
        uint64 n = 1;
        for (uint256 t; t < sx.length; ++t) {
            if (a[2 + t] == 1) n *= uint64(sx[t]);
        }
        int256 sum;
        int64 out;
        for (uint64 r; r < n; ++r) {
            // Unflatten r over the reduced axes (row-major) into base.
            uint64 rem = r;
            for (uint256 t = sx.length; t > 0; --t) {
                if (a[1 + t] != 1) continue;
                uint64 dim = uint64(sx[t - 1]);
                base[t - 1] = rem % dim;
                rem /= dim;
            }
            uint64 off;
            for (uint256 t; t < sx.length; ++t) {
                off = off * uint64(sx[t]) + base[t];
            }
            int64 u = _get(leaves, 0, off);
            if (kind == 0 || kind == 3) sum = _acc(sum, u);
            else if (r == 0) out = u;
            else if (kind == 1) out = u > out ? u : out;
            else out = u < out ? u : out;
        }
        if (kind == 0) return _to64(sum);
        if (kind == 3) return _div(_to64(sum), int64(n));
        return out;
    }

    function _maxpool(StepDesc calldata d, uint64[] memory idx, Leaf[] calldata leaves) private pure returns (int64) {
        int64[] calldata sx = d.ins[0].shape;
        int64[] calldata a = d.args;
        uint256 nsp = uint256(uint64(a[1]));
        if (sx.length != nsp + 2 || a.length != 2 + 5 * nsp) revert BadStep();
        uint64 inPlane = 1;
        uint64 kPlane = 1;
        for (uint256 t; t < nsp; ++t) {
            inPlane *= uint64(sx[2 + t]);
            kPlane *= uint64(a[2 + 5 * t]);
        }
        uint64 base = (idx[0] * uint64(sx[1]) + idx[1]) * inPlane;
        int64 best = type(int64).min;
        bool any;
        for (uint64 kp; kp < kPlane; ++kp) {
            (bool inside, uint64 off) = _poolOffset(sx, a, idx, kp, nsp);
            if (!inside) continue;
            int64 v = _get(leaves, 0, base + off);
            if (!any || v > best) best = v;
            any = true;
        }
        if (!any) revert EmptyWindow();
        return best;
    }

    function _poolOffset(int64[] calldata sx, int64[] calldata a, uint64[] memory idx, uint64 kp, uint256 nsp)
        private
        pure
        returns (bool, uint64)
    {
        uint64 off;
        uint64 inStride = 1;
        for (uint256 t = nsp; t > 0; --t) {
            uint256 dd = t - 1;
            uint256 b = 2 + 5 * dd;
            uint64 kn = uint64(a[b]);
            int256 kidx = int256(uint256(kp % kn));
            kp /= kn;
            int256 x = int256(uint256(idx[2 + dd])) * a[b + 1] - a[b + 3] + kidx * a[b + 2];
            if (x < 0 || x >= sx[2 + dd]) return (false, 0);
            off += uint64(uint256(x)) * inStride;
            inStride *= uint64(sx[2 + dd]);
        }
        return (true, off);
    }
}
