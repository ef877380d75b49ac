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
	ABI: "[{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"},{\"internalType\":\"uint256[]\",\"name\":\"\",\"type\":\"uint256[]\"}],\"name\":\"verifyProof\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"pure\",\"type\":\"function\"}]",
	ID:  "MockZkVerifier",
	Bin: "0x6080806040523460135760b3908160188239f35b5f80fdfe60808060405260043610156011575f80fd5b5f3560e01c631e8e1e13146023575f80fd5b3460af57604036600319011260af5760043567ffffffffffffffff811160af573660238201121560af57806004013567ffffffffffffffff811160af573691016024011160af5760243567ffffffffffffffff811160af573660238201121560af5780600401359067ffffffffffffffff821160af57602490369260051b01011160af57805f60209252f35b5f80fd",
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

// PackVerifyProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1e8e1e13.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifyProof(bytes , uint256[] ) pure returns(bool)
func (mockZkVerifier *MockZkVerifier) PackVerifyProof(arg0 []byte, arg1 []*big.Int) []byte {
	enc, err := mockZkVerifier.abi.Pack("verifyProof", arg0, arg1)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerifyProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1e8e1e13.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verifyProof(bytes , uint256[] ) pure returns(bool)
func (mockZkVerifier *MockZkVerifier) TryPackVerifyProof(arg0 []byte, arg1 []*big.Int) ([]byte, error) {
	return mockZkVerifier.abi.Pack("verifyProof", arg0, arg1)
}

// UnpackVerifyProof is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1e8e1e13.
//
// Solidity: function verifyProof(bytes , uint256[] ) pure returns(bool)
func (mockZkVerifier *MockZkVerifier) UnpackVerifyProof(data []byte) (bool, error) {
	out, err := mockZkVerifier.abi.Unpack("verifyProof", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}
