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
	ABI: "[{\"inputs\":[],\"name\":\"BadStep\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EmptyWindow\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"LeavesNotSorted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"input\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"}],\"name\":\"MissingInput\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"Overflow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"op\",\"type\":\"uint16\"}],\"name\":\"UnsupportedOp\",\"type\":\"error\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint16\",\"name\":\"op\",\"type\":\"uint16\"},{\"internalType\":\"int64[]\",\"name\":\"args\",\"type\":\"int64[]\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"slot\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"scale\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"isInt\",\"type\":\"bool\"},{\"internalType\":\"uint8\",\"name\":\"dtype\",\"type\":\"uint8\"},{\"internalType\":\"int64[]\",\"name\":\"shape\",\"type\":\"int64[]\"}],\"internalType\":\"structOneStepVerifier.SlotDesc[]\",\"name\":\"ins\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"slot\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"scale\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"isInt\",\"type\":\"bool\"},{\"internalType\":\"uint8\",\"name\":\"dtype\",\"type\":\"uint8\"},{\"internalType\":\"int64[]\",\"name\":\"shape\",\"type\":\"int64[]\"}],\"internalType\":\"structOneStepVerifier.SlotDesc\",\"name\":\"out\",\"type\":\"tuple\"}],\"internalType\":\"structOneStepVerifier.StepDesc\",\"name\":\"d\",\"type\":\"tuple\"},{\"internalType\":\"uint64\",\"name\":\"j\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"from\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"to\",\"type\":\"uint64\"},{\"internalType\":\"int256\",\"name\":\"start\",\"type\":\"int256\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"input\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"leaf\",\"type\":\"uint64\"},{\"internalType\":\"int64[4]\",\"name\":\"values\",\"type\":\"int64[4]\"}],\"internalType\":\"structOneStepVerifier.Leaf[]\",\"name\":\"leaves\",\"type\":\"tuple[]\"}],\"name\":\"accumulate\",\"outputs\":[{\"internalType\":\"int256\",\"name\":\"\",\"type\":\"int256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint16\",\"name\":\"op\",\"type\":\"uint16\"},{\"internalType\":\"int64[]\",\"name\":\"args\",\"type\":\"int64[]\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"slot\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"scale\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"isInt\",\"type\":\"bool\"},{\"internalType\":\"uint8\",\"name\":\"dtype\",\"type\":\"uint8\"},{\"internalType\":\"int64[]\",\"name\":\"shape\",\"type\":\"int64[]\"}],\"internalType\":\"structOneStepVerifier.SlotDesc[]\",\"name\":\"ins\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"slot\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"scale\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"isInt\",\"type\":\"bool\"},{\"internalType\":\"uint8\",\"name\":\"dtype\",\"type\":\"uint8\"},{\"internalType\":\"int64[]\",\"name\":\"shape\",\"type\":\"int64[]\"}],\"internalType\":\"structOneStepVerifier.SlotDesc\",\"name\":\"out\",\"type\":\"tuple\"}],\"internalType\":\"structOneStepVerifier.StepDesc\",\"name\":\"d\",\"type\":\"tuple\"},{\"internalType\":\"uint64\",\"name\":\"j\",\"type\":\"uint64\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"input\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"leaf\",\"type\":\"uint64\"},{\"internalType\":\"int64[4]\",\"name\":\"values\",\"type\":\"int64[4]\"}],\"internalType\":\"structOneStepVerifier.Leaf[]\",\"name\":\"leaves\",\"type\":\"tuple[]\"}],\"name\":\"elementValue\",\"outputs\":[{\"internalType\":\"int64\",\"name\":\"\",\"type\":\"int64\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint16\",\"name\":\"op\",\"type\":\"uint16\"},{\"internalType\":\"int64[]\",\"name\":\"args\",\"type\":\"int64[]\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"slot\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"scale\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"isInt\",\"type\":\"bool\"},{\"internalType\":\"uint8\",\"name\":\"dtype\",\"type\":\"uint8\"},{\"internalType\":\"int64[]\",\"name\":\"shape\",\"type\":\"int64[]\"}],\"internalType\":\"structOneStepVerifier.SlotDesc[]\",\"name\":\"ins\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"slot\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"scale\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"isInt\",\"type\":\"bool\"},{\"internalType\":\"uint8\",\"name\":\"dtype\",\"type\":\"uint8\"},{\"internalType\":\"int64[]\",\"name\":\"shape\",\"type\":\"int64[]\"}],\"internalType\":\"structOneStepVerifier.SlotDesc\",\"name\":\"out\",\"type\":\"tuple\"}],\"internalType\":\"structOneStepVerifier.StepDesc\",\"name\":\"d\",\"type\":\"tuple\"},{\"internalType\":\"int256\",\"name\":\"acc\",\"type\":\"int256\"}],\"name\":\"finishReduction\",\"outputs\":[{\"internalType\":\"int64\",\"name\":\"\",\"type\":\"int64\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"op\",\"type\":\"uint16\"}],\"name\":\"isSupported\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint16\",\"name\":\"op\",\"type\":\"uint16\"},{\"internalType\":\"int64[]\",\"name\":\"args\",\"type\":\"int64[]\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"slot\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"scale\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"isInt\",\"type\":\"bool\"},{\"internalType\":\"uint8\",\"name\":\"dtype\",\"type\":\"uint8\"},{\"internalType\":\"int64[]\",\"name\":\"shape\",\"type\":\"int64[]\"}],\"internalType\":\"structOneStepVerifier.SlotDesc[]\",\"name\":\"ins\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"slot\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"scale\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"isInt\",\"type\":\"bool\"},{\"internalType\":\"uint8\",\"name\":\"dtype\",\"type\":\"uint8\"},{\"internalType\":\"int64[]\",\"name\":\"shape\",\"type\":\"int64[]\"}],\"internalType\":\"structOneStepVerifier.SlotDesc\",\"name\":\"out\",\"type\":\"tuple\"}],\"internalType\":\"structOneStepVerifier.StepDesc\",\"name\":\"d\",\"type\":\"tuple\"},{\"internalType\":\"uint64\",\"name\":\"j\",\"type\":\"uint64\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"input\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"leaf\",\"type\":\"uint64\"},{\"internalType\":\"int64[4]\",\"name\":\"values\",\"type\":\"int64[4]\"}],\"internalType\":\"structOneStepVerifier.Leaf[]\",\"name\":\"leaves\",\"type\":\"tuple[]\"}],\"name\":\"reductionBias\",\"outputs\":[{\"internalType\":\"int256\",\"name\":\"\",\"type\":\"int256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint16\",\"name\":\"op\",\"type\":\"uint16\"},{\"internalType\":\"int64[]\",\"name\":\"args\",\"type\":\"int64[]\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"slot\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"scale\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"isInt\",\"type\":\"bool\"},{\"internalType\":\"uint8\",\"name\":\"dtype\",\"type\":\"uint8\"},{\"internalType\":\"int64[]\",\"name\":\"shape\",\"type\":\"int64[]\"}],\"internalType\":\"structOneStepVerifier.SlotDesc[]\",\"name\":\"ins\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"slot\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"scale\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"isInt\",\"type\":\"bool\"},{\"internalType\":\"uint8\",\"name\":\"dtype\",\"type\":\"uint8\"},{\"internalType\":\"int64[]\",\"name\":\"shape\",\"type\":\"int64[]\"}],\"internalType\":\"structOneStepVerifier.SlotDesc\",\"name\":\"out\",\"type\":\"tuple\"}],\"internalType\":\"structOneStepVerifier.StepDesc\",\"name\":\"d\",\"type\":\"tuple\"}],\"name\":\"reductionTerms\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"pure\",\"type\":\"function\"}]",
	ID:  "OneStepVerifier",
	Bin: "0x608080604052346015576121b7908161001a8239f35b5f80fdfe6102806040526004361015610012575f80fd5b5f3560e01c80631ff1b325146102a85780633a565169146101d35780634ac6a6cb1461013357806367d6931b1461010f578063b7c0f87d146100875763fbf4f2f11461005c575f80fd5b3461008357602061007861006f36610327565b92919091610d50565b6040519060070b8152f35b5f80fd5b34610083576040366003190112610083576004356001600160401b03811161008357608060031982360301126100835760243560016001607f1b03811380156100fe575b6100ef576100ea610078916100e4602094600401611b87565b90611c01565b611c74565b631a93c68960e11b5f5260045ffd5b5060016001607f1b031981126100cb565b3461008357602061012b61012236610327565b92919091610c63565b604051908152f35b346100835760c0366003190112610083576004356001600160401b038111610083576080600319823603011261008357602435906001600160401b0382168203610083576044356001600160401b038116810361008357606435926001600160401b03841684036100835760a435926001600160401b038411610083576020946101c461012b9536906004016102f7565b9490936084359360040161061f565b346100835760203660031901126100835760043561ffff8116809103610083578060016020921490811561029d575b8115610292575b8115610287575b811561027c575b8115610271575b8115610266575b811561025b575b8115610250575b8115610245575b506040519015158152f35b60119150148261023a565b601081149150610233565b600f8114915061022c565b600881149150610225565b60078114915061021e565b600681149150610217565b600481149150610210565b600381149150610209565b600281149150610202565b34610083576020366003190112610083576004356001600160401b0381116100835760806003198236030112610083576102e660209160040161048d565b6001600160401b0360405191168152f35b9181601f84011215610083578235916001600160401b0383116100835760208085019460c0850201011161008357565b6060600319820112610083576004356001600160401b038111610083576080818303600319011261008357600401916024356001600160401b03811681036100835791604435906001600160401b03821161008357610388916004016102f7565b9091565b3561ffff811681036100835790565b903590601e198136030182121561008357018035906001600160401b03821161008357602001918160051b3603831361008357565b903590609e1981360301821215610083570190565b919082039182116103f257565b634e487b7160e01b5f52601160045260245ffd5b91908110156104165760051b0190565b634e487b7160e01b5f52603260045260245ffd5b358060070b81036100835790565b906001600160401b0316908115610456576001600160401b03160490565b634e487b7160e01b5f52601260045260245ffd5b906001600160401b03809116911602906001600160401b0382169182036103f257565b600f61ffff61049b8361038c565b16146105bc57601061ffff6104af8361038c565b16146104ba57505f90565b60408101906104c9828261039b565b15610416576104db816104e5926103d0565b608081019061039b565b600110156104165760206104f9910161042a565b6001600160401b031661050f602083018361039b565b91909115610416576105236105329261042a565b6001600160401b031690610438565b916002925b610541828461039b565b60011015610416576104db81602061055a9301906103d0565b90508410156105b55761056d828461039b565b600110156104165760019161059e610599876105936104db8660206105ad9801906103d0565b90610406565b61042a565b6001600160401b03169061046a565b930192610537565b9250505090565b60408101906105cb828261039b565b15610416576105e06104db826105e8936103d0565b93909261039b565b15610416576104db816105fa926103d0565b5f198101915081116103f2576106139261059992610406565b6001600160401b031690565b95919490926102205261016052610140526106406101405161016051611711565b6001600160401b0361022051166001600160401b038416118015610c0c575b6109fc5760016001607f1b0382138015610bfb575b6100ef57610693606085019161068d6104db84886103d0565b916117be565b60e052600f61ffff6106a48661038c565b1614610a3b5750601061ffff6106b98561038c565b16146106de5761ffff6106cb8461038c565b637f72879360e11b5f521660045260245ffd5b91604081016106ed818361039b565b91909115610416576107056104db83610713946103d0565b61020052610120528261039b565b60019291921015610416576107326104db8360206107439501906103d0565b6101005260c052602081019061039b565b918260011015610416576001600160401b036107616020840161042a565b1690600282018083116103f25780610200511490811591610a2d575b508015610a0b575b6109fc576102005160011015610416576107a46020610120510161042a565b6001600160401b03168415610416576107c0906105238561042a565b6101c0526001610240526001610260525f5b82811061098957506001600160401b036107ed60e051610c32565b51166101a05261010051156104165761082c61082361081160c0969594965161042a565b6001600160401b03166105238561042a565b6101a051610438565b610180526101e0525b6001600160401b0361022051166001600160401b036101e051161061085a5750505090565b90919261086d610260516101e051610438565b9061087e610260516101e0516117a0565b61089c868260e05188886101005160c0516102005161012051611ea6565b93901561097f576001600160401b036108b660e051610c42565b511661020051600110156104165761094661095c9361091361092a61091d610962996109136108f16109539861059e6020610120510161042a565b6109188a610913610240519361090d6101c0516101805161046a565b90611876565b611876565b61046a565b6101405161016051611a28565b60070b9461091861026051916109136101c0516101a05161046a565b6101405161016051611ab1565b60070b90611896565b90611e73565b925b6001600160401b0360016101e05101166101e0529190610835565b5050939050610964565b806002016002116103f257806109c36109b16105996001946002016102005161012051610406565b6001600160401b03166102405161046a565b610240526109f26109e0610599836002016101005160c051610406565b6001600160401b03166102605161046a565b61026052016107d2565b63b3d246f360e01b5f5260045ffd5b50816003026003810483036103f257600201806002116103f257841415610785565b90506101005114155f61077d565b9192909260408201610a4d818461039b565b9390931561041657610a656104db85610a6e966103d0565b9490928261039b565b60011015610416576104db610a8d6104db836020610a959501906103d0565b9790936103d0565b9290505f1985018581116103f257610599610ab1918784610406565b6001600160401b0316955f1981018181116103f257610599610ad4918386610406565b6001600160401b0316956001198101928184116103f2576001198601938685116103f257610918610b209261059e6105998d94610b3f97610b1a60e0518c848489611de8565b94610406565b61090d896001600160401b03610b388760e051610c4f565b511661046a565b966001198201918083116103f257610b64948894610918946109189360e05193611de8565b5f1982019182116103f2576001600160401b03610b8a610b929360e09796959751610c4f565b511690611876565b6001600160401b0361022051166001600160401b03851610610bb5575050505090565b909192936001610bf06001600160401b039261095c610bd761091d8a8a611876565b60070b610953610946610bea8a8d61046a565b89611876565b950116929190610b92565b5060016001607f1b03198212610674565b506001600160401b03610c1e8561048d565b166001600160401b0361022051161161065f565b8051600110156104165760400190565b8051156104165760200190565b80518210156104165760209160051b010190565b939290610c708284611711565b60408501906003610c81838861039b565b905010610d4757610c9d606087019161068d6104db848a6103d0565b91600f61ffff610cac8961038c565b1614610cf9575050601061ffff610cc28761038c565b1614610cd45761ffff6106cb8661038c565b610cf3939450610ceb6001600160401b0391610c32565b511691611957565b60070b90565b610d089087969793929361039b565b6002939193101561041657610cf395610d396104db610d316104db876040610d419901906103d0565b9490936103d0565b9290916118c5565b91611957565b505f9450505050565b610200526101208290526101008390529291610d6b91611711565b610d776102005161038c565b9160606102005101610d8f6104db82610200516103d0565b92909161ffff861695600187146116e957600887146116bd576002871480156116b3575b80156116a9575b801561169f575b8015611695575b61160a5750600f86146113b65750601085146110215760118514610df95784637f72879360e11b5f5260045260245ffd5b610e049394506117be565b610e17604061020051016102005161039b565b15610416576104db81610e29926103d0565b91610e3d602061020051016102005161039b565b918260011015610416576001600160401b03610e5b6020840161042a565b1690600282018083116103f2578614801590610fff575b6109fc57600193845f5b848110610faa57506001600160401b03610e9584610c42565b511690886001101561041657610918610ebf610ed09361059e60208c9b9a9d9c999897990161042a565b6001600160401b03610b8a86610c32565b92677fffffffffffffff19975f975f975b6001600160401b0388166001600160401b038a1610610f1a5750505050505050505015610f0b5790565b63d2c0367760e01b5f5260045ffd5b909192939495969798610f32878b888888888861202f565b9015610f9757610f45610f52918a611876565b6101005161012051611a28565b90158015610f88575b610f80575b506001600160401b03806001809b5b011698979695949392919050610ee1565b99505f610f60565b508a60070b8160070b13610f5b565b50986001600160401b0360018192610f6f565b95908660020190816002116103f25761059e610599610fca938c8c610406565b90866005026005810488036103f257600201806002116103f25760019161059e610599610ff893878b610406565b9601610e7c565b50816005026005810483036103f257600201806002116103f257841415610e72565b61102c9394506117be565b60a0525f60406102005101906003611047836102005161039b565b905014611388575b61105b6102005161048d565b6101c05261022052611070816102005161039b565b91909115610416576110886104db83611098946103d0565b6102405260e0526102005161039b565b60011015610416576104db8160206110b19301906103d0565b60c0526080526110ca602061020051016102005161039b565b908160011015610416576001600160401b036110e86020830161042a565b16600281018082116103f2578061024051149081159161137b575b508015611359575b6109fc57610240516001101561041657611129602060e0510161042a565b6001600160401b0316831561041657611145906105238461042a565b6101805260016101a05260016101e0525f5b8181106112ed57506001600160401b0361117260a051610c32565b51166101605260c051156104165761119a61119161081160805161042a565b61016051610438565b610140525f610260525b6001600160401b036101c051166001600160401b036102605116106111e95750505061022051506111e66100ea6111dd61020051611b87565b61022051611c01565b90565b6111f96101e05161026051610438565b6112096101e051610260516117a0565b611225838260a051888860c0516080516102405160e051611ea6565b9290156112e5576001600160401b0361123f60a051610c42565b51166102405160011015610416576112b16112be93610913611295610f456112c7986109136112796109539861059e602060e0510161042a565b6109188a6109136101a0519361090d610180516101405161046a565b60070b946109186101e05191610913610180516101605161046a565b6101005161012051611ab1565b61022051611e73565b610220525b6001600160401b036001610260510116610260526111a4565b5050506112cc565b8060020190816002116103f25761134f61133d6105998461132e61131c6105996001986102405160e051610406565b6001600160401b03166101a05161046a565b6101a05260c051608051610406565b6001600160401b03166101e05161046a565b6101e05201611157565b50806003026003810482036103f257600201806002116103f25783141561110b565b905060c05114155f611103565b506113ae6001600160401b0361139f60a051610c32565b51166101005161012051611957565b60070b61104f565b939450906113c492916117be565b905f90604061020051019060036113de836102005161039b565b9050146115b4575b6113f26102005161048d565b9293611401836102005161039b565b93909315610416576114196104db85611425966103d0565b9490916102005161039b565b60019491941015610416576114536114476104db8660206104db9801906103d0565b959092610200516103d0565b9290505f1986018681116103f25761059961146f918884610406565b6001600160401b0316945f1981018181116103f257610599611492918386610406565b6001600160401b0316966001198101928184116103f2576001198601938685116103f2576109188261059e6105998487610b1a8f978f908d906114ee9c6114d89c611de8565b61090d886001600160401b03610b38878b610c4f565b956001198201918083116103f257868994610918946109189361151098611de8565b905f1981019081116103f257610b8a6001600160401b039161153494969596610c4f565b6001600160401b035f9416925b836001600160401b0386161061156b5750505050506100ea816111e692506100e461020051611b87565b909192939460016115a86001600160401b039261095c896109536112b16115a28b611599610f45868d611876565b60070b9461046a565b8a611876565b96011693929190611541565b91506115c3816102005161039b565b60021015610416576115f4846115e36104db8460406116019601906103d0565b90610d396104db88610200516103d0565b6101005161012051611957565b60070b916113e6565b92849596508094915061161c926117be565b926040610200510190611632826102005161039b565b1561041657611656610f458784886116506104db87611660986103d0565b906118c5565b926102005161039b565b60011015610416576111e69561168f926116846104db8460206112b19601906103d0565b6102005198916118c5565b91611ca2565b5060078714610dc8565b5060068714610dc1565b5060048714610dba565b5060038714610db3565b50509150506116d59192506101005161012051611a28565b5f8160070b135f146116e45790565b505f90565b50509150506111e69192506101005161012051611a28565b91908110156104165760c0020190565b60015b82811061172057505050565b5f1981018181116103f25761173961173e918585611701565b611db6565b61174c611739838686611701565b111561175a57600101611714565b6363bcd0a160e11b5f5260045ffd5b6001600160401b0381116117805760051b60200190565b634e487b7160e01b5f52604160045260245ffd5b80156103f2575f190190565b906001600160401b0316908115610456576001600160401b03160690565b9291906117ca82611769565b6040519290601f01601f191683016001600160401b0381118482101761178057604052808352601f196117fc82611769565b0136602085013782948190815b611814575050505050565b5f1982018281116103f25761182d610599828688610406565b6001600160401b031680156109fc5782611869926001600160401b036118606118598561186f986117a0565b928b610c4f565b91169052610438565b91611794565b9081611809565b906001600160401b03809116911601906001600160401b0382116103f257565b81810292915f8212600160ff1b8214166103f25781840514901517156103f257565b919082018092116103f257565b91509193926118d5835f966103e5565b905f935b8085106118e7575050505050565b90919293956119296001916109136119036105998b878b610406565b918a886001600160401b03851687036119345750505f926001600160401b03169061046a565b9601939291906118d9565b61194961194f916001600160401b03936118b8565b89610c4f565b51169261059e565b6001600160401b03673fffffffffffffff8460021c16166802000000000000000017905f9483955b8681106119a7576001600160401b038663bd18d05760e01b5f5260026004521660245260445ffd5b6119b187826118b8565b60011c906119c3611739838887611701565b8581146119ec578511156119e55750600181018091116103f257955b9561197f565b96506119df565b505092509450916119fc92611701565b906004600382161015610416576111e691681fffffffffffffffe0606060409360051b1616010161042a565b6001600160401b03673fffffffffffffff8460021c1616905f9483955b868110611a6c576001600160401b038663bd18d05760e01b5f525f6004521660245260445ffd5b611a7687826118b8565b60011c90611a88611739838887611701565b8581146119ec57851115611aaa5750600181018091116103f257955b95611a45565b9650611aa4565b6001600160401b03673fffffffffffffff8460021c16166801000000000000000017905f9483955b868110611b01576001600160401b038663bd18d05760e01b5f5260016004521660245260445ffd5b611b0b87826118b8565b60011c90611b1d611739838887611701565b8581146119ec57851115611b3f5750600181018091116103f257955b95611ad9565b9650611b39565b3560ff811681036100835790565b9190915f83820193841291129080158216911516176103f257565b81810392915f1380158285131691841216176103f257565b6040810190611b96828261039b565b156104165760ff611bb56020611baf84611bbd956103d0565b01611b46565b16928261039b565b6001101561041657611bfa6020611baf611bef6111e69660ff611be885611baf8982859b01906103d0565b1690611b54565b9460608101906103d0565b1690611b6f565b908015611c70575f811380611c66575b611c43575b5f81128015611c39575b611c28571d90565b505f1315611c35575f1990565b5f90565b50607f8113611c20565b905f198201906001838313166103f2576001611c60921b90611e73565b90611c16565b5060808112611c11565b5090565b677fffffffffffffff81138015611c90575b6100ef5760070b90565b50677fffffffffffffff198112611c86565b90919061ffff1660028114611d9f5760038114611d885760068114611d7157600714611d565790611cd99160070b9060070b611896565b60408201611ce7818461039b565b156104165760ff611d006020611baf84611d08956103d0565b16918461039b565b600194919410156104165760ff611bfa6020611baf611bef611d399685611be885611baf8d826111e69f01906103d0565b5f8113611d47575b50611c74565b611d5091611c01565b5f611d41565b9091508060070b8260070b125f14611d6c575090565b905090565b509091508060070b8260070b135f14611d6c575090565b506111e69250906100ea9160070b9060070b611b6f565b506111e69250906100ea9160070b9060070b611b54565b602068ff0000000000000000611dcb83611b46565b60401b16910135906001600160401b038216809203610083571790565b929493611df6835f976103e5565b915f945b848610611e0957505050505050565b909192939496611e4c600191610913611e266105998c8888610406565b918b896001600160401b0385168703611e585750505f926001600160401b03169061046a565b97019493929190611dfa565b611e6d61194f916001600160401b03936118b8565b8a610c4f565b90611e7d91611b54565b9060016001607f1b0382138015611e95575b6100ef57565b5060016001607f1b03198212611e8f565b969897939190949592955f996001865b611eca575050505050505050505060019190565b5f1987019b878d116103f257600188016002116103f257611f17611ef561059960018b018d89610406565b6001600160401b03166001600160401b03611f1082876117a0565b1694610438565b925f9d6001600160401b03611f2f60018c018b610c4f565b5116816003029160038304036103f2578160020190816002116103f257610953610599611f5d938a8d610406565b8160040190816004116103f257611f7b610599611f84938a8d610406565b60070b90611b6f565b90600301806003116103f257611fab92610953610599611fa5938a8d610406565b90611b54565b5f8112801561200f575b611ffb579061090d836001600160401b03611fd0941661046a565b9b6103f257611fee611ff49161059e6105998d8c60018d0191610406565b96611794565b9586611eb6565b50505050505050505050505090505f905f90565b505f9d5061202461059960018b018c8f610406565b60070b811215611fb5565b9396959091965f976001835b61204d57505050505050505060019190565b5f999192939495969799198501918583116103f257826005029260058404036103f257826002019a8b6002116103f2576120b061208e6105998e8c89610406565b6001600160401b03166001600160401b036120a982856117a0565b1692610438565b93600188016002119c8d6103f2576001600160401b036120d360018b018a610c4f565b511660038301908183116103f2576109536105996120f2938f8c610406565b600583018083116103f257600491611f7b6105998f93612112948d610406565b92018091116103f25761213092610953610599611fa5938e8b610406565b5f81128015612197575b612185579061090d836001600160401b03612155941661046a565b996103f2576121726121789161059e610599600189018a8d610406565b94611794565b929190969594938361203b565b5050505050505050505090505f905f90565b505f9b506121ac610599600189018a8d610406565b60070b81121561213a56",
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

