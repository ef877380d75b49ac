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

// IMOSaleMetaData contains all meta data concerning the IMOSale contract.
var IMOSaleMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"token_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"creator_\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"price_\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"cap_\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"softCap_\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deadline_\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"FailedCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidAmount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidParameters\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NothingOwed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SaleNotActive\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SaleNotOver\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SaleOver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"required\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"provided\",\"type\":\"uint256\"}],\"name\":\"WrongPayment\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"enumIMOSale.State\",\"name\":\"state\",\"type\":\"uint8\"}],\"name\":\"WrongState\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"buyer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"cost\",\"type\":\"uint256\"}],\"name\":\"Bought\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"succeeded\",\"type\":\"bool\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"sold\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"raised\",\"type\":\"uint256\"}],\"name\":\"Finalized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"buyer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Refunded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"buyer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"TokensClaimed\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"buy\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"cap\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"claimTokens\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"cost\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"creator\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"deadline\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"finalize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"buyer\",\"type\":\"address\"}],\"name\":\"paid\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"price\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"buyer\",\"type\":\"address\"}],\"name\":\"purchased\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"raised\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"refund\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"softCap\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"sold\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"state\",\"outputs\":[{\"internalType\":\"enumIMOSale.State\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"token\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdrawProceeds\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "IMOSale",
	Bin: "0x6101403461018d57601f610c0138819003918201601f19168301916001600160401b038311848410176101915780849260c09460405283398101031261018d5780516001600160a01b038116919082810361018d5760208201516001600160a01b038116919082810361018d5760408401519160608501519360a060808701519601519615908115610184575b50801561017c575b8015610174575b801561016b575b61015c574286111561015c5760805260a05260c05260e0526101005261012052604051610a5b90816101a6823960805181818160ec0152818161067e01526107a6015260a0518181816104070152818161065d0152610853015260c051818181610343015261089e015260e05181818161027101528181610616015281816106bf015281816106ff01526107e10152610100518181816103a3015261059601526101205181818161016701528181610565015261081b0152f35b630e52390960e41b5f5260045ffd5b508385116100a2565b50831561009b565b508215610094565b9050155f61008c565b5f80fd5b634e487b7160e01b5f52604160045260245ffdfe6080806040526004361015610012575f80fd5b5f3560e01c90816302c7e7af146108825750806302d05d3f1461083e57806329dcb0cf14610804578063355274ea146107ca57806348c54b9d146107245780634bb278f314610536578063522fe98e146104fa578063590e1ae3146104675780639038e693146103c6578063906a26e01461038c5780639097548d14610366578063a035b1fe1461032c578063a340cf79146102f0578063c19d93fb146102c8578063d96a094a1461013c578063f0ea4bfc1461011f5763fc0c546a146100d7575f80fd5b3461011b575f36600319011261011b576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b5f80fd5b3461011b575f36600319011261011b576020600254604051908152f35b602036600319011261011b576004356101536108f8565b60ff5f541660038110156102b4576102a5577f00000000000000000000000000000000000000000000000000000000000000004210156102965780158015610262575b610253576101a38161089c565b80340361023d576101b6826001546108eb565b6001556101c5816002546108eb565b600255335f52600360205260405f206101df8382546108eb565b9055335f52600460205260405f206101f88282546108eb565b905560405191825260208201527fa9a40dec7a304e5915d11358b968c1e8d365992abf20f82285d1df1b30c8e24c60403392a25f5f516020610a3b5f395f51905f525d005b630374cb4760e21b5f526004523460245260445ffd5b63162908e360e11b5f5260045ffd5b5061026f816001546108eb565b7f000000000000000000000000000000000000000000000000000000000000000010610196565b631b3392df60e21b5f5260045ffd5b63b7b2409760e01b5f5260045ffd5b634e487b7160e01b5f52602160045260245ffd5b3461011b575f36600319011261011b5760ff5f541660405160038210156102b4576020918152f35b3461011b57602036600319011261011b576004356001600160a01b0381169081900361011b575f526004602052602060405f2054604051908152f35b3461011b575f36600319011261011b5760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b3461011b57602036600319011261011b57602061038460043561089c565b604051908152f35b3461011b575f36600319011261011b5760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b3461011b575f36600319011261011b576103de6108f8565b60ff5f541660038110156102b45760018103610455576002548015610446575f600255610434907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166109ae565b5f5f516020610a3b5f395f51905f525d005b631e5f6e9560e21b5f5260045ffd5b63e37d4aeb60e01b5f5260045260245ffd5b3461011b575f36600319011261011b5761047f6108f8565b60ff5f541660038110156102b4576002810361045557335f52600460205260405f205480156104465761043490335f5260046020525f6040812055335f5260036020525f60408120556040518181527fd7dee2702d63ad89917b6a4da9981c90c4d24f8c2bdfd64c604ecae57d8d065160203392a2336109ae565b3461011b57602036600319011261011b576004356001600160a01b0381169081900361011b575f526003602052602060405f2054604051908152f35b3461011b575f36600319011261011b5761054e6108f8565b5f5460ff811660038110156102b4578061045557507f00000000000000000000000000000000000000000000000000000000000000004210806106f9575b6106ea57600154907f00000000000000000000000000000000000000000000000000000000000000008210801591906106e35760015b60038110156102b45760ff169060ff1916175f557fc317509ac718196e85965c0f9c795f858acbfefbd06fcd9e92b9b6efe8a77e5b6060600254604051908482528560208301526040820152a1156106bc577f00000000000000000000000000000000000000000000000000000000000000009081039081116106a8575b80610657575f5f516020610a3b5f395f51905f525d005b6106a2907f00000000000000000000000000000000000000000000000000000000000000007f000000000000000000000000000000000000000000000000000000000000000061092d565b80610434565b634e487b7160e01b5f52601160045260245ffd5b507f0000000000000000000000000000000000000000000000000000000000000000610640565b60026105c2565b63265dc59d60e01b5f5260045ffd5b506001547f00000000000000000000000000000000000000000000000000000000000000001161058c565b3461011b575f36600319011261011b5761073c6108f8565b60ff5f541660038110156102b4576001810361045557335f52600360205260405f205480156104465761043490335f5260036020525f60408120556040518181527f896e034966eaaf1adc54acc0f257056febbd300c9e47182cf761982cf1f5e43060203392a2337f000000000000000000000000000000000000000000000000000000000000000061092d565b3461011b575f36600319011261011b5760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b3461011b575f36600319011261011b5760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b3461011b575f36600319011261011b576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b3461011b575f36600319011261011b576020906001548152f35b7f0000000000000000000000000000000000000000000000000000000000000000908181029181830414901517156106a857670de0b6b3a7640000810661025357670de0b6b3a7640000900490565b919082018092116106a857565b5f516020610a3b5f395f51905f525c61091e5760015f516020610a3b5f395f51905f525d565b633ee5aeb560e01b5f5260045ffd5b916040519163a9059cbb60e01b5f5260018060a01b031660045260245260205f60448180865af19060015f511482161561098d575b6040521561096d5750565b635274afe760e01b5f9081526001600160a01b0391909116600452602490fd5b9060018115166109a557823b15153d15161690610962565b503d5f823e3d90fd5b814710610a2357604051602081019080821067ffffffffffffffff831117610a0f575f9384938480949381946040525260018060a01b03165af1156109ef57565b3d15610a00576040513d5f823e3d90fd5b63d6bda27560e01b5f5260045ffd5b634e487b7160e01b5f52604160045260245ffd5b504763cf47918160e01b5f5260045260245260445ffdfe9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00",
}

