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
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIAIOracle\",\"name\":\"oracle_\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"modelId_\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"BadImageLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"BadOutputLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"required\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"provided\",\"type\":\"uint256\"}],\"name\":\"FeeTooLow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotOracle\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"NothingToRefund\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"SurplusNotReturned\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"code\",\"type\":\"uint16\"}],\"name\":\"ClassificationFailed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"ClassificationRefunded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"digit\",\"type\":\"uint8\"}],\"name\":\"DigitClassified\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"}],\"name\":\"DigitRequested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"RefundClaimed\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"CALLBACK_GAS_LIMIT\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"CLASSES\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"IMAGE_BYTES\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"claimRefund\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"classifications\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"done\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"failed\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"refunded\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"refundClaimed\",\"type\":\"bool\"},{\"internalType\":\"uint8\",\"name\":\"digit\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"errorCode\",\"type\":\"uint16\"},{\"internalType\":\"uint96\",\"name\":\"paid\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"modelFee\",\"type\":\"uint96\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"image\",\"type\":\"bytes\"}],\"name\":\"classify\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"fee\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"modelId\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"uint16\",\"name\":\"code\",\"type\":\"uint16\"},{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"name\":\"onInferenceError\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"name\":\"onInferenceRefunded\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"output\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"name\":\"onInferenceResult\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"oracle\",\"outputs\":[{\"internalType\":\"contractIAIOracle\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"refundable\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "DigitClassifier",
	Bin: "0x60c0346100ba57601f61108238819003918201601f19168301916001600160401b038311848410176100be5780849260409485528339810103126100ba578051906001600160a01b03821682036100ba57602001519060805260a052604051610faf90816100d38239608051818181610121015281816101de015281816103ad015281816106e2015281816107680152818161093d01528181610a680152610db5015260a05181818160eb0152818161037a01526109e00152f35b5f80fd5b634e487b7160e01b5f52604160045260245ffdfe6080806040526004361015610012575f80fd5b5f905f3560e01c90816301fa1b3014610a205750806333d608f114610a0357806343cdaad2146109c95780635b7baf64146108c45780637b8ff0ba146107115780637dc0d1d0146106cc57806390445a6c146106a55780639f903bca14610333578063a88949301461028f578063c954c53f14610272578063d1ec5396146101a6578063ddca3f43146100cb5763e0beab2d146100ad575f80fd5b346100c857806003193601126100c8576020604051600a8152f35b80fd5b50346100c857806003193601126100c857604051634790757760e11b81527f00000000000000000000000000000000000000000000000000000000000000006004820152620186a06024820152906020826044817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa90811561019a5790610163575b602090604051908152f35b506020813d602011610192575b8161017d60209383610b36565b8101031261018e5760209051610158565b5f80fd5b3d9150610170565b604051903d90823e3d90fd5b50346100c85760603660031901126100c8576004356044356001600160401b03811161026e576101da903690600401610b09565b50507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316330361025b5780825260208281526040808420805462ff00ff60a01b19166201000160a01b1790555160243581527fab8bab29d42b252d66c8452a696a255dc4a536081a5ed124f1cc4e99a93e837a9190a280f35b63037d3e0960e61b825233600452602482fd5b8280fd5b50346100c857806003193601126100c85760206040516103108152f35b50346100c85760203660031901126100c857604061012091600435815280602052206001600160601b036001825492015461ffff6040519360018060a01b038116855260ff8160a01c161515602086015260ff8160a81c161515604086015260ff8160b01c161515606086015260ff8160b81c161515608086015260ff8160c01c1660a086015260c81c1660c084015281811660e084015260601c16610100820152f35b5060203660031901126100c8576004356001600160401b0381116106a15761035f903690600401610b09565b610310819392930361068e57604051634790757760e11b81527f000000000000000000000000000000000000000000000000000000000000000060048201819052620186a0602483015290917f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169190602084604481865afa93841561068357859461064f575b5083341061063757906020828193604051988994630544a75360e01b8652600486015260a060248601528160a486015260c48501378660c48285010152601f80199101168201306044840152620186a060648401528660c4808584030192600319840160848701520152018185855af193841561062c5783946105f8575b50838352826020526024836040812092336001600160601b0360a01b8554161784556040519283809263c58343ef60e01b82528960048301525afa9081156105ed5784916105cb575b5064ffffffffff61012082015116633b9aca00810290808204633b9aca0014901517156105b7576001600160601b036104f060019286610f8e565b1692019182549161010069ffffffffffffffffffff60601b91015160601b16916001600160401b0360c01b161717905533837f5376974e04d18dec640b6d4267d6da52ba870e989de111910fce5f747657afbc8480a3803411610559575b602083604051908152f35b818080806105678534610f8e565b335af13d156105b2573d61057a81610bc8565b906105886040519283610b36565b81528360203d92013e5b61054e57906105a360249234610f8e565b63e39e654b60e01b8252600452fd5b610592565b634e487b7160e01b85526011600452602485fd5b6105e791503d8086833e6105df8183610b36565b810190610c29565b5f6104b5565b6040513d86823e3d90fd5b9093506020813d602011610624575b8161061460209383610b36565b8101031261018e5751925f61046c565b3d9150610607565b6040513d85823e3d90fd5b6378279ed960e11b8552600484905234602452604485fd5b9093506020813d60201161067b575b8161066b60209383610b36565b8101031261018e5751925f6103ee565b3d915061065e565b6040513d87823e3d90fd5b63d868c11f60e01b825260045260249150fd5b5080fd5b50346100c85760203660031901126100c85760206106c4600435610d7a565b604051908152f35b50346100c857806003193601126100c8576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b50346100c85760603660031901126100c8576004356024356001600160401b03811161026e57610745903690600401610b09565b6044356001600160401b0381116108c057610764903690600401610b09565b50507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031633036108ad576050810361089b578391677fffffffffffffff1990835b600a81106108155785875260208781526040808920805464ff000000ff60a01b191660c089901b60ff60c01b1617600160a01b1790555160ff87168152889188917ffeddb5fc3f8cc661af96208c4acd5913560664c534834a8b95c8584a8d8664db9190a280f35b8060031b81810460081482151715610887576008810180821161087357851061086f578201356001600160c01b03191660c01d600784810b9082900b13610860575b506001016107ad565b60ff8216955092506001610857565b8780fd5b634e487b7160e01b89526011600452602489fd5b634e487b7160e01b88526011600452602488fd5b63166e308b60e31b8452600452602483fd5b63037d3e0960e61b845233600452602484fd5b8480fd5b503461018e57602036600319011261018e576004356108e281610d7a565b9081156109b757805f525f60205260405f20805490600160b81b60ff60b81b19831617905560018060a01b031680917ff3f402280ef0a7905e124aa621b65eaeb2725c343e8b36d398ed78c29daf285c6020604051868152a37f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031691823b1561018e5760445f9283604051958694859363040b850f60e31b8552600485015260248401525af180156109ac5761099e575080f35b6109aa91505f90610b36565b005b6040513d5f823e3d90fd5b63e0a5cd9160e01b5f5260045260245ffd5b3461018e575f36600319011261018e5760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b3461018e575f36600319011261018e576020604051620186a08152f35b3461018e57606036600319011261018e576004359060243561ffff81169182820361018e576044356001600160401b03811161018e57610a64903690600401610b09565b50507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03163303610af6575f84815260208181526040909120805466ffff000000ffff60a01b191660c89490941b61ffff60c81b169390931761010160a01b179092559182527f2cea2d427a9c5f391654e8d344d8c2f182da50158eb6b3ca47e2ac5d9519c55a91a2005b63037d3e0960e61b5f523360045260245ffd5b9181601f8401121561018e578235916001600160401b03831161018e576020838186019501011161018e57565b90601f801991011681019081106001600160401b03821117610b5757604052565b634e487b7160e01b5f52604160045260245ffd5b51906001600160a01b038216820361018e57565b519064ffffffffff8216820361018e57565b519063ffffffff8216820361018e57565b519061ffff8216820361018e57565b519069ffffffffffffffffffff8216820361018e57565b6001600160401b038111610b5757601f01601f191660200190565b81601f8201121561018e57805190610bfa82610bc8565b92610c086040519485610b36565b8284526020838301011161018e57815f9260208093018386015e8301015290565b60208183031261018e578051906001600160401b03821161018e57016101c08183031261018e57604051916101c083018381106001600160401b03821117610b5757604052610c7782610b6b565b8352610c8560208301610b7f565b6020840152610c9660408301610b91565b60408401526060820151600581101561018e576060840152610cba60808301610ba2565b6080840152610ccb60a08301610b6b565b60a0840152610cdc60c08301610b91565b60c0840152610ced60e08301610bb1565b60e0840152610cff6101008301610bb1565b610100840152610d126101208301610b7f565b610120840152610d256101408301610ba2565b610140840152610d386101608301610b91565b610160840152610180820151600381101561018e576101808401526101a08201516001600160401b03811161018e57610d719201610be3565b6101a082015290565b805f525f60205260405f2090815460018060a01b03811615908115610f80575b50610f7a5760405163c58343ef60e01b8152600481018290527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031691905f81602481865afa80156109ac576060915f91610f60575b5001516005811015610f4c5760048114610f3957600314610e1a575b5050505f90565b5f906024604051809481936318feeb1560e31b835260048301525afa80156109ac575f90610e67575b604091500151610e54578080610e13565b6001015460601c6001600160601b031690565b503d805f833e610e778183610b36565b81019060208183031261018e578051906001600160401b03821161018e570160c08183031261018e576040519060c082018281106001600160401b03821117610b5757604052610ec681610b6b565b8252610ed460208201610b7f565b60208301526040810151801515810361018e576040830152610ef860608201610ba2565b6060830152610f0960808201610b91565b608083015260a0810151926001600160401b03841161018e57604093610f2f9201610be3565b60a0820152610e43565b505050600101546001600160601b031690565b634e487b7160e01b5f52602160045260245ffd5b610f7491503d805f833e6105df8183610b36565b5f610df7565b50505f90565b60ff915060b81c165f610d9a565b91908203918211610f9b57565b634e487b7160e01b5f52601160045260245ffd",
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

