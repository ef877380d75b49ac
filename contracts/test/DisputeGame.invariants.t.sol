// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {Address} from "@openzeppelin/contracts/utils/Address.sol";

import {DisputeGame, IAIOracleDisputes} from "../src/DisputeGame.sol";
import {GameProofs} from "../src/GameProofs.sol";
import {OneStepVerifier} from "../src/OneStepVerifier.sol";
import {IAIOracle} from "../src/interfaces/IAIOracle.sol";
import {HandlerBase, InvariantTest, Vm} from "./utils/InvariantTest.sol";

/// @notice The oracle as DisputeGame sees it (IAIOracleDisputes), for a few requests: each has a
/// status and a current proposal nonce (proposals start at nonce 1, as AIOracle's count). `slash`
/// acts as AIOracle's does — only on the open proposal: the request goes back to Pending (so every
/// game on that nonce is stale) and a fixed reward, funded by the mock, goes to the caller — and the
/// handler can re-propose (a new nonce, whatever the status: the old proposal is gone) or slash
/// elsewhere (as another dispute game contract would: the proposal is gone, nothing paid here).
contract MockDisputeOracle is IAIOracleDisputes {
    struct Req {
        RequestStatus status;
        uint32 nonce;
        uint16 batchSize;
        address proposer;
        uint256 reward;
        uint256 openDisputes; // as AIOracle.openDisputes: games open on the current proposal
    }

    address public immutable owner; // the handler
    address public game;
    bytes32 public layoutRoot;
    mapping(uint256 requestId => Req) internal _reqs;
    uint256 public paidOut; // rewards sent to the game
    uint256 public slashes; // slashes that paid

    constructor() {
        owner = msg.sender;
    }

    modifier onlyOwner() {
        require(msg.sender == owner, "mock: not owner");
        _;
    }

    function init(address game_, bytes32 layoutRoot_) external onlyOwner {
        game = game_;
        layoutRoot = layoutRoot_;
    }

    function addRequest(uint256 id, uint16 batchSize, address proposer, uint256 reward) external onlyOwner {
        _reqs[id] = Req(RequestStatus.Proposed, 1, batchSize, proposer, reward, 0);
    }

    function rePropose(uint256 id, address proposer) external onlyOwner {
        Req storage r = _reqs[id];
        r.status = RequestStatus.Proposed;
        r.nonce += 1;
        r.proposer = proposer;
        r.openDisputes = 0;
    }

    function slashElsewhere(uint256 id) external onlyOwner returns (bool) {
        Req storage r = _reqs[id];
        if (r.status != RequestStatus.Proposed) return false;
        r.status = RequestStatus.Pending;
        r.openDisputes = 0;
        return true;
    }

    function req(uint256 id) external view returns (Req memory) {
        return _reqs[id];
    }

    // ------------------------------------------------------------ IAIOracleDisputes

    function disputeTerms(uint256 id) external view returns (DisputeTerms memory t) {
        Req storage r = _reqs[id];
        t.status = r.status;
        t.batchSize = r.batchSize;
        t.challengeEnd = uint40(block.timestamp + 1 days);
        t.proposer = r.proposer;
        t.nonce = r.nonce;
        t.outputHash = keccak256(abi.encode("output", id, r.nonce));
        t.layoutRoot = layoutRoot;
    }

    function proposalOutput(uint256 id) external view returns (bytes memory) {
        return abi.encode("output", id, _reqs[id].nonce);
    }

    function openProposalNonce(uint256 id) external view returns (uint32) {
        return _reqs[id].status == RequestStatus.Proposed ? _reqs[id].nonce : 0;
    }

    function slash(uint256 id, uint32 nonce) external returns (uint256 reward) {
        require(msg.sender == game, "mock: not the game");
        Req storage r = _reqs[id];
        if (r.status != RequestStatus.Proposed || r.nonce != nonce) return 0;
        r.status = RequestStatus.Pending;
        r.openDisputes = 0;
        reward = r.reward;
        paidOut += reward;
        slashes++;
        Address.sendValue(payable(msg.sender), reward);
    }

    function setDisputeOpen(uint256 id, uint32 nonce, bool open) external {
        require(msg.sender == game, "mock: not the game");
        Req storage r = _reqs[id];
        bool current = r.status == RequestStatus.Proposed && r.nonce == nonce;
        if (open) {
            require(current, "mock: open on a stale proposal");
            r.openDisputes += 1;
        } else if (current) {
            r.openDisputes -= 1;
        }
    }

    function computeRequestId(uint256 nonce, bytes32 inputHash) external view returns (uint256) {
        return uint256(keccak256(abi.encode(block.chainid, address(this), nonce, inputHash)));
    }

    // ------------------------------------------------------------ the rest of IAIOracle: unused

    function estimateFee(uint256, uint32) external pure returns (uint256) {
        revert("mock");
    }

    function estimateBatchFee(uint256, uint256, uint32) external pure returns (uint256) {
        revert("mock");
    }

    function estimateRequestFee(uint256, uint256, uint32, uint256) external pure returns (uint256) {
        revert("mock");
    }

    function requestInference(uint256, bytes calldata, address, uint32, bytes calldata)
        external
        payable
        returns (uint256)
    {
        revert("mock");
    }

    function requestBatchInference(uint256, bytes[] calldata, address, uint32, bytes calldata)
        external
        payable
        returns (uint256)
    {
        revert("mock");
    }

    function isFinalized(uint256) external pure returns (bool) {
        revert("mock");
    }

    function getResult(uint256) external pure returns (bytes memory) {
        revert("mock");
    }

    function withdrawTo(address, uint256) external pure {
        revert("mock");
    }
}

