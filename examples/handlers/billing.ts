/** Billing: usage over a period, invoices. */
import { HttpError } from "../../generated/server/index.js";
import { listPage } from "../list.js";
import type { HandlerModule } from "./context.js";

const money = (amount: number) => ({ amount: Math.round(amount * 100) / 100, currency: "USD" });

export const billingHandlers: HandlerModule<"getUsageSummary" | "listInvoices" | "getInvoice"> = (store) => ({
  getUsageSummary: ({ query }) => {
    const today = new Date().toISOString().slice(0, 10);
    const start = query.start_date ?? `${today.slice(0, 8)}01`;
    const end = query.end_date ?? today;
    if (start > end) throw HttpError.badRequest("start_date is after end_date", { field: "start_date", code: "out_of_range" });
    const jobs = [...store.jobs.values()].filter((j) => j.created_at.slice(0, 10) >= start && j.created_at.slice(0, 10) <= end);
    const cpu = jobs.reduce((sum, j) => sum + j.resources.cpus * 2, 0);
    const gpu = jobs.reduce((sum, j) => sum + (j.resources.gpus ?? 0) * 2, 0);
    const stored = [...store.fileContent.values()].reduce((sum, b) => sum + b.length, 0) / 1e9;
    const breakdown = [
      { category: "compute" as const, quantity: cpu, unit: "cpu_hour", cost: money(cpu * 0.05) },
      { category: "gpu" as const, quantity: gpu, unit: "gpu_hour", cost: money(gpu * 2.5) },
      { category: "storage" as const, quantity: Math.round(stored * 1000) / 1000, unit: "gb_month", cost: money(stored * 0.1) },
    ];
    return {
      status: 200,
      body: { period_start: start, period_end: end, total_cost: money(breakdown.reduce((sum, b) => sum + b.cost.amount, 0)), breakdown },
    };
  },
  listInvoices: ({ query }) => {
    const rows = [...store.invoices.values()].filter((i) => !query.status || i.status === query.status);
    const page = listPage(rows, query, { created: "created_at", name: "number" });
    return { status: 200, body: { invoices: page.items, total: page.total, page: page.page, per_page: page.per_page } };
  },
  getInvoice: ({ params }) => {
    const invoice = store.invoices.get(params.invoice_id);
    if (!invoice) throw HttpError.notFound(`No invoice ${params.invoice_id}`);
    return { status: 200, body: invoice };
  },
});
