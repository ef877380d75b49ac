// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {Address} from "@openzeppelin/contracts/utils/Address.sol";

import {IAIOracle} from "./interfaces/IAIOracle.sol";
import {IModelRegistry} from "./interfaces/IModelRegistry.sol";
import {OneStepVerifier} from "./OneStepVerifier.sol";
import {GameProofs} from "./GameProofs.sol";

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
/// @notice The opML dispute game (docs/DISPUTE.md). A challenger bonds against a proposal; for a
/// batch the proposer reveals its items' trace roots and the challenger names one; the proposer
/// reveals the trace tree 64 nodes at a time and the challenger descends to the states it disputes;
/// it names the first disputed step; the proposer reveals the slot vectors around it; the two descend
/// the step's output tensor tree to one leaf; the challenger names one element and the
/// OneStepVerifier recomputes it from openings against the agreed pre-state (a wide reduction is
/// bisected over its running accumulator first). An "execution error" claim commits to the trace up
/// to the failing step: the game reaches that step the same way and the proposer must show an
/// element of it with no value. Each side plays on a chess clock; a side whose clock runs out loses.
/// The loser's bond pays the winner; a lost proposal is slashed through the oracle, which reopens the
/// request for a correct proposal.
contract DisputeGame is ReentrancyGuardTransient {
    enum Phase {
        None,
        States, // proposer: reveal the children of the disputed trace-tree node
        StepPick, // challenger: descend (pickStates) or name the disputed step (or s_0, the end, the output)
        Slots, // proposer: reveal the slot vectors around the step
        Nodes, // proposer: reveal the children of the disputed tensor node
        ChildPick, // challenger: name the disputed child
        OneStep, // challenger: name an element of the disputed leaf and prove it (or open its accumulation)
        Accums, // proposer: reveal the accumulator at evenly spaced terms of the disputed range
        AccumPick, // challenger: name the disputed segment, prove it, or dispute the bias
        Resolved,
        ErrorClaim, // challenger: show that the input the proposer called invalid is a valid input
        Batch, // proposer: reveal the batch items' trace roots
        BatchPick, // challenger: name the disputed item
        Failure // proposer: show an element of the failing step that has no value
    }

    struct Game {
        uint256 requestId;
        address proposer;
        uint40 proposedAt;
        Phase phase;
        bool proposerWon;
        bool failure; // an "execution error" claim: the trace ends at the failing step
        uint16 batchSize;
        uint16 batchIndex;
        address challenger;
        uint64 proposerClock; // seconds left
        uint64 challengerClock;
        uint64 lastMoveAt;
        uint32 nSteps;
        bytes32 traceRoot; // the disputed trace (a batch item's, once picked)
        bytes32 layoutRoot;
        // after the step pick
        uint32 step;
        uint32 nSlots;
        uint32 outSlot;
        uint64 outLen;
        bytes32 pre;
        bytes32 post;
        bytes32 stepLeaf;
        // the descent (of the trace tree, then of the output tensor's tree)
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

    uint16 internal constant CODE_INVALID_INPUT = 1;
    uint16 internal constant CODE_EXECUTION = 2;
    uint256 public constant FANOUT_BITS = 6;
    uint256 public constant MAX_TERMS = 32;
    /// @notice The accumulator point of a failure claim after its running total left int128.
    int256 public constant OVERFLOWED = type(int256).max;

    IAIOracleDisputes public immutable oracle;
    GameProofs public immutable proofs;
    uint256 public immutable challengeBond;
    uint64 public immutable clock;

    uint256 public gameCount;
    mapping(uint256 gameId => Game) private _games;
    /// @notice Bonds won, withdrawable by pull.
    mapping(address account => uint256) public balances;

    event GameStarted(uint256 indexed gameId, uint256 indexed requestId, address indexed challenger, address proposer);
    event BatchRevealed(uint256 indexed gameId, bytes32[] roots);
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
    error NothingToWithdraw();
    error ZeroAddress();

    constructor(IAIOracleDisputes oracle_, OneStepVerifier verifier_, uint256 challengeBond_, uint64 clock_) {
        if (address(oracle_) == address(0) || address(verifier_) == address(0)) revert ZeroAddress();
        oracle = oracle_;
        proofs = new GameProofs(verifier_);
        challengeBond = challengeBond_;
        clock = clock_;
    }

    /// @notice A game's state.
    function getGame(uint256 gameId) external view returns (Game memory) {
        return _games[gameId];
    }

    // ---------------------------------------------------------------- opening

    /// @notice Challenges the current proposal of `requestId` while its window is open, posting
    /// exactly `challengeBond`, with the model's layout (checked against the registered root).
    function challenge(uint256 requestId, GameProofs.Layout calldata lay) external payable nonReentrant returns (uint256 gameId) {
        if (msg.value != challengeBond) revert BondMismatch(challengeBond, msg.value);
        IAIOracle.Request memory r = oracle.getRequest(requestId);
        IAIOracle.Proposal memory p = oracle.getProposal(requestId);
        if (r.status != IAIOracle.RequestStatus.Proposed) revert NotChallengeable(requestId);
        if (p.isError && p.errorCode != CODE_INVALID_INPUT && p.errorCode != CODE_EXECUTION) revert NotChallengeable(requestId);
        if (block.timestamp >= uint256(p.proposedAt) + r.challengeWindow) revert NotChallengeable(requestId);
        gameId = ++gameCount;
        Game storage g = _games[gameId];
        g.requestId = requestId;
        g.proposer = p.proposer;
        g.proposedAt = p.proposedAt;
        g.challenger = msg.sender;
        g.traceRoot = p.traceRoot;
        g.layoutRoot = oracle.registry().getModel(r.modelId).layoutRoot;
        _checkLayout(g, lay);
        g.nSteps = lay.nSteps;
        g.batchSize = r.batchSize;
        g.failure = p.isError && p.errorCode == CODE_EXECUTION;
        g.node = p.traceRoot;
        g.height = _height(uint64(lay.nSteps) + 1);
        g.proposerClock = clock;
        g.challengerClock = clock;
        g.lastMoveAt = uint64(block.timestamp);
        if (p.isError && p.errorCode == CODE_INVALID_INPUT) g.phase = Phase.ErrorClaim;
        else g.phase = r.batchSize > 1 ? Phase.Batch : Phase.States;
        oracle.setDisputeOpen(requestId, true);
        emit GameStarted(gameId, requestId, msg.sender, p.proposer);
    }

    /// @notice Challenger, against an "invalid input" error claim: gives the request's input (bound by
    /// its nonce to the request id); if it decodes to the model's inputs (docs/ENCODING.md; for a
    /// batch: every item) the claim was false and the proposer loses, else the challenger does.
    function disputeInvalidInputClaim(uint256 gameId, GameProofs.Layout calldata lay, uint256 nonce, bytes calldata input)
        external
    {
        Game storage g = _move(gameId, Phase.ErrorClaim, false);
        _checkLayout(g, lay);
        _checkInput(g, nonce, input);
        bool valid = g.batchSize > 1 ? proofs.batchValid(lay, input, g.batchSize) : proofs.inputValid(lay, input);
        _resolve(gameId, !valid, valid ? "the input is valid" : "the input is invalid");
    }

    /// @notice Proposer, for a batch: reveals the items' trace roots, whose packed hash is the trace
    /// root. For an execution-error claim the failing item is the last non-zero one.
    function revealBatch(uint256 gameId, bytes32[] calldata roots) external {
        Game storage g = _move(gameId, Phase.Batch, true);
        if (roots.length != g.batchSize) revert BadIndex();
        if (keccak256(abi.encodePacked(roots)) != g.traceRoot) revert BadProof("batch");
        g.childrenHash = keccak256(abi.encodePacked(roots));
        g.phase = Phase.BatchPick;
        emit BatchRevealed(gameId, roots);
    }

    /// @notice Challenger: names the batch item it disputes; the game goes on over its trace.
    function pickBatchItem(uint256 gameId, bytes32[] calldata roots, uint16 item) external {
        Game storage g = _move(gameId, Phase.BatchPick, false);
        if (keccak256(abi.encodePacked(roots)) != g.childrenHash) revert BadProof("batch");
        if (item >= roots.length) revert BadIndex();
        g.batchIndex = item;
        g.traceRoot = roots[item];
        g.node = roots[item];
        g.childrenHash = 0;
        // Items before the failing one claim complete traces.
        g.failure = g.failure && (item + 1 == roots.length || roots[item + 1] == 0);
        g.phase = Phase.States;
    }

    // ---------------------------------------------------------------- the trace

    /// @notice Proposer: reveals the trace-tree nodes FANOUT_BITS levels (or fewer, near the leaves)
    /// under the disputed node; they must hash up to it. With at most 64 states one reveal is the
    /// whole trace.
    function revealStates(uint256 gameId, bytes32[] calldata roots) external {
        Game storage g = _move(gameId, Phase.States, true);
        _reveal(g, roots);
        g.phase = Phase.StepPick;
        emit StatesRevealed(gameId, roots);
    }

    /// @notice Challenger: descends into revealed trace-tree node `child` (not yet a state).
    function pickStates(uint256 gameId, bytes32[] calldata roots, uint256 child) external {
        Game storage g = _move(gameId, Phase.StepPick, false);
        if (g.height == g.childBits) revert BadIndex(); // states: name the step instead
        _pick(gameId, g, roots, child);
        g.phase = Phase.States;
    }

    /// @notice Challenger: names step `step` (s_step agreed, s_step+1 not), with both states' paths
    /// to the trace root and the step's description with its path to the registered layout. A zero
    /// s_step+1 is a missing state (a result loses at once); in an execution-error claim it is the
    /// claimed failure, which the proposer must then prove.
    function pickStep(
        uint256 gameId,
        uint32 step,
        bytes32 pre,
        bytes32[] calldata preProof,
        bytes32 post,
        bytes32[] calldata postProof,
        GameProofs.Layout calldata lay,
        bytes calldata desc,
        bytes32[] calldata descProof
    ) external {
        Game storage g = _move(gameId, Phase.StepPick, false);
        _checkLayout(g, lay);
        if (step >= lay.nSteps) revert BadIndex();
        if (pre == 0) revert BadProof("pre-state");
        if (!_verify(g.traceRoot, pre, step, preProof) || !_verify(g.traceRoot, post, uint256(step) + 1, postProof)) {
            revert BadProof("state");
        }
        bytes32 leaf = keccak256(desc);
        if (!_verify(lay.stepsRoot, leaf, step, descProof)) revert BadProof("step");
        (uint32 outSlot, uint64 outLen,) = proofs.stepInfo(desc);
        g.step = step;
        g.nSlots = lay.nSlots;
        g.outSlot = outSlot;
        g.outLen = outLen;
        g.pre = pre;
        g.post = post;
        g.stepLeaf = leaf;
        emit StepPicked(gameId, step, pre, post);
        if (post != 0) {
            g.phase = Phase.Slots;
        } else if (g.failure) {
            g.phase = Phase.Failure;
        } else {
            _resolve(gameId, false, "missing state");
        }
    }

    /// @notice Challenger: the trace goes on where it must have ended: state `index` is not zero
    /// although it lies past s_n (for an execution-error claim: it is s_n, so no step failed), or
    /// although an earlier state `gap` is zero (with its path in `gapProof`; empty: no gap given).
    function disputeEnd(
        uint256 gameId,
        uint256 index,
        bytes32 state,
        bytes32[] calldata proof,
        uint256 gap,
        bytes32[] calldata gapProof
    ) external {
        Game storage g = _move(gameId, Phase.StepPick, false);
        if (state == 0) revert BadIndex();
        if (!_verify(g.traceRoot, state, index, proof)) revert BadProof("state");
        if (gapProof.length == 0) {
            if (index < uint256(g.nSteps) + (g.failure ? 0 : 1)) revert BadIndex();
        } else if (gap >= index || !_verify(g.traceRoot, 0, gap, gapProof)) {
            revert BadProof("gap");
        }
        _resolve(gameId, false, "the trace goes on past its end");
    }

    /// @notice Challenger: every state agrees, but the proposed output bytes (for a batch: the
    /// item's) are not the output tensors of the final state.
    function disputeOutput(
        uint256 gameId,
        bytes32 last,
        bytes32[] calldata lastProof,
        GameProofs.Layout calldata lay,
        GameProofs.SlotOpening[] calldata outs
    ) external {
        Game storage g = _move(gameId, Phase.StepPick, false);
        if (g.failure) revert WrongPhase(gameId, g.phase);
        _checkLayout(g, lay);
        if (!_verify(g.traceRoot, last, lay.nSteps, lastProof)) revert BadProof("state");
        bytes memory output = oracle.getProposal(g.requestId).output;
        if (g.batchSize > 1) {
            bool ok;
            (ok, output) = proofs.item(output, g.batchIndex, g.batchSize);
            if (!ok) return _resolve(gameId, false, "malformed batch output");
        }
        bool same = proofs.outputMatches(last, lay, outs, output);
        _resolve(gameId, same, same ? "output matches the final state" : "output bytes");
    }

    /// @notice Challenger: the proposer's s_0 is not the program's constants and the request's input
    /// (for a batch: the item's). The challenger gives every slot's constant commitment and the
    /// request's input bytes with its nonce; the contract builds s_0 itself and compares.
    function disputeInitialState(
        uint256 gameId,
        bytes32 first,
        bytes32[] calldata firstProof,
        GameProofs.Layout calldata lay,
        bytes32[] calldata consts,
        uint256 nonce,
        bytes calldata input
    ) external {
        Game storage g = _move(gameId, Phase.StepPick, false);
        _checkLayout(g, lay);
        if (!_verify(g.traceRoot, first, 0, firstProof)) revert BadProof("state");
        _checkInput(g, nonce, input);
        bytes memory one = input;
        if (g.batchSize > 1) {
            bool ok;
            (ok, one) = proofs.item(input, g.batchIndex, g.batchSize);
            // A result (or execution error) for an input the model cannot take is wrong whatever the trace.
            if (!ok) return _resolve(gameId, false, "invalid input");
        }
        (bool valid, bytes32 s0) = proofs.initialState(lay, consts, one);
        if (!valid) return _resolve(gameId, false, "invalid input");
        _resolve(gameId, s0 == first, s0 == first ? "initial state correct" : "initial state wrong");
    }

    // ---------------------------------------------------------------- the step

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

    /// @notice Proposer: reveals the nodes FANOUT_BITS levels (or fewer) under the disputed tensor node.
    function revealNodes(uint256 gameId, bytes32[] calldata children) external {
        Game storage g = _move(gameId, Phase.Nodes, true);
        _reveal(g, children);
        g.phase = Phase.ChildPick;
        emit NodesRevealed(gameId, children);
    }

    /// @notice Challenger: names the revealed child it disputes.
    function pickChild(uint256 gameId, bytes32[] calldata children, uint256 child) external {
        Game storage g = _move(gameId, Phase.ChildPick, false);
        _pick(gameId, g, children, child);
        g.phase = g.height == 0 ? Phase.OneStep : Phase.Nodes;
    }

    /// @notice The one-step. Challenger (phase OneStep): names element `j` of the disputed leaf and
    /// opens every input leaf it reads against the agreed pre-state; the verifier recomputes it: a
    /// different value or none and the proposer loses, the same and the challenger does. Proposer
    /// (phase Failure): names an element `j` of the failing step with no value and opens its inputs.
    /// An element of a reduction wider than MAX_TERMS opens the accumulator bisection instead.
    function proveOneStep(
        uint256 gameId,
        uint64 j,
        bytes calldata desc,
        GameProofs.SlotOpening[] calldata slots,
        GameProofs.LeafOpening[] calldata leaves
    ) external {
        (Game storage g, bool byProposer, int64 claimed, bool done) = _oneStep(gameId, j, desc);
        if (done) return;
        (,, uint64 terms) = proofs.stepInfo(desc);
        if (terms > MAX_TERMS) {
            // Too many inputs for one transaction: bisect the accumulation first.
            g.element = j;
            g.claimed = claimed;
            g.lo = 0;
            g.hi = terms;
            g.phase = Phase.Accums;
            return;
        }
        (bool ok, int64 v) = proofs.element(g.pre, desc, j, slots, leaves);
        _settle(gameId, byProposer, ok, v, claimed);
    }

    /// @notice The one-step of a Table (or Log) step: the input element against the pre-state, the
    /// table against the registered layout, the one or two entries the lookup reads. Sides and
    /// phases as proveOneStep.
    function proveTableStep(
        uint256 gameId,
        uint64 j,
        bytes calldata desc,
        GameProofs.Layout calldata lay,
        GameProofs.SlotOpening calldata inSlot,
        GameProofs.LeafOpening calldata inLeaf,
        GameProofs.TableOpening calldata t,
        GameProofs.LeafOpening[] calldata entries
    ) external {
        (Game storage g, bool byProposer, int64 claimed, bool done) = _oneStep(gameId, j, desc);
        if (done) return;
        _checkLayout(g, lay);
        (bool ok, int64 v) = proofs.tableElement(g.pre, lay.tablesRoot, desc, j, inSlot, inLeaf, t, entries);
        _settle(gameId, byProposer, ok, v, claimed);
    }

    // ---------------------------------------------------------------- wide reductions

    /// @notice Proposer: reveals its accumulator at the evenly spaced term positions of the disputed
    /// range (`positionOf`). At the first level the first point is the bias and the last must give the
    /// claimed element (for a failure claim: no element — OVERFLOWED marks points past an int128
    /// overflow); later, the ends must be the range's agreed start and disputed end.
    function revealAccumulators(uint256 gameId, int256[] calldata points, bytes calldata desc) external {
        Game storage g = _move(gameId, Phase.Accums, true);
        uint256 parts = _parts(g.lo, g.hi);
        if (points.length != parts + 1) revert BadIndex();
        if (g.pointsHash == bytes32(0)) {
            if (keccak256(desc) != g.stepLeaf) revert BadProof("step");
            (bool ok, int64 v) = proofs.finish(desc, points[parts]);
            if (g.failure ? ok : (!ok || v != g.claimed)) revert BadProof("accumulator");
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
    /// its end (or, in a failure claim, overflow where the proposer says OVERFLOWED), or the proposer loses.
    function proveSegment(
        uint256 gameId,
        int256[] calldata points,
        uint256 k,
        bytes calldata desc,
        GameProofs.SlotOpening[] calldata slots,
        GameProofs.LeafOpening[] calldata leaves
    ) external {
        Game storage g = _move(gameId, Phase.AccumPick, false);
        _narrow(g, points, k);
        if (g.hi - g.lo > MAX_TERMS) revert BadIndex();
        if (keccak256(desc) != g.stepLeaf) revert BadProof("step");
        (bool ok, int256 acc) = proofs.segment(g.pre, desc, g.element, g.lo, g.hi, g.accLo, slots, leaves);
        bool won = ok ? acc == g.accHi : (g.failure && g.accHi == OVERFLOWED);
        _resolve(gameId, won, won ? "segment correct" : "segment wrong");
    }

    /// @notice Challenger: at the first level, disputes the first point, which must be the element's
    /// bias (zero without one), opened against the pre-state.
    function disputeBias(
        uint256 gameId,
        int256[] calldata points,
        bytes calldata desc,
        GameProofs.SlotOpening[] calldata slots,
        GameProofs.LeafOpening[] calldata leaves
    ) external {
        Game storage g = _move(gameId, Phase.AccumPick, false);
        if (g.lo != 0 || keccak256(abi.encodePacked(g.lo, g.hi, points)) != g.pointsHash) revert BadProof("points");
        if (keccak256(desc) != g.stepLeaf) revert BadProof("step");
        int256 b = proofs.bias(g.pre, desc, g.element, slots, leaves);
        _resolve(gameId, b == points[0], b == points[0] ? "bias correct" : "bias wrong");
    }

    // ---------------------------------------------------------------- ending

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

    /// @notice The term position of point `k` when [lo, hi) is split in `_parts` segments.
    function positionOf(uint64 lo, uint64 hi, uint256 k) public pure returns (uint64) {
        return lo + uint64((uint256(hi - lo) * k) / _parts(lo, hi));
    }

    // ---------------------------------------------------------------- internals

    function _proposerMoves(Phase ph) private pure returns (bool) {
        return ph == Phase.States || ph == Phase.Slots || ph == Phase.Nodes || ph == Phase.Accums || ph == Phase.Batch
            || ph == Phase.Failure;
    }

    /// @dev Checks a reveal of the children FANOUT_BITS levels under g.node.
    function _reveal(Game storage g, bytes32[] calldata children) private {
        uint8 bits = g.height < FANOUT_BITS ? g.height : uint8(FANOUT_BITS);
        if (children.length != (uint256(1) << bits)) revert BadIndex();
        if (_root(children) != g.node) revert BadProof("nodes");
        g.childBits = bits;
        g.childrenHash = keccak256(abi.encodePacked(children));
    }

    /// @dev Descends into revealed child `child`.
    function _pick(uint256 gameId, Game storage g, bytes32[] calldata children, uint256 child) private {
        if (keccak256(abi.encodePacked(children)) != g.childrenHash) revert BadProof("children");
        if (child >= children.length) revert BadIndex();
        g.node = children[child];
        g.nodeIndex = (g.nodeIndex << g.childBits) | uint64(child);
        g.height -= g.childBits;
        emit ChildPicked(gameId, child, g.node, g.height);
    }

    /// @dev The common start of a one-step: whose move it is, the element's claimed value, and
    /// whether the game already ended (padding).
    function _oneStep(uint256 gameId, uint64 j, bytes calldata desc)
        private
        returns (Game storage g, bool byProposer, int64 claimed, bool done)
    {
        byProposer = _games[gameId].phase == Phase.Failure;
        g = _move(gameId, byProposer ? Phase.Failure : Phase.OneStep, byProposer);
        if (keccak256(desc) != g.stepLeaf) revert BadProof("step");
        if (byProposer) {
            if (j >= g.outLen) revert BadIndex();
            return (g, true, 0, false);
        }
        if (j / 4 != g.nodeIndex) revert BadIndex();
        claimed = int64(uint64(uint256(g.node) >> (192 - 64 * uint256(j % 4))));
        if (j >= g.outLen) {
            // Padding past the tensor's end is zero in every honest tree.
            _resolve(gameId, claimed == 0, "padding element");
            return (g, false, claimed, true);
        }
    }

    /// @dev Decides a one-step: the challenger's disproves a wrong or value-less claimed element; the
    /// proposer's (a failure claim) must show an element with no value, or it is refused.
    function _settle(uint256 gameId, bool byProposer, bool ok, int64 v, int64 claimed) private {
        if (byProposer) {
            if (ok) revert BadProof("the element has a value");
            return _resolve(gameId, true, "the step fails");
        }
        if (!ok) return _resolve(gameId, false, "one-step: the element has no value");
        _resolve(gameId, v == claimed, v == claimed ? "one-step: element correct" : "one-step: element wrong");
    }

    function _checkInput(Game storage g, uint256 nonce, bytes calldata input) private view {
        if (oracle.computeRequestId(nonce, keccak256(input)) != g.requestId) revert BadProof("input");
    }

    /// @dev How many segments a range of terms is split into: 16, or one per term when shorter.
    function _parts(uint64 lo, uint64 hi) private pure returns (uint256) {
        uint256 n = hi - lo;
        return n < 16 ? n : 16;
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

    /// @dev inference.VerifyMerkle: the path must consume the whole index (binds the tree height).
    function _verify(bytes32 root, bytes32 leaf, uint256 index, bytes32[] calldata proof) private pure returns (bool) {
        bytes32 h = leaf;
        for (uint256 i; i < proof.length; ++i) {
            h = index % 2 == 0 ? keccak256(abi.encodePacked(h, proof[i])) : keccak256(abi.encodePacked(proof[i], h));
            index /= 2;
        }
        return index == 0 && h == root;
    }

    function _checkLayout(Game storage g, GameProofs.Layout calldata lay) private view {
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

    /// @dev Merkle root of calldata leaves padded with zeros to a power of two (inference/merkle.go).
    function _root(bytes32[] calldata leaves) private pure returns (bytes32) {
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

    /// @dev Height of a tree over `leaves` leaves padded to a power of two.
    function _height(uint64 leaves) private pure returns (uint8 h) {
        uint64 n = 1;
        while (n < leaves) {
            n <<= 1;
            ++h;
        }
    }
}
