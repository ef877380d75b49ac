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
	ABI: "[{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"minChallengeWindow_\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"maxChallengeWindow_\",\"type\":\"uint32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"AlreadyDeprecated\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"AlreadyTokenized\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"window\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"min\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"max\",\"type\":\"uint32\"}],\"name\":\"ChallengeWindowOutOfBounds\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"DataAlreadyAvailable\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"DataChunkLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"expected\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"actual\",\"type\":\"bytes32\"}],\"name\":\"DataChunkMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"internalType\":\"uint40\",\"name\":\"effectiveAt\",\"type\":\"uint40\"}],\"name\":\"DeprecationPending\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EmptyURI\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint96\",\"name\":\"fee\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"min\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"max\",\"type\":\"uint96\"}],\"name\":\"FeeChangeOutOfBounds\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"ModelNotFound\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"NoDeprecationPending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"NoFeeChangePending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotDeployer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotModelOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"NotTokenized\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotTokenizer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"ReceiverLocked\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"tokenizer\",\"type\":\"address\"}],\"name\":\"TokenizerAlreadySet\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"tokenizer\",\"type\":\"address\"}],\"name\":\"TokenizerHasNoCode\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"}],\"name\":\"VerifierHasNoCode\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"VerifierNotAllowed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"VerifierRequired\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"ZeroFee\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroHash\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"ModelDataAvailable\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"chunk\",\"type\":\"bytes\"}],\"name\":\"ModelDataPublished\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"ModelDeprecated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint40\",\"name\":\"effectiveAt\",\"type\":\"uint40\"}],\"name\":\"ModelDeprecationAnnounced\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"ModelDeprecationCancelled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint96\",\"name\":\"fee\",\"type\":\"uint96\"},{\"indexed\":false,\"internalType\":\"uint40\",\"name\":\"effectiveAt\",\"type\":\"uint40\"}],\"name\":\"ModelFeeChangeAnnounced\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"ModelFeeChangeCancelled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint96\",\"name\":\"fee\",\"type\":\"uint96\"}],\"name\":\"ModelFeeUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"ModelOwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ModelReceiverUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"onnxHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"programHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"layoutRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"inputShapes\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"uint96\",\"name\":\"fee\",\"type\":\"uint96\"},{\"indexed\":false,\"internalType\":\"enumIModelRegistry.VerificationMode\",\"name\":\"mode\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"challengeWindow\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"zkVerifier\",\"type\":\"address\"}],\"name\":\"ModelRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"ModelTokenized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"}],\"name\":\"ModelURIUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"tokenizer\",\"type\":\"address\"}],\"name\":\"TokenizerSet\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DATA_CHUNK_SIZE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DEPRECATION_DELAY\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"FEE_CHANGE_DELAY\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_FEE_FACTOR\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"cancelDeprecation\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"cancelFeeChange\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"dataBlocks\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"first\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"last\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"dataProgress\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"next\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"published\",\"type\":\"uint32\"},{\"internalType\":\"bool\",\"name\":\"available\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"deployer\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"deprecate\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"getModel\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"zkVerifier\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"onnxHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"programHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"layoutRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"inputShapes\",\"type\":\"bytes\"},{\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"},{\"components\":[{\"internalType\":\"uint96\",\"name\":\"fee\",\"type\":\"uint96\"},{\"internalType\":\"uint32\",\"name\":\"challengeWindow\",\"type\":\"uint32\"},{\"internalType\":\"enumIModelRegistry.VerificationMode\",\"name\":\"mode\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"deprecated\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"registered\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"available\",\"type\":\"bool\"}],\"internalType\":\"structIModelRegistry.ModelTerms\",\"name\":\"terms\",\"type\":\"tuple\"}],\"internalType\":\"structIModelRegistry.Model\",\"name\":\"m\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"isTokenized\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxChallengeWindow\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"minChallengeWindow\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"modelCount\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"modelTerms\",\"outputs\":[{\"components\":[{\"internalType\":\"uint96\",\"name\":\"fee\",\"type\":\"uint96\"},{\"internalType\":\"uint32\",\"name\":\"challengeWindow\",\"type\":\"uint32\"},{\"internalType\":\"enumIModelRegistry.VerificationMode\",\"name\":\"mode\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"deprecated\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"registered\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"available\",\"type\":\"bool\"}],\"internalType\":\"structIModelRegistry.ModelTerms\",\"name\":\"terms\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"pendingChanges\",\"outputs\":[{\"internalType\":\"uint96\",\"name\":\"fee\",\"type\":\"uint96\"},{\"internalType\":\"uint40\",\"name\":\"feeEffectiveAt\",\"type\":\"uint40\"},{\"internalType\":\"uint40\",\"name\":\"deprecationEffectiveAt\",\"type\":\"uint40\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"chunk\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"rest\",\"type\":\"bytes32\"}],\"name\":\"publishModelData\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"receiverOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"onnxHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"programHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"layoutRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"inputShapes\",\"type\":\"bytes\"},{\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"},{\"internalType\":\"uint96\",\"name\":\"fee\",\"type\":\"uint96\"},{\"internalType\":\"enumIModelRegistry.VerificationMode\",\"name\":\"mode\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"challengeWindow\",\"type\":\"uint32\"},{\"internalType\":\"address\",\"name\":\"zkVerifier\",\"type\":\"address\"}],\"name\":\"registerModel\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"internalType\":\"uint96\",\"name\":\"fee\",\"type\":\"uint96\"}],\"name\":\"setFee\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"setReceiver\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"tokenizer_\",\"type\":\"address\"}],\"name\":\"setTokenizer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"}],\"name\":\"setURI\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"tokenize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"tokenizer\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferModelOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"zkVerifierOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "ModelRegistry",
	Bin: "0x60e0346100e857601f61220138819003918201601f19168301916001600160401b038311848410176100ec5780849260409485528339810103126100e857610052602061004b83610100565b9201610100565b9063ffffffff8116801580156100d9575b6100b8575060805260a0523360c0526040516120ef908161011282396080518181816104c5015261103b015260a051818181611093015281816110c30152611762015260c05181818161043101526117ad0152f35b8263ffffffff916366831b0d60e01b5f52806004526024521660445260645ffd5b5063ffffffff83168111610063565b5f80fd5b634e487b7160e01b5f52604160045260245ffd5b519063ffffffff821682036100e85756fe60806040526004361015610011575f80fd5b5f3560e01c80630a828489146118645780631449db2214611786578063262ea94d1461174657806334e40af7146116ff5780636a7078f11461163c5780636b5c3c68146115cc5780636d3616941461125a578063738dcdb3146111185780637c63fb8e14610a3457806381e5ca2d1461096d578063862440e2146107bb578063999ea1fc1461072d578063af4937fc14610712578063b0034f22146106bf578063b80d058614610603578063b91da74b146105e6578063be8a361f146105c9578063c6a645fe146105a4578063c704acc2146104e9578063cdafdbb1146104a9578063cdd5644c14610460578063d5f394881461041c578063d96df9441461035a578063ec95d5f11461033d578063f0d26e1c14610316578063f31d8c31146102d6578063fd554cdf1461026b5763fdefad291461014d575f80fd5b3461026757602036600319011261026757600435610169611ca9565b815f526001602052600760405f2001546001600160601b038116825263ffffffff8160601c1660208301526101a760ff8260801c1660408401611c09565b606082019060ff8160881c161515825260ff8160901c16158015608085015260ff8260f01c16151560a08501526102545760c09360ff8260981c166101f9575b5050506101f76040518092611b3a565bf35b8164ffffffffff91610212836102219560a01c166120d3565b610237575b5060c81c166120d3565b61022d575b80806101e7565b600190525f610226565b5f5260026020526001600160601b0360405f20541685525f610217565b83631b5c438560e21b5f5260045260245ffd5b5f80fd5b34610267576020366003190112610267576004355f818152600160205260409020546001600160a01b031680156102c35733036102ad576102ab90611f3e565b005b6304b41e2760e31b5f526004523360245260445ffd5b50631b5c438560e21b5f5260045260245ffd5b34610267576020366003190112610267576004355f81815260016020819052604090912001546001600160a01b031680156102c357602090604051908152f35b34610267575f366003190112610267575f546040516001600160a01b039091168152602090f35b34610267575f36600319011261026757602060405162278d008152f35b34610267576020366003190112610267576004355f815f526001602052610386600760405f2001611c15565b906080820151156104095760609264ffffffffff60c08401511690816103e6575b5083830151919264ffffffffff92156103da57505f905b6001600160601b03604051941684526020840152166040820152f35b60e001518216906103be565b64ffffffffff92505f5260026020526001600160601b0360405f205416916103a7565b82631b5c438560e21b5f5260045260245ffd5b34610267575f366003190112610267576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b3461026757602036600319011261026757600435805f52600160205260405f2060ff600782015460901c16156102c357600201546040516001600160a01b039091168152602090f35b34610267575f36600319011261026757602060405163ffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b3461026757604036600319011261026757600435610505611af3565b5f828152600160205260409020546001600160a01b0316801561040957330361058d576001600160a01b031690811561057e57805f52600160205260405f20826001600160601b0360a01b82541617905533907f6bb8f319b3f749ccf0b0850c3564d63dffac19290083e450476a826a00bbe3755f80a4005b63d92e233d60e01b5f5260045ffd5b506304b41e2760e31b5f526004523360245260445ffd5b34610267575f36600319011261026757602063ffffffff5f5460a01c16604051908152f35b34610267575f36600319011261026757602060405162093a808152f35b34610267575f366003190112610267576020604051620100008152f35b346102675760403660031901126102675760043561061f611af3565b5f828152600160205260409020546001600160a01b0316801561040957330361058d576001600160a01b0316801561057e57815f52600160205260405f2060ff600782015460981c166106ad5760010180546001600160a01b031916821790556040519081527fad7441b41e43cf2b72b9493d362eea371b6ab3eafb40d4d21acdb7b3afe385fd90602090a2005b8262febf0f60e81b5f5260045260245ffd5b34610267576040366003190112610267576004356024356001600160601b0381168103610267575f828152600160205260409020546001600160a01b0316801561040957330361058d576102ab91611d6f565b34610267575f36600319011261026757602060405160028152f35b34610267576020366003190112610267576004355f815f52600160205260405f20600781015460ff8160901c1615610254576060935f52600360205260405f2060ff63ffffffff6001830154169260f01c1615928361079c575b50506040519283526020830152156040820152f35b91935090836107b4576003915001545b918480610787565b50546107ac565b346102675760403660031901126102675760043560243567ffffffffffffffff8111610267576107ef903690600401611ac5565b5f83815260016020526040902054909291906001600160a01b0316801561040957330361058d57821561095e57815f526001602052600660405f20019267ffffffffffffffff811161094a5761084f816108498654611cd9565b86611d11565b5f93601f82116001146108c85761089e82807fa6c63afcb73d2aab71e4b2caceb5f7dc20229151650a56ced24e898d3d52629896975f916108bd575b508160011b915f199060031b1c19161790565b90555b6108b8604051928392602084526020840191611be9565b0390a2005b90508501358861088b565b601f19821694815f5260205f20905f5b8781106109325750837fa6c63afcb73d2aab71e4b2caceb5f7dc20229151650a56ced24e898d3d526298969710610919575b5050600182811b0190556108a1565b8401355f19600385901b60f8161c19169055858061090a565b909160206001819285890135815501930191016108d8565b634e487b7160e01b5f52604160045260245ffd5b63683d806b60e11b5f5260045ffd5b34610267576020366003190112610267576004355f818152600160205260409020546001600160a01b031680156102c35733036102ad57805f526001602052600760405f20016109bd8183612030565b805460ff8160881c16610a215760c81c64ffffffffff1615610a0e57805464ffffffffff60c81b191690557fa253a72db00dd68034245add1d7f035cd85e29d03c9eb3a911b5e18a586659c15f80a2005b50638ab06e6960e01b5f5260045260245ffd5b82632959ba2760e21b5f5260045260245ffd5b34610267576101203660031901126102675760643567ffffffffffffffff811161026757610a66903690600401611ac5565b9060843567ffffffffffffffff811161026757610a87903690600401611ac5565b90929060a435906001600160601b038216820361026757600360c435101590816102675760e43563ffffffff811681036102675761010435926001600160a01b03841684036102675760043515801561110e575b6110f05760443515806110ff575b6110f057821561095e57610e5a5760c4356001036110345763ffffffff8116611013575b60c435610fd1576001600160a01b038316610fc2575b5f549563ffffffff8760a01c1663ffffffff8114610fae5763ffffffff60a01b19909716600197880160a081901b63ffffffff60a01b16919091175f90815563ffffffff8216815260208990526040902080546001600160a01b031990811633908117835599820180548216909a179099556002810180549099166001600160a01b038716179098556004803560038a015560243590890155604435600589015596976006890167ffffffffffffffff851161094a57610bed85610be78354611cd9565b83611d11565b5f85601f8111600114610f4b5780610c18925f91610f4057508160011b915f199060031b1c19161790565b90555b86610e6e575b60405190610c2e82611b8e565b6001600160601b038716825263ffffffff84166020830152610c5560c43560408401611c09565b5f6060830152600160808301525f60a08301525f60c08301525f60e08301525f6101008301526001600160601b0380835116166001600160601b031960078c0154161760078b015560208201519460078b0154956040840151946003861015610e5a5760608086015160808088015160a0808a015160c08b01516cffffffffffffffffffffffffff60601b19909e169790951b63ffffffff60601b16969096179990911b60ff60801b169890981790151560881b60ff60881b161796151560901b60ff60901b169690961795151560981b60ff60981b169590951796901b64ffffffffff60a01b16959095176007808c019190915560209a63ffffffff966001600160601b0395610def959193610de19391926101009060e0810151848401805464ffffffffff60c81b191660c89290921b64ffffffffff60c81b1691909117905501511515818301549060ff60f01b9060f01b169060ff60f01b1916179101556040519a6004358c526024358e8d015260443560408d015261012060608d01526101208c0191611be9565b9189830360808b0152611be9565b941660a0860152610e0560c0860160c435611b2d565b1660e08401526001600160a01b0316610100830152339163ffffffff8416917ffa1d4a32f0b103a41cff05676c1c3d2b21564b91448702957e1696e3bcfe64ec919081900390a363ffffffff60405191168152f35b634e487b7160e01b5f52602160045260245ffd5b67ffffffffffffffff871161094a57610e9787610e8e60088c0154611cd9565b60088c01611d11565b5f87601f8111600114610ed75780610ec2925f91610ecc57508160011b915f199060031b1c19161790565b60088a0155610c21565b90508401358c61088b565b5060088a015f5260205f20905f5b601f198a168110610f28575088601f19811610610f0f575b5050600187811b0160088a0155610c21565b8301355f1960038a901b60f8161c191690558980610efd565b90916020600181928588013581550193019101610ee5565b90508401358d61088b565b50601f19861690825f528660205f20925f5b818110610f93575010610f7a575b5050600185811b019055610c1b565b8301355f19600388901b60f8161c191690558a80610f6b565b8684013585556001909401936020938401938a935001610f5d565b634e487b7160e01b5f52601160045260245ffd5b63034aa1c560e41b5f5260045ffd5b6001600160a01b0383161561100457823b610b235763b3136e4760e01b5f9081526001600160a01b038416600452602490fd5b630de045a160e01b5f5260045ffd5b63ffffffff906366831b0d60e01b5f52166004525f6024525f60445260645ffd5b63ffffffff7f0000000000000000000000000000000000000000000000000000000000000000168063ffffffff83161080156110bb575b6110755750610b0d565b63ffffffff826366831b0d60e01b5f521660045260245263ffffffff7f00000000000000000000000000000000000000000000000000000000000000001660445260645ffd5b5063ffffffff7f00000000000000000000000000000000000000000000000000000000000000001663ffffffff83161161106b565b63f1ae58d560e01b5f5260045ffd5b50505f600160c4351415610ae9565b5060243515610adb565b3461026757604036600319011261026757600435611134611af3565b5f546001600160a01b03163303611247576001600160a01b031690811561057e57805f52600160205260405f2060078101805460ff8160901c16156102545760ff8160981c166112345760ff8160881c16611221576001600160601b0381161561120e5760ff60981b1916600160981b17905560010180546001600160a01b0319168317905560405182815281907fad7441b41e43cf2b72b9493d362eea371b6ab3eafb40d4d21acdb7b3afe385fd90602090a27f90d97258ac9839be5f91688ea316fcb86c77966568b3d345729f7ef2b57af0a55f80a3005b83631980ba0560e21b5f5260045260245ffd5b83632959ba2760e21b5f5260045260245ffd5b8363781c426f60e01b5f5260045260245ffd5b631dc0ddcf60e11b5f523360045260245ffd5b346102675760203660031901126102675760043560405161127a81611b8e565b5f815260208101915f8352604082015f8152606083015f8152608084015f815260a08501905f825260c08601926060845260e0870194606086526101008801966112c2611ca9565b88526112cc611ca9565b50805f5260016020526112e4600760405f2001611c15565b6080810151156102c3576001600160601b038151169063ffffffff6020820151166040820151916003831015610e5a5760e08161138193611352606064ffffffffff950151151596610100840151151592604051996113428b611bab565b8a5260208a015260408901611c09565b606087019586526001608088015260a08701526113748360c0830151166120d3565b6115af575b0151166120d3565b6115a5575b5088525f90815260016020819052604080832080546001600160a01b039081168d529281015483168d52600281015490921684526003820154855260048201548652600582015487525160088201805492939192906113e482611cd9565b808552916001811690811561157e575060011461153a575b50509061140e81600694930382611bc7565b8752604051910180545f9161142282611cd9565b808552916001811690811561151557506001146114da575b5050926114d6979592826114586114b597946114c99a970382611bc7565b87526040805160208082529c516001600160a01b039081169d82019d909d529c518c16908d01525190991660608b0152975160808a0152965160a0890152955160c088015294516101c060e08801528695906101e0870190611b09565b9051858203601f1901610100870152611b09565b9151610120840190611b3a565b0390f35b5f908152602081209092505b8183106114fb5750508101602001828261143a565b6001816020929493945483858801015201910191906114e6565b60ff191660208087019190915292151560051b8501909201925084915083905061143a565b5f9081526020812094939250905b808210611562575091925090810160200161140e826113fc565b9192936001816020925483858801015201910190939291611548565b60ff191660208087019190915292151560051b8501909201925061140e91508390506113fc565b600190528b611386565b865f5260026020526001600160601b0360405f2054168652611379565b3461026757602036600319011261026757600435805f52600160205260ff600760405f20015460901c161561162a575f52600360205260406001815f20015467ffffffffffffffff825191818160201c16835260601c166020820152f35b631b5c438560e21b5f5260045260245ffd5b34610267576020366003190112610267576004355f818152600160205260409020546001600160a01b031680156102c35733036102ad57805f526001602052600760405f200161168c8183612030565b64ffffffffff815460a01c16156116ed57805464ffffffffff60a01b191690555f81815260026020526040812080546001600160601b03191690557fe56407844c8050482243ad1a9669dda41cbefd30a75b4253535a2056563a43889080a2005b50621febbf60e21b5f5260045260245ffd5b3461026757602036600319011261026757600435805f52600160205261172a600760405f2001611c15565b9060808201511561162a57602060a08301511515604051908152f35b34610267575f36600319011261026757602060405163ffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b34610267576020366003190112610267576004356001600160a01b038116808203610267577f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03163303611851575f546001600160a01b038116928361183e578293503b1561182b576001600160601b0360a01b16175f557ff4920fa01459913aabf5949fd7b299ec88df5edffae7bdc8f38256e794a82d2b5f80a2005b5063435dbdfd60e11b5f5260045260245ffd5b8363494393bd60e01b5f5260045260245ffd5b630646601b60e11b5f523360045260245ffd5b346102675760603660031901126102675760043560243567ffffffffffffffff811161026757611898903690600401611ac5565b9060443590835f52600160205260405f206007810193845460ff8160901c1615611ab25760f01c60ff16611a9f57855f52600360205260405f2092600184019182549263ffffffff84169582158015611a93575b8015611a7c575b611a61578615958615611a5957600301545b8860405161192c60208083818101958a8c88378a8201908382015203018084520182611bc7565b51902090808203611a2f575050879055600186019363ffffffff8511610fae57899563ffffffff7fc4026e1b16497a4dae0b46e2fee51727c07fcb91600a445a1e0bff369dc6d0fc9616908163ffffffff198416178455611a07575b5050805467ffffffffffffffff60601b19164360601b67ffffffffffffffff60601b161790556040516020808252909283926119c692840191611be9565b0390a3156119d057005b805460ff60f01b1916600160f01b1790557f4f66fcc03a6edad6e753426ddeaab9f03a3f90528d586053c8f273288aa97c9e5f80a2005b6bffffffffffffffff000000004360201b16916001600160601b031916171781558980611988565b6084918c918a6040519363062d6dfd60e51b85526004850152602484015260448301526064820152fd5b508054611905565b82878b63074ae53b60e41b5f5260045260245260445260645ffd5b5087151580156118f35750620100008314156118f3565b506201000083116118ec565b85630ccc230b60e01b5f5260045260245ffd5b86631b5c438560e21b5f5260045260245ffd5b9181601f840112156102675782359167ffffffffffffffff8311610267576020838186019501011161026757565b602435906001600160a01b038216820361026757565b805180835260209291819084018484015e5f828201840152601f01601f1916010190565b906003821015610e5a5752565b60a080916001600160601b03815116845263ffffffff6020820151166020850152611b6d60408201516040860190611b2d565b60608101511515606085015260808101511515608085015201511515910152565b610120810190811067ffffffffffffffff82111761094a57604052565b60c0810190811067ffffffffffffffff82111761094a57604052565b90601f8019910116810190811067ffffffffffffffff82111761094a57604052565b908060209392818452848401375f828201840152601f01601f1916010190565b6003821015610e5a5752565b90604051611c2281611b8e565b61010060ff8294546001600160601b038116845263ffffffff8160601c166020850152611c57828260801c1660408601611c09565b818160881c1615156060850152818160901c1615156080850152818160981c16151560a085015264ffffffffff8160a01c1660c085015264ffffffffff8160c81c1660e085015260f01c161515910152565b60405190611cb682611bab565b5f60a0838281528260208201528260408201528260608201528260808201520152565b90600182811c92168015611d07575b6020831014611cf357565b634e487b7160e01b5f52602260045260245ffd5b91607f1691611ce8565b919091601f8311611d22575b505050565b818311611d2e57505050565b5f5260205f206020601f830160051c9210611d67575b81601f9101920160051c03905f5b82811015611d1d575f82820155600101611d52565b5f9150611d44565b90815f526001602052600760405f20019060ff825460981c1615611eee57611d978284612030565b81546001600160601b0381166b7fffffffffffffffffffffff8260011c168103916001600160601b038311610fae5760011b906c01fffffffffffffffffffffffe82169080820460021490151715610fae576001600160601b031015611ed057506001600160601b038080925b169216918083108015611ebe575b611e9c57505062093a80420190814211610fae575f848152600260205260409081902080546001600160601b03191683179055835464ffffffffff60a01b191660a084901b64ffffffffff60a01b16179093557faa15a47f4066cbdabc852dcd66abdf2c633a38cd3a2aba1be16e9b0a86158b27929164ffffffffff1682519182526020820152a2565b6001600160601b039263343e717960e21b5f526004526024521660445260645ffd5b506001600160601b0382168311611e12565b6001600160601b036bfffffffffffffffffffffffe81921692611e04565b807fcb54372bd46061aeb37dadd9edcc1766b74ed89c185793c54d2e1ae351364279926001600160601b03602093166001600160601b03198254161790556001600160601b0360405191168152a2565b805f526001602052600760405f2001611f578183612030565b805460ff8160881c16610a215760ff8160981c1615611ffb575064ffffffffff815460c81c1680611fe5575062278d004201804211610fae57815464ffffffffff60c81b191660c882901b64ffffffffff60c81b16179091557f5350e1a744b7cd8a7b8290b4fd0347d0c130a241c9fb74be4a14b4edb50184a79060209064ffffffffff16604051908152a2565b826306c1c67760e01b5f5260045260245260445ffd5b60ff60881b1916600160881b1790557ff5201226a8a9c25d2b88221fb737afa13bed245e01ec515454bf815db7374f7a5f80a2565b61204464ffffffffff835460a01c166120d3565b612084575b50805461205f64ffffffffff8260c81c166120d3565b612067575050565b6cffffffffff00000000000000ff60881b1916600160881b179055565b5f9081526002602052604081208054835478ffffffffff0000000000000000ffffffffffffffffffffffff19166001600160601b039190911617835580546001600160601b0319169055612049565b64ffffffffff1680151590816120e7575090565b90504210159056",
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
// Solidity: function getModel(uint256 modelId) view returns((address,address,address,bytes32,bytes32,bytes32,bytes,string,(uint96,uint32,uint8,bool,bool,bool)) m)
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
// Solidity: function getModel(uint256 modelId) view returns((address,address,address,bytes32,bytes32,bytes32,bytes,string,(uint96,uint32,uint8,bool,bool,bool)) m)
func (modelRegistry *ModelRegistry) TryPackGetModel(modelId *big.Int) ([]byte, error) {
	return modelRegistry.abi.Pack("getModel", modelId)
}

