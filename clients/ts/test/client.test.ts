// The client against a running `auspex devnet` (scripts/ts-test.sh starts one): AUSPEX_DEPLOYMENT
// is its deployment file, AUSPEX_REPO the repository (for the shipped MNIST digits).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { type Hex, createPublicClient, createWalletClient, defineChain, http } from "viem";
import { privateKeyToAccount } from "viem/accounts";
import { AuspexClient, DEFAULT_SCALE, argmax, decodeOutput, decodeRaw, encodeInput } from "../src/index.js";

test("outputs decode to numbers and inputs encode half-even", () => {
  const out = encodeInput([0.5, -1.25, 3 / 2 ** 25, 5 / 2 ** 25]);
  assert.deepEqual(decodeRaw(out), [1n << 23n, -(5n << 22n), 2n, 2n]); // 1.5 → 2 and 2.5 → 2: half to even
  assert.deepEqual(decodeOutput(out).slice(0, 2), [0.5, -1.25]);
  assert.equal(argmax([1n, 7n, 7n, -3n]), 1);
  assert.throws(() => decodeRaw("0x0102"), /not int64/);
  assert.throws(() => encodeInput([2 ** 40]), /does not fit/);
});

const depFile = process.env.AUSPEX_DEPLOYMENT;
const repo = process.env.AUSPEX_REPO ?? join(process.cwd(), "..", "..");

test("against the devnet: models, a request answered, an invalid input named", { skip: !depFile && "set AUSPEX_DEPLOYMENT (scripts/ts-test.sh)", timeout: 240_000 }, async (t) => {
  const dep = JSON.parse(readFileSync(depFile!, "utf8"));
  const chain = defineChain({ id: dep.chain_id, name: "auspex devnet", nativeCurrency: { name: "Ether", symbol: "ETH", decimals: 18 }, rpcUrls: { default: { http: [dep.http] } } });
  const user = dep.accounts.find((a: { name: string }) => a.name === "user");
  const publicClient = createPublicClient({ chain, transport: http(dep.http) });
  const walletClient = createWalletClient({ chain, transport: http(dep.http), account: privateKeyToAccount(user.private_key as Hex) });
  const client = new AuspexClient({ publicClient, walletClient, oracle: dep.oracle, registry: dep.registry });
  const mnist = BigInt(dep.models["mnist-8"]);

  // The devnet's clock moves only when told: once a proposal is seen, warp past its window.
  const warpOnProposal = {
    fromBlock: 0n,
    pollMs: 250,
    timeoutMs: 180_000,
    onProgress: async (e: { step: string }) => {
      await publicClient.request({ method: "evm_increaseTime" as never, params: [601] as never });
      await publicClient.request({ method: "evm_mine" as never, params: [] as never });
      t.diagnostic(`${e.step}; clock moved 601 s`);
    },
  };

  await t.test("models", async () => {
    const models = await client.listModels();
    const m = models.find((x) => x.id === mnist)!;
    assert.equal(m.mode, "OPML");
    assert.equal(m.challengeWindowSeconds, 600);
    assert.match(m.uri, /mnist-8/);
  });

  await t.test("a digit classified", async () => {
    const digits = readFileSync(join(repo, "examples", "mnist", "digits-784x4.u8"));
    const labels = readFileSync(join(repo, "examples", "mnist", "labels-4.u8"));
    const fee = await client.estimateFee(mnist);
    assert.ok(fee > 0n);
    const r = await client.request({ modelId: mnist, input: new Uint8Array(digits.subarray(0, 784)) });
    assert.ok(r.feeWei >= fee);
    const end = await client.waitForEnding(r.requestId, { ...warpOnProposal, fromBlock: r.blockNumber });
    assert.equal(end.kind, "result");
    if (end.kind !== "result") return;
    const logits = decodeOutput(end.output, DEFAULT_SCALE);
    assert.equal(logits.length, 10);
    assert.equal(argmax(logits), labels[0]);
  });

  await t.test("an invalid input ends in a named error", async () => {
    const r = await client.request({ modelId: mnist, input: "0x010203" });
    const end = await client.waitForEnding(r.requestId, { ...warpOnProposal, fromBlock: r.blockNumber });
    assert.equal(end.kind, "error");
    if (end.kind !== "error") return;
    assert.equal(end.code, 1);
    assert.match(end.reason, /invalid input/);
  });
});
