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

// IModelRegistryModel is an auto generated low-level Go binding around an user-defined struct.
type IModelRegistryModel struct {
	Owner       common.Address
	Receiver    common.Address
	ZkVerifier  common.Address
	OnnxHash    [32]byte
	ProgramHash [32]byte
	LayoutRoot  [32]byte
	InputShapes []byte
	Uri         string
	Terms       IModelRegistryModelTerms
	ZkKeysHash  [32]byte
	ZkKeysUri   string
}

// IModelRegistryModelTerms is an auto generated low-level Go binding around an user-defined struct.
type IModelRegistryModelTerms struct {
	Fee             *big.Int
	ChallengeWindow uint32
	Mode            uint8
	Deprecated      bool
	Registered      bool
	Available       bool
}

// ModelRegistryMetaData contains all meta data concerning the ModelRegistry contract.
var ModelRegistryMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"minChallengeWindow_\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"maxChallengeWindow_\",\"type\":\"uint32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"AlreadyDeprecated\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"AlreadyTokenized\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"window\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"min\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"max\",\"type\":\"uint32\"}],\"name\":\"ChallengeWindowOutOfBounds\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"DataAlreadyAvailable\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"DataChunkLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"expected\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"actual\",\"type\":\"bytes32\"}],\"name\":\"DataChunkMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"internalType\":\"uint40\",\"name\":\"effectiveAt\",\"type\":\"uint40\"}],\"name\":\"DeprecationPending\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EmptyURI\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint96\",\"name\":\"fee\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"min\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"max\",\"type\":\"uint96\"}],\"name\":\"FeeChangeOutOfBounds\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"ModelNotFound\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"NoDeprecationPending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"NoFeeChangePending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotDeployer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotModelOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"NotTokenized\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotTokenizer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"ReceiverLocked\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"tokenizer\",\"type\":\"address\"}],\"name\":\"TokenizerAlreadySet\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"tokenizer\",\"type\":\"address\"}],\"name\":\"TokenizerHasNoCode\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"}],\"name\":\"VerifierHasNoCode\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"VerifierNotAllowed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"VerifierRequired\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"ZeroFee\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroHash\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZkKeysNotAllowed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZkKeysRequired\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"ModelDataAvailable\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"chunk\",\"type\":\"bytes\"}],\"name\":\"ModelDataPublished\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"ModelDeprecated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint40\",\"name\":\"effectiveAt\",\"type\":\"uint40\"}],\"name\":\"ModelDeprecationAnnounced\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"ModelDeprecationCancelled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint96\",\"name\":\"fee\",\"type\":\"uint96\"},{\"indexed\":false,\"internalType\":\"uint40\",\"name\":\"effectiveAt\",\"type\":\"uint40\"}],\"name\":\"ModelFeeChangeAnnounced\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"ModelFeeChangeCancelled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint96\",\"name\":\"fee\",\"type\":\"uint96\"}],\"name\":\"ModelFeeUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"ModelOwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ModelReceiverUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"onnxHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"programHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"layoutRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"inputShapes\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"uint96\",\"name\":\"fee\",\"type\":\"uint96\"},{\"indexed\":false,\"internalType\":\"enumIModelRegistry.VerificationMode\",\"name\":\"mode\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"challengeWindow\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"zkVerifier\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"zkKeysHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"zkKeysUri\",\"type\":\"string\"}],\"name\":\"ModelRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"ModelTokenized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"}],\"name\":\"ModelURIUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"tokenizer\",\"type\":\"address\"}],\"name\":\"TokenizerSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"}],\"name\":\"ZkKeysURIUpdated\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DATA_CHUNK_SIZE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DEPRECATION_DELAY\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"FEE_CHANGE_DELAY\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_FEE_FACTOR\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"cancelDeprecation\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"cancelFeeChange\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"dataBlocks\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"first\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"last\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"dataProgress\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"next\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"published\",\"type\":\"uint32\"},{\"internalType\":\"bool\",\"name\":\"available\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"deployer\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"deprecate\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"getModel\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"zkVerifier\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"onnxHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"programHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"layoutRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"inputShapes\",\"type\":\"bytes\"},{\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"},{\"components\":[{\"internalType\":\"uint96\",\"name\":\"fee\",\"type\":\"uint96\"},{\"internalType\":\"uint32\",\"name\":\"challengeWindow\",\"type\":\"uint32\"},{\"internalType\":\"enumIModelRegistry.VerificationMode\",\"name\":\"mode\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"deprecated\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"registered\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"available\",\"type\":\"bool\"}],\"internalType\":\"structIModelRegistry.ModelTerms\",\"name\":\"terms\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"zkKeysHash\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"zkKeysUri\",\"type\":\"string\"}],\"internalType\":\"structIModelRegistry.Model\",\"name\":\"m\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"isTokenized\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxChallengeWindow\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"minChallengeWindow\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"modelCount\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"modelTerms\",\"outputs\":[{\"components\":[{\"internalType\":\"uint96\",\"name\":\"fee\",\"type\":\"uint96\"},{\"internalType\":\"uint32\",\"name\":\"challengeWindow\",\"type\":\"uint32\"},{\"internalType\":\"enumIModelRegistry.VerificationMode\",\"name\":\"mode\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"deprecated\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"registered\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"available\",\"type\":\"bool\"}],\"internalType\":\"structIModelRegistry.ModelTerms\",\"name\":\"terms\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"pendingChanges\",\"outputs\":[{\"internalType\":\"uint96\",\"name\":\"fee\",\"type\":\"uint96\"},{\"internalType\":\"uint40\",\"name\":\"feeEffectiveAt\",\"type\":\"uint40\"},{\"internalType\":\"uint40\",\"name\":\"deprecationEffectiveAt\",\"type\":\"uint40\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"chunk\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"rest\",\"type\":\"bytes32\"}],\"name\":\"publishModelData\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"receiverOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"onnxHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"programHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"layoutRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"inputShapes\",\"type\":\"bytes\"},{\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"},{\"internalType\":\"uint96\",\"name\":\"fee\",\"type\":\"uint96\"},{\"internalType\":\"enumIModelRegistry.VerificationMode\",\"name\":\"mode\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"challengeWindow\",\"type\":\"uint32\"},{\"internalType\":\"address\",\"name\":\"zkVerifier\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"zkKeysHash\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"zkKeysUri\",\"type\":\"string\"}],\"name\":\"registerModel\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"internalType\":\"uint96\",\"name\":\"fee\",\"type\":\"uint96\"}],\"name\":\"setFee\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"setReceiver\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"tokenizer_\",\"type\":\"address\"}],\"name\":\"setTokenizer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"}],\"name\":\"setURI\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"}],\"name\":\"setZkKeysURI\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"tokenize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"tokenizer\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferModelOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"zkVerifierOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "ModelRegistry",
	Bin: "0x60e0346100e857601f61251738819003918201601f19168301916001600160401b038311848410176100ec5780849260409485528339810103126100e857610052602061004b83610100565b9201610100565b9063ffffffff8116801580156100d9575b6100b8575060805260a0523360c05260405161240590816101128239608051818181610afd0152610dd8015260a051818181610b5501528181610b8501526119c9015260c051818181610d440152611a140152f35b8263ffffffff916366831b0d60e01b5f52806004526024521660445260645ffd5b5063ffffffff83168111610063565b5f80fd5b634e487b7160e01b5f52604160045260245ffd5b519063ffffffff821682036100e85756fe6101a06040526004361015610012575f80fd5b5f3560e01c80630a82848914611acb5780631449db22146119ed578063262ea94d146119ad57806334e40af7146119665780634b9158c71461183f5780636a7078f11461177c5780636b5c3c681461170d5780636d3616941461143e578063738dcdb3146112fc57806381e5ca2d14611235578063862440e2146110ce578063999ea1fc14611040578063af4937fc14611025578063b0034f2214610fd2578063b80d058614610f16578063b91da74b14610ef9578063be8a361f14610edc578063c6a645fe14610eb7578063c704acc214610dfc578063cdafdbb114610dbc578063cdd5644c14610d73578063d5f3948814610d2f578063d96df94414610c6d578063ec95d5f114610c50578063f0d26e1c14610c29578063f31d8c3114610be9578063f3c8da22146102e2578063fd554cdf146102775763fdefad2914610159575f80fd5b3461027357602036600319011261027357600435610175611fd4565b815f526001602052600760405f2001546001600160601b038116825263ffffffff8160601c1660208301526101b360ff8260801c1660408401611e9e565b606082019060ff8160881c161515825260ff8160901c16158015608085015260ff8260f01c16151560a08501526102605760c09360ff8260981c16610205575b5050506102036040518092611dd2565bf35b8164ffffffffff9161021e8361022d9560a01c166123e9565b610243575b5060c81c166123e9565b610239575b80806101f3565b600190525f610232565b5f5260026020526001600160601b0360405f20541685525f610223565b83631b5c438560e21b5f5260045260245ffd5b5f80fd5b34610273576020366003190112610273576004355f818152600160205260409020546001600160a01b031680156102cf5733036102b9576102b790612254565b005b6304b41e2760e31b5f526004523360245260445ffd5b50631b5c438560e21b5f5260045260245ffd5b3461027357610160366003190112610273576064356001600160401b03811161027357610313903690600401611d2b565b906084356001600160401b03811161027357610333903690600401611d2b565b9160a435926001600160601b038416840361027357600360c435101592836102735760e4359163ffffffff831683036102735761010435946001600160a01b038616860361027357610144356001600160401b0381116102735761039b903690600401611d2b565b6101405261010052600435158015610bdf575b610bc1576044351580610bd0575b610bc1578115610bb2576107965760c435600103610af65763ffffffff8316610ad5575b60c435610a67576001600160a01b038516610a58576101243515801590610a4c575b610a3d575b5f5463ffffffff8160a01c166101605263ffffffff6101605114610a29576101605163ffffffff60a01b19909116600191820160a081901b63ffffffff60a01b16919091175f90815563ffffffff91909116815260208290526040902061018081905280546001600160a01b0319908116339081178355928201805482169093179092556002810180549092166001600160a01b03881617909155600480356003830155602435908201556044356005909101556001600160401b0381116108bb576104e9816104dd6006610180510154611f3e565b60066101805101611f76565b5f81601f81116001146109ba5780610515925f916109af575b508160011b915f199060031b1c19161790565b60066101805101555b866108cf575b610124356107aa575b6040519161053a83611e41565b6001600160601b0387168352602083019163ffffffff851683526040840161056460c43582611e9e565b6060850160e0525f60e0515260808501966001885260a08601915f835260c08701955f875260e0880160a0525f60a051526101008801610120525f61012051526001600160601b038060076101805101995116166001600160601b03198954161788555160c0528654608052519560038710156107965760c0516080805160e051519b51955198516cffffffffffffffffffffffffff60601b1990911660609390931b63ffffffff60601b169290921798901b60ff60801b169790971798151560881b60ff60881b169890981791151560901b60ff60901b169190911793151560981b60ff60981b169390931760a09490941b64ffffffffff60a01b1693909317855563ffffffff946001600160601b03936106fe9390916106f0919060a05151815464ffffffffff60c81b191660c89190911b64ffffffffff60c81b161781556101205151151581549060ff60f01b9060f01b169060ff60f01b19161790556040519a6004358c5260243560208d015260443560408d015261016060608d01526101608c0191611e7e565b9189830360808b0152611e7e565b941660a086015261071460c0860160c435611dc5565b1660e084015260018060a01b0316610100830152610124356101208301528181036101408301527fc48229ee2bffc6708e48e19a59a07faa203f0a2a086310c295b2df46f51bc5fc33928061077d63ffffffff6001610160510116946101405161010051611e7e565b0390a3602060405163ffffffff60016101605101168152f35b634e487b7160e01b5f52602160045260245ffd5b6101243560096101805101556001600160401b0361014051116108bb576107ea610140516107de600a610180510154611f3e565b600a6101805101611f76565b5f601f610140511160011461083b57610820905f906101405161082d575b5061014051908160011b915f199060031b1c19161790565b600a61018051015561052d565b905061010051013589610808565b600a61018051015f5260205f20905f5b61014051601f191681106108a0575061014051601f19811610610881575b5050600161014051811b01600a61018051015561052d565b5f1960f86101405160031b161c19906101005101351690558780610869565b9091602060018192856101005101358155019301910161084b565b634e487b7160e01b5f52604160045260245ffd5b6001600160401b0387116108bb576108fd876108f16008610180510154611f3e565b60086101805101611f76565b5f87601f81116001146109405780610928925f9161093557508160011b915f199060031b1c19161790565b6008610180510155610524565b90508601358a610502565b50600861018051015f5260205f20905f5b601f198a168110610997575088601f1981161061097e575b5050600187811b016008610180510155610524565b8501355f1960038a901b60f8161c191690558780610969565b9091602060018192858a013581550193019101610951565b90508401358a610502565b50600661018051015f5260205f20905f5b601f1984168110610a11575082601f198116106109f8575b5050600181811b01600661018051015561051e565b8301355f19600384901b60f8161c1916905587806109e3565b909160206001819285880135815501930191016109cb565b634e487b7160e01b5f52601160045260245ffd5b63b22ccb8560e01b5f5260045ffd5b50610140511515610402565b63034aa1c560e41b5f5260045ffd5b6001600160a01b03851615610ac657843b15610aa85761012435158015610a9d575b1561040757637f21152f60e01b5f5260045ffd5b506101405115610a89565b63b3136e4760e01b5f9081526001600160a01b038616600452602490fd5b630de045a160e01b5f5260045ffd5b63ffffffff836366831b0d60e01b5f52166004525f6024525f60445260645ffd5b63ffffffff7f0000000000000000000000000000000000000000000000000000000000000000168063ffffffff8516108015610b7d575b610b3757506103e0565b63ffffffff846366831b0d60e01b5f521660045260245263ffffffff7f00000000000000000000000000000000000000000000000000000000000000001660445260645ffd5b5063ffffffff7f00000000000000000000000000000000000000000000000000000000000000001663ffffffff851611610b2d565b63683d806b60e11b5f5260045ffd5b63f1ae58d560e01b5f5260045ffd5b50505f600160c43514156103bc565b50602435156103ae565b34610273576020366003190112610273576004355f81815260016020819052604090912001546001600160a01b031680156102cf57602090604051908152f35b34610273575f366003190112610273575f546040516001600160a01b039091168152602090f35b34610273575f36600319011261027357602060405162278d008152f35b34610273576020366003190112610273576004355f815f526001602052610c99600760405f2001611eaa565b90608082015115610d1c5760609264ffffffffff60c0840151169081610cf9575b5083830151919264ffffffffff9215610ced57505f905b6001600160601b03604051941684526020840152166040820152f35b60e00151821690610cd1565b64ffffffffff92505f5260026020526001600160601b0360405f20541691610cba565b82631b5c438560e21b5f5260045260245ffd5b34610273575f366003190112610273576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b3461027357602036600319011261027357600435805f52600160205260405f2060ff600782015460901c16156102cf57600201546040516001600160a01b039091168152602090f35b34610273575f36600319011261027357602060405163ffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b3461027357604036600319011261027357600435610e18611d58565b5f828152600160205260409020546001600160a01b03168015610d1c573303610ea0576001600160a01b0316908115610e9157805f52600160205260405f20826001600160601b0360a01b82541617905533907f6bb8f319b3f749ccf0b0850c3564d63dffac19290083e450476a826a00bbe3755f80a4005b63d92e233d60e01b5f5260045ffd5b506304b41e2760e31b5f526004523360245260445ffd5b34610273575f36600319011261027357602063ffffffff5f5460a01c16604051908152f35b34610273575f36600319011261027357602060405162093a808152f35b34610273575f366003190112610273576020604051620100008152f35b3461027357604036600319011261027357600435610f32611d58565b5f828152600160205260409020546001600160a01b03168015610d1c573303610ea0576001600160a01b03168015610e9157815f52600160205260405f2060ff600782015460981c16610fc05760010180546001600160a01b031916821790556040519081527fad7441b41e43cf2b72b9493d362eea371b6ab3eafb40d4d21acdb7b3afe385fd90602090a2005b8262febf0f60e81b5f5260045260245ffd5b34610273576040366003190112610273576004356024356001600160601b0381168103610273575f828152600160205260409020546001600160a01b03168015610d1c573303610ea0576102b791612085565b34610273575f36600319011261027357602060405160028152f35b34610273576020366003190112610273576004355f815f52600160205260405f20600781015460ff8160901c1615610260576060935f52600360205260405f2060ff63ffffffff6001830154169260f01c161592836110af575b50506040519283526020830152156040820152f35b91935090836110c7576003915001545b91848061109a565b50546110bf565b34610273576110dc36611d6e565b5f83815260016020526040902054909291906001600160a01b03168015610d1c573303610ea0578215610bb257815f526001602052600660405f2001926001600160401b0381116108bb5761113b816111358654611f3e565b86611f76565b5f93601f82116001146111b35761118982807fa6c63afcb73d2aab71e4b2caceb5f7dc20229151650a56ced24e898d3d52629896975f916111a857508160011b915f199060031b1c19161790565b90555b6111a3604051928392602084526020840191611e7e565b0390a2005b905085013588610502565b601f19821694815f5260205f20905f5b87811061121d5750837fa6c63afcb73d2aab71e4b2caceb5f7dc20229151650a56ced24e898d3d526298969710611204575b5050600182811b01905561118c565b8401355f19600385901b60f8161c1916905585806111f5565b909160206001819285890135815501930191016111c3565b34610273576020366003190112610273576004355f818152600160205260409020546001600160a01b031680156102cf5733036102b957805f526001602052600760405f20016112858183612346565b805460ff8160881c166112e95760c81c64ffffffffff16156112d657805464ffffffffff60c81b191690557fa253a72db00dd68034245add1d7f035cd85e29d03c9eb3a911b5e18a586659c15f80a2005b50638ab06e6960e01b5f5260045260245ffd5b82632959ba2760e21b5f5260045260245ffd5b3461027357604036600319011261027357600435611318611d58565b5f546001600160a01b0316330361142b576001600160a01b0316908115610e9157805f52600160205260405f2060078101805460ff8160901c16156102605760ff8160981c166114185760ff8160881c16611405576001600160601b038116156113f25760ff60981b1916600160981b17905560010180546001600160a01b0319168317905560405182815281907fad7441b41e43cf2b72b9493d362eea371b6ab3eafb40d4d21acdb7b3afe385fd90602090a27f90d97258ac9839be5f91688ea316fcb86c77966568b3d345729f7ef2b57af0a55f80a3005b83631980ba0560e21b5f5260045260245ffd5b83632959ba2760e21b5f5260045260245ffd5b8363781c426f60e01b5f5260045260245ffd5b631dc0ddcf60e11b5f523360045260245ffd5b346102735760203660031901126102735760043560405161016081018181106001600160401b038211176108bb576040525f815260208101915f835260408201905f825260608301915f8352608084015f815260a085015f815260c08601906060825260e0870192606084526101008801966114b8611fd4565b88526101208901955f87526101408a0197606089526114d5611fd4565b50805f5260016020526114ed600760405f2001611eaa565b6080810151156102cf576001600160601b038151169063ffffffff60208201511660408201519160038310156107965760e08161158a9361155b606064ffffffffff9501511515966101008401511515926040519961154b8b611e26565b8a5260208a015260408901611e9e565b606087019586526001608088015260a087015261157d8360c0830151166123e9565b6116f0575b0151166123e9565b6116e6575b508a525f9081526001602081905260409182902080546001600160a01b039081168e529181015482168e52600281015490911683526003810154845260048101548552600581015486529051806115e98160088501612004565b036115f49082611e5d565b8652604051806116078160068501612004565b036116129082611e5d565b87526009810154885260405180600a8193019061162e91612004565b036116399082611e5d565b88526040805160208082529b516001600160a01b039081169c82019c909c529b518b16908c01525190981660608a015296516080890152955160a0880152945160c0870152935161020060e087015285949061169a90610220870190611da1565b9051858203601f19016101008701526116b39190611da1565b925161012085016116c391611dd2565b516101e084015251828203601f19016102008401526116e29190611da1565b0390f35b600190528d61158f565b865f5260026020526001600160601b0360405f2054168652611582565b3461027357602036600319011261027357600435805f52600160205260ff600760405f20015460901c161561176a575f52600360205260406001815f2001546001600160401b03825191818160201c16835260601c166020820152f35b631b5c438560e21b5f5260045260245ffd5b34610273576020366003190112610273576004355f818152600160205260409020546001600160a01b031680156102cf5733036102b957805f526001602052600760405f20016117cc8183612346565b64ffffffffff815460a01c161561182d57805464ffffffffff60a01b191690555f81815260026020526040812080546001600160601b03191690557fe56407844c8050482243ad1a9669dda41cbefd30a75b4253535a2056563a43889080a2005b50621febbf60e21b5f5260045260245ffd5b346102735761184d36611d6e565b5f83815260016020526040902054909291906001600160a01b03168015610d1c573303610ea0578215610bb257815f52600160205260405f20600981015415610a3d57600a01926001600160401b0381116108bb576118b0816111358654611f3e565b5f93601f82116001146118fe5761118982807f8a8fdaf793366358651411e5e63a21703ca859ce236ebe0cd79e2b04122a403a96975f916111a857508160011b915f199060031b1c19161790565b601f19821694815f5260205f20905f5b87811061194e5750837f8a8fdaf793366358651411e5e63a21703ca859ce236ebe0cd79e2b04122a403a969710611204575050600182811b01905561118c565b9091602060018192858901358155019301910161190e565b3461027357602036600319011261027357600435805f526001602052611991600760405f2001611eaa565b9060808201511561176a57602060a08301511515604051908152f35b34610273575f36600319011261027357602060405163ffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b34610273576020366003190112610273576004356001600160a01b038116808203610273577f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03163303611ab8575f546001600160a01b0381169283611aa5578293503b15611a92576001600160601b0360a01b16175f557ff4920fa01459913aabf5949fd7b299ec88df5edffae7bdc8f38256e794a82d2b5f80a2005b5063435dbdfd60e11b5f5260045260245ffd5b8363494393bd60e01b5f5260045260245ffd5b630646601b60e11b5f523360045260245ffd5b34610273576060366003190112610273576004356024356001600160401b03811161027357611afe903690600401611d2b565b9060443590835f52600160205260405f206007810193845460ff8160901c1615611d185760f01c60ff16611d0557855f52600360205260405f2092600184019182549263ffffffff84169582158015611cf9575b8015611ce2575b611cc7578615958615611cbf57600301545b88604051611b9260208083818101958a8c88378a8201908382015203018084520182611e5d565b51902090808203611c95575050879055600186019363ffffffff8511610a2957899563ffffffff7fc4026e1b16497a4dae0b46e2fee51727c07fcb91600a445a1e0bff369dc6d0fc9616908163ffffffff198416178455611c6d575b5050805467ffffffffffffffff60601b19164360601b67ffffffffffffffff60601b16179055604051602080825290928392611c2c92840191611e7e565b0390a315611c3657005b805460ff60f01b1916600160f01b1790557f4f66fcc03a6edad6e753426ddeaab9f03a3f90528d586053c8f273288aa97c9e5f80a2005b6bffffffffffffffff000000004360201b16916001600160601b031916171781558980611bee565b6084918c918a6040519363062d6dfd60e51b85526004850152602484015260448301526064820152fd5b508054611b6b565b82878b63074ae53b60e41b5f5260045260245260445260645ffd5b508715158015611b59575062010000831415611b59565b50620100008311611b52565b85630ccc230b60e01b5f5260045260245ffd5b86631b5c438560e21b5f5260045260245ffd5b9181601f84011215610273578235916001600160401b038311610273576020838186019501011161027357565b602435906001600160a01b038216820361027357565b9060406003198301126102735760043591602435906001600160401b03821161027357611d9d91600401611d2b565b9091565b805180835260209291819084018484015e5f828201840152601f01601f1916010190565b9060038210156107965752565b60a080916001600160601b03815116845263ffffffff6020820151166020850152611e0560408201516040860190611dc5565b60608101511515606085015260808101511515608085015201511515910152565b60c081019081106001600160401b038211176108bb57604052565b61012081019081106001600160401b038211176108bb57604052565b90601f801991011681019081106001600160401b038211176108bb57604052565b908060209392818452848401375f828201840152601f01601f1916010190565b60038210156107965752565b90604051611eb781611e41565b61010060ff8294546001600160601b038116845263ffffffff8160601c166020850152611eec828260801c1660408601611e9e565b818160881c1615156060850152818160901c1615156080850152818160981c16151560a085015264ffffffffff8160a01c1660c085015264ffffffffff8160c81c1660e085015260f01c161515910152565b90600182811c92168015611f6c575b6020831014611f5857565b634e487b7160e01b5f52602260045260245ffd5b91607f1691611f4d565b919091601f8311611f87575b505050565b818311611f9357505050565b5f5260205f206020601f830160051c9210611fcc575b81601f9101920160051c03905f5b82811015611f82575f82820155600101611fb7565b5f9150611fa9565b60405190611fe182611e26565b5f60a0838281528260208201528260408201528260608201528260808201520152565b5f929181549161201383611f3e565b8083529260018116908115612068575060011461202f57505050565b5f9081526020812093945091925b83831061204e575060209250010190565b60018160209294939454838587010152019101919061203d565b915050602093945060ff929192191683830152151560051b010190565b90815f526001602052600760405f20019060ff825460981c1615612204576120ad8284612346565b81546001600160601b0381166b7fffffffffffffffffffffff8260011c168103916001600160601b038311610a295760011b906c01fffffffffffffffffffffffe82169080820460021490151715610a29576001600160601b0310156121e657506001600160601b038080925b1692169180831080156121d4575b6121b257505062093a80420190814211610a29575f848152600260205260409081902080546001600160601b03191683179055835464ffffffffff60a01b191660a084901b64ffffffffff60a01b16179093557faa15a47f4066cbdabc852dcd66abdf2c633a38cd3a2aba1be16e9b0a86158b27929164ffffffffff1682519182526020820152a2565b6001600160601b039263343e717960e21b5f526004526024521660445260645ffd5b506001600160601b0382168311612128565b6001600160601b036bfffffffffffffffffffffffe8192169261211a565b807fcb54372bd46061aeb37dadd9edcc1766b74ed89c185793c54d2e1ae351364279926001600160601b03602093166001600160601b03198254161790556001600160601b0360405191168152a2565b805f526001602052600760405f200161226d8183612346565b805460ff8160881c166112e95760ff8160981c1615612311575064ffffffffff815460c81c16806122fb575062278d004201804211610a2957815464ffffffffff60c81b191660c882901b64ffffffffff60c81b16179091557f5350e1a744b7cd8a7b8290b4fd0347d0c130a241c9fb74be4a14b4edb50184a79060209064ffffffffff16604051908152a2565b826306c1c67760e01b5f5260045260245260445ffd5b60ff60881b1916600160881b1790557ff5201226a8a9c25d2b88221fb737afa13bed245e01ec515454bf815db7374f7a5f80a2565b61235a64ffffffffff835460a01c166123e9565b61239a575b50805461237564ffffffffff8260c81c166123e9565b61237d575050565b6cffffffffff00000000000000ff60881b1916600160881b179055565b5f9081526002602052604081208054835478ffffffffff0000000000000000ffffffffffffffffffffffff19166001600160601b039190911617835580546001600160601b031916905561235f565b64ffffffffff1680151590816123fd575090565b90504210159056",
}