// UnpackGetModel is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6d361694.
//
// Solidity: function getModel(uint256 modelId) view returns((address,address,address,bytes32,bytes32,bytes32,bytes,string,(uint96,uint32,uint8,bool,bool,bool)) m)
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
// the contract method with ID 0x7c63fb8e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registerModel(bytes32 onnxHash, bytes32 programHash, bytes32 layoutRoot, bytes inputShapes, string uri, uint96 fee, uint8 mode, uint32 challengeWindow, address zkVerifier) returns(uint256 modelId)
func (modelRegistry *ModelRegistry) PackRegisterModel(onnxHash [32]byte, programHash [32]byte, layoutRoot [32]byte, inputShapes []byte, uri string, fee *big.Int, mode uint8, challengeWindow uint32, zkVerifier common.Address) []byte {
	enc, err := modelRegistry.abi.Pack("registerModel", onnxHash, programHash, layoutRoot, inputShapes, uri, fee, mode, challengeWindow, zkVerifier)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegisterModel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7c63fb8e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function registerModel(bytes32 onnxHash, bytes32 programHash, bytes32 layoutRoot, bytes inputShapes, string uri, uint96 fee, uint8 mode, uint32 challengeWindow, address zkVerifier) returns(uint256 modelId)
func (modelRegistry *ModelRegistry) TryPackRegisterModel(onnxHash [32]byte, programHash [32]byte, layoutRoot [32]byte, inputShapes []byte, uri string, fee *big.Int, mode uint8, challengeWindow uint32, zkVerifier common.Address) ([]byte, error) {
	return modelRegistry.abi.Pack("registerModel", onnxHash, programHash, layoutRoot, inputShapes, uri, fee, mode, challengeWindow, zkVerifier)
}

// UnpackRegisterModel is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7c63fb8e.
//
// Solidity: function registerModel(bytes32 onnxHash, bytes32 programHash, bytes32 layoutRoot, bytes inputShapes, string uri, uint96 fee, uint8 mode, uint32 challengeWindow, address zkVerifier) returns(uint256 modelId)
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
// Solidity: event ModelRegistered(uint256 indexed modelId, address indexed owner, bytes32 onnxHash, bytes32 programHash, bytes32 layoutRoot, bytes inputShapes, string uri, uint96 fee, uint8 mode, uint32 challengeWindow, address zkVerifier)
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
