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

// AIGCNFTMetaData contains all meta data concerning the AIGCNFT contract.
var AIGCNFTMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"string\",\"name\":\"name_\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"symbol_\",\"type\":\"string\"},{\"internalType\":\"contractIAIOracleViews\",\"name\":\"oracle_\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"modelId_\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"AigcDataAlreadyAdded\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"blockNumber\",\"type\":\"uint256\"}],\"name\":\"CommitmentLive\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"CommitmentTooRecent\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ERC721IncorrectOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ERC721InsufficientApproval\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC721InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"ERC721InvalidOperator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ERC721InvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC721InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC721InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ERC721NonexistentToken\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoCommitment\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotVerified\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"NothingToRefund\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"SurplusNotReturned\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"required\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"provided\",\"type\":\"uint256\"}],\"name\":\"WrongFee\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"WrongToken\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"bytes\",\"name\":\"prompt\",\"type\":\"bytes\"},{\"indexed\":true,\"internalType\":\"bytes\",\"name\":\"aigcData\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"AigcData\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"approved\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"approved\",\"type\":\"bool\"}],\"name\":\"ApprovalForAll\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"minter\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"MintRefunded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"COMMIT_TTL\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"prompt\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"aigcData\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"addAigcData\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"aigcDataOf\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"}],\"name\":\"commit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"minter\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"prompt\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"name\":\"commitmentOf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"committer\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"}],\"name\":\"commitments\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"blockNumber\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"getApproved\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"isApprovedForAll\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"prompt\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"name\":\"mint\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"mintFee\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"modelId\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"oracle\",\"outputs\":[{\"internalType\":\"contractIAIOracleViews\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ownerOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"payments\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"minter\",\"type\":\"address\"},{\"internalType\":\"uint96\",\"name\":\"paid\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"modelFee\",\"type\":\"uint96\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"refundMint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"requestOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"safeTransferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"safeTransferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"approved\",\"type\":\"bool\"}],\"name\":\"setApprovalForAll\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"prompt\",\"type\":\"bytes\"}],\"name\":\"tokenIdOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"tokenURI\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"prompt\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"aigcData\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"verify\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"success\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "AIGCNFT",
	Bin: "0x60c06040523461038f576125fa8038038061001981610393565b92833981019060808183031261038f5780516001600160401b03811161038f57826100459183016103b8565b602082015190926001600160401b03821161038f576100659183016103b8565b604082015190916001600160a01b038216820361038f576060015183519091906001600160401b038111610298575f54600181811c91168015610385575b602082101461027a57601f8111610318575b50602094601f82116001146102b7579481929394955f926102ac575b50508160011b915f199060031b1c1916175f555b82516001600160401b03811161029857600154600181811c9116801561028e575b602082101461027a57601f811161020c575b506020601f82116001146101a957819293945f9261019e575b50508160011b915f199060031b1c1916176001555b60805260a0526040516121f0908161040a823960805181818161035501528181610db701528181610e6c015281816115320152611e7f015260a051818181610e8f015281816113fe015281816115000152611ff20152f35b015190505f80610131565b601f1982169060015f52805f20915f5b8181106101f4575095836001959697106101dc575b505050811b01600155610146565b01515f1960f88460031b161c191690555f80806101ce565b9192602060018192868b0151815501940192016101b9565b818111156101185760015f52601f820160051c7fb10e2d527612073b26eecdfd717e6a320cf44b4afac2b0732d9fcbe2b7fa0cf660208410610272575b81601f9101920160051c03905f5b828110610265575050610118565b5f82820155600101610257565b5f9150610249565b634e487b7160e01b5f52602260045260245ffd5b90607f1690610106565b634e487b7160e01b5f52604160045260245ffd5b015190505f806100d1565b601f198216955f8052805f20915f5b888110610300575083600195969798106102e8575b505050811b015f556100e5565b01515f1960f88460031b161c191690555f80806102db565b919260206001819286850151815501940192016102c6565b818111156100b5575f8052601f820160051c7f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e5636020841061037d575b81601f9101920160051c03905f5b8281106103705750506100b5565b5f82820155600101610362565b5f9150610354565b90607f16906100a3565b5f80fd5b6040519190601f01601f191682016001600160401b0381118382101761029857604052565b81601f8201121561038f578051906001600160401b038211610298576103e7601f8301601f1916602001610393565b928284526020838301011161038f57815f9260208093018386015e830101529056fe6080806040526004361015610012575f80fd5b5f905f3560e01c90816301ffc9a71461176f5750806306fdde03146116cd578063081812fc14611691578063095ea7b3146115a757806313966db5146114e157806323b872dd146114ca578063324e03be146114a05780633e9bba6c1461145057806342842e0e1461142157806343cdaad2146113e75780636352211e146113b757806370a082311461136657806374ef63a814610de65780637dc0d1d014610da257806387d8178914610d535780638b1592b514610d0f57806395d89b4114610c4557806397e28da214610bfb578063a22cb46514610b47578063aea30507146107e9578063b40e16e314610715578063b88d4fde146106a8578063c87b56dd1461064b578063c8eb32c81461062e578063d2e684b8146102d0578063de8f50a114610240578063e985e9c5146101e85763f14fcbc814610152575f80fd5b346101e55760203660031901126101e5576004353382526006602052604082208183526020526040822054801515806101bc575b6101a6575033825260066020526040822090825260205243604082205580f35b60449291630dff3a8360e01b8352600452602452fd5b5061010081018082116101d157431115610186565b634e487b7160e01b84526011600452602484fd5b80fd5b50346101e55760403660031901126101e5576040610204611818565b9161020d61182e565b9260018060a01b031681526005602052209060018060a01b03165f52602052602060ff60405f2054166040519015158152f35b50346101e55760603660031901126101e5576004356001600160401b0381116102cc5761027190369060040161187e565b916024356001600160401b0381116102cc5761029190369060040161187e565b91604435906001600160401b0382116101e55760206102c2878787876102ba3660048a0161187e565b949093611e54565b6040519015158152f35b5080fd5b50346101e55760203660031901126101e55760043590818152600960205260408120604051906102ff826118e3565b8054916001600160601b036001808060a01b03851693848452602084019560a01c865201541691604082019283521561061a578484526007602052604080852054905163c58343ef60e01b8152600481018290527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031694919391908681602481895afa90811561060f579060609188916105ed575b50015160058110156105d9576004810361053f57506001600160601b0391505116915b85855260096020528460016040822082815501558585526007602052846040812055855f52600260205260018060a01b0360405f205416801590811561050c575b5f88815260026020526040812080546001600160a01b03191690558890827fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef8280a4506104f857908585939260018060a01b03835116917fbf960dd5e797831f2e70fe850c8114a712bd164bd5fc73f74f8fafe7fe385d926020604051878152a48161048a578280f35b516001600160a01b031690833b156104f4576044839283604051968794859363040b850f60e31b8552600485015260248401525af180156104e7576104d0575b81808280f35b6104d9916118fe565b805f126101e55781816104ca565b50604051903d90823e3d90fd5b8280fd5b637e27328960e01b85526004869052602485fd5b5f88815260046020526040902080546001600160a01b0319169055805f52600360205260405f205f198154019055610400565b600391501480610573575b1561055f57516001600160601b0316916103bf565b63e0a5cd9160e01b85526004869052602485fd5b506040516318feeb1560e31b8152600481018490528581602481885afa9081156105ce579060409187916105ac575b500151151561054a565b6105c891503d8089833e6105c081836118fe565b810190611d9d565b5f6105a2565b6040513d88823e3d90fd5b634e487b7160e01b87526021600452602487fd5b61060991503d808a833e61060181836118fe565b810190611c03565b5f61039c565b6040513d89823e3d90fd5b63e0a5cd9160e01b84526004859052602484fd5b50346101e557806003193601126101e55760206040516101008152f35b346106a45760203660031901126106a4576106676004356120ad565b505f6040516106776020826118fe565b526106a06040516106896020826118fe565b5f81526040519182916020835260208301906117f4565b0390f35b5f80fd5b346106a45760803660031901126106a4576106c1611818565b6106c961182e565b90604435606435926001600160401b0384116106a457366023850112156106a45761070161071394369060248160040135910161193a565b9261070d838383611970565b336120e1565b005b346106a45760203660031901126106a4576004355f52600860205260405f20604051905f90805490610746826118ab565b80855291600181169081156107c25750600114610782575b6106a08461076e818603826118fe565b6040519182916020835260208301906117f4565b5f90815260208120939250905b8082106107a85750909150810160200161076e8261075e565b91926001816020925483858801015201910190929161078f565b60ff191660208087019190915292151560051b8501909201925061076e915083905061075e565b346106a45760803660031901126106a4576004356024356001600160401b0381116106a45761081c90369060040161187e565b6044929192356001600160401b0381116106a45761083e90369060040161187e565b9290916064356001600160401b0381116106a45761086090369060040161187e565b94909161086e36828961193a565b602081519101208403610b3457610884846120ad565b50835f52600860205261089a60405f20546118ab565b610b215760405163de8f50a160e01b815260606004820152602081806108f06108dd6108ca60648401888f611b40565b838103600319016024850152888c611b40565b8281036003190160448401528b89611b40565b0381305afa908115610b16575f91610adc575b5015610acd57835f52600860205260405f20966001600160401b038311610ab95761092e88546118ab565b601f8111610a68575b505f97601f84116001146109e457837f65deac95b53ba76b9cdc6cf446af81731e1218c91eaf9811a95d28bde23b893e969798995f916109d9575b508460011b905f198660031b1c19161790555b855f5260096020525f600160408220828155015581604051928392833781015f81520390209481604051928392833781015f8152039020946109d4604051928392602084526020840191611b40565b0390a4005b90508801358a610972565b601f198416815f5260205f20905f5b818110610a50575099857f65deac95b53ba76b9cdc6cf446af81731e1218c91eaf9811a95d28bde23b893e98999a9b10610a37575b5050600184811b019055610985565b8901355f19600387901b60f8161c191690558980610a28565b898c0135835560209b8c019b600190930192016109f3565b8381111561093757885f5260205f20601f850160051c9060208610610ab1575b81601f9101920160051c03905f5b828110610aa4575050610937565b5f82820155600101610a96565b5f9150610a88565b634e487b7160e01b5f52604160045260245ffd5b63a95362b560e01b5f5260045ffd5b90506020813d602011610b0e575b81610af7602093836118fe565b810103126106a457610b0890611d90565b88610903565b3d9150610aea565b6040513d5f823e3d90fd5b8363f952f96560e01b5f5260045260245ffd5b8363dfa9267560e01b5f5260045260245ffd5b346106a45760403660031901126106a457610b60611818565b602435908115158092036106a4573315610be8576001600160a01b0316908115610bd557335f52600560205260405f20825f5260205260405f2060ff1981541660ff83161790556040519081527f17307eab39ab6107e8899845ad3d59bd9653f200f220920489ca2b5937696c3160203392a3005b50630b61174360e31b5f5260045260245ffd5b63a9fbf51f60e01b5f525f60045260245ffd5b346106a45760203660031901126106a4576004356001600160401b0381116106a457610c37610c30602092369060040161187e565b369161193a565b818151910120604051908152f35b346106a4575f3660031901126106a4576040515f600154610c65816118ab565b8084529060018116908115610ceb5750600114610c8d575b6106a08361076e818503826118fe565b91905060015f527fb10e2d527612073b26eecdfd717e6a320cf44b4afac2b0732d9fcbe2b7fa0cf6915f905b808210610cd15750909150810160200161076e610c7d565b919260018160209254838588010152019101909291610cb9565b60ff191660208086019190915291151560051b8401909101915061076e9050610c7d565b346106a45760403660031901126106a4576001600160a01b03610d30611818565b165f52600660205260405f206024355f52602052602060405f2054604051908152f35b346106a45760203660031901126106a4576004355f526009602052606060405f206001600160601b0360018254920154166040519160018060a01b038116835260a01c60208301526040820152f35b346106a4575f3660031901126106a4576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b60403660031901126106a4576004356001600160401b0381116106a457610e1190369060040161187e565b90610e20602435838333611af8565b335f52600660205260405f20815f5260205260405f205480158015611352575b6113435743111561133457335f52600660205260405f20905f526020525f604081205560018060a01b037f000000000000000000000000000000000000000000000000000000000000000016907f00000000000000000000000000000000000000000000000000000000000000009160405192634790757760e11b84528060048501525f6024850152602084604481855afa938415610b16575f94611300575b508334106112e95760209081610f27610efa36898861193a565b82815191012095604051988994630544a75360e01b8652600486015260a0602486015260a4850191611b40565b5f60448401525f60648401525f838203916003198301608486015252018186855af1938415610b16575f946112b5575b505f60249183825260076020528560408320556040519283809263c58343ef60e01b82528860048301525afa908115610b16575f9161129b575b5064ffffffffff61012082015116633b9aca00810290808204633b9aca00149015171561128757600169ffffffffffffffffffff6101006001600160601b03610fdb819589611d54565b16940151169260405190610fee826118e3565b3382526020820190815260408201948552855f52600960205260405f2091838060a01b0390848060a01b03905116168460a01b835416178255518154908460a01b9060a01b1690838060a01b0316178155019151166001600160601b031982541617905560209260405161106285826118fe565b5f81523315611274575f8381526002865260409020546001600160a01b03168015159081611243575b335f8181526003895260408082208054600101905587825260028a52812080546001600160a01b0319168317905586919083907fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef9080a45061123057333b611142575b50909192833411611108575b604080945051928352820152f35b5f8080806111168834611d54565b335af1611121611d61565b506110fa576111308434611d54565b63e39e654b60e01b5f5260045260245ffd5b8461117b9160405180938192630a85bd0160e11b83523360048401525f60248401528760448401526080606484015260848301906117f4565b03815f335af15f91816111f0575b506111b65784611197611d61565b80519190826111b357633250574960e11b5f523360045260245ffd5b01fd5b929391929091906001600160e01b03191663757a42ff60e11b016111dd57929190846110ee565b633250574960e11b5f523360045260245ffd5b9091508581813d8311611229575b61120881836118fe565b810103126106a457516001600160e01b0319811681036106a4579086611189565b503d6111fe565b6339e3563760e11b5f525f60045260245ffd5b5f8581526004602052604080822080546001600160a01b031916905582825260038952902080545f1901905561108b565b633250574960e11b5f525f60045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b6112af91503d805f833e61060181836118fe565b84610f91565b9093506020813d6020116112e1575b816112d1602093836118fe565b810103126106a45751925f610f57565b3d91506112c4565b836323b18f5f60e01b5f526004523460245260445ffd5b9093506020813d60201161132c575b8161131c602093836118fe565b810103126106a457519285610ee0565b3d915061130f565b63c1116db560e01b5f5260045ffd5b635b07c98960e01b5f5260045ffd5b506101008101808211611287574311610e40565b346106a45760203660031901126106a4576001600160a01b03611387611818565b1680156113a4575f526003602052602060405f2054604051908152f35b6322718ad960e21b5f525f60045260245ffd5b346106a45760203660031901126106a45760206113d56004356120ad565b6040516001600160a01b039091168152f35b346106a4575f3660031901126106a45760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b346106a45761071361143236611844565b90604051926114426020856118fe565b5f845261070d838383611970565b346106a45760603660031901126106a457611469611818565b6024356001600160401b0381116106a45760209161148e61149892369060040161187e565b9060443592611af8565b604051908152f35b346106a45760203660031901126106a4576004355f526007602052602060405f2054604051908152f35b346106a4576107136114db36611844565b91611970565b346106a4575f3660031901126106a457604051634790757760e11b81527f000000000000000000000000000000000000000000000000000000000000000060048201525f60248201526020816044817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa8015610b16575f90611574575b602090604051908152f35b506020813d60201161159f575b8161158e602093836118fe565b810103126106a45760209051611569565b3d9150611581565b346106a45760403660031901126106a4576115c0611818565b6024356115cc816120ad565b3315158061167e575b80611651575b61163e5781906001600160a01b0384811691167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b9255f80a45f90815260046020526040902080546001600160a01b0319166001600160a01b03909216919091179055005b63a9fbf51f60e01b5f523360045260245ffd5b506001600160a01b0381165f90815260056020908152604080832033845290915290205460ff16156115db565b506001600160a01b0381163314156115d5565b346106a45760203660031901126106a4576004356116ae816120ad565b505f526004602052602060018060a01b0360405f205416604051908152f35b346106a4575f3660031901126106a4576040515f5f546116ec816118ab565b8084529060018116908115610ceb5750600114611713576106a08361076e818503826118fe565b5f8080527f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e563939250905b8082106117555750909150810160200161076e610c7d565b91926001816020925483858801015201910190929161173d565b346106a45760203660031901126106a4576004359063ffffffff60e01b82168092036106a4576020916338162ad360e11b81149081156117b1575b5015158152f35b6380ac58cd60e01b8114915081156117e3575b81156117d2575b50836117aa565b6301ffc9a760e01b149050836117cb565b635b5e139f60e01b811491506117c4565b805180835260209291819084018484015e5f828201840152601f01601f1916010190565b600435906001600160a01b03821682036106a457565b602435906001600160a01b03821682036106a457565b60609060031901126106a4576004356001600160a01b03811681036106a457906024356001600160a01b03811681036106a4579060443590565b9181601f840112156106a4578235916001600160401b0383116106a457602083818601950101116106a457565b90600182811c921680156118d9575b60208310146118c557565b634e487b7160e01b5f52602260045260245ffd5b91607f16916118ba565b606081019081106001600160401b03821117610ab957604052565b90601f801991011681019081106001600160401b03821117610ab957604052565b6001600160401b038111610ab957601f01601f191660200190565b9291926119468261191f565b9161195460405193846118fe565b8294818452818301116106a4578281602093845f960137010152565b6001600160a01b0390911691908215611274575f828152600260205260409020546001600160a01b031692829033151580611a63575b5084611a30575b805f52600360205260405f2060018154019055815f52600260205260405f20816001600160601b0360a01b825416179055847fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef5f80a46001600160a01b0316808303611a1857505050565b6364283d7b60e01b5f5260045260245260445260645ffd5b5f82815260046020526040902080546001600160a01b0319169055845f52600360205260405f205f1981540190556119ad565b90915080611aa7575b15611a795782905f6119a6565b8284611a9157637e27328960e01b5f5260045260245ffd5b63177e802f60e01b5f523360045260245260445ffd5b503384148015611ad6575b80611a6c57505f838152600460205260409020546001600160a01b03163314611a6c565b505f84815260056020908152604080832033845290915290205460ff16611ab2565b929190611b0691369161193a565b602081519101209060405191602083019360018060a01b031684526040830152606082015260608152611b3a6080826118fe565b51902090565b908060209392818452848401375f828201840152601f01601f1916010190565b51906001600160a01b03821682036106a457565b519064ffffffffff821682036106a457565b519063ffffffff821682036106a457565b519061ffff821682036106a457565b519069ffffffffffffffffffff821682036106a457565b81601f820112156106a457805190611bd48261191f565b92611be260405194856118fe565b828452602083830101116106a457815f9260208093018386015e8301015290565b6020818303126106a4578051906001600160401b0382116106a457016101c0818303126106a457604051916101c083018381106001600160401b03821117610ab957604052611c5182611b60565b8352611c5f60208301611b74565b6020840152611c7060408301611b86565b6040840152606082015160058110156106a4576060840152611c9460808301611b97565b6080840152611ca560a08301611b60565b60a0840152611cb660c08301611b86565b60c0840152611cc760e08301611ba6565b60e0840152611cd96101008301611ba6565b610100840152611cec6101208301611b74565b610120840152611cff6101408301611b97565b610140840152611d126101608301611b86565b61016084015261018082015160038110156106a4576101808401526101a08201516001600160401b0381116106a457611d4b9201611bbd565b6101a082015290565b9190820391821161128757565b3d15611d8b573d90611d728261191f565b91611d8060405193846118fe565b82523d5f602084013e565b606090565b519081151582036106a457565b6020818303126106a4578051906001600160401b0382116106a4570160c0818303126106a4576040519160c083018381106001600160401b03821117610ab957604052611de982611b60565b8352611df760208301611b74565b6020840152611e0860408301611d90565b6040840152611e1960608301611b97565b6060840152611e2a60808301611b86565b608084015260a08201516001600160401b0381116106a457611e4c9201611bbd565b60a082015290565b91929390946040810361207c5781604091810103126106a45780359182158015612086575b61207c577f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031695611eb49136919061193a565b805160209182012060405163b93f863360e01b8152928201356004840152602483015281604481885afa8015610b165782915f91612047575b5003611fc75760405163c58343ef60e01b8152600481018290525f81602481885afa908115610b16575f9161202d575b50606081015160058110156120195760031490811591611fe3575b8115611fcf575b50611fc7575f906024604051809681936318feeb1560e31b835260048301525afa928315610b16575f93611fab575b506040830151159283611f82575b50505090565b611f9b92935060a001516020815191012092369161193a565b60208151910120145f8080611f7c565b611fc09193503d805f833e6105c081836118fe565b915f611f6e565b505050505f90565b60019150608061ffff91015116115f611f3f565b905063ffffffff6040820151167f0000000000000000000000000000000000000000000000000000000000000000141590611f38565b634e487b7160e01b5f52602160045260245ffd5b61204191503d805f833e61060181836118fe565b5f611f1d565b9150506020813d602011612074575b81612063602093836118fe565b810103126106a4578190515f611eed565b3d9150612056565b5050505050505f90565b5061209236878361193a565b602081519101205f52600760205260405f2054831415611e79565b5f818152600260205260409020546001600160a01b03169081156120cf575090565b637e27328960e01b5f5260045260245ffd5b823b6120ef575b5050505050565b604051630a85bd0160e11b81526001600160a01b03918216600482015291811660248301526044820193909352608060648201529116916020908290819061213b9060848301906117f4565b03815f865af15f91816121ab575b506121775750612157611d61565b805190816121725782633250574960e11b5f5260045260245ffd5b602001fd5b6001600160e01b03191663757a42ff60e11b0161219957505f808080806120e8565b633250574960e11b5f5260045260245ffd5b9091506020813d6020116121e8575b816121c7602093836118fe565b810103126106a457516001600160e01b0319811681036106a457905f612149565b3d91506121ba56",
}

