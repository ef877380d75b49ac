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
	ABI: "[{\"inputs\":[{\"internalType\":\"string\",\"name\":\"name_\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"symbol_\",\"type\":\"string\"},{\"internalType\":\"contractIAIOracleViews\",\"name\":\"oracle_\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"modelId_\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"CommitmentTooRecent\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ERC721IncorrectOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ERC721InsufficientApproval\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC721InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"ERC721InvalidOperator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ERC721InvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC721InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC721InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ERC721NonexistentToken\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoCommitment\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotVerified\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"required\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"provided\",\"type\":\"uint256\"}],\"name\":\"WrongFee\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"WrongToken\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"bytes\",\"name\":\"prompt\",\"type\":\"bytes\"},{\"indexed\":true,\"internalType\":\"bytes\",\"name\":\"aigcData\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"AigcData\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"approved\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"approved\",\"type\":\"bool\"}],\"name\":\"ApprovalForAll\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"COMMIT_TTL\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"prompt\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"aigcData\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"addAigcData\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"aigcDataOf\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"}],\"name\":\"commit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"minter\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"prompt\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"name\":\"commitmentOf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"}],\"name\":\"commitments\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"blockNumber\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"getApproved\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"isApprovedForAll\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"prompt\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"name\":\"mint\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"mintFee\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"modelId\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"oracle\",\"outputs\":[{\"internalType\":\"contractIAIOracleViews\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ownerOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"requestOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"safeTransferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"safeTransferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"approved\",\"type\":\"bool\"}],\"name\":\"setApprovalForAll\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"prompt\",\"type\":\"bytes\"}],\"name\":\"tokenIdOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"tokenURI\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"prompt\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"aigcData\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"verify\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"success\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "AIGCNFT",
	Bin: "0x60c06040523461038857611faa803803806100198161038c565b9283398101906080818303126103885780516001600160401b03811161038857826100459183016103b1565b602082015190926001600160401b038211610388576100659183016103b1565b604082015190916001600160a01b0382168203610388576060015183519091906001600160401b038111610291575f54600181811c9116801561037e575b602082101461027357601f8111610311575b50602094601f82116001146102b0579481929394955f926102a5575b50508160011b915f199060031b1c1916175f555b82516001600160401b03811161029157600154600181811c91168015610287575b602082101461027357601f8111610205575b506020601f82116001146101a257819293945f92610197575b50508160011b915f199060031b1c1916176001555b60805260a052604051611ba79081610403823960805181818161092b015281816109cb01528181610f67015261164c015260a0518181816109ee01528181610e3301528181610f35015261186e0152f35b015190505f80610131565b601f1982169060015f52805f20915f5b8181106101ed575095836001959697106101d5575b505050811b01600155610146565b01515f1960f88460031b161c191690555f80806101c7565b9192602060018192868b0151815501940192016101b2565b818111156101185760015f52601f820160051c7fb10e2d527612073b26eecdfd717e6a320cf44b4afac2b0732d9fcbe2b7fa0cf66020841061026b575b81601f9101920160051c03905f5b82811061025e575050610118565b5f82820155600101610250565b5f9150610242565b634e487b7160e01b5f52602260045260245ffd5b90607f1690610106565b634e487b7160e01b5f52604160045260245ffd5b015190505f806100d1565b601f198216955f8052805f20915f5b8881106102f9575083600195969798106102e1575b505050811b015f556100e5565b01515f1960f88460031b161c191690555f80806102d4565b919260206001819286850151815501940192016102bf565b818111156100b5575f8052601f820160051c7f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e56360208410610376575b81601f9101920160051c03905f5b8281106103695750506100b5565b5f8282015560010161035b565b5f915061034d565b90607f16906100a3565b5f80fd5b6040519190601f01601f191682016001600160401b0381118382101761029157604052565b81601f82011215610388578051906001600160401b038211610291576103e0601f8301601f191660200161038c565b928284526020838301011161038857815f9260208093018386015e830101529056fe6080806040526004361015610012575f80fd5b5f905f3560e01c90816301ffc9a7146111a45750806306fdde0314611102578063081812fc146110c6578063095ea7b314610fdc57806313966db514610f1657806323b872dd14610eff578063324e03be14610ed55780633e9bba6c14610e8557806342842e0e14610e5657806343cdaad214610e1c5780636352211e14610dec57806370a0823114610d9b57806374ef63a81461095a5780637dc0d1d014610916578063839df945146108ec57806395d89b411461082257806397e28da2146107d8578063a22cb46514610724578063aea3050714610406578063b40e16e314610332578063b88d4fde146102c5578063c87b56dd14610268578063c8eb32c81461024b578063de8f50a1146101bb578063e985e9c5146101635763f14fcbc81461013c575f80fd5b34610160576020366003190112610160576004358152600660205243604082205580f35b80fd5b503461016057604036600319011261016057604061017f61124d565b91610188611263565b9260018060a01b031681526005602052209060018060a01b03165f52602052602060ff60405f2054166040519015158152f35b5034610160576060366003190112610160576004356001600160401b038111610247576101ec9036906004016112b3565b916024356001600160401b0381116102475761020c9036906004016112b3565b91604435906001600160401b03821161016057602061023d878787876102353660048a016112b3565b949093611631565b6040519015158152f35b5080fd5b503461016057806003193601126101605760206040516101008152f35b346102c15760203660031901126102c157610284600435611a3d565b505f604051610294602082611318565b526102bd6040516102a6602082611318565b5f8152604051918291602083526020830190611229565b0390f35b5f80fd5b346102c15760803660031901126102c1576102de61124d565b6102e6611263565b90604435606435926001600160401b0384116102c157366023850112156102c15761031e610330943690602481600401359101611354565b9261032a83838361138a565b33611a71565b005b346102c15760203660031901126102c1576004355f52600860205260405f20604051905f90805490610363826112e0565b80855291600181169081156103df575060011461039f575b6102bd8461038b81860382611318565b604051918291602083526020830190611229565b5f90815260208120939250905b8082106103c55750909150810160200161038b8261037b565b9192600181602092548385880101520191019092916103ac565b60ff191660208087019190915292151560051b8501909201925061038b915083905061037b565b346102c15760803660031901126102c1576004356024356001600160401b0381116102c1576104399036906004016112b3565b6044929192356001600160401b0381116102c15761045b9036906004016112b3565b9290916064356001600160401b0381116102c15761047d9036906004016112b3565b94909161048b368289611354565b602081519101208403610711576104a184611a3d565b5060405163de8f50a160e01b815260606004820152602081806104f46104e16104ce60648401888f61155f565b838103600319016024850152888c61155f565b8281036003190160448401528b8961155f565b0381305afa908115610706575f916106cc575b50156106bd57835f52600860205260405f20966001600160401b0383116106a95761053288546112e0565b601f8111610658575b505f97601f84116001146105d457837f65deac95b53ba76b9cdc6cf446af81731e1218c91eaf9811a95d28bde23b893e969798995f916105c9575b508460011b905f198660031b1c19161790555b81604051928392833781015f81520390209481604051928392833781015f8152039020946105c460405192839260208452602084019161155f565b0390a4005b90508801358a610576565b601f198416815f5260205f20905f5b818110610640575099857f65deac95b53ba76b9cdc6cf446af81731e1218c91eaf9811a95d28bde23b893e98999a9b10610627575b5050600184811b019055610589565b8901355f19600387901b60f8161c191690558980610618565b898c0135835560209b8c019b600190930192016105e3565b8381111561053b57885f5260205f20601f850160051c90602086106106a1575b81601f9101920160051c03905f5b82811061069457505061053b565b5f82820155600101610686565b5f9150610678565b634e487b7160e01b5f52604160045260245ffd5b63a95362b560e01b5f5260045ffd5b90506020813d6020116106fe575b816106e760209383611318565b810103126102c1576106f89061157f565b88610507565b3d91506106da565b6040513d5f823e3d90fd5b8363dfa9267560e01b5f5260045260245ffd5b346102c15760403660031901126102c15761073d61124d565b602435908115158092036102c15733156107c5576001600160a01b03169081156107b257335f52600560205260405f20825f5260205260405f2060ff1981541660ff83161790556040519081527f17307eab39ab6107e8899845ad3d59bd9653f200f220920489ca2b5937696c3160203392a3005b50630b61174360e31b5f5260045260245ffd5b63a9fbf51f60e01b5f525f60045260245ffd5b346102c15760203660031901126102c1576004356001600160401b0381116102c15761081461080d60209236906004016112b3565b3691611354565b818151910120604051908152f35b346102c1575f3660031901126102c1576040515f600154610842816112e0565b80845290600181169081156108c8575060011461086a575b6102bd8361038b81850382611318565b91905060015f527fb10e2d527612073b26eecdfd717e6a320cf44b4afac2b0732d9fcbe2b7fa0cf6915f905b8082106108ae5750909150810160200161038b61085a565b919260018160209254838588010152019101909291610896565b60ff191660208086019190915291151560051b8401909101915061038b905061085a565b346102c15760203660031901126102c1576004355f526006602052602060405f2054604051908152f35b346102c1575f3660031901126102c1576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b60403660031901126102c1576004356001600160401b0381116102c1576109859036906004016112b3565b90610994602435838333611517565b805f52600660205260405f205480158015610d73575b610d6457431115610d55575f5260066020525f604081205560018060a01b037f000000000000000000000000000000000000000000000000000000000000000016917f000000000000000000000000000000000000000000000000000000000000000092604051634790757760e11b81528460048201525f6024820152602081604481855afa908115610706575f91610d23575b50803403610d0d5750610a52368385611354565b602081519101209160209160405195610a6b8488611318565b5f87523315610cfa575f8581526002855260409020546001600160a01b03168015159081610cc9575b335f8181526003885260408082208054600101905589825260028952812080546001600160a01b0319168317905588919083907fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef9080a450610cb657333b610ba2575b838095969750610b286040519889958694630544a75360e01b8652600486015260a0602486015260a485019161155f565b5f60448401525f60648401525f838203916003198301608486015252019134905af1908115610706575f91610b72575b60409350825f526007815281845f20558351928352820152f35b80915083813d8311610b9b575b610b898183611318565b810103126102c1576040925190610b58565b503d610b7f565b929586610bdd9160405180938192630a85bd0160e11b83523360048401525f6024840152896044840152608060648401526084830190611229565b03815f335af15f9181610c76575b50610c3f57863d15610c37573d90610c0282611339565b91610c106040519384611318565b82523d5f8284013e5b81519182610c3457633250574960e11b5f523360045260245ffd5b01fd5b606090610c19565b949593946001600160e01b03191663757a42ff60e11b01610c635785949392610af7565b633250574960e11b5f523360045260245ffd5b9091508781813d8311610caf575b610c8e8183611318565b810103126102c157516001600160e01b0319811681036102c1579088610beb565b503d610c84565b6339e3563760e11b5f525f60045260245ffd5b5f8781526004602052604080822080546001600160a01b031916905582825260038852902080545f19019055610a94565b633250574960e11b5f525f60045260245ffd5b6323b18f5f60e01b5f526004523460245260445ffd5b90506020813d602011610d4d575b81610d3e60209383611318565b810103126102c1575185610a3e565b3d9150610d31565b63c1116db560e01b5f5260045ffd5b635b07c98960e01b5f5260045ffd5b506101008101808211610d875743116109aa565b634e487b7160e01b5f52601160045260245ffd5b346102c15760203660031901126102c1576001600160a01b03610dbc61124d565b168015610dd9575f526003602052602060405f2054604051908152f35b6322718ad960e21b5f525f60045260245ffd5b346102c15760203660031901126102c1576020610e0a600435611a3d565b6040516001600160a01b039091168152f35b346102c1575f3660031901126102c15760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b346102c157610330610e6736611279565b9060405192610e77602085611318565b5f845261032a83838361138a565b346102c15760603660031901126102c157610e9e61124d565b6024356001600160401b0381116102c157602091610ec3610ecd9236906004016112b3565b9060443592611517565b604051908152f35b346102c15760203660031901126102c1576004355f526007602052602060405f2054604051908152f35b346102c157610330610f1036611279565b9161138a565b346102c1575f3660031901126102c157604051634790757760e11b81527f000000000000000000000000000000000000000000000000000000000000000060048201525f60248201526020816044817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa8015610706575f90610fa9575b602090604051908152f35b506020813d602011610fd4575b81610fc360209383611318565b810103126102c15760209051610f9e565b3d9150610fb6565b346102c15760403660031901126102c157610ff561124d565b60243561100181611a3d565b331515806110b3575b80611086575b6110735781906001600160a01b0384811691167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b9255f80a45f90815260046020526040902080546001600160a01b0319166001600160a01b03909216919091179055005b63a9fbf51f60e01b5f523360045260245ffd5b506001600160a01b0381165f90815260056020908152604080832033845290915290205460ff1615611010565b506001600160a01b03811633141561100a565b346102c15760203660031901126102c1576004356110e381611a3d565b505f526004602052602060018060a01b0360405f205416604051908152f35b346102c1575f3660031901126102c1576040515f5f54611121816112e0565b80845290600181169081156108c85750600114611148576102bd8361038b81850382611318565b5f8080527f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e563939250905b80821061118a5750909150810160200161038b61085a565b919260018160209254838588010152019101909291611172565b346102c15760203660031901126102c1576004359063ffffffff60e01b82168092036102c1576020916338162ad360e11b81149081156111e6575b5015158152f35b6380ac58cd60e01b811491508115611218575b8115611207575b50836111df565b6301ffc9a760e01b14905083611200565b635b5e139f60e01b811491506111f9565b805180835260209291819084018484015e5f828201840152601f01601f1916010190565b600435906001600160a01b03821682036102c157565b602435906001600160a01b03821682036102c157565b60609060031901126102c1576004356001600160a01b03811681036102c157906024356001600160a01b03811681036102c1579060443590565b9181601f840112156102c1578235916001600160401b0383116102c157602083818601950101116102c157565b90600182811c9216801561130e575b60208310146112fa57565b634e487b7160e01b5f52602260045260245ffd5b91607f16916112ef565b90601f801991011681019081106001600160401b038211176106a957604052565b6001600160401b0381116106a957601f01601f191660200190565b92919261136082611339565b9161136e6040519384611318565b8294818452818301116102c1578281602093845f960137010152565b6001600160a01b0390911691908215610cfa575f828152600260205260409020546001600160a01b031692829033151580611482575b508461144f575b805f52600360205260405f2060018154019055815f52600260205260405f20816bffffffffffffffffffffffff60a01b825416179055847fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef5f80a46001600160a01b031680830361143757505050565b6364283d7b60e01b5f5260045260245260445260645ffd5b5f82815260046020526040902080546001600160a01b0319169055845f52600360205260405f205f1981540190556113c7565b909150806114c6575b156114985782905f6113c0565b82846114b057637e27328960e01b5f5260045260245ffd5b63177e802f60e01b5f523360045260245260445ffd5b5033841480156114f5575b8061148b57505f838152600460205260409020546001600160a01b0316331461148b565b505f84815260056020908152604080832033845290915290205460ff166114d1565b929190611525913691611354565b602081519101209060405191602083019360018060a01b031684526040830152606082015260608152611559608082611318565b51902090565b908060209392818452848401375f828201840152601f01601f1916010190565b519081151582036102c157565b51906001600160a01b03821682036102c157565b519064ffffffffff821682036102c157565b519063ffffffff821682036102c157565b519061ffff821682036102c157565b51906bffffffffffffffffffffffff821682036102c157565b81601f820112156102c15780519061160282611339565b926116106040519485611318565b828452602083830101116102c157815f9260208093018386015e8301015290565b919293909460408103611a335781604091810103126102c1577f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031694813592611683913691611354565b805160209182012060405163b93f863360e01b8152928201356004840152602483015281604481885afa80156107065782915f916119fe575b50036118435760405163c58343ef60e01b8152600481018290525f81602481885afa908115610706575f916118a9575b5060608101516005811015611895576003149081159161185f575b811561184b575b50611843575f906024604051809681936318feeb1560e31b835260048301525afa928315610706575f9361177a575b506040830151159283611751575b50505090565b61176a92935060a0015160208151910120923691611354565b60208151910120145f808061174b565b9092503d805f833e61178c8183611318565b8101906020818303126102c1578051906001600160401b0382116102c1570160c0818303126102c1576040519160c083018381106001600160401b038211176106a9576040526117db8261158c565b83526117e9602083016115a0565b60208401526117fa6040830161157f565b604084015261180b606083016115c3565b60608401526080820151608084015260a08201516001600160401b0381116102c15761183792016115eb565b60a0820152915f61173d565b505050505f90565b60019150608061ffff91015116115f61170e565b905063ffffffff6040820151167f0000000000000000000000000000000000000000000000000000000000000000141590611707565b634e487b7160e01b5f52602160045260245ffd5b90503d805f833e6118ba8183611318565b8101906020818303126102c1578051906001600160401b0382116102c157016101a0818303126102c157604051916101a083018381106001600160401b038211176106a95760405261190b8261158c565b8352611919602083016115a0565b602084015261192a604083016115b2565b6040840152606082015160058110156102c157606084015261194e608083016115c3565b608084015261195f60a0830161158c565b60a084015261197060c083016115b2565b60c084015261198160e083016115d2565b60e084015261199361010083016115d2565b6101008401526119a661012083016115c3565b6101208401526119b961014083016115b2565b61014084015261016082015160038110156102c1576101608401526101808201516001600160401b0381116102c1576119f292016115eb565b6101808201525f6116ec565b9150506020813d602011611a2b575b81611a1a60209383611318565b810103126102c1578190515f6116bc565b3d9150611a0d565b5050505050505f90565b5f818152600260205260409020546001600160a01b0316908115611a5f575090565b637e27328960e01b5f5260045260245ffd5b823b611a7f575b5050505050565b604051630a85bd0160e11b81526001600160a01b039182166004820152918116602483015260448201939093526080606482015291169160209082908190611acb906084830190611229565b03815f865af15f9181611b62575b50611b2e57503d15611b27573d611aef81611339565b90611afd6040519283611318565b81523d5f602083013e5b80519081611b225782633250574960e11b5f5260045260245ffd5b602001fd5b6060611b07565b6001600160e01b03191663757a42ff60e11b01611b5057505f80808080611a78565b633250574960e11b5f5260045260245ffd5b9091506020813d602011611b9f575b81611b7e60209383611318565b810103126102c157516001600160e01b0319811681036102c157905f611ad9565b3d9150611b7156",
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
// the contract method with ID 0x839df945.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function commitments(bytes32 commitment) view returns(uint256 blockNumber)
func (aIGCNFT *AIGCNFT) PackCommitments(commitment [32]byte) []byte {
	enc, err := aIGCNFT.abi.Pack("commitments", commitment)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCommitments is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x839df945.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function commitments(bytes32 commitment) view returns(uint256 blockNumber)
func (aIGCNFT *AIGCNFT) TryPackCommitments(commitment [32]byte) ([]byte, error) {
	return aIGCNFT.abi.Pack("commitments", commitment)
}

// UnpackCommitments is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x839df945.
//
// Solidity: function commitments(bytes32 commitment) view returns(uint256 blockNumber)
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
	if bytes.Equal(raw[:4], aIGCNFT.abi.Errors["WrongFee"].ID.Bytes()[:4]) {
		return aIGCNFT.UnpackWrongFeeError(raw[4:])
	}
	if bytes.Equal(raw[:4], aIGCNFT.abi.Errors["WrongToken"].ID.Bytes()[:4]) {
		return aIGCNFT.UnpackWrongTokenError(raw[4:])
	}
	return nil, errors.New("Unknown error")
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
