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
	ABI: "[{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"minChallengeWindow_\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"maxChallengeWindow_\",\"type\":\"uint32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"AlreadyDeprecated\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"window\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"min\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"max\",\"type\":\"uint32\"}],\"name\":\"ChallengeWindowOutOfBounds\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EmptyURI\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"ModelNotFound\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotModelOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"}],\"name\":\"VerifierHasNoCode\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"VerifierNotAllowed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"VerifierRequired\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroHash\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"ModelDeprecated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint96\",\"name\":\"fee\",\"type\":\"uint96\"}],\"name\":\"ModelFeeUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"ModelOwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ModelReceiverUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"onnxHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"programHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"layoutRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"uint96\",\"name\":\"fee\",\"type\":\"uint96\"},{\"indexed\":false,\"internalType\":\"enumIModelRegistry.VerificationMode\",\"name\":\"mode\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"challengeWindow\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"zkVerifier\",\"type\":\"address\"}],\"name\":\"ModelRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"}],\"name\":\"ModelURIUpdated\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"deprecate\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"getModel\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"zkVerifier\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"onnxHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"programHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"layoutRoot\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"},{\"components\":[{\"internalType\":\"uint96\",\"name\":\"fee\",\"type\":\"uint96\"},{\"internalType\":\"uint32\",\"name\":\"challengeWindow\",\"type\":\"uint32\"},{\"internalType\":\"enumIModelRegistry.VerificationMode\",\"name\":\"mode\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"deprecated\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"registered\",\"type\":\"bool\"}],\"internalType\":\"structIModelRegistry.ModelTerms\",\"name\":\"terms\",\"type\":\"tuple\"}],\"internalType\":\"structIModelRegistry.Model\",\"name\":\"m\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxChallengeWindow\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"minChallengeWindow\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"modelCount\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"modelTerms\",\"outputs\":[{\"components\":[{\"internalType\":\"uint96\",\"name\":\"fee\",\"type\":\"uint96\"},{\"internalType\":\"uint32\",\"name\":\"challengeWindow\",\"type\":\"uint32\"},{\"internalType\":\"enumIModelRegistry.VerificationMode\",\"name\":\"mode\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"deprecated\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"registered\",\"type\":\"bool\"}],\"internalType\":\"structIModelRegistry.ModelTerms\",\"name\":\"terms\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"receiverOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"onnxHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"programHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"layoutRoot\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"},{\"internalType\":\"uint96\",\"name\":\"fee\",\"type\":\"uint96\"},{\"internalType\":\"enumIModelRegistry.VerificationMode\",\"name\":\"mode\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"challengeWindow\",\"type\":\"uint32\"},{\"internalType\":\"address\",\"name\":\"zkVerifier\",\"type\":\"address\"}],\"name\":\"registerModel\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"internalType\":\"uint96\",\"name\":\"fee\",\"type\":\"uint96\"}],\"name\":\"setFee\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"setReceiver\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"}],\"name\":\"setURI\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferModelOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"zkVerifierOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "ModelRegistry",
	Bin: "0x60c0346100d457601f6110ab38819003918201601f19168301916001600160401b038311848410176100d85780849260409485528339810103126100d457610052602061004b836100ec565b92016100ec565b9063ffffffff8116801580156100c5575b6100a4575060805260a052604051610fad90816100fe82396080518181816102680152610ac2015260a051818181610b0e01528181610b3e0152610dd10152f35b8263ffffffff916366831b0d60e01b5f52806004526024521660445260645ffd5b5063ffffffff83168111610063565b5f80fd5b634e487b7160e01b5f52604160045260245ffd5b519063ffffffff821682036100d45756fe6080806040526004361015610012575f80fd5b5f3560e01c908163262ea94d14610db7575080636d36169414610b8957806377773821146106a9578063862440e2146104ad578063b0034f2214610417578063b80d05861461037c578063c6a645fe1461035a578063c704acc21461028c578063cdafdbb11461024c578063cdd5644c14610203578063f31d8c31146101c3578063fd554cdf146101125763fdefad29146100ab575f80fd5b3461010e57602036600319011261010e576004356100c7610ec7565b50805f5260016020526100df600760405f2001610f35565b6080810151156100fb5760a0906100f96040518092610e02565bf35b50631b5c438560e21b5f5260045260245ffd5b5f80fd5b3461010e57602036600319011261010e576004355f818152600160205260409020546001600160a01b031680156100fb5733036101ad57805f526001602052600760405f2001805460ff8160881c1661019a5760ff60881b1916600160881b1790557ff5201226a8a9c25d2b88221fb737afa13bed245e01ec515454bf815db7374f7a5f80a2005b82632959ba2760e21b5f5260045260245ffd5b6304b41e2760e31b5f526004523360245260445ffd5b3461010e57602036600319011261010e576004355f81815260016020819052604090912001546001600160a01b031680156100fb57602090604051908152f35b3461010e57602036600319011261010e57600435805f52600160205260405f2060ff600782015460901c16156100fb57600201546040516001600160a01b039091168152602090f35b3461010e575f36600319011261010e57602060405163ffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b3461010e57604036600319011261010e576004356102a8610e78565b5f828152600160205260409020546001600160a01b03168015610347573303610330576001600160a01b031690811561032157805f52600160205260405f20826001600160601b0360a01b82541617905533907f6bb8f319b3f749ccf0b0850c3564d63dffac19290083e450476a826a00bbe3755f80a4005b63d92e233d60e01b5f5260045ffd5b506304b41e2760e31b5f526004523360245260445ffd5b82631b5c438560e21b5f5260045260245ffd5b3461010e575f36600319011261010e57602063ffffffff5f5416604051908152f35b3461010e57604036600319011261010e57600435610398610e78565b5f828152600160205260409020546001600160a01b03168015610347573303610330576001600160a01b031680156103215760207fad7441b41e43cf2b72b9493d362eea371b6ab3eafb40d4d21acdb7b3afe385fd91835f5260018252600160405f2001816001600160601b0360a01b825416179055604051908152a2005b3461010e57604036600319011261010e576004356024356001600160601b03811680910361010e575f828152600160205260409020546001600160a01b031680156103475733036103305760207fcb54372bd46061aeb37dadd9edcc1766b74ed89c185793c54d2e1ae35136427991835f5260018252600760405f2001816001600160601b0319825416179055604051908152a2005b3461010e57604036600319011261010e5760043560243567ffffffffffffffff811161010e576104e1903690600401610e4a565b5f83815260016020526040902054909291906001600160a01b0316801561034757330361033057821561069a57815f526001602052600660405f20019267ffffffffffffffff8111610686576105378454610ef1565b601f8111610635575b505f93601f82116001146105b357817fa6c63afcb73d2aab71e4b2caceb5f7dc20229151650a56ced24e898d3d52629894955f916105a8575b508260011b905f198460031b1c19161790555b6105a3604051928392602084526020840191610f8d565b0390a2005b905083013586610579565b601f19821694815f5260205f20905f5b87811061061d5750837fa6c63afcb73d2aab71e4b2caceb5f7dc20229151650a56ced24e898d3d526298969710610604575b5050600182811b01905561058c565b8401355f19600385901b60f8161c1916905585806105f5565b909160206001819285890135815501930191016105c3565b8181111561054057845f5260205f20601f830160051c906020841061067e575b81601f9101920160051c03905f5b828110610671575050610540565b5f82820155600101610663565b5f9150610655565b634e487b7160e01b5f52604160045260245ffd5b63683d806b60e11b5f5260045ffd5b3461010e5761010036600319011261010e5760243560443560043560643567ffffffffffffffff811161010e576106e4903690600401610e4a565b9093608435926001600160601b03841680940361010e5760a435946003861015908161010e5760c4359063ffffffff821680920361010e5760e4356001600160a01b0381169384820361010e5785158015610b81575b610b6557821580610b74575b610b6557871561069a5761097c5760018903610abb5782610aa0575b88610a73575082610a64575b5f549763ffffffff891663ffffffff8114610a505763ffffffff60019182011663ffffffff199a909a168a175f9081558a81526020829052604090208054336001600160a01b0319918216811783559282018054821690931790925560028101805490921686179091556003810186905560048101879055600581018390559960068b0167ffffffffffffffff89116106865761080b8154610ef1565b601f81116109ff575b50885f601f821160011461099b575f91610990575b508960011b905f198b60031b1c19161790555b6040519061084982610eab565b8982526020820198858a5260408301946108638587610f29565b606084019a5f8c52608085019e8f6001905260070194516001600160601b03166001600160601b03166001600160601b031986541617855551998454965194600386101561097c579b519e5166ffffffffffffff60601b1990971660609b8c1b63ffffffff60601b161760809590951b60ff60801b16949094179d151560881b60ff60881b169d909d1794151560901b60ff60901b16949094179098556040805196875260208781019290925286019a909a5261010095850186905288967f1ae04072397cf2f8ec0a95e0371ef05071465ac1368b4e84104f0aa7157070c896610964936109549291880191610f8d565b97608086015260a0850190610df5565b60c083015260e08201528033940390a3604051908152f35b634e487b7160e01b5f52602160045260245ffd5b90508201358d610829565b5f8381526020812092508b90601f198216905b8181106109e45750106109cb575b5050600189811b01905561083c565b8301355f1960038c901b60f8161c191690558c806109bc565b8684013585556001909401936020938401938e9350016109ae565b8981111561081457815f5260205f20601f8b0160051c9060208c10610a48575b81601f9101920160051c03905f5b828110610a3b575050610814565b5f82820155600101610a2d565b5f9150610a1f565b634e487b7160e01b5f52601160045260245ffd5b63034aa1c560e41b5f5260045ffd5b8315610a91573b61076e578263b3136e4760e01b5f5260045260245ffd5b630de045a160e01b5f5260045ffd5b826366831b0d60e01b5f526004525f6024525f60445260645ffd5b63ffffffff7f0000000000000000000000000000000000000000000000000000000000000000168084108015610b36575b610af65750610762565b836366831b0d60e01b5f5260045260245263ffffffff7f00000000000000000000000000000000000000000000000000000000000000001660445260645ffd5b5063ffffffff7f0000000000000000000000000000000000000000000000000000000000000000168411610aec565b63f1ae58d560e01b5f5260045ffd5b50505f60018a1415610746565b50861561073a565b3461010e57602036600319011261010e57600435604051610ba981610e8e565b5f81525f60208201525f60408201525f60608201525f60808201525f60a0820152606060c082015260e0610bdb610ec7565b910152805f52600160205260405f209060405190610bf882610e8e565b82546001600160a01b039081168352600184015481166020840190815260028501549091166040808501918252600386015460608601908152600487015460808701908152600588015460a08801908152925160068901805496999196949592945f91610c6482610ef1565b808a529160018116908115610d995750600114610d61575b5050869003601f01601f1916860167ffffffffffffffff8111878210176106865760405260c08801958652610cb390600701610f35565b95608060e0890197808952015115610d4f575060408051602080825298516001600160a01b03908116828b015299518a1691810191909152905190971660608801525160808701525160a08601525160c08501525161018060e085015280516101a085018190526101c09385939192610d4192918491018587015e5f85848601015251610100840190610e02565b601f01601f19168101030190f35b631b5c438560e21b5f5260045260245ffd5b9091505f5260205f205f905b828210610d835750602091508701018a80610c7c565b6001816020925483858d01015201910190610d6d565b9150506020925060ff191682890152151560051b8701018a80610c7c565b3461010e575f36600319011261010e5760209063ffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b90600382101561097c5752565b608080916001600160601b03815116845263ffffffff6020820151166020850152610e3560408201516040860190610df5565b60608101511515606085015201511515910152565b9181601f8401121561010e5782359167ffffffffffffffff831161010e576020838186019501011161010e57565b602435906001600160a01b038216820361010e57565b610100810190811067ffffffffffffffff82111761068657604052565b60a0810190811067ffffffffffffffff82111761068657604052565b60405190610ed482610eab565b5f6080838281528260208201528260408201528260608201520152565b90600182811c92168015610f1f575b6020831014610f0b57565b634e487b7160e01b5f52602260045260245ffd5b91607f1691610f00565b600382101561097c5752565b90604051610f4281610eab565b608060ff8294546001600160601b038116845263ffffffff8160601c166020850152610f758282851c1660408601610f29565b818160881c161515606085015260901c161515910152565b908060209392818452848401375f828201840152601f01601f191601019056",
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

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (modelRegistry *ModelRegistry) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], modelRegistry.abi.Errors["AlreadyDeprecated"].ID.Bytes()[:4]) {
		return modelRegistry.UnpackAlreadyDeprecatedError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelRegistry.abi.Errors["ChallengeWindowOutOfBounds"].ID.Bytes()[:4]) {
		return modelRegistry.UnpackChallengeWindowOutOfBoundsError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelRegistry.abi.Errors["EmptyURI"].ID.Bytes()[:4]) {
		return modelRegistry.UnpackEmptyURIError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelRegistry.abi.Errors["ModelNotFound"].ID.Bytes()[:4]) {
		return modelRegistry.UnpackModelNotFoundError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelRegistry.abi.Errors["NotModelOwner"].ID.Bytes()[:4]) {
		return modelRegistry.UnpackNotModelOwnerError(raw[4:])
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
