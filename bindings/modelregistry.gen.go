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
	Uri         string
	Terms       IModelRegistryModelTerms
}

// IModelRegistryModelTerms is an auto generated low-level Go binding around an user-defined struct.
type IModelRegistryModelTerms struct {
	Fee             *big.Int
	ChallengeWindow uint32
	Mode            uint8
	Deprecated      bool
	Registered      bool
}

// ModelRegistryMetaData contains all meta data concerning the ModelRegistry contract.
var ModelRegistryMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"minChallengeWindow_\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"maxChallengeWindow_\",\"type\":\"uint32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"AlreadyDeprecated\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"AlreadyTokenized\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"window\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"min\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"max\",\"type\":\"uint32\"}],\"name\":\"ChallengeWindowOutOfBounds\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"internalType\":\"uint40\",\"name\":\"effectiveAt\",\"type\":\"uint40\"}],\"name\":\"DeprecationPending\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EmptyURI\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint96\",\"name\":\"fee\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"min\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"max\",\"type\":\"uint96\"}],\"name\":\"FeeChangeOutOfBounds\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"ModelNotFound\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"NoDeprecationPending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"NoFeeChangePending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotDeployer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotModelOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"NotTokenized\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotTokenizer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"ReceiverLocked\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"tokenizer\",\"type\":\"address\"}],\"name\":\"TokenizerAlreadySet\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"tokenizer\",\"type\":\"address\"}],\"name\":\"TokenizerHasNoCode\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"}],\"name\":\"VerifierHasNoCode\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"VerifierNotAllowed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"VerifierRequired\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"ZeroFee\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroHash\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"ModelDeprecated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint40\",\"name\":\"effectiveAt\",\"type\":\"uint40\"}],\"name\":\"ModelDeprecationAnnounced\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"ModelDeprecationCancelled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint96\",\"name\":\"fee\",\"type\":\"uint96\"},{\"indexed\":false,\"internalType\":\"uint40\",\"name\":\"effectiveAt\",\"type\":\"uint40\"}],\"name\":\"ModelFeeChangeAnnounced\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"ModelFeeChangeCancelled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint96\",\"name\":\"fee\",\"type\":\"uint96\"}],\"name\":\"ModelFeeUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"ModelOwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ModelReceiverUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"onnxHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"programHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"layoutRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"uint96\",\"name\":\"fee\",\"type\":\"uint96\"},{\"indexed\":false,\"internalType\":\"enumIModelRegistry.VerificationMode\",\"name\":\"mode\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"challengeWindow\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"zkVerifier\",\"type\":\"address\"}],\"name\":\"ModelRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"ModelTokenized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"}],\"name\":\"ModelURIUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"tokenizer\",\"type\":\"address\"}],\"name\":\"TokenizerSet\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DEPRECATION_DELAY\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"FEE_CHANGE_DELAY\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_FEE_FACTOR\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"cancelDeprecation\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"cancelFeeChange\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"deployer\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"deprecate\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"getModel\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"zkVerifier\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"onnxHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"programHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"layoutRoot\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"},{\"components\":[{\"internalType\":\"uint96\",\"name\":\"fee\",\"type\":\"uint96\"},{\"internalType\":\"uint32\",\"name\":\"challengeWindow\",\"type\":\"uint32\"},{\"internalType\":\"enumIModelRegistry.VerificationMode\",\"name\":\"mode\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"deprecated\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"registered\",\"type\":\"bool\"}],\"internalType\":\"structIModelRegistry.ModelTerms\",\"name\":\"terms\",\"type\":\"tuple\"}],\"internalType\":\"structIModelRegistry.Model\",\"name\":\"m\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"isTokenized\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxChallengeWindow\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"minChallengeWindow\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"modelCount\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"modelTerms\",\"outputs\":[{\"components\":[{\"internalType\":\"uint96\",\"name\":\"fee\",\"type\":\"uint96\"},{\"internalType\":\"uint32\",\"name\":\"challengeWindow\",\"type\":\"uint32\"},{\"internalType\":\"enumIModelRegistry.VerificationMode\",\"name\":\"mode\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"deprecated\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"registered\",\"type\":\"bool\"}],\"internalType\":\"structIModelRegistry.ModelTerms\",\"name\":\"terms\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"pendingChanges\",\"outputs\":[{\"internalType\":\"uint96\",\"name\":\"fee\",\"type\":\"uint96\"},{\"internalType\":\"uint40\",\"name\":\"feeEffectiveAt\",\"type\":\"uint40\"},{\"internalType\":\"uint40\",\"name\":\"deprecationEffectiveAt\",\"type\":\"uint40\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"receiverOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"onnxHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"programHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"layoutRoot\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"},{\"internalType\":\"uint96\",\"name\":\"fee\",\"type\":\"uint96\"},{\"internalType\":\"enumIModelRegistry.VerificationMode\",\"name\":\"mode\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"challengeWindow\",\"type\":\"uint32\"},{\"internalType\":\"address\",\"name\":\"zkVerifier\",\"type\":\"address\"}],\"name\":\"registerModel\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"internalType\":\"uint96\",\"name\":\"fee\",\"type\":\"uint96\"}],\"name\":\"setFee\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"setReceiver\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"tokenizer_\",\"type\":\"address\"}],\"name\":\"setTokenizer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"}],\"name\":\"setURI\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"tokenize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"tokenizer\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferModelOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"zkVerifierOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "ModelRegistry",
	Bin: "0x60e0346100e857601f611c3438819003918201601f19168301916001600160401b038311848410176100ec5780849260409485528339810103126100e857610052602061004b83610100565b9201610100565b9063ffffffff8116801580156100d9575b6100b8575060805260a0523360c052604051611b229081610112823960805181818161048a0152610ea7015260a051818181610eff01528181610f2f01526114bc015260c0518181816103f601526115070152f35b8263ffffffff916366831b0d60e01b5f52806004526024521660445260645ffd5b5063ffffffff83168111610063565b5f80fd5b634e487b7160e01b5f52604160045260245ffd5b519063ffffffff821682036100e85756fe60806040526004361015610011575f80fd5b5f3560e01c80631449db22146114e0578063262ea94d146114a057806334e40af7146114475780636a7078f1146113845780636d361694146110c6578063738dcdb314610f84578063777738211461099857806381e5ca2d146108d1578063862440e2146106d5578063af4937fc146106ba578063b0034f2214610667578063b80d0586146105ab578063be8a361f1461058e578063c6a645fe14610569578063c704acc2146104ae578063cdafdbb11461046e578063cdd5644c14610425578063d5f39488146103e1578063d96df9441461031f578063ec95d5f114610302578063f0d26e1c146102db578063f31d8c311461029b578063fd554cdf146102305763fdefad2914610121575f80fd5b3461022c57602036600319011261022c5760043561013d611720565b815f526001602052600760405f2001546001600160601b038116825263ffffffff8160601c16602083015261017b60ff8260801c1660408401611657565b606082019060ff8160881c161515825260ff8160901c1615801560808501526102195760a09360ff8260981c166101bf575b5050506101bd60405180926115e1565bf35b8164ffffffffff916101d7836101e695891c16611b06565b6101fc575b5060c81c16611b06565b6101f2575b80806101ad565b600190525f6101eb565b5f5260026020526001600160601b0360405f20541685525f6101dc565b83631b5c438560e21b5f5260045260245ffd5b5f80fd5b3461022c57602036600319011261022c576004355f818152600160205260409020546001600160a01b031680156102885733036102725761027090611971565b005b6304b41e2760e31b5f526004523360245260445ffd5b50631b5c438560e21b5f5260045260245ffd5b3461022c57602036600319011261022c576004355f81815260016020819052604090912001546001600160a01b0316801561028857602090604051908152f35b3461022c575f36600319011261022c575f546040516001600160a01b039091168152602090f35b3461022c575f36600319011261022c57602060405162278d008152f35b3461022c57602036600319011261022c576004355f815f52600160205261034b600760405f200161169c565b906080820151156103ce5760609264ffffffffff60c08401511690816103ab575b5083830151919264ffffffffff921561039f57505f905b6001600160601b03604051941684526020840152166040820152f35b60e00151821690610383565b64ffffffffff92505f5260026020526001600160601b0360405f2054169161036c565b82631b5c438560e21b5f5260045260245ffd5b3461022c575f36600319011261022c576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b3461022c57602036600319011261022c57600435805f52600160205260405f2060ff600782015460901c161561028857600201546040516001600160a01b039091168152602090f35b3461022c575f36600319011261022c57602060405163ffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b3461022c57604036600319011261022c576004356104ca6115be565b5f828152600160205260409020546001600160a01b031680156103ce573303610552576001600160a01b031690811561054357805f52600160205260405f20826001600160601b0360a01b82541617905533907f6bb8f319b3f749ccf0b0850c3564d63dffac19290083e450476a826a00bbe3755f80a4005b63d92e233d60e01b5f5260045ffd5b506304b41e2760e31b5f526004523360245260445ffd5b3461022c575f36600319011261022c57602063ffffffff5f5460a01c16604051908152f35b3461022c575f36600319011261022c57602060405162093a808152f35b3461022c57604036600319011261022c576004356105c76115be565b5f828152600160205260409020546001600160a01b031680156103ce573303610552576001600160a01b0316801561054357815f52600160205260405f2060ff600782015460981c166106555760010180546001600160a01b031916821790556040519081527fad7441b41e43cf2b72b9493d362eea371b6ab3eafb40d4d21acdb7b3afe385fd90602090a2005b8262febf0f60e81b5f5260045260245ffd5b3461022c57604036600319011261022c576004356024356001600160601b038116810361022c575f828152600160205260409020546001600160a01b031680156103ce57330361055257610270916117a2565b3461022c575f36600319011261022c57602060405160028152f35b3461022c57604036600319011261022c5760043560243567ffffffffffffffff811161022c57610709903690600401611629565b5f83815260016020526040902054909291906001600160a01b031680156103ce5733036105525782156108c257815f526001602052600660405f20019267ffffffffffffffff81116108ae5761075f845461174a565b601f811161085d575b505f93601f82116001146107db57817fa6c63afcb73d2aab71e4b2caceb5f7dc20229151650a56ced24e898d3d52629894955f916107d0575b508260011b905f198460031b1c19161790555b6107cb604051928392602084526020840191611782565b0390a2005b9050830135866107a1565b601f19821694815f5260205f20905f5b8781106108455750837fa6c63afcb73d2aab71e4b2caceb5f7dc20229151650a56ced24e898d3d52629896971061082c575b5050600182811b0190556107b4565b8401355f19600385901b60f8161c19169055858061081d565b909160206001819285890135815501930191016107eb565b8181111561076857845f5260205f20601f830160051c90602084106108a6575b81601f9101920160051c03905f5b828110610899575050610768565b5f8282015560010161088b565b5f915061087d565b634e487b7160e01b5f52604160045260245ffd5b63683d806b60e11b5f5260045ffd5b3461022c57602036600319011261022c576004355f818152600160205260409020546001600160a01b0316801561028857330361027257805f526001602052600760405f20016109218183611a63565b805460ff8160881c166109855760c81c64ffffffffff161561097257805464ffffffffff60c81b191690557fa253a72db00dd68034245add1d7f035cd85e29d03c9eb3a911b5e18a586659c15f80a2005b50638ab06e6960e01b5f5260045260245ffd5b82632959ba2760e21b5f5260045260245ffd5b3461022c5761010036600319011261022c5760643567ffffffffffffffff811161022c576109ca903690600401611629565b90608435916001600160601b038316830361022c57600360a4351015928361022c5760c4359363ffffffff8516850361022c5760e435906001600160a01b038216820361022c57600435158015610f7a575b610f5c576044351580610f6b575b610f5c5783156108c257610d445760a435600103610ea05763ffffffff8516610e7f575b60a435610e3b576001600160a01b038116610e2c575b5f549363ffffffff8560a01c1663ffffffff8114610e185763ffffffff60a01b19909516600195860160a081901b63ffffffff60a01b16919091175f90815563ffffffff8216815260208790526040902080546001600160a01b0319908116339081178355978201805482169098179097556002810180549097166001600160a01b0385161790965560048035600388015560243590870155604435600587015594956006870167ffffffffffffffff86116108ae57610b24815461174a565b601f8111610dc7575b50855f601f8211600114610d63575f91610d58575b508660011b905f198860031b1c19161790555b60405191610b6283611663565b6001600160601b03851683526020830163ffffffff83168152610b8a60a43560408601611657565b5f6060850152600160808501525f60a08501525f60c08501525f60e08501526001600160601b0380855116166001600160601b031960078b0154161760078a015551926007890154916040820151916003831015610d445760608181015160808084015160a08086015160c087015160e0909701519690911b64ffffffffff60a01b1690151560981b60ff60981b1691151560901b60ff60901b1693151560881b60ff60881b169790921b60ff60801b169990931b63ffffffff60601b1671ffffffffffffffffffffffffffffffffffff60601b199790971696909617979097179390931795909517919091179190911760c89390931b64ffffffffff60c81b16929092176007979097019690965560209563ffffffff916001600160601b0390610cda906040519760043589526024358b8a015260443560408a015261010060608a0152610100890191611782565b94166080860152610cf060a0860160a4356115d4565b1660c08401526001600160a01b031660e0830152339163ffffffff8416917f1ae04072397cf2f8ec0a95e0371ef05071465ac1368b4e84104f0aa7157070c8919081900390a363ffffffff60405191168152f35b634e487b7160e01b5f52602160045260245ffd5b905083013589610b42565b5f8381526020812092508890601f198216905b818110610dac575010610d93575b5050600186811b019055610b55565b8401355f19600389901b60f8161c191690558880610d84565b8784013585556001909401936020938401938b935001610d76565b86811115610b2d57815f5260205f20601f880160051c9060208910610e10575b81601f9101920160051c03905f5b828110610e03575050610b2d565b5f82820155600101610df5565b5f9150610de7565b634e487b7160e01b5f52601160045260245ffd5b63034aa1c560e41b5f5260045ffd5b6001600160a01b03811615610e7057803b610a645763b3136e4760e01b5f9081526001600160a01b0391909116600452602490fd5b630de045a160e01b5f5260045ffd5b63ffffffff856366831b0d60e01b5f52166004525f6024525f60445260645ffd5b63ffffffff7f0000000000000000000000000000000000000000000000000000000000000000168063ffffffff8716108015610f27575b610ee15750610a4e565b63ffffffff866366831b0d60e01b5f521660045260245263ffffffff7f00000000000000000000000000000000000000000000000000000000000000001660445260645ffd5b5063ffffffff7f00000000000000000000000000000000000000000000000000000000000000001663ffffffff871611610ed7565b63f1ae58d560e01b5f5260045ffd5b50505f600160a4351415610a2a565b5060243515610a1c565b3461022c57604036600319011261022c57600435610fa06115be565b5f546001600160a01b031633036110b3576001600160a01b031690811561054357805f52600160205260405f2060078101805460ff8160901c16156102195760ff8160981c166110a05760ff8160881c1661108d576001600160601b0381161561107a5760ff60981b1916600160981b17905560010180546001600160a01b0319168317905560405182815281907fad7441b41e43cf2b72b9493d362eea371b6ab3eafb40d4d21acdb7b3afe385fd90602090a27f90d97258ac9839be5f91688ea316fcb86c77966568b3d345729f7ef2b57af0a55f80a3005b83631980ba0560e21b5f5260045260245ffd5b83632959ba2760e21b5f5260045260245ffd5b8363781c426f60e01b5f5260045260245ffd5b631dc0ddcf60e11b5f523360045260245ffd5b3461022c57602036600319011261022c576040516004356110e682611663565b5f825260208201915f835260408101915f8352606082015f815260808301915f835260a084015f815260c08501906060825260e0860192611125611720565b845261112f611720565b50805f526001602052611147600760405f200161169c565b608081015115610288576001600160601b038151169063ffffffff602082015116906040810151906003821015610d445760e0816111ad6111d794606064ffffffffff9501511515966040519861119d8a611680565b8952602089015260408801611657565b60608601948552600160808701526111ca8360c083015116611b06565b611367575b015116611b06565b61135d575b5084525f90815260016020819052604080832080546001600160a01b039081168b529281015483168c5260028101549092168a526003820154875260048201548852600582015484525160069091018054919792919061123b8261174a565b808a52916001811690811561133f5750600114611307575b5050869003601f01601f191686019467ffffffffffffffff8611878710176108ae576101c0986020976112f99760405285526040519a8b99898b5260018060a01b03905116898b015260018060a01b0390511660408a015260018060a01b0390511660608901525160808801525160a08701525160c08601525161018060e08601528051938491826101a0880152018686015e5f858486010152516101008401906115e1565b601f01601f19168101030190f35b9091505f5260205f205f905b8282106113295750602091508701018a80611253565b6001816020925483858d01015201910190611313565b9150506020925060ff191682890152151560051b8701018a80611253565b600190528a6111dc565b865f5260026020526001600160601b0360405f20541686526111cf565b3461022c57602036600319011261022c576004355f818152600160205260409020546001600160a01b0316801561028857330361027257805f526001602052600760405f20016113d48183611a63565b64ffffffffff815460a01c161561143557805464ffffffffff60a01b191690555f81815260026020526040812080546001600160601b03191690557fe56407844c8050482243ad1a9669dda41cbefd30a75b4253535a2056563a43889080a2005b50621febbf60e21b5f5260045260245ffd5b3461022c57602036600319011261022c57600435805f526001602052611472600760405f200161169c565b9060808201511561148e57602060a08301511515604051908152f35b631b5c438560e21b5f5260045260245ffd5b3461022c575f36600319011261022c57602060405163ffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b3461022c57602036600319011261022c576004356001600160a01b03811680820361022c577f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031633036115ab575f546001600160a01b0381169283611598578293503b15611585576001600160601b0360a01b16175f557ff4920fa01459913aabf5949fd7b299ec88df5edffae7bdc8f38256e794a82d2b5f80a2005b5063435dbdfd60e11b5f5260045260245ffd5b8363494393bd60e01b5f5260045260245ffd5b630646601b60e11b5f523360045260245ffd5b602435906001600160a01b038216820361022c57565b906003821015610d445752565b608080916001600160601b03815116845263ffffffff6020820151166020850152611614604082015160408601906115d4565b60608101511515606085015201511515910152565b9181601f8401121561022c5782359167ffffffffffffffff831161022c576020838186019501011161022c57565b6003821015610d445752565b610100810190811067ffffffffffffffff8211176108ae57604052565b60a0810190811067ffffffffffffffff8211176108ae57604052565b906040516116a981611663565b60e064ffffffffff8294546001600160601b038116845263ffffffff8160601c1660208501526116e260ff8260801c1660408601611657565b60ff8160881c161515606085015260ff8160901c161515608085015260ff8160981c16151560a0850152818160a01c1660c085015260c81c16910152565b6040519061172d82611680565b5f6080838281528260208201528260408201528260608201520152565b90600182811c92168015611778575b602083101461176457565b634e487b7160e01b5f52602260045260245ffd5b91607f1691611759565b908060209392818452848401375f828201840152601f01601f1916010190565b90815f526001602052600760405f20019060ff825460981c1615611921576117ca8284611a63565b81546001600160601b0381166b7fffffffffffffffffffffff8260011c168103916001600160601b038311610e185760011b906c01fffffffffffffffffffffffe82169080820460021490151715610e18576001600160601b03101561190357506001600160601b038080925b1692169180831080156118f1575b6118cf57505062093a80420190814211610e18575f848152600260205260409081902080546001600160601b03191683179055835464ffffffffff60a01b191660a084901b64ffffffffff60a01b16179093557faa15a47f4066cbdabc852dcd66abdf2c633a38cd3a2aba1be16e9b0a86158b27929164ffffffffff1682519182526020820152a2565b6001600160601b039263343e717960e21b5f526004526024521660445260645ffd5b506001600160601b0382168311611845565b6001600160601b036bfffffffffffffffffffffffe81921692611837565b807fcb54372bd46061aeb37dadd9edcc1766b74ed89c185793c54d2e1ae351364279926001600160601b03602093166001600160601b03198254161790556001600160601b0360405191168152a2565b805f526001602052600760405f200161198a8183611a63565b805460ff8160881c166109855760ff8160981c1615611a2e575064ffffffffff815460c81c1680611a18575062278d004201804211610e1857815464ffffffffff60c81b191660c882901b64ffffffffff60c81b16179091557f5350e1a744b7cd8a7b8290b4fd0347d0c130a241c9fb74be4a14b4edb50184a79060209064ffffffffff16604051908152a2565b826306c1c67760e01b5f5260045260245260445ffd5b60ff60881b1916600160881b1790557ff5201226a8a9c25d2b88221fb737afa13bed245e01ec515454bf815db7374f7a5f80a2565b611a7764ffffffffff835460a01c16611b06565b611ab7575b508054611a9264ffffffffff8260c81c16611b06565b611a9a575050565b6cffffffffff00000000000000ff60881b1916600160881b179055565b5f9081526002602052604081208054835478ffffffffff0000000000000000ffffffffffffffffffffffff19166001600160601b039190911617835580546001600160601b0319169055611a7c565b64ffffffffff168015159081611b1a575090565b90504210159056",
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
// Solidity: function getModel(uint256 modelId) view returns((address,address,address,bytes32,bytes32,bytes32,string,(uint96,uint32,uint8,bool,bool)) m)
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
// Solidity: function getModel(uint256 modelId) view returns((address,address,address,bytes32,bytes32,bytes32,string,(uint96,uint32,uint8,bool,bool)) m)
func (modelRegistry *ModelRegistry) TryPackGetModel(modelId *big.Int) ([]byte, error) {
	return modelRegistry.abi.Pack("getModel", modelId)
}

