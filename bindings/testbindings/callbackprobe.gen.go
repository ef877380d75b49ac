// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package testbindings

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

// CallbackProbeMetaData contains all meta data concerning the CallbackProbe contract.
var CallbackProbeMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIOracleForProbe\",\"name\":\"oracle_\",\"type\":\"address\"}],\"stateMutability\":\"payable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"calls\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"gasAtEntry\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"lastCallbackData\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"lastErrorCode\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"lastOutput\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"lastRefundAmount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"lastRequestId\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"mode\",\"outputs\":[{\"internalType\":\"enumCallbackProbe.Mode\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"uint16\",\"name\":\"code\",\"type\":\"uint16\"},{\"internalType\":\"bytes\",\"name\":\"callbackData\",\"type\":\"bytes\"}],\"name\":\"onInferenceError\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"callbackData\",\"type\":\"bytes\"}],\"name\":\"onInferenceRefunded\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"output\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"callbackData\",\"type\":\"bytes\"}],\"name\":\"onInferenceResult\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"oracle\",\"outputs\":[{\"internalType\":\"contractIOracleForProbe\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"reenterTarget\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"reentrySucceeded\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"refunds\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"enumCallbackProbe.Mode\",\"name\":\"mode_\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"reenterTarget_\",\"type\":\"uint256\"}],\"name\":\"setMode\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"stateMutability\":\"payable\",\"type\":\"receive\"}]",
	ID:  "CallbackProbe",
	Bin: "0x60a0601f610d8338819003918201601f19168301916001600160401b03831184841017607457808492602094604052833981010312607057516001600160a01b0381168103607057608052604051610cfa908161008982396080518181816104bc01528181610bba0152610c2c0152f35b5f80fd5b634e487b7160e01b5f52604160045260245ffdfe6080604052600436101561001a575b3615610018575f80fd5b005b5f3560e01c806301fa1b30146101195780631214541514610114578063295a52121461010f578063305f72b71461010a5780634f5d2df11461010557806359703b2e146101005780637b8ff0ba146100fb5780637dc0d1d0146100f65780638afa46b1146100f157806397228a7e146100ec578063bd8ab2eb146100e7578063c09ed9dc146100e2578063cc6e8454146100dd578063d1ec5396146100d8578063dbb58151146100d35763fc2a88c30361000e5761087b565b6107e9565b6106e8565b6106cb565b6106ae565b61067a565b6105a0565b6104eb565b6104a7565b610350565b61032e565b610311565b6102f4565b6102cc565b61028d565b610150565b9181601f8401121561014c5782359167ffffffffffffffff831161014c576020838186019501011161014c57565b5f80fd5b3461014c57606036600319011261014c5760043560243561ffff811680910361014c5760443567ffffffffffffffff811161014c5761019390369060040161011e565b9190925a6009556101a2610ad8565b6101ad600254610898565b60025560035561ffff19600654161760065567ffffffffffffffff8111610288576101e2816101dd600554610508565b6108ba565b5f601f821160011461021f57819061020f935f92610214575b50508160011b915f199060031b1c19161790565b600555005b013590505f806101fb565b60055f52601f198216925f516020610cda5f395f51905f52915f5b85811061027057508360019510610257575b505050811b01600555005b01355f19600384901b60f8161c191690555f808061024c565b9092602060018192868601358155019401910161023a565b610540565b3461014c575f36600319011261014c57602061ffff60065416604051908152f35b600711156102b857565b634e487b7160e01b5f52602160045260245ffd5b3461014c575f36600319011261014c5760ff5f541660405160078210156102b8576020918152f35b3461014c575f36600319011261014c576020600254604051908152f35b3461014c575f36600319011261014c576020600754604051908152f35b3461014c575f36600319011261014c57602060ff600a54166040519015158152f35b3461014c57606036600319011261014c5760043560243567ffffffffffffffff811161014c5761038490369060040161011e565b9160443567ffffffffffffffff811161014c576103a590369060040161011e565b9290915a6009556103b4610ad8565b6103bf600254610898565b60025560035567ffffffffffffffff8411610288576103e8846103e3600454610508565b610919565b5f90601f851160011461042157938061041992610018965f926102145750508160011b915f199060031b1c19161790565b6004556109d6565b60045f52601f198516917f8a35acfbc15ff81a39ae7d344fd709f28e8600b4aa8c65c6b64bfe7fe36bd19b925f5b81811061048f5750916001939187610018989410610476575b505050811b016004556109d6565b01355f19600384901b60f8161c191690555f8080610468565b9193602060018192878701358155019501920161044f565b3461014c575f36600319011261014c576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b3461014c575f36600319011261014c576020600854604051908152f35b90600182811c92168015610536575b602083101461052257565b634e487b7160e01b5f52602260045260245ffd5b91607f1691610517565b634e487b7160e01b5f52604160045260245ffd5b90601f8019910116810190811067ffffffffffffffff82111761028857604052565b602060409281835280519182918282860152018484015e5f828201840152601f01601f1916010190565b3461014c575f36600319011261014c576040515f6004546105c081610508565b808452906001811690811561065657506001146105f8575b6105f4836105e881850382610554565b60405191829182610576565b0390f35b60045f9081527f8a35acfbc15ff81a39ae7d344fd709f28e8600b4aa8c65c6b64bfe7fe36bd19b939250905b80821061063c575090915081016020016105e86105d8565b919260018160209254838588010152019101909291610624565b60ff191660208086019190915291151560051b840190910191506105e890506105d8565b3461014c57604036600319011261014c57600435600781101561014c576024359060ff80195f54169116175f556001555f80f35b3461014c575f36600319011261014c576020600954604051908152f35b3461014c575f36600319011261014c576020600154604051908152f35b3461014c57606036600319011261014c5760043560243560443567ffffffffffffffff811161014c5761071f90369060040161011e565b9190925a60095561072e610ad8565b610739600254610898565b600255610747600854610898565b60085560035560075567ffffffffffffffff81116102885761076e816101dd600554610508565b5f601f821160011461079a57819061020f935f926102145750508160011b915f199060031b1c19161790565b60055f52601f198216925f516020610cda5f395f51905f52915f5b8581106107d15750836001951061025757505050811b01600555005b909260206001819286860135815501940191016107b5565b3461014c575f36600319011261014c576040515f60055461080981610508565b80845290600181169081156106565750600114610830576105f4836105e881850382610554565b60055f9081525f516020610cda5f395f51905f52939250905b808210610861575090915081016020016105e86105d8565b919260018160209254838588010152019101909291610849565b3461014c575f36600319011261014c576020600354604051908152f35b5f1981146108a65760010190565b634e487b7160e01b5f52601160045260245ffd5b90601f82116108c7575050565b8082116108d2575050565b60055f5260205f206020601f830160051c9210610911575b81601f9101920160051c03905f5b82811061090457505050565b5f828201556001016108f8565b5f91506108ea565b90601f8211610926575050565b808211610931575050565b60045f5260205f206020601f830160051c9210610970575b81601f9101920160051c03905f5b82811061096357505050565b5f82820155600101610957565b5f9150610949565b919091601f8311610989575b505050565b81831161099557505050565b5f5260205f206020601f830160051c92106109ce575b81601f9101920160051c03905f5b82811015610984575f828201556001016109b9565b5f91506109ab565b919067ffffffffffffffff8111610288576109fd816109f6600554610508565b6005610978565b5f601f8211600114610a2f578190610a2a93945f926102145750508160011b915f199060031b1c19161790565b600555565b60055f52601f198216935f516020610cda5f395f51905f52915f5b868110610a815750836001959610610a68575b505050811b01600555565b01355f19600384901b60f8161c191690555f8080610a5d565b90926020600181928686013581550194019101610a4a565b3d15610ad3573d9067ffffffffffffffff82116102885760405191610ac8601f8201601f191660200184610554565b82523d5f602084013e565b606090565b5f5460ff16610ae6816102ae565b60018114610ca457610af7816102ae565b60028114610c9e57610b08816102ae565b60038114610c975780610b1c6006926102ae565b60048114610c63575b610b2e816102ae565b60058114610c01575b610b40816102ae565b14610b4757565b610bff5f8047600154604051610bb681610ba86020820194630544a75360e01b86526024830161010091815260a06020820152600160a0820152600160f81b60c08201525f60408201525f606082015260e060808201525f60e08201520190565b03601f198101835282610554565b51917f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165af1610bec610a99565b5060ff8019600a54169115151617600a55565b565b610c5e5f806040516020810190633ccfd60b60e01b825260048152610c27602482610554565b5190827f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165af1610bec610a99565b610b37565b610c925f80600154604051610c2781610ba860208201946302930d7560e11b8652602483019190602083019252565b610b25565b620186a05ff35b5b610c9f565b60405162461bcd60e51b815260206004820152600d60248201526c1c1c9bd8994e881c995d995c9d609a1b6044820152606490fdfe036b6384b5eca791c62761152d0c79bb0604c104a5fb6f4eb0703f3154bb3db0",
}

