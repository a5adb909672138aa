/** The current user's profile. */
import { HttpError } from "../../generated/server/index.js";
import { now, type HandlerModule } from "./context.js";

export const userHandlers: HandlerModule<"getCurrentUser" | "updateCurrentUser"> = (store) => {
  const me = (userId: string) => {
    const user = store.users.get(userId);
    // A key whose user has gone is as good as a revoked key.
    if (!user) throw HttpError.unauthorized();
    return user;
  };
  return {
    getCurrentUser: ({ auth }) => ({ status: 200, body: me(auth.userId) }),
    updateCurrentUser: ({ auth, body }) => {
      const user = me(auth.userId);
      if (body.name !== undefined) user.name = body.name;
      if (body.organization !== undefined) user.organization = body.organization;
      if (body.timezone !== undefined) user.timezone = body.timezone;
      user.updated_at = now();
      return { status: 200, body: user };
    },
  };
};
