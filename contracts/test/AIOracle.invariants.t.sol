// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {AIOracle} from "../src/AIOracle.sol";
import {ModelRegistry} from "../src/ModelRegistry.sol";
import {IAIOracle} from "../src/interfaces/IAIOracle.sol";
import {IInferenceCallback} from "../src/interfaces/IInferenceCallback.sol";
import {IModelRegistry} from "../src/interfaces/IModelRegistry.sol";
import {IZkVerifier} from "../src/interfaces/IZkVerifier.sol";
import {HandlerBase, InvariantTest, Vm} from "./utils/InvariantTest.sol";

/// @notice A dApp callback that records every call per request, or — as its request's callbackData
/// says — reverts, or burns all the gas it was given.
contract CallbackRecorder is IInferenceCallback {
    uint8 internal constant RECORD = 1;
    uint8 internal constant REVERT = 2;
    uint8 internal constant BURN = 3;
    uint8 public constant RESULT = 1;
    uint8 public constant ERROR = 2;
    uint8 public constant REFUND = 3;

    struct Rec {
        uint8 kind;
        uint32 calls;
        uint16 code;
        bytes32 hash; // of the output
        bytes32 dataHash; // of the callbackData
        uint256 amount;
        uint256 gasAtEntry;
    }

    address public immutable oracle;
    mapping(uint256 requestId => Rec) internal _recs;
    uint256 public foreignCalls;
    uint256 internal _sink;

    constructor(address oracle_) {
        oracle = oracle_;
    }

    function rec(uint256 requestId) external view returns (Rec memory) {
        return _recs[requestId];
    }

    function onInferenceResult(uint256 requestId, bytes calldata output, bytes calldata callbackData) external {
        uint256 g = gasleft();
        _behave(callbackData);
        _record(requestId, RESULT, 0, keccak256(output), callbackData, 0, g);
    }

    function onInferenceError(uint256 requestId, uint16 code, bytes calldata callbackData) external {
        uint256 g = gasleft();
        _behave(callbackData);
        _record(requestId, ERROR, code, 0, callbackData, 0, g);
    }

    function onInferenceRefunded(uint256 requestId, uint256 amount, bytes calldata callbackData) external {
        uint256 g = gasleft();
        _behave(callbackData);
        _record(requestId, REFUND, 0, 0, callbackData, amount, g);
    }

    function _behave(bytes calldata callbackData) internal {
        uint8 mode = uint8(callbackData[0]);
        if (mode == REVERT) revert("callback reverts");
        if (mode == BURN) {
            for (;;) {
                _sink++;
            }
        }
    }

    function _record(uint256 id, uint8 kind, uint16 code, bytes32 h, bytes calldata data, uint256 amount, uint256 g)
        internal
    {
        if (msg.sender != oracle) {
            foreignCalls++;
            return;
        }
        Rec storage r = _recs[id];
        r.calls += 1;
        r.kind = kind;
        r.code = code;
        r.hash = h;
        r.dataHash = keccak256(data);
        r.amount = amount;
        r.gasAtEntry = g;
    }
}

/// @notice Accepts a proof whose first byte is 1 (the proof path's bookkeeping is under test, not a circuit).
contract FlagVerifier is IZkVerifier {
    function verify(address, bytes calldata, bytes calldata, bytes calldata proof) external pure returns (bool) {
        return proof.length != 0 && proof[0] == 0x01;
    }
}

