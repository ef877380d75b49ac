// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IERC165} from "@openzeppelin/contracts/utils/introspection/IERC165.sol";
import {IERC721} from "@openzeppelin/contracts/token/ERC721/IERC721.sol";

/// @title IERC7007 — Verifiable AI-Generated Content Token (ERC-7007)
/// @notice ERC-165 id 0x702c55a6 (addAigcData ^ verify).
interface IERC7007 is IERC165, IERC721 {
    /// @notice AI-generated content was bound to token `tokenId`.
    event AigcData(uint256 indexed tokenId, bytes indexed prompt, bytes indexed aigcData, bytes proof);

    /// @notice Binds `aigcData`, generated from `prompt`, to token `tokenId`; `verify` must hold.
    function addAigcData(uint256 tokenId, bytes calldata prompt, bytes calldata aigcData, bytes calldata proof)
        external;

    /// @notice Whether `aigcData` is the verified output of the model for `prompt`, given `proof`.
    function verify(bytes calldata prompt, bytes calldata aigcData, bytes calldata proof)
        external
        view
        returns (bool success);
}