// PackAccumulate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4ac6a6cb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function accumulate((uint16,int64[],(uint32,uint8,bool,uint8,int64[])[],(uint32,uint8,bool,uint8,int64[])) d, uint64 j, uint64 from, uint64 to, int256 start, (uint8,uint64,int64[4])[] leaves) pure returns(int256)
func (oneStepVerifier *OneStepVerifier) PackAccumulate(d OneStepVerifierStepDesc, j uint64, from uint64, to uint64, start *big.Int, leaves []OneStepVerifierLeaf) []byte {
	enc, err := oneStepVerifier.abi.Pack("accumulate", d, j, from, to, start, leaves)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAccumulate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4ac6a6cb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function accumulate((uint16,int64[],(uint32,uint8,bool,uint8,int64[])[],(uint32,uint8,bool,uint8,int64[])) d, uint64 j, uint64 from, uint64 to, int256 start, (uint8,uint64,int64[4])[] leaves) pure returns(int256)
func (oneStepVerifier *OneStepVerifier) TryPackAccumulate(d OneStepVerifierStepDesc, j uint64, from uint64, to uint64, start *big.Int, leaves []OneStepVerifierLeaf) ([]byte, error) {
	return oneStepVerifier.abi.Pack("accumulate", d, j, from, to, start, leaves)
}

// UnpackAccumulate is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4ac6a6cb.
//
// Solidity: function accumulate((uint16,int64[],(uint32,uint8,bool,uint8,int64[])[],(uint32,uint8,bool,uint8,int64[])) d, uint64 j, uint64 from, uint64 to, int256 start, (uint8,uint64,int64[4])[] leaves) pure returns(int256)
func (oneStepVerifier *OneStepVerifier) UnpackAccumulate(data []byte) (*big.Int, error) {
	out, err := oneStepVerifier.abi.Unpack("accumulate", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
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

// PackFinishReduction is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb7c0f87d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function finishReduction((uint16,int64[],(uint32,uint8,bool,uint8,int64[])[],(uint32,uint8,bool,uint8,int64[])) d, int256 acc) pure returns(int64)
func (oneStepVerifier *OneStepVerifier) PackFinishReduction(d OneStepVerifierStepDesc, acc *big.Int) []byte {
	enc, err := oneStepVerifier.abi.Pack("finishReduction", d, acc)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFinishReduction is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb7c0f87d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function finishReduction((uint16,int64[],(uint32,uint8,bool,uint8,int64[])[],(uint32,uint8,bool,uint8,int64[])) d, int256 acc) pure returns(int64)
func (oneStepVerifier *OneStepVerifier) TryPackFinishReduction(d OneStepVerifierStepDesc, acc *big.Int) ([]byte, error) {
	return oneStepVerifier.abi.Pack("finishReduction", d, acc)
}

// UnpackFinishReduction is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb7c0f87d.
//
// Solidity: function finishReduction((uint16,int64[],(uint32,uint8,bool,uint8,int64[])[],(uint32,uint8,bool,uint8,int64[])) d, int256 acc) pure returns(int64)
func (oneStepVerifier *OneStepVerifier) UnpackFinishReduction(data []byte) (int64, error) {
	out, err := oneStepVerifier.abi.Unpack("finishReduction", data)
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

// PackReductionBias is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x67d6931b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reductionBias((uint16,int64[],(uint32,uint8,bool,uint8,int64[])[],(uint32,uint8,bool,uint8,int64[])) d, uint64 j, (uint8,uint64,int64[4])[] leaves) pure returns(int256)
func (oneStepVerifier *OneStepVerifier) PackReductionBias(d OneStepVerifierStepDesc, j uint64, leaves []OneStepVerifierLeaf) []byte {
	enc, err := oneStepVerifier.abi.Pack("reductionBias", d, j, leaves)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReductionBias is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x67d6931b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reductionBias((uint16,int64[],(uint32,uint8,bool,uint8,int64[])[],(uint32,uint8,bool,uint8,int64[])) d, uint64 j, (uint8,uint64,int64[4])[] leaves) pure returns(int256)
func (oneStepVerifier *OneStepVerifier) TryPackReductionBias(d OneStepVerifierStepDesc, j uint64, leaves []OneStepVerifierLeaf) ([]byte, error) {
	return oneStepVerifier.abi.Pack("reductionBias", d, j, leaves)
}

// UnpackReductionBias is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x67d6931b.
//
// Solidity: function reductionBias((uint16,int64[],(uint32,uint8,bool,uint8,int64[])[],(uint32,uint8,bool,uint8,int64[])) d, uint64 j, (uint8,uint64,int64[4])[] leaves) pure returns(int256)
func (oneStepVerifier *OneStepVerifier) UnpackReductionBias(data []byte) (*big.Int, error) {
	out, err := oneStepVerifier.abi.Unpack("reductionBias", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackReductionTerms is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1ff1b325.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reductionTerms((uint16,int64[],(uint32,uint8,bool,uint8,int64[])[],(uint32,uint8,bool,uint8,int64[])) d) pure returns(uint64)
func (oneStepVerifier *OneStepVerifier) PackReductionTerms(d OneStepVerifierStepDesc) []byte {
	enc, err := oneStepVerifier.abi.Pack("reductionTerms", d)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReductionTerms is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1ff1b325.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reductionTerms((uint16,int64[],(uint32,uint8,bool,uint8,int64[])[],(uint32,uint8,bool,uint8,int64[])) d) pure returns(uint64)
func (oneStepVerifier *OneStepVerifier) TryPackReductionTerms(d OneStepVerifierStepDesc) ([]byte, error) {
	return oneStepVerifier.abi.Pack("reductionTerms", d)
}

// UnpackReductionTerms is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1ff1b325.
//
// Solidity: function reductionTerms((uint16,int64[],(uint32,uint8,bool,uint8,int64[])[],(uint32,uint8,bool,uint8,int64[])) d) pure returns(uint64)
func (oneStepVerifier *OneStepVerifier) UnpackReductionTerms(data []byte) (uint64, error) {
	out, err := oneStepVerifier.abi.Unpack("reductionTerms", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
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