/// @notice Drives AIOracle (+ OperatorBonds, the real ModelRegistry) through random requests (single
/// and batch, with a callback that records, reverts or burns its gas, or none; paying too little,
/// exactly or with a surplus, under a moving base fee), proposals, errors, proofs, finalizations
/// and refunds (by anyone: the requester, the proposer, other operators, a keeper bot), withdrawals,
/// bond moves, fee/treasury/receiver changes, time, and — as the owner-set dispute game — dispute
/// opens/closes and slashes. It keeps a model of every request and of every account's claim on the
/// oracle, keeper pay included, and checks every call against it.
contract AIOracleHandler is HandlerBase {
    bytes32 internal constant CALLBACK_FAILED = keccak256("CallbackFailed(uint256,address)");
    uint96 public constant BOND = 1 ether;
    uint64 public constant DELAY = 1 days;
    uint256 public constant NA = 11; // accounts

    struct Req {
        uint256 id;
        address requester;
        uint8 cbMode; // 0 none, 1 records, 2 reverts, 3 burns its gas
        uint32 cbGas;
        uint256 modelId;
        uint256 batch;
        uint256 paid;
        uint256 modelFee;
        uint256 keeperPay; // to whoever ends the request
        uint16 bps;
        uint32 window;
        IAIOracle.RequestStatus status;
        uint256 deadline;
        uint32 nonce; // proposals made
        address proposer;
        uint256 proposedAt;
        bool isError;
        uint16 code;
        bytes32 outHash;
        bytes32 dataHash;
        uint256 openDisputes;
        uint256 ends; // successful finalize / proveResult / refund calls
        uint256 delivered; // callbacks delivered (recorded, or reported in CallbackFailed)
        uint256 reqNonce;
        bytes input;
    }

    AIOracle public immutable oracle;
    ModelRegistry public immutable registry;
    CallbackRecorder public immutable recorder;
    FlagVerifier public immutable verifier;
    uint32 public immutable maxProposals;
    uint256 public immutable slashTreasuryBps;

    address[NA] public accounts; // 0-2 requesters, 3-5 operators, 6-7 model owners, 8-9 treasuries, 10 a keeper
    Req[] internal _reqs;

    // The model of what the oracle owes.
    mapping(address => uint256) public mBal;
    mapping(address => uint256) public mEarn;
    mapping(address => uint256) public mBonded;
    mapping(address => uint256) public mLocks;
    mapping(address => uint256) public mPending;
    mapping(address => uint256) internal mPendingAt;
    uint256 public mAccrued;
    address public mTreasury;
    IAIOracle.Config internal cfg;
    uint96[4] internal modelFee; // by model id 1..3
    address[4] internal receiver;
    address[4] internal modelOwner;

    uint256 public ghostIn; // fees and bonds paid in
    uint256 public ghostOut; // everything observed leaving (withdrawals, bond withdrawals, slash rewards)

    uint256 public mismatches;
    string public lastMismatch;
    // Coverage.
    uint256 public finalized;
    uint256 public refunded;
    uint256 public slashed;
    uint256 public proven;
    uint256 public failedCallbacks;
    uint256 public keeperPaid; // ends by someone other than the requester (refund) or proposer (finalize)
    uint256 public overpaid;
    uint256 public underpaid; // FeeTooLow as expected
    uint256 public baseFeePriced; // requests whose callback gas was priced at 2 × basefee

    constructor() {
        for (uint256 i; i < NA; ++i) {
            accounts[i] = address(uint160(0xD0000 + i));
        }
        registry = new ModelRegistry(60, 1 days);
        verifier = new FlagVerifier();
        cfg = IAIOracle.Config({
            operatorFee: 1e14,
            keeperFee: 2e14 + 1, // not whole gwei: the fee rounds the keeper pay up
            callbackGasPrice: 1 gwei,
            protocolFeeBps: 1_000,
            requestTimeout: 1 hours,
            nonce: 0
        });
        mTreasury = accounts[8];
        oracle = new AIOracle(IModelRegistry(address(registry)), address(this), mTreasury, cfg, BOND, DELAY);
        oracle.setDisputeGame(address(this));
        recorder = new CallbackRecorder(address(oracle));
        maxProposals = oracle.MAX_PROPOSALS();
        slashTreasuryBps = oracle.SLASH_TREASURY_BPS();
        // 1: OPML with a round fee; 2: OPML with no model fee; 3: OPML_AND_ZK with an odd fee.
        _register(1, accounts[6], 1e15, IModelRegistry.VerificationMode.OPML, 20 minutes, address(0));
        _register(2, accounts[6], 0, IModelRegistry.VerificationMode.OPML, 10 minutes, address(0));
        _register(
            3,
            accounts[7],
            33_333_333_333_337,
            IModelRegistry.VerificationMode.OPML_AND_ZK,
            30 minutes,
            address(verifier)
        );
        // Two of the three operators start bonded for a few proposals.
        for (uint256 i = 3; i < 5; ++i) {
            vm.deal(accounts[i], 3 * BOND);
            vm.prank(accounts[i]);
            oracle.depositBond{value: 3 * BOND}();
            mBonded[accounts[i]] = 3 * BOND;
            ghostIn += 3 * BOND;
            vm.deal(accounts[i], 0);
        }
    }

    /// @dev Slash rewards arrive here (the handler is the dispute game).
    receive() external payable {}

    // ================================================================== dApp side

    /// @notice A request paying the fee (`paySeed` % 8: 0 too little by one wei, 1-2 a surplus, else
    /// exactly); a callback of 0 gas is refused.
    function request(
        uint256 who,
        uint256 modelSeed,
        uint8 cbMode,
        uint256 gasSeed,
        uint256 batchSeed,
        uint32 salt,
        uint256 paySeed
    ) external {
        address requester = accounts[bound(who, 0, 2)];
        uint256 modelId = bound(modelSeed, 1, 3);
        cbMode = uint8(bound(cbMode, 0, 3));
        uint32 cbGas;
        if (cbMode == 1) cbGas = uint32(bound(gasSeed, 200_000, 500_000)); // enough to record
        else if (cbMode != 0) cbGas = uint32(bound(gasSeed, 0, 300_000));
        uint256 batch = batchSeed % 4 == 0 ? bound(batchSeed, 1, 3) : 1;
        bytes memory data = cbMode == 0 ? bytes("") : abi.encodePacked(cbMode, salt);
        address cb = cbMode == 0 ? address(0) : address(recorder);

        // The model of the fee: keeper pay = keeperFee + (tx gas + callback gas + 2,200 a word of
        // callbackData) × max(price, 2 × basefee), whole gwei up.
        uint256 price = block.basefee * 2 > cfg.callbackGasPrice ? block.basefee * 2 : cfg.callbackGasPrice;
        uint256 keeperGas = 100_000 + uint256(cbGas) + (data.length + 31) / 32 * 2_200;
        uint256 keeperPay = (uint256(cfg.keeperFee) + keeperGas * price + 1 gwei - 1) / 1 gwei * 1 gwei;
        uint256 fee = (uint256(modelFee[modelId]) + cfg.operatorFee) * batch + keeperPay;
        if (oracle.estimateRequestFee(modelId, batch, cbGas, data.length) != fee) return _mismatch("estimateFee");
        if (data.length == 0) {
            uint256 estimate =
                batch == 1 ? oracle.estimateFee(modelId, cbGas) : oracle.estimateBatchFee(modelId, batch, cbGas);
            if (estimate != fee) return _mismatch("estimateFee without data");
        }
        uint256 pay = paySeed % 8 == 0 ? fee - 1 : paySeed % 8 < 3 ? fee + bound(paySeed >> 3, 1, 1e15) : fee;
        bool expected = pay >= fee && (cb == address(0) || cbGas != 0);

        bytes memory input;
        uint256 id;
        vm.deal(requester, requester.balance + pay);
        vm.prank(requester);
        if (batch == 1) {
            input = abi.encodePacked(keccak256(abi.encode(salt, modelId)));
            try oracle.requestInference{value: pay}(modelId, input, cb, cbGas, data) returns (uint256 got) {
                id = got;
            } catch {
                if (expected) _mismatch("request refused");
                else if (pay < fee) underpaid++;
                return;
            }
        } else {
            bytes[] memory inputs = new bytes[](batch);
            for (uint256 i; i < batch; ++i) {
                inputs[i] = abi.encodePacked(salt, i);
            }
            input = abi.encode(inputs);
            try oracle.requestBatchInference{value: pay}(modelId, inputs, cb, cbGas, data) returns (uint256 got) {
                id = got;
            } catch {
                if (expected) _mismatch("batch request refused");
                else if (pay < fee) underpaid++;
                return;
            }
        }
        if (!expected) return _mismatch(pay < fee ? "fee too low accepted" : "zero callback gas accepted");
        if (pay > fee) overpaid++;
        if (price > cfg.callbackGasPrice) baseFeePriced++;
        uint256 reqNonce = cfg.nonce;
        cfg.nonce += 1;
        if (id != uint256(keccak256(abi.encode(block.chainid, address(oracle), reqNonce, keccak256(input))))) {
            return _mismatch("request id");
        }
        ghostIn += pay;
        mBal[requester] += pay - fee; // the surplus, withdrawable at once
        Req storage q = _reqs.push();
        q.id = id;
        q.requester = requester;
        q.cbMode = cbMode;
        q.cbGas = cbGas;
        q.modelId = modelId;
        q.batch = batch;
        q.paid = fee;
        q.keeperPay = keeperPay;
        if (uint256(oracle.getRequest(id).keeperPayGwei) * 1 gwei != keeperPay) return _mismatch("keeper pay stored");
        q.modelFee = uint256(modelFee[modelId]) * batch;
        q.bps = cfg.protocolFeeBps;
        q.window = modelId == 1 ? 20 minutes : modelId == 2 ? 10 minutes : 30 minutes;
        q.status = IAIOracle.RequestStatus.Pending;
        q.deadline = block.timestamp + cfg.requestTimeout;
        q.dataHash = keccak256(data);
        q.reqNonce = reqNonce;
        q.input = input;
    }

    function refund(uint256 r, uint256 caller) external {
        if (_reqs.length == 0) return;
        _refund(_pick(r, IAIOracle.RequestStatus.Pending), _account(caller));
    }

    /// @dev The refunder earns the keeper pay; a requester refunding itself gets everything back.
    function _refund(Req storage q, address keeper) internal {
        bool expected =
            q.status == IAIOracle.RequestStatus.Pending && (block.timestamp > q.deadline || q.nonce >= maxProposals);
        vm.recordLogs();
        vm.prank(keeper);
        try oracle.refund(q.id) {
            if (!expected) return _mismatch("refund accepted");
        } catch {
            vm.getRecordedLogs();
            if (expected) _mismatch("refund refused");
            return;
        }
        q.status = IAIOracle.RequestStatus.Refunded;
        q.ends++;
        uint256 keeperShare = keeper == q.requester ? 0 : q.keeperPay;
        mBal[q.requester] += q.paid - keeperShare;
        mBal[keeper] += keeperShare;
        if (keeperShare != 0) keeperPaid++;
        refunded++;
        _checkCallback(q, recorder.REFUND(), 0, 0, q.paid - keeperShare);
    }

    // ================================================================== operator side

    function depositBond(uint256 op, uint256 amount) external {
        address o = _operator(op);
        amount = bound(amount, 1, 3 ether);
        vm.deal(o, o.balance + amount);
        vm.prank(o);
        oracle.depositBond{value: amount}();
        mBonded[o] += amount;
        ghostIn += amount;
    }

    function requestBondWithdrawal(uint256 op, uint256 amount) external {
        address o = _operator(op);
        uint256 free = mBonded[o] - mLocks[o] * BOND;
        amount = bound(amount, 1, free + 1);
        bool expected = amount <= free;
        vm.prank(o);
        try oracle.requestBondWithdrawal(uint96(amount)) {
            if (!expected) return _mismatch("bond withdrawal over the free bond");
        } catch {
            if (expected) _mismatch("bond withdrawal refused");
            return;
        }
        mBonded[o] -= amount;
        mPending[o] += amount;
        mPendingAt[o] = block.timestamp + DELAY;
    }

    function withdrawBond(uint256 op) external {
        address o = _operator(op);
        bool expected = mPending[o] != 0 && block.timestamp >= mPendingAt[o];
        uint256 before = o.balance;
        vm.prank(o);
        try oracle.withdrawBond() {
            if (!expected) return _mismatch("withdrawBond accepted");
        } catch {
            if (expected) _mismatch("withdrawBond refused");
            return;
        }
        if (o.balance - before != mPending[o]) return _mismatch("withdrawBond amount");
        ghostOut += mPending[o];
        mPending[o] = 0;
    }

    function propose(uint256 r, uint256 op, bool isError, uint16 code, bytes32 salt) external {
        if (_reqs.length == 0) return;
        if (isError) code = uint16(bound(code, 0, 3)); // 0 and 3 are refused
        _propose(_pick(r, IAIOracle.RequestStatus.Pending), _operator(op), isError, code, salt);
    }

    function _propose(Req storage q, address o, bool isError, uint16 code, bytes32 salt) internal returns (bool) {
        bool expected = q.status == IAIOracle.RequestStatus.Pending && block.timestamp <= q.deadline
            && q.nonce < maxProposals && mBonded[o] - mLocks[o] * BOND >= BOND && (!isError || (code == 1 || code == 2));
        bytes memory output = abi.encodePacked(salt, q.id);
        vm.prank(o);
        if (isError) {
            try oracle.proposeError(q.id, code) {
                if (!expected) return _fail("proposeError accepted");
            } catch {
                if (expected) _mismatch("proposeError refused");
                return false;
            }
        } else {
            try oracle.proposeResult(q.id, output) {
                if (!expected) return _fail("proposeResult accepted");
            } catch {
                if (expected) _mismatch("proposeResult refused");
                return false;
            }
        }
        q.status = IAIOracle.RequestStatus.Proposed;
        q.nonce += 1;
        q.proposer = o;
        q.proposedAt = block.timestamp;
        q.isError = isError;
        q.code = isError ? code : 0;
        q.outHash = isError ? bytes32(0) : keccak256(output);
        mLocks[o] += 1;
        if (oracle.getProposal(q.id).nonce != q.nonce) return _fail("proposal nonce");
        return true;
    }

    function finalize(uint256 r, uint256 caller) external {
        if (_reqs.length == 0) return;
        _finalize(_pick(r, IAIOracle.RequestStatus.Proposed), _account(caller));
    }

    function _finalize(Req storage q, address keeper) internal {
        bool expected = q.status == IAIOracle.RequestStatus.Proposed && block.timestamp >= q.proposedAt + q.window
            && q.openDisputes == 0;
        vm.recordLogs();
        vm.prank(keeper);
        try oracle.finalize(q.id) {
            if (!expected) return _mismatch("finalize accepted");
        } catch {
            vm.getRecordedLogs();
            if (expected) _mismatch("finalize refused");
            return;
        }
        mLocks[q.proposer] -= 1;
        _settle(q, q.proposer, keeper);
        finalized++;
    }

    /// @notice An adversarial keeper: a random account (any of the requesters, operators, owners,
    /// treasuries or the keeper bot) walks every request from a random start and ends each one it
    /// can — finalize or refund, whichever the model says is due, and the other one too, which must
    /// be refused — so requests end by strangers, in bulk, in any order.
    function keeperSweep(uint256 caller, uint256 start) external {
        uint256 n = _reqs.length;
        if (n == 0) return;
        address keeper = _account(caller);
        start = bound(start, 0, n - 1);
        for (uint256 k; k < n; ++k) {
            Req storage q = _reqs[(start + k) % n];
            if (q.status == IAIOracle.RequestStatus.Proposed) {
                _refund(q, keeper); // refused: a proposed request is not refundable
                _finalize(q, keeper);
            } else if (q.status == IAIOracle.RequestStatus.Pending) {
                _finalize(q, keeper); // refused: nothing proposed
                _refund(q, keeper);
            }
        }
    }

    /// @notice The proof path (model 3 only): settles at once, no bond; `good` picks a proof the
    /// verifier accepts.
    function proveResult(uint256 r, uint256 who, bool good, bytes32 salt) external {
        if (_reqs.length == 0) return;
        Req storage q = _pick(r, IAIOracle.RequestStatus.Pending);
        address prover = _account(who);
        bool expected = q.status == IAIOracle.RequestStatus.Pending && block.timestamp <= q.deadline && q.modelId == 3
            && q.batch == 1 && good;
        bytes memory output = abi.encodePacked(salt);
        vm.recordLogs();
        vm.prank(prover);
        try oracle.proveResult(
            q.id, q.reqNonce, q.input, output, abi.encodePacked(good ? bytes1(0x01) : bytes1(0x00))
        ) {
            if (!expected) {
                return _mismatch("proveResult accepted");
            }
        } catch {
            vm.getRecordedLogs();
            if (expected) _mismatch("proveResult refused");
            return;
        }
        q.nonce += 1;
        q.isError = false;
        q.code = 0; // a proof after a slashed error claim delivers a result
        q.outHash = keccak256(output);
        _settle(q, prover, prover);
        proven++;
    }

    function withdraw(uint256 who) external {
        address a = _account(who);
        uint256 owed = mBal[a] + mEarn[a];
        uint256 before = a.balance;
        vm.prank(a);
        try oracle.withdraw() {
            if (owed == 0) return _mismatch("withdraw of nothing");
        } catch {
            if (owed != 0) _mismatch("withdraw refused");
            return;
        }
        _paidOut(a, before, owed);
    }

    function withdrawFor(uint256 who, uint256 caller) external {
        address a = _account(who);
        uint256 owed = mBal[a] + mEarn[a];
        uint256 before = a.balance;
        vm.prank(_account(caller));
        try oracle.withdrawFor(a) {
            if (owed == 0) return _mismatch("withdrawFor of nothing");
        } catch {
            if (owed != 0) _mismatch("withdrawFor refused");
            return;
        }
        _paidOut(a, before, owed);
    }

    function withdrawTo(uint256 who, uint256 toSeed, uint256 amount) external {
        address a = _account(who);
        address to = _account(toSeed);
        amount = bound(amount, 0, mBal[a] + 1);
        bool expected = amount != 0 && amount <= mBal[a];
        uint256 before = to.balance;
        vm.prank(a);
        try oracle.withdrawTo(to, amount) {
            if (!expected) return _mismatch("withdrawTo accepted");
        } catch {
            if (expected) _mismatch("withdrawTo refused");
            return;
        }
        if (to.balance - before != amount) return _mismatch("withdrawTo amount");
        mBal[a] -= amount;
        ghostOut += amount;
    }

    function withdrawProtocolFees(uint256 caller) external {
        uint256 before = mTreasury.balance;
        vm.prank(_account(caller));
        try oracle.withdrawProtocolFees() {
            if (mAccrued == 0) return _mismatch("withdrawProtocolFees of nothing");
        } catch {
            if (mAccrued != 0) _mismatch("withdrawProtocolFees refused");
            return;
        }
        if (mTreasury.balance - before != mAccrued) return _mismatch("protocol fees amount");
        ghostOut += mAccrued;
        mAccrued = 0;
    }

    // ================================================================== owner and model-owner side

    function setTreasury(uint256 t) external {
        address nt = accounts[8 + bound(t, 0, 1)];
        oracle.setTreasury(nt);
        mBal[mTreasury] += mAccrued;
        mAccrued = 0;
        mTreasury = nt;
    }

    function setConfig(uint64 operatorFee, uint64 keeperFee, uint40 gasPrice, uint16 bps, uint32 timeout) external {
        cfg.operatorFee = uint64(bound(operatorFee, 0, 1e16));
        cfg.keeperFee = uint64(bound(keeperFee, 0, 1e16));
        cfg.callbackGasPrice = uint40(bound(gasPrice, 0, 10 gwei));
        cfg.protocolFeeBps = uint16(bound(bps, 0, oracle.MAX_PROTOCOL_FEE_BPS()));
        cfg.requestTimeout = uint32(bound(timeout, 10 minutes, 3 hours));
        oracle.setConfig(cfg);
    }

    function setModelFee(uint256 m, uint96 fee) external {
        m = bound(m, 1, 3);
        fee = uint96(bound(fee, 0, 1e16));
        vm.prank(modelOwner[m]);
        registry.setFee(m, fee);
        modelFee[m] = fee;
    }

    function setReceiver(uint256 m, uint256 who) external {
        m = bound(m, 1, 3);
        address to = _account(who);
        vm.prank(modelOwner[m]);
        registry.setReceiver(m, to);
        receiver[m] = to;
    }

    function warp(uint256 secs) external {
        vm.warp(block.timestamp + bound(secs, 0, 30 minutes));
    }

    /// @notice Moves the base fee (0 to 20 gwei): above half the configured callback gas price it sets
    /// the keeper pay's gas price.
    function setBaseFee(uint256 wei_) external {
        vm.fee(bound(wei_, 0, 20 gwei));
    }

    // ================================================================== dispute side
    // The handler is the dispute game (setDisputeGame in the constructor). All dispute-side calls and
    // their model live here: `stale` aims at the previous proposal's nonce instead of the current one.

    function disputeOpen(uint256 r, bool stale) external {
        if (_reqs.length == 0) return;
        Req storage q = _pick(r, IAIOracle.RequestStatus.Proposed);
        uint32 nonce = _disputeNonce(q, stale);
        bool current = q.status == IAIOracle.RequestStatus.Proposed && nonce == q.nonce;
        try oracle.setDisputeOpen(q.id, nonce, true) {
            if (!current) return _mismatch("dispute opened on a stale proposal");
        } catch {
            if (current) _mismatch("dispute open refused");
            return;
        }
        q.openDisputes++;
    }

    function disputeClose(uint256 r, bool stale) external {
        if (_reqs.length == 0) return;
        Req storage q = _pick(r, IAIOracle.RequestStatus.Proposed);
        uint32 nonce = _disputeNonce(q, stale);
        bool current = q.status == IAIOracle.RequestStatus.Proposed && nonce == q.nonce;
        if (current && q.openDisputes == 0) return; // a game closes only what it opened
        try oracle.setDisputeOpen(q.id, nonce, false) {}
        catch {
            return _mismatch("dispute close refused");
        }
        if (current) q.openDisputes--;
    }

    function slash(uint256 r, bool stale) external {
        if (_reqs.length == 0) return;
        _slash(_pick(r, IAIOracle.RequestStatus.Proposed), stale);
    }

    /// @notice A liar (operator account 5, bonding what it needs) proposes on the open request that
    /// was slashed most, and loses the dispute at once: drives requests to MAX_PROPOSALS slashes.
    function liarSlashed(bytes32 salt) external {
        uint256 best = type(uint256).max;
        for (uint256 i; i < _reqs.length; ++i) {
            Req storage c = _reqs[i];
            if (c.status == IAIOracle.RequestStatus.Pending && block.timestamp <= c.deadline && c.nonce < maxProposals)
            {
                if (best == type(uint256).max || c.nonce > _reqs[best].nonce) best = i;
            }
        }
        if (best == type(uint256).max) return;
        Req storage q = _reqs[best];
        address liar = accounts[5];
        if (mBonded[liar] - mLocks[liar] * BOND < BOND) {
            vm.deal(liar, liar.balance + BOND);
            vm.prank(liar);
            oracle.depositBond{value: BOND}();
            mBonded[liar] += BOND;
            ghostIn += BOND;
        }
        if (_propose(q, liar, false, 0, salt)) _slash(q, false);
    }

    function _slash(Req storage q, bool stale) internal {
        uint32 nonce = _disputeNonce(q, stale);
        bool current = q.status == IAIOracle.RequestStatus.Proposed && nonce == q.nonce;
        uint256 before = address(this).balance;
        uint256 reward;
        try oracle.slash(q.id, nonce) returns (uint256 rw) {
            reward = rw;
        } catch {
            return _mismatch("slash reverted");
        }
        if (address(this).balance - before != reward) return _mismatch("slash reward not sent");
        if (!current) {
            if (reward != 0) _mismatch("stale slash paid");
            return;
        }
        uint256 burned = uint256(BOND) * slashTreasuryBps / 10_000;
        if (reward != BOND - burned) return _mismatch("slash reward");
        ghostOut += reward;
        mAccrued += burned;
        mBonded[q.proposer] -= BOND;
        mLocks[q.proposer] -= 1;
        q.status = IAIOracle.RequestStatus.Pending;
        q.proposer = address(0);
        q.openDisputes = 0;
        if (q.nonce < maxProposals && q.deadline < block.timestamp + cfg.requestTimeout) {
            q.deadline = block.timestamp + cfg.requestTimeout;
        }
        slashed++;
    }

    function _disputeNonce(Req storage q, bool stale) internal view returns (uint32) {
        return stale ? (q.nonce == 0 ? 0 : q.nonce - 1) : q.nonce;
    }

    // ================================================================== views for the invariants

    function reqCount() external view returns (uint256) {
        return _reqs.length;
    }

    function req(uint256 i) external view returns (Req memory) {
        return _reqs[i];
    }

    // ================================================================== internals

    /// @dev The money and status model of a final result or error, then the callback check. The
    /// keeper (finalizer or prover) gets the keeper pay: in its earnings when it is the proposer, in
    /// its balance otherwise.
    function _settle(Req storage q, address payee, address keeper) internal {
        q.status = IAIOracle.RequestStatus.Finalized;
        q.ends++;
        uint256 operatorShare = q.paid - q.modelFee - q.keeperPay;
        if (keeper == payee) {
            operatorShare += q.keeperPay;
        } else {
            mBal[keeper] += q.keeperPay;
            if (q.keeperPay != 0) keeperPaid++;
        }
        if (q.isError) {
            mBal[q.requester] += q.modelFee;
        } else {
            uint256 cut = q.modelFee * q.bps / 10_000;
            mBal[receiver[q.modelId]] += q.modelFee - cut;
            mAccrued += cut;
        }
        mEarn[payee] += operatorShare;
        _checkCallback(q, q.isError ? recorder.ERROR() : recorder.RESULT(), q.code, q.outHash, 0);
    }

    /// @dev After a request ended in this call: exactly one callback was delivered when it has one —
    /// recorded with the right kind, arguments and gas, or reported in exactly one CallbackFailed.
    function _checkCallback(Req storage q, uint8 kind, uint16 code, bytes32 outHash, uint256 amount) internal {
        Vm.Log[] memory logs = vm.getRecordedLogs();
        uint256 failed;
        for (uint256 i; i < logs.length; ++i) {
            if (
                logs[i].emitter == address(oracle) && logs[i].topics.length == 3 && logs[i].topics[0] == CALLBACK_FAILED
                    && uint256(logs[i].topics[1]) == q.id
            ) failed++;
        }
        CallbackRecorder.Rec memory rc = recorder.rec(q.id);
        if (q.cbMode == 0) {
            if (failed != 0 || rc.calls != 0) _mismatch("callback without a callback");
            return;
        }
        q.delivered += failed + rc.calls;
        if (failed != 0) failedCallbacks++;
        if (q.cbMode != 1) {
            if (failed != 1 || rc.calls != 0) _mismatch("failing callback not reported once");
            return;
        }
        if (failed != 0 || rc.calls != 1) return _mismatch("callback not delivered once");
        if (rc.kind != kind || rc.code != code || rc.hash != outHash || rc.amount != amount) {
            return _mismatch("callback arguments");
        }
        if (rc.dataHash != q.dataHash) return _mismatch("callback data");
        // Exactly the paid gas: what the callee sees at entry is the limit less its own dispatch.
        if (rc.gasAtEntry > q.cbGas || q.cbGas - rc.gasAtEntry > 2_000) return _mismatch("callback gas");
    }

    function _paidOut(address a, uint256 before, uint256 owed) internal {
        if (a.balance - before != owed) return _mismatch("withdraw amount");
        mBal[a] = 0;
        mEarn[a] = 0;
        ghostOut += owed;
    }

    function _register(
        uint256 expectedId,
        address owner,
        uint96 fee,
        IModelRegistry.VerificationMode mode,
        uint32 window,
        address zk
    ) internal {
        // A one-chunk model file: its commitment is keccak256(file ‖ 0), and it is published so the
        // oracle takes its requests.
        bytes memory file = abi.encode("onnx", expectedId);
        vm.prank(owner);
        uint256 id = registry.registerModel(
            keccak256(bytes.concat(file, bytes32(0))),
            keccak256(abi.encode("program", expectedId)),
            keccak256(abi.encode("layout", expectedId)),
            "",
            "file://model.onnx",
            fee,
            mode,
            window,
            zk,
            zk == address(0) ? bytes32(0) : keccak256(abi.encode("zk keys", expectedId)),
            zk == address(0) ? "" : "file://keys.tar"
        );
        require(id == expectedId, "model id");
        registry.publishModelData(id, file, bytes32(0));
        modelFee[id] = fee;
        receiver[id] = owner;
        modelOwner[id] = owner;
    }

    /// @dev Mostly a request in `want` status (the first at or after a random index), sometimes any
    /// request (so refusals are exercised too).
    function _pick(uint256 seed, IAIOracle.RequestStatus want) internal view returns (Req storage) {
        uint256 n = _reqs.length;
        uint256 start = bound(seed >> 8, 0, n - 1);
        if (seed % 8 == 0) return _reqs[start];
        for (uint256 k; k < n; ++k) {
            uint256 i = (start + k) % n;
            if (_reqs[i].status == want) return _reqs[i];
        }
        return _reqs[start];
    }

    function _account(uint256 seed) internal view returns (address) {
        return accounts[bound(seed, 0, NA - 1)];
    }

    function _operator(uint256 seed) internal view returns (address) {
        return accounts[3 + bound(seed, 0, 2)];
    }

    function _mismatch(string memory what) internal {
        mismatches++;
        lastMismatch = what;
    }

    function _fail(string memory what) internal returns (bool) {
        _mismatch(what);
        return false;
    }
}

