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
	ABI: "[{\"inputs\":[],\"name\":\"BadStep\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EmptyWindow\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"LeavesNotSorted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"input\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"}],\"name\":\"MissingInput\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"Overflow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"op\",\"type\":\"uint16\"}],\"name\":\"UnsupportedOp\",\"type\":\"error\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint16\",\"name\":\"op\",\"type\":\"uint16\"},{\"internalType\":\"int64[]\",\"name\":\"args\",\"type\":\"int64[]\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"slot\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"scale\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"isInt\",\"type\":\"bool\"},{\"internalType\":\"uint8\",\"name\":\"dtype\",\"type\":\"uint8\"},{\"internalType\":\"int64[]\",\"name\":\"shape\",\"type\":\"int64[]\"}],\"internalType\":\"structOneStepVerifier.SlotDesc[]\",\"name\":\"ins\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"slot\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"scale\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"isInt\",\"type\":\"bool\"},{\"internalType\":\"uint8\",\"name\":\"dtype\",\"type\":\"uint8\"},{\"internalType\":\"int64[]\",\"name\":\"shape\",\"type\":\"int64[]\"}],\"internalType\":\"structOneStepVerifier.SlotDesc\",\"name\":\"out\",\"type\":\"tuple\"}],\"internalType\":\"structOneStepVerifier.StepDesc\",\"name\":\"d\",\"type\":\"tuple\"},{\"internalType\":\"uint64\",\"name\":\"j\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"from\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"to\",\"type\":\"uint64\"},{\"internalType\":\"int256\",\"name\":\"start\",\"type\":\"int256\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"input\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"leaf\",\"type\":\"uint64\"},{\"internalType\":\"int64[4]\",\"name\":\"values\",\"type\":\"int64[4]\"}],\"internalType\":\"structOneStepVerifier.Leaf[]\",\"name\":\"leaves\",\"type\":\"tuple[]\"}],\"name\":\"accumulate\",\"outputs\":[{\"internalType\":\"int256\",\"name\":\"\",\"type\":\"int256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint16\",\"name\":\"op\",\"type\":\"uint16\"},{\"internalType\":\"int64[]\",\"name\":\"args\",\"type\":\"int64[]\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"slot\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"scale\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"isInt\",\"type\":\"bool\"},{\"internalType\":\"uint8\",\"name\":\"dtype\",\"type\":\"uint8\"},{\"internalType\":\"int64[]\",\"name\":\"shape\",\"type\":\"int64[]\"}],\"internalType\":\"structOneStepVerifier.SlotDesc[]\",\"name\":\"ins\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"slot\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"scale\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"isInt\",\"type\":\"bool\"},{\"internalType\":\"uint8\",\"name\":\"dtype\",\"type\":\"uint8\"},{\"internalType\":\"int64[]\",\"name\":\"shape\",\"type\":\"int64[]\"}],\"internalType\":\"structOneStepVerifier.SlotDesc\",\"name\":\"out\",\"type\":\"tuple\"}],\"internalType\":\"structOneStepVerifier.StepDesc\",\"name\":\"d\",\"type\":\"tuple\"},{\"internalType\":\"uint64\",\"name\":\"j\",\"type\":\"uint64\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"input\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"leaf\",\"type\":\"uint64\"},{\"internalType\":\"int64[4]\",\"name\":\"values\",\"type\":\"int64[4]\"}],\"internalType\":\"structOneStepVerifier.Leaf[]\",\"name\":\"leaves\",\"type\":\"tuple[]\"}],\"name\":\"elementValue\",\"outputs\":[{\"internalType\":\"int64\",\"name\":\"\",\"type\":\"int64\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint16\",\"name\":\"op\",\"type\":\"uint16\"},{\"internalType\":\"int64[]\",\"name\":\"args\",\"type\":\"int64[]\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"slot\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"scale\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"isInt\",\"type\":\"bool\"},{\"internalType\":\"uint8\",\"name\":\"dtype\",\"type\":\"uint8\"},{\"internalType\":\"int64[]\",\"name\":\"shape\",\"type\":\"int64[]\"}],\"internalType\":\"structOneStepVerifier.SlotDesc[]\",\"name\":\"ins\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"slot\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"scale\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"isInt\",\"type\":\"bool\"},{\"internalType\":\"uint8\",\"name\":\"dtype\",\"type\":\"uint8\"},{\"internalType\":\"int64[]\",\"name\":\"shape\",\"type\":\"int64[]\"}],\"internalType\":\"structOneStepVerifier.SlotDesc\",\"name\":\"out\",\"type\":\"tuple\"}],\"internalType\":\"structOneStepVerifier.StepDesc\",\"name\":\"d\",\"type\":\"tuple\"},{\"internalType\":\"int256\",\"name\":\"acc\",\"type\":\"int256\"}],\"name\":\"finishReduction\",\"outputs\":[{\"internalType\":\"int64\",\"name\":\"\",\"type\":\"int64\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"op\",\"type\":\"uint16\"}],\"name\":\"isSupported\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint16\",\"name\":\"op\",\"type\":\"uint16\"},{\"internalType\":\"int64[]\",\"name\":\"args\",\"type\":\"int64[]\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"slot\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"scale\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"isInt\",\"type\":\"bool\"},{\"internalType\":\"uint8\",\"name\":\"dtype\",\"type\":\"uint8\"},{\"internalType\":\"int64[]\",\"name\":\"shape\",\"type\":\"int64[]\"}],\"internalType\":\"structOneStepVerifier.SlotDesc[]\",\"name\":\"ins\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"slot\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"scale\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"isInt\",\"type\":\"bool\"},{\"internalType\":\"uint8\",\"name\":\"dtype\",\"type\":\"uint8\"},{\"internalType\":\"int64[]\",\"name\":\"shape\",\"type\":\"int64[]\"}],\"internalType\":\"structOneStepVerifier.SlotDesc\",\"name\":\"out\",\"type\":\"tuple\"}],\"internalType\":\"structOneStepVerifier.StepDesc\",\"name\":\"d\",\"type\":\"tuple\"},{\"internalType\":\"uint64\",\"name\":\"j\",\"type\":\"uint64\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"input\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"leaf\",\"type\":\"uint64\"},{\"internalType\":\"int64[4]\",\"name\":\"values\",\"type\":\"int64[4]\"}],\"internalType\":\"structOneStepVerifier.Leaf[]\",\"name\":\"leaves\",\"type\":\"tuple[]\"}],\"name\":\"reductionBias\",\"outputs\":[{\"internalType\":\"int256\",\"name\":\"\",\"type\":\"int256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint16\",\"name\":\"op\",\"type\":\"uint16\"},{\"internalType\":\"int64[]\",\"name\":\"args\",\"type\":\"int64[]\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"slot\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"scale\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"isInt\",\"type\":\"bool\"},{\"internalType\":\"uint8\",\"name\":\"dtype\",\"type\":\"uint8\"},{\"internalType\":\"int64[]\",\"name\":\"shape\",\"type\":\"int64[]\"}],\"internalType\":\"structOneStepVerifier.SlotDesc[]\",\"name\":\"ins\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"slot\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"scale\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"isInt\",\"type\":\"bool\"},{\"internalType\":\"uint8\",\"name\":\"dtype\",\"type\":\"uint8\"},{\"internalType\":\"int64[]\",\"name\":\"shape\",\"type\":\"int64[]\"}],\"internalType\":\"structOneStepVerifier.SlotDesc\",\"name\":\"out\",\"type\":\"tuple\"}],\"internalType\":\"structOneStepVerifier.StepDesc\",\"name\":\"d\",\"type\":\"tuple\"}],\"name\":\"reductionTerms\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int64\",\"name\":\"u\",\"type\":\"int64\"},{\"internalType\":\"int64\",\"name\":\"lo\",\"type\":\"int64\"},{\"internalType\":\"uint8\",\"name\":\"shift\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"overflowAbove\",\"type\":\"bool\"},{\"internalType\":\"uint64\",\"name\":\"len\",\"type\":\"uint64\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"input\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"leaf\",\"type\":\"uint64\"},{\"internalType\":\"int64[4]\",\"name\":\"values\",\"type\":\"int64[4]\"}],\"internalType\":\"structOneStepVerifier.Leaf[]\",\"name\":\"entries\",\"type\":\"tuple[]\"}],\"name\":\"tableValue\",\"outputs\":[{\"internalType\":\"int64\",\"name\":\"\",\"type\":\"int64\"}],\"stateMutability\":\"pure\",\"type\":\"function\"}]",
	ID:  "OneStepVerifier",
	Bin: "0x60808060405234601557612441908161001a8239f35b5f80fdfe6102806040526004361015610012575f80fd5b5f3560e01c80631ff1b3251461033b5780633a565169146102665780634ac6a6cb146101c65780634db2200e1461013e57806367d6931b1461011a578063b7c0f87d146100925763fbf4f2f114610067575f80fd5b3461008e57602061008361007a366103ba565b92919091610fb8565b6040519060070b8152f35b5f80fd5b3461008e57604036600319011261008e576004356001600160401b03811161008e576080600319823603011261008e5760243560016001607f1b0381138015610109575b6100fa576100f5610083916100ef602094600401611e4a565b90611ec4565b611d2f565b631a93c68960e11b5f5260045ffd5b5060016001607f1b031981126100d6565b3461008e57602061013661012d366103ba565b92919091610ecb565b604051908152f35b3461008e5760c036600319011261008e576004358060070b810361008e57602435908160070b820361008e576044359160ff8316830361008e5760643591821515830361008e576084356001600160401b038116810361008e5760a435936001600160401b03851161008e576020956101be61008396369060040161038a565b959094610d4b565b3461008e5760c036600319011261008e576004356001600160401b03811161008e576080600319823603011261008e57602435906001600160401b038216820361008e576044356001600160401b038116810361008e57606435926001600160401b038416840361008e5760a435926001600160401b03841161008e5760209461025761013695369060040161038a565b949093608435936004016106b2565b3461008e57602036600319011261008e5760043561ffff811680910361008e5780600160209214908115610330575b8115610325575b811561031a575b811561030f575b8115610304575b81156102f9575b81156102ee575b81156102e3575b81156102d8575b506040519015158152f35b6011915014826102cd565b6010811491506102c6565b600f811491506102bf565b6008811491506102b8565b6007811491506102b1565b6006811491506102aa565b6004811491506102a3565b60038114915061029c565b600281149150610295565b3461008e57602036600319011261008e576004356001600160401b03811161008e576080600319823603011261008e57610379602091600401610520565b6001600160401b0360405191168152f35b9181601f8401121561008e578235916001600160401b03831161008e5760208085019460c0850201011161008e57565b606060031982011261008e576004356001600160401b03811161008e576080818303600319011261008e57600401916024356001600160401b038116810361008e5791604435906001600160401b03821161008e5761041b9160040161038a565b9091565b3561ffff8116810361008e5790565b903590601e198136030182121561008e57018035906001600160401b03821161008e57602001918160051b3603831361008e57565b903590609e198136030182121561008e570190565b9190820391821161048557565b634e487b7160e01b5f52601160045260245ffd5b91908110156104a95760051b0190565b634e487b7160e01b5f52603260045260245ffd5b358060070b810361008e5790565b906001600160401b03169081156104e9576001600160401b03160490565b634e487b7160e01b5f52601260045260245ffd5b906001600160401b03809116911602906001600160401b03821691820361048557565b600f61ffff61052e8361041f565b161461064f57601061ffff6105428361041f565b161461054d57505f90565b604081019061055c828261042e565b156104a95761056e8161057892610463565b608081019061042e565b600110156104a957602061058c91016104bd565b6001600160401b03166105a2602083018361042e565b919091156104a9576105b66105c5926104bd565b6001600160401b0316906104cb565b916002925b6105d4828461042e565b600110156104a95761056e8160206105ed930190610463565b905084101561064857610600828461042e565b600110156104a95760019161063161062c8761062661056e866020610640980190610463565b90610499565b6104bd565b6001600160401b0316906104fd565b9301926105ca565b9250505090565b604081019061065e828261042e565b156104a95761067361056e8261067b93610463565b93909261042e565b156104a95761056e8161068d92610463565b5f19810191508111610485576106a69261062c92610499565b6001600160401b031690565b95919490926102205261016052610140526106d36101405161016051611976565b6001600160401b0361022051166001600160401b038416118015610c9f575b610a8f5760016001607f1b0382138015610c8e575b6100fa57610726606085019161072061056e8488610463565b91611a23565b60e052600f61ffff6107378661041f565b1614610ace5750601061ffff61074c8561041f565b16146107715761ffff61075e8461041f565b637f72879360e11b5f521660045260245ffd5b9160408101610780818361042e565b919091156104a95761079861056e836107a694610463565b61020052610120528261042e565b600192919210156104a9576107c561056e8360206107d6950190610463565b6101005260c052602081019061042e565b9182600110156104a9576001600160401b036107f4602084016104bd565b1690600282018083116104855780610200511490811591610ac0575b508015610a9e575b610a8f5761020051600110156104a957610837602061012051016104bd565b6001600160401b031684156104a957610853906105b6856104bd565b6101c0526001610240526001610260525f5b828110610a1c57506001600160401b0361088060e051610e9a565b51166101a05261010051156104a9576108bf6108b66108a460c096959496516104bd565b6001600160401b03166105b6856104bd565b6101a0516104cb565b610180526101e0525b6001600160401b0361022051166001600160401b036101e05116106108ed5750505090565b909192610900610260516101e0516104cb565b90610911610260516101e051611a05565b61092f868260e05188886101005160c0516102005161012051612130565b939015610a12576001600160401b0361094960e051610eaa565b511661020051600110156104a9576109d96109ef936109a66109bd6109b06109f5996109a66109846109e698610631602061012051016104bd565b6109ab8a6109a661024051936109a06101c051610180516104fd565b90610d09565b610d09565b6104fd565b6101405161016051611b40565b60070b946109ab61026051916109a66101c0516101a0516104fd565b6101405161016051611c9a565b60070b90610d29565b906120fd565b925b6001600160401b0360016101e05101166101e05291906108c8565b50509390506109f7565b806002016002116104855780610a56610a4461062c6001946002016102005161012051610499565b6001600160401b0316610240516104fd565b61024052610a85610a7361062c836002016101005160c051610499565b6001600160401b0316610260516104fd565b6102605201610865565b63b3d246f360e01b5f5260045ffd5b5081600302600381048303610485576002018060021161048557841415610818565b90506101005114155f610810565b9192909260408201610ae0818461042e565b939093156104a957610af861056e85610b0196610463565b9490928261042e565b600110156104a95761056e610b2061056e836020610b28950190610463565b979093610463565b9290505f1985018581116104855761062c610b44918784610499565b6001600160401b0316955f1981018181116104855761062c610b67918386610499565b6001600160401b03169560011981019281841161048557600119860193868511610485576109ab610bb39261063161062c8d94610bd297610bad60e0518c848489612072565b94610499565b6109a0896001600160401b03610bcb8760e051610eb7565b51166104fd565b9660011982019180831161048557610bf79488946109ab946109ab9360e05193612072565b5f198201918211610485576001600160401b03610c1d610c259360e09796959751610eb7565b511690610d09565b6001600160401b0361022051166001600160401b03851610610c48575050505090565b909192936001610c836001600160401b03926109ef610c6a6109b08a8a610d09565b60070b6109e66109d9610c7d8a8d6104fd565b89610d09565b950116929190610c25565b5060016001607f1b03198212610707565b506001600160401b03610cb185610520565b166001600160401b036102205116116106f2565b9190915f838201938412911290801582169115161761048557565b905f19820191821360011661048557565b81810392915f13801582851316918412161761048557565b906001600160401b03809116911601906001600160401b03821161048557565b81810292915f8212600160ff1b82141661048557818405149015171561048557565b91936001600160401b039096939596610d648589611976565b16948515610a8f5780610e75575b6100fa5760ff84169160070b91610d9283821d60070b9260070b83610cf1565b955f8712610e6557610da381610ce0565b871215610e4357501b60070b900392677fffffffffffffff198412677fffffffffffffff851317610485576001600160401b0316916001610de5848488611b40565b9301916001600160401b038311610485576100f56100f595610e256100f5610e17610e3797610e3296610e409c611b40565b60070b9760070b8098610cf1565b60070b9060070b90610d29565b611d5d565b60070b90610cc5565b90565b945050505091505f1901906001600160401b03821161048557610e4092611b40565b50505050915050610e4091611ae8565b50610e8b610e86868360070b610cc5565b610ce0565b60ff85161b8260070b13610d72565b8051600110156104a95760400190565b8051156104a95760200190565b80518210156104a95760209160051b010190565b939290610ed88284611976565b60408501906003610ee9838861042e565b905010610faf57610f05606087019161072061056e848a610463565b91600f61ffff610f148961041f565b1614610f61575050601061ffff610f2a8761041f565b1614610f3c5761ffff61075e8661041f565b610f5b939450610f536001600160401b0391610e9a565b511691611c05565b60070b90565b610f709087969793929361042e565b600293919310156104a957610f5b95610fa161056e610f9961056e876040610fa9990190610463565b949093610463565b929091611daa565b91611c05565b505f9450505050565b610200526101208290526101008390529291610fd391611976565b610fdf6102005161041f565b9160606102005101610ff761056e8261020051610463565b92909161ffff8616956001871461194e576008871461192257600287148015611918575b801561190e575b8015611904575b80156118fa575b61186f5750600f861461161b57506010851461128957601185146110615784637f72879360e11b5f5260045260245ffd5b61106c939450611a23565b61107f604061020051016102005161042e565b156104a95761056e8161109192610463565b916110a5602061020051016102005161042e565b9182600110156104a9576001600160401b036110c3602084016104bd565b169060028201808311610485578614801590611267575b610a8f57600193845f5b84811061121257506001600160401b036110fd84610eaa565b51169088600110156104a9576109ab6111276111389361063160208c9b9a9d9c99989799016104bd565b6001600160401b03610c1d86610e9a565b92677fffffffffffffff19975f975f975b6001600160401b0388166001600160401b038a161061118257505050505050505050156111735790565b63d2c0367760e01b5f5260045ffd5b90919293949596979861119a878b88888888886122b9565b90156111ff576111ad6111ba918a610d09565b6101005161012051611b40565b901580156111f0575b6111e8575b506001600160401b03806001809b5b011698979695949392919050611149565b99505f6111c8565b508a60070b8160070b136111c3565b50986001600160401b03600181926111d7565b95908660020190816002116104855761063161062c611232938c8c610499565b908660050260058104880361048557600201806002116104855760019161063161062c61126093878b610499565b96016110e4565b50816005026005810483036104855760020180600211610485578414156110da565b611294939450611a23565b60a0525f604061020051019060036112af836102005161042e565b9050146115ed575b6112c361020051610520565b6101c052610220526112d8816102005161042e565b919091156104a9576112f061056e8361130094610463565b6102405260e0526102005161042e565b600110156104a95761056e816020611319930190610463565b60c052608052611332602061020051016102005161042e565b9081600110156104a9576001600160401b03611350602083016104bd565b166002810180821161048557806102405114908115916115e0575b5080156115be575b610a8f5761024051600110156104a957611391602060e051016104bd565b6001600160401b031683156104a9576113ad906105b6846104bd565b6101805260016101a05260016101e0525f5b81811061155257506001600160401b036113da60a051610e9a565b51166101605260c051156104a9576114026113f96108a46080516104bd565b610160516104cb565b610140525f610260525b6001600160401b036101c051166001600160401b0361026051161061144e575050506102205150610e406100f561144561020051611e4a565b61022051611ec4565b61145e6101e051610260516104cb565b61146e6101e05161026051611a05565b61148a838260a051888860c0516080516102405160e051612130565b92901561154a576001600160401b036114a460a051610eaa565b511661024051600110156104a957611516611523936109a66114fa6111ad61152c986109a66114de6109e698610631602060e051016104bd565b6109ab8a6109a66101a051936109a061018051610140516104fd565b60070b946109ab6101e051916109a661018051610160516104fd565b6101005161012051611c9a565b610220516120fd565b610220525b6001600160401b0360016102605101166102605261140c565b505050611531565b806002019081600211610485576115b46115a261062c8461159361158161062c6001986102405160e051610499565b6001600160401b03166101a0516104fd565b6101a05260c051608051610499565b6001600160401b03166101e0516104fd565b6101e052016113bf565b5080600302600381048203610485576002018060021161048557831415611373565b905060c05114155f61136b565b506116136001600160401b0361160460a051610e9a565b51166101005161012051611c05565b60070b6112b7565b939450906116299291611a23565b905f9060406102005101906003611643836102005161042e565b905014611819575b61165761020051610520565b9293611666836102005161042e565b939093156104a95761167e61056e8561168a96610463565b9490916102005161042e565b600194919410156104a9576116b86116ac61056e86602061056e980190610463565b95909261020051610463565b9290505f1986018681116104855761062c6116d4918884610499565b6001600160401b0316945f1981018181116104855761062c6116f7918386610499565b6001600160401b03169660011981019281841161048557600119860193868511610485576109ab8261063161062c8487610bad8f978f908d906117539c61173d9c612072565b6109a0886001600160401b03610bcb878b610eb7565b95600119820191808311610485578689946109ab946109ab9361177598612072565b905f19810190811161048557610c1d6001600160401b039161179994969596610eb7565b6001600160401b035f9416925b836001600160401b038616106117d05750505050506100f581610e4092506100ef61020051611e4a565b9091929394600161180d6001600160401b03926109ef896109e66115166118078b6117fe6111ad868d610d09565b60070b946104fd565b8a610d09565b960116939291906117a6565b9150611828816102005161042e565b600210156104a9576118598461184861056e846040611866960190610463565b90610fa161056e8861020051610463565b6101005161012051611c05565b60070b9161164b565b92849596508094915061188192611a23565b926040610200510190611897826102005161042e565b156104a9576118bb6111ad8784886118b561056e876118c598610463565b90611daa565b926102005161042e565b600110156104a957610e40956118f4926118e961056e846020611516960190610463565b610200519891611daa565b91611f31565b5060078714611030565b5060068714611029565b5060048714611022565b506003871461101b565b505091505061193a9192506101005161012051611b40565b5f8160070b135f146119495790565b505f90565b5050915050610e409192506101005161012051611b40565b91908110156104a95760c0020190565b60015b82811061198557505050565b5f1981018181116104855761199e6119a3918585611966565b612040565b6119b161199e838686611966565b11156119bf57600101611979565b6363bcd0a160e11b5f5260045ffd5b6001600160401b0381116119e55760051b60200190565b634e487b7160e01b5f52604160045260245ffd5b8015610485575f190190565b906001600160401b03169081156104e9576001600160401b03160690565b929190611a2f826119ce565b6040519290601f01601f191683016001600160401b038111848210176119e557604052808352601f19611a61826119ce565b0136602085013782948190815b611a79575050505050565b5f19820182811161048557611a9261062c828688610499565b6001600160401b03168015610a8f5782611ace926001600160401b03611ac5611abe85611ad498611a05565b928b610eb7565b911690526104cb565b916119f9565b9081611a6e565b9190820180921161048557565b9190805b805f10611b0a5763bd18d05760e01b5f525f6004525f60245260445ffd5b611b14905f611adb565b60011c611b2561199e828487611966565b611aec57611b3a90604092610e409495611966565b016104bd565b6001600160401b03673fffffffffffffff8460021c1616905f9483955b868110611b84576001600160401b038663bd18d05760e01b5f525f6004521660245260445ffd5b611b8e8782611adb565b60011c90611ba061199e838887611966565b858114611bc957851115611bc257506001810180911161048557955b95611b5d565b9650611bbc565b50509250945091611bd992611966565b9060046003821610156104a957610e4091681fffffffffffffffe0606060409360051b161601016104bd565b6001600160401b03673fffffffffffffff8460021c16166802000000000000000017905f9483955b868110611c55576001600160401b038663bd18d05760e01b5f5260026004521660245260445ffd5b611c5f8782611adb565b60011c90611c7161199e838887611966565b858114611bc957851115611c9357506001810180911161048557955b95611c2d565b9650611c8d565b6001600160401b03673fffffffffffffff8460021c16166801000000000000000017905f9483955b868110611cea576001600160401b038663bd18d05760e01b5f5260016004521660245260445ffd5b611cf48782611adb565b60011c90611d0661199e838887611966565b858114611bc957851115611d2857506001810180911161048557955b95611cc2565b9650611d22565b677fffffffffffffff81138015611d4b575b6100fa5760070b90565b50677fffffffffffffff198112611d41565b9060ff16908115611da557603f821015611d9f575f19820160ff811161048557611d9491600160ff6100f593161b9060070b610cc5565b60070b901d60070b90565b50505f90565b905090565b9150919392611dba835f96610478565b905f935b808510611dcc575050505050565b9091929395611e0e6001916109a6611de861062c8b878b610499565b918a886001600160401b0385168703611e195750505f926001600160401b0316906104fd565b960193929190611dbe565b611e2e611e34916001600160401b0393611adb565b89610eb7565b511692610631565b3560ff8116810361008e5790565b6040810190611e59828261042e565b156104a95760ff611e786020611e7284611e8095610463565b01611e3c565b16928261042e565b600110156104a957611ebd6020611e72611eb2610e409660ff611eab85611e728982859b0190610463565b1690610cc5565b946060810190610463565b1690610cf1565b908015611f2d575f811380611f23575b611f06575b5f81128015611efc575b611eeb571d90565b505f1315611ef8575f1990565b5f90565b50607f8113611ee3565b90611f1d906001611f1684610ce0565b1b906120fd565b90611ed9565b5060808112611ed4565b5090565b90919061ffff166002811461202957600381146120125760068114611ffb57600714611fe55790611f689160070b9060070b610d29565b60408201611f76818461042e565b156104a95760ff611f8f6020611e7284611f9795610463565b16918461042e565b600194919410156104a95760ff611ebd6020611e72611eb2611fc89685611eab85611e728d82610e409f0190610463565b5f8113611fd6575b50611d2f565b611fdf91611ec4565b5f611fd0565b9091508060070b8260070b125f14611da5575090565b509091508060070b8260070b135f14611da5575090565b50610e409250906100f59160070b9060070b610cf1565b50610e409250906100f59160070b9060070b610cc5565b602068ff000000000000000061205583611e3c565b60401b16910135906001600160401b03821680920361008e571790565b929493612080835f97610478565b915f945b84861061209357505050505050565b9091929394966120d66001916109a66120b061062c8c8888610499565b918b896001600160401b03851687036120e25750505f926001600160401b0316906104fd565b97019493929190612084565b6120f7611e34916001600160401b0393611adb565b8a610eb7565b9061210791610cc5565b9060016001607f1b038213801561211f575b6100fa57565b5060016001607f1b03198212612119565b969897939190949592955f996001865b612154575050505050505050505060019190565b5f1987019b878d116104855760018801600211610485576121a161217f61062c60018b018d89610499565b6001600160401b03166001600160401b0361219a8287611a05565b16946104cb565b925f9d6001600160401b036121b960018c018b610eb7565b51168160030291600383040361048557816002019081600211610485576109e661062c6121e7938a8d610499565b8160040190816004116104855761220561062c61220e938a8d610499565b60070b90610cf1565b906003018060031161048557612235926109e661062c61222f938a8d610499565b90610cc5565b5f81128015612299575b61228557906109a0836001600160401b0361225a94166104fd565b9b6104855761227861227e9161063161062c8d8c60018d0191610499565b966119f9565b9586612140565b50505050505050505050505090505f905f90565b505f9d506122ae61062c60018b018c8f610499565b60070b81121561223f565b9396959091965f976001835b6122d757505050505050505060019190565b5f99919293949596979919850191858311610485578260050292600584040361048557826002019a8b6002116104855761233a61231861062c8e8c89610499565b6001600160401b03166001600160401b036123338285611a05565b16926104cb565b93600188016002119c8d610485576001600160401b0361235d60018b018a610eb7565b51166003830190818311610485576109e661062c61237c938f8c610499565b600583018083116104855760049161220561062c8f9361239c948d610499565b9201809111610485576123ba926109e661062c61222f938e8b610499565b5f81128015612421575b61240f57906109a0836001600160401b036123df94166104fd565b99610485576123fc6124029161063161062c600189018a8d610499565b946119f9565b92919096959493836122c5565b5050505050505050505090505f905f90565b505f9b5061243661062c600189018a8d610499565b60070b8112156123c456",
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

