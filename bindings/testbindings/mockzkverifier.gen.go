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

// MockZkVerifierMetaData contains all meta data concerning the MockZkVerifier contract.
var MockZkVerifierMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"name\":\"verify\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"pure\",\"type\":\"function\"}]",
	ID:  "MockZkVerifier",
	Bin: "0x6080806040523460135760d7908160188239f35b5f80fdfe60808060405260043610156011575f80fd5b5f3560e01c63d9f9eb9a146023575f80fd5b3460a857608036600319011260a8576004356001600160a01b0381160360a85760243567ffffffffffffffff811160a857606090369060040160ac565b505060443567ffffffffffffffff811160a857607f90369060040160ac565b50506064359067ffffffffffffffff821160a85760a1602092369060040160ac565b50505f8152f35b5f80fd5b9181601f8401121560a85782359167ffffffffffffffff831160a8576020838186019501011160a85756",
}

// MockZkVerifier is an auto generated Go binding around an Ethereum contract.
type MockZkVerifier struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *MockZkVerifier) GetABI() abi.ABI {
	return c.abi
}

// NewMockZkVerifier creates a new instance of MockZkVerifier.
func NewMockZkVerifier() *MockZkVerifier {
	parsed, err := MockZkVerifierMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &MockZkVerifier{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *MockZkVerifier) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackVerify is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd9f9eb9a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verify(address , bytes , bytes , bytes ) pure returns(bool)
func (mockZkVerifier *MockZkVerifier) PackVerify(arg0 common.Address, arg1 []byte, arg2 []byte, arg3 []byte) []byte {
	enc, err := mockZkVerifier.abi.Pack("verify", arg0, arg1, arg2, arg3)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerify is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd9f9eb9a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verify(address , bytes , bytes , bytes ) pure returns(bool)
func (mockZkVerifier *MockZkVerifier) TryPackVerify(arg0 common.Address, arg1 []byte, arg2 []byte, arg3 []byte) ([]byte, error) {
	return mockZkVerifier.abi.Pack("verify", arg0, arg1, arg2, arg3)
}

// UnpackVerify is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd9f9eb9a.
//
// Solidity: function verify(address , bytes , bytes , bytes ) pure returns(bool)
func (mockZkVerifier *MockZkVerifier) UnpackVerify(data []byte) (bool, error) {
	out, err := mockZkVerifier.abi.Unpack("verify", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}
