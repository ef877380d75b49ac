// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

/// @notice Test-only: a token holder whose receive hook tries to claim or burn again.
interface IRevShare {
    function claim(uint256 snapshotId) external;
    function burn(uint256 amount) external;
}

contract ReentrantHolder {
    IRevShare public immutable token;
    uint256 public snapshotId;
    uint256 public burnAmount;
    uint256 public reentered;
    uint256 public received;

    constructor(IRevShare token_) {
        token = token_;
    }

    function claim(uint256 id) external {
        snapshotId = id;
        token.claim(id);
    }

    function burn(uint256 amount) external {
        burnAmount = amount;
        token.burn(amount);
    }

    receive() external payable {
        received += msg.value;
        // Re-enter the way a thief would; a refused re-entry is swallowed so the outer call completes.
        if (burnAmount != 0) {
            try token.burn(burnAmount) {
                reentered++;
            } catch {}
        } else {
            try token.claim(snapshotId) {
                reentered++;
            } catch {}
        }
    }
}
