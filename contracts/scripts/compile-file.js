// Compiles one Solidity file outside contracts/src (e.g. a gnark-exported verifier) with the
// npm-pinned solc and the same settings as compile.js; prints {abi, bin} of the named contract.
// Usage: node contracts/scripts/compile-file.js FILE CONTRACT [--no-via-ir]
// (--no-via-ir: for third-party verifiers, such as EZKL's, that hit via-IR's stack limits)
"use strict";
const fs = require("fs");
const path = require("path");
const solc = require("solc");

const [file, name, flag] = process.argv.slice(2);
const input = {
  language: "Solidity",
  sources: { [path.basename(file)]: { content: fs.readFileSync(file, "utf8") } },
  settings: {
    evmVersion: "osaka",
    optimizer: { enabled: true, runs: 200 },
    viaIR: flag !== "--no-via-ir",
    metadata: { bytecodeHash: "none", appendCBOR: false },
    outputSelection: { "*": { "*": ["abi", "evm.bytecode.object"] } },
  },
};
const out = JSON.parse(solc.compile(JSON.stringify(input)));
const errors = (out.errors || []).filter((e) => e.severity === "error");
if (errors.length > 0) {
  for (const e of errors) console.error(e.formattedMessage);
  process.exit(1);
}
const c = out.contracts[path.basename(file)][name];
process.stdout.write(JSON.stringify({ abi: c.abi, bin: c.evm.bytecode.object }));
