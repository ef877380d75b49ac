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

// DigitClassifierMetaData contains all meta data concerning the DigitClassifier contract.
var DigitClassifierMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIAIOracle\",\"name\":\"oracle_\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"modelId_\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"BadImageLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"BadOutputLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotOracle\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"code\",\"type\":\"uint16\"}],\"name\":\"ClassificationFailed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"digit\",\"type\":\"uint8\"}],\"name\":\"DigitClassified\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"}],\"name\":\"DigitRequested\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"CALLBACK_GAS_LIMIT\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"CLASSES\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"IMAGE_BYTES\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"classifications\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"done\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"failed\",\"type\":\"bool\"},{\"internalType\":\"uint8\",\"name\":\"digit\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"errorCode\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"image\",\"type\":\"bytes\"}],\"name\":\"classify\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"fee\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"modelId\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"uint16\",\"name\":\"code\",\"type\":\"uint16\"},{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"name\":\"onInferenceError\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"output\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"name\":\"onInferenceResult\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"oracle\",\"outputs\":[{\"internalType\":\"contractIAIOracle\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "DigitClassifier",
	Bin: "0x60c0346100a457601f6107ad38819003918201601f19168301916001600160401b038311848410176100a85780849260409485528339810103126100a4578051906001600160a01b03821682036100a457602001519060805260a0526040516106f090816100bd823960805181818160fd015281816102c10152818161039d015281816104240152610600015260a05181818160c80152818161024a01526105770152f35b5f80fd5b634e487b7160e01b5f52604160045260245ffdfe6080806040526004361015610012575f80fd5b5f3560e01c90816301fa1b30146105b75750806333d608f11461059a57806343cdaad2146105605780637b8ff0ba146103cc5780637dc0d1d0146103885780639f903bca146101fd578063a889493014610199578063c954c53f1461017d578063ddca3f43146100a95763e0beab2d1461008a575f80fd5b346100a5575f3660031901126100a5576020604051600a8152f35b5f80fd5b346100a5575f3660031901126100a557604051634790757760e11b81527f00000000000000000000000000000000000000000000000000000000000000006004820152620186a060248201526020816044817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa8015610172575f9061013f575b602090604051908152f35b506020813d60201161016a575b81610159602093836106ba565b810103126100a55760209051610134565b3d915061014c565b6040513d5f823e3d90fd5b346100a5575f3660031901126100a55760206040516103108152f35b346100a55760203660031901126100a5576004355f525f60205260a060405f205461ffff60405191600180851b038116835260ff81851c161515602084015260ff8160a81c161515604084015260ff8160b01c16606084015260b81c166080820152f35b60203660031901126100a55760043567ffffffffffffffff81116100a55761022990369060040161068c565b906103108203610375576020908183604051948593630544a75360e01b85527f0000000000000000000000000000000000000000000000000000000000000000600486015260a060248601528160a486015260c48501375f60c48285010152601f80199101168201306044840152620186a060648401525f60c480858403019260031984016084870152015201813460018060a01b037f0000000000000000000000000000000000000000000000000000000000000000165af18015610172575f90610342575b806020915f525f825260405f20336bffffffffffffffffffffffff60a01b8254161790556040519033817f5376974e04d18dec640b6d4267d6da52ba870e989de111910fce5f747657afbc5f80a38152f35b506020813d60201161036d575b8161035c602093836106ba565b810103126100a557602090516102f0565b3d915061034f565b5063d868c11f60e01b5f5260045260245ffd5b346100a5575f3660031901126100a5576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b346100a55760603660031901126100a55760043560243567ffffffffffffffff81116100a55761040090369060040161068c565b60443567ffffffffffffffff81116100a55761042090369060040161068c565b50507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316330361054d576050810361053b575f91677fffffffffffffff19835b600a81106104cd575f8681526020818152604091829020805462ff00ff60a01b191660b089901b60ff60b01b1617600160a01b179055905160ff8716815287917ffeddb5fc3f8cc661af96208c4acd5913560664c534834a8b95c8584a8d8664db91a2005b8060031b8181046008148215171561052757600881018082116105275785106100a5578301356001600160c01b03191660c01d600783810b9082900b13610518575b50600101610468565b60ff821695509150600161050f565b634e487b7160e01b5f52601160045260245ffd5b63166e308b60e31b5f5260045260245ffd5b63037d3e0960e61b5f523360045260245ffd5b346100a5575f3660031901126100a55760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b346100a5575f3660031901126100a5576020604051620186a08152f35b346100a55760603660031901126100a5576004359060243561ffff8116918282036100a55760443567ffffffffffffffff81116100a5576105fc90369060040161068c565b50507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316330361054d575f84815260208181526040909120805464ffff00ffff60a01b191660b89490941b61ffff60b81b169390931761010160a01b179092559182527f2cea2d427a9c5f391654e8d344d8c2f182da50158eb6b3ca47e2ac5d9519c55a91a2005b9181601f840112156100a55782359167ffffffffffffffff83116100a557602083818601950101116100a557565b90601f8019910116810190811067ffffffffffffffff8211176106dc57604052565b634e487b7160e01b5f52604160045260245ffd",
}

