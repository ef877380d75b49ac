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

// OneStepVerifierLeaf is an auto generated low-level Go binding around an user-defined struct.
type OneStepVerifierLeaf struct {
	Input  uint8
	Leaf   uint64
	Values [4]int64
}

// OneStepVerifierSlotDesc is an auto generated low-level Go binding around an user-defined struct.
type OneStepVerifierSlotDesc struct {
	Slot  uint32
	Scale uint8
	IsInt bool
	Dtype uint8
	Shape []int64
}

// OneStepVerifierStepDesc is an auto generated low-level Go binding around an user-defined struct.
type OneStepVerifierStepDesc struct {
	Op   uint16
	Args []int64
	Ins  []OneStepVerifierSlotDesc
	Out  OneStepVerifierSlotDesc
}

// OneStepVerifierMetaData contains all meta data concerning the OneStepVerifier contract.
var OneStepVerifierMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"name\":\"BadStep\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EmptyWindow\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"LeavesNotSorted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"input\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"}],\"name\":\"MissingInput\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"Overflow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"op\",\"type\":\"uint16\"}],\"name\":\"UnsupportedOp\",\"type\":\"error\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint16\",\"name\":\"op\",\"type\":\"uint16\"},{\"internalType\":\"int64[]\",\"name\":\"args\",\"type\":\"int64[]\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"slot\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"scale\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"isInt\",\"type\":\"bool\"},{\"internalType\":\"uint8\",\"name\":\"dtype\",\"type\":\"uint8\"},{\"internalType\":\"int64[]\",\"name\":\"shape\",\"type\":\"int64[]\"}],\"internalType\":\"structOneStepVerifier.SlotDesc[]\",\"name\":\"ins\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"slot\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"scale\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"isInt\",\"type\":\"bool\"},{\"internalType\":\"uint8\",\"name\":\"dtype\",\"type\":\"uint8\"},{\"internalType\":\"int64[]\",\"name\":\"shape\",\"type\":\"int64[]\"}],\"internalType\":\"structOneStepVerifier.SlotDesc\",\"name\":\"out\",\"type\":\"tuple\"}],\"internalType\":\"structOneStepVerifier.StepDesc\",\"name\":\"d\",\"type\":\"tuple\"},{\"internalType\":\"uint64\",\"name\":\"j\",\"type\":\"uint64\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"input\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"leaf\",\"type\":\"uint64\"},{\"internalType\":\"int64[4]\",\"name\":\"values\",\"type\":\"int64[4]\"}],\"internalType\":\"structOneStepVerifier.Leaf[]\",\"name\":\"leaves\",\"type\":\"tuple[]\"}],\"name\":\"elementValue\",\"outputs\":[{\"internalType\":\"int64\",\"name\":\"\",\"type\":\"int64\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"op\",\"type\":\"uint16\"}],\"name\":\"isSupported\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"pure\",\"type\":\"function\"}]",
	ID:  "OneStepVerifier",
	Bin: "0x60808060405234601557611881908161001a8239f35b5f80fdfe6102a0806040526004361015610013575f80fd5b5f3560e01c9081633a565169146100d9575063fbf4f2f114610033575f80fd5b346100d55760603660031901126100d5576004356001600160401b0381116100d557608060031982360301126100d557602435906001600160401b03821682036100d557604435906001600160401b0382116100d557366023830112156100d5578160040135906001600160401b0382116100d55736602460c08402850101116100d55760209360246100ca94019160040161023a565b6040519060070b8152f35b5f80fd5b346100d55760203660031901126100d5576004359061ffff82168092036100d557816001602093149081156101a0575b8115610195575b811561018a575b811561017f575b8115610174575b8115610169575b811561015e575b8115610153575b8115610148575b5015158152f35b601191501483610141565b60108114915061013a565b600f81149150610133565b60088114915061012c565b600781149150610125565b60068114915061011e565b600481149150610117565b600381149150610110565b600281149150610109565b919082039182116101b857565b634e487b7160e01b5f52601160045260245ffd5b91908110156101dc5760c0020190565b634e487b7160e01b5f52603260045260245ffd5b903590609e19813603018212156100d5570190565b903590601e19813603018212156100d557018035906001600160401b0382116100d557602001918160051b360383136100d557565b939291909361026052610120526101405260015b610140518110610d88575061026051359161ffff8316928381036100d55761028c61028260606102605101610260516101f0565b6080810190610205565b92909160018614610d715760088614610d4657600286148015610d3c575b8015610d32575b8015610d28575b8015610d1e575b610c9b5750600f85146109c3576010851461054757601185146102ef5784637f72879360e11b5f5260045260245ffd5b6102fa9394506110ef565b61030d6040610260510161026051610205565b156101dc576102828161031f926101f0565b916103336020610260510161026051610205565b9182600110156101dc576001600160401b0361035160208401610e7a565b1690600282018083116101b8578614801590610525575b61051657600193845f5b8481106104bc57506001600160401b0361038b846110ce565b51169088600110156101dc576103dd6103c46103e2936103b560208c9b9a9d9c9998979901610e7a565b6001600160401b0316906111a7565b6001600160401b036103d5866110be565b5116906111ca565b6111a7565b92677fffffffffffffff19975f975f975b6001600160401b0388166001600160401b038a161061042c575050505050505050501561041d5790565b63d2c0367760e01b5f5260045ffd5b909192939495969798610444878b88888888886116f9565b90156104a957610457610464918a6111ca565b6101405161012051610e88565b9015801561049a575b610492575b506001600160401b03806001809b5b0116989796959493929190506103f3565b99505f610472565b508a60070b8160070b1361046d565b50986001600160401b0360018192610481565b95908660020190816002116101b8576103b56104dc6104e1938c8c6110ae565b610e7a565b90866005026005810488036101b857600201806002116101b8576001916103b56104dc61050f93878b6110ae565b9601610372565b63b3d246f360e01b5f5260045ffd5b50816005026005810483036101b857600201806002116101b857841415610368565b6105529394506110ef565b60e0526105686040610260510161026051610205565b156101dc576102828161057a926101f0565b6101a052610220526105956040610260510161026051610205565b600110156101dc576102828160206105ae9301906101f0565b608052610160526105c86020610260510161026051610205565b60c05260a05260c051156101dc576105e160a051610e7a565b6001600160401b031660c051600110156101dc576001600160401b0361060b602060a05101610e7a565b1661010052600261010051018061010051116101b857806101a05114908115916109b6575b50801561098c575b610516576101a051600110156101dc5761065760206102205101610e7a565b6001600160401b03169061066b8183610e1d565b61028052608051156101dc576106959061068761016051610e7a565b6001600160401b0316610e1d565b6001600160401b036106a860e0516110be565b5116915f610240525f6102405260036106ca6040610260510161026051610205565b90501461096f575b60016101e08190525f6101c052915b610100516101c051106108ff576106f89084610e1d565b5f61020052905b6001600160401b0361028051166001600160401b036102005116106107c757505050506107356040610260510161026051610205565b156101dc57610751602061074b8360ff946101f0565b01610ddd565b166107656040610260510161026051610205565b600110156101dc576107b66107956107c49360ff61078e602061074b87826107bf9901906101f0565b169061127c565b60ff6107af602061074b60606102605101610260516101f0565b1690611297565b6102405161142d565b6113f0565b90565b61080c836103dd6107ec846001600160401b036107e560e0516110ce565b51166111a7565b610807610200519161080161028051896111a7565b906111ca565b6111ca565b6108276101e0516103dd61020051610807610280518a6111a7565b5f61018052905b6001600160401b036101e051166001600160401b036101805116106108685750506001600160401b036001610200510116610200526106ff565b610890610100516101805160e05160c05160a051608051610160516101a05161022051611570565b90156108f9576108d26108a96104576108db93856111ca565b60070b6108c96108bc61018051876111ca565b6101405161012051610f4d565b60070b906112af565b6102405161152b565b610240525b6001600160401b0360016101805101166101805261082e565b506108e0565b916101c0516002016002116101b85761092c906103b56104dc6101c0516002016101a051610220516110ae565b9161095b6109496104dc6101c051600201608051610160516110ae565b6001600160401b03166101e0516111a7565b6101e05260016101c051016101c0526106e1565b610980836101405161012051610fe2565b60070b610240526106d2565b50610100516003026003810461010051036101b857600201806002116101b85760c0511415610638565b905060805114155f610630565b6109ce9394506110ef565b6109e16040610260510161026051610205565b156101dc57610282816109f3926101f0565b610a066040610260510161026051610205565b600110156101dc57610282816020610a1f9301906101f0565b92610a3661028260606102605101610260516101f0565b92905f1985018581116101b8576104dc610a519187866110ae565b955f1981018181116101b8576104dc610a6b9183866110ae565b6001600160401b0316956001198101948186116101b857610a906104dc8784846110ae565b600119880196906001600160401b03168888116101b8576103dd8c896103dd94610ac4978f6001600160401b0316976114a0565b926001198201908282116101b857876103dd610af6926103dd8d8a610afd978f996001600160401b039a8b16956114a0565b94896110db565b5116905f1985018581116101b857610b1d6001600160401b03918a6110db565b5116945f986003610b376040610260510161026051610205565b905014610c41575b50505094939291905f956001600160401b038616955b866001600160401b03891610610bdd575050505050505050610b806040610260510161026051610205565b156101dc57610b96602061074b8360ff946101f0565b1690610bab6040610260510161026051610205565b600192919210156101dc57610bd76107956107c49460ff61078e602061074b88826107bf9a01906101f0565b9061142d565b90919293949596976001610c326001600160401b0392610c2c8c6108c96108bc8c6108078f6108018f918f8f8f8f610c2393610801610457948e946108079416906111a7565b60070b976111a7565b9061152b565b99011696959493929190610b55565b9091929850610c596040610260510161026051610205565b600293919310156101dc57610c8f93610c7c610282856040610c829701906101f0565b906111ea565b6101405161012051610fe2565b60070b955f8080610b3f565b91928094955083610cab926110ef565b926040610260510190610cc18261026051610205565b156101dc57610cdf610457878488610c7c61028287610ce9986101f0565b9261026051610205565b600110156101dc576107c495610d1892610d0d6102828460206108bc9601906101f0565b6102605198916111ea565b916112d1565b50600786146102bf565b50600686146102b8565b50600486146102b1565b50600386146102aa565b50915050610d5d9192506101405161012051610e88565b5f8160070b135f14610d6c5790565b505f90565b509150506107c49192506101405161012051610e88565b5f1981018181116101b857610da7610dac9161014051610120516101cc565b610deb565b610dc0610da78361014051610120516101cc565b1115610dce5760010161024e565b6363bcd0a160e11b5f5260045ffd5b3560ff811681036100d55790565b602068ff0000000000000000610e0083610ddd565b60401b16910135906001600160401b0382168092036100d5571790565b906001600160401b0316908115610e3b576001600160401b03160490565b634e487b7160e01b5f52601260045260245ffd5b919082018092116101b857565b906001600160401b0316908115610e3b576001600160401b03160690565b358060070b81036100d55790565b6001600160401b03673fffffffffffffff8460021c1616905f9483955b868110610ecc576001600160401b038663bd18d05760e01b5f525f6004521660245260445ffd5b610ed68782610e4f565b60011c90610ee8610da78388876101cc565b858114610f1157851115610f0a5750600181018091116101b857955b95610ea5565b9650610f04565b50509250945091610f21926101cc565b9060046003821610156101dc576107c491681fffffffffffffffe0606060409360051b16160101610e7a565b6001600160401b03673fffffffffffffff8460021c16166801000000000000000017905f9483955b868110610f9d576001600160401b038663bd18d05760e01b5f5260016004521660245260445ffd5b610fa78782610e4f565b60011c90610fb9610da78388876101cc565b858114610f1157851115610fdb5750600181018091116101b857955b95610f75565b9650610fd5565b6001600160401b03673fffffffffffffff8460021c16166802000000000000000017905f9483955b868110611032576001600160401b038663bd18d05760e01b5f5260026004521660245260445ffd5b61103c8782610e4f565b60011c9061104e610da78388876101cc565b858114610f11578511156110705750600181018091116101b857955b9561100a565b965061106a565b6001600160401b03811161108e5760051b60200190565b634e487b7160e01b5f52604160045260245ffd5b80156101b8575f190190565b91908110156101dc5760051b0190565b8051600110156101dc5760400190565b8051156101dc5760200190565b80518210156101dc5760209160051b010190565b9291906110fb82611077565b6040519290601f01601f191683016001600160401b0381118482101761108e57604052808352601f1961112d82611077565b0136602085013782948190815b611145575050505050565b5f1982018281116101b85761115e6104dc8286886110ae565b6001600160401b03168015610516578261119a926001600160401b0361119161118a856111a098610e5c565b928b6110db565b91169052610e1d565b916110a2565b908161113a565b906001600160401b03809116911602906001600160401b0382169182036101b857565b906001600160401b03809116911601906001600160401b0382116101b857565b91509193926111fa835f966101ab565b905f935b80851061120c575050505050565b909192939561124e6001916108076112286104dc8b878b6110ae565b918a886001600160401b03851687036112595750505f926001600160401b0316906111a7565b9601939291906111fe565b61126e611274916001600160401b0393610e4f565b896110db565b5116926103b5565b9190915f83820193841291129080158216911516176101b857565b81810392915f1380158285131691841216176101b857565b81810292915f8212600160ff1b8214166101b85781840514901517156101b857565b90919061ffff16600281146113d957600381146113c257600681146113ab5760071461139057906113089160070b9060070b6112af565b604082016113168184610205565b156101dc5760ff61132f602061074b84611337956101f0565b169184610205565b600194919410156101dc5760ff6107af602061074b611368611373968561078e8561074b8d826107c49f01906101f0565b9460608101906101f0565b5f8113611381575b506113f0565b61138a9161142d565b5f61137b565b9091508060070b8260070b125f146113a6575090565b905090565b509091508060070b8260070b135f146113a6575090565b506107c49250906107bf9160070b9060070b611297565b506107c49250906107bf9160070b9060070b61127c565b677fffffffffffffff8113801561141b575b61140c5760070b90565b631a93c68960e11b5f5260045ffd5b50677fffffffffffffff198112611402565b90801561149c575f811380611492575b61146f575b5f81128015611465575b611454571d90565b505f1315611461575f1990565b5f90565b50607f811361144c565b905f198201906001838313166101b857600161148c921b9061152b565b90611442565b506080811261143d565b5090565b9294936114ae835f976101ab565b915f945b8486106114c157505050505050565b9091929394966115046001916108076114de6104dc8c88886110ae565b918b896001600160401b03851687036115105750505f926001600160401b0316906111a7565b970194939291906114b2565b611525611274916001600160401b0393610e4f565b8a6110db565b906115359161127c565b906f7fffffffffffffffffffffffffffffff82138015611556575b61140c57565b506f7fffffffffffffffffffffffffffffff198212611550565b969897939190949592955f996001865b611594575050505050505050505060019190565b5f1987019b878d116101b857600188016002116101b8576115e16115bf6104dc60018b018d896110ae565b6001600160401b03166001600160401b036115da8287610e5c565b1694610e1d565b925f9d6001600160401b036115f960018c018b6110db565b5116816003029160038304036101b8578160020190816002116101b8576108c96104dc611627938a8d6110ae565b8160040190816004116101b8576116456104dc61164e938a8d6110ae565b60070b90611297565b90600301806003116101b857611675926108c96104dc61166f938a8d6110ae565b9061127c565b5f811280156116d9575b6116c55790610801836001600160401b0361169a94166111a7565b9b6101b8576116b86116be916103b56104dc8d8c60018d01916110ae565b966110a2565b9586611580565b50505050505050505050505090505f905f90565b505f9d506116ee6104dc60018b018c8f6110ae565b60070b81121561167f565b9396959091965f976001835b61171757505050505050505060019190565b5f999192939495969799198501918583116101b857826005029260058404036101b857826002019a8b6002116101b85761177a6117586104dc8e8c896110ae565b6001600160401b03166001600160401b036117738285610e5c565b1692610e1d565b93600188016002119c8d6101b8576001600160401b0361179d60018b018a6110db565b511660038301908183116101b8576108c96104dc6117bc938f8c6110ae565b600583018083116101b8576004916116456104dc8f936117dc948d6110ae565b92018091116101b8576117fa926108c96104dc61166f938e8b6110ae565b5f81128015611861575b61184f5790610801836001600160401b0361181f94166111a7565b996101b85761183c611842916103b56104dc600189018a8d6110ae565b946110a2565b9291909695949383611705565b5050505050505050505090505f905f90565b505f9b506118766104dc600189018a8d6110ae565b60070b81121561180456",
}

