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
	ABI: "[{\"inputs\":[],\"name\":\"BadStep\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EmptyWindow\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"LeavesNotSorted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"input\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"}],\"name\":\"MissingInput\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"Overflow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"op\",\"type\":\"uint16\"}],\"name\":\"UnsupportedOp\",\"type\":\"error\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint16\",\"name\":\"op\",\"type\":\"uint16\"},{\"internalType\":\"int64[]\",\"name\":\"args\",\"type\":\"int64[]\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"slot\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"scale\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"isInt\",\"type\":\"bool\"},{\"internalType\":\"uint8\",\"name\":\"dtype\",\"type\":\"uint8\"},{\"internalType\":\"int64[]\",\"name\":\"shape\",\"type\":\"int64[]\"}],\"internalType\":\"structOneStepVerifier.SlotDesc[]\",\"name\":\"ins\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"slot\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"scale\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"isInt\",\"type\":\"bool\"},{\"internalType\":\"uint8\",\"name\":\"dtype\",\"type\":\"uint8\"},{\"internalType\":\"int64[]\",\"name\":\"shape\",\"type\":\"int64[]\"}],\"internalType\":\"structOneStepVerifier.SlotDesc\",\"name\":\"out\",\"type\":\"tuple\"}],\"internalType\":\"structOneStepVerifier.StepDesc\",\"name\":\"d\",\"type\":\"tuple\"},{\"internalType\":\"uint64\",\"name\":\"j\",\"type\":\"uint64\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"input\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"leaf\",\"type\":\"uint64\"},{\"internalType\":\"int64[4]\",\"name\":\"values\",\"type\":\"int64[4]\"}],\"internalType\":\"structOneStepVerifier.Leaf[]\",\"name\":\"leaves\",\"type\":\"tuple[]\"}],\"name\":\"elementValue\",\"outputs\":[{\"internalType\":\"int64\",\"name\":\"\",\"type\":\"int64\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint16\",\"name\":\"op\",\"type\":\"uint16\"},{\"internalType\":\"int64[]\",\"name\":\"args\",\"type\":\"int64[]\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"slot\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"scale\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"isInt\",\"type\":\"bool\"},{\"internalType\":\"uint8\",\"name\":\"dtype\",\"type\":\"uint8\"},{\"internalType\":\"int64[]\",\"name\":\"shape\",\"type\":\"int64[]\"}],\"internalType\":\"structOneStepVerifier.SlotDesc[]\",\"name\":\"ins\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"slot\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"scale\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"isInt\",\"type\":\"bool\"},{\"internalType\":\"uint8\",\"name\":\"dtype\",\"type\":\"uint8\"},{\"internalType\":\"int64[]\",\"name\":\"shape\",\"type\":\"int64[]\"}],\"internalType\":\"structOneStepVerifier.SlotDesc\",\"name\":\"out\",\"type\":\"tuple\"}],\"internalType\":\"structOneStepVerifier.StepDesc\",\"name\":\"d\",\"type\":\"tuple\"},{\"internalType\":\"int256\",\"name\":\"acc\",\"type\":\"int256\"}],\"name\":\"finishReduction\",\"outputs\":[{\"internalType\":\"int64\",\"name\":\"\",\"type\":\"int64\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"op\",\"type\":\"uint16\"}],\"name\":\"isSupported\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint16\",\"name\":\"op\",\"type\":\"uint16\"},{\"internalType\":\"int64[]\",\"name\":\"args\",\"type\":\"int64[]\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"slot\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"scale\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"isInt\",\"type\":\"bool\"},{\"internalType\":\"uint8\",\"name\":\"dtype\",\"type\":\"uint8\"},{\"internalType\":\"int64[]\",\"name\":\"shape\",\"type\":\"int64[]\"}],\"internalType\":\"structOneStepVerifier.SlotDesc[]\",\"name\":\"ins\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"slot\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"scale\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"isInt\",\"type\":\"bool\"},{\"internalType\":\"uint8\",\"name\":\"dtype\",\"type\":\"uint8\"},{\"internalType\":\"int64[]\",\"name\":\"shape\",\"type\":\"int64[]\"}],\"internalType\":\"structOneStepVerifier.SlotDesc\",\"name\":\"out\",\"type\":\"tuple\"}],\"internalType\":\"structOneStepVerifier.StepDesc\",\"name\":\"d\",\"type\":\"tuple\"},{\"internalType\":\"uint64\",\"name\":\"j\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"from\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"to\",\"type\":\"uint64\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"input\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"leaf\",\"type\":\"uint64\"},{\"internalType\":\"int64[4]\",\"name\":\"values\",\"type\":\"int64[4]\"}],\"internalType\":\"structOneStepVerifier.Leaf[]\",\"name\":\"leaves\",\"type\":\"tuple[]\"}],\"name\":\"partialSum\",\"outputs\":[{\"internalType\":\"int256\",\"name\":\"\",\"type\":\"int256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint16\",\"name\":\"op\",\"type\":\"uint16\"},{\"internalType\":\"int64[]\",\"name\":\"args\",\"type\":\"int64[]\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"slot\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"scale\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"isInt\",\"type\":\"bool\"},{\"internalType\":\"uint8\",\"name\":\"dtype\",\"type\":\"uint8\"},{\"internalType\":\"int64[]\",\"name\":\"shape\",\"type\":\"int64[]\"}],\"internalType\":\"structOneStepVerifier.SlotDesc[]\",\"name\":\"ins\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"slot\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"scale\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"isInt\",\"type\":\"bool\"},{\"internalType\":\"uint8\",\"name\":\"dtype\",\"type\":\"uint8\"},{\"internalType\":\"int64[]\",\"name\":\"shape\",\"type\":\"int64[]\"}],\"internalType\":\"structOneStepVerifier.SlotDesc\",\"name\":\"out\",\"type\":\"tuple\"}],\"internalType\":\"structOneStepVerifier.StepDesc\",\"name\":\"d\",\"type\":\"tuple\"},{\"internalType\":\"uint64\",\"name\":\"j\",\"type\":\"uint64\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"input\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"leaf\",\"type\":\"uint64\"},{\"internalType\":\"int64[4]\",\"name\":\"values\",\"type\":\"int64[4]\"}],\"internalType\":\"structOneStepVerifier.Leaf[]\",\"name\":\"leaves\",\"type\":\"tuple[]\"}],\"name\":\"reductionBias\",\"outputs\":[{\"internalType\":\"int256\",\"name\":\"\",\"type\":\"int256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint16\",\"name\":\"op\",\"type\":\"uint16\"},{\"internalType\":\"int64[]\",\"name\":\"args\",\"type\":\"int64[]\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"slot\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"scale\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"isInt\",\"type\":\"bool\"},{\"internalType\":\"uint8\",\"name\":\"dtype\",\"type\":\"uint8\"},{\"internalType\":\"int64[]\",\"name\":\"shape\",\"type\":\"int64[]\"}],\"internalType\":\"structOneStepVerifier.SlotDesc[]\",\"name\":\"ins\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"slot\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"scale\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"isInt\",\"type\":\"bool\"},{\"internalType\":\"uint8\",\"name\":\"dtype\",\"type\":\"uint8\"},{\"internalType\":\"int64[]\",\"name\":\"shape\",\"type\":\"int64[]\"}],\"internalType\":\"structOneStepVerifier.SlotDesc\",\"name\":\"out\",\"type\":\"tuple\"}],\"internalType\":\"structOneStepVerifier.StepDesc\",\"name\":\"d\",\"type\":\"tuple\"}],\"name\":\"reductionTerms\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"pure\",\"type\":\"function\"}]",
	ID:  "OneStepVerifier",
	Bin: "0x6080806040523460155761218f908161001a8239f35b5f80fdfe6102806040526004361015610012575f80fd5b5f3560e01c80631ff1b325146102a55780633a565169146101d057806367d6931b146101b4578063b7c0f87d1461012c578063ed5ebdc5146100875763fbf4f2f11461005c575f80fd5b3461008357602061007861006f36610324565b92919091610d28565b6040519060070b8152f35b5f80fd5b346100835760a0366003190112610083576004356001600160401b038111610083576080600319823603011261008357602435906001600160401b038216820361008357604435916001600160401b038316830361008357606435916001600160401b038316830361008357608435926001600160401b038411610083576020946101196101249536906004016102f4565b949093600401610753565b604051908152f35b34610083576040366003190112610083576004356001600160401b03811161008357608060031982360301126100835760243560016001607f1b03811380156101a3575b6101945761018f61007891610189602094600401611b3d565b90611bb7565b611c2a565b631a93c68960e11b5f5260045ffd5b5060016001607f1b03198112610170565b346100835760206101246101c736610324565b9291909161064d565b346100835760203660031901126100835760043561ffff8116809103610083578060016020921490811561029a575b811561028f575b8115610284575b8115610279575b811561026e575b8115610263575b8115610258575b811561024d575b8115610242575b506040519015158152f35b601191501482610237565b601081149150610230565b600f81149150610229565b600881149150610222565b60078114915061021b565b600681149150610214565b60048114915061020d565b600381149150610206565b6002811491506101ff565b34610083576020366003190112610083576004356001600160401b0381116100835760806003198236030112610083576102e360209160040161048a565b6001600160401b0360405191168152f35b9181601f84011215610083578235916001600160401b0383116100835760208085019460c0850201011161008357565b6060600319820112610083576004356001600160401b038111610083576080818303600319011261008357600401916024356001600160401b03811681036100835791604435906001600160401b03821161008357610385916004016102f4565b9091565b3561ffff811681036100835790565b903590601e198136030182121561008357018035906001600160401b03821161008357602001918160051b3603831361008357565b903590609e1981360301821215610083570190565b919082039182116103ef57565b634e487b7160e01b5f52601160045260245ffd5b91908110156104135760051b0190565b634e487b7160e01b5f52603260045260245ffd5b358060070b81036100835790565b906001600160401b0316908115610453576001600160401b03160490565b634e487b7160e01b5f52601260045260245ffd5b906001600160401b03809116911602906001600160401b0382169182036103ef57565b600f61ffff61049883610389565b16146105b957601061ffff6104ac83610389565b16146104b757505f90565b60408101906104c68282610398565b15610413576104d8816104e2926103cd565b6080810190610398565b600110156104135760206104f69101610427565b6001600160401b031661050c6020830183610398565b919091156104135761052061052f92610427565b6001600160401b031690610435565b916002925b61053e8284610398565b60011015610413576104d88160206105579301906103cd565b90508410156105b25761056a8284610398565b600110156104135760019161059b610596876105906104d88660206105aa9801906103cd565b90610403565b610427565b6001600160401b031690610467565b930192610534565b9250505090565b60408101906105c88282610398565b15610413576105dd6104d8826105e5936103cd565b939092610398565b15610413576104d8816105f7926103cd565b5f198101915081116103ef576106109261059692610403565b6001600160401b031690565b8051600110156104135760400190565b8051156104135760200190565b80518210156104135760209160051b010190565b93929061065a82846116e9565b6040850190600361066b8388610398565b90501061074a5761068d60608701916106876104d8848a6103cd565b91611796565b91600f61ffff61069c89610389565b16146106fc575050601061ffff6106b287610389565b16146106d75761ffff6106c486610389565b637f72879360e11b5f521660045260245ffd5b6106f69394506106ee6001600160401b039161061c565b51169161190d565b60070b90565b61070b90879697939293610398565b60029391931015610413576106f69561073c6104d86107346104d88760406107449901906103cd565b9490936103cd565b92909161187b565b9161190d565b505f9450505050565b949193909261022052610160526101405261077461014051610160516116e9565b6001600160401b0361022051166001600160401b038316118015610d02575b610b03576107ac60608401916106876104d884876103cd565b60e052600f61ffff6107bd85610389565b1614610b425750601061ffff6107d284610389565b16146107e45761ffff6106c483610389565b5f91604081016107f48183610398565b919091156104135761080c6104d88361081a946103cd565b610200526101205282610398565b60019291921015610413576108396104d883602061084a9501906103cd565b6101005260c0526020810190610398565b918260011015610413576001600160401b0361086860208401610427565b1690600282018083116103ef5780610200511490811591610b34575b508015610b12575b610b03576102005160011015610413576108ab60206101205101610427565b6001600160401b03168415610413576108c79061052085610427565b6101c0526001610240526001610260525f5b828110610a9057506001600160401b036108f460e05161061c565b51166101a05261010051156104135761093361092a61091860c09695949651610427565b6001600160401b031661052085610427565b6101a051610435565b610180526101e0525b6001600160401b0361022051166001600160401b036101e05116106109615750505090565b909192610974610260516101e051610435565b90610985610260516101e051611778565b6109a3868260e05188886101005160c0516102005161012051611e7e565b939015610a86576001600160401b036109bd60e05161062c565b5116610200516001101561041357610a4d610a6393610a1a610a31610a24610a6999610a1a6109f8610a5a9861059b60206101205101610427565b610a1f8a610a1a6102405193610a146101c05161018051610467565b9061185b565b61185b565b610467565b61014051610160516119de565b60070b94610a1f6102605191610a1a6101c0516101a051610467565b6101405161016051611a67565b60070b90611c58565b90611dc0565b925b6001600160401b0360016101e05101166101e052919061093c565b5050939050610a6b565b806002016002116103ef5780610aca610ab86105966001946002016102005161012051610403565b6001600160401b031661024051610467565b61024052610af9610ae7610596836002016101005160c051610403565b6001600160401b031661026051610467565b61026052016108d9565b63b3d246f360e01b5f5260045ffd5b50816003026003810483036103ef57600201806002116103ef5784141561088c565b90506101005114155f610884565b90915f9260408201610b548184610398565b9390931561041357610b6c6104d885610b75966103cd565b94909282610398565b60011015610413576104d8610b946104d8836020610b9c9501906103cd565b9790936103cd565b9290505f1985018581116103ef57610596610bb8918784610403565b6001600160401b0316955f1981018181116103ef57610596610bdb918386610403565b6001600160401b0316956001198101928184116103ef576001198601938685116103ef57610a1f610c279261059b6105968d94610c4697610c2160e0518c848489611df3565b94610403565b610a14896001600160401b03610c3f8760e051610639565b5116610467565b966001198201918083116103ef57610c6b948894610a1f94610a1f9360e05193611df3565b5f1982019182116103ef576001600160401b03610c91610c999360e09796959751610639565b51169061185b565b6001600160401b0361022051166001600160401b03851610610cbc575050505090565b909192936001610cf76001600160401b0392610a63610cde610a248a8a61185b565b60070b610a5a610a4d610cf18a8d610467565b8961185b565b950116929190610c99565b506001600160401b03610d148461048a565b166001600160401b03610220511611610793565b610200526101208290526101008390529291610d43916116e9565b610d4f61020051610389565b9160606102005101610d676104d882610200516103cd565b92909161ffff861695600187146116c157600887146116955760028714801561168b575b8015611681575b8015611677575b801561166d575b6115e25750600f861461138e575060108514610ff95760118514610dd15784637f72879360e11b5f5260045260245ffd5b610ddc939450611796565b610def6040610200510161020051610398565b15610413576104d881610e01926103cd565b91610e156020610200510161020051610398565b918260011015610413576001600160401b03610e3360208401610427565b1690600282018083116103ef578614801590610fd7575b610b0357600193845f5b848110610f8257506001600160401b03610e6d8461062c565b511690886001101561041357610a1f610e97610ea89361059b60208c9b9a9d9c9998979901610427565b6001600160401b03610c918661061c565b92677fffffffffffffff19975f975f975b6001600160401b0388166001600160401b038a1610610ef25750505050505050505015610ee35790565b63d2c0367760e01b5f5260045ffd5b909192939495969798610f0a878b8888888888612007565b9015610f6f57610f1d610f2a918a61185b565b61010051610120516119de565b90158015610f60575b610f58575b506001600160401b03806001809b5b011698979695949392919050610eb9565b99505f610f38565b508a60070b8160070b13610f33565b50986001600160401b0360018192610f47565b95908660020190816002116103ef5761059b610596610fa2938c8c610403565b90866005026005810488036103ef57600201806002116103ef5760019161059b610596610fd093878b610403565b9601610e54565b50816005026005810483036103ef57600201806002116103ef57841415610e4a565b611004939450611796565b60a0525f6040610200510190600361101f8361020051610398565b905014611360575b6110336102005161048a565b6101c052610220526110488161020051610398565b91909115610413576110606104d883611070946103cd565b6102405260e05261020051610398565b60011015610413576104d88160206110899301906103cd565b60c0526080526110a26020610200510161020051610398565b908160011015610413576001600160401b036110c060208301610427565b16600281018082116103ef5780610240511490811591611353575b508015611331575b610b0357610240516001101561041357611101602060e05101610427565b6001600160401b031683156104135761111d9061052084610427565b6101805260016101a05260016101e0525f5b8181106112c557506001600160401b0361114a60a05161061c565b51166101605260c0511561041357611172611169610918608051610427565b61016051610435565b610140525f610260525b6001600160401b036101c051166001600160401b036102605116106111c15750505061022051506111be61018f6111b561020051611b3d565b61022051611bb7565b90565b6111d16101e05161026051610435565b6111e16101e05161026051611778565b6111fd838260a051888860c0516080516102405160e051611e7e565b9290156112bd576001600160401b0361121760a05161062c565b511661024051600110156104135761128961129693610a1a61126d610f1d61129f98610a1a611251610a5a9861059b602060e05101610427565b610a1f8a610a1a6101a05193610a146101805161014051610467565b60070b94610a1f6101e05191610a1a6101805161016051610467565b6101005161012051611a67565b61022051611dc0565b610220525b6001600160401b0360016102605101166102605261117c565b5050506112a4565b8060020190816002116103ef57611327611315610596846113066112f46105966001986102405160e051610403565b6001600160401b03166101a051610467565b6101a05260c051608051610403565b6001600160401b03166101e051610467565b6101e0520161112f565b50806003026003810482036103ef57600201806002116103ef578314156110e3565b905060c05114155f6110db565b506113866001600160401b0361137760a05161061c565b5116610100516101205161190d565b60070b611027565b9394509061139c9291611796565b905f90604061020051019060036113b68361020051610398565b90501461158c575b6113ca6102005161048a565b92936113d98361020051610398565b93909315610413576113f16104d8856113fd966103cd565b94909161020051610398565b600194919410156104135761142b61141f6104d88660206104d89801906103cd565b959092610200516103cd565b9290505f1986018681116103ef57610596611447918884610403565b6001600160401b0316945f1981018181116103ef5761059661146a918386610403565b6001600160401b0316966001198101928184116103ef576001198601938685116103ef57610a1f8261059b6105968487610c218f978f908d906114c69c6114b09c611df3565b610a14886001600160401b03610c3f878b610639565b956001198201918083116103ef57868994610a1f94610a1f936114e898611df3565b905f1981019081116103ef57610c916001600160401b039161150c94969596610639565b6001600160401b035f9416925b836001600160401b0386161061154357505050505061018f816111be925061018961020051611b3d565b909192939460016115806001600160401b0392610a6389610a5a61128961157a8b611571610f1d868d61185b565b60070b94610467565b8a61185b565b96011693929190611519565b915061159b8161020051610398565b60021015610413576115cc846115bb6104d88460406115d99601906103cd565b9061073c6104d888610200516103cd565b610100516101205161190d565b60070b916113be565b9284959650809491506115f492611796565b92604061020051019061160a8261020051610398565b156104135761162e610f1d8784886116286104d887611638986103cd565b9061187b565b9261020051610398565b60011015610413576111be956116679261165c6104d88460206112899601906103cd565b61020051989161187b565b91611c7a565b5060078714610da0565b5060068714610d99565b5060048714610d92565b5060038714610d8b565b50509150506116ad91925061010051610120516119de565b5f8160070b135f146116bc5790565b505f90565b50509150506111be91925061010051610120516119de565b91908110156104135760c0020190565b60015b8281106116f857505050565b5f1981018181116103ef576117116117169185856116d9565b611d8e565b6117246117118386866116d9565b1115611732576001016116ec565b6363bcd0a160e11b5f5260045ffd5b6001600160401b0381116117585760051b60200190565b634e487b7160e01b5f52604160045260245ffd5b80156103ef575f190190565b906001600160401b0316908115610453576001600160401b03160690565b9291906117a282611741565b6040519290601f01601f191683016001600160401b0381118482101761175857604052808352601f196117d482611741565b0136602085013782948190815b6117ec575050505050565b5f1982018281116103ef57611805610596828688610403565b6001600160401b03168015610b035782611841926001600160401b036118386118318561184798611778565b928b610639565b91169052610435565b9161176c565b90816117e1565b919082018092116103ef57565b906001600160401b03809116911601906001600160401b0382116103ef57565b915091939261188b835f966103e2565b905f935b80851061189d575050505050565b90919293956118df600191610a1a6118b96105968b878b610403565b918a886001600160401b03851687036118ea5750505f926001600160401b031690610467565b96019392919061188f565b6118ff611905916001600160401b039361184e565b89610639565b51169261059b565b6001600160401b03673fffffffffffffff8460021c16166802000000000000000017905f9483955b86811061195d576001600160401b038663bd18d05760e01b5f5260026004521660245260445ffd5b611967878261184e565b60011c906119796117118388876116d9565b8581146119a25785111561199b5750600181018091116103ef57955b95611935565b9650611995565b505092509450916119b2926116d9565b906004600382161015610413576111be91681fffffffffffffffe0606060409360051b16160101610427565b6001600160401b03673fffffffffffffff8460021c1616905f9483955b868110611a22576001600160401b038663bd18d05760e01b5f525f6004521660245260445ffd5b611a2c878261184e565b60011c90611a3e6117118388876116d9565b8581146119a257851115611a605750600181018091116103ef57955b956119fb565b9650611a5a565b6001600160401b03673fffffffffffffff8460021c16166801000000000000000017905f9483955b868110611ab7576001600160401b038663bd18d05760e01b5f5260016004521660245260445ffd5b611ac1878261184e565b60011c90611ad36117118388876116d9565b8581146119a257851115611af55750600181018091116103ef57955b95611a8f565b9650611aef565b3560ff811681036100835790565b9190915f83820193841291129080158216911516176103ef57565b81810392915f1380158285131691841216176103ef57565b6040810190611b4c8282610398565b156104135760ff611b6b6020611b6584611b73956103cd565b01611afc565b169282610398565b6001101561041357611bb06020611b65611ba56111be9660ff611b9e85611b658982859b01906103cd565b1690611b0a565b9460608101906103cd565b1690611b25565b908015611c26575f811380611c1c575b611bf9575b5f81128015611bef575b611bde571d90565b505f1315611beb575f1990565b5f90565b50607f8113611bd6565b905f198201906001838313166103ef576001611c16921b90611dc0565b90611bcc565b5060808112611bc7565b5090565b677fffffffffffffff81138015611c46575b6101945760070b90565b50677fffffffffffffff198112611c3c565b81810292915f8212600160ff1b8214166103ef5781840514901517156103ef57565b90919061ffff1660028114611d775760038114611d605760068114611d4957600714611d2e5790611cb19160070b9060070b611c58565b60408201611cbf8184610398565b156104135760ff611cd86020611b6584611ce0956103cd565b169184610398565b600194919410156104135760ff611bb06020611b65611ba5611d119685611b9e85611b658d826111be9f01906103cd565b5f8113611d1f575b50611c2a565b611d2891611bb7565b5f611d19565b9091508060070b8260070b125f14611d44575090565b905090565b509091508060070b8260070b135f14611d44575090565b506111be92509061018f9160070b9060070b611b25565b506111be92509061018f9160070b9060070b611b0a565b602068ff0000000000000000611da383611afc565b60401b16910135906001600160401b038216809203610083571790565b90611dca91611b0a565b9060016001607f1b0382138015611de2575b61019457565b5060016001607f1b03198212611ddc565b929493611e01835f976103e2565b915f945b848610611e1457505050505050565b909192939496611e57600191610a1a611e316105968c8888610403565b918b896001600160401b0385168703611e635750505f926001600160401b031690610467565b97019493929190611e05565b611e78611905916001600160401b039361184e565b8a610639565b969897939190949592955f996001865b611ea2575050505050505050505060019190565b5f1987019b878d116103ef57600188016002116103ef57611eef611ecd61059660018b018d89610403565b6001600160401b03166001600160401b03611ee88287611778565b1694610435565b925f9d6001600160401b03611f0760018c018b610639565b5116816003029160038304036103ef578160020190816002116103ef57610a5a610596611f35938a8d610403565b8160040190816004116103ef57611f53610596611f5c938a8d610403565b60070b90611b25565b90600301806003116103ef57611f8392610a5a610596611f7d938a8d610403565b90611b0a565b5f81128015611fe7575b611fd35790610a14836001600160401b03611fa89416610467565b9b6103ef57611fc6611fcc9161059b6105968d8c60018d0191610403565b9661176c565b9586611e8e565b50505050505050505050505090505f905f90565b505f9d50611ffc61059660018b018c8f610403565b60070b811215611f8d565b9396959091965f976001835b61202557505050505050505060019190565b5f999192939495969799198501918583116103ef57826005029260058404036103ef57826002019a8b6002116103ef576120886120666105968e8c89610403565b6001600160401b03166001600160401b036120818285611778565b1692610435565b93600188016002119c8d6103ef576001600160401b036120ab60018b018a610639565b511660038301908183116103ef57610a5a6105966120ca938f8c610403565b600583018083116103ef57600491611f536105968f936120ea948d610403565b92018091116103ef5761210892610a5a610596611f7d938e8b610403565b5f8112801561216f575b61215d5790610a14836001600160401b0361212d9416610467565b996103ef5761214a6121509161059b610596600189018a8d610403565b9461176c565b9291909695949383612013565b5050505050505050505090505f905f90565b505f9b50612184610596600189018a8d610403565b60070b81121561211256",
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