/// @notice Drives DisputeGame's money: challenges (from several accounts, on three requests, one of
/// them a batch), time, timeouts, closeStale, withdrawals, and on the oracle re-proposals and slashes
/// by another game contract. No game move is ever made, so right after a challenge it is always the
/// proposer's move (States, or Batch for the batch request): a game ends either by the proposer's
/// timeout (the challenger wins, the proposal is slashed here and the reward split) or stale (bond
/// back, plus the share if this contract slashed the proposal). The handler keeps a model of every
/// game, tally and balance and checks every call against it.
contract DisputeGameHandler is HandlerBase {
    bytes32 internal constant GAME_RESOLVED = keccak256("GameResolved(uint256,bool,uint8)");
    uint256 public constant BOND = 0.1 ether;
    uint64 public constant CLOCK = 1 hours;
    uint256 public constant NR = 3; // requests
    uint256 public constant NA = 7; // 0-3 challengers, 4-5 proposers (they challenge too), 6 a bystander
    uint256 public constant MAX_OPEN = 12; // open games at a time (keeps the invariants' loops short)

    uint8 public constant OPEN = 0;
    uint8 public constant WON = 1; // the proposer timed out: the challenger won and slashed here
    uint8 public constant STALE = 2; // closed stale (by closeStale or timeout)

    struct GameRec {
        uint256 requestId;
        uint32 nonce;
        address challenger;
        uint64 startedAt;
        uint8 outcome;
        uint256 expected; // the model's credit to the challenger for this game
        uint256 actual; // what its balance rose by when the game ended
    }

    struct TallyRec {
        uint256 requestId;
        uint32 nonce;
        uint256 open; // unresolved games
        bool slashed; // slashed by this contract (a game here won)
        uint256 share;
    }

    MockDisputeOracle public immutable oracle;
    DisputeGame public immutable game;
    address[NA] public accounts;
    uint256[NR] public requestIds;
    uint256[NR] public rewards;

    GameRec[] internal _games; // game id - 1
    GameRec internal _none;
    uint256[] internal _openGames; // ids of the unresolved games
    TallyRec[] internal _tallies; // every (request, nonce) a game was opened on
    mapping(bytes32 key => uint256) internal _tallyIndex; // index + 1

    mapping(address => uint256) public mBal; // the model of game.balances
    mapping(address => uint256) internal _lastBal; // game.balances after the last call

    uint256 public bondsIn;
    uint256 public rewardsIn; // rewards the game received (from the mock)
    uint256 public withdrawn;
    uint256 public rewardCredited; // the actual credits above the bond, of ended games

    uint256 public mismatches;
    string public lastMismatch;
    uint256 public decreases; // a balance went down other than by its owner's withdraw
    // Coverage.
    uint256 public won;
    uint256 public stale;
    uint256 public splits; // wins that shared the reward with other open games
    uint256 public staleShared; // stale closes paid a share of a reward won here
    uint256 public withdrawals;

    constructor() {
        for (uint256 i; i < NA; ++i) {
            accounts[i] = address(uint160(0xD1000 + i));
        }
        oracle = new MockDisputeOracle();
        game = new DisputeGame(IAIOracleDisputes(address(oracle)), new OneStepVerifier(), BOND, CLOCK);
        oracle.init(address(game), game.proofs().layoutRoot(_layout()));
        vm.deal(address(oracle), 1_000_000 ether);
        // Rewards that leave remainders when split 2, 3, 4… ways; one smaller than most splits.
        rewards = [uint256(0.5 ether + 7), 1 ether + 1, 5];
        for (uint256 r; r < NR; ++r) {
            requestIds[r] = uint256(keccak256(abi.encode("request", r)));
            oracle.addRequest(requestIds[r], r == 1 ? uint16(3) : uint16(1), accounts[4 + r % 2], rewards[r]);
        }
    }

    /// @dev The fixed small layout whose root the mock reports; `challenge` checks it against it.
    function _layout() internal pure returns (GameProofs.Layout memory lay) {
        lay.stepsRoot = keccak256("steps");
        lay.slotsRoot = keccak256("slots");
        lay.nSteps = 3;
        lay.nSlots = 2;
        lay.outputs = new GameProofs.Output[](1);
        lay.outputs[0] = GameProofs.Output({slot: 1, len: 4});
        lay.inputs = new GameProofs.Input[](1);
        lay.inputs[0] = GameProofs.Input({slot: 0, len: 4, scale: 0, isInt: false, dtype: 1});
    }

    // ================================================================== actions

    function challenge(uint256 who, uint256 r, uint256 bondSeed) external {
        if (_openGames.length >= MAX_OPEN) return;
        address c = accounts[bound(who, 0, 5)];
        uint256 id = requestIds[bound(r, 0, NR - 1)];
        // Mostly the exact bond; sometimes one wei off either way (refused).
        uint256 value = bondSeed % 8 == 1 ? BOND - 1 : bondSeed % 8 == 2 ? BOND + 1 : BOND;
        MockDisputeOracle.Req memory q = oracle.req(id);
        bool expected = value == BOND && q.status == IAIOracle.RequestStatus.Proposed;
        uint256 ethBefore = address(game).balance;
        vm.deal(c, c.balance + value);
        vm.prank(c);
        uint256 gameId;
        try game.challenge{value: value}(id, _layout()) returns (uint256 g) {
            gameId = g;
            if (!expected) return _mismatch("challenge accepted");
        } catch {
            if (expected) _mismatch("challenge refused");
            return _after(address(0));
        }
        if (gameId != _games.length + 1) return _mismatch("game id");
        if (address(game).balance - ethBefore != BOND) return _mismatch("bond not received");
        bondsIn += BOND;
        _games.push(GameRec(id, q.nonce, c, uint64(block.timestamp), OPEN, 0, 0));
        _openGames.push(gameId);
        _tally(id, q.nonce).open += 1;
        _after(address(0));
    }

    function warp(uint256 secs) external {
        vm.warp(block.timestamp + bound(secs, 1, CLOCK + CLOCK / 2));
    }

    /// @notice Anyone ends a game: the proposer, to move, loses once its clock ran out; a stale game
    /// closes instead.
    function timeout(uint256 seed, uint256 caller) external {
        (uint256 gameId, GameRec storage g) = _pickGame(seed);
        if (gameId == type(uint256).max) return;
        bool open = gameId != 0 && g.outcome == OPEN;
        bool isStale = open && _isStale(g);
        bool expired = open && block.timestamp > uint256(g.startedAt) + CLOCK;
        bool expected = isStale || expired;
        uint256 before = gameId == 0 ? 0 : game.balances(g.challenger);
        uint256 ethBefore = address(game).balance;
        vm.recordLogs();
        vm.prank(accounts[bound(caller, 0, NA - 1)]);
        try game.timeout(gameId) {
            if (!expected) return _mismatch("timeout accepted");
        } catch {
            vm.getRecordedLogs();
            if (expected) _mismatch("timeout refused");
            return _after(address(0));
        }
        if (isStale) _closedStale(gameId, g, before);
        else _won(gameId, g, before, ethBefore);
        _after(address(0));
    }

    function closeStale(uint256 seed, uint256 caller) external {
        (uint256 gameId, GameRec storage g) = _pickGame(seed);
        if (gameId == type(uint256).max) return;
        bool expected = gameId != 0 && g.outcome == OPEN && _isStale(g);
        uint256 before = gameId == 0 ? 0 : game.balances(g.challenger);
        vm.recordLogs();
        vm.prank(accounts[bound(caller, 0, NA - 1)]);
        try game.closeStale(gameId) {
            if (!expected) return _mismatch("closeStale accepted");
        } catch {
            vm.getRecordedLogs();
            if (expected) _mismatch("closeStale refused");
            return _after(address(0));
        }
        _closedStale(gameId, g, before);
        _after(address(0));
    }

    function withdraw(uint256 who) external {
        address a = accounts[bound(who, 0, NA - 1)];
        uint256 owed = mBal[a];
        uint256 before = a.balance;
        vm.prank(a);
        try game.withdraw() {
            if (owed == 0) return _mismatch("withdraw of nothing");
        } catch {
            if (owed != 0) _mismatch("withdraw refused");
            return _after(address(0));
        }
        if (a.balance - before != owed) return _mismatch("withdraw amount");
        mBal[a] = 0;
        withdrawn += owed;
        withdrawals++;
        _after(a);
    }

    /// @notice A new proposal on the request (a new nonce): games on the old one are stale.
    function rePropose(uint256 r, uint256 p) external {
        oracle.rePropose(requestIds[bound(r, 0, NR - 1)], accounts[4 + bound(p, 0, 1)]);
        _after(address(0));
    }

    /// @notice Another dispute game contract slashes the open proposal: nothing is paid here.
    function slashElsewhere(uint256 r) external {
        oracle.slashElsewhere(requestIds[bound(r, 0, NR - 1)]);
        _after(address(0));
    }

    // ================================================================== views for the invariants

    function gameCount() external view returns (uint256) {
        return _games.length;
    }

    function gameRec(uint256 gameId) external view returns (GameRec memory) {
        return _games[gameId - 1];
    }

    function openGames() external view returns (uint256[] memory) {
        return _openGames;
    }

    function tallyCount() external view returns (uint256) {
        return _tallies.length;
    }

    function tallyRec(uint256 i) external view returns (TallyRec memory) {
        return _tallies[i];
    }

    // ================================================================== internals

    /// @dev The proposer timed out: the proposal is slashed here and the reward split among the
    /// games open on it, this one taking the remainder.
    function _won(uint256 gameId, GameRec storage g, uint256 before, uint256 ethBefore) internal {
        TallyRec storage t = _tally(g.requestId, g.nonce);
        uint256 games = t.open;
        uint256 reward = rewards[_requestIndex(g.requestId)];
        uint256 share = reward / games;
        if (reward != 0) {
            t.slashed = true;
            t.share = share;
        }
        if (address(game).balance - ethBefore != reward) _mismatch("reward not received");
        rewardsIn += reward;
        if (games > 1) splits++;
        won++;
        _end(gameId, g, WON, BOND + reward - share * (games - 1), before);
    }

    /// @dev Bond back, plus the share if this contract slashed the proposal.
    function _closedStale(uint256 gameId, GameRec storage g, uint256 before) internal {
        TallyRec storage t = _tally(g.requestId, g.nonce);
        stale++;
        if (t.slashed && t.share != 0) staleShared++;
        _end(gameId, g, STALE, BOND + (t.slashed ? t.share : 0), before);
    }

    function _end(uint256 gameId, GameRec storage g, uint8 outcome, uint256 credit, uint256 before) internal {
        _checkResolvedEvent(
            gameId, outcome == STALE ? uint8(DisputeGame.Outcome.Stale) : uint8(DisputeGame.Outcome.Timeout)
        );
        g.outcome = outcome;
        g.expected = credit;
        uint256 afterBal = game.balances(g.challenger);
        g.actual = afterBal >= before ? afterBal - before : 0;
        if (afterBal < before) _mismatch("challenger balance fell");
        if (g.actual != credit) _mismatch(outcome == STALE ? "stale credit" : "winner credit");
        if (g.actual >= BOND) rewardCredited += g.actual - BOND;
        else _mismatch("credit below the bond");
        mBal[g.challenger] += credit;
        _tally(g.requestId, g.nonce).open -= 1;
        for (uint256 i; i < _openGames.length; ++i) {
            if (_openGames[i] == gameId) {
                _openGames[i] = _openGames[_openGames.length - 1];
                _openGames.pop();
                break;
            }
        }
    }

    /// @dev Exactly one GameResolved for the game, the challenger not losing, for the expected reason.
    function _checkResolvedEvent(uint256 gameId, uint8 reason) internal {
        Vm.Log[] memory logs = vm.getRecordedLogs();
        uint256 n;
        for (uint256 i; i < logs.length; ++i) {
            if (
                logs[i].emitter == address(game) && logs[i].topics.length == 2 && logs[i].topics[0] == GAME_RESOLVED
                    && uint256(logs[i].topics[1]) == gameId
            ) {
                (bool proposerWon, uint8 why) = abi.decode(logs[i].data, (bool, uint8));
                if (proposerWon) _mismatch("proposer won without a move");
                if (why != reason) _mismatch("resolution reason");
                n++;
            }
        }
        if (n != 1) _mismatch("GameResolved not emitted once");
    }

    /// @dev After every call: no balance fell, except the withdrawer's (to zero).
    function _after(address withdrawer) internal {
        for (uint256 i; i < NA + 2; ++i) {
            address a = _tracked(i);
            uint256 b = game.balances(a);
            if (b < _lastBal[a] && !(a == withdrawer && b == 0)) decreases++;
            _lastBal[a] = b;
        }
    }

    /// @dev Every account that touches the game: the NA accounts, the oracle, this handler.
    function _tracked(uint256 i) internal view returns (address) {
        if (i < NA) return accounts[i];
        return i == NA ? address(oracle) : address(this);
    }

    function trackedCount() external pure returns (uint256) {
        return NA + 2;
    }

    function tracked(uint256 i) external view returns (address) {
        return _tracked(i);
    }

    function _isStale(GameRec storage g) internal view returns (bool) {
        return oracle.openProposalNonce(g.requestId) != g.nonce;
    }

    /// @dev Mostly an open game; sometimes any id from 0 (none) to the last (refusals are exercised
    /// too). type(uint256).max when there is no game yet.
    function _pickGame(uint256 seed) internal view returns (uint256 gameId, GameRec storage g) {
        uint256 n = _games.length;
        if (n == 0) return (type(uint256).max, _dummy());
        if (seed % 8 != 0 && _openGames.length != 0) {
            gameId = _openGames[bound(seed >> 8, 0, _openGames.length - 1)];
        } else {
            gameId = bound(seed >> 8, 0, n);
        }
        return (gameId, gameId == 0 ? _dummy() : _games[gameId - 1]);
    }

    /// @dev The record behind game id 0 and "no game": never written.
    function _dummy() internal view returns (GameRec storage) {
        return _none;
    }

    function _tally(uint256 requestId, uint32 nonce) internal returns (TallyRec storage) {
        bytes32 key = keccak256(abi.encode(requestId, nonce));
        uint256 i = _tallyIndex[key];
        if (i == 0) {
            _tallies.push(TallyRec(requestId, nonce, 0, false, 0));
            i = _tallies.length;
            _tallyIndex[key] = i;
        }
        return _tallies[i - 1];
    }

    function _requestIndex(uint256 id) internal view returns (uint256) {
        for (uint256 r; r < NR; ++r) {
            if (requestIds[r] == id) return r;
        }
        revert("unknown request");
    }

    function _mismatch(string memory what) internal {
        mismatches++;
        lastMismatch = what;
    }
}

