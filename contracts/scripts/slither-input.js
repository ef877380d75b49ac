// Writes the solc standard-JSON input of the production contracts (src/, without src/testing) with
// AST output, for slither. Usage: node slither-input.js OUT.json
"use strict";
const fs = require("fs");
const path = require("path");
const root = path.resolve(__dirname, "..");
function walk(d) {
  return fs
    .readdirSync(d, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? walk(path.join(d, e.name)) : [path.join(d, e.name)]))
    .filter((f) => f.endsWith(".sol") && !f.includes(`${path.sep}testing${path.sep}`))
    .sort();
}
const sources = {};
for (const f of walk(path.join(root, "src"))) {
  sources[path.relative(root, f).split(path.sep).join("/")] = { content: fs.readFileSync(f, "utf8") };
}
const input = {
  language: "Solidity",
  sources,
  settings: {
    evmVersion: "osaka",
    optimizer: { enabled: true, runs: 200 },
    viaIR: true,
    outputSelection: { "*": { "*": ["abi", "evm.bytecode", "evm.deployedBytecode"], "": ["ast"] } },
  },
};
fs.writeFileSync(process.argv[2], JSON.stringify(input));
