import type { Model } from "../../model.js";
export interface StatefulOptions { model: Model; port: number; host: string; seed: number; delay?: number; dataFile?: string; onLine?: (line: string) => void }
export async function startStatefulMock(options: StatefulOptions): Promise<{ url: string; notes: string[]; exited: Promise<number | null>; stop(): Promise<void> }> {
  throw new Error(`not yet ${options.port}`);
}
