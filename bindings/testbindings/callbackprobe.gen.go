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
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIOracleForProbe\",\"name\":\"oracle_\",\"type\":\"address\"}],\"stateMutability\":\"payable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"calls\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"gasAtEntry\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"lastCallbackData\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"lastErrorCode\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"lastOutput\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"lastRequestId\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"mode\",\"outputs\":[{\"internalType\":\"enumCallbackProbe.Mode\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"uint16\",\"name\":\"code\",\"type\":\"uint16\"},{\"internalType\":\"bytes\",\"name\":\"callbackData\",\"type\":\"bytes\"}],\"name\":\"onInferenceError\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"output\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"callbackData\",\"type\":\"bytes\"}],\"name\":\"onInferenceResult\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"oracle\",\"outputs\":[{\"internalType\":\"contractIOracleForProbe\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"reenterTarget\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"reentrySucceeded\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"enumCallbackProbe.Mode\",\"name\":\"mode_\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"reenterTarget_\",\"type\":\"uint256\"}],\"name\":\"setMode\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"stateMutability\":\"payable\",\"type\":\"receive\"}]",
	ID:  "CallbackProbe",
	Bin: "0x60a0601f610c3038819003918201601f19168301916001600160401b03831184841017607457808492602094604052833981010312607057516001600160a01b0381168103607057608052604051610ba79081610089823960805181818161048201528181610a880152610afa0152f35b5f80fd5b634e487b7160e01b5f52604160045260245ffdfe6080604052600436101561001a575b3615610018575f80fd5b005b5f3560e01c806301fa1b30146100e957806312145415146100e4578063295a5212146100df578063305f72b7146100da57806359703b2e146100d55780637b8ff0ba146100d05780637dc0d1d0146100cb57806397228a7e146100c6578063bd8ab2eb146100c1578063c09ed9dc146100bc578063cc6e8454146100b7578063dbb58151146100b25763fc2a88c30361000e57610736565b610691565b610674565b610657565b610623565b610549565b61046d565b610316565b6102f4565b6102d7565b6102af565b610270565b610120565b9181601f8401121561011c5782359167ffffffffffffffff831161011c576020838186019501011161011c57565b5f80fd5b3461011c57606036600319011261011c5760043560243561ffff811680910361011c5760443567ffffffffffffffff811161011c576101639036906004016100ee565b9190925a6007556101726109a6565b61017d600254610753565b60025560035561ffff19600654161760065567ffffffffffffffff811161026b576101b2816101ad6005546104b1565b610775565b5f601f82116001146101ef5781906101df935f926101e4575b50508160011b915f199060031b1c19161790565b600555005b013590505f806101cb565b60055f52601f198216927f036b6384b5eca791c62761152d0c79bb0604c104a5fb6f4eb0703f3154bb3db0915f5b8581106102535750836001951061023a575b505050811b01600555005b01355f19600384901b60f8161c191690555f808061022f565b9092602060018192868601358155019401910161021d565b6104e9565b3461011c575f36600319011261011c57602061ffff60065416604051908152f35b6007111561029b57565b634e487b7160e01b5f52602160045260245ffd5b3461011c575f36600319011261011c5760ff5f5416604051600782101561029b576020918152f35b3461011c575f36600319011261011c576020600254604051908152f35b3461011c575f36600319011261011c57602060ff600854166040519015158152f35b3461011c57606036600319011261011c5760043560243567ffffffffffffffff811161011c5761034a9036906004016100ee565b9160443567ffffffffffffffff811161011c5761036b9036906004016100ee565b9290915a60075561037a6109a6565b610385600254610753565b60025560035567ffffffffffffffff841161026b576103ae846103a96004546104b1565b6107d4565b5f90601f85116001146103e75793806103df92610018965f926101e45750508160011b915f199060031b1c19161790565b600455610891565b60045f52601f198516917f8a35acfbc15ff81a39ae7d344fd709f28e8600b4aa8c65c6b64bfe7fe36bd19b925f5b818110610455575091600193918761001898941061043c575b505050811b01600455610891565b01355f19600384901b60f8161c191690555f808061042e565b91936020600181928787013581550195019201610415565b3461011c575f36600319011261011c576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b90600182811c921680156104df575b60208310146104cb57565b634e487b7160e01b5f52602260045260245ffd5b91607f16916104c0565b634e487b7160e01b5f52604160045260245ffd5b90601f8019910116810190811067ffffffffffffffff82111761026b57604052565b602060409281835280519182918282860152018484015e5f828201840152601f01601f1916010190565b3461011c575f36600319011261011c576040515f600454610569816104b1565b80845290600181169081156105ff57506001146105a1575b61059d83610591818503826104fd565b6040519182918261051f565b0390f35b60045f9081527f8a35acfbc15ff81a39ae7d344fd709f28e8600b4aa8c65c6b64bfe7fe36bd19b939250905b8082106105e557509091508101602001610591610581565b9192600181602092548385880101520191019092916105cd565b60ff191660208086019190915291151560051b840190910191506105919050610581565b3461011c57604036600319011261011c57600435600781101561011c576024359060ff80195f54169116175f556001555f80f35b3461011c575f36600319011261011c576020600754604051908152f35b3461011c575f36600319011261011c576020600154604051908152f35b3461011c575f36600319011261011c576040515f6005546106b1816104b1565b80845290600181169081156105ff57506001146106d85761059d83610591818503826104fd565b60055f9081527f036b6384b5eca791c62761152d0c79bb0604c104a5fb6f4eb0703f3154bb3db0939250905b80821061071c57509091508101602001610591610581565b919260018160209254838588010152019101909291610704565b3461011c575f36600319011261011c576020600354604051908152f35b5f1981146107615760010190565b634e487b7160e01b5f52601160045260245ffd5b90601f8211610782575050565b80821161078d575050565b60055f5260205f206020601f830160051c92106107cc575b81601f9101920160051c03905f5b8281106107bf57505050565b5f828201556001016107b3565b5f91506107a5565b90601f82116107e1575050565b8082116107ec575050565b60045f5260205f206020601f830160051c921061082b575b81601f9101920160051c03905f5b82811061081e57505050565b5f82820155600101610812565b5f9150610804565b919091601f8311610844575b505050565b81831161085057505050565b5f5260205f206020601f830160051c9210610889575b81601f9101920160051c03905f5b8281101561083f575f82820155600101610874565b5f9150610866565b919067ffffffffffffffff811161026b576108b8816108b16005546104b1565b6005610833565b5f601f82116001146108ea5781906108e593945f926101e45750508160011b915f199060031b1c19161790565b600555565b60055f52601f198216937f036b6384b5eca791c62761152d0c79bb0604c104a5fb6f4eb0703f3154bb3db0915f5b86811061094f5750836001959610610936575b505050811b01600555565b01355f19600384901b60f8161c191690555f808061092b565b90926020600181928686013581550194019101610918565b3d156109a1573d9067ffffffffffffffff821161026b5760405191610996601f8201601f1916602001846104fd565b82523d5f602084013e565b606090565b5f5460ff166109b481610291565b60018114610b72576109c581610291565b60028114610b6c576109d681610291565b60038114610b6557806109ea600692610291565b60048114610b31575b6109fc81610291565b60058114610acf575b610a0e81610291565b14610a1557565b610acd5f8047600154604051610a8481610a766020820194630544a75360e01b86526024830161010091815260a06020820152600160a0820152600160f81b60c08201525f60408201525f606082015260e060808201525f60e08201520190565b03601f1981018352826104fd565b51917f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165af1610aba610967565b5060ff8019600854169115151617600855565b565b610b2c5f806040516020810190633ccfd60b60e01b825260048152610af56024826104fd565b5190827f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165af1610aba610967565b610a05565b610b605f80600154604051610af581610a7660208201946302930d7560e11b8652602483019190602083019252565b6109f3565b620186a05ff35b5b610b6d565b60405162461bcd60e51b815260206004820152600d60248201526c1c1c9bd8994e881c995d995c9d609a1b6044820152606490fd",
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
