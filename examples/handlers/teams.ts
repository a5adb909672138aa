/** Teams and membership: owners and admins manage members; anyone may leave. */
import { HttpError } from "../../generated/server/index.js";
import { listPage } from "../list.js";
import { now, once, type HandlerModule, type Principal } from "./context.js";

export const teamHandlers: HandlerModule<"listTeams" | "getTeam" | "listTeamMembers" | "addTeamMember" | "removeTeamMember"> = (store) => {
  const roleOf = (teamId: string, userId: string) => store.members.find((m) => m.team_id === teamId && m.user_id === userId)?.role;
  /** A team the caller belongs to; others are invisible (404), not forbidden. */
  const visible = (teamId: string, auth: Principal) => {
    const team = store.teams.get(teamId);
    if (!team || !roleOf(teamId, auth.userId)) throw HttpError.notFound(`No team ${teamId}`);
    return team;
  };
  const mayManage = (teamId: string, auth: Principal) => {
    const role = roleOf(teamId, auth.userId);
    if (role !== "owner" && role !== "admin") throw HttpError.forbidden("Only the team's owners and admins may manage its members");
  };
  const recount = (teamId: string) => {
    const team = store.teams.get(teamId)!;
    team.member_count = store.members.filter((m) => m.team_id === teamId).length;
    team.updated_at = now();
  };
  return {
    listTeams: ({ query, auth }) => {
      const rows = [...store.teams.values()].filter((t) => roleOf(t.id, auth.userId));
      const page = listPage(rows, query);
      return { status: 200, body: { teams: page.items, total: page.total, page: page.page, per_page: page.per_page } };
    },
    getTeam: ({ params, auth }) => ({ status: 200, body: visible(params.team_id, auth) }),
    listTeamMembers: ({ params, query, auth }) => {
      visible(params.team_id, auth);
      const rows = store.members.filter((m) => m.team_id === params.team_id && (!query.role || m.role === query.role));
      const page = listPage(rows, query, { created: "joined_at", name: "name" });
      return { status: 200, body: { members: page.items, total: page.total, page: page.page, per_page: page.per_page } };
    },
    addTeamMember: ({ params, body, auth, headers }) =>
      once(store, auth, headers["idempotency-key"], () => {
        visible(params.team_id, auth);
        mayManage(params.team_id, auth);
        const user = store.users.get(body.user_id);
        if (!user) throw HttpError.notFound(`No user ${body.user_id}`);
        if (roleOf(params.team_id, body.user_id)) {
          throw HttpError.badRequest(`${body.user_id} is already a member`, { field: "user_id", code: "already_exists" });
        }
        const member = { team_id: params.team_id, user_id: user.id, role: body.role ?? "member", name: user.name, email: user.email, joined_at: now() };
        store.members.push(member);
        recount(params.team_id);
        return { status: 201 as const, body: member };
      }),
    removeTeamMember: ({ params, auth }) => {
      visible(params.team_id, auth);
      if (params.user_id !== auth.userId) mayManage(params.team_id, auth);
      const index = store.members.findIndex((m) => m.team_id === params.team_id && m.user_id === params.user_id);
      if (index < 0) throw HttpError.notFound(`${params.user_id} is not a member of ${params.team_id}`);
      const owners = store.members.filter((m) => m.team_id === params.team_id && m.role === "owner");
      if (store.members[index].role === "owner" && owners.length === 1) {
        throw HttpError.forbidden("The last owner of a team cannot be removed");
      }
      store.members.splice(index, 1);
      recount(params.team_id);
      return { status: 204 };
    },
  };
};
