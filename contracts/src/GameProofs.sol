// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {OneStepVerifier} from "./OneStepVerifier.sol";

/// @title GameProofs
/// @notice The dispute game's stateless checks (docs/DISPUTE.md): openings against a state root, the
/// one-step outcome of an element, a segment of a wide reduction, the initial state, input validity
/// and the output bytes. Split from DisputeGame, which deploys it, to keep each under the code-size
/// limit; it holds no state and trusts nothing it is given beyond what it checks itself. Every
/// opening is bound to its tree's height: a state's slot tree has nSlots leaves, a tensor's tree
/// ceil(len/4), the table tree nTables, a table's values ceil(len/4).
contract GameProofs {
    /// @notice One program output: its slot and element count.
    struct Output {
        uint32 slot;
        uint64 len;
    }

    /// @notice One program input: its slot, element count and element type (docs/ENCODING.md).
    struct Input {
        uint32 slot;
        uint64 len;
        uint8 scale;
        bool isInt;
        uint8 dtype;
    }

    /// @notice The layout header whose hash the registry records as layoutRoot.
    struct Layout {
        bytes32 stepsRoot;
        bytes32 slotsRoot;
        uint32 nSteps;
        uint32 nSlots;
        Output[] outputs;
        Input[] inputs;
        bytes32 tablesRoot;
        uint32 nTables;
    }

    /// @notice A table of the program (inference.Table) with its path to the layout's table tree.
    struct TableOpening {
        int64 lo;
        uint8 shift;
        bool overflowAbove;
        uint64 len;
        bytes32 valuesRoot;
        bytes32[] proof;
    }

    /// @notice A slot commitment of the pre-state with its Merkle path.
    struct SlotOpening {
        bytes32 commitment;
        bytes32[] proof;
    }

    /// @notice A leaf with its path to its slot commitment (or to its table's values root).
    struct LeafOpening {
        uint8 input;
        uint64 leaf;
        int64[4] values;
        bytes32[] proof;
    }

    uint16 internal constant OP_TABLE = 13;
    uint16 internal constant OP_LOG = 26;

    OneStepVerifier public immutable verifier;

    error BadOpening(string what);
    error InvalidOpening();

    constructor(OneStepVerifier verifier_) {
        verifier = verifier_;
    }

    // ---------------------------------------------------------------- steps

    /// @notice The step's output slot, element count and reduction width (0: not a bisected reduction).
    function stepInfo(bytes calldata desc) external view returns (uint32 outSlot, uint64 outLen, uint64 terms) {
        OneStepVerifier.StepDesc memory d = abi.decode(desc, (OneStepVerifier.StepDesc));
        outLen = 1;
        for (uint256 k; k < d.out.shape.length; ++k) {
            outLen *= uint64(d.out.shape[k]);
        }
        return (d.out.slot, outLen, verifier.reductionTerms(d));
    }

    // The functions below marked "Context" take exactly the arguments of the DisputeGame move they
    // serve (which forwards its calldata unchanged) followed by the game's context and its length,
    // appended after the arguments as ERC-2771 appends the sender: read from the end of the
    // calldata, so no argument can replace it.

    /// @dev The context DisputeGame appended: abi-encoded, followed by its length in bytes.
    function _context() private pure returns (bytes calldata) {
        uint256 end = msg.data.length - 32;
        uint256 n = uint256(bytes32(msg.data[end:]));
        return msg.data[end - n:end];
    }

    /// @notice DisputeGame.pickStep's step: the layout against the registered root, the step index
    /// within it, the description against the step tree. Returns the description's leaf, the
    /// program's slot count and the step's output slot and length. Context: (bytes32 layoutRoot).
    function stepOf(
        uint256,
        uint32 step,
        bytes32,
        bytes32[] calldata,
        bytes32,
        bytes32[] calldata,
        Layout calldata lay,
        bytes calldata desc,
        bytes32[] calldata descProof
    ) external view returns (bytes32 leaf, uint32 nSlots, uint32 outSlot, uint64 outLen) {
        if (layoutRoot(lay) != abi.decode(_context(), (bytes32))) revert BadOpening("layout");
        if (step >= lay.nSteps) revert InvalidOpening();
        leaf = keccak256(desc);
        if (!_verify(lay.stepsRoot, leaf, step, descProof, _height(lay.nSteps))) revert BadOpening("step");
        (outSlot, outLen,) = this.stepInfo(desc);
        nSlots = lay.nSlots;
    }

    /// @notice DisputeGame.challenge's layout: its root and step count.
    function layoutOf(uint256, Layout calldata lay) external pure returns (bytes32 root, uint32 nSteps) {
        return (layoutRoot(lay), lay.nSteps);
    }

    /// @notice DisputeGame.disputeInvalidInputClaim's decision: the layout against the registered
    /// root, then whether the input (for a batch: each of exactly `size` items) is one the model
    /// takes. Against an "invalid input" claim the proposer wins iff it is not; against another claim
    /// on a batch (`batchClaim`) an invalid input makes the proposer lose and a valid one is refused.
    /// Context: (bytes32 layoutRoot, uint256 size, bool batchClaim).
    function inputClaim(uint256, Layout calldata lay, uint256, bytes calldata input)
        external
        view
        returns (bool proposerWon)
    {
        (bytes32 root, uint256 size, bool batchClaim) = abi.decode(_context(), (bytes32, uint256, bool));
        if (layoutRoot(lay) != root) revert BadOpening("layout");
        bool valid = size > 1 ? this.batchValid(lay, input, size) : inputValid(lay, input);
        if (batchClaim && valid) revert BadOpening("the batch is valid");
        return !valid && !batchClaim;
    }

    /// @notice DisputeGame.disputeOutput's check: the layout against the registered root, the
    /// proposal's output (for a batch: item `index` of exactly `size`; wellFormed false when it is
    /// not that), then outputMatches against `last`. Context: (bytes32 layoutRoot, uint256 size,
    /// uint256 index, bytes output).
    function outputOf(uint256, bytes32 last, bytes32[] calldata, Layout calldata lay, SlotOpening[] calldata outs)
        external
        view
        returns (bool wellFormed, bool same)
    {
        (bytes32 root, uint256 size, uint256 index, bytes memory output) =
            abi.decode(_context(), (bytes32, uint256, uint256, bytes));
        if (layoutRoot(lay) != root) revert BadOpening("layout");
        if (size > 1) {
            (wellFormed, output) = this.item(output, index, size);
            if (!wellFormed) return (false, false);
        }
        return (true, this.outputMatches(last, lay, outs, output));
    }

    /// @notice DisputeGame.proveOneStep's element `j` from openings against the pre-state. ok is false
    /// when the engine's semantics give it no value (overflow, empty window, division by zero, index
    /// out of range, negative sqrt, non-positive log); a malformed opening reverts.
    /// Context: (bytes32 pre, uint32 nSlots).
    function element(uint256, uint64 j, bytes calldata desc, SlotOpening[] calldata slots, LeafOpening[] calldata leaves)
        external
        view
        returns (bool ok, int64 v)
    {
        (bytes32 pre, uint32 nSlots) = abi.decode(_context(), (bytes32, uint32));
        OneStepVerifier.StepDesc memory d = abi.decode(desc, (OneStepVerifier.StepDesc));
        OneStepVerifier.Leaf[] memory ls = _openings(pre, nSlots, d, slots, leaves);
        try verifier.elementValue(d, j, ls) returns (int64 r) {
            return (true, r);
        } catch (bytes memory reason) {
            _noValue(reason);
        }
    }

    /// @notice DisputeGame.proveTableStep's element `j` of a Table (or Log) step: the layout against
    /// the registered root, its input element against the pre-state, the table against the layout's
    /// table tree, the entries the lookup reads against the table.
    /// Context: (bytes32 pre, uint32 nSlots, bytes32 layoutRoot).
    function tableElement(
        uint256,
        uint64 j,
        bytes calldata desc,
        Layout calldata lay,
        SlotOpening calldata inSlot,
        LeafOpening calldata inLeaf,
        TableOpening calldata t,
        LeafOpening[] calldata entries
    ) external view returns (bool ok, int64 v) {
        (bytes32 pre, uint32 nSlots, bytes32 root) =
            abi.decode(_context(), (bytes32, uint32, bytes32));
        if (layoutRoot(lay) != root) revert BadOpening("layout");
        OneStepVerifier.StepDesc memory d = abi.decode(desc, (OneStepVerifier.StepDesc));
        // Only a lookup step is a lookup: another one-input step whose first argument happens to be a
        // table index must not be judged by a table (a red-team finding of issue #14).
        if (d.ins.length != 1 || (d.op != OP_TABLE && d.op != OP_LOG)) revert InvalidOpening();
        if (!_verify(pre, inSlot.commitment, d.ins[0].slot, inSlot.proof, _height(nSlots))) revert BadOpening("input slot");
        if (inLeaf.leaf != j / 4) revert InvalidOpening();
        if (!_verify(inSlot.commitment, _packed(inLeaf.values), inLeaf.leaf, inLeaf.proof, _tensorDepth(d.ins[0].shape))) {
            revert BadOpening("input leaf");
        }
        bytes32 tleaf = keccak256(abi.encode(t.lo, t.shift, t.overflowAbove, t.len, t.valuesRoot));
        if (!_verify(lay.tablesRoot, tleaf, uint256(uint64(d.args[0])), t.proof, _height(lay.nTables))) {
            revert BadOpening("table");
        }
        uint256 valuesDepth = _height((uint256(t.len) + 3) / 4);
        OneStepVerifier.Leaf[] memory ls = new OneStepVerifier.Leaf[](entries.length);
        for (uint256 i; i < entries.length; ++i) {
            LeafOpening calldata l = entries[i];
            if (!_verify(t.valuesRoot, _packed(l.values), l.leaf, l.proof, valuesDepth)) revert BadOpening("table entry");
            ls[i] = OneStepVerifier.Leaf({input: 0, leaf: l.leaf, values: l.values});
        }
        int64 u = inLeaf.values[j % 4];
        if (d.op == OP_LOG) {
            try verifier.logValue(u, d.args[1], d.ins[0].scale, t.lo, t.shift, t.len, ls) returns (int64 r) {
                return (true, r);
            } catch (bytes memory reason) {
                _noValue(reason);
            }
        } else {
            try verifier.tableValue(u, t.lo, t.shift, t.overflowAbove, t.len, ls) returns (int64 r) {
                return (true, r);
            } catch (bytes memory reason) {
                _noValue(reason);
            }
        }
    }

    /// @notice DisputeGame.proveSegment's accumulation: `start` plus terms [lo, hi) of element `j`
    /// from openings against the pre-state; ok is false when a running total leaves int128.
    /// Context: (bytes32 pre, uint32 nSlots, uint64 j, uint64 lo, uint64 hi, int256 start).
    function segment(
        uint256,
        int256[] calldata,
        uint256,
        bytes calldata desc,
        SlotOpening[] calldata slots,
        LeafOpening[] calldata leaves
    ) external view returns (bool ok, int256 acc) {
        (bytes32 pre, uint32 nSlots, uint64 j, uint64 lo, uint64 hi, int256 start) =
            abi.decode(_context(), (bytes32, uint32, uint64, uint64, uint64, int256));
        OneStepVerifier.StepDesc memory d = abi.decode(desc, (OneStepVerifier.StepDesc));
        OneStepVerifier.Leaf[] memory ls = _openings(pre, nSlots, d, slots, leaves);
        try verifier.accumulate(d, j, lo, hi, start, ls) returns (int256 r) {
            return (true, r);
        } catch (bytes memory reason) {
            _noValue(reason);
        }
    }

    /// @notice DisputeGame.disputeBias's accumulator start of element `j` (its bias, or 0) from
    /// openings against the pre-state. Context: (bytes32 pre, uint32 nSlots, uint64 j).
    function bias(
        uint256,
        int256[] calldata,
        bytes calldata desc,
        SlotOpening[] calldata slots,
        LeafOpening[] calldata leaves
    ) external view returns (int256) {
        (bytes32 pre, uint32 nSlots, uint64 j) = abi.decode(_context(), (bytes32, uint32, uint64));
        OneStepVerifier.StepDesc memory d = abi.decode(desc, (OneStepVerifier.StepDesc));
        return verifier.reductionBias(d, j, _openings(pre, nSlots, d, slots, leaves));
    }

    /// @notice The element a full accumulator gives: rescaled and checked (ok false: it gives none).
    function finish(bytes calldata desc, int256 acc) external view returns (bool ok, int64 v) {
        OneStepVerifier.StepDesc memory d = abi.decode(desc, (OneStepVerifier.StepDesc));
        try verifier.finishReduction(d, acc) returns (int64 r) {
            return (true, r);
        } catch (bytes memory reason) {
            _noValue(reason);
        }
    }

    // ---------------------------------------------------------------- inputs and outputs

    /// @notice s_0 from the constants' commitments (checked against the layout's slot tree) and the
    /// input bytes; valid is false for bytes that are not an input of the model.
    function initialState(Layout calldata lay, bytes32[] calldata consts, bytes calldata input)
        external
        pure
        returns (bool valid, bytes32 s0)
    {
        if (consts.length != lay.nSlots) revert InvalidOpening();
        bytes32[] memory leaves = new bytes32[](consts.length);
        for (uint256 k; k < consts.length; ++k) {
            leaves[k] = keccak256(abi.encode(uint32(k), consts[k]));
        }
        if (_root(leaves) != lay.slotsRoot) revert BadOpening("constants");
        bytes32[] memory state = new bytes32[](consts.length);
        for (uint256 k; k < consts.length; ++k) {
            state[k] = consts[k];
        }
        (bool ok, bytes32[] memory commitments) = _inputCommitments(lay.inputs, input, true);
        if (!ok) return (false, 0);
        for (uint256 k; k < commitments.length; ++k) {
            state[lay.inputs[k].slot] = commitments[k];
        }
        return (true, _root(state));
    }

    /// @notice DisputeGame.disputeInitialState's s_0: the layout checked against the registered root,
    /// the request's input (for a batch: item `index` of `size`), then initialState. valid is false
    /// for an input the model cannot take. Context: (bytes32 layoutRoot, uint256 size, uint256 index).
    function initialStateOf(
        uint256,
        bytes32,
        bytes32[] calldata,
        Layout calldata lay,
        bytes32[] calldata consts,
        uint256,
        bytes calldata input
    ) external view returns (bool valid, bytes32 s0) {
        (bytes32 root, uint256 size, uint256 index) =
            abi.decode(_context(), (bytes32, uint256, uint256));
        if (layoutRoot(lay) != root) revert BadOpening("layout");
        if (size <= 1) return this.initialState(lay, consts, input);
        (bool ok, bytes memory one) = this.item(input, index, size);
        if (!ok) return (false, 0);
        return this.initialState(lay, consts, one);
    }

    /// @notice Whether `input` decodes to the model's inputs (docs/ENCODING.md).
    function inputValid(Layout calldata lay, bytes calldata input) public pure returns (bool ok) {
        (ok,) = _inputCommitments(lay.inputs, input, false);
    }

    /// @notice Whether a batch's input is valid: abi-encoded bytes[] of exactly `size` valid inputs.
    function batchValid(Layout calldata lay, bytes calldata input, uint256 size) external view returns (bool) {
        (bool ok, bytes[] memory items) = _items(input);
        if (!ok || items.length != size) return false;
        for (uint256 i; i < items.length; ++i) {
            if (!this.inputValid(lay, items[i])) return false;
        }
        return true;
    }

    /// @notice Item `i` of abi-encoded bytes[] of exactly `size` items (ok false: it is not that).
    function item(bytes calldata data, uint256 i, uint256 size) external view returns (bool ok, bytes memory out) {
        bytes[] memory items;
        (ok, items) = _items(data);
        if (!ok || items.length != size || i >= size) return (false, out);
        return (true, items[i]);
    }

    /// @notice abi.decode as an external call so that malformed data is a value, not a revert.
    function decodeItems(bytes calldata data) external pure returns (bytes[] memory) {
        return abi.decode(data, (bytes[]));
    }

    /// @notice Whether `output` is the output tensors of state `last` (output slots opened against it).
    function outputMatches(bytes32 last, Layout calldata lay, SlotOpening[] calldata outs, bytes calldata output)
        external
        pure
        returns (bool)
    {
        if (outs.length != lay.outputs.length) revert InvalidOpening();
        uint256 total;
        for (uint256 k; k < lay.outputs.length; ++k) {
            total += lay.outputs[k].len;
        }
        bool same = output.length == total * 8;
        uint256 off;
        uint256 slotDepth = _height(lay.nSlots);
        for (uint256 k; k < outs.length; ++k) {
            if (!_verify(last, outs[k].commitment, lay.outputs[k].slot, outs[k].proof, slotDepth)) revert BadOpening("output slot");
            uint64 n = lay.outputs[k].len;
            if (same && _tensorRoot(output, off, n) != outs[k].commitment) same = false;
            off += n * 8;
        }
        return same;
    }

    // ---------------------------------------------------------------- internals

    /// @dev The items of abi-encoded bytes[] in its canonical encoding only: abi.decode also accepts
    /// trailing bytes and other offsets, and a batch output that decodes to the right items but is
    /// not their encoding is not the engine's answer (a red-team finding of issue #14).
    function _items(bytes calldata data) private view returns (bool, bytes[] memory) {
        try this.decodeItems(data) returns (bytes[] memory items) {
            if (keccak256(abi.encode(items)) != keccak256(data)) return (false, new bytes[](0));
            return (true, items);
        } catch {
            return (false, new bytes[](0));
        }
    }

    /// @dev A verifier revert is either the engine's "no value" (returned as ok = false) or a
    /// malformed proof (a missing or unsorted leaf), which is re-raised so the caller sends a valid one.
    function _noValue(bytes memory reason) private pure {
        bytes4 sel = bytes4(reason);
        if (
            sel == OneStepVerifier.Overflow.selector || sel == OneStepVerifier.EmptyWindow.selector
                || sel == OneStepVerifier.DivisionByZero.selector || sel == OneStepVerifier.IndexOutOfRange.selector
                || sel == OneStepVerifier.NegativeSqrt.selector || sel == OneStepVerifier.NonPositiveLog.selector
        ) {
            return;
        }
        assembly ("memory-safe") {
            revert(add(reason, 32), mload(reason))
        }
    }

    /// @dev Verifies input openings against the pre-state (slot tree of nSlots leaves; each input's
    /// tensor tree of the height its shape gives) and converts them for the verifier.
    function _openings(
        bytes32 pre,
        uint32 nSlots,
        OneStepVerifier.StepDesc memory d,
        SlotOpening[] calldata slots,
        LeafOpening[] calldata leaves
    ) private pure returns (OneStepVerifier.Leaf[] memory ls) {
        if (slots.length != d.ins.length) revert InvalidOpening();
        uint256 slotDepth = _height(nSlots);
        uint256[] memory depths = new uint256[](slots.length);
        for (uint256 k; k < slots.length; ++k) {
            if (!_verify(pre, slots[k].commitment, d.ins[k].slot, slots[k].proof, slotDepth)) revert BadOpening("input slot");
            depths[k] = _tensorDepth(d.ins[k].shape);
        }
        ls = new OneStepVerifier.Leaf[](leaves.length);
        for (uint256 i; i < leaves.length; ++i) {
            LeafOpening calldata l = leaves[i];
            if (l.input >= slots.length) revert InvalidOpening();
            if (!_verify(slots[l.input].commitment, _packed(l.values), l.leaf, l.proof, depths[l.input])) {
                revert BadOpening("input leaf");
            }
            ls[i] = OneStepVerifier.Leaf({input: l.input, leaf: l.leaf, values: l.values});
        }
    }

    function _packed(int64[4] calldata v) private pure returns (bytes32) {
        return bytes32(abi.encodePacked(v[0], v[1], v[2], v[3]));
    }

    /// @notice Whether `proof` opens `leaf` at `index` in a tree of height `depth` under `root`
    /// (inference.VerifyMerkleAt): exactly `depth` siblings and an index that fits, so no internal
    /// node opens as a leaf.
    function verifyAt(bytes32 root, bytes32 leaf, uint256 index, bytes32[] calldata proof, uint256 depth)
        external
        pure
        returns (bool)
    {
        return _verify(root, leaf, index, proof, depth);
    }

    /// @notice The layout root the registry records for this layout header (docs/DISPUTE.md).
    function layoutRoot(Layout calldata lay) public pure returns (bytes32) {
        return keccak256(
            abi.encode(
                lay.stepsRoot, lay.slotsRoot, lay.nSteps, lay.nSlots, lay.outputs, lay.inputs, lay.tablesRoot, lay.nTables
            )
        );
    }

    /// @notice Whether a batch's item roots have the form of its claim: a result has no zero root; an
    /// execution-error claim has non-zero roots up to its failing item and only zeros after it.
    function batchRootsWellFormed(bytes32[] calldata roots, bool errorClaim) external pure returns (bool) {
        uint256 live = roots.length;
        for (uint256 i; i < roots.length; ++i) {
            if (roots[i] == 0) {
                if (live == roots.length) live = i;
            } else if (live != roots.length) {
                return false;
            }
        }
        return errorClaim ? live != 0 : live == roots.length;
    }

    /// @notice Whether every slot but `out` is the same in `pre` and `post` (values are written once).
    function onlySlotChanged(bytes32[] calldata pre, bytes32[] calldata post, uint256 out) external pure returns (bool) {
        for (uint256 k; k < pre.length; ++k) {
            if (k != out && pre[k] != post[k]) return false;
        }
        return true;
    }

    /// @notice Merkle root of `leaves` padded with zeros to a power of two (inference/merkle.go).
    function merkleRoot(bytes32[] calldata leaves) external pure returns (bytes32) {
        return _root(leaves);
    }

    function _verify(bytes32 root, bytes32 leaf, uint256 index, bytes32[] calldata proof, uint256 depth)
        private
        pure
        returns (bool)
    {
        if (proof.length != depth || index >> depth != 0) return false;
        bytes32 h = leaf;
        for (uint256 i; i < depth; ++i) {
            h = index % 2 == 0 ? keccak256(abi.encodePacked(h, proof[i])) : keccak256(abi.encodePacked(proof[i], h));
            index /= 2;
        }
        return h == root;
    }

    /// @dev Height of the tree of a tensor of this shape: ceil(elements / 4) leaves.
    function _tensorDepth(int64[] memory shape) private pure returns (uint256) {
        uint256 n = 1;
        for (uint256 k; k < shape.length; ++k) {
            n *= uint256(uint64(shape[k]));
        }
        return _height((n + 3) / 4);
    }

    /// @dev Height of a tree over `leaves` leaves padded to a power of two (at least one leaf).
    function _height(uint256 leaves) private pure returns (uint256 h) {
        while ((uint256(1) << h) < leaves) ++h;
    }

    /// @dev The tensor commitment of n int64 elements at data[off:]: 4 per leaf, zero-padded, Merkle.
    function _tensorRoot(bytes calldata data, uint256 off, uint64 n) private pure returns (bytes32) {
        bytes32[] memory leaves = new bytes32[](n == 0 ? 1 : (uint256(n) + 3) / 4);
        for (uint256 i; i < n; ++i) {
            uint256 b = off + i * 8;
            leaves[i / 4] |= bytes32(uint256(uint64(bytes8(data[b:b + 8]))) << (192 - 64 * (i % 4)));
        }
        return _root(leaves);
    }

    /// @dev Merkle root of leaves padded with zeros to a power of two (inference/merkle.go).
    function _root(bytes32[] memory leaves) private pure returns (bytes32) {
        uint256 n = 1;
        while (n < leaves.length) n <<= 1;
        bytes32[] memory level = new bytes32[](n);
        for (uint256 i; i < leaves.length; ++i) {
            level[i] = leaves[i];
        }
        while (n > 1) {
            n >>= 1;
            for (uint256 i; i < n; ++i) {
                level[i] = keccak256(abi.encodePacked(level[2 * i], level[2 * i + 1]));
            }
        }
        return level[0];
    }

    /// @dev inference.DecodeInput, then (when `commit`) each input's tensor commitment. ok is false
    /// for bytes that are not a valid input (docs/ENCODING.md).
    function _inputCommitments(Input[] calldata ins, bytes calldata input, bool commit)
        private
        pure
        returns (bool ok, bytes32[] memory commitments)
    {
        uint256 total;
        for (uint256 k; k < ins.length; ++k) {
            total += ins[k].len;
        }
        commitments = new bytes32[](ins.length);
        bool wide = input.length == total * 8;
        if (!wide && !(ins.length == 1 && input.length == total)) return (false, commitments);
        uint256 off;
        for (uint256 k; k < ins.length; ++k) {
            Input calldata d = ins[k];
            uint256 n = d.len;
            // Only wide integer inputs can be out of range; the rest need no pass without commitments.
            if (commit || (wide && d.isInt)) {
                bytes32[] memory leaves = new bytes32[](n == 0 ? 1 : (n + 3) / 4);
                for (uint256 i; i < n; ++i) {
                    int64 q;
                    if (wide) {
                        q = int64(uint64(bytes8(input[off + 8 * i:off + 8 * i + 8])));
                        if (d.isInt && !_inRange(d.dtype, q)) return (false, commitments);
                    } else {
                        uint256 b = uint8(input[off + i]);
                        // round-half-even(b·2^s/255): 255 is odd, so no exact ties occur.
                        q = d.isInt ? int64(uint64(b)) : int64(uint64(((b << d.scale) * 2 + 255) / 510));
                    }
                    leaves[i / 4] |= bytes32(uint256(uint64(q)) << (192 - 64 * (i % 4)));
                }
                if (commit) commitments[k] = _root(leaves);
            }
            off += wide ? n * 8 : n;
        }
        return (true, commitments);
    }

    /// @dev wrapTo(dtype, q) == q: the value fits its ONNX integer type (for the packed sub-byte
    /// types, which no op wraps to, their range: the engine's fitsType).
    function _inRange(uint8 dtype, int64 q) private pure returns (bool) {
        if (dtype == 2) return q >= 0 && q <= 255; // uint8
        if (dtype == 3) return q >= -128 && q <= 127; // int8
        if (dtype == 4) return q >= 0 && q <= 65535; // uint16
        if (dtype == 5) return q >= -32768 && q <= 32767; // int16
        if (dtype == 6) return q >= type(int32).min && q <= type(int32).max; // int32
        if (dtype == 12) return q >= 0 && q <= int64(uint64(type(uint32).max)); // uint32
        if (dtype == 9) return q == 0 || q == 1; // bool
        if (dtype == 21) return q >= 0 && q <= 15; // uint4
        if (dtype == 22) return q >= -8 && q <= 7; // int4
        if (dtype == 25) return q >= 0 && q <= 3; // uint2
        if (dtype == 26) return q >= -2 && q <= 1; // int2
        return true;
    }
}
