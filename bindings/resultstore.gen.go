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

// ResultStoreDelivery is an auto generated low-level Go binding around an user-defined struct.
type ResultStoreDelivery struct {
	Count     uint32
	Failed    bool
	ErrorCode uint16
	Output    []byte
}

// ResultStoreMetaData contains all meta data concerning the ResultStore contract.
var ResultStoreMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIAIOracle\",\"name\":\"oracle_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotOracle\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"code\",\"type\":\"uint16\"}],\"name\":\"ErrorStored\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"output\",\"type\":\"bytes\"}],\"name\":\"ResultStored\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"deliveries\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"uint16\",\"name\":\"code\",\"type\":\"uint16\"},{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"name\":\"onInferenceError\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"output\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"name\":\"onInferenceResult\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"oracle\",\"outputs\":[{\"internalType\":\"contractIAIOracle\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"resultOf\",\"outputs\":[{\"components\":[{\"internalType\":\"uint32\",\"name\":\"count\",\"type\":\"uint32\"},{\"internalType\":\"bool\",\"name\":\"failed\",\"type\":\"bool\"},{\"internalType\":\"uint16\",\"name\":\"errorCode\",\"type\":\"uint16\"},{\"internalType\":\"bytes\",\"name\":\"output\",\"type\":\"bytes\"}],\"internalType\":\"structResultStore.Delivery\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "ResultStore",
	Bin: "0x60a034607257601f6106af38819003918201601f19168301916001600160401b03831184841017607657808492602094604052833981010312607257516001600160a01b0381168103607257608052604051610624908161008b823960805181818160650152818160f001526104d00152f35b5f80fd5b634e487b7160e01b5f52604160045260245ffdfe60806040526004361015610011575f80fd5b5f3560e01c806301fa1b301461048857806357ba48e91461046c57806371bfabca146102ee5780637b8ff0ba1461009857637dc0d1d014610050575f80fd5b34610094575f366003190112610094576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b5f80fd5b346100945760603660031901126100945760043560243567ffffffffffffffff8111610094576100cc90369060040161058a565b60443567ffffffffffffffff8111610094576100ec90369060040161058a565b50507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031633036102db57825f526001602052600160405f2063ffffffff61013d818354166105b8565b1663ffffffff198254161781550167ffffffffffffffff82116102c75761016481546105ec565b601f8111610276575b50815f601f8211600114610212575f91610207575b508260011b905f198460031b1c19161790555b5f54600181018091116101f3577fb5b0ef0992fef5eaa56db1a9c6686a883e4b08e12a58770dbbab811b1919dc76926040915f5582825193849260208452816020850152848401375f828201840152601f01601f19168101030190a2005b634e487b7160e01b5f52601160045260245ffd5b905083013585610182565b5f8381526020812092508490601f198216905b81811061025b575010610242575b5050600182811b019055610195565b8401355f19600385901b60f8161c191690558480610233565b87840135855560019094019360209384019387935001610225565b8281111561016d57815f5260205f20601f840160051c90602085106102bf575b81601f9101920160051c03905f5b8281106102b257505061016d565b5f828201556001016102a4565b5f9150610296565b634e487b7160e01b5f52604160045260245ffd5b63037d3e0960e61b5f523360045260245ffd5b346100945760203660031901126100945760608060405161030e816105d0565b5f81525f60208201525f604082015201526004355f52600160205260405f20604051610339816105d0565b81549063ffffffff821681526001602082019360ff8460201c161515855261ffff604084019460281c1684520192604051935f90805490610379826105ec565b808852916001811690811561044e5750600114610416575b5050849003601f01601f191684019367ffffffffffffffff8511818610176102c75761ffff60c09460209363ffffffff97604052606086019384526040519788968688525116858701525115156040860152511660608401525160808084015280519182918260a0860152018484015e5f828201840152601f01601f19168101030190f35b9091505f5260205f205f905b8282106104385750602091508501018580610391565b6001816020925483858b01015201910190610422565b9150506020925060ff191682870152151560051b8501018580610391565b34610094575f3660031901126100945760205f54604051908152f35b346100945760603660031901126100945760043560243561ffff8116908181036100945760443567ffffffffffffffff8111610094576104cc90369060040161058a565b50507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031633036102db57825f52600160205264010000000060405f209163ffffffff610522818554166105b8565b1663ffffffff1984541617835566ffff000000000083549160281b169066ffffff000000001916171790555f54600181018091116101f3577fb3f72ea3ade40a394d4429cffe6163fe2e4d49cd4a6bdaa54e84146173312c61916020915f55604051908152a2005b9181601f840112156100945782359167ffffffffffffffff8311610094576020838186019501011161009457565b63ffffffff60019116019063ffffffff82116101f357565b6080810190811067ffffffffffffffff8211176102c757604052565b90600182811c9216801561061a575b602083101461060657565b634e487b7160e01b5f52602260045260245ffd5b91607f16916105fb56",
}

// ResultStore is an auto generated Go binding around an Ethereum contract.
type ResultStore struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *ResultStore) GetABI() abi.ABI {
	return c.abi
}

// NewResultStore creates a new instance of ResultStore.
func NewResultStore() *ResultStore {
	parsed, err := ResultStoreMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &ResultStore{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *ResultStore) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address oracle_) returns()
