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

// ReentrantHolderMetaData contains all meta data concerning the ReentrantHolder contract.
var ReentrantHolderMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIRevShare\",\"name\":\"token_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"burn\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"burnAmount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"claim\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"received\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"reentered\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"snapshotId\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"token\",\"outputs\":[{\"internalType\":\"contractIRevShare\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"stateMutability\":\"payable\",\"type\":\"receive\"}]",
	ID:  "ReentrantHolder",
	Bin: "0x60a03461008457601f61045f38819003918201601f19168301916001600160401b038311848410176100885780849260209460405283398101031261008457516001600160a01b0381168103610084576080526040516103c2908161009d8239608051818181603b0152818160c8015281816101b70152818161024001526102f10152f35b5f80fd5b634e487b7160e01b5f52604160045260245ffdfe608080604052600436101561014d575b50361561001a575f80fd5b6003545f9034810180911161013957600355600154156100c35760015481907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316803b156100bf57602483926040519586938492630852cd8d60e31b845260048401525af191826100a7575b5050610097575b005b6100a26002546103b4565b600255005b6100b282809261037e565b6100bc578061008e565b80fd5b5050fd5b505f547f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690813b15610135575f9160248392604051948593849263379607f560e01b845260048401525af19081610125575b5061009757005b5f61012f9161037e565b5f61011e565b5f80fd5b634e487b7160e01b5f52601160045260245ffd5b5f905f3560e01c9081632ddc79b71461036557508063379607f5146102d65780633f09775e146102b857806342966c6814610222578063486a7e6b1461020457806383a6deb5146101e65763fc0c546a0361000f57346100bc57806003193601126100bc576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b50346100bc57806003193601126100bc576020600354604051908152f35b50346100bc57806003193601126100bc576020600154604051908152f35b50346100bc5760203660031901126100bc57600435600181905581907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690813b156100bf578291602483926040519485938492630852cd8d60e31b845260048401525af180156102ad5761029c5750f35b816102a69161037e565b6100bc5780f35b6040513d84823e3d90fd5b50346100bc57806003193601126100bc576020600254604051908152f35b5034610135576020366003190112610135576004355f8190557f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690813b15610135575f9160248392604051948593849263379607f560e01b845260048401525af1801561035a5761034e575080f35b61009591505f9061037e565b6040513d5f823e3d90fd5b34610135575f366003190112610135576020905f548152f35b90601f8019910116810190811067ffffffffffffffff8211176103a057604052565b634e487b7160e01b5f52604160045260245ffd5b5f198114610139576001019056",
}

// ReentrantHolder is an auto generated Go binding around an Ethereum contract.
type ReentrantHolder struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *ReentrantHolder) GetABI() abi.ABI {
	return c.abi
}

// NewReentrantHolder creates a new instance of ReentrantHolder.
func NewReentrantHolder() *ReentrantHolder {
	parsed, err := ReentrantHolderMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &ReentrantHolder{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *ReentrantHolder) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address token_) returns()
func (reentrantHolder *ReentrantHolder) PackConstructor(token_ common.Address) []byte {
	enc, err := reentrantHolder.abi.Pack("", token_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackBurn is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42966c68.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function burn(uint256 amount) returns()
func (reentrantHolder *ReentrantHolder) PackBurn(amount *big.Int) []byte {
	enc, err := reentrantHolder.abi.Pack("burn", amount)
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
func (reentrantHolder *ReentrantHolder) TryPackBurn(amount *big.Int) ([]byte, error) {
	return reentrantHolder.abi.Pack("burn", amount)
}

// PackBurnAmount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x486a7e6b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function burnAmount() view returns(uint256)
func (reentrantHolder *ReentrantHolder) PackBurnAmount() []byte {
	enc, err := reentrantHolder.abi.Pack("burnAmount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBurnAmount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x486a7e6b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function burnAmount() view returns(uint256)
func (reentrantHolder *ReentrantHolder) TryPackBurnAmount() ([]byte, error) {
	return reentrantHolder.abi.Pack("burnAmount")
}

// UnpackBurnAmount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x486a7e6b.
//
// Solidity: function burnAmount() view returns(uint256)
func (reentrantHolder *ReentrantHolder) UnpackBurnAmount(data []byte) (*big.Int, error) {
	out, err := reentrantHolder.abi.Unpack("burnAmount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x379607f5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claim(uint256 id) returns()
func (reentrantHolder *ReentrantHolder) PackClaim(id *big.Int) []byte {
	enc, err := reentrantHolder.abi.Pack("claim", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x379607f5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claim(uint256 id) returns()
func (reentrantHolder *ReentrantHolder) TryPackClaim(id *big.Int) ([]byte, error) {
	return reentrantHolder.abi.Pack("claim", id)
}

// PackReceived is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x83a6deb5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function received() view returns(uint256)
func (reentrantHolder *ReentrantHolder) PackReceived() []byte {
	enc, err := reentrantHolder.abi.Pack("received")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReceived is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x83a6deb5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function received() view returns(uint256)
func (reentrantHolder *ReentrantHolder) TryPackReceived() ([]byte, error) {
	return reentrantHolder.abi.Pack("received")
}

// UnpackReceived is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x83a6deb5.
//
// Solidity: function received() view returns(uint256)
func (reentrantHolder *ReentrantHolder) UnpackReceived(data []byte) (*big.Int, error) {
	out, err := reentrantHolder.abi.Unpack("received", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackReentered is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3f09775e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reentered() view returns(uint256)
func (reentrantHolder *ReentrantHolder) PackReentered() []byte {
	enc, err := reentrantHolder.abi.Pack("reentered")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReentered is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3f09775e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reentered() view returns(uint256)
func (reentrantHolder *ReentrantHolder) TryPackReentered() ([]byte, error) {
	return reentrantHolder.abi.Pack("reentered")
}

// UnpackReentered is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3f09775e.
//
// Solidity: function reentered() view returns(uint256)
func (reentrantHolder *ReentrantHolder) UnpackReentered(data []byte) (*big.Int, error) {
	out, err := reentrantHolder.abi.Unpack("reentered", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSnapshotId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2ddc79b7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function snapshotId() view returns(uint256)
func (reentrantHolder *ReentrantHolder) PackSnapshotId() []byte {
	enc, err := reentrantHolder.abi.Pack("snapshotId")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSnapshotId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2ddc79b7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function snapshotId() view returns(uint256)
func (reentrantHolder *ReentrantHolder) TryPackSnapshotId() ([]byte, error) {
	return reentrantHolder.abi.Pack("snapshotId")
}

// UnpackSnapshotId is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2ddc79b7.
//
// Solidity: function snapshotId() view returns(uint256)
func (reentrantHolder *ReentrantHolder) UnpackSnapshotId(data []byte) (*big.Int, error) {
	out, err := reentrantHolder.abi.Unpack("snapshotId", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc0c546a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function token() view returns(address)
func (reentrantHolder *ReentrantHolder) PackToken() []byte {
	enc, err := reentrantHolder.abi.Pack("token")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc0c546a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function token() view returns(address)
func (reentrantHolder *ReentrantHolder) TryPackToken() ([]byte, error) {
	return reentrantHolder.abi.Pack("token")
}

// UnpackToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (reentrantHolder *ReentrantHolder) UnpackToken(data []byte) (common.Address, error) {
	out, err := reentrantHolder.abi.Unpack("token", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}