/// @notice AIOracle + OperatorBonds invariants, checked after every call.
contract AIOracleInvariantTest is InvariantTest {
    AIOracleHandler internal handler;
    AIOracle internal oracle;
    CallbackRecorder internal recorder;

    function setUp() public virtual {
        handler = new AIOracleHandler();
        oracle = handler.oracle();
        recorder = handler.recorder();
        targetContract(address(handler));
        // Weights (a selector listed k times is picked k times as often): a request's life takes
        // several steps, so requests, proposals, finalizations and slashes come more often.
        AIOracleHandler h = handler;
        bytes4[32] memory w = [
            h.request.selector,
            h.request.selector,
            h.request.selector,
            h.propose.selector,
            h.propose.selector,
            h.propose.selector,
            h.finalize.selector,
            h.finalize.selector,
            h.slash.selector,
            h.slash.selector,
            h.warp.selector,
            h.warp.selector,
            h.refund.selector,
            h.proveResult.selector,
            h.disputeOpen.selector,
            h.disputeClose.selector,
            h.withdraw.selector,
            h.withdrawFor.selector,
            h.withdrawTo.selector,
            h.withdrawProtocolFees.selector,
            h.depositBond.selector,
            h.requestBondWithdrawal.selector,
            h.withdrawBond.selector,
            h.setTreasury.selector,
            h.setConfig.selector,
            h.setModelFee.selector,
            h.setReceiver.selector,
            h.warp.selector,
            h.liarSlashed.selector,
            h.keeperSweep.selector,
            h.setBaseFee.selector,
            h.request.selector
        ];
        bytes4[] memory selectors = new bytes4[](w.length);
        for (uint256 i; i < w.length; ++i) {
            selectors[i] = w[i];
        }
        targetSelector(FuzzSelector(address(handler), selectors));
    }

    /// Every wei the oracle holds is owed to someone (as its dev comment says): open requests' `paid` + every
    /// account's balance (fee surpluses and keeper pay included) + every operator's bond, pending bond withdrawal and earnings + the
    /// protocol's accrued fees, to the wei; and it is exactly what came in less what went out.
    function invariant_everyWeiIsOwed() public view {
        uint256 owed = oracle.protocolFeesAccrued();
        uint256 n = handler.reqCount();
        for (uint256 i; i < n; ++i) {
            IAIOracle.Request memory r = oracle.getRequest(handler.req(i).id);
            bool open = r.status == IAIOracle.RequestStatus.Pending || r.status == IAIOracle.RequestStatus.Proposed;
            if (open) {
                owed += r.paid;
            } else {
                assertEq(r.paid, 0, "ended request still holds its fee");
                assertEq(r.keeperPayGwei, 0, "ended request still holds its keeper pay");
            }
        }
        for (uint256 a; a < handler.NA(); ++a) {
            address acct = handler.accounts(a);
            (uint256 bonded,, uint256 pending,, uint256 earnings) = oracle.operatorOf(acct);
            owed += oracle.balances(acct) + bonded + pending + earnings;
        }
        assertEq(address(oracle).balance, owed, "oracle balance != what it owes");
        assertEq(address(oracle).balance, handler.ghostIn() - handler.ghostOut(), "oracle balance != in - out");
    }

    /// Each account's claim on the oracle (balance, earnings, bond, locks, pending withdrawal) and the
    /// protocol's fees and treasury are exactly the model's: fees split as docs/CONTRACTS.md says.
    function invariant_ledgerMatchesModel() public view {
        assertEq(oracle.protocolFeesAccrued(), handler.mAccrued(), "protocol fees accrued");
        assertTrue(oracle.treasury() == handler.mTreasury(), "treasury");
        for (uint256 a; a < handler.NA(); ++a) {
            address acct = handler.accounts(a);
            (uint256 bonded, uint256 locked, uint256 pending,, uint256 earnings) = oracle.operatorOf(acct);
            assertEq(oracle.balances(acct), handler.mBal(acct), "balance");
            assertEq(earnings, handler.mEarn(acct), "earnings");
            assertEq(bonded, handler.mBonded(acct), "bonded");
            assertEq(pending, handler.mPending(acct), "pending bond withdrawal");
            assertEq(locked, handler.mLocks(acct) * handler.BOND(), "locked bond");
            assertLe(locked, bonded, "locked > bonded");
        }
    }

    /// A bond is locked for exactly each open proposal: an operator's lock == proposalBond × the
    /// requests it has a Proposed proposal on (counted from the requests, not from a counter).
    function invariant_bondLockedPerOpenProposal() public view {
        uint256 n = handler.reqCount();
        for (uint256 o = 3; o < 6; ++o) {
            address op = handler.accounts(o);
            uint256 open;
            for (uint256 i; i < n; ++i) {
                IAIOracle.Request memory r = oracle.getRequest(handler.req(i).id);
                if (
                    r.status == IAIOracle.RequestStatus.Proposed && oracle.getProposal(handler.req(i).id).proposer == op
                ) {
                    open++;
                }
            }
            (, uint256 locked,,,) = oracle.operatorOf(op);
            assertEq(locked, open * handler.BOND(), "lock != open proposals");
        }
    }

    /// Every request ends at most once — finalized XOR refunded — its status is the model's, it took
    /// at most MAX_PROPOSALS optimistic proposals, and a callback is delivered exactly once per ended
    /// request that has one (recorded or reported failed) and never before it ends.
    function invariant_requestsEndOnceWithOneCallback() public view {
        uint256 n = handler.reqCount();
        for (uint256 i; i < n; ++i) {
            AIOracleHandler.Req memory q = handler.req(i);
            IAIOracle.Request memory r = oracle.getRequest(q.id);
            assertEq(uint8(r.status), uint8(q.status), "status");
            bool ended = r.status == IAIOracle.RequestStatus.Finalized || r.status == IAIOracle.RequestStatus.Refunded;
            assertLe(q.ends, 1, "request ended twice");
            assertEq(q.ends, ended ? 1 : 0, "ended without an end call");
            assertEq(r.deadline, q.deadline, "deadline");
            assertEq(oracle.openDisputes(q.id), q.openDisputes, "open disputes");
            assertEq(recorder.rec(q.id).calls + 0, q.cbMode == 1 && ended ? 1 : 0, "recorded callbacks");
            assertEq(q.delivered, q.cbMode != 0 && ended ? 1 : 0, "callbacks delivered");
            if (
                q.status == IAIOracle.RequestStatus.Refunded || q.status == IAIOracle.RequestStatus.Pending
                    || q.status == IAIOracle.RequestStatus.Proposed
            ) {
                // proofs add one past the optimistic proposals only when they end the request
                assertLe(q.nonce, handler.maxProposals(), "more proposals than MAX_PROPOSALS");
            }
        }
        assertEq(recorder.foreignCalls(), 0, "callback from another sender");
    }

    /// Every call succeeded exactly when the model said it must and moved exactly the model's amounts.
    function invariant_callsMatchModel() public view {
        assertEq(handler.mismatches(), 0, handler.lastMismatch());
    }
}
