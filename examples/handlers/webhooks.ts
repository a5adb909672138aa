/**
 * Webhooks: the account's subscription registry. Each webhook belongs to the
 * user who created it (another user's answers 404); secrets are stored
 * apart and never returned.
 */
import { HttpError } from "../../generated/server/index.js";
import { idempotent } from "../idempotency.js";
import { orderBy, pageOf, Params, timeFilters, WHERE, type ListColumns } from "../list.js";
import { WEBHOOK_COLUMNS, webhookOf } from "../rows.js";
import { nowIso, type HandlerModule } from "./context.js";

const COLUMNS: ListColumns = { id: "id", created: "created_at", updated: "updated_at", name: "url" };
const EVENTS = (events: readonly unknown[]) => events.filter((e): e is string => typeof e === "string");

export const webhookHandlers: HandlerModule<"listWebhooks" | "createWebhook" | "updateWebhook" | "deleteWebhook"> = (ctx) => ({
  listWebhooks: async ({ query, auth }) => {
    const params = new Params();
    const where = [`owner_id = ${params.p(auth.userId)}`];
    if (query.active !== undefined) where.push(`active = ${params.p(query.active)}`);
    timeFilters(query, COLUMNS, where, params);
    const { offset, limit, page } = pageOf(query);
    const countParams = params.values.slice();
    const [rows, [count]] = await Promise.all([
      ctx.db.query(
        `SELECT ${WEBHOOK_COLUMNS} FROM webhooks ${WHERE(where)} ORDER BY ${orderBy(query.sort, COLUMNS)} LIMIT ${params.p(limit)} OFFSET ${params.p(offset)}`,
        params.values,
      ),
      ctx.db.query<{ n: number }>(`SELECT count(*)::bigint AS n FROM webhooks ${WHERE(where)}`, countParams),
    ]);
    return { status: 200, body: { webhooks: rows.map(webhookOf), total: Number(count.n), page, per_page: limit } };
  },
  createWebhook: ({ body, auth, headers }) =>
    idempotent(ctx, { auth, operation: "createWebhook", key: headers["idempotency-key"], request: { body } }, async (tx) => {
      const at = nowIso(ctx);
      const [row] = await tx.query(
        `INSERT INTO webhooks (id, owner_id, url, description, events, active, created_at, updated_at) VALUES ('wh_' || nextval('object_ids'), $1, $2, $3, $4, $5, $6, $6) RETURNING ${WEBHOOK_COLUMNS}`,
        [auth.userId, String(body.url), typeof body.description === "string" ? body.description : null, EVENTS(body.events), body.active ?? true, at],
      );
      if (typeof body.secret === "string") await tx.query("INSERT INTO webhook_secrets (webhook_id, secret) VALUES ($1, $2)", [row.id, body.secret]);
      return { status: 201 as const, body: webhookOf(row) };
    }),
  updateWebhook: ({ params, body, auth }) =>
    ctx.db.transaction(async (tx) => {
      const [row] = await tx.query(
        `UPDATE webhooks SET url = coalesce($3, url), description = coalesce($4, description), events = coalesce($5, events), active = coalesce($6, active), updated_at = $7
         WHERE id = $1 AND owner_id = $2 RETURNING ${WEBHOOK_COLUMNS}`,
        [
          params.webhook_id,
          auth.userId,
          typeof body.url === "string" ? body.url : null,
          typeof body.description === "string" ? body.description : null,
          Array.isArray(body.events) ? EVENTS(body.events) : null,
          typeof body.active === "boolean" ? body.active : null,
          nowIso(ctx),
        ],
      );
      if (!row) throw HttpError.notFound(`No webhook ${params.webhook_id}`);
      if (typeof body.secret === "string") {
        await tx.query("INSERT INTO webhook_secrets (webhook_id, secret) VALUES ($1, $2) ON CONFLICT (webhook_id) DO UPDATE SET secret = excluded.secret", [
          row.id,
          body.secret,
        ]);
      }
      return { status: 200, body: webhookOf(row) };
    }),
  deleteWebhook: async ({ params, auth }) => {
    const deleted = await ctx.db.query("DELETE FROM webhooks WHERE id = $1 AND owner_id = $2 RETURNING id", [params.webhook_id, auth.userId]);
    if (!deleted.length) throw HttpError.notFound(`No webhook ${params.webhook_id}`);
    return { status: 204 };
  },
});