// ModelRegistry is an auto generated Go binding around an Ethereum contract.
type ModelRegistry struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *ModelRegistry) GetABI() abi.ABI {
	return c.abi
}

// NewModelRegistry creates a new instance of ModelRegistry.
func NewModelRegistry() *ModelRegistry {
	parsed, err := ModelRegistryMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &ModelRegistry{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *ModelRegistry) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(uint32 minChallengeWindow_, uint32 maxChallengeWindow_) returns()
func (modelRegistry *ModelRegistry) PackConstructor(minChallengeWindow_ uint32, maxChallengeWindow_ uint32) []byte {
	enc, err := modelRegistry.abi.Pack("", minChallengeWindow_, maxChallengeWindow_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackDATACHUNKSIZE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb91da74b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DATA_CHUNK_SIZE() view returns(uint256)
func (modelRegistry *ModelRegistry) PackDATACHUNKSIZE() []byte {
	enc, err := modelRegistry.abi.Pack("DATA_CHUNK_SIZE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDATACHUNKSIZE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb91da74b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DATA_CHUNK_SIZE() view returns(uint256)
func (modelRegistry *ModelRegistry) TryPackDATACHUNKSIZE() ([]byte, error) {
	return modelRegistry.abi.Pack("DATA_CHUNK_SIZE")
}

// UnpackDATACHUNKSIZE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb91da74b.
//
// Solidity: function DATA_CHUNK_SIZE() view returns(uint256)
func (modelRegistry *ModelRegistry) UnpackDATACHUNKSIZE(data []byte) (*big.Int, error) {
	out, err := modelRegistry.abi.Unpack("DATA_CHUNK_SIZE", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDEPRECATIONDELAY is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xec95d5f1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DEPRECATION_DELAY() view returns(uint256)
func (modelRegistry *ModelRegistry) PackDEPRECATIONDELAY() []byte {
	enc, err := modelRegistry.abi.Pack("DEPRECATION_DELAY")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDEPRECATIONDELAY is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xec95d5f1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DEPRECATION_DELAY() view returns(uint256)
func (modelRegistry *ModelRegistry) TryPackDEPRECATIONDELAY() ([]byte, error) {
	return modelRegistry.abi.Pack("DEPRECATION_DELAY")
}

// UnpackDEPRECATIONDELAY is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xec95d5f1.
//
// Solidity: function DEPRECATION_DELAY() view returns(uint256)
func (modelRegistry *ModelRegistry) UnpackDEPRECATIONDELAY(data []byte) (*big.Int, error) {
	out, err := modelRegistry.abi.Unpack("DEPRECATION_DELAY", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackFEECHANGEDELAY is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbe8a361f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function FEE_CHANGE_DELAY() view returns(uint256)
func (modelRegistry *ModelRegistry) PackFEECHANGEDELAY() []byte {
	enc, err := modelRegistry.abi.Pack("FEE_CHANGE_DELAY")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFEECHANGEDELAY is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbe8a361f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function FEE_CHANGE_DELAY() view returns(uint256)
func (modelRegistry *ModelRegistry) TryPackFEECHANGEDELAY() ([]byte, error) {
	return modelRegistry.abi.Pack("FEE_CHANGE_DELAY")
}

// UnpackFEECHANGEDELAY is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbe8a361f.
//
// Solidity: function FEE_CHANGE_DELAY() view returns(uint256)
func (modelRegistry *ModelRegistry) UnpackFEECHANGEDELAY(data []byte) (*big.Int, error) {
	out, err := modelRegistry.abi.Unpack("FEE_CHANGE_DELAY", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXFEEFACTOR is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaf4937fc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_FEE_FACTOR() view returns(uint256)
func (modelRegistry *ModelRegistry) PackMAXFEEFACTOR() []byte {
	enc, err := modelRegistry.abi.Pack("MAX_FEE_FACTOR")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXFEEFACTOR is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaf4937fc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_FEE_FACTOR() view returns(uint256)
func (modelRegistry *ModelRegistry) TryPackMAXFEEFACTOR() ([]byte, error) {
	return modelRegistry.abi.Pack("MAX_FEE_FACTOR")
}

// UnpackMAXFEEFACTOR is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xaf4937fc.
//
// Solidity: function MAX_FEE_FACTOR() view returns(uint256)
func (modelRegistry *ModelRegistry) UnpackMAXFEEFACTOR(data []byte) (*big.Int, error) {
	out, err := modelRegistry.abi.Unpack("MAX_FEE_FACTOR", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCancelDeprecation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x81e5ca2d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cancelDeprecation(uint256 modelId) returns()
func (modelRegistry *ModelRegistry) PackCancelDeprecation(modelId *big.Int) []byte {
	enc, err := modelRegistry.abi.Pack("cancelDeprecation", modelId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCancelDeprecation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x81e5ca2d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function cancelDeprecation(uint256 modelId) returns()
func (modelRegistry *ModelRegistry) TryPackCancelDeprecation(modelId *big.Int) ([]byte, error) {
	return modelRegistry.abi.Pack("cancelDeprecation", modelId)
}

// PackCancelFeeChange is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6a7078f1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cancelFeeChange(uint256 modelId) returns()
func (modelRegistry *ModelRegistry) PackCancelFeeChange(modelId *big.Int) []byte {
	enc, err := modelRegistry.abi.Pack("cancelFeeChange", modelId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCancelFeeChange is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6a7078f1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function cancelFeeChange(uint256 modelId) returns()
func (modelRegistry *ModelRegistry) TryPackCancelFeeChange(modelId *big.Int) ([]byte, error) {
	return modelRegistry.abi.Pack("cancelFeeChange", modelId)
}

// PackDataBlocks is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6b5c3c68.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function dataBlocks(uint256 modelId) view returns(uint64 first, uint64 last)
func (modelRegistry *ModelRegistry) PackDataBlocks(modelId *big.Int) []byte {
	enc, err := modelRegistry.abi.Pack("dataBlocks", modelId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDataBlocks is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6b5c3c68.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function dataBlocks(uint256 modelId) view returns(uint64 first, uint64 last)
func (modelRegistry *ModelRegistry) TryPackDataBlocks(modelId *big.Int) ([]byte, error) {
	return modelRegistry.abi.Pack("dataBlocks", modelId)
}

// DataBlocksOutput serves as a container for the return parameters of contract
// method DataBlocks.
type DataBlocksOutput struct {
	First uint64
	Last  uint64
}

// UnpackDataBlocks is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6b5c3c68.
//
// Solidity: function dataBlocks(uint256 modelId) view returns(uint64 first, uint64 last)
func (modelRegistry *ModelRegistry) UnpackDataBlocks(data []byte) (DataBlocksOutput, error) {
	out, err := modelRegistry.abi.Unpack("dataBlocks", data)
	outstruct := new(DataBlocksOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.First = *abi.ConvertType(out[0], new(uint64)).(*uint64)
	outstruct.Last = *abi.ConvertType(out[1], new(uint64)).(*uint64)
	return *outstruct, nil
}

// PackDataProgress is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x999ea1fc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function dataProgress(uint256 modelId) view returns(bytes32 next, uint32 published, bool available)
func (modelRegistry *ModelRegistry) PackDataProgress(modelId *big.Int) []byte {
	enc, err := modelRegistry.abi.Pack("dataProgress", modelId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDataProgress is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x999ea1fc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function dataProgress(uint256 modelId) view returns(bytes32 next, uint32 published, bool available)
func (modelRegistry *ModelRegistry) TryPackDataProgress(modelId *big.Int) ([]byte, error) {
	return modelRegistry.abi.Pack("dataProgress", modelId)
}

// DataProgressOutput serves as a container for the return parameters of contract
// method DataProgress.
type DataProgressOutput struct {
	Next      [32]byte
	Published uint32
	Available bool
}

// UnpackDataProgress is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x999ea1fc.
//
// Solidity: function dataProgress(uint256 modelId) view returns(bytes32 next, uint32 published, bool available)
func (modelRegistry *ModelRegistry) UnpackDataProgress(data []byte) (DataProgressOutput, error) {
	out, err := modelRegistry.abi.Unpack("dataProgress", data)
	outstruct := new(DataProgressOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Next = *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	outstruct.Published = *abi.ConvertType(out[1], new(uint32)).(*uint32)
	outstruct.Available = *abi.ConvertType(out[2], new(bool)).(*bool)
	return *outstruct, nil
}

// PackDeployer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5f39488.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deployer() view returns(address)
func (modelRegistry *ModelRegistry) PackDeployer() []byte {
	enc, err := modelRegistry.abi.Pack("deployer")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeployer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5f39488.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deployer() view returns(address)
func (modelRegistry *ModelRegistry) TryPackDeployer() ([]byte, error) {
	return modelRegistry.abi.Pack("deployer")
}

// UnpackDeployer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd5f39488.
//
// Solidity: function deployer() view returns(address)
func (modelRegistry *ModelRegistry) UnpackDeployer(data []byte) (common.Address, error) {
	out, err := modelRegistry.abi.Unpack("deployer", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackDeprecate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfd554cdf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deprecate(uint256 modelId) returns()
func (modelRegistry *ModelRegistry) PackDeprecate(modelId *big.Int) []byte {
	enc, err := modelRegistry.abi.Pack("deprecate", modelId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeprecate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfd554cdf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deprecate(uint256 modelId) returns()
func (modelRegistry *ModelRegistry) TryPackDeprecate(modelId *big.Int) ([]byte, error) {
	return modelRegistry.abi.Pack("deprecate", modelId)
}

// PackGetModel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6d361694.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getModel(uint256 modelId) view returns((address,address,address,bytes32,bytes32,bytes32,bytes,string,(uint96,uint32,uint8,bool,bool,bool),bytes32,string) m)
func (modelRegistry *ModelRegistry) PackGetModel(modelId *big.Int) []byte {
	enc, err := modelRegistry.abi.Pack("getModel", modelId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetModel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6d361694.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getModel(uint256 modelId) view returns((address,address,address,bytes32,bytes32,bytes32,bytes,string,(uint96,uint32,uint8,bool,bool,bool),bytes32,string) m)
func (modelRegistry *ModelRegistry) TryPackGetModel(modelId *big.Int) ([]byte, error) {
	return modelRegistry.abi.Pack("getModel", modelId)
}

// UnpackGetModel is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6d361694.
//
// Solidity: function getModel(uint256 modelId) view returns((address,address,address,bytes32,bytes32,bytes32,bytes,string,(uint96,uint32,uint8,bool,bool,bool),bytes32,string) m)
func (modelRegistry *ModelRegistry) UnpackGetModel(data []byte) (IModelRegistryModel, error) {
	out, err := modelRegistry.abi.Unpack("getModel", data)
	if err != nil {
		return *new(IModelRegistryModel), err
	}
	out0 := *abi.ConvertType(out[0], new(IModelRegistryModel)).(*IModelRegistryModel)
	return out0, nil
}

// PackIsTokenized is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x34e40af7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isTokenized(uint256 modelId) view returns(bool)
func (modelRegistry *ModelRegistry) PackIsTokenized(modelId *big.Int) []byte {
	enc, err := modelRegistry.abi.Pack("isTokenized", modelId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsTokenized is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x34e40af7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isTokenized(uint256 modelId) view returns(bool)
func (modelRegistry *ModelRegistry) TryPackIsTokenized(modelId *big.Int) ([]byte, error) {
	return modelRegistry.abi.Pack("isTokenized", modelId)
}

// UnpackIsTokenized is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x34e40af7.
//
// Solidity: function isTokenized(uint256 modelId) view returns(bool)
func (modelRegistry *ModelRegistry) UnpackIsTokenized(data []byte) (bool, error) {
	out, err := modelRegistry.abi.Unpack("isTokenized", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackMaxChallengeWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x262ea94d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function maxChallengeWindow() view returns(uint32)
func (modelRegistry *ModelRegistry) PackMaxChallengeWindow() []byte {
	enc, err := modelRegistry.abi.Pack("maxChallengeWindow")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMaxChallengeWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x262ea94d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function maxChallengeWindow() view returns(uint32)
func (modelRegistry *ModelRegistry) TryPackMaxChallengeWindow() ([]byte, error) {
	return modelRegistry.abi.Pack("maxChallengeWindow")
}

// UnpackMaxChallengeWindow is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x262ea94d.
//
// Solidity: function maxChallengeWindow() view returns(uint32)
func (modelRegistry *ModelRegistry) UnpackMaxChallengeWindow(data []byte) (uint32, error) {
	out, err := modelRegistry.abi.Unpack("maxChallengeWindow", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackMinChallengeWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcdafdbb1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function minChallengeWindow() view returns(uint32)
func (modelRegistry *ModelRegistry) PackMinChallengeWindow() []byte {
	enc, err := modelRegistry.abi.Pack("minChallengeWindow")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMinChallengeWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcdafdbb1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function minChallengeWindow() view returns(uint32)
func (modelRegistry *ModelRegistry) TryPackMinChallengeWindow() ([]byte, error) {
	return modelRegistry.abi.Pack("minChallengeWindow")
}

// UnpackMinChallengeWindow is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcdafdbb1.
//
// Solidity: function minChallengeWindow() view returns(uint32)
func (modelRegistry *ModelRegistry) UnpackMinChallengeWindow(data []byte) (uint32, error) {
	out, err := modelRegistry.abi.Unpack("minChallengeWindow", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackModelCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc6a645fe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function modelCount() view returns(uint32)
func (modelRegistry *ModelRegistry) PackModelCount() []byte {
	enc, err := modelRegistry.abi.Pack("modelCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackModelCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc6a645fe.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function modelCount() view returns(uint32)
func (modelRegistry *ModelRegistry) TryPackModelCount() ([]byte, error) {
	return modelRegistry.abi.Pack("modelCount")
}

// UnpackModelCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc6a645fe.
//
// Solidity: function modelCount() view returns(uint32)
func (modelRegistry *ModelRegistry) UnpackModelCount(data []byte) (uint32, error) {
	out, err := modelRegistry.abi.Unpack("modelCount", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackModelTerms is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfdefad29.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function modelTerms(uint256 modelId) view returns((uint96,uint32,uint8,bool,bool,bool) terms)
func (modelRegistry *ModelRegistry) PackModelTerms(modelId *big.Int) []byte {
	enc, err := modelRegistry.abi.Pack("modelTerms", modelId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackModelTerms is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfdefad29.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function modelTerms(uint256 modelId) view returns((uint96,uint32,uint8,bool,bool,bool) terms)
func (modelRegistry *ModelRegistry) TryPackModelTerms(modelId *big.Int) ([]byte, error) {
	return modelRegistry.abi.Pack("modelTerms", modelId)
}

// UnpackModelTerms is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfdefad29.
//
// Solidity: function modelTerms(uint256 modelId) view returns((uint96,uint32,uint8,bool,bool,bool) terms)
func (modelRegistry *ModelRegistry) UnpackModelTerms(data []byte) (IModelRegistryModelTerms, error) {
	out, err := modelRegistry.abi.Unpack("modelTerms", data)
	if err != nil {
		return *new(IModelRegistryModelTerms), err
	}
	out0 := *abi.ConvertType(out[0], new(IModelRegistryModelTerms)).(*IModelRegistryModelTerms)
	return out0, nil
}

// PackPendingChanges is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd96df944.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pendingChanges(uint256 modelId) view returns(uint96 fee, uint40 feeEffectiveAt, uint40 deprecationEffectiveAt)
func (modelRegistry *ModelRegistry) PackPendingChanges(modelId *big.Int) []byte {
	enc, err := modelRegistry.abi.Pack("pendingChanges", modelId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPendingChanges is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd96df944.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pendingChanges(uint256 modelId) view returns(uint96 fee, uint40 feeEffectiveAt, uint40 deprecationEffectiveAt)
func (modelRegistry *ModelRegistry) TryPackPendingChanges(modelId *big.Int) ([]byte, error) {
	return modelRegistry.abi.Pack("pendingChanges", modelId)
}

// PendingChangesOutput serves as a container for the return parameters of contract
// method PendingChanges.
type PendingChangesOutput struct {
	Fee                    *big.Int
	FeeEffectiveAt         *big.Int
	DeprecationEffectiveAt *big.Int
}

// UnpackPendingChanges is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd96df944.
//
// Solidity: function pendingChanges(uint256 modelId) view returns(uint96 fee, uint40 feeEffectiveAt, uint40 deprecationEffectiveAt)
func (modelRegistry *ModelRegistry) UnpackPendingChanges(data []byte) (PendingChangesOutput, error) {
	out, err := modelRegistry.abi.Unpack("pendingChanges", data)
	outstruct := new(PendingChangesOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Fee = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.FeeEffectiveAt = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.DeprecationEffectiveAt = abi.ConvertType(out[2], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackPublishModelData is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0a828489.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function publishModelData(uint256 modelId, bytes chunk, bytes32 rest) returns()
func (modelRegistry *ModelRegistry) PackPublishModelData(modelId *big.Int, chunk []byte, rest [32]byte) []byte {
	enc, err := modelRegistry.abi.Pack("publishModelData", modelId, chunk, rest)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPublishModelData is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0a828489.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function publishModelData(uint256 modelId, bytes chunk, bytes32 rest) returns()
func (modelRegistry *ModelRegistry) TryPackPublishModelData(modelId *big.Int, chunk []byte, rest [32]byte) ([]byte, error) {
	return modelRegistry.abi.Pack("publishModelData", modelId, chunk, rest)
}

// PackReceiverOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf31d8c31.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function receiverOf(uint256 modelId) view returns(address receiver)
func (modelRegistry *ModelRegistry) PackReceiverOf(modelId *big.Int) []byte {
	enc, err := modelRegistry.abi.Pack("receiverOf", modelId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReceiverOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf31d8c31.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function receiverOf(uint256 modelId) view returns(address receiver)
func (modelRegistry *ModelRegistry) TryPackReceiverOf(modelId *big.Int) ([]byte, error) {
	return modelRegistry.abi.Pack("receiverOf", modelId)
}

// UnpackReceiverOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf31d8c31.
//
// Solidity: function receiverOf(uint256 modelId) view returns(address receiver)
func (modelRegistry *ModelRegistry) UnpackReceiverOf(data []byte) (common.Address, error) {
	out, err := modelRegistry.abi.Unpack("receiverOf", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackRegisterModel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf3c8da22.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registerModel(bytes32 onnxHash, bytes32 programHash, bytes32 layoutRoot, bytes inputShapes, string uri, uint96 fee, uint8 mode, uint32 challengeWindow, address zkVerifier, bytes32 zkKeysHash, string zkKeysUri) returns(uint256 modelId)
func (modelRegistry *ModelRegistry) PackRegisterModel(onnxHash [32]byte, programHash [32]byte, layoutRoot [32]byte, inputShapes []byte, uri string, fee *big.Int, mode uint8, challengeWindow uint32, zkVerifier common.Address, zkKeysHash [32]byte, zkKeysUri string) []byte {
	enc, err := modelRegistry.abi.Pack("registerModel", onnxHash, programHash, layoutRoot, inputShapes, uri, fee, mode, challengeWindow, zkVerifier, zkKeysHash, zkKeysUri)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegisterModel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf3c8da22.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function registerModel(bytes32 onnxHash, bytes32 programHash, bytes32 layoutRoot, bytes inputShapes, string uri, uint96 fee, uint8 mode, uint32 challengeWindow, address zkVerifier, bytes32 zkKeysHash, string zkKeysUri) returns(uint256 modelId)
func (modelRegistry *ModelRegistry) TryPackRegisterModel(onnxHash [32]byte, programHash [32]byte, layoutRoot [32]byte, inputShapes []byte, uri string, fee *big.Int, mode uint8, challengeWindow uint32, zkVerifier common.Address, zkKeysHash [32]byte, zkKeysUri string) ([]byte, error) {
	return modelRegistry.abi.Pack("registerModel", onnxHash, programHash, layoutRoot, inputShapes, uri, fee, mode, challengeWindow, zkVerifier, zkKeysHash, zkKeysUri)
}

// UnpackRegisterModel is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf3c8da22.
//
// Solidity: function registerModel(bytes32 onnxHash, bytes32 programHash, bytes32 layoutRoot, bytes inputShapes, string uri, uint96 fee, uint8 mode, uint32 challengeWindow, address zkVerifier, bytes32 zkKeysHash, string zkKeysUri) returns(uint256 modelId)
func (modelRegistry *ModelRegistry) UnpackRegisterModel(data []byte) (*big.Int, error) {
	out, err := modelRegistry.abi.Unpack("registerModel", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSetFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb0034f22.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setFee(uint256 modelId, uint96 fee) returns()
func (modelRegistry *ModelRegistry) PackSetFee(modelId *big.Int, fee *big.Int) []byte {
	enc, err := modelRegistry.abi.Pack("setFee", modelId, fee)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb0034f22.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setFee(uint256 modelId, uint96 fee) returns()
func (modelRegistry *ModelRegistry) TryPackSetFee(modelId *big.Int, fee *big.Int) ([]byte, error) {
	return modelRegistry.abi.Pack("setFee", modelId, fee)
}

// PackSetReceiver is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb80d0586.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setReceiver(uint256 modelId, address receiver) returns()
func (modelRegistry *ModelRegistry) PackSetReceiver(modelId *big.Int, receiver common.Address) []byte {
	enc, err := modelRegistry.abi.Pack("setReceiver", modelId, receiver)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetReceiver is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb80d0586.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setReceiver(uint256 modelId, address receiver) returns()
func (modelRegistry *ModelRegistry) TryPackSetReceiver(modelId *big.Int, receiver common.Address) ([]byte, error) {
	return modelRegistry.abi.Pack("setReceiver", modelId, receiver)
}

// PackSetTokenizer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1449db22.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setTokenizer(address tokenizer_) returns()
func (modelRegistry *ModelRegistry) PackSetTokenizer(tokenizer common.Address) []byte {
	enc, err := modelRegistry.abi.Pack("setTokenizer", tokenizer)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetTokenizer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1449db22.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setTokenizer(address tokenizer_) returns()
func (modelRegistry *ModelRegistry) TryPackSetTokenizer(tokenizer common.Address) ([]byte, error) {
	return modelRegistry.abi.Pack("setTokenizer", tokenizer)
}

// PackSetURI is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x862440e2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setURI(uint256 modelId, string uri) returns()
func (modelRegistry *ModelRegistry) PackSetURI(modelId *big.Int, uri string) []byte {
	enc, err := modelRegistry.abi.Pack("setURI", modelId, uri)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetURI is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x862440e2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setURI(uint256 modelId, string uri) returns()
func (modelRegistry *ModelRegistry) TryPackSetURI(modelId *big.Int, uri string) ([]byte, error) {
	return modelRegistry.abi.Pack("setURI", modelId, uri)
}

// PackSetZkKeysURI is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4b9158c7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setZkKeysURI(uint256 modelId, string uri) returns()
func (modelRegistry *ModelRegistry) PackSetZkKeysURI(modelId *big.Int, uri string) []byte {
	enc, err := modelRegistry.abi.Pack("setZkKeysURI", modelId, uri)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetZkKeysURI is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4b9158c7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setZkKeysURI(uint256 modelId, string uri) returns()
func (modelRegistry *ModelRegistry) TryPackSetZkKeysURI(modelId *big.Int, uri string) ([]byte, error) {
	return modelRegistry.abi.Pack("setZkKeysURI", modelId, uri)
}

// PackTokenize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x738dcdb3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function tokenize(uint256 modelId, address token) returns()
func (modelRegistry *ModelRegistry) PackTokenize(modelId *big.Int, token common.Address) []byte {
	enc, err := modelRegistry.abi.Pack("tokenize", modelId, token)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTokenize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x738dcdb3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function tokenize(uint256 modelId, address token) returns()
func (modelRegistry *ModelRegistry) TryPackTokenize(modelId *big.Int, token common.Address) ([]byte, error) {
	return modelRegistry.abi.Pack("tokenize", modelId, token)
}

// PackTokenizer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf0d26e1c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function tokenizer() view returns(address)
func (modelRegistry *ModelRegistry) PackTokenizer() []byte {
	enc, err := modelRegistry.abi.Pack("tokenizer")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTokenizer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf0d26e1c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function tokenizer() view returns(address)
func (modelRegistry *ModelRegistry) TryPackTokenizer() ([]byte, error) {
	return modelRegistry.abi.Pack("tokenizer")
}

// UnpackTokenizer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf0d26e1c.
//
// Solidity: function tokenizer() view returns(address)
func (modelRegistry *ModelRegistry) UnpackTokenizer(data []byte) (common.Address, error) {
	out, err := modelRegistry.abi.Unpack("tokenizer", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackTransferModelOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc704acc2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferModelOwnership(uint256 modelId, address newOwner) returns()
func (modelRegistry *ModelRegistry) PackTransferModelOwnership(modelId *big.Int, newOwner common.Address) []byte {
	enc, err := modelRegistry.abi.Pack("transferModelOwnership", modelId, newOwner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferModelOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc704acc2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferModelOwnership(uint256 modelId, address newOwner) returns()
func (modelRegistry *ModelRegistry) TryPackTransferModelOwnership(modelId *big.Int, newOwner common.Address) ([]byte, error) {
	return modelRegistry.abi.Pack("transferModelOwnership", modelId, newOwner)
}

// PackZkVerifierOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcdd5644c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function zkVerifierOf(uint256 modelId) view returns(address)
func (modelRegistry *ModelRegistry) PackZkVerifierOf(modelId *big.Int) []byte {
	enc, err := modelRegistry.abi.Pack("zkVerifierOf", modelId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackZkVerifierOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcdd5644c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function zkVerifierOf(uint256 modelId) view returns(address)
func (modelRegistry *ModelRegistry) TryPackZkVerifierOf(modelId *big.Int) ([]byte, error) {
	return modelRegistry.abi.Pack("zkVerifierOf", modelId)
}

// UnpackZkVerifierOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcdd5644c.
//
// Solidity: function zkVerifierOf(uint256 modelId) view returns(address)
func (modelRegistry *ModelRegistry) UnpackZkVerifierOf(data []byte) (common.Address, error) {
	out, err := modelRegistry.abi.Unpack("zkVerifierOf", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// ModelRegistryModelDataAvailable represents a ModelDataAvailable event raised by the ModelRegistry contract.
type ModelRegistryModelDataAvailable struct {
	ModelId *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const ModelRegistryModelDataAvailableEventName = "ModelDataAvailable"

// ContractEventName returns the user-defined event name.
func (ModelRegistryModelDataAvailable) ContractEventName() string {
	return ModelRegistryModelDataAvailableEventName
}

// UnpackModelDataAvailableEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ModelDataAvailable(uint256 indexed modelId)
func (modelRegistry *ModelRegistry) UnpackModelDataAvailableEvent(log *types.Log) (*ModelRegistryModelDataAvailable, error) {
	event := "ModelDataAvailable"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != modelRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ModelRegistryModelDataAvailable)
	if len(log.Data) > 0 {
		if err := modelRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range modelRegistry.abi.Events[event].Inputs {
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

// ModelRegistryModelDataPublished represents a ModelDataPublished event raised by the ModelRegistry contract.
type ModelRegistryModelDataPublished struct {
	ModelId *big.Int
	Index   *big.Int
	Chunk   []byte
	Raw     *types.Log // Blockchain specific contextual infos
}

const ModelRegistryModelDataPublishedEventName = "ModelDataPublished"

// ContractEventName returns the user-defined event name.
func (ModelRegistryModelDataPublished) ContractEventName() string {
	return ModelRegistryModelDataPublishedEventName
}

// UnpackModelDataPublishedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ModelDataPublished(uint256 indexed modelId, uint256 indexed index, bytes chunk)
func (modelRegistry *ModelRegistry) UnpackModelDataPublishedEvent(log *types.Log) (*ModelRegistryModelDataPublished, error) {
	event := "ModelDataPublished"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != modelRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ModelRegistryModelDataPublished)
	if len(log.Data) > 0 {
		if err := modelRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range modelRegistry.abi.Events[event].Inputs {
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

// ModelRegistryModelDeprecated represents a ModelDeprecated event raised by the ModelRegistry contract.
type ModelRegistryModelDeprecated struct {
	ModelId *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const ModelRegistryModelDeprecatedEventName = "ModelDeprecated"

// ContractEventName returns the user-defined event name.
func (ModelRegistryModelDeprecated) ContractEventName() string {
	return ModelRegistryModelDeprecatedEventName
}

// UnpackModelDeprecatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ModelDeprecated(uint256 indexed modelId)
func (modelRegistry *ModelRegistry) UnpackModelDeprecatedEvent(log *types.Log) (*ModelRegistryModelDeprecated, error) {
	event := "ModelDeprecated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != modelRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ModelRegistryModelDeprecated)
	if len(log.Data) > 0 {
		if err := modelRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range modelRegistry.abi.Events[event].Inputs {
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

// ModelRegistryModelDeprecationAnnounced represents a ModelDeprecationAnnounced event raised by the ModelRegistry contract.
type ModelRegistryModelDeprecationAnnounced struct {
	ModelId     *big.Int
	EffectiveAt *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const ModelRegistryModelDeprecationAnnouncedEventName = "ModelDeprecationAnnounced"

// ContractEventName returns the user-defined event name.
func (ModelRegistryModelDeprecationAnnounced) ContractEventName() string {
	return ModelRegistryModelDeprecationAnnouncedEventName
}

// UnpackModelDeprecationAnnouncedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ModelDeprecationAnnounced(uint256 indexed modelId, uint40 effectiveAt)
func (modelRegistry *ModelRegistry) UnpackModelDeprecationAnnouncedEvent(log *types.Log) (*ModelRegistryModelDeprecationAnnounced, error) {
	event := "ModelDeprecationAnnounced"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != modelRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ModelRegistryModelDeprecationAnnounced)
	if len(log.Data) > 0 {
		if err := modelRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range modelRegistry.abi.Events[event].Inputs {
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

// ModelRegistryModelDeprecationCancelled represents a ModelDeprecationCancelled event raised by the ModelRegistry contract.
type ModelRegistryModelDeprecationCancelled struct {
	ModelId *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const ModelRegistryModelDeprecationCancelledEventName = "ModelDeprecationCancelled"

// ContractEventName returns the user-defined event name.
func (ModelRegistryModelDeprecationCancelled) ContractEventName() string {
	return ModelRegistryModelDeprecationCancelledEventName
}

// UnpackModelDeprecationCancelledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ModelDeprecationCancelled(uint256 indexed modelId)
func (modelRegistry *ModelRegistry) UnpackModelDeprecationCancelledEvent(log *types.Log) (*ModelRegistryModelDeprecationCancelled, error) {
	event := "ModelDeprecationCancelled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != modelRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ModelRegistryModelDeprecationCancelled)
	if len(log.Data) > 0 {
		if err := modelRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range modelRegistry.abi.Events[event].Inputs {
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

// ModelRegistryModelFeeChangeAnnounced represents a ModelFeeChangeAnnounced event raised by the ModelRegistry contract.
type ModelRegistryModelFeeChangeAnnounced struct {
	ModelId     *big.Int
	Fee         *big.Int
	EffectiveAt *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const ModelRegistryModelFeeChangeAnnouncedEventName = "ModelFeeChangeAnnounced"

// ContractEventName returns the user-defined event name.
func (ModelRegistryModelFeeChangeAnnounced) ContractEventName() string {
	return ModelRegistryModelFeeChangeAnnouncedEventName
}

// UnpackModelFeeChangeAnnouncedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ModelFeeChangeAnnounced(uint256 indexed modelId, uint96 fee, uint40 effectiveAt)
func (modelRegistry *ModelRegistry) UnpackModelFeeChangeAnnouncedEvent(log *types.Log) (*ModelRegistryModelFeeChangeAnnounced, error) {
	event := "ModelFeeChangeAnnounced"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != modelRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ModelRegistryModelFeeChangeAnnounced)
	if len(log.Data) > 0 {
		if err := modelRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range modelRegistry.abi.Events[event].Inputs {
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

// ModelRegistryModelFeeChangeCancelled represents a ModelFeeChangeCancelled event raised by the ModelRegistry contract.
type ModelRegistryModelFeeChangeCancelled struct {
	ModelId *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const ModelRegistryModelFeeChangeCancelledEventName = "ModelFeeChangeCancelled"

// ContractEventName returns the user-defined event name.
func (ModelRegistryModelFeeChangeCancelled) ContractEventName() string {
	return ModelRegistryModelFeeChangeCancelledEventName
}

// UnpackModelFeeChangeCancelledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ModelFeeChangeCancelled(uint256 indexed modelId)
func (modelRegistry *ModelRegistry) UnpackModelFeeChangeCancelledEvent(log *types.Log) (*ModelRegistryModelFeeChangeCancelled, error) {
	event := "ModelFeeChangeCancelled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != modelRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ModelRegistryModelFeeChangeCancelled)
	if len(log.Data) > 0 {
		if err := modelRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range modelRegistry.abi.Events[event].Inputs {
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

// ModelRegistryModelFeeUpdated represents a ModelFeeUpdated event raised by the ModelRegistry contract.
type ModelRegistryModelFeeUpdated struct {
	ModelId *big.Int
	Fee     *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const ModelRegistryModelFeeUpdatedEventName = "ModelFeeUpdated"

// ContractEventName returns the user-defined event name.
func (ModelRegistryModelFeeUpdated) ContractEventName() string {
	return ModelRegistryModelFeeUpdatedEventName
}

// UnpackModelFeeUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ModelFeeUpdated(uint256 indexed modelId, uint96 fee)
func (modelRegistry *ModelRegistry) UnpackModelFeeUpdatedEvent(log *types.Log) (*ModelRegistryModelFeeUpdated, error) {
	event := "ModelFeeUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != modelRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ModelRegistryModelFeeUpdated)
	if len(log.Data) > 0 {
		if err := modelRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range modelRegistry.abi.Events[event].Inputs {
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

// ModelRegistryModelOwnershipTransferred represents a ModelOwnershipTransferred event raised by the ModelRegistry contract.
type ModelRegistryModelOwnershipTransferred struct {
	ModelId       *big.Int
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const ModelRegistryModelOwnershipTransferredEventName = "ModelOwnershipTransferred"

// ContractEventName returns the user-defined event name.
func (ModelRegistryModelOwnershipTransferred) ContractEventName() string {
	return ModelRegistryModelOwnershipTransferredEventName
}

// UnpackModelOwnershipTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ModelOwnershipTransferred(uint256 indexed modelId, address indexed previousOwner, address indexed newOwner)
func (modelRegistry *ModelRegistry) UnpackModelOwnershipTransferredEvent(log *types.Log) (*ModelRegistryModelOwnershipTransferred, error) {
	event := "ModelOwnershipTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != modelRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ModelRegistryModelOwnershipTransferred)
	if len(log.Data) > 0 {
		if err := modelRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range modelRegistry.abi.Events[event].Inputs {
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

// ModelRegistryModelReceiverUpdated represents a ModelReceiverUpdated event raised by the ModelRegistry contract.
type ModelRegistryModelReceiverUpdated struct {
	ModelId  *big.Int
	Receiver common.Address
	Raw      *types.Log // Blockchain specific contextual infos
}

const ModelRegistryModelReceiverUpdatedEventName = "ModelReceiverUpdated"

// ContractEventName returns the user-defined event name.
func (ModelRegistryModelReceiverUpdated) ContractEventName() string {
	return ModelRegistryModelReceiverUpdatedEventName
}

// UnpackModelReceiverUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ModelReceiverUpdated(uint256 indexed modelId, address receiver)
func (modelRegistry *ModelRegistry) UnpackModelReceiverUpdatedEvent(log *types.Log) (*ModelRegistryModelReceiverUpdated, error) {
	event := "ModelReceiverUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != modelRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ModelRegistryModelReceiverUpdated)
	if len(log.Data) > 0 {
		if err := modelRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range modelRegistry.abi.Events[event].Inputs {
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

// ModelRegistryModelRegistered represents a ModelRegistered event raised by the ModelRegistry contract.
type ModelRegistryModelRegistered struct {
	ModelId         *big.Int
	Owner           common.Address
	OnnxHash        [32]byte
	ProgramHash     [32]byte
	LayoutRoot      [32]byte
	InputShapes     []byte
	Uri             string
	Fee             *big.Int
	Mode            uint8
	ChallengeWindow uint32
	ZkVerifier      common.Address
	ZkKeysHash      [32]byte
	ZkKeysUri       string
	Raw             *types.Log // Blockchain specific contextual infos
}

const ModelRegistryModelRegisteredEventName = "ModelRegistered"

// ContractEventName returns the user-defined event name.
func (ModelRegistryModelRegistered) ContractEventName() string {
	return ModelRegistryModelRegisteredEventName
}

// UnpackModelRegisteredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ModelRegistered(uint256 indexed modelId, address indexed owner, bytes32 onnxHash, bytes32 programHash, bytes32 layoutRoot, bytes inputShapes, string uri, uint96 fee, uint8 mode, uint32 challengeWindow, address zkVerifier, bytes32 zkKeysHash, string zkKeysUri)
func (modelRegistry *ModelRegistry) UnpackModelRegisteredEvent(log *types.Log) (*ModelRegistryModelRegistered, error) {
	event := "ModelRegistered"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != modelRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ModelRegistryModelRegistered)
	if len(log.Data) > 0 {
		if err := modelRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range modelRegistry.abi.Events[event].Inputs {
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

// ModelRegistryModelTokenized represents a ModelTokenized event raised by the ModelRegistry contract.
type ModelRegistryModelTokenized struct {
	ModelId *big.Int
	Token   common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const ModelRegistryModelTokenizedEventName = "ModelTokenized"

// ContractEventName returns the user-defined event name.
func (ModelRegistryModelTokenized) ContractEventName() string {
	return ModelRegistryModelTokenizedEventName
}

// UnpackModelTokenizedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ModelTokenized(uint256 indexed modelId, address indexed token)
func (modelRegistry *ModelRegistry) UnpackModelTokenizedEvent(log *types.Log) (*ModelRegistryModelTokenized, error) {
	event := "ModelTokenized"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != modelRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ModelRegistryModelTokenized)
	if len(log.Data) > 0 {
		if err := modelRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range modelRegistry.abi.Events[event].Inputs {
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

// ModelRegistryModelURIUpdated represents a ModelURIUpdated event raised by the ModelRegistry contract.
type ModelRegistryModelURIUpdated struct {
	ModelId *big.Int
	Uri     string
	Raw     *types.Log // Blockchain specific contextual infos
}

const ModelRegistryModelURIUpdatedEventName = "ModelURIUpdated"

// ContractEventName returns the user-defined event name.
func (ModelRegistryModelURIUpdated) ContractEventName() string {
	return ModelRegistryModelURIUpdatedEventName
}

// UnpackModelURIUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ModelURIUpdated(uint256 indexed modelId, string uri)
func (modelRegistry *ModelRegistry) UnpackModelURIUpdatedEvent(log *types.Log) (*ModelRegistryModelURIUpdated, error) {
	event := "ModelURIUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != modelRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ModelRegistryModelURIUpdated)
	if len(log.Data) > 0 {
		if err := modelRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range modelRegistry.abi.Events[event].Inputs {
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

// ModelRegistryTokenizerSet represents a TokenizerSet event raised by the ModelRegistry contract.
type ModelRegistryTokenizerSet struct {
	Tokenizer common.Address
	Raw       *types.Log // Blockchain specific contextual infos
}

const ModelRegistryTokenizerSetEventName = "TokenizerSet"

// ContractEventName returns the user-defined event name.
func (ModelRegistryTokenizerSet) ContractEventName() string {
	return ModelRegistryTokenizerSetEventName
}

// UnpackTokenizerSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TokenizerSet(address indexed tokenizer)
func (modelRegistry *ModelRegistry) UnpackTokenizerSetEvent(log *types.Log) (*ModelRegistryTokenizerSet, error) {
	event := "TokenizerSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != modelRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ModelRegistryTokenizerSet)
	if len(log.Data) > 0 {
		if err := modelRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range modelRegistry.abi.Events[event].Inputs {
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

// ModelRegistryZkKeysURIUpdated represents a ZkKeysURIUpdated event raised by the ModelRegistry contract.
type ModelRegistryZkKeysURIUpdated struct {
	ModelId *big.Int
	Uri     string
	Raw     *types.Log // Blockchain specific contextual infos
}

const ModelRegistryZkKeysURIUpdatedEventName = "ZkKeysURIUpdated"

// ContractEventName returns the user-defined event name.
func (ModelRegistryZkKeysURIUpdated) ContractEventName() string {
	return ModelRegistryZkKeysURIUpdatedEventName
}

// UnpackZkKeysURIUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ZkKeysURIUpdated(uint256 indexed modelId, string uri)
func (modelRegistry *ModelRegistry) UnpackZkKeysURIUpdatedEvent(log *types.Log) (*ModelRegistryZkKeysURIUpdated, error) {
	event := "ZkKeysURIUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != modelRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ModelRegistryZkKeysURIUpdated)
	if len(log.Data) > 0 {
		if err := modelRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range modelRegistry.abi.Events[event].Inputs {
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
func (modelRegistry *ModelRegistry) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], modelRegistry.abi.Errors["AlreadyDeprecated"].ID.Bytes()[:4]) {
		return modelRegistry.UnpackAlreadyDeprecatedError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelRegistry.abi.Errors["AlreadyTokenized"].ID.Bytes()[:4]) {
		return modelRegistry.UnpackAlreadyTokenizedError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelRegistry.abi.Errors["ChallengeWindowOutOfBounds"].ID.Bytes()[:4]) {
		return modelRegistry.UnpackChallengeWindowOutOfBoundsError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelRegistry.abi.Errors["DataAlreadyAvailable"].ID.Bytes()[:4]) {
		return modelRegistry.UnpackDataAlreadyAvailableError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelRegistry.abi.Errors["DataChunkLength"].ID.Bytes()[:4]) {
		return modelRegistry.UnpackDataChunkLengthError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelRegistry.abi.Errors["DataChunkMismatch"].ID.Bytes()[:4]) {
		return modelRegistry.UnpackDataChunkMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelRegistry.abi.Errors["DeprecationPending"].ID.Bytes()[:4]) {
		return modelRegistry.UnpackDeprecationPendingError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelRegistry.abi.Errors["EmptyURI"].ID.Bytes()[:4]) {
		return modelRegistry.UnpackEmptyURIError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelRegistry.abi.Errors["FeeChangeOutOfBounds"].ID.Bytes()[:4]) {
		return modelRegistry.UnpackFeeChangeOutOfBoundsError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelRegistry.abi.Errors["ModelNotFound"].ID.Bytes()[:4]) {
		return modelRegistry.UnpackModelNotFoundError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelRegistry.abi.Errors["NoDeprecationPending"].ID.Bytes()[:4]) {
		return modelRegistry.UnpackNoDeprecationPendingError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelRegistry.abi.Errors["NoFeeChangePending"].ID.Bytes()[:4]) {
		return modelRegistry.UnpackNoFeeChangePendingError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelRegistry.abi.Errors["NotDeployer"].ID.Bytes()[:4]) {
		return modelRegistry.UnpackNotDeployerError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelRegistry.abi.Errors["NotModelOwner"].ID.Bytes()[:4]) {
		return modelRegistry.UnpackNotModelOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelRegistry.abi.Errors["NotTokenized"].ID.Bytes()[:4]) {
		return modelRegistry.UnpackNotTokenizedError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelRegistry.abi.Errors["NotTokenizer"].ID.Bytes()[:4]) {
		return modelRegistry.UnpackNotTokenizerError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelRegistry.abi.Errors["ReceiverLocked"].ID.Bytes()[:4]) {
		return modelRegistry.UnpackReceiverLockedError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelRegistry.abi.Errors["TokenizerAlreadySet"].ID.Bytes()[:4]) {
		return modelRegistry.UnpackTokenizerAlreadySetError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelRegistry.abi.Errors["TokenizerHasNoCode"].ID.Bytes()[:4]) {
		return modelRegistry.UnpackTokenizerHasNoCodeError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelRegistry.abi.Errors["VerifierHasNoCode"].ID.Bytes()[:4]) {
		return modelRegistry.UnpackVerifierHasNoCodeError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelRegistry.abi.Errors["VerifierNotAllowed"].ID.Bytes()[:4]) {
		return modelRegistry.UnpackVerifierNotAllowedError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelRegistry.abi.Errors["VerifierRequired"].ID.Bytes()[:4]) {
		return modelRegistry.UnpackVerifierRequiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelRegistry.abi.Errors["ZeroAddress"].ID.Bytes()[:4]) {
		return modelRegistry.UnpackZeroAddressError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelRegistry.abi.Errors["ZeroFee"].ID.Bytes()[:4]) {
		return modelRegistry.UnpackZeroFeeError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelRegistry.abi.Errors["ZeroHash"].ID.Bytes()[:4]) {
		return modelRegistry.UnpackZeroHashError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelRegistry.abi.Errors["ZkKeysNotAllowed"].ID.Bytes()[:4]) {
		return modelRegistry.UnpackZkKeysNotAllowedError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelRegistry.abi.Errors["ZkKeysRequired"].ID.Bytes()[:4]) {
		return modelRegistry.UnpackZkKeysRequiredError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// ModelRegistryAlreadyDeprecated represents a AlreadyDeprecated error raised by the ModelRegistry contract.
type ModelRegistryAlreadyDeprecated struct {
	ModelId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyDeprecated(uint256 modelId)
func ModelRegistryAlreadyDeprecatedErrorID() common.Hash {
	return common.HexToHash("0xa566e89c1173e306540da1276a93bdabc08286beaf5c8765a6ea1c9fdcb246ba")
}

// UnpackAlreadyDeprecatedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyDeprecated(uint256 modelId)
func (modelRegistry *ModelRegistry) UnpackAlreadyDeprecatedError(raw []byte) (*ModelRegistryAlreadyDeprecated, error) {
	out := new(ModelRegistryAlreadyDeprecated)
	if err := modelRegistry.abi.UnpackIntoInterface(out, "AlreadyDeprecated", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelRegistryAlreadyTokenized represents a AlreadyTokenized error raised by the ModelRegistry contract.
type ModelRegistryAlreadyTokenized struct {
	ModelId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyTokenized(uint256 modelId)
func ModelRegistryAlreadyTokenizedErrorID() common.Hash {
	return common.HexToHash("0x781c426f380e6da6b6d186cdc3d21bde64520ac899ede826126a95739c2a9b8c")
}

// UnpackAlreadyTokenizedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyTokenized(uint256 modelId)
func (modelRegistry *ModelRegistry) UnpackAlreadyTokenizedError(raw []byte) (*ModelRegistryAlreadyTokenized, error) {
	out := new(ModelRegistryAlreadyTokenized)
	if err := modelRegistry.abi.UnpackIntoInterface(out, "AlreadyTokenized", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelRegistryChallengeWindowOutOfBounds represents a ChallengeWindowOutOfBounds error raised by the ModelRegistry contract.
type ModelRegistryChallengeWindowOutOfBounds struct {
	Window uint32
	Min    uint32
	Max    uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ChallengeWindowOutOfBounds(uint32 window, uint32 min, uint32 max)
func ModelRegistryChallengeWindowOutOfBoundsErrorID() common.Hash {
	return common.HexToHash("0x66831b0de563ecbc2173eb3e5efd27644de8b46af3417a8b80f534cb324b9bd6")
}

// UnpackChallengeWindowOutOfBoundsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ChallengeWindowOutOfBounds(uint32 window, uint32 min, uint32 max)
func (modelRegistry *ModelRegistry) UnpackChallengeWindowOutOfBoundsError(raw []byte) (*ModelRegistryChallengeWindowOutOfBounds, error) {
	out := new(ModelRegistryChallengeWindowOutOfBounds)
	if err := modelRegistry.abi.UnpackIntoInterface(out, "ChallengeWindowOutOfBounds", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelRegistryDataAlreadyAvailable represents a DataAlreadyAvailable error raised by the ModelRegistry contract.
type ModelRegistryDataAlreadyAvailable struct {
	ModelId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DataAlreadyAvailable(uint256 modelId)
func ModelRegistryDataAlreadyAvailableErrorID() common.Hash {
	return common.HexToHash("0x0ccc230be5cd4918d3893029deaca17edb40bc2da1abd7a4f066f14cbfd96268")
}

// UnpackDataAlreadyAvailableError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DataAlreadyAvailable(uint256 modelId)
func (modelRegistry *ModelRegistry) UnpackDataAlreadyAvailableError(raw []byte) (*ModelRegistryDataAlreadyAvailable, error) {
	out := new(ModelRegistryDataAlreadyAvailable)
	if err := modelRegistry.abi.UnpackIntoInterface(out, "DataAlreadyAvailable", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelRegistryDataChunkLength represents a DataChunkLength error raised by the ModelRegistry contract.
type ModelRegistryDataChunkLength struct {
	ModelId *big.Int
	Index   *big.Int
	Length  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DataChunkLength(uint256 modelId, uint256 index, uint256 length)
func ModelRegistryDataChunkLengthErrorID() common.Hash {
	return common.HexToHash("0x74ae53b0cfc143260392cc0c8a3c16a5069e278fcc1cba1b23ae2e8630efb11c")
}

// UnpackDataChunkLengthError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DataChunkLength(uint256 modelId, uint256 index, uint256 length)
func (modelRegistry *ModelRegistry) UnpackDataChunkLengthError(raw []byte) (*ModelRegistryDataChunkLength, error) {
	out := new(ModelRegistryDataChunkLength)
	if err := modelRegistry.abi.UnpackIntoInterface(out, "DataChunkLength", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelRegistryDataChunkMismatch represents a DataChunkMismatch error raised by the ModelRegistry contract.
type ModelRegistryDataChunkMismatch struct {
	ModelId  *big.Int
	Index    *big.Int
	Expected [32]byte
	Actual   [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DataChunkMismatch(uint256 modelId, uint256 index, bytes32 expected, bytes32 actual)
func ModelRegistryDataChunkMismatchErrorID() common.Hash {
	return common.HexToHash("0xc5adbfa07c82eef5b975229ff1d01c188c1083c614806fa5e4c1f0ea58b37cd7")
}

// UnpackDataChunkMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DataChunkMismatch(uint256 modelId, uint256 index, bytes32 expected, bytes32 actual)
func (modelRegistry *ModelRegistry) UnpackDataChunkMismatchError(raw []byte) (*ModelRegistryDataChunkMismatch, error) {
	out := new(ModelRegistryDataChunkMismatch)
	if err := modelRegistry.abi.UnpackIntoInterface(out, "DataChunkMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelRegistryDeprecationPending represents a DeprecationPending error raised by the ModelRegistry contract.
type ModelRegistryDeprecationPending struct {
	ModelId     *big.Int
	EffectiveAt *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DeprecationPending(uint256 modelId, uint40 effectiveAt)
func ModelRegistryDeprecationPendingErrorID() common.Hash {
	return common.HexToHash("0x06c1c6775f9e6d79720ec46e78ea34c6ec15504937767b7fc70846faa90c0932")
}

// UnpackDeprecationPendingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DeprecationPending(uint256 modelId, uint40 effectiveAt)
func (modelRegistry *ModelRegistry) UnpackDeprecationPendingError(raw []byte) (*ModelRegistryDeprecationPending, error) {
	out := new(ModelRegistryDeprecationPending)
	if err := modelRegistry.abi.UnpackIntoInterface(out, "DeprecationPending", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelRegistryEmptyURI represents a EmptyURI error raised by the ModelRegistry contract.
type ModelRegistryEmptyURI struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EmptyURI()
func ModelRegistryEmptyURIErrorID() common.Hash {
	return common.HexToHash("0xd07b00d637fc447c4db1e1470623ac6e1155e0708df4f0b16edf7d6673bfd61e")
}

// UnpackEmptyURIError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EmptyURI()
func (modelRegistry *ModelRegistry) UnpackEmptyURIError(raw []byte) (*ModelRegistryEmptyURI, error) {
	out := new(ModelRegistryEmptyURI)
	if err := modelRegistry.abi.UnpackIntoInterface(out, "EmptyURI", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelRegistryFeeChangeOutOfBounds represents a FeeChangeOutOfBounds error raised by the ModelRegistry contract.
type ModelRegistryFeeChangeOutOfBounds struct {
	Fee *big.Int
	Min *big.Int
	Max *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FeeChangeOutOfBounds(uint96 fee, uint96 min, uint96 max)
func ModelRegistryFeeChangeOutOfBoundsErrorID() common.Hash {
	return common.HexToHash("0xd0f9c5e4cee387a19db91ba6f03f07e5034fbed24dd0a053c2926bb3f4f17544")
}

// UnpackFeeChangeOutOfBoundsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FeeChangeOutOfBounds(uint96 fee, uint96 min, uint96 max)
func (modelRegistry *ModelRegistry) UnpackFeeChangeOutOfBoundsError(raw []byte) (*ModelRegistryFeeChangeOutOfBounds, error) {
	out := new(ModelRegistryFeeChangeOutOfBounds)
	if err := modelRegistry.abi.UnpackIntoInterface(out, "FeeChangeOutOfBounds", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelRegistryModelNotFound represents a ModelNotFound error raised by the ModelRegistry contract.
type ModelRegistryModelNotFound struct {
	ModelId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ModelNotFound(uint256 modelId)
func ModelRegistryModelNotFoundErrorID() common.Hash {
	return common.HexToHash("0x6d710e146008a5f622bb595e6a691f7ce9ecb13fc2c7df968e9afe7db4c010c5")
}

// UnpackModelNotFoundError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ModelNotFound(uint256 modelId)
func (modelRegistry *ModelRegistry) UnpackModelNotFoundError(raw []byte) (*ModelRegistryModelNotFound, error) {
	out := new(ModelRegistryModelNotFound)
	if err := modelRegistry.abi.UnpackIntoInterface(out, "ModelNotFound", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelRegistryNoDeprecationPending represents a NoDeprecationPending error raised by the ModelRegistry contract.
type ModelRegistryNoDeprecationPending struct {
	ModelId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoDeprecationPending(uint256 modelId)
func ModelRegistryNoDeprecationPendingErrorID() common.Hash {
	return common.HexToHash("0x8ab06e69ac001ab906ab8986383f760dd7b6e3d1003e1def25af313f5f1f3a6c")
}

// UnpackNoDeprecationPendingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoDeprecationPending(uint256 modelId)
func (modelRegistry *ModelRegistry) UnpackNoDeprecationPendingError(raw []byte) (*ModelRegistryNoDeprecationPending, error) {
	out := new(ModelRegistryNoDeprecationPending)
	if err := modelRegistry.abi.UnpackIntoInterface(out, "NoDeprecationPending", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelRegistryNoFeeChangePending represents a NoFeeChangePending error raised by the ModelRegistry contract.
type ModelRegistryNoFeeChangePending struct {
	ModelId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoFeeChangePending(uint256 modelId)
func ModelRegistryNoFeeChangePendingErrorID() common.Hash {
	return common.HexToHash("0x007faefc059ad7b6b4801cdf84c8b359bf97e40439443d8f0b341f89a08b06b3")
}

// UnpackNoFeeChangePendingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoFeeChangePending(uint256 modelId)
func (modelRegistry *ModelRegistry) UnpackNoFeeChangePendingError(raw []byte) (*ModelRegistryNoFeeChangePending, error) {
	out := new(ModelRegistryNoFeeChangePending)
	if err := modelRegistry.abi.UnpackIntoInterface(out, "NoFeeChangePending", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelRegistryNotDeployer represents a NotDeployer error raised by the ModelRegistry contract.
type ModelRegistryNotDeployer struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotDeployer(address caller)
func ModelRegistryNotDeployerErrorID() common.Hash {
	return common.HexToHash("0x0c8cc036c9c98ca91a606f42bb4fd73acf8431b681f0e19ddaaaf88693e5c4a5")
}

// UnpackNotDeployerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotDeployer(address caller)
func (modelRegistry *ModelRegistry) UnpackNotDeployerError(raw []byte) (*ModelRegistryNotDeployer, error) {
	out := new(ModelRegistryNotDeployer)
	if err := modelRegistry.abi.UnpackIntoInterface(out, "NotDeployer", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelRegistryNotModelOwner represents a NotModelOwner error raised by the ModelRegistry contract.
type ModelRegistryNotModelOwner struct {
	ModelId *big.Int
	Caller  common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotModelOwner(uint256 modelId, address caller)
func ModelRegistryNotModelOwnerErrorID() common.Hash {
	return common.HexToHash("0x25a0f138b9f431edbdb764e5493fb6e83edb0cd2ec44878255eebc6a0455a08a")
}

// UnpackNotModelOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotModelOwner(uint256 modelId, address caller)
func (modelRegistry *ModelRegistry) UnpackNotModelOwnerError(raw []byte) (*ModelRegistryNotModelOwner, error) {
	out := new(ModelRegistryNotModelOwner)
	if err := modelRegistry.abi.UnpackIntoInterface(out, "NotModelOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelRegistryNotTokenized represents a NotTokenized error raised by the ModelRegistry contract.
type ModelRegistryNotTokenized struct {
	ModelId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotTokenized(uint256 modelId)
func ModelRegistryNotTokenizedErrorID() common.Hash {
	return common.HexToHash("0x02db25ec5ed0e122dd70fa26a641f4d28312f4c891883d4f9762ffbe5b356e21")
}

// UnpackNotTokenizedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotTokenized(uint256 modelId)
func (modelRegistry *ModelRegistry) UnpackNotTokenizedError(raw []byte) (*ModelRegistryNotTokenized, error) {
	out := new(ModelRegistryNotTokenized)
	if err := modelRegistry.abi.UnpackIntoInterface(out, "NotTokenized", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelRegistryNotTokenizer represents a NotTokenizer error raised by the ModelRegistry contract.
type ModelRegistryNotTokenizer struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotTokenizer(address caller)
func ModelRegistryNotTokenizerErrorID() common.Hash {
	return common.HexToHash("0x3b81bb9e247b196d56679f9db572a5a2a4a8de520d16aa8a19ab20cc7686c77f")
}

// UnpackNotTokenizerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotTokenizer(address caller)
func (modelRegistry *ModelRegistry) UnpackNotTokenizerError(raw []byte) (*ModelRegistryNotTokenizer, error) {
	out := new(ModelRegistryNotTokenizer)
	if err := modelRegistry.abi.UnpackIntoInterface(out, "NotTokenizer", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelRegistryReceiverLocked represents a ReceiverLocked error raised by the ModelRegistry contract.
type ModelRegistryReceiverLocked struct {
	ModelId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReceiverLocked(uint256 modelId)
func ModelRegistryReceiverLockedErrorID() common.Hash {
	return common.HexToHash("0xfebf0f00ac9e3bd78d39d90b35c893569d78cb5b6181165fb296a3a36166305a")
}

// UnpackReceiverLockedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReceiverLocked(uint256 modelId)
func (modelRegistry *ModelRegistry) UnpackReceiverLockedError(raw []byte) (*ModelRegistryReceiverLocked, error) {
	out := new(ModelRegistryReceiverLocked)
	if err := modelRegistry.abi.UnpackIntoInterface(out, "ReceiverLocked", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelRegistryTokenizerAlreadySet represents a TokenizerAlreadySet error raised by the ModelRegistry contract.
type ModelRegistryTokenizerAlreadySet struct {
	Tokenizer common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TokenizerAlreadySet(address tokenizer)
func ModelRegistryTokenizerAlreadySetErrorID() common.Hash {
	return common.HexToHash("0x494393bda9bd357ac13f226d5b981fd96a042e136e97c219c5ba84cd9b494995")
}

// UnpackTokenizerAlreadySetError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TokenizerAlreadySet(address tokenizer)
func (modelRegistry *ModelRegistry) UnpackTokenizerAlreadySetError(raw []byte) (*ModelRegistryTokenizerAlreadySet, error) {
	out := new(ModelRegistryTokenizerAlreadySet)
	if err := modelRegistry.abi.UnpackIntoInterface(out, "TokenizerAlreadySet", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelRegistryTokenizerHasNoCode represents a TokenizerHasNoCode error raised by the ModelRegistry contract.
type ModelRegistryTokenizerHasNoCode struct {
	Tokenizer common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TokenizerHasNoCode(address tokenizer)
func ModelRegistryTokenizerHasNoCodeErrorID() common.Hash {
	return common.HexToHash("0x86bb7bfabb0fdd8c9f77bd2ff20ecf0364fb7aeb7c71ec730fef9988e5a7a9b4")
}

// UnpackTokenizerHasNoCodeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TokenizerHasNoCode(address tokenizer)
func (modelRegistry *ModelRegistry) UnpackTokenizerHasNoCodeError(raw []byte) (*ModelRegistryTokenizerHasNoCode, error) {
	out := new(ModelRegistryTokenizerHasNoCode)
	if err := modelRegistry.abi.UnpackIntoInterface(out, "TokenizerHasNoCode", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelRegistryVerifierHasNoCode represents a VerifierHasNoCode error raised by the ModelRegistry contract.
type ModelRegistryVerifierHasNoCode struct {
	Verifier common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error VerifierHasNoCode(address verifier)
func ModelRegistryVerifierHasNoCodeErrorID() common.Hash {
	return common.HexToHash("0xb3136e47b488884d7871edd9162260482e3c3098ce1129ef742064342e81091f")
}

// UnpackVerifierHasNoCodeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error VerifierHasNoCode(address verifier)
func (modelRegistry *ModelRegistry) UnpackVerifierHasNoCodeError(raw []byte) (*ModelRegistryVerifierHasNoCode, error) {
	out := new(ModelRegistryVerifierHasNoCode)
	if err := modelRegistry.abi.UnpackIntoInterface(out, "VerifierHasNoCode", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelRegistryVerifierNotAllowed represents a VerifierNotAllowed error raised by the ModelRegistry contract.
type ModelRegistryVerifierNotAllowed struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error VerifierNotAllowed()
func ModelRegistryVerifierNotAllowedErrorID() common.Hash {
	return common.HexToHash("0x34aa1c50350382ebca55f32a50b0af961d03797e1375193dea8dced4e389fede")
}

// UnpackVerifierNotAllowedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error VerifierNotAllowed()
func (modelRegistry *ModelRegistry) UnpackVerifierNotAllowedError(raw []byte) (*ModelRegistryVerifierNotAllowed, error) {
	out := new(ModelRegistryVerifierNotAllowed)
	if err := modelRegistry.abi.UnpackIntoInterface(out, "VerifierNotAllowed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelRegistryVerifierRequired represents a VerifierRequired error raised by the ModelRegistry contract.
type ModelRegistryVerifierRequired struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error VerifierRequired()
func ModelRegistryVerifierRequiredErrorID() common.Hash {
	return common.HexToHash("0x0de045a1af8eab8b467784a8448e9712f9ae4275cd18fa5fcb762aea4bd9bf59")
}

// UnpackVerifierRequiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error VerifierRequired()
func (modelRegistry *ModelRegistry) UnpackVerifierRequiredError(raw []byte) (*ModelRegistryVerifierRequired, error) {
	out := new(ModelRegistryVerifierRequired)
	if err := modelRegistry.abi.UnpackIntoInterface(out, "VerifierRequired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelRegistryZeroAddress represents a ZeroAddress error raised by the ModelRegistry contract.
type ModelRegistryZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAddress()
func ModelRegistryZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xd92e233df2717d4a40030e20904abd27b68fcbeede117eaaccbbdac9618c8c73")
}

// UnpackZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAddress()
func (modelRegistry *ModelRegistry) UnpackZeroAddressError(raw []byte) (*ModelRegistryZeroAddress, error) {
	out := new(ModelRegistryZeroAddress)
	if err := modelRegistry.abi.UnpackIntoInterface(out, "ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelRegistryZeroFee represents a ZeroFee error raised by the ModelRegistry contract.
type ModelRegistryZeroFee struct {
	ModelId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroFee(uint256 modelId)
func ModelRegistryZeroFeeErrorID() common.Hash {
	return common.HexToHash("0x6602e814ac62b0768fbc7ed6786f8bdfeb391d3a07a8137530e8a0fe343c245d")
}

// UnpackZeroFeeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroFee(uint256 modelId)
func (modelRegistry *ModelRegistry) UnpackZeroFeeError(raw []byte) (*ModelRegistryZeroFee, error) {
	out := new(ModelRegistryZeroFee)
	if err := modelRegistry.abi.UnpackIntoInterface(out, "ZeroFee", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelRegistryZeroHash represents a ZeroHash error raised by the ModelRegistry contract.
type ModelRegistryZeroHash struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroHash()
func ModelRegistryZeroHashErrorID() common.Hash {
	return common.HexToHash("0xf1ae58d53750b958ce0ecfcfb8703282d23f4108c501df126d4c9e83b187c78e")
}

// UnpackZeroHashError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroHash()
func (modelRegistry *ModelRegistry) UnpackZeroHashError(raw []byte) (*ModelRegistryZeroHash, error) {
	out := new(ModelRegistryZeroHash)
	if err := modelRegistry.abi.UnpackIntoInterface(out, "ZeroHash", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelRegistryZkKeysNotAllowed represents a ZkKeysNotAllowed error raised by the ModelRegistry contract.
type ModelRegistryZkKeysNotAllowed struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZkKeysNotAllowed()
func ModelRegistryZkKeysNotAllowedErrorID() common.Hash {
	return common.HexToHash("0xb22ccb851def0a9a832777b314fad1f9d05af487272976228ba8539208211273")
}

// UnpackZkKeysNotAllowedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZkKeysNotAllowed()
func (modelRegistry *ModelRegistry) UnpackZkKeysNotAllowedError(raw []byte) (*ModelRegistryZkKeysNotAllowed, error) {
	out := new(ModelRegistryZkKeysNotAllowed)
	if err := modelRegistry.abi.UnpackIntoInterface(out, "ZkKeysNotAllowed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelRegistryZkKeysRequired represents a ZkKeysRequired error raised by the ModelRegistry contract.
type ModelRegistryZkKeysRequired struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZkKeysRequired()
func ModelRegistryZkKeysRequiredErrorID() common.Hash {
	return common.HexToHash("0x7f21152f75d655c070d179d96539a5c39d7fff20dccceb6a78624a277850a6df")
}

// UnpackZkKeysRequiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZkKeysRequired()
func (modelRegistry *ModelRegistry) UnpackZkKeysRequiredError(raw []byte) (*ModelRegistryZkKeysRequired, error) {
	out := new(ModelRegistryZkKeysRequired)
	if err := modelRegistry.abi.UnpackIntoInterface(out, "ZkKeysRequired", raw); err != nil {
		return nil, err
	}
	return out, nil
}