func (resultStore *ResultStore) PackConstructor(oracle_ common.Address) []byte {
	enc, err := resultStore.abi.Pack("", oracle_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackDeliveries is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x57ba48e9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deliveries() view returns(uint256)
func (resultStore *ResultStore) PackDeliveries() []byte {
	enc, err := resultStore.abi.Pack("deliveries")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeliveries is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x57ba48e9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deliveries() view returns(uint256)
func (resultStore *ResultStore) TryPackDeliveries() ([]byte, error) {
	return resultStore.abi.Pack("deliveries")
}

// UnpackDeliveries is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x57ba48e9.
//
// Solidity: function deliveries() view returns(uint256)
func (resultStore *ResultStore) UnpackDeliveries(data []byte) (*big.Int, error) {
	out, err := resultStore.abi.Unpack("deliveries", data)
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
func (resultStore *ResultStore) PackOnInferenceError(requestId *big.Int, code uint16, arg2 []byte) []byte {
	enc, err := resultStore.abi.Pack("onInferenceError", requestId, code, arg2)
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
func (resultStore *ResultStore) TryPackOnInferenceError(requestId *big.Int, code uint16, arg2 []byte) ([]byte, error) {
	return resultStore.abi.Pack("onInferenceError", requestId, code, arg2)
}

// PackOnInferenceResult is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b8ff0ba.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function onInferenceResult(uint256 requestId, bytes output, bytes ) returns()
func (resultStore *ResultStore) PackOnInferenceResult(requestId *big.Int, output []byte, arg2 []byte) []byte {
	enc, err := resultStore.abi.Pack("onInferenceResult", requestId, output, arg2)
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
func (resultStore *ResultStore) TryPackOnInferenceResult(requestId *big.Int, output []byte, arg2 []byte) ([]byte, error) {
	return resultStore.abi.Pack("onInferenceResult", requestId, output, arg2)
}

// PackOracle is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7dc0d1d0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function oracle() view returns(address)
func (resultStore *ResultStore) PackOracle() []byte {
	enc, err := resultStore.abi.Pack("oracle")
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
func (resultStore *ResultStore) TryPackOracle() ([]byte, error) {
	return resultStore.abi.Pack("oracle")
}

// UnpackOracle is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7dc0d1d0.
//
// Solidity: function oracle() view returns(address)
func (resultStore *ResultStore) UnpackOracle(data []byte) (common.Address, error) {
	out, err := resultStore.abi.Unpack("oracle", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackResultOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x71bfabca.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function resultOf(uint256 requestId) view returns((uint32,bool,uint16,bytes))
func (resultStore *ResultStore) PackResultOf(requestId *big.Int) []byte {
	enc, err := resultStore.abi.Pack("resultOf", requestId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackResultOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x71bfabca.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function resultOf(uint256 requestId) view returns((uint32,bool,uint16,bytes))
func (resultStore *ResultStore) TryPackResultOf(requestId *big.Int) ([]byte, error) {
	return resultStore.abi.Pack("resultOf", requestId)
}

// UnpackResultOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x71bfabca.
//
// Solidity: function resultOf(uint256 requestId) view returns((uint32,bool,uint16,bytes))
func (resultStore *ResultStore) UnpackResultOf(data []byte) (ResultStoreDelivery, error) {
	out, err := resultStore.abi.Unpack("resultOf", data)
	if err != nil {
		return *new(ResultStoreDelivery), err
	}
	out0 := *abi.ConvertType(out[0], new(ResultStoreDelivery)).(*ResultStoreDelivery)
	return out0, nil
}

// ResultStoreErrorStored represents a ErrorStored event raised by the ResultStore contract.
type ResultStoreErrorStored struct {
	RequestId *big.Int
	Code      uint16
	Raw       *types.Log // Blockchain specific contextual infos
}

const ResultStoreErrorStoredEventName = "ErrorStored"

// ContractEventName returns the user-defined event name.
func (ResultStoreErrorStored) ContractEventName() string {
	return ResultStoreErrorStoredEventName
}

// UnpackErrorStoredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ErrorStored(uint256 indexed requestId, uint16 code)
func (resultStore *ResultStore) UnpackErrorStoredEvent(log *types.Log) (*ResultStoreErrorStored, error) {
	event := "ErrorStored"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != resultStore.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ResultStoreErrorStored)
	if len(log.Data) > 0 {
		if err := resultStore.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range resultStore.abi.Events[event].Inputs {
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

// ResultStoreResultStored represents a ResultStored event raised by the ResultStore contract.
type ResultStoreResultStored struct {
	RequestId *big.Int
	Output    []byte
	Raw       *types.Log // Blockchain specific contextual infos
}

const ResultStoreResultStoredEventName = "ResultStored"

// ContractEventName returns the user-defined event name.
func (ResultStoreResultStored) ContractEventName() string {
	return ResultStoreResultStoredEventName
}

// UnpackResultStoredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ResultStored(uint256 indexed requestId, bytes output)
func (resultStore *ResultStore) UnpackResultStoredEvent(log *types.Log) (*ResultStoreResultStored, error) {
	event := "ResultStored"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != resultStore.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ResultStoreResultStored)
	if len(log.Data) > 0 {
		if err := resultStore.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range resultStore.abi.Events[event].Inputs {
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
func (resultStore *ResultStore) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], resultStore.abi.Errors["NotOracle"].ID.Bytes()[:4]) {
		return resultStore.UnpackNotOracleError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// ResultStoreNotOracle represents a NotOracle error raised by the ResultStore contract.
type ResultStoreNotOracle struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotOracle(address caller)
func ResultStoreNotOracleErrorID() common.Hash {
	return common.HexToHash("0xdf4f82405d961fcad9f2ba02ce8e436cf5eedd191691916020e727d24df31ee4")
}

// UnpackNotOracleError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotOracle(address caller)
func (resultStore *ResultStore) UnpackNotOracleError(raw []byte) (*ResultStoreNotOracle, error) {
	out := new(ResultStoreNotOracle)
	if err := resultStore.abi.UnpackIntoInterface(out, "NotOracle", raw); err != nil {
		return nil, err
	}
	return out, nil
}
