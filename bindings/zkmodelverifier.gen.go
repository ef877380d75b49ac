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

// ZkModelVerifierMetaData contains all meta data concerning the ZkModelVerifier contract.
var ZkModelVerifierMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"groth16Verifier_\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"inputChunkBytes_\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"inputDomainBits_\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"outputDomainBits_\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chunk\",\"type\":\"uint256\"}],\"name\":\"BadChunkSize\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"bits\",\"type\":\"uint256\"}],\"name\":\"BadDomain\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"}],\"name\":\"NoCode\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"OutOfDomain\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"prover\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"input\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"output\",\"type\":\"bytes\"}],\"name\":\"digest\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"groth16Verifier\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"inputChunkBytes\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"inputDomainBits\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"outputDomainBits\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"prover\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"input\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"output\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"verify\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "ZkModelVerifier",
	Bin: "0x6101003461016157601f611ec838819003918201601f19168301916001600160401b03831184841017610165578084926080946040528339810103126101615780516001600160a01b0381169190828103610161576020820151906060604084015193015193813b1561014f575060188214158080610144575b61013157603e8411908115610117575b5061010457603d84116100f15760805260a05260c05260e052604051611d4e908161017a823960805181818161023d0152610386015260a051818181610194015261044f015260c0518181816101ce015261042d015260e051818181610208015261040b0152f35b83630add5ba360e11b5f5260045260245ffd5b82630add5ba360e11b5f5260045260245ffd5b841515915081610129575b505f610089565b90505f610122565b82632266253b60e11b5f5260045260245ffd5b50601f831415610079565b6333a2905b60e11b5f5260045260245ffd5b5f80fd5b634e487b7160e01b5f52604160045260245ffdfe6080806040526004361015610012575f80fd5b5f3560e01c90816319c813be1461022b5750806329374503146101f1578063549d3159146101b75780638bd3cb8c1461017d5780639d486629146100f75763d9f9eb9a1461005e575f80fd5b346100f35760803660031901126100f35761007761026c565b60243567ffffffffffffffff81116100f357610097903690600401610282565b919060443567ffffffffffffffff81116100f3576100b9903690600401610282565b606435939167ffffffffffffffff85116100f3576020956100e16100e9963690600401610282565b9590946102e6565b6040519015158152f35b5f80fd5b346100f35760603660031901126100f35761011061026c565b60243567ffffffffffffffff81116100f357610130903690600401610282565b916044359267ffffffffffffffff84116100f35761015561015d943690600401610282565b939092610401565b901561016e57602090604051908152f35b63f2b402bb60e01b5f5260045ffd5b346100f3575f3660031901126100f35760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b346100f3575f3660031901126100f35760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b346100f3575f3660031901126100f35760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b346100f3575f3660031901126100f3577f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b600435906001600160a01b03821682036100f357565b9181601f840112156100f35782359167ffffffffffffffff83116100f357602083818601950101116100f357565b90601f8019910116810190811067ffffffffffffffff8211176102d257604052565b634e487b7160e01b5f52604160045260245ffd5b906102f694939291979697610401565b9390156103fa57604051936020850185811067ffffffffffffffff8211176102d257604052845260405190806020830193632363e29760e21b85526040602485015281606485015260848401375f60848284010152604482015f905b600182106103e45750505f93945090610382608482869594601f801991011681010301601f1981018352826102b0565b51907f00000000000000000000000000000000000000000000000000000000000000005afa3d156103e1573d67ffffffffffffffff81116102d257604051906103d5601f8201601f1916602001836102b0565b81525f60203d92013e90565b90565b6020806001928951815201970191019095610352565b505f925050565b90610474949293917f0000000000000000000000000000000000000000000000000000000000000000947f0000000000000000000000000000000000000000000000000000000000000000927f00000000000000000000000000000000000000000000000000000000000000009261053b565b9291156104d2575f925f5b8181106104ba5750925b81518410156104b1576104a96001916104a28685610513565b51906109b4565b930192610489565b92505060019190565b936104cb6001916104a28786610513565b940161047f565b505f91508190565b919082018092116104e757565b634e487b7160e01b5f52601160045260245ffd5b67ffffffffffffffff81116102d25760051b60200190565b80518210156105275760209160051b010190565b634e487b7160e01b5f52603260045260245ffd5b9195929794979693909683871760201c6106075761055a8282896106cd565b600101806001116104e757610579906105738787610643565b906104da565b9661059c610586896104fb565b986105946040519a8b6102b0565b808a526104fb565b602089019990601f1901368b3788998951156105275760409590951b68010000000000000000600160e01b0316602083901b1786179094526105de9388610727565b8097919795886105f0575b5050505050565b6105fb959850610888565b50925f808080806105e9565b505f97506060965087955050505050565b919082039182116104e757565b811561062f570490565b634e487b7160e01b5f52601260045260245ffd5b5f929180156106ac57600181018091116106845780156106985761066e9060f804809260031c6104da565b5f198101908111610684576103e1929350610625565b634e487b7160e01b84526011600452602484fd5b634e487b7160e01b84526012600452602484fd5b5090915060188101908181116104e7576017019081116104e7576018900490565b9190811561070d5750600181018091116104e757801561062f576106f89060f804809260031c6104da565b5f198101919082116104e7576103e191610625565b6106f8915080926104da565b5f1981146104e75760010190565b92949391600195831561081a57506007811661080e5760018301928381116104e757831561062f57919060018460f804931b925f945f945f945b8486106107985750505050505061077b575b505060019190565b90926107909061078a81610719565b94610513565b525f80610773565b90919293949596828783013560c01d019081851c6107fc57841b17966107bd90610719565b958487146107db575b600881018091116104e7579493929190610761565b969095506107f26107eb8b610719565b9a89610513565b525f945f966107c6565b5050505050505050505090505f905f90565b5050505090505f905f90565b93919092505f5b83811061083357505050505060019190565b84818161084361087c9488610618565b1015610881576108538187610618565b985b61087661086182610719565b9a838701359060031b610100031c9187610513565b526104da565b610821565b8198610855565b9294939190948215610936576007811661080e5760018301928381116104e757831561062f57919060018460f804931b925f945f945f945b8486106108d95750505050505061077b57505060019190565b90919293949596828783013560c01d019081851c6107fc57841b17966108fe90610719565b9584871461091c575b600881018091116104e75794939291906108c0565b9690955061092c6107eb8b610719565b525f945f96610907565b9291505f5b83811061094c575050505060019190565b60186109588286610618565b10156109ac576109688185610618565b955b61098b61097682610719565b97838501359060031b610100031c9185610513565b52601881018091111561093b57634e487b7160e01b5f52601160045260245ffd5b60189561096a565b907f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f000000182817f2075888a58fb95ac51d3db00013c2b4cccb4ece51ac65594e7d31d81ae3a226282827f198472349c2119fccdaddd724f63f19fc713db81758a845fbcd972b9adadad1b82827f2861fa55a4748fb329f5eb88472f710520be56f1db37b85c37e7054bae33718982827f2c27a903142f943d127931af9e95285ad9f651d402f3f8ead8afc099bb9cc8ec82829f8f81857f06618d39331c7490481e53ce344a645cc4a02dbf3dbbc830e937929ed6039c1f82827f1a537e44312b40dbc7e06be6f227938532898e8e801ef318da21591743538f4b82827f1320148c9943b3b3701622b1c1c73e278074d50bdfb92ef19bf7733e7d421ddf82827f1077e4600b46ca1f09e8139232843fbb0d0edb67ede4cbe57355b1c9644cee4782829e7f24235b853d7f96de60d5159f4790f81382379f39ddd83a2ec502f73374291fca7f18234d7da8d9e5307c764d036b3c012a14aac97e29a51c31181171e4a3d0f5229f91857f033e80d52a890b969a4b8ce4dd2c00d537c303063fe21367a10335f7ed8d8cea82827f1a6fdd13f90e07d9eb965e5a953bd2cfde827d76db5de930bfde29dff65b530882827f03a5825985849b38f5094a1a64e87c6716786e23e9fa473e18d9dcca7b64eb1382827f2575cd0ba00fc35d0b1d93a4f3aabcb702de3d7b25cf61d888c5d54f91acabd782829e7f1ab2aa1ea50481246c3377b58b2b24844d24a97f8a91f9c9146702705382c9b382857f1648f1ad57cc4501ffd57f070a1aed96f71b28ad010cef238d98c1685ee1623182827f2d79aa7b5dc87a7387c7af51230172566ca6d68fa4ae9080e480638c7347b66882827f2be76db496d8cc23e8c8b6f234d299826511059ee88d96092ced4b87d74db77c82827f0c5e0f2d7b20a482239232a434fb08bb7dd8d3d06ba100e1e15da83e6cfc180f82829e7f0ad024352c40ea93df089e7950a8ef31949ca31185ea5554e507f1f5b71a82a882857f2ef035db5d4305163293830511cb03619565055e95b44737ab698fad03387fbf82827f0324b278afbdd2b4bd1083c8fc0d0c4958e101a5efb290b0b7889c99c16353df82827f283dac184f689fb8c3357d7f3de0c1b7a49d04a8e41bb8e7d0fee67c3a6dc31082827f07221d107bfedee39d35d32c22bf8572a1d710e5b011fe17c9cc97a6d2bc035b82829e7f18fc7233d851059576223ee5cde139640f3afd9b68d248bc8139cd2abee58a4882857f2407f1775e79704321acbff18234fd2ef12553f16dc3a1c6e95c1923a444556e82827f03e57bdb6308a6978ec98fc09b8417be9390f30ea08406dee02a46352c020dca82827f1d4bba151e87f7f4020d5a7ac14fab7458628acdbe04db4dd44faccdfb4abc1b82827f12f3b4a9858f78ff154cca259573fad0a1c5f91deeaff4200f4ea58ffffd343a82829e7f0b8b5ec72a5dadc23809f1b651ffd183a04992fbea89f0810e44a64300206d9f82857f0893359d7e7e1415d51d41fe73a19ac28beb829c5f8e37e6a6b2f03a813e359c82827f0834cde6ce894997a0be7195401d5c70ff57706af3870d6fafca067b41ead81c82827f27fffd50aeb4aeac31469860bb68f2673d176f334f084440b8d806534f1d469882827f176f35f05f9195318e6986e924057e359fac6a55a7386ddabc5a44de7f2af2f982829e7f2e3fc44847ad8cdde9c2bfeef503aa45bf6cf2e4544060b6c30a75f380df0f4382857f251b7fc58abd49fa61db45fe7a33248edd4a3b142d7a8c153553808a240c61b282827f24f1c646aa94730457d6ace633b53d35dc04afd438efaa3fad998f009bccaa8382827f22b41463e67696e365cab4a5cb7d915680166d20e834b6f5190e8b43d77ec6c082827f1610f29cb8529fe921f804b7991fc8612ed5f42000311707497afa34a37ee7bc82829e7f2fa103b79cb395a311f6f370e5c9072ae45f9ecb8eb8114f071120eac381e07a82857f06d8541da9b2e89a114783b790d91455bb0b97b2c7c72c146eb94005ee99a19082827f2a2c6d99e766d70342e7b42fbe06750440e27491c1518991b7674060e261613382827f0b25c5b3f1434174db4aac2308cf814db898c76592d736dc5b123f504449834c82827f2aa2e7625f2a69e1312b69e3c1916b5241b8d15d01ecf836c9e23ba5e511268982829e7f2b625e82f540d4603233baec3d48d81d9d855962b50771c6d5df82012044e89682857f241cc78290ec305ffea5e59e1b4f1010b37d10748c88c9d8d2b839c83c2aa7d782827f29e65ec685cbd4e7672031a51e24d20ff3e487e2ad44e7c0845d049720954c9182827f20784308ccc7096dcbbc21c6474e240690f32ad337128489d312de74a3a6775082827ee6cd592bed61bb710147ec52ad3ebc32b4c2a76d02644cad6474371234d20e82829e7f1b309dc61b68e045cb56749ca700a989a3f5571a02c9928bebd1c38f14974d3582857f217b043aadd7058a7e9270dc0a2f571a8d1ccd116297b85823de86d173e5432182827f0567446d1a11219fe0001d5c256cf31be597300229c7484badbf5a317f72ed3a82827f1b2316dd0dcdea06516b84318b73d6fdba124bcde021332d083f051c3515cbac82827f0a31c6ca07f6f5cbdc17a274ac22423a2f4dddebcadb176344b8d5bd8294caae82829e7f16eaaa27739d4e88d610264b2eab5a322a26448c7fd514659f433942c7b2bd3182857f0b572fc5b1f7aff1772cfdfc23801a1c135f0fcdf1c8cdc0eef3ad8319286a3482827f071e9b286b28ce0c178a78cafa97746d5388a66474dc4f712c7f251380a8627f82827f14a7c33e18320dfc10c3e257084be8afbd93be3c5823e23028656362c42da24d82827f0cdb3319efde2f036799a95bdc7a88b5bff5a6821d3c1a7a43123074c976d16482829e7f2bf9ecd92319e4025986d5cd2ed3effcd6c00eaf43ca16c447e19d7fd5c0287a82857f02e91572a13a6baf97560b43b5b862aebd8b7d95c0fda9c097d823cc9ef0599e82827f2df362baa3fd9ac1fd15429171277ef6a7e7ae8dde3b1de777a0c32a8fab3f4982827f0673313e239f124bc67ab1789f2a347427666f8fc0ec8a743b111cd62fec029e82827f1c8d18ccd39ffabfc8c003d93788cdd5380102085172a3e59ce8cb17ad57356d82829e7f031a967141bafc0f72c5b1ce7b3c19e95c3de3c3367ceaaba96a693b021dd60482857f069e790c2ed17de7147281661acdd1c26f2747341fd71902ed32c3f609f4f3af82827f0b9ea4b37c4e9569204d4d3f636d86cc0e3c192f851a5b0f0f75bd94e0893ba782827f011609a97f5ff4f5509812545ac26952fef5a7c4b111bd513a2d756f5b7d8c5582827f22ccc3fac120b52ece7d1d2faa77a2c898d01c2842c906a3b134cd5cd90fff3e82829e7f0b2dddc8994767c7d3632cc7bc089becf8ef3b65540fb4709b8cc78ba12b044b82857f04350ded3f38a23b702246e6cb96a9acf047d360e7f4ac88dd7281990f7514fa82827f2910726a98b57f1bb854e9837271775c6fccde2c377f64de5cb2f946f8888edb82827f0d49f6a66aca120408b616d05af5f82b1d26a9caec59bbb0ab444aa1c865608982827f29ab6b25bf9163f282f6490fca9195ab67e111b9cf456be56dd84da9f12d5b7982829e7f214982740a6e74e652bc133094f0c8bdfa532bf74b84d80b1c34271409c2a39882857f0864d86dfbf47dd6baef83cbdf4aff82f262d6cca98c54f8a71801027a59e43a82827f04c609941ec5da50d43b8d6d7d45fdd4faa8bb69929fc3337ddfc1bee29f7b9482827f0d9e4f1c56b68d93228cafa04929b24d1ea5d75247c81406ccbf18e18d12750082827f04f2341c37c35d02747b33fc4c5290680dbec7d25d41353c569692ea52355a6782829e7f03fe98be06edf0b4416aca902a2b51273d354a78c3659032433626a8aaa4357582857f15ef0a5a78ee6e7ab542f6399e527fee46c4f11bfe2d3fdf42cb7f9d8ebb5f5482827f1c4a70dbf1425a706204c1885e5cb58c5691f4497de68690f7e7df31665c401882827f10e54d1b3b9c236ee9b8ceac1c0218a80fe252338ae0f566fa053db07238df3e82827f17564d9831eb401b643834fc87cc28870af99ecada5841d5fe5041fc37c6da5382829e7f14e83ce42e31effc8be6e0119ecc4157c1c44206e159aff0761e92a945aa059182857f1c0e4ff08c1e78218d6ec96962af3c612b94b681499f344ba73395587d8a3ee882827f02c2504a6bdd69febc51d1d3199048d6399e7a79448f82132a891d9b997a5ac382827f02428faa477723c4259e01d8ab9034d8d20c9dc36a920f037886444ee12422f382827f06c5eed206090e6a8b7a2252d53b79e095a20f48670c5f13162dda25fe92014382829e7e20267d7ca27c578a48624415224016c5f97d5fc89b34937e5947abcb6c725682857f071df6c832aacdc389634a8c451ac132befc1cb4346d9f719557b51f5c18bcc182827f17f818f464c4886e7457e00cf1857079ad3318e9bb0a85db8f90e180fe8c492482827f126d7b2aeb81bf7141c6c92bcd2fee330fe52dc10c38d57c33a3b6af91ca037b82827f123313cced613293c40586b110f8e4244cd67cc4380c8f5df4ec60f42216ce2882829e7f16109597bcce3ae43a1084d249d86b69147cd8658583477da57d5baa2a005b9582857f1596ec4e14505c1a93b11de9fcbe5b9f8d8a4fb12f58e5469986ed9398bdb5a882827f11c89b296c0f060ffcc03768ffbe0ff6484936c732e6f033b46dfd5e31792b0782827f0d0915304efc5917df424d2e3d192d9c812c81446fe97542ec6049b6ef7a9bb782827f1963085e7a8de0f59ad7cc25201e077d75c290746386a6710b12e54ae412af7c82829e7f2fc4c99ac25032a97c43f57abaf1ca5bba501159bf43415ed934f987163840ee82857f25cb039f97160bafe45185c7ae37f06d561d8d46fc40c1991b28611280aeeff282827f283392b9145c98fc9680ee035816761cb79155557f0b302511a928c221b04c0382827f1f32210825398d59d2aa72031584599ec4cb98568e82780efabfb0c2ce14d72982827f2597fa0df0380dbe040a71ef993e0a0a517f634063bef8b707898521abdec1e982829e7f0f960a7c9a597587843350f0002036f95d5661918a5241117b9496189825dbad82857f01c2e148c40ea201b748bee72845b349bfa4a4497837af0d569ae47afc6e424382827f296c369bf999f895bd69945f2f44102f8369e8096b23bcb1c9c76cd2ef26dde082827f1cf181571ab5e33e734617eb8fefff7fb25ef2af75079b6a084ff63f7075f09182827f1f6e7f6a521c0af287b4d065a78dcd43b959592d734118f9d32767fad2dd344982829e7e808370c37267481fb91b077899955706f209e5e0762dac2c79ba1e7a91b0188285920101818082800980090901018180828009800909010181808280098009090101818082800980090901018180828009800909010181808280098009090101818082800980090901018180828009800909010181808280098009090101818082800980090901018180828009800909010181808280098009090101818082800980090901018180828009800909010181808280098009090101818082800980090901018180828009800909010181808280098009090101818082800980090901018180828009800909010181808280098009090101818082800980090901018180828009800909010181808280098009090101818082800980090901018180828009800909010181808280098009090101818082800980090901018180828009800909010181808280098009090101818082800980090901018180828009800909010181808280098009090101818082800980090901018180828009800909010181808280098009090101818082800980090901018180828009800909010181808280098009090101818082800980090901018180828009800909010181808280098009090101818082800980090901018180828009800909010181808280098009090101818082800980090901018180828009800909010181808280098009090101818082800980090901018180828009800909010181808280098009090101818082800980090901018180828009800909010181808280098009090101818082800980090901018180828009800909010181808280098009090101818082800980090901018180828009800909010181808280098009090101818082800980090901018180828009800909010181808280098009090101818082800980090901018180828009800909010181808280098009090101818082800980090901018180828009800909010181808280098009090101818082800980090901018180828009800909010181808280098009090101818082800980090901018180828009800909010181808280098009090101818082800980090901018180828009800909010181808280098009090101818082800980090901018180828009800909010181808280098009090101818082800980090901018180828009800909010181808280098009090101818082800980090901018180828009800909010181808280098009090101818082800980090901018180828009800909010181808280098009090101818082800980090901018180828009800909010181808280098009090101818082800980090901018180828009800909010181808280098009090101818082800980090901018180828009800909010181808280098009090101818082800980090901018180828009800909010181808280098009090101818082800980090901018180828009800909010181808280098009090101818082800980090901018180828009800909010181808280098009090101818082800980090901018180808380099685089580090908089056",
}