/// @notice DisputeGame money invariants, checked after every call.
contract DisputeGameInvariantTest is InvariantTest {
    DisputeGameHandler internal handler;
    DisputeGame internal game;
    MockDisputeOracle internal oracle;

    function setUp() public virtual {
        handler = new DisputeGameHandler();
        game = handler.game();
        oracle = handler.oracle();
        targetContract(address(handler));
        DisputeGameHandler h = handler;
        // Weights: challenges, time and timeouts come more often, so several games share a proposal and
        // clocks run out before the proposal changes.
        bytes4[12] memory w = [
            h.challenge.selector,
            h.challenge.selector,
            h.challenge.selector,
            h.warp.selector,
            h.warp.selector,
            h.timeout.selector,
            h.timeout.selector,
            h.timeout.selector,
            h.closeStale.selector,
            h.withdraw.selector,
            h.rePropose.selector,
            h.slashElsewhere.selector
        ];
        bytes4[] memory selectors = new bytes4[](w.length);
        for (uint256 i; i < w.length; ++i) {
            selectors[i] = w[i];
        }
        targetSelector(FuzzSelector(address(handler), selectors));
    }

    /// The game's ETH is exactly what it owes, to the wei: every account's balance + the bond of
    /// every open game + the share of every open game on a proposal this contract slashed; and it is
    /// bonds + rewards in less withdrawals.
    function invariant_ethIsOwed() public view {
        uint256 owed;
        for (uint256 i; i < handler.trackedCount(); ++i) {
            owed += game.balances(handler.tracked(i));
        }
        uint256[] memory open = handler.openGames();
        for (uint256 i; i < open.length; ++i) {
            DisputeGameHandler.GameRec memory g = handler.gameRec(open[i]);
            DisputeGame.Tally memory t = game.tallyOf(g.requestId, g.nonce);
            owed += game.challengeBond() + (t.slashed ? t.share : 0);
        }
        assertEq(address(game).balance, owed, "game ETH != what it owes");
        assertEq(
            address(game).balance,
            handler.bondsIn() + handler.rewardsIn() - handler.withdrawn(),
            "game ETH != bonds + rewards - withdrawals"
        );
    }

    /// Every reward the oracle paid in is accounted: credited to a challenger above its bond, or
    /// still owed to an open game on a slashed proposal as its share.
    function invariant_rewardsAccounted() public view {
        uint256 owedShares;
        uint256[] memory open = handler.openGames();
        for (uint256 i; i < open.length; ++i) {
            DisputeGameHandler.GameRec memory g = handler.gameRec(open[i]);
            DisputeGame.Tally memory t = game.tallyOf(g.requestId, g.nonce);
            if (t.slashed) owedShares += t.share;
        }
        assertEq(oracle.paidOut(), handler.rewardsIn(), "rewards sent != rewards received");
        assertEq(oracle.paidOut(), handler.rewardCredited() + owedShares, "rewards != credited + owed shares");
    }

    /// Each account's balance is the model's (its credits less its withdrawals), and no balance ever
    /// went down except by its owner's withdraw.
    function invariant_balancesOnlyGrowUntilWithdrawn() public view {
        assertEq(handler.decreases(), 0, "a balance fell without its owner's withdraw");
        for (uint256 i; i < handler.trackedCount(); ++i) {
            address a = handler.tracked(i);
            assertEq(game.balances(a), handler.mBal(a), "balance != model");
        }
    }

    /// Every ended game credited its challenger exactly the model's amount, at least its bond: the
    /// handler makes no move, so the proposer is always to move and no challenger can lose — a game
    /// is won on the proposer's timeout (bond + the reward less the other open games' shares) or
    /// closed stale (bond + the share if this contract slashed, else the bond). Open games are open
    /// in the contract.
    function invariant_exactCreditPerGame() public view {
        uint256 n = handler.gameCount();
        for (uint256 id = 1; id <= n; ++id) {
            DisputeGameHandler.GameRec memory g = handler.gameRec(id);
            if (g.outcome == handler.OPEN()) continue;
            assertEq(g.actual, g.expected, "credit != model");
            assertLe(game.challengeBond(), g.actual, "credit below the bond");
        }
        uint256[] memory open = handler.openGames();
        for (uint256 i; i < open.length; ++i) {
            DisputeGame.Phase ph = game.getGame(open[i]).phase;
            assertTrue(ph != DisputeGame.Phase.Resolved && ph != DisputeGame.Phase.None, "open game not open");
        }
    }

    /// Each Tally's open count is the number of unresolved games on its (request, nonce), its
    /// slashed flag and share are the model's; the oracle's open-dispute count on the current
    /// proposal is that proposal's Tally.open.
    function invariant_talliesMatchGames() public view {
        uint256 n = handler.tallyCount();
        for (uint256 i; i < n; ++i) {
            DisputeGameHandler.TallyRec memory m = handler.tallyRec(i);
            DisputeGame.Tally memory t = game.tallyOf(m.requestId, m.nonce);
            assertEq(t.open, m.open, "tally open != unresolved games");
            assertTrue(t.slashed == m.slashed, "tally slashed");
            assertEq(t.share, m.share, "tally share");
        }
        for (uint256 r; r < handler.NR(); ++r) {
            uint256 id = handler.requestIds(r);
            MockDisputeOracle.Req memory q = oracle.req(id);
            uint256 expected = q.status == IAIOracle.RequestStatus.Proposed ? game.tallyOf(id, q.nonce).open : 0;
            assertEq(q.openDisputes, expected, "oracle open disputes != tally");
        }
    }

    /// Every call was accepted or refused as the model said and moved the model's amounts.
    function invariant_callsMatchModel() public view {
        assertEq(handler.mismatches(), 0, handler.lastMismatch());
    }
}
