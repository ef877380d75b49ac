// The Auspex client for dApp front ends (viem): estimate the fee, request an inference, wait for
// the one ending every request has (a result, an error or a refund), decode outputs to numbers,
// read the model registry. Encodings: docs/ENCODING.md.
import {
  type Account,
  type Address,
  type Chain,
  type Hex,
  type PublicClient,
  type Transport,
  type WalletClient,
  bytesToHex,
  hexToBytes,
  parseEventLogs,
} from "viem";
import { aiOracleAbi, modelRegistryAbi } from "./abi.js";

export { aiOracleAbi, modelRegistryAbi };

/** The engine's default fixed-point scale: a raw value v means v / 2^24. */
export const DEFAULT_SCALE = 24;

/** The error codes a request can end with (AIOracle.proposeError, docs/ENCODING.md). */
export const ERROR_CODES: Readonly<Record<number, string>> = {
  1: "invalid input: the input is not one the model takes",
  2: "execution error: the engine gives no result for this input",
};

/** The verification modes of ModelRegistry. */
export const MODES = ["OPML", "ZK", "OPML_AND_ZK"] as const;

/** How a request ended: exactly one of these, once. */
export type Ending =
  | { kind: "result"; requestId: bigint; output: Hex; txHash: Hex; blockNumber: bigint }
  | { kind: "error"; requestId: bigint; code: number; reason: string; txHash: Hex; blockNumber: bigint }
  | { kind: "refund"; requestId: bigint; amount: bigint; txHash: Hex; blockNumber: bigint };

/** A registered model as the registry stores it. */
export interface ModelInfo {
  id: bigint;
  owner: Address;
  uri: string;
  mode: (typeof MODES)[number];
  feeWei: bigint;
  challengeWindowSeconds: number;
  onnxHash: Hex;
  programHash: Hex;
  inputShapes: Hex;
}

/** What a request returns. */
export interface Requested {
  requestId: bigint;
  txHash: Hex;
  blockNumber: bigint;
  feeWei: bigint;
}

function toBytes(b: Hex | Uint8Array): Uint8Array {
  return typeof b === "string" ? hexToBytes(b) : b;
}

/** An output's raw int64 values (big-endian two's complement). */
export function decodeRaw(output: Hex | Uint8Array): bigint[] {
  const b = toBytes(output);
  if (b.length % 8 !== 0) throw new Error(`an output of ${b.length} bytes is not int64 values`);
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const out: bigint[] = [];
  for (let i = 0; i < b.length; i += 8) out.push(view.getBigInt64(i, false));
  return out;
}

/** An output's values in real units: raw / 2^scale (scale from the compiled program, 24 by default). */
export function decodeOutput(output: Hex | Uint8Array, scale = DEFAULT_SCALE): number[] {
  return decodeRaw(output).map((v) => Number(v) / 2 ** scale);
}

/** The index of the largest value (the first on a tie): a classifier's class. */
export function argmax(values: readonly (number | bigint)[]): number {
  let best = 0;
  for (let i = 1; i < values.length; i++) if (values[i] > values[best]) best = i;
  return best;
}

/** Real inputs in the int64 form: q = roundHalfEven(x · 2^scale), big-endian. */
export function encodeInput(values: readonly number[], scale = DEFAULT_SCALE): Hex {
  const b = new Uint8Array(8 * values.length);
  const view = new DataView(b.buffer);
  values.forEach((x, i) => {
    const v = x * 2 ** scale; // exact: a power-of-two product
    if (!Number.isFinite(v) || Math.abs(v) >= 2 ** 63) throw new Error(`input ${x} does not fit int64 at scale ${scale}`);
    let q = Math.floor(v);
    const frac = v - q;
    if (frac > 0.5 || (frac === 0.5 && q % 2 !== 0)) q += 1;
    view.setBigInt64(8 * i, BigInt(q), false);
  });
  return bytesToHex(b);
}

/** A request's ending without a result explained in words. */
export function errorName(code: number): string {
  return ERROR_CODES[code] ?? `error code ${code}`;
}

export interface ClientOptions {
  publicClient: PublicClient<Transport, Chain | undefined>;
  walletClient?: WalletClient<Transport, Chain | undefined, Account>;
  oracle: Address;
  registry: Address;
}

export interface WaitOptions {
  /** The block the request was made in (the search starts there; default: the last 10,000 blocks). */
  fromBlock?: bigint;
  pollMs?: number;
  timeoutMs?: number;
  signal?: AbortSignal;
  /** Told of each step: "proposed", "error proposed", and the block it was seen in. */
  onProgress?: (event: { step: string; blockNumber: bigint; finalizableAt?: bigint }) => void;
}

export class AuspexClient {
  readonly publicClient: ClientOptions["publicClient"];
  readonly walletClient?: ClientOptions["walletClient"];
  readonly oracle: Address;
  readonly registry: Address;

  constructor(opts: ClientOptions) {
    this.publicClient = opts.publicClient;
    this.walletClient = opts.walletClient;
    this.oracle = opts.oracle;
    this.registry = opts.registry;
  }

  /** The fee of a request in the current block (the callback's gas follows the base fee: send a
   * margin; the surplus is credited to the requester's oracle balance). */
  async estimateFee(
    modelId: bigint,
    opts: { callbackGasLimit?: number; batchSize?: number; callbackDataLength?: number } = {},
  ): Promise<bigint> {
    return this.publicClient.readContract({
      address: this.oracle,
      abi: aiOracleAbi,
      functionName: "estimateRequestFee",
      args: [modelId, BigInt(opts.batchSize ?? 1), opts.callbackGasLimit ?? 0, BigInt(opts.callbackDataLength ?? 0)],
    });
  }

