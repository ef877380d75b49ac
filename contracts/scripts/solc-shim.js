#!/usr/bin/env node
// A minimal `solc` command line over the npm-pinned solc (solcjs), for static-analysis tools that
// expect a native solc (slither via crytic-compile): it answers --version and --standard-json only.
// Debian ships no solc and solc-select would download one, which this network does not allow.
const path = require("path");
const fs = require("fs");
const root = path.resolve(__dirname, "..");
const solc = require(path.join(root, "node_modules/solc"));
const args = process.argv.slice(2);
if (args.includes("--version")) {
  console.log("solc, the solidity compiler commandline interface\nVersion: " + solc.version());
  process.exit(0);
}
function main() {
if (args.includes("--standard-json")) {
  const input = fs.readFileSync(0, "utf8");
  const findImport = (p) => {
    for (const base of [process.cwd(), root, path.join(root, "node_modules")]) {
      const full = path.join(base, p);
      if (fs.existsSync(full)) return { contents: fs.readFileSync(full, "utf8") };
    }
    return { error: "not found: " + p };
  };
  process.stdout.write(solc.compile(input, { import: findImport }));
  return;
}
console.error("fake solc: unsupported args " + args.join(" "));
process.exit(1);
}
main();