// AIGCNFT is an auto generated Go binding around an Ethereum contract.
type AIGCNFT struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *AIGCNFT) GetABI() abi.ABI {
	return c.abi
}

// NewAIGCNFT creates a new instance of AIGCNFT.
func NewAIGCNFT() *AIGCNFT {
	parsed, err := AIGCNFTMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &AIGCNFT{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *AIGCNFT) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(string name_, string symbol_, address oracle_, uint256 modelId_) returns()
func (aIGCNFT *AIGCNFT) PackConstructor(name_ string, symbol_ string, oracle_ common.Address, modelId_ *big.Int) []byte {
	enc, err := aIGCNFT.abi.Pack("", name_, symbol_, oracle_, modelId_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackCOMMITTTL is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc8eb32c8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function COMMIT_TTL() view returns(uint256)
func (aIGCNFT *AIGCNFT) PackCOMMITTTL() []byte {
	enc, err := aIGCNFT.abi.Pack("COMMIT_TTL")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCOMMITTTL is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc8eb32c8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function COMMIT_TTL() view returns(uint256)
func (aIGCNFT *AIGCNFT) TryPackCOMMITTTL() ([]byte, error) {
	return aIGCNFT.abi.Pack("COMMIT_TTL")
}

// UnpackCOMMITTTL is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc8eb32c8.
//
// Solidity: function COMMIT_TTL() view returns(uint256)
func (aIGCNFT *AIGCNFT) UnpackCOMMITTTL(data []byte) (*big.Int, error) {
	out, err := aIGCNFT.abi.Unpack("COMMIT_TTL", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackAddAigcData is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaea30507.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function addAigcData(uint256 tokenId, bytes prompt, bytes aigcData, bytes proof) returns()
func (aIGCNFT *AIGCNFT) PackAddAigcData(tokenId *big.Int, prompt []byte, aigcData []byte, proof []byte) []byte {
	enc, err := aIGCNFT.abi.Pack("addAigcData", tokenId, prompt, aigcData, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAddAigcData is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaea30507.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function addAigcData(uint256 tokenId, bytes prompt, bytes aigcData, bytes proof) returns()
func (aIGCNFT *AIGCNFT) TryPackAddAigcData(tokenId *big.Int, prompt []byte, aigcData []byte, proof []byte) ([]byte, error) {
	return aIGCNFT.abi.Pack("addAigcData", tokenId, prompt, aigcData, proof)
}

// PackAigcDataOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb40e16e3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function aigcDataOf(uint256 tokenId) view returns(bytes)
func (aIGCNFT *AIGCNFT) PackAigcDataOf(tokenId *big.Int) []byte {
	enc, err := aIGCNFT.abi.Pack("aigcDataOf", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAigcDataOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb40e16e3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function aigcDataOf(uint256 tokenId) view returns(bytes)
func (aIGCNFT *AIGCNFT) TryPackAigcDataOf(tokenId *big.Int) ([]byte, error) {
	return aIGCNFT.abi.Pack("aigcDataOf", tokenId)
}

// UnpackAigcDataOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb40e16e3.
//
// Solidity: function aigcDataOf(uint256 tokenId) view returns(bytes)
func (aIGCNFT *AIGCNFT) UnpackAigcDataOf(data []byte) ([]byte, error) {
	out, err := aIGCNFT.abi.Unpack("aigcDataOf", data)
	if err != nil {
		return *new([]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)
	return out0, nil
}

// PackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function approve(address to, uint256 tokenId) returns()
func (aIGCNFT *AIGCNFT) PackApprove(to common.Address, tokenId *big.Int) []byte {
	enc, err := aIGCNFT.abi.Pack("approve", to, tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function approve(address to, uint256 tokenId) returns()
func (aIGCNFT *AIGCNFT) TryPackApprove(to common.Address, tokenId *big.Int) ([]byte, error) {
	return aIGCNFT.abi.Pack("approve", to, tokenId)
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address owner) view returns(uint256)
func (aIGCNFT *AIGCNFT) PackBalanceOf(owner common.Address) []byte {
	enc, err := aIGCNFT.abi.Pack("balanceOf", owner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOf(address owner) view returns(uint256)
func (aIGCNFT *AIGCNFT) TryPackBalanceOf(owner common.Address) ([]byte, error) {
	return aIGCNFT.abi.Pack("balanceOf", owner)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address owner) view returns(uint256)
func (aIGCNFT *AIGCNFT) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := aIGCNFT.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCommit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf14fcbc8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function commit(bytes32 commitment) returns()
func (aIGCNFT *AIGCNFT) PackCommit(commitment [32]byte) []byte {
	enc, err := aIGCNFT.abi.Pack("commit", commitment)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCommit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf14fcbc8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function commit(bytes32 commitment) returns()
func (aIGCNFT *AIGCNFT) TryPackCommit(commitment [32]byte) ([]byte, error) {
	return aIGCNFT.abi.Pack("commit", commitment)
}

// PackCommitmentOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3e9bba6c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function commitmentOf(address minter, bytes prompt, bytes32 salt) pure returns(bytes32)
func (aIGCNFT *AIGCNFT) PackCommitmentOf(minter common.Address, prompt []byte, salt [32]byte) []byte {
	enc, err := aIGCNFT.abi.Pack("commitmentOf", minter, prompt, salt)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCommitmentOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3e9bba6c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function commitmentOf(address minter, bytes prompt, bytes32 salt) pure returns(bytes32)
func (aIGCNFT *AIGCNFT) TryPackCommitmentOf(minter common.Address, prompt []byte, salt [32]byte) ([]byte, error) {
	return aIGCNFT.abi.Pack("commitmentOf", minter, prompt, salt)
}

// UnpackCommitmentOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3e9bba6c.
//
// Solidity: function commitmentOf(address minter, bytes prompt, bytes32 salt) pure returns(bytes32)
func (aIGCNFT *AIGCNFT) UnpackCommitmentOf(data []byte) ([32]byte, error) {
	out, err := aIGCNFT.abi.Unpack("commitmentOf", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackCommitments is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8b1592b5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function commitments(address committer, bytes32 commitment) view returns(uint256 blockNumber)
func (aIGCNFT *AIGCNFT) PackCommitments(committer common.Address, commitment [32]byte) []byte {
	enc, err := aIGCNFT.abi.Pack("commitments", committer, commitment)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCommitments is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8b1592b5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function commitments(address committer, bytes32 commitment) view returns(uint256 blockNumber)
func (aIGCNFT *AIGCNFT) TryPackCommitments(committer common.Address, commitment [32]byte) ([]byte, error) {
	return aIGCNFT.abi.Pack("commitments", committer, commitment)
}

// UnpackCommitments is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8b1592b5.
//
// Solidity: function commitments(address committer, bytes32 commitment) view returns(uint256 blockNumber)
func (aIGCNFT *AIGCNFT) UnpackCommitments(data []byte) (*big.Int, error) {
	out, err := aIGCNFT.abi.Unpack("commitments", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetApproved is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x081812fc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getApproved(uint256 tokenId) view returns(address)
func (aIGCNFT *AIGCNFT) PackGetApproved(tokenId *big.Int) []byte {
	enc, err := aIGCNFT.abi.Pack("getApproved", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetApproved is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x081812fc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getApproved(uint256 tokenId) view returns(address)
func (aIGCNFT *AIGCNFT) TryPackGetApproved(tokenId *big.Int) ([]byte, error) {
	return aIGCNFT.abi.Pack("getApproved", tokenId)
}

// UnpackGetApproved is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x081812fc.
//
// Solidity: function getApproved(uint256 tokenId) view returns(address)
func (aIGCNFT *AIGCNFT) UnpackGetApproved(data []byte) (common.Address, error) {
	out, err := aIGCNFT.abi.Unpack("getApproved", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackIsApprovedForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe985e9c5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isApprovedForAll(address owner, address operator) view returns(bool)
func (aIGCNFT *AIGCNFT) PackIsApprovedForAll(owner common.Address, operator common.Address) []byte {
	enc, err := aIGCNFT.abi.Pack("isApprovedForAll", owner, operator)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsApprovedForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe985e9c5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isApprovedForAll(address owner, address operator) view returns(bool)
func (aIGCNFT *AIGCNFT) TryPackIsApprovedForAll(owner common.Address, operator common.Address) ([]byte, error) {
	return aIGCNFT.abi.Pack("isApprovedForAll", owner, operator)
}

// UnpackIsApprovedForAll is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe985e9c5.
//
// Solidity: function isApprovedForAll(address owner, address operator) view returns(bool)
func (aIGCNFT *AIGCNFT) UnpackIsApprovedForAll(data []byte) (bool, error) {
	out, err := aIGCNFT.abi.Unpack("isApprovedForAll", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x74ef63a8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mint(bytes prompt, bytes32 salt) payable returns(uint256 tokenId, uint256 requestId)
func (aIGCNFT *AIGCNFT) PackMint(prompt []byte, salt [32]byte) []byte {
	enc, err := aIGCNFT.abi.Pack("mint", prompt, salt)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x74ef63a8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mint(bytes prompt, bytes32 salt) payable returns(uint256 tokenId, uint256 requestId)
func (aIGCNFT *AIGCNFT) TryPackMint(prompt []byte, salt [32]byte) ([]byte, error) {
	return aIGCNFT.abi.Pack("mint", prompt, salt)
}

// MintOutput serves as a container for the return parameters of contract
// method Mint.
type MintOutput struct {
	TokenId   *big.Int
	RequestId *big.Int
}

// UnpackMint is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x74ef63a8.
//
// Solidity: function mint(bytes prompt, bytes32 salt) payable returns(uint256 tokenId, uint256 requestId)
func (aIGCNFT *AIGCNFT) UnpackMint(data []byte) (MintOutput, error) {
	out, err := aIGCNFT.abi.Unpack("mint", data)
	outstruct := new(MintOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.TokenId = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.RequestId = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackMintFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x13966db5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mintFee() view returns(uint256)
func (aIGCNFT *AIGCNFT) PackMintFee() []byte {
	enc, err := aIGCNFT.abi.Pack("mintFee")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMintFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x13966db5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mintFee() view returns(uint256)
func (aIGCNFT *AIGCNFT) TryPackMintFee() ([]byte, error) {
	return aIGCNFT.abi.Pack("mintFee")
}

// UnpackMintFee is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x13966db5.
//
// Solidity: function mintFee() view returns(uint256)
func (aIGCNFT *AIGCNFT) UnpackMintFee(data []byte) (*big.Int, error) {
	out, err := aIGCNFT.abi.Unpack("mintFee", data)
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
func (aIGCNFT *AIGCNFT) PackModelId() []byte {
	enc, err := aIGCNFT.abi.Pack("modelId")
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
func (aIGCNFT *AIGCNFT) TryPackModelId() ([]byte, error) {
	return aIGCNFT.abi.Pack("modelId")
}

// UnpackModelId is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x43cdaad2.
//
// Solidity: function modelId() view returns(uint256)
func (aIGCNFT *AIGCNFT) UnpackModelId(data []byte) (*big.Int, error) {
	out, err := aIGCNFT.abi.Unpack("modelId", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (aIGCNFT *AIGCNFT) PackName() []byte {
	enc, err := aIGCNFT.abi.Pack("name")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function name() view returns(string)
func (aIGCNFT *AIGCNFT) TryPackName() ([]byte, error) {
	return aIGCNFT.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (aIGCNFT *AIGCNFT) UnpackName(data []byte) (string, error) {
	out, err := aIGCNFT.abi.Unpack("name", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackOracle is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7dc0d1d0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function oracle() view returns(address)
func (aIGCNFT *AIGCNFT) PackOracle() []byte {
	enc, err := aIGCNFT.abi.Pack("oracle")
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
func (aIGCNFT *AIGCNFT) TryPackOracle() ([]byte, error) {
	return aIGCNFT.abi.Pack("oracle")
}

// UnpackOracle is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7dc0d1d0.
//
// Solidity: function oracle() view returns(address)
func (aIGCNFT *AIGCNFT) UnpackOracle(data []byte) (common.Address, error) {
	out, err := aIGCNFT.abi.Unpack("oracle", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackOwnerOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6352211e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ownerOf(uint256 tokenId) view returns(address)
func (aIGCNFT *AIGCNFT) PackOwnerOf(tokenId *big.Int) []byte {
	enc, err := aIGCNFT.abi.Pack("ownerOf", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwnerOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6352211e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ownerOf(uint256 tokenId) view returns(address)
func (aIGCNFT *AIGCNFT) TryPackOwnerOf(tokenId *big.Int) ([]byte, error) {
	return aIGCNFT.abi.Pack("ownerOf", tokenId)
}

// UnpackOwnerOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6352211e.
//
// Solidity: function ownerOf(uint256 tokenId) view returns(address)
func (aIGCNFT *AIGCNFT) UnpackOwnerOf(data []byte) (common.Address, error) {
	out, err := aIGCNFT.abi.Unpack("ownerOf", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPayments is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x87d81789.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function payments(uint256 tokenId) view returns(address minter, uint96 paid, uint96 modelFee)
func (aIGCNFT *AIGCNFT) PackPayments(tokenId *big.Int) []byte {
	enc, err := aIGCNFT.abi.Pack("payments", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPayments is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x87d81789.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function payments(uint256 tokenId) view returns(address minter, uint96 paid, uint96 modelFee)
func (aIGCNFT *AIGCNFT) TryPackPayments(tokenId *big.Int) ([]byte, error) {
	return aIGCNFT.abi.Pack("payments", tokenId)
}

// PaymentsOutput serves as a container for the return parameters of contract
// method Payments.
type PaymentsOutput struct {
	Minter   common.Address
	Paid     *big.Int
	ModelFee *big.Int
}

// UnpackPayments is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x87d81789.
//
// Solidity: function payments(uint256 tokenId) view returns(address minter, uint96 paid, uint96 modelFee)
func (aIGCNFT *AIGCNFT) UnpackPayments(data []byte) (PaymentsOutput, error) {
	out, err := aIGCNFT.abi.Unpack("payments", data)
	outstruct := new(PaymentsOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Minter = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.Paid = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.ModelFee = abi.ConvertType(out[2], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackRefundMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd2e684b8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function refundMint(uint256 tokenId) returns()
func (aIGCNFT *AIGCNFT) PackRefundMint(tokenId *big.Int) []byte {
	enc, err := aIGCNFT.abi.Pack("refundMint", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRefundMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd2e684b8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function refundMint(uint256 tokenId) returns()
func (aIGCNFT *AIGCNFT) TryPackRefundMint(tokenId *big.Int) ([]byte, error) {
	return aIGCNFT.abi.Pack("refundMint", tokenId)
}

// PackRequestOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x324e03be.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function requestOf(uint256 tokenId) view returns(uint256)
func (aIGCNFT *AIGCNFT) PackRequestOf(tokenId *big.Int) []byte {
	enc, err := aIGCNFT.abi.Pack("requestOf", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRequestOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x324e03be.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function requestOf(uint256 tokenId) view returns(uint256)
func (aIGCNFT *AIGCNFT) TryPackRequestOf(tokenId *big.Int) ([]byte, error) {
	return aIGCNFT.abi.Pack("requestOf", tokenId)
}

// UnpackRequestOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x324e03be.
//
// Solidity: function requestOf(uint256 tokenId) view returns(uint256)
func (aIGCNFT *AIGCNFT) UnpackRequestOf(data []byte) (*big.Int, error) {
	out, err := aIGCNFT.abi.Unpack("requestOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSafeTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42842e0e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId) returns()
func (aIGCNFT *AIGCNFT) PackSafeTransferFrom(from common.Address, to common.Address, tokenId *big.Int) []byte {
	enc, err := aIGCNFT.abi.Pack("safeTransferFrom", from, to, tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSafeTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42842e0e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId) returns()
func (aIGCNFT *AIGCNFT) TryPackSafeTransferFrom(from common.Address, to common.Address, tokenId *big.Int) ([]byte, error) {
	return aIGCNFT.abi.Pack("safeTransferFrom", from, to, tokenId)
}

// PackSafeTransferFrom0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb88d4fde.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId, bytes data) returns()
func (aIGCNFT *AIGCNFT) PackSafeTransferFrom0(from common.Address, to common.Address, tokenId *big.Int, data []byte) []byte {
	enc, err := aIGCNFT.abi.Pack("safeTransferFrom0", from, to, tokenId, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSafeTransferFrom0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb88d4fde.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId, bytes data) returns()
func (aIGCNFT *AIGCNFT) TryPackSafeTransferFrom0(from common.Address, to common.Address, tokenId *big.Int, data []byte) ([]byte, error) {
	return aIGCNFT.abi.Pack("safeTransferFrom0", from, to, tokenId, data)
}

// PackSetApprovalForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa22cb465.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setApprovalForAll(address operator, bool approved) returns()
func (aIGCNFT *AIGCNFT) PackSetApprovalForAll(operator common.Address, approved bool) []byte {
	enc, err := aIGCNFT.abi.Pack("setApprovalForAll", operator, approved)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetApprovalForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa22cb465.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setApprovalForAll(address operator, bool approved) returns()
func (aIGCNFT *AIGCNFT) TryPackSetApprovalForAll(operator common.Address, approved bool) ([]byte, error) {
	return aIGCNFT.abi.Pack("setApprovalForAll", operator, approved)
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (aIGCNFT *AIGCNFT) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := aIGCNFT.abi.Pack("supportsInterface", interfaceId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (aIGCNFT *AIGCNFT) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return aIGCNFT.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (aIGCNFT *AIGCNFT) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := aIGCNFT.abi.Unpack("supportsInterface", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function symbol() view returns(string)
func (aIGCNFT *AIGCNFT) PackSymbol() []byte {
	enc, err := aIGCNFT.abi.Pack("symbol")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function symbol() view returns(string)
func (aIGCNFT *AIGCNFT) TryPackSymbol() ([]byte, error) {
	return aIGCNFT.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (aIGCNFT *AIGCNFT) UnpackSymbol(data []byte) (string, error) {
	out, err := aIGCNFT.abi.Unpack("symbol", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTokenIdOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x97e28da2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function tokenIdOf(bytes prompt) pure returns(uint256)
func (aIGCNFT *AIGCNFT) PackTokenIdOf(prompt []byte) []byte {
	enc, err := aIGCNFT.abi.Pack("tokenIdOf", prompt)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTokenIdOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x97e28da2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function tokenIdOf(bytes prompt) pure returns(uint256)
func (aIGCNFT *AIGCNFT) TryPackTokenIdOf(prompt []byte) ([]byte, error) {
	return aIGCNFT.abi.Pack("tokenIdOf", prompt)
}

// UnpackTokenIdOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x97e28da2.
//
// Solidity: function tokenIdOf(bytes prompt) pure returns(uint256)
func (aIGCNFT *AIGCNFT) UnpackTokenIdOf(data []byte) (*big.Int, error) {
	out, err := aIGCNFT.abi.Unpack("tokenIdOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTokenURI is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc87b56dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function tokenURI(uint256 tokenId) view returns(string)
func (aIGCNFT *AIGCNFT) PackTokenURI(tokenId *big.Int) []byte {
	enc, err := aIGCNFT.abi.Pack("tokenURI", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTokenURI is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc87b56dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function tokenURI(uint256 tokenId) view returns(string)
func (aIGCNFT *AIGCNFT) TryPackTokenURI(tokenId *big.Int) ([]byte, error) {
	return aIGCNFT.abi.Pack("tokenURI", tokenId)
}

// UnpackTokenURI is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc87b56dd.
//
// Solidity: function tokenURI(uint256 tokenId) view returns(string)
func (aIGCNFT *AIGCNFT) UnpackTokenURI(data []byte) (string, error) {
	out, err := aIGCNFT.abi.Unpack("tokenURI", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferFrom(address from, address to, uint256 tokenId) returns()
func (aIGCNFT *AIGCNFT) PackTransferFrom(from common.Address, to common.Address, tokenId *big.Int) []byte {
	enc, err := aIGCNFT.abi.Pack("transferFrom", from, to, tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferFrom(address from, address to, uint256 tokenId) returns()
func (aIGCNFT *AIGCNFT) TryPackTransferFrom(from common.Address, to common.Address, tokenId *big.Int) ([]byte, error) {
	return aIGCNFT.abi.Pack("transferFrom", from, to, tokenId)
}

// PackVerify is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xde8f50a1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verify(bytes prompt, bytes aigcData, bytes proof) view returns(bool success)
func (aIGCNFT *AIGCNFT) PackVerify(prompt []byte, aigcData []byte, proof []byte) []byte {
	enc, err := aIGCNFT.abi.Pack("verify", prompt, aigcData, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerify is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xde8f50a1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verify(bytes prompt, bytes aigcData, bytes proof) view returns(bool success)
func (aIGCNFT *AIGCNFT) TryPackVerify(prompt []byte, aigcData []byte, proof []byte) ([]byte, error) {
	return aIGCNFT.abi.Pack("verify", prompt, aigcData, proof)
}

// UnpackVerify is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xde8f50a1.
//
// Solidity: function verify(bytes prompt, bytes aigcData, bytes proof) view returns(bool success)
func (aIGCNFT *AIGCNFT) UnpackVerify(data []byte) (bool, error) {
	out, err := aIGCNFT.abi.Unpack("verify", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// AIGCNFTAigcData represents a AigcData event raised by the AIGCNFT contract.
type AIGCNFTAigcData struct {
	TokenId  *big.Int
	Prompt   common.Hash
	AigcData common.Hash
	Proof    []byte
	Raw      *types.Log // Blockchain specific contextual infos
}

const AIGCNFTAigcDataEventName = "AigcData"

// ContractEventName returns the user-defined event name.
func (AIGCNFTAigcData) ContractEventName() string {
	return AIGCNFTAigcDataEventName
}

// UnpackAigcDataEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AigcData(uint256 indexed tokenId, bytes indexed prompt, bytes indexed aigcData, bytes proof)
func (aIGCNFT *AIGCNFT) UnpackAigcDataEvent(log *types.Log) (*AIGCNFTAigcData, error) {
	event := "AigcData"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != aIGCNFT.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AIGCNFTAigcData)
	if len(log.Data) > 0 {
		if err := aIGCNFT.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range aIGCNFT.abi.Events[event].Inputs {
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

// AIGCNFTApproval represents a Approval event raised by the AIGCNFT contract.
type AIGCNFTApproval struct {
	Owner    common.Address
	Approved common.Address
	TokenId  *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const AIGCNFTApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (AIGCNFTApproval) ContractEventName() string {
	return AIGCNFTApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed approved, uint256 indexed tokenId)
func (aIGCNFT *AIGCNFT) UnpackApprovalEvent(log *types.Log) (*AIGCNFTApproval, error) {
	event := "Approval"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != aIGCNFT.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AIGCNFTApproval)
	if len(log.Data) > 0 {
		if err := aIGCNFT.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range aIGCNFT.abi.Events[event].Inputs {
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

// AIGCNFTApprovalForAll represents a ApprovalForAll event raised by the AIGCNFT contract.
type AIGCNFTApprovalForAll struct {
	Owner    common.Address
	Operator common.Address
	Approved bool
	Raw      *types.Log // Blockchain specific contextual infos
}

const AIGCNFTApprovalForAllEventName = "ApprovalForAll"

// ContractEventName returns the user-defined event name.
func (AIGCNFTApprovalForAll) ContractEventName() string {
	return AIGCNFTApprovalForAllEventName
}

// UnpackApprovalForAllEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ApprovalForAll(address indexed owner, address indexed operator, bool approved)
func (aIGCNFT *AIGCNFT) UnpackApprovalForAllEvent(log *types.Log) (*AIGCNFTApprovalForAll, error) {
	event := "ApprovalForAll"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != aIGCNFT.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AIGCNFTApprovalForAll)
	if len(log.Data) > 0 {
		if err := aIGCNFT.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range aIGCNFT.abi.Events[event].Inputs {
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

// AIGCNFTMintRefunded represents a MintRefunded event raised by the AIGCNFT contract.
type AIGCNFTMintRefunded struct {
	TokenId   *big.Int
	RequestId *big.Int
	Minter    common.Address
	Amount    *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const AIGCNFTMintRefundedEventName = "MintRefunded"

// ContractEventName returns the user-defined event name.
func (AIGCNFTMintRefunded) ContractEventName() string {
	return AIGCNFTMintRefundedEventName
}

// UnpackMintRefundedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MintRefunded(uint256 indexed tokenId, uint256 indexed requestId, address indexed minter, uint256 amount)
func (aIGCNFT *AIGCNFT) UnpackMintRefundedEvent(log *types.Log) (*AIGCNFTMintRefunded, error) {
	event := "MintRefunded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != aIGCNFT.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AIGCNFTMintRefunded)
	if len(log.Data) > 0 {
		if err := aIGCNFT.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range aIGCNFT.abi.Events[event].Inputs {
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

// AIGCNFTTransfer represents a Transfer event raised by the AIGCNFT contract.
type AIGCNFTTransfer struct {
	From    common.Address
	To      common.Address
	TokenId *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const AIGCNFTTransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (AIGCNFTTransfer) ContractEventName() string {
	return AIGCNFTTransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 indexed tokenId)
func (aIGCNFT *AIGCNFT) UnpackTransferEvent(log *types.Log) (*AIGCNFTTransfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != aIGCNFT.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AIGCNFTTransfer)
	if len(log.Data) > 0 {
		if err := aIGCNFT.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range aIGCNFT.abi.Events[event].Inputs {
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
func (aIGCNFT *AIGCNFT) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], aIGCNFT.abi.Errors["AigcDataAlreadyAdded"].ID.Bytes()[:4]) {
		return aIGCNFT.UnpackAigcDataAlreadyAddedError(raw[4:])
	}
	if bytes.Equal(raw[:4], aIGCNFT.abi.Errors["CommitmentLive"].ID.Bytes()[:4]) {
		return aIGCNFT.UnpackCommitmentLiveError(raw[4:])
	}
	if bytes.Equal(raw[:4], aIGCNFT.abi.Errors["CommitmentTooRecent"].ID.Bytes()[:4]) {
		return aIGCNFT.UnpackCommitmentTooRecentError(raw[4:])
	}
	if bytes.Equal(raw[:4], aIGCNFT.abi.Errors["ERC721IncorrectOwner"].ID.Bytes()[:4]) {
		return aIGCNFT.UnpackERC721IncorrectOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], aIGCNFT.abi.Errors["ERC721InsufficientApproval"].ID.Bytes()[:4]) {
		return aIGCNFT.UnpackERC721InsufficientApprovalError(raw[4:])
	}
	if bytes.Equal(raw[:4], aIGCNFT.abi.Errors["ERC721InvalidApprover"].ID.Bytes()[:4]) {
		return aIGCNFT.UnpackERC721InvalidApproverError(raw[4:])
	}
	if bytes.Equal(raw[:4], aIGCNFT.abi.Errors["ERC721InvalidOperator"].ID.Bytes()[:4]) {
		return aIGCNFT.UnpackERC721InvalidOperatorError(raw[4:])
	}
	if bytes.Equal(raw[:4], aIGCNFT.abi.Errors["ERC721InvalidOwner"].ID.Bytes()[:4]) {
		return aIGCNFT.UnpackERC721InvalidOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], aIGCNFT.abi.Errors["ERC721InvalidReceiver"].ID.Bytes()[:4]) {
		return aIGCNFT.UnpackERC721InvalidReceiverError(raw[4:])
	}
	if bytes.Equal(raw[:4], aIGCNFT.abi.Errors["ERC721InvalidSender"].ID.Bytes()[:4]) {
		return aIGCNFT.UnpackERC721InvalidSenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], aIGCNFT.abi.Errors["ERC721NonexistentToken"].ID.Bytes()[:4]) {
		return aIGCNFT.UnpackERC721NonexistentTokenError(raw[4:])
	}
	if bytes.Equal(raw[:4], aIGCNFT.abi.Errors["NoCommitment"].ID.Bytes()[:4]) {
		return aIGCNFT.UnpackNoCommitmentError(raw[4:])
	}
	if bytes.Equal(raw[:4], aIGCNFT.abi.Errors["NotVerified"].ID.Bytes()[:4]) {
		return aIGCNFT.UnpackNotVerifiedError(raw[4:])
	}
	if bytes.Equal(raw[:4], aIGCNFT.abi.Errors["NothingToRefund"].ID.Bytes()[:4]) {
		return aIGCNFT.UnpackNothingToRefundError(raw[4:])
	}
	if bytes.Equal(raw[:4], aIGCNFT.abi.Errors["SurplusNotReturned"].ID.Bytes()[:4]) {
		return aIGCNFT.UnpackSurplusNotReturnedError(raw[4:])
	}
	if bytes.Equal(raw[:4], aIGCNFT.abi.Errors["WrongFee"].ID.Bytes()[:4]) {
		return aIGCNFT.UnpackWrongFeeError(raw[4:])
	}
	if bytes.Equal(raw[:4], aIGCNFT.abi.Errors["WrongToken"].ID.Bytes()[:4]) {
		return aIGCNFT.UnpackWrongTokenError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// AIGCNFTAigcDataAlreadyAdded represents a AigcDataAlreadyAdded error raised by the AIGCNFT contract.
type AIGCNFTAigcDataAlreadyAdded struct {
	TokenId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AigcDataAlreadyAdded(uint256 tokenId)
func AIGCNFTAigcDataAlreadyAddedErrorID() common.Hash {
	return common.HexToHash("0xf952f96531a098ca4250a5e2e1894f6531aee9d81d6c69a0a4f8b5d1d9ba7288")
}

// UnpackAigcDataAlreadyAddedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AigcDataAlreadyAdded(uint256 tokenId)
func (aIGCNFT *AIGCNFT) UnpackAigcDataAlreadyAddedError(raw []byte) (*AIGCNFTAigcDataAlreadyAdded, error) {
	out := new(AIGCNFTAigcDataAlreadyAdded)
	if err := aIGCNFT.abi.UnpackIntoInterface(out, "AigcDataAlreadyAdded", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AIGCNFTCommitmentLive represents a CommitmentLive error raised by the AIGCNFT contract.
type AIGCNFTCommitmentLive struct {
	Commitment  [32]byte
	BlockNumber *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CommitmentLive(bytes32 commitment, uint256 blockNumber)
func AIGCNFTCommitmentLiveErrorID() common.Hash {
	return common.HexToHash("0x0dff3a8342d6dbf52d64aa14e05012708c79206b31112f89c2609727bd476cd0")
}

// UnpackCommitmentLiveError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CommitmentLive(bytes32 commitment, uint256 blockNumber)
func (aIGCNFT *AIGCNFT) UnpackCommitmentLiveError(raw []byte) (*AIGCNFTCommitmentLive, error) {
	out := new(AIGCNFTCommitmentLive)
	if err := aIGCNFT.abi.UnpackIntoInterface(out, "CommitmentLive", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AIGCNFTCommitmentTooRecent represents a CommitmentTooRecent error raised by the AIGCNFT contract.
type AIGCNFTCommitmentTooRecent struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CommitmentTooRecent()
func AIGCNFTCommitmentTooRecentErrorID() common.Hash {
	return common.HexToHash("0xc1116db549f10cd879de22a44153a0644c7d251cb47e1c49811cc315fa43b496")
}

// UnpackCommitmentTooRecentError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CommitmentTooRecent()
func (aIGCNFT *AIGCNFT) UnpackCommitmentTooRecentError(raw []byte) (*AIGCNFTCommitmentTooRecent, error) {
	out := new(AIGCNFTCommitmentTooRecent)
	if err := aIGCNFT.abi.UnpackIntoInterface(out, "CommitmentTooRecent", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AIGCNFTERC721IncorrectOwner represents a ERC721IncorrectOwner error raised by the AIGCNFT contract.
type AIGCNFTERC721IncorrectOwner struct {
	Sender  common.Address
	TokenId *big.Int
	Owner   common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721IncorrectOwner(address sender, uint256 tokenId, address owner)
func AIGCNFTERC721IncorrectOwnerErrorID() common.Hash {
	return common.HexToHash("0x64283d7b313c8117c125f736876fa2b4e90ea3831a4716dfdb87d2f540e26289")
}

// UnpackERC721IncorrectOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721IncorrectOwner(address sender, uint256 tokenId, address owner)
func (aIGCNFT *AIGCNFT) UnpackERC721IncorrectOwnerError(raw []byte) (*AIGCNFTERC721IncorrectOwner, error) {
	out := new(AIGCNFTERC721IncorrectOwner)
	if err := aIGCNFT.abi.UnpackIntoInterface(out, "ERC721IncorrectOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AIGCNFTERC721InsufficientApproval represents a ERC721InsufficientApproval error raised by the AIGCNFT contract.
type AIGCNFTERC721InsufficientApproval struct {
	Operator common.Address
	TokenId  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InsufficientApproval(address operator, uint256 tokenId)
func AIGCNFTERC721InsufficientApprovalErrorID() common.Hash {
	return common.HexToHash("0x177e802f6f313bc89797ecace66d6d29ab4719cbaaacbb87367264048b1eb861")
}

// UnpackERC721InsufficientApprovalError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InsufficientApproval(address operator, uint256 tokenId)
func (aIGCNFT *AIGCNFT) UnpackERC721InsufficientApprovalError(raw []byte) (*AIGCNFTERC721InsufficientApproval, error) {
	out := new(AIGCNFTERC721InsufficientApproval)
	if err := aIGCNFT.abi.UnpackIntoInterface(out, "ERC721InsufficientApproval", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AIGCNFTERC721InvalidApprover represents a ERC721InvalidApprover error raised by the AIGCNFT contract.
type AIGCNFTERC721InvalidApprover struct {
	Approver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidApprover(address approver)
func AIGCNFTERC721InvalidApproverErrorID() common.Hash {
	return common.HexToHash("0xa9fbf51f86b8e03595d59dc726bb10c329bb24f62589be276d8dd193ca0b69ea")
}

// UnpackERC721InvalidApproverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidApprover(address approver)
func (aIGCNFT *AIGCNFT) UnpackERC721InvalidApproverError(raw []byte) (*AIGCNFTERC721InvalidApprover, error) {
	out := new(AIGCNFTERC721InvalidApprover)
	if err := aIGCNFT.abi.UnpackIntoInterface(out, "ERC721InvalidApprover", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AIGCNFTERC721InvalidOperator represents a ERC721InvalidOperator error raised by the AIGCNFT contract.
type AIGCNFTERC721InvalidOperator struct {
	Operator common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidOperator(address operator)
func AIGCNFTERC721InvalidOperatorErrorID() common.Hash {
	return common.HexToHash("0x5b08ba185e8f577075361f3a3555a6580a227ce22734dcc979c1aeadf894658b")
}

// UnpackERC721InvalidOperatorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidOperator(address operator)
func (aIGCNFT *AIGCNFT) UnpackERC721InvalidOperatorError(raw []byte) (*AIGCNFTERC721InvalidOperator, error) {
	out := new(AIGCNFTERC721InvalidOperator)
	if err := aIGCNFT.abi.UnpackIntoInterface(out, "ERC721InvalidOperator", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AIGCNFTERC721InvalidOwner represents a ERC721InvalidOwner error raised by the AIGCNFT contract.
type AIGCNFTERC721InvalidOwner struct {
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidOwner(address owner)
func AIGCNFTERC721InvalidOwnerErrorID() common.Hash {
	return common.HexToHash("0x89c62b6479af2e623826dcc39c5133061d35b66d72de92833401dd2fd6567480")
}

// UnpackERC721InvalidOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidOwner(address owner)
func (aIGCNFT *AIGCNFT) UnpackERC721InvalidOwnerError(raw []byte) (*AIGCNFTERC721InvalidOwner, error) {
	out := new(AIGCNFTERC721InvalidOwner)
	if err := aIGCNFT.abi.UnpackIntoInterface(out, "ERC721InvalidOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AIGCNFTERC721InvalidReceiver represents a ERC721InvalidReceiver error raised by the AIGCNFT contract.
type AIGCNFTERC721InvalidReceiver struct {
	Receiver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidReceiver(address receiver)
func AIGCNFTERC721InvalidReceiverErrorID() common.Hash {
	return common.HexToHash("0x64a0ae9278f805eaf991dcd18ca78756d280b7508b764ef1b255c55845c11df9")
}

// UnpackERC721InvalidReceiverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidReceiver(address receiver)
func (aIGCNFT *AIGCNFT) UnpackERC721InvalidReceiverError(raw []byte) (*AIGCNFTERC721InvalidReceiver, error) {
	out := new(AIGCNFTERC721InvalidReceiver)
	if err := aIGCNFT.abi.UnpackIntoInterface(out, "ERC721InvalidReceiver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AIGCNFTERC721InvalidSender represents a ERC721InvalidSender error raised by the AIGCNFT contract.
type AIGCNFTERC721InvalidSender struct {
	Sender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidSender(address sender)
func AIGCNFTERC721InvalidSenderErrorID() common.Hash {
	return common.HexToHash("0x73c6ac6e10798e95d99e1f130d923eb40193ecb8d094ec3dce93292564eb3b17")
}

// UnpackERC721InvalidSenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidSender(address sender)
func (aIGCNFT *AIGCNFT) UnpackERC721InvalidSenderError(raw []byte) (*AIGCNFTERC721InvalidSender, error) {
	out := new(AIGCNFTERC721InvalidSender)
	if err := aIGCNFT.abi.UnpackIntoInterface(out, "ERC721InvalidSender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AIGCNFTERC721NonexistentToken represents a ERC721NonexistentToken error raised by the AIGCNFT contract.
type AIGCNFTERC721NonexistentToken struct {
	TokenId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721NonexistentToken(uint256 tokenId)
func AIGCNFTERC721NonexistentTokenErrorID() common.Hash {
	return common.HexToHash("0x7e273289a3a9ef6670f06df7dca227856fc925e956db96980692764a8bc734d7")
}

// UnpackERC721NonexistentTokenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721NonexistentToken(uint256 tokenId)
func (aIGCNFT *AIGCNFT) UnpackERC721NonexistentTokenError(raw []byte) (*AIGCNFTERC721NonexistentToken, error) {
	out := new(AIGCNFTERC721NonexistentToken)
	if err := aIGCNFT.abi.UnpackIntoInterface(out, "ERC721NonexistentToken", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AIGCNFTNoCommitment represents a NoCommitment error raised by the AIGCNFT contract.
type AIGCNFTNoCommitment struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoCommitment()
func AIGCNFTNoCommitmentErrorID() common.Hash {
	return common.HexToHash("0x5b07c9895553fba42eaab0cbbb52664a5bf478144fd4325cbedf011992ef44de")
}

// UnpackNoCommitmentError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoCommitment()
func (aIGCNFT *AIGCNFT) UnpackNoCommitmentError(raw []byte) (*AIGCNFTNoCommitment, error) {
	out := new(AIGCNFTNoCommitment)
	if err := aIGCNFT.abi.UnpackIntoInterface(out, "NoCommitment", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AIGCNFTNotVerified represents a NotVerified error raised by the AIGCNFT contract.
type AIGCNFTNotVerified struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotVerified()
func AIGCNFTNotVerifiedErrorID() common.Hash {
	return common.HexToHash("0xa95362b5102c933fac5e3beca233039da4b5c563c341b503e1546169c91d33c4")
}

// UnpackNotVerifiedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotVerified()
func (aIGCNFT *AIGCNFT) UnpackNotVerifiedError(raw []byte) (*AIGCNFTNotVerified, error) {
	out := new(AIGCNFTNotVerified)
	if err := aIGCNFT.abi.UnpackIntoInterface(out, "NotVerified", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AIGCNFTNothingToRefund represents a NothingToRefund error raised by the AIGCNFT contract.
type AIGCNFTNothingToRefund struct {
	TokenId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToRefund(uint256 tokenId)
func AIGCNFTNothingToRefundErrorID() common.Hash {
	return common.HexToHash("0xe0a5cd91633fe50133a39f84b83f658ba7ee91964d20deff754eb57a0631cd2f")
}

// UnpackNothingToRefundError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToRefund(uint256 tokenId)
func (aIGCNFT *AIGCNFT) UnpackNothingToRefundError(raw []byte) (*AIGCNFTNothingToRefund, error) {
	out := new(AIGCNFTNothingToRefund)
	if err := aIGCNFT.abi.UnpackIntoInterface(out, "NothingToRefund", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AIGCNFTSurplusNotReturned represents a SurplusNotReturned error raised by the AIGCNFT contract.
type AIGCNFTSurplusNotReturned struct {
	Amount *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SurplusNotReturned(uint256 amount)
func AIGCNFTSurplusNotReturnedErrorID() common.Hash {
	return common.HexToHash("0xe39e654bfcf84c94c1bdb01da1b1ab2152f8c97527a883bf9f56ea95b6003f31")
}

// UnpackSurplusNotReturnedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SurplusNotReturned(uint256 amount)
func (aIGCNFT *AIGCNFT) UnpackSurplusNotReturnedError(raw []byte) (*AIGCNFTSurplusNotReturned, error) {
	out := new(AIGCNFTSurplusNotReturned)
	if err := aIGCNFT.abi.UnpackIntoInterface(out, "SurplusNotReturned", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AIGCNFTWrongFee represents a WrongFee error raised by the AIGCNFT contract.
type AIGCNFTWrongFee struct {
	Required *big.Int
	Provided *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongFee(uint256 required, uint256 provided)
func AIGCNFTWrongFeeErrorID() common.Hash {
	return common.HexToHash("0x23b18f5f5e83b64f64fb1b28a90cb03c4f9ce8ceb2693b31fe14ebed9321256f")
}

// UnpackWrongFeeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongFee(uint256 required, uint256 provided)
func (aIGCNFT *AIGCNFT) UnpackWrongFeeError(raw []byte) (*AIGCNFTWrongFee, error) {
	out := new(AIGCNFTWrongFee)
	if err := aIGCNFT.abi.UnpackIntoInterface(out, "WrongFee", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AIGCNFTWrongToken represents a WrongToken error raised by the AIGCNFT contract.
type AIGCNFTWrongToken struct {
	TokenId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongToken(uint256 tokenId)
func AIGCNFTWrongTokenErrorID() common.Hash {
	return common.HexToHash("0xdfa92675e3498efd86fc62479b161827db0a1c402de670bdcd651a8e92c916d3")
}

// UnpackWrongTokenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongToken(uint256 tokenId)
func (aIGCNFT *AIGCNFT) UnpackWrongTokenError(raw []byte) (*AIGCNFTWrongToken, error) {
	out := new(AIGCNFTWrongToken)
	if err := aIGCNFT.abi.UnpackIntoInterface(out, "WrongToken", raw); err != nil {
		return nil, err
	}
	return out, nil
}