// IMOSale is an auto generated Go binding around an Ethereum contract.
type IMOSale struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *IMOSale) GetABI() abi.ABI {
	return c.abi
}

// NewIMOSale creates a new instance of IMOSale.
func NewIMOSale() *IMOSale {
	parsed, err := IMOSaleMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &IMOSale{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *IMOSale) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address token_, address creator_, uint256 price_, uint256 cap_, uint256 softCap_, uint256 deadline_) returns()
func (iMOSale *IMOSale) PackConstructor(token_ common.Address, creator_ common.Address, price_ *big.Int, cap_ *big.Int, softCap_ *big.Int, deadline_ *big.Int) []byte {
	enc, err := iMOSale.abi.Pack("", token_, creator_, price_, cap_, softCap_, deadline_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackBuy is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd96a094a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function buy(uint256 amount) payable returns()
func (iMOSale *IMOSale) PackBuy(amount *big.Int) []byte {
	enc, err := iMOSale.abi.Pack("buy", amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBuy is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd96a094a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function buy(uint256 amount) payable returns()
func (iMOSale *IMOSale) TryPackBuy(amount *big.Int) ([]byte, error) {
	return iMOSale.abi.Pack("buy", amount)
}

// PackCap is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x355274ea.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cap() view returns(uint256)
func (iMOSale *IMOSale) PackCap() []byte {
	enc, err := iMOSale.abi.Pack("cap")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCap is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x355274ea.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function cap() view returns(uint256)
func (iMOSale *IMOSale) TryPackCap() ([]byte, error) {
	return iMOSale.abi.Pack("cap")
}

// UnpackCap is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x355274ea.
//
// Solidity: function cap() view returns(uint256)
func (iMOSale *IMOSale) UnpackCap(data []byte) (*big.Int, error) {
	out, err := iMOSale.abi.Unpack("cap", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackClaimTokens is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x48c54b9d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claimTokens() returns()
func (iMOSale *IMOSale) PackClaimTokens() []byte {
	enc, err := iMOSale.abi.Pack("claimTokens")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaimTokens is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x48c54b9d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claimTokens() returns()
func (iMOSale *IMOSale) TryPackClaimTokens() ([]byte, error) {
	return iMOSale.abi.Pack("claimTokens")
}

// PackCost is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9097548d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cost(uint256 amount) view returns(uint256)
func (iMOSale *IMOSale) PackCost(amount *big.Int) []byte {
	enc, err := iMOSale.abi.Pack("cost", amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCost is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9097548d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function cost(uint256 amount) view returns(uint256)
func (iMOSale *IMOSale) TryPackCost(amount *big.Int) ([]byte, error) {
	return iMOSale.abi.Pack("cost", amount)
}

// UnpackCost is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9097548d.
//
// Solidity: function cost(uint256 amount) view returns(uint256)
func (iMOSale *IMOSale) UnpackCost(data []byte) (*big.Int, error) {
	out, err := iMOSale.abi.Unpack("cost", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCreator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x02d05d3f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function creator() view returns(address)
func (iMOSale *IMOSale) PackCreator() []byte {
	enc, err := iMOSale.abi.Pack("creator")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCreator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x02d05d3f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function creator() view returns(address)
func (iMOSale *IMOSale) TryPackCreator() ([]byte, error) {
	return iMOSale.abi.Pack("creator")
}

// UnpackCreator is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x02d05d3f.
//
// Solidity: function creator() view returns(address)
func (iMOSale *IMOSale) UnpackCreator(data []byte) (common.Address, error) {
	out, err := iMOSale.abi.Unpack("creator", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackDeadline is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x29dcb0cf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deadline() view returns(uint256)
func (iMOSale *IMOSale) PackDeadline() []byte {
	enc, err := iMOSale.abi.Pack("deadline")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeadline is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x29dcb0cf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deadline() view returns(uint256)
func (iMOSale *IMOSale) TryPackDeadline() ([]byte, error) {
	return iMOSale.abi.Pack("deadline")
}

// UnpackDeadline is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x29dcb0cf.
//
// Solidity: function deadline() view returns(uint256)
func (iMOSale *IMOSale) UnpackDeadline(data []byte) (*big.Int, error) {
	out, err := iMOSale.abi.Unpack("deadline", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackFinalize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4bb278f3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function finalize() returns()
func (iMOSale *IMOSale) PackFinalize() []byte {
	enc, err := iMOSale.abi.Pack("finalize")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFinalize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4bb278f3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function finalize() returns()
func (iMOSale *IMOSale) TryPackFinalize() ([]byte, error) {
	return iMOSale.abi.Pack("finalize")
}

// PackPaid is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa340cf79.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function paid(address buyer) view returns(uint256)
func (iMOSale *IMOSale) PackPaid(buyer common.Address) []byte {
	enc, err := iMOSale.abi.Pack("paid", buyer)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPaid is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa340cf79.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function paid(address buyer) view returns(uint256)
func (iMOSale *IMOSale) TryPackPaid(buyer common.Address) ([]byte, error) {
	return iMOSale.abi.Pack("paid", buyer)
}

// UnpackPaid is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa340cf79.
//
// Solidity: function paid(address buyer) view returns(uint256)
func (iMOSale *IMOSale) UnpackPaid(data []byte) (*big.Int, error) {
	out, err := iMOSale.abi.Unpack("paid", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackPrice is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa035b1fe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function price() view returns(uint256)
func (iMOSale *IMOSale) PackPrice() []byte {
	enc, err := iMOSale.abi.Pack("price")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPrice is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa035b1fe.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function price() view returns(uint256)
func (iMOSale *IMOSale) TryPackPrice() ([]byte, error) {
	return iMOSale.abi.Pack("price")
}

// UnpackPrice is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa035b1fe.
//
// Solidity: function price() view returns(uint256)
func (iMOSale *IMOSale) UnpackPrice(data []byte) (*big.Int, error) {
	out, err := iMOSale.abi.Unpack("price", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackPurchased is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x522fe98e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function purchased(address buyer) view returns(uint256)
func (iMOSale *IMOSale) PackPurchased(buyer common.Address) []byte {
	enc, err := iMOSale.abi.Pack("purchased", buyer)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPurchased is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x522fe98e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function purchased(address buyer) view returns(uint256)
func (iMOSale *IMOSale) TryPackPurchased(buyer common.Address) ([]byte, error) {
	return iMOSale.abi.Pack("purchased", buyer)
}

// UnpackPurchased is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x522fe98e.
//
// Solidity: function purchased(address buyer) view returns(uint256)
func (iMOSale *IMOSale) UnpackPurchased(data []byte) (*big.Int, error) {
	out, err := iMOSale.abi.Unpack("purchased", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRaised is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf0ea4bfc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function raised() view returns(uint256)
func (iMOSale *IMOSale) PackRaised() []byte {
	enc, err := iMOSale.abi.Pack("raised")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRaised is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf0ea4bfc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function raised() view returns(uint256)
func (iMOSale *IMOSale) TryPackRaised() ([]byte, error) {
	return iMOSale.abi.Pack("raised")
}

// UnpackRaised is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf0ea4bfc.
//
// Solidity: function raised() view returns(uint256)
func (iMOSale *IMOSale) UnpackRaised(data []byte) (*big.Int, error) {
	out, err := iMOSale.abi.Unpack("raised", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRefund is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x590e1ae3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function refund() returns()
func (iMOSale *IMOSale) PackRefund() []byte {
	enc, err := iMOSale.abi.Pack("refund")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRefund is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x590e1ae3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function refund() returns()
func (iMOSale *IMOSale) TryPackRefund() ([]byte, error) {
	return iMOSale.abi.Pack("refund")
}

// PackSoftCap is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x906a26e0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function softCap() view returns(uint256)
func (iMOSale *IMOSale) PackSoftCap() []byte {
	enc, err := iMOSale.abi.Pack("softCap")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSoftCap is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x906a26e0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function softCap() view returns(uint256)
func (iMOSale *IMOSale) TryPackSoftCap() ([]byte, error) {
	return iMOSale.abi.Pack("softCap")
}

// UnpackSoftCap is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x906a26e0.
//
// Solidity: function softCap() view returns(uint256)
func (iMOSale *IMOSale) UnpackSoftCap(data []byte) (*big.Int, error) {
	out, err := iMOSale.abi.Unpack("softCap", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSold is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x02c7e7af.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function sold() view returns(uint256)
func (iMOSale *IMOSale) PackSold() []byte {
	enc, err := iMOSale.abi.Pack("sold")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSold is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x02c7e7af.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function sold() view returns(uint256)
func (iMOSale *IMOSale) TryPackSold() ([]byte, error) {
	return iMOSale.abi.Pack("sold")
}

// UnpackSold is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x02c7e7af.
//
// Solidity: function sold() view returns(uint256)
func (iMOSale *IMOSale) UnpackSold(data []byte) (*big.Int, error) {
	out, err := iMOSale.abi.Unpack("sold", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackState is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc19d93fb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function state() view returns(uint8)
func (iMOSale *IMOSale) PackState() []byte {
	enc, err := iMOSale.abi.Pack("state")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackState is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc19d93fb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function state() view returns(uint8)
func (iMOSale *IMOSale) TryPackState() ([]byte, error) {
	return iMOSale.abi.Pack("state")
}

// UnpackState is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc19d93fb.
//
// Solidity: function state() view returns(uint8)
func (iMOSale *IMOSale) UnpackState(data []byte) (uint8, error) {
	out, err := iMOSale.abi.Unpack("state", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc0c546a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function token() view returns(address)
func (iMOSale *IMOSale) PackToken() []byte {
	enc, err := iMOSale.abi.Pack("token")
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
func (iMOSale *IMOSale) TryPackToken() ([]byte, error) {
	return iMOSale.abi.Pack("token")
}

// UnpackToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (iMOSale *IMOSale) UnpackToken(data []byte) (common.Address, error) {
	out, err := iMOSale.abi.Unpack("token", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackWithdrawProceeds is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9038e693.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdrawProceeds() returns()
func (iMOSale *IMOSale) PackWithdrawProceeds() []byte {
	enc, err := iMOSale.abi.Pack("withdrawProceeds")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdrawProceeds is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9038e693.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdrawProceeds() returns()
func (iMOSale *IMOSale) TryPackWithdrawProceeds() ([]byte, error) {
	return iMOSale.abi.Pack("withdrawProceeds")
}

// IMOSaleBought represents a Bought event raised by the IMOSale contract.
type IMOSaleBought struct {
	Buyer  common.Address
	Amount *big.Int
	Cost   *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const IMOSaleBoughtEventName = "Bought"

// ContractEventName returns the user-defined event name.
func (IMOSaleBought) ContractEventName() string {
	return IMOSaleBoughtEventName
}

// UnpackBoughtEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Bought(address indexed buyer, uint256 amount, uint256 cost)
func (iMOSale *IMOSale) UnpackBoughtEvent(log *types.Log) (*IMOSaleBought, error) {
	event := "Bought"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iMOSale.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IMOSaleBought)
	if len(log.Data) > 0 {
		if err := iMOSale.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iMOSale.abi.Events[event].Inputs {
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

// IMOSaleFinalized represents a Finalized event raised by the IMOSale contract.
type IMOSaleFinalized struct {
	Succeeded bool
	Sold      *big.Int
	Raised    *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const IMOSaleFinalizedEventName = "Finalized"

// ContractEventName returns the user-defined event name.
func (IMOSaleFinalized) ContractEventName() string {
	return IMOSaleFinalizedEventName
}

// UnpackFinalizedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Finalized(bool succeeded, uint256 sold, uint256 raised)
func (iMOSale *IMOSale) UnpackFinalizedEvent(log *types.Log) (*IMOSaleFinalized, error) {
	event := "Finalized"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iMOSale.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IMOSaleFinalized)
	if len(log.Data) > 0 {
		if err := iMOSale.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iMOSale.abi.Events[event].Inputs {
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

// IMOSaleRefunded represents a Refunded event raised by the IMOSale contract.
type IMOSaleRefunded struct {
	Buyer  common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const IMOSaleRefundedEventName = "Refunded"

// ContractEventName returns the user-defined event name.
func (IMOSaleRefunded) ContractEventName() string {
	return IMOSaleRefundedEventName
}

// UnpackRefundedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Refunded(address indexed buyer, uint256 amount)
func (iMOSale *IMOSale) UnpackRefundedEvent(log *types.Log) (*IMOSaleRefunded, error) {
	event := "Refunded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iMOSale.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IMOSaleRefunded)
	if len(log.Data) > 0 {
		if err := iMOSale.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iMOSale.abi.Events[event].Inputs {
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

// IMOSaleTokensClaimed represents a TokensClaimed event raised by the IMOSale contract.
type IMOSaleTokensClaimed struct {
	Buyer  common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const IMOSaleTokensClaimedEventName = "TokensClaimed"

// ContractEventName returns the user-defined event name.
func (IMOSaleTokensClaimed) ContractEventName() string {
	return IMOSaleTokensClaimedEventName
}

// UnpackTokensClaimedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TokensClaimed(address indexed buyer, uint256 amount)
func (iMOSale *IMOSale) UnpackTokensClaimedEvent(log *types.Log) (*IMOSaleTokensClaimed, error) {
	event := "TokensClaimed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iMOSale.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IMOSaleTokensClaimed)
	if len(log.Data) > 0 {
		if err := iMOSale.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iMOSale.abi.Events[event].Inputs {
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
func (iMOSale *IMOSale) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], iMOSale.abi.Errors["FailedCall"].ID.Bytes()[:4]) {
		return iMOSale.UnpackFailedCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], iMOSale.abi.Errors["InsufficientBalance"].ID.Bytes()[:4]) {
		return iMOSale.UnpackInsufficientBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], iMOSale.abi.Errors["InvalidAmount"].ID.Bytes()[:4]) {
		return iMOSale.UnpackInvalidAmountError(raw[4:])
	}
	if bytes.Equal(raw[:4], iMOSale.abi.Errors["InvalidParameters"].ID.Bytes()[:4]) {
		return iMOSale.UnpackInvalidParametersError(raw[4:])
	}
	if bytes.Equal(raw[:4], iMOSale.abi.Errors["NothingOwed"].ID.Bytes()[:4]) {
		return iMOSale.UnpackNothingOwedError(raw[4:])
	}
	if bytes.Equal(raw[:4], iMOSale.abi.Errors["ReentrancyGuardReentrantCall"].ID.Bytes()[:4]) {
		return iMOSale.UnpackReentrancyGuardReentrantCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], iMOSale.abi.Errors["SafeERC20FailedOperation"].ID.Bytes()[:4]) {
		return iMOSale.UnpackSafeERC20FailedOperationError(raw[4:])
	}
	if bytes.Equal(raw[:4], iMOSale.abi.Errors["SaleNotActive"].ID.Bytes()[:4]) {
		return iMOSale.UnpackSaleNotActiveError(raw[4:])
	}
	if bytes.Equal(raw[:4], iMOSale.abi.Errors["SaleNotOver"].ID.Bytes()[:4]) {
		return iMOSale.UnpackSaleNotOverError(raw[4:])
	}
	if bytes.Equal(raw[:4], iMOSale.abi.Errors["SaleOver"].ID.Bytes()[:4]) {
		return iMOSale.UnpackSaleOverError(raw[4:])
	}
	if bytes.Equal(raw[:4], iMOSale.abi.Errors["WrongPayment"].ID.Bytes()[:4]) {
		return iMOSale.UnpackWrongPaymentError(raw[4:])
	}
	if bytes.Equal(raw[:4], iMOSale.abi.Errors["WrongState"].ID.Bytes()[:4]) {
		return iMOSale.UnpackWrongStateError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// IMOSaleFailedCall represents a FailedCall error raised by the IMOSale contract.
type IMOSaleFailedCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FailedCall()
func IMOSaleFailedCallErrorID() common.Hash {
	return common.HexToHash("0xd6bda27508c0fb6d8a39b4b122878dab26f731a7d4e4abe711dd3731899052a4")
}

// UnpackFailedCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FailedCall()
func (iMOSale *IMOSale) UnpackFailedCallError(raw []byte) (*IMOSaleFailedCall, error) {
	out := new(IMOSaleFailedCall)
	if err := iMOSale.abi.UnpackIntoInterface(out, "FailedCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IMOSaleInsufficientBalance represents a InsufficientBalance error raised by the IMOSale contract.
type IMOSaleInsufficientBalance struct {
	Balance *big.Int
	Needed  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientBalance(uint256 balance, uint256 needed)
func IMOSaleInsufficientBalanceErrorID() common.Hash {
	return common.HexToHash("0xcf4791818fba6e019216eb4864093b4947f674afada5d305e57d598b641dad1d")
}

// UnpackInsufficientBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientBalance(uint256 balance, uint256 needed)
func (iMOSale *IMOSale) UnpackInsufficientBalanceError(raw []byte) (*IMOSaleInsufficientBalance, error) {
	out := new(IMOSaleInsufficientBalance)
	if err := iMOSale.abi.UnpackIntoInterface(out, "InsufficientBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IMOSaleInvalidAmount represents a InvalidAmount error raised by the IMOSale contract.
type IMOSaleInvalidAmount struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidAmount()
func IMOSaleInvalidAmountErrorID() common.Hash {
	return common.HexToHash("0x2c5211c6cb73b16841677a034781e8336d18ce66df858e54153c86854e11f7b8")
}

// UnpackInvalidAmountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidAmount()
func (iMOSale *IMOSale) UnpackInvalidAmountError(raw []byte) (*IMOSaleInvalidAmount, error) {
	out := new(IMOSaleInvalidAmount)
	if err := iMOSale.abi.UnpackIntoInterface(out, "InvalidAmount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IMOSaleInvalidParameters represents a InvalidParameters error raised by the IMOSale contract.
type IMOSaleInvalidParameters struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidParameters()
func IMOSaleInvalidParametersErrorID() common.Hash {
	return common.HexToHash("0xe52390909f87229f872871b8ab57a0e139663fb951ac6346f3852d332ca460b7")
}

// UnpackInvalidParametersError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidParameters()
func (iMOSale *IMOSale) UnpackInvalidParametersError(raw []byte) (*IMOSaleInvalidParameters, error) {
	out := new(IMOSaleInvalidParameters)
	if err := iMOSale.abi.UnpackIntoInterface(out, "InvalidParameters", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IMOSaleNothingOwed represents a NothingOwed error raised by the IMOSale contract.
type IMOSaleNothingOwed struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingOwed()
func IMOSaleNothingOwedErrorID() common.Hash {
	return common.HexToHash("0x797dba544d72fb0dfb4c7610346de0274cf6d4e8b1d64dc398abc9027c89eff2")
}

// UnpackNothingOwedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingOwed()
func (iMOSale *IMOSale) UnpackNothingOwedError(raw []byte) (*IMOSaleNothingOwed, error) {
	out := new(IMOSaleNothingOwed)
	if err := iMOSale.abi.UnpackIntoInterface(out, "NothingOwed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IMOSaleReentrancyGuardReentrantCall represents a ReentrancyGuardReentrantCall error raised by the IMOSale contract.
type IMOSaleReentrancyGuardReentrantCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReentrancyGuardReentrantCall()
func IMOSaleReentrancyGuardReentrantCallErrorID() common.Hash {
	return common.HexToHash("0x3ee5aeb571de7fc460830b4d0017439a1ca56fb0bc39062227ade4fe4a24c1ca")
}

// UnpackReentrancyGuardReentrantCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReentrancyGuardReentrantCall()
func (iMOSale *IMOSale) UnpackReentrancyGuardReentrantCallError(raw []byte) (*IMOSaleReentrancyGuardReentrantCall, error) {
	out := new(IMOSaleReentrancyGuardReentrantCall)
	if err := iMOSale.abi.UnpackIntoInterface(out, "ReentrancyGuardReentrantCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IMOSaleSafeERC20FailedOperation represents a SafeERC20FailedOperation error raised by the IMOSale contract.
type IMOSaleSafeERC20FailedOperation struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeERC20FailedOperation(address token)
func IMOSaleSafeERC20FailedOperationErrorID() common.Hash {
	return common.HexToHash("0x5274afe73c98b4749fc91ffae6b7b574e7842cb2144a159e9377a5f20b32edf9")
}

// UnpackSafeERC20FailedOperationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeERC20FailedOperation(address token)
func (iMOSale *IMOSale) UnpackSafeERC20FailedOperationError(raw []byte) (*IMOSaleSafeERC20FailedOperation, error) {
	out := new(IMOSaleSafeERC20FailedOperation)
	if err := iMOSale.abi.UnpackIntoInterface(out, "SafeERC20FailedOperation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IMOSaleSaleNotActive represents a SaleNotActive error raised by the IMOSale contract.
type IMOSaleSaleNotActive struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SaleNotActive()
func IMOSaleSaleNotActiveErrorID() common.Hash {
	return common.HexToHash("0xb7b240970a9a3757b8ef153f42666c6e14e5365f82a10ec20762127c2563d7fb")
}

// UnpackSaleNotActiveError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SaleNotActive()
func (iMOSale *IMOSale) UnpackSaleNotActiveError(raw []byte) (*IMOSaleSaleNotActive, error) {
	out := new(IMOSaleSaleNotActive)
	if err := iMOSale.abi.UnpackIntoInterface(out, "SaleNotActive", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IMOSaleSaleNotOver represents a SaleNotOver error raised by the IMOSale contract.
type IMOSaleSaleNotOver struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SaleNotOver()
func IMOSaleSaleNotOverErrorID() common.Hash {
	return common.HexToHash("0x265dc59dbbde2563cc547bb21affd48917b955dcfd4f6d44586007e393c16896")
}

// UnpackSaleNotOverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SaleNotOver()
func (iMOSale *IMOSale) UnpackSaleNotOverError(raw []byte) (*IMOSaleSaleNotOver, error) {
	out := new(IMOSaleSaleNotOver)
	if err := iMOSale.abi.UnpackIntoInterface(out, "SaleNotOver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IMOSaleSaleOver represents a SaleOver error raised by the IMOSale contract.
type IMOSaleSaleOver struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SaleOver()
func IMOSaleSaleOverErrorID() common.Hash {
	return common.HexToHash("0x6cce4b7c58e6ece0d55aed6fc2b3f4cff50c7533b36f992ffb700e834354bd68")
}

// UnpackSaleOverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SaleOver()
func (iMOSale *IMOSale) UnpackSaleOverError(raw []byte) (*IMOSaleSaleOver, error) {
	out := new(IMOSaleSaleOver)
	if err := iMOSale.abi.UnpackIntoInterface(out, "SaleOver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IMOSaleWrongPayment represents a WrongPayment error raised by the IMOSale contract.
type IMOSaleWrongPayment struct {
	Required *big.Int
	Provided *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongPayment(uint256 required, uint256 provided)
func IMOSaleWrongPaymentErrorID() common.Hash {
	return common.HexToHash("0x0dd32d1c3ef0af2f42e38a7f633c5c154da0aa1d3a58e8dcd04bcd6fb310ac9d")
}

// UnpackWrongPaymentError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongPayment(uint256 required, uint256 provided)
func (iMOSale *IMOSale) UnpackWrongPaymentError(raw []byte) (*IMOSaleWrongPayment, error) {
	out := new(IMOSaleWrongPayment)
	if err := iMOSale.abi.UnpackIntoInterface(out, "WrongPayment", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IMOSaleWrongState represents a WrongState error raised by the IMOSale contract.
type IMOSaleWrongState struct {
	State uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongState(uint8 state)
func IMOSaleWrongStateErrorID() common.Hash {
	return common.HexToHash("0xe37d4aeb0440dc85ee81f4b1b3014533d1ede6c623c75f93c2e2bcec2293c7de")
}

// UnpackWrongStateError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongState(uint8 state)
func (iMOSale *IMOSale) UnpackWrongStateError(raw []byte) (*IMOSaleWrongState, error) {
	out := new(IMOSaleWrongState)
	if err := iMOSale.abi.UnpackIntoInterface(out, "WrongState", raw); err != nil {
		return nil, err
	}
	return out, nil
}
