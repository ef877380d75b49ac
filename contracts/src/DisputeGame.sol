// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {Address} from "@openzeppelin/contracts/utils/Address.sol";

import {IAIOracle} from "./interfaces/IAIOracle.sol";
import {IModelRegistry} from "./interfaces/IModelRegistry.sol";
import {OneStepVerifier} from "./OneStepVerifier.sol";

/// @notice The part of AIOracle the dispute game drives.
interface IAIOracleDisputes is IAIOracle {
    /// @notice A request as stored.
    function getRequest(uint256 requestId) external view returns (Request memory);
    /// @notice The request's current proposal.
    function getProposal(uint256 requestId) external view returns (Proposal memory);
    /// @notice The model registry (for the disputed model's layout root).
    function registry() external view returns (IModelRegistry);
    /// @notice Slashes the current proposal to `recipient` and reopens the request.
    function slash(uint256 requestId, address recipient) external;
    /// @notice Counts games open on the request's proposal (finalize waits for them).
    function setDisputeOpen(uint256 requestId, bool open) external;
}

/// @title DisputeGame
/// @notice The opML dispute game (docs/DISPUTE.md): a challenger bonds against a proposal; the
/// proposer reveals its state roots; the challenger names the first step it disputes; the proposer
/// reveals the slot vectors before and after it; the two descend the step's output tensor tree to
/// one leaf; the challenger names one element and opens every input element it reads against the
/// agreed pre-state; the OneStepVerifier recomputes it. Each side plays on a chess clock; a side whose
/// clock runs out loses. The loser's bond pays the winner; a lost proposal is slashed through the
/// oracle, which reopens the request for a correct proposal.
/// @dev Not yet covered (docs/DISPUTE.md): disputes of s_0 and of the output bytes against s_n,
/// error proposals, traces of more than MAX_STATES states.
contract DisputeGame is ReentrancyGuardTransient {
    enum Phase {
        None,
        States, // proposer: reveal s_0..s_n
        StepPick, // challenger: name the first disputed step
        Slots, // proposer: reveal the slot vectors around it
        Nodes, // proposer: reveal the children of the disputed tensor node
        ChildPick, // challenger: name the disputed child
        OneStep, // challenger: name an element of the disputed leaf and prove it (or open its accumulation)
        Accums, // proposer: reveal the accumulator at evenly spaced terms of the disputed range
        AccumPick, // challenger: name the disputed segment, prove it, or dispute the bias
        Resolved,
        ErrorClaim // challenger: show that the input the proposer called invalid is a valid input
    }

    struct Game {
        uint256 requestId;
        address proposer;
        uint40 proposedAt;
        Phase phase;
        bool proposerWon;
        address challenger;
        uint64 proposerClock; // seconds left
        uint64 challengerClock;
        uint64 lastMoveAt;
        bytes32 traceRoot;
        bytes32 layoutRoot;
        // after the step pick
        uint32 step;
        uint32 nSlots;
        uint32 outSlot;
        uint64 outLen;
        bytes32 pre;
        bytes32 post;
        bytes32 stepLeaf;
        // the descent
        bytes32 node;
        uint64 nodeIndex;
        uint8 height;
        uint8 childBits;
        bytes32 childrenHash;
        // the accumulation of a wide reduction element
        uint64 element;
        int64 claimed;
        uint64 lo;
        uint64 hi;
        int256 accLo;
        int256 accHi;
        bytes32 pointsHash;
    }

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

    /// @notice The layout header: the trees, sizes, outputs and inputs whose hash the registry records
    /// as layoutRoot.
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

    /// @notice An input leaf with its path to its slot commitment.
    struct LeafOpening {
        uint8 input;
        uint64 leaf;
        int64[4] values;
        bytes32[] proof;
    }

    uint16 internal constant OP_TABLE = 13;
    uint16 internal constant OP_LOG = 26;
    uint256 public constant MAX_STATES = 64;
    uint256 public constant FANOUT_BITS = 6;
    uint256 public constant MAX_TERMS = 32;

    IAIOracleDisputes public immutable oracle;
    OneStepVerifier public immutable verifier;
    uint256 public immutable challengeBond;
    uint64 public immutable clock;

    uint256 public gameCount;
    mapping(uint256 gameId => Game) private _games;
    /// @notice Bonds won, withdrawable by pull.
    mapping(address account => uint256) public balances;

    event GameStarted(uint256 indexed gameId, uint256 indexed requestId, address indexed challenger, address proposer);
    event StatesRevealed(uint256 indexed gameId, bytes32[] roots);
    event StepPicked(uint256 indexed gameId, uint32 step, bytes32 pre, bytes32 post);
    event SlotsRevealed(uint256 indexed gameId, bytes32[] pre, bytes32[] post);
    event NodesRevealed(uint256 indexed gameId, bytes32[] children);
    event ChildPicked(uint256 indexed gameId, uint256 child, bytes32 node, uint8 height);
    event AccumulatorsRevealed(uint256 indexed gameId, uint64 lo, uint64 hi, int256[] points);
    event GameResolved(uint256 indexed gameId, bool proposerWon, string reason);

    error WrongPhase(uint256 gameId, Phase phase);
    error NotYourMove(uint256 gameId, address caller);
    error ClockExpired(uint256 gameId);
    error ClockRunning(uint256 gameId);
    error BondMismatch(uint256 required, uint256 provided);
    error NotChallengeable(uint256 requestId);
    error BadProof(string what);
    error BadIndex();
    error InvalidOpening();
    error NothingToWithdraw();
    error ZeroAddress();

    constructor(IAIOracleDisputes oracle_, OneStepVerifier verifier_, uint256 challengeBond_, uint64 clock_) {
        if (address(oracle_) == address(0) || address(verifier_) == address(0)) revert ZeroAddress();
        oracle = oracle_;
        verifier = verifier_;
        challengeBond = challengeBond_;
        clock = clock_;
    }

    /// @notice A game's state.
    function getGame(uint256 gameId) external view returns (Game memory) {
        return _games[gameId];
    }

    // ---------------------------------------------------------------- moves

    /// @notice Challenges the current result proposal of `requestId` while its window is open,
    /// posting exactly `challengeBond`.
    function challenge(uint256 requestId) external payable nonReentrant returns (uint256 gameId) {
        if (msg.value != challengeBond) revert BondMismatch(challengeBond, msg.value);
        IAIOracle.Request memory r = oracle.getRequest(requestId);
        IAIOracle.Proposal memory p = oracle.getProposal(requestId);
        if (r.status != IAIOracle.RequestStatus.Proposed) revert NotChallengeable(requestId);
        // Of error claims, "invalid input" (code 1) of a single request is decidable on-chain.
        if (p.isError && (p.errorCode != 1 || r.batchSize > 1)) revert NotChallengeable(requestId);
        if (block.timestamp >= uint256(p.proposedAt) + r.challengeWindow) revert NotChallengeable(requestId);
        gameId = ++gameCount;
        Game storage g = _games[gameId];
        g.requestId = requestId;
        g.proposer = p.proposer;
        g.proposedAt = p.proposedAt;
        g.challenger = msg.sender;
        g.traceRoot = p.traceRoot;
        g.layoutRoot = oracle.registry().getModel(r.modelId).layoutRoot;
        g.proposerClock = clock;
        g.challengerClock = clock;
        g.lastMoveAt = uint64(block.timestamp);
        g.phase = p.isError ? Phase.ErrorClaim : Phase.States;
        oracle.setDisputeOpen(requestId, true);
        emit GameStarted(gameId, requestId, msg.sender, p.proposer);
    }

    /// @notice Proposer: reveals its state roots s_0..s_n; they must be the trace root's leaves.
    function revealStates(uint256 gameId, bytes32[] calldata roots) external {
        Game storage g = _move(gameId, Phase.States, true);
        if (roots.length == 0 || roots.length > MAX_STATES) revert BadIndex();
        if (_root(roots) != g.traceRoot) revert BadProof("states");
        g.phase = Phase.StepPick;
        emit StatesRevealed(gameId, roots);
    }

    /// @notice Challenger: names step `step` (s_step agreed, s_step+1 not), with both states' paths
    /// to the trace root and the step's description with its path to the registered layout.
    function pickStep(
        uint256 gameId,
        uint32 step,
        bytes32 pre,
        bytes32[] calldata preProof,
        bytes32 post,
        bytes32[] calldata postProof,
        Layout calldata lay,
        bytes calldata desc,
        bytes32[] calldata descProof
    ) external {
        Game storage g = _move(gameId, Phase.StepPick, false);
        _checkLayout(g, lay);
        if (step >= lay.nSteps) revert BadIndex();
        if (!_verify(g.traceRoot, pre, step, preProof) || !_verify(g.traceRoot, post, uint256(step) + 1, postProof)) {
            revert BadProof("state");
        }
        bytes32 leaf = keccak256(desc);
        if (!_verify(lay.stepsRoot, leaf, step, descProof)) revert BadProof("step");
        OneStepVerifier.StepDesc memory d = abi.decode(desc, (OneStepVerifier.StepDesc));
        uint64 n = 1;
        for (uint256 k; k < d.out.shape.length; ++k) {
            n *= uint64(d.out.shape[k]);
        }
        g.step = step;
        g.nSlots = lay.nSlots;
        g.outSlot = d.out.slot;
        g.outLen = n;
        g.pre = pre;
        g.post = post;
        g.stepLeaf = leaf;
        g.phase = Phase.Slots;
        emit StepPicked(gameId, step, pre, post);
    }

    /// @notice Challenger, against an "invalid input" error claim: gives the request's input (bound by
    /// its nonce to the request id); if it decodes to the model's inputs (docs/ENCODING.md) the claim
    /// was false and the proposer loses, else the challenger does.
    function disputeInvalidInputClaim(uint256 gameId, Layout calldata lay, uint256 nonce, bytes calldata input) external {
        Game storage g = _move(gameId, Phase.ErrorClaim, false);
        _checkLayout(g, lay);
        if (oracle.computeRequestId(nonce, keccak256(input)) != g.requestId) revert BadProof("input");
        (bool valid,) = _inputCommitments(lay.inputs, input);
        _resolve(gameId, !valid, valid ? "the input is valid" : "the input is invalid");
    }

    /// @notice Challenger: every state agrees, but the proposed output bytes are not the output
    /// tensors of the final state. The challenger opens the output slots of s_n (which it shares);
    /// the contract packs the proposed bytes into tensor commitments and compares.
    function disputeOutput(
        uint256 gameId,
        bytes32 last,
        bytes32[] calldata lastProof,
        Layout calldata lay,
        SlotOpening[] calldata outs
    ) external {
        Game storage g = _move(gameId, Phase.StepPick, false);
        _checkLayout(g, lay);
        if (!_verify(g.traceRoot, last, lay.nSteps, lastProof)) revert BadProof("state");
        if (outs.length != lay.outputs.length) revert InvalidOpening();
        bytes memory output = oracle.getProposal(g.requestId).output;
        uint256 total;
        for (uint256 k; k < lay.outputs.length; ++k) {
            total += lay.outputs[k].len;
        }
        if (output.length != total * 8) return _resolve(gameId, false, "output length");
        uint256 off;
        for (uint256 k; k < outs.length; ++k) {
            if (!_verify(last, outs[k].commitment, lay.outputs[k].slot, outs[k].proof)) revert BadProof("output slot");
            uint64 n = lay.outputs[k].len;
            if (_tensorRoot(output, off, n) != outs[k].commitment) return _resolve(gameId, false, "output bytes");
            off += n * 8;
        }
        _resolve(gameId, true, "output matches the final state");
    }

    /// @notice Challenger: the proposer's s_0 is not the program's constants and the request's input.
    /// The challenger gives every slot's constant commitment (checked against the layout's slot tree)
    /// and the request's input bytes with its nonce (checked against the request id); the contract
    /// builds s_0 itself and compares.
    function disputeInitialState(
        uint256 gameId,
        bytes32 first,
        bytes32[] calldata firstProof,
        Layout calldata lay,
        bytes32[] calldata consts,
        uint256 nonce,
        bytes calldata input
    ) external {
        Game storage g = _move(gameId, Phase.StepPick, false);
        _checkLayout(g, lay);
        if (!_verify(g.traceRoot, first, 0, firstProof)) revert BadProof("state");
        if (consts.length != lay.nSlots) revert InvalidOpening();
        if (oracle.computeRequestId(nonce, keccak256(input)) != g.requestId) revert BadProof("input");
        bytes32[] memory leaves = new bytes32[](consts.length);
        for (uint256 k; k < consts.length; ++k) {
            leaves[k] = keccak256(abi.encode(uint32(k), consts[k]));
        }
        if (_rootMem(leaves) != lay.slotsRoot) revert BadProof("constants");
        // s_0: constants where the layout has them, the decoded input in the input slots.
        bytes32[] memory s0 = new bytes32[](consts.length);
        for (uint256 k; k < consts.length; ++k) {
            s0[k] = consts[k];
        }
        (bool ok, bytes32[] memory commitments) = _inputCommitments(lay.inputs, input);
        // A result for an input the model cannot take is wrong whatever the trace.
        if (!ok) return _resolve(gameId, false, "invalid input");
        for (uint256 k; k < commitments.length; ++k) {
            s0[lay.inputs[k].slot] = commitments[k];
        }
        bool same = _rootMem(s0) == first;
        _resolve(gameId, same, same ? "initial state correct" : "initial state wrong");
    }

    /// @notice Proposer: reveals every slot commitment before and after the step. Only the step's
    /// output slot may differ, and it must have been empty before (values are written once).
    function revealSlots(uint256 gameId, bytes32[] calldata pre, bytes32[] calldata post) external {
        Game storage g = _move(gameId, Phase.Slots, true);
        if (pre.length != g.nSlots || post.length != g.nSlots) revert BadIndex();
        if (_root(pre) != g.pre || _root(post) != g.post) revert BadProof("slots");
        emit SlotsRevealed(gameId, pre, post);
        uint256 out = g.outSlot;
        for (uint256 k; k < pre.length; ++k) {
            if (k != out && pre[k] != post[k]) return _resolve(gameId, false, "a slot other than the output changed");
        }
        if (pre[out] != bytes32(0)) return _resolve(gameId, false, "the output slot was already written");
        g.node = post[out];
        g.nodeIndex = 0;
        g.height = _height((g.outLen + 3) / 4);
        g.phase = g.height == 0 ? Phase.OneStep : Phase.Nodes;
    }

    /// @notice Proposer: reveals the nodes FANOUT_BITS levels (or fewer, near the leaves) under the
    /// disputed node; they must hash up to it.
    function revealNodes(uint256 gameId, bytes32[] calldata children) external {
        Game storage g = _move(gameId, Phase.Nodes, true);
        uint8 bits = g.height < FANOUT_BITS ? g.height : uint8(FANOUT_BITS);
        if (children.length != (uint256(1) << bits)) revert BadIndex();
        if (_root(children) != g.node) revert BadProof("nodes");
        g.childBits = bits;
        g.childrenHash = keccak256(abi.encodePacked(children));
        g.phase = Phase.ChildPick;
        emit NodesRevealed(gameId, children);
    }

    /// @notice Challenger: names the revealed child it disputes.
    function pickChild(uint256 gameId, bytes32[] calldata children, uint256 child) external {
        Game storage g = _move(gameId, Phase.ChildPick, false);
        if (keccak256(abi.encodePacked(children)) != g.childrenHash) revert BadProof("children");
        if (child >= children.length) revert BadIndex();
        g.node = children[child];
        g.nodeIndex = (g.nodeIndex << g.childBits) | uint64(child);
        g.height -= g.childBits;
        g.phase = g.height == 0 ? Phase.OneStep : Phase.Nodes;
        emit ChildPicked(gameId, child, g.node, g.height);
    }

    /// @notice Challenger: names element `e` of the disputed leaf and opens every input leaf it reads
    /// (input slot commitments against the agreed pre-state, leaves against them). The verifier
    /// recomputes the element: if it differs from the proposer's, the proposer loses; else the
    /// challenger does.
    function proveOneStep(
        uint256 gameId,
        uint8 e,
        bytes calldata desc,
        SlotOpening[] calldata slots,
        LeafOpening[] calldata leaves
    ) external {
        Game storage g = _move(gameId, Phase.OneStep, false);
        if (e >= 4) revert BadIndex();
        if (keccak256(desc) != g.stepLeaf) revert BadProof("step");
        OneStepVerifier.StepDesc memory d = abi.decode(desc, (OneStepVerifier.StepDesc));
        uint64 j = g.nodeIndex * 4 + e;
        int64 claimed = int64(uint64(uint256(g.node) >> (192 - 64 * uint256(e))));
        if (j >= g.outLen) {
            // Padding past the tensor's end is zero in every honest tree.
            return _resolve(gameId, claimed == 0, "padding element");
        }
        uint64 terms = verifier.reductionTerms(d);
        if (terms > MAX_TERMS) {
            // Too many inputs for one transaction: bisect the accumulation first.
            g.element = j;
            g.claimed = claimed;
            g.lo = 0;
            g.hi = terms;
            g.phase = Phase.Accums;
            return;
        }
        OneStepVerifier.Leaf[] memory ls = _openings(g, d, slots, leaves);
        try verifier.elementValue(d, j, ls) returns (int64 v) {
            _resolve(gameId, v == claimed, v == claimed ? "one-step: element correct" : "one-step: element wrong");
        } catch (bytes memory reason) {
            _noValue(gameId, reason);
        }
    }

    /// @notice Challenger: the one-step of a Table step (a nonlinear function by lookup): names element
    /// `e`, opens its input element against the pre-state and the table (from the registered layout)
    /// with the one or two entries the lookup reads.
    function proveTableStep(
        uint256 gameId,
        uint8 e,
        bytes calldata desc,
        Layout calldata lay,
        SlotOpening calldata inSlot,
        LeafOpening calldata inLeaf,
        TableOpening calldata t,
        LeafOpening[] calldata entries
    ) external {
        Game storage g = _move(gameId, Phase.OneStep, false);
        if (e >= 4) revert BadIndex();
        if (keccak256(desc) != g.stepLeaf) revert BadProof("step");
        _checkLayout(g, lay);
        OneStepVerifier.StepDesc memory d = abi.decode(desc, (OneStepVerifier.StepDesc));
        if ((d.op != OP_TABLE && d.op != OP_LOG) || d.ins.length != 1) revert InvalidOpening();
        uint64 j = g.nodeIndex * 4 + e;
        int64 claimed = int64(uint64(uint256(g.node) >> (192 - 64 * uint256(e))));
        if (j >= g.outLen) return _resolve(gameId, claimed == 0, "padding element");
        // The input element, against the agreed pre-state.
        if (!_verify(g.pre, inSlot.commitment, d.ins[0].slot, inSlot.proof)) revert BadProof("input slot");
        if (inLeaf.leaf != j / 4) revert InvalidOpening();
        bytes32 packed = bytes32(abi.encodePacked(inLeaf.values[0], inLeaf.values[1], inLeaf.values[2], inLeaf.values[3]));
        if (!_verify(inSlot.commitment, packed, inLeaf.leaf, inLeaf.proof)) revert BadProof("input leaf");
        // The table, against the layout.
        bytes32 tleaf = keccak256(abi.encode(t.lo, t.shift, t.overflowAbove, t.len, t.valuesRoot));
        if (!_verify(lay.tablesRoot, tleaf, uint256(uint64(d.args[0])), t.proof)) revert BadProof("table");
        OneStepVerifier.Leaf[] memory ls = new OneStepVerifier.Leaf[](entries.length);
        for (uint256 i; i < entries.length; ++i) {
            LeafOpening calldata l = entries[i];
            bytes32 p = bytes32(abi.encodePacked(l.values[0], l.values[1], l.values[2], l.values[3]));
            if (!_verify(t.valuesRoot, p, l.leaf, l.proof)) revert BadProof("table entry");
            ls[i] = OneStepVerifier.Leaf({input: 0, leaf: l.leaf, values: l.values});
        }
        int64 u = inLeaf.values[j % 4];
        bool ok;
        int64 v;
        bytes memory reason;
        if (d.op == OP_LOG) {
            try verifier.logValue(u, d.args[1], d.ins[0].scale, t.lo, t.shift, t.len, ls) returns (int64 r) {
                (ok, v) = (true, r);
            } catch (bytes memory why) {
                reason = why;
            }
        } else {
            try verifier.tableValue(u, t.lo, t.shift, t.overflowAbove, t.len, ls) returns (int64 r) {
                (ok, v) = (true, r);
            } catch (bytes memory why) {
                reason = why;
            }
        }
        if (ok) {
            return _resolve(gameId, v == claimed, v == claimed ? "one-step: element correct" : "one-step: element wrong");
        }
        _noValue(gameId, reason);
    }

    /// @notice Proposer: reveals its accumulator at the evenly spaced term positions of the disputed
    /// range (`_positions`). At the first level the first point is the bias and the last must rescale
    /// to the claimed element; later, the ends must be the range's agreed start and disputed end.
    function revealAccumulators(uint256 gameId, int256[] calldata points, bytes calldata desc) external {
        Game storage g = _move(gameId, Phase.Accums, true);
        uint256 parts = _parts(g.lo, g.hi);
        if (points.length != parts + 1) revert BadIndex();
        if (g.pointsHash == bytes32(0)) {
            if (keccak256(desc) != g.stepLeaf) revert BadProof("step");
            OneStepVerifier.StepDesc memory d = abi.decode(desc, (OneStepVerifier.StepDesc));
            // A full accumulator that does not give the claimed element cannot be posted.
            if (verifier.finishReduction(d, points[parts]) != g.claimed) revert BadProof("accumulator");
        } else if (points[0] != g.accLo || points[parts] != g.accHi) {
            revert BadProof("range ends");
        }
        g.pointsHash = keccak256(abi.encodePacked(g.lo, g.hi, points));
        g.phase = Phase.AccumPick;
        emit AccumulatorsRevealed(gameId, g.lo, g.hi, points);
    }

    /// @notice Challenger: names segment `k` (it agrees with point k, not with point k+1). A segment
    /// of at most MAX_TERMS terms is proved at once with `proveSegment` instead.
    function pickSegment(uint256 gameId, int256[] calldata points, uint256 k) external {
        Game storage g = _move(gameId, Phase.AccumPick, false);
        _narrow(g, points, k);
        if (g.hi - g.lo <= MAX_TERMS) revert BadIndex(); // prove it instead
        g.phase = Phase.Accums;
    }

    /// @notice Challenger: proves segment `k` of the revealed points: the agreed accumulator at its
    /// start plus its terms, from openings against the pre-state, must equal the proposer's point at
    /// its end, or the proposer loses.
    function proveSegment(
        uint256 gameId,
        int256[] calldata points,
        uint256 k,
        bytes calldata desc,
        SlotOpening[] calldata slots,
        LeafOpening[] calldata leaves
    ) external {
        Game storage g = _move(gameId, Phase.AccumPick, false);
        _narrow(g, points, k);
        if (g.hi - g.lo > MAX_TERMS) revert BadIndex();
        if (keccak256(desc) != g.stepLeaf) revert BadProof("step");
        OneStepVerifier.StepDesc memory d = abi.decode(desc, (OneStepVerifier.StepDesc));
        OneStepVerifier.Leaf[] memory ls = _openings(g, d, slots, leaves);
        try verifier.accumulate(d, g.element, g.lo, g.hi, g.accLo, ls) returns (int256 acc) {
            _resolve(gameId, acc == g.accHi, acc == g.accHi ? "segment correct" : "segment wrong");
        } catch (bytes memory reason) {
            _noValue(gameId, reason);
        }
    }

    /// @notice Challenger: at the first level, disputes the first point, which must be the element's
    /// bias (zero without one), opened against the pre-state.
    function disputeBias(
        uint256 gameId,
        int256[] calldata points,
        bytes calldata desc,
        SlotOpening[] calldata slots,
        LeafOpening[] calldata leaves
    ) external {
        Game storage g = _move(gameId, Phase.AccumPick, false);
        if (g.lo != 0 || keccak256(abi.encodePacked(g.lo, g.hi, points)) != g.pointsHash) revert BadProof("points");
        if (keccak256(desc) != g.stepLeaf) revert BadProof("step");
        OneStepVerifier.StepDesc memory d = abi.decode(desc, (OneStepVerifier.StepDesc));
        OneStepVerifier.Leaf[] memory ls = _openings(g, d, slots, leaves);
        int256 bias = verifier.reductionBias(d, g.element, ls);
        _resolve(gameId, bias == points[0], bias == points[0] ? "bias correct" : "bias wrong");
    }

    /// @notice Ends a game whose side to move has run out of time; that side loses.
    function timeout(uint256 gameId) external {
        Game storage g = _games[gameId];
        Phase ph = g.phase;
        if (ph == Phase.None || ph == Phase.Resolved) revert WrongPhase(gameId, ph);
        bool proposerToMove = _proposerMoves(ph);
        uint64 left = proposerToMove ? g.proposerClock : g.challengerClock;
        if (block.timestamp <= uint256(g.lastMoveAt) + left) revert ClockRunning(gameId);
        _resolve(gameId, !proposerToMove, "timeout");
    }

    /// @notice Sends the caller's won bonds.
    function withdraw() external nonReentrant {
        uint256 amount = balances[msg.sender];
        if (amount == 0) revert NothingToWithdraw();
        balances[msg.sender] = 0;
        Address.sendValue(payable(msg.sender), amount);
    }

    // ---------------------------------------------------------------- internals

    function _proposerMoves(Phase ph) private pure returns (bool) {
        return ph == Phase.States || ph == Phase.Slots || ph == Phase.Nodes || ph == Phase.Accums;
    }

    /// @dev How many segments a range of terms is split into: 16, or one per term when shorter.
    function _parts(uint64 lo, uint64 hi) private pure returns (uint256) {
        uint256 n = hi - lo;
        return n < 16 ? n : 16;
    }

    /// @notice The term position of point `k` when [lo, hi) is split in `_parts` segments.
    function positionOf(uint64 lo, uint64 hi, uint256 k) public pure returns (uint64) {
        return lo + uint64((uint256(hi - lo) * k) / _parts(lo, hi));
    }

    /// @dev Checks the revealed points and narrows the range to segment k.
    function _narrow(Game storage g, int256[] calldata points, uint256 k) private {
        if (keccak256(abi.encodePacked(g.lo, g.hi, points)) != g.pointsHash) revert BadProof("points");
        uint256 parts = points.length - 1;
        if (k >= parts) revert BadIndex();
        (uint64 lo, uint64 hi) = (g.lo, g.hi);
        g.lo = positionOf(lo, hi, k);
        g.hi = positionOf(lo, hi, k + 1);
        g.accLo = points[k];
        g.accHi = points[k + 1];
    }

    /// @dev Verifies input openings against the pre-state and converts them for the verifier.
    function _openings(
        Game storage g,
        OneStepVerifier.StepDesc memory d,
        SlotOpening[] calldata slots,
        LeafOpening[] calldata leaves
    ) private view returns (OneStepVerifier.Leaf[] memory ls) {
        if (slots.length != d.ins.length) revert InvalidOpening();
        bytes32 pre = g.pre;
        for (uint256 k; k < slots.length; ++k) {
            if (!_verify(pre, slots[k].commitment, d.ins[k].slot, slots[k].proof)) revert BadProof("input slot");
        }
        ls = new OneStepVerifier.Leaf[](leaves.length);
        for (uint256 i; i < leaves.length; ++i) {
            LeafOpening calldata l = leaves[i];
            if (l.input >= slots.length) revert InvalidOpening();
            bytes32 packed = bytes32(abi.encodePacked(l.values[0], l.values[1], l.values[2], l.values[3]));
            if (!_verify(slots[l.input].commitment, packed, l.leaf, l.proof)) revert BadProof("input leaf");
            ls[i] = OneStepVerifier.Leaf({input: l.input, leaf: l.leaf, values: l.values});
        }
    }

    /// @dev Checks phase and turn, and charges the mover's clock.
    function _move(uint256 gameId, Phase want, bool byProposer) private returns (Game storage g) {
        g = _games[gameId];
        if (g.phase != want) revert WrongPhase(gameId, g.phase);
        if (msg.sender != (byProposer ? g.proposer : g.challenger)) revert NotYourMove(gameId, msg.sender);
        uint64 elapsed = uint64(block.timestamp) - g.lastMoveAt;
        if (byProposer) {
            if (elapsed > g.proposerClock) revert ClockExpired(gameId);
            g.proposerClock -= elapsed;
        } else {
            if (elapsed > g.challengerClock) revert ClockExpired(gameId);
            g.challengerClock -= elapsed;
        }
        g.lastMoveAt = uint64(block.timestamp);
    }

    function _resolve(uint256 gameId, bool proposerWon, string memory reason) private {
        // Effects first, then the (trusted) oracle.
        Game storage g = _games[gameId];
        g.phase = Phase.Resolved;
        g.proposerWon = proposerWon;
        uint256 requestId = g.requestId;
        balances[proposerWon ? g.proposer : g.challenger] += challengeBond;
        emit GameResolved(gameId, proposerWon, reason);
        oracle.setDisputeOpen(requestId, false);
        if (!proposerWon) {
            IAIOracle.Proposal memory p = oracle.getProposal(requestId);
            // A proposal another game already unseated is gone: only the bond comes back.
            if (p.proposer == g.proposer && p.proposedAt == g.proposedAt) oracle.slash(requestId, g.challenger);
        }
    }

    /// @dev A verifier revert is either the engine's own "no value" (overflow, empty window, division
    /// by zero, index out of range, negative sqrt, non-positive log): no honest trace claims a value
    /// there, so the proposer loses; or a malformed proof (a missing or unsorted leaf), which is
    /// re-raised so the challenger sends a valid one.
    function _noValue(uint256 gameId, bytes memory reason) private {
        bytes4 sel = bytes4(reason);
        if (
            sel == OneStepVerifier.Overflow.selector || sel == OneStepVerifier.EmptyWindow.selector
                || sel == OneStepVerifier.DivisionByZero.selector || sel == OneStepVerifier.IndexOutOfRange.selector
                || sel == OneStepVerifier.NegativeSqrt.selector || sel == OneStepVerifier.NonPositiveLog.selector
        ) {
            return _resolve(gameId, false, "one-step: the element has no value");
        }
        assembly ("memory-safe") {
            revert(add(reason, 32), mload(reason))
        }
    }

    /// @dev Merkle root of calldata leaves (see _rootMem).
    function _root(bytes32[] calldata leaves) private pure returns (bytes32) {
        return _rootMem(leaves);
    }

    /// @dev inference.VerifyMerkle: the path must consume the whole index (binds the tree height).
    function _verify(bytes32 root, bytes32 leaf, uint256 index, bytes32[] calldata proof) private pure returns (bool) {
        bytes32 h = leaf;
        for (uint256 i; i < proof.length; ++i) {
            h = index % 2 == 0 ? keccak256(abi.encodePacked(h, proof[i])) : keccak256(abi.encodePacked(proof[i], h));
            index /= 2;
        }
        return index == 0 && h == root;
    }

    function _checkLayout(Game storage g, Layout calldata lay) private view {
        if (
            keccak256(
                abi.encode(
                    lay.stepsRoot, lay.slotsRoot, lay.nSteps, lay.nSlots, lay.outputs, lay.inputs, lay.tablesRoot, lay.nTables
                )
            ) != g.layoutRoot
        ) {
            revert BadProof("layout");
        }
    }

    /// @dev The tensor commitment of n int64 elements at data[off:]: 4 per leaf, zero-padded, Merkle.
    function _tensorRoot(bytes memory data, uint256 off, uint64 n) private pure returns (bytes32) {
        bytes32[] memory leaves = new bytes32[](n == 0 ? 1 : (uint256(n) + 3) / 4);
        for (uint256 i; i < n; ++i) {
            uint256 word;
            assembly ("memory-safe") {
                word := mload(add(add(data, 32), add(off, mul(i, 8))))
            }
            // The element's 8 bytes are the word's top 8; place them at slot i % 4 of the leaf.
            leaves[i / 4] |= bytes32((word >> 192) << (192 - 64 * (i % 4)));
        }
        return _rootMem(leaves);
    }

    /// @dev Merkle root of leaves padded with zeros to a power of two (inference/merkle.go).
    function _rootMem(bytes32[] memory leaves) private pure returns (bytes32) {
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

    /// @dev inference.DecodeInput, then each input's tensor commitment. ok is false for bytes that
    /// are not a valid input (docs/ENCODING.md).
    function _inputCommitments(Input[] calldata ins, bytes calldata input)
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
            commitments[k] = _rootMem(leaves);
            off += wide ? n * 8 : n;
        }
        return (true, commitments);
    }

    /// @dev wrapTo(dtype, q) == q: the value fits its ONNX integer type.
    function _inRange(uint8 dtype, int64 q) private pure returns (bool) {
        if (dtype == 2) return q >= 0 && q <= 255; // uint8
        if (dtype == 3) return q >= -128 && q <= 127; // int8
        if (dtype == 4) return q >= 0 && q <= 65535; // uint16
        if (dtype == 5) return q >= -32768 && q <= 32767; // int16
        if (dtype == 6) return q >= type(int32).min && q <= type(int32).max; // int32
        if (dtype == 12) return q >= 0 && q <= int64(uint64(type(uint32).max)); // uint32
        if (dtype == 9) return q == 0 || q == 1; // bool
        return true;
    }

    /// @dev Height of a tree over `leaves` leaves padded to a power of two.
    function _height(uint64 leaves) private pure returns (uint8 h) {
        uint64 n = 1;
        while (n < leaves) {
            n <<= 1;
            ++h;
        }
    }
}