// CallbackProbe is an auto generated Go binding around an Ethereum contract.
type CallbackProbe struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *CallbackProbe) GetABI() abi.ABI {
	return c.abi
}

// NewCallbackProbe creates a new instance of CallbackProbe.
func NewCallbackProbe() *CallbackProbe {
	parsed, err := CallbackProbeMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &CallbackProbe{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *CallbackProbe) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address oracle_) payable returns()
func (callbackProbe *CallbackProbe) PackConstructor(oracle_ common.Address) []byte {
	enc, err := callbackProbe.abi.Pack("", oracle_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackCalls is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x305f72b7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function calls() view returns(uint256)
func (callbackProbe *CallbackProbe) PackCalls() []byte {
	enc, err := callbackProbe.abi.Pack("calls")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCalls is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x305f72b7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function calls() view returns(uint256)
func (callbackProbe *CallbackProbe) TryPackCalls() ([]byte, error) {
	return callbackProbe.abi.Pack("calls")
}

// UnpackCalls is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x305f72b7.
//
// Solidity: function calls() view returns(uint256)
func (callbackProbe *CallbackProbe) UnpackCalls(data []byte) (*big.Int, error) {
	out, err := callbackProbe.abi.Unpack("calls", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGasAtEntry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc09ed9dc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function gasAtEntry() view returns(uint256)
func (callbackProbe *CallbackProbe) PackGasAtEntry() []byte {
	enc, err := callbackProbe.abi.Pack("gasAtEntry")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGasAtEntry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc09ed9dc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function gasAtEntry() view returns(uint256)
func (callbackProbe *CallbackProbe) TryPackGasAtEntry() ([]byte, error) {
	return callbackProbe.abi.Pack("gasAtEntry")
}

// UnpackGasAtEntry is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc09ed9dc.
//
// Solidity: function gasAtEntry() view returns(uint256)
func (callbackProbe *CallbackProbe) UnpackGasAtEntry(data []byte) (*big.Int, error) {
	out, err := callbackProbe.abi.Unpack("gasAtEntry", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackLastCallbackData is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdbb58151.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function lastCallbackData() view returns(bytes)
func (callbackProbe *CallbackProbe) PackLastCallbackData() []byte {
	enc, err := callbackProbe.abi.Pack("lastCallbackData")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLastCallbackData is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdbb58151.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function lastCallbackData() view returns(bytes)
func (callbackProbe *CallbackProbe) TryPackLastCallbackData() ([]byte, error) {
	return callbackProbe.abi.Pack("lastCallbackData")
}

// UnpackLastCallbackData is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdbb58151.
//
// Solidity: function lastCallbackData() view returns(bytes)
func (callbackProbe *CallbackProbe) UnpackLastCallbackData(data []byte) ([]byte, error) {
	out, err := callbackProbe.abi.Unpack("lastCallbackData", data)
	if err != nil {
		return *new([]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)
	return out0, nil
}

// PackLastErrorCode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x12145415.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function lastErrorCode() view returns(uint16)
func (callbackProbe *CallbackProbe) PackLastErrorCode() []byte {
	enc, err := callbackProbe.abi.Pack("lastErrorCode")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLastErrorCode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x12145415.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function lastErrorCode() view returns(uint16)
func (callbackProbe *CallbackProbe) TryPackLastErrorCode() ([]byte, error) {
	return callbackProbe.abi.Pack("lastErrorCode")
}

// UnpackLastErrorCode is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x12145415.
//
// Solidity: function lastErrorCode() view returns(uint16)
func (callbackProbe *CallbackProbe) UnpackLastErrorCode(data []byte) (uint16, error) {
	out, err := callbackProbe.abi.Unpack("lastErrorCode", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackLastOutput is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x97228a7e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function lastOutput() view returns(bytes)
func (callbackProbe *CallbackProbe) PackLastOutput() []byte {
	enc, err := callbackProbe.abi.Pack("lastOutput")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLastOutput is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x97228a7e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function lastOutput() view returns(bytes)
func (callbackProbe *CallbackProbe) TryPackLastOutput() ([]byte, error) {
	return callbackProbe.abi.Pack("lastOutput")
}

// UnpackLastOutput is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x97228a7e.
//
// Solidity: function lastOutput() view returns(bytes)
func (callbackProbe *CallbackProbe) UnpackLastOutput(data []byte) ([]byte, error) {
	out, err := callbackProbe.abi.Unpack("lastOutput", data)
	if err != nil {
		return *new([]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)
	return out0, nil
}

// PackLastRefundAmount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4f5d2df1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function lastRefundAmount() view returns(uint256)
func (callbackProbe *CallbackProbe) PackLastRefundAmount() []byte {
	enc, err := callbackProbe.abi.Pack("lastRefundAmount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLastRefundAmount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4f5d2df1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function lastRefundAmount() view returns(uint256)
func (callbackProbe *CallbackProbe) TryPackLastRefundAmount() ([]byte, error) {
	return callbackProbe.abi.Pack("lastRefundAmount")
}

// UnpackLastRefundAmount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4f5d2df1.
//
// Solidity: function lastRefundAmount() view returns(uint256)
func (callbackProbe *CallbackProbe) UnpackLastRefundAmount(data []byte) (*big.Int, error) {
	out, err := callbackProbe.abi.Unpack("lastRefundAmount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackLastRequestId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc2a88c3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function lastRequestId() view returns(uint256)
func (callbackProbe *CallbackProbe) PackLastRequestId() []byte {
	enc, err := callbackProbe.abi.Pack("lastRequestId")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLastRequestId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc2a88c3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function lastRequestId() view returns(uint256)
func (callbackProbe *CallbackProbe) TryPackLastRequestId() ([]byte, error) {
	return callbackProbe.abi.Pack("lastRequestId")
}

// UnpackLastRequestId is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfc2a88c3.
//
// Solidity: function lastRequestId() view returns(uint256)
func (callbackProbe *CallbackProbe) UnpackLastRequestId(data []byte) (*big.Int, error) {
	out, err := callbackProbe.abi.Unpack("lastRequestId", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x295a5212.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mode() view returns(uint8)
func (callbackProbe *CallbackProbe) PackMode() []byte {
	enc, err := callbackProbe.abi.Pack("mode")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x295a5212.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mode() view returns(uint8)
func (callbackProbe *CallbackProbe) TryPackMode() ([]byte, error) {
	return callbackProbe.abi.Pack("mode")
}

// UnpackMode is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x295a5212.
//
// Solidity: function mode() view returns(uint8)
func (callbackProbe *CallbackProbe) UnpackMode(data []byte) (uint8, error) {
	out, err := callbackProbe.abi.Unpack("mode", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackOnInferenceError is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01fa1b30.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function onInferenceError(uint256 requestId, uint16 code, bytes callbackData) returns()
func (callbackProbe *CallbackProbe) PackOnInferenceError(requestId *big.Int, code uint16, callbackData []byte) []byte {
	enc, err := callbackProbe.abi.Pack("onInferenceError", requestId, code, callbackData)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOnInferenceError is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01fa1b30.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function onInferenceError(uint256 requestId, uint16 code, bytes callbackData) returns()
func (callbackProbe *CallbackProbe) TryPackOnInferenceError(requestId *big.Int, code uint16, callbackData []byte) ([]byte, error) {
	return callbackProbe.abi.Pack("onInferenceError", requestId, code, callbackData)
}

// PackOnInferenceRefunded is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd1ec5396.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function onInferenceRefunded(uint256 requestId, uint256 amount, bytes callbackData) returns()
func (callbackProbe *CallbackProbe) PackOnInferenceRefunded(requestId *big.Int, amount *big.Int, callbackData []byte) []byte {
	enc, err := callbackProbe.abi.Pack("onInferenceRefunded", requestId, amount, callbackData)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOnInferenceRefunded is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd1ec5396.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function onInferenceRefunded(uint256 requestId, uint256 amount, bytes callbackData) returns()
func (callbackProbe *CallbackProbe) TryPackOnInferenceRefunded(requestId *big.Int, amount *big.Int, callbackData []byte) ([]byte, error) {
	return callbackProbe.abi.Pack("onInferenceRefunded", requestId, amount, callbackData)
}

// PackOnInferenceResult is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b8ff0ba.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function onInferenceResult(uint256 requestId, bytes output, bytes callbackData) returns()
func (callbackProbe *CallbackProbe) PackOnInferenceResult(requestId *big.Int, output []byte, callbackData []byte) []byte {
	enc, err := callbackProbe.abi.Pack("onInferenceResult", requestId, output, callbackData)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOnInferenceResult is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b8ff0ba.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function onInferenceResult(uint256 requestId, bytes output, bytes callbackData) returns()
func (callbackProbe *CallbackProbe) TryPackOnInferenceResult(requestId *big.Int, output []byte, callbackData []byte) ([]byte, error) {
	return callbackProbe.abi.Pack("onInferenceResult", requestId, output, callbackData)
}

// PackOracle is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7dc0d1d0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function oracle() view returns(address)
func (callbackProbe *CallbackProbe) PackOracle() []byte {
	enc, err := callbackProbe.abi.Pack("oracle")
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
func (callbackProbe *CallbackProbe) TryPackOracle() ([]byte, error) {
	return callbackProbe.abi.Pack("oracle")
}

// UnpackOracle is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7dc0d1d0.
//
// Solidity: function oracle() view returns(address)
func (callbackProbe *CallbackProbe) UnpackOracle(data []byte) (common.Address, error) {
	out, err := callbackProbe.abi.Unpack("oracle", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackReenterTarget is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcc6e8454.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reenterTarget() view returns(uint256)
func (callbackProbe *CallbackProbe) PackReenterTarget() []byte {
	enc, err := callbackProbe.abi.Pack("reenterTarget")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReenterTarget is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcc6e8454.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reenterTarget() view returns(uint256)
func (callbackProbe *CallbackProbe) TryPackReenterTarget() ([]byte, error) {
	return callbackProbe.abi.Pack("reenterTarget")
}

// UnpackReenterTarget is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcc6e8454.
//
// Solidity: function reenterTarget() view returns(uint256)
func (callbackProbe *CallbackProbe) UnpackReenterTarget(data []byte) (*big.Int, error) {
	out, err := callbackProbe.abi.Unpack("reenterTarget", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackReentrySucceeded is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x59703b2e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reentrySucceeded() view returns(bool)
func (callbackProbe *CallbackProbe) PackReentrySucceeded() []byte {
	enc, err := callbackProbe.abi.Pack("reentrySucceeded")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReentrySucceeded is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x59703b2e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reentrySucceeded() view returns(bool)
func (callbackProbe *CallbackProbe) TryPackReentrySucceeded() ([]byte, error) {
	return callbackProbe.abi.Pack("reentrySucceeded")
}

// UnpackReentrySucceeded is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x59703b2e.
//
// Solidity: function reentrySucceeded() view returns(bool)
func (callbackProbe *CallbackProbe) UnpackReentrySucceeded(data []byte) (bool, error) {
	out, err := callbackProbe.abi.Unpack("reentrySucceeded", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackRefunds is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8afa46b1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function refunds() view returns(uint256)
func (callbackProbe *CallbackProbe) PackRefunds() []byte {
	enc, err := callbackProbe.abi.Pack("refunds")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRefunds is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8afa46b1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function refunds() view returns(uint256)
func (callbackProbe *CallbackProbe) TryPackRefunds() ([]byte, error) {
	return callbackProbe.abi.Pack("refunds")
}

// UnpackRefunds is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8afa46b1.
//
// Solidity: function refunds() view returns(uint256)
func (callbackProbe *CallbackProbe) UnpackRefunds(data []byte) (*big.Int, error) {
	out, err := callbackProbe.abi.Unpack("refunds", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSetMode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbd8ab2eb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setMode(uint8 mode_, uint256 reenterTarget_) returns()
func (callbackProbe *CallbackProbe) PackSetMode(mode uint8, reenterTarget *big.Int) []byte {
	enc, err := callbackProbe.abi.Pack("setMode", mode, reenterTarget)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetMode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbd8ab2eb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setMode(uint8 mode_, uint256 reenterTarget_) returns()
func (callbackProbe *CallbackProbe) TryPackSetMode(mode uint8, reenterTarget *big.Int) ([]byte, error) {
	return callbackProbe.abi.Pack("setMode", mode, reenterTarget)
}
