// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package bindings

import (
	"bytes"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = bytes.Equal
	_ = errors.New
	_ = big.NewInt
	_ = common.Big1
	_ = types.BloomLookup
	_ = abi.ConvertType
)

// ERC7641MetaData contains all meta data concerning the ERC7641 contract.
var ERC7641MetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"string\",\"name\":\"name_\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"symbol_\",\"type\":\"string\"},{\"internalType\":\"address[]\",\"name\":\"holders_\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"amounts_\",\"type\":\"uint256[]\"},{\"internalType\":\"uint256\",\"name\":\"percentClaimable_\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"snapshotInterval_\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"claimPeriod_\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"revenueSource_\",\"type\":\"address\"},{\"internalType\":\"address[]\",\"name\":\"revenueTokens_\",\"type\":\"address[]\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"CheckpointUnorderedInsertion\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"snapshotId\",\"type\":\"uint256\"}],\"name\":\"ClaimClosed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ECDSAInvalidSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"ECDSAInvalidSignatureLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"ECDSAInvalidSignatureS\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"allowance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientAllowance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSpender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"name\":\"ERC2612ExpiredSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ERC2612InvalidSigner\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"FailedCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"currentNonce\",\"type\":\"uint256\"}],\"name\":\"InvalidAccountNonce\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidParameters\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidShortString\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"LengthMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"NotARevenueToken\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"snapshotId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"NothingToClaim\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"nextAt\",\"type\":\"uint256\"}],\"name\":\"SnapshotTooSoon\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"str\",\"type\":\"string\"}],\"name\":\"StringTooLong\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"EIP712DomainChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"burned\",\"type\":\"uint256\"}],\"name\":\"Redeemed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"snapshotId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"RevenueClaimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"RevenueRedeemed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"snapshotId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"claimable\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"redeemable\",\"type\":\"uint256\"}],\"name\":\"RevenueSplit\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"snapshotId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"RolledForward\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"snapshotId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint48\",\"name\":\"timepoint\",\"type\":\"uint48\"}],\"name\":\"Snapshot\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DOMAIN_SEPARATOR\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"ETH\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_REVENUE_TOKENS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"accounted\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"snapshotId\",\"type\":\"uint256\"}],\"name\":\"balanceOfAt\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"burn\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"snapshotId\",\"type\":\"uint256\"}],\"name\":\"claim\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"snapshotId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"claimERC20\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"snapshotId\",\"type\":\"uint256\"}],\"name\":\"claimOpen\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"claimPeriod\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"snapshotId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"claimPool\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"snapshotId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"claimableERC20\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"snapshotId\",\"type\":\"uint256\"}],\"name\":\"claimableRevenue\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"snapshotId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"claimedFrom\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"clock\",\"outputs\":[{\"internalType\":\"uint48\",\"name\":\"\",\"type\":\"uint48\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"eip712Domain\",\"outputs\":[{\"internalType\":\"bytes1\",\"name\":\"fields\",\"type\":\"bytes1\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifyingContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[]\",\"name\":\"extensions\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"snapshotId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasClaimed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"lastSnapshotAt\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"nonces\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"pendingRevenue\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"percentClaimable\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"permit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"pools\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"openClaims\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"redemption\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pending\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"redeemableERC20OnBurn\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"redeemableOnBurn\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"redemptionPool\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"revenueSource\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"revenueTokens\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"snapshot\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"snapshotId\",\"type\":\"uint256\"}],\"name\":\"snapshotAt\",\"outputs\":[{\"internalType\":\"uint48\",\"name\":\"timepoint\",\"type\":\"uint48\"},{\"internalType\":\"uint64\",\"name\":\"time\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"snapshotCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"snapshotInterval\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"totalClaimed\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"totalRedeemed\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"totalRolledForward\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"snapshotId\",\"type\":\"uint256\"}],\"name\":\"totalSupplyAt\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"stateMutability\":\"payable\",\"type\":\"receive\"}]",
	ID:  "ERC7641",
	Bin: "0x6101e0604052346100d557610024610015610268565b97969096959195949294610438565b604051612dfe9081610c73823960805181611f7d015260a0518161203a015260c05181611f47015260e05181611fcc01526101005181611ff201526101205181610dc001526101405181610de901526101605181818161081a01528181612347015261256a01526101805181818161054a0152818161119d01526111dd01526101a051818181610d1601528181611073015281816112a00152611a5e01526101c0518181816105820152610f950152f35b5f80fd5b634e487b7160e01b5f52604160045260245ffd5b601f909101601f19168101906001600160401b0382119082101761011057604052565b6100d9565b604051906101246040836100ed565b565b81601f820112156100d5578051906001600160401b038211610110576040519261015a601f8401601f1916602001856100ed565b828452602083830101116100d557815f9260208093018386015e8301015290565b6001600160401b0381116101105760051b60200190565b51906001600160a01b03821682036100d557565b9080601f830112156100d55781516101bd8161017b565b926101cb60405194856100ed565b81845260208085019260051b8201019283116100d557602001905b8282106101f35750505090565b6020809161020084610192565b8152019101906101e6565b9080601f830112156100d55781516102228161017b565b9261023060405194856100ed565b81845260208085019260051b8201019283116100d557602001905b8282106102585750505090565b815181526020918201910161024b565b613a91803803806040519261027d82856100ed565b83398101610120828203126100d55781516001600160401b0381116100d557816102a8918401610126565b60208301516001600160401b0381116100d557826102c7918501610126565b60408401519094906001600160401b0381116100d557836102e99186016101a6565b60608501519094906001600160401b0381116100d5578461030b91830161020b565b9360808201519360a08301519360c08401519361032a60e08201610192565b6101008201519094906001600160401b0381116100d55761034b92016101a6565b91989796959493929190565b634e487b7160e01b5f52603260045260245ffd5b805182101561037f5760209160051b010190565b610357565b634e487b7160e01b5f52601160045260245ffd5b5f5b8281106103a657505050565b5f8282015560010161039a565b8051906001600160401b03821161011057680100000000000000008211610110576020906008548360085580841061041c575b500160085f5260205f205f5b8381106103ff5750505050565b82516001600160a01b0316828201556020909201916001016103f2565b6104329060085f528480855f2001910390610398565b5f6103e6565b9061044d9199969397949899959295806105b4565b6064871180156105ac575b80156105a4575b6104fd5760048851116104fd578351865103610595575f5b885181101561052a576104a961049d610490838c61036b565b516001600160a01b031690565b6001600160a01b031690565b15801561050c575b6104fd575f5b8181106104c75750600101610477565b896104e561049d610490856104df610490878761036b565b9461036b565b6001600160a01b03909116146104fd576001016104b7565b630e52390960e41b5f5260045ffd5b5061051a610490828b61036b565b6001600160a01b031630146104b1565b5061054994969793959761016052610180526101a0526101c0526103b3565b5f5b815181101561057e57806105786105676104906001948661036b565b610571838861036b565b51906108a3565b0161054b565b50506002549091506001600160d01b03106104fd57565b631fec674760e31b5f5260045ffd5b50811561045f565b508015610458565b919091604051916105c66040846100ed565b60018352603160f81b60208401908152845190946001600160401b038211610110576105fc826105f76003546106f7565b61072f565b602090601f83116001146106835791806106309261063895945f92610678575b50508160011b915f199060031b1c19161790565b6003556107ca565b61064181610981565b6101205261064e82610981565b610140526020815191012060e052519020610100524660a05261066f6109ec565b6080523060c052565b015190505f8061061c565b60035f52601f19831691905f516020613a715f395f51905f52925f5b8181106106df5750916001939185610638979694106106c7575b505050811b016003556107ca565b01515f1960f88460031b161c191690555f80806106b9565b9293602060018192878601518155019501930161069f565b90600182811c92168015610725575b602083101461071157565b634e487b7160e01b5f52602260045260245ffd5b91607f1691610706565b601f811161073c575b5050565b818111610747575050565b60035f52610124915f516020613a715f395f51905f5291601f820160051c9160201161077e575b601f82910160051c039101610398565b5f915061076e565b91601f821161079457505050565b8082116107a057505050565b610124925f5260205f20916020601f830160051c921061077e57601f82910160051c039101610398565b80519091906001600160401b038111610110576107f3816107ec6004546106f7565b6004610786565b602092601f821160011461082757610822929382915f926106785750508160011b915f199060031b1c19161790565b600455565b60045f52601f198216937f8a35acfbc15ff81a39ae7d344fd709f28e8600b4aa8c65c6b64bfe7fe36bd19b915f5b86811061088b5750836001959610610873575b505050811b01600455565b01515f1960f88460031b161c191690555f8080610868565b91926020600181928685015181550194019201610855565b6001600160a01b038116801561096e5760025492808401809411610969577fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef5f91610738956002556109048560018060a01b03165f525f60205260405f2090565b805482019055604051908152602090a365ffffffffffff4316600254610933906001600160d01b031682610aab565b50506001600160a01b03919091165f90815260156020908152604080832091839052909120546001600160d01b03169190610bb4565b610384565b63ec442f0560e01b5f525f60045260245ffd5b601f8151116109ac57602081519101516020821061099d571790565b5f198260200360031b1b161790565b604460209160405192839163305a27a960e01b83528160048401528051918291826024860152018484015e5f828201840152601f01601f19168101030190fd5b60e051610100516040519060208201927f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f8452604083015260608201524660808201523060a082015260a08152610a4460c0826100ed565b51902090565b90815468010000000000000000811015610110576001810180845581101561037f575f9283526020928390208251929093015160301b65ffffffffffff191665ffffffffffff9290921691909117910155565b5f1981019190821161096957565b6014549192918015610b8b57610ac3610aec91610a9d565b60145f527fce6d7b5282bd9a3661ae061feed1dbda4e52ab073b1f9285be6e155d9c38d4ec0190565b908154610b08610b018265ffffffffffff1690565b9160301c90565b9265ffffffffffff808416921691808311610b7c57869203610b4657610b4292509065ffffffffffff82549181199060301b169116179055565b9190565b5050610b4290610b65610b57610115565b65ffffffffffff9092168252565b6001600160d01b03851660208201525b6014610a4a565b632520601d60e01b5f5260045ffd5b50610baf90610b9b610b57610115565b6001600160d01b0384166020820152610b75565b5f9190565b80549293928015610c4d57610bcb610bd691610a9d565b825f5260205f200190565b8054603081901c9365ffffffffffff91821692918116808411610b7c57879303610c195750610b4292509065ffffffffffff82549181199060301b169116179055565b915050610b4291610c39610c2b610115565b65ffffffffffff9093168352565b6001600160d01b0386166020830152610a4a565b5090610baf91610c5e610c2b610115565b6001600160d01b0385166020830152610a4a56fe6080604052600436101561001a575b3615610018575f80fd5b005b5f3560e01c806301ffc9a7146102f957806305ecc085146102f457806306fdde03146102ef57806307d0413c146102ea5780630854cc9b146102e5578063095ea7b3146102e0578063098ab6a1146102db57806318160ddd146102d65780631880bf85146102d15780631c3fc4c3146102cc57806320b6b2fc146102c757806323b872dd146102c257806324888f98146102bd5780632be2bb11146102b8578063313ce567146102b357806332e2c0c2146102ae5780633644e515146102a9578063379607f5146102a457806341273d451461029f57806342966c681461029a5780634ee2cd7e146102955780634f3bc3ac14610290578063641327f81461028b57806370a082311461028657806376327a91146102815780637cfd0bc21461027c5780637dc2cd98146102775780637ecebe00146102725780637fa34d5c1461026d5780638322fff21461026857806384b0196e1461026357806391ddadf41461025e57806395d89b41146102595780639711715a14610254578063981b24d01461024f5780639a7f78db1461024a578063a4063dbc14610245578063a9059cbb14610240578063bb75add31461023b578063c82a9a5914610236578063d505accf14610231578063dd62ed3e1461022c578063dffed1e814610227578063e29bc5de14610222578063ee1a56ce1461021d5763ef5d9ae80361000e576117cf565b611797565b61177c565b6116f3565b611663565b611538565b611500565b6113b1565b61138b565b611281565b611227565b611209565b610f6c565b610eb7565b610e95565b610da8565b610d8e565b610d71565b610d39565b610cff565b610cd7565b610c9f565b610c68565b610c30565b610bef565b610bc8565b6109f3565b6109bb565b610857565b61083d565b610803565b6107e8565b6107c1565b6107a3565b610703565b6106e0565b6106a8565b61065e565b610641565b610624565b6105f3565b61056d565b610533565b610444565b610383565b3461037f57602036600319011261037f5760043563ffffffff60e01b811680910361037f576376bd972760e11b811490811561036e575b811561035d575b811561034c575b506040519015158152602090f35b6301ffc9a760e01b1490505f61033e565b6336372b0760e01b81149150610337565b632e8c7cc360e11b81149150610330565b5f80fd5b3461037f57602036600319011261037f576004355f52600b60205260405f20604051604081019181831067ffffffffffffffff8411176103fd5760409283525465ffffffffffff811680835260309190911c67ffffffffffffffff16602092830181905283519182529181019190915290819081015b0390f35b611807565b5f91031261037f57565b805180835260209291819084018484015e5f828201840152601f01601f1916010190565b90602061044192818152019061040c565b90565b3461037f575f36600319011261037f576040515f6003548060011c9060018116908115610529575b6020831082146105155782855260208501919081156104fc57506001146104aa575b6103f98461049e8186038261181b565b60405191829182610430565b60035f9081529250907fc2575a0e9e593c00f959f8c92f12db2869c3395a3b0502d05e2516446f71f85b5b8184106104e85750500161049e8261048e565b8054848401526020909301926001016104d5565b60ff191682525090151560051b01905061049e8261048e565b634e487b7160e01b5f52602260045260245ffd5b91607f169161046c565b3461037f575f36600319011261037f5760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b3461037f575f36600319011261037f576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b600435906001600160a01b038216820361037f57565b602435906001600160a01b038216820361037f57565b604435906001600160a01b038216820361037f57565b3461037f57604036600319011261037f5761061961060f6105b1565b602435903361274e565b602060405160018152f35b3461037f575f36600319011261037f576020600954604051908152f35b3461037f575f36600319011261037f576020600254604051908152f35b3461037f57604036600319011261037f57602061069f60043561067f6105c7565b905f52600e835260405f209060018060a01b03165f5260205260405f2090565b54604051908152f35b3461037f57604036600319011261037f5760206106d86004356106c96105c7565b906106d382611ae8565b611be2565b604051908152f35b3461037f57602036600319011261037f5760206106d86106fe6105b1565b61187d565b3461037f57606036600319011261037f5761071c6105b1565b6107246105c7565b6001600160a01b0382165f9081526001602090815260408083203384529091529020549160443591905f19841061076c575b6107609350611ca0565b60405160018152602090f35b8284106107885761078383610760950333836127e9565b610756565b8284637dc7a0d960e11b5f523360045260245260445260645ffd5b3461037f57602036600319011261037f5760206106d8600435611b87565b3461037f57604036600319011261037f5760206106d86107df6105b1565b60243590611e24565b3461037f575f36600319011261037f57602060405160128152f35b3461037f575f36600319011261037f5760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b3461037f575f36600319011261037f5760206106d8611f44565b3461037f57602036600319011261037f57600435610873612060565b61088361087f82611a47565b1590565b6109a9576108925f8233611ead565b801561098f575f61097d926108dc6108cf336108ba856108ba865f52601060205260405f2090565b9060018060a01b03165f5260205260405f2090565b805460ff19166001179055565b6108f2826108ba835f52600f60205260405f2090565b6108fd8482546118b9565b90556001600160a01b0382165f908152600c60205260409020610921848254611870565b90556001600160a01b0382165f9081526011602052604090206109458482546118b9565b90556040518381523391907fbd5fd8d835c4a21a06a9bf2293c685c224fe3e14eb1774bc92d2f00050a96f4490602090a4335f612172565b5f5f516020612dde5f395f51905f525d005b63b361b5fb60e01b5f908152600483905260245260445b5ffd5b63061428fb60e11b5f5260045260245ffd5b3461037f57606036600319011261037f5760206106d86109d96105b1565b6024356109e46105dd565b916109ee83611ae8565b611ead565b3461037f57602036600319011261037f57600435610a0f612060565b600854610a23610a1e826118ab565b6118f9565b91610a2d81611b87565b610a368461193f565b525f5b828110610b975750610a4b81336120a7565b60405190815233907f4896181ff8f4543cc00db9fe9b6fb7e6f032b7eb772c72ab1ec1b4d2e03b936990602090a25f5b81811115610a8b57610018612095565b610b5d9080610b69575f5b610aa08286611951565b518015610b62576001600160a01b0382165f908152600d60205260409020610b589290610ace838254611870565b90556001600160a01b0381165f908152600c60205260409020610af2838254611870565b90556001600160a01b0381165f908152601260205260409020610b168382546118b9565b90556040518281526001600160a01b0382169033907f41983c8419fbc7d43bcd511c2601c622133a003ce274b2cab7edfa99ac89205590602090a33390612172565b61197d565b610a7b565b505061197d565b610b92610b7d610b7883611862565b611965565b905460039190911b1c6001600160a01b031690565b610a96565b80610baf610ba9610b7d600194611965565b84611be2565b610bc1610bbb836118ab565b87611951565b5201610a39565b3461037f57604036600319011261037f5760206106d8610be66105b1565b6024359061198b565b3461037f57604036600319011261037f57602061069f600435610c106105c7565b905f52600f835260405f209060018060a01b03165f5260205260405f2090565b3461037f57602036600319011261037f576001600160a01b03610c516105b1565b165f526013602052602060405f2054604051908152f35b3461037f57602036600319011261037f576001600160a01b03610c896105b1565b165f525f602052602060405f2054604051908152f35b3461037f57602036600319011261037f576001600160a01b03610cc06105b1565b165f526012602052602060405f2054604051908152f35b3461037f57602036600319011261037f576020610cf5600435611a47565b6040519015158152f35b3461037f575f36600319011261037f5760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b3461037f57602036600319011261037f576001600160a01b03610d5a6105b1565b165f526007602052602060405f2054604051908152f35b3461037f575f36600319011261037f576020600a54604051908152f35b3461037f575f36600319011261037f5760206040515f8152f35b3461037f575f36600319011261037f57610e37610de47f0000000000000000000000000000000000000000000000000000000000000000612a4a565b610e0d7f0000000000000000000000000000000000000000000000000000000000000000612a4a565b610e45610e186118de565b91604051948594600f60f81b865260e0602087015260e086019061040c565b90848203604086015261040c565b4660608401523060808401525f60a084015282810360c0840152602080835192838152019201905f5b818110610e7c575050500390f35b8251845285945060209384019390920191600101610e6e565b3461037f575f36600319011261037f57602060405165ffffffffffff43168152f35b3461037f575f36600319011261037f576040515f6004548060011c9060018116908115610f62575b6020831082146105155782855260208501919081156104fc5750600114610f10576103f98461049e8186038261181b565b60045f9081529250907f8a35acfbc15ff81a39ae7d344fd709f28e8600b4aa8c65c6b64bfe7fe36bd19b5b818410610f4e5750500161049e8261048e565b805484840152602090930192600101610f3b565b91607f1691610edf565b3461037f575f36600319011261037f57610f84612060565b6009541515806111d4575b611192577f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168061114b575b50610fcf60095461197d565b610fd881600955565b610fe965ffffffffffff4316611aa5565b90611068610ff561183d565b65ffffffffffff841681524267ffffffffffffffff166020820152611022835f52600b60205260405f2090565b815181546020909301516dffffffffffffffffffffffffffff1990931665ffffffffffff9091161760309290921b6dffffffffffffffff00000000000016919091179055565b61107142600a55565b7f000000000000000000000000000000000000000000000000000000000000000080821115611144576110a49082611870565b6001600160d01b036110b584612217565b1615156110c38183856122c7565b600854915f5b8381106111245760405165ffffffffffff871681526103f990869081907fba4339353835e3687a0eadcd9f6ac9d19c45f2eae661cd8b3df8fcb7c933a3ad90602090a2611114612095565b6040519081529081906020820190565b8061113e84611137610b7d600195611965565b85896124fc565b016110c9565b505f6110a4565b803b1561037f576040516327b299cb60e21b8152306004820152905f908290602490829084905af115610fc357806111865f61118c9361181b565b80610402565b5f610fc3565b6109a66111c2600a547f0000000000000000000000000000000000000000000000000000000000000000906118b9565b63b073828560e01b5f52600452602490565b50611202600a547f0000000000000000000000000000000000000000000000000000000000000000906118b9565b4210610f8f565b3461037f57602036600319011261037f5760206106d8600435611ac1565b3461037f57606036600319011261037f57602060ff6112756004356108ba61124d6105c7565b6112556105dd565b925f526010865260405f209060018060a01b03165f5260205260405f2090565b54166040519015158152f35b3461037f57602036600319011261037f5761129a6105b1565b5f6009547f00000000000000000000000000000000000000000000000000000000000000008082115f1461138357810381811161137e576001810180911161137e575b905b8082111561132c5750506001600160a01b0382165f908152600d602052604090206103f99061130f90549361187d565b604051938493846040919493926060820195825260208201520152565b90916113726113789161136c61134e876108ba885f52600e60205260405f2090565b54611365886108ba895f52600f60205260405f2090565b5490611870565b906118b9565b9261197d565b906112df565b61184e565b5060016112dd565b3461037f57604036600319011261037f576106196113a76105b1565b6024359033611ca0565b3461037f57604036600319011261037f576004356113cd6105c7565b6113d5612060565b6113de81611ae8565b6113ea61087f83611a47565b6114ec576113f9818333611ead565b9081156114cc5761097d926114216108cf336108ba856108ba865f52601060205260405f2090565b611437826108ba835f52600f60205260405f2090565b6114428482546118b9565b90556001600160a01b0382165f908152600c60205260409020611466848254611870565b90556001600160a01b0382165f90815260116020526040902061148a8482546118b9565b90556040518381526001600160a01b0383169133917fbd5fd8d835c4a21a06a9bf2293c685c224fe3e14eb1774bc92d2f00050a96f4490602090a43390612172565b63b361b5fb60e01b5f5260048390526001600160a01b031660245260445ffd5b63061428fb60e11b5f52600482905260245ffd5b3461037f57602036600319011261037f576001600160a01b036115216105b1565b165f52600d602052602060405f2054604051908152f35b3461037f5760e036600319011261037f576115516105b1565b6115596105c7565b604435906064359260843560ff8116810361037f5760a43560c43590864211611650576001600160a01b038481165f8181526007602090815260409182902080546001810190915582517f6e71edae12b1b97f4d1f60370fef10105fa2faae0126114a169c64845d6126c99281019283529283018490529389166060830152608082018a905260a082019390935260c08082019a909a529889529761161594916116109161160860e08261181b565b519020612710565b612736565b936001600160a01b0385160361162f57610018935061274e565b6325c0072360e11b5f526001600160a01b038085166004521660245260445ffd5b8663313c898160e11b5f5260045260245ffd5b3461037f57604036600319011261037f57602061069f6116816105b1565b6116896105c7565b6001600160a01b039182165f9081526001855260408082209290931681526020919091522090565b60206040818301928281528451809452019201905f5b8181106116d45750505090565b82516001600160a01b03168452602093840193909201916001016116c7565b3461037f575f36600319011261037f5760405180602060085491828152019060085f527ff3f7a9fe364faab93b216da50a3214154f22a0a2b415b23a84c8169e8b636ee3905f5b81811061175d576103f9856117518187038261181b565b604051918291826116b1565b82546001600160a01b031684526020909301926001928301920161173a565b3461037f575f36600319011261037f57602060405160048152f35b3461037f57602036600319011261037f576001600160a01b036117b86105b1565b165f52600c602052602060405f2054604051908152f35b3461037f57602036600319011261037f576001600160a01b036117f06105b1565b165f526011602052602060405f2054604051908152f35b634e487b7160e01b5f52604160045260245ffd5b90601f8019910116810190811067ffffffffffffffff8211176103fd57604052565b6040519061184c60408361181b565b565b634e487b7160e01b5f52601160045260245ffd5b5f1981019190821161137e57565b9190820391821161137e57565b61188681611c28565b6001600160a01b039091165f908152600c6020526040902054810390811161137e5790565b906001820180921161137e57565b9190820180921161137e57565b67ffffffffffffffff81116103fd5760051b60200190565b604051906118ed60208361181b565b5f808352366020840137565b90611903826118c6565b611910604051918261181b565b8281528092611921601f19916118c6565b0190602036910137565b634e487b7160e01b5f52603260045260245ffd5b80511561194c5760200190565b61192b565b805182101561194c5760209160051b010190565b60085481101561194c5760085f5260205f2001905f90565b5f19811461137e5760010190565b60018060a01b03165f52601560205260405f20905f52600b60205265ffffffffffff60405f2054168154905f8291600584116119fc575b6119cd9350846129f1565b806119e25750505f5b6001600160d01b031690565b6119eb90611862565b905f5260205f20015460301c6119d6565b9192611a0781612893565b810390811161137e576119cd93855f5265ffffffffffff8260205f2001541684105f14611a355750916119c2565b929150611a41906118ab565b906119c2565b8015159081611a8d575b81611a5a575090565b90507f0000000000000000000000000000000000000000000000000000000000000000810180911161137e576009541090565b6009548111159150611a51565b6040513d5f823e3d90fd5b65ffffffffffff5f199116019065ffffffffffff821161137e57565b5f52600b60205260018060d01b03611ae465ffffffffffff60405f205416612217565b1690565b600854906001600160a01b03165f5b82811015611b435760085f527ff3f7a9fe364faab93b216da50a3214154f22a0a2b415b23a84c8169e8b636ee38101546001600160a01b03168214611b3e57600101611af7565b505050565b50630161e85b60e51b5f5260045260245ffd5b8181029291811591840414171561137e57565b8115611b73570490565b634e487b7160e01b5f52601260045260245ffd5b60025480158015611bd9575b611bd3575f8052600d6020527f81955a0a11e65eac625c29e8882660bae4e165a75d72780094acae8ece9a29ee5461044192611bce91611b56565b611b69565b50505f90565b50808211611b93565b906002549081158015611c1f575b611c18576001600160a01b03165f908152600d602052604090205461044192611bce91611b56565b5050505f90565b50818311611bf0565b6001600160a01b031680611c3b57504790565b6040516370a0823160e01b815230600482015290602090829060249082905afa908115611c9b575f91611c6c575090565b90506020813d602011611c93575b81611c876020938361181b565b8101031261037f575190565b3d9150611c7a565b611a9a565b9192916001600160a01b0381168015611e11576001600160a01b038316908115611dfe576001600160a01b0383165f90815260208190526040902054868110611dda57611d5687611dd697987fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef9303611d288760018060a01b03165f525f60205260405f2090565b556001600160a01b0387165f9081526020819052604090208054820190556040519081529081906020820190565b0390a3611db065ffffffffffff43169182611daa611d9d611d878460018060a01b03165f52601560205260405f2090565b9360018060a01b03165f525f60205260405f2090565b546001600160d01b031690565b91612d1f565b50506001600160a01b0382165f908152601560205260409020611daa90611d9d90611d87565b5050565b63391434e360e21b5f526001600160a01b038416600452602452604486905260645ffd5b63ec442f0560e01b5f525f60045260245ffd5b634b637e8f60e11b5f525f60045260245ffd5b90611e2e81611a47565b158015611e7a575b611bd357611e4381611ac1565b908115611c18575f818152600e6020908152604080832083805290915290205461044193611bce92611e749161198b565b90611b56565b505f81815260106020908152604080832083805282528083206001600160a01b038616845290915290205460ff16611e36565b90611eb781611a47565b158015611f11575b611c1857611ecc81611ac1565b918215611f0957611e7482611f0261044196611bce955f52600e60205260405f209060018060a01b03165f5260205260405f2090565b549261198b565b505050505f90565b50805f52601060205260ff611f3d836108ba8660405f209060018060a01b03165f5260205260405f2090565b5416611ebf565b307f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03161480612037575b15611f9f577f000000000000000000000000000000000000000000000000000000000000000090565b60405160208101907f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f82527f000000000000000000000000000000000000000000000000000000000000000060408201527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a082015260a0815261203160c08261181b565b51902090565b507f00000000000000000000000000000000000000000000000000000000000000004614611f76565b5f516020612dde5f395f51905f525c6120865760015f516020612dde5f395f51905f525d565b633ee5aeb560e01b5f5260045ffd5b5f5f516020612dde5f395f51905f525d565b906001600160a01b038216908115611e11576001600160a01b0383165f9081526020819052604090205481811061215057917fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef61212d835f94611dd697960361211f8760018060a01b03165f525f60205260405f2090565b556111148160025403600255565b0390a36002544365ffffffffffff1690611db0906001600160d01b031682612c16565b63391434e360e21b5f526001600160a01b03841660045260245260445260645ffd5b6001600160a01b03169190826121955761184c92506001600160a01b031661282f565b60405163a9059cbb60e01b5f9081526001600160a01b0390921660045260249290925260209060448180865af160015f51148116156121f8575b604091909152156121dd5750565b635274afe760e01b5f526001600160a01b031660045260245ffd5b600181151661220e573d15833b151516166121cf565b503d5f823e3d90fd5b601454905f829160058411612273575b612233935060146129f1565b8061223d57505f90565b61224690611862565b60145f527fce6d7b5282bd9a3661ae061feed1dbda4e52ab073b1f9285be6e155d9c38d4ec015460301c90565b919261227e81612893565b810390811161137e576122339360145f5265ffffffffffff8260205f2001541665ffffffffffff8516105f146122b5575091612227565b9291506122c1906118ab565b90612227565b9080612409575b506123096122db5f611c28565b5f8052600c6020527f13649b2456f1b42fef0f0040b3aaeabcd21a76a0f3f5defd4f583839455116e8611365565b918215908115612400575b50611dd6577f5c769b42e02936dc22797c1653ec0cc7616c595f2239c3b11499e7913369a9e75f926123e761237361236c7f000000000000000000000000000000000000000000000000000000000000000084611b56565b6064900490565b80928161238c886108ba895f52600e60205260405f2090565b556123978282611870565b6001600160a01b0388165f908152600d602052604090206123bb905b9182546118b9565b90556001600160a01b0387165f908152600c602052604090205b6123e08282546118b9565b9055611870565b604080519283526020830191909152819081015b0390a3565b9050155f612314565b6124396124225f6108ba845f52600e60205260405f2090565b546113655f6108ba855f52600f60205260405f2090565b9081612446575b506122ce565b7f4a7967426fb079dba7e175bf86ace5144f4d0d800ddb4b4969fc1d170047deba6124f25f93612482856108ba865f52600e60205260405f2090565b54612499866108ba875f52600f60205260405f2090565b556001600160a01b0385165f908152600c602052604090206124bc828254611870565b90556001600160a01b0385165f9081526013602052604090206124e08282546118b9565b90556040519081529081906020820190565b0390a35f80612440565b91908061261f575b5061252d61251182611c28565b6001600160a01b0383165f908152600c60205260409020611365565b928315908115612616575b50611b3e577f5c769b42e02936dc22797c1653ec0cc7616c595f2239c3b11499e7913369a9e7906125f161258f61236c7f000000000000000000000000000000000000000000000000000000000000000087611b56565b8095816125a8856108ba895f52600e60205260405f2090565b556125b38282611870565b6001600160a01b0385165f908152600d602052604090206125d3906123b3565b90556001600160a01b0384165f908152600c602052604090206123d5565b6040805195865260208601919091526001600160a01b039091169390819081016123fb565b9050155f612538565b61264f612638836108ba845f52600e60205260405f2090565b54611365846108ba855f52600f60205260405f2090565b908161265c575b50612504565b612672836108ba835f52600e60205260405f2090565b54612689846108ba845f52600f60205260405f2090565b556001600160a01b0383165f908152600c602052604090206126ac838254611870565b90556001600160a01b0383165f9081526013602052604090206126d08382546118b9565b90556040519182526001600160a01b038316917f4a7967426fb079dba7e175bf86ace5144f4d0d800ddb4b4969fc1d170047deba90602090a35f80612656565b60429061271b611f44565b906040519161190160f01b8352600283015260228201522090565b91610441939161274593612a88565b90929192612b28565b6001600160a01b03169081156127d6576001600160a01b0381169283156127c357806127b67f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b92593855f52600160205260405f209060018060a01b03165f5260205260405f2090565b55604051908152602090a3565b634a1406b160e11b5f525f60045260245ffd5b63e602df0560e01b5f525f60045260245ffd5b6001600160a01b03169081156127d6576001600160a01b038116156127c35761282c915f52600160205260405f209060018060a01b03165f5260205260405f2090565b55565b81471061287c575f9182916040519161284960208461181b565b8383528392602001916001600160a01b03165af11561286457565b3d15155f03611a9a5763d6bda27560e01b5f5260045ffd5b504763cf47918160e01b5f5260045260245260445ffd5b600181111561044157806001600160801b8210156129b4575b61295a61295061294661293c6129326129286129176129619760048a600160401b6129669c10156129a7575b64010000000081101561299a575b6201000081101561298d575b610100811015612980575b6010811015612973575b101561296b575b60030260011c90565b612921818b611b69565b0160011c90565b612921818a611b69565b6129218189611b69565b6129218188611b69565b6129218187611b69565b6129218186611b69565b8093611b69565b821190565b900390565b60011b61290e565b60041c9160021b91612907565b60081c9160041b916128fd565b60101c9160081b916128f2565b60201c9160101b916128e6565b60401c9160201b916128d8565b505061296661296161295a61295061294661293c6129326129286129176129db8a60801c90565b9850600160401b97506128ac9650505050505050565b9065ffffffffffff165b838310612a085750505090565b90919280841860011c8185160190835f528265ffffffffffff8360205f20015416115f14612a3a5750925b91906129fb565b9350612a45906118ab565b612a33565b60ff811690601f8211612a795760405191612a6660408461181b565b6020808452838101919036833783525290565b632cd44ac360e21b5f5260045ffd5b91907f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a08411612aff579160209360809260ff5f9560405194855216868401526040830152606082015282805260015afa15611c9b575f516001600160a01b03811615612af557905f905f90565b505f906001905f90565b5050505f9160039190565b60041115612b1457565b634e487b7160e01b5f52602160045260245ffd5b612b3181612b0a565b80612b3a575050565b612b4381612b0a565b60018103612b5a5763f645eedf60e01b5f5260045ffd5b612b6381612b0a565b60028103612b7e575063fce698f760e01b5f5260045260245ffd5b80612b8a600392612b0a565b14612b925750565b6335e2f38360e21b5f5260045260245ffd5b908154600160401b8110156103fd576001810180845581101561194c5761184c925f5260205f200190612bf465ffffffffffff825116839065ffffffffffff1665ffffffffffff19825416179055565b60200151815465ffffffffffff1660309190911b65ffffffffffff1916179055565b6014549192918015612cf657612c2e612c5791611862565b60145f527fce6d7b5282bd9a3661ae061feed1dbda4e52ab073b1f9285be6e155d9c38d4ec0190565b908154612c73612c6c8265ffffffffffff1690565b9160301c90565b9265ffffffffffff808416921691808311612ce757869203612cb157612cad92509065ffffffffffff82549181199060301b169116179055565b9190565b5050612cad90612cd0612cc261183d565b65ffffffffffff9092168252565b6001600160d01b03851660208201525b6014612ba4565b632520601d60e01b5f5260045ffd5b50612d1a90612d06612cc261183d565b6001600160d01b0384166020820152612ce0565b5f9190565b80549293928015612db857612d36612d4191611862565b825f5260205f200190565b8054603081901c9365ffffffffffff91821692918116808411612ce757879303612d845750612cad92509065ffffffffffff82549181199060301b169116179055565b915050612cad91612da4612d9661183d565b65ffffffffffff9093168352565b6001600160d01b0386166020830152612ba4565b5090612d1a91612dc9612d9661183d565b6001600160d01b0385166020830152612ba456fe9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00c2575a0e9e593c00f959f8c92f12db2869c3395a3b0502d05e2516446f71f85b",
}