// PackPartialSum is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xed5ebdc5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function partialSum((uint16,int64[],(uint32,uint8,bool,uint8,int64[])[],(uint32,uint8,bool,uint8,int64[])) d, uint64 j, uint64 from, uint64 to, (uint8,uint64,int64[4])[] leaves) pure returns(int256)
func (oneStepVerifier *OneStepVerifier) PackPartialSum(d OneStepVerifierStepDesc, j uint64, from uint64, to uint64, leaves []OneStepVerifierLeaf) []byte {
	enc, err := oneStepVerifier.abi.Pack("partialSum", d, j, from, to, leaves)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPartialSum is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xed5ebdc5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function partialSum((uint16,int64[],(uint32,uint8,bool,uint8,int64[])[],(uint32,uint8,bool,uint8,int64[])) d, uint64 j, uint64 from, uint64 to, (uint8,uint64,int64[4])[] leaves) pure returns(int256)
func (oneStepVerifier *OneStepVerifier) TryPackPartialSum(d OneStepVerifierStepDesc, j uint64, from uint64, to uint64, leaves []OneStepVerifierLeaf) ([]byte, error) {
	return oneStepVerifier.abi.Pack("partialSum", d, j, from, to, leaves)
}

// UnpackPartialSum is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xed5ebdc5.
//
// Solidity: function partialSum((uint16,int64[],(uint32,uint8,bool,uint8,int64[])[],(uint32,uint8,bool,uint8,int64[])) d, uint64 j, uint64 from, uint64 to, (uint8,uint64,int64[4])[] leaves) pure returns(int256)
func (oneStepVerifier *OneStepVerifier) UnpackPartialSum(data []byte) (*big.Int, error) {
	out, err := oneStepVerifier.abi.Unpack("partialSum", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
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
