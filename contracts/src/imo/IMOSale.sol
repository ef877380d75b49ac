// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {Address} from "@openzeppelin/contracts/utils/Address.sol";

/// @title IMOSale
/// @notice The Initial Model Offering of a model's ERC-7641 token (docs/IMO.md): a fixed price, a
/// cap (the tokens the sale holds), a soft cap and a deadline. Buyers pay exactly; their tokens stay
/// in escrow until the sale ends. If the soft cap is reached the creator withdraws the proceeds and
/// buyers take their tokens; if not, buyers take their ETH back and the tokens return to the creator.
contract IMOSale is ReentrancyGuardTransient {
    using SafeERC20 for IERC20;

    enum State {
        Active,
        Succeeded,
        Failed
    }

    IERC20 public immutable token;
    address public immutable creator;
    /// @notice Wei per 10^18 token units (one whole token).
    uint256 public immutable price;
    /// @notice Token units for sale.
    uint256 public immutable cap;
    /// @notice Token units that must be sold for the sale to succeed.
    uint256 public immutable softCap;
    /// @notice When the sale ends (it also ends once the cap is sold).
    uint256 public immutable deadline;

    State public state;
    uint256 public sold;
    uint256 public raised;
    mapping(address buyer => uint256) public purchased;
    mapping(address buyer => uint256) public paid;

    event Bought(address indexed buyer, uint256 amount, uint256 cost);
    event Finalized(bool succeeded, uint256 sold, uint256 raised);
    event TokensClaimed(address indexed buyer, uint256 amount);
    event Refunded(address indexed buyer, uint256 amount);

    error SaleNotActive();
    error SaleOver();
    error SaleNotOver();
    error InvalidAmount();
    error WrongPayment(uint256 required, uint256 provided);
    error WrongState(State state);
    error NothingOwed();
    error InvalidParameters();

    constructor(IERC20 token_, address creator_, uint256 price_, uint256 cap_, uint256 softCap_, uint256 deadline_) {
        if (address(token_) == address(0) || creator_ == address(0) || price_ == 0 || cap_ == 0 || softCap_ > cap_) {
            revert InvalidParameters();
        }
        if (deadline_ <= block.timestamp) revert InvalidParameters();
        token = token_;
        creator = creator_;
        price = price_;
        cap = cap_;
        softCap = softCap_;
        deadline = deadline_;
    }

    /// @notice The exact wei `amount` token units cost (reverts when not a whole number of wei).
    function cost(uint256 amount) public view returns (uint256) {
        uint256 c = amount * price;
        if (c % 1e18 != 0) revert InvalidAmount();
        return c / 1e18;
    }

    /// @notice Buys `amount` token units for exactly `cost(amount)` wei, held in escrow until the end.
    function buy(uint256 amount) external payable nonReentrant {
        if (state != State.Active) revert SaleNotActive();
        if (block.timestamp >= deadline) revert SaleOver();
        if (amount == 0 || sold + amount > cap) revert InvalidAmount();
        uint256 c = cost(amount);
        if (msg.value != c) revert WrongPayment(c, msg.value);
        sold += amount;
        raised += c;
        purchased[msg.sender] += amount;
        paid[msg.sender] += c;
        emit Bought(msg.sender, amount, c);
    }

    /// @notice Ends the sale once its deadline passed or its cap is sold; anyone may call. The unsold
    /// tokens (all of them if the soft cap was missed) return to the creator.
    function finalize() external nonReentrant {
        if (state != State.Active) revert WrongState(state);
        if (block.timestamp < deadline && sold < cap) revert SaleNotOver();
        bool ok = sold >= softCap;
        state = ok ? State.Succeeded : State.Failed;
        emit Finalized(ok, sold, raised);
        uint256 back = ok ? cap - sold : cap;
        if (back != 0) token.safeTransfer(creator, back);
    }

    /// @notice The creator takes the proceeds of a successful sale.
    function withdrawProceeds() external nonReentrant {
        if (state != State.Succeeded) revert WrongState(state);
        uint256 amount = raised;
        if (amount == 0) revert NothingOwed();
        raised = 0;
        Address.sendValue(payable(creator), amount);
    }

    /// @notice A buyer takes its tokens after a successful sale.
    function claimTokens() external nonReentrant {
        if (state != State.Succeeded) revert WrongState(state);
        uint256 amount = purchased[msg.sender];
        if (amount == 0) revert NothingOwed();
        purchased[msg.sender] = 0;
        emit TokensClaimed(msg.sender, amount);
        token.safeTransfer(msg.sender, amount);
    }

    /// @notice A buyer takes its ETH back after a failed sale.
    function refund() external nonReentrant {
        if (state != State.Failed) revert WrongState(state);
        uint256 amount = paid[msg.sender];
        if (amount == 0) revert NothingOwed();
        paid[msg.sender] = 0;
        purchased[msg.sender] = 0;
        emit Refunded(msg.sender, amount);
        Address.sendValue(payable(msg.sender), amount);
    }
}