// PackClaimRefund is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5b7baf64.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claimRefund(uint256 requestId) returns()
func (digitClassifier *DigitClassifier) PackClaimRefund(requestId *big.Int) []byte {
	enc, err := digitClassifier.abi.Pack("claimRefund", requestId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaimRefund is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5b7baf64.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claimRefund(uint256 requestId) returns()
func (digitClassifier *DigitClassifier) TryPackClaimRefund(requestId *big.Int) ([]byte, error) {
	return digitClassifier.abi.Pack("claimRefund", requestId)
}

// PackClassifications is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa8894930.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function classifications(uint256 requestId) view returns(address requester, bool done, bool failed, bool refunded, bool refundClaimed, uint8 digit, uint16 errorCode, uint96 paid, uint96 modelFee)
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
// Solidity: function classifications(uint256 requestId) view returns(address requester, bool done, bool failed, bool refunded, bool refundClaimed, uint8 digit, uint16 errorCode, uint96 paid, uint96 modelFee)
func (digitClassifier *DigitClassifier) TryPackClassifications(requestId *big.Int) ([]byte, error) {
	return digitClassifier.abi.Pack("classifications", requestId)
}

// ClassificationsOutput serves as a container for the return parameters of contract
// method Classifications.
type ClassificationsOutput struct {
	Requester     common.Address
	Done          bool
	Failed        bool
	Refunded      bool
	RefundClaimed bool
	Digit         uint8
	ErrorCode     uint16
	Paid          *big.Int
	ModelFee      *big.Int
}

// UnpackClassifications is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa8894930.
//
// Solidity: function classifications(uint256 requestId) view returns(address requester, bool done, bool failed, bool refunded, bool refundClaimed, uint8 digit, uint16 errorCode, uint96 paid, uint96 modelFee)
func (digitClassifier *DigitClassifier) UnpackClassifications(data []byte) (ClassificationsOutput, error) {
	out, err := digitClassifier.abi.Unpack("classifications", data)
	outstruct := new(ClassificationsOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Requester = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.Done = *abi.ConvertType(out[1], new(bool)).(*bool)
	outstruct.Failed = *abi.ConvertType(out[2], new(bool)).(*bool)
	outstruct.Refunded = *abi.ConvertType(out[3], new(bool)).(*bool)
	outstruct.RefundClaimed = *abi.ConvertType(out[4], new(bool)).(*bool)
	outstruct.Digit = *abi.ConvertType(out[5], new(uint8)).(*uint8)
	outstruct.ErrorCode = *abi.ConvertType(out[6], new(uint16)).(*uint16)
	outstruct.Paid = abi.ConvertType(out[7], new(big.Int)).(*big.Int)
	outstruct.ModelFee = abi.ConvertType(out[8], new(big.Int)).(*big.Int)
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

// PackOnInferenceRefunded is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd1ec5396.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function onInferenceRefunded(uint256 requestId, uint256 amount, bytes ) returns()
func (digitClassifier *DigitClassifier) PackOnInferenceRefunded(requestId *big.Int, amount *big.Int, arg2 []byte) []byte {
	enc, err := digitClassifier.abi.Pack("onInferenceRefunded", requestId, amount, arg2)
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
func (digitClassifier *DigitClassifier) TryPackOnInferenceRefunded(requestId *big.Int, amount *big.Int, arg2 []byte) ([]byte, error) {
	return digitClassifier.abi.Pack("onInferenceRefunded", requestId, amount, arg2)
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

// PackRefundable is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x90445a6c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function refundable(uint256 requestId) view returns(uint256)
func (digitClassifier *DigitClassifier) PackRefundable(requestId *big.Int) []byte {
	enc, err := digitClassifier.abi.Pack("refundable", requestId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRefundable is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x90445a6c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function refundable(uint256 requestId) view returns(uint256)
func (digitClassifier *DigitClassifier) TryPackRefundable(requestId *big.Int) ([]byte, error) {
	return digitClassifier.abi.Pack("refundable", requestId)
}

// UnpackRefundable is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x90445a6c.
//
// Solidity: function refundable(uint256 requestId) view returns(uint256)
func (digitClassifier *DigitClassifier) UnpackRefundable(data []byte) (*big.Int, error) {
	out, err := digitClassifier.abi.Unpack("refundable", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
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

// DigitClassifierClassificationRefunded represents a ClassificationRefunded event raised by the DigitClassifier contract.
type DigitClassifierClassificationRefunded struct {
	RequestId *big.Int
	Amount    *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const DigitClassifierClassificationRefundedEventName = "ClassificationRefunded"

// ContractEventName returns the user-defined event name.
func (DigitClassifierClassificationRefunded) ContractEventName() string {
	return DigitClassifierClassificationRefundedEventName
}

// UnpackClassificationRefundedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ClassificationRefunded(uint256 indexed requestId, uint256 amount)
func (digitClassifier *DigitClassifier) UnpackClassificationRefundedEvent(log *types.Log) (*DigitClassifierClassificationRefunded, error) {
	event := "ClassificationRefunded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != digitClassifier.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DigitClassifierClassificationRefunded)
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

// DigitClassifierRefundClaimed represents a RefundClaimed event raised by the DigitClassifier contract.
type DigitClassifierRefundClaimed struct {
	RequestId *big.Int
	Requester common.Address
	Amount    *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const DigitClassifierRefundClaimedEventName = "RefundClaimed"

// ContractEventName returns the user-defined event name.
func (DigitClassifierRefundClaimed) ContractEventName() string {
	return DigitClassifierRefundClaimedEventName
}

// UnpackRefundClaimedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RefundClaimed(uint256 indexed requestId, address indexed requester, uint256 amount)
func (digitClassifier *DigitClassifier) UnpackRefundClaimedEvent(log *types.Log) (*DigitClassifierRefundClaimed, error) {
	event := "RefundClaimed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != digitClassifier.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DigitClassifierRefundClaimed)
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
	if bytes.Equal(raw[:4], digitClassifier.abi.Errors["FeeTooLow"].ID.Bytes()[:4]) {
		return digitClassifier.UnpackFeeTooLowError(raw[4:])
	}
	if bytes.Equal(raw[:4], digitClassifier.abi.Errors["NotOracle"].ID.Bytes()[:4]) {
		return digitClassifier.UnpackNotOracleError(raw[4:])
	}
	if bytes.Equal(raw[:4], digitClassifier.abi.Errors["NothingToRefund"].ID.Bytes()[:4]) {
		return digitClassifier.UnpackNothingToRefundError(raw[4:])
	}
	if bytes.Equal(raw[:4], digitClassifier.abi.Errors["SurplusNotReturned"].ID.Bytes()[:4]) {
		return digitClassifier.UnpackSurplusNotReturnedError(raw[4:])
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

// DigitClassifierFeeTooLow represents a FeeTooLow error raised by the DigitClassifier contract.
type DigitClassifierFeeTooLow struct {
	Required *big.Int
	Provided *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FeeTooLow(uint256 required, uint256 provided)
func DigitClassifierFeeTooLowErrorID() common.Hash {
	return common.HexToHash("0xf04f3db281357fe66c8cdb6010552fb4fc5fa45b6647fc12b290172e5583e248")
}

// UnpackFeeTooLowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FeeTooLow(uint256 required, uint256 provided)
func (digitClassifier *DigitClassifier) UnpackFeeTooLowError(raw []byte) (*DigitClassifierFeeTooLow, error) {
	out := new(DigitClassifierFeeTooLow)
	if err := digitClassifier.abi.UnpackIntoInterface(out, "FeeTooLow", raw); err != nil {
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

// DigitClassifierNothingToRefund represents a NothingToRefund error raised by the DigitClassifier contract.
type DigitClassifierNothingToRefund struct {
	RequestId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToRefund(uint256 requestId)
func DigitClassifierNothingToRefundErrorID() common.Hash {
	return common.HexToHash("0xe0a5cd91633fe50133a39f84b83f658ba7ee91964d20deff754eb57a0631cd2f")
}

// UnpackNothingToRefundError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToRefund(uint256 requestId)
func (digitClassifier *DigitClassifier) UnpackNothingToRefundError(raw []byte) (*DigitClassifierNothingToRefund, error) {
	out := new(DigitClassifierNothingToRefund)
	if err := digitClassifier.abi.UnpackIntoInterface(out, "NothingToRefund", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DigitClassifierSurplusNotReturned represents a SurplusNotReturned error raised by the DigitClassifier contract.
type DigitClassifierSurplusNotReturned struct {
	Amount *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SurplusNotReturned(uint256 amount)
func DigitClassifierSurplusNotReturnedErrorID() common.Hash {
	return common.HexToHash("0xe39e654bfcf84c94c1bdb01da1b1ab2152f8c97527a883bf9f56ea95b6003f31")
}

// UnpackSurplusNotReturnedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SurplusNotReturned(uint256 amount)
func (digitClassifier *DigitClassifier) UnpackSurplusNotReturnedError(raw []byte) (*DigitClassifierSurplusNotReturned, error) {
	out := new(DigitClassifierSurplusNotReturned)
	if err := digitClassifier.abi.UnpackIntoInterface(out, "SurplusNotReturned", raw); err != nil {
		return nil, err
	}
	return out, nil
}
