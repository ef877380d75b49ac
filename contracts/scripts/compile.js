// Compiles contracts/src with the npm-pinned solc through standard JSON and writes one artifact per
// contract to contracts/out/<Name>.json ({contractName, sourceName, abi, bytecode, deployedBytecode})
// plus contracts/out/combined.json in solc's combined-json shape for abigen. Output is byte-stable:
// sources and contracts are sorted and metadata hashes are disabled so artifacts do not depend on paths.
"use strict";
const fs = require("fs");
const path = require("path");
const solc = require("solc");

const root = path.resolve(__dirname, "..");
const srcDir = path.join(root, "src");
const outDir = path.join(root, "out");

const EVM_VERSION = "osaka";
const OPTIMIZER_RUNS = 200;

function walk(dir) {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]))
    .filter((f) => f.endsWith(".sol"))
    .sort();
}

function findImport(p) {
  for (const base of [root, path.join(root, "node_modules")]) {
    const full = path.join(base, p);
    if (fs.existsSync(full)) return { contents: fs.readFileSync(full, "utf8") };
  }
  return { error: `not found: ${p}` };
}

const sources = {};
for (const f of walk(srcDir)) {
  sources[path.relative(root, f).split(path.sep).join("/")] = { content: fs.readFileSync(f, "utf8") };
}

const input = {
  language: "Solidity",
  sources,
  settings: {
    evmVersion: EVM_VERSION,
    optimizer: { enabled: true, runs: OPTIMIZER_RUNS },
    viaIR: true,
    metadata: { bytecodeHash: "none", appendCBOR: false },
    outputSelection: { "*": { "*": ["abi", "evm.bytecode.object", "evm.deployedBytecode.object"] } },
  },
};

const out = JSON.parse(solc.compile(JSON.stringify(input), { import: findImport }));
const errors = (out.errors || []).filter((e) => e.severity === "error");
// Warnings about OpenZeppelin's own code (e.g. its transient-storage reentrancy guard) are noise here.
for (const e of out.errors || []) {
  const file = e.sourceLocation ? e.sourceLocation.file : "";
  if (e.severity === "error" || !file.startsWith("@openzeppelin/")) console.error(e.formattedMessage);
}
if (errors.length > 0) process.exit(1);

fs.rmSync(outDir, { recursive: true, force: true });
fs.mkdirSync(outDir, { recursive: true });
const combined = { contracts: {}, version: solc.version() };
let n = 0;
for (const sourceName of Object.keys(out.contracts).sort()) {
  if (!sourceName.startsWith("src/")) continue;
  for (const name of Object.keys(out.contracts[sourceName]).sort()) {
    const c = out.contracts[sourceName][name];
    const bytecode = c.evm.bytecode.object;
    if (bytecode.length === 0) continue; // interfaces and abstract contracts
    const artifact = {
      contractName: name,
      sourceName,
      compiler: { version: solc.version(), evmVersion: EVM_VERSION, optimizerRuns: OPTIMIZER_RUNS },
      abi: c.abi,
      bytecode: "0x" + bytecode,
      deployedBytecode: "0x" + c.evm.deployedBytecode.object,
    };
    fs.writeFileSync(path.join(outDir, `${name}.json`), JSON.stringify(artifact, null, 2) + "\n");
    combined.contracts[`${sourceName}:${name}`] = { abi: c.abi, bin: bytecode };
    n++;
  }
}
fs.writeFileSync(path.join(outDir, "combined.json"), JSON.stringify(combined, null, 2) + "\n");
console.log(`compiled ${n} contracts with solc ${solc.version()} (evm ${EVM_VERSION}) into ${path.relative(process.cwd(), outDir) || "."}`);