// UnpackGetModel is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6d361694.
//
// Solidity: function getModel(uint256 modelId) view returns((address,address,address,bytes32,bytes32,bytes32,string,(uint96,uint32,uint8,bool,bool)) m)
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
// Solidity: function modelTerms(uint256 modelId) view returns((uint96,uint32,uint8,bool,bool) terms)
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
// Solidity: function modelTerms(uint256 modelId) view returns((uint96,uint32,uint8,bool,bool) terms)
func (modelRegistry *ModelRegistry) TryPackModelTerms(modelId *big.Int) ([]byte, error) {
	return modelRegistry.abi.Pack("modelTerms", modelId)
}

// UnpackModelTerms is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfdefad29.
//
// Solidity: function modelTerms(uint256 modelId) view returns((uint96,uint32,uint8,bool,bool) terms)
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
// the contract method with ID 0x77773821.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registerModel(bytes32 onnxHash, bytes32 programHash, bytes32 layoutRoot, string uri, uint96 fee, uint8 mode, uint32 challengeWindow, address zkVerifier) returns(uint256 modelId)
func (modelRegistry *ModelRegistry) PackRegisterModel(onnxHash [32]byte, programHash [32]byte, layoutRoot [32]byte, uri string, fee *big.Int, mode uint8, challengeWindow uint32, zkVerifier common.Address) []byte {
	enc, err := modelRegistry.abi.Pack("registerModel", onnxHash, programHash, layoutRoot, uri, fee, mode, challengeWindow, zkVerifier)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegisterModel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x77773821.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function registerModel(bytes32 onnxHash, bytes32 programHash, bytes32 layoutRoot, string uri, uint96 fee, uint8 mode, uint32 challengeWindow, address zkVerifier) returns(uint256 modelId)
func (modelRegistry *ModelRegistry) TryPackRegisterModel(onnxHash [32]byte, programHash [32]byte, layoutRoot [32]byte, uri string, fee *big.Int, mode uint8, challengeWindow uint32, zkVerifier common.Address) ([]byte, error) {
	return modelRegistry.abi.Pack("registerModel", onnxHash, programHash, layoutRoot, uri, fee, mode, challengeWindow, zkVerifier)
}

// UnpackRegisterModel is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x77773821.
//
// Solidity: function registerModel(bytes32 onnxHash, bytes32 programHash, bytes32 layoutRoot, string uri, uint96 fee, uint8 mode, uint32 challengeWindow, address zkVerifier) returns(uint256 modelId)
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
	Uri             string
	Fee             *big.Int
	Mode            uint8
	ChallengeWindow uint32
	ZkVerifier      common.Address
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
// Solidity: event ModelRegistered(uint256 indexed modelId, address indexed owner, bytes32 onnxHash, bytes32 programHash, bytes32 layoutRoot, string uri, uint96 fee, uint8 mode, uint32 challengeWindow, address zkVerifier)
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