  /** Requests one inference, paying the estimated fee plus `marginBps` (default 20%) unless `value`
   * is given. With no callback the result is read with waitForEnding (pull). */
  async request(p: {
    modelId: bigint;
    input: Hex | Uint8Array;
    callback?: Address;
    callbackGasLimit?: number;
    callbackData?: Hex;
    value?: bigint;
    marginBps?: number;
  }): Promise<Requested> {
    const wallet = this.walletClient;
    if (!wallet) throw new Error("request needs a walletClient");
    const data = p.callbackData ?? "0x";
    const gas = p.callback ? (p.callbackGasLimit ?? 100_000) : 0;
    const fee = await this.estimateFee(p.modelId, { callbackGasLimit: gas, callbackDataLength: (data.length - 2) / 2 });
    const value = p.value ?? fee + (fee * BigInt(p.marginBps ?? 2000)) / 10_000n;
    const input = typeof p.input === "string" ? p.input : bytesToHex(p.input);
    const callback = p.callback ?? "0x0000000000000000000000000000000000000000";
    const txHash = await wallet.writeContract({
      address: this.oracle,
      abi: aiOracleAbi,
      functionName: "requestInference",
      args: [p.modelId, input, callback, gas, data],
      value,
      chain: wallet.chain,
      account: wallet.account,
    });
    const rcpt = await this.publicClient.waitForTransactionReceipt({ hash: txHash });
    if (rcpt.status !== "success") throw new Error(`requestInference reverted (tx ${txHash})`);
    const [ev] = parseEventLogs({ abi: aiOracleAbi, eventName: "InferenceRequested", logs: rcpt.logs });
    if (!ev) throw new Error(`no InferenceRequested in tx ${txHash}`);
    return { requestId: ev.args.requestId, txHash, blockNumber: rcpt.blockNumber, feeWei: ev.args.fee };
  }

  /** Waits for the request's one ending, from the oracle's events: InferenceFinalized (a result or an
   * error) or RequestRefunded. */
  async waitForEnding(requestId: bigint, opts: WaitOptions = {}): Promise<Ending> {
    const pollMs = opts.pollMs ?? 1000;
    const deadline = Date.now() + (opts.timeoutMs ?? 30 * 60_000);
    const head = await this.publicClient.getBlockNumber();
    const fromBlock = opts.fromBlock ?? (head > 10_000n ? head - 10_000n : 0n);
    const told = new Set<string>();
    for (;;) {
      opts.signal?.throwIfAborted();
      const logs = await this.publicClient.getContractEvents({
        address: this.oracle,
        abi: aiOracleAbi,
        args: { requestId },
        fromBlock,
      });
      for (const l of logs) {
        const where = { txHash: l.transactionHash as Hex, blockNumber: l.blockNumber as bigint };
        if (l.eventName === "InferenceFinalized") {
          if (l.args.isError) {
            const p = await this.publicClient.readContract({ address: this.oracle, abi: aiOracleAbi, functionName: "getProposal", args: [requestId] });
            return { kind: "error", requestId, code: p.errorCode, reason: errorName(p.errorCode), ...where };
          }
          const output = await this.publicClient.readContract({ address: this.oracle, abi: aiOracleAbi, functionName: "getResult", args: [requestId] });
          return { kind: "result", requestId, output, ...where };
        }
        if (l.eventName === "RequestRefunded") {
          return { kind: "refund", requestId, amount: l.args.amount as bigint, ...where };
        }
        if ((l.eventName === "ResultProposed" || l.eventName === "ErrorProposed") && opts.onProgress) {
          const key = `${l.eventName}/${l.args.nonce}`;
          if (!told.has(key)) {
            told.add(key);
            opts.onProgress({
              step: l.eventName === "ResultProposed" ? "proposed" : "error proposed",
              blockNumber: l.blockNumber as bigint,
              finalizableAt: l.args.finalizableAt as bigint,
            });
          }
        }
      }
      if (Date.now() > deadline) throw new Error(`request ${requestId} has not ended after ${opts.timeoutMs ?? 1_800_000} ms`);
      await new Promise((r) => setTimeout(r, pollMs));
    }
  }

  /** Model `id` as registered. */
  async getModel(id: bigint): Promise<ModelInfo> {
    const m = await this.publicClient.readContract({ address: this.registry, abi: modelRegistryAbi, functionName: "getModel", args: [id] });
    return {
      id,
      owner: m.owner,
      uri: m.uri,
      mode: MODES[m.terms.mode] ?? "OPML",
      feeWei: m.terms.fee,
      challengeWindowSeconds: m.terms.challengeWindow,
      onnxHash: m.onnxHash,
      programHash: m.programHash,
      inputShapes: m.inputShapes,
    };
  }

  /** Every registered model, in id order. */
  async listModels(): Promise<ModelInfo[]> {
    const n = await this.publicClient.readContract({ address: this.registry, abi: modelRegistryAbi, functionName: "modelCount" });
    const out: ModelInfo[] = [];
    for (let id = 1n; id <= BigInt(n); id++) out.push(await this.getModel(id));
    return out;
  }
}
