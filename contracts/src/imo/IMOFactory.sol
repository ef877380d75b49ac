// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";

import {IModelRegistry} from "../interfaces/IModelRegistry.sol";
import {ERC7641} from "./ERC7641.sol";
import {IMOSale} from "./IMOSale.sol";

/// @title IMOFactory
/// @notice Turns a registered model into an asset (docs/IMO.md): its owner creates the model's one
/// ERC-7641 token — the creator's share minted to it, the rest to an IMOSale — whose revenue source
/// is the oracle — and locks the model's revenue route to the token in the same transaction
/// (`ModelRegistry.tokenize`, which only this factory may call): from then on the model's fee share
/// flows to the holders for good, and its fee and deprecation change only with notice.
contract IMOFactory {
    struct TokenParams {
        string name;
        string symbol;
        uint256 supply; // token units (18 decimals)
        uint256 creatorAmount; // minted to the creator; the rest is offered
        uint256 percentClaimable;
        uint256 snapshotInterval;
        uint256 claimPeriod;
        address[] revenueTokens;
    }

    struct SaleParams {
        uint256 price; // wei per whole token
        uint256 softCap; // token units
        uint256 deadline; // unix time
    }

    IModelRegistry public immutable registry;
    /// @notice The oracle crediting model receivers (each token pulls from it at snapshots).
    address public immutable oracle;

    mapping(uint256 modelId => address) public tokenOf;
    mapping(uint256 modelId => address) public saleOf;

    event TokenCreated(uint256 indexed modelId, address indexed token, address indexed sale, address creator);

    error NotModelOwner(uint256 modelId, address caller);
    error AlreadyTokenized(uint256 modelId, address token);
    error InvalidParameters();

    constructor(IModelRegistry registry_, address oracle_) {
        if (address(registry_) == address(0) || oracle_ == address(0)) revert InvalidParameters();
        registry = registry_;
        oracle = oracle_;
    }

    /// @notice Creates model `modelId`'s ERC-7641 token and its offering and makes the token the
    /// model's receiver for good; only the model's owner, of a model with a fee and not deprecated.
    /// The registry must have named this factory its tokenizer.
    function createToken(uint256 modelId, TokenParams calldata t, SaleParams calldata s)
        external
        returns (address token, address sale)
    {
        if (registry.getModel(modelId).owner != msg.sender) revert NotModelOwner(modelId, msg.sender);
        if (tokenOf[modelId] != address(0)) revert AlreadyTokenized(modelId, tokenOf[modelId]);
        if (t.supply == 0 || t.creatorAmount > t.supply) revert InvalidParameters();
        uint256 offered = t.supply - t.creatorAmount;
        address[] memory holders = new address[](2);
        uint256[] memory amounts = new uint256[](2);
        (holders[0], amounts[0]) = (msg.sender, t.creatorAmount);
        (holders[1], amounts[1]) = (address(this), offered);
        ERC7641 tok = new ERC7641(
            t.name, t.symbol, holders, amounts, t.percentClaimable, t.snapshotInterval, t.claimPeriod, oracle, t.revenueTokens
        );
        token = address(tok);
        if (offered != 0) {
            sale = address(new IMOSale(IERC20(token), msg.sender, s.price, offered, s.softCap, s.deadline));
            if (!tok.transfer(sale, offered)) revert InvalidParameters();
        }
        tokenOf[modelId] = token;
        saleOf[modelId] = sale;
        emit TokenCreated(modelId, token, sale, msg.sender);
        // Last: buyers rely on the registry, not on the creator, for the revenue route.
        registry.tokenize(modelId, token);
    }
}
