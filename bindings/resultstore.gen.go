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
	Count        uint32
	Failed       bool
	ErrorCode    uint16
	Refunded     bool
	RefundAmount *big.Int
	Output       []byte
}

// ResultStoreMetaData contains all meta data concerning the ResultStore contract.
var ResultStoreMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIAIOracle\",\"name\":\"oracle_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotOracle\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"code\",\"type\":\"uint16\"}],\"name\":\"ErrorStored\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"RefundStored\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"output\",\"type\":\"bytes\"}],\"name\":\"ResultStored\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"deliveries\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"uint16\",\"name\":\"code\",\"type\":\"uint16\"},{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"name\":\"onInferenceError\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"name\":\"onInferenceRefunded\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"output\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"name\":\"onInferenceResult\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"oracle\",\"outputs\":[{\"internalType\":\"contractIAIOracle\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"resultOf\",\"outputs\":[{\"components\":[{\"internalType\":\"uint32\",\"name\":\"count\",\"type\":\"uint32\"},{\"internalType\":\"bool\",\"name\":\"failed\",\"type\":\"bool\"},{\"internalType\":\"uint16\",\"name\":\"errorCode\",\"type\":\"uint16\"},{\"internalType\":\"bool\",\"name\":\"refunded\",\"type\":\"bool\"},{\"internalType\":\"uint96\",\"name\":\"refundAmount\",\"type\":\"uint96\"},{\"internalType\":\"bytes\",\"name\":\"output\",\"type\":\"bytes\"}],\"internalType\":\"structResultStore.Delivery\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "ResultStore",
	Bin: "0x60a03461007e57601f61082938819003918201601f19168301916001600160401b038311848410176100825780849260209460405283398101031261007e57516001600160a01b038116810361007e57608052604051610792908161009782396080518181816096015281816101ac01528181610233015261063e0152f35b5f80fd5b634e487b7160e01b5f52604160045260245ffdfe60806040526004361015610011575f80fd5b5f3560e01c806301fa1b30146105f657806357ba48e9146105da57806371bfabca1461040a5780637b8ff0ba146101db5780637dc0d1d0146101975763d1ec53961461005b575f80fd5b346101935760603660031901126101935760043560243560443567ffffffffffffffff8111610193576100929036906004016106f8565b50507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316330361018057815f52600160205260405f2063ffffffff6100e181835416610726565b1663ffffffff19825416178155670100000000000000815473ffffffffffffffffffffffff00000000000000008460401b169073ffffffffffffffffffffffffff000000000000001916171790555f546001810180911161016c577f229ad05836c933fb0d004338b2e78fb6113a43e9deb7ff4e0a6e2b48291a6fe3916020915f55604051908152a2005b634e487b7160e01b5f52601160045260245ffd5b63037d3e0960e61b5f523360045260245ffd5b5f80fd5b34610193575f366003190112610193576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b346101935760603660031901126101935760043560243567ffffffffffffffff81116101935761020f9036906004016106f8565b60443567ffffffffffffffff81116101935761022f9036906004016106f8565b50507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316330361018057825f526001602052600160405f2063ffffffff61028081835416610726565b1663ffffffff198254161781550167ffffffffffffffff82116103f6576102a7815461075a565b601f81116103a5575b50815f601f8211600114610341575f91610336575b508260011b905f198460031b1c19161790555b5f546001810180911161016c577fb5b0ef0992fef5eaa56db1a9c6686a883e4b08e12a58770dbbab811b1919dc76926040915f5582825193849260208452816020850152848401375f828201840152601f01601f19168101030190a2005b9050830135856102c5565b5f8381526020812092508490601f198216905b81811061038a575010610371575b5050600182811b0190556102d8565b8401355f19600385901b60f8161c191690558480610362565b87840135855560019094019360209384019387935001610354565b828111156102b057815f5260205f20601f840160051c90602085106103ee575b81601f9101920160051c03905f5b8281106103e15750506102b0565b5f828201556001016103d3565b5f91506103c5565b634e487b7160e01b5f52604160045260245ffd5b3461019357602036600319011261019357606060a060405161042b8161073e565b5f81525f60208201525f60408201525f838201525f608082015201526004355f52600160205260405f206040516104618161073e565b81549063ffffffff821681526020810160ff8360201c1615158152604082019061ffff8460281c1682526001606084019560ff8660381c16151587526bffffffffffffffffffffffff608086019660401c1686520190604051915f908054906104c98261075a565b80865291600181169081156105bc5750600114610584575b5050829003601f01601f191682019467ffffffffffffffff8611838710176103f65763ffffffff9661ffff6020956bffffffffffffffffffffffff946101009960405260a089019687526040519a8b99898b525116888a01525115156040890152511660608701525115156080860152511660a08401525160c08084015280519182918260e0860152018484015e5f828201840152601f01601f19168101030190f35b9091505f5260205f205f905b8282106105a657506020915083010187806104e1565b6001816020925483858901015201910190610590565b9150506020925060ff191682850152151560051b83010187806104e1565b34610193575f3660031901126101935760205f54604051908152f35b346101935760603660031901126101935760043560243561ffff8116908181036101935760443567ffffffffffffffff81116101935761063a9036906004016106f8565b50507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316330361018057825f52600160205264010000000060405f209163ffffffff61069081855416610726565b1663ffffffff1984541617835566ffff000000000083549160281b169066ffffff000000001916171790555f546001810180911161016c577fb3f72ea3ade40a394d4429cffe6163fe2e4d49cd4a6bdaa54e84146173312c61916020915f55604051908152a2005b9181601f840112156101935782359167ffffffffffffffff8311610193576020838186019501011161019357565b63ffffffff60019116019063ffffffff821161016c57565b60c0810190811067ffffffffffffffff8211176103f657604052565b90600182811c92168015610788575b602083101461077457565b634e487b7160e01b5f52602260045260245ffd5b91607f169161076956",
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