// ZkModelVerifier is an auto generated Go binding around an Ethereum contract.
type ZkModelVerifier struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *ZkModelVerifier) GetABI() abi.ABI {
	return c.abi
}

// NewZkModelVerifier creates a new instance of ZkModelVerifier.
func NewZkModelVerifier() *ZkModelVerifier {
	parsed, err := ZkModelVerifierMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &ZkModelVerifier{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *ZkModelVerifier) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address groth16Verifier_, uint256 inputChunkBytes_, uint256 inputDomainBits_, uint256 outputDomainBits_) returns()
func (zkModelVerifier *ZkModelVerifier) PackConstructor(groth16Verifier_ common.Address, inputChunkBytes_ *big.Int, inputDomainBits_ *big.Int, outputDomainBits_ *big.Int) []byte {
	enc, err := zkModelVerifier.abi.Pack("", groth16Verifier_, inputChunkBytes_, inputDomainBits_, outputDomainBits_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9d486629.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function digest(address prover, bytes input, bytes output) view returns(uint256)
func (zkModelVerifier *ZkModelVerifier) PackDigest(prover common.Address, input []byte, output []byte) []byte {
	enc, err := zkModelVerifier.abi.Pack("digest", prover, input, output)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9d486629.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function digest(address prover, bytes input, bytes output) view returns(uint256)
func (zkModelVerifier *ZkModelVerifier) TryPackDigest(prover common.Address, input []byte, output []byte) ([]byte, error) {
	return zkModelVerifier.abi.Pack("digest", prover, input, output)
}

// UnpackDigest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9d486629.
//
// Solidity: function digest(address prover, bytes input, bytes output) view returns(uint256)
func (zkModelVerifier *ZkModelVerifier) UnpackDigest(data []byte) (*big.Int, error) {
	out, err := zkModelVerifier.abi.Unpack("digest", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGroth16Verifier is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x19c813be.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function groth16Verifier() view returns(address)
func (zkModelVerifier *ZkModelVerifier) PackGroth16Verifier() []byte {
	enc, err := zkModelVerifier.abi.Pack("groth16Verifier")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGroth16Verifier is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x19c813be.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function groth16Verifier() view returns(address)
func (zkModelVerifier *ZkModelVerifier) TryPackGroth16Verifier() ([]byte, error) {
	return zkModelVerifier.abi.Pack("groth16Verifier")
}

// UnpackGroth16Verifier is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x19c813be.
//
// Solidity: function groth16Verifier() view returns(address)
func (zkModelVerifier *ZkModelVerifier) UnpackGroth16Verifier(data []byte) (common.Address, error) {
	out, err := zkModelVerifier.abi.Unpack("groth16Verifier", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackInputChunkBytes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8bd3cb8c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function inputChunkBytes() view returns(uint256)
func (zkModelVerifier *ZkModelVerifier) PackInputChunkBytes() []byte {
	enc, err := zkModelVerifier.abi.Pack("inputChunkBytes")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackInputChunkBytes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8bd3cb8c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function inputChunkBytes() view returns(uint256)
func (zkModelVerifier *ZkModelVerifier) TryPackInputChunkBytes() ([]byte, error) {
	return zkModelVerifier.abi.Pack("inputChunkBytes")
}

// UnpackInputChunkBytes is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8bd3cb8c.
//
// Solidity: function inputChunkBytes() view returns(uint256)
func (zkModelVerifier *ZkModelVerifier) UnpackInputChunkBytes(data []byte) (*big.Int, error) {
	out, err := zkModelVerifier.abi.Unpack("inputChunkBytes", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackInputDomainBits is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x549d3159.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function inputDomainBits() view returns(uint256)
func (zkModelVerifier *ZkModelVerifier) PackInputDomainBits() []byte {
	enc, err := zkModelVerifier.abi.Pack("inputDomainBits")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackInputDomainBits is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x549d3159.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function inputDomainBits() view returns(uint256)
func (zkModelVerifier *ZkModelVerifier) TryPackInputDomainBits() ([]byte, error) {
	return zkModelVerifier.abi.Pack("inputDomainBits")
}

// UnpackInputDomainBits is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x549d3159.
//
// Solidity: function inputDomainBits() view returns(uint256)
func (zkModelVerifier *ZkModelVerifier) UnpackInputDomainBits(data []byte) (*big.Int, error) {
	out, err := zkModelVerifier.abi.Unpack("inputDomainBits", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackOutputDomainBits is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x29374503.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function outputDomainBits() view returns(uint256)
func (zkModelVerifier *ZkModelVerifier) PackOutputDomainBits() []byte {
	enc, err := zkModelVerifier.abi.Pack("outputDomainBits")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOutputDomainBits is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x29374503.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function outputDomainBits() view returns(uint256)
func (zkModelVerifier *ZkModelVerifier) TryPackOutputDomainBits() ([]byte, error) {
	return zkModelVerifier.abi.Pack("outputDomainBits")
}

// UnpackOutputDomainBits is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x29374503.
//
// Solidity: function outputDomainBits() view returns(uint256)
func (zkModelVerifier *ZkModelVerifier) UnpackOutputDomainBits(data []byte) (*big.Int, error) {
	out, err := zkModelVerifier.abi.Unpack("outputDomainBits", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackVerify is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd9f9eb9a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verify(address prover, bytes input, bytes output, bytes proof) view returns(bool)
func (zkModelVerifier *ZkModelVerifier) PackVerify(prover common.Address, input []byte, output []byte, proof []byte) []byte {
	enc, err := zkModelVerifier.abi.Pack("verify", prover, input, output, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerify is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd9f9eb9a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verify(address prover, bytes input, bytes output, bytes proof) view returns(bool)
func (zkModelVerifier *ZkModelVerifier) TryPackVerify(prover common.Address, input []byte, output []byte, proof []byte) ([]byte, error) {
	return zkModelVerifier.abi.Pack("verify", prover, input, output, proof)
}

// UnpackVerify is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd9f9eb9a.
//
// Solidity: function verify(address prover, bytes input, bytes output, bytes proof) view returns(bool)
func (zkModelVerifier *ZkModelVerifier) UnpackVerify(data []byte) (bool, error) {
	out, err := zkModelVerifier.abi.Unpack("verify", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (zkModelVerifier *ZkModelVerifier) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], zkModelVerifier.abi.Errors["BadChunkSize"].ID.Bytes()[:4]) {
		return zkModelVerifier.UnpackBadChunkSizeError(raw[4:])
	}
	if bytes.Equal(raw[:4], zkModelVerifier.abi.Errors["BadDomain"].ID.Bytes()[:4]) {
		return zkModelVerifier.UnpackBadDomainError(raw[4:])
	}
	if bytes.Equal(raw[:4], zkModelVerifier.abi.Errors["NoCode"].ID.Bytes()[:4]) {
		return zkModelVerifier.UnpackNoCodeError(raw[4:])
	}
	if bytes.Equal(raw[:4], zkModelVerifier.abi.Errors["OutOfDomain"].ID.Bytes()[:4]) {
		return zkModelVerifier.UnpackOutOfDomainError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// ZkModelVerifierBadChunkSize represents a BadChunkSize error raised by the ZkModelVerifier contract.
type ZkModelVerifierBadChunkSize struct {
	Chunk *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadChunkSize(uint256 chunk)
func ZkModelVerifierBadChunkSizeErrorID() common.Hash {
	return common.HexToHash("0x44cc4a76d42276795d641654423ca6db1b0ec8c280fc9f6f5102d44028371725")
}

// UnpackBadChunkSizeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadChunkSize(uint256 chunk)
func (zkModelVerifier *ZkModelVerifier) UnpackBadChunkSizeError(raw []byte) (*ZkModelVerifierBadChunkSize, error) {
	out := new(ZkModelVerifierBadChunkSize)
	if err := zkModelVerifier.abi.UnpackIntoInterface(out, "BadChunkSize", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ZkModelVerifierBadDomain represents a BadDomain error raised by the ZkModelVerifier contract.
type ZkModelVerifierBadDomain struct {
	Bits *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadDomain(uint256 bits)
func ZkModelVerifierBadDomainErrorID() common.Hash {
	return common.HexToHash("0x15bab746f13236450ec587bbb233d317cfe259cd2f1d9eee0561b3124cc5924f")
}

// UnpackBadDomainError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadDomain(uint256 bits)
func (zkModelVerifier *ZkModelVerifier) UnpackBadDomainError(raw []byte) (*ZkModelVerifierBadDomain, error) {
	out := new(ZkModelVerifierBadDomain)
	if err := zkModelVerifier.abi.UnpackIntoInterface(out, "BadDomain", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ZkModelVerifierNoCode represents a NoCode error raised by the ZkModelVerifier contract.
type ZkModelVerifierNoCode struct {
	Verifier common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoCode(address verifier)
func ZkModelVerifierNoCodeErrorID() common.Hash {
	return common.HexToHash("0x674520b6bb5a7851149439c2748026005a69a70a0b4e6c410abbfac42015a2a9")
}

// UnpackNoCodeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoCode(address verifier)
func (zkModelVerifier *ZkModelVerifier) UnpackNoCodeError(raw []byte) (*ZkModelVerifierNoCode, error) {
	out := new(ZkModelVerifierNoCode)
	if err := zkModelVerifier.abi.UnpackIntoInterface(out, "NoCode", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ZkModelVerifierOutOfDomain represents a OutOfDomain error raised by the ZkModelVerifier contract.
type ZkModelVerifierOutOfDomain struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OutOfDomain()
func ZkModelVerifierOutOfDomainErrorID() common.Hash {
	return common.HexToHash("0xf2b402bba86d1a7b31c2c7c8af200828b0112231e3783e7b155ec190acf5a756")
}

// UnpackOutOfDomainError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OutOfDomain()
func (zkModelVerifier *ZkModelVerifier) UnpackOutOfDomainError(raw []byte) (*ZkModelVerifierOutOfDomain, error) {
	out := new(ZkModelVerifierOutOfDomain)
	if err := zkModelVerifier.abi.UnpackIntoInterface(out, "OutOfDomain", raw); err != nil {
		return nil, err
	}
	return out, nil
}
