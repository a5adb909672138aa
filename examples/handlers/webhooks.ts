/** Webhooks: the subscription registry. Secrets are stored apart and never returned. */
import { HttpError } from "../../generated/server/index.js";
import { listPage } from "../list.js";
import type { WebhookRecord } from "../store.js";
import { now, once, type HandlerModule } from "./context.js";

export const webhookHandlers: HandlerModule<"listWebhooks" | "createWebhook" | "updateWebhook" | "deleteWebhook"> = (store) => {
  const find = (id: string) => {
    const hook = store.webhooks.get(id);
    if (!hook) throw HttpError.notFound(`No webhook ${id}`);
    return hook;
  };
  return {
    listWebhooks: ({ query }) => {
      const rows = [...store.webhooks.values()].filter((w) => query.active === undefined || w.active === query.active);
      const page = listPage(rows, query, { created: "created_at", updated: "updated_at", name: "url" });
      return { status: 200, body: { webhooks: page.items, total: page.total, page: page.page, per_page: page.per_page } };
    },
    createWebhook: ({ body, auth, headers }) =>
      once(store, auth, headers["idempotency-key"], () => {
        const at = now();
        const hook: WebhookRecord = {
          id: store.nextId("wh"),
          url: body.url,
          ...(body.description !== undefined ? { description: body.description } : {}),
          events: body.events,
          active: body.active ?? true,
          created_at: at,
          updated_at: at,
        };
        store.webhooks.set(hook.id, hook);
        if (body.secret) store.webhookSecrets.set(hook.id, body.secret);
        return { status: 201 as const, body: hook };
      }),
    updateWebhook: ({ params, body }) => {
      const hook = find(params.webhook_id);
      if (body.url !== undefined) hook.url = body.url;
      if (body.description !== undefined) hook.description = body.description;
      if (body.events !== undefined) hook.events = body.events;
      if (body.active !== undefined) hook.active = body.active;
      if (body.secret !== undefined) store.webhookSecrets.set(hook.id, body.secret);
      hook.updated_at = now();
      return { status: 200, body: hook };
    },
    deleteWebhook: ({ params }) => {
      find(params.webhook_id);
      store.webhooks.delete(params.webhook_id);
      store.webhookSecrets.delete(params.webhook_id);
      return { status: 204 };
    },
  };
};