// OneStepVerifier is an auto generated Go binding around an Ethereum contract.
type OneStepVerifier struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *OneStepVerifier) GetABI() abi.ABI {
	return c.abi
}

// NewOneStepVerifier creates a new instance of OneStepVerifier.
func NewOneStepVerifier() *OneStepVerifier {
	parsed, err := OneStepVerifierMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &OneStepVerifier{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *OneStepVerifier) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackElementValue is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfbf4f2f1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function elementValue((uint16,int64[],(uint32,uint8,bool,uint8,int64[])[],(uint32,uint8,bool,uint8,int64[])) d, uint64 j, (uint8,uint64,int64[4])[] leaves) pure returns(int64)
func (oneStepVerifier *OneStepVerifier) PackElementValue(d OneStepVerifierStepDesc, j uint64, leaves []OneStepVerifierLeaf) []byte {
	enc, err := oneStepVerifier.abi.Pack("elementValue", d, j, leaves)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackElementValue is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfbf4f2f1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function elementValue((uint16,int64[],(uint32,uint8,bool,uint8,int64[])[],(uint32,uint8,bool,uint8,int64[])) d, uint64 j, (uint8,uint64,int64[4])[] leaves) pure returns(int64)
func (oneStepVerifier *OneStepVerifier) TryPackElementValue(d OneStepVerifierStepDesc, j uint64, leaves []OneStepVerifierLeaf) ([]byte, error) {
	return oneStepVerifier.abi.Pack("elementValue", d, j, leaves)
}

// UnpackElementValue is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfbf4f2f1.
//
// Solidity: function elementValue((uint16,int64[],(uint32,uint8,bool,uint8,int64[])[],(uint32,uint8,bool,uint8,int64[])) d, uint64 j, (uint8,uint64,int64[4])[] leaves) pure returns(int64)
func (oneStepVerifier *OneStepVerifier) UnpackElementValue(data []byte) (int64, error) {
	out, err := oneStepVerifier.abi.Unpack("elementValue", data)
	if err != nil {
		return *new(int64), err
	}
	out0 := *abi.ConvertType(out[0], new(int64)).(*int64)
	return out0, nil
}

// PackIsSupported is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3a565169.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isSupported(uint16 op) pure returns(bool)
func (oneStepVerifier *OneStepVerifier) PackIsSupported(op uint16) []byte {
	enc, err := oneStepVerifier.abi.Pack("isSupported", op)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsSupported is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3a565169.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isSupported(uint16 op) pure returns(bool)
func (oneStepVerifier *OneStepVerifier) TryPackIsSupported(op uint16) ([]byte, error) {
	return oneStepVerifier.abi.Pack("isSupported", op)
}

// UnpackIsSupported is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3a565169.
//
// Solidity: function isSupported(uint16 op) pure returns(bool)
func (oneStepVerifier *OneStepVerifier) UnpackIsSupported(data []byte) (bool, error) {
	out, err := oneStepVerifier.abi.Unpack("isSupported", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (oneStepVerifier *OneStepVerifier) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], oneStepVerifier.abi.Errors["BadStep"].ID.Bytes()[:4]) {
		return oneStepVerifier.UnpackBadStepError(raw[4:])
	}
	if bytes.Equal(raw[:4], oneStepVerifier.abi.Errors["EmptyWindow"].ID.Bytes()[:4]) {
		return oneStepVerifier.UnpackEmptyWindowError(raw[4:])
	}
	if bytes.Equal(raw[:4], oneStepVerifier.abi.Errors["LeavesNotSorted"].ID.Bytes()[:4]) {
		return oneStepVerifier.UnpackLeavesNotSortedError(raw[4:])
	}
	if bytes.Equal(raw[:4], oneStepVerifier.abi.Errors["MissingInput"].ID.Bytes()[:4]) {
		return oneStepVerifier.UnpackMissingInputError(raw[4:])
	}
	if bytes.Equal(raw[:4], oneStepVerifier.abi.Errors["Overflow"].ID.Bytes()[:4]) {
		return oneStepVerifier.UnpackOverflowError(raw[4:])
	}
	if bytes.Equal(raw[:4], oneStepVerifier.abi.Errors["UnsupportedOp"].ID.Bytes()[:4]) {
		return oneStepVerifier.UnpackUnsupportedOpError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// OneStepVerifierBadStep represents a BadStep error raised by the OneStepVerifier contract.
type OneStepVerifierBadStep struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadStep()
func OneStepVerifierBadStepErrorID() common.Hash {
	return common.HexToHash("0xb3d246f3d786f69e291bb8e4516fd4a559f901fb141700f110be301b637c363a")
}

// UnpackBadStepError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadStep()
func (oneStepVerifier *OneStepVerifier) UnpackBadStepError(raw []byte) (*OneStepVerifierBadStep, error) {
	out := new(OneStepVerifierBadStep)
	if err := oneStepVerifier.abi.UnpackIntoInterface(out, "BadStep", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OneStepVerifierEmptyWindow represents a EmptyWindow error raised by the OneStepVerifier contract.
type OneStepVerifierEmptyWindow struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EmptyWindow()
func OneStepVerifierEmptyWindowErrorID() common.Hash {
	return common.HexToHash("0xd2c03677e0649ecb580d221aa1dbc03465ff466cec222ee625aae0336ff59a88")
}

// UnpackEmptyWindowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EmptyWindow()
func (oneStepVerifier *OneStepVerifier) UnpackEmptyWindowError(raw []byte) (*OneStepVerifierEmptyWindow, error) {
	out := new(OneStepVerifierEmptyWindow)
	if err := oneStepVerifier.abi.UnpackIntoInterface(out, "EmptyWindow", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OneStepVerifierLeavesNotSorted represents a LeavesNotSorted error raised by the OneStepVerifier contract.
type OneStepVerifierLeavesNotSorted struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error LeavesNotSorted()
func OneStepVerifierLeavesNotSortedErrorID() common.Hash {
	return common.HexToHash("0xc779a1429a9e81897307b95c483b6cfd7f47cd618df6ebfa2628e74a6fb8a2fb")
}

// UnpackLeavesNotSortedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error LeavesNotSorted()
func (oneStepVerifier *OneStepVerifier) UnpackLeavesNotSortedError(raw []byte) (*OneStepVerifierLeavesNotSorted, error) {
	out := new(OneStepVerifierLeavesNotSorted)
	if err := oneStepVerifier.abi.UnpackIntoInterface(out, "LeavesNotSorted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OneStepVerifierMissingInput represents a MissingInput error raised by the OneStepVerifier contract.
type OneStepVerifierMissingInput struct {
	Input uint8
	Index uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MissingInput(uint8 input, uint64 index)
func OneStepVerifierMissingInputErrorID() common.Hash {
	return common.HexToHash("0xbd18d057951d4df25863259f4dbd1b0329ab9c10b72c93d9ee6f1602b132bbf8")
}

// UnpackMissingInputError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MissingInput(uint8 input, uint64 index)
func (oneStepVerifier *OneStepVerifier) UnpackMissingInputError(raw []byte) (*OneStepVerifierMissingInput, error) {
	out := new(OneStepVerifierMissingInput)
	if err := oneStepVerifier.abi.UnpackIntoInterface(out, "MissingInput", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OneStepVerifierOverflow represents a Overflow error raised by the OneStepVerifier contract.
type OneStepVerifierOverflow struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Overflow()
func OneStepVerifierOverflowErrorID() common.Hash {
	return common.HexToHash("0x35278d127e53c148a0565944278d7e3633ce8d20f99f96aa81dc51a2ab474200")
}

// UnpackOverflowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Overflow()
func (oneStepVerifier *OneStepVerifier) UnpackOverflowError(raw []byte) (*OneStepVerifierOverflow, error) {
	out := new(OneStepVerifierOverflow)
	if err := oneStepVerifier.abi.UnpackIntoInterface(out, "Overflow", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OneStepVerifierUnsupportedOp represents a UnsupportedOp error raised by the OneStepVerifier contract.
type OneStepVerifierUnsupportedOp struct {
	Op uint16
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnsupportedOp(uint16 op)
func OneStepVerifierUnsupportedOpErrorID() common.Hash {
	return common.HexToHash("0xfee50f2668615e92f1e781e77a71c42f7adb56aa7af88b52152643cb7d425c3d")
}

// UnpackUnsupportedOpError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnsupportedOp(uint16 op)
func (oneStepVerifier *OneStepVerifier) UnpackUnsupportedOpError(raw []byte) (*OneStepVerifierUnsupportedOp, error) {
	out := new(OneStepVerifierUnsupportedOp)
	if err := oneStepVerifier.abi.UnpackIntoInterface(out, "UnsupportedOp", raw); err != nil {
		return nil, err
	}
	return out, nil
}
