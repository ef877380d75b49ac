// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IZkVerifier} from "../interfaces/IZkVerifier.sol";
import {ZkDigest} from "./ZkDigest.sol";

/// @title ZkModelVerifier
/// @notice A ZK-mode model's verifier: binds the prover, the request's input and the output to the
/// circuit's one public input (ZkDigest) and asks the model's Groth16 verifier (exported by gnark for
/// the model's circuit) whether the proof holds for it. A proof made for one prover fails for any
/// other, so a proof copied from the mempool is worthless to the copier. One per model, deployed by `auspex zk setup --register`.
contract ZkModelVerifier is IZkVerifier {
    /// @dev gnark's exported `verifyProof(bytes proof, uint256[1] input)`, which reverts on a bad proof.
    bytes4 private constant VERIFY_PROOF = bytes4(keccak256("verifyProof(bytes,uint256[1])"));

    /// @notice The model's Groth16 verifier (gnark's exported contract).
    address public immutable groth16Verifier;
    /// @notice Input bytes per digest chunk: 24 for the int64 input form, 31 for the bytes form.
    uint256 public immutable inputChunkBytes;
    /// @notice For the int64 form with a declared input domain: its bits (values within ±2^bits,
    /// packed by value); zero otherwise.
    uint256 public immutable inputDomainBits;
    /// @notice The outputs' domain in bits (values within ±2^bits, packed by value), which the
    /// circuit takes from the program's output bounds; zero for whole int64 words.
    uint256 public immutable outputDomainBits;

    error NoCode(address verifier);
    error BadChunkSize(uint256 chunk);
    error BadDomain(uint256 bits);
    error OutOfDomain();

    /// @param groth16Verifier_ The model's exported Groth16 verifier.
    /// @param inputChunkBytes_ The circuit's input form: 24 (int64) or 31 (bytes).
    /// @param inputDomainBits_ The int64 form's declared input domain in bits (1–62), or 0.
    /// @param outputDomainBits_ The outputs' domain in bits (1–61), or 0.
    constructor(address groth16Verifier_, uint256 inputChunkBytes_, uint256 inputDomainBits_, uint256 outputDomainBits_) {
        if (groth16Verifier_.code.length == 0) revert NoCode(groth16Verifier_);
        if (inputChunkBytes_ != 24 && inputChunkBytes_ != 31) revert BadChunkSize(inputChunkBytes_);
        if (inputDomainBits_ > 62 || (inputDomainBits_ != 0 && inputChunkBytes_ != 24)) revert BadDomain(inputDomainBits_);
        if (outputDomainBits_ > 61) revert BadDomain(outputDomainBits_);
        groth16Verifier = groth16Verifier_;
        inputChunkBytes = inputChunkBytes_;
        inputDomainBits = inputDomainBits_;
        outputDomainBits = outputDomainBits_;
    }

    /// @inheritdoc IZkVerifier
    function verify(address prover, bytes calldata input, bytes calldata output, bytes calldata proof)
        external
        view
        returns (bool)
    {
        (bool inDomain, uint256 d) = _digest(prover, input, output);
        if (!inDomain) return false;
        uint256[1] memory pub = [d];
        (bool ok,) = groth16Verifier.staticcall(abi.encodeWithSelector(VERIFY_PROOF, proof, pub));
        return ok;
    }

    /// @notice The circuit's public input for a proof by `prover` of `input` and `output`; reverts
    /// for an input or output outside its domain, or of 2^32 bytes or more (no proof exists for it).
    /// @param prover The account the proof is for (the one that submits it).
    /// @param input The request's input bytes.
    /// @param output The output bytes.
    function digest(address prover, bytes calldata input, bytes calldata output) external view returns (uint256) {
        (bool inDomain, uint256 d) = _digest(prover, input, output);
        if (!inDomain) revert OutOfDomain();
        return d;
    }

    function _digest(address prover, bytes calldata input, bytes calldata output)
        private
        view
        returns (bool, uint256)
    {
        (bool ok, uint256[] memory e, uint256 out) =
            ZkDigest.elements(prover, input, inputChunkBytes, inputDomainBits, output, outputDomainBits);
        if (!ok) return (false, 0);
        return (true, ZkDigest.hash(e, out));
    }
}
