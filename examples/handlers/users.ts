/** The current user's profile. */
import { HttpError } from "../../generated/server/index.js";
import type { Queryable } from "../db/database.js";
import { userOf, type UserRecord } from "../rows.js";
import { nowIso, type HandlerModule } from "./context.js";

const USER_COLUMNS = "id, email, name, organization, timezone, created_at, updated_at";

async function me(db: Queryable, userId: string): Promise<UserRecord> {
  const [row] = await db.query(`SELECT ${USER_COLUMNS} FROM users WHERE id = $1`, [userId]);
  // A key whose user has gone is as good as a revoked key.
  if (!row) throw HttpError.unauthorized();
  return userOf(row);
}

export const userHandlers: HandlerModule<"getCurrentUser" | "updateCurrentUser"> = (ctx) => ({
  getCurrentUser: async ({ auth }) => ({ status: 200, body: await me(ctx.db, auth.userId) }),
  updateCurrentUser: async ({ auth, body }) => {
    const text = (value: unknown) => (typeof value === "string" ? value : null);
    const [row] = await ctx.db.query(
      `UPDATE users SET name = coalesce($2, name), organization = coalesce($3, organization), timezone = coalesce($4, timezone), updated_at = $5 WHERE id = $1 RETURNING ${USER_COLUMNS}`,
      [auth.userId, text(body.name), text(body.organization), text(body.timezone), nowIso(ctx)],
    );
    if (!row) throw HttpError.unauthorized();
    return { status: 200, body: userOf(row) };
  },
});
