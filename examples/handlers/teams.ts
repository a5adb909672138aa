/**
 * Teams and membership: a team is visible to its members only (others get
 * 404); owners and admins manage members; anyone may leave; the last owner
 * stays.
 */
import { HttpError } from "../../generated/server/index.js";
import type { Queryable } from "../db/database.js";
import { idempotent } from "../idempotency.js";
import { orderBy, pageOf, Params, timeFilters, WHERE, type ListColumns } from "../list.js";
import { memberOf, teamOf } from "../rows.js";
import { type HandlerModule, type Principal, nowIso } from "./context.js";

const TEAM = "t.id, t.name, t.description, t.created_at, t.updated_at, (SELECT count(*) FROM team_members c WHERE c.team_id = t.id) AS member_count";
const TEAM_COLUMNS: ListColumns = { id: "t.id", created: "t.created_at", updated: "t.updated_at", name: "t.name" };
const MEMBER = "m.team_id, m.user_id, m.role, m.joined_at, u.name, u.email";
const MEMBER_COLUMNS: ListColumns = { id: "m.user_id", created: "m.joined_at", updated: "m.joined_at", name: "u.name" };

async function roleOf(db: Queryable, teamId: string, userId: string): Promise<string | undefined> {
  const [row] = await db.query<{ role: string }>("SELECT role FROM team_members WHERE team_id = $1 AND user_id = $2", [teamId, userId]);
  return row?.role;
}

/** The caller's role in a team they belong to; a team they are not in is invisible (404), not forbidden. */
async function visible(db: Queryable, teamId: string, auth: Principal): Promise<string> {
  const role = await roleOf(db, teamId, auth.userId);
  if (!role) throw HttpError.notFound(`No team ${teamId}`);
  return role;
}

const mayManage = (role: string) => {
  if (role !== "owner" && role !== "admin") throw HttpError.forbidden("Only the team's owners and admins may manage its members");
};

export const teamHandlers: HandlerModule<"listTeams" | "getTeam" | "listTeamMembers" | "addTeamMember" | "removeTeamMember"> = (ctx) => ({
  listTeams: async ({ query, auth }) => {
    const params = new Params();
    const where = [`EXISTS (SELECT 1 FROM team_members me WHERE me.team_id = t.id AND me.user_id = ${params.p(auth.userId)})`];
    timeFilters(query, TEAM_COLUMNS, where, params);
    const { offset, limit, page } = pageOf(query);
    const countParams = params.values.slice();
    const [rows, [count]] = await Promise.all([
      ctx.db.query(
        `SELECT ${TEAM} FROM teams t ${WHERE(where)} ORDER BY ${orderBy(query.sort, TEAM_COLUMNS)} LIMIT ${params.p(limit)} OFFSET ${params.p(offset)}`,
        params.values,
      ),
      ctx.db.query<{ n: number }>(`SELECT count(*)::bigint AS n FROM teams t ${WHERE(where)}`, countParams),
    ]);
    return { status: 200, body: { teams: rows.map(teamOf), total: Number(count.n), page, per_page: limit } };
  },
  getTeam: async ({ params, auth }) => {
    await visible(ctx.db, params.team_id, auth);
    const [row] = await ctx.db.query(`SELECT ${TEAM} FROM teams t WHERE t.id = $1`, [params.team_id]);
    return { status: 200, body: teamOf(row) };
  },
  listTeamMembers: async ({ params: path, query, auth }) => {
    await visible(ctx.db, path.team_id, auth);
    const params = new Params();
    const where = [`m.team_id = ${params.p(path.team_id)}`];
    if (query.role) where.push(`m.role = ${params.p(query.role)}`);
    timeFilters(query, MEMBER_COLUMNS, where, params);
    const { offset, limit, page } = pageOf(query);
    const countParams = params.values.slice();
    const from = "team_members m JOIN users u ON u.id = m.user_id";
    const [rows, [count]] = await Promise.all([
      ctx.db.query(
        `SELECT ${MEMBER} FROM ${from} ${WHERE(where)} ORDER BY ${orderBy(query.sort, MEMBER_COLUMNS)} LIMIT ${params.p(limit)} OFFSET ${params.p(offset)}`,
        params.values,
      ),
      ctx.db.query<{ n: number }>(`SELECT count(*)::bigint AS n FROM ${from} ${WHERE(where)}`, countParams),
    ]);
    return { status: 200, body: { members: rows.map(memberOf), total: Number(count.n), page, per_page: limit } };
  },
  addTeamMember: ({ params, body, auth, headers }) =>
    idempotent(ctx, { auth, operation: "addTeamMember", key: headers["idempotency-key"], request: { params, body } }, async (tx) => {
      mayManage(await visible(tx, params.team_id, auth));
      const [user] = await tx.query("SELECT 1 FROM users WHERE id = $1", [body.user_id]);
      if (!user) throw HttpError.notFound(`No user ${body.user_id}`);
      const at = nowIso(ctx);
      const added = await tx.query("INSERT INTO team_members (team_id, user_id, role, joined_at) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING RETURNING 1", [
        params.team_id,
        body.user_id,
        body.role ?? "member",
        at,
      ]);
      if (!added.length) throw HttpError.badRequest(`${body.user_id} is already a member`, { field: "user_id", code: "already_exists" });
      await tx.query("UPDATE teams SET updated_at = $2 WHERE id = $1", [params.team_id, at]);
      const [row] = await tx.query(`SELECT ${MEMBER} FROM team_members m JOIN users u ON u.id = m.user_id WHERE m.team_id = $1 AND m.user_id = $2`, [
        params.team_id,
        body.user_id,
      ]);
      return { status: 201 as const, body: memberOf(row) };
    }),
  removeTeamMember: ({ params, auth }) =>
    ctx.db.transaction(async (tx) => {
      const role = await visible(tx, params.team_id, auth);
      if (params.user_id !== auth.userId) mayManage(role);
      // Lock the team's memberships so two removals cannot both leave it without an owner.
      const members = await tx.query<{ user_id: string; role: string }>(
        "SELECT user_id, role FROM team_members WHERE team_id = $1 ORDER BY user_id FOR UPDATE",
        [params.team_id],
      );
      const target = members.find((m) => m.user_id === params.user_id);
      if (!target) throw HttpError.notFound(`${params.user_id} is not a member of ${params.team_id}`);
      if (target.role === "owner" && members.filter((m) => m.role === "owner").length === 1)
        throw HttpError.forbidden("The last owner of a team cannot be removed");
      await tx.query("DELETE FROM team_members WHERE team_id = $1 AND user_id = $2", [params.team_id, params.user_id]);
      await tx.query("UPDATE teams SET updated_at = $2 WHERE id = $1", [params.team_id, nowIso(ctx)]);
      return { status: 204 as const };
    }),
});