// PackOnInferenceRefunded is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd1ec5396.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function onInferenceRefunded(uint256 requestId, uint256 amount, bytes ) returns()
func (resultStore *ResultStore) PackOnInferenceRefunded(requestId *big.Int, amount *big.Int, arg2 []byte) []byte {
	enc, err := resultStore.abi.Pack("onInferenceRefunded", requestId, amount, arg2)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOnInferenceRefunded is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd1ec5396.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function onInferenceRefunded(uint256 requestId, uint256 amount, bytes ) returns()
func (resultStore *ResultStore) TryPackOnInferenceRefunded(requestId *big.Int, amount *big.Int, arg2 []byte) ([]byte, error) {
	return resultStore.abi.Pack("onInferenceRefunded", requestId, amount, arg2)
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
// Solidity: function resultOf(uint256 requestId) view returns((uint32,bool,uint16,bool,uint96,bytes))
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
// Solidity: function resultOf(uint256 requestId) view returns((uint32,bool,uint16,bool,uint96,bytes))
func (resultStore *ResultStore) TryPackResultOf(requestId *big.Int) ([]byte, error) {
	return resultStore.abi.Pack("resultOf", requestId)
}

// UnpackResultOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x71bfabca.
//
// Solidity: function resultOf(uint256 requestId) view returns((uint32,bool,uint16,bool,uint96,bytes))
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

// ResultStoreRefundStored represents a RefundStored event raised by the ResultStore contract.
type ResultStoreRefundStored struct {
	RequestId *big.Int
	Amount    *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const ResultStoreRefundStoredEventName = "RefundStored"

// ContractEventName returns the user-defined event name.
func (ResultStoreRefundStored) ContractEventName() string {
	return ResultStoreRefundStoredEventName
}

// UnpackRefundStoredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RefundStored(uint256 indexed requestId, uint256 amount)
func (resultStore *ResultStore) UnpackRefundStoredEvent(log *types.Log) (*ResultStoreRefundStored, error) {
	event := "RefundStored"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != resultStore.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ResultStoreRefundStored)
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