// ERC7641 is an auto generated Go binding around an Ethereum contract.
type ERC7641 struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *ERC7641) GetABI() abi.ABI {
	return c.abi
}

// NewERC7641 creates a new instance of ERC7641.
func NewERC7641() *ERC7641 {
	parsed, err := ERC7641MetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &ERC7641{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *ERC7641) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(string name_, string symbol_, address[] holders_, uint256[] amounts_, uint256 percentClaimable_, uint256 snapshotInterval_, uint256 claimPeriod_, address revenueSource_, address[] revenueTokens_) returns()
func (eRC7641 *ERC7641) PackConstructor(name_ string, symbol_ string, holders_ []common.Address, amounts_ []*big.Int, percentClaimable_ *big.Int, snapshotInterval_ *big.Int, claimPeriod_ *big.Int, revenueSource_ common.Address, revenueTokens_ []common.Address) []byte {
	enc, err := eRC7641.abi.Pack("", name_, symbol_, holders_, amounts_, percentClaimable_, snapshotInterval_, claimPeriod_, revenueSource_, revenueTokens_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackDOMAINSEPARATOR is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3644e515.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (eRC7641 *ERC7641) PackDOMAINSEPARATOR() []byte {
	enc, err := eRC7641.abi.Pack("DOMAIN_SEPARATOR")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDOMAINSEPARATOR is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3644e515.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (eRC7641 *ERC7641) TryPackDOMAINSEPARATOR() ([]byte, error) {
	return eRC7641.abi.Pack("DOMAIN_SEPARATOR")
}

// UnpackDOMAINSEPARATOR is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3644e515.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (eRC7641 *ERC7641) UnpackDOMAINSEPARATOR(data []byte) ([32]byte, error) {
	out, err := eRC7641.abi.Unpack("DOMAIN_SEPARATOR", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackETH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8322fff2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ETH() view returns(address)
func (eRC7641 *ERC7641) PackETH() []byte {
	enc, err := eRC7641.abi.Pack("ETH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackETH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8322fff2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ETH() view returns(address)
func (eRC7641 *ERC7641) TryPackETH() ([]byte, error) {
	return eRC7641.abi.Pack("ETH")
}

// UnpackETH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8322fff2.
//
// Solidity: function ETH() view returns(address)
func (eRC7641 *ERC7641) UnpackETH(data []byte) (common.Address, error) {
	out, err := eRC7641.abi.Unpack("ETH", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackMAXREVENUETOKENS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe29bc5de.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_REVENUE_TOKENS() view returns(uint256)
func (eRC7641 *ERC7641) PackMAXREVENUETOKENS() []byte {
	enc, err := eRC7641.abi.Pack("MAX_REVENUE_TOKENS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXREVENUETOKENS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe29bc5de.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_REVENUE_TOKENS() view returns(uint256)
func (eRC7641 *ERC7641) TryPackMAXREVENUETOKENS() ([]byte, error) {
	return eRC7641.abi.Pack("MAX_REVENUE_TOKENS")
}

// UnpackMAXREVENUETOKENS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe29bc5de.
//
// Solidity: function MAX_REVENUE_TOKENS() view returns(uint256)
func (eRC7641 *ERC7641) UnpackMAXREVENUETOKENS(data []byte) (*big.Int, error) {
	out, err := eRC7641.abi.Unpack("MAX_REVENUE_TOKENS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackAccounted is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xee1a56ce.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function accounted(address token) view returns(uint256)
func (eRC7641 *ERC7641) PackAccounted(token common.Address) []byte {
	enc, err := eRC7641.abi.Pack("accounted", token)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAccounted is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xee1a56ce.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function accounted(address token) view returns(uint256)
func (eRC7641 *ERC7641) TryPackAccounted(token common.Address) ([]byte, error) {
	return eRC7641.abi.Pack("accounted", token)
}

// UnpackAccounted is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xee1a56ce.
//
// Solidity: function accounted(address token) view returns(uint256)
func (eRC7641 *ERC7641) UnpackAccounted(data []byte) (*big.Int, error) {
	out, err := eRC7641.abi.Unpack("accounted", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (eRC7641 *ERC7641) PackAllowance(owner common.Address, spender common.Address) []byte {
	enc, err := eRC7641.abi.Pack("allowance", owner, spender)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (eRC7641 *ERC7641) TryPackAllowance(owner common.Address, spender common.Address) ([]byte, error) {
	return eRC7641.abi.Pack("allowance", owner, spender)
}

// UnpackAllowance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (eRC7641 *ERC7641) UnpackAllowance(data []byte) (*big.Int, error) {
	out, err := eRC7641.abi.Unpack("allowance", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (eRC7641 *ERC7641) PackApprove(spender common.Address, value *big.Int) []byte {
	enc, err := eRC7641.abi.Pack("approve", spender, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (eRC7641 *ERC7641) TryPackApprove(spender common.Address, value *big.Int) ([]byte, error) {
	return eRC7641.abi.Pack("approve", spender, value)
}

// UnpackApprove is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (eRC7641 *ERC7641) UnpackApprove(data []byte) (bool, error) {
	out, err := eRC7641.abi.Unpack("approve", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (eRC7641 *ERC7641) PackBalanceOf(account common.Address) []byte {
	enc, err := eRC7641.abi.Pack("balanceOf", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (eRC7641 *ERC7641) TryPackBalanceOf(account common.Address) ([]byte, error) {
	return eRC7641.abi.Pack("balanceOf", account)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (eRC7641 *ERC7641) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := eRC7641.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackBalanceOfAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4ee2cd7e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOfAt(address account, uint256 snapshotId) view returns(uint256)
func (eRC7641 *ERC7641) PackBalanceOfAt(account common.Address, snapshotId *big.Int) []byte {
	enc, err := eRC7641.abi.Pack("balanceOfAt", account, snapshotId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOfAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4ee2cd7e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOfAt(address account, uint256 snapshotId) view returns(uint256)
func (eRC7641 *ERC7641) TryPackBalanceOfAt(account common.Address, snapshotId *big.Int) ([]byte, error) {
	return eRC7641.abi.Pack("balanceOfAt", account, snapshotId)
}

// UnpackBalanceOfAt is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4ee2cd7e.
//
// Solidity: function balanceOfAt(address account, uint256 snapshotId) view returns(uint256)
func (eRC7641 *ERC7641) UnpackBalanceOfAt(data []byte) (*big.Int, error) {
	out, err := eRC7641.abi.Unpack("balanceOfAt", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackBurn is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42966c68.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function burn(uint256 amount) returns()
func (eRC7641 *ERC7641) PackBurn(amount *big.Int) []byte {
	enc, err := eRC7641.abi.Pack("burn", amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBurn is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42966c68.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function burn(uint256 amount) returns()
func (eRC7641 *ERC7641) TryPackBurn(amount *big.Int) ([]byte, error) {
	return eRC7641.abi.Pack("burn", amount)
}

// PackClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x379607f5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claim(uint256 snapshotId) returns()
func (eRC7641 *ERC7641) PackClaim(snapshotId *big.Int) []byte {
	enc, err := eRC7641.abi.Pack("claim", snapshotId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x379607f5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claim(uint256 snapshotId) returns()
func (eRC7641 *ERC7641) TryPackClaim(snapshotId *big.Int) ([]byte, error) {
	return eRC7641.abi.Pack("claim", snapshotId)
}

// PackClaimERC20 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbb75add3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claimERC20(uint256 snapshotId, address token) returns()
func (eRC7641 *ERC7641) PackClaimERC20(snapshotId *big.Int, token common.Address) []byte {
	enc, err := eRC7641.abi.Pack("claimERC20", snapshotId, token)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaimERC20 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbb75add3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claimERC20(uint256 snapshotId, address token) returns()
func (eRC7641 *ERC7641) TryPackClaimERC20(snapshotId *big.Int, token common.Address) ([]byte, error) {
	return eRC7641.abi.Pack("claimERC20", snapshotId, token)
}

// PackClaimOpen is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7cfd0bc2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claimOpen(uint256 snapshotId) view returns(bool)
func (eRC7641 *ERC7641) PackClaimOpen(snapshotId *big.Int) []byte {
	enc, err := eRC7641.abi.Pack("claimOpen", snapshotId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaimOpen is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7cfd0bc2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claimOpen(uint256 snapshotId) view returns(bool)
func (eRC7641 *ERC7641) TryPackClaimOpen(snapshotId *big.Int) ([]byte, error) {
	return eRC7641.abi.Pack("claimOpen", snapshotId)
}

// UnpackClaimOpen is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7cfd0bc2.
//
// Solidity: function claimOpen(uint256 snapshotId) view returns(bool)
func (eRC7641 *ERC7641) UnpackClaimOpen(data []byte) (bool, error) {
	out, err := eRC7641.abi.Unpack("claimOpen", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackClaimPeriod is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7dc2cd98.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claimPeriod() view returns(uint256)
func (eRC7641 *ERC7641) PackClaimPeriod() []byte {
	enc, err := eRC7641.abi.Pack("claimPeriod")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaimPeriod is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7dc2cd98.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claimPeriod() view returns(uint256)
func (eRC7641 *ERC7641) TryPackClaimPeriod() ([]byte, error) {
	return eRC7641.abi.Pack("claimPeriod")
}

// UnpackClaimPeriod is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7dc2cd98.
//
// Solidity: function claimPeriod() view returns(uint256)
func (eRC7641 *ERC7641) UnpackClaimPeriod(data []byte) (*big.Int, error) {
	out, err := eRC7641.abi.Unpack("claimPeriod", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackClaimPool is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1880bf85.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claimPool(uint256 snapshotId, address token) view returns(uint256)
func (eRC7641 *ERC7641) PackClaimPool(snapshotId *big.Int, token common.Address) []byte {
	enc, err := eRC7641.abi.Pack("claimPool", snapshotId, token)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaimPool is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1880bf85.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claimPool(uint256 snapshotId, address token) view returns(uint256)
func (eRC7641 *ERC7641) TryPackClaimPool(snapshotId *big.Int, token common.Address) ([]byte, error) {
	return eRC7641.abi.Pack("claimPool", snapshotId, token)
}

// UnpackClaimPool is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1880bf85.
//
// Solidity: function claimPool(uint256 snapshotId, address token) view returns(uint256)
func (eRC7641 *ERC7641) UnpackClaimPool(data []byte) (*big.Int, error) {
	out, err := eRC7641.abi.Unpack("claimPool", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackClaimableERC20 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x41273d45.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claimableERC20(address account, uint256 snapshotId, address token) view returns(uint256)
func (eRC7641 *ERC7641) PackClaimableERC20(account common.Address, snapshotId *big.Int, token common.Address) []byte {
	enc, err := eRC7641.abi.Pack("claimableERC20", account, snapshotId, token)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaimableERC20 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x41273d45.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claimableERC20(address account, uint256 snapshotId, address token) view returns(uint256)
func (eRC7641 *ERC7641) TryPackClaimableERC20(account common.Address, snapshotId *big.Int, token common.Address) ([]byte, error) {
	return eRC7641.abi.Pack("claimableERC20", account, snapshotId, token)
}

// UnpackClaimableERC20 is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x41273d45.
//
// Solidity: function claimableERC20(address account, uint256 snapshotId, address token) view returns(uint256)
func (eRC7641 *ERC7641) UnpackClaimableERC20(data []byte) (*big.Int, error) {
	out, err := eRC7641.abi.Unpack("claimableERC20", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackClaimableRevenue is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2be2bb11.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claimableRevenue(address account, uint256 snapshotId) view returns(uint256)
func (eRC7641 *ERC7641) PackClaimableRevenue(account common.Address, snapshotId *big.Int) []byte {
	enc, err := eRC7641.abi.Pack("claimableRevenue", account, snapshotId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaimableRevenue is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2be2bb11.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claimableRevenue(address account, uint256 snapshotId) view returns(uint256)
func (eRC7641 *ERC7641) TryPackClaimableRevenue(account common.Address, snapshotId *big.Int) ([]byte, error) {
	return eRC7641.abi.Pack("claimableRevenue", account, snapshotId)
}

// UnpackClaimableRevenue is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2be2bb11.
//
// Solidity: function claimableRevenue(address account, uint256 snapshotId) view returns(uint256)
func (eRC7641 *ERC7641) UnpackClaimableRevenue(data []byte) (*big.Int, error) {
	out, err := eRC7641.abi.Unpack("claimableRevenue", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackClaimedFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4f3bc3ac.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claimedFrom(uint256 snapshotId, address token) view returns(uint256)
func (eRC7641 *ERC7641) PackClaimedFrom(snapshotId *big.Int, token common.Address) []byte {
	enc, err := eRC7641.abi.Pack("claimedFrom", snapshotId, token)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaimedFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4f3bc3ac.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claimedFrom(uint256 snapshotId, address token) view returns(uint256)
func (eRC7641 *ERC7641) TryPackClaimedFrom(snapshotId *big.Int, token common.Address) ([]byte, error) {
	return eRC7641.abi.Pack("claimedFrom", snapshotId, token)
}

// UnpackClaimedFrom is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4f3bc3ac.
//
// Solidity: function claimedFrom(uint256 snapshotId, address token) view returns(uint256)
func (eRC7641 *ERC7641) UnpackClaimedFrom(data []byte) (*big.Int, error) {
	out, err := eRC7641.abi.Unpack("claimedFrom", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackClock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91ddadf4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function clock() view returns(uint48)
func (eRC7641 *ERC7641) PackClock() []byte {
	enc, err := eRC7641.abi.Pack("clock")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91ddadf4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function clock() view returns(uint48)
func (eRC7641 *ERC7641) TryPackClock() ([]byte, error) {
	return eRC7641.abi.Pack("clock")
}

// UnpackClock is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91ddadf4.
//
// Solidity: function clock() view returns(uint48)
func (eRC7641 *ERC7641) UnpackClock(data []byte) (*big.Int, error) {
	out, err := eRC7641.abi.Unpack("clock", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function decimals() view returns(uint8)
func (eRC7641 *ERC7641) PackDecimals() []byte {
	enc, err := eRC7641.abi.Pack("decimals")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function decimals() view returns(uint8)
func (eRC7641 *ERC7641) TryPackDecimals() ([]byte, error) {
	return eRC7641.abi.Pack("decimals")
}

// UnpackDecimals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (eRC7641 *ERC7641) UnpackDecimals(data []byte) (uint8, error) {
	out, err := eRC7641.abi.Unpack("decimals", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackEip712Domain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84b0196e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (eRC7641 *ERC7641) PackEip712Domain() []byte {
	enc, err := eRC7641.abi.Pack("eip712Domain")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEip712Domain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84b0196e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (eRC7641 *ERC7641) TryPackEip712Domain() ([]byte, error) {
	return eRC7641.abi.Pack("eip712Domain")
}

// Eip712DomainOutput serves as a container for the return parameters of contract
// method Eip712Domain.
type Eip712DomainOutput struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	Salt              [32]byte
	Extensions        []*big.Int
}

// UnpackEip712Domain is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x84b0196e.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (eRC7641 *ERC7641) UnpackEip712Domain(data []byte) (Eip712DomainOutput, error) {
	out, err := eRC7641.abi.Unpack("eip712Domain", data)
	outstruct := new(Eip712DomainOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Fields = *abi.ConvertType(out[0], new([1]byte)).(*[1]byte)
	outstruct.Name = *abi.ConvertType(out[1], new(string)).(*string)
	outstruct.Version = *abi.ConvertType(out[2], new(string)).(*string)
	outstruct.ChainId = abi.ConvertType(out[3], new(big.Int)).(*big.Int)
	outstruct.VerifyingContract = *abi.ConvertType(out[4], new(common.Address)).(*common.Address)
	outstruct.Salt = *abi.ConvertType(out[5], new([32]byte)).(*[32]byte)
	outstruct.Extensions = *abi.ConvertType(out[6], new([]*big.Int)).(*[]*big.Int)
	return *outstruct, nil
}

// PackHasClaimed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9a7f78db.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasClaimed(uint256 snapshotId, address token, address account) view returns(bool)
func (eRC7641 *ERC7641) PackHasClaimed(snapshotId *big.Int, token common.Address, account common.Address) []byte {
	enc, err := eRC7641.abi.Pack("hasClaimed", snapshotId, token, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHasClaimed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9a7f78db.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hasClaimed(uint256 snapshotId, address token, address account) view returns(bool)
func (eRC7641 *ERC7641) TryPackHasClaimed(snapshotId *big.Int, token common.Address, account common.Address) ([]byte, error) {
	return eRC7641.abi.Pack("hasClaimed", snapshotId, token, account)
}

// UnpackHasClaimed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9a7f78db.
//
// Solidity: function hasClaimed(uint256 snapshotId, address token, address account) view returns(bool)
func (eRC7641 *ERC7641) UnpackHasClaimed(data []byte) (bool, error) {
	out, err := eRC7641.abi.Unpack("hasClaimed", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackLastSnapshotAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7fa34d5c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function lastSnapshotAt() view returns(uint256)
func (eRC7641 *ERC7641) PackLastSnapshotAt() []byte {
	enc, err := eRC7641.abi.Pack("lastSnapshotAt")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLastSnapshotAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7fa34d5c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function lastSnapshotAt() view returns(uint256)
func (eRC7641 *ERC7641) TryPackLastSnapshotAt() ([]byte, error) {
	return eRC7641.abi.Pack("lastSnapshotAt")
}

// UnpackLastSnapshotAt is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7fa34d5c.
//
// Solidity: function lastSnapshotAt() view returns(uint256)
func (eRC7641 *ERC7641) UnpackLastSnapshotAt(data []byte) (*big.Int, error) {
	out, err := eRC7641.abi.Unpack("lastSnapshotAt", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (eRC7641 *ERC7641) PackName() []byte {
	enc, err := eRC7641.abi.Pack("name")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function name() view returns(string)
func (eRC7641 *ERC7641) TryPackName() ([]byte, error) {
	return eRC7641.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (eRC7641 *ERC7641) UnpackName(data []byte) (string, error) {
	out, err := eRC7641.abi.Unpack("name", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackNonces is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7ecebe00.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function nonces(address owner) view returns(uint256)
func (eRC7641 *ERC7641) PackNonces(owner common.Address) []byte {
	enc, err := eRC7641.abi.Pack("nonces", owner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNonces is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7ecebe00.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function nonces(address owner) view returns(uint256)
func (eRC7641 *ERC7641) TryPackNonces(owner common.Address) ([]byte, error) {
	return eRC7641.abi.Pack("nonces", owner)
}

// UnpackNonces is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7ecebe00.
//
// Solidity: function nonces(address owner) view returns(uint256)
func (eRC7641 *ERC7641) UnpackNonces(data []byte) (*big.Int, error) {
	out, err := eRC7641.abi.Unpack("nonces", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackPendingRevenue is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x20b6b2fc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pendingRevenue(address token) view returns(uint256)
func (eRC7641 *ERC7641) PackPendingRevenue(token common.Address) []byte {
	enc, err := eRC7641.abi.Pack("pendingRevenue", token)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPendingRevenue is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x20b6b2fc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pendingRevenue(address token) view returns(uint256)
func (eRC7641 *ERC7641) TryPackPendingRevenue(token common.Address) ([]byte, error) {
	return eRC7641.abi.Pack("pendingRevenue", token)
}

// UnpackPendingRevenue is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x20b6b2fc.
//
// Solidity: function pendingRevenue(address token) view returns(uint256)
func (eRC7641 *ERC7641) UnpackPendingRevenue(data []byte) (*big.Int, error) {
	out, err := eRC7641.abi.Unpack("pendingRevenue", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackPercentClaimable is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x32e2c0c2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function percentClaimable() view returns(uint256)
func (eRC7641 *ERC7641) PackPercentClaimable() []byte {
	enc, err := eRC7641.abi.Pack("percentClaimable")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPercentClaimable is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x32e2c0c2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function percentClaimable() view returns(uint256)
func (eRC7641 *ERC7641) TryPackPercentClaimable() ([]byte, error) {
	return eRC7641.abi.Pack("percentClaimable")
}

// UnpackPercentClaimable is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x32e2c0c2.
//
// Solidity: function percentClaimable() view returns(uint256)
func (eRC7641 *ERC7641) UnpackPercentClaimable(data []byte) (*big.Int, error) {
	out, err := eRC7641.abi.Unpack("percentClaimable", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackPermit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd505accf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function permit(address owner, address spender, uint256 value, uint256 deadline, uint8 v, bytes32 r, bytes32 s) returns()
func (eRC7641 *ERC7641) PackPermit(owner common.Address, spender common.Address, value *big.Int, deadline *big.Int, v uint8, r [32]byte, s [32]byte) []byte {
	enc, err := eRC7641.abi.Pack("permit", owner, spender, value, deadline, v, r, s)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPermit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd505accf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function permit(address owner, address spender, uint256 value, uint256 deadline, uint8 v, bytes32 r, bytes32 s) returns()
func (eRC7641 *ERC7641) TryPackPermit(owner common.Address, spender common.Address, value *big.Int, deadline *big.Int, v uint8, r [32]byte, s [32]byte) ([]byte, error) {
	return eRC7641.abi.Pack("permit", owner, spender, value, deadline, v, r, s)
}

// PackPools is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa4063dbc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pools(address token) view returns(uint256 openClaims, uint256 redemption, uint256 pending)
func (eRC7641 *ERC7641) PackPools(token common.Address) []byte {
	enc, err := eRC7641.abi.Pack("pools", token)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPools is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa4063dbc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pools(address token) view returns(uint256 openClaims, uint256 redemption, uint256 pending)
func (eRC7641 *ERC7641) TryPackPools(token common.Address) ([]byte, error) {
	return eRC7641.abi.Pack("pools", token)
}

// PoolsOutput serves as a container for the return parameters of contract
// method Pools.
type PoolsOutput struct {
	OpenClaims *big.Int
	Redemption *big.Int
	Pending    *big.Int
}

// UnpackPools is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa4063dbc.
//
// Solidity: function pools(address token) view returns(uint256 openClaims, uint256 redemption, uint256 pending)
func (eRC7641 *ERC7641) UnpackPools(data []byte) (PoolsOutput, error) {
	out, err := eRC7641.abi.Unpack("pools", data)
	outstruct := new(PoolsOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.OpenClaims = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Redemption = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.Pending = abi.ConvertType(out[2], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackRedeemableERC20OnBurn is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1c3fc4c3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function redeemableERC20OnBurn(uint256 amount, address token) view returns(uint256)
func (eRC7641 *ERC7641) PackRedeemableERC20OnBurn(amount *big.Int, token common.Address) []byte {
	enc, err := eRC7641.abi.Pack("redeemableERC20OnBurn", amount, token)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRedeemableERC20OnBurn is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1c3fc4c3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function redeemableERC20OnBurn(uint256 amount, address token) view returns(uint256)
func (eRC7641 *ERC7641) TryPackRedeemableERC20OnBurn(amount *big.Int, token common.Address) ([]byte, error) {
	return eRC7641.abi.Pack("redeemableERC20OnBurn", amount, token)
}

// UnpackRedeemableERC20OnBurn is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1c3fc4c3.
//
// Solidity: function redeemableERC20OnBurn(uint256 amount, address token) view returns(uint256)
func (eRC7641 *ERC7641) UnpackRedeemableERC20OnBurn(data []byte) (*big.Int, error) {
	out, err := eRC7641.abi.Unpack("redeemableERC20OnBurn", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRedeemableOnBurn is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x24888f98.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function redeemableOnBurn(uint256 amount) view returns(uint256)
func (eRC7641 *ERC7641) PackRedeemableOnBurn(amount *big.Int) []byte {
	enc, err := eRC7641.abi.Pack("redeemableOnBurn", amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRedeemableOnBurn is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x24888f98.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function redeemableOnBurn(uint256 amount) view returns(uint256)
func (eRC7641 *ERC7641) TryPackRedeemableOnBurn(amount *big.Int) ([]byte, error) {
	return eRC7641.abi.Pack("redeemableOnBurn", amount)
}

// UnpackRedeemableOnBurn is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x24888f98.
//
// Solidity: function redeemableOnBurn(uint256 amount) view returns(uint256)
func (eRC7641 *ERC7641) UnpackRedeemableOnBurn(data []byte) (*big.Int, error) {
	out, err := eRC7641.abi.Unpack("redeemableOnBurn", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRedemptionPool is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc82a9a59.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function redemptionPool(address token) view returns(uint256)
func (eRC7641 *ERC7641) PackRedemptionPool(token common.Address) []byte {
	enc, err := eRC7641.abi.Pack("redemptionPool", token)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRedemptionPool is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc82a9a59.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function redemptionPool(address token) view returns(uint256)
func (eRC7641 *ERC7641) TryPackRedemptionPool(token common.Address) ([]byte, error) {
	return eRC7641.abi.Pack("redemptionPool", token)
}

// UnpackRedemptionPool is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc82a9a59.
//
// Solidity: function redemptionPool(address token) view returns(uint256)
func (eRC7641 *ERC7641) UnpackRedemptionPool(data []byte) (*big.Int, error) {
	out, err := eRC7641.abi.Unpack("redemptionPool", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRevenueSource is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0854cc9b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revenueSource() view returns(address)
func (eRC7641 *ERC7641) PackRevenueSource() []byte {
	enc, err := eRC7641.abi.Pack("revenueSource")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRevenueSource is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0854cc9b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function revenueSource() view returns(address)
func (eRC7641 *ERC7641) TryPackRevenueSource() ([]byte, error) {
	return eRC7641.abi.Pack("revenueSource")
}

// UnpackRevenueSource is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0854cc9b.
//
// Solidity: function revenueSource() view returns(address)
func (eRC7641 *ERC7641) UnpackRevenueSource(data []byte) (common.Address, error) {
	out, err := eRC7641.abi.Unpack("revenueSource", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackRevenueTokens is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdffed1e8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revenueTokens() view returns(address[])
func (eRC7641 *ERC7641) PackRevenueTokens() []byte {
	enc, err := eRC7641.abi.Pack("revenueTokens")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRevenueTokens is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdffed1e8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function revenueTokens() view returns(address[])
func (eRC7641 *ERC7641) TryPackRevenueTokens() ([]byte, error) {
	return eRC7641.abi.Pack("revenueTokens")
}

// UnpackRevenueTokens is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdffed1e8.
//
// Solidity: function revenueTokens() view returns(address[])
func (eRC7641 *ERC7641) UnpackRevenueTokens(data []byte) ([]common.Address, error) {
	out, err := eRC7641.abi.Unpack("revenueTokens", data)
	if err != nil {
		return *new([]common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new([]common.Address)).(*[]common.Address)
	return out0, nil
}

// PackSnapshot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9711715a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function snapshot() returns(uint256 id)
func (eRC7641 *ERC7641) PackSnapshot() []byte {
	enc, err := eRC7641.abi.Pack("snapshot")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSnapshot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9711715a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function snapshot() returns(uint256 id)
func (eRC7641 *ERC7641) TryPackSnapshot() ([]byte, error) {
	return eRC7641.abi.Pack("snapshot")
}

// UnpackSnapshot is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9711715a.
//
// Solidity: function snapshot() returns(uint256 id)
func (eRC7641 *ERC7641) UnpackSnapshot(data []byte) (*big.Int, error) {
	out, err := eRC7641.abi.Unpack("snapshot", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSnapshotAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x05ecc085.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function snapshotAt(uint256 snapshotId) view returns(uint48 timepoint, uint64 time)
func (eRC7641 *ERC7641) PackSnapshotAt(snapshotId *big.Int) []byte {
	enc, err := eRC7641.abi.Pack("snapshotAt", snapshotId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSnapshotAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x05ecc085.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function snapshotAt(uint256 snapshotId) view returns(uint48 timepoint, uint64 time)
func (eRC7641 *ERC7641) TryPackSnapshotAt(snapshotId *big.Int) ([]byte, error) {
	return eRC7641.abi.Pack("snapshotAt", snapshotId)
}

// SnapshotAtOutput serves as a container for the return parameters of contract
// method SnapshotAt.
type SnapshotAtOutput struct {
	Timepoint *big.Int
	Time      uint64
}

// UnpackSnapshotAt is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x05ecc085.
//
// Solidity: function snapshotAt(uint256 snapshotId) view returns(uint48 timepoint, uint64 time)
func (eRC7641 *ERC7641) UnpackSnapshotAt(data []byte) (SnapshotAtOutput, error) {
	out, err := eRC7641.abi.Unpack("snapshotAt", data)
	outstruct := new(SnapshotAtOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Timepoint = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Time = *abi.ConvertType(out[1], new(uint64)).(*uint64)
	return *outstruct, nil
}

// PackSnapshotCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x098ab6a1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function snapshotCount() view returns(uint256)
func (eRC7641 *ERC7641) PackSnapshotCount() []byte {
	enc, err := eRC7641.abi.Pack("snapshotCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSnapshotCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x098ab6a1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function snapshotCount() view returns(uint256)
func (eRC7641 *ERC7641) TryPackSnapshotCount() ([]byte, error) {
	return eRC7641.abi.Pack("snapshotCount")
}

// UnpackSnapshotCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x098ab6a1.
//
// Solidity: function snapshotCount() view returns(uint256)
func (eRC7641 *ERC7641) UnpackSnapshotCount(data []byte) (*big.Int, error) {
	out, err := eRC7641.abi.Unpack("snapshotCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSnapshotInterval is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x07d0413c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function snapshotInterval() view returns(uint256)
func (eRC7641 *ERC7641) PackSnapshotInterval() []byte {
	enc, err := eRC7641.abi.Pack("snapshotInterval")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSnapshotInterval is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x07d0413c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function snapshotInterval() view returns(uint256)
func (eRC7641 *ERC7641) TryPackSnapshotInterval() ([]byte, error) {
	return eRC7641.abi.Pack("snapshotInterval")
}

// UnpackSnapshotInterval is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x07d0413c.
//
// Solidity: function snapshotInterval() view returns(uint256)
func (eRC7641 *ERC7641) UnpackSnapshotInterval(data []byte) (*big.Int, error) {
	out, err := eRC7641.abi.Unpack("snapshotInterval", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) pure returns(bool)
func (eRC7641 *ERC7641) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := eRC7641.abi.Pack("supportsInterface", interfaceId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function supportsInterface(bytes4 interfaceId) pure returns(bool)
func (eRC7641 *ERC7641) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return eRC7641.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) pure returns(bool)
func (eRC7641 *ERC7641) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := eRC7641.abi.Unpack("supportsInterface", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function symbol() view returns(string)
func (eRC7641 *ERC7641) PackSymbol() []byte {
	enc, err := eRC7641.abi.Pack("symbol")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function symbol() view returns(string)
func (eRC7641 *ERC7641) TryPackSymbol() ([]byte, error) {
	return eRC7641.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (eRC7641 *ERC7641) UnpackSymbol(data []byte) (string, error) {
	out, err := eRC7641.abi.Unpack("symbol", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTotalClaimed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xef5d9ae8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalClaimed(address token) view returns(uint256)
func (eRC7641 *ERC7641) PackTotalClaimed(token common.Address) []byte {
	enc, err := eRC7641.abi.Pack("totalClaimed", token)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalClaimed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xef5d9ae8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalClaimed(address token) view returns(uint256)
func (eRC7641 *ERC7641) TryPackTotalClaimed(token common.Address) ([]byte, error) {
	return eRC7641.abi.Pack("totalClaimed", token)
}

// UnpackTotalClaimed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xef5d9ae8.
//
// Solidity: function totalClaimed(address token) view returns(uint256)
func (eRC7641 *ERC7641) UnpackTotalClaimed(data []byte) (*big.Int, error) {
	out, err := eRC7641.abi.Unpack("totalClaimed", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTotalRedeemed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x76327a91.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalRedeemed(address token) view returns(uint256)
func (eRC7641 *ERC7641) PackTotalRedeemed(token common.Address) []byte {
	enc, err := eRC7641.abi.Pack("totalRedeemed", token)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalRedeemed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x76327a91.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalRedeemed(address token) view returns(uint256)
func (eRC7641 *ERC7641) TryPackTotalRedeemed(token common.Address) ([]byte, error) {
	return eRC7641.abi.Pack("totalRedeemed", token)
}

// UnpackTotalRedeemed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x76327a91.
//
// Solidity: function totalRedeemed(address token) view returns(uint256)
func (eRC7641 *ERC7641) UnpackTotalRedeemed(data []byte) (*big.Int, error) {
	out, err := eRC7641.abi.Unpack("totalRedeemed", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTotalRolledForward is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x641327f8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalRolledForward(address token) view returns(uint256)
func (eRC7641 *ERC7641) PackTotalRolledForward(token common.Address) []byte {
	enc, err := eRC7641.abi.Pack("totalRolledForward", token)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalRolledForward is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x641327f8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalRolledForward(address token) view returns(uint256)
func (eRC7641 *ERC7641) TryPackTotalRolledForward(token common.Address) ([]byte, error) {
	return eRC7641.abi.Pack("totalRolledForward", token)
}

// UnpackTotalRolledForward is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x641327f8.
//
// Solidity: function totalRolledForward(address token) view returns(uint256)
func (eRC7641 *ERC7641) UnpackTotalRolledForward(data []byte) (*big.Int, error) {
	out, err := eRC7641.abi.Unpack("totalRolledForward", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalSupply() view returns(uint256)
func (eRC7641 *ERC7641) PackTotalSupply() []byte {
	enc, err := eRC7641.abi.Pack("totalSupply")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalSupply() view returns(uint256)
func (eRC7641 *ERC7641) TryPackTotalSupply() ([]byte, error) {
	return eRC7641.abi.Pack("totalSupply")
}

// UnpackTotalSupply is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (eRC7641 *ERC7641) UnpackTotalSupply(data []byte) (*big.Int, error) {
	out, err := eRC7641.abi.Unpack("totalSupply", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTotalSupplyAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x981b24d0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalSupplyAt(uint256 snapshotId) view returns(uint256)
func (eRC7641 *ERC7641) PackTotalSupplyAt(snapshotId *big.Int) []byte {
	enc, err := eRC7641.abi.Pack("totalSupplyAt", snapshotId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalSupplyAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x981b24d0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalSupplyAt(uint256 snapshotId) view returns(uint256)
func (eRC7641 *ERC7641) TryPackTotalSupplyAt(snapshotId *big.Int) ([]byte, error) {
	return eRC7641.abi.Pack("totalSupplyAt", snapshotId)
}

// UnpackTotalSupplyAt is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x981b24d0.
//
// Solidity: function totalSupplyAt(uint256 snapshotId) view returns(uint256)
func (eRC7641 *ERC7641) UnpackTotalSupplyAt(data []byte) (*big.Int, error) {
	out, err := eRC7641.abi.Unpack("totalSupplyAt", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (eRC7641 *ERC7641) PackTransfer(to common.Address, value *big.Int) []byte {
	enc, err := eRC7641.abi.Pack("transfer", to, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (eRC7641 *ERC7641) TryPackTransfer(to common.Address, value *big.Int) ([]byte, error) {
	return eRC7641.abi.Pack("transfer", to, value)
}

// UnpackTransfer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (eRC7641 *ERC7641) UnpackTransfer(data []byte) (bool, error) {
	out, err := eRC7641.abi.Unpack("transfer", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (eRC7641 *ERC7641) PackTransferFrom(from common.Address, to common.Address, value *big.Int) []byte {
	enc, err := eRC7641.abi.Pack("transferFrom", from, to, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (eRC7641 *ERC7641) TryPackTransferFrom(from common.Address, to common.Address, value *big.Int) ([]byte, error) {
	return eRC7641.abi.Pack("transferFrom", from, to, value)
}

// UnpackTransferFrom is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (eRC7641 *ERC7641) UnpackTransferFrom(data []byte) (bool, error) {
	out, err := eRC7641.abi.Unpack("transferFrom", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// ERC7641Approval represents a Approval event raised by the ERC7641 contract.
type ERC7641Approval struct {
	Owner   common.Address
	Spender common.Address
	Value   *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const ERC7641ApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (ERC7641Approval) ContractEventName() string {
	return ERC7641ApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (eRC7641 *ERC7641) UnpackApprovalEvent(log *types.Log) (*ERC7641Approval, error) {
	event := "Approval"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != eRC7641.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ERC7641Approval)
	if len(log.Data) > 0 {
		if err := eRC7641.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range eRC7641.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ERC7641EIP712DomainChanged represents a EIP712DomainChanged event raised by the ERC7641 contract.
type ERC7641EIP712DomainChanged struct {
	Raw *types.Log // Blockchain specific contextual infos
}

const ERC7641EIP712DomainChangedEventName = "EIP712DomainChanged"

// ContractEventName returns the user-defined event name.
func (ERC7641EIP712DomainChanged) ContractEventName() string {
	return ERC7641EIP712DomainChangedEventName
}

// UnpackEIP712DomainChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EIP712DomainChanged()
func (eRC7641 *ERC7641) UnpackEIP712DomainChangedEvent(log *types.Log) (*ERC7641EIP712DomainChanged, error) {
	event := "EIP712DomainChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != eRC7641.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ERC7641EIP712DomainChanged)
	if len(log.Data) > 0 {
		if err := eRC7641.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range eRC7641.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ERC7641Redeemed represents a Redeemed event raised by the ERC7641 contract.
type ERC7641Redeemed struct {
	Account common.Address
	Burned  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const ERC7641RedeemedEventName = "Redeemed"

// ContractEventName returns the user-defined event name.
func (ERC7641Redeemed) ContractEventName() string {
	return ERC7641RedeemedEventName
}

// UnpackRedeemedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Redeemed(address indexed account, uint256 burned)
func (eRC7641 *ERC7641) UnpackRedeemedEvent(log *types.Log) (*ERC7641Redeemed, error) {
	event := "Redeemed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != eRC7641.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ERC7641Redeemed)
	if len(log.Data) > 0 {
		if err := eRC7641.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range eRC7641.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ERC7641RevenueClaimed represents a RevenueClaimed event raised by the ERC7641 contract.
type ERC7641RevenueClaimed struct {
	SnapshotId *big.Int
	Account    common.Address
	Token      common.Address
	Amount     *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const ERC7641RevenueClaimedEventName = "RevenueClaimed"

// ContractEventName returns the user-defined event name.
func (ERC7641RevenueClaimed) ContractEventName() string {
	return ERC7641RevenueClaimedEventName
}

// UnpackRevenueClaimedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RevenueClaimed(uint256 indexed snapshotId, address indexed account, address indexed token, uint256 amount)
func (eRC7641 *ERC7641) UnpackRevenueClaimedEvent(log *types.Log) (*ERC7641RevenueClaimed, error) {
	event := "RevenueClaimed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != eRC7641.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ERC7641RevenueClaimed)
	if len(log.Data) > 0 {
		if err := eRC7641.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range eRC7641.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ERC7641RevenueRedeemed represents a RevenueRedeemed event raised by the ERC7641 contract.
type ERC7641RevenueRedeemed struct {
	Account common.Address
	Token   common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const ERC7641RevenueRedeemedEventName = "RevenueRedeemed"

// ContractEventName returns the user-defined event name.
func (ERC7641RevenueRedeemed) ContractEventName() string {
	return ERC7641RevenueRedeemedEventName
}

// UnpackRevenueRedeemedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RevenueRedeemed(address indexed account, address indexed token, uint256 amount)
func (eRC7641 *ERC7641) UnpackRevenueRedeemedEvent(log *types.Log) (*ERC7641RevenueRedeemed, error) {
	event := "RevenueRedeemed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != eRC7641.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ERC7641RevenueRedeemed)
	if len(log.Data) > 0 {
		if err := eRC7641.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range eRC7641.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ERC7641RevenueSplit represents a RevenueSplit event raised by the ERC7641 contract.
type ERC7641RevenueSplit struct {
	SnapshotId *big.Int
	Token      common.Address
	Claimable  *big.Int
	Redeemable *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const ERC7641RevenueSplitEventName = "RevenueSplit"

// ContractEventName returns the user-defined event name.
func (ERC7641RevenueSplit) ContractEventName() string {
	return ERC7641RevenueSplitEventName
}

// UnpackRevenueSplitEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RevenueSplit(uint256 indexed snapshotId, address indexed token, uint256 claimable, uint256 redeemable)
func (eRC7641 *ERC7641) UnpackRevenueSplitEvent(log *types.Log) (*ERC7641RevenueSplit, error) {
	event := "RevenueSplit"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != eRC7641.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ERC7641RevenueSplit)
	if len(log.Data) > 0 {
		if err := eRC7641.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range eRC7641.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ERC7641RolledForward represents a RolledForward event raised by the ERC7641 contract.
type ERC7641RolledForward struct {
	SnapshotId *big.Int
	Token      common.Address
	Amount     *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const ERC7641RolledForwardEventName = "RolledForward"

// ContractEventName returns the user-defined event name.
func (ERC7641RolledForward) ContractEventName() string {
	return ERC7641RolledForwardEventName
}

// UnpackRolledForwardEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RolledForward(uint256 indexed snapshotId, address indexed token, uint256 amount)
func (eRC7641 *ERC7641) UnpackRolledForwardEvent(log *types.Log) (*ERC7641RolledForward, error) {
	event := "RolledForward"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != eRC7641.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ERC7641RolledForward)
	if len(log.Data) > 0 {
		if err := eRC7641.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range eRC7641.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ERC7641Snapshot represents a Snapshot event raised by the ERC7641 contract.
type ERC7641Snapshot struct {
	SnapshotId *big.Int
	Timepoint  *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const ERC7641SnapshotEventName = "Snapshot"

// ContractEventName returns the user-defined event name.
func (ERC7641Snapshot) ContractEventName() string {
	return ERC7641SnapshotEventName
}

// UnpackSnapshotEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Snapshot(uint256 indexed snapshotId, uint48 timepoint)
func (eRC7641 *ERC7641) UnpackSnapshotEvent(log *types.Log) (*ERC7641Snapshot, error) {
	event := "Snapshot"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != eRC7641.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ERC7641Snapshot)
	if len(log.Data) > 0 {
		if err := eRC7641.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range eRC7641.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ERC7641Transfer represents a Transfer event raised by the ERC7641 contract.
type ERC7641Transfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const ERC7641TransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (ERC7641Transfer) ContractEventName() string {
	return ERC7641TransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (eRC7641 *ERC7641) UnpackTransferEvent(log *types.Log) (*ERC7641Transfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != eRC7641.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ERC7641Transfer)
	if len(log.Data) > 0 {
		if err := eRC7641.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range eRC7641.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (eRC7641 *ERC7641) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], eRC7641.abi.Errors["CheckpointUnorderedInsertion"].ID.Bytes()[:4]) {
		return eRC7641.UnpackCheckpointUnorderedInsertionError(raw[4:])
	}
	if bytes.Equal(raw[:4], eRC7641.abi.Errors["ClaimClosed"].ID.Bytes()[:4]) {
		return eRC7641.UnpackClaimClosedError(raw[4:])
	}
	if bytes.Equal(raw[:4], eRC7641.abi.Errors["ECDSAInvalidSignature"].ID.Bytes()[:4]) {
		return eRC7641.UnpackECDSAInvalidSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], eRC7641.abi.Errors["ECDSAInvalidSignatureLength"].ID.Bytes()[:4]) {
		return eRC7641.UnpackECDSAInvalidSignatureLengthError(raw[4:])
	}
	if bytes.Equal(raw[:4], eRC7641.abi.Errors["ECDSAInvalidSignatureS"].ID.Bytes()[:4]) {
		return eRC7641.UnpackECDSAInvalidSignatureSError(raw[4:])
	}
	if bytes.Equal(raw[:4], eRC7641.abi.Errors["ERC20InsufficientAllowance"].ID.Bytes()[:4]) {
		return eRC7641.UnpackERC20InsufficientAllowanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], eRC7641.abi.Errors["ERC20InsufficientBalance"].ID.Bytes()[:4]) {
		return eRC7641.UnpackERC20InsufficientBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], eRC7641.abi.Errors["ERC20InvalidApprover"].ID.Bytes()[:4]) {
		return eRC7641.UnpackERC20InvalidApproverError(raw[4:])
	}
	if bytes.Equal(raw[:4], eRC7641.abi.Errors["ERC20InvalidReceiver"].ID.Bytes()[:4]) {
		return eRC7641.UnpackERC20InvalidReceiverError(raw[4:])
	}
	if bytes.Equal(raw[:4], eRC7641.abi.Errors["ERC20InvalidSender"].ID.Bytes()[:4]) {
		return eRC7641.UnpackERC20InvalidSenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], eRC7641.abi.Errors["ERC20InvalidSpender"].ID.Bytes()[:4]) {
		return eRC7641.UnpackERC20InvalidSpenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], eRC7641.abi.Errors["ERC2612ExpiredSignature"].ID.Bytes()[:4]) {
		return eRC7641.UnpackERC2612ExpiredSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], eRC7641.abi.Errors["ERC2612InvalidSigner"].ID.Bytes()[:4]) {
		return eRC7641.UnpackERC2612InvalidSignerError(raw[4:])
	}
	if bytes.Equal(raw[:4], eRC7641.abi.Errors["FailedCall"].ID.Bytes()[:4]) {
		return eRC7641.UnpackFailedCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], eRC7641.abi.Errors["InsufficientBalance"].ID.Bytes()[:4]) {
		return eRC7641.UnpackInsufficientBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], eRC7641.abi.Errors["InvalidAccountNonce"].ID.Bytes()[:4]) {
		return eRC7641.UnpackInvalidAccountNonceError(raw[4:])
	}
	if bytes.Equal(raw[:4], eRC7641.abi.Errors["InvalidParameters"].ID.Bytes()[:4]) {
		return eRC7641.UnpackInvalidParametersError(raw[4:])
	}
	if bytes.Equal(raw[:4], eRC7641.abi.Errors["InvalidShortString"].ID.Bytes()[:4]) {
		return eRC7641.UnpackInvalidShortStringError(raw[4:])
	}
	if bytes.Equal(raw[:4], eRC7641.abi.Errors["LengthMismatch"].ID.Bytes()[:4]) {
		return eRC7641.UnpackLengthMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], eRC7641.abi.Errors["NotARevenueToken"].ID.Bytes()[:4]) {
		return eRC7641.UnpackNotARevenueTokenError(raw[4:])
	}
	if bytes.Equal(raw[:4], eRC7641.abi.Errors["NothingToClaim"].ID.Bytes()[:4]) {
		return eRC7641.UnpackNothingToClaimError(raw[4:])
	}
	if bytes.Equal(raw[:4], eRC7641.abi.Errors["ReentrancyGuardReentrantCall"].ID.Bytes()[:4]) {
		return eRC7641.UnpackReentrancyGuardReentrantCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], eRC7641.abi.Errors["SafeERC20FailedOperation"].ID.Bytes()[:4]) {
		return eRC7641.UnpackSafeERC20FailedOperationError(raw[4:])
	}
	if bytes.Equal(raw[:4], eRC7641.abi.Errors["SnapshotTooSoon"].ID.Bytes()[:4]) {
		return eRC7641.UnpackSnapshotTooSoonError(raw[4:])
	}
	if bytes.Equal(raw[:4], eRC7641.abi.Errors["StringTooLong"].ID.Bytes()[:4]) {
		return eRC7641.UnpackStringTooLongError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// ERC7641CheckpointUnorderedInsertion represents a CheckpointUnorderedInsertion error raised by the ERC7641 contract.
type ERC7641CheckpointUnorderedInsertion struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CheckpointUnorderedInsertion()
func ERC7641CheckpointUnorderedInsertionErrorID() common.Hash {
	return common.HexToHash("0x2520601d9d60b717c34a36ad270857824c5a1ebbfd08ff39aba6930089495cfa")
}

// UnpackCheckpointUnorderedInsertionError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CheckpointUnorderedInsertion()
func (eRC7641 *ERC7641) UnpackCheckpointUnorderedInsertionError(raw []byte) (*ERC7641CheckpointUnorderedInsertion, error) {
	out := new(ERC7641CheckpointUnorderedInsertion)
	if err := eRC7641.abi.UnpackIntoInterface(out, "CheckpointUnorderedInsertion", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ERC7641ClaimClosed represents a ClaimClosed error raised by the ERC7641 contract.
type ERC7641ClaimClosed struct {
	SnapshotId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ClaimClosed(uint256 snapshotId)
func ERC7641ClaimClosedErrorID() common.Hash {
	return common.HexToHash("0x0c2851f68b6e90b78ef342581a4167ff073920d7fc9e5fbfd75f300dfe7cddd9")
}

// UnpackClaimClosedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ClaimClosed(uint256 snapshotId)
func (eRC7641 *ERC7641) UnpackClaimClosedError(raw []byte) (*ERC7641ClaimClosed, error) {
	out := new(ERC7641ClaimClosed)
	if err := eRC7641.abi.UnpackIntoInterface(out, "ClaimClosed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ERC7641ECDSAInvalidSignature represents a ECDSAInvalidSignature error raised by the ERC7641 contract.
type ERC7641ECDSAInvalidSignature struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ECDSAInvalidSignature()
func ERC7641ECDSAInvalidSignatureErrorID() common.Hash {
	return common.HexToHash("0xf645eedf0193584640b6b90cb9477e4c95b98636c148a891d4c0a146dc46e75a")
}

// UnpackECDSAInvalidSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ECDSAInvalidSignature()
func (eRC7641 *ERC7641) UnpackECDSAInvalidSignatureError(raw []byte) (*ERC7641ECDSAInvalidSignature, error) {
	out := new(ERC7641ECDSAInvalidSignature)
	if err := eRC7641.abi.UnpackIntoInterface(out, "ECDSAInvalidSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ERC7641ECDSAInvalidSignatureLength represents a ECDSAInvalidSignatureLength error raised by the ERC7641 contract.
type ERC7641ECDSAInvalidSignatureLength struct {
	Length *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ECDSAInvalidSignatureLength(uint256 length)
func ERC7641ECDSAInvalidSignatureLengthErrorID() common.Hash {
	return common.HexToHash("0xfce698f7e8e5342cd615f641317bc45fe7e1e4a8b0a14dd1383ff8dc9c41917f")
}

// UnpackECDSAInvalidSignatureLengthError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ECDSAInvalidSignatureLength(uint256 length)
func (eRC7641 *ERC7641) UnpackECDSAInvalidSignatureLengthError(raw []byte) (*ERC7641ECDSAInvalidSignatureLength, error) {
	out := new(ERC7641ECDSAInvalidSignatureLength)
	if err := eRC7641.abi.UnpackIntoInterface(out, "ECDSAInvalidSignatureLength", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ERC7641ECDSAInvalidSignatureS represents a ECDSAInvalidSignatureS error raised by the ERC7641 contract.
type ERC7641ECDSAInvalidSignatureS struct {
	S [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ECDSAInvalidSignatureS(bytes32 s)
func ERC7641ECDSAInvalidSignatureSErrorID() common.Hash {
	return common.HexToHash("0xd78bce0cccb935155ed6428d1c13e50b7f3550fd2b66b9fe266006fea4a5e1eb")
}

// UnpackECDSAInvalidSignatureSError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ECDSAInvalidSignatureS(bytes32 s)
func (eRC7641 *ERC7641) UnpackECDSAInvalidSignatureSError(raw []byte) (*ERC7641ECDSAInvalidSignatureS, error) {
	out := new(ERC7641ECDSAInvalidSignatureS)
	if err := eRC7641.abi.UnpackIntoInterface(out, "ECDSAInvalidSignatureS", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ERC7641ERC20InsufficientAllowance represents a ERC20InsufficientAllowance error raised by the ERC7641 contract.
type ERC7641ERC20InsufficientAllowance struct {
	Spender   common.Address
	Allowance *big.Int
	Needed    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func ERC7641ERC20InsufficientAllowanceErrorID() common.Hash {
	return common.HexToHash("0xfb8f41b23e99d2101d86da76cdfa87dd51c82ed07d3cb62cbc473e469dbc75c3")
}

// UnpackERC20InsufficientAllowanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func (eRC7641 *ERC7641) UnpackERC20InsufficientAllowanceError(raw []byte) (*ERC7641ERC20InsufficientAllowance, error) {
	out := new(ERC7641ERC20InsufficientAllowance)
	if err := eRC7641.abi.UnpackIntoInterface(out, "ERC20InsufficientAllowance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ERC7641ERC20InsufficientBalance represents a ERC20InsufficientBalance error raised by the ERC7641 contract.
type ERC7641ERC20InsufficientBalance struct {
	Sender  common.Address
	Balance *big.Int
	Needed  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func ERC7641ERC20InsufficientBalanceErrorID() common.Hash {
	return common.HexToHash("0xe450d38cd8d9f7d95077d567d60ed49c7254716e6ad08fc9872816c97e0ffec6")
}

// UnpackERC20InsufficientBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func (eRC7641 *ERC7641) UnpackERC20InsufficientBalanceError(raw []byte) (*ERC7641ERC20InsufficientBalance, error) {
	out := new(ERC7641ERC20InsufficientBalance)
	if err := eRC7641.abi.UnpackIntoInterface(out, "ERC20InsufficientBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ERC7641ERC20InvalidApprover represents a ERC20InvalidApprover error raised by the ERC7641 contract.
type ERC7641ERC20InvalidApprover struct {
	Approver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidApprover(address approver)
func ERC7641ERC20InvalidApproverErrorID() common.Hash {
	return common.HexToHash("0xe602df05cc75712490294c6c104ab7c17f4030363910a7a2626411c6d3118847")
}

// UnpackERC20InvalidApproverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidApprover(address approver)
func (eRC7641 *ERC7641) UnpackERC20InvalidApproverError(raw []byte) (*ERC7641ERC20InvalidApprover, error) {
	out := new(ERC7641ERC20InvalidApprover)
	if err := eRC7641.abi.UnpackIntoInterface(out, "ERC20InvalidApprover", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ERC7641ERC20InvalidReceiver represents a ERC20InvalidReceiver error raised by the ERC7641 contract.
type ERC7641ERC20InvalidReceiver struct {
	Receiver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func ERC7641ERC20InvalidReceiverErrorID() common.Hash {
	return common.HexToHash("0xec442f055133b72f3b2f9f0bb351c406b178527de2040a7d1feb4e058771f613")
}

// UnpackERC20InvalidReceiverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func (eRC7641 *ERC7641) UnpackERC20InvalidReceiverError(raw []byte) (*ERC7641ERC20InvalidReceiver, error) {
	out := new(ERC7641ERC20InvalidReceiver)
	if err := eRC7641.abi.UnpackIntoInterface(out, "ERC20InvalidReceiver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ERC7641ERC20InvalidSender represents a ERC20InvalidSender error raised by the ERC7641 contract.
type ERC7641ERC20InvalidSender struct {
	Sender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSender(address sender)
func ERC7641ERC20InvalidSenderErrorID() common.Hash {
	return common.HexToHash("0x96c6fd1edd0cd6ef7ff0ecc0facdf53148dc0048b57fe58af65755250a7a96bd")
}

// UnpackERC20InvalidSenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSender(address sender)
func (eRC7641 *ERC7641) UnpackERC20InvalidSenderError(raw []byte) (*ERC7641ERC20InvalidSender, error) {
	out := new(ERC7641ERC20InvalidSender)
	if err := eRC7641.abi.UnpackIntoInterface(out, "ERC20InvalidSender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ERC7641ERC20InvalidSpender represents a ERC20InvalidSpender error raised by the ERC7641 contract.
type ERC7641ERC20InvalidSpender struct {
	Spender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSpender(address spender)
func ERC7641ERC20InvalidSpenderErrorID() common.Hash {
	return common.HexToHash("0x94280d62c347d8d9f4d59a76ea321452406db88df38e0c9da304f58b57b373a2")
}

// UnpackERC20InvalidSpenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSpender(address spender)
func (eRC7641 *ERC7641) UnpackERC20InvalidSpenderError(raw []byte) (*ERC7641ERC20InvalidSpender, error) {
	out := new(ERC7641ERC20InvalidSpender)
	if err := eRC7641.abi.UnpackIntoInterface(out, "ERC20InvalidSpender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ERC7641ERC2612ExpiredSignature represents a ERC2612ExpiredSignature error raised by the ERC7641 contract.
type ERC7641ERC2612ExpiredSignature struct {
	Deadline *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC2612ExpiredSignature(uint256 deadline)
func ERC7641ERC2612ExpiredSignatureErrorID() common.Hash {
	return common.HexToHash("0x627913023c184eaad13735d5a3d2657ae76ec9a872a70e0fc57522ef1a114d58")
}

// UnpackERC2612ExpiredSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC2612ExpiredSignature(uint256 deadline)
func (eRC7641 *ERC7641) UnpackERC2612ExpiredSignatureError(raw []byte) (*ERC7641ERC2612ExpiredSignature, error) {
	out := new(ERC7641ERC2612ExpiredSignature)
	if err := eRC7641.abi.UnpackIntoInterface(out, "ERC2612ExpiredSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ERC7641ERC2612InvalidSigner represents a ERC2612InvalidSigner error raised by the ERC7641 contract.
type ERC7641ERC2612InvalidSigner struct {
	Signer common.Address
	Owner  common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC2612InvalidSigner(address signer, address owner)
func ERC7641ERC2612InvalidSignerErrorID() common.Hash {
	return common.HexToHash("0x4b800e463b323b1d856edf9dec70329a639d13874a57f5c28219ff57128756db")
}

// UnpackERC2612InvalidSignerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC2612InvalidSigner(address signer, address owner)
func (eRC7641 *ERC7641) UnpackERC2612InvalidSignerError(raw []byte) (*ERC7641ERC2612InvalidSigner, error) {
	out := new(ERC7641ERC2612InvalidSigner)
	if err := eRC7641.abi.UnpackIntoInterface(out, "ERC2612InvalidSigner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ERC7641FailedCall represents a FailedCall error raised by the ERC7641 contract.
type ERC7641FailedCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FailedCall()
func ERC7641FailedCallErrorID() common.Hash {
	return common.HexToHash("0xd6bda27508c0fb6d8a39b4b122878dab26f731a7d4e4abe711dd3731899052a4")
}

// UnpackFailedCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FailedCall()
func (eRC7641 *ERC7641) UnpackFailedCallError(raw []byte) (*ERC7641FailedCall, error) {
	out := new(ERC7641FailedCall)
	if err := eRC7641.abi.UnpackIntoInterface(out, "FailedCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ERC7641InsufficientBalance represents a InsufficientBalance error raised by the ERC7641 contract.
type ERC7641InsufficientBalance struct {
	Balance *big.Int
	Needed  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientBalance(uint256 balance, uint256 needed)
func ERC7641InsufficientBalanceErrorID() common.Hash {
	return common.HexToHash("0xcf4791818fba6e019216eb4864093b4947f674afada5d305e57d598b641dad1d")
}

// UnpackInsufficientBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientBalance(uint256 balance, uint256 needed)
func (eRC7641 *ERC7641) UnpackInsufficientBalanceError(raw []byte) (*ERC7641InsufficientBalance, error) {
	out := new(ERC7641InsufficientBalance)
	if err := eRC7641.abi.UnpackIntoInterface(out, "InsufficientBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ERC7641InvalidAccountNonce represents a InvalidAccountNonce error raised by the ERC7641 contract.
type ERC7641InvalidAccountNonce struct {
	Account      common.Address
	CurrentNonce *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidAccountNonce(address account, uint256 currentNonce)
func ERC7641InvalidAccountNonceErrorID() common.Hash {
	return common.HexToHash("0x752d88c0de02638abf10e8e31861e4c68dc1f3a1e7d840e580683f2c282bfc7a")
}

// UnpackInvalidAccountNonceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidAccountNonce(address account, uint256 currentNonce)
func (eRC7641 *ERC7641) UnpackInvalidAccountNonceError(raw []byte) (*ERC7641InvalidAccountNonce, error) {
	out := new(ERC7641InvalidAccountNonce)
	if err := eRC7641.abi.UnpackIntoInterface(out, "InvalidAccountNonce", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ERC7641InvalidParameters represents a InvalidParameters error raised by the ERC7641 contract.
type ERC7641InvalidParameters struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidParameters()
func ERC7641InvalidParametersErrorID() common.Hash {
	return common.HexToHash("0xe52390909f87229f872871b8ab57a0e139663fb951ac6346f3852d332ca460b7")
}

// UnpackInvalidParametersError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidParameters()
func (eRC7641 *ERC7641) UnpackInvalidParametersError(raw []byte) (*ERC7641InvalidParameters, error) {
	out := new(ERC7641InvalidParameters)
	if err := eRC7641.abi.UnpackIntoInterface(out, "InvalidParameters", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ERC7641InvalidShortString represents a InvalidShortString error raised by the ERC7641 contract.
type ERC7641InvalidShortString struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidShortString()
func ERC7641InvalidShortStringErrorID() common.Hash {
	return common.HexToHash("0xb3512b0c6163e5f0bafab72bb631b9d58cd7a731b082f910338aa21c83d5c274")
}

// UnpackInvalidShortStringError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidShortString()
func (eRC7641 *ERC7641) UnpackInvalidShortStringError(raw []byte) (*ERC7641InvalidShortString, error) {
	out := new(ERC7641InvalidShortString)
	if err := eRC7641.abi.UnpackIntoInterface(out, "InvalidShortString", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ERC7641LengthMismatch represents a LengthMismatch error raised by the ERC7641 contract.
type ERC7641LengthMismatch struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error LengthMismatch()
func ERC7641LengthMismatchErrorID() common.Hash {
	return common.HexToHash("0xff633a3803c58b9bc21e58efecee59f27e033cc0b1883fccb4969c76146fe60f")
}

// UnpackLengthMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error LengthMismatch()
func (eRC7641 *ERC7641) UnpackLengthMismatchError(raw []byte) (*ERC7641LengthMismatch, error) {
	out := new(ERC7641LengthMismatch)
	if err := eRC7641.abi.UnpackIntoInterface(out, "LengthMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ERC7641NotARevenueToken represents a NotARevenueToken error raised by the ERC7641 contract.
type ERC7641NotARevenueToken struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotARevenueToken(address token)
func ERC7641NotARevenueTokenErrorID() common.Hash {
	return common.HexToHash("0x2c3d0b60ca191b199259b947d08a62553a2b3cb9e7cd488551a1e89b93bff425")
}

// UnpackNotARevenueTokenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotARevenueToken(address token)
func (eRC7641 *ERC7641) UnpackNotARevenueTokenError(raw []byte) (*ERC7641NotARevenueToken, error) {
	out := new(ERC7641NotARevenueToken)
	if err := eRC7641.abi.UnpackIntoInterface(out, "NotARevenueToken", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ERC7641NothingToClaim represents a NothingToClaim error raised by the ERC7641 contract.
type ERC7641NothingToClaim struct {
	SnapshotId *big.Int
	Token      common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToClaim(uint256 snapshotId, address token)
func ERC7641NothingToClaimErrorID() common.Hash {
	return common.HexToHash("0xb361b5fb505a1ba315c65f6d38503886d35e517bd61a26c7379c1b3a9527c464")
}

// UnpackNothingToClaimError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToClaim(uint256 snapshotId, address token)
func (eRC7641 *ERC7641) UnpackNothingToClaimError(raw []byte) (*ERC7641NothingToClaim, error) {
	out := new(ERC7641NothingToClaim)
	if err := eRC7641.abi.UnpackIntoInterface(out, "NothingToClaim", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ERC7641ReentrancyGuardReentrantCall represents a ReentrancyGuardReentrantCall error raised by the ERC7641 contract.
type ERC7641ReentrancyGuardReentrantCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReentrancyGuardReentrantCall()
func ERC7641ReentrancyGuardReentrantCallErrorID() common.Hash {
	return common.HexToHash("0x3ee5aeb571de7fc460830b4d0017439a1ca56fb0bc39062227ade4fe4a24c1ca")
}

// UnpackReentrancyGuardReentrantCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReentrancyGuardReentrantCall()
func (eRC7641 *ERC7641) UnpackReentrancyGuardReentrantCallError(raw []byte) (*ERC7641ReentrancyGuardReentrantCall, error) {
	out := new(ERC7641ReentrancyGuardReentrantCall)
	if err := eRC7641.abi.UnpackIntoInterface(out, "ReentrancyGuardReentrantCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ERC7641SafeERC20FailedOperation represents a SafeERC20FailedOperation error raised by the ERC7641 contract.
type ERC7641SafeERC20FailedOperation struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeERC20FailedOperation(address token)
func ERC7641SafeERC20FailedOperationErrorID() common.Hash {
	return common.HexToHash("0x5274afe73c98b4749fc91ffae6b7b574e7842cb2144a159e9377a5f20b32edf9")
}

// UnpackSafeERC20FailedOperationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeERC20FailedOperation(address token)
func (eRC7641 *ERC7641) UnpackSafeERC20FailedOperationError(raw []byte) (*ERC7641SafeERC20FailedOperation, error) {
	out := new(ERC7641SafeERC20FailedOperation)
	if err := eRC7641.abi.UnpackIntoInterface(out, "SafeERC20FailedOperation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ERC7641SnapshotTooSoon represents a SnapshotTooSoon error raised by the ERC7641 contract.
type ERC7641SnapshotTooSoon struct {
	NextAt *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SnapshotTooSoon(uint256 nextAt)
func ERC7641SnapshotTooSoonErrorID() common.Hash {
	return common.HexToHash("0xb0738285673774c6473588df47b3e3a075e0589466ae582f5039b3f8a6c40e13")
}

// UnpackSnapshotTooSoonError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SnapshotTooSoon(uint256 nextAt)
func (eRC7641 *ERC7641) UnpackSnapshotTooSoonError(raw []byte) (*ERC7641SnapshotTooSoon, error) {
	out := new(ERC7641SnapshotTooSoon)
	if err := eRC7641.abi.UnpackIntoInterface(out, "SnapshotTooSoon", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ERC7641StringTooLong represents a StringTooLong error raised by the ERC7641 contract.
type ERC7641StringTooLong struct {
	Str string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StringTooLong(string str)
func ERC7641StringTooLongErrorID() common.Hash {
	return common.HexToHash("0x305a27a93f8e33b7392df0a0f91d6fc63847395853c45991eec52dbf24d72381")
}

// UnpackStringTooLongError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StringTooLong(string str)
func (eRC7641 *ERC7641) UnpackStringTooLongError(raw []byte) (*ERC7641StringTooLong, error) {
	out := new(ERC7641StringTooLong)
	if err := eRC7641.abi.UnpackIntoInterface(out, "StringTooLong", raw); err != nil {
		return nil, err
	}
	return out, nil
}