// DigitClassifier is an auto generated Go binding around an Ethereum contract.
type DigitClassifier struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *DigitClassifier) GetABI() abi.ABI {
	return c.abi
}

// NewDigitClassifier creates a new instance of DigitClassifier.
func NewDigitClassifier() *DigitClassifier {
	parsed, err := DigitClassifierMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &DigitClassifier{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *DigitClassifier) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address oracle_, uint256 modelId_) returns()
func (digitClassifier *DigitClassifier) PackConstructor(oracle_ common.Address, modelId_ *big.Int) []byte {
	enc, err := digitClassifier.abi.Pack("", oracle_, modelId_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackCALLBACKGASLIMIT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x33d608f1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function CALLBACK_GAS_LIMIT() view returns(uint32)
func (digitClassifier *DigitClassifier) PackCALLBACKGASLIMIT() []byte {
	enc, err := digitClassifier.abi.Pack("CALLBACK_GAS_LIMIT")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCALLBACKGASLIMIT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x33d608f1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function CALLBACK_GAS_LIMIT() view returns(uint32)
func (digitClassifier *DigitClassifier) TryPackCALLBACKGASLIMIT() ([]byte, error) {
	return digitClassifier.abi.Pack("CALLBACK_GAS_LIMIT")
}

// UnpackCALLBACKGASLIMIT is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x33d608f1.
//
// Solidity: function CALLBACK_GAS_LIMIT() view returns(uint32)
func (digitClassifier *DigitClassifier) UnpackCALLBACKGASLIMIT(data []byte) (uint32, error) {
	out, err := digitClassifier.abi.Unpack("CALLBACK_GAS_LIMIT", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackCLASSES is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe0beab2d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function CLASSES() view returns(uint256)
func (digitClassifier *DigitClassifier) PackCLASSES() []byte {
	enc, err := digitClassifier.abi.Pack("CLASSES")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCLASSES is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe0beab2d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function CLASSES() view returns(uint256)
func (digitClassifier *DigitClassifier) TryPackCLASSES() ([]byte, error) {
	return digitClassifier.abi.Pack("CLASSES")
}

// UnpackCLASSES is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe0beab2d.
//
// Solidity: function CLASSES() view returns(uint256)
func (digitClassifier *DigitClassifier) UnpackCLASSES(data []byte) (*big.Int, error) {
	out, err := digitClassifier.abi.Unpack("CLASSES", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackIMAGEBYTES is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc954c53f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function IMAGE_BYTES() view returns(uint256)
func (digitClassifier *DigitClassifier) PackIMAGEBYTES() []byte {
	enc, err := digitClassifier.abi.Pack("IMAGE_BYTES")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIMAGEBYTES is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc954c53f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function IMAGE_BYTES() view returns(uint256)
func (digitClassifier *DigitClassifier) TryPackIMAGEBYTES() ([]byte, error) {
	return digitClassifier.abi.Pack("IMAGE_BYTES")
}

// UnpackIMAGEBYTES is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc954c53f.
//
// Solidity: function IMAGE_BYTES() view returns(uint256)
func (digitClassifier *DigitClassifier) UnpackIMAGEBYTES(data []byte) (*big.Int, error) {
	out, err := digitClassifier.abi.Unpack("IMAGE_BYTES", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackClassifications is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa8894930.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function classifications(uint256 requestId) view returns(address requester, bool done, bool failed, uint8 digit, uint16 errorCode)
func (digitClassifier *DigitClassifier) PackClassifications(requestId *big.Int) []byte {
	enc, err := digitClassifier.abi.Pack("classifications", requestId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClassifications is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa8894930.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function classifications(uint256 requestId) view returns(address requester, bool done, bool failed, uint8 digit, uint16 errorCode)
func (digitClassifier *DigitClassifier) TryPackClassifications(requestId *big.Int) ([]byte, error) {
	return digitClassifier.abi.Pack("classifications", requestId)
}

// ClassificationsOutput serves as a container for the return parameters of contract
// method Classifications.
type ClassificationsOutput struct {
	Requester common.Address
	Done      bool
	Failed    bool
	Digit     uint8
	ErrorCode uint16
}

// UnpackClassifications is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa8894930.
//
// Solidity: function classifications(uint256 requestId) view returns(address requester, bool done, bool failed, uint8 digit, uint16 errorCode)
func (digitClassifier *DigitClassifier) UnpackClassifications(data []byte) (ClassificationsOutput, error) {
	out, err := digitClassifier.abi.Unpack("classifications", data)
	outstruct := new(ClassificationsOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Requester = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.Done = *abi.ConvertType(out[1], new(bool)).(*bool)
	outstruct.Failed = *abi.ConvertType(out[2], new(bool)).(*bool)
	outstruct.Digit = *abi.ConvertType(out[3], new(uint8)).(*uint8)
	outstruct.ErrorCode = *abi.ConvertType(out[4], new(uint16)).(*uint16)
	return *outstruct, nil
}

// PackClassify is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9f903bca.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function classify(bytes image) payable returns(uint256 requestId)
func (digitClassifier *DigitClassifier) PackClassify(image []byte) []byte {
	enc, err := digitClassifier.abi.Pack("classify", image)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClassify is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9f903bca.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function classify(bytes image) payable returns(uint256 requestId)
func (digitClassifier *DigitClassifier) TryPackClassify(image []byte) ([]byte, error) {
	return digitClassifier.abi.Pack("classify", image)
}

// UnpackClassify is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9f903bca.
//
// Solidity: function classify(bytes image) payable returns(uint256 requestId)
func (digitClassifier *DigitClassifier) UnpackClassify(data []byte) (*big.Int, error) {
	out, err := digitClassifier.abi.Unpack("classify", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xddca3f43.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function fee() view returns(uint256)
func (digitClassifier *DigitClassifier) PackFee() []byte {
	enc, err := digitClassifier.abi.Pack("fee")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xddca3f43.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function fee() view returns(uint256)
func (digitClassifier *DigitClassifier) TryPackFee() ([]byte, error) {
	return digitClassifier.abi.Pack("fee")
}

// UnpackFee is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xddca3f43.
//
// Solidity: function fee() view returns(uint256)
func (digitClassifier *DigitClassifier) UnpackFee(data []byte) (*big.Int, error) {
	out, err := digitClassifier.abi.Unpack("fee", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackModelId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x43cdaad2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function modelId() view returns(uint256)
func (digitClassifier *DigitClassifier) PackModelId() []byte {
	enc, err := digitClassifier.abi.Pack("modelId")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackModelId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x43cdaad2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function modelId() view returns(uint256)
func (digitClassifier *DigitClassifier) TryPackModelId() ([]byte, error) {
	return digitClassifier.abi.Pack("modelId")
}

// UnpackModelId is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x43cdaad2.
//
// Solidity: function modelId() view returns(uint256)
func (digitClassifier *DigitClassifier) UnpackModelId(data []byte) (*big.Int, error) {
	out, err := digitClassifier.abi.Unpack("modelId", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackOnInferenceError is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01fa1b30.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function onInferenceError(uint256 requestId, uint16 code, bytes ) returns()
func (digitClassifier *DigitClassifier) PackOnInferenceError(requestId *big.Int, code uint16, arg2 []byte) []byte {
	enc, err := digitClassifier.abi.Pack("onInferenceError", requestId, code, arg2)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOnInferenceError is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01fa1b30.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function onInferenceError(uint256 requestId, uint16 code, bytes ) returns()
func (digitClassifier *DigitClassifier) TryPackOnInferenceError(requestId *big.Int, code uint16, arg2 []byte) ([]byte, error) {
	return digitClassifier.abi.Pack("onInferenceError", requestId, code, arg2)
}

// PackOnInferenceResult is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b8ff0ba.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function onInferenceResult(uint256 requestId, bytes output, bytes ) returns()
func (digitClassifier *DigitClassifier) PackOnInferenceResult(requestId *big.Int, output []byte, arg2 []byte) []byte {
	enc, err := digitClassifier.abi.Pack("onInferenceResult", requestId, output, arg2)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOnInferenceResult is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b8ff0ba.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function onInferenceResult(uint256 requestId, bytes output, bytes ) returns()
func (digitClassifier *DigitClassifier) TryPackOnInferenceResult(requestId *big.Int, output []byte, arg2 []byte) ([]byte, error) {
	return digitClassifier.abi.Pack("onInferenceResult", requestId, output, arg2)
}

// PackOracle is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7dc0d1d0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function oracle() view returns(address)
func (digitClassifier *DigitClassifier) PackOracle() []byte {
	enc, err := digitClassifier.abi.Pack("oracle")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOracle is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7dc0d1d0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function oracle() view returns(address)
func (digitClassifier *DigitClassifier) TryPackOracle() ([]byte, error) {
	return digitClassifier.abi.Pack("oracle")
}

// UnpackOracle is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7dc0d1d0.
//
// Solidity: function oracle() view returns(address)
func (digitClassifier *DigitClassifier) UnpackOracle(data []byte) (common.Address, error) {
	out, err := digitClassifier.abi.Unpack("oracle", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// DigitClassifierClassificationFailed represents a ClassificationFailed event raised by the DigitClassifier contract.
type DigitClassifierClassificationFailed struct {
	RequestId *big.Int
	Code      uint16
	Raw       *types.Log // Blockchain specific contextual infos
}

const DigitClassifierClassificationFailedEventName = "ClassificationFailed"

// ContractEventName returns the user-defined event name.
func (DigitClassifierClassificationFailed) ContractEventName() string {
	return DigitClassifierClassificationFailedEventName
}

// UnpackClassificationFailedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ClassificationFailed(uint256 indexed requestId, uint16 code)
func (digitClassifier *DigitClassifier) UnpackClassificationFailedEvent(log *types.Log) (*DigitClassifierClassificationFailed, error) {
	event := "ClassificationFailed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != digitClassifier.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DigitClassifierClassificationFailed)
	if len(log.Data) > 0 {
		if err := digitClassifier.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range digitClassifier.abi.Events[event].Inputs {
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

// DigitClassifierDigitClassified represents a DigitClassified event raised by the DigitClassifier contract.
type DigitClassifierDigitClassified struct {
	RequestId *big.Int
	Digit     uint8
	Raw       *types.Log // Blockchain specific contextual infos
}

const DigitClassifierDigitClassifiedEventName = "DigitClassified"

// ContractEventName returns the user-defined event name.
func (DigitClassifierDigitClassified) ContractEventName() string {
	return DigitClassifierDigitClassifiedEventName
}

// UnpackDigitClassifiedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DigitClassified(uint256 indexed requestId, uint8 digit)
func (digitClassifier *DigitClassifier) UnpackDigitClassifiedEvent(log *types.Log) (*DigitClassifierDigitClassified, error) {
	event := "DigitClassified"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != digitClassifier.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DigitClassifierDigitClassified)
	if len(log.Data) > 0 {
		if err := digitClassifier.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range digitClassifier.abi.Events[event].Inputs {
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

// DigitClassifierDigitRequested represents a DigitRequested event raised by the DigitClassifier contract.
type DigitClassifierDigitRequested struct {
	RequestId *big.Int
	Requester common.Address
	Raw       *types.Log // Blockchain specific contextual infos
}

const DigitClassifierDigitRequestedEventName = "DigitRequested"

// ContractEventName returns the user-defined event name.
func (DigitClassifierDigitRequested) ContractEventName() string {
	return DigitClassifierDigitRequestedEventName
}

// UnpackDigitRequestedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DigitRequested(uint256 indexed requestId, address indexed requester)
func (digitClassifier *DigitClassifier) UnpackDigitRequestedEvent(log *types.Log) (*DigitClassifierDigitRequested, error) {
	event := "DigitRequested"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != digitClassifier.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DigitClassifierDigitRequested)
	if len(log.Data) > 0 {
		if err := digitClassifier.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range digitClassifier.abi.Events[event].Inputs {
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
func (digitClassifier *DigitClassifier) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], digitClassifier.abi.Errors["BadImageLength"].ID.Bytes()[:4]) {
		return digitClassifier.UnpackBadImageLengthError(raw[4:])
	}
	if bytes.Equal(raw[:4], digitClassifier.abi.Errors["BadOutputLength"].ID.Bytes()[:4]) {
		return digitClassifier.UnpackBadOutputLengthError(raw[4:])
	}
	if bytes.Equal(raw[:4], digitClassifier.abi.Errors["NotOracle"].ID.Bytes()[:4]) {
		return digitClassifier.UnpackNotOracleError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// DigitClassifierBadImageLength represents a BadImageLength error raised by the DigitClassifier contract.
type DigitClassifierBadImageLength struct {
	Length *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadImageLength(uint256 length)
func DigitClassifierBadImageLengthErrorID() common.Hash {
	return common.HexToHash("0xd868c11f357cbada26b0df8342fc7c679513647d7cfc5fae1beeb49494180885")
}

// UnpackBadImageLengthError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadImageLength(uint256 length)
func (digitClassifier *DigitClassifier) UnpackBadImageLengthError(raw []byte) (*DigitClassifierBadImageLength, error) {
	out := new(DigitClassifierBadImageLength)
	if err := digitClassifier.abi.UnpackIntoInterface(out, "BadImageLength", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DigitClassifierBadOutputLength represents a BadOutputLength error raised by the DigitClassifier contract.
type DigitClassifierBadOutputLength struct {
	Length *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadOutputLength(uint256 length)
func DigitClassifierBadOutputLengthErrorID() common.Hash {
	return common.HexToHash("0xb3718458a3b90e0934a9f48600deb02b68407f8900cdb87b304837f765776164")
}

// UnpackBadOutputLengthError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadOutputLength(uint256 length)
func (digitClassifier *DigitClassifier) UnpackBadOutputLengthError(raw []byte) (*DigitClassifierBadOutputLength, error) {
	out := new(DigitClassifierBadOutputLength)
	if err := digitClassifier.abi.UnpackIntoInterface(out, "BadOutputLength", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DigitClassifierNotOracle represents a NotOracle error raised by the DigitClassifier contract.
type DigitClassifierNotOracle struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotOracle(address caller)
func DigitClassifierNotOracleErrorID() common.Hash {
	return common.HexToHash("0xdf4f82405d961fcad9f2ba02ce8e436cf5eedd191691916020e727d24df31ee4")
}

// UnpackNotOracleError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotOracle(address caller)
func (digitClassifier *DigitClassifier) UnpackNotOracleError(raw []byte) (*DigitClassifierNotOracle, error) {
	out := new(DigitClassifierNotOracle)
	if err := digitClassifier.abi.UnpackIntoInterface(out, "NotOracle", raw); err != nil {
		return nil, err
	}
	return out, nil
}
