// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {Address} from "@openzeppelin/contracts/utils/Address.sol";

import {IAIOracle} from "./interfaces/IAIOracle.sol";
import {IModelRegistry} from "./interfaces/IModelRegistry.sol";
import {OneStepVerifier} from "./OneStepVerifier.sol";
import {GameProofs} from "./GameProofs.sol";

/// @notice The part of AIOracle the dispute game drives.
interface IAIOracleDisputes is IAIOracle {
    /// @notice The request and its current proposal as a game reads them.
    function disputeTerms(uint256 requestId) external view returns (DisputeTerms memory);
    /// @notice The output bytes of the request's current proposal.
    function proposalOutput(uint256 requestId) external view returns (bytes memory);
    /// @notice The nonce of the request's open proposal, or 0.
    function openProposalNonce(uint256 requestId) external view returns (uint32);
    /// @notice Slashes proposal `nonce` if it is still open and sends this contract the challengers'
    /// reward (0 and nothing done otherwise).
    function slash(uint256 requestId, uint32 nonce) external returns (uint256 reward);
    /// @notice Counts games open on the request's proposal `nonce` (finalize waits for them).
    function setDisputeOpen(uint256 requestId, uint32 nonce, bool open) external;
}

/// @title DisputeGame
/// @notice The opML dispute game (docs/DISPUTE.md). A challenger bonds against a proposal. A
/// proposal carries no trace commitment: the proposer's first reveal in a game is its commitment
/// (as in Optimism's fault dispute game, where claims are made as the game goes). For a batch the
/// proposer reveals its items' trace roots and the challenger names one; the proposer reveals the
/// trace tree 64 nodes at a time and the challenger descends to the states it disputes;
/// it names the first disputed step; the proposer reveals the slot vectors around it; the two descend
/// the step's output tensor tree to one leaf; the challenger names one element and the
/// OneStepVerifier recomputes it from openings against the agreed pre-state (a wide reduction is
/// bisected over its running accumulator first). An "execution error" claim commits to the trace up
/// to the failing step: the game reaches that step the same way and the proposer must show an
/// element of it with no value. Each side plays on a chess clock; a side whose clock runs out loses.
/// The loser's bond pays the winner; a lost proposal is slashed through the oracle, which reopens the
/// request for a correct proposal and sends the challengers' reward here, shared by every game open
/// on that proposal. Each game binds the proposal it challenged (its nonce): once that proposal is
/// slashed the game is stale and closes with its bond returned (docs/DISPUTE.md, docs/SECURITY.md).
/// Every Merkle opening is bound to the height its tree's committed size gives, so no internal node
/// opens as a leaf.
contract DisputeGame {
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
        uint32 proposal; // the challenged proposal's nonce
        Phase phase;
        bool proposerWon;
        bool errorClaim; // the proposal is an "execution error" claim (for a batch: of some item)
        bool failure; // the disputed trace is the failing one: it ends at the failing step
        bool failing; // the accumulator bisection is the proposer's proof that the step fails
        uint16 batchSize;
        uint16 batchIndex;
        address challenger;
        uint64 proposerClock; // seconds left
        uint64 challengerClock;
        uint64 lastMoveAt;
        uint32 nSteps;
        bytes32 traceRoot; // the disputed trace (a batch item's, once picked); zero until revealed
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
        bytes32 outputHash; // keccak256 of the challenged proposal's output
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

    /// @notice The games on one proposal: how many are open, and once it is slashed each one's share
    /// of the challengers' reward.
    struct Tally {
        uint64 open;
        bool slashed;
        uint128 share;
    }

    uint256 public gameCount;
    mapping(uint256 gameId => Game) private _games;
    mapping(uint256 requestId => mapping(uint32 proposal => Tally)) private _tallies;
    /// @notice Bonds and rewards won, withdrawable by pull.
    mapping(address account => uint256) public balances;

    event GameStarted(uint256 indexed gameId, uint256 indexed requestId, address indexed challenger, address proposer);
    event BatchRevealed(uint256 indexed gameId, bytes32[] roots);
    event StatesRevealed(uint256 indexed gameId, bytes32[] roots);
    event StepPicked(uint256 indexed gameId, uint32 step, bytes32 pre, bytes32 post);
    event SlotsRevealed(uint256 indexed gameId, bytes32[] pre, bytes32[] post);
    event NodesRevealed(uint256 indexed gameId, bytes32[] children);
    event ChildPicked(uint256 indexed gameId, uint256 child, bytes32 node, uint8 height);
    event AccumulatorsRevealed(uint256 indexed gameId, uint64 lo, uint64 hi, int256[] points);
    /// @notice Why a game ended (with proposerWon: which way the check went); Stale: the proposal
    /// was slashed elsewhere and the challenger got its bond back.
    enum Outcome {
        Timeout,
        InputValidity,
        BatchRoots,
        MissingState,
        TraceEnd,
        BatchOutput,
        Output,
        InvalidInput,
        InitialState,
        SlotChanged,
        SlotWritten,
        Segment,
        Bias,
        Padding,
        StepFails,
        NoValue,
        Element,
        Stale
    }

    event GameResolved(uint256 indexed gameId, bool proposerWon, Outcome reason);

    error WrongPhase(uint256 gameId, Phase phase);
    error NotYourMove(uint256 gameId, address caller);
    error ClockExpired(uint256 gameId);
    error ClockRunning(uint256 gameId);
    error BondMismatch(uint256 required, uint256 provided);
    error NotChallengeable(uint256 requestId);
    /// @notice What failed to check: a state path, the step's description, a batch reveal, …
    enum Proof {
        State,
        Step,
        Batch,
        PreState,
        Gap,
        Input,
        Layout,
        Nodes,
        Children,
        Slots,
        Accumulator,
        Points,
        RangeEnds,
        ElementHasValue
    }

    error BadProof(Proof what);
    error BadIndex();
    error NothingToWithdraw();
    error ZeroAddress();
    /// @notice Raised by GameProofs and passed on: an opening that does not check (what: which).
    error BadOpening(string what);
    /// @notice Raised by GameProofs and passed on: an opening of the wrong shape.
    error InvalidOpening();
    error StaleGame(uint256 gameId);
    error NotStale(uint256 gameId);
    error NotOracle(address caller);

    constructor(IAIOracleDisputes oracle_, OneStepVerifier verifier_, uint256 challengeBond_, uint64 clock_) {
        if (address(oracle_) == address(0) || address(verifier_) == address(0)) revert ZeroAddress();
        oracle = oracle_;
        proofs = new GameProofs(verifier_);
        challengeBond = challengeBond_;
        clock = clock_;
    }

    /// @notice Slash rewards come from the oracle only.
    receive() external payable {
        if (msg.sender != address(oracle)) revert NotOracle(msg.sender);
    }

    /// @notice A game's state.
    function getGame(uint256 gameId) external view returns (Game memory) {
        return _games[gameId];
    }

    /// @notice The games on proposal `proposal` of `requestId`: open count, slashed, and the share of
    /// the reward each of them gets once slashed.
    function tallyOf(uint256 requestId, uint32 proposal) external view returns (Tally memory) {
        return _tallies[requestId][proposal];
    }

    // ---------------------------------------------------------------- opening

    /// @notice Challenges the current proposal of `requestId` while its window is open, posting
    /// exactly `challengeBond`, with the model's layout (checked against the registered root).
    function challenge(uint256 requestId, GameProofs.Layout calldata) external payable returns (uint256 gameId) {
        if (msg.value != challengeBond) revert BondMismatch(challengeBond, msg.value);
        IAIOracle.DisputeTerms memory p = oracle.disputeTerms(requestId);
        if (p.status != IAIOracle.RequestStatus.Proposed) revert NotChallengeable(requestId);
        if (p.isError && p.errorCode != CODE_INVALID_INPUT && p.errorCode != CODE_EXECUTION) revert NotChallengeable(requestId);
        if (block.timestamp >= p.challengeEnd) revert NotChallengeable(requestId);
        gameId = ++gameCount;
        Game storage g = _games[gameId];
        g.requestId = requestId;
        g.proposer = p.proposer;
        g.proposal = p.nonce;
        g.challenger = msg.sender;
        g.outputHash = p.outputHash;
        g.layoutRoot = p.layoutRoot;
        (bytes32 root, uint32 nSteps) = abi.decode(_forward(GameProofs.layoutOf.selector, ""), (bytes32, uint32));
        if (root != p.layoutRoot) revert BadProof(Proof.Layout);
        g.nSteps = nSteps;
        g.batchSize = p.batchSize;
        g.errorClaim = p.isError && p.errorCode == CODE_EXECUTION;
        g.failure = g.errorClaim;
        g.height = _height(uint64(nSteps) + 1);
        g.proposerClock = clock;
        g.challengerClock = clock;
        g.lastMoveAt = uint64(block.timestamp);
        if (p.isError && p.errorCode == CODE_INVALID_INPUT) g.phase = Phase.ErrorClaim;
        else g.phase = p.batchSize > 1 ? Phase.Batch : Phase.States;
        _tallies[requestId][p.nonce].open += 1;
        oracle.setDisputeOpen(requestId, p.nonce, true);
        emit GameStarted(gameId, requestId, msg.sender, p.proposer);
    }

    /// @notice Challenger: gives the request's input (bound by its nonce to the request id), checked
    /// against the model's inputs (docs/ENCODING.md; for a batch: every item). Against an "invalid
    /// input" claim (phase ErrorClaim) a valid input makes the proposer lose, else the challenger.
    /// Against any other claim on a batch (phase BatchPick) an invalid input makes the proposer lose
    /// (the answer is then "invalid input", whatever the items' traces: an invalid item after an
    /// execution error's failing one has no trace to name); a valid one is refused.
    function disputeInvalidInputClaim(uint256 gameId, GameProofs.Layout calldata, uint256 nonce, bytes calldata input)
        external
    {
        bool batchClaim = _games[gameId].phase == Phase.BatchPick;
        Game storage g = _move(gameId, batchClaim ? Phase.BatchPick : Phase.ErrorClaim, false);
        _checkInput(g, nonce, input);
        // GameProofs decides (and refuses a valid batch against a BatchPick-phase claim).
        bool proposerWon = abi.decode(
            _forward(GameProofs.inputClaim.selector, abi.encode(g.layoutRoot, uint256(g.batchSize), batchClaim)),
            (bool)
        );
        _resolve(gameId, proposerWon, Outcome.InputValidity);
    }

    /// @notice Proposer, for a batch: commits to the items' trace roots (the game's first move). A
    /// result has no zero root; an execution-error claim has non-zero roots up to its failing item and
    /// zeros after it. Roots of any other form lose at once.
    function revealBatch(uint256 gameId, bytes32[] calldata roots) external {
        Game storage g = _move(gameId, Phase.Batch, true);
        if (roots.length != g.batchSize) revert BadIndex();
        emit BatchRevealed(gameId, roots);
        if (!proofs.batchRootsWellFormed(roots, g.errorClaim)) return _resolve(gameId, false, Outcome.BatchRoots);
        g.childrenHash = keccak256(abi.encodePacked(roots));
        g.phase = Phase.BatchPick;
    }

    /// @notice Challenger: names the batch item it disputes (a non-zero root); the game goes on over
    /// its trace. Only the last non-zero item of an execution-error claim is the failing one.
    function pickBatchItem(uint256 gameId, bytes32[] calldata roots, uint16 item) external {
        Game storage g = _move(gameId, Phase.BatchPick, false);
        if (keccak256(abi.encodePacked(roots)) != g.childrenHash) revert BadProof(Proof.Batch);
        if (item >= roots.length || roots[item] == 0) revert BadIndex();
        g.batchIndex = item;
        g.traceRoot = roots[item];
        g.node = roots[item];
        g.childrenHash = 0;
        g.failure = g.errorClaim && (item + 1 == roots.length || roots[item + 1] == 0);
        g.phase = Phase.States;
    }

    // ---------------------------------------------------------------- the trace

    /// @notice Proposer: reveals the trace-tree nodes FANOUT_BITS levels (or fewer, near the leaves)
    /// under the disputed node; they must hash up to it. The first reveal of a trace (the top of the
    /// tree; a batch item's is committed by revealBatch) is the proposer's commitment to it: their
    /// root becomes the game's trace root. With at most 64 states one reveal is the whole trace.
    function revealStates(uint256 gameId, bytes32[] calldata roots) external {
        Game storage g = _move(gameId, Phase.States, true);
        _reveal(g, roots, g.traceRoot == 0);
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
        GameProofs.Layout calldata,
        bytes calldata,
        bytes32[] calldata
    ) external {
        Game storage g = _move(gameId, Phase.StepPick, false);
        if (step >= g.nSteps) revert BadIndex();
        if (pre == 0) revert BadProof(Proof.PreState);
        uint256 depth = _traceDepth(g);
        if (!_verify(g.traceRoot, pre, step, preProof, depth) || !_verify(g.traceRoot, post, uint256(step) + 1, postProof, depth)) {
            revert BadProof(Proof.State);
        }
        // GameProofs checks the layout and the step's description against its step tree.
        (bytes32 leaf, uint32 nSlots, uint32 outSlot, uint64 outLen) = abi.decode(
            _forward(GameProofs.stepOf.selector, abi.encode(g.layoutRoot)), (bytes32, uint32, uint32, uint64)
        );
        g.step = step;
        g.nSlots = nSlots;
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
            _resolve(gameId, false, Outcome.MissingState);
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
        uint256 depth = _traceDepth(g);
        if (!_verify(g.traceRoot, state, index, proof, depth)) revert BadProof(Proof.State);
        if (gapProof.length == 0) {
            if (index < uint256(g.nSteps) + (g.failure ? 0 : 1)) revert BadIndex();
        } else if (gap >= index || !_verify(g.traceRoot, 0, gap, gapProof, depth)) {
            revert BadProof(Proof.Gap);
        }
        _resolve(gameId, false, Outcome.TraceEnd);
    }

    /// @notice Challenger: every state agrees, but the proposed output bytes (for a batch: the
    /// item's) are not the output tensors of the final state.
    function disputeOutput(
        uint256 gameId,
        bytes32 last,
        bytes32[] calldata lastProof,
        GameProofs.Layout calldata,
        GameProofs.SlotOpening[] calldata
    ) external {
        Game storage g = _move(gameId, Phase.StepPick, false);
        // An error claim has no output bytes (its items before the failing one are checked by state).
        if (g.errorClaim) revert WrongPhase(gameId, g.phase);
        if (!_verify(g.traceRoot, last, g.nSteps, lastProof, _traceDepth(g))) revert BadProof(Proof.State);
        bytes memory output = oracle.proposalOutput(g.requestId);
        // _move refused a stale game, so this is the challenged proposal; checked all the same.
        if (keccak256(output) != g.outputHash) revert StaleGame(gameId);
        (bool wellFormed, bool same) = abi.decode(
            _forward(
                GameProofs.outputOf.selector,
                abi.encode(g.layoutRoot, uint256(g.batchSize), uint256(g.batchIndex), output)
            ),
            (bool, bool)
        );
        if (!wellFormed) return _resolve(gameId, false, Outcome.BatchOutput);
        _resolve(gameId, same, Outcome.Output);
    }

    /// @notice Challenger: the proposer's s_0 is not the program's constants and the request's input
    /// (for a batch: the item's). The challenger gives every slot's constant commitment and the
    /// request's input bytes with its nonce; the contract builds s_0 itself and compares.
    function disputeInitialState(
        uint256 gameId,
        bytes32 first,
        bytes32[] calldata firstProof,
        GameProofs.Layout calldata,
        bytes32[] calldata,
        uint256 nonce,
        bytes calldata input
    ) external {
        Game storage g = _move(gameId, Phase.StepPick, false);
        if (!_verify(g.traceRoot, first, 0, firstProof, _traceDepth(g))) revert BadProof(Proof.State);
        _checkInput(g, nonce, input);
        // GameProofs checks the layout, takes the batch item and builds s_0; an input the model cannot
        // take makes a result (or execution error) wrong whatever the trace.
        (bool valid, bytes32 s0) = abi.decode(
            _forward(
                GameProofs.initialStateOf.selector, abi.encode(g.layoutRoot, uint256(g.batchSize), uint256(g.batchIndex))
            ),
            (bool, bytes32)
        );
        if (!valid) return _resolve(gameId, false, Outcome.InvalidInput);
        _resolve(gameId, s0 == first, Outcome.InitialState);
    }

    // ---------------------------------------------------------------- the step

    /// @notice Proposer: reveals every slot commitment before and after the step. Only the step's
    /// output slot may differ, and it must have been empty before (values are written once).
    function revealSlots(uint256 gameId, bytes32[] calldata pre, bytes32[] calldata post) external {
        Game storage g = _move(gameId, Phase.Slots, true);
        if (pre.length != g.nSlots || post.length != g.nSlots) revert BadIndex();
        if (_root(pre) != g.pre || _root(post) != g.post) revert BadProof(Proof.Slots);
        emit SlotsRevealed(gameId, pre, post);
        uint256 out = g.outSlot;
        if (!proofs.onlySlotChanged(pre, post, out)) return _resolve(gameId, false, Outcome.SlotChanged);
        if (pre[out] != bytes32(0)) return _resolve(gameId, false, Outcome.SlotWritten);
        g.node = post[out];
        g.nodeIndex = 0;
        g.height = _height((g.outLen + 3) / 4);
        g.phase = g.height == 0 ? Phase.OneStep : Phase.Nodes;
    }

    /// @notice Proposer: reveals the nodes FANOUT_BITS levels (or fewer) under the disputed tensor node.
    function revealNodes(uint256 gameId, bytes32[] calldata children) external {
        Game storage g = _move(gameId, Phase.Nodes, true);
        _reveal(g, children, false);
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
        GameProofs.SlotOpening[] calldata,
        GameProofs.LeafOpening[] calldata
    ) external {
        (Game storage g, bool byProposer, int64 claimed, bool done) = _oneStep(gameId, j, desc);
        if (done) return;
        (,, uint64 terms) = proofs.stepInfo(desc);
        if (terms > MAX_TERMS) {
            // Too many inputs for one transaction: bisect the accumulation first.
            g.element = j;
            g.claimed = claimed;
            g.failing = byProposer;
            g.lo = 0;
            g.hi = terms;
            g.phase = Phase.Accums;
            return;
        }
        (bool ok, int64 v) =
            abi.decode(_forward(GameProofs.element.selector, abi.encode(g.pre, g.nSlots)), (bool, int64));
        _settle(gameId, byProposer, ok, v, claimed);
    }

    /// @notice The one-step of a Table (or Log) step: the input element against the pre-state, the
    /// table against the registered layout, the one or two entries the lookup reads. Sides and
    /// phases as proveOneStep.
    function proveTableStep(
        uint256 gameId,
        uint64 j,
        bytes calldata desc,
        GameProofs.Layout calldata,
        GameProofs.SlotOpening calldata,
        GameProofs.LeafOpening calldata,
        GameProofs.TableOpening calldata,
        GameProofs.LeafOpening[] calldata
    ) external {
        (Game storage g, bool byProposer, int64 claimed, bool done) = _oneStep(gameId, j, desc);
        if (done) return;
        // GameProofs checks the layout against g.layoutRoot and opens the table under it.
        (bool ok, int64 v) = abi.decode(
            _forward(GameProofs.tableElement.selector, abi.encode(g.pre, g.nSlots, g.layoutRoot)), (bool, int64)
        );
        _settle(gameId, byProposer, ok, v, claimed);
    }

    // ---------------------------------------------------------------- wide reductions

    /// @notice Proposer: reveals its accumulator at the evenly spaced term positions of the disputed
    /// range (`_positionOf`). At the first level the first point is the bias and the last must give the
    /// claimed element (for a failure claim: no element — OVERFLOWED marks points past an int128
    /// overflow); later, the ends must be the range's agreed start and disputed end.
    function revealAccumulators(uint256 gameId, int256[] calldata points, bytes calldata desc) external {
        Game storage g = _move(gameId, Phase.Accums, true);
        uint256 parts = _parts(g.lo, g.hi);
        if (points.length != parts + 1) revert BadIndex();
        if (g.pointsHash == bytes32(0)) {
            if (keccak256(desc) != g.stepLeaf) revert BadProof(Proof.Step);
            (bool ok, int64 v) = proofs.finish(desc, points[parts]);
            if (g.failing ? ok : (!ok || v != g.claimed)) revert BadProof(Proof.Accumulator);
        } else if (points[0] != g.accLo || points[parts] != g.accHi) {
            revert BadProof(Proof.RangeEnds);
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
        GameProofs.SlotOpening[] calldata,
        GameProofs.LeafOpening[] calldata
    ) external {
        Game storage g = _move(gameId, Phase.AccumPick, false);
        _narrow(g, points, k);
        if (g.hi - g.lo > MAX_TERMS) revert BadIndex();
        if (keccak256(desc) != g.stepLeaf) revert BadProof(Proof.Step);
        (bool ok, int256 acc) = abi.decode(
            _forward(GameProofs.segment.selector, abi.encode(g.pre, g.nSlots, g.element, g.lo, g.hi, g.accLo)),
            (bool, int256)
        );
        bool won = ok ? acc == g.accHi : (g.failing && g.accHi == OVERFLOWED);
        _resolve(gameId, won, Outcome.Segment);
    }

    /// @notice Challenger: at the first level, disputes the first point, which must be the element's
    /// bias (zero without one), opened against the pre-state.
    function disputeBias(
        uint256 gameId,
        int256[] calldata points,
        bytes calldata desc,
        GameProofs.SlotOpening[] calldata,
        GameProofs.LeafOpening[] calldata
    ) external {
        Game storage g = _move(gameId, Phase.AccumPick, false);
        if (g.lo != 0 || keccak256(abi.encodePacked(g.lo, g.hi, points)) != g.pointsHash) revert BadProof(Proof.Points);
        if (keccak256(desc) != g.stepLeaf) revert BadProof(Proof.Step);
        int256 b = abi.decode(_forward(GameProofs.bias.selector, abi.encode(g.pre, g.nSlots, g.element)), (int256));
        _resolve(gameId, b == points[0], Outcome.Bias);
    }

    // ---------------------------------------------------------------- ending

    /// @notice Ends a game whose side to move has run out of time; that side loses. A stale game
    /// closes as closeStale does.
    function timeout(uint256 gameId) external {
        Game storage g = _games[gameId];
        Phase ph = g.phase;
        if (ph == Phase.None || ph == Phase.Resolved) revert WrongPhase(gameId, ph);
        if (_stale(g)) return _closeStale(gameId, g);
        bool proposerToMove = _proposerMoves(ph);
        uint64 left = proposerToMove ? g.proposerClock : g.challengerClock;
        if (block.timestamp <= uint256(g.lastMoveAt) + left) revert ClockRunning(gameId);
        _resolve(gameId, !proposerToMove, Outcome.Timeout);
    }

    /// @notice Closes a game whose proposal was slashed (in another game, or another dispute game
    /// contract): the challenger gets its bond back and its share of the reward if this contract
    /// slashed it. Anyone may call.
    function closeStale(uint256 gameId) external {
        Game storage g = _games[gameId];
        Phase ph = g.phase;
        if (ph == Phase.None || ph == Phase.Resolved) revert WrongPhase(gameId, ph);
        if (!_stale(g)) revert NotStale(gameId);
        _closeStale(gameId, g);
    }

    /// @notice Sends the caller's won bonds.
    function withdraw() external {
        uint256 amount = balances[msg.sender];
        if (amount == 0) revert NothingToWithdraw();
        balances[msg.sender] = 0;
        Address.sendValue(payable(msg.sender), amount);
    }

    /// @notice The term position of point `k` when [lo, hi) is split in `_parts` segments.
    function _positionOf(uint64 lo, uint64 hi, uint256 k) private pure returns (uint64) {
        return lo + uint64((uint256(hi - lo) * k) / _parts(lo, hi));
    }

    // ---------------------------------------------------------------- internals

    function _proposerMoves(Phase ph) private pure returns (bool) {
        return ph == Phase.States || ph == Phase.Slots || ph == Phase.Nodes || ph == Phase.Accums || ph == Phase.Batch
            || ph == Phase.Failure;
    }

    /// @dev Checks a reveal of the children FANOUT_BITS levels under g.node or, for the first reveal
    /// of a trace (`commit`), makes their root the trace root.
    function _reveal(Game storage g, bytes32[] calldata children, bool commit) private {
        uint8 bits = g.height < FANOUT_BITS ? g.height : uint8(FANOUT_BITS);
        if (children.length != (uint256(1) << bits)) revert BadIndex();
        bytes32 root = _root(children);
        if (commit) {
            g.traceRoot = root;
            g.node = root;
        } else if (root != g.node) {
            revert BadProof(Proof.Nodes);
        }
        g.childBits = bits;
        g.childrenHash = keccak256(abi.encodePacked(children));
    }

    /// @dev Descends into revealed child `child`.
    function _pick(uint256 gameId, Game storage g, bytes32[] calldata children, uint256 child) private {
        if (keccak256(abi.encodePacked(children)) != g.childrenHash) revert BadProof(Proof.Children);
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
        if (keccak256(desc) != g.stepLeaf) revert BadProof(Proof.Step);
        if (byProposer) {
            if (j >= g.outLen) revert BadIndex();
            return (g, true, 0, false);
        }
        if (j / 4 != g.nodeIndex) revert BadIndex();
        claimed = int64(uint64(uint256(g.node) >> (192 - 64 * uint256(j % 4))));
        if (j >= g.outLen) {
            // Padding past the tensor's end is zero in every honest tree.
            _resolve(gameId, claimed == 0, Outcome.Padding);
            return (g, false, claimed, true);
        }
    }

    /// @dev Decides a one-step: the challenger's disproves a wrong or value-less claimed element; the
    /// proposer's (a failure claim) must show an element with no value, or it is refused.
    function _settle(uint256 gameId, bool byProposer, bool ok, int64 v, int64 claimed) private {
        if (byProposer) {
            if (ok) revert BadProof(Proof.ElementHasValue);
            return _resolve(gameId, true, Outcome.StepFails);
        }
        if (!ok) return _resolve(gameId, false, Outcome.NoValue);
        _resolve(gameId, v == claimed, Outcome.Element);
    }

    function _checkInput(Game storage g, uint256 nonce, bytes calldata input) private view {
        if (oracle.computeRequestId(nonce, keccak256(input)) != g.requestId) revert BadProof(Proof.Input);
    }

    /// @dev How many segments a range of terms is split into: 16, or one per term when shorter.
    function _parts(uint64 lo, uint64 hi) private pure returns (uint256) {
        uint256 n = hi - lo;
        return n < 16 ? n : 16;
    }

    /// @dev Checks the revealed points and narrows the range to segment k.
    function _narrow(Game storage g, int256[] calldata points, uint256 k) private {
        if (keccak256(abi.encodePacked(g.lo, g.hi, points)) != g.pointsHash) revert BadProof(Proof.Points);
        uint256 parts = points.length - 1;
        if (k >= parts) revert BadIndex();
        (uint64 lo, uint64 hi) = (g.lo, g.hi);
        g.lo = _positionOf(lo, hi, k);
        g.hi = _positionOf(lo, hi, k + 1);
        g.accLo = points[k];
        g.accHi = points[k + 1];
    }

    /// @dev Checks phase, turn and that the challenged proposal is still the open one, and charges
    /// the mover's clock.
    function _move(uint256 gameId, Phase want, bool byProposer) private returns (Game storage g) {
        g = _games[gameId];
        if (g.phase != want) revert WrongPhase(gameId, g.phase);
        if (msg.sender != (byProposer ? g.proposer : g.challenger)) revert NotYourMove(gameId, msg.sender);
        if (_stale(g)) revert StaleGame(gameId);
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

    /// @dev Ends a game. The winner gets the challenge bond; a losing proposal is slashed through the
    /// oracle, whose reward is shared by every game open on it (this one takes the division's
    /// remainder), the others collecting theirs as they close stale.
    function _resolve(uint256 gameId, bool proposerWon, Outcome reason) private {
        Game storage g = _games[gameId];
        g.phase = Phase.Resolved;
        g.proposerWon = proposerWon;
        (uint256 requestId, uint32 proposal) = (g.requestId, g.proposal);
        Tally storage t = _tallies[requestId][proposal];
        uint256 games = t.open;
        t.open = uint64(games - 1);
        emit GameResolved(gameId, proposerWon, reason);
        if (proposerWon) {
            balances[g.proposer] += challengeBond;
            oracle.setDisputeOpen(requestId, proposal, false);
            return;
        }
        address challenger = g.challenger;
        // Effects before the (trusted) oracle's call, which sends the reward here.
        oracle.setDisputeOpen(requestId, proposal, false);
        uint256 reward = oracle.slash(requestId, proposal);
        uint256 share = reward / games;
        if (reward != 0) {
            t.slashed = true;
            t.share = uint128(share);
        }
        balances[challenger] += challengeBond + reward - share * (games - 1);
    }

    /// @dev Closes a stale game: bond back, plus its share if this contract slashed the proposal.
    function _closeStale(uint256 gameId, Game storage g) private {
        g.phase = Phase.Resolved;
        Tally storage t = _tallies[g.requestId][g.proposal];
        t.open -= 1;
        balances[g.challenger] += challengeBond + (t.slashed ? t.share : 0);
        emit GameResolved(gameId, false, Outcome.Stale);
    }

    /// @dev Whether the challenged proposal is no longer the request's open one (it was slashed).
    function _stale(Game storage g) private view returns (bool) {
        return oracle.openProposalNonce(g.requestId) != g.proposal;
    }

    /// @dev The trace tree's height: nSteps + 1 states.
    function _traceDepth(Game storage g) private view returns (uint256) {
        return _height(uint64(g.nSteps) + 1);
    }

    /// @dev Calls GameProofs' function `selector`, whose parameters are this call's, with this call's
    /// arguments and `context` appended (as ERC-2771 appends the sender): the openings go through
    /// as they came instead of being decoded and re-encoded here. GameProofs reads the context from
    /// the end of its calldata, so nothing a caller puts in its arguments can replace it. Reverts
    /// (a malformed opening) are passed on.
    function _forward(bytes4 selector, bytes memory context) private view returns (bytes memory ret) {
        bool ok;
        (ok, ret) = address(proofs).staticcall(abi.encodePacked(selector, msg.data[4:], context, context.length));
        if (!ok) {
            assembly ("memory-safe") {
                revert(add(ret, 32), mload(ret))
            }
        }
    }

    /// @dev A Merkle opening of the leaf at `index` in a tree of height `depth` (GameProofs.verifyAt:
    /// exactly `depth` siblings, so no internal node opens as a leaf).
    function _verify(bytes32 root, bytes32 leaf, uint256 index, bytes32[] calldata proof, uint256 depth)
        private
        view
        returns (bool)
    {
        return proofs.verifyAt(root, leaf, index, proof, depth);
    }


    /// @dev Merkle root of calldata leaves padded with zeros to a power of two (inference/merkle.go).
    function _root(bytes32[] calldata leaves) private view returns (bytes32) {
        return proofs.merkleRoot(leaves);
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