// PackTableValue is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4db2200e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function tableValue(int64 u, int64 lo, uint8 shift, bool overflowAbove, uint64 len, (uint8,uint64,int64[4])[] entries) pure returns(int64)
func (oneStepVerifier *OneStepVerifier) PackTableValue(u int64, lo int64, shift uint8, overflowAbove bool, len uint64, entries []OneStepVerifierLeaf) []byte {
	enc, err := oneStepVerifier.abi.Pack("tableValue", u, lo, shift, overflowAbove, len, entries)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTableValue is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4db2200e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function tableValue(int64 u, int64 lo, uint8 shift, bool overflowAbove, uint64 len, (uint8,uint64,int64[4])[] entries) pure returns(int64)
func (oneStepVerifier *OneStepVerifier) TryPackTableValue(u int64, lo int64, shift uint8, overflowAbove bool, len uint64, entries []OneStepVerifierLeaf) ([]byte, error) {
	return oneStepVerifier.abi.Pack("tableValue", u, lo, shift, overflowAbove, len, entries)
}

// UnpackTableValue is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4db2200e.
//
// Solidity: function tableValue(int64 u, int64 lo, uint8 shift, bool overflowAbove, uint64 len, (uint8,uint64,int64[4])[] entries) pure returns(int64)
func (oneStepVerifier *OneStepVerifier) UnpackTableValue(data []byte) (int64, error) {
	out, err := oneStepVerifier.abi.Unpack("tableValue", data)
	if err != nil {
		return *new(int64), err
	}
	out0 := *abi.ConvertType(out[0], new(int64)).(*int64)
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
