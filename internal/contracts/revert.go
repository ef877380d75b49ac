package contracts

import (
	"encoding/hex"
	"errors"
	"fmt"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/auspex-labs/auspex/bindings"
)

// RevertError is a revert with a custom error from one of the Auspex contracts (or OpenZeppelin's,
// which they use).
type RevertError struct {
	Name string
	Args []any
	Data []byte
	err  error
}

func (e *RevertError) Error() string {
	if e.Name == "" {
		return fmt.Sprintf("reverted with unknown data 0x%x: %v", e.Data, e.err)
	}
	args := make([]string, len(e.Args))
	for i, a := range e.Args {
		args[i] = fmt.Sprint(a)
	}
	return fmt.Sprintf("reverted: %s(%s)", e.Name, strings.Join(args, ", "))
}

func (e *RevertError) Unwrap() error { return e.err }

// knownErrors are the custom errors of every Auspex contract, by selector.
var knownErrors = func() map[[4]byte]abi.Error {
	m := map[[4]byte]abi.Error{}
	for _, md := range []*bind.MetaData{
		&bindings.AIOracleMetaData, &bindings.ModelRegistryMetaData, &bindings.DigitClassifierMetaData,
		&bindings.ResultStoreMetaData, &bindings.OneStepVerifierMetaData, &bindings.DisputeGameMetaData,
		&bindings.ERC7641MetaData, &bindings.IMOSaleMetaData, &bindings.IMOFactoryMetaData, &bindings.AIGCNFTMetaData,
		&bindings.ZkModelVerifierMetaData,
	} {
		parsed, err := md.ParseABI()
		if err != nil {
			panic(fmt.Sprintf("contracts: bad generated ABI: %v", err))
		}
		for _, e := range parsed.Errors {
			var sel [4]byte
			copy(sel[:], e.ID[:4])
			m[sel] = e
		}
	}
	return m
}()

// DecodeRevert turns an RPC error that carries revert data into a *RevertError naming the custom
// error and its arguments. Errors without revert data are returned unchanged.
func DecodeRevert(err error) error {
	var de rpc.DataError
	if err == nil || !errors.As(err, &de) {
		return err
	}
	s, ok := de.ErrorData().(string)
	if !ok {
		return err
	}
	data, decErr := hex.DecodeString(strings.TrimPrefix(s, "0x"))
	if decErr != nil || len(data) < 4 {
		return err
	}
	var sel [4]byte
	copy(sel[:], data[:4])
	re := &RevertError{Data: data, err: err}
	if e, ok := knownErrors[sel]; ok {
		args, unpackErr := e.Inputs.Unpack(data[4:])
		if unpackErr == nil {
			re.Name, re.Args = e.Name, args
		}
	}
	return re
}

// IsRevert reports whether err is a revert with the custom error `name`.
func IsRevert(err error, name string) bool {
	var re *RevertError
	return errors.As(err, &re) && re.Name == name
}

// RevertName is the custom error's name in err, or "" if err is not a decoded revert.
func RevertName(err error) string {
	var re *RevertError
	if errors.As(err, &re) {
		return re.Name
	}
	return ""
}
